"""Usaha kelompok: the joint business's cash box, its profit of the month and the year, capital in, sales,
purchases and costs, and the sharing of its profit with each member's part shown before it is posted."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QSpinBox, QVBoxLayout

from kasbuku.formatting import bulan, rupiah
from ledger.model import accounts as A
from ledger.model.calendar import month_of, month_start
from ledger.model.errors import Refusal
from ledger.rules import business
from ledger.rules.book import GroupBook
from ledger.views.economy import Share, fund_moves, profit_shares
from ui.cashbook import CashDialog
from ui.page import Page, Shell
from ui.widgets import N_, REFUSAL_RED, DateEdit, FormDialog, MoneyEdit, Table, button_row, heading, hint, tr

SALES = (N_("penjualan produk"), N_("pesanan"), N_("lain-lain"))
PURCHASES = (N_("bahan baku"), N_("kemasan"), N_("lain-lain"))
COSTS = (N_("transpor"), N_("listrik dan gas"), N_("upah"), N_("sewa tempat"), N_("lain-lain"))
EQUAL, WEIGHTED = "equal", "weighted"


class DistributeDialog(FormDialog):
    """The group's decision on its profit: to members' sukarela (equal shares or by weights), to the reserve,
    to the social fund; each member's part is the ledger's own split, updated as she types."""

    def __init__(self, page: Page, book: GroupBook, left: int) -> None:
        super().__init__(tr("Bagi laba usaha kelompok"), page, 640)
        self.book, self.left = book, left
        self.form.addRow(heading(tr("Laba yang belum dibagi: {0}").format(rupiah(left)), 13))
        self.members, self.reserve, self.social = MoneyEdit(0), MoneyEdit(0), MoneyEdit(0)
        self.form.addRow(tr("Untuk anggota (ke simpanan sukarela):"), self.members)
        self.form.addRow(tr("Untuk cadangan kelompok:"), self.reserve)
        self.form.addRow(tr("Untuk dana sosial:"), self.social)
        self.mode = QComboBox()
        self.mode.addItem(tr("sama rata untuk setiap anggota aktif"), EQUAL)
        self.mode.addItem(tr("menurut bobot yang disepakati"), WEIGHTED)
        self.form.addRow(tr("Bagian anggota:"), self.mode)
        self.table = Table([tr("Anggota"), tr("Bobot"), tr("Bagian")], money_columns=[2])
        self.weights: dict[str, QSpinBox] = {}
        self.form.addRow(self.table)
        self.total = heading("", 12)
        self.form.addRow(self.total)
        self.day = DateEdit(page.on)
        self.form.addRow(tr("Tanggal keputusan:"), self.day)
        self.shares: list[Share] = []
        self._fill_weights()
        for edit in (self.members, self.reserve, self.social):
            edit.textEdited.connect(lambda _t: self.preview())
        self.mode.currentIndexChanged.connect(lambda _i: self.preview())
        self.finish()
        self.preview()

    def _fill_weights(self) -> None:
        members = sorted(self.book.active_members(), key=lambda m: m.number)
        self.table.setRowCount(len(members))
        for r, m in enumerate(members):
            spin = QSpinBox()
            spin.setRange(0, 1000)
            spin.setValue(1)
            spin.valueChanged.connect(lambda _v: self.preview())
            self.weights[m.code] = spin
            self.table.fill_row(r, (f"{m.code} {m.name}", "", 0))
            self.table.setCellWidget(r, 1, spin)
        self.table.setMinimumHeight(min(260, 40 + 30 * len(members)))

    def chosen_weights(self) -> dict[str, int] | None:
        return {code: spin.value() for code, spin in self.weights.items()} if self.mode.currentData() == WEIGHTED \
            else None

    def amounts(self) -> tuple[int, int, int] | None:
        edits = (self.members, self.reserve, self.social)
        return None if not all(e.valid() for e in edits) else (edits[0].value(), edits[1].value(), edits[2].value())

    def preview(self) -> None:
        """Each member's part and the total, as the ledger will post them."""
        weighted = self.mode.currentData() == WEIGHTED
        for spin in self.weights.values():
            spin.setEnabled(weighted)
        amounts = self.amounts()
        self.message.setText("")
        try:
            self.shares = profit_shares(self.book, amounts[0] if amounts else 0, self.chosen_weights())
        except Refusal as exc:
            self.shares = []
            self.message.setText(exc.message)
        parts = {s.member: s.amount for s in self.shares}
        for r, code in enumerate(self.weights):
            self.table.fill_row(r, (parts.get(code, 0),), start=2)
        total = sum(amounts) if amounts else 0
        self.total.setText(tr("Jumlah dibagi: {0} dari {1}").format(rupiah(total), rupiah(self.left)))
        self.total.setStyleSheet(f"color: {REFUSAL_RED};" if total > self.left else "")

    def problem(self) -> str:
        amounts = self.amounts()
        if amounts is None:
            return tr("Ada jumlah rupiah yang tidak terbaca.")
        if not sum(amounts):
            return tr("Tulis berapa untuk anggota, cadangan dan/atau dana sosial.")
        if sum(amounts) > self.left:
            return tr("Lebih besar dari laba yang belum dibagi ({0}).").format(rupiah(self.left))
        if amounts[0] and not self.shares:
            return self.message.text() or tr("Tidak ada anggota yang menerima bagian.")
        return ""

    def as_event(self) -> dict[str, Any]:
        amounts = self.amounts()
        assert amounts is not None
        raw: dict[str, Any] = {"type": "business.distribute", "date": self.day.value().isoformat()}
        raw.update({k: v for k, v in zip(("members", "reserve", "social"), amounts, strict=True) if v})
        weights = self.chosen_weights()
        if amounts[0] and weights is not None:
            raw["shares"] = weights
        return raw


class BusinessTab(Page):
    title = N_("Usaha kelompok")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        layout = QVBoxLayout(self)
        self.summary = heading("", 13)
        layout.addWidget(self.summary)
        self.periods = Table([tr("Periode"), tr("Penjualan"), tr("Pembelian bahan"), tr("Biaya"), tr("Laba")],
                             money_columns=[1, 2, 3, 4])
        self.periods.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.periods)
        row, _buttons = button_row([(tr("Modal masuk…"), self.capital), (tr("Penjualan…"), self.sale),
                                    (tr("Pembelian bahan…"), self.purchase), (tr("Biaya…"), self.cost),
                                    (tr("Bagi laba…"), self.distribute)])
        layout.addLayout(row)
        layout.addWidget(hint(tr("Uang usaha kelompok disimpan terpisah dari uang simpan pinjam: modal diambil "
                                 "dari kas kelompok, laba dibagi menurut keputusan rapat.")))
        self.moves = Table([tr("Tanggal"), tr("Transaksi"), tr("Uang masuk"), tr("Uang keluar"), tr("Saldo kas usaha")],
                           money_columns=[2, 3, 4], wrap=1)
        layout.addWidget(self.moves, 1)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        on = max(self.on, book.today)
        month = business.profit(book, month_start(month_of(on)), on)
        year = business.profit(book, date(on.year, 1, 1), on)
        self.periods.fill([(tr("Bulan ini ({0})").format(bulan(month_of(on))), *self._pl(month)),
                           (tr("Tahun {0}").format(on.year), *self._pl(year))])
        self.periods.setFixedHeight(self.periods.horizontalHeader().height() + 2 * self.periods.rowHeight(0) + 4)
        self.summary.setText(tr("Kas usaha: {0} · laba belum dibagi: {1}").format(
            rupiah(business.cash(book)), rupiah(business.undistributed(book, on))))
        self.moves.fill([(m.day, m.text, m.amount_in or "", m.amount_out or "", m.balance)
                         for m in reversed(fund_moves(book, A.KAS_USAHA))])

    @staticmethod
    def _pl(figures: dict[str, int]) -> tuple[int, int, int, int]:
        return figures["sales"], figures["purchases"], figures["costs"], figures["profit"]

    def _money(self, kind: str, title: str, categories: tuple[str, ...]) -> None:
        if self.book is None:
            return
        self.dialog = dialog = CashDialog(title, categories, self)
        if not categories:
            dialog.form.setRowVisible(dialog.category, False)
        name = self.book.name

        def save() -> None:
            raw: dict[str, Any] = {"type": kind, "date": dialog.day.value().isoformat(), "group": name,
                                   "amount": dialog.amount.value()}
            if categories:
                raw["category"] = dialog.category.currentText().strip() or tr(categories[-1])
            if dialog.memo.text().strip():
                raw["memo"] = dialog.memo.text().strip()
            self.post([raw], tr("{0} dicatat").format(rupiah(dialog.amount.value())), form=dialog)

        dialog.accepted.connect(save)
        dialog.open()

    def capital(self) -> None:
        self._money("business.capital", tr("Modal usaha dari kas kelompok"), ())

    def sale(self) -> None:
        self._money("business.sale", tr("Penjualan usaha kelompok"), SALES)

    def purchase(self) -> None:
        self._money("business.purchase", tr("Pembelian bahan usaha"), PURCHASES)

    def cost(self) -> None:
        self._money("business.cost", tr("Biaya usaha kelompok"), COSTS)

    def distribute(self) -> None:
        if self.book is None:
            return
        left = business.undistributed(self.book, max(self.on, self.book.today))
        self.open_form(DistributeDialog(self, self.book, left), tr("Laba usaha dibagi"))
