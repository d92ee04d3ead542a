"""The reports screen through ui.reporting: a clear message while a kind is missing; preview, save and
the facilitator's batch for all groups once ``reports.write_report`` exists (a stand-in here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

import reports
from tests.conftest import Book, group_with_members
from tests.ui.conftest import open_group
from ui import reporting
from ui.main import MainWindow
from ui.reports_screen import ReportsPage


def fake_writer(session: Any, kind: str, group: str, month: str | None, path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, f"{kind} {group} {month}")
    canvas.showPage()
    canvas.save()
    return path


def page_of(qtbot: Any, window: MainWindow, book: Book, facilitator: bool = False) -> ReportsPage:
    group_with_members(book, 5)
    group_with_members_named(book)
    open_group(qtbot, window, facilitator=facilitator)
    window.nav.setCurrentRow(8)
    page = window.page(ReportsPage)
    assert isinstance(page, ReportsPage)
    return page


def group_with_members_named(book: Book) -> None:
    book.apply({"type": "group.create", "date": "2026-01-05", "group": "H", "kind": "KK"},
               {"type": "month.close", "date": "2026-01-31", "group": "G", "month": "2026-01"})


def test_missing_statement_says_so(qtbot: Any, window: MainWindow, book: Book,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(reports, "write_report", raising=False)
    page = page_of(qtbot, window, book)
    page.preview()
    assert "belum tersedia" in page.message.text()
    assert not page.all_box.isVisibleTo(page)  # the batch is for the facilitator


def test_preview_and_batch_with_a_writer(qtbot: Any, window: MainWindow, book: Book, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports, "write_report", fake_writer, raising=False)
    page = page_of(qtbot, window, book, facilitator=True)
    assert page.month.currentData() == "2026-01"
    page.preview()
    qtbot.waitUntil(lambda: page.message.text() == "1 halaman", timeout=10_000)
    assert page.pages.pixmap() is not None and not page.pages.pixmap().isNull()
    page.run_all("kas", "2026-01", tmp_path)
    qtbot.waitUntil(lambda: "2 laporan" in page.message.text(), timeout=10_000)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["kas-G-2026-01.pdf", "kas-H-2026-01.pdf"]
    assert page.progress.value() == 2


def test_unknown_kind() -> None:
    assert "tidak dikenal" in (reporting.missing("neraca-ajaib") or "")
