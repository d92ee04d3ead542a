"""A paper book's opening tried in memory before it is saved (rules §11): what it opens the group with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ledger.model import accounts as A
from ledger.model.events import parse_event
from ledger.rules.book import GroupBook
from ledger.services.history import History


@dataclass(frozen=True)
class OpeningPreview:
    group: str
    day: date  # the cut-over
    members: int  # active members
    open_loans: int
    modal_awal: int  # the opening equity (Modal awal, saldo pembukaan)
    neraca: list[tuple[str, int]]  # each account with a balance, as its normal side reads; Modal awal always
    book: GroupBook  # the group as it would open: its loans' schedules, the paid and unpaid instalments


def preview_opening(group: str, raws: list[dict[str, Any]]) -> OpeningPreview:
    """Apply a group's members and its ``group.opening`` to an empty in-memory history (nothing is saved);
    a refusal is raised as the services would raise it."""
    history = History(group)
    for number, raw in enumerate(raws, start=1):
        event = parse_event(raw)
        event.seq = number
        history.add(event)
    book = history.book
    assert book.opening is not None, "the events hold no group.opening"
    neraca = [(account.name, balance if account.kind.debit_normal else -balance)
              for code, account in A.CHART.items()
              if (balance := book.ledger.balance(code)) or code == A.MODAL_AWAL]
    return OpeningPreview(group, book.opening.date, len(book.active_members()),
                          sum(1 for ln in book.loans.values() if ln.is_open), -book.ledger.balance(A.MODAL_AWAL),
                          neraca, book)
