"""Laporan SHU (``shu``): the year's income statement, the surplus split into pools, each member's share."""

from __future__ import annotations

from datetime import date

from ledger.book import GroupBook
from ledger.statements.common import group_info
from ledger.statements.year import shu_statement
from reports.document import Document
from reports.flowables import Column, header, money_table, percent, section, signature_block, text

INCOME = (Column("Uraian", 130), Column("Jumlah", 40, "money"))
POOLS = (Column("Pembagian", 100), Column("Persen", 30, "number"), Column("Jumlah", 40, "money"))
SHARES = (Column("Kode", 14), Column("Nama anggota", 60), Column("Jasa simpanan", 32, "sparse"),
          Column("Jasa pinjaman", 32, "sparse"), Column("Jumlah", 32, "money"))


def build(book: GroupBook, year: int, printed_on: date) -> Document:
    s = shu_statement(book, year)
    info = group_info(book)
    st = s.statement
    rows = [[ln.name, ln.amount] for ln in st.income] + [["Jumlah pendapatan", st.total_income]]
    rows += [[ln.name, ln.amount] for ln in st.costs] + [["Jumlah beban", st.total_costs]]
    status = ("SHU tahun ini sudah dibagi dan dibukukan." if s.allocated else
              "SHU tahun ini belum dibagi: angka di bawah adalah rencana menurut aturan kelompok yang berlaku.")
    story = [*header(info, "Laporan Sisa Hasil Usaha (SHU)", f"Tahun {year}"),
             *([text(status, "note")] if s.pools else []), section("Hasil usaha"),
             money_table(INCOME, rows, ["Sisa hasil usaha", st.surplus])]
    if s.pools:
        story += [section("Pembagian SHU"),
                  money_table(POOLS, [[name, percent(pct), amount] for name, pct, amount in s.pools],
                              ["Jumlah", "", sum(p[2] for p in s.pools)]),
                  section("Bagian anggota"),
                  text("Jasa simpanan dibagi menurut rata-rata simpanan tiap akhir bulan; jasa pinjaman menurut "
                       "jasa pinjaman yang dibayar tahun ini. Bagian anggota masuk ke simpanan sukarela.", "note"),
                  money_table(SHARES, [[m.code, m.name, m.jasa_simpanan, m.jasa_pinjaman, m.total] for m in s.shares],
                              ["", "Jumlah", sum(m.jasa_simpanan for m in s.shares),
                               sum(m.jasa_pinjaman for m in s.shares), sum(m.total for m in s.shares)])]
    else:
        story.append(text("Tidak ada sisa hasil usaha untuk dibagi tahun ini.", "alert"))
    story.append(signature_block(info, printed_on))
    return Document("Laporan SHU", str(year), story)
