"""Members: register with pokok, edit, and leave with the §3 settlement shown first."""

from __future__ import annotations

from typing import Any

from tests.conftest import Book, ev, group_with_members
from tests.ui.conftest import open_group, saved
from ui.main import MainWindow
from ui.members import LeaveDialog, MemberDialog, MembersPage


def members_page(qtbot: Any, window: MainWindow, book: Book) -> MembersPage:
    group_with_members(book, 5)
    book.apply(ev("savings.deposit", "2026-01-20", member="M2", product="sukarela", amount=50_000),
               ev("loan.disburse", "2026-01-20", member="M2", loan="K1", principal=60_000, fund="group",
                  term=3))
    open_group(qtbot, window)
    window.nav.setCurrentRow(2)
    page = window.page(MembersPage)
    assert isinstance(page, MembersPage)
    return page


def test_register_edit_and_leave(qtbot: Any, window: MainWindow, book: Book) -> None:
    page = members_page(qtbot, window, book)
    assert page.table.rowCount() == 5
    page.register()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog) and dialog.code.text() == "A06"
    dialog.name.setText("Yuliana Bria")
    dialog.category.setCurrentText("fakir miskin")
    dialog.sector.setCurrentIndex(dialog.sector.findData("industri rumah tangga"))
    dialog.product.setText("kue basah")
    dialog.turnover.setText("750.000")
    dialog.needs["peralatan"].setChecked(True)
    saved(qtbot, window, page, dialog.check)
    new = book.state(as_of="2026-02-15")["members"]["A06"]
    assert new["name"] == "Yuliana Bria" and new["category"] == "fakir miskin"
    assert new["savings"]["pokok"] == 20_000
    profile = book.book().profiles["A06"][-1]
    assert (profile.sector, profile.product, profile.turnover, profile.needs) == (
        "industri rumah tangga", "kue basah", 750_000, ("peralatan",))
    page.table.selectRow(page.codes.index("A06"))
    page.edit()
    again = page.dialog
    assert isinstance(again, MemberDialog) and again.product.text() == "kue basah"
    again.needs["permodalan"].setChecked(True)
    saved(qtbot, window, page, again.check)
    assert book.book().profiles["A06"][-1].needs == ("peralatan", "permodalan")

    page.table.selectRow(page.codes.index("M3"))
    page.edit()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog) and dialog.code.isReadOnly()
    assert dialog.sector.currentData() == ""  # M3 was never mapped
    dialog.name.setText("Hasna Lamba")
    dialog.role.setCurrentText("sekretaris")
    saved(qtbot, window, page, dialog.check)
    m3 = book.state(as_of="2026-02-15")["members"]["M3"]
    assert (m3["name"], m3["role"]) == ("Hasna Lamba", "sekretaris")

    page.table.selectRow(page.codes.index("M2"))
    page.leave()
    qtbot.waitUntil(lambda: isinstance(page.dialog, LeaveDialog), timeout=10_000)
    leave = page.dialog
    assert isinstance(leave, LeaveDialog)
    # pokok 20.000 + sukarela 50.000 − payoff (60.000 pokok + jasa 900 of the begun period)
    assert leave.payout.text() == "Rp 9.100"
    saved(qtbot, window, page, leave.accept)
    m2 = book.state(as_of="2026-02-15")["members"]["M2"]
    assert not m2["active"] and m2["loans"] == []
    assert book.check() == []


def test_who_she_is_in_the_member_form(qtbot: Any, window: MainWindow, book: Book) -> None:
    """Rules §3a in the form (issue 16.4): NIK, No. KK, sex, birth date, address, phone. A NIK that cannot be
    one is refused inside the form with the ledger's reason and nothing typed is lost; a good one is kept on
    the member and shown again when she is edited."""
    page = members_page(qtbot, window, book)
    page.register()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    dialog.name.setText("Siti Aminah")
    dialog.nik.setText("320101520885001")  # 15 digits
    dialog.address.setText("RT 03 / RW 01, Oesapa")
    dialog.check()
    assert "16" in dialog.message.text() and dialog.isVisible()
    assert dialog.name.text() == "Siti Aminah" and dialog.address.text() == "RT 03 / RW 01, Oesapa"
    dialog.nik.setText("3201015208850001")  # a woman born 12 August 1985
    dialog.sex.setCurrentIndex(dialog.sex.findData("L"))
    dialog.check()
    assert "perempuan" in dialog.message.text() and dialog.isVisible()
    dialog.sex.setCurrentIndex(dialog.sex.findData("P"))
    dialog.birth.setText("12-08-1985")
    dialog.check()
    assert "hh/bb/tttt" in dialog.message.text()
    dialog.birth.setText("12/08/1985")
    dialog.kk.setText("3201010101090001")
    dialog.phone.setText("0812 3456 7890")
    saved(qtbot, window, page, dialog.check)
    member = book.book().member("A06")
    assert member.identity == {"nik": "3201015208850001", "kk": "3201010101090001", "sex": "P",
                               "birth_date": "1985-08-12", "address": "RT 03 / RW 01, Oesapa",
                               "phone": "0812 3456 7890"}
    page.table.selectRow(page.codes.index("A06"))
    page.edit()
    again = page.dialog
    assert isinstance(again, MemberDialog)
    assert (again.nik.text(), again.birth.text(), again.sex.currentData()) == ("3201015208850001", "12/08/1985", "P")
    again.phone.setText("0813 0000 1111")
    saved(qtbot, window, page, again.check)
    assert book.book().member("A06").identity["phone"] == "0813 0000 1111"


def test_a_code_already_used_brings_the_member_form_back_as_typed(qtbot: Any, window: MainWindow,
                                                                  book: Book) -> None:
    page = members_page(qtbot, window, book)
    page.register()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    code = page.codes[0]
    dialog.code.setText(code)
    dialog.name.setText("Maria Goreti Fernandez da Costa")
    dialog.nik.setText("5371014501900003")
    with qtbot.waitSignal(page.refused, timeout=10_000):
        dialog.check()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert code in dialog.message.text()
    assert (dialog.name.text(), dialog.nik.text()) == ("Maria Goreti Fernandez da Costa", "5371014501900003")
    dialog.code.setText("A77")
    saved(qtbot, window, page, dialog.check)
    assert book.state(as_of="2026-02-15")["members"]["A77"]["name"] == "Maria Goreti Fernandez da Costa"
