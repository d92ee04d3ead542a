"""The book seen without SQLAlchemy: the migration files' revisions, and the group list the start screen shows
in its first paint (issue 20).

SQLAlchemy is more than half of the window's imports. The start screen needs only the group names, so for a
SQLite book at this version they are read here with plain ``sqlite3``; the book is opened (checked, migrated,
locked) right after the window is painted. Anything this glance is not sure of — a PostgreSQL book, an
unusual address, a missing, damaged, older or busy file — answers ``None``, and the start screen waits for
the full open instead of guessing.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from functools import lru_cache
from pathlib import Path

from kasbuku import integrity

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


@lru_cache(maxsize=1)
def revisions() -> tuple[frozenset[str], str]:
    """Every known revision and the head, read from the migration files' ``revision``/``down_revision``."""
    known: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = re.search(r"^revision\s*=\s*[\"']([^\"']+)", source, re.M)
        if found:
            known.add(found.group(1))
        down = re.search(r"^down_revision\s*=\s*(.+)$", source, re.M)
        parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)) if down else [])
    heads = known - parents
    assert len(heads) == 1, f"migrations must have one head, not {sorted(heads)}"
    return frozenset(known), heads.pop()


def head_revision() -> str:
    return revisions()[1]


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` address; None for anything else (a server, a query string,
    escaped characters, memory): those are left to SQLAlchemy's own reading of the address."""
    prefix = next((p for p in SQLITE_PREFIXES if url.startswith(p)), None)
    if prefix is None or any(mark in url for mark in "?%#"):
        return None
    path = url[len(prefix):]
    return Path(path) if path and path != ":memory:" else None


def group_names(url: str) -> list[str] | None:
    """The group names, sorted as the book lists them; None when only the full open can say."""
    db_file = sqlite_file(url)
    if db_file is None or not db_file.is_file():
        return None
    try:
        with closing(integrity.read_only(db_file, live=True)) as conn:
            version = conn.execute("select version_num from alembic_version").fetchone()
            if version is None or version[0] != head_revision():
                return None
            return [row[0] for row in conn.execute("select name from groups order by name")]
    except sqlite3.Error:
        return None
