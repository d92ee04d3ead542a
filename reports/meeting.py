"""Lembar Setoran Pertemuan (``setoran``): what each member should bring to the month's meeting, with empty
columns for the treasurer to write what was actually paid. A4 landscape."""

from __future__ import annotations

from datetime import date

from kasbuku.formatting import bulan, rupiah
from ledger.book import GroupBook
from ledger.statements.common import group_info
from ledger.statements.member import meeting_sheet
from reports.document import Document
from reports.flowables import Column, header, money_table, signature_block, text

COLUMNS = (Column("No.", 8, "number"), Column("Anggota", 40), Column("Wajib bulan ini", 21, "sparse"),
           Column("Tunggakan wajib", 21, "sparse"), Column("Pinjaman", 19), Column("Angsuran bulan ini", 23, "sparse"),
           Column("Tunggakan angsuran", 23, "sparse"), Column("Utang TR", 21, "sparse"),
           Column("Jumlah harus dibayar", 25, "money"), Column("Dibayar wajib", 17, "blank"),
           Column("Dibayar angsuran", 20, "blank"), Column("Sukarela", 17, "blank"), Column("Paraf", 14, "blank"))


def build(book: GroupBook, month: str, printed_on: date) -> Document:
    rows = meeting_sheet(book, month)
    data = [[i, f"{r.code} {r.name}", r.wajib, r.wajib_arrears, r.loans or "–", r.instalment, r.loan_arrears,
             r.tr_owes, r.total, "", "", "", ""] for i, r in enumerate(rows, start=1)]
    total = [None, "Jumlah", *(sum(getattr(r, f) for r in rows) for f in ("wajib", "wajib_arrears")), "",
             *(sum(getattr(r, f) for r in rows) for f in ("instalment", "loan_arrears", "tr_owes", "total")),
             "", "", "", ""]
    info = group_info(book)
    note = (f"Angka sudah memperhitungkan setoran yang tercatat sampai akhir {bulan(month)}. Tunggakan angsuran "
            "dibayar lebih dulu dari angsuran bulan ini; pembayaran anggota yang berutang tanggung renteng "
            f"dipakai lebih dulu untuk utang itu. Simpanan wajib per bulan: {rupiah(book.rules.wajib)}.")
    story = [*header(info, "Lembar Setoran Pertemuan", f"Pertemuan bulan {bulan(month)} · tanggal: "
                     "...................."), money_table(COLUMNS, data, total), text(note, "note"),
             signature_block(info, printed_on, width=269)]
    return Document("Lembar Setoran Pertemuan", bulan(month), story, landscape=True)
