"""Starting the window: the Qt application (large font, Indonesian or English), the book, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kasbuku import paths, single
from kasbuku.integrity import BookDamaged
from ledger.model.errors import Refusal
from ui import language
from ui.desk import Desk
from ui.main import MainWindow
from ui.widgets import tr

BASE_POINT_SIZE = 11  # readable across a meeting table on a 14-inch 1366×768 screen


def application() -> QApplication:
    """The running QApplication, made and dressed once (font size, translation)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property("kasbuku"):
        return app
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setProperty("kasbuku", True)
    app.setApplicationName("KasBuku")
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    language.install(app, language.language())
    return app


def build_main_window(url: str | None = None) -> MainWindow:
    """The main window on the book at ``url`` (default: this computer's book), sized for 1366×768, the book
    opened. Raises a ``Refusal`` when it cannot be (damaged, or another window holds its writer lock)."""
    window = unopened_window(url)
    window.open_book()
    return window


def unopened_window(url: str | None = None) -> MainWindow:
    """The main window whose start screen shows the book's groups as far as ``kasbuku.glance`` reads them;
    the book itself is opened by ``MainWindow.open_book``."""
    application()
    window = MainWindow(Desk(url or paths.default_db_url()))
    window.resize(1366, 740)
    return window


def offer_restore(exc: BookDamaged, url: str, parent: QWidget | None = None) -> bool:
    """The damaged book's dialog on start: what is wrong and the newest verified backup; "Pulihkan dari
    cadangan" restores it (the damaged file kept aside), "Tutup" leaves everything as it is."""
    box = QMessageBox(QMessageBox.Icon.Critical, "KasBuku", exc.message, QMessageBox.StandardButton.NoButton,
                      parent)
    restore = box.addButton(tr("Pulihkan dari cadangan"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
    restore.setEnabled(exc.newest is not None)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    from kasbuku import backup

    try:
        used = backup.restore_newest(url)
    except Refusal as failed:
        QMessageBox.critical(parent, "KasBuku", failed.message)
        return False
    QMessageBox.information(parent, "KasBuku", tr("Buku dipulihkan dari {0}; buku yang rusak disimpan di "
                                                  "sebelahnya (nama berakhiran .rusak-tanggal)").format(used.name))
    return True


class FirstPaint(QObject):
    """Calls ``then`` once, just after the watched widget's first paint has been handled."""

    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self.then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def open_painted(window: MainWindow) -> bool:
    """Open the book of a window already on screen. A refusal is shown (a damaged book offers its newest
    backup first), the window is hidden and False returned: the start ends there."""
    while True:
        try:
            window.open_book()
            return True
        except BookDamaged as exc:
            if offer_restore(exc, window.desk.url, window):
                continue
        except Refusal as exc:
            QMessageBox.critical(window, "KasBuku", exc.message)
        window.hide()
        return False


def run(url: str | None) -> int:
    """``kasbuku`` without a subcommand: paint the start screen, then open the book, then run until the window
    is closed (issue 20: what the first screen does not need waits until it is painted)."""
    app = application()
    single.hold()
    window = unopened_window(url)

    def open_or_end() -> None:
        if not open_painted(window):
            app.exit(2)

    FirstPaint(window.start, open_or_end)
    window.showMaximized()
    return app.exec()
