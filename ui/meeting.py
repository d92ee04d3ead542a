"""Pertemuan: one grid for a meeting date — each member's expected wajib, instalment and arrears, and what
she paid (wajib, angsuran, sukarela); totals follow the typing; "Simpan" posts it all as one step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import number, rupiah, tanggal
from ledger.model.settings import Rules
from ledger.rules.book import GroupBook
from ledger.services.meeting import Planned, plan_meeting, refusals
from ledger.views.meeting import MeetingRow, Paid, meeting_rows, recorded_on
from ui import worker
from ui.closing import start_close
from ui.desk import new_id
from ui.page import Page, Shell
from ui.widgets import (
    N_,
    REFUSAL_RED,
    DateEdit,
    ReasonsDialog,
    ask,
    cell,
    heading,
    hint,
    parse_rupiah,
    present_error,
    tr,
    wrap_column,
)

# money headings on two lines: with 40 long names the name column takes the room (scripts/walk.py)
EXPECTED = (N_("Anggota"), N_("Tagihan\nwajib"), N_("Tagihan\nangsuran"), N_("Termasuk\ntunggakan"))
PAID = (N_("Bayar\nwajib"), N_("Bayar\nangsuran"), N_("Sukarela"))
COL_WAJIB, COL_INSTALMENT, COL_SUKARELA, COL_TOTAL = 4, 5, 6, 7
TYPED = (COL_WAJIB, COL_INSTALMENT, COL_SUKARELA)  # the payment columns she types in, in typing order
BAD = QBrush(QColor("#fde2e2"))
FLAGGED = QBrush(QColor("#f9d6a5"))


class MeetingPage(Page):
    title = N_("Pertemuan")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.rows: list[MeetingRow] = []
        self.dirty = False
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(tr("Pertemuan bulanan"), 16))
        top.addStretch(1)
        top.addWidget(QLabel(tr("Tanggal pertemuan:")))
        self.day = DateEdit(self.on)
        self.day.dateChanged.connect(self._day_changed)
        top.addWidget(self.day)
        layout.addLayout(top)
        layout.addWidget(hint(tr("Kolom abu-abu adalah tagihan. Ketik yang dibayar setiap anggota di kolom "
                                 "putih (Tab/Enter untuk pindah; Ctrl+V menempel angka dari spreadsheet). Angsuran "
                                 "membayar utang tanggung renteng dulu, lalu pinjaman.")))
        self.grid = QTableWidget(0, 8)
        self.grid.setHorizontalHeaderLabels([tr(h) for h in (*EXPECTED, *PAID, N_("Jumlah\ndibayar"))])
        self.grid.verticalHeader().setVisible(False)
        # an amount is never cut: each money column is as wide as its widest amount, at least "Rp 99.999.999";
        # the names take the room left and wrap onto a second line when long (40 long names, issue 14.7)
        header = self.grid.horizontalHeader()
        header.setMinimumSectionSize(self.grid.fontMetrics().horizontalAdvance("Rp 99.999.999") + 14)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        wrap_column(self.grid, 0)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.itemChanged.connect(self._typed)
        self.grid.itemDelegate().closeEditor.connect(self._edited)
        self.grid.installEventFilter(self)
        layout.addWidget(self.grid, 1)
        self.totals = heading("", 13)
        layout.addWidget(self.totals)
        self.already = QLabel("")
        layout.addWidget(self.already)
        buttons = QHBoxLayout()
        self.fill_button = QPushButton(tr("Isi sesuai tagihan"))
        self.fill_button.setToolTip(tr("Salin tagihan wajib dan angsuran ke kolom bayar (Ctrl+D)"))
        self.fill_button.clicked.connect(self.fill_expected)
        self.clear_button = QPushButton(tr("Kosongkan"))
        self.clear_button.clicked.connect(self.clear_asked)
        self.save_button = QPushButton(tr("Simpan (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(tr("Tutup Bulan…"))
        self.close_button.clicked.connect(self.close_month)
        for button in (self.fill_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+D"), self, self.fill_expected)

    # -- filling ----------------------------------------------------------------------------------
    def show_book(self, book: GroupBook) -> None:
        closed = book.last_closed
        if (self.book is None or self.book.name != book.name
                or (closed is not None and self.day.value().strftime("%Y-%m") <= closed)):  # after a close
            self.day.blockSignals(True)
            self.day.set_value(self.on)
            self.day.blockSignals(False)
        self.book = book
        if not self.dirty:
            self._rebuild()

    def _rebuild(self) -> None:
        assert self.book is not None
        self.rows = meeting_rows(self.book, self.day.value())
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(self.rows) + 1)
        for r, row in enumerate(self.rows):
            arrears = row.wajib_arrears + row.instalment_arrears
            values = (f"{row.member}  {row.name}", row.wajib_due, row.instalment_due, arrears)
            for c, value in enumerate(values):
                item = cell(value, money=c > 0)
                item.setBackground(QBrush(QColor("#eef1f4")))
                self.grid.setItem(r, c, item)
            tip = tr("Pinjaman {0}; paling banyak {1}").format(row.loan, rupiah(row.most)) if row.loan else ""
            self._item(r, 2).setToolTip(tip)
            if arrears:
                self._item(r, 3).setForeground(QBrush(QColor(REFUSAL_RED)))
            for c in TYPED:
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, item)
            total = cell(0, money=True)
            total.setBackground(QBrush(QColor("#f4f8fb")))
            self.grid.setItem(r, COL_TOTAL, total)
        last = len(self.rows)
        bold = QFont(self.grid.font())
        bold.setBold(True)
        for c in range(8):
            item = cell(tr("Jumlah") if c == 0 else 0, money=c > 0)
            item.setFont(bold)
            self.grid.setItem(last, c, item)
        self.grid.blockSignals(False)
        self.grid.resizeRowsToContents()  # a long name on two lines
        self.dirty = False
        self._totals()
        done = recorded_on(self.book, self.day.value())
        self.already.setText(tr("Sudah tercatat di buku untuk tanggal ini: {0} dari {1} anggota").format(
            rupiah(sum(p.total for p in done.values())), len(done)) if done else "")
        if self.rows:
            self.grid.setCurrentCell(0, COL_WAJIB)

    def _item(self, row: int, col: int) -> QTableWidgetItem:
        item = self.grid.item(row, col)
        assert item is not None, (row, col)
        return item

    def _day_changed(self, _qdate: object) -> None:
        if self.book is None:
            return
        if self.dirty and not ask(self, tr("Ganti tanggal"),
                                  tr("Isian pertemuan belum disimpan. Ganti tanggal dan kosongkan isian?")):
            return
        self._rebuild()

    def set_paid(self, member: str, wajib: int = 0, instalment: int = 0, sukarela: int = 0) -> None:
        """Type one member's payments into the grid (as the keyboard would)."""
        r = next(i for i, row in enumerate(self.rows) if row.member == member)
        for col, value in ((COL_WAJIB, wajib), (COL_INSTALMENT, instalment), (COL_SUKARELA, sukarela)):
            self._item(r, col).setText(number(value) if value else "")

    def fill_expected(self) -> None:
        for row in self.rows:
            self.set_paid(row.member, row.wajib_due, row.instalment_due, self._amount(row.member, COL_SUKARELA))

    def clear_asked(self) -> None:
        """Kosongkan: typed payments are cleared only after she says so."""
        if self.dirty and not ask(self, tr("Kosongkan isian?"),
                                  tr("Isian pertemuan belum disimpan. Kosongkan semua isian?")):
            return
        self.clear()

    def clear(self) -> None:
        for row in self.rows:
            self.set_paid(row.member)
        self.dirty = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the grid (not inside a cell being edited): Delete or Backspace empties the selected typed cells,
        Enter goes on to the next amount to type, Ctrl+V pastes amounts copied from a spreadsheet."""
        if watched is self.grid and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                for item in self.grid.selectedItems() or [self.grid.currentItem()]:
                    if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                        item.setText("")
                return True
            editing = self.grid.state() == QAbstractItemView.State.EditingState  # the editor's Enter, passed on
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
                self.next_amount()
                return True
            if event.matches(QKeySequence.StandardKey.Paste) and not editing:
                self.paste(QGuiApplication.clipboard().text())
                return True
        return super().eventFilter(watched, event)

    def paste(self, text: str) -> None:
        """Amounts pasted from a spreadsheet: each line one member, from the chosen row down; each figure of a
        line (tab-separated) the next payment column from the chosen one. Each is checked as if typed (a word
        is marked red and blocks Simpan)."""
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        if not 0 <= row < len(self.rows) or col not in TYPED:
            self.shell.say(tr("Pilih dulu kolom bayar (wajib, angsuran atau sukarela) tempat menempel"))
            return
        for r, line in enumerate(text.rstrip("\r\n").splitlines()[:len(self.rows) - row], start=row):
            for c, figure in zip(TYPED[TYPED.index(col):], line.split("\t"), strict=False):
                self._item(r, c).setText(figure.strip())

    def _edited(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter in a cell being typed saves it into the grid and goes on, as the hint above the grid says (the
        next figure typed used to replace this one: 10.000 wajib became 172.500 wajib)."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.next_amount()

    def next_amount(self) -> None:
        """The next cell to type in: this member's next payment column, then the next member's first."""
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        later = [c for c in TYPED if c > col]
        if later:
            self.grid.setCurrentCell(row, later[0])
        elif row + 1 < len(self.rows):
            self.grid.setCurrentCell(row + 1, TYPED[0])

    def _amount(self, member: str, col: int) -> int:
        r = next(i for i, row in enumerate(self.rows) if row.member == member)
        return self._read(self._item(r, col).text())[0]

    def _typed(self, item: QTableWidgetItem) -> None:
        if item.column() not in TYPED or item.row() >= len(self.rows):
            return
        self.dirty = True
        self.grid.blockSignals(True)
        value, wrong = self._read(item.text())
        item.setBackground(BAD if wrong else QBrush())
        item.setToolTip(wrong or "")
        if not wrong:
            item.setText(number(value) if value else "")
        self.grid.blockSignals(False)
        self._totals()

    def _read(self, text: str) -> tuple[int, str | None]:
        """A typed cell's amount, and why it cannot be saved (then the amount counts as 0): not an amount, or
        above the group's typing guard (rules §2 ``max_amount``: Rp 999 triliun typed by a slip)."""
        try:
            value = parse_rupiah(text)
        except ValueError:
            return 0, tr("\"{0}\" bukan jumlah rupiah; tulis misalnya 10.000").format(text)
        limit = self.book.rules.max_amount if self.book is not None else Rules().max_amount
        if value > limit:
            return 0, tr("{0} lebih dari {1}: salah ketik?").format(rupiah(value), rupiah(limit))
        return value, None

    def _totals(self) -> None:
        paid = self.paid()
        last = len(self.rows)
        sums = [sum(r.wajib_due for r in self.rows), sum(r.instalment_due for r in self.rows),
                sum(r.wajib_arrears + r.instalment_arrears for r in self.rows),
                sum(p.wajib for p in paid.values()), sum(p.instalment for p in paid.values()),
                sum(p.sukarela for p in paid.values()), sum(p.total for p in paid.values())]
        self.grid.blockSignals(True)
        for r, row in enumerate(self.rows):
            self._item(r, COL_TOTAL).setText(rupiah(paid.get(row.member, Paid()).total))
        for c, value in enumerate(sums, start=1):
            self._item(last, c).setText(rupiah(value))
        self.grid.blockSignals(False)
        self.totals.setText(tr("Uang masuk di pertemuan ini: {0}").format(rupiah(sums[-1])))

    def paid(self) -> dict[str, Paid]:
        """What each member paid, as typed (a cell that cannot be saved counts as 0 and blocks saving)."""
        return {row.member: Paid(self._amount(row.member, COL_WAJIB), self._amount(row.member, COL_INSTALMENT),
                                 self._amount(row.member, COL_SUKARELA)) for row in self.rows}

    def unreadable(self) -> list[str]:
        """Each typed cell that cannot be saved, with its member and why."""
        return [f"{row.member}: {wrong}" for r, row in enumerate(self.rows)
                for col in TYPED if (wrong := self._read(self._item(r, col).text())[1])]

    # -- saving -----------------------------------------------------------------------------------
    def unsaved(self) -> bool:
        return self.dirty and any(p.total for p in self.paid().values())

    def forget(self) -> None:
        self.clear()

    def save(self) -> None:
        if self.book is None or self.busy:  # Ctrl+S again while the first Simpan is on its way: one save
            return
        bad = self.unreadable()
        if bad:
            self._refuse(bad)
            return
        day = self.day.value()
        planned, problems = plan_meeting(self.book.name, day, self.rows, self.paid(), new_id)
        names = {row.member: f"{row.member} {row.name}" for row in self.rows}
        reasons = [f"{names[m]}: {why}" for m, why in problems]
        if not planned and not reasons:
            self.shell.say(tr("Belum ada pembayaran yang diisi"))
            return
        role = self.desk.role

        def checked(found: object) -> None:
            assert isinstance(found, list)
            all_reasons = reasons + [f"{names[planned[i].member]} — {planned[i].what}: {why}" for i, why in found]
            flagged = {m for m, _ in problems} | {planned[i].member for i, _ in found}
            self._flag(flagged)
            if all_reasons:
                self._refuse(all_reasons)
                return
            self.post([p.raw for p in planned], tr("Pertemuan {0} disimpan: {1} transaksi").format(
                tanggal(day), len(planned)), describe=lambda i: self._describe(planned, i, names),
                after=self._saved)

        def failed(exc: Exception) -> None:
            self.busy = False
            self.save_button.setEnabled(True)
            present_error(self, exc)

        def done(found: object) -> None:
            self.busy = False
            self.save_button.setEnabled(True)
            checked(found)

        self.busy = True
        self.save_button.setEnabled(False)
        worker.start(lambda _p: refusals(self.desk.events(), [p.raw for p in planned], role), done, failed)

    @staticmethod
    def _describe(planned: list[Planned], index: int, names: dict[str, str]) -> str:
        return f"{names[planned[index].member]} — {planned[index].what}" if 0 <= index < len(planned) else ""

    def _flag(self, members: set[str]) -> None:
        for r, row in enumerate(self.rows):
            self._item(r, 0).setBackground(FLAGGED if row.member in members else QBrush(QColor("#eef1f4")))

    def _refuse(self, reasons: list[str]) -> None:
        self.refused.emit(reasons)
        self.dialog = ReasonsDialog(tr("Pertemuan belum disimpan"),
                                    tr("Tidak ada yang disimpan. Perbaiki baris berikut, lalu Simpan lagi:"),
                                    reasons, self)
        self.dialog.open()

    def _saved(self) -> None:
        self.dirty = False

    # -- closing the month --------------------------------------------------------------------------
    def close_month(self) -> None:
        if self.book is None:
            return
        if self.unsaved():
            self._refuse([tr("Simpan dulu isian pertemuan sebelum menutup bulan.")])
            return
        start_close(self, self.book, self._keep)

    def _keep(self, dialog: QDialog) -> None:
        self.dialog = dialog
