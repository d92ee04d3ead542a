"""Lembar Setoran Pertemuan (``setoran``): what each member should bring to the month's meeting, with empty
columns for the treasurer to write what was paid (wajib, instalment, of it TR debt, sukarela, present). For
a month already closed it is the archive: those columns hold what the book recorded in the month. A4
landscape."""

from __future__ import annotations

from datetime import date

from kasbuku.formatting import bulan, rupiah, tanggal
from ledger.model.calendar import month_end
from ledger.rules.book import GroupBook
from ledger.views.meeting import PaidInMonth
from ledger.views.statements.common import group_info
from ledger.views.statements.member import MeetingSheet, meeting_sheet
from reports.document import Document
from reports.flowables import Column, header, money_table, signature_block, text

DUE = (Column("No.", 8, "number"), Column("Anggota", 36), Column("Wajib bulan ini", 17, "sparse"),
       Column("Tunggakan wajib", 21, "sparse"), Column("Pinjaman", 20), Column("Angsuran bulan ini", 19, "sparse"),
       Column("Tunggakan angsuran", 21, "sparse"), Column("Utang TR", 17, "sparse"),
       Column("Jumlah harus dibayar", 21, "money"))
PAID = ("Dibayar wajib", "Dibayar angsuran", "Dari itu utang TR", "Sukarela")
HAND = (*(Column(label, 18, "blank") for label in PAID), Column("Hadir / paraf", 17, "blank"))
ARCHIVE = (*(Column(label, 18, "sparse") for label in PAID), Column("Tanggal setor", 17))


def _paid_cells(paid: PaidInMonth) -> list[object]:
    return [paid.wajib, paid.instalment, paid.tr_debt, paid.sukarela, " ".join(f"{d:%d/%m}" for d in paid.days)]


def sheet_table(sheet: MeetingSheet) -> object:
    fields = ("wajib_month", "wajib_arrears", "instalment_month", "loan_arrears", "tr_owes", "total")
    archive = sheet.paid is not None
    paid = sheet.paid or {}
    data = []
    for i, r in enumerate(sheet.rows, start=1):
        due = [getattr(r, f) for f in fields]
        data.append([i, f"{r.member} {r.name}", due[0], due[1], r.loan_codes or "–", *due[2:],
                     *(_paid_cells(paid.get(r.member, PaidInMonth())) if archive else [""] * 5)])
    sums = [sum(getattr(r, f) for r in sheet.rows) for f in fields]
    paid_sums: list[object] = [sum(getattr(p, f) for p in paid.values() if p) for f in
                               ("wajib", "instalment", "tr_debt", "sukarela")] + [""] if archive else [""] * 5
    total = [None, "Jumlah", sums[0], sums[1], "", *sums[2:], *paid_sums]
    return money_table((*DUE, *(ARCHIVE if archive else HAND)), data, total, size=6.5)


def build(book: GroupBook, month: str, signed_on: date, paid_book: GroupBook | None = None) -> Document:
    """``paid_book``: the book at the end of a closed month, whose payments the archive shows (``book`` is
    then the book before the month)."""
    sheet = meeting_sheet(book, month, paid_book)
    info = group_info(paid_book or book)
    if sheet.paid is None:
        note = (f"Angka sudah memperhitungkan setoran yang tercatat sampai akhir {bulan(month)}. Tunggakan "
                "angsuran dibayar lebih dulu dari angsuran bulan ini; pembayaran anggota yang berutang tanggung "
                "renteng dipakai lebih dulu untuk utang itu. Simpanan wajib per bulan: "
                f"{rupiah(book.rules.wajib)}.")
        period = f"Pertemuan bulan {bulan(month)} · tanggal: ...................."
    else:
        note = (f"Arsip: yang harus dibayar menurut buku pada awal {bulan(month)}, dan yang tercatat dibayar "
                f"dalam bulan itu (angsuran termasuk bayar utang tanggung renteng; kolom 'dari itu utang TR' "
                "adalah bagian yang melunasi utang TR). Kehadiran tidak dicatat di buku: kolom terakhir berisi "
                "tanggal setoran anggota.")
        period = f"Pertemuan bulan {bulan(month)} · arsip sampai {tanggal(month_end(month))}"
    story = [*header(info, "Lembar Setoran Pertemuan", period), sheet_table(sheet),
             signature_block(info, signed_on, width=269, keep_with=[text(note, "note")])]
    return Document("Lembar Setoran Pertemuan", bulan(month), story, landscape=True)
