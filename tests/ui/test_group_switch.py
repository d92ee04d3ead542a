"""One group at a time (issue 14.1): after "Ganti kelompok" and another group's PIN, no page, dialog or
message holds the previous group's name, members or figures — tried on every page."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableWidget, QTextBrowser, QWidget

from ledger import services
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


def test_a_clock_earlier_than_the_book_is_named_before_anything_is_saved(qtbot: Any, window: MainWindow,
                                                                        book: Book) -> None:
    """The laptop's battery died and it boots on 1 January 2000: the workspace says so at once, and a
    payment typed then is refused (nothing may be dated after the computer's date)."""
    mawar(book)
    window.desk.today = lambda: date(2000, 1, 1)
    open_group(qtbot, window, "G")
    assert window.clock_banner.isVisible()
    assert "1 Januari 2000" in window.clock_banner.text() and "15 Januari 2026" in window.clock_banner.text()
    with pytest.raises(services.LineRefused, match="belum tiba"):
        window.desk.apply([ev("savings.deposit", "2026-01-20", member="M1", product="wajib", amount=10_000)])
    window.leave_group()
    window.desk.today = lambda: date(2026, 2, 15)
    open_group(qtbot, window, "G")
    assert not window.clock_banner.isVisible()


def test_a_screens_message_goes_with_the_screen_a_message_of_the_book_stays(qtbot: Any, window: MainWindow,
                                                                          book: Book) -> None:
    """A cash-book refusal was still in the status line on the visits screen (seen in the walk's PNGs); a
    backup's "jangan cabut flashdisk dulu" must not go with a change of screen."""
    mawar(book)
    open_group(qtbot, window)
    window.say("Transaksi ini tidak dapat dibatalkan di sini")
    window.nav.setCurrentRow(5)
    assert window.statusBar().currentMessage() == ""
    window.announce("Mencadangkan… jangan cabut flashdisk dulu", 0)
    window.nav.setCurrentRow(7)
    assert window.statusBar().currentMessage() == "Mencadangkan… jangan cabut flashdisk dulu"
    window.say("Kunjungan disimpan")
    window.nav.setCurrentRow(7)  # the same screen chosen again: nothing changes
    assert window.statusBar().currentMessage() == "Kunjungan disimpan"
