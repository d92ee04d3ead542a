"""One group at a time (issue 14.1): after "Ganti kelompok" and another group's PIN, no page, dialog or
message holds the previous group's name, members or figures — tried on every page."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableWidget, QTextBrowser, QWidget

from tests.conftest import Book, ev
from tests.ui.conftest import mawar, open_group
from ui.main import MainWindow


def texts(root: QWidget) -> str:
    """Every text a person can read in ``root`` and its children (labels, buttons, fields, tables)."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            out.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            out.append(widget.toPlainText())
        elif isinstance(widget, QTableWidget):
            out.extend(widget.item(r, c).text() for r in range(widget.rowCount())
                       for c in range(widget.columnCount()) if widget.item(r, c) is not None)
    return "\n".join(out)


def test_switching_group_on_every_page_leaves_nothing_of_the_previous_group(qtbot: Any, window: MainWindow,
                                                                             book: Book) -> None:
    mawar(book)  # group "G": Anggota 1..5, a grant of Rp 10.000.000
    book.apply(ev("group.create", "2026-01-05", group="KUsiAPP Lain", kind="KUsiAPP"),
               ev("member.join", "2026-01-05", group="KUsiAPP Lain", member="B1", name="Yohana Tefa"))
    for row in range(len(window.pages)):
        open_group(qtbot, window, "G")
        window.nav.setCurrentRow(row)
        qtbot.wait(50)
        window.say("Pesan untuk kelompok G: Anggota 3 terlambat")
        window.leave_group()
        open_group(qtbot, window, "KUsiAPP Lain")
        window.nav.setCurrentRow(row)
        qtbot.wait(50)
        seen = texts(window) + window.statusBar().currentMessage()
        for trace in ("Anggota 1", "Anggota 3", "10.000.000", "terlambat"):
            assert trace not in seen, (window.pages[row].title, trace)
        window.leave_group()
