"""Rekap kantor: the facilitator's table of every group in the book for one month, sorted and subtotalled
by kecamatan (``services.recap``), saved as PDF, CSV or XLSX exactly as ``kasbuku report rekap`` writes them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kasbuku.formatting import bulan
from ledger import services
from ledger.model.calendar import add_months, month_end, month_of
from ledger.views.recap import RecapRow
from ui import worker
from ui.desk import Desk
from ui.files import save_name
from ui.widgets import Table, button_row, heading, hint, present_error, tr

MONTHS_OFFERED = 36
SUBTOTAL = QColor("#e8eef7")


def months_before(today: date, count: int = MONTHS_OFFERED) -> list[str]:
    """This month and the ``count - 1`` before it, newest first."""
    return [month_of(add_months(today.replace(day=1), -back)) for back in range(count)]


class RecapDialog(QDialog):
    """Choose a month, see every group's row, save the rekap; the rows are read on a worker thread."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from reports.recap import COLUMNS

        self.desk = desk
        self.rows: list[RecapRow] = []
        self.rows_month = ""
        self.office = ""  # the office's name, a book setting (kasbuku settings --office)
        self.doubles: list[str] = []  # rules §3a: a NIK held in more than one group, masked
        self.setWindowTitle(tr("Rekap kantor"))
        self.resize(1320, 640)  # inside a 1366×768 screen
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Rekapitulasi semua kelompok di buku ini"), 16))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Bulan:")))
        self.month = QComboBox()
        for month in months_before(desk.today()):
            self.month.addItem(bulan(month), month)
        self.month.setCurrentIndex(1)  # last month: the one a facilitator reports on
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        row.addWidget(self.month)
        buttons, (self.pdf_button, self.csv_button, self.xlsx_button) = button_row([
            (tr("Simpan PDF…"), lambda: self.save("pdf")), (tr("Simpan CSV…"), lambda: self.save("csv")),
            (tr("Simpan XLSX…"), lambda: self.save("xlsx"))])
        row.addLayout(buttons, 1)
        layout.addLayout(row)
        self.message = hint("")
        layout.addWidget(self.message)
        # the paper's columns and words, amounts in rupiah without "Rp" (the CSV and XLSX hold every column)
        self.table = Table([c.label.replace(" ", "\n", 1) if c.kind == "number" else c.label for c in COLUMNS])
        self.numbers = [i for i, c in enumerate(COLUMNS) if c.kind == "number"]
        layout.addWidget(self.table, 1)
        self.load()

    def load(self) -> None:
        """Read the chosen month's rows in the background; the month stays fixed until they are shown."""
        month = self.month.currentData()
        self.message.setText(tr("Menyusun rekap {0}…").format(bulan(month)))
        self._enable(False)
        self.month.setEnabled(False)
        worker.start(lambda _p: self.desk.read(lambda s: (services.recap(s, month), services.office_name(s),
                                                          services.double_niks_as_of(s, month_end(month)))),
                     lambda found: self.show_rows(month, *found), self.failed)

    def show_rows(self, month: str, rows: Any, office: str = "", doubles: Sequence[str] = ()) -> None:
        from reports.recap import row_cells

        self.month.setEnabled(True)
        self.rows, self.rows_month, self.office, self.doubles = rows, month, office, list(doubles)
        self.table.fill([row_cells(r) for r in rows])
        for r in range(self.table.rowCount()):
            for c in self.numbers:
                item = self.table.item(r, c)
                if item is not None:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            if not row.kind:  # a kecamatan's subtotal or the grand total
                for item in (self.table.item(r, c) for c in range(self.table.columnCount())):
                    if item is not None:
                        item.setFont(bold)
                        item.setBackground(QBrush(SUBTOTAL))
        groups = len([r for r in rows if r.kind])
        self.message.setText(tr("{0} kelompok, {1}; jumlah uang dalam rupiah. Baris tebal: jumlah per kecamatan "
                                "dan seluruhnya.").format(
            groups, bulan(month)) + "".join("\n" + tr("NIK ganda: {0}").format(line) for line in self.doubles)
            if groups else tr("Belum ada kelompok pada bulan ini."))
        self._enable(groups > 0)

    def failed(self, exc: Exception) -> None:
        self.month.setEnabled(True)
        self.message.setText("")
        present_error(self, exc)

    def _enable(self, on: bool) -> None:
        for button in (self.pdf_button, self.csv_button, self.xlsx_button):
            button.setEnabled(on)

    def save(self, kind: str) -> None:
        from reports import recap

        month = self.rows_month  # the month the shown rows are of
        filters = {"pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}
        name = save_name(self, tr("Simpan rekap"), f"{month}_rekap.{kind}", filters[kind])
        if not name:
            return
        try:
            recap.write(self.rows, month, Path(name), kind, self.office, self.desk.today(), self.doubles)
        except OSError as exc:
            self.message.setText(tr("Rekap tidak dapat disimpan ke {0}: {1}").format(name, exc.strerror or exc))
            return
        self.message.setText(tr("Disimpan: {0}").format(name))
