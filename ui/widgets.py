"""Small shared pieces of the window: typed rupiah, dates, read-only tables, and the one error presenter."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import number, rate_text, rupiah, tanggal_pendek
from ledger.model.errors import Refusal
from ledger.model.settings import Rules, monthly_rate, rate_json, yearly_rate

if TYPE_CHECKING:
    from ledger.rules.book import GroupBook

REFUSAL_RED = "#b03a2e"  # the colour of a refusal, on a form's message line and in a grid's cell
_DIGITS = re.compile(r"^\d{1,3}(\.\d{3})+$|^\d+$")


def tr(text: str) -> str:
    """The user-facing text in the chosen language (Indonesian is the source; see resources/translations)."""
    return QCoreApplication.translate("ui", text)


def N_(text: str) -> str:
    """Marks a literal for the translation file; it is translated later, where it is shown, with ``tr``."""
    return text


def parse_rupiah(text: str) -> int:
    """A typed amount as whole rupiah: '10.000', '10000', 'Rp 10.000' or '10.000,00'; empty is 0.

    Raises ValueError for anything else (a decimal part other than ,00; letters; a minus sign).
    """
    cleaned = text.strip().removeprefix("Rp").strip().replace(" ", "")
    if cleaned.endswith(",00"):
        cleaned = cleaned[:-3]
    elif cleaned.endswith(",-"):
        cleaned = cleaned[:-2]
    if not cleaned:
        return 0
    if not _DIGITS.match(cleaned):
        raise ValueError(text)
    return int(cleaned.replace(".", ""))


def parse_tanggal(text: str) -> date:
    """A typed date as the window writes one (``tanggal_pendek``: 17/08/1985); ValueError for anything else."""
    return datetime.strptime(text.strip(), "%d/%m/%Y").date()


class MoneyEdit(QLineEdit):
    """A rupiah field: accepts '10.000' or '10000', shows it back as '10.000', turns red when unreadable or
    above the typing guard ``limit`` (rules §2 ``max_amount``)."""

    valueChanged = Signal(object)  # a Python int: a Qt int is 32-bit and overflows at Rp 2.147.483.648

    def __init__(self, value: int = 0, parent: QWidget | None = None, limit: int = Rules().max_amount) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.set_value(value)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._tidy)

    def value(self) -> int:
        """The amount (0 when empty); raises ValueError when the text is not an amount."""
        return parse_rupiah(self.text())

    def valid(self) -> bool:
        try:
            return self.value() <= self.limit
        except ValueError:
            return False

    def set_value(self, value: int) -> None:
        self.setText(number(value) if value else "")
        self._mark()

    def _edited(self) -> None:
        self._mark()
        if self.valid():
            self.valueChanged.emit(self.value())

    def problem(self, required: bool = False) -> str:
        """Why the text is not an amount the book takes ('' when it is); ``required``: nor is nothing."""
        try:
            amount = self.value()
        except ValueError:
            return tr("Tulis jumlah rupiah, misalnya 10.000")
        if required and not amount:
            return tr("Isi jumlahnya")
        if amount > self.limit:
            return tr("Jumlah di atas batas satu transaksi {0}; periksa angkanya").format(rupiah(self.limit))
        return ""

    def _mark(self) -> None:
        self.setStyleSheet("" if self.valid() else "background: #fde2e2; border: 2px solid #c0392b;")
        self.setToolTip(self.problem())

    def _tidy(self) -> None:
        if self.valid():
            self.set_value(self.value())


class RateEdit(QWidget):
    """A loan's rate as the treasurer quotes it, per month or per year, kept exactly (a yearly rate is its
    exact twelfth, rules §4), with both shown beside it: "1,83 % per bulan · 22 % per tahun"."""

    changed = Signal()

    def __init__(self, rate: Fraction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        key, text = next(iter(rate_json(rate).items()))
        self.text = QLineEdit(text.replace(".", ","))
        self.text.setMaximumWidth(90)
        self.text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.unit = QComboBox()
        self.unit.addItem(tr("% per bulan"), "rate_pct_month")
        self.unit.addItem(tr("% per tahun"), "rate_pct_year")
        self.unit.setMinimumContentsLength(len(tr("% per bulan")) + 2)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setCurrentIndex(0 if key == "rate_pct_month" else 1)
        self.both = QLabel("")
        for widget in (self.text, self.unit, self.both):
            row.addWidget(widget)
        row.addStretch(1)
        self.text.textEdited.connect(self._changed)
        self.unit.currentIndexChanged.connect(self._changed)
        self._changed()

    def rate(self) -> Fraction | None:
        """The monthly rate in percent, exactly; None while the text is not a percentage."""
        parse = monthly_rate if self.unit.currentData() == "rate_pct_month" else yearly_rate
        try:
            return parse(self.text.text())
        except ValueError:
            return None

    def keys(self) -> dict[str, str]:
        """The event key and its text: ``{"rate_pct_year": "22"}`` (empty while unreadable)."""
        if self.rate() is None:
            return {}
        return {str(self.unit.currentData()): self.text.text().strip().replace(",", ".")}

    def _changed(self) -> None:
        rate = self.rate()
        self.both.setText(rate_text(rate) if rate is not None else tr("tulis persen, misalnya 1,5"))
        self.text.setStyleSheet("" if rate is not None else "background: #fde2e2; border: 2px solid #c0392b;")
        self.changed.emit()


class DateEdit(QDateEdit):
    """A date with a calendar popup, shown as dd/MM/yyyy."""

    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(QDate(value.year, value.month, value.day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


def cell(value: object, money: bool = False) -> QTableWidgetItem:
    """A read-only table cell: money as 'Rp 1.500.000' and other whole numbers (days late, an entry's number)
    right-aligned, dates as dd/MM/yyyy."""
    if isinstance(value, int) and not isinstance(value, bool):
        item = QTableWidgetItem(rupiah(value) if money else str(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    elif isinstance(value, date):
        item = QTableWidgetItem(tanggal_pendek(value))
    else:
        item = QTableWidgetItem("" if value is None else str(value))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def wrap_column(table: QTableWidget, column: int) -> None:
    """``column`` (a name, a finding) takes the room the other columns leave and wraps onto more lines, each
    row growing to show it whole, whenever the columns' widths change (fill the rows, then
    ``resizeRowsToContents``)."""
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())


class Table(QTableWidget):
    """A read-only table with whole-row selection, filled from plain rows."""

    def __init__(self, headers: Sequence[str], money_columns: Sequence[int] = (),
                 parent: QWidget | None = None, wrap: int | None = None) -> None:
        """``wrap``: the column of long text (a finding, a follow-up, a description) that takes the room the
        others leave and wraps onto more lines, each row growing to show it whole: an amount or a date is then
        never the one cut off with "…"."""
        super().__init__(0, len(headers), parent)
        self.wrap = wrap
        self.setHorizontalHeaderLabels(list(headers))
        self.money_columns = set(money_columns)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(wrap is None)
        self.setWordWrap(False)  # one line a cell (elided), unless a column wraps
        if wrap is not None:
            wrap_column(self, wrap)

    def fill(self, rows: Sequence[Sequence[object]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.setItem(r, c, cell(value, c in self.money_columns))
        if self.wrap is not None:
            self.resizeRowsToContents()

    def fill_row(self, r: int, row: Sequence[object], start: int = 0) -> None:
        """Update the cells of row ``r`` from column ``start`` on; None leaves a cell as it is (a live preview)."""
        for c, value in enumerate(row, start):
            if value is not None:
                self.setItem(r, c, cell(value, c in self.money_columns))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.wrap is not None:  # the wrapping column's room changed: each row as tall as its text needs,
            # once the header has given the column its new width (after this event, not in it)
            QTimer.singleShot(0, self, self.resizeRowsToContents)

    def current(self) -> int:
        """The selected row's index, or -1."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1


class WholeAmounts(QLabel):
    """A wrapping label that never breaks an amount from its unit ("Rp / 7.900.000", "100,00 / %")."""

    def setText(self, text: str) -> None:
        super().setText(text.replace("Rp ", "Rp\u00a0").replace(" %", "\u00a0%"))


def heading(text: str, size: int = 16, label: QLabel | None = None) -> QLabel:
    """A bold label of ``size`` points (``label``: one to style, e.g. a ``WholeAmounts``)."""
    label = label or QLabel()
    label.setText(text)
    font = QFont(label.font())
    font.setPointSize(size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def button_row(actions: Sequence[tuple[str, Callable[[], None]]],
               title: str | None = None) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of buttons, one per (label, slot), pushed to the left; with a ``title``, a page's top bar: its
    heading on the left and the buttons on the right."""
    row = QHBoxLayout()
    if title is not None:
        row.addWidget(heading(title, 16))
        row.addStretch(1)
    buttons = []
    for text, slot in actions:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        buttons.append(button)
    if title is None:
        row.addStretch(1)
    return row, buttons


def member_combo(book: GroupBook, first: tuple[str, str] | None = None, active: bool = True) -> QComboBox:
    """This group's members ('A01 Siti', data 'A01') in member order, after an optional first choice."""
    combo = QComboBox()
    # a long name does not widen the form past its labels: the list opens as wide as the names need
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    if first is not None:
        combo.addItem(*first)
    for m in book.members_in_order(active_only=active):
        combo.addItem(f"{m.code} {m.name}", m.code)
    return combo


def refusal_label(text: str = "") -> QLabel:
    """The red line where a form says why it does not save (bold, wrapped: a reason is never cut)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {REFUSAL_RED}; font-weight: bold;")
    return label


def hint(text: str) -> QLabel:
    """A plain-words explanation under a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class GuardedDialog(QDialog):
    """A form that never loses what was typed by accident: Escape, Batal or the window's × on a form with
    typed input asks first (issue 14.5). The fields' first values are those it is shown with."""

    _first: list[str] | None = None
    message: QLabel  # the form's refusal line (``refusal_label``), set by every form

    def refused(self, reason: str) -> None:
        """The book refused what this form saved: the form comes back as it was typed, the reason on its
        refusal line (a refused entry used to close the form and lose everything typed)."""
        self.message.setText(reason)
        self.open()

    def showEvent(self, event: QShowEvent) -> None:
        if self._first is None:
            self.remember_input()
        super().showEvent(event)

    def _texts(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLineEdit) if not w.isReadOnly()]

    def remember_input(self) -> None:
        self._first = self._texts()

    def has_input(self) -> bool:
        return self._first is not None and self._texts() != self._first

    def reject(self) -> None:
        if self.has_input() and not ask(self, tr("Buang isian?"),
                                        tr("Isian formulir ini belum disimpan. Buang isian dan tutup formulir?")):
            return
        super().reject()


class FormDialog(GuardedDialog):
    """A form of labelled fields with Simpan/Batal: Simpan accepts only when ``problem()`` finds nothing,
    else it says what is missing in red under the fields."""

    def __init__(self, title: str, parent: QWidget, width: int = 560) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.form = QFormLayout(self)
        self.message = refusal_label()

    def finish(self) -> None:
        """Put the message line and the buttons under the fields (call after adding them)."""
        self.form.addRow(self.message)
        buttons = save_cancel(self, self.check)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.form.addRow(buttons)

    def problem(self) -> str:
        """What stops saving, in plain words ('' when the form may be saved)."""
        return ""

    def as_event(self) -> dict[str, Any]:
        """The event the form records (without ``group``: the page adds the open group)."""
        raise NotImplementedError

    def check(self) -> None:
        found = self.problem()
        self.message.setText(found)
        if not found:
            self.accept()


class ReasonsDialog(QDialog):
    """What was refused and why, one line each: nothing of the batch was saved."""

    def __init__(self, title: str, intro: str, reasons: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        self.reasons = QListWidget()
        self.reasons.setWordWrap(True)
        self.reasons.addItems(list(reasons))
        layout.addWidget(self.reasons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def present_error(parent: QWidget, exc: BaseException) -> None:
    """The one error presenter: a refusal's own message, anything else as an unexpected error."""
    if isinstance(exc, Refusal):
        QMessageBox.warning(parent, tr("Tidak dapat disimpan"), exc.message)
    else:
        QMessageBox.critical(parent, tr("Kesalahan tak terduga"),
                             tr("Terjadi kesalahan: {0}. Tidak ada yang disimpan.").format(
                                 f"{type(exc).__name__}: {exc}"))


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes

def save_cancel(dialog: QDialog, on_save: Callable[[], object], save_text: str = "") -> QDialogButtonBox:
    """The Simpan/Batal buttons of every form and dialog: ``on_save`` runs on Simpan (or ``save_text``),
    Batal closes the dialog. The save button is ``buttons.button(QDialogButtonBox.StandardButton.Save)``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text or tr("Simpan"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
