"""The dashboard's figures and chart, and the facilitator's visit log with its open follow-ups."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tests.conftest import Book, ev
from tests.ui.conftest import mawar, open_group, saved
from ui.chart import nice_top
from ui.dashboard import DashboardPage
from ui.main import MainWindow
from ui.visits import VisitsPage


def test_dashboard_figures_and_chart(qtbot: Any, window: MainWindow, book: Book, tmp_path: Path) -> None:
    mawar(book)
    book.apply(ev("savings.deposit", "2026-02-01", member="M1", product="wajib", amount=10_000))
    window.desk.today = lambda: date(2026, 3, 20)  # M2 and M3 have not paid February
    open_group(qtbot, window)
    page = window.page(DashboardPage)
    assert isinstance(page, DashboardPage) and page.figures is not None
    # a tile never breaks an amount between "Rp" and its figure (issue 14.7): the space is a no-break space
    assert page.tiles["cash"].value.text() == "Rp\u00a04.610.000"
    assert page.tiles["loans"].value.text() == "Rp\u00a05.500.000"
    assert page.tiles["arrears"].value.text() == "Rp\u00a01.265.000"  # Feb and Mar instalments of M1–M3
    assert "Rp\u00a0" in page.tiles["cash"].note.text()
    assert page.tiles["par"].value.text() == "100,00\u00a0%"  # every loan is more than 30 days late
    assert page.due.rowCount() == 3 and page.due.item(0, 2).text() == "15/03/2026"
    assert len(page.chart.points) == 12 and page.chart.points[-1].loans == 5_500_000
    image = tmp_path / "chart.png"
    assert page.chart.grab().save(str(image)) and image.stat().st_size > 1000


def test_chart_axis_top_is_round() -> None:
    assert [nice_top(v) for v in (0, 7, 12, 4_610_000)] == [1, 10, 20, 5_000_000]


def test_visit_with_follow_up_shows_on_dashboard(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    open_group(qtbot, window, facilitator=True)
    window.nav.setCurrentRow(7)
    page = window.page(VisitsPage)
    assert isinstance(page, VisitsPage) and page.save_button.isEnabled()
    page.save()
    assert "nama pendamping" in page.message.text() and "yang diperiksa" in page.message.text()
    page.facilitator.setText("Ibu Rina (pendamping)")
    page.attendees.setText("M1, A99, M3")
    page.checks["buku kas"].setChecked(True)
    page.save()  # an unknown code is named inside the form, nothing saved
    assert "A99" in page.message.text() and book.state(as_of="2026-02-15")["followups_open"] == []
    assert page.facilitator.text() == "Ibu Rina (pendamping)"
    page.attendees.setText("M1, M2, M3")
    page.checks["tanggung renteng"].setChecked(True)
    page.findings.setPlainText("Buku kas rapi; M2 belum membayar angsuran")
    page.follow_up.setText("Kunjungi M2 bersama ketua")
    page.due.set_value(date(2026, 2, 28))
    assert page.unsaved()
    saved(qtbot, window, page, page.save)
    assert not page.unsaved() and page.visits.rowCount() == 1 and page.open.rowCount() == 1
    assert page.visits.item(0, 2).text() == "buku kas, tanggung renteng"
    followups = book.state(as_of="2026-02-15")["followups_open"]
    assert [f["what"] for f in followups] == ["Kunjungi M2 bersama ketua"]
    dashboard = window.page(DashboardPage)
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.follow_ups.item(0, 1).text() == "Kunjungi M2 bersama ketua"  # after its date (never cut)
    page.open.selectRow(0)
    saved(qtbot, window, page, page.mark_done)
    assert page.open.rowCount() == 0 and book.state(as_of="2026-02-15")["followups_open"] == []


def test_treasurer_reads_visits_but_does_not_record(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    open_group(qtbot, window)
    page = window.page(VisitsPage)
    assert isinstance(page, VisitsPage)
    assert not page.save_button.isEnabled() and page.only_facilitator.isVisibleTo(page)


def test_the_class_is_judged_on_the_last_closed_month(qtbot: Any, window: MainWindow, book: Book) -> None:
    """Before February's meeting its instalments read as unpaid: the class tile speaks of January, the last
    closed month (issue 14.8)."""
    mawar(book)
    book.apply(ev("month.close", "2026-01-31", month="2026-01"))
    window.desk.today = lambda: date(2026, 2, 20)
    open_group(qtbot, window)
    page = window.page(DashboardPage)
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.tiles["class"].note.text() != "", timeout=10_000)
    assert page.tiles["class"].note.text().startswith("Januari 2026: pengembalian")
