"""The group's own SHU rules (rules §9a) in plain words: its pools adding up to 100 %, what a member's
share of jasa simpanan and jasa pinjaman is measured by, and a preview of the year's shares as they type."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from kasbuku.formatting import bulan, rupiah
from ledger.model.settings import MEMBER_POOLS, POOL_NAME
from ledger.rules.book import GroupBook
from ledger.rules.shu import plan
from ledger.views.statements.common import member_name
from ui.widgets import FormDialog, Table, hint, tr

SAVINGS_BASES = {"average": "rata-rata simpanan 12 akhir bulan (adil bagi yang menabung sepanjang tahun)",
                 "year_end": "simpanan pada 31 Desember"}
LOAN_BASES = {"jasa": "jasa pinjaman yang ia bayar sendiri tahun itu",
              "borrowed": "pokok pinjaman yang ia terima tahun itu"}


class ShuRulesDialog(FormDialog):
    """``group.rules`` with ``shu_pct``, ``shu_savings_basis`` and ``shu_loan_basis``; in force from its date,
    so it decides every year not yet past its 31 December (an allocated year never changes)."""

    def __init__(self, book: GroupBook, on: date, parent: QWidget) -> None:
        super().__init__(tr("Aturan pembagian SHU"), parent, 900)
        self.book, self.on, self.year = book, on, on.year
        rules = book.rules
        self.form.addRow(hint(tr("Sisa hasil usaha (SHU) tahun ini dibagi ke pos-pos berikut. Jumlahnya harus "
                                 "100 %. Hanya jasa_simpanan dan jasa_pinjaman yang dibagikan ke anggota; pos "
                                 "lain disimpan kelompok. Nama pos: huruf kecil dan garis bawah, misalnya "
                                 "dana_wilayah_kerja.")))
        self.pools = QTableWidget(0, 2)
        self.pools.setHorizontalHeaderLabels([tr("Pos"), tr("Persen")])
        self.pools.horizontalHeader().setStretchLastSection(True)
        self.pools.setColumnWidth(0, 300)
        for name, pct in rules.shu_pct.items():
            self.add_pool(name, str(pct).replace(".", ","))
        self.pools.itemChanged.connect(self.refresh)
        self.form.addRow(self.pools)
        row = QHBoxLayout()
        add, remove = QPushButton(tr("Tambah pos")), QPushButton(tr("Hapus pos terpilih"))
        add.clicked.connect(lambda: self.add_pool("", "0"))
        remove.clicked.connect(self.remove_pool)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.total = QLabel("")
        row.addWidget(self.total)
        holder = QWidget()
        holder.setLayout(row)
        self.form.addRow(holder)
        self.savings = self._choice(SAVINGS_BASES, rules.shu_savings_basis)
        self.form.addRow(tr("Jasa simpanan menurut:"), self.savings)
        self.loans = self._choice(LOAN_BASES, rules.shu_loan_basis)
        self.form.addRow(tr("Jasa pinjaman menurut:"), self.loans)
        self.preview_note = hint("")
        self.form.addRow(self.preview_note)
        self.preview = Table([tr("Anggota"), tr("Jasa simpanan"), tr("Jasa pinjaman")], money_columns=[1, 2])
        self.preview.setMinimumHeight(180)
        self.form.addRow(self.preview)
        self.finish()
        self.refresh()

    def _choice(self, options: dict[str, str], current: str) -> QComboBox:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(60)  # the whole basis, "rata-rata simpanan 12 akhir bulan (adil …)"
        for key, text in options.items():
            box.addItem(tr(text), key)
        box.setCurrentIndex(list(options).index(current))
        box.currentIndexChanged.connect(self.refresh)
        return box

    def add_pool(self, name: str, pct: str) -> None:
        row = self.pools.rowCount()
        self.pools.insertRow(row)
        self.pools.setItem(row, 0, QTableWidgetItem(name))
        self.pools.setItem(row, 1, QTableWidgetItem(pct))

    def remove_pool(self) -> None:
        if self.pools.currentRow() >= 0:
            self.pools.removeRow(self.pools.currentRow())
            self.refresh()

    def shu_pct(self) -> dict[str, Decimal] | str:
        """The pools typed, or why they cannot be saved."""
        out: dict[str, Decimal] = {}
        for row in range(self.pools.rowCount()):
            name_item, pct_item = self.pools.item(row, 0), self.pools.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            text = (pct_item.text() if pct_item else "").strip().replace(",", ".")
            if not name and not text:
                continue
            if not POOL_NAME.match(name):
                return tr("Nama pos '{0}' tidak sah: pakai huruf kecil, angka dan garis bawah.").format(name)
            if name in out:
                return tr("Pos {0} ditulis dua kali.").format(name)
            try:
                out[name] = Decimal(text)
            except InvalidOperation:
                return tr("Persen pos {0} tidak terbaca.").format(name)
        total = sum(out.values(), Decimal(0))
        if total != 100:
            return tr("Jumlah semua pos {0} %, harus 100 %.").format(str(total).replace(".", ","))
        return {k: v for k, v in out.items() if v}

    def problem(self) -> str:
        pct = self.shu_pct()
        return pct if isinstance(pct, str) else ""

    def refresh(self) -> None:
        pct = self.shu_pct()
        typed = sum((Decimal(t) for t in self._typed_percents()), Decimal(0))
        self.total.setText(tr("Jumlah: {0} %").format(str(typed).replace(".", ",")))
        self.message.setText(pct if isinstance(pct, str) else "")
        if isinstance(pct, str):
            self.preview.fill([])
            return
        rules = dataclasses.replace(self.book.rules, shu_pct=pct, shu_savings_basis=self.savings.currentData(),
                                    shu_loan_basis=self.loans.currentData())
        result = plan(self.book, self.year, rules)
        last = self.book.last_closed
        self.preview_note.setText(tr("Perkiraan SHU {0} (sementara, sampai bulan tertutup {1}): hasil usaha {2}; "
                                     "{3}.").format(self.year, bulan(last) if last else tr("belum ada"),
                                                    rupiah(result["surplus"]), "; ".join(
                                         f"{k} {rupiah(v)}" for k, v in result["pools"].items())))
        self.preview.fill([(member_name(self.book, code), *(parts.get(p, 0) for p in MEMBER_POOLS))
                           for code, parts in result["shares"].items()])

    def _typed_percents(self) -> list[str]:
        out = []
        for row in range(self.pools.rowCount()):
            item = self.pools.item(row, 1)
            text = (item.text() if item else "").strip().replace(",", ".")
            try:
                Decimal(text)
            except InvalidOperation:
                continue
            out.append(text)
        return out

    def as_event(self) -> dict[str, Any]:
        pct = self.shu_pct()
        assert not isinstance(pct, str)
        rules = {"shu_pct": {k: str(v) for k, v in pct.items()}, "shu_savings_basis": self.savings.currentData(),
                 "shu_loan_basis": self.loans.currentData()}
        return {"type": "group.rules", "date": self.on.isoformat(), "rules": rules}
