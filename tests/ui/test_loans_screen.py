"""Loans on a real book: the new-loan form shows the schedule and explains refusals; pay; pay off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.conftest import Book, ev
from tests.ui.conftest import mawar, open_group, saved
from ui.loan_form import LoanForm
from ui.loans import LoansPage, PayDialog
from ui.main import MainWindow


def loans_page(qtbot: Any, window: MainWindow, book: Book) -> LoansPage:
    mawar(book)
    open_group(qtbot, window)
    window.nav.setCurrentRow(3)
    page = window.page(LoansPage)
    assert isinstance(page, LoansPage)
    return page


def new_form(page: LoansPage) -> LoanForm:
    page.new_loan()
    assert isinstance(page.dialog, LoanForm)
    return page.dialog


def test_form_shows_schedule_and_rotation_refusal(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = loans_page(qtbot, window, book)
    form = new_form(page)
    assert not form.save_button.isEnabled()  # nothing typed yet
    assert form.member.currentData() == "M4"  # the first member who may borrow from the grant
    assert form.member.itemText(0).endswith("belum dapat meminjam")
    assert "pinjaman berjalan" in form.member.itemData(0, Qt.ItemDataRole.ToolTipRole)
    form.member.setCurrentIndex(0)  # M1 has an open loan
    qtbot.keyClicks(form.principal, "1.000.000")
    assert form.schedule.rowCount() == 10
    assert form.schedule.item(0, 4).text() == "Rp 115.000"
    assert "masih punya pinjaman berjalan" in form.message.text()
    assert not form.save_button.isEnabled()
    form.member.setCurrentIndex(3)  # M4: waiting in round 1
    form.principal.setText("99.000.000")
    form.principal.textEdited.emit("99.000.000")
    assert "kas dana bergulir tidak cukup" in form.message.text()
    form.principal.setText("1.500.000")
    assert form.message.text() == "" and form.save_button.isEnabled()
    assert "Angsuran pertama Rp 172.500" in form.summary.text()
    saved(qtbot, window, page, form.accept)
    loans = book.state(as_of="2026-02-15")["members"]["M4"]["loans"]
    assert loans[0]["principal_outstanding"] == 1_500_000 and loans[0]["fund"] == "grant"


def test_group_fund_loan_explains_too_little_cash(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = loans_page(qtbot, window, book)
    form = new_form(page)
    form.member.setCurrentIndex(4)
    form.fund.setCurrentIndex(1)
    form.principal.setText("500.000")
    assert "kas dana kelompok tidak cukup" in form.message.text()


def test_loan_card_pay_and_pay_off(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = loans_page(qtbot, window, book)
    page.table.selectRow(page.codes.index("L1"))
    assert page.card is not None and page.card.code == "L1"
    assert page.schedule.rowCount() == 10
    page.pay()
    dialog = page.dialog
    assert isinstance(dialog, PayDialog) and dialog.amount.value() == 230_000
    saved(qtbot, window, page, dialog.accept)
    assert page.card.code == "L1" and page.payments.rowCount() == 1
    assert page.schedule.item(0, 6).text() == "Lunas"
    page.pay_off()
    dialog = page.dialog
    assert isinstance(dialog, PayDialog)
    assert dialog.amount.value() == 1_830_000  # pokok still owed + jasa of instalment 2, begun today
    saved(qtbot, window, page, dialog.accept)
    assert book.state(as_of="2026-02-15")["members"]["M1"]["loans"] == []
    assert not page.card.is_open
    assert book.check() == []


def test_a_yearly_rate_weekly_loan_typed_as_the_treasurer_quotes_it(qtbot: Any, window: MainWindow,
                                                                      book: Book) -> None:
    """'22 % per tahun' shows both ways and is saved exactly (rate_pct_year); weekly instalments fall every
    7 days; Rp 99.999.999.999 neither crashes the form (a 32-bit Qt signal did) nor saves."""
    page = loans_page(qtbot, window, book)
    form = new_form(page)
    form.member.setCurrentIndex(3)
    form.rate.unit.setCurrentIndex(1)
    form.rate.text.setText("22")
    form.rate.text.textEdited.emit("22")
    assert form.rate.both.text() == "1,83 % per bulan · 22 % per tahun"
    form.frequency.setCurrentIndex(2)  # mingguan
    qtbot.keyClicks(form.principal, "1.200.000")
    first, second = (form.schedule.item(r, 1).text() for r in (0, 1))
    assert first != second and form.schedule.rowCount() == 10
    # jasa a week: 1.200.000 × 22 % / 52 = 5.076,9 → 5.100 (unit 100); pokok 120.000
    assert "Angsuran pertama Rp 125.100 (jasa Rp 5.100 per angsuran)" in form.summary.text()
    raw = form.raw()
    assert raw["rate_pct_year"] == "22" and "rate_pct_month" not in raw and raw["frequency"] == "mingguan"
    form.principal.setText("99.999.999.999")
    form.principal.textEdited.emit("99.999.999.999")
    assert not form.save_button.isEnabled()
    assert "batas satu transaksi Rp 1.000.000.000" in form.summary.text()


def test_a_loan_card_names_who_covered_her_and_what_she_still_owes(qtbot: Any, window: MainWindow,
                                                                   book: Book) -> None:
    """M3 paid nothing by the February close: the others covered her instalment (rules §6). Her card in the
    window says who paid how much and what she owes them, as her paper does; a loan without a cover has no
    such table."""
    mawar(book)
    book.apply(ev("loan.pay", "2026-02-15", loan="L1", amount=230_000),
               ev("loan.pay", "2026-02-15", loan="L2", amount=230_000),
               ev("month.close", "2026-01-31", month="2026-01"), ev("month.close", "2026-02-28", month="2026-02"))
    open_group(qtbot, window)
    window.nav.setCurrentRow(3)
    page = window.page(LoansPage)
    assert isinstance(page, LoansPage)
    page.table.selectRow(page.codes.index("L3"))
    assert page.card is not None and page.card.code == "L3"
    assert page.covers.isVisible() and page.covers.rowCount() == 1
    cells = [page.covers.item(0, column).text() for column in range(4)]
    assert cells[1] == "Rp 172.500" and cells[2] == "Rp 172.500"
    assert "M1 Anggota 1 Rp 43.125 (tunai)" in cells[3] and "M5 Anggota 5" in cells[3]
    page.table.selectRow(page.codes.index("L1"))
    assert not page.covers.isVisible()
