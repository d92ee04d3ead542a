"""Laporan: preview a statement in the window, print it, or save it as PDF; the facilitator prints one
month for every group at once, in the background, with a progress bar."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kasbuku import safefile
from kasbuku.formatting import bulan
from ledger.model.errors import Refusal
from ledger.rules.book import GroupBook
from ledger.rules.closing import next_to_close
from ledger.views.statements.group import close_lines
from ui import reporting, worker
from ui.files import folder_name, save_name
from ui.page import Page, Shell
from ui.widgets import N_, heading, hint, present_error, tr


class ReportsPage(Page):
    title = N_("Laporan")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.pdf: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Laporan"), 16))
        row = QHBoxLayout()
        self.kind = QComboBox()
        for code, name in reporting.KINDS.items():
            self.kind.addItem(tr(name), code)
        row.addWidget(QLabel(tr("Laporan:")))
        row.addWidget(self.kind, 1)
        self.month = QComboBox()
        row.addWidget(QLabel(tr("Bulan:")))
        row.addWidget(self.month)
        self.preview_button = QPushButton(tr("Pratinjau"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(tr("Cetak…"))
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(tr("Simpan PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        for button in (self.preview_button, self.print_button, self.save_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.message = hint("")
        layout.addWidget(self.message)
        self.pages = QLabel()
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        layout.addWidget(scroll, 1)
        self.all_box = QWidget()
        batch = QHBoxLayout(self.all_box)
        self.all_button = QPushButton(tr("Simpan PDF bulan ini untuk semua kelompok ke folder…"))
        self.all_button.clicked.connect(self.print_all)
        self.progress = QProgressBar()
        batch.addWidget(self.all_button)
        batch.addWidget(self.progress, 1)
        layout.addWidget(self.all_box)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        current = self.month.currentData()
        self.month.clear()
        running = next_to_close(book)
        self.month.addItem(tr("{0} (belum ditutup)").format(bulan(running)), running)
        for close in close_lines(book):
            self.month.addItem(bulan(close.month), close.month)
        chosen = self.month.findData(current) if current is not None else -1
        self.month.setCurrentIndex(chosen if chosen >= 0 else min(1, self.month.count() - 1))
        self.all_box.setVisible(self.desk.facilitator)

    def _make(self, then: object) -> None:
        """Write the chosen statement to a temporary PDF in the background, then call ``then(path)``."""
        kind = self.kind.currentData()
        why = reporting.missing(kind)
        if why or self.book is None:
            self.message.setText(why or "")
            return
        group, month = self.book.name, self.month.currentData()
        target = Path(tempfile.mkdtemp(prefix="kasbuku-")) / reporting.file_name(kind, group, month)
        self.message.setText(tr("Menyiapkan laporan…"))
        worker.start(lambda _p: reporting.write(self.desk.read, kind, group, month, target),
                     then, lambda exc: present_error(self, exc))  # type: ignore[arg-type]

    def preview(self) -> None:
        def show(path: object) -> None:
            assert isinstance(path, Path)
            self.pdf = path
            images = reporting.page_images(path)
            if images is None:
                self.message.setText(tr("Pratinjau dibuka di penampil PDF komputer ini."))
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                return
            width = max(i.width() for i in images)
            sheet = QPixmap(width, sum(i.height() + 12 for i in images))
            sheet.fill(Qt.GlobalColor.lightGray)
            painter = QPainter(sheet)
            y = 0
            for image in images:
                painter.drawImage(0, y, image)
                y += image.height() + 12
            painter.end()
            self.pages.setPixmap(sheet)
            self.message.setText(tr("{0} halaman").format(len(images)))

        self._make(show)

    def print_(self) -> None:
        def send(path: object) -> None:
            assert isinstance(path, Path)
            images = reporting.page_images(path, dpi=200)
            if images is None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                self.message.setText(tr("Cetak dari penampil PDF yang terbuka."))
                return
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                self.message.setText(tr("Pencetakan dibatalkan."))
                return
            painter = QPainter(printer)
            for number, image in enumerate(images):
                if number:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(area.x(), area.y(), image.scaled(size))
            painter.end()
            self.message.setText(tr("{0} halaman dikirim ke pencetak.").format(len(images)))

        self._make(send)

    def save_pdf(self) -> None:
        kind = self.kind.currentData()
        if reporting.missing(kind):
            self.message.setText(reporting.missing(kind) or "")
            return
        suggested = reporting.file_name(kind, self.book.name if self.book else "", self.month.currentData())
        name = save_name(self, tr("Simpan PDF"), suggested, "PDF (*.pdf)")
        if not name:
            return

        def moved(path: object) -> None:
            assert isinstance(path, Path)
            try:
                safefile.write_bytes(Path(name), path.read_bytes(), "laporan PDF")
            except Refusal as exc:  # a full disk, a pulled flash drive: nothing half-written
                present_error(self, exc)
                return
            self.message.setText(tr("Disimpan: {0}").format(name))

        self._make(moved)

    def print_all(self) -> None:
        """Every group's chosen statement for the month into one folder, on a worker thread."""
        kind = self.kind.currentData()
        why = reporting.missing(kind)
        if why:
            self.message.setText(why)
            return
        folder = folder_name(self, tr("Pilih folder untuk semua laporan"))
        if not folder:
            return
        self.all_button.setEnabled(False)
        self.run_all(kind, self.month.currentData(), Path(folder))

    def run_all(self, kind: str, month: str | None, folder: Path) -> None:
        groups = self.desk.groups()
        self.progress.setRange(0, len(groups))

        def work(progress: object) -> int:
            for number, group in enumerate(groups, start=1):
                reporting.write(self.desk.read, kind, group, month, folder / reporting.file_name(kind, group, month))
                progress(number, len(groups))  # type: ignore[operator]
            return len(groups)

        def done(count: object) -> None:
            self.all_button.setEnabled(True)
            self.message.setText(tr("{0} laporan ditulis ke {1}").format(count, folder))

        def failed(exc: Exception) -> None:
            self.all_button.setEnabled(True)
            present_error(self, exc)

        worker.start(work, done, failed, lambda n, _total: self.progress.setValue(n))
