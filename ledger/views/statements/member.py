"""Per-member figures (the loan card is ``ledger.views.loan_cards``): member accounts (rekening anggota),
the meeting sheet (lembar setoran), each checked against the journal (receipts: ``statements.receipt``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.calendar import month_end, month_start
from ledger.model.journal import Entry
from ledger.model.labels import TR_SOURCE_NAMES
from ledger.model.money import rp
from ledger.model.savings import PRODUCTS, Member, wajib_arrears
from ledger.rules.book import GroupBook
from ledger.views.loan_cards import LoanCard, loan_card, loan_codes
from ledger.views.meeting import MeetingRow, PaidInMonth, meeting_rows, paid_between
from ledger.views.statements.common import (
    agree,
    check_book_date,
    coverer_name,
    describe,
    member_name,
    tr_destinations,
)


# -- rekening anggota -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SavingsMove:
    day: date
    text: str
    amounts: dict[str, int]  # product -> change (withdrawals negative)
    balance: int  # all savings after the move


@dataclass(frozen=True)
class TrLine:
    """One tanggung-renteng cover as it concerns the member: its close and what is still owed."""

    day: date
    month: str
    other: str  # her debt: each creditor with what she still owes her; her claim: "KODE Nama" of the defaulter
    amount: int  # covered for her (her debt), or her share of the cover (her claim)
    owed: int


@dataclass(frozen=True)
class TrPayment:
    """A payment of hers that went to her TR debt (§6.5), and to whom it went."""

    day: date
    text: str
    amount: int
    to: str


@dataclass(frozen=True)
class MemberAccount:
    member: Member
    opening: dict[str, int]
    moves: list[SavingsMove]
    closing: dict[str, int]
    wajib_arrears: int
    loans: list[LoanCard]
    tr_owes: list[TrLine]
    tr_is_owed: list[TrLine]
    tr_paid: list[TrPayment]


def _savings_change(entry: Entry, code: str) -> dict[str, int]:
    return {p: -sum(ln.amount for ln in entry.lines if ln.account == a and ln.sub == code)
            for p, a in A.SAVINGS_ACCOUNTS.items()}


def _move_text(book: GroupBook, entry: Entry, code: str) -> str:
    """A savings move in words; a coverer's sukarela moved by a tanggung renteng says for or from whom."""
    for_whom = [c.defaulter for c in book.covers if c.seq == entry.seq and any(s.coverer == code for s in c.shares)]
    if for_whom:
        names = ", ".join(member_name(book, d) for d in for_whom)
        return f"Tanggung renteng untuk {names} (tutup buku)"
    if any(ln.account == A.UTANG_TR and ln.sub == code and ln.amount > 0 for ln in entry.lines):
        debtors = {ln.sub for ln in entry.lines if ln.account == A.PIUTANG_TR and ln.amount < 0}
        return "Pengembalian tanggung renteng dari " + ", ".join(member_name(book, d) for d in sorted(debtors))
    return describe(book, entry, who=False)


def _tr_lines(book: GroupBook, code: str, start: date) -> tuple[list[TrLine], list[TrLine]]:
    """Her open TR debts, one line per cover with its creditors; and each cover she paid a share of since
    ``start`` or is still owed for (the money she handed over stays on her papers after it came back)."""
    owes = [TrLine(c.date, c.month, ", ".join(f"{coverer_name(book, s.coverer)} {rp(s.owed)}"
                                              for s in c.shares if s.owed), c.amount, c.owed)
            for c in book.covers if c.defaulter == code and c.owed]
    is_owed = [TrLine(c.date, c.month, f"{member_name(book, c.defaulter)} ({TR_SOURCE_NAMES[s.source]})",
                      s.amount, s.owed)
               for c in book.covers for s in c.shares if s.coverer == code and (s.owed or c.date >= start)]
    agree(f"utang tanggung renteng {code}", sum(t.owed for t in owes), book.tr_owes(code))
    agree(f"piutang tanggung renteng {code}", sum(t.owed for t in is_owed), book.tr_is_owed(code))
    return owes, is_owed


def _tr_paid(book: GroupBook, code: str, start: date, end: date) -> list[TrPayment]:
    """Every payment of hers dated in [start, end] that (partly) paid her TR debt, with where it went."""
    out = []
    for entry in book.ledger.entries:
        paid = -sum(ln.amount for ln in entry.lines if ln.account == A.PIUTANG_TR and ln.sub == code)
        if start <= entry.date <= end and paid > 0 and entry.event_type in ("loan.pay", "tr.repay"):
            out.append(TrPayment(entry.date, describe(book, entry, who=False), paid, tr_destinations(book, entry)))
    return out


def member_account(book: GroupBook, code: str, start: date, end: date) -> MemberAccount:
    """Rekening anggota: savings moves from ``start`` to ``end``, loans open or moved then, TR both ways
    (each cover with its date and creditors) and every payment of hers that went to her TR debt."""
    check_book_date(book, end)
    member = book.member(code, active=False)
    balances = dict.fromkeys(PRODUCTS, 0)
    opening, moves = dict(balances), []
    for entry in book.ledger.entries:
        change = _savings_change(entry, code)
        if not any(change.values()):
            continue
        balances = {p: balances[p] + change[p] for p in PRODUCTS}
        if entry.date < start:
            opening = dict(balances)
        else:
            moves.append(SavingsMove(entry.date, _move_text(book, entry, code), change, sum(balances.values())))
    for product in PRODUCTS:
        agree(f"simpanan {product} {code}", balances[product], book.savings(code)[product])
    cards = [loan_card(book, c, end) for c in loan_codes(book, code)]
    cards = [c for c in cards if c.status == "Berjalan" or c.disbursed >= start
             or any(p.day >= start for p in c.payments)]
    owes, is_owed = _tr_lines(book, code, start)
    return MemberAccount(member, opening, moves, balances, wajib_arrears(member, end, book.wajib_in_force),
                         cards, owes, is_owed, _tr_paid(book, code, start, end))


# -- lembar setoran pertemuan --------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingSheet:
    month: str
    rows: list[MeetingRow]  # what each active member was to bring, as the meeting grid of the window has it
    paid: dict[str, PaidInMonth] | None  # a closed month's archive: what each member paid in it


def meeting_sheet(book: GroupBook, month: str, paid_book: GroupBook | None = None) -> MeetingSheet:
    """Lembar setoran: ``book`` holds the group up to the meeting (for a month still open, its end), the
    rows are ``ledger.views.meeting``'s meeting rows on the month's first day; ``paid_book`` (the book at the end
    of a closed month) adds what each member paid in it. Loan and TR totals are checked against the loans
    and the journal."""
    start, end = month_start(month), month_end(month)
    check_book_date(book, end)
    rows = meeting_rows(book, start)
    due = sum(ln.due_by(end, end) for ln in book.loans.values() if ln.is_open)
    agree("angsuran jatuh tempo dan tunggakan", sum(r.instalment_due - r.tr_owes for r in rows), due)
    agree("utang tanggung renteng", sum(r.tr_owes for r in rows), book.ledger.balance(A.PIUTANG_TR))
    paid = paid_between(paid_book, start, end) if paid_book is not None else None
    return MeetingSheet(month, rows, paid)
