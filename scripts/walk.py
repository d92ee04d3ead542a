"""A walk of every page of the group workspace as a facilitator meets it (issue 14): each page shown at a
screen size, every visible label and button checked — its text fits its widget, no two sibling labels or
buttons overlap, no English word of Qt's in an Indonesian window — and, with --png, a screenshot of each page.

    python scripts/walk.py --book demo|stress --size 1366x768 [--png out/screens]   (QT_SCALE_FACTOR=1.25 …)

Prints one line per problem and exits 1 when there is any; ``make screens`` writes the PNGs of both sizes.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KASBUKU_LANG"] = "id"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ENGLISH = re.compile(r"\b(Yes|No|Cancel|Save|Open|Close|File|Print|Name|Size|Type|Date|OK)\b")


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


def walk(url: str, group: str, width: int, height: int, png: Path | None) -> list[str]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

    from ui.app import application, build_main_window

    app = application()
    window = build_main_window(url)
    window.resize(width, height)
    window.show()
    window.desk.role = "pendamping"
    loop = QEventLoop()
    window.loaded.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.open_group(group)
    loop.exec()
    problems: list[str] = []
    for index, page in enumerate(window.pages):
        window.nav.setCurrentRow(index)
        for _ in range(10):
            app.processEvents()
        if window.width() > width or window.height() > height:
            problems.append(f"{page.title}: the window grew to {window.width()}×{window.height()}, past the "
                            f"{width}×{height} screen")
        shown = [w for w in page.findChildren(QWidget) if w.isVisible() and isinstance(w, QLabel | QPushButton)]
        for widget in shown:
            text = widget.text().replace("&", "")
            if not text:
                continue
            where = f"{page.title} · {type(widget).__name__} '{text[:50]}'"
            if ENGLISH.search(text):
                problems.append(f"{where}: English in an Indonesian window")
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            need = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            have = widget.contentsRect().width() - (12 if isinstance(widget, QPushButton) else 0)
            if need > have + 1:
                problems.append(f"{where}: text {need} px in {have} px")
        for table in [w for w in page.findChildren(QTableWidget) if w.isVisible()]:
            header = table.horizontalHeader()
            for column in range(table.columnCount()):
                item = table.horizontalHeaderItem(column)
                if item is None or header.isSectionHidden(column):
                    continue
                need = max(header.fontMetrics().horizontalAdvance(line) for line in item.text().split("\n"))
                if need + 8 > header.sectionSize(column):
                    problems.append(f"{page.title} · header '{item.text()}': text {need} px in "
                                    f"{header.sectionSize(column)} px")
        for a in shown:
            for b in shown:
                if a is not b and a.parent() is b.parent() and id(a) < id(b) \
                        and a.geometry().intersects(b.geometry()):
                    problems.append(f"{page.title}: '{a.text()[:30]}' overlaps '{b.text()[:30]}'")
        if png is not None:
            png.mkdir(parents=True, exist_ok=True)
            scale = os.environ.get("QT_SCALE_FACTOR", "1")
            window.grab().save(str(png / f"{width}x{height}@{scale}-{index + 1:02d}-{page.title}.png"))
    window.close()
    return problems


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
