"""How statements look, as data: the embedded font, paragraph styles, table styles, page sizes and margins."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 14 * mm
BOTTOM_MARGIN = 18 * mm  # room for the footer
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#8c8c8c")
SHADE = colors.HexColor("#e8eef4")
TOTAL_SHADE = colors.HexColor("#d4dde8")
ALERT = colors.HexColor("#9b1c1c")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans (shipped in ``resources/fonts``, every glyph the statements need) once."""
    folder = resources.files("resources") / "fonts"
    for name, file in FONT_FILES.items():
        with resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


register_fonts()  # paragraphs look their fonts up when they are made, before any page is drawn


def _style(name: str, size: float, *, bold: bool = False, align: int = TA_LEFT, leading: float = 0,
           space_before: float = 0, space_after: float = 0, color: Any = INK) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.25, alignment=align, spaceBefore=space_before,
                          spaceAfter=space_after, textColor=color, splitLongWords=0)  # a code or word never breaks


STYLES: dict[str, ParagraphStyle] = {
    "group": _style("group", 14, bold=True, align=TA_CENTER),
    "place": _style("place", 9, align=TA_CENTER),
    "title": _style("title", 12, bold=True, align=TA_CENTER, space_before=5),
    "period": _style("period", 9.5, align=TA_CENTER, space_after=4),
    "section": _style("section", 10.5, bold=True, space_before=9, space_after=3),
    "subsection": _style("subsection", 9, bold=True, space_before=5, space_after=2),
    "body": _style("body", 9),
    "note": _style("note", 8, color=colors.HexColor("#444444"), space_before=2),
    "alert": _style("alert", 9, bold=True, color=ALERT, space_before=3),
    "cell": _style("cell", 8, leading=9.6),
    "cell_bold": _style("cell_bold", 8, bold=True, leading=9.6),
    "cell_alert": _style("cell_alert", 8, bold=True, leading=9.6, color=ALERT),
    "cell_small": _style("cell_small", 6.5, leading=7.8),  # the office rekap's dense table
    "cell_small_bold": _style("cell_small_bold", 6.5, bold=True, leading=7.8),
    "cell_right": _style("cell_right", 8, leading=9.6, align=TA_RIGHT),
    "cell_right_bold": _style("cell_right_bold", 8, bold=True, leading=9.6, align=TA_RIGHT),
    "cell_small_right": _style("cell_small_right", 6.5, leading=7.8, align=TA_RIGHT),
    "cell_small_right_bold": _style("cell_small_right_bold", 6.5, bold=True, leading=7.8, align=TA_RIGHT),
    "cell_tiny": _style("cell_tiny", 5.5, leading=6.6),
    "cell_tiny_bold": _style("cell_tiny_bold", 5.5, bold=True, leading=6.6),
    "cell_tiny_right": _style("cell_tiny_right", 5.5, leading=6.6, align=TA_RIGHT),
    "cell_tiny_right_bold": _style("cell_tiny_right_bold", 5.5, bold=True, leading=6.6, align=TA_RIGHT),
    "head": _style("head", 8, bold=True, leading=9.6, align=TA_CENTER),
    "head_small": _style("head_small", 6.5, bold=True, leading=7.8, align=TA_CENTER),
    "sign": _style("sign", 9, align=TA_CENTER),
    "big": _style("big", 15, bold=True, align=TA_RIGHT),
}
HEADINGS = ("section", "subsection")  # kept with the start of what follows (reports.document.keep_headings)

TABLE_BASE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, 8),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 2.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
]
TABLE_HEAD: list[tuple[Any, ...]] = [
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
    ("ALIGN", (0, 0), (-1, 0), "CENTER"),
]
TABLE_TOTAL: list[tuple[Any, ...]] = [
    ("BACKGROUND", (0, -1), (-1, -1), TOTAL_SHADE),
    ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8),
]
PLAIN_TABLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 1),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
]
