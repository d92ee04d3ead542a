"""Faults a shared laptop meets (issue 19), each made for real: a full disk (a small tmpfs, and a process's
file-size limit), a flash drive that vanishes or turns read-only mid-backup, a clock that jumped, an audit
tail cut with its events. Each ends in an Indonesian refusal, nothing half-written, nothing saved lost."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kasbuku import backup, db, integrity, paths, safefile
from reports import spreadsheet
from tests.conftest import Book, ev, group_with_members

pytestmark = pytest.mark.sqlite_only


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs), made and removed by the test."""
    where = tmp_path / "disk"
    where.mkdir()
    try:
        _run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(where))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"this machine cannot mount a small file system ({exc}); the file-size-limit test covers "
                    "a full disk here")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def _fill(disk: Path) -> Path:
    """Fill the file system to the last byte."""
    filler = disk / "film.mp4"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 1):
            with suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return filler


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "sebagian" in p.name)


def test_disk_full_refuses_a_meeting_save_whole_and_the_book_stays_sound(small_disk: Path) -> None:
    book = Book(small_disk / "kube.sqlite")
    group_with_members(book, n=5)
    before = book.snapshot()
    filler = _fill(small_disk)
    many = [ev("savings.deposit", "2026-01-06", member=f"M{1 + i % 5}", product="sukarela", amount=1_000)
            for i in range(3_000)]
    with pytest.raises(safefile.DiskFull, match="disk penuh") as info:
        book.apply(*many)
    assert "Kosongkan tempat" in info.value.message
    filler.unlink()
    book.engine.dispose()
    again = Book(small_disk / "kube.sqlite")
    assert again.snapshot() == before
    assert again.check() == []
    again.engine.dispose()


def test_a_book_on_a_full_disk_is_not_called_damaged(small_disk: Path) -> None:
    book = Book(small_disk / "kube.sqlite")
    group_with_members(book, n=2)
    book.engine.dispose()
    integrity.OPENED.clear()  # the next open is a new process's (the window starting again)
    for suffix in ("-wal", "-shm"):  # closed cleanly: the next open must make them again
        Path(f"{small_disk / 'kube.sqlite'}{suffix}").unlink(missing_ok=True)
    filler = _fill(small_disk)
    with pytest.raises(safefile.DiskFull, match="tidak dapat dibuka") as info:
        db.open_engine(book.url)
    assert not isinstance(info.value, integrity.BookDamaged)  # a false "rusak" would send her to a backup
    filler.unlink()
    again = Book(small_disk / "kube.sqlite")
    assert again.check() == []
    again.engine.dispose()


def test_disk_full_leaves_no_half_backup_statement_or_export_and_keeps_old_backups(
        book: Any, small_disk: Path, tmp_path: Path) -> None:
    group_with_members(book, n=5)
    old = backup.backup_to(book.url, small_disk / "kube.sqlite")
    old_bytes = old.read_bytes()
    filler = _fill(small_disk)
    with pytest.raises(safefile.DiskFull, match="Berkas lama"):
        backup.backup_to(book.url, small_disk / "kube.sqlite")
    with pytest.raises(safefile.DiskFull):
        backup.backup_to(book.url, small_disk / "baru.sqlite")
    pdf = subprocess.run([sys.executable, "-m", "kasbuku", "report", "kas", "--group", "G", "--month", "2026-01",
                          "--db", book.url, "--out", str(small_disk / "kas.pdf")],
                         capture_output=True, text=True, check=False)
    assert pdf.returncode == 2 and "disk penuh" in pdf.stderr and "Traceback" not in pdf.stderr, pdf.stderr
    result = subprocess.run([sys.executable, "-m", "kasbuku", "export", "--group", "G", "--db", book.url,
                             "--out", str(small_disk / "g.jsonl")], capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "disk penuh" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(safefile.DiskFull):
        spreadsheet.write_xlsx([], "2026-01", small_disk / "rekap.xlsx")
    with pytest.raises(safefile.DiskFull):
        spreadsheet.write_csv([], small_disk / "rekap.csv")
    assert not (small_disk / "rekap.xlsx").exists() and not (small_disk / "rekap.csv").exists()
    assert not (small_disk / "baru.sqlite").exists() and not (small_disk / "g.jsonl").exists()
    assert not (small_disk / "kas.pdf").exists()
    assert _leftovers(small_disk) == []
    filler.unlink()
    assert old.read_bytes() == old_bytes and Book(old).check() == []


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


def test_a_file_size_limit_is_a_full_disk_too(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=20)
    out = tmp_path / "flashdisk"
    out.mkdir()
    (out / "kube.sqlite").write_bytes(b"kemarin")
    result = subprocess.run([sys.executable, "-m", "kasbuku", "backup", "--db", book.url, "--out",
                             str(out / "kube.sqlite")], capture_output=True, text=True, check=False,
                            preexec_fn=_limit_file_size, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert result.returncode == 2, result.stderr
    assert "disk penuh" in result.stderr and "Traceback" not in result.stderr
    assert (out / "kube.sqlite").read_bytes() == b"kemarin"
    assert _leftovers(out) == []


def test_flash_drive_pulled_or_read_only_mid_backup(book: Any, small_disk: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    group_with_members(book, n=3)
    old = backup.backup_to(book.url, small_disk / "kube.sqlite")
    old_bytes = old.read_bytes()
    verify = db._verify_copy

    def turns_read_only(copy: Path) -> None:  # the drive's lock switch, between writing and renaming
        verify(copy)
        _run("mount", "-o", "remount,ro", str(small_disk))

    monkeypatch.setattr(db, "_verify_copy", turns_read_only)
    with pytest.raises(backup.Refusal, match="tetap utuh"):
        backup.backup_to(book.url, small_disk / "kube.sqlite")
    _run("mount", "-o", "remount,rw", str(small_disk))
    assert old.read_bytes() == old_bytes

    def pulled(copy: Path) -> None:  # the folder vanishes between writing and renaming
        verify(copy)
        shutil.rmtree(copy.parent)

    monkeypatch.setattr(db, "_verify_copy", pulled)
    with pytest.raises(backup.Refusal, match=r"tidak dapat ditulis.*flashdisk"):
        backup.backup_to(book.url, small_disk / "usb" / "kube.sqlite")
    assert book.check() == []


def test_a_backup_leaves_no_file_open(book: Any, tmp_path: Path) -> None:
    """Issue 14: the drive is safe to pull once the window says the backup is written."""
    group_with_members(book, n=3)
    made = backup.backup_to(book.url, tmp_path / "usb" / "kube.sqlite")
    opened = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    assert not any(p.startswith(str(made.parent)) for p in opened)


def _chain(path: Path) -> int:
    return backup.chain_head(path)[0]


@pytest.mark.parametrize(("earlier", "newest_stamp"), [
    ("202602", "20000101-000000"),  # the battery died: today's backup is named, and touched, in 2000
    ("203801", "20261201-080000"),  # two weeks of backups taken while the clock said 2038, then it was set right
])
def test_a_clock_jump_never_rotates_away_the_newest_backup(book: Any, earlier: str, newest_stamp: str) -> None:
    group_with_members(book, n=1)
    folder = paths.backup_dir()
    source = Path(book.url.removeprefix("sqlite:///"))
    for day in range(1, backup.KEEP["harian"] + 1):
        book.apply(ev("savings.deposit", f"2026-01-{5 + day:02d}", member="M1", product="sukarela",
                      amount=1_000))
        db.backup_sqlite(source, folder / f"kube-harian-{earlier}{day:02d}-080000.sqlite")
    book.apply(ev("savings.deposit", "2026-01-26", member="M1", product="sukarela", amount=1_000))
    newest = db.backup_sqlite(source, folder / f"kube-harian-{newest_stamp}.sqlite")
    stamp = datetime.strptime(newest_stamp, "%Y%m%d-%H%M%S").timestamp()
    os.utime(newest, (stamp, stamp))
    backup.rotate("harian", folder)
    kept = sorted(folder.glob("*-harian-*.sqlite"), key=_chain)
    assert len(kept) == backup.KEEP["harian"]
    assert newest in kept and _chain(newest) == backup.chain_head(source, live=True)[0]
    assert not (folder / f"kube-harian-{earlier}01-080000.sqlite").exists()  # the one with fewest entries went


def test_check_names_a_book_shorter_than_a_backup_it_descends_from(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=2)
    source = Path(book.url.removeprefix("sqlite:///"))
    cut_at = backup.chain_head(source, live=True)[0]
    book.apply(ev("savings.deposit", "2026-01-06", member="M1", product="sukarela", amount=5_000))
    kept = db.backup_sqlite(source, paths.backup_dir() / f"{source.stem}-harian-20260106-080000.sqlite")
    with closing(sqlite3.connect(source)) as conn, conn:  # the tail cut with its events, behind the app
        conn.execute("delete from journal_lines where event_seq = (select max(seq) from events)")
        conn.execute("delete from events where seq = (select max(seq) from events)")
        conn.execute(f"delete from audit where seq > {cut_at}")
    assert book.check() == []  # the book alone looks sound
    result = subprocess.run([sys.executable, "-m", "kasbuku", "check", "--db", book.url],
                            capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert f"buku lebih pendek daripada cadangan {kept.name}" in result.stdout


def _book_with_a_backup(book: Any) -> tuple[Path, Path]:
    group_with_members(book, n=30)
    source = Path(book.url.removeprefix("sqlite:///"))
    made = backup.automatic(book.url, "harian")
    assert made is not None
    book.apply(ev("savings.deposit", "2026-01-06", member="M1", product="sukarela", amount=5_000))
    book.engine.dispose()
    integrity.OPENED.clear()  # the next open is a new process's (the window starting again)
    with closing(sqlite3.connect(source)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return source, made


def _tear(path: Path) -> None:
    """Overwrite a page in the middle of the file with garbage (a torn write)."""
    with open(path, "r+b") as handle:
        page = int.from_bytes(handle.read(18)[16:18], "big")
        handle.seek(page * (path.stat().st_size // page // 2))
        handle.write(os.urandom(page))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _not_a_book(path: Path) -> None:
    path.write_bytes(b"Laporan keuangan.docx " * 500)


@pytest.mark.parametrize("harm", [_tear, _truncate, _not_a_book], ids=["torn", "truncated", "not-a-book"])
def test_a_damaged_book_is_refused_before_any_write_and_restored_on_request(book: Any, harm: Any) -> None:
    source, made = _book_with_a_backup(book)
    harm(source)
    damaged = source.read_bytes()
    with pytest.raises(integrity.BookDamaged) as info:
        db.open_engine(book.url)
    message = info.value.message
    assert "rusak" in message and made.name in message and "hari terakhir" in message
    assert source.read_bytes() == damaged  # nothing written, not even the journal mode
    result = subprocess.run([sys.executable, "-m", "kasbuku", "check", "--db", book.url],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and made.name in result.stderr and "Traceback" not in result.stderr
    assert source.read_bytes() == damaged
    assert sorted(p.name for p in paths.backup_dir().iterdir()) == [made.name]  # no copy of the damage rotated in
    used = backup.restore_newest(book.url)
    assert used == made
    aside = [p for p in source.parent.iterdir() if ".rusak-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    restored = Book(source)
    assert restored.check() == [] and restored.state(as_of="2026-01-05")["members"]["M30"]
    restored.engine.dispose()
