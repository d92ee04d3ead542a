"""The new-loan form: the schedule and the cash handed over are shown as she types, and any refusal
(rotation, TR debt, fund too small, an open loan) is explained before anything is saved."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import rupiah
from ledger.model.labels import FREQUENCY_NAMES as FREQUENCY_LABELS
from ledger.model.settings import FREQUENCIES
from ledger.rules import revolving_grant
from ledger.rules.book import GroupBook
from ledger.views.codes import next_loan_code
from ledger.views.loan_cards import LoanPreview, borrow_refusals, preview_loan
from ui.widgets import (
    DateEdit,
    GuardedDialog,
    MoneyEdit,
    RateEdit,
    Table,
    heading,
    hint,
    refusal_label,
    save_cancel,
    tr,
)


class LoanForm(GuardedDialog):
    """Pencairan pinjaman. ``raw()`` is the ``loan.disburse`` event; Save stays off while it is refused."""

    def __init__(self, book: GroupBook, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(tr("Pinjaman baru"))
        self.resize(1100, 640)
        rules = book.rules
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.fund = QComboBox()
        self.fund.addItem(tr("Dana bergulir (kas {0})").format(rupiah(book.fund_cash("grant"))), "grant")
        self.fund.addItem(tr("Dana kelompok (kas {0})").format(rupiah(book.fund_cash("group"))), "group")
        if not revolving_grant.figures(book)["received"]:
            self.fund.setCurrentIndex(1)
        self.member = QComboBox()
        for m in sorted(book.active_members(), key=lambda x: x.number):
            self.member.addItem(f"{m.code}  {m.name}", m.code)
        self.mark_members()
        self.fund.currentIndexChanged.connect(self.mark_members)
        form.addRow(tr("Anggota:"), self.member)
        form.addRow(tr("Sumber dana:"), self.fund)
        self.principal = MoneyEdit(0, limit=rules.max_amount)
        form.addRow(tr("Besar pinjaman:"), self.principal)
        self.term = QSpinBox()
        self.term.setRange(1, 120)
        self.term.setValue(rules.term)
        self.term.setSuffix(tr(" kali angsuran"))
        form.addRow(tr("Lama:"), self.term)
        self.rate = RateEdit(rules.rate_pct_month)
        form.addRow(tr("Jasa:"), self.rate)
        self.frequency = QComboBox()
        for key in FREQUENCIES:
            self.frequency.addItem(tr(FREQUENCY_LABELS[key]), key)
        self.frequency.setCurrentIndex(list(FREQUENCIES).index(rules.frequency))
        form.addRow(tr("Angsuran:"), self.frequency)
        self.method = QComboBox()
        self.method.addItem(tr("flat (jasa sama setiap bulan)"), "flat")
        self.method.addItem(tr("menurun (jasa dari sisa pinjaman)"), "menurun")
        self.method.setCurrentIndex(0 if rules.method == "flat" else 1)
        form.addRow(tr("Cara hitung jasa:"), self.method)
        self.day = DateEdit(on)
        form.addRow(tr("Tanggal pencairan:"), self.day)
        self.code = QLineEdit(next_loan_code(book, on))
        form.addRow(tr("Kode pinjaman:"), self.code)
        left.addLayout(form)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        left.addWidget(self.summary)
        self.message = refusal_label()
        left.addWidget(self.message)
        left.addStretch(1)
        self.buttons = save_cancel(self, self.accept, tr("Cairkan pinjaman"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        left.addWidget(self.buttons)
        outer.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(heading(tr("Jadwal angsuran"), 13))
        right.addWidget(hint(tr("Jadwal ini tetap sejak pencairan. Angsuran bulanan jatuh tempo pada tanggal "
                                "yang sama setiap bulan; mingguan dan dua mingguan setiap 7 atau 14 hari.")))
        self.schedule = Table([tr("Ke"), tr("Jatuh tempo"), tr("Pokok"), tr("Jasa"), tr("Angsuran")],
                              money_columns=[2, 3, 4])
        right.addWidget(self.schedule, 1)
        outer.addLayout(right, 3)
        for signal in (self.member.currentIndexChanged, self.fund.currentIndexChanged, self.term.valueChanged,
                       self.rate.changed, self.method.currentIndexChanged, self.day.dateChanged,
                       self.code.textChanged, self.principal.textChanged, self.frequency.currentIndexChanged):
            signal.connect(self.update_preview)
        self.preview: LoanPreview | None = None
        self.update_preview()

    def mark_members(self) -> None:
        """Say in the list who cannot borrow from the chosen fund now (and why, on hover); start on the
        first member who can."""
        refusals = borrow_refusals(self.book, self.fund.currentData())
        first_able = -1
        for index in range(self.member.count()):
            code = self.member.itemData(index)
            name = self.book.member(code, active=False).name
            why = refusals.get(code)
            self.member.setItemText(index, f"{code}  {name}" + (tr("  — belum dapat meminjam") if why else ""))
            self.member.setItemData(index, why or "", Qt.ItemDataRole.ToolTipRole)
            if why is None and first_able < 0:
                first_able = index
        if first_able >= 0 and refusals.get(self.member.currentData()):
            self.member.setCurrentIndex(first_able)

    def raw(self) -> dict[str, Any]:
        return {"type": "loan.disburse", "date": self.day.value().isoformat(), "group": self.book.name,
                "member": self.member.currentData() or "", "loan": self.code.text().strip(),
                "principal": self.principal.value() if self.principal.valid() else 0,
                "fund": self.fund.currentData(), "term": self.term.value(), **self.rate.keys(),
                "method": self.method.currentData(), "frequency": self.frequency.currentData()}

    def update_preview(self) -> None:
        problem = (self.principal.problem() if not self.principal.valid()
                   else tr("Tulis jasa dalam persen, misalnya 1,5.") if not self.rate.keys()
                   else "" if self.principal.value() else tr("Ketik besar pinjaman untuk melihat jadwalnya."))
        if problem:
            self.preview = None
            self.schedule.fill([])
            self.summary.setText(problem)
            self.message.setText("")
            self.save_button.setEnabled(False)
            return
        self.preview = p = preview_loan(self.book, self.raw(), date.today())
        self.schedule.fill([(i.number, i.due, i.pokok, i.jasa, i.pokok + i.jasa) for i in p.schedule])
        if p.schedule:
            first = p.schedule[0]
            self.summary.setText(tr("Diterima anggota: {0} (biaya administrasi {1}). Angsuran pertama {2} "
                                    "(jasa {3} per angsuran); jumlah jasa {4}.").format(
                rupiah(p.cash_handed), rupiah(p.fee), rupiah(first.pokok + first.jasa), rupiah(first.jasa),
                rupiah(p.total_jasa)))
        self.message.setText(tr("Tidak dapat dicairkan: {0}").format(p.refusal) if p.refusal else "")
        self.save_button.setEnabled(p.refusal is None)
