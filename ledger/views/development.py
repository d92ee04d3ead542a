"""Perkembangan kelompok: month-by-month figures of a group and its class (tumbuh, berkembang, mandiri).

Figures per month: active members, savings, loans outstanding, the month's repayment rate (what members
paid on their loans in the month ÷ what fell due in it, capped at 100 %; TR covers are not repayment),
PAR30, how many people the grant has reached (members who had a grant loan, and named pass-on
beneficiaries), the business's profit of the month, inventaris intact. The class thresholds are rules
(``development``); a month with nothing due counts as fully repaid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.calendar import month_end, month_of, month_start
from ledger.model.events import Event
from ledger.rules import business
from ledger.rules.book import GroupBook, replay
from ledger.views.queries import par30

REPAYMENT_ACCOUNTS = (A.PIUTANG_BERGULIR, A.PIUTANG_KELOMPOK, A.PENDAPATAN_JASA, A.PENDAPATAN_DENDA)
CLASSES = ("tumbuh", "berkembang", "mandiri")


@dataclass(frozen=True)
class MonthFigures:
    month: str
    members: int
    savings: int
    loans_outstanding: int
    due: int
    repaid: int
    repayment_bp: int  # basis points: 9500 = 95 %
    par30_bp: int
    grant_reach: int
    business_profit: int
    assets_intact: int
    assets_total: int
    klass: str


def _repaid(book: GroupBook, month: str) -> int:
    start, end = month_start(month), month_end(month)
    return sum(-line.amount for entry in book.ledger.entries
               if entry.event_type == "loan.pay" and start <= entry.date <= end
               for line in entry.lines if line.account in REPAYMENT_ACCOUNTS)


def _due(book: GroupBook, month: str) -> int:
    return sum(inst.plan.pokok + inst.plan.jasa for loan in book.loans.values() if not loan.cancelled
               for inst in loan.instalments if month_of(inst.plan.due) == month)


def _reach(book: GroupBook) -> int:
    borrowers = {member for _, member, what, _ in book.grant.history if what.startswith("loan:")}
    named = sum(len(p["to"].split(", ")) for p in book.grant.pass_ons if not p["reversed"] and not p["to_group"])
    return len(borrowers) + named


def figures(book: GroupBook, day: date) -> MonthFigures:
    """The month's figures of ``book`` as it stands at the end of ``day`` (a month end)."""
    month = month_of(day)
    at_risk, outstanding = par30(book, day)
    due, repaid = _due(book, month), _repaid(book, month)
    repayment = 10_000 if due == 0 else min(10_000, repaid * 10_000 // due)
    par = 0 if outstanding == 0 else at_risk * 10_000 // outstanding
    live = [a for a in book.assets.values() if not a.disposed or a.disposed.get("how") != "dijual"]
    intact = sum(1 for a in live if a.intact)
    profit = business.profit(book, month_start(month), day)["profit"]
    t = book.rules.development
    klass = "tumbuh"
    if par <= t["par30_berkembang"] * 100 and repayment >= t["repayment_berkembang"] * 100:
        klass = "berkembang"
        if (par <= t["par30_mandiri"] * 100 and repayment >= t["repayment_mandiri"] * 100 and profit > 0
                and intact == len(live)):
            klass = "mandiri"
    return MonthFigures(month=month, members=len(book.active_members()),
                        savings=sum(sum(book.savings(m).values()) for m in book.members),
                        loans_outstanding=outstanding, due=due, repaid=repaid, repayment_bp=repayment,
                        par30_bp=par, grant_reach=_reach(book), business_profit=profit, assets_intact=intact,
                        assets_total=len(live), klass=klass)


def history(name: str, events: list[Event], last_month: str, months: int = 12) -> list[MonthFigures]:
    """The figures of the ``months`` months ending with ``last_month`` (months before the group: none)."""
    wanted: list[str] = []
    month = last_month
    for _ in range(months):
        wanted.insert(0, month)
        year, mon = (int(p) for p in month.split("-"))
        month = f"{year - (mon == 1):04d}-{(mon - 2) % 12 + 1:02d}"
    created = min((e.date for e in events if e.type == "group.create"), default=None)
    ends = [month_end(m) for m in wanted if created is not None and month_end(m) >= created]
    out: list[MonthFigures] = []
    replay(name, events, as_of=ends[-1] if ends else None, checkpoints=ends,
           observe=lambda book, day: out.append(figures(book, day)))
    return out
