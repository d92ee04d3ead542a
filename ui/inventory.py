"""Inventaris: the group's equipment (who holds it, its condition, when it was last checked) and the forms to
receive an item, hand it to a member, record a condition check, and — the facilitator only — dispose of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QVBoxLayout

from kasbuku.formatting import rupiah, tanggal_pendek
from ledger.rules.assets import CONDITIONS, DISPOSALS, GROUP_HOLDER
from ledger.rules.book import GroupBook
from ledger.views.codes import next_asset_code
from ledger.views.statements.inventory import AssetRow, asset_list
from ui.page import Page, Shell
from ui.widgets import N_, DateEdit, FormDialog, MoneyEdit, Table, button_row, heading, hint, member_combo, tr

FUNDING = (("hibah", N_("diterima sebagai barang (hibah)")), ("kas", N_("dibeli dengan kas kelompok")))
HOW = {"dijual": N_("dijual"), "rusak": N_("rusak, tidak dapat dipakai"), "hilang": N_("hilang")}


def _flags(row: AssetRow, months: int) -> str:
    if row.disposed:
        day = tanggal_pendek(row.disposed_on) if row.disposed_on else ""
        sold = " " + rupiah(row.sold_for) if row.sold_for else ""
        return tr("dihapus {0} ({1}{2}): {3}").format(day, tr(HOW[row.disposed]), sold, row.reason)
    flags = [tr("⚠ HILANG")] if row.condition == "hilang" else []
    if row.overdue_check:
        flags.append(tr("⚠ belum diperiksa {0} bulan").format(months))
    return " · ".join(flags)


class ReceiveDialog(FormDialog):
    """A new item: in kind from a programme, or bought with the group's cash."""

    def __init__(self, page: Page, book: GroupBook) -> None:
        super().__init__(tr("Terima inventaris"), page, 600)
        self.code = QLineEdit(next_asset_code(book))
        self.form.addRow(tr("Kode:"), self.code)
        self.item = QLineEdit()
        self.item.setPlaceholderText(tr("misalnya mesin jahit, gerobak, kompor gas"))
        self.form.addRow(tr("Barang:"), self.item)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 9999)
        self.form.addRow(tr("Jumlah:"), self.quantity)
        self.value = MoneyEdit(0)
        self.form.addRow(tr("Nilai saat diterima:"), self.value)
        self.funded = QComboBox()
        for key, label in FUNDING:
            self.funded.addItem(tr(label), key)
        self.form.addRow(tr("Asal:"), self.funded)
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("Kemensos, Dinsos, toko…"))
        self.form.addRow(tr("Sumber:"), self.source)
        self.document = QLineEdit()
        self.form.addRow(tr("Nomor dokumen (BAST/nota):"), self.document)
        self.holder = member_combo(book, (tr("Kelompok (disimpan bersama)"), GROUP_HOLDER))
        self.form.addRow(tr("Dipegang oleh:"), self.holder)
        self.condition = QComboBox()
        self.condition.addItems(list(CONDITIONS[:3]))
        self.form.addRow(tr("Kondisi:"), self.condition)
        self.day = DateEdit(page.on)
        self.form.addRow(tr("Tanggal diterima:"), self.day)
        self.form.addRow(hint(tr("Barang yang dibeli mengurangi kas kelompok sebesar nilainya.")))
        self.finish()

    def problem(self) -> str:
        missing = [name for name, empty in ((tr("kode"), not self.code.text().strip()),
                                            (tr("barang"), not self.item.text().strip()),
                                            (tr("sumber"), not self.source.text().strip())) if empty]
        if missing:
            return tr("Belum diisi: {0}").format(", ".join(missing))
        if not self.value.valid() or self.value.value() <= 0:
            return tr("Tulis nilai barang dalam rupiah, misalnya 1.500.000")
        return ""

    def as_event(self) -> dict[str, Any]:
        raw: dict[str, Any] = {"type": "asset.receive", "date": self.day.value().isoformat(),
                               "asset": self.code.text().strip(), "item": self.item.text().strip(),
                               "quantity": self.quantity.value(), "value": self.value.value(),
                               "source": self.source.text().strip(), "funded": self.funded.currentData(),
                               "holder": self.holder.currentData(), "condition": self.condition.currentText()}
        if self.document.text().strip():
            raw["document"] = self.document.text().strip()
        return raw


class AssetDialog(FormDialog):
    """One step for one item (hand over, check, dispose): the item named at the top, then its fields."""

    def __init__(self, title: str, page: Page, row: AssetRow) -> None:
        super().__init__(title, page)
        self.row = row
        self.form.addRow(heading(f"{row.code} {row.item} ({row.quantity}) — {rupiah(row.value)}", 12))
        self.form.addRow(tr("Sekarang:"), hint(tr("dipegang {0}, kondisi {1}").format(row.holder, row.condition)))
        self.day = DateEdit(page.on)

    def base(self, kind: str) -> dict[str, Any]:
        return {"type": kind, "date": self.day.value().isoformat(), "asset": self.row.code}

class InventoryTab(Page):
    title = N_("Inventaris")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.rows: list[AssetRow] = []
        layout = QVBoxLayout(self)
        self.summary = heading("", 13)
        layout.addWidget(self.summary)
        self.table = Table([tr("Kode"), tr("Barang"), tr("Jumlah"), tr("Nilai"), tr("Pemegang"), tr("Kondisi"),
                            tr("Diperiksa"), tr("Catatan")], money_columns=[3], wrap=7)
        layout.addWidget(self.table, 1)
        row, buttons = button_row([(tr("Terima barang…"), self.receive), (tr("Serahkan ke anggota…"), self.handover),
                                   (tr("Periksa kondisi…"), self.check), (tr("Hapus dari daftar…"), self.dispose)])
        self.dispose_button = buttons[-1]
        layout.addLayout(row)
        self.only_facilitator = hint(tr("Menghapus barang dari daftar (dijual, rusak, hilang) hanya oleh pendamping, "
                                        "dengan alasannya."))
        layout.addWidget(self.only_facilitator)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        listing = asset_list(book, max(self.on, book.today))
        self.rows = listing.held + listing.gone
        months = book.rules.asset_check_months
        self.table.fill([(r.code, r.item, r.quantity, r.value, r.holder, r.condition if not r.disposed else "",
                          r.last_checked, _flags(r, months)) for r in self.rows])
        for index, r in enumerate(self.rows):
            if r.overdue_check or r.condition == "hilang" or r.disposed:
                note = self.table.item(index, 7)
                assert note is not None
                note.setForeground(QColor("#8e2b1f" if not r.disposed else "#666"))
        late = sum(1 for r in listing.held if r.overdue_check)
        self.summary.setText(tr("{0} barang, nilai {1} · belum diperiksa {2} bulan: {3}").format(
            len(listing.held), rupiah(listing.value), months, late))
        self.dispose_button.setEnabled(self.desk.facilitator)
        self.only_facilitator.setVisible(not self.desk.facilitator)

    def selected(self) -> AssetRow | None:
        index = self.table.current()
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        if row is None or row.disposed:
            self.shell.say(tr("Pilih dulu barang yang masih ada di daftar"))
            return None
        return row

    def receive(self) -> None:
        if self.book is not None:
            self.open_form(ReceiveDialog(self, self.book), tr("Inventaris dicatat"))

    def handover(self) -> None:
        row = self.selected()
        if row is not None and self.book is not None:
            self.open_form(HandoverDialog(self, row, self.book), tr("{0} diserahkan").format(row.item))

    def check(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_form(CheckDialog(self, row), tr("Kondisi {0} dicatat").format(row.item))

    def dispose(self) -> None:
        row = self.selected()
        if row is not None and self.desk.facilitator:
            self.open_form(DisposeDialog(self, row), tr("{0} dihapus dari daftar").format(row.item))


class HandoverDialog(AssetDialog):
    """Hand an item to one of this group's active members, or back to the group."""

    def __init__(self, page: Page, row: AssetRow, book: GroupBook) -> None:
        super().__init__(tr("Serahkan inventaris"), page, row)
        self.holder = member_combo(book, (tr("Kelompok (disimpan bersama)"), GROUP_HOLDER))
        self.form.addRow(tr("Diserahkan kepada:"), self.holder)
        self.form.addRow(tr("Tanggal:"), self.day)
        self.finish()

    def as_event(self) -> dict[str, Any]:
        return {**self.base("asset.handover"), "holder": self.holder.currentData()}


class CheckDialog(AssetDialog):
    """A condition check (baik, rusak ringan, rusak berat, hilang), usually at a facilitator's visit."""

    def __init__(self, page: Page, row: AssetRow) -> None:
        super().__init__(tr("Periksa kondisi inventaris"), page, row)
        self.condition = QComboBox()
        self.condition.addItems(list(CONDITIONS))
        self.condition.setCurrentText(row.condition)
        self.form.addRow(tr("Kondisi sekarang:"), self.condition)
        self.note = QLineEdit()
        self.form.addRow(tr("Catatan:"), self.note)
        self.form.addRow(tr("Tanggal pemeriksaan:"), self.day)
        self.finish()

    def as_event(self) -> dict[str, Any]:
        raw = {**self.base("asset.check"), "condition": self.condition.currentText()}
        return {**raw, "note": self.note.text().strip()} if self.note.text().strip() else raw


class DisposeDialog(AssetDialog):
    """Take an item off the list: how (sold, broken, lost), the reason (required) and, when sold, the money."""

    def __init__(self, page: Page, row: AssetRow) -> None:
        super().__init__(tr("Hapus inventaris dari daftar"), page, row)
        self.how = QComboBox()
        for key in DISPOSALS:
            self.how.addItem(tr(HOW[key]), key)
        self.form.addRow(tr("Sebab:"), self.how)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("misalnya dijual, rusak berat"))
        self.form.addRow(tr("Alasan:"), self.reason)
        self.amount = MoneyEdit(0)
        self.form.addRow(tr("Uang hasil penjualan:"), self.amount)
        self.form.addRow(tr("Tanggal:"), self.day)
        self.form.addRow(hint(tr("Uang hasil penjualan masuk kas kelompok.")))
        self.how.currentIndexChanged.connect(lambda _i: self.amount.setEnabled(self.how.currentData() == "dijual"))
        self.finish()

    def problem(self) -> str:
        if not self.reason.text().strip():
            return tr("Tulis alasannya: barang hanya dihapus dari daftar dengan alasan yang jelas.")
        if self.how.currentData() == "dijual" and (not self.amount.valid() or self.amount.value() <= 0):
            return tr("Tulis uang hasil penjualannya.")
        return ""

    def as_event(self) -> dict[str, Any]:
        raw = {**self.base("asset.dispose"), "how": self.how.currentData(), "reason": self.reason.text().strip()}
        return {**raw, "amount": self.amount.value()} if self.how.currentData() == "dijual" else raw
