"""The guided form for a new group: kind, address, officers, rules with their defaults in plain words,
and the group's PIN. Saving posts ``group.create`` and the officers' ``member.join`` in one step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ledger.model.labels import FREQUENCY_NAMES, GROUP_KIND_NAMES
from ledger.model.settings import Rules
from ui.widgets import N_, DateEdit, GuardedDialog, MoneyEdit, RateEdit, hint, refusal_label, save_cancel, tr

OFFICERS = (("ketua", N_("Ketua")), ("sekretaris", N_("Sekretaris")), ("bendahara", N_("Bendahara")))


class CreateGroupDialog(GuardedDialog):
    """Everything a new group needs, each rule with its default already filled in and explained."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Buat kelompok baru"))
        self.resize(820, 680)
        defaults = Rules()
        inner = QWidget()
        layout = QVBoxLayout(inner)

        box = QGroupBox(tr("1. Kelompok"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("misalnya KUBE Mawar"))
        form.addRow(tr("Nama kelompok:"), self.name)
        self.kind = QComboBox()
        for code, text in GROUP_KIND_NAMES.items():
            self.kind.addItem(tr(text), code)
        form.addRow(tr("Jenis:"), self.kind)
        self.created = DateEdit(today)
        form.addRow(tr("Tanggal mulai dicatat:"), self.created)
        layout.addWidget(box)

        box = QGroupBox(tr("2. Alamat"))
        form = QFormLayout(box)
        self.address = {key: QLineEdit() for key in ("kelurahan", "kecamatan", "kota")}
        form.addRow(tr("Kelurahan/desa:"), self.address["kelurahan"])
        form.addRow(tr("Kecamatan:"), self.address["kecamatan"])
        form.addRow(tr("Kabupaten/kota:"), self.address["kota"])
        layout.addWidget(box)

        box = QGroupBox(tr("3. Pengurus"))
        form = QFormLayout(box)
        form.addRow(hint(tr("Pengurus dicatat sebagai anggota pertama (A01, A02, A03). Anggota lain "
                            "didaftarkan nanti di layar Anggota.")))
        self.officers = {role: QLineEdit() for role, _ in OFFICERS}
        for role, label in OFFICERS:
            form.addRow(tr(label) + ":", self.officers[role])
        layout.addWidget(box)

        box = QGroupBox(tr("4. Aturan kelompok (boleh dibiarkan seperti ini)"))
        form = QFormLayout(box)
        self.pokok = MoneyEdit(defaults.pokok)
        form.addRow(tr("Simpanan pokok:"), self.pokok)
        form.addRow(hint(tr("Dibayar sekali saat masuk; dikembalikan saat anggota keluar.")))
        self.wajib = MoneyEdit(defaults.wajib)
        form.addRow(tr("Simpanan wajib per bulan:"), self.wajib)
        form.addRow(hint(tr("Dibayar setiap bulan; bulan yang belum dibayar menjadi tunggakan wajib.")))
        self.rate = RateEdit(defaults.rate_pct_month)
        form.addRow(tr("Jasa pinjaman:"), self.rate)
        form.addRow(hint(tr("Tulis seperti yang biasa disebut kelompok: per bulan (1,5 %) atau per tahun (18 %).")))
        self.frequency = QComboBox()
        for key, label in FREQUENCY_NAMES.items():
            self.frequency.addItem(tr(label), key)
        form.addRow(tr("Angsuran biasa:"), self.frequency)
        self.method = QComboBox()
        self.method.addItem(tr("flat — jasa sama setiap bulan, dihitung dari pinjaman awal"), "flat")
        self.method.addItem(tr("menurun — jasa dihitung dari sisa pinjaman, makin lama makin kecil"),
                            "menurun")
        form.addRow(tr("Cara hitung jasa:"), self.method)
        self.term = QSpinBox()
        self.term.setRange(1, 60)
        self.term.setValue(defaults.term)
        self.term.setSuffix(tr(" kali angsuran"))
        form.addRow(tr("Lama pinjaman biasa:"), self.term)
        self.denda = MoneyEdit(defaults.denda)
        form.addRow(tr("Denda per angsuran terlambat:"), self.denda)
        form.addRow(hint(tr("Kosongkan bila kelompok tidak memakai denda.")))
        self.tr_from = QComboBox()
        self.tr_from.addItem(tr("dibayar tunai di pertemuan"), "cash")
        self.tr_from.addItem(tr("diambil dari simpanan sukarela penanggung"), "sukarela")
        form.addRow(tr("Tanggung renteng:"), self.tr_from)
        form.addRow(hint(tr("Bila seorang anggota tidak membayar angsuran sampai tutup buku, anggota lain "
                            "menanggungnya bersama dengan bagian yang sama, lalu ia membayar kembali.")))
        self.rotation = QCheckBox(tr("Dana bergulir bergiliran: setiap anggota mendapat giliran sekali per "
                                     "putaran"))
        self.rotation.setChecked(defaults.rotation)
        form.addRow(self.rotation)
        layout.addWidget(box)

        box = QGroupBox(tr("5. PIN kelompok"))
        form = QFormLayout(box)
        form.addRow(hint(tr("PIN dipakai bendahara untuk membuka kelompok ini di laptop bersama. "
                            "Simpan baik-baik; pendamping dapat mengatur ulang bila lupa.")))
        self.pin, self.pin2 = QLineEdit(), QLineEdit()
        for field in (self.pin, self.pin2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("PIN (4–8 angka):"), self.pin)
        form.addRow(tr("Ulangi PIN:"), self.pin2)
        layout.addWidget(box)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        self.message = refusal_label()
        outer.addWidget(self.message)
        outer.addWidget(save_cancel(self, self.check, tr("Simpan kelompok")))

    def problems(self) -> list[str]:
        out = []
        if not self.name.text().strip():
            out.append(tr("Nama kelompok belum diisi."))
        if not all(field.valid() for field in (self.pokok, self.wajib, self.denda)):
            out.append(tr("Ada jumlah rupiah yang tidak terbaca atau terlalu besar."))
        if not self.rate.keys():
            out.append(tr("Jasa pinjaman belum terbaca: tulis persen, misalnya 1,5."))
        if self.pin.text() != self.pin2.text():
            out.append(tr("Kedua PIN tidak sama."))
        return out

    def check(self) -> None:
        found = self.problems()
        if found:
            self.message.setText(" ".join(found))
            return
        self.accept()

    def events(self) -> list[dict[str, Any]]:
        """The group's creation and its officers joining, as one batch."""
        name = self.name.text().strip()
        day = self.created.value().isoformat()
        rules = {"pokok": self.pokok.value(), "wajib": self.wajib.value(),
                 **self.rate.keys(), "frequency": self.frequency.currentData(), "method": self.method.currentData(),
                 "term": self.term.value(), "denda": self.denda.value(),
                 "tr_shares_from": self.tr_from.currentData(), "rotation": self.rotation.isChecked()}
        address = {k: f.text().strip() for k, f in self.address.items() if f.text().strip()}
        create: dict[str, Any] = {"type": "group.create", "date": day, "group": name,
                                  "kind": self.kind.currentData(), "rules": rules, "pin": self.pin.text()}
        if address:
            create["address"] = address
        out = [create]
        number = 0
        for role, _ in OFFICERS:
            person = self.officers[role].text().strip()
            if person:
                number += 1
                out.append({"type": "member.join", "date": day, "group": name, "member": f"A{number:02d}",
                            "name": person, "role": role})
        return out
