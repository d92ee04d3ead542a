"""Pendampingan: the facilitator's visit log of a group (who came, what was checked, findings, follow-ups
with a due date) recorded as ``visit.record`` events; a follow-up is marked done with ``visit.followup_done``."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledger.rules.book import GroupBook
from ledger.rules.visits import FollowUp, open_followups, visits_newest_first
from ui.page import Page, Shell
from ui.widgets import N_, DateEdit, Table, heading, hint, refusal_label, tr

CHECKS = (N_("buku kas"), N_("simpanan"), N_("pinjaman dan tunggakan"), N_("tanggung renteng"),
          N_("dana bergulir"), N_("usaha anggota"), N_("pertemuan kelompok"))


class VisitsPage(Page):
    title = N_("Pendampingan")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.pending: list[FollowUp] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(heading(tr("Kunjungan pendamping"), 16))
        self.visits = Table([tr("Tanggal"), tr("Pendamping"), tr("Yang diperiksa"), tr("Temuan")], wrap=3)
        left.addWidget(self.visits, 1)
        left.addWidget(heading(tr("Tindak lanjut yang belum selesai"), 12))
        self.open = Table([tr("Tindak lanjut"), tr("Batas")], wrap=0)
        left.addWidget(self.open, 1)
        self.done_button = QPushButton(tr("Tandai selesai"))
        self.done_button.clicked.connect(self.mark_done)
        left.addWidget(self.done_button)
        layout.addLayout(left, 1)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
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
        self.message = refusal_label()
        form.addRow(self.message)
        self.save_button = QPushButton(tr("Simpan kunjungan"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)
        layout.addWidget(self.form_box, 1)
        self.only_facilitator = hint(tr("Kunjungan dicatat oleh pendamping."))
        form.addRow(self.only_facilitator)

    def show_book(self, book: GroupBook) -> None:
        if self.book is None or self.book.name != book.name:
            self.day.set_value(self.on)
            self.due.set_value(self.on + timedelta(days=30))
        self.book = book
        self.visits.fill([(v.date, v.facilitator, v.checked, v.findings) for v in visits_newest_first(book)])
        self.pending = open_followups(book)
        self.open.fill([(("⚠ " if f.due < self.on else "") + f.what, f.due) for f in self.pending])
        facilitator = self.desk.facilitator
        self.save_button.setEnabled(facilitator)
        self.only_facilitator.setVisible(not facilitator)

    def record(self) -> dict[str, Any]:
        """The ``visit.record`` of the form (checked items joined with commas)."""
        assert self.book is not None
        raw: dict[str, Any] = {"type": "visit.record", "date": self.day.value().isoformat(), "group": self.book.name,
                               "facilitator": self.facilitator.text().strip(),
                               "checked": ", ".join(n for n, box in self.checks.items() if box.isChecked())}
        for key, value in (("attendees", self.attendees.text().strip()),
                           ("findings", self.findings.toPlainText().strip())):
            if value:
                raw[key] = value
        if self.follow_up.text().strip():
            raw["followups"] = [{"what": self.follow_up.text().strip(), "due": self.due.value().isoformat()}]
        return raw

    def save(self) -> None:
        if self.book is None:
            return
        missing = [text for text, bad in ((tr("nama pendamping"), not self.facilitator.text().strip()),
                                          (tr("yang diperiksa"), not any(b.isChecked() for b in self.checks.values())))
                   if bad]
        if missing:
            self.message.setText(tr("Belum diisi: {0}").format(", ".join(missing)))
            return
        unknown = [code for code in (c.strip() for c in self.attendees.text().split(","))
                   if code and not self.book.has_member(code)]
        if unknown:
            self.message.setText(tr("Bukan kode anggota kelompok ini: {0}").format(", ".join(unknown)))
            return
        self.message.setText("")
        self.post([self.record()], tr("Kunjungan dicatat"), after=self.forget)

    def mark_done(self) -> None:
        index = self.open.current()
        if self.book is not None and 0 <= index < len(self.pending):
            self.post([{"type": "visit.followup_done", "date": self.on.isoformat(), "group": self.book.name,
                        "followup": self.pending[index].id}], tr("Tindak lanjut ditandai selesai"))

    def unsaved(self) -> bool:
        return bool(self.findings.toPlainText().strip() or self.follow_up.text().strip())

    def forget(self) -> None:
        self.findings.clear()
        self.follow_up.clear()
        self.attendees.clear()
        self.message.setText("")
        for box in self.checks.values():
            box.setChecked(False)
