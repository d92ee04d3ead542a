"""Shared test fixtures: a real book on each backend (a SQLite file, a fresh PostgreSQL database), and
scenario builders.

The ``book`` fixture runs every test that uses it on SQLite and on PostgreSQL; the PostgreSQL server is the
one ``KASBUKU_TEST_PG`` names (``make test`` starts a throw-away one, scripts/pg-test-server.sh). Tests of
SQLite files themselves (backup copies, the file's pages) are marked ``sqlite_only``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kasbuku import db
from ledger import services, storage

BACKENDS = ("sqlite", "postgresql")
# the scenario builders' computer date: scenarios run into 2027, and nothing may be dated after "today"
# (rules §2); tests of that rule pass their own today
SCENARIO_TODAY = date(2030, 12, 31)
PG_URL = os.environ.get("KASBUKU_TEST_PG", "")

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"
if not EXAMPLES.exists():  # CI clones the repo beside shared/
    EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"


@pytest.fixture(autouse=True)
def _home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's data folder (backups, the default book) apart from its tmp_path."""
    monkeypatch.setenv("KASBUKU_HOME", str(tmp_path_factory.mktemp("home")))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of SQLite files themselves; not run on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that uses a book runs once per backend (SQLite only when marked ``sqlite_only``)."""
    if "backend" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", BACKENDS[:1] if only_sqlite else BACKENDS)


class PgServer:
    """The test PostgreSQL server: migrated databases of this test run, each emptied before it is lent to a
    test (emptying the tables takes milliseconds where creating a database takes a third of a second)."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.made: list[str] = []
        self.free: list[str] = []
        self.tables = ", ".join(t.name for t in storage.Base.metadata.sorted_tables)

    def database_url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def lend(self) -> str:
        """The URL of an empty, migrated book database, for one test."""
        if self.free:
            name = self.free.pop()
        else:
            name = f"kasbuku_t{os.getpid()}_{len(self.made)}"
            with self.admin.connect() as conn:
                conn.execute(text(f'drop database if exists "{name}" with (force)'))
                conn.execute(text(f'create database "{name}"'))
            self.made.append(name)
        engine = db.open_engine(self.database_url(name))  # migrates a new database; an old one is at head
        with engine.begin() as conn:
            conn.execute(text(f"truncate {self.tables} restart identity cascade"))
        engine.dispose()
        return name

    def give_back(self, name: str) -> None:
        with self.admin.connect() as conn:  # ends connections a test left open (and their locks)
            conn.execute(text("select pg_terminate_backend(pid) from pg_stat_activity "
                              "where datname = :name and pid <> pg_backend_pid()"), {"name": name})
        self.free.append(name)

    def close(self) -> None:
        with self.admin.connect() as conn:
            for name in self.made:
                conn.execute(text(f'drop database if exists "{name}" with (force)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if not PG_URL:
        pytest.skip("KASBUKU_TEST_PG is not set: no PostgreSQL server to test on (make test starts one)")
    server = PgServer(PG_URL)
    yield server
    server.close()


@pytest.fixture
def new_book_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """Makes URLs of empty, migrated books on ``backend`` (new SQLite files or PostgreSQL databases)."""
    lent: list[str] = []

    def make() -> str:
        if backend == "sqlite":
            lent.append(f"book{len(lent)}.sqlite")
            return f"sqlite:///{tmp_path / lent[-1]}"
        server: PgServer = request.getfixturevalue("pg_server")
        lent.append(server.lend())
        return server.database_url(lent[-1])

    yield make
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        for name in lent:
            server.give_back(name)


@pytest.fixture
def book_url(new_book_url: Callable[[], str]) -> str:
    """The URL of an empty, migrated book on the test's backend."""
    return new_book_url()


class Book:
    """A real book (SQLite file or PostgreSQL database) and helpers to apply events and read state, as a
    test scenario builder."""

    def __init__(self, where: Path | str) -> None:
        self.url = f"sqlite:///{where}" if isinstance(where, Path) else where
        self.engine = db.open_engine(self.url)
        self.backend = self.engine.dialect.name

    def sql(self, statement: str) -> list[Any]:
        """Run raw SQL behind the app's back (as a tamperer would); returns the rows, if any."""
        with self.engine.begin() as conn:
            result = conn.execute(text(statement))
            return [tuple(row) for row in result] if result.returns_rows else []

    def apply(self, *events: dict[str, Any], role: str = "pendamping", today: date = SCENARIO_TODAY) -> None:
        with db.session(self.engine, write=True) as sess:
            services.apply_events(sess, events, role, today)

    def refused(self, *events: dict[str, Any], today: date = SCENARIO_TODAY) -> str:
        """Apply events that must be refused; return the reason and check nothing changed."""
        before = self.snapshot()
        with pytest.raises(services.LineRefused) as info:
            self.apply(*events, today=today)
        assert self.snapshot() == before
        return info.value.reason

    def state(self, group: str = "G", as_of: str = "2030-12-31") -> dict[str, Any]:
        with db.session(self.engine) as sess:
            return services.state(sess, group, date.fromisoformat(as_of))

    def check(self) -> list[str]:
        with db.session(self.engine) as sess:
            return services.check(sess)

    def book(self, group: str = "G") -> Any:
        with db.session(self.engine) as sess:
            return services.load_book(sess, group)

    def snapshot(self) -> str:
        """Every group's state and the stored rows' count: equal snapshots mean an unchanged book."""
        from sqlalchemy import text

        with db.session(self.engine) as sess:
            names = services.list_groups(sess)
            states = {n: services.state(sess, n, __import__("datetime").date(2031, 1, 1)) for n in names}
            counts = [sess.execute(text(f"select count(*) from {t}")).scalar()
                      for t in ("events", "journal_lines", "groups")]
        return json.dumps([states, counts], sort_keys=True, default=str)


@pytest.fixture
def book(book_url: str) -> Iterator[Book]:
    b = Book(book_url)
    yield b
    b.engine.dispose()


def ev(type_: str, date: str, group: str = "G", **keys: Any) -> dict[str, Any]:
    return {"type": type_, "date": date, "group": group, **keys}


def group_with_members(book: Book, n: int = 5, day: str = "2026-01-05", rules: dict[str, Any] | None = None,
                       pokok: bool = True) -> None:
    events = [ev("group.create", day, kind="KUBE", **({"rules": rules} if rules else {}))]
    for i in range(1, n + 1):
        events.append(ev("member.join", day, member=f"M{i}", name=f"Anggota {i}"))
        if pokok:
            events.append(ev("savings.deposit", day, member=f"M{i}", product="pokok", amount=20_000))
    book.apply(*events)
