"""Mulai dari buku lama, step by step (issue 16.3), driven as a treasurer with her paper book open: the members
and their savings, a running loan whose schedule shows what she paid, the revolving fund and the cash; every
mistake said in the form (letters in an amount, a loan paid beyond its schedule), Escape half-way asks first;
the neraca with Modal awal before saving; then the group in the book as its paper said."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QMessageBox

from tests.conftest import Book
from tests.ui.conftest import Boxes
from ui.main import MainWindow
from ui.paper_book import PaperBookDialog
from ui.paper_book_form import OpeningForm


def test_a_paper_book_typed_in_step_by_step(qtbot: Any, window: MainWindow, book: Book, boxes: Boxes) -> None:
    window.desk.today = lambda: date(2026, 3, 10)
    window.start.start_from_paper()
    paper = window.start.dialog
    assert isinstance(paper, PaperBookDialog)
    paper.fill_by_hand()
    form = paper.form
    assert isinstance(form, OpeningForm)
    assert form.cutover.value() == date(2026, 2, 28)  # the last day of the month before: a closed month
    assert not form.save_button.isEnabled() and "Nama kelompok" in form.message.text()
    form.name.setText("KUBE Melati")
    for r, row in enumerate((["M1", "Siti", "20.000", "40.000", "10.000", ""],
                             ["M2", "Ani", "20.000", "20.000", "", "20.000"],
                             ["M3", "Wati", "20.000", "40.000", "", ""])):
        form.members.set_row(r, row)
    form.loans.set_row(0, ["L1", "M1", "bergulir", "2.000.000", "15/01/2026", "10", "1,5", "200.000", "30.000"])
    form.money["received"].setText("10.000.000")
    form.money["grant_cash"].setText("8.200.000")
    form.money["cash"].setText("250.000")
    form.money["jasa"].setText("30.000")
    form.refresh()
    assert form.message.text() == "" and form.save_button.isEnabled()
    assert form.preview is not None and form.preview.members == 3 and form.preview.open_loans == 1
    # her kartu angsuran: instalment 1 paid, the rest to come
    form.loans.setCurrentCell(0, 0)
    assert form.schedule.rowCount() == 10 and form.schedule.item(0, 5).text() == "Lunas"
    assert form.schedule.item(1, 5).text() != "Lunas"
    assert "Simpanan anggota Rp 170.000" in form.totals.text()  # pokok, wajib, sukarela: not the arrears
    assert "sisa pokok pinjaman Rp 1.800.000" in form.totals.text()
    # assets: cash 250.000, the fund's cash 8.200.000, L1's 1.800.000 out = 10.250.000; claims: savings 170.000,
    # the revolving fund 10.000.000, jasa received 30.000 = 10.200.000 → Modal awal 50.000 (arrears are no asset)
    assert form.preview.modal_awal == 50_000
    assert ("Modal awal (saldo pembukaan)", 50_000) in form.preview.neraca
    # careless: letters in an amount, a loan paid beyond its schedule — each said, nothing lost
    form.members.set_row(2, ["M3", "Wati", "20.000", "empat puluh ribu", "", ""])
    assert "Anggota baris 3: 'empat puluh ribu' bukan jumlah rupiah." in form.message.text()
    assert not form.save_button.isEnabled()
    form.members.set_row(2, ["M3", "Wati", "20.000", "40.000", "", ""])
    form.loans.set_row(0, ["L1", "M1", "bergulir", "2.000.000", "15/01/2026", "10", "1,5", "2.500.000", "30.000"])
    assert "melebihi" in form.message.text() and not form.save_button.isEnabled()
    form.loans.set_row(0, ["L1", "M1", "bergulir", "2.000.000", "15/01/2026", "10", "1,5", "200.000", "30.000"])
    assert form.save_button.isEnabled()
    boxes.answer = QMessageBox.StandardButton.No
    form.reject()  # Escape half-way: she is asked, and keeps her work
    assert form.isVisible() and boxes.shown and form.members.text(0, 1) == "Siti"
    form.accept()
    state = book.state("KUBE Melati", as_of="2026-03-01")
    assert state["cash"] == 250_000 + 8_200_000 and state["grant"]["cash"] == 8_200_000  # all cash, fund's too
    assert state["members"]["M2"]["wajib_arrears"] == 20_000
    assert state["members"]["M1"]["loans"][0]["principal_outstanding"] == 1_800_000
    assert state["last_closed_month"] == "2026-02" and not form.isVisible()
