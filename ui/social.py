"""Dana sosial: the restricted fund's balance and movements, contributions, and payments with a purpose —
a payment above the balance is refused in the form, before anything is posted."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout

from kasbuku.formatting import rupiah
from ledger.model import accounts as A
from ledger.rules import social_fund
from ledger.rules.book import GroupBook
from ledger.rules.social_fund import PURPOSES
from ledger.views.economy import fund_moves
from ui.page import Page, Shell
from ui.widgets import N_, DateEdit, FormDialog, MoneyEdit, Table, button_row, heading, hint, member_combo, tr

NO_MEMBER = (N_("— bukan untuk satu anggota —"), "")


class SocialDialog(FormDialog):
    """A contribution to the fund or a payment from it; a payment shows the balance and stops above it."""

    def __init__(self, page: Page, book: GroupBook, paying: bool) -> None:
        super().__init__(tr("Bayar dari dana sosial") if paying else tr("Iuran dana sosial"), page)
        self.paying, self.balance = paying, social_fund.balance(book)
        self.form.addRow(heading(tr("Saldo dana sosial: {0}").format(rupiah(self.balance)), 13))
        self.amount = MoneyEdit(0)
        self.form.addRow(tr("Jumlah:"), self.amount)
        self.purpose = QComboBox()
        self.purpose.addItems(list(PURPOSES))
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("misalnya iuran bulanan, sumbangan warga"))
        if paying:
            self.form.addRow(tr("Untuk keperluan:"), self.purpose)
        else:
            self.form.addRow(tr("Sumber:"), self.source)
        self.member = member_combo(book, (tr(NO_MEMBER[0]), NO_MEMBER[1]), active=not paying)
        self.form.addRow(tr("Anggota:"), self.member)
        self.day = DateEdit(page.on)
        self.form.addRow(tr("Tanggal:"), self.day)
        if paying:
            self.form.addRow(hint(tr("Dana sosial tidak boleh kurang dari nol: bayar paling banyak sebesar saldonya.")))
            self.amount.textEdited.connect(lambda _t: self.warn())
        self.finish()

    def warn(self) -> None:
        """Say at once when the amount is above the balance, and keep Simpan off until it is not."""
        self.message.setText(self.over())
        self.save_button.setEnabled(not self.over())

    def over(self) -> str:
        if self.paying and self.amount.valid() and self.amount.value() > self.balance:
            return tr("Melebihi saldo dana sosial: saldo hanya {0}.").format(rupiah(self.balance))
        return ""

    def problem(self) -> str:
        if not self.amount.valid() or self.amount.value() <= 0:
            return tr("Tulis jumlah rupiah, misalnya 10.000")
        return self.over()

    def as_event(self) -> dict[str, Any]:
        raw: dict[str, Any] = {"type": "social.pay" if self.paying else "social.contribute",
                               "date": self.day.value().isoformat(), "amount": self.amount.value()}
        if self.paying:
            raw["purpose"] = self.purpose.currentText()
        elif self.source.text().strip():
            raw["source"] = self.source.text().strip()
        if self.member.currentData():
            raw["member"] = self.member.currentData()
        return raw


class SocialTab(Page):
    title = N_("Dana sosial")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        layout = QVBoxLayout(self)
        self.balance = heading("", 14)
        layout.addWidget(self.balance)
        layout.addWidget(hint(tr("Dana sosial untuk anggota yang sakit, berduka, atau perlu pendampingan kasus. "
                                 "Iuran dan bagian laba atau SHU masuk ke sini; uangnya disimpan terpisah.")))
        row, _buttons = button_row([(tr("Iuran masuk…"), lambda: self.record(False)),
                                    (tr("Bayar santunan…"), lambda: self.record(True))])
        layout.addLayout(row)
        self.moves = Table([tr("Tanggal"), tr("Keterangan"), tr("Uang masuk"), tr("Uang keluar"), tr("Saldo")],
                           money_columns=[2, 3, 4], wrap=1)
        layout.addWidget(self.moves, 1)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        self.balance.setText(tr("Saldo dana sosial: {0}").format(rupiah(social_fund.balance(book))))
        self.moves.fill([(m.day, m.text, m.amount_in or "", m.amount_out or "", m.balance)
                         for m in reversed(fund_moves(book, A.DANA_SOSIAL, credit=True))])

    def record(self, paying: bool) -> None:
        if self.book is None:
            return
        self.open_form(SocialDialog(self, self.book, paying),
                       tr("Santunan dana sosial dicatat") if paying else tr("Iuran dana sosial dicatat"))
