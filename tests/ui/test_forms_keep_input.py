"""Forms keep what was typed (issue 14.5): Escape on a filled form asks first; an empty Gulirkan or Terima
dana says what is missing instead of doing nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from tests.conftest import Book
from tests.ui.conftest import Boxes, mawar, open_group
from ui.grant import GrantDialog, GrantPage
from ui.main import MainWindow
from ui.members import MemberDialog, MembersPage


def test_escape_on_a_filled_member_form_asks_and_keeps_it(qtbot: Any, window: MainWindow, book: Book,
                                                           boxes: Boxes) -> None:
    mawar(book)
    open_group(qtbot, window)
    window.nav.setCurrentRow(2)
    page = window.page(MembersPage)
    assert isinstance(page, MembersPage)
    page.register()
    form = page.dialog
    assert isinstance(form, MemberDialog)
    form.reject()  # nothing typed yet: closes without a question
    assert not form.isVisible() and boxes.shown == []
    page.register()
    form = page.dialog
    assert isinstance(form, MemberDialog)
    form.name.setText("Yuliana Bria")
    boxes.answer = QMessageBox.StandardButton.No
    form.reject()
    assert form.isVisible() and boxes.shown[-1][0] == "Buang isian?"
    assert form.name.text() == "Yuliana Bria"
    boxes.answer = QMessageBox.StandardButton.Yes
    form.reject()
    assert not form.isVisible()


def test_an_empty_pass_on_says_what_is_missing(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    open_group(qtbot, window)
    window.nav.setCurrentRow(4)
    page = window.page(GrantPage)
    assert isinstance(page, GrantPage)
    page.pass_on()
    dialog = page.dialog
    assert isinstance(dialog, GrantDialog)
    dialog.check()
    assert dialog.isVisible() and dialog.message.text() == "Jumlah belum diisi."
    dialog.amount.setText("500.000")
    dialog.check()
    assert dialog.isVisible() and "penerima" in dialog.message.text()
