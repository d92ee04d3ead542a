"""Anggota: the members with their savings and arrears; register, edit, and leave (showing the §3
settlement — savings minus what she still owes — before anything is saved)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import rupiah, tanggal, tanggal_pendek
from ledger.model.errors import Refusal
from ledger.model.identity import identity
from ledger.model.savings import CATEGORIES, ROLES
from ledger.rules.book import GroupBook
from ledger.rules.membership import settlement
from ledger.rules.profiles import NEEDS, SECTORS, Profile
from ledger.views.codes import next_member_code
from ledger.views.mapping import latest_profile
from ledger.views.queries import group_state
from ui import worker
from ui.page import Page, Shell
from ui.widgets import (
    N_,
    DateEdit,
    GuardedDialog,
    MoneyEdit,
    Table,
    button_row,
    heading,
    hint,
    parse_tanggal,
    present_error,
    refusal_label,
    save_cancel,
    tr,
)


class MemberDialog(GuardedDialog):
    """Register a member (code, name, category, role, joining date, pokok paid now) or edit one."""

    def __init__(self, title: str, on: date, pokok: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.on = on
        self.setMinimumWidth(900)  # two columns of fields, each wide enough for a NIK and a long choice
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        outer.addLayout(columns)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(form, 1)
        self.code = QLineEdit()
        form.addRow(tr("Kode anggota:"), self.code)
        self.name = QLineEdit()
        form.addRow(tr("Nama:"), self.name)
        self.category = QComboBox()
        self.category.addItems(list(CATEGORIES))
        form.addRow(tr("Kategori:"), self.category)
        self.role = QComboBox()
        self.role.addItems(list(ROLES))
        self.role.setCurrentText("anggota")
        form.addRow(tr("Jabatan:"), self.role)
        self.day = DateEdit(on)
        form.addRow(tr("Tanggal masuk:"), self.day)
        self.pokok = MoneyEdit(pokok)
        form.addRow(tr("Pokok dibayar sekarang:"), self.pokok)
        form.addRow(hint(tr("Kosongkan bila simpanan pokok dibayar nanti.")))
        form.addRow(heading(tr("Data diri (boleh dilengkapi nanti)"), 12))
        self.nik, self.kk = QLineEdit(), QLineEdit()
        for field in (self.nik, self.kk):
            field.setPlaceholderText(tr("16 angka"))
            field.setMaxLength(16)
        form.addRow(tr("NIK:"), self.nik)
        form.addRow(tr("No. KK:"), self.kk)
        self.sex = QComboBox()
        for text, value in ((tr("— belum diisi —"), ""), (tr("perempuan"), "P"), (tr("laki-laki"), "L")):
            self.sex.addItem(text, value)
        self.sex.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sex.setMinimumContentsLength(18)
        form.addRow(tr("Jenis kelamin:"), self.sex)
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(tr("hh/bb/tttt"))
        form.addRow(tr("Tanggal lahir:"), self.birth)
        self.address, self.phone = QLineEdit(), QLineEdit()
        form.addRow(tr("Alamat:"), self.address)
        form.addRow(tr("Telepon:"), self.phone)
        form = QFormLayout()  # the second column: her own business, for the pemetaan
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(form, 1)
        form.addRow(heading(tr("Usaha anggota (pemetaan)"), 12))
        self.sector = QComboBox()
        self.sector.addItem(tr("— belum dipetakan —"), "")
        for sector in SECTORS:
            self.sector.addItem(sector, sector)
        form.addRow(tr("Sektor usaha:"), self.sector)
        self.product = QLineEdit()
        self.product.setPlaceholderText(tr("misalnya kue basah"))
        form.addRow(tr("Jenis usaha:"), self.product)
        self.turnover = MoneyEdit(0)
        form.addRow(tr("Omzet per bulan:"), self.turnover)
        self.problems = QLineEdit()
        form.addRow(tr("Masalah usaha:"), self.problems)
        needs = QGridLayout()
        self.needs = {need: QCheckBox(need) for need in NEEDS}
        for index, box in enumerate(self.needs.values()):
            needs.addWidget(box, index // 2, index % 2)
        form.addRow(tr("Kebutuhan:"), needs)
        self.message = refusal_label()
        outer.addWidget(self.message)
        outer.addWidget(save_cancel(self, self.check))

    def check(self) -> None:
        if not self.code.text().strip() or not self.name.text().strip():
            self.message.setText(tr("Kode dan nama wajib diisi."))
        elif not self.pokok.valid() or not self.turnover.valid():
            self.message.setText(tr("Ada jumlah rupiah yang tidak terbaca."))
        else:
            try:
                self.identity()
            except Refusal as exc:  # the ledger's own reason (a NIK that cannot be one), said in the form
                self.message.setText(exc.message)
                return
            self.accept()

    def identity(self) -> dict[str, str]:
        """The identity keys filled in, checked as the ledger checks them (rules §3a)."""
        given = {"nik": self.nik.text().strip(), "kk": self.kk.text().strip(), "sex": self.sex.currentData(),
                 "address": self.address.text().strip(), "phone": self.phone.text().strip()}
        typed = self.birth.text().strip()
        if typed:
            try:
                given["birth_date"] = parse_tanggal(typed).isoformat()
            except ValueError:
                raise Refusal(tr("Tanggal lahir ditulis hh/bb/tttt, misalnya 17/08/1985.")) from None
        return identity({k: v for k, v in given.items() if v}, self.on)

    def show_identity(self, known: dict[str, str]) -> None:
        self.nik.setText(known.get("nik", ""))
        self.kk.setText(known.get("kk", ""))
        self.sex.setCurrentIndex(max(0, self.sex.findData(known.get("sex", ""))))
        born = known.get("birth_date")
        self.birth.setText(tanggal_pendek(date.fromisoformat(born)) if born else "")
        self.address.setText(known.get("address", ""))
        self.phone.setText(known.get("phone", ""))

    def show_profile(self, profile: Profile) -> None:
        self.sector.setCurrentIndex(max(0, self.sector.findData(profile.sector)))
        self.product.setText(profile.product)
        self.turnover.set_value(profile.turnover)
        self.problems.setText(profile.problems)
        for need, box in self.needs.items():
            box.setChecked(need in profile.needs)

    def profile_event(self, group: str, code: str, latest: Profile | None) -> list[dict[str, Any]]:
        """A ``member.profile`` when a sector is chosen and something differs from the latest one."""
        sector = self.sector.currentData()
        if not sector:
            return []
        event: dict[str, Any] = {"type": "member.profile", "date": self.day.value().isoformat(), "group": group,
                                 "member": code, "sector": sector,
                                 "needs": [n for n, box in self.needs.items() if box.isChecked()]}
        for key, value in (("product", self.product.text().strip()), ("turnover", self.turnover.value()),
                           ("problems", self.problems.text().strip())):
            if value:
                event[key] = value
        same = latest is not None and (latest.sector, latest.product, latest.turnover, latest.problems,
                                       list(latest.needs)) == (sector, event.get("product", ""),
                                                               event.get("turnover", 0),
                                                               event.get("problems", ""), event["needs"])
        return [] if same else [event]


class LeaveDialog(QDialog):
    """The settlement of a leaving member (§3), shown before the leave is saved."""

    def __init__(self, name: str, figures: dict[str, int], day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Anggota keluar"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("{0} keluar pada {1}").format(name, tanggal(day)), 14))
        form = QFormLayout()
        for label, key, sign in ((N_("Simpanan pokok"), "pokok", ""), (N_("Simpanan wajib"), "wajib", ""),
                                 (N_("Simpanan sukarela"), "sukarela", ""),
                                 (N_("Dikurangi pelunasan pinjaman"), "loans", "−"),
                                 (N_("Dikurangi utang tanggung renteng"), "tr", "−")):
            form.addRow(tr(label) + ":", QLabel(f"{sign} {rupiah(figures[key])}".strip()))
        self.payout = heading(rupiah(figures["payout"]), 14)
        form.addRow(tr("Dibayarkan kepada anggota:"), self.payout)
        layout.addLayout(form)
        buttons = save_cancel(self, self.accept, tr("Catat keluar"))
        if figures["payout"] < 0:
            layout.addWidget(hint(tr("Utangnya lebih besar dari simpanannya: lunasi dulu sebelum keluar.")))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addWidget(buttons)


class MembersPage(Page):
    title = N_("Daftar anggota")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.codes: list[str] = []
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Anggota kelompok"), 16))
        self.table = Table([tr("Kode"), tr("Nama"), tr("Jabatan"), tr("Kategori"), tr("Pokok"), tr("Wajib"),
                            tr("Sukarela"), tr("Tunggakan wajib"), tr("Utang TR"), tr("Status")],
                           money_columns=[4, 5, 6, 7, 8], wrap=1)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(((tr("Daftarkan anggota…"), self.register), (tr("Ubah…"), self.edit),
                                     (tr("Keluar dari kelompok…"), self.leave)))[0])

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        state = group_state(book, self.on)["members"]
        rows = []
        self.codes = []
        for m in book.members_in_order():
            code, s = m.code, state[m.code]
            self.codes.append(code)
            rows.append((code, m.name, m.role, m.category, s["savings"]["pokok"], s["savings"]["wajib"],
                         s["savings"]["sukarela"], s["wajib_arrears"], s["tr_owes"],
                         tr("aktif") if m.active else tr("keluar {0}").format(tanggal(m.left) if m.left else "")))
        self.table.fill(rows)

    def selected(self) -> str | None:
        index = self.table.current()
        return self.codes[index] if 0 <= index < len(self.codes) else None

    def register(self) -> None:
        if self.book is None:
            return
        dialog = MemberDialog(tr("Daftarkan anggota"), self.on, self.book.rules.pokok, self)
        dialog.code.setText(next_member_code(self.book))
        name = self.book.name

        def save() -> None:
            day = dialog.day.value().isoformat()
            code = dialog.code.text().strip()
            events: list[dict[str, Any]] = [{"type": "member.join", "date": day, "group": name, "member": code,
                                             "name": dialog.name.text().strip(),
                                             "category": dialog.category.currentText(),
                                             "role": dialog.role.currentText(), **dialog.identity()}]
            if dialog.pokok.value():
                events.append({"type": "savings.deposit", "date": day, "group": name, "member": code,
                               "product": "pokok", "amount": dialog.pokok.value()})
            events += dialog.profile_event(name, code, None)
            self.post(events, tr("Anggota {0} didaftarkan").format(code), form=dialog)

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def edit(self) -> None:
        code = self.selected()
        if self.book is None or code is None:
            return
        member = self.book.member(code, active=False)
        dialog = MemberDialog(tr("Ubah anggota {0}").format(code), self.on, 0, self)
        dialog.code.setText(code)
        dialog.code.setReadOnly(True)
        dialog.name.setText(member.name)
        dialog.category.setCurrentText(member.category)
        dialog.role.setCurrentText(member.role)
        dialog.pokok.setEnabled(False)
        dialog.show_identity(member.identity)
        latest = latest_profile(self.book, code)
        if latest is not None:
            dialog.show_profile(latest)
        name = self.book.name

        def save() -> None:
            changes = {"name": dialog.name.text().strip(), "category": dialog.category.currentText(),
                       "role": dialog.role.currentText()}
            changed = {k: v for k, v in changes.items() if getattr(member, k) != v}
            changed |= {k: v for k, v in dialog.identity().items() if member.identity.get(k) != v}
            events = [{"type": "member.update", "date": dialog.day.value().isoformat(), "group": name,
                       "member": code, **changed}] if changed else []
            events += dialog.profile_event(name, code, latest)
            if events:
                self.post(events, tr("Data anggota {0} diubah").format(code), form=dialog)

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def leave(self) -> None:
        code = self.selected()
        if self.book is None or code is None or not self.book.member(code, active=False).active:
            return
        day, name, member = self.on, self.book.name, self.book.member(code, active=False)

        def show(figures: object) -> None:
            assert isinstance(figures, dict)
            dialog = LeaveDialog(f"{code} {member.name}", figures, day, self)
            dialog.accepted.connect(lambda: self.post(
                [{"type": "member.leave", "date": day.isoformat(), "group": name, "member": code}],
                tr("{0} keluar; dibayarkan {1}").format(member.name, rupiah(figures["payout"]))))
            self.dialog = dialog
            dialog.open()

        worker.start(lambda _p: settlement(self.desk.book(day), code), show, lambda e: present_error(self, e))
