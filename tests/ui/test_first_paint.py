"""``kasbuku`` paints its start screen before it opens the book (issue 20.3): the group list comes from
``kasbuku.glance`` without SQLAlchemy, the book is opened (checked, migrated, locked) right after the first
paint, and a refusal found then is said in a message and ends the start."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from typing import Any

import pytest

from kasbuku import glance, locking
from tests.conftest import Book, ev
from tests.ui.conftest import Boxes
from ui.app import open_painted, unopened_window

# what the first screen does not need: the database layer, the ledger's services, spreadsheets, papers, pages
NOT_BEFORE_PAINT = ("sqlalchemy", "alembic", "ledger.services", "ledger.rules.book", "openpyxl", "reportlab",
                    "num2words", "ui.cashbook", "ui.meeting", "ui.closing", "ui.reports_screen", "ui.create_group")

FIRST_START = """
import json, sys
from PySide6.QtWidgets import QApplication
from ui.app import FirstPaint, open_painted, unopened_window

heavy = {heavy!r}
seen = {{}}
window = unopened_window({url!r})

def listed():
    return [window.start.groups.item(i).text() for i in range(window.start.groups.count())]

def painted():
    seen["painted"] = {{"groups": listed(), "loaded": [m for m in heavy if m in sys.modules],
                       "opened": window.desk.opened}}
    result = open_painted(window)
    seen["opened"] = {{"result": result, "groups": listed(), "sqlalchemy": "sqlalchemy" in sys.modules,
                      "opened": window.desk.opened}}
    window.close()

FirstPaint(window.start, painted)
window.show()
QApplication.instance().exec()
print(json.dumps(seen))
"""


@pytest.mark.sqlite_only
def test_the_start_screen_is_painted_with_its_groups_before_the_book_is_opened(book: Book) -> None:
    for name in ("KUBE Mawar", "KUBE Anggrek"):
        book.apply(ev("group.create", "2026-01-05", group=name, kind="KUBE"))
    book.engine.dispose()
    code = FIRST_START.format(heavy=NOT_BEFORE_PAINT, url=book.url)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["painted"] == {"groups": ["KUBE Anggrek", "KUBE Mawar"], "loaded": [], "opened": False}
    assert seen["opened"] == {"result": True, "groups": ["KUBE Anggrek", "KUBE Mawar"], "sqlalchemy": True,
                              "opened": True}


def test_a_book_held_by_another_window_is_said_after_the_paint_and_ends_the_start(qtbot: Any, book: Book,
                                                                                  boxes: Boxes) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE"))
    other = locking.Me("Ibu Sari (kasbuku)", socket.gethostname(), os.getppid())  # a live process: not stale
    locking.acquire(book.engine, other)
    window = unopened_window(book.url)
    qtbot.addWidget(window)
    window.show()
    assert not open_painted(window)
    [(_title, message)] = boxes.shown
    assert "Ibu Sari" in message
    assert not window.isVisible()
    window.close()  # her closing: no copy, no lock given back that was never taken
    with pytest.raises(locking.BookBusy, match="Ibu Sari"):
        locking.acquire(book.engine, locking.me())


def test_a_book_of_a_newer_kasbuku_shows_opening_then_is_refused_untouched(qtbot: Any, book: Book,
                                                                          boxes: Boxes) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE"))
    before = book.snapshot()
    book.sql("update alembic_version set version_num = 'dari-versi-baru'")
    try:
        window = unopened_window(book.url)
        qtbot.addWidget(window)
        window.show()
        if book.backend == "sqlite":  # the glance cannot list a book of another version: it says it is opening
            assert window.start.groups.count() == 0 and window.start.empty.text() == "Membuka buku…"
            assert not window.start.open_button.isEnabled()
        assert not open_painted(window)
        [(_title, message)] = boxes.shown
        assert "versi yang lebih baru" in message and not window.isVisible()
        window.close()
        assert book.sql("select version_num from alembic_version") == [("dari-versi-baru",)]
    finally:  # a server's database is lent to the next test: it must be this version's again
        book.sql(f"update alembic_version set version_num = '{glance.head_revision()}'")
    assert book.snapshot() == before


@pytest.mark.parametrize(("args", "url"), [([], "sqlite:///dari-lingkungan.sqlite"),
                                           (["--db", "sqlite:///kantor.sqlite"], "sqlite:///kantor.sqlite"),
                                           (["--db=sqlite:///kantor.sqlite"], "sqlite:///kantor.sqlite")])
def test_the_shortcut_start_reaches_the_window_without_the_command_lines_modules(args: list[str],
                                                                                 url: str) -> None:
    """``pythonw.exe -m kasbuku`` (the desktop shortcut): ``kasbuku.cli`` imports SQLAlchemy and the services
    for its commands; the window's start must not wait for them."""
    code = ("import json, sys, ui.app\n"
            "ui.app.run = lambda url: print(json.dumps([url, sorted(m for m in sys.modules if m in heavy)])) or 0\n"
            f"heavy = {(*NOT_BEFORE_PAINT, 'kasbuku.cli')!r}\n"
            "from kasbuku.__main__ import main\n"
            f"sys.exit(main({args!r}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
                          env={**os.environ, "KASBUKU_DB": "sqlite:///dari-lingkungan.sqlite"})
    assert json.loads(done.stdout) == [url, []]


def test_a_command_still_goes_to_the_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "kasbuku", "--version"], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.startswith("kasbuku ")
