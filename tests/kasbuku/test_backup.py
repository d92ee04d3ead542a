"""Backups, restore and upgrades (issue 7): consistent verified copies, a restore that refuses a bad file
and keeps the current book, older books migrated after a backup, newer books refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from kasbuku import backup, db, glance, paths
from ledger.model.errors import Refusal
from tests.conftest import Book, ev, group_with_members

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
pytestmark = pytest.mark.sqlite_only  # copies of SQLite files; a PostgreSQL book is backed up by its server


def test_backup_is_a_verified_consistent_copy_while_the_book_is_open(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=3)
    copy = backup.backup_to(book.url, tmp_path / "flashdisk" / "kube.sqlite")
    copied = Book(copy)
    assert copied.state(as_of="2026-01-05") == book.state(as_of="2026-01-05")
    assert copied.check() == []


def test_restore_refuses_a_file_that_fails_check_and_keeps_the_book(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=3)
    bad = backup.backup_to(book.url, tmp_path / "bad.sqlite")
    with closing(sqlite3.connect(bad)) as conn, conn:
        conn.execute("update events set payload = replace(payload, 'Anggota 1', 'Orang Lain')")
    before = book.snapshot()
    with pytest.raises(Refusal, match="tidak lolos pemeriksaan"):
        backup.restore(book.url, bad)
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(Refusal, match="bukan buku kasbuku"):
        backup.restore(book.url, tmp_path / "junk.sqlite")
    assert book.snapshot() == before


def test_restore_replaces_the_book_and_keeps_the_old_one(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=3)
    good = backup.backup_to(book.url, tmp_path / "good.sqlite")
    book.apply(ev("savings.deposit", "2026-01-06", member="M1", product="sukarela", amount=5_000))
    kept = backup.restore(book.url, good)
    assert "sebelum-pulih" in kept.name
    fresh = Book(Path(book.url.removeprefix("sqlite:///")))
    assert fresh.state(as_of="2026-01-06")["members"]["M1"]["savings"]["sukarela"] == 0
    assert fresh.check() == []
    assert Book(kept).state(as_of="2026-01-06")["members"]["M1"]["savings"]["sukarela"] == 5_000


def test_daily_backup_once_a_day_in_a_bounded_rotation(book: Any) -> None:
    group_with_members(book, n=1)
    assert backup.automatic(book.url, "harian") is not None
    assert backup.automatic(book.url, "harian") is None
    for _ in range(backup.KEEP["tutup"] + 3):
        backup.automatic(book.url, "tutup")
    assert len(list(paths.backup_dir().glob("*-tutup-*.sqlite"))) <= backup.KEEP["tutup"]


def test_an_older_book_is_migrated_after_a_backup(tmp_path: Path) -> None:
    old = tmp_path / "lama.sqlite"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite", old)
    migrated = Book(old)
    assert db.current_revision(migrated.engine) == db.head_revision()
    assert list(paths.backup_dir().glob("lama-sebelum-migrasi-*.sqlite"))
    assert migrated.check() == []
    assert migrated.state("KUBE Mawar", "2026-02-28")["cash"] == 5_332_500


def test_a_book_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    newer = tmp_path / "baru.sqlite"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite", newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    before = newer.read_bytes()
    with pytest.raises(Refusal, match="versi yang lebih baru"):
        db.open_engine(f"sqlite:///{newer}")
    assert newer.read_bytes() == before


def test_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(glance.MIGRATIONS))
    assert glance.head_revision() == script.get_current_head()
    assert glance.revisions()[0] == {rev.revision for rev in script.walk_revisions()}


def test_a_sqlite_file_that_is_no_book_is_refused_not_restored_as_an_empty_one(book: Any, tmp_path: Path) -> None:
    """Another program's SQLite file chosen by mistake: opening it would have migrated it into an empty book
    that passed every check and replaced hers. It is refused, her book unchanged, and nothing is left open
    (Windows cannot remove a folder holding an open file, and a flash drive would stay busy)."""
    import os

    group_with_members(book, n=1)
    stranger = tmp_path / "lain.sqlite"
    with closing(sqlite3.connect(stranger)) as conn, conn:
        conn.execute("create table catatan (isi text)")
    before = book.snapshot()
    with pytest.raises(Refusal, match=r"bukan buku kasbuku.*tidak ada tabel buku"):
        backup.restore(book.url, stranger)
    assert book.snapshot() == before
    fds = Path(f"/proc/{os.getpid()}/fd")
    still_open = [os.readlink(fd) for fd in fds.iterdir() if os.path.exists(fd)]
    assert not [name for name in still_open if "pulih.sqlite" in name or name == str(stranger)]


def test_the_days_first_copy_is_made_once_when_two_ask_at_once(book: Any) -> None:
    """The window's day's-first copy (a worker thread) and a command in the same process ask together: one copy
    is made, the other sees it (on Windows the second writer of the same file was refused: the self-test failed)."""
    import threading

    group_with_members(book, n=3)
    start = threading.Barrier(4)
    made: list[Path | None] = []

    def ask() -> None:
        start.wait()
        made.append(backup.automatic(book.url, "harian"))

    askers = [threading.Thread(target=ask) for _ in range(4)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert len([m for m in made if m is not None]) == 1
    assert len(list(paths.backup_dir().glob("*-harian-*.sqlite"))) == 1
