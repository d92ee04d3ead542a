"""Kuitansi: a receipt for one payment (or pay-out), with the amount in words. Printable from the window."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kasbuku.formatting import rupiah, tanggal, terbilang
from ledger.rules.book import GroupBook
from ledger.views.statements.common import GroupInfo, group_info
from ledger.views.statements.receipt import Receipt, receipt
from reports.document import Document
from reports.flowables import BLANK_NAME, facts, header, summary, text
from reports.styles import RULE, STYLES


def signatures(info: GroupInfo, r: Receipt) -> Flowable:
    """The member signs as the one who hands over (or receives) the money; the treasurer as the other."""
    town = info.address.get("kota", "")
    treasurer = info.officers.get("bendahara")
    member = r.signer or None
    giver, taker = (member, treasurer) if r.incoming else (treasurer, member)
    heads = ("Yang menyerahkan", "Yang menerima,<br/>Bendahara") if r.incoming else (
        "Yang menyerahkan,<br/>Bendahara", "Yang menerima")
    cells = [Paragraph(f"<u>{escape(n)}</u>" if n else BLANK_NAME, STYLES["sign"]) for n in (giver, taker)]
    dated = f"{town}, {tanggal(r.day)}" if town else tanggal(r.day)
    data = [["", Paragraph(escape(dated), STYLES["sign"])], [Paragraph(h, STYLES["sign"]) for h in heads],
            ["", ""], cells]
    table = Table(data, colWidths=[90 * mm, 90 * mm], rowHeights=[None, None, 16 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build(book: GroupBook, seq: int, member: str | None = None) -> Document:
    r = receipt(book, seq, member)
    info = group_info(book)
    who = "Telah terima dari" if r.incoming else "Telah dibayarkan kepada"
    body = facts([("Nomor", r.number), (who, r.party or "...................................."),
                  ("Uang sejumlah", terbilang(r.total).capitalize()), ("Untuk pembayaran", r.purpose)],
                 widths=(45, 135))
    lines = [summary([*r.lines, ("Jumlah", r.total)], width=120)] if len(r.lines) > 1 else []
    amount = Table([[Paragraph(escape(rupiah(r.total)), STYLES["big"])]], colWidths=[60 * mm], hAlign="LEFT")
    amount.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, RULE), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story = [*header(info, "KUITANSI", f"Nomor {r.number} · {tanggal(r.day)}"), body, Spacer(1, 3 * mm), *lines,
             Spacer(1, 5 * mm), amount, Spacer(1, 4 * mm)]
    if r.cancelled:
        story.append(text("Transaksi ini sudah dibatalkan (dibalik); kuitansi ini tidak berlaku.", "alert"))
    story.append(signatures(info, r))
    return Document("Kuitansi", r.number, story)
