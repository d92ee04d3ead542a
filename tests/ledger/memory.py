"""A group's history kept in memory, with the test ``Book``'s own door (apply, refused, state, check, book):
the rule tests of tanggung renteng, closing and the revolving grant run on it in milliseconds, while the
services, storage and trust tests keep both real backends (issue 18.5).

Events are admitted as a write admits them (``History.admit``: rules §2's guards, the number, the actor,
every rule), all or nothing; what a book does across groups (a pass-on's receipt in another group of the
same book) is the services' and is tested on the real backends.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ledger.model.errors import LineRefused, Refusal
from ledger.model.events import parse_event
from ledger.rules.book import GroupBook, replay
from ledger.services.history import History
from ledger.views.queries import findings, group_state
from tests.conftest import SCENARIO_TODAY


class MemoryBook:
    """Groups' events in memory, applied and read like the test ``Book``."""

    backend = "memory"

    def __init__(self) -> None:
        self.events: dict[str, list[Any]] = {}
        self.seq = 1

    def apply(self, *raws: dict[str, Any], role: str = "pendamping", today: date = SCENARIO_TODAY) -> None:
        histories: dict[str, History] = {}
        seq = self.seq
        for line, raw in enumerate(raws, start=1):
            try:
                event = parse_event(raw)
                history = histories.get(event.group) or History(event.group, list(self.events.get(event.group, [])))
                histories[event.group] = history
                history.admit(event, seq, role, today)
            except Refusal as exc:
                raise LineRefused(line, exc.message) from exc
            seq += 1
        for name, history in histories.items():  # only a batch that was all admitted is kept
            self.events[name] = history.events
        self.seq = seq

    def refused(self, *raws: dict[str, Any], today: date = SCENARIO_TODAY) -> str:
        """Apply events that must be refused; return the reason and check nothing changed."""
        before = {name: list(events) for name, events in self.events.items()}
        with pytest.raises(LineRefused) as info:
            self.apply(*raws, today=today)
        assert self.events == before
        return info.value.reason

    def book(self, group: str = "G", as_of: date | None = None) -> GroupBook:
        return replay(group, self.events[group], as_of=as_of)

    def state(self, group: str = "G", as_of: str = "2030-12-31") -> dict[str, Any]:
        day = date.fromisoformat(as_of)
        return group_state(self.book(group, day), day)

    def check(self) -> list[str]:
        return [line for name in self.events for line in findings(self.book(name))]
