"""The group's dashboard figures (ringkasan): cash, savings, loans, arrears, PAR30, what falls due this
month, and twelve month-end points for the chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ledger.model import accounts as A
from ledger.model.calendar import add_months, month_end, month_of, month_start
from ledger.rules import revolving_grant
from ledger.rules.book import GroupBook
from ledger.views.queries import par30, percent_text


@dataclass(frozen=True)
class MonthPoint:
    month: str
    cash: int
    savings: int
    loans: int


@dataclass(frozen=True)
class DueItem:
    member: str
    name: str
    loan: str
    due: date
    amount: int


@dataclass(frozen=True)
class Overview:
    cash: int
    grant_cash: int
    savings: int
    loans_outstanding: int
    arrears: int
    par30_pct: str
    due_this_month: list[DueItem]
    months: list[MonthPoint]
    warnings: list[str]
    blocked: bool
    last_closed: str | None
    grant_round: int
    waiting: list[str]


SAVINGS = frozenset(A.SAVINGS_ACCOUNTS.values())
LOANS = frozenset(A.LOAN_ACCOUNTS.values())


def month_points(book: GroupBook, on: date, count: int = 12) -> list[MonthPoint]:
    """Month-end balances of cash, members' savings and loans outstanding for the ``count`` months to ``on``."""
    ends = [min(month_end(month_of(add_months(month_start(month_of(on)), -k))), on)
            for k in range(count - 1, -1, -1)]
    cash = savings = loans = 0
    entries = iter(sorted(book.ledger.entries, key=lambda e: e.date))
    pending = next(entries, None)
    out = []
    for end in ends:
        while pending is not None and pending.date <= end:
            for line in pending.lines:
                if line.account in A.CASH_ACCOUNTS:
                    cash += line.amount
                elif line.account in SAVINGS:
                    savings -= line.amount
                elif line.account in LOANS:
                    loans += line.amount
            pending = next(entries, None)
        out.append(MonthPoint(month_of(end), cash, savings, loans))
    return out


def overview(book: GroupBook, on: date) -> Overview:
    """Everything the dashboard shows for the book as of ``on``."""
    at_risk, total = par30(book, on)
    yesterday = on - timedelta(days=1)
    month = month_of(on)
    due: list[DueItem] = []
    arrears = 0
    for loan in book.loans.values():
        if not loan.is_open:
            continue
        arrears += loan.due_by(yesterday, on)
        for inst in loan.instalments:
            if month_of(inst.plan.due) == month and not inst.settled:
                left = sum(inst.remaining(on, loan.terms.keep_jasa))
                due.append(DueItem(loan.member, book.members[loan.member].name, loan.code, inst.plan.due, left))
    due.sort(key=lambda d: (d.due, d.member))
    return Overview(
        cash=book.cash, grant_cash=book.fund_cash("grant"),
        savings=sum(sum(book.savings(m).values()) for m in book.members),
        loans_outstanding=total, arrears=arrears, par30_pct=percent_text(at_risk, total),
        due_this_month=due, months=month_points(book, on), warnings=book.warnings(),
        blocked=book.blocked, last_closed=book.last_closed, grant_round=book.grant.round,
        waiting=[m.code for m in revolving_grant.waiting(book)] if book.rules.rotation else [])
