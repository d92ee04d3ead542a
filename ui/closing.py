"""Tutup buku: the month close with its tanggung-renteng preview (computed in memory, nothing saved until
she confirms), the list of closed months, and the facilitator-only reopening with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import bulan, rupiah, tanggal
from ledger.model.calendar import month_end, month_start
from ledger.rules.book import GroupBook
from ledger.rules.closing import next_to_close
from ledger.rules.shu import year_to_allocate
from ledger.services.meeting import preview_close
from ledger.views.meeting import ClosePreview, close_day
from ledger.views.statements.common import member_name
from ledger.views.statements.group import close_lines
from ui import worker
from ui.page import Page, Shell
from ui.shu_rules import ShuRulesDialog
from ui.widgets import N_, GuardedDialog, Table, ask, heading, hint, present_error, refusal_label, save_cancel, tr

SOURCES = {"cash": N_("tunai di pertemuan"), "sukarela": N_("dari simpanan sukarela"),
           "reserve": N_("dari cadangan TR")}


class CloseDialog(QDialog):
    """What the close of a month will do: the TR shares to collect, then close on confirmation."""

    def __init__(self, preview: ClosePreview, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(tr("Tutup buku {0}").format(bulan(preview.month)))
        self.setMinimumWidth(760)
        outer = QVBoxLayout(self)
        body = QWidget()
        layout = QVBoxLayout(body)  # scrolls as a whole: nothing is drawn over the table at a small size
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout.addWidget(heading(tr("Tutup buku {0} (tanggal {1})").format(
            bulan(preview.month), tanggal(preview.day)), 15))
        buttons = save_cancel(self, self.accept, tr("Tutup bulan {0}").format(bulan(preview.month)))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)  # Enter alone must not lock a month
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setAutoDefault(False)
        if preview.refusal:
            layout.addWidget(refusal_label(tr("Bulan ini belum dapat ditutup: {0}").format(preview.refusal)))
            self.ok.setEnabled(False)
        elif preview.shares:
            layout.addWidget(hint(tr("Angsuran yang belum dibayar sampai tutup buku ditanggung bersama "
                                     "(tanggung renteng). Tagih bagian ini di pertemuan:")))
            table = Table([tr("Penanggung"), tr("Menanggung untuk").replace(" ", "\n", 1), tr("Jumlah"), tr("Cara")],
                          money_columns=[2], wrap=1)
            table.fill([(names.get(s.coverer, tr("cadangan TR")), names.get(s.defaulter, s.defaulter), s.amount,
                         tr(SOURCES[s.source])) for s in preview.shares])
            table.setMinimumHeight(min(360, 40 + 32 * len(preview.shares)))
            layout.addWidget(table, 1)
            per: dict[str, int] = {}
            for share in preview.shares:
                per[share.coverer] = per.get(share.coverer, 0) + share.amount
            totals = Table([tr("Penanggung"), tr("Jumlah bagiannya")], money_columns=[1])
            totals.fill([(names.get(code, tr("cadangan TR")), amount) for code, amount in per.items()])
            totals.setMinimumHeight(min(240, 40 + 32 * len(per)))
            layout.addWidget(heading(tr("Jumlah per penanggung"), 12))
            layout.addWidget(totals)
            layout.addWidget(heading(tr("Uang tunai yang harus dikumpulkan: {0}").format(
                rupiah(preview.cash_to_collect)), 12))
        elif not preview.uncovered:
            layout.addWidget(hint(tr("Semua angsuran yang jatuh tempo sudah dibayar: tidak ada tanggung "
                                     "renteng bulan ini.")))
        if preview.uncovered:
            lines = ", ".join(f"{names.get(m, m)} {rupiah(v)}" for m, v in preview.uncovered.items())
            layout.addWidget(refusal_label(tr("Tidak ada penanggung untuk: {0}. Kelompok akan diblokir (tidak "
                                              "ada pencairan baru) sampai tunggakan itu lunas.").format(lines)))
        last_day = month_end(preview.month)
        if preview.day < last_day and not preview.refusal:
            after = tanggal(preview.day + timedelta(days=1))
            warning = tr("Bulan {0} belum berakhir. Sesudah ditutup hari ini, pembayaran tanggal {1} sampai {2} "
                         "tidak dapat dicatat lagi, dan angsuran yang jatuh tempo sesudah hari ini tidak ikut "
                         "ditanggung renteng. Sebaiknya tutup sesudah pertemuan terakhir bulan ini.")
            layout.addWidget(refusal_label(warning.format(bulan(preview.month), after, tanggal(last_day))))
        layout.addWidget(hint(tr("Sesudah ditutup, transaksi bertanggal di bulan ini tidak dapat dicatat lagi; "
                                 "hanya pendamping yang dapat membukanya kembali.")))
        layout.addStretch(1)
        outer.addWidget(buttons)



def start_close(page: Page, book: GroupBook, opened: Callable[[CloseDialog], None]) -> None:
    """Compute the close preview in the background, then show it; confirming posts ``month.close``."""
    if page.busy:  # a double click on "Tutup bulan": one preview, one dialog
        return
    page.busy = True
    month = next_to_close(book)
    day = close_day(month, page.on)
    names: dict[str, str] = {m.code: member_name(book, m.code) for m in book.members_in_order()}
    role = page.desk.role

    def done(preview: object) -> None:
        page.busy = False
        assert isinstance(preview, ClosePreview)
        dialog = CloseDialog(preview, names, page)

        def copy() -> None:  # a closed month is a natural restore point
            worker.start(lambda _p: page.desk.safety_copy("tutup"), lambda _made: None,
                         lambda exc: page.shell.say(tr("Cadangan otomatis gagal: {0}").format(exc)))

        dialog.accepted.connect(lambda: page.post(
            [{"type": "month.close", "date": day.isoformat(), "group": book.name, "month": month}],
            tr("Bulan {0} ditutup").format(bulan(month)), after=copy))
        opened(dialog)
        dialog.open()

    def failed(exc: Exception) -> None:
        page.busy = False
        present_error(page, exc)

    worker.start(lambda _p: preview_close(page.desk.events(), month, day, role), done, failed)


class ReasonDialog(GuardedDialog):
    """A reason typed before a facilitator-only or corrective step (reopen, reversal): Escape with a reason
    typed asks first, and a refusal brings it back with the reason typed."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QLineEdit()
        layout.addWidget(self.reason)
        self.message = refusal_label()
        layout.addWidget(self.message)
        buttons = save_cancel(self, self.accept, tr("Lanjutkan"))
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)


class ClosingPage(Page):
    title = N_("Tutup buku")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.book: GroupBook | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.status = heading("", 14)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_next)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        self.shu_rules_button = QPushButton(tr("Aturan SHU…"))
        self.shu_rules_button.clicked.connect(self.edit_shu_rules)
        row.addWidget(self.shu_rules_button)
        self.allocate_button = QPushButton()
        self.allocate_button.clicked.connect(self.allocate_shu)
        row.addWidget(self.allocate_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.reopen_note = hint(tr("Membuka kembali bulan yang sudah ditutup hanya dapat dilakukan pendamping, "
                                   "dengan alasan yang dicatat."))
        layout.addWidget(self.reopen_note)
        layout.addWidget(heading(tr("Bulan yang sudah ditutup"), 12))
        self.closes = Table([tr("Bulan"), tr("Tanggal tutup"), tr("Tanggung renteng"), tr("Tidak tertanggung")],
                            money_columns=[2, 3])
        layout.addWidget(self.closes, 1)

    def show_book(self, book: GroupBook) -> None:
        self.book = book
        upcoming = next_to_close(book)
        last = book.last_closed
        self.status.setText(tr("Terakhir ditutup: {0} · berikutnya: {1}").format(
            bulan(last) if last else tr("belum ada"), bulan(upcoming)))
        self.close_button.setText(tr("Tutup bulan {0}…").format(bulan(upcoming)))
        begun = month_start(upcoming) <= date.today()  # rules §2: a month that has not begun is not closed
        self.close_button.setEnabled(begun)
        self.close_button.setToolTip("" if begun else tr("Bulan {0} belum dimulai; bulan hanya dapat ditutup "
                                                         "setelah dimulai.").format(bulan(upcoming)))
        self.reopen_button.setText(tr("Buka kembali {0}…").format(bulan(last)) if last else tr("Buka kembali…"))
        self.reopen_button.setEnabled(self.desk.facilitator and last is not None)
        self.reopen_note.setVisible(not self.desk.facilitator)
        self.closes.fill([(bulan(c.month), c.day, c.covered, c.uncovered) for c in close_lines(book)])
        year = self.shu_year()
        self.allocate_button.setVisible(year is not None)
        self.allocate_button.setText(tr("Bagikan SHU {0}…").format(year))

    def shu_year(self) -> int | None:
        """The latest year whose December is closed and whose SHU is not allocated yet."""
        return None if self.book is None else year_to_allocate(self.book)

    def edit_shu_rules(self) -> None:
        if self.book is not None:
            self.open_form(ShuRulesDialog(self.book, self.on, self), tr("Aturan SHU disimpan"))

    def allocate_shu(self) -> None:
        year = self.shu_year()
        if self.book is None or year is None:
            return
        if ask(self, tr("Bagikan SHU {0}").format(year),
               tr("SHU tahun {0} dibagi menurut aturan yang berlaku pada 31 Desember {0}; bagian anggota masuk "
                  "ke simpanan sukarela. Pembagian ini tidak dapat dibatalkan. Lanjutkan?").format(year)):
            self.post([{"type": "shu.allocate", "date": self.on.isoformat(), "group": self.book.name,
                        "year": year}], tr("SHU {0} dibagikan").format(year))

    def close_next(self) -> None:
        if self.book is not None and self.close_button.isEnabled():
            start_close(self, self.book, self._keep)

    def _keep(self, dialog: QDialog) -> None:
        self.dialog = dialog

    def reopen(self) -> None:
        if self.book is None or self.book.last_closed is None:
            return
        month, name = self.book.last_closed, self.book.name
        dialog = ReasonDialog(tr("Buka kembali {0}").format(bulan(month)),
                              tr("Mengapa bulan {0} perlu dibuka kembali?").format(bulan(month)), self)
        dialog.accepted.connect(lambda: self.post(
            [{"type": "month.reopen", "date": self.on.isoformat(), "group": name, "month": month,
              "reason": dialog.reason.text().strip()}], tr("Bulan {0} dibuka kembali").format(bulan(month)),
            form=dialog))
        self.dialog = dialog
        dialog.open()
