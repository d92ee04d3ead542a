"""Two people at once (issue 19.5), with two real processes on one SQLite book: a second window is told who
holds the book and since when; ``kasbuku apply`` is refused while a window holds it; a write that meets
another's transaction waits for it, and past the wait is refused in Indonesian; nothing is ever corrupted."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import group_with_members

pytestmark = pytest.mark.sqlite_only  # two processes on one SQLite file

WINDOW = """
import sys, time
from kasbuku import db, locking
engine = db.open_engine(sys.argv[1])
who = locking.me("jendela")
try:
    locking.acquire(engine, who)
except locking.BookBusy as exc:
    print(exc.message, flush=True)
    raise SystemExit(2)
print("memegang", flush=True)
sys.stdin.readline()
locking.release(engine, who)
"""

TRANSACTION = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("menulis", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc


def _apply(book: Any, tmp_path: Path, member: str) -> subprocess.CompletedProcess[str]:
    events = tmp_path / f"{member}.jsonl"
    events.write_text(f'{{"type": "member.join", "date": "2026-01-06", "group": "G", "member": "{member}", '
                      f'"name": "{member}"}}\n')
    return subprocess.run([sys.executable, "-m", "kasbuku", "apply", str(events), "--db", book.url],
                          capture_output=True, text=True, check=False)


def test_window_holds_the_book_against_a_second_window_and_kasbuku_apply(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=1)
    first = _start(WINDOW, book.url)
    second = subprocess.run([sys.executable, "-c", WINDOW, book.url], capture_output=True, text=True,
                            check=False, input="\n")
    assert second.returncode == 2 and "(jendela)" in second.stdout and "sejak" in second.stdout
    refused = _apply(book, tmp_path, "X")
    assert refused.returncode == 2 and "sedang dipakai oleh" in refused.stderr and "sejak" in refused.stderr
    assert "Traceback" not in refused.stderr
    first.communicate("\n")
    assert first.returncode == 0
    assert _apply(book, tmp_path, "Y").returncode == 0
    members = book.state(as_of="2026-01-06")["members"]
    assert "Y" in members and "X" not in members and book.check() == []


def test_a_write_waits_for_another_process_then_is_refused_past_the_wait(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=1)
    path = book.url.removeprefix("sqlite:///")
    writer = _start(TRANSACTION, path, "2")
    started = time.monotonic()
    assert _apply(book, tmp_path, "X").returncode == 0  # waited for the other transaction, then wrote
    assert time.monotonic() - started > 1
    writer.communicate()
    writer = _start(TRANSACTION, path, "13")
    refused = _apply(book, tmp_path, "Z")
    writer.communicate()
    assert refused.returncode == 2 and "sedang ditulis oleh program lain" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    members = book.state(as_of="2026-01-06")["members"]
    assert "X" in members and "Z" not in members and book.check() == []
