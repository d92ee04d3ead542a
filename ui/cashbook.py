"""Buku kas: every movement of the group's cash with its running balance; income and costs of the group's
own money; any entry the window wrote can be reversed with a reason (nothing is ever deleted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import rupiah, tanggal
from ledger.rules.book import GroupBook
from ledger.views.cashbook import CashLine, cash_lines
from ui.closing import ReasonDialog
from ui.page import Page, Shell
from ui.widgets import N_, DateEdit, FormDialog, MoneyEdit, Table, button_row, hint, tr

IN_CATEGORIES = (N_("iuran kegiatan"), N_("hasil usaha bersama"), N_("sumbangan"), N_("bunga bank"),
                 N_("lain-lain"))
OUT_CATEGORIES = (N_("alat tulis"), N_("transpor"), N_("konsumsi pertemuan"), N_("biaya bank"),
                  N_("dana sosial anggota"), N_("lain-lain"))


class CashDialog(FormDialog):
    """Money in or out of the group's own cash, with a category and a note."""

    def __init__(self, title: str, categories: tuple[str, ...], page: Page, parent: QWidget | None = None) -> None:
        super().__init__(title, parent or page, 520)
        form = self.form
        self.amount = MoneyEdit(0)
        form.addRow(tr("Jumlah:"), self.amount)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems([tr(c) for c in categories])
        form.addRow(tr("Untuk/dari:"), self.category)
        self.memo = QLineEdit()
        form.addRow(tr("Keterangan:"), self.memo)
        self.day = DateEdit(page.on)
        form.addRow(tr("Tanggal:"), self.day)
        self.finish()

    def problem(self) -> str:
        return self.amount.problem(required=True)

class CashPage(Page):
    title = N_("Buku kas")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.rows: list[CashLine] = []
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(((tr("Pemasukan…"), self.cash_in), (tr("Pengeluaran…"), self.cash_out),
                                     (tr("Batalkan transaksi…"), self.reverse)), tr("Buku kas"))[0])
        layout.addWidget(hint(tr("Transaksi tidak pernah dihapus. Untuk membetulkan, pilih barisnya lalu "
                                 "\"Batalkan transaksi\": kasbuku mencatat pembalikan dengan alasannya.")))
        self.table = Table([tr("Tanggal"), tr("No."), tr("Transaksi"), tr("Uang masuk"), tr("Uang keluar"),
                            tr("Saldo"), ""], money_columns=[3, 4, 5], wrap=2)
        layout.addWidget(self.table, 1)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        self.rows = list(reversed(cash_lines(book)))
        self.table.fill([(r.day, r.seq, r.text, r.cash_in or "", r.cash_out or "", r.balance,
                          tr("dibalik") if r.reversed else "") for r in self.rows])

    def _post_cash(self, kind: str, dialog: CashDialog) -> None:
        assert self.book is not None
        event: dict[str, Any] = {"type": kind, "date": dialog.day.value().isoformat(), "group": self.book.name,
                                 "amount": dialog.amount.value(), "category": dialog.category.currentText()}
        if dialog.memo.text().strip():
            event["memo"] = dialog.memo.text().strip()
        self.post([event], tr("{0} dicatat").format(rupiah(dialog.amount.value())), form=dialog)

    def cash_in(self) -> None:
        if self.book is not None:
            self.dialog = dialog = CashDialog(tr("Pemasukan kas kelompok"), IN_CATEGORIES, self)
            dialog.accepted.connect(lambda: self._post_cash("cash.in", dialog))
            dialog.open()

    def cash_out(self) -> None:
        if self.book is not None:
            self.dialog = dialog = CashDialog(tr("Pengeluaran kas kelompok"), OUT_CATEGORIES, self)
            dialog.accepted.connect(lambda: self._post_cash("cash.out", dialog))
            dialog.open()

    def reverse(self) -> None:
        index = self.table.current()
        if self.book is None or not 0 <= index < len(self.rows):
            return
        row, name = self.rows[index], self.book.name
        if not row.reversible:
            self.shell.say(tr("Transaksi ini tidak dapat dibatalkan di sini (sudah dibalik, atau dicatat tanpa "
                              "nomor transaksi)"))
            return
        dialog = ReasonDialog(tr("Batalkan transaksi"), tr("Batalkan {0} {1} tanggal {2}? Tulis alasannya:").format(
            row.text, rupiah(row.cash_in or row.cash_out), tanggal(row.day)), self)
        dialog.accepted.connect(lambda: self.post(
            [{"type": "reverse", "date": self.on.isoformat(), "group": name, "ref": row.event_id,
              "reason": dialog.reason.text().strip()}], tr("Transaksi dibatalkan (pembalikan dicatat)"), form=dialog))
        self.dialog = dialog
        dialog.open()
