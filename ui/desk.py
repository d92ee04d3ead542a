"""The window's one door onto the book: a session per use case, events with fresh ids, the signed-in role.

Widgets never see a session: they call ``read`` with a function of the session (run by the services)
and ``apply`` with event dicts; both may run on a worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from kasbuku import backup, db, locking
from ledger import services
from ledger.rules.book import GroupBook
from ledger.services import access

T = TypeVar("T")
TREASURER = "bendahara"
FACILITATOR = access.FACILITATOR


def new_id() -> str:
    """A unique event id, so that every event the window writes can later be reversed."""
    return f"ui-{uuid.uuid4().hex[:16]}"


class Desk:
    """One open book and who is working on it (a group's treasurer, or the facilitator)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = db.open_engine(url)
        self.role = TREASURER
        self.group: str | None = None
        self.me = locking.me("kasbuku")
        self.today: Callable[[], date] = date.today

    @property
    def facilitator(self) -> bool:
        return self.role == FACILITATOR

    def read(self, use: Callable[[Any], T]) -> T:
        with db.session(self.engine) as sess:
            return use(sess)

    def write(self, use: Callable[[Any], T]) -> T:
        with db.session(self.engine, write=True) as sess:
            return use(sess)

    def apply(self, events: list[dict[str, Any]]) -> int:
        """Post events all or nothing; raises ``services.LineRefused`` naming the refused line."""
        for raw in events:
            raw.setdefault("id", new_id())
        return self.write(lambda s: services.apply_events(s, events, self.role, self.today()))

    def clock_behind(self) -> date | None:
        """The book's latest business date when this computer's date is earlier (rules §2), else None."""
        return self.read(lambda s: services.clock_behind(s, self.today()))

    def groups(self) -> list[str]:
        return self.read(services.list_groups)

    def book(self, as_of: date | None = None) -> GroupBook:
        assert self.group is not None
        name = self.group
        return self.read(lambda s: services.load_book(s, name, as_of))

    def events(self) -> list[Any]:
        assert self.group is not None
        name = self.group
        return self.read(lambda s: services.group_events(s, name))

    # -- access ----------------------------------------------------------------------------------
    def has_facilitator_password(self) -> bool:
        return self.read(lambda s: access.has_secret(s, None))

    def sign_in(self, group: str | None, secret: str) -> str | None:
        """None when right (and the role is set); else the message to show. Wrong tries are kept."""
        message = self.write(lambda s: access.verify(s, group, secret))
        if message is None:
            self.role = FACILITATOR if group is None else TREASURER
        return message

    def set_facilitator_password(self, password: str) -> None:
        self.write(lambda s: access.set_secret(s, None, password, FACILITATOR))

    def reset_pin(self, group: str, pin: str) -> None:
        self.write(lambda s: access.reset_pin(s, group, pin))

    def sign_out(self) -> None:
        self.role, self.group = TREASURER, None

    def safety_copy(self, kind: str) -> object:
        """The automatic backup of a SQLite book (``harian`` once a day, ``tutup`` after a month close)."""
        return backup.automatic(self.url, kind)

    # -- the one-writer lock -----------------------------------------------------------------------
    def hold(self) -> None:
        """Take (or renew) the book's writer lock; refused with who holds it."""
        locking.acquire(self.engine, self.me)

    def close(self) -> None:
        locking.release(self.engine, self.me)
        self.engine.dispose()
