"""Starting the window: the Qt application (large font, Indonesian or English), the book, the main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from kasbuku import backup, paths, single
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


def build_main_window(url: str | None = None) -> QMainWindow:
    """The main window on the book at ``url`` (default: this computer's book), sized for 1366×768.

    Takes the book's writer lock; raises a ``Refusal`` naming who holds it when another window does.
    """
    application()
    desk = Desk(url or paths.default_db_url())
    desk.hold()
    window = MainWindow(desk)
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
    try:
        used = backup.restore_newest(url)
    except Refusal as failed:
        QMessageBox.critical(parent, "KasBuku", failed.message)
        return False
    QMessageBox.information(parent, "KasBuku", tr("Buku dipulihkan dari {0}; buku yang rusak disimpan di "
                                                  "sebelahnya (nama berakhiran .rusak-tanggal)").format(used.name))
    return True


def run(url: str | None) -> int:
    """``kasbuku`` without a subcommand: open the window and run until it is closed."""
    app = application()
    single.hold()
    try:
        window = build_main_window(url)
    except BookDamaged as exc:
        if not offer_restore(exc, url or paths.default_db_url()):
            return 2
        return run(url)
    except Refusal as exc:
        QMessageBox.critical(None, "KasBuku", exc.message)
        return 2
    window.showMaximized()
    return app.exec()
