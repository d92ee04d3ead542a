"""A damaged book found before anything is written to it (issue 19.3), and the way back: the newest verified
backup, named with its date and the days of entries it would lose, restored on request with the damaged
file kept aside.

The check on open (cost measured in docs/scale.md): the file's header (SQLite's 16-byte magic, the page size),
the page count the header records against the file's size (a truncated copy), then ``PRAGMA quick_check``
(every page's structure: a torn or overwritten page). quick_check reads the whole file once; a book over
``QUICK_CHECK_LIMIT`` gets the header and size checks only on open, and its full check from ``kasbuku check``.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kasbuku import paths, safefile
from kasbuku.formatting import tanggal
from ledger.model.errors import Refusal

MAGIC = b"SQLite format 3\x00"
# Books this process has opened through SQLite. Their header is never read again by plain file calls here:
# closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included (the
# process's open connections then fail with "disk I/O error"). Each process checks a book at its first open.
OPENED: set[Path] = set()
QUICK_CHECK_LIMIT = 512 * 1024 * 1024  # bytes; quick_check: ~1.1 s per 143 MB from a cold disk (docs/scale.md)


class BookDamaged(Refusal):
    """The book file is damaged: nothing is written to it."""

    def __init__(self, message: str, newest: Backup | None) -> None:
        super().__init__(message)
        self.newest = newest


@dataclass(frozen=True)
class Backup:
    path: Path
    last_entry: date  # the date its newest audit row was written

    def days_lost(self, today: date) -> int:
        return max(0, (today - self.last_entry).days)


def read_only(path: Path, live: bool = False) -> sqlite3.Connection:
    """A connection that never writes. A backup (``live`` False) is opened immutable: no lock, no -wal/-shm
    files left beside it. A live book is opened as its writers open it, with ``query_only``: a ``mode=ro``
    view of a WAL book this process also has open read-write broke the process's later connections
    ("disk I/O error")."""
    if not live:
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    conn.execute("PRAGMA query_only=ON")
    return conn


def damage(db_file: Path, full: bool = False, live: bool = True) -> str | None:
    """What is wrong with the file, in Indonesian, or None when it looks sound (an empty file is a new book).
    ``full``: run quick_check whatever the file's size; ``live``: a book (not a backup)."""
    size = db_file.stat().st_size
    if size == 0 or (live and db_file.resolve() in OPENED):
        return None
    with open(db_file, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(MAGIC):
        return "berkas ini bukan buku kasbuku (bukan berkas basis data SQLite)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages * page_size > size:
        return f"berkas buku terpotong: {size:,} dari {pages * page_size:,} bita".replace(",", ".")
    if size > QUICK_CHECK_LIMIT and not full:
        return None
    try:
        with closing(read_only(db_file, live)) as conn:
            found = conn.execute("PRAGMA quick_check(3)").fetchall()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return f"halaman buku rusak ({exc})"
        # not damage (that is named only on evidence): a full disk, an unreadable drive; a full disk is said
        # here, anything else by the open that follows
        if safefile.no_room(db_file):
            raise safefile.DiskFull(f"disk penuh di {db_file.parent}: buku {db_file.name} tidak dapat dibuka "
                                    f"(buku tidak diubah). {safefile.FREE_SPACE}") from exc
        return None
    problems = [row[0] for row in found if row[0] != "ok"]
    return f"halaman buku rusak ({'; '.join(problems)})" if problems else None


def newest_backup(stem: str) -> Backup | None:
    """The backup of this book with the longest audit chain that passes quick_check."""
    from kasbuku.backup import chain_head

    candidates = sorted(paths.backup_dir().glob(f"{stem}-*.sqlite"), key=lambda f: (chain_head(f)[0], f.name),
                        reverse=True)
    for copy in candidates:
        if damage(copy, full=True, live=False) is not None:
            continue
        with closing(read_only(copy)) as conn:
            row = conn.execute("select max(at) from audit").fetchone()
        when = datetime.fromisoformat(str(row[0])).date() if row and row[0] else date.fromtimestamp(
            copy.stat().st_mtime)
        return Backup(copy, when)
    return None


def refuse_damaged(db_file: Path, full: bool = False) -> None:
    """Raise :class:`BookDamaged` naming the damage and the way back, before anything touches the book."""
    found = damage(db_file, full)
    if found is None:
        return
    newest = newest_backup(db_file.stem)
    if newest is None:
        way = ("Tidak ada cadangan yang utuh di komputer ini; pulihkan dari flashdisk dengan "
               "kasbuku restore BERKAS")
    else:
        way = (f"Cadangan utuh terbaru: {newest.path.name}, isinya sampai {tanggal(newest.last_entry)}; "
               f"memulihkannya kehilangan catatan {newest.days_lost(date.today())} hari terakhir (catat ulang "
               "dari buku kertas). Pulihkan dengan tombol \"Pulihkan dari cadangan\" atau "
               f"kasbuku restore {newest.path}")
    raise BookDamaged(f"buku {db_file} rusak: {found}. Tidak ada yang ditulis ke buku ini. {way}", newest)


def set_aside(db_file: Path) -> Path:
    """Rename the damaged book (and its WAL files) to ``<name>.rusak-<timestamp>``; returns the new name."""
    aside = db_file.with_name(f"{db_file.name}.rusak-{datetime.now():%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{db_file}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{suffix}"))
    os.replace(db_file, aside)
    return aside
