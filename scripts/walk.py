"""A walk of the window as a facilitator meets it (issue 14): the start screen and its dialogs (a wrong PIN
included), then every page of a group and every dialog its buttons open, at a screen size; each checked by
scripts/walk_checks.py — text that does not fit its label, button, table header or table cell, overlapping
siblings, English words of Qt's, a window or dialog past the screen — and, with --png, photographed.

    python scripts/walk.py --book demo|stress --size 1366x768 [--png out/screens]   (QT_SCALE_FACTOR=1.25 …)

Prints one line per problem and exits 1 when there is any; ``make screens`` writes the PNGs of both sizes.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KASBUKU_LANG"] = "id"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

def write_book(kind: str, folder: Path) -> tuple[str, str]:
    """A book to walk and the group to open: the demo book, or the layout test's stress book (40 members
    with long names, amounts up to Rp 1.000.000.000)."""
    from kasbuku import db, demo
    from ledger import services

    url = f"sqlite:///{folder / 'walk.sqlite'}"
    engine = db.open_engine(url)
    if kind == "demo":
        with db.session(engine, write=True) as sess:
            demo.write_demo(sess)
        group = "KUBE Mawar Sejahtera"
    else:
        from datetime import date

        from tests.reports.stress import GROUP, stress_events

        with db.session(engine, write=True) as sess:
            services.apply_events(sess, stress_events(), today=date(2030, 12, 31))
        group = GROUP
    engine.dispose()
    return url, group

T = TypeVar("T")


class Walk:
    """One walk of the window on a book at a screen size: the start screen and its dialogs, then every page of
    a group and every dialog its buttons open (a button whose text ends in "…"), each checked and, with a
    folder, photographed. Message boxes and file dialogs answer at once (nothing is saved)."""

    SKIPPED = ("Cetak…",)  # Qt's print dialog is the system's own, modal: not the window's text

    def __init__(self, width: int, height: int, png: Path | None) -> None:
        self.width, self.height, self.png = width, height, png
        self.problems: list[str] = []
        self.shots = 0

    def look(self, widget: QWidget, name: str) -> None:
        from scripts.walk_checks import problems_of

        self.problems += problems_of(widget, name, self.width, self.height)
        if self.png is not None:
            self.png.mkdir(parents=True, exist_ok=True)
            self.shots += 1
            scale = os.environ.get("QT_SCALE_FACTOR", "1")
            safe = re.sub(r"[^\w .-]", "", name)[:60]
            widget.grab().save(str(self.png / f"{self.width}x{self.height}@{scale}-{self.shots:02d}-{safe}.png"))

    def dialogs_of(self, owner: QWidget, where: str) -> None:
        """Open each dialog of ``owner``'s "…" buttons, look at it, and close it without saving."""
        from PySide6.QtWidgets import QDialog, QPushButton

        for button in [b for b in owner.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]:
            text = button.text().replace("&", "")
            if not text.endswith("…") or text in self.SKIPPED:
                continue
            before = set(visible_dialogs())
            button.click()
            opened = settle(lambda before=before: [d for d in visible_dialogs() if d not in before])
            pump()
            for dialog in opened:
                self.look(dialog, f"{where} › {dialog.windowTitle() or text}")
                self.dialogs_of(dialog, f"{where} › {dialog.windowTitle() or text}")
                QDialog.done(dialog, 0)  # as if closed, without the unsaved-input question
            pump()


def visible_dialogs() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication, QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def pump() -> None:
    """Let Qt lay out and paint what was just shown, and the window's background work (a rekap, a close
    preview, a group's book) report."""
    from PySide6.QtWidgets import QApplication

    from ui import worker

    settle(lambda: not worker.busy(), seconds=10.0)
    for _ in range(10):
        QApplication.processEvents()


def settle(ready: Callable[[], T], seconds: float = 2.0) -> T:
    """Let Qt (and the window's background work) run until ``ready`` gives something true, or ``seconds``
    pass; returns what it last gave."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        found = ready()
        if found or time.monotonic() > end:
            return found
        time.sleep(0.02)


def answer_at_once() -> None:
    """Message boxes say No/OK and file dialogs are cancelled, so no dialog of the walk waits for a person."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    QFileDialog.getSaveFileName = lambda *_a, **_k: ("", "")  # type: ignore[method-assign]
    QFileDialog.getOpenFileName = lambda *_a, **_k: ("", "")  # type: ignore[method-assign]
    QFileDialog.getExistingDirectory = lambda *_a, **_k: ""  # type: ignore[method-assign]


def walk(url: str, group: str, width: int, height: int, png: Path | None) -> list[str]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QDialog, QTableWidget, QTabWidget

    from ui.app import application, build_main_window
    from ui.start import SecretDialog

    app = application()
    answer_at_once()
    window = build_main_window(url)
    window.resize(width, height)
    window.show()
    walker = Walk(width, height, png)
    pump()
    window.desk.role = "pendamping"  # the facilitator sees every button of the start screen
    window.start.refresh()
    pump()
    walker.look(window, "Mulai")
    walker.dialogs_of(window.start, "Mulai")
    pin = SecretDialog(window.desk, group, window)
    pin.show()
    pin.secret.setText("0000")
    pin.try_secret()  # a wrong PIN: the heading and the message must still be whole
    pump()
    walker.look(pin, "Mulai › PIN salah")
    QDialog.done(pin, 0)
    loop = QEventLoop()
    window.loaded.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.open_group(group)
    loop.exec()
    for index, page in enumerate(window.pages):
        window.nav.setCurrentRow(index)
        pump()
        for table in page.findChildren(QTableWidget):  # a chosen row: Ubah…, Batalkan…, Serahkan… open too
            if table.rowCount():
                table.selectRow(0)
        tabs = page.findChildren(QTabWidget)
        for tab in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(tab)
                pump()
            name = f"{index + 1:02d} {page.title}" + (f" · {tabs[0].tabText(tab)}" if tabs else "")
            walker.look(window, name)
            walker.dialogs_of(page, name)
    app.processEvents()
    window.close()
    return walker.problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", choices=("demo", "stress"), default="demo")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--png")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KASBUKU_HOME"] = folder
        url, group = write_book(args.book, Path(folder))
        problems = walk(url, group, width, height, Path(args.png) if args.png else None)
    for line in problems:
        print(line)
    print(f"walk {args.book} {args.size} @{os.environ.get('QT_SCALE_FACTOR', '1')}: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
