"""Dana bergulir: the fund's figures (§7 identity), the current round and who is still waiting, the
rotation so far, grants received and passed on (with the obligation still to pass on)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from kasbuku.formatting import rupiah, tanggal
from ledger.rules import revolving_grant
from ledger.rules.book import GroupBook
from ledger.views.statements.group import grant_history, grant_position
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
    refusal_label,
    save_cancel,
    tr,
)


class GrantDialog(GuardedDialog):
    """Receive a grant (source, document) or pass part of the fund on (recipient, document)."""

    def __init__(self, title: str, who_label: str, groups: list[str], page: Page) -> None:
        super().__init__(page)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.amount = MoneyEdit(0)
        form.addRow(tr("Jumlah:"), self.amount)
        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.addItems(groups)
        self.who.setCurrentText("")
        form.addRow(who_label, self.who)
        self.document = QLineEdit()
        form.addRow(tr("Nomor dokumen:"), self.document)
        self.day = DateEdit(page.on)
        form.addRow(tr("Tanggal:"), self.day)
        self.who_label = who_label.rstrip(":").lower()
        self.message = refusal_label()
        form.addRow(self.message)
        form.addRow(save_cancel(self, self.check))

    def problem(self) -> str:
        """What is missing, in plain words ('' when it may be saved)."""
        if not self.amount.valid():
            return self.amount.problem()
        if not self.amount.value():
            return tr("Jumlah belum diisi.")
        if not self.who.currentText().strip():
            return tr("Isi dulu {0}.").format(self.who_label)
        return ""

    def check(self) -> None:
        self.message.setText(self.problem())
        if not self.message.text():
            self.accept()


class GrantPage(Page):
    title = N_("Dana bergulir")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(((tr("Terima dana…"), self.receive), (tr("Gulirkan…"), self.pass_on),
                                     (tr("Anggota menolak giliran…"), self.decline)), tr("Dana bergulir"))[0])
        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        for i, (key, label) in enumerate((
                ("received", N_("Diterima")), ("passed_on", N_("Sudah digulirkan")),
                ("written_off", N_("Dihapusbukukan")), ("cash", N_("Kas dana bergulir")),
                ("loans_outstanding", N_("Dipinjam anggota")), ("still", N_("Masih harus digulirkan")))):
            grid.addWidget(QLabel(tr(label) + ":"), i // 3, (i % 3) * 2)
            self.figures[key] = heading("", 12)
            grid.addWidget(self.figures[key], i // 3, (i % 3) * 2 + 1)
        layout.addLayout(grid)
        self.round = heading("", 13)
        layout.addWidget(self.round)
        layout.addWidget(hint(tr("Dalam satu putaran, pinjaman dana bergulir hanya untuk anggota yang belum "
                                 "mendapat giliran. Putaran berikutnya mulai setelah semua anggota mendapat "
                                 "giliran atau menolak.")))
        row = QHBoxLayout()
        self.history = Table([tr("Putaran"), tr("Anggota"), tr("Giliran"), tr("Tanggal")], wrap=1)
        row.addWidget(self.history, 2)  # the moves need the room of a document number and a source
        self.moves = Table([tr("Tanggal"), tr("Jumlah"), tr("Dokumen"), tr("Keterangan")], money_columns=[1], wrap=3)
        row.addWidget(self.moves, 3)
        layout.addLayout(row, 1)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        figures: dict[str, Any] = revolving_grant.figures(book)
        duty = revolving_grant.obligation(book)
        figures["still"] = duty["still"]
        for key, label in self.figures.items():
            label.setText(rupiah(figures[key]))
        if duty["due"] and duty["still"]:
            self.figures["still"].setText(tr("{0} paling lambat {1}").format(rupiah(duty["still"]),
                                                                             tanggal(duty["due"])))
        position, past = grant_position(book), grant_history(book)  # the same figures as the bergulir paper
        names = ", ".join(position.waiting) or tr("tidak ada")
        self.round.setText(tr("Putaran {0} — menunggu giliran: {1}").format(position.round, names)
                           if book.rules.rotation else tr("Aturan giliran tidak dipakai kelompok ini."))
        self.history.fill([(line.round, line.member, tr(line.what), line.day) for line in reversed(past.rounds)])
        moves: list[tuple[date, int, str, str]] = [
            (day, amount, document, tr("diterima dari {0}").format(source))
            for day, source, document, amount in past.receipts]
        moves += [(day, -amount, document, tr("digulirkan ke {0}").format(to))
                  for day, to, document, amount in past.pass_ons]
        moves.sort(key=lambda m: m[0], reverse=True)
        self.moves.fill(moves)

    def _groups(self) -> list[str]:
        assert self.book is not None
        return [g for g in self.desk.groups() if g != self.book.name]

    def receive(self) -> None:
        if self.book is None:
            return
        dialog = GrantDialog(tr("Terima dana bergulir"), tr("Sumber (Kemensos, Dinsos, Baznas…):"), [], self)
        name = self.book.name

        def save() -> None:
            event: dict[str, Any] = {"type": "grant.receive", "date": dialog.day.value().isoformat(),
                                     "group": name, "amount": dialog.amount.value(),
                                     "source": dialog.who.currentText().strip()}
            if dialog.document.text().strip():
                event["document"] = dialog.document.text().strip()
            self.post([event], tr("Dana bergulir {0} diterima").format(rupiah(dialog.amount.value())), form=dialog)

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def pass_on(self) -> None:
        if self.book is None:
            return
        groups = self._groups()
        dialog = GrantDialog(tr("Gulirkan dana"), tr("Penerima (kelompok atau nama):"), groups, self)
        name = self.book.name

        def save() -> None:
            who = dialog.who.currentText().strip()
            event: dict[str, Any] = {"type": "grant.pass_on", "date": dialog.day.value().isoformat(),
                                     "group": name, "amount": dialog.amount.value(),
                                     ("to_group" if who in groups else "to"): who}
            if dialog.document.text().strip():
                event["document"] = dialog.document.text().strip()
            self.post([event], tr("{0} digulirkan ke {1}").format(rupiah(dialog.amount.value()), who), form=dialog)

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def decline(self) -> None:
        if self.book is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Anggota menolak giliran"))
        dialog.setMinimumWidth(480)  # a long name shown whole
        form = QFormLayout(dialog)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        who = QComboBox()
        for m in revolving_grant.waiting(self.book):
            who.addItem(f"{m.code} {m.name}", m.code)
        form.addRow(tr("Anggota:"), who)
        form.addRow(save_cancel(dialog, dialog.accept))
        name = self.book.name
        dialog.accepted.connect(lambda: self.post(
            [{"type": "grant.decline", "date": self.on.isoformat(), "group": name, "member": who.currentData()}],
            tr("Penolakan giliran dicatat")) if who.currentData() else None)
        self.dialog = dialog
        dialog.open()
