"""The meeting grid on a real book: expected amounts, typed payments, one all-or-nothing save, refusals
listed, then the month close with its tanggung-renteng preview."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.conftest import Book
from tests.ui.conftest import mawar, open_group, saved
from ui.closing import CloseDialog
from ui.main import MainWindow
from ui.meeting import COL_INSTALMENT, COL_SUKARELA, COL_WAJIB, MeetingPage


def meeting(qtbot: Any, window: MainWindow, book: Book) -> MeetingPage:
    mawar(book)
    open_group(qtbot, window)
    window.nav.setCurrentRow(1)
    page = window.page(MeetingPage)
    assert isinstance(page, MeetingPage)
    return page


def test_grid_shows_what_each_member_owes(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    rows = {r.member: r for r in page.rows}
    assert [r.member for r in page.rows] == ["M1", "M2", "M3", "M4", "M5"]
    assert rows["M1"].wajib_due == 20_000 and rows["M1"].wajib_arrears == 10_000  # January unpaid
    assert rows["M1"].instalment_due == 230_000 and rows["M3"].instalment_due == 172_500
    assert rows["M4"].loan is None and rows["M4"].instalment_due == 0
    assert page.grid.item(0, 2).text() == "Rp 230.000"
    assert page.grid.item(5, 0).text() == "Jumlah"
    # the arrears are part of the bills, not a debt on top of them
    assert page.grid.horizontalHeaderItem(3).text() == "Termasuk\ntunggakan"
    header = page.grid.horizontalHeader()
    assert header.sectionSize(3) > max(map(header.fontMetrics().horizontalAdvance, ("Termasuk", "tunggakan")))
    assert header.height() >= 2 * header.fontMetrics().height()
    assert page.grid.item(0, 3).text() == "Rp 10.000"


def test_typing_updates_totals_and_simpan_posts_all(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    page.grid.setCurrentCell(0, COL_WAJIB)
    page.grid.editItem(page.grid.item(0, COL_WAJIB))
    editor = page.grid.findChild(QLineEdit)
    qtbot.keyClicks(editor, "20000")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert page.grid.item(0, COL_WAJIB).text() == "20.000"
    assert page.unsaved()
    page.set_paid("M1", 20_000, 230_000, 5_000)
    page.set_paid("M3", 20_000, 172_500)
    page.grid.item(3, COL_SUKARELA).setText("Rp 15.000")  # M4, typed with the currency
    assert "Rp 462.500" in page.totals.text()
    saved(qtbot, window, page, page.save)
    state = book.state(as_of="2026-02-15")
    m1, m3, m4 = (state["members"][m] for m in ("M1", "M3", "M4"))
    assert m1["savings"] == {"pokok": 20_000, "wajib": 20_000, "sukarela": 5_000}
    assert m1["loans"][0]["principal_outstanding"] == 1_800_000
    assert m3["loans"][0]["principal_outstanding"] == 1_350_000
    assert m4["savings"]["sukarela"] == 15_000
    assert not page.unsaved()
    assert page.already.text() == "Sudah tercatat di buku untuk tanggal ini: Rp 462.500 dari 3 anggota"
    assert book.check() == []


def test_refusals_are_listed_and_nothing_is_saved(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    before = book.snapshot()
    page.set_paid("M1", 10_000, 5_000_000)  # above the payoff
    page.set_paid("M4", 10_000, 50_000)  # no loan at all
    page.set_paid("M5", 10_000)
    with qtbot.waitSignal(page.refused, timeout=10_000) as signal:
        page.save()
    reasons = signal.args[0]
    assert len(reasons) == 2
    assert any(r.startswith("M1 Anggota 1 — angsuran") and "melebihi" in r for r in reasons)
    assert any(r.startswith("M4 Anggota 4") and "tidak ada pinjaman" in r for r in reasons)
    assert page.dialog is not None and page.dialog.reasons.count() == 2
    assert book.snapshot() == before
    assert page.unsaved()  # her typing is kept to be corrected


def test_unreadable_amount_blocks_saving(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    page.grid.item(0, COL_INSTALMENT).setText("dua ratus")
    with qtbot.waitSignal(page.refused) as signal:
        page.save()
    assert "bukan jumlah rupiah" in signal.args[0][0]


def close_dialog(qtbot: Any, page: MeetingPage) -> CloseDialog:
    page.dialog = None
    page.close_month()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CloseDialog), timeout=10_000)
    assert isinstance(page.dialog, CloseDialog)
    return page.dialog


def test_close_month_shows_tr_shares_then_closes(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    page.set_paid("M1", instalment=230_000)
    page.set_paid("M3", instalment=172_500)
    saved(qtbot, window, page, page.save)
    window.desk.today = lambda: date(2026, 3, 2)
    january = close_dialog(qtbot, page)
    assert january.preview.month == "2026-01" and january.preview.shares == []
    saved(qtbot, window, page, january.accept)
    dialog = close_dialog(qtbot, page)
    assert dialog.preview.month == "2026-02"
    shares = {(s.coverer, s.defaulter): s.amount for s in dialog.preview.shares}
    assert shares == {("M1", "M2"): 57_500, ("M3", "M2"): 57_500, ("M4", "M2"): 57_500, ("M5", "M2"): 57_500}
    assert dialog.preview.cash_to_collect == 230_000
    assert book.state()["last_closed_month"] == "2026-01"  # the preview saved nothing
    saved(qtbot, window, page, dialog.accept)
    state = book.state(as_of="2026-03-02")
    assert state["last_closed_month"] == "2026-02"
    assert state["members"]["M2"]["tr_owes"] == 230_000
    assert state["members"]["M1"]["tr_is_owed"] == 57_500
    assert page.day.value() == date(2026, 3, 2)  # the grid left the closed month for today


def test_closing_the_window_asks_about_unsaved_input(qtbot: Any, window: MainWindow, book: Book,
                                                     boxes: Any) -> None:
    page = meeting(qtbot, window, book)
    page.set_paid("M1", 10_000)
    page.dirty = True
    boxes.answer = QMessageBox.StandardButton.No
    window.close()
    assert window.isVisible() and boxes.shown and "belum disimpan" in boxes.shown[-1][1]
    boxes.answer = QMessageBox.StandardButton.Yes
    window.close()
    assert not window.isVisible()
    assert book.state()["members"]["M1"]["savings"]["wajib"] == 0


def test_kosongkan_asks_before_clearing_typed_payments(qtbot: Any, window: MainWindow, book: Book,
                                                       boxes: Any) -> None:
    page = meeting(qtbot, window, book)
    page.set_paid("M1", 10_000)
    boxes.answer = QMessageBox.StandardButton.No
    page.clear_button.click()
    assert boxes.shown and "Kosongkan" in boxes.shown[-1][0]
    assert page._amount("M1", COL_WAJIB) == 10_000 and page.dirty
    boxes.answer = QMessageBox.StandardButton.Yes
    page.clear_button.click()
    assert page._amount("M1", COL_WAJIB) == 0 and not page.dirty
    asked = len(boxes.shown)
    page.clear_button.click()  # nothing typed: nothing to ask
    assert len(boxes.shown) == asked


def test_delete_and_backspace_clear_a_typed_cell(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    page.set_paid("M1", 10_000, sukarela=5_000)
    r = next(i for i, row in enumerate(page.rows) if row.member == "M1")
    name = page.grid.item(r, 0).text()
    for col, key in ((COL_WAJIB, Qt.Key.Key_Delete), (COL_SUKARELA, Qt.Key.Key_Backspace), (0, Qt.Key.Key_Delete)):
        page.grid.setCurrentCell(r, col)
        qtbot.keyClick(page.grid, key)
    assert page._amount("M1", COL_WAJIB) == 0 and page._amount("M1", COL_SUKARELA) == 0
    assert page.grid.item(r, 0).text() == name  # a read-only cell stays as it is


def type_in(qtbot: Any, page: MeetingPage, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into the current cell as the keyboard does (the first key opens the cell), then press ``key``."""
    qtbot.keyClicks(page.grid, text[0])
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    qtbot.wait(50)  # the grid closes the editor after the key (a queued call)


def test_enter_goes_on_to_the_next_amount(qtbot: Any, window: MainWindow, book: Book) -> None:
    """The hint says "Tab/Enter untuk pindah": Enter used to leave the cell chosen, so the next figure replaced
    this one (10.000 wajib became 172.500 wajib, the instalment lost)."""
    page = meeting(qtbot, window, book)
    page.grid.setFocus()
    page.grid.setCurrentCell(0, COL_WAJIB)
    for text in ("10000", "230000", "5000", "20000"):
        type_in(qtbot, page, text)
    typed = [[page.grid.item(r, c).text() for c in (COL_WAJIB, COL_INSTALMENT, COL_SUKARELA)] for r in (0, 1)]
    assert typed == [["10.000", "230.000", "5.000"], ["20.000", "", ""]]
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (1, COL_INSTALMENT)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)  # Enter on a cell not being typed in: on to the next
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (1, COL_SUKARELA)


def test_a_second_ctrl_s_while_saving_saves_once(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    page.set_paid("M4", sukarela=50_000)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.save()
        page.save()  # Ctrl+S twice (the shortcut does not look at the greyed-out button)
    qtbot.wait(300)
    assert book.state(as_of="2026-02-15")["members"]["M4"]["savings"]["sukarela"] == 50_000


def test_a_slip_of_rp_999_trillion_is_marked_and_not_counted(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = meeting(qtbot, window, book)
    page.grid.item(3, COL_SUKARELA).setText("999999999999999")
    cell = page.grid.item(3, COL_SUKARELA)
    assert "salah ketik" in cell.toolTip() and cell.background().color().name() == "#fde2e2"
    assert "Rp 0" in page.totals.text()  # the total is not a quadrillion pushing the columns off the screen
    with qtbot.waitSignal(page.refused) as signal:
        page.save()
    assert signal.args[0] == ["M4: Rp 999.999.999.999.999 lebih dari Rp 1.000.000.000: salah ketik?"]


def test_the_group_is_not_left_while_a_save_is_on_its_way(qtbot: Any, window: MainWindow, book: Book,
                                                          boxes: Any) -> None:
    """Simpan then at once "Ganti kelompok" asked about unsaved input, then ended in an unexpected error."""
    page = meeting(qtbot, window, book)
    page.set_paid("M4", sukarela=50_000)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.save()
        window.leave_group()
        assert window.stack.currentIndex() == 1 and "Masih menyimpan" in window.statusBar().currentMessage()
    assert boxes.shown == []
    window.leave_group()
    assert window.stack.currentIndex() == 0
    assert book.state(as_of="2026-02-15")["members"]["M4"]["savings"]["sukarela"] == 50_000


def test_a_double_click_on_tutup_bulan_opens_one_close(qtbot: Any, window: MainWindow, book: Book) -> None:
    """Two clicks made two previews and two dialogs; the second close was refused with a misleading reason."""
    page = meeting(qtbot, window, book)
    window.desk.today = lambda: date(2026, 3, 2)
    page.close_month()
    page.close_month()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CloseDialog), timeout=10_000)
    qtbot.wait(300)  # a second preview, had one started, would have opened its dialog by now
    assert len([d for d in page.findChildren(CloseDialog) if d.isVisible()]) == 1


def test_amounts_copied_from_a_spreadsheet_are_pasted_from_the_chosen_cell(qtbot: Any, window: MainWindow,
                                                                           book: Book) -> None:
    page = meeting(qtbot, window, book)
    page.grid.setFocus()
    page.grid.setCurrentCell(1, COL_INSTALMENT)
    QGuiApplication.clipboard().setText("230000\t5.000\n172500\tlima ribu\n\t15000\t99\n")
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    typed = [[page.grid.item(r, c).text() for c in (COL_WAJIB, COL_INSTALMENT, COL_SUKARELA)] for r in range(4)]
    assert typed == [["", "", ""], ["", "230.000", "5.000"], ["", "172.500", "lima ribu"], ["", "", "15.000"]]
    assert page.unreadable() == ['M3: "lima ribu" bukan jumlah rupiah; tulis misalnya 10.000']
    page.grid.setCurrentCell(0, 0)  # a name, not a payment column: nothing pasted, and she is told where
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "Pilih dulu kolom bayar" in window.statusBar().currentMessage()
