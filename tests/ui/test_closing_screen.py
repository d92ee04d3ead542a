"""Month close from the Tutup buku screen, and the facilitator-only reopening with a reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from kasbuku import paths
from tests.conftest import Book, ev, group_with_members
from tests.ui.conftest import open_group, saved
from ui.closing import CloseDialog, ClosingPage, ReasonDialog
from ui.main import MainWindow
from ui.shu_rules import ShuRulesDialog


def closing_page(qtbot: Any, window: MainWindow, book: Book, facilitator: bool) -> ClosingPage:
    group_with_members(book, 5)
    book.apply(ev("month.close", "2026-01-31", month="2026-01"))
    open_group(qtbot, window, facilitator=facilitator)
    window.nav.setCurrentRow(6)
    page = window.page(ClosingPage)
    assert isinstance(page, ClosingPage)
    return page


def test_treasurer_closes_but_cannot_reopen(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = closing_page(qtbot, window, book, facilitator=False)
    assert "Januari 2026" in page.status.text() and "Februari 2026" in page.close_button.text()
    assert not page.reopen_button.isEnabled() and page.reopen_note.isVisibleTo(page)
    window.desk.today = lambda: date(2026, 2, 20)  # February is not over: she is warned, Enter cancels
    page.close_next()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CloseDialog), timeout=10_000)
    early = page.dialog
    assert isinstance(early, CloseDialog) and early.preview.day == date(2026, 2, 20)
    assert any("belum berakhir" in label.text() for label in early.findChildren(QLabel))
    assert not early.ok.isDefault()
    early.reject()
    page.dialog = None
    window.desk.today = lambda: date(2026, 3, 1)
    page.close_next()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CloseDialog), timeout=10_000)
    assert isinstance(page.dialog, CloseDialog)
    saved(qtbot, window, page, page.dialog.accept)
    assert book.state()["last_closed_month"] == "2026-02"
    assert page.closes.rowCount() == 2
    if book.backend == "sqlite":  # a PostgreSQL book is backed up by its server
        backups = paths.backup_dir()
        qtbot.waitUntil(lambda: any(backups.glob("*-tutup-*.sqlite")), timeout=10_000)
        # the day's first copy: taken once the window is up (issue 20), not before its first paint
        qtbot.waitUntil(lambda: any(backups.glob("*-harian-*.sqlite")), timeout=10_000)


def test_facilitator_reopens_with_a_reason(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = closing_page(qtbot, window, book, facilitator=True)
    assert page.reopen_button.isEnabled()
    page.reopen()
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason.setText("setoran wajib A03 tertinggal")
    saved(qtbot, window, page, dialog.accept)
    assert book.state()["last_closed_month"] is None
    assert book.check() == []


def test_the_groups_own_shu_rules_with_a_preview_then_the_year_allocated(qtbot: Any, window: MainWindow,
                                                                          book: Book) -> None:
    """A pool of her own (dana_wilayah_kerja), the year-end savings basis; a total other than 100 % is
    refused inside the form; once December is closed the year is shared out from the same screen."""
    page = closing_page(qtbot, window, book, facilitator=False)
    window.desk.today = lambda: date(2026, 2, 10)
    page.edit_shu_rules()
    dialog = page.dialog
    assert isinstance(dialog, ShuRulesDialog)
    dialog.pools.item(0, 1).setText("30")  # cadangan 25 → 30: the total is 105 %
    dialog.check()
    assert "105" in dialog.message.text() and dialog.isVisible()
    dialog.pools.item(5, 1).setText("10")  # sosial 15 → 10
    dialog.add_pool("dana_wilayah_kerja", "0")
    dialog.savings.setCurrentIndex(1)
    assert dialog.problem() == ""
    assert "Perkiraan SHU 2026" in dialog.preview_note.text()
    saved(qtbot, window, page, dialog.check)
    rules = book.book().rules
    assert rules.shu_pct["cadangan"] == 30 and rules.shu_savings_basis == "year_end"
    assert not page.allocate_button.isVisible()  # December 2026 is not closed


def test_the_close_preview_reads_right_at_its_size(qtbot: Any) -> None:
    """At 760×541 nothing is drawn over the table (issue 14.4); a close with nobody to cover never says
    "tidak ada tanggung renteng" above "Kelompok akan diblokir"; each coverer's total is shown."""
    from ledger.views.meeting import ClosePreview, ShareToCollect

    blocked = CloseDialog(ClosePreview("2026-02", date(2026, 2, 28), [], {"M1": 230_000}), {"M1": "M1 Ani"})
    qtbot.addWidget(blocked)
    said = " ".join(label.text() for label in blocked.findChildren(QLabel))
    assert "diblokir" in said and "tidak ada tanggung renteng" not in said
    shares = [ShareToCollect(f"M{i}", "M2", 57_500, "cash") for i in (1, 3, 4, 5)]
    shares += [ShareToCollect("M1", "M6", 10_000, "cash")]
    dialog = CloseDialog(ClosePreview("2026-02", date(2026, 2, 28), shares, {}), {})
    qtbot.addWidget(dialog)
    dialog.resize(760, 541)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisible()]
    tables = [w for w in dialog.findChildren(QWidget) if type(w).__name__ == "Table" and w.isVisible()]
    for label in labels:
        for table in tables:
            if label.parent() is table.parent():
                assert not label.geometry().intersects(table.geometry()), label.text()
    per = tables[1]
    assert per.rowCount() == 4 and per.item(0, 1).text() == "Rp 67.500"  # M1: 57.500 + 10.000
    assert "Rp 240.000" in " ".join(label.text() for label in labels)
