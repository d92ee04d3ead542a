"""Files written whole or not at all, and one refusal for a full disk.

Every file kasbuku writes (a backup, a statement PDF, an export) is written under a temporary name in the
target's own folder, synced, checked, and only then renamed to its final name (a rename within one folder is
atomic). A failure removes the temporary file, so a half-written file is never left under the final name and a
previous file of that name (yesterday's backup on the flash drive) stays as it was.

A full disk shows up three ways: ``ENOSPC`` (no space left), ``EFBIG`` (file too large for the file system or
the process's limit) and SQLite's "database or disk is full". All three become :class:`DiskFull`.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ledger.model.errors import Refusal

try:
    import resource
except ImportError:  # pragma: no cover - Windows has no file-size limit
    resource = None  # type: ignore[assignment]

FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


class DiskFull(Refusal):
    """The disk (or the flash drive) is full: nothing was saved."""


def is_disk_full(exc: BaseException, written: Path | None = None) -> bool:
    """Whether ``exc`` (or what caused it) is a full disk. SQLite reports a write refused by a file-size
    limit (EFBIG) only as "disk I/O error" without the errno, so such an error while writing ``written`` is
    judged by that file: its disk has less than 1 MiB free, or it reached this process's file-size limit."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
            return True
        if "database or disk is full" in str(exc):
            return True
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_IOERR_WRITE") and written is not None:
            return no_room(written)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return False


def no_room(written: Path) -> bool:
    """Whether the file's disk has less than 1 MiB free, or the file reached this process's size limit."""
    try:
        size = written.stat().st_size if written.exists() else 0
        free = shutil.disk_usage(written.parent).free
    except OSError:
        return False
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0] if resource else -1
    return free < 1 << 20 or (limit not in (-1, getattr(resource, "RLIM_INFINITY", -1)) and size + 65536 > limit)


FREE_SPACE = ("Kosongkan tempat dulu — hapus berkas besar yang tidak perlu (video, unduhan, isi Tong Sampah) — "
              "lalu ulangi")


def disk_full(where: Path | str, what: str, kept: str = "") -> DiskFull:
    return DiskFull(f"disk penuh di {where}: {what} tidak disimpan (tidak ada yang setengah tertulis).{kept} "
                    f"{FREE_SPACE}")


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder; its rename is journaled
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextmanager
def replaced(final: Path, what: str, verify: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Yield a temporary path next to ``final``; when the block ends normally the file is synced, verified by
    ``verify`` and renamed to ``final``. Any failure removes the temporary file and leaves ``final`` as it was;
    a full disk becomes :class:`DiskFull`, a vanished or unwritable folder a :class:`Refusal` saying so."""
    folder = final.parent
    partial = folder / f".{final.name}.{os.getpid()}.sebagian"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        yield partial
        sync_file(partial)
        if verify is not None:
            verify(partial)
        os.replace(partial, final)
        _sync_folder(folder)
    except BaseException as exc:
        full = is_disk_full(exc, partial)
        with suppress(OSError):
            partial.unlink()
        kept = " Berkas lama dengan nama itu tetap utuh." if final.exists() else ""
        if full:
            raise disk_full(folder, what, kept) from exc
        if isinstance(exc, OSError | sqlite3.Error) and not isinstance(exc, Refusal):
            raise Refusal(f"{what} tidak dapat ditulis ke {final}: {exc}.{kept} Periksa flashdisk atau "
                          "foldernya masih terpasang dan dapat ditulisi, lalu ulangi") from exc
        raise


def write_bytes(final: Path, data: bytes, what: str) -> Path:
    """``final`` holds ``data`` whole, or is left as it was."""
    with replaced(final, what) as partial:
        partial.write_bytes(data)
    return final
