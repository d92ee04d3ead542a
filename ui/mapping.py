"""Pemetaan: the group's profile (what binds it), every member's assessments over time (recorded on the
member form), and — the facilitator only — members linked to partners with status and outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout

from kasbuku.formatting import rupiah, tanggal
from ledger.rules.book import GroupBook
from ledger.rules.profiles import LINKAGE_STATUS, Linkage
from ledger.views.economy import assessments
from ledger.views.mapping import group_linkages
from ledger.views.statements.common import member_name
from ui.page import Page, Shell
from ui.widgets import N_, DateEdit, FormDialog, Table, button_row, heading, hint, member_combo, tr

BINDS = (N_("bertetangga"), N_("usaha sejenis"), N_("kerabat"), N_("kelompok pengajian atau arisan"),
         N_("penerima program yang sama"))
PARTNERS = (N_("Disnaker (pelatihan)"), N_("Bank (KUR)"), N_("Pemda / Dinas Koperasi UKM"), N_("Dinas Sosial"),
            N_("usaha swasta (pembeli tetap)"))


class GroupProfileDialog(FormDialog):
    """What binds the group (neighbours, the same trade, …), with notes; dated like every assessment."""

    def __init__(self, page: Page, book: GroupBook) -> None:
        super().__init__(tr("Profil kelompok"), page)
        self.binds = QComboBox()
        self.binds.setEditable(True)
        self.binds.addItems([tr(b) for b in BINDS])
        self.binds.setCurrentText(str(book.group_profile.get("binds", "")))
        self.form.addRow(tr("Yang mengikat kelompok:"), self.binds)
        self.notes = QLineEdit(str(book.group_profile.get("notes", "")))
        self.form.addRow(tr("Catatan:"), self.notes)
        self.day = DateEdit(page.on)
        self.form.addRow(tr("Tanggal asesmen:"), self.day)
        self.finish()

    def problem(self) -> str:
        return "" if self.binds.currentText().strip() else tr("Tulis apa yang mengikat kelompok.")

    def as_event(self) -> dict[str, Any]:
        raw = {"type": "group.profile", "date": self.day.value().isoformat(), "binds": self.binds.currentText().strip()}
        return {**raw, "notes": self.notes.text().strip()} if self.notes.text().strip() else raw


class LinkageDialog(FormDialog):
    """Propose a member to a partner, or record how a linkage went (one record per member and partner)."""

    def __init__(self, page: Page, book: GroupBook, current: Linkage | None) -> None:
        super().__init__(tr("Keterkaitan dengan mitra"), page)
        self.member = member_combo(book, active=False)
        self.form.addRow(tr("Anggota:"), self.member)
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.addItems([tr(p) for p in PARTNERS])
        self.partner.setCurrentText("")
        self.form.addRow(tr("Mitra:"), self.partner)
        self.status = QComboBox()
        self.status.addItems(list(LINKAGE_STATUS))
        self.form.addRow(tr("Status:"), self.status)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(tr("misalnya ikut pelatihan menjahit, KUR Rp 10 juta disetujui"))
        self.form.addRow(tr("Hasil:"), self.outcome)
        self.day = DateEdit(page.on)
        self.form.addRow(tr("Tanggal:"), self.day)
        if current is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(current.member)))
            self.partner.setCurrentText(current.partner)
            self.status.setCurrentText(current.status)
            self.outcome.setText(current.outcome)
        self.finish()

    def problem(self) -> str:
        return "" if self.partner.currentText().strip() else tr("Tulis nama mitranya.")

    def as_event(self) -> dict[str, Any]:
        raw = {"type": "member.linkage", "date": self.day.value().isoformat(), "member": self.member.currentData(),
               "partner": self.partner.currentText().strip(), "status": self.status.currentText()}
        return {**raw, "outcome": self.outcome.text().strip()} if self.outcome.text().strip() else raw


class MappingTab(Page):
    title = N_("Pemetaan")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.links: list[Linkage] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.profile = heading("", 12)
        top.addWidget(self.profile, 1)
        row, _buttons = button_row([(tr("Profil kelompok…"), self.group_profile)])
        top.addLayout(row)
        layout.addLayout(top)
        layout.addWidget(hint(tr("Usaha tiap anggota dicatat di layar Anggota (Ubah…); setiap asesmen disimpan "
                                 "dengan tanggalnya sehingga perkembangannya terlihat di sini.")))
        self.assessed = Table([tr("Anggota"), tr("Tanggal"), tr("Sektor"), tr("Jenis usaha"), tr("Omzet/bulan"),
                               tr("Perubahan omzet"), tr("Kebutuhan"), tr("Masalah")], money_columns=[4])
        layout.addWidget(self.assessed, 3)
        links_top = QHBoxLayout()
        links_top.addWidget(heading(tr("Keterkaitan dengan mitra"), 12), 1)
        row, buttons = button_row([(tr("Usulkan ke mitra…"), lambda: self.link(None)),
                                   (tr("Catat hasil…"), self.link_selected)])
        self.link_buttons = buttons
        links_top.addLayout(row)
        layout.addLayout(links_top)
        self.linkages = Table([tr("Anggota"), tr("Mitra"), tr("Status"), tr("Sejak"), tr("Diubah"), tr("Hasil")])
        layout.addWidget(self.linkages, 2)
        self.only_facilitator = hint(tr("Keterkaitan dengan mitra dicatat oleh pendamping."))
        layout.addWidget(self.only_facilitator)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        gp = book.group_profile
        self.profile.setText(tr("Yang mengikat kelompok: {0} ({1})").format(gp["binds"], tanggal(gp["assessed"]))
                             if gp else tr("Profil kelompok belum dicatat"))
        self.assessed.fill([(f"{a.member} {a.name}", a.profile.assessed, a.profile.sector, a.profile.product,
                             a.profile.turnover, _change(a.turnover_change), ", ".join(a.profile.needs),
                             a.profile.problems) for a in assessments(book)])
        self.links = group_linkages(book)
        self.linkages.fill([(member_name(book, ln.member), ln.partner, ln.status, ln.history[0][0],
                             ln.history[-1][0], ln.outcome) for ln in self.links])
        for button in self.link_buttons:
            button.setEnabled(self.desk.facilitator)
        self.only_facilitator.setVisible(not self.desk.facilitator)

    def group_profile(self) -> None:
        if self.book is not None:
            self.open_form(GroupProfileDialog(self, self.book), tr("Profil kelompok dicatat"))

    def link(self, current: Linkage | None) -> None:
        if self.book is not None and self.desk.facilitator:
            self.open_form(LinkageDialog(self, self.book, current), tr("Keterkaitan dengan mitra dicatat"))

    def link_selected(self) -> None:
        index = self.linkages.current()
        if 0 <= index < len(self.links):
            self.link(self.links[index])
        else:
            self.shell.say(tr("Pilih dulu baris keterkaitan yang akan dicatat hasilnya"))


def _change(amount: int | None) -> str:
    if amount is None:
        return tr("asesmen pertama")
    return ("+" if amount > 0 else "") + rupiah(amount) if amount else tr("tetap")
