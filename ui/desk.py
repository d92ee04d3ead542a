"""The window's one door onto the book: a session per use case, events with fresh ids, the signed-in role.

Widgets never see a session: they call ``read`` with a function of the session (run by the services)
and ``apply`` with event dicts; both may run on a worker thread.

The book is opened (checked, migrated, its writer lock taken) by ``hold``, not when the desk is made: the
window paints its start screen first, from ``kasbuku.glance``'s group list, and SQLAlchemy with the ledger's
services is imported only by that first ``hold`` (issue 20: they are most of the start-up's imports).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from kasbuku import glance
from ledger.model.events import FACILITATOR

if TYPE_CHECKING:
    from kasbuku.db import Engine
    from ledger.rules.book import GroupBook

T = TypeVar("T")
TREASURER = "bendahara"


def new_id() -> str:
    """A unique event id, so that every event the window writes can later be reversed."""
    return f"ui-{uuid.uuid4().hex[:16]}"


class Desk:
    """One book and who is working on it (a group's treasurer, or the facilitator)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None
        self.role = TREASURER
        self.group: str | None = None
        self.today: Callable[[], date] = date.today

    @property
    def opened(self) -> bool:
        """True once the book has been opened (by ``hold`` or any read or write)."""
        return self._engine is not None

    def open(self) -> Engine:
        """The book's engine, opening the book (checked, migrated) the first time; a ``Refusal`` says why it
        cannot be."""
        if self._engine is None:
            from kasbuku import db

            self._engine = db.open_engine(self.url)
        return self._engine

    @property
    def facilitator(self) -> bool:
        return self.role == FACILITATOR

    def read(self, use: Callable[[Any], T]) -> T:
        from kasbuku import db

        with db.session(self.open()) as sess:
            return use(sess)

    def write(self, use: Callable[[Any], T]) -> T:
        from kasbuku import db

        with db.session(self.open(), write=True) as sess:
            return use(sess)

    def apply(self, events: list[dict[str, Any]]) -> int:
        """Post events all or nothing; raises ``LineRefused`` naming the refused line."""
        from ledger import services

        for raw in events:
            raw.setdefault("id", new_id())
        return self.write(lambda s: services.apply_events(s, events, self.role, self.today()))

    def clock_behind(self) -> date | None:
        """The book's latest business date when this computer's date is earlier (rules §2), else None."""
        from ledger import services

        return self.read(lambda s: services.clock_behind(s, self.today()))

    def groups(self) -> list[str]:
        from ledger import services

        return self.read(services.list_groups)

    def listed_groups(self) -> list[str] | None:
        """What the start screen lists: the group names; before the book is opened, as ``kasbuku.glance``
        reads them, None when it cannot say (the book is opened right after the first paint)."""
        return self.groups() if self.opened else glance.group_names(self.url)

    def book(self, as_of: date | None = None) -> GroupBook:
        from ledger import services

        assert self.group is not None
        name = self.group
        return self.read(lambda s: services.load_book(s, name, as_of))

    def events(self) -> list[Any]:
        from ledger import services

        assert self.group is not None
        name = self.group
        return self.read(lambda s: services.group_events(s, name))

    # -- access ----------------------------------------------------------------------------------
    def has_facilitator_password(self) -> bool:
        from ledger.services import access

        return self.read(lambda s: access.has_secret(s, None))

    def sign_in(self, group: str | None, secret: str) -> str | None:
        """None when right (and the role is set); else the message to show. Wrong tries are kept."""
        from ledger.services import access

        message = self.write(lambda s: access.verify(s, group, secret))
        if message is None:
            self.role = FACILITATOR if group is None else TREASURER
        return message

    def set_facilitator_password(self, password: str) -> None:
        from ledger.services import access

        self.write(lambda s: access.set_secret(s, None, password, FACILITATOR))

    def reset_pin(self, group: str, pin: str) -> None:
        from ledger.services import access

        self.write(lambda s: access.reset_pin(s, group, pin))

    def sign_out(self) -> None:
        self.role, self.group = TREASURER, None

    def safety_copy(self, kind: str) -> object:
        """The automatic backup of a SQLite book (``harian`` once a day, ``tutup`` after a month close)."""
        from kasbuku import backup

        return backup.automatic(self.url, kind)

    # -- the one-writer lock -----------------------------------------------------------------------
    def hold(self) -> None:
        """Open the book if it is not yet, then take (or renew) its writer lock; refused with who holds it."""
        from kasbuku import locking

        locking.acquire(self.open(), locking.me("kasbuku"))

    def close(self) -> None:
        """Give the writer lock back and close the book (nothing to do when it was never opened)."""
        if self._engine is None:
            return
        from kasbuku import locking

        locking.release(self._engine, locking.me("kasbuku"))
        self._engine.dispose()
