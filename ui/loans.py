"""Pinjaman: every loan with its days past due and kolektibilitas; a loan's card (schedule with what was
paid, payments, payoff); a new loan; a payment or a payoff."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import rate_text, rupiah, tanggal
from ledger.model.labels import FUND_NAMES, term_text
from ledger.rules.book import GroupBook
from ledger.views.loan_cards import LoanCard, loan_card, loans_listed
from ledger.views.statements.common import member_name
from ui.loan_form import LoanForm
from ui.page import Page, Shell
from ui.widgets import N_, DateEdit, FormDialog, MoneyEdit, Table, button_row, heading, tr


class PayDialog(FormDialog):
    """A payment on a loan: the amount due now is filled in; "Lunasi" fills the payoff instead."""

    def __init__(self, card: LoanCard, payoff: bool, on: date, parent: QWidget) -> None:
        super().__init__(tr("Pelunasan {0}").format(card.code) if payoff else tr("Angsuran {0}").format(card.code),
                         parent)
        form = self.form
        form.addRow(heading(f"{card.member} {card.name} · {card.code}", 13))
        form.addRow(tr("Harus dibayar sekarang:"), QLabel(rupiah(card.due_now)))
        form.addRow(tr("Pelunasan (semua):"), QLabel(rupiah(card.payoff)))
        self.amount = MoneyEdit(card.payoff if payoff else (card.due_now or card.payoff))
        form.addRow(tr("Jumlah dibayar:"), self.amount)
        self.day = DateEdit(on)
        form.addRow(tr("Tanggal:"), self.day)
        self.finish()

    def problem(self) -> str:
        return self.amount.problem(required=True)

class LoansPage(Page):
    title = N_("Pinjaman")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.codes: list[str] = []
        self.card: LoanCard | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(((tr("Pinjaman baru…"), self.new_loan), (tr("Bayar angsuran…"), self.pay),
                                     (tr("Lunasi…"), self.pay_off)), tr("Pinjaman"))[0])
        split = QSplitter()
        # the fund and the amount lent are on the loan's card: the list keeps what tells the loans apart and
        # what is still owed, whole at 1366×768 with 40 long names (the code over the name, which wraps)
        self.table = Table([tr("Pinjaman"), tr("Sisa\npokok"), tr("Hari\ntunggak"), tr("Status")],
                           money_columns=[1], wrap=0)
        self.table.itemSelectionChanged.connect(self.show_card)
        split.addWidget(self.table)
        detail = QWidget()
        right = QVBoxLayout(detail)
        self.card_title = heading("", 13)
        right.addWidget(self.card_title)
        self.card_facts = QLabel("")
        self.card_facts.setWordWrap(True)
        right.addWidget(self.card_facts)
        self.schedule = Table([tr("Ke"), tr("Jatuh\ntempo"), tr("Pokok"), tr("Jasa"), tr("Denda"), tr("Dibayar"),
                               tr("Keadaan")], money_columns=[2, 3, 4, 5], wrap=6)
        right.addWidget(self.schedule, 2)
        right.addWidget(heading(tr("Pembayaran"), 12))
        # the amount before the description: a payment's text (where its TR part went) can be long
        self.payments = Table([tr("Tanggal"), tr("Jumlah"), tr("Keterangan")], money_columns=[1])
        right.addWidget(self.payments, 1)
        # who paid her arrears at a close, and what she still owes them: shown only on a loan that has any
        self.covers_heading = heading(tr("Ditanggung renteng"), 12)
        right.addWidget(self.covers_heading)
        # every coverer named in full, one under the other as the room asks
        self.covers = Table([tr("Tutup buku"), tr("Jumlah"), tr("Masih utang"), tr("Ditanggung oleh")],
                            money_columns=[1, 2], wrap=3)
        right.addWidget(self.covers, 1)
        split.addWidget(detail)
        split.setSizes([480, 660])
        layout.addWidget(split, 1)

    def show_book(self, book: GroupBook) -> None:
        keep = self.card.code if self.card else None
        self.book = book
        loans = loans_listed(book)
        self.codes = [ln.code for ln in loans]
        rows = []
        for ln in loans:
            status = tr("berjalan") if ln.is_open else (tr("dihapus") if ln.written_off else tr("lunas"))
            rows.append((f"{ln.code}\n{member_name(book, ln.member)}", ln.principal_outstanding,
                         ln.days_past_due(self.on), status))
        self.table.blockSignals(True)
        self.table.fill(rows)
        if self.codes:
            self.table.selectRow(self.codes.index(keep) if keep in self.codes else 0)
        self.table.blockSignals(False)
        self.card = None
        self.show_card()

    def show_card(self) -> None:
        index = self.table.current()
        if self.book is None or not 0 <= index < len(self.codes):
            return
        self.card = c = loan_card(self.book, self.codes[index], self.on)
        self.card_title.setText(f"{c.code} · {c.member} {c.name}")
        self.card_facts.setText(tr("{0}, dicairkan {1}: {2} dalam {3}, jasa {4} ({5}). "
                                   "Sisa pokok {6}; pelunasan hari ini {7}; kolektibilitas {8}.").format(
            tr(FUND_NAMES[c.fund]), tanggal(c.disbursed), rupiah(c.principal), term_text(c.term, c.frequency),
            rate_text(c.rate_pct_month), c.method, rupiah(c.outstanding), rupiah(c.payoff),
            c.kolektibilitas))
        self.schedule.fill([(s.number, s.due, s.pokok, s.jasa, s.denda, s.paid, tr(s.status))
                            for s in c.schedule])
        self.payments.fill([(p.day, p.amount, p.text + (tr(" (dibalik)") if p.reversed else ""))
                            for p in c.payments])
        self.covers.fill([(cover.day, cover.amount, cover.owed, cover.by) for cover in c.covers])
        for widget in (self.covers_heading, self.covers):
            widget.setVisible(bool(c.covers))

    def new_loan(self) -> None:
        if self.book is None:
            return
        form = LoanForm(self.book, self.on, self)
        form.accepted.connect(lambda: self.post([form.raw()], tr("Pinjaman {0} dicairkan").format(form.raw()["loan"]),
                                                form=form))
        self.dialog = form
        form.open()

    def pay(self, payoff: bool = False) -> None:
        if self.book is None or self.card is None or not self.card.is_open:
            return
        card, name = self.card, self.book.name
        dialog = PayDialog(card, payoff, self.on, self)
        dialog.accepted.connect(lambda: self.post(
            [{"type": "loan.pay", "date": dialog.day.value().isoformat(), "group": name, "loan": card.code,
              "amount": dialog.amount.value()}],
            tr("Pembayaran {0} untuk {1} disimpan").format(rupiah(dialog.amount.value()), card.code), form=dialog))
        self.dialog = dialog
        dialog.open()

    def pay_off(self) -> None:
        self.pay(payoff=True)
