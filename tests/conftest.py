"""Shared test fixtures: a real SQLite book in a temporary folder, and scenario builders."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kasbuku import db
from ledger import services

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"
if not EXAMPLES.exists():  # CI clones the repo beside shared/
    EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"


@pytest.fixture(autouse=True)
def _home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's data folder (backups, the default book) apart from its tmp_path."""
    monkeypatch.setenv("KASBUKU_HOME", str(tmp_path_factory.mktemp("home")))


class Book:
    """A real SQLite book and helpers to apply events and read state, as a test scenario builder."""

    def __init__(self, path: Path) -> None:
        self.url = f"sqlite:///{path}"
        self.engine = db.open_engine(self.url)

    def apply(self, *events: dict[str, Any], role: str = "pendamping") -> None:
        with db.session(self.engine, write=True) as sess:
            services.apply_events(sess, events, role)

    def refused(self, *events: dict[str, Any]) -> str:
        """Apply events that must be refused; return the reason and check nothing changed."""
        before = self.snapshot()
        with pytest.raises(services.LineRefused) as info:
            self.apply(*events)
        assert self.snapshot() == before
        return info.value.reason

    def state(self, group: str = "G", as_of: str = "2030-12-31") -> dict[str, Any]:
        from datetime import date

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
def book(tmp_path: Path) -> Iterator[Book]:
    b = Book(tmp_path / "book.sqlite")
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
