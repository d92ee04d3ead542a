"""The reports screen through ui.reporting and reports.api: preview in the window, a clear message when a
statement cannot be made, and the facilitator's batch for every group with a progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog

from tests.conftest import Book, ev, group_with_members
from tests.ui.conftest import open_group
from ui import reporting
from ui.main import MainWindow
from ui.reports_screen import ReportsPage


def page_of(qtbot: Any, window: MainWindow, book: Book, facilitator: bool = False) -> ReportsPage:
    group_with_members(book, 5)
    book.apply(ev("group.create", "2026-01-05", group="H", kind="KK"),
               ev("member.join", "2026-01-05", group="H", member="B1", name="Rambu Ana"),
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("month.close", "2026-01-31", group="H", month="2026-01"))
    open_group(qtbot, window, facilitator=facilitator)
    window.nav.setCurrentRow(9)
    page = window.page(ReportsPage)
    assert isinstance(page, ReportsPage)
    return page


def test_preview_in_the_window(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = page_of(qtbot, window, book)
    assert page.month.currentData() == "2026-01"
    assert not page.all_box.isVisibleTo(page)  # the batch is for the facilitator
    page.kind.setCurrentIndex(page.kind.findData("kas"))
    page.preview()
    qtbot.waitUntil(lambda: "halaman" in page.message.text(), timeout=20_000)
    assert page.pages.pixmap() is not None and not page.pages.pixmap().isNull()


def test_batch_for_all_groups(qtbot: Any, window: MainWindow, book: Book, tmp_path: Path) -> None:
    page = page_of(qtbot, window, book, facilitator=True)
    assert page.all_box.isVisibleTo(page)
    assert page.all_button.text().startswith("Simpan PDF")  # it writes files into a folder, it does not print
    assert page.all_button.width() >= page.all_button.fontMetrics().horizontalAdvance(page.all_button.text())
    page.run_all("bulanan", "2026-01", tmp_path)
    qtbot.waitUntil(lambda: "2 laporan" in page.message.text(), timeout=30_000)
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert page.progress.value() == 2


def test_missing_statement_says_so(qtbot: Any, window: MainWindow, book: Book,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reporting, "_api", lambda: None)
    page = page_of(qtbot, window, book)
    page.preview()
    assert "belum tersedia" in page.message.text()


def test_unknown_kind() -> None:
    assert "tidak dikenal" in (reporting.missing("neraca-ajaib") or "")


def test_a_cancelled_print_says_so(qtbot: Any, window: MainWindow, book: Book,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_of(qtbot, window, book)
    page.kind.setCurrentIndex(page.kind.findData("kas"))
    asked: list[bool] = []

    def cancel(_dialog: QPrintDialog) -> int:
        asked.append(True)
        return QPrintDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    page.print_()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert page.message.text() == "Pencetakan dibatalkan."
