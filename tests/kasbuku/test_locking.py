"""One writer (issue 7): a second writer is told who holds the book; a crashed holder's lock is released."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from typing import Any

import pytest

from kasbuku import locking
from tests.conftest import group_with_members


def test_second_writer_is_told_who_holds_the_book(book: Any, tmp_path: Any) -> None:
    group_with_members(book, n=1)
    other = locking.Me("Ibu Bendahara (jendela)", "LAPTOP-DINSOS", 4242)
    locking.acquire(book.engine, other)
    with pytest.raises(locking.BookBusy, match=r"Ibu Bendahara .* LAPTOP-DINSOS sejak"):
        locking.acquire(book.engine, locking.me())
    events = tmp_path / "e.jsonl"
    events.write_text('{"type": "member.join", "date": "2026-01-06", "group": "G", "member": "X", "name": "X"}\n')
    result = subprocess.run([sys.executable, "-m", "kasbuku", "apply", str(events), "--db", book.url],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "LAPTOP-DINSOS" in result.stderr
    locking.release(book.engine, other)
    locking.acquire(book.engine, locking.me())


def test_a_lock_that_stopped_beating_is_taken_over(book: Any) -> None:
    group_with_members(book, n=1)
    long_ago = datetime.now() - timedelta(minutes=10)
    locking.acquire(book.engine, locking.Me("lama", "LAPTOP-LAIN", 1), now=long_ago)
    locking.acquire(book.engine, locking.me())


def test_a_lock_of_a_dead_process_on_this_computer_is_released(book: Any) -> None:
    group_with_members(book, n=1)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    import socket

    locking.acquire(book.engine, locking.Me("jendela yang mogok", socket.gethostname(), int(dead.stdout)))
    locking.acquire(book.engine, locking.me())
