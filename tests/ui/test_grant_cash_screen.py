"""Dana bergulir (receive, pass on with the obligation, decline) and the cash book (in, out, reversal)."""

from __future__ import annotations

from typing import Any

from tests.conftest import Book, ev, group_with_members
from tests.ui.conftest import mawar, open_group, saved
from ui.cashbook import CashDialog, CashPage
from ui.closing import ReasonDialog
from ui.grant import GrantDialog, GrantPage
from ui.main import MainWindow


def test_grant_receive_pass_on_and_decline(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    book.apply(ev("group.create", "2026-01-05", group="KUBE Anggrek", kind="KUBE"),
               ev("group.rules", "2026-01-10", rules={"pass_on_pct": "20", "pass_on_due": "2026-12-31"}))
    open_group(qtbot, window)
    window.nav.setCurrentRow(4)
    page = window.page(GrantPage)
    assert isinstance(page, GrantPage)
    assert "M4 Anggota 4, M5 Anggota 5" in page.round.text()
    assert page.figures["loans_outstanding"].text() == "Rp 5.500.000"
    assert "Rp 2.000.000 paling lambat 31 Desember 2026" in page.figures["still"].text()
    page.receive()
    dialog = page.dialog
    assert isinstance(dialog, GrantDialog)
    dialog.amount.setText("2.000.000")
    dialog.who.setCurrentText("Dinas Sosial Kota Kupang")
    dialog.document.setText("SK-12/2026")
    saved(qtbot, window, page, dialog.check)
    page.pass_on()
    dialog = page.dialog
    assert isinstance(dialog, GrantDialog)
    dialog.amount.setText("1.000.000")
    dialog.who.setCurrentText("KUBE Anggrek")
    saved(qtbot, window, page, dialog.check)
    grant = book.state(as_of="2026-02-15")["grant"]
    assert (grant["received"], grant["passed_on"], grant["cash"]) == (12_000_000, 1_000_000, 5_500_000)
    assert book.state("KUBE Anggrek", as_of="2026-02-15")["grant"]["received"] == 1_000_000
    page.decline()
    assert page.dialog is not None
    saved(qtbot, window, page, page.dialog.accept)
    assert book.state(as_of="2026-02-15")["grant"]["waiting"] == ["M5"]
    assert page.history.rowCount() == 4


def test_cash_in_out_and_reversal_with_reason(qtbot: Any, window: MainWindow, book: Book) -> None:
    group_with_members(book, 5)
    open_group(qtbot, window)
    window.nav.setCurrentRow(5)
    page = window.page(CashPage)
    assert isinstance(page, CashPage)
    assert page.table.rowCount() == 5  # the five pokok deposits
    page.cash_in()
    dialog = page.dialog
    assert isinstance(dialog, CashDialog)
    dialog.amount.setText("50.000")
    dialog.category.setCurrentText("hasil usaha bersama")
    saved(qtbot, window, page, dialog.accept)
    page.cash_out()
    dialog = page.dialog
    assert isinstance(dialog, CashDialog)
    dialog.amount.setText("30.000")
    dialog.memo.setText("buku kas dan pulpen")
    saved(qtbot, window, page, dialog.accept)
    assert book.state(as_of="2026-02-15")["cash"] == 100_000 + 50_000 - 30_000
    assert page.rows[0].text == "Pengeluaran: alat tulis (buku kas dan pulpen)" and page.rows[0].reversible
    assert not page.rows[-1].reversible  # written without an id by the test's own apply
    page.table.selectRow(0)
    page.reverse()
    reason = page.dialog
    assert isinstance(reason, ReasonDialog) and not reason.ok.isEnabled()
    reason.reason.setText("salah catat, sebenarnya belum dibayar")
    saved(qtbot, window, page, reason.accept)
    assert book.state(as_of="2026-02-15")["cash"] == 150_000
    assert page.rows[0].text == ("Pembalikan transaksi (Pengeluaran: alat tulis: "
                                 "salah catat, sebenarnya belum dibayar)") and page.rows[1].reversed
    assert book.check() == []


def test_what_the_book_refuses_brings_the_form_back_as_typed(qtbot: Any, window: MainWindow, book: Book) -> None:
    """A cash entry dated after today used to close its form and lose what was typed; a form with no amount
    ignored Simpan without a word."""
    group_with_members(book, 5)
    open_group(qtbot, window)
    window.nav.setCurrentRow(5)
    page = window.page(CashPage)
    assert isinstance(page, CashPage)
    page.cash_in()
    dialog = page.dialog
    assert isinstance(dialog, CashDialog)
    dialog.check()
    assert dialog.isVisible() and dialog.message.text() == "Isi jumlahnya"
    dialog.amount.setText("50.000")
    dialog.memo.setText("sumbangan pak RT")
    dialog.day.set_value(window.desk.today().replace(year=2028))
    with qtbot.waitSignal(page.refused, timeout=10_000):
        dialog.check()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.message.text().startswith("tanggal 15 Februari 2028 belum tiba")
    assert (dialog.amount.text(), dialog.memo.text()) == ("50.000", "sumbangan pak RT")
    dialog.day.set_value(window.desk.today())
    saved(qtbot, window, page, dialog.check)
    assert not dialog.isVisible()
    assert book.state(as_of="2026-02-15")["cash"] == 100_000 + 50_000
