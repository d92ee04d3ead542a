"""Laporan SHU (``shu``): the year's income statement, the surplus split into pools, each member's share."""

from __future__ import annotations

from datetime import date

from kasbuku.formatting import bulan
from ledger.book import GroupBook
from ledger.statements.common import group_info
from ledger.statements.year import shu_statement
from reports.document import Document
from reports.flowables import Column, header, money_table, percent, section, signature_block, text

INCOME = (Column("Uraian", 130), Column("Jumlah", 40, "money"))
POOLS = (Column("Pembagian", 100), Column("Persen", 30, "number"), Column("Jumlah", 40, "money"))
SHARES = (Column("Kode", 12), Column("Nama anggota", 44), Column("Rata-rata simpanan", 25, "sparse"),
          Column("Jasa dibayar", 23, "sparse"), Column("Jasa simpanan", 23, "sparse"),
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
                  text("Jasa simpanan dibagi menurut rata-rata simpanan tiap akhir bulan (12 bulan); jasa pinjaman "
                       "menurut jasa pinjaman yang dibayar tahun ini. Bagian anggota masuk ke simpanan sukarela.",
                       "note"),
                  money_table(SHARES, [[m.code, m.name, m.average_savings, m.jasa_paid, m.jasa_simpanan,
                                        m.jasa_pinjaman, m.total] for m in s.shares],
                              ["", "Jumlah", *(sum(getattr(m, f) for m in s.shares) for f in
                                               ("average_savings", "jasa_paid", "jasa_simpanan", "jasa_pinjaman",
                                                "total"))])]
    else:
        story.append(text("Tidak ada sisa hasil usaha untuk dibagi tahun ini.", "alert"))
    story.append(signature_block(info, signed_on))
    return Document("Laporan SHU", str(year), story)
