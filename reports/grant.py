"""Laporan Perkembangan Dana Bergulir (``bergulir``): the fund's position, grants received, rounds and
their beneficiaries, pass-ons and write-offs."""

from __future__ import annotations

from datetime import date

from kasbuku.formatting import bulan, rupiah, tanggal, tanggal_pendek
from ledger.model.calendar import month_end
from ledger.rules.book import GroupBook
from ledger.views.statements.common import group_info
from ledger.views.statements.group import grant_history, grant_position
from reports.document import Document
from reports.flowables import (
    Column,
    block,
    header,
    money_table,
    open_month_note,
    section,
    signature_block,
    summary,
    text,
)

RECEIPTS = (Column("Tanggal", 22), Column("Sumber hibah", 78), Column("Nomor dokumen", 48),
            Column("Jumlah", 34, "money"))
PASS_ONS = (Column("Tanggal", 22), Column("Penerima", 78), Column("Nomor dokumen", 48), Column("Jumlah", 34, "money"))
WRITE_OFFS = (Column("Tanggal", 22), Column("Pinjaman", 58), Column("Alasan", 68), Column("Jumlah", 34, "money"))
ROUNDS = (Column("Putaran", 16, "number"), Column("Tanggal", 21), Column("Anggota", 47), Column("Pinjaman", 24),
          Column("Pokok", 26, "sparse"), Column("Sisa pokok", 26, "sparse"), Column("Keterangan", 22))


def build(book: GroupBook, month: str, signed_on: date) -> Document:
    end = month_end(month)
    info = group_info(book)
    p = grant_position(book)
    history = grant_history(book)
    position = summary([("Hibah diterima", p.received), ("Digulirkan ke kelompok/penerima lain", p.passed_on),
                        ("Dihapusbukukan", p.written_off),
                        ("Dana bergulir (hibah − digulirkan − dihapus)", p.received - p.passed_on - p.written_off),
                        ("Berada di kas dana bergulir", p.cash), ("Berada pada anggota (pinjaman beredar)",
                                                                 p.loans_outstanding),
                        ("Jumlah kas + pinjaman beredar", p.cash + p.loans_outstanding)])
    lent = summary([("Dipinjamkan kepada anggota (seluruhnya)", p.lent), ("Pokok yang sudah kembali", p.repaid),
                    ("Pinjaman beredar", p.loans_outstanding)])
    notes = [f"Putaran sekarang: ke-{p.round}. Menunggu giliran: {', '.join(p.waiting) or 'tidak ada'}."]
    if p.to_pass_on:
        due = f" paling lambat {tanggal(p.pass_on_due)}" if p.pass_on_due else ""
        notes.append(f"Kewajiban perguliran yang belum dipenuhi: {rupiah(p.to_pass_on)}{due}.")
    story = [*header(info, "Laporan Perkembangan Dana Bergulir", f"Keadaan {tanggal(end)}"),
             *open_month_note(month, book.last_closed), block("Posisi dana bergulir", position),
             block("Perputaran pinjaman", lent, *(text(n, "note") for n in notes)),
             section("Hibah yang diterima"),
             money_table(RECEIPTS, [[tanggal_pendek(d), s, doc or "–", a] for d, s, doc, a in history.receipts],
                         ["", "Jumlah", "", p.received], empty="Belum ada hibah."),
             section("Putaran dan penerima pinjaman dana bergulir"),
             money_table(ROUNDS, [[r.round, tanggal_pendek(r.day), r.member, r.what, r.principal, r.outstanding,
                                   r.status] for r in history.rounds],
                         empty="Belum ada pinjaman dana bergulir."),
             section("Perguliran"),
             money_table(PASS_ONS, [[tanggal_pendek(d), to, doc or "–", a] for d, to, doc, a in history.pass_ons],
                         ["", "Jumlah", "", p.passed_on] if history.pass_ons else None,
                         empty="Belum ada perguliran.")]
    if history.write_offs:
        story += [section("Penghapusan pinjaman dana bergulir"),
                  money_table(WRITE_OFFS, [[tanggal_pendek(d), what, why, a] for d, what, why, a in history.write_offs],
                              ["", "Jumlah", "", p.written_off])]
    story.append(signature_block(info, signed_on))
    return Document("Laporan Perkembangan Dana Bergulir", bulan(month), story)
