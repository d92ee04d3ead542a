"""Backups of a SQLite book: consistent (SQLite's online backup API), verified, kept in a bounded rotation;
and restoring one, only if it passes ``check``, after keeping the current book as a backup first."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

from kasbuku import db, integrity, paths
from ledger import services
from ledger.model.errors import Refusal
from ledger.storage import audit

KEEP = {"harian": 14, "tutup": 10, "keluar": 10, "sebelum-pulih": 10, "sebelum-migrasi": 10}


def _book_file(url: str) -> Path:
    path = db.sqlite_path(url)
    if path is None:
        raise Refusal("cadangan berkas hanya untuk buku SQLite; buku PostgreSQL dicadangkan oleh servernya "
                      "(pg_dump), dan satu kelompok dipindahkan dengan kasbuku export")
    if not path.exists():
        raise Refusal(f"buku {path} tidak ada")
    return path


def backup_to(url: str, target: Path) -> Path:
    """Write a verified copy of the book to ``target`` (safe while the book is open)."""
    source = _book_file(url)
    if target.resolve() == source.resolve():
        raise Refusal("berkas cadangan tidak boleh sama dengan buku itu sendiri")
    return db.backup_sqlite(source, target)


def chain_head(path: Path, live: bool = False) -> tuple[int, str]:
    """The audit chain's head of a backup (or, ``live``, a book): (last seq, its hash); (-1, "") when
    unreadable."""
    try:
        with closing(integrity.read_only(path, live)) as conn:
            row = conn.execute("select seq, hash from audit order by seq desc limit 1").fetchone()
    except sqlite3.Error:
        return -1, ""
    return (row[0], row[1]) if row else (0, "")


def rotate(kind: str, folder: Path | None = None) -> None:
    """Keep only the newest backups of one kind, newest by content (the audit chain's length), then by name.

    A clock that jumped (a laptop booting in 2000 or in 2038) writes wrong dates into the names and mtimes;
    ordering by the chain keeps the backups with the most entries, so a jump never deletes a good backup.
    """
    folder = folder or paths.backup_dir()
    files = sorted(folder.glob(f"*-{kind}-*.sqlite"), key=lambda f: (chain_head(f)[0], f.name))
    for old in files[: max(0, len(files) - KEEP[kind])]:
        old.unlink()


def cut_tail(url: str) -> list[str]:
    """Backups this book descends from that hold a longer audit chain: the book lost its last entries."""
    book = db.sqlite_path(url)
    if book is None or not book.exists():
        return []
    seq, digest = chain_head(book, live=True)
    found = []
    for copy in sorted(paths.backup_dir().glob(f"{book.stem}-*.sqlite")):
        longer, _ = chain_head(copy)
        if longer <= seq or seq <= 0:  # an empty book descends from nothing it can be compared with
            continue
        with closing(integrity.read_only(copy)) as conn:
            same = conn.execute("select hash from audit where seq = ?", (seq,)).fetchone()
        if (same[0] if same else "") == digest:
            found.append(f"buku lebih pendek daripada cadangan {copy.name}: {longer - seq} baris jejak audit "
                         f"terakhir (dengan kejadiannya) hilang dari buku; pulihkan dari cadangan itu "
                         f"(kasbuku restore {copy})")
    return found


_AUTOMATIC = threading.Lock()  # the window's daily copy and a command's in one process: one after the other


def automatic(url: str, kind: str) -> Path | None:
    """A backup of the given kind into the data folder's rotation (``harian``: once a day only).

    One at a time within a process: the window's day's-first copy (on a worker thread) and a command run in the
    same process (the self-test's statement) both found no copy of today and wrote the same file at once, which
    Windows refuses to the second (seen in the installed app's self-test)."""
    with _AUTOMATIC:
        return _automatic(url, kind)


def _automatic(url: str, kind: str) -> Path | None:
    source = db.sqlite_path(url)
    if source is None or not source.exists():
        return None
    folder = paths.backup_dir()
    today = datetime.now().strftime("%Y%m%d")
    if kind == "harian" and any(folder.glob(f"{source.stem}-harian-{today}*.sqlite")):
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    made = db.backup_sqlite(source, folder / f"{source.stem}-{kind}-{stamp}.sqlite")
    rotate(kind, folder)
    return made


def _keep_current(url: str, target: Path) -> Path | None:
    """The current book kept before a restore: a backup copy, or a damaged book renamed aside whole."""
    if integrity.damage(target) is not None:
        return integrity.set_aside(target)
    return automatic(url, "sebelum-pulih")


def restore_newest(url: str) -> Path:
    """Restore the newest verified backup (a damaged book is renamed aside first); returns the backup used."""
    target = _book_file(url)
    newest = integrity.newest_backup(target.stem)
    if newest is None:
        raise Refusal("tidak ada cadangan yang utuh di komputer ini; pulihkan dari flashdisk dengan "
                      "kasbuku restore BERKAS")
    restore(url, newest.path)
    return newest.path


def restore(url: str, backup_file: Path, actor: str = "pendamping") -> Path:
    """Replace the book by ``backup_file`` if that file passes ``check``; the current book is kept first.

    Returns the path of the backup of the book as it was before restoring.
    """
    target = db.sqlite_path(url)
    if target is None:
        raise Refusal("pemulihan berkas hanya untuk buku SQLite; buku PostgreSQL dipulihkan oleh servernya "
                      "(pg_restore), dan satu kelompok dimuat dengan kasbuku import")
    if not backup_file.exists():
        raise Refusal(f"berkas {backup_file} tidak ada")
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / "pulih.sqlite"
        try:
            db.backup_sqlite(backup_file, trial)
            if not _holds_a_book(trial):  # opening it would migrate it into an empty book, then restore that
                raise Refusal("tidak ada tabel buku kasbuku di dalamnya")
            engine = db.open_engine(f"sqlite:///{trial}")
            try:
                with db.session(engine) as sess:
                    found = services.check(sess)
            finally:  # a refused trial copy must not stay open: Windows could not remove its folder
                engine.dispose()
        except (sqlite3.DatabaseError, Refusal) as exc:
            raise Refusal(f"berkas {backup_file.name} bukan buku kasbuku yang dapat dibaca: {exc}") from exc
        if found:
            raise Refusal(f"berkas {backup_file.name} tidak lolos pemeriksaan: {found[0]}")
        kept = _keep_current(url, target) if target.exists() else None
        target.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(trial)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    engine = db.open_engine(url)
    with db.session(engine, write=True) as sess:
        audit.record(sess, actor, "restore", detail={"from": backup_file.name})
    engine.dispose()
    return kept or target


def _holds_a_book(path: Path) -> bool:
    """Whether a SQLite file holds a kasbuku book (its groups and events), before anything opens it."""
    with closing(sqlite3.connect(path)) as conn:
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    return {"groups", "events"} <= tables
