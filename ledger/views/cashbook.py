"""The one cash book (buku kas): every entry that moved the group's cash (all its cash boxes), with its
event number, text, running balance and whether it can still be reversed (§8: nothing is deleted; a
correction is a ``reverse``). The window lists it whole; the Buku Kas Umum prints a month of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.calendar import month_end, month_start
from ledger.model.journal import Entry
from ledger.rules.book import GroupBook
from ledger.rules.reversal import NOT_REVERSIBLE
from ledger.views.statements.common import agree, check_book_date, describe


@dataclass(frozen=True)
class CashLine:
    seq: int
    event_id: str | None
    day: date
    text: str
    cash_in: int
    cash_out: int
    balance: int
    reversible: bool
    reversed: bool


@dataclass(frozen=True)
class CashBook:
    month: str
    opening: int
    lines: list[CashLine]
    total_in: int
    total_out: int
    closing: int
    by_account: dict[str, int]  # account name -> closing balance (the group's own box and every box in use)


def _cash_of(entry: Entry) -> int:
    return sum(line.amount for line in entry.lines if line.account in A.CASH_ACCOUNTS)


def cash_lines(book: GroupBook) -> list[CashLine]:
    """Every entry that moved cash, oldest first, with the running balance of all cash boxes."""
    balance = 0
    out = []
    for entry in book.ledger.entries:
        moved = _cash_of(entry)
        if not moved:
            continue
        balance += moved
        applied = book.applied[entry.seq]
        ev = applied.event
        out.append(CashLine(entry.seq, ev.id, entry.date, describe(book, entry), max(moved, 0), max(-moved, 0),
                            balance, bool(ev.id) and ev.type not in NOT_REVERSIBLE and not applied.reversed_by,
                            bool(applied.reversed_by)))
    return out


def cash_book(book: GroupBook, month: str) -> CashBook:
    """Buku kas umum: the cash lines of the month between its opening and closing balances, checked
    against the cash accounts."""
    start, end = month_start(month), month_end(month)
    check_book_date(book, end)
    every = cash_lines(book)
    before = [ln for ln in every if ln.day < start]
    opening = before[-1].balance if before else 0
    lines = [ln for ln in every if start <= ln.day <= end]
    total_in = sum(ln.cash_in for ln in lines)
    total_out = sum(ln.cash_out for ln in lines)
    agree("saldo akhir kas", opening + total_in - total_out, book.cash)
    by_account = {A.CHART[a].name: book.ledger.balance(a) for a in A.CASH_ACCOUNTS
                  if a == A.KAS_KELOMPOK or book.ledger.balance(a)}  # boxes the group does not use are left out
    return CashBook(month, opening, lines, total_in, total_out, opening + total_in - total_out, by_account)
