"""Startup to a usable window on the demo book, as ``kasbuku`` starts: imports, the start screen painted
(its group list read without SQLAlchemy), the book opened after that paint (checked, migrated, locked), and a
group's book loaded onto the dashboard (as after typing the PIN). Run: python benchmarks/startup.py [--runs 5].

The demo book is written once beforehand (not timed). Prints each step's time in milliseconds and the
median of the runs; each run is a fresh Python process so imports are counted honestly. In the same run, a
bare PySide6 window (import, QApplication, an empty QMainWindow painted) is timed the same way: the painted
start screen's target is at most 3x that (issue 20), and the ratio is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

GROUP = "KUBE Mawar Sejahtera"


def until_painted(widget: Any) -> None:
    """Show ``widget``'s window and handle events until ``widget`` has been painted once."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Painted(QObject):
        seen = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            self.seen = self.seen or event.type() == QEvent.Type.Paint
            return False

    painted = Painted()
    widget.installEventFilter(painted)
    widget.window().show()
    while not painted.seen:
        QApplication.processEvents()
    widget.removeEventFilter(painted)


def one_run(url: str) -> dict[str, float]:
    """Time the steps in this process as ``kasbuku`` starts (called in a child process by ``main``)."""
    start = time.perf_counter()
    from PySide6.QtCore import QEventLoop, QTimer

    from kasbuku.__main__ import window_book  # the shortcut's way in: python -m kasbuku
    from ui.app import unopened_window

    imported = time.perf_counter()
    window = unopened_window(window_book(["--db", url]))
    window.resize(1366, 768)
    until_painted(window.start)
    painted = time.perf_counter()
    window.open_book()
    opened = time.perf_counter()
    loop = QEventLoop()
    window.loaded.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.desk.role = "pendamping"
    window.open_group(GROUP)
    loop.exec()
    assert window.book is not None, "the group was not loaded"
    loaded = time.perf_counter()
    window.close()
    return {"imports_ms": (imported - start) * 1000, "start_screen_painted_ms": (painted - start) * 1000,
            "book_opened_ms": (opened - start) * 1000, "group_on_dashboard_ms": (loaded - start) * 1000,
            "group_load_ms": (loaded - opened) * 1000}


def bare_run() -> dict[str, float]:
    """A bare PySide6 window painted, the yardstick for the start screen (called in a child process)."""
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    window.resize(1366, 768)
    until_painted(window.centralWidget())
    shown = time.perf_counter()
    window.close()
    app.quit()
    return {"bare_window_painted_ms": (shown - start) * 1000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        print(json.dumps(bare_run() if args.child == "bare" else one_run(args.child)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KASBUKU_HOME": tmp, "KASBUKU_LANG": "id"}
        url = f"sqlite:///{Path(tmp) / 'demo.sqlite'}"
        subprocess.run([sys.executable, "-m", "kasbuku", "demo", "--db", url], check=True, env=env,
                       capture_output=True)
        runs = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--child", url], check=True, env=env,
                                 capture_output=True, text=True).stdout
            run = json.loads(out.strip().splitlines()[-1])
            out = subprocess.run([sys.executable, __file__, "--child", "bare"], check=True, env=env,
                                 capture_output=True, text=True).stdout
            runs.append({**run, **json.loads(out.strip().splitlines()[-1])})
    print(f"demo book, {args.runs} runs, platform {os.environ['QT_QPA_PLATFORM']} (median, ms):")
    for key in runs[0]:
        values = [r[key] for r in runs]
        print(f"  {key:24s} {statistics.median(values):8.0f}   (min {min(values):.0f}, max {max(values):.0f})")
    ratio = statistics.median(r["start_screen_painted_ms"] / r["bare_window_painted_ms"] for r in runs)
    print(f"  start screen / bare window: {ratio:.1f}x (target at most 3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
