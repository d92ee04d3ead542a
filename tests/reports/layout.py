"""A printed statement read back with pdfplumber and checked for layout faults a reader would see: a
word crossing its table cell (a figure run into the next column, a code or word too wide for its cell —
cells never split a word), a word past the page's margins or into the footer, words printed over each
other, and a page holding only the signatures."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber

from reports.styles import BOTTOM_MARGIN, MARGIN

SLACK = 0.6  # points: rounding of the text positions


def _overprints(words: list[dict[str, Any]]) -> list[str]:
    """Words whose boxes overlap (text drawn over text)."""
    out = []
    ordered = sorted(words, key=lambda w: w["top"])
    for index, a in enumerate(ordered):
        for b in ordered[index + 1:]:
            if b["top"] >= a["bottom"] - 1:
                break
            if min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > SLACK:
                out.append(f"'{a['text']}' dan '{b['text']}' bertumpuk")
    return out


def _cells(page: Any) -> list[tuple[float, float, float, float]]:
    return [cell for table in page.find_tables() for row in table.rows for cell in row.cells if cell]


def page_problems(page: Any) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    footer_rule = page.height - (BOTTOM_MARGIN - 8 * 72 / 25.4 + 10)
    out = _overprints(words)
    for w in words:
        if w["x0"] < MARGIN - SLACK or w["x1"] > page.width - MARGIN + SLACK:
            out.append(f"'{w['text']}' keluar dari tepi halaman")
        if w["top"] < footer_rule < w["bottom"]:
            out.append(f"'{w['text']}' menimpa garis kaki halaman")
    for x0, top, x1, bottom in _cells(page):
        for w in words:
            middle_x, middle_y = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if x0 <= middle_x <= x1 and top <= middle_y <= bottom and (
                    w["x0"] < x0 - SLACK or w["x1"] > x1 + SLACK):
                out.append(f"'{w['text']}' keluar dari selnya")
    body = [w for w in words if w["bottom"] < footer_rule]
    sign = [w for w in body if w["text"] == "Mengetahui,"]
    if sign and not [w for w in body if w["bottom"] < sign[0]["top"] - 14]:  # above it: at most the date line
        out.append("halaman hanya berisi tanda tangan")
    return out


def layout_problems(pdf: bytes) -> list[str]:
    """Every fault, as 'halaman N: …'."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [f"halaman {n}: {p}" for n, page in enumerate(doc.pages, start=1) for p in page_problems(page)]
