"""Laporan SHU (``shu``): the year's income statement, the surplus split into pools, each member's share."""

from __future__ import annotations

from datetime import date

from kasbuku.formatting import bulan
from ledger.rules.book import GroupBook
from ledger.views.statements.common import group_info
from ledger.views.statements.year import shu_statement
from reports.document import Document
from reports.flowables import Column, header, money_table, percent, section, signature_block, text

INCOME = (Column("Uraian", 130), Column("Jumlah", 40, "money"))
POOLS = (Column("Pembagian", 100), Column("Persen", 30, "number"), Column("Jumlah", 40, "money"))
SAVINGS_BASES = {"average": ("Rata-rata simpanan", "rata-rata simpanan tiap akhir bulan (12 bulan)"),
                 "year_end": ("Simpanan 31 Des", "simpanan pada 31 Desember")}
LOAN_BASES = {"jasa": ("Jasa dibayar", "jasa pinjaman yang dibayar sendiri tahun ini"),
              "borrowed": ("Pokok dipinjam", "pokok pinjaman yang diterima tahun ini")}


def shares_columns(savings_basis: str, loan_basis: str) -> tuple[Column, ...]:
    """The member table, its two base columns named after the bases the year was allocated by."""
    return (Column("Kode", 12), Column("Nama anggota", 44), Column(SAVINGS_BASES[savings_basis][0], 25, "sparse"),
            Column(LOAN_BASES[loan_basis][0], 23, "sparse"), Column("Jasa simpanan", 23, "sparse"),
            Column("Jasa pinjaman", 23, "sparse"), Column("Jumlah", 25, "money"))


def build(book: GroupBook, year: int, signed_on: date) -> Document:
    s = shu_statement(book, year)
    info = group_info(book)
    st = s.statement
    rows = [[ln.name, ln.amount] for ln in st.income] + [["Jumlah pendapatan", st.total_income]]
    rows += [[ln.name, ln.amount] for ln in st.costs] + [["Jumlah beban", st.total_costs]]
    if s.allocated:
        status, period = ("SHU tahun ini sudah dibagi dan dibukukan, dengan persentase yang berlaku saat dibagi.",
                          f"Tahun {year}")
    else:
        through = f"Januari s.d. {bulan(s.counted_to or f'{year:04d}-12')}"
        status = (f"SEMENTARA: SHU tahun ini belum dibagi. Angka di bawah menghitung bulan yang sudah ditutup "
                  f"({through}) dengan aturan kelompok yang berlaku sekarang; dapat berubah.")
        period = f"Tahun {year} · sementara, sampai {bulan(s.counted_to or f'{year:04d}-12')}"
    story = [*header(info, "Laporan Sisa Hasil Usaha (SHU)", period),
             text(status, "note" if s.allocated else "alert"), section("Hasil usaha"),
             money_table(INCOME, rows, ["Sisa hasil usaha", st.surplus])]
    if s.pools:
        story += [section("Pembagian SHU"),
                  money_table(POOLS, [[name, percent(pct), amount] for name, pct, amount in s.pools],
                              ["Jumlah", "", sum(p[2] for p in s.pools)]),
                  text("Tiap pos dibulatkan; cadangan kelompok menerima selisih pembulatan (dan pos jasa yang tidak "
                       "punya dasar pembagian), sehingga pos dengan persen sama bisa berbeda jumlahnya.", "note"),
                  section("Bagian anggota"),
                  text(f"Jasa simpanan dibagi menurut {SAVINGS_BASES[s.savings_basis][1]}; jasa pinjaman menurut "
                       f"{LOAN_BASES[s.loan_basis][1]}. Bagian anggota masuk ke simpanan sukarela. Usaha bersama "
                       "kelompok tidak termasuk SHU ini: labanya dibukukan dan dibagi tersendiri.", "note"),
                  money_table(shares_columns(s.savings_basis, s.loan_basis),
                              [[m.code, m.name, m.average_savings, m.jasa_paid, m.jasa_simpanan,
                                        m.jasa_pinjaman, m.total] for m in s.shares],
                              ["", "Jumlah", *(sum(getattr(m, f) for m in s.shares) for f in
                                               ("average_savings", "jasa_paid", "jasa_simpanan", "jasa_pinjaman",
                                                "total"))])]
    else:
        story.append(text("Tidak ada sisa hasil usaha untuk dibagi tahun ini.", "alert"))
    story.append(signature_block(info, signed_on))
    return Document("Laporan SHU", str(year), story)
