"""pytest-qt fixtures: the real main window on a real SQLite book, with message boxes answered by the test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import Book, ev, group_with_members

os.environ["KASBUKU_LANG"] = "id"  # the source language, whatever this computer's user chose
# the window's own settings (the last folder, the language) go to a folder of this run, never the user's
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kasbuku-test-config-")
from ui.app import build_main_window
from ui.main import MainWindow


class Boxes:
    """Message boxes shown during a test (none may block), and the answer to questions."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def question(self, _parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        self.shown.append((title, text))
        return self.answer

    def note(self, _parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        self.shown.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    found = Boxes()
    monkeypatch.setattr(QMessageBox, "question", found.question)
    monkeypatch.setattr(QMessageBox, "warning", found.note)
    monkeypatch.setattr(QMessageBox, "critical", found.note)
    monkeypatch.setattr(QMessageBox, "information", found.note)
    return found


@pytest.fixture
def window(qtbot: Any, book: Book) -> Iterator[MainWindow]:
    win = build_main_window(book.url)
    assert isinstance(win, MainWindow)
    win.desk.today = lambda: date(2026, 2, 15)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    for page in win.pages:
        page.forget()
    win.close()


def mawar(book: Book) -> None:
    """rules.md §10 up to the February meeting: five members, a grant, three grant loans."""
    group_with_members(book, 5, "2026-01-05")
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos BLPS"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=2_000_000, fund="grant"),
               ev("loan.disburse", "2026-01-15", member="M2", loan="L2", principal=2_000_000, fund="grant"),
               ev("loan.disburse", "2026-01-15", member="M3", loan="L3", principal=1_500_000, fund="grant"))


def open_group(qtbot: Any, win: MainWindow, name: str = "G", facilitator: bool = False) -> None:
    """Open a group as the treasurer (or the facilitator) and wait until its book is on screen."""
    win.desk.role = "pendamping" if facilitator else "bendahara"
    with qtbot.waitSignal(win.loaded, timeout=10_000):
        win.open_group(name)


def saved(qtbot: Any, win: MainWindow, page: Any, action: Any) -> None:
    """Run an action that saves, and wait for the save and the reload after it."""
    with qtbot.waitSignals([page.saved, win.loaded], timeout=10_000):
        action()
