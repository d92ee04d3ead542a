"""Double entry: journal entries of whole rupiah, running balances per account and sub-ledger."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ledger.model.accounts import CHART, Kind


class Line(NamedTuple):
    """One posting: ``amount`` > 0 is a debit, < 0 a credit. ``sub`` names the member or loan.

    A named tuple rather than a frozen dataclass: a history makes several for every event it replays."""

    account: str
    amount: int
    sub: str = ""


@dataclass
class Entry:
    """The one journal entry of a business event."""

    seq: int
    date: date
    event_type: str
    memo: str = ""
    lines: list[Line] = field(default_factory=list)
    closing: bool = False  # a year-end closing entry (kept out of the income statement)

    def debit(self, account: str, amount: int, sub: str = "") -> None:
        if amount:
            self.lines.append(Line(account, amount, sub))

    def credit(self, account: str, amount: int, sub: str = "") -> None:
        if amount:
            self.lines.append(Line(account, -amount, sub))

    def move(self, to_account: str, from_account: str, amount: int,
             to_sub: str = "", from_sub: str = "") -> None:
        """Debit ``to_account`` and credit ``from_account`` with the same amount."""
        self.debit(to_account, amount, to_sub)
        self.credit(from_account, amount, from_sub)

    @property
    def balanced(self) -> bool:
        return sum(line.amount for line in self.lines) == 0

    def netted(self) -> list[Line]:
        """The lines with debits and credits on the same account and sub-ledger netted, zeros dropped."""
        if len({(line.account, line.sub) for line in self.lines}) == len(self.lines):
            return self.lines  # nothing to net (debit and credit never keep a zero line)
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for line in self.lines:
            totals[(line.account, line.sub)] += line.amount
        return [Line(a, v, s) for (a, s), v in totals.items() if v]


class Ledger:
    """Running balances of the journal, by account and by (account, sub-ledger)."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._balance: dict[str, int] = defaultdict(int)
        self._sub: dict[tuple[str, str], int] = defaultdict(int)

    def post(self, entry: Entry) -> Entry:
        """Add a balanced entry; an unbalanced one is a programming error, never silently kept."""
        entry.lines = entry.netted()
        if not entry.balanced:
            raise AssertionError(f"unbalanced journal entry for {entry.event_type}: {entry.lines}")
        for line in entry.lines:
            if line.account not in CHART:
                raise AssertionError(f"unknown account {line.account}")
            self._balance[line.account] += line.amount
            if line.sub:
                self._sub[(line.account, line.sub)] += line.amount
        self.entries.append(entry)
        return entry

    def balance(self, account: str) -> int:
        """Debit balance of an account (credit-normal accounts read negative)."""
        return self._balance[account]

    def sub_balance(self, account: str, sub: str) -> int:
        return self._sub[(account, sub)]

    def credit_balance(self, account: str, sub: str = "") -> int:
        """The balance of a credit-normal account (savings, equity, income) as a positive number."""
        return -(self._sub[(account, sub)] if sub else self._balance[account])

    def subs(self, account: str) -> dict[str, int]:
        return {s: v for (a, s), v in self._sub.items() if a == account and v}

    def trial_balance(self) -> dict[str, int]:
        return {a: v for a, v in sorted(self._balance.items()) if v}


def balances_between(entries: Iterable[Entry], start: date | None, end: date,
                     include_closing: bool = True) -> dict[str, int]:
    """Net movement per account of the entries dated in [start, end] (start None: from the beginning)."""
    totals: dict[str, int] = defaultdict(int)
    for entry in entries:
        if entry.date > end or (start is not None and entry.date < start):
            continue
        if entry.closing and not include_closing:
            continue
        for line in entry.lines:
            totals[line.account] += line.amount
    return dict(totals)


def income_statement(movements: dict[str, int]) -> dict[str, int]:
    """Income and costs (positive figures) and the surplus, from account movements."""
    out: dict[str, int] = {}
    income = costs = 0
    for code, amount in movements.items():
        kind = CHART[code].kind
        if kind is Kind.INCOME:
            out[code] = -amount
            income += -amount
        elif kind is Kind.EXPENSE:
            out[code] = amount
            costs += amount
    out["income"] = income
    out["costs"] = costs
    out["surplus"] = income - costs
    return out
