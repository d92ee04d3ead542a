"""Opening a book: the database engine, SQLite's durability settings, migrations with a backup first.

SQLite settings (a treasurer's book must survive a laptop switched off mid-save):
- WAL journal: readers (the window, a statement) never block the writer, and a crash leaves the last
  committed state;
- ``synchronous=FULL``: a commit is on disk before the window says "tersimpan" (NORMAL in WAL mode can
  lose the last transactions on power loss; the extra fsync costs milliseconds per save);
- ``busy_timeout`` 10 s: a second program waits for the writer instead of failing at once;
- writes start with ``BEGIN IMMEDIATE`` so two writers never interleave read-check-write steps.

PostgreSQL (an office's book, docs/postgresql.md): the same one-writer-at-a-time rule. A write transaction
first takes the book's advisory lock (``pg_advisory_xact_lock``, released by its commit or rollback) and runs
at READ COMMITTED, so every read after the lock sees the previous writer's commit; readers run at
REPEATABLE READ (one snapshot, like SQLite's WAL readers) and never wait.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine as Engine  # the type of an open book, for modules that never import SQLAlchemy
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kasbuku import integrity, paths, safefile
from kasbuku.glance import MIGRATIONS, head_revision, revisions
from ledger.model.errors import Refusal

# The key of a PostgreSQL book's writer lock (advisory locks are per database, so per book).
WRITER_LOCK = int.from_bytes(b"kasbuku", "big")
BUSY_TIMEOUT_MS = 10_000  # how long a write waits for another process's transaction


class BookError(Refusal):
    """The book cannot be opened (newer version, not a kasbuku book, unreachable server)."""


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def alembic_config(engine: Engine) -> Any:
    """Alembic's configuration for this engine (Alembic is imported only when a book must migrate: it is
    half of the window's start-up imports)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("select version_num from alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while the book is open), written under a
    temporary name, synced, verified and only then renamed to ``target``: a full disk or a pulled flash drive
    leaves ``target``'s previous content intact. Every connection is closed before returning (``with
    sqlite3.connect()`` alone only commits; the files stayed open until garbage collection, issue 14)."""
    with (safefile.replaced(target, "cadangan", verify=_verify_copy) as partial,
          closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file: no -wal/-shm beside a backup
    return target


def _verify_copy(copy: Path) -> None:
    with closing(sqlite3.connect(copy)) as check:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BookError(f"salinan cadangan {copy} rusak")


def open_engine(url: str | None = None) -> Engine:
    """Open (or create) the book at ``url``; an older schema is migrated after a backup copy."""
    url = url or paths.default_db_url()
    db_file = sqlite_path(url)
    if db_file is not None:
        db_file.parent.mkdir(parents=True, exist_ok=True)
        if db_file.exists():
            integrity.refuse_damaged(db_file)
            refuse_newer(db_file)
    try:
        engine = create_engine(url)
    except Exception as exc:  # unknown driver or malformed URL: one clear line, not a traceback
        raise BookError(f"alamat buku tidak dapat dipakai: {url} ({exc})") from exc
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine)
    if db_file is not None:
        integrity.OPENED.add(db_file.resolve())
    migrate(engine, db_file)
    return engine


def refuse_newer(db_file: Path) -> None:
    """Refuse a SQLite book written by a newer kasbuku before touching it (not even its journal mode)."""
    try:
        with closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as conn:
            row = conn.execute("select version_num from alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return  # not yet a kasbuku book (or not one at all): migrate() will say which
    if row is not None and row[0] not in revisions()[0]:
        raise BookError("buku ini dibuat oleh kasbuku versi yang lebih baru; perbarui kasbuku dulu "
                        "(buku tidak diubah)")


def migrate(engine: Engine, db_file: Path | None) -> None:
    try:
        current = current_revision(engine)
    except Exception as exc:  # not a database, a server that does not answer, a locked file
        raise BookError(f"buku tidak dapat dibuka: {exc}") from exc
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in revisions()[0]:
        raise BookError("buku ini dibuat oleh kasbuku versi yang lebih baru; perbarui kasbuku dulu "
                        "(buku tidak diubah)")
    if current is not None and db_file is not None and db_file.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_sqlite(db_file, paths.backup_dir() / f"{db_file.stem}-sebelum-migrasi-{stamp}.sqlite")
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        raise BookError(f"buku tidak dapat diperbarui ke versi ini: {exc}") from exc


@contextmanager
def session(engine: Engine, write: bool = False) -> Iterator[Session]:
    """One database transaction: committed if the block ends normally, rolled back on any error.

    A write transaction holds the book's writer lock from its first statement, before anything is read.
    """
    postgres = engine.dialect.name == "postgresql"
    if postgres:
        options: dict[str, str] = {"isolation_level": "READ COMMITTED" if write else "REPEATABLE READ"}
    else:
        options = {"sqlite_begin": "IMMEDIATE"} if write else {}
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(**options)
            with Session(bind=conn) as sess, conn.begin():
                if postgres and write:
                    conn.execute(text("select pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
                yield sess
                sess.flush()
    except (DBAPIError, OSError) as exc:  # the transaction is rolled back whole
        if safefile.is_disk_full(exc):
            raise safefile.disk_full(engine.url.database or str(engine.url), "perubahan ini") from exc
        if "database is locked" in str(exc):  # another process kept its transaction past busy_timeout
            raise BookError("buku sedang ditulis oleh program lain di komputer ini (jendela kasbuku lain atau "
                            f"perintah kasbuku) lebih dari {BUSY_TIMEOUT_MS // 1000} detik; tidak ada yang "
                            "disimpan. Tunggu sebentar lalu ulangi") from exc
        raise
