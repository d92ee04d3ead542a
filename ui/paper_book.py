"""Mulai dari buku lama: a group that kept a paper book starts here from the spreadsheet a facilitator
filled (``kasbuku template``): every problem is listed at once, with its sheet, row and column; a sheet that
adds up is shown as the neraca it opens with — the opening equity (Modal awal) included — before it is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kasbuku import paperbook
from kasbuku.formatting import rupiah, tanggal
from ledger import services
from ledger.services.opening import preview_opening
from ui import files
from ui.desk import Desk
from ui.widgets import Table, heading, hint, present_error, save_cancel, tr

XLSX = "Spreadsheet (*.xlsx)"


class PaperBookDialog(QDialog):
    """Download the template, open a filled one, see what it opens with, save it whole or not at all."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.events: list[dict[str, Any]] = []
        self.form: QDialog | None = None
        self.setWindowTitle(tr("Mulai dari buku lama"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Mulai dari buku lama (saldo awal)"), 15))
        layout.addWidget(hint(tr(
            "Kelompok yang selama ini memakai buku tulis mulai memakai KasBuku dengan saldo awal: kas, simpanan "
            "tiap anggota, pinjaman yang masih berjalan, utang tanggung renteng dan dana bergulir, seperti pada "
            "halaman terakhir buku lama. Pendamping mengisinya di spreadsheet, lalu membukanya di sini.")))
        row = QHBoxLayout()
        template = QPushButton(tr("Unduh template spreadsheet…"))
        template.clicked.connect(self.save_template)
        choose = QPushButton(tr("Buka spreadsheet yang sudah diisi…"))
        choose.clicked.connect(self.choose)
        by_hand = QPushButton(tr("Isi langkah demi langkah…"))
        by_hand.clicked.connect(self.fill_by_hand)
        row.addWidget(by_hand)
        row.addWidget(template)
        row.addWidget(choose)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.neraca = Table([tr("Neraca pembukaan"), tr("Jumlah")], money_columns=[1])
        self.neraca.hide()
        layout.addWidget(self.neraca, 1)
        self.buttons = save_cancel(self, self.save, tr("Simpan ke buku"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout.addWidget(self.buttons)

    def fill_by_hand(self) -> None:
        """The treasurer types her paper book in, step by step (ui/paper_book_form.py); saved, this closes too."""
        from ui.paper_book_form import OpeningForm

        self.form = OpeningForm(self.desk, self)
        self.form.accepted.connect(self.accept)
        self.form.open()

    def save_template(self) -> None:
        name = files.save_name(self, tr("Simpan template buku awal"), "buku-awal.xlsx", XLSX)
        if name:
            try:
                paperbook.write_template(Path(name))
            except OSError as exc:
                present_error(self, exc)
                return
            self.status.setText(tr("Template ditulis: {0}").format(name))

    def choose(self) -> None:
        name = files.open_name(self, tr("Buka spreadsheet buku awal"), XLSX)
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the sheet: every problem listed, or the neraca it opens with and Simpan enabled."""
        reading = paperbook.read_template(path)
        group = next((e["group"] for e in reading.events), None)
        if group and group in self.desk.groups():
            existing = self.desk.read(lambda s: services.group_events(s, group))
            reading = paperbook.read_template(path, existing)
        self.events = [] if reading.problems else reading.events
        self.save_button.setEnabled(bool(self.events))
        self.problems.setVisible(bool(reading.problems))
        self.neraca.setVisible(not reading.problems)
        if reading.problems:
            self.status.setText(tr("{0} belum dapat dimuat; perbaiki dulu di spreadsheet ({1} masalah):").format(
                path.name, len(reading.problems)))
            self.problems.clear()
            self.problems.addItems(reading.problems)
            return
        self.show_opening(group or "")

    def show_opening(self, group: str) -> None:
        preview = preview_opening(group, self.events)
        self.neraca.fill(preview.neraca)
        self.status.setText(tr("{0}: {1} anggota, {2} pinjaman berjalan, saldo awal per {3}; modal awal (saldo "
                               "pembukaan) {4}. Cocokkan neraca di bawah dengan hitungan kas dan halaman terakhir "
                               "buku lama, lalu simpan.").format(
            group, preview.members, preview.open_loans, tanggal(preview.day), rupiah(preview.modal_awal)))

    def save(self) -> None:
        if not self.events:
            return
        try:
            self.desk.apply([dict(e) for e in self.events])
        except Exception as exc:  # a refusal (the book changed since reading) is shown; nothing is saved
            present_error(self, exc)
            return
        self.accept()
