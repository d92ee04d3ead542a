"""What the window shows of the group's economy: a fund's movements, profit shares before they are posted,
each member's assessments over time, and the next free inventaris code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model.money import allocate
from ledger.rules.book import GroupBook
from ledger.rules.business import share_weights  # the rule business.distribute uses: preview = posting
from ledger.rules.profiles import Profile
from ledger.views.statements.common import describe


@dataclass(frozen=True)
class FundMove:
    day: date
    text: str
    amount_in: int
    amount_out: int
    balance: int


def fund_moves(book: GroupBook, account: str, credit: bool = False) -> list[FundMove]:
    """Every movement of one account (Kas usaha kelompok; Dana sosial with ``credit``), oldest first, with the
    running balance."""
    sign, balance, out = (-1 if credit else 1), 0, []
    for entry in book.ledger.entries:
        moved = sign * sum(line.amount for line in entry.lines if line.account == account)
        if moved:
            balance += moved
            out.append(FundMove(entry.date, describe(book, entry), max(moved, 0), max(-moved, 0), balance))
    return out


@dataclass(frozen=True)
class Share:
    member: str
    name: str
    weight: int
    amount: int


def profit_shares(book: GroupBook, to_members: int, shares: dict[str, int] | None = None) -> list[Share]:
    """Each member's part of ``to_members`` exactly as ``business.distribute`` will credit it to sukarela
    (equal shares of active members, or by ``shares`` weights in member order). Raises the ledger's refusal
    when there is nobody to share with or the weights are all zero."""
    weights: dict[str, int] = share_weights(book, shares)
    parts = allocate(to_members, list(weights.values())) if to_members else [0] * len(weights)
    return [Share(code, book.member(code, active=False).name, w, part)
            for (code, w), part in zip(weights.items(), parts, strict=True)]


@dataclass(frozen=True)
class Assessment:
    member: str
    name: str
    profile: Profile
    turnover_change: int | None  # against the member's previous assessment (None for the first)


def assessments(book: GroupBook) -> list[Assessment]:
    """Every member's assessments in member order, oldest first, with the change of turnover since the last."""
    out: list[Assessment] = []
    for member in sorted(book.members.values(), key=lambda m: m.number):
        previous: Profile | None = None
        for profile in book.profiles.get(member.code, []):
            change = None if previous is None else profile.turnover - previous.turnover
            out.append(Assessment(member.code, member.name, profile, change))
            previous = profile
    return out


