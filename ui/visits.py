"""Pendampingan: the facilitator's visit log per group (who came, what was checked, findings, follow-ups
with a due date). Kept in memory for now: the book has no table for visits yet (see VisitLog)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledger.book import GroupBook
from ledger.visits import CHECKS, FollowUp, OpenFollowUp, Visit, open_follow_ups, problems
from ui.page import Page, Shell
from ui.widgets import N_, DateEdit, Table, heading, hint, tr


class VisitLog:
    """The visits of this window's session. TODO(lead): persist as a ``visits`` table (see the report)."""

    def __init__(self) -> None:
        self.visits: list[Visit] = []

    def add(self, visit: Visit) -> None:
        self.visits.append(visit)

    def of(self, group: str) -> list[Visit]:
        return sorted((v for v in self.visits if v.group == group), key=lambda v: v.day, reverse=True)

    def open_for(self, group: str, on: date) -> list[OpenFollowUp]:
        return open_follow_ups(self.visits, group, on)


class VisitsPage(Page):
    title = N_("Pendampingan")

    def __init__(self, shell: Shell, log: VisitLog) -> None:
        super().__init__(shell)
        self.log = log
        self.book: GroupBook | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(heading(tr("Kunjungan pendamping"), 16))
        left.addWidget(hint(tr("Catatan kunjungan belum tersimpan di buku (hanya selama kasbuku terbuka); "
                               "penyimpanannya menyusul.")))
        self.visits = Table([tr("Tanggal"), tr("Pendamping"), tr("Temuan")])
        left.addWidget(self.visits, 1)
        left.addWidget(heading(tr("Tindak lanjut yang belum selesai"), 12))
        self.open = Table([tr("Tindak lanjut"), tr("Batas"), tr("Kunjungan")])
        left.addWidget(self.open, 1)
        self.done_button = QPushButton(tr("Tandai selesai"))
        self.done_button.clicked.connect(self.mark_done)
        left.addWidget(self.done_button)
        layout.addLayout(left, 1)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(heading(tr("Kunjungan baru"), 13))
        self.day = DateEdit(self.on)
        form.addRow(tr("Tanggal:"), self.day)
        self.facilitator = QLineEdit()
        form.addRow(tr("Pendamping:"), self.facilitator)
        self.attendees = QLineEdit()
        self.attendees.setPlaceholderText(tr("kode anggota, dipisah koma: A01, A02"))
        form.addRow(tr("Yang hadir:"), self.attendees)
        checks = QGridLayout()
        self.checks = {name: QCheckBox(tr(name)) for name in CHECKS}
        for i, box in enumerate(self.checks.values()):
            checks.addWidget(box, i // 2, i % 2)
        form.addRow(tr("Yang diperiksa:"), checks)
        self.findings = QPlainTextEdit()
        self.findings.setFixedHeight(80)
        form.addRow(tr("Temuan:"), self.findings)
        self.follow_up = QLineEdit()
        form.addRow(tr("Tindak lanjut:"), self.follow_up)
        self.due = DateEdit(self.on + timedelta(days=30))
        form.addRow(tr("Batas waktu:"), self.due)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b03a2e;")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        save = QPushButton(tr("Simpan kunjungan"))
        save.clicked.connect(self.save)
        form.addRow(save)
        layout.addWidget(form_box, 1)

    def visit(self) -> Visit:
        assert self.book is not None
        follow = [FollowUp(self.follow_up.text().strip(), self.due.value())] if self.follow_up.text().strip() else []
        return Visit(group=self.book.name, day=self.day.value(), facilitator=self.facilitator.text().strip(),
                     attendees=[a.strip() for a in self.attendees.text().split(",") if a.strip()],
                     checked=[name for name, box in self.checks.items() if box.isChecked()],
                     findings=self.findings.toPlainText().strip(), follow_ups=follow)

    def save(self) -> None:
        if self.book is None:
            return
        visit = self.visit()
        found = problems(visit)
        if found:
            self.message.setText("; ".join(found))
            return
        self.log.add(visit)
        self.forget()
        self.show_book(self.book)
        self.shell.say(tr("Kunjungan dicatat"))

    def show_book(self, book: GroupBook) -> None:
        if self.book is None or self.book.name != book.name:
            self.day.set_value(self.on)
            self.due.set_value(self.on + timedelta(days=30))
        self.book = book
        self.visits.fill([(v.day, v.facilitator, v.findings) for v in self.log.of(book.name)])
        self.pending = [(v, f) for v in self.log.of(book.name) for f in v.follow_ups if not f.done]
        self.open.fill([(("⚠ " if f.due < self.on else "") + f.what, f.due, v.day) for v, f in self.pending])

    def mark_done(self) -> None:
        index = self.open.current()
        if self.book is not None and 0 <= index < len(self.pending):
            self.pending[index][1].done = True
            self.show_book(self.book)

    def unsaved(self) -> bool:
        return bool(self.findings.toPlainText().strip() or self.follow_up.text().strip())

    def forget(self) -> None:
        self.findings.clear()
        self.follow_up.clear()
        self.attendees.clear()
        self.message.setText("")
        for box in self.checks.values():
            box.setChecked(False)
