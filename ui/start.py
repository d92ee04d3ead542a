"""The start screen: the groups of this book, each opened with its PIN; the facilitator signs in once
and sees every group; a new group is created with a guided form; the demo book is one click away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledger.model.errors import Refusal
from ledger.model.pins import check_pin_shape
from ui import language
from ui.desk import Desk
from ui.widgets import N_, heading, hint, present_error, refusal_label, tr


class SecretDialog(QDialog):
    """Asks a group's PIN (or the facilitator's password); a wrong one is said right here, the dialog stays."""

    def __init__(self, desk: Desk, group: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.group = desk, group
        self.setWindowTitle(tr("Masuk"))
        self.setMinimumWidth(420)  # a group's usual name on one line
        layout = QVBoxLayout(self)
        who = tr("PIN kelompok {0}").format(group) if group else tr("Kata sandi pendamping")
        layout.addWidget(heading(who, 14))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(tr("4 sampai 8 angka") if group else "")
        layout.addWidget(self.secret)
        self.message = refusal_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        buttons.accepted.connect(self.try_secret)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_secret(self) -> None:
        message = self.desk.sign_in(self.group, self.secret.text())
        if message is None:
            self.accept()
        else:
            self.message.setText(message)
            self.adjustSize()  # taller by the message's lines: the heading is not pushed out of sight
            self.secret.selectAll()
            self.secret.setFocus()


class NewSecretDialog(QDialog):
    """Set a new secret typed twice: the facilitator's first password (``group`` None), or a group's reset PIN;
    one of the wrong shape or typed differently twice is said here, the dialog stays."""

    def __init__(self, title: str, group: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.first, self.second = QLineEdit(), QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Baru:"), self.first)
        form.addRow(tr("Ulangi:"), self.second)
        self.message = refusal_label()
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def check(self) -> None:
        try:
            check_pin_shape(self.first.text(), self.group)
        except Refusal as exc:
            self.message.setText(exc.message)
        else:
            if self.first.text() == self.second.text():
                self.accept()
                return
            self.message.setText(tr("Kedua isian tidak sama"))
        self.adjustSize()


class StartScreen(QWidget):
    """Choose a group. ``opened`` carries the group's name once its PIN (or the facilitator) let her in."""

    opened = Signal(str)
    create_requested = Signal()
    demo_requested = Signal()
    EMPTY = N_("Belum ada kelompok di buku ini. Buat kelompok baru, atau buka buku demo untuk mencoba.")

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dialog: QDialog | None = None
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        outer.addStretch(1)
        title = heading(tr("KasBuku — buku kas kelompok"), 22)
        column.addWidget(title)
        column.addWidget(hint(tr("Pilih kelompok Anda, lalu tekan Enter atau \"Buka\" dan masukkan PIN "
                                 "kelompok.")))
        self.groups = QListWidget()
        font = QFont(self.groups.font())
        font.setPointSize(font.pointSize() + 4)
        self.groups.setFont(font)
        self.groups.setSpacing(4)
        self.groups.itemActivated.connect(lambda _item: self.open_selected())
        column.addWidget(self.groups, 1)
        self.empty = hint(tr(self.EMPTY))
        column.addWidget(self.empty)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Buka"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.create_button = QPushButton(tr("Buat kelompok baru…"))
        self.create_button.clicked.connect(self.create_requested.emit)
        self.paper_button = QPushButton(tr("Mulai dari buku lama…"))
        self.paper_button.setToolTip(tr("Kelompok yang sudah lama berjalan dengan buku tulis: saldo awal dari "
                                        "spreadsheet buku awal"))
        self.paper_button.clicked.connect(self.start_from_paper)
        self.demo_button = QPushButton(tr("Buka buku demo"))
        self.demo_button.clicked.connect(self.demo_requested.emit)
        for button in (self.open_button, self.create_button, self.paper_button, self.demo_button):
            row.addWidget(button)
        column.addLayout(row)
        row = QHBoxLayout()
        self.role_label = QLabel()
        row.addWidget(self.role_label, 1)
        self.facilitator_button = QPushButton()
        self.facilitator_button.clicked.connect(self.toggle_facilitator)
        self.reset_button = QPushButton(tr("Atur ulang PIN kelompok…"))
        self.reset_button.clicked.connect(self.reset_pin)
        self.recap_button = QPushButton(tr("Rekap kantor…"))
        self.recap_button.setToolTip(tr("Rekapitulasi semua kelompok untuk satu bulan: PDF, CSV atau XLSX"))
        self.recap_button.clicked.connect(self.open_recap)
        self.language_button = QPushButton()
        self.language_button.clicked.connect(self.switch_language)
        row.addWidget(self.language_button)
        row.addWidget(self.reset_button)
        row.addWidget(self.recap_button)
        row.addWidget(self.facilitator_button)
        column.addLayout(row)
        self.refresh()

    def start_from_paper(self) -> None:
        """Mulai dari buku lama: the group and its opening from a filled spreadsheet."""
        from ui.paper_book import PaperBookDialog  # openpyxl (70 ms) only when asked for, not at start-up

        self.dialog = PaperBookDialog(self.desk, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def refresh(self) -> None:
        listed = self.desk.listed_groups()
        names = listed or []
        self.groups.clear()
        self.groups.addItems(names)
        if names:
            self.groups.setCurrentRow(0)
        self.empty.setText(tr("Membuka buku…") if listed is None else tr(self.EMPTY))
        self.empty.setVisible(not names)
        self.open_button.setEnabled(bool(names))
        facilitator = self.desk.facilitator
        self.role_label.setText(tr("Masuk sebagai: pendamping (semua kelompok terbuka)") if facilitator
                                else tr("Masuk sebagai: bendahara"))
        self.facilitator_button.setText(tr("Keluar dari mode pendamping") if facilitator
                                        else tr("Masuk sebagai pendamping…"))
        self.reset_button.setVisible(facilitator and bool(names))
        self.recap_button.setVisible(facilitator and bool(names))
        other = "en" if language.language() == "id" else "id"
        self.language_button.setText(language.LANGUAGES[other])
        self.language_button.setToolTip(tr("Bahasa tampilan; berlaku saat kasbuku dibuka lagi"))
        self.groups.setFocus()

    def switch_language(self) -> None:
        other = "en" if language.language() == "id" else "id"
        language.choose(other)
        self.language_button.setEnabled(False)
        self.role_label.setText(tr("Tutup dan buka lagi kasbuku untuk memakai {0}.").format(language.LANGUAGES[other]))

    def selected(self) -> str | None:
        item = self.groups.currentItem()
        return item.text() if item is not None else None

    def open_selected(self) -> None:
        group = self.selected()
        if group is None:
            return
        if self.desk.facilitator:
            self.opened.emit(group)
            return
        self.dialog = SecretDialog(self.desk, group, self)
        self.dialog.accepted.connect(lambda: self.opened.emit(group))
        self.dialog.open()

    def toggle_facilitator(self) -> None:
        if self.desk.facilitator:
            self.desk.sign_out()
            self.refresh()
            return
        if not self.desk.has_facilitator_password():
            self.dialog = NewSecretDialog(tr("Buat kata sandi pendamping (paling sedikit 6 karakter)"), None, self)
            self.dialog.accepted.connect(self._first_password)
        else:
            self.dialog = SecretDialog(self.desk, None, self)
            self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def _first_password(self) -> None:
        assert isinstance(self.dialog, NewSecretDialog)
        try:
            self.desk.set_facilitator_password(self.dialog.first.text())
        except Exception as exc:
            present_error(self, exc)
            return
        self.desk.role = "pendamping"
        self.refresh()

    def open_recap(self) -> None:
        from ui.recap import RecapDialog

        self.dialog = RecapDialog(self.desk, self)
        self.dialog.open()

    def reset_pin(self) -> None:
        group = self.selected()
        if group is None:
            return
        dialog = NewSecretDialog(tr("PIN baru untuk {0} (4 sampai 8 angka)").format(group), group, self)

        def save() -> None:
            try:
                self.desk.reset_pin(group, dialog.first.text())
            except Exception as exc:
                present_error(self, exc)
                return
            QMessageBox.information(self, tr("PIN diatur ulang"), tr("PIN baru kelompok {0} sudah disimpan. "
                                                                     "Beritahukan kepada bendaharanya.").format(group))

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()
