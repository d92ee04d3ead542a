"""What the walk (scripts/walk.py) checks on any window, page or dialog: every visible label and button's text
fits its widget (a wrapping label: all its lines), no two sibling labels or buttons overlap, no English word of
Qt's in an Indonesian window, every table header and every visible table cell shows its whole text in a row no
taller than it needs, and the window fits the screen."""

from __future__ import annotations

import math
import re

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
)

ENGLISH = re.compile(r"\b(Yes|No(?!\.)|Cancel|Save|Open|Close|File|Print|Name|Size|Type|Date|OK)\b")  # "No." is Nomor
ROWS_CHECKED = 60  # a table's first rows: the long names of the stress book are among them
# Tables still scrolled sideways at 1366×768 on the stress book (issue 14, not done yet; docs/ui.md): the walk
# names them as known, not as problems. Any other table whose columns run past its edge is a problem.
SIDEWAYS_KNOWN = ("Rekap kantor · table 'Kelompok'", "Pinjaman baru · table 'Ke'", "Pendampingan · table 'Tanggal'",
                  "Inventaris · table 'Kode'")


def problems_of(root: QWidget, where: str, width: int, height: int) -> list[str]:
    """Every problem a treasurer would see in ``root`` on a ``width``×``height`` screen."""
    found: list[str] = []
    if root.window() is root and (root.width() > width or root.height() > height):
        found.append(f"{where}: {root.width()}×{root.height()}, past the {width}×{height} screen")
    shown = [w for w in root.findChildren(QWidget)
             if w.isVisible() and isinstance(w, QLabel | QAbstractButton) and w.window() is root.window()]
    for widget in shown:
        found += _text_problems(widget, where)
    for a in shown:
        for b in shown:
            if a is not b and a.parent() is b.parent() and id(a) < id(b) and a.geometry().intersects(b.geometry()):
                found.append(f"{where}: '{a.text()[:30]}' overlaps '{b.text()[:30]}'")
    for table in [w for w in root.findChildren(QTableWidget) if w.isVisible()]:
        found += _table_problems(table, where)
    fields = [*root.findChildren(QComboBox), *root.findChildren(QLineEdit)]
    for field in [w for w in fields if w.isVisible() and not isinstance(w.parent(), QComboBox)]:
        found += _field_problems(field, where)
    return found


def _field_problems(field: QComboBox | QLineEdit, where: str) -> list[str]:
    """A choice shown whole, and a hint (placeholder) in an empty field shown whole."""
    if isinstance(field, QComboBox):
        text, room = field.currentText(), field.width() - 34  # the arrow and the frame
    elif not field.text() and field.placeholderText():
        text, room = field.placeholderText(), field.width() - 12
    else:
        return []
    need = field.fontMetrics().horizontalAdvance(text)
    return [f"{where} · {type(field).__name__} '{text[:40]}': text {need} px in {room} px"] if need > room + 1 else []


def _text_problems(widget: QLabel | QAbstractButton, where: str) -> list[str]:
    text = widget.text().replace("&", "")
    if not text or text.startswith("<"):  # rich text lays itself out
        return []
    at = f"{where} · {type(widget).__name__} '{text[:50]}'"
    found = [f"{at}: English in an Indonesian window"] if ENGLISH.search(text) else []
    if isinstance(widget, QLabel) and widget.wordWrap():  # its lines all shown, none cut at the top or bottom
        lines = widget.heightForWidth(widget.width())
        return [*found, f"{at}: {lines} px of lines in {widget.height()} px"] if lines > widget.height() + 1 else found
    need = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    box = isinstance(widget, QCheckBox | QRadioButton)  # the tick box comes before the text
    have = widget.contentsRect().width() - (0 if isinstance(widget, QLabel) else 24 if box else 12)
    if need > have + 1:
        found.append(f"{at}: text {need} px in {have} px")
    return found


def _table_problems(table: QTableWidget, where: str) -> list[str]:
    found: list[str] = []
    header = table.horizontalHeader()
    at = f"{where} · table '{_first_heading(table)}'"
    if header.length() > table.viewport().width() + 1 and not at.endswith(SIDEWAYS_KNOWN):
        found.append(f"{at}: columns {header.length()} px in {table.viewport().width()} px, its last ones "
                     "past the table's edge")
    columns = [c for c in range(table.columnCount()) if not header.isSectionHidden(c)]
    for column in columns:
        item = table.horizontalHeaderItem(column)
        if item is None:
            continue
        need = max(header.fontMetrics().horizontalAdvance(line) for line in item.text().split("\n"))
        if need + 8 > header.sectionSize(column):
            found.append(f"{where} · header '{item.text()}': text {need} px in {header.sectionSize(column)} px")
        if ENGLISH.search(item.text()):
            found.append(f"{where} · header '{item.text()}': English in an Indonesian window")
    spacing = table.fontMetrics().lineSpacing()
    for row in range(min(table.rowCount(), ROWS_CHECKED)):  # a row left as tall as a narrower column needed
        need = table.sizeHintForRow(row)
        if table.rowHeight(row) > need + 2 * spacing:
            found.append(f"{at}: row {row + 1} is {table.rowHeight(row)} px for {need} px of text")
            break
    for column in columns:
        room = table.columnWidth(column) - 6  # the cell's own margins
        for row in range(min(table.rowCount(), ROWS_CHECKED)):
            cell = table.item(row, column)
            if cell is None or not cell.text() or table.cellWidget(row, column) is not None:
                continue
            metrics = QFontMetrics(cell.font())  # a bold total row is wider than the table's font
            need = max(metrics.horizontalAdvance(line) for line in cell.text().split("\n"))
            word = max(metrics.horizontalAdvance(w) for w in cell.text().split())  # a word never breaks
            lines = math.ceil(need / max(room, 1)) if table.wordWrap() and " " in cell.text() else 1
            if need > room + 1 and (lines == 1 or word > room + 1
                                    or lines * metrics.lineSpacing() > table.rowHeight(row)):
                found.append(f"{where} · cell '{cell.text()[:40]}': text {need} px in {room} px")
                break  # the first cut cell names its column; the rows after it would repeat it
    return found


def _first_heading(table: QTableWidget) -> str:
    item = table.horizontalHeaderItem(0)
    return item.text() if item is not None else ""
