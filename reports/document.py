"""Turning a story of flowables into PDF bytes: A4, the page footer "Halaman X dari Y" with the printed-on
date, and ReportLab's invariant mode so the same book gives the same bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
)

from kasbuku.formatting import tanggal
from reports.flowables import SignatureBlock, Signed
from reports.styles import BOTTOM_MARGIN, FONT, HEADINGS, LANDSCAPE, MARGIN, PORTRAIT, RULE, register_fonts


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the end so each footer can say how many pages there are."""

    footer_lines: tuple[str, str] = ("", "")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        y = BOTTOM_MARGIN - 8 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, y + 10, width - MARGIN, y + 10)
        # group · statement · period has the whole line (smaller when a long name needs it); the page
        # number sits on the line below, beside the short "Dicetak …", so the two never overprint
        size = 7.5
        while size > 5 and stringWidth(self.footer_lines[0], FONT, size) > width - 2 * MARGIN:
            size -= 0.25
        self.setFont(FONT, size)
        self.drawString(MARGIN, y, self.footer_lines[0])
        self.setFont(FONT, 7.5)
        self.drawString(MARGIN, y - 9, self.footer_lines[1])
        self.drawRightString(width - MARGIN, y - 9, f"Halaman {number} dari {total}")
        self.restoreState()


@dataclass(frozen=True)
class Document:
    """A statement ready to lay out: its title and period (for the footer) and its flowables."""

    title: str
    period: str
    story: list[Flowable] = field(default_factory=list)
    landscape: bool = False


HEADING_ROOM = 50 * mm  # a heading starts a new page when less than this is left for what follows it


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """A heading starts a new page when less than ``HEADING_ROOM`` is left, so it never ends a page; with
    more room what follows starts under it, and a long table breaks there (ReportLab's keepWithNext would
    move the whole table to the next page, leaving this one empty)."""
    out: list[Flowable] = []
    for flowable in story:
        is_heading = isinstance(flowable, Paragraph) and flowable.style.name in HEADINGS
        follows_heading = bool(out) and isinstance(out[-1], Paragraph) and out[-1].style.name in HEADINGS
        if is_heading and not follows_heading:
            out.append(CondPageBreak(HEADING_ROOM))
        out.append(flowable)
    return out


def keep_signatures(story: list[Flowable]) -> list[Flowable]:
    """Each signature block joined with the part before it — the notes right above it and the table or
    text before them (``Signed``) — so it never stands alone on a page, nor with its notes only."""
    out: list[Flowable] = []
    for flowable in story:
        if not isinstance(flowable, SignatureBlock):
            out.append(flowable)
            continue
        tail: list[Flowable] = [flowable]
        while len(out) > 1 and type(out[-1]) is Paragraph and isinstance(out[-2], Table | Paragraph):
            tail.insert(0, out.pop())  # a note under the last table goes with the signatures
        before = out[-1] if out else None
        if before is None or isinstance(before, PageBreak):
            out += tail
        elif isinstance(before, KeepTogether):  # a short part kept whole: the signatures join it
            out[-1] = KeepTogether([*before._content, *tail])
        elif isinstance(before, Table | Paragraph):  # a table breaks with its last rows on the signatures' page
            out[-1] = Signed(before, tail)
        else:
            out[-1] = KeepTogether([before, *tail])
    return out


def render(doc: Document, group: str, printed_on: date) -> bytes:
    """Lay the statement out on A4 (portrait unless a table needs landscape) and return the PDF's bytes."""
    register_fonts()
    lines = (f"{group} · {doc.title} · {doc.period}", f"Dicetak {tanggal(printed_on)} dengan kasbuku")
    canvas_class = type("StatementCanvas", (_FooterCanvas,), {"footer_lines": lines})
    buffer = io.BytesIO()
    size = LANDSCAPE if doc.landscape else PORTRAIT
    template = BaseDocTemplate(buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                               bottomMargin=BOTTOM_MARGIN, title=f"{doc.title} {doc.period} — {group}",
                               author="kasbuku", creator="kasbuku", invariant=1, initialFontName=FONT)
    # no frame padding: a table as wide as the page's text width (182 mm portrait) stays inside the margins
    frame = Frame(MARGIN, BOTTOM_MARGIN, size[0] - 2 * MARGIN, size[1] - MARGIN - BOTTOM_MARGIN, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(frames=[frame])])
    template.build(keep_headings(keep_signatures(doc.story)), canvasmaker=canvas_class)
    return buffer.getvalue()
