"""Both backends behind one door (issue 10): migrations from an older schema, the commands, and what a
PostgreSQL book does instead of file backups."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from kasbuku import backup, db
from ledger import services, storage
from tests.conftest import Book

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_schema_0001_book_is_migrated_on_either_backend(book_url: str) -> None:
    """Migration 0002 writes the audit trail of existing events with raw SQL: it must work on both."""
    engine = create_engine(book_url)
    with engine.begin() as conn:  # back to an empty schema 0001
        for table in [*(t.name for t in reversed(storage.Base.metadata.sorted_tables)), "alembic_version"]:
            conn.execute(text(f"drop table if exists {table}"))
    command.upgrade(db.alembic_config(engine), "0001")
    old = create_engine(f"sqlite:///file:{FIXTURES / 'schema-0001.sqlite'}?mode=ro&uri=true")
    with old.connect() as source, engine.begin() as conn:
        for name in ("groups", "events", "journal_lines"):
            table = storage.Base.metadata.tables[name]
            rows = [dict(row) for row in source.execute(table.select()).mappings()]
            conn.execute(table.insert(), rows)
    old.dispose()
    engine.dispose()
    migrated = Book(book_url)
    assert db.current_revision(migrated.engine) == db.head_revision()
    assert migrated.check() == []
    assert migrated.state("KUBE Mawar", "2026-02-28")["cash"] == 5_332_500
    with db.session(migrated.engine) as sess:  # no month figures kept before 0004: the rekap replays the group
        [row] = [r for r in services.recap(sess, "2026-02") if r.kind]
    assert (row.group, row.members, row.closed) == ("KUBE Mawar", 5, 1)
    migrated.engine.dispose()


def test_postgresql_book_is_backed_up_by_its_server_not_by_a_file(book: Book, tmp_path: Path) -> None:
    if book.backend != "postgresql":
        pytest.skip("the SQLite file backup is tested in test_backup.py")
    with pytest.raises(backup.Refusal, match="pg_dump"):
        backup.backup_to(book.url, tmp_path / "b.sqlite")
    with pytest.raises(backup.Refusal, match="pg_restore"):
        backup.restore(book.url, tmp_path / "b.sqlite")


def test_every_command_works_on_the_book(book: Any, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kasbuku", *args, "--db", book.url],
                              capture_output=True, text=True, check=False)

    assert run("demo").returncode == 0
    assert run("check").returncode == 0
    state = run("state", "--group", "KUBE Anggrek", "--as-of", "2026-06-30")
    assert state.returncode == 0 and '"group": "KUBE Anggrek"' in state.stdout
    assert run("export", "--group", "KUBE Anggrek", "--out", str(tmp_path / "a.kasbuku")).returncode == 0
    again = run("import", str(tmp_path / "a.kasbuku"))
    assert again.returncode == 0 and "tidak ada yang ditambahkan" in again.stdout
    unknown = run("state", "--group", "Tidak Ada")
    assert unknown.returncode == 2 and "tidak ada" in unknown.stderr and "Traceback" not in unknown.stderr


def test_long_names_and_codes_are_kept_alike_on_both_backends(book: Book) -> None:
    """SQLite ignores VARCHAR lengths; migration 0003 makes PostgreSQL's text columns unbounded too."""
    name, member = "KUBE" + " Sejahtera Bersama" * 15, "M" * 300
    book.apply({"type": "group.create", "date": "2026-01-05", "group": name, "kind": "KUBE", "id": "i" * 250},
               {"type": "member.join", "date": "2026-01-05", "group": name, "member": member, "name": "Siti"},
               {"type": "savings.deposit", "date": "2026-01-05", "group": name, "member": member,
                "product": "pokok", "amount": 20_000})
    assert book.state(name, "2026-01-31")["members"][member]["savings"]["pokok"] == 20_000
    assert book.check() == []


def test_text_with_a_nul_character_is_refused_on_both_backends(book: Book) -> None:
    """SQLite would store it and PostgreSQL cannot: refused alike, with the line number."""
    reason = book.refused({"type": "group.create", "date": "2026-01-05", "group": "KUBE\u0000X", "kind": "KUBE"})
    assert "NUL" in reason
