"""``kasbuku --self-test DIR``: proves an installed kasbuku works on this computer, without a person.

Used by the installer's smoke test under wine (packaging/smoke.sh) and usable on a real Windows laptop.
In DIR it writes a demo book, opens the real main window on it and grabs it to ``window.png``, writes a
statement PDF, makes a backup copy of the book through SQLite's online backup API, then prints a JSON
summary (also saved as ``selftest.json``, because ``pythonw.exe`` has no console) and exits 0 when every
step worked. The user's own book is never touched.

The window comes from ``ui.app`` when it has a builder (``build_main_window(url)`` or a ``MainWindow``
class); until then a plain placeholder window is shown and the summary says so. The statement comes from
``kasbuku report`` when the command has it; until then a small ReportLab page is written and the summary
says so.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kasbuku import __version__, db

WINDOW_BUILDERS = ("build_main_window", "create_main_window", "MainWindow")
DEMO_GROUP = "KUBE Mawar Sejahtera"


def process_age() -> float | None:
    """Seconds since this process was created (so the interpreter's own start counts), if the OS tells."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        times = [wintypes.FILETIME() for _ in range(4)]
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE  # a pseudo-handle (-1): must stay 64-bit
        kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE] + [ctypes.POINTER(wintypes.FILETIME)] * 4
        kernel32.GetProcessTimes.restype = wintypes.BOOL
        if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), *[ctypes.byref(t) for t in times]):
            return None
        created = (times[0].dwHighDateTime << 32 | times[0].dwLowDateTime) / 1e7 - 11644473600
        return time.time() - created
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class _Steps:
    """Runs named steps, timing each and keeping going after a failure so the summary shows them all."""

    def __init__(self) -> None:
        self.summary: dict[str, Any] = {"ok": True, "timings_s": {}, "errors": {}}

    def run(self, name: str, step: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            result = step()
        except Exception as exc:  # a self-test reports every failure instead of stopping at the first
            self.summary["ok"] = False
            self.summary["errors"][name] = f"{type(exc).__name__}: {exc}"
            result = None
        self.summary["timings_s"][name] = round(time.perf_counter() - start, 3)
        return result


def _write_demo(url: str) -> int:
    from kasbuku import demo

    engine = db.open_engine(url)
    try:
        with db.session(engine, write=True) as sess:
            return demo.write_demo(sess)
    finally:
        engine.dispose()


def _main_window(url: str) -> tuple[Any, str]:
    """The app's real main window when ``ui.app`` offers one; a labelled placeholder otherwise."""
    try:
        ui_app = importlib.import_module("ui.app")
    except ModuleNotFoundError as exc:
        if exc.name not in {"ui.app", "ui"}:
            raise
        ui_app = None
    for name in WINDOW_BUILDERS:
        builder = getattr(ui_app, name, None)
        if callable(builder):
            return builder(url), f"ui.app.{name}"
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    window.setWindowTitle(f"KasBuku {__version__}")
    window.setCentralWidget(QLabel(f"KasBuku {__version__}: uji mandiri (jendela utama belum tersedia)"))
    window.resize(640, 400)
    return window, "placeholder (ui.app has no main window builder yet)"


def _show(window: Any, timeout_s: float = 10.0) -> bool:
    """Show the window and wait until the window system has really put it on screen."""
    from PySide6.QtWidgets import QApplication

    window.show()
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            return True
        time.sleep(0.01)
    raise TimeoutError(f"jendela tidak tampil dalam {timeout_s:.0f} detik")


def _close(window: Any) -> None:
    """Close the window (it releases the book) and let Qt finish its work before Python shuts down:
    Qt objects torn down by the interpreter's exit while a pool thread still runs can crash at exit."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    window.deleteLater()
    QApplication.processEvents()


def _grab(window: Any, png: Path) -> int:
    if not window.grab().save(str(png)):
        raise OSError(f"{png} tidak dapat disimpan")
    return png.stat().st_size


def _statement(url: str, out: Path) -> str:
    """A statement PDF: through ``kasbuku report`` when it exists, else a ReportLab smoke page."""
    from kasbuku import cli

    parser = cli.build_parser()
    commands = next((a.choices for a in parser._actions if a.dest == "command"), None) or {}
    if "report" in commands:
        code = cli.main(["report", "bulanan", "--group", DEMO_GROUP, "--out", str(out), "--db", url])
        if code != 0 or not out.exists():
            raise RuntimeError(f"kasbuku report bulanan gagal (kode {code})")
        return "kasbuku report bulanan"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from kasbuku.formatting import rupiah

    pdf = canvas.Canvas(str(out), pagesize=A4)
    pdf.drawString(72, 770, f"KasBuku {__version__}: uji mandiri laporan ({DEMO_GROUP})")
    pdf.drawString(72, 750, f"Contoh jumlah: {rupiah(1_500_000)}")
    pdf.save()
    return "reportlab smoke page (kasbuku report not available yet)"


def run(target: Path) -> int:
    """The self-test; returns the exit code (0 when every step worked)."""
    steps = _Steps()
    s = steps.summary
    s.update(version=__version__, python=platform.python_version(), sqlite=sqlite3.sqlite_version,
             dir=str(target))
    target.mkdir(parents=True, exist_ok=True)
    book = target / "kasbuku-demo.sqlite"
    for stale in target.glob("kasbuku-demo.sqlite*"):
        stale.unlink()
    url = f"sqlite:///{book.as_posix()}"
    s["demo_events"] = steps.run("demo_book", lambda: _write_demo(url))

    app = steps.run("qt_start", _qt_app)
    if app is not None:
        from PySide6.QtCore import qVersion

        s.update(qt=qVersion(), qpa=app.platformName())
        built = steps.run("window_build", lambda: _main_window(url))
        if built is not None:
            window, s["window"] = built
            if steps.run("window_show", lambda: _show(window)):
                age = process_age()
                demo_s = s["timings_s"].get("demo_book", 0.0)
                s["process_age_at_window_s"] = None if age is None else round(age, 3)
                # what a treasurer waits for: process start to window, less the demo book this test writes
                s["startup_to_window_s"] = None if age is None else round(age - demo_s, 3)
                s["window_title"] = window.windowTitle()
                png = target / "window.png"
                s["window_png"] = steps.run("window_grab", lambda: _grab(window, png))
            _close(window)

    pdf = target / "laporan.pdf"
    s["pdf_via"] = steps.run("statement_pdf", lambda: _statement(url, pdf))
    s["pdf_bytes"] = pdf.stat().st_size if pdf.exists() else 0
    backup = target / "cadangan.sqlite"
    steps.run("backup", lambda: db.backup_sqlite(book, backup))
    s["backup_bytes"] = backup.stat().st_size if backup.exists() else 0
    for needed in ("demo_events", "window_png", "pdf_bytes", "backup_bytes"):
        if not s.get(needed):
            s["ok"] = False
    s["platform"] = platform.platform()
    s["total_s"] = round(sum(s["timings_s"].values()), 3)
    text = json.dumps(s, ensure_ascii=False, indent=1)
    (target / "selftest.json").write_text(text, encoding="utf-8")
    print(text)
    if s.get("startup_to_window_s") is not None:
        print(f"startup-to-window: {s['startup_to_window_s']:.2f} s")
    return 0 if s["ok"] else 1


def main(target: Path) -> int:
    """``kasbuku --self-test DIR``: run the self-test; on Windows end the process right after it.

    Under wine 8, Qt's teardown at interpreter exit intermittently crashed in a Qt thread (a page fault
    after the summary had been written and flushed); the verdict is the summary's, so on Windows the
    process ends with ``os._exit`` once everything is on disk and flushed.
    """
    code = run(target)
    if sys.platform == "win32":
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(code)
    return code


def _qt_app() -> Any:
    """The app's own dressed QApplication (``ui.app.application``) when there is one, else a plain one."""
    try:
        from ui.app import application  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        from PySide6.QtWidgets import QApplication

        return QApplication.instance() or QApplication([sys.argv[0] or "kasbuku"])
    return application()
