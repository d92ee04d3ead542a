"""The monthly statement's joint business, social fund and facilitator's visits, checked against the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.calendar import month_end, month_start
from ledger.model.journal import Entry, balances_between
from ledger.rules import business, visits
from ledger.rules.book import GroupBook
from ledger.views.statements.common import agree, check_book_date, describe


# -- usaha kelompok ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BusinessPeriod:
    sales: int
    purchases: int
    costs: int
    profit: int
    distributed: int  # profit shared out in the period (business.distribute)


@dataclass(frozen=True)
class BusinessReport:
    month: BusinessPeriod
    year: BusinessPeriod  # 1 January to the month's end
    capital: int  # working capital taken from Kas kelompok (reversals netted)
    undistributed: int  # profit made so far and not yet shared
    cash: int  # Kas usaha kelompok at the month's end = capital + undistributed


def _period(book: GroupBook, start: date | None, end: date) -> BusinessPeriod:
    pl = business.profit(book, start, end)
    shared = balances_between(book.ledger.entries, start, end, include_closing=False).get(A.LABA_USAHA, 0)
    return BusinessPeriod(pl["sales"], pl["purchases"], pl["costs"], pl["profit"], shared)


def business_report(book: GroupBook, month: str) -> BusinessReport | None:
    """The joint business's month and year to date, and where its cash stands; None when the group has
    never used the business's cash box. Its cash must be the capital put in plus the profit not shared."""
    end = month_end(month)
    check_book_date(book, end)
    if not any(line.account == A.KAS_USAHA for entry in book.ledger.entries for line in entry.lines):
        return None
    agree("laba usaha yang sudah dibagi", _period(book, None, end).distributed, book.business_distributed)
    capital = sum(a.event["amount"] for a in book.applied.values()
                  if a.event.type == "business.capital" and not a.reversed_by)
    undistributed = business.undistributed(book, end)
    cash = book.ledger.balance(A.KAS_USAHA)
    agree("kas usaha kelompok (modal + laba belum dibagi)", capital + undistributed, cash)
    return BusinessReport(_period(book, month_start(month), end), _period(book, date(end.year, 1, 1), end),
                          capital, undistributed, cash)


# -- dana sosial ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FundLine:
    seq: int
    day: date
    text: str
    amount_in: int
    amount_out: int


@dataclass(frozen=True)
class SocialFund:
    opening: int
    lines: list[FundLine]
    total_in: int
    total_out: int
    closing: int


SOCIAL_SOURCES = {"business.distribute": "Bagian dana sosial dari laba usaha kelompok",
                  "shu.allocate": "Bagian dana sosial dari SHU"}


def _social_text(book: GroupBook, entry: Entry) -> str:
    return SOCIAL_SOURCES.get(entry.event_type) or describe(book, entry)


def social_fund(book: GroupBook, month: str) -> SocialFund | None:
    """Dana sosial of the month: balance at the start, every contribution and payment (with its purpose
    and member), balance at the end; None when the group has never had one. The balance must be the
    fund's account and its own cash box."""
    start, end = month_start(month), month_end(month)
    check_book_date(book, end)
    opening, lines, started = 0, [], False
    for entry in book.ledger.entries:
        moved = -sum(line.amount for line in entry.lines if line.account == A.DANA_SOSIAL)
        started = started or bool(moved)
        if moved and entry.date < start:
            opening += moved
        elif moved:
            lines.append(FundLine(entry.seq, entry.date, _social_text(book, entry), max(moved, 0), max(-moved, 0)))
    if not started:
        return None
    total_in, total_out = sum(ln.amount_in for ln in lines), sum(ln.amount_out for ln in lines)
    closing = opening + total_in - total_out
    agree("saldo dana sosial", closing, book.ledger.credit_balance(A.DANA_SOSIAL))
    agree("kas dana sosial", closing, book.ledger.balance(A.KAS_SOSIAL))
    return SocialFund(opening, lines, total_in, total_out, closing)


# -- pendampingan -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenFollowUp:
    id: str
    what: str
    due: date
    overdue: bool  # its due date has passed on the statement's date


@dataclass(frozen=True)
class Pendampingan:
    last_visit: date | None
    facilitator: str
    checked: str
    findings: str
    open: list[OpenFollowUp]


def pendampingan(book: GroupBook, on: date) -> Pendampingan:
    """The latest visit (when, by whom, what was checked and found) and the follow-ups still open on ``on``."""
    check_book_date(book, on)
    open_items = [OpenFollowUp(f.id, f.what, f.due, f.due < on) for f in visits.open_followups(book)]
    if not book.visits:
        return Pendampingan(None, "", "", "", open_items)
    last = book.visits[-1]
    return Pendampingan(last.date, visits.facilitator_name(book), last.checked, last.findings, open_items)
