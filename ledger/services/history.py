"""A group's events and the book they make; adding an event re-checks everything after its date."""

from __future__ import annotations

from datetime import date

from ledger.model.calendar import month_end, month_of, months_between
from ledger.model.errors import Refusal
from ledger.model.events import FACILITATOR, FACILITATOR_ONLY, Event, check_guards
from ledger.rules.book import GroupBook, cancelled_closes, replay
from ledger.rules.closing import check_reopen
from ledger.views.recap import RecapRow, group_row, replay_with_rows

SYSTEM = "sistem"  # the actor of an event the book derives itself (a pass-on's receipt in the other group)


class History:
    """The events of one group in book order, and the state they give."""

    def __init__(self, name: str, events: list[Event] | None = None) -> None:
        self.name = name
        self.events: list[Event] = sorted(events or [], key=lambda e: e.key)
        self.book: GroupBook = replay(name, self.events)
        self.dirty_from: tuple[date, int] | None = None  # journal to rewrite from here on
        # month -> (events dated up to its end, the rekap row then): what this history's additions changed
        self.month_rows: dict[str, tuple[int, RecapRow]] = {}

    def admit(self, event: Event, seq: int, role: str, today: date) -> None:
        """A new event as a write admits it: rules §2's guards (no date after ``today``, no amount above the
        group's ``max_amount``), its number and who recorded it, then every rule (``add``)."""
        check_guards(event, self.book.rules.max_amount, today)
        event.seq = seq
        event.actor = event.actor or role
        self.add(event, role if event.actor != SYSTEM else FACILITATOR)

    def add(self, event: Event, role: str = FACILITATOR) -> None:
        """Apply a new event; refused (and nothing kept) if it or anything after it breaks a rule."""
        if event.type in FACILITATOR_ONLY and role != FACILITATOR:
            raise Refusal(f"{event.type} hanya boleh dicatat oleh pendamping")
        if event.type == "month.reopen":
            check_reopen(self.book, event)
            reopened = self.book.closes[-1]
            self._rebuild([*self.events, event], (reopened.date, reopened.seq))
            return
        if event.type != "group.create" or self.book.created is not None:
            self.book.check_open(event.date)
        if not self.events or event.key >= self.events[-1].key:
            rows = self._month_ends(self.events[-1].date, event.date) if self.events else {}
            self.book.apply(event)
            self.month_rows |= rows  # kept only once the event is in
            self.events.append(event)
            self._mark(event.key)
            return
        self._rebuild([*self.events, event], event.key, fresh=event.seq)

    def _rebuild(self, events: list[Event], dirty: tuple[date, int], fresh: int | None = None) -> None:
        ordered = sorted(events, key=lambda e: e.key)
        months = months_between(month_of(dirty[0]), month_of(ordered[-1].date))[:-1]
        self.book, rows = replay_with_rows(self.name, ordered, months, fresh=fresh)
        self.events = ordered
        self.month_rows |= rows
        self._mark(dirty)

    def _month_ends(self, last: date, upto: date) -> dict[str, tuple[int, RecapRow]]:
        """The row of every month that ends after ``last`` (the latest event) and before ``upto``."""
        return {month: (len(self.events), group_row(self.book, month, month_end(month)))
                for month in months_between(month_of(last), month_of(upto))[:-1]}

    def changed_months(self) -> dict[str, tuple[int, RecapRow]]:
        """The rekap rows this history's additions made or changed, up to the month of its latest event."""
        if self.dirty_from is None:
            return {}  # nothing was added
        last = month_of(self.events[-1].date)
        return self.month_rows | {last: (len(self.events), group_row(self.book, last, month_end(last)))}

    def _mark(self, key: tuple[date, int]) -> None:
        if self.dirty_from is None or key < self.dirty_from:
            self.dirty_from = key

    def as_of(self, day: date) -> GroupBook:
        """The book counting only events dated on or before ``day``."""
        return replay(self.name, self.events, as_of=day, cancelled=cancelled_closes(self.events))
