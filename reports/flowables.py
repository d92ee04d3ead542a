"""Reusable pieces of every statement: the header, section titles, money tables with totals, label/amount
summaries, and the signature block "Mengetahui, Pendamping — Ketua — Bendahara"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from kasbuku.formatting import rupiah, tanggal
from ledger.model.labels import GROUP_KIND_NAMES
from ledger.views.statements.common import GroupInfo
from reports.styles import FONT, FONT_BOLD, PLAIN_TABLE, STYLES, TABLE_BASE, TABLE_HEAD, TABLE_TOTAL

BLANK_NAME = "(" + "." * 34 + ")"


def text(value: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: names may hold '&' or '<')."""
    return Paragraph(escape(value), STYLES[style])


def money(value: int, blank_zero: bool = False) -> str:
    """A rupiah figure for a table cell; in sparse columns a zero is a dash so the eye finds the figures."""
    return "–" if blank_zero and value == 0 else rupiah(value)


def place_line(info: GroupInfo) -> str:
    """'Kel. Oesapa, Kec. Kelapa Lima, Kota Kupang' from whatever parts of the address the book holds."""
    a = info.address
    parts = [f"Kel. {a['kelurahan']}" if a.get("kelurahan") else "",
             f"Kec. {a['kecamatan']}" if a.get("kecamatan") else "", a.get("kota", ""), a.get("provinsi", "")]
    return ", ".join(p for p in parts if p)


def header(info: GroupInfo, title: str, period: str) -> list[Flowable]:
    """Group name, kind and address, the statement's title and its period."""
    place = " · ".join(p for p in (GROUP_KIND_NAMES.get(info.kind, info.kind), place_line(info)) if p)
    return [text(info.name, "group"), text(place, "place"), text(title, "title"), text(period, "period")]


def section(title: str) -> Paragraph:
    return text(title, "section")


def subsection(title: str) -> Paragraph:
    return text(title, "subsection")


@dataclass(frozen=True)
class Column:
    """A table column: its heading, width in mm, and how its values are shown."""

    label: str
    width: float
    kind: str = "text"  # text, money, sparse (money, zero as a dash), number, date, blank (to write in)


RIGHT_STYLES = (("cell_right", 8), ("cell_small_right", 6.5), ("cell_tiny_right", 5.5))  # largest first
TEXT_STYLES = (("cell", 8), ("cell_small", 6.5), ("cell_tiny", 5.5))


def _fits(shown: str, bold: bool, size: float, column: Column) -> bool:
    return bool(stringWidth(shown, FONT_BOLD if bold else FONT, size) <= (column.width - 2.5) * mm)


def _smaller(shown: str, bold: bool, size: float, column: Column, styles: tuple[tuple[str, float], ...]) -> Any:
    """A paragraph of ``shown`` in the largest of ``styles`` (not above ``size``) in which its longest word
    fits the column: long text wraps, but a figure, a code or a name is set smaller rather than broken or
    run into the next column."""
    longest = max(shown.split() or [""], key=len)
    style = next((name for name, points in styles if points <= size and _fits(longest, bold, points, column)),
                 styles[-1][0])
    return text(shown, f"{style}_bold" if bold else style)


def _cell(value: Any, column: Column, bold: bool, size: float = 8) -> Any:
    if value is None:
        return ""
    if isinstance(value, Flowable):  # a cell that needs its own style (e.g. a warning in red)
        return value
    if column.kind == "date":
        return tanggal(value)
    shown = money(value, blank_zero=column.kind == "sparse" and not bold) if column.kind in ("money", "sparse") \
        else str(value)
    if column.kind in ("money", "sparse", "number") and not _fits(shown, bold, size, column):
        return _smaller(shown, bold, size, column, RIGHT_STYLES)  # 'Rp' above the figure, right-aligned
    if column.kind == "text" and not _fits(shown, bold, size, column):
        return _smaller(shown, bold, size, column, TEXT_STYLES)
    return shown


def money_table(columns: Sequence[Column], rows: Sequence[Sequence[Any]],
                total: Sequence[Any] | None = None, empty: str = "Tidak ada.", bold: Sequence[int] = (),
                size: float = 8, headings: Sequence[int] = ()) -> Flowable:
    """A grid with a shaded heading repeated on every page, figures right-aligned and a bold total row;
    ``bold`` names rows (0 = the first) that are subtotals, ``headings`` rows whose first cell heads the
    rows below it across the whole width; ``size`` is the body's font size (8, or 6.5 for a dense table)."""
    if not rows:
        return text(empty, "note")
    data: list[list[Any]] = [[text(c.label, "head" if size == 8 else "head_small") for c in columns]]
    data += [[_cell(v, c, i in bold, size) for v, c in zip(row, columns, strict=True)]
             for i, row in enumerate(rows)]
    for i in headings:
        data[i + 1][0] = text(str(rows[i][0]), "cell_bold")
    style = [*TABLE_BASE, *TABLE_HEAD, ("FONT", (0, 1), (-1, -1), FONT, size),
             *(("FONT", (0, i + 1), (-1, i + 1), FONT_BOLD, size) for i in bold),
             *(("SPAN", (0, i + 1), (-1, i + 1)) for i in headings)]
    if total is not None:
        data.append([_cell(v, c, True, size) for v, c in zip(total, columns, strict=True)])
        style += [*TABLE_TOTAL, ("FONT", (0, -1), (-1, -1), FONT_BOLD, size)]
    for index, column in enumerate(columns):
        if column.kind in ("money", "sparse", "number"):
            style.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
        elif column.kind in ("date", "blank"):
            style.append(("ALIGN", (index, 1), (index, -1), "CENTER"))
    if any(c.kind == "blank" for c in columns):
        style += [("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]
    table = Table(data, colWidths=[c.width * mm for c in columns], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def summary(pairs: Sequence[tuple[str, int]], width: float = 120) -> Flowable:
    """Labels and rupiah amounts, one a line (the last one bold: it is the result)."""
    data = [[text(label, "cell_bold" if index == len(pairs) - 1 else "cell"), rupiah(amount)]
            for index, (label, amount) in enumerate(pairs)]
    table = Table(data, colWidths=[(width - 38) * mm, 38 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([*TABLE_BASE, *TABLE_TOTAL, ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    return table


def block(title: str, *flowables: Flowable) -> Flowable:
    """A section heading with a short part that must not be split across pages."""
    return KeepTogether([section(title), *flowables])


def facts(pairs: Sequence[tuple[str, str]], widths: tuple[float, float] = (42, 138), columns: int = 1) -> Flowable:
    """A borderless list of 'label : value' lines (loan terms, member details), in one or more columns."""
    cells = [[text(label, "body"), text(f": {value}", "body")] for label, value in pairs]
    height = -(-len(cells) // columns)
    cells += [["", ""]] * (height * columns - len(cells))
    data = [[cell for c in range(columns) for cell in cells[c * height + r]] for r in range(height)]
    table = Table(data, colWidths=[w * mm for w in widths] * columns, hAlign="LEFT")
    table.setStyle(TableStyle(PLAIN_TABLE))
    return table


class Signed(Flowable):  # type: ignore[misc]
    """The statement's last part and the signatures under it: wherever the part breaks across pages, its
    last rows go with the signatures, so no page holds the signatures alone."""

    def __init__(self, body: Flowable, signatures: Sequence[Flowable]) -> None:
        super().__init__()
        self.body, self.signatures = body, list(signatures)  # the signatures, with any notes above them
        self._heights: list[float] = []
        self._sign_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        body_width, body_height = self.body.wrap(avail_width, avail_height)
        sizes = [f.wrap(avail_width, avail_height) for f in self.signatures]
        self._heights = [h for _, h in sizes]
        self._sign_height = sum(self._heights)
        self.width = max([body_width, *(w for w, _ in sizes)])
        self.height = body_height + self._sign_height
        return self.width, self.height

    def draw(self) -> None:
        self.body.drawOn(self.canv, 0, self._sign_height)
        y = self._sign_height
        for flowable, height in zip(self.signatures, self._heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        parts = self.body.split(avail_width, avail_height - self._sign_height)
        if len(parts) < 2:
            return []  # the part cannot break here: it goes to the next page whole, with the signatures
        return [*parts[:-1], Signed(parts[-1], self.signatures)]


class SignatureBlock(Table):  # type: ignore[misc]
    """The signature table; ``reports.document`` keeps it with what comes before it (``Signed``)."""


def signature_block(info: GroupInfo, day: date, width: float = 180, keep_with: Sequence[Flowable] = ()) -> Flowable:
    """Place and date, then 'Mengetahui, Pendamping — Ketua — Bendahara' with the names from the book: the
    facilitator of the latest visit and the officers (a dotted line where a name is not known, to write in).
    ``day``: the period's end, or the day the facilitator picked. ``keep_with``: the statement's last part,
    printed before the signatures and kept on their page."""
    town = info.address.get("kota") or info.address.get("kelurahan") or ""
    dated = f"{town}, {tanggal(day)}" if town else tanggal(day)
    names = [info.facilitator, info.officers.get("ketua"), info.officers.get("bendahara")]
    heads = ["Mengetahui,<br/>Pendamping", "<br/>Ketua", "<br/>Bendahara"]
    col = width / 3 * mm
    data = [["", "", ""], ["", "", Paragraph(escape(dated), STYLES["sign"])],
            [Paragraph(h, STYLES["sign"]) for h in heads],
            ["", "", ""],
            [Paragraph(f"<u>{escape(n)}</u>" if n else BLANK_NAME, STYLES["sign"]) for n in names]]
    table = SignatureBlock(data, colWidths=[col] * 3, rowHeights=[6 * mm, None, None, 15 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle(PLAIN_TABLE))
    return KeepTogether([*keep_with, table]) if keep_with else table


def office_signature(office: str, day: date, width: float) -> Flowable:
    """The office's signatures under its rekap or pemetaan: who made it, and the head who knows of it."""
    heads = ["Dibuat oleh,<br/>Petugas / Pendamping", f"Mengetahui,<br/>Kepala {escape(office or 'Dinas Sosial')}"]
    col = width / 2 * mm
    data = [["", ""], ["", Paragraph(escape(tanggal(day)), STYLES["sign"])],
            [Paragraph(h, STYLES["sign"]) for h in heads], ["", ""], [Paragraph(BLANK_NAME, STYLES["sign"])] * 2]
    table = SignatureBlock(data, colWidths=[col] * 2, rowHeights=[6 * mm, None, None, 15 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle(PLAIN_TABLE))
    return table


def open_month_note(month: str, last_closed: str | None) -> list[Flowable]:
    """A warning on a statement of a month not yet closed: its figures may still change."""
    if last_closed is not None and month <= last_closed:
        return []
    return [text("Bulan ini belum ditutup: angka masih dapat berubah sampai tutup buku.", "alert")]


def percent(value: Decimal | str) -> str:
    """'1,5 %': a percentage as Indonesians write it (decimal comma)."""
    return f"{str(value).replace('.', ',')} %"
