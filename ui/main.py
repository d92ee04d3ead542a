"""The main window: the start screen, then the group's workspace (a screen list on the left, the screen
on the right); the book is loaded and saved off the window's thread; closing asks about unsaved input."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kasbuku import paths
from kasbuku.formatting import tanggal
from ui import worker
from ui.desk import Desk
from ui.files import open_name, save_name
from ui.page import Page, Shell
from ui.start import StartScreen
from ui.widgets import ask, heading, present_error, tr

if TYPE_CHECKING:
    from ledger.rules.book import GroupBook

DAILY_COPY_AFTER_MS = 1_500  # the day's first backup waits until the window is painted and settled


class MainWindow(QMainWindow, Shell):
    """One window for the whole work of a treasurer or a facilitator."""

    loaded = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.book: GroupBook | None = None
        self.setWindowTitle("KasBuku")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start = StartScreen(desk)
        self.start.opened.connect(self.open_group)
        self.start.create_requested.connect(self.create_group)
        self.start.demo_requested.connect(self.open_demo)
        self.stack.addWidget(self.start)
        self.pages: list[Page] = []
        self.page_message = ""
        self.stack.addWidget(QWidget())  # the group's workspace: built when a group is first opened (start-up)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self._menu()
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(30_000)
        self.heartbeat.timeout.connect(self._beat)

    def open_book(self) -> None:
        """Open the book (checked, migrated, its writer lock taken) and fill the start screen with its
        groups; then keep the lock alive, and take the day's first backup once the window has settled.
        A ``Refusal`` (a damaged book, another window holding it) goes to the caller, nothing started."""
        self.desk.hold()
        self.start.refresh()
        self.heartbeat.start()
        QTimer.singleShot(DAILY_COPY_AFTER_MS, self.copy_daily)  # once the window is on screen (issue 20)

    # -- layout ------------------------------------------------------------------------------------
    def _workspace(self) -> QWidget:
        # the pages are imported here, not at the top: the start screen comes up without them (issue 20)
        from ui.cashbook import CashPage
        from ui.closing import ClosingPage
        from ui.dashboard import DashboardPage
        from ui.economy import EconomyPage
        from ui.grant import GrantPage
        from ui.loans import LoansPage
        from ui.meeting import MeetingPage
        from ui.members import MembersPage
        from ui.reports_screen import ReportsPage
        from ui.visits import VisitsPage

        area = QWidget()
        outer = QVBoxLayout(area)
        bar = QHBoxLayout()
        self.group_label = heading("", 18)
        bar.addWidget(self.group_label, 1)
        self.role_label = QLabel()
        bar.addWidget(self.role_label)
        switch = QPushButton(tr("Ganti kelompok"))
        switch.clicked.connect(self.leave_group)
        bar.addWidget(switch)
        outer.addLayout(bar)
        self.clock_banner = QLabel()
        self.clock_banner.setWordWrap(True)
        self.clock_banner.setStyleSheet("background: #fdecea; color: #8e1b10; padding: 8px; font-weight: bold;")
        self.clock_banner.hide()
        outer.addWidget(self.clock_banner)
        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setFixedWidth(210)
        self.nav.setSpacing(3)
        self.pages = [DashboardPage(self), MeetingPage(self), MembersPage(self), LoansPage(self),
                                  GrantPage(self), CashPage(self), ClosingPage(self),
                                  VisitsPage(self), EconomyPage(self), ReportsPage(self)]
        self.screens = QStackedWidget()
        for number, page in enumerate(self.pages, start=1):
            self.nav.addItem(f"{number:>2}  {tr(page.title)}")
            self.screens.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number % 10}"), area)  # the tenth is Ctrl+0
            shortcut.activated.connect(lambda n=number - 1: self.nav.setCurrentRow(n))
        self.nav.currentRowChanged.connect(self._screen_chosen)
        body.addWidget(self.nav)
        body.addWidget(self.screens, 1)
        outer.addLayout(body, 1)
        return area

    def _menu(self) -> None:
        menu = self.menuBar().addMenu(tr("&Buku"))
        save_copy = QAction(tr("Cadangkan ke flashdisk…"), self)
        save_copy.triggered.connect(self.backup)
        menu.addAction(save_copy)
        restore = QAction(tr("Pulihkan dari cadangan…"), self)
        restore.triggered.connect(self.restore)
        menu.addAction(restore)
        quit_action = QAction(tr("Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def page(self, kind: type[Page]) -> Page:
        return next(p for p in self.pages if isinstance(p, kind))

    # -- Shell -------------------------------------------------------------------------------------
    def say(self, message: str) -> None:
        """A screen's message ("tersimpan", a refusal's line): gone when another screen is chosen."""
        self.statusBar().showMessage(message, 10_000)
        self.page_message = message

    def announce(self, message: str, timeout_ms: int = 10_000) -> None:
        """A message about the whole book (its backup, its lock): kept when another screen is chosen; 0 keeps
        it until the next message."""
        self.statusBar().showMessage(message, timeout_ms)

    def _screen_chosen(self, row: int) -> None:
        self.screens.setCurrentIndex(row)
        if self.statusBar().currentMessage() == self.page_message:  # not the previous screen's news
            self.statusBar().clearMessage()

    def reload(self) -> None:
        """Load the group's book on a worker thread, then refill every screen."""
        self.busy.show()

        def done(book: object) -> None:
            from ledger.rules.book import GroupBook  # imported with the pages, when a group was opened

            self.busy.hide()
            assert isinstance(book, GroupBook)
            self.book = book
            self.check_clock()
            for page in self.pages:
                page.show_book(book)
            self.loaded.emit()

        def failed(exc: Exception) -> None:
            self.busy.hide()
            present_error(self, exc)

        worker.start(lambda _p: self.desk.book(), done, failed)

    def check_clock(self) -> None:
        """Rules §2: a computer date earlier than the book's latest business date (a laptop whose battery
        died) is named before anything is saved."""
        latest = self.desk.clock_behind()
        self.clock_banner.setVisible(latest is not None)
        if latest is not None:
            self.clock_banner.setText(tr(
                "Jam komputer salah: tanggal komputer {0}, padahal buku ini sudah berisi transaksi tanggal {1}. "
                "Betulkan tanggal dan jam komputer sebelum mencatat apa pun; transaksi bertanggal setelah "
                "tanggal komputer ditolak.").format(tanggal(self.desk.today()), tanggal(latest)))

    # -- groups ------------------------------------------------------------------------------------
    def open_group(self, name: str) -> None:
        if not self.pages:
            self.fresh_workspace()
        self.desk.group = name
        self.group_label.setText(name)
        self.role_label.setText(tr("pendamping") if self.desk.facilitator else tr("bendahara"))
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(1)
        self.reload()

    def saving(self) -> bool:
        """True (and said) while a screen's save is on its way: its book must not be left or closed under it."""
        if not any(page.busy for page in self.pages):
            return False
        self.say(tr("Masih menyimpan; tunggu sampai tersimpan, lalu ulangi"))
        return True

    def leave_group(self) -> None:
        if self.saving() or not self.may_drop_input():
            return
        if not self.desk.facilitator:
            self.desk.sign_out()
        self.desk.group, self.book = None, None
        self.fresh_workspace()
        self.start.refresh()
        self.stack.setCurrentIndex(0)

    def fresh_workspace(self) -> None:
        """A change of group gets new pages: no widget, dialog or message keeps the previous group's book
        (a statement preview, a half-filled form, a facilitator's last message)."""
        old = self.stack.widget(1)
        assert old is not None
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(1, self._workspace())
        self.statusBar().clearMessage()

    def create_group(self) -> None:
        from ui.create_group import CreateGroupDialog  # a form few starts need (issue 20)

        dialog = CreateGroupDialog(self.desk.today(), self)

        def save() -> None:
            events = dialog.events()
            try:
                self.desk.apply(events)
            except Exception as exc:
                present_error(self, exc)
                return
            self.start.refresh()
            self.say(tr("Kelompok {0} dibuat").format(events[0]["group"]))

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def open_demo(self) -> None:
        """Switch to the demo book in the data folder (written once, in the background)."""
        from kasbuku import demo

        target = paths.data_dir() / "kasbuku-demo.sqlite"
        url = f"sqlite:///{target.as_posix()}"
        self.busy.show()
        self.say(tr("Menyiapkan buku demo…"))
        # Opening (and, the first time, creating) the book runs its migrations: on this thread, because
        # Alembic's first import inside a worker thread has crashed PySide6 under load (seen once in CI).
        try:
            desk = Desk(url)
            desk.open()
        except Exception as exc:
            self.busy.hide()
            present_error(self, exc)
            return

        def work(_progress: object) -> Desk:
            if not desk.groups():
                desk.write(demo.write_demo)
            desk.today = self.desk.today
            return desk

        def done(desk: object) -> None:
            assert isinstance(desk, Desk)
            self.busy.hide()
            self.desk.close()
            self.desk = self.start.desk = desk
            desk.hold()
            self.copy_daily()
            self.start.refresh()
            self.say(tr("Buku demo dibuka: PIN setiap kelompok {0}, kata sandi pendamping \"{1}\"")
                     .format(demo.DEMO_PIN, demo.DEMO_PASSWORD))

        def failed(exc: Exception) -> None:
            self.busy.hide()
            present_error(self, exc)

        worker.start(work, done, failed)

    def copy_daily(self) -> None:
        """The day's first automatic backup, as ``kasbuku`` commands take it, off the window's thread."""
        worker.start(lambda _p: self.desk.safety_copy("harian"), lambda _made: None,
                     lambda exc: self.announce(tr("Cadangan otomatis gagal: {0}").format(exc)))

    # -- the book ----------------------------------------------------------------------------------
    def _beat(self) -> None:
        try:
            self.desk.hold()
        except Exception as exc:
            self.announce(str(exc))

    def backup(self) -> None:
        from kasbuku import backup

        name = f"kasbuku-cadangan-{date.today():%Y%m%d}.sqlite"
        path = save_name(self, tr("Cadangkan buku"), name, "SQLite (*.sqlite)")
        if not path:
            return
        self.busy.show()
        self.announce(tr("Mencadangkan… jangan cabut flashdisk dulu"), 0)

        def done(made: object) -> None:
            self.busy.hide()  # every file is closed and synced by now (kasbuku.db.backup_sqlite)
            self.announce(tr("Cadangan ditulis dan diperiksa: {0}. Semua berkas sudah ditutup: "
                             "flashdisk aman dicabut").format(made), 0)

        def failed(exc: Exception) -> None:
            self.busy.hide()
            self.statusBar().clearMessage()
            present_error(self, exc)

        worker.start(lambda _p: backup.backup_to(self.desk.url, Path(path)), done, failed)

    def restore(self) -> None:
        """A facilitator replaces the book by a backup that passes ``check``; the current book is kept."""
        from kasbuku import backup

        if not self.desk.facilitator:
            QMessageBox.information(self, tr("Pulihkan"), tr("Hanya pendamping yang dapat memulihkan buku."))
            return
        path = open_name(self, tr("Pulihkan dari cadangan"), "SQLite (*.sqlite)")
        if not path or self.saving() or not self.may_drop_input():
            return
        if not ask(self, tr("Pulihkan buku"), tr("Seluruh buku di komputer ini diganti dengan isi {0}. Buku yang "
                                                   "sekarang disimpan dulu sebagai cadangan. Lanjutkan?").format(path)):
            return
        self.busy.show()

        def work(_progress: object) -> object:
            kept = backup.restore(self.desk.url, Path(path))
            self.desk.hold()  # the restored book does not know this window holds it
            return kept

        def done(kept: object) -> None:
            self.busy.hide()
            self.desk.group, self.book = None, None
            self.fresh_workspace()
            self.say(tr("Buku dipulihkan; buku sebelumnya disimpan di {0}").format(kept))
            self.start.refresh()
            self.stack.setCurrentIndex(0)

        def failed(exc: Exception) -> None:
            self.busy.hide()
            present_error(self, exc)

        worker.start(work, done, failed)

    # -- closing -----------------------------------------------------------------------------------
    def unsaved_pages(self) -> list[Page]:
        return [p for p in self.pages if p.unsaved()]

    def may_drop_input(self) -> bool:
        """Ask before unsaved input is lost; True when there is none or she chose to drop it."""
        pending = self.unsaved_pages()
        if not pending:
            return True
        names = ", ".join(tr(p.title) for p in pending)
        if not ask(self, tr("Ada isian yang belum disimpan"),
                   tr("Isian di layar {0} belum disimpan. Tinggalkan tanpa menyimpan?").format(names)):
            return False
        for page in pending:
            page.forget()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving() or not self.may_drop_input():
            event.ignore()
            return
        self.heartbeat.stop()
        if not self.desk.opened:  # refused on start (damaged, held elsewhere): nothing of it is touched
            event.accept()
            return
        try:
            self.desk.safety_copy("keluar")  # a small file: a second or less, and the book is safe
        except Exception as exc:  # a failed copy must never keep the window from closing
            self.say(str(exc))
        self.desk.close()
        event.accept()
