"""One writer at a time: the window (or a batch) that holds a book says so, by computer name and since
when; a lock left by a crash is recognised (its process is gone, or it stopped beating) and taken over.

Every write is also its own ``BEGIN IMMEDIATE`` transaction that re-reads the book, so even without this
lock no update could be lost; the lock is there so a second window is told who has the book.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine

from kasbuku import db
from kasbuku.formatting import tanggal
from ledger import storage
from ledger.model.errors import Refusal

STALE_AFTER = timedelta(minutes=2)  # the window beats every 30 s


class BookBusy(Refusal):
    """Someone else holds the book."""


@dataclass(frozen=True)
class Me:
    holder: str
    host: str
    pid: int


def me(role: str = "") -> Me:
    user = getpass.getuser()
    return Me(f"{user} ({role})" if role else user, socket.gethostname(), os.getpid())


def process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised by the installer's smoke test
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:  # access denied: it lives, under another Windows account (fast user switching)
            return bool(ctypes.windll.kernel32.GetLastError() == 5)
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(row: storage.LockRow, now: datetime) -> bool:
    if now - row.heartbeat > STALE_AFTER:
        return True
    return row.host == socket.gethostname() and not process_alive(row.pid)


def _refuse_if_held(row: storage.LockRow | None, who: Me, now: datetime) -> None:
    if row is not None and (row.host, row.pid) != (who.host, who.pid) and not _stale(row, now):
        raise BookBusy(f"buku sedang dipakai oleh {row.holder} di komputer {row.host} sejak "
                       f"{tanggal(row.since)} pukul {row.since:%H.%M}; tutup kasbuku di sana dulu")


def acquire(engine: Engine, who: Me, now: datetime | None = None) -> None:
    """Take the book, or renew our hold (the heartbeat); refused with who holds it when another live
    writer does."""
    now = now or datetime.now()
    with db.session(engine, write=True) as sess:
        _refuse_if_held(storage.read_lock(sess), who, now)
        storage.write_lock(sess, who.holder, who.host, who.pid, now)


def release(engine: Engine, who: Me) -> None:
    with db.session(engine, write=True) as sess:
        storage.clear_lock(sess, who.host, who.pid)


def check_free(engine: Engine, who: Me) -> None:
    """For a one-shot writer (``kasbuku apply``): refuse while another live writer holds the book."""
    with db.session(engine) as sess:
        _refuse_if_held(storage.read_lock(sess), who, datetime.now())
