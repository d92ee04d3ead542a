"""Issue 14.9, the crash on quit after a long session (`Fatal Python error: none_dealloc`): PySide6 6.12.0 on
Python 3.11 dropped a reference to None on every call of a method returning nothing, so about 40 000 calls in a
session — eight refreshes of a long cash book — deallocated None. The PySide6 kasbuku installs must not."""

from __future__ import annotations

import gc
import sys
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem

from tests.conftest import Book
from tests.ui.conftest import mawar, open_group
from ui.main import MainWindow

CALLS = 5_000


def none_references() -> int:
    gc.collect()
    return sys.getrefcount(None)


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot: Any) -> None:
    label, item = QLabel(), QTableWidgetItem("x")
    qtbot.addWidget(label)
    before = none_references()
    for n in range(CALLS):
        label.setText(str(n))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    assert none_references() - before > -CALLS // 10  # 6.12.0 lost 3 × CALLS here


def test_a_long_session_of_refreshes_keeps_none_alive(qtbot: Any, window: MainWindow, book: Book) -> None:
    """Every page refilled again and again, as a day of saves does: None's references do not drain away."""
    mawar(book)
    open_group(qtbot, window)
    before = none_references()
    for _ in range(20):
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.reload()
    assert none_references() - before > -1_000
