"""Tanggung renteng (rules.md §6): covering a defaulter's shortfall at the close, and recovering it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ledger.model import accounts as A
from ledger.model.journal import Entry
from ledger.model.money import allocate
from ledger.rules.postings import post_portions

if TYPE_CHECKING:
    from ledger.model.loans import Loan
    from ledger.rules.book import GroupBook
    from ledger.rules.closing import Close

RESERVE = ""  # the coverer code of the TR reserve


@dataclass
class TrShare:
    """One coverer's part of a cover event: ``coverer`` is a member code, or '' for the TR reserve."""

    coverer: str
    amount: int
    source: str  # cash, sukarela or reserve
    owed: int  # still owed to this coverer by the defaulter


@dataclass
class TrCover:
    """A tanggung-renteng cover (§6): who defaulted, on which close, and who covered how much."""

    seq: int
    date: date
    month: str
    defaulter: str
    amount: int
    shares: list[TrShare]
    loans: dict[str, int] = field(default_factory=dict)

    @property
    def owed(self) -> int:
        return sum(s.owed for s in self.shares)


def recover(book: GroupBook, member: str, amount: int, entry: Entry) -> tuple[int, list[tuple[int, int, int]]]:
    """Money from a defaulter goes first to her TR debt, oldest cover first, split across that cover's
    coverers in proportion to what is still owed to each (leftover rupiah: reserve, then member order).

    Each coverer's part goes to her sukarela (or is paid out in cash, by the rules; always in cash to a
    member who has left); the reserve's part back to the reserve. Returns (amount used, parts done).
    """
    left = amount
    done: list[tuple[int, int, int]] = []
    for cover_index, cover in enumerate(book.covers):
        if left == 0:
            break
        if cover.defaulter != member or cover.owed == 0:
            continue
        take = min(left, cover.owed)
        parts = allocate(take, [s.owed for s in cover.shares])
        for share_index, (share, part) in enumerate(zip(cover.shares, parts, strict=True)):
            if part:
                _refund(book, share.coverer, part, entry, member)
                share.owed -= part
                done.append((cover_index, share_index, part))
        left -= take
    return amount - left, done


def undo_recovery(book: GroupBook, done: list[tuple[int, int, int]]) -> None:
    for cover_index, share_index, part in done:
        book.covers[cover_index].shares[share_index].owed += part


def _refund(book: GroupBook, coverer: str, part: int, entry: Entry, defaulter: str) -> None:
    entry.credit(A.PIUTANG_TR, part, defaulter)
    if coverer == RESERVE:
        entry.debit(A.KAS_CADANGAN_TR, part)
        return
    entry.debit(A.UTANG_TR, part, coverer)
    member = book.member(coverer, active=False)
    if book.rules.tr_refund_to == "sukarela" and member.active:
        entry.debit(A.KAS_KELOMPOK, part)
        entry.credit(A.SIMPANAN_SUKARELA, part, coverer)


def shortfalls(book: GroupBook, cutoff: date, on: date) -> dict[str, int]:
    """Each member's unpaid amount (denda, jasa, pokok) of instalments due on or before ``cutoff``."""
    out: dict[str, int] = {}
    for member in book.members.values():
        owed = sum(ln.due_by(cutoff, on) for ln in book.open_loans(member.code))
        if owed:
            out[member.code] = owed
    return out


def cover_at_close(book: GroupBook, close: Close, cutoff: date, entry: Entry) -> None:
    """§6 steps 1–4 for every shortfall due by ``cutoff``: the reserve first, then the other active
    members of the defaulter's circle without a shortfall of their own, in equal shares."""
    on = entry.date
    short = shortfalls(book, cutoff, on)
    rules = book.rules
    reserve_left = book.ledger.balance(A.KAS_CADANGAN_TR) if rules.tr_reserve else 0
    sukarela_left = {m.code: book.savings(m.code)["sukarela"] for m in book.active_members()}
    for defaulter in [m.code for m in book.members.values() if m.code in short]:
        amount = short[defaulter]
        circle = rules.circle_of(defaulter)
        coverers = [m.code for m in book.active_members()
                    if m.code != defaulter and m.code not in short and rules.circle_of(m.code) == circle]
        from_reserve = min(reserve_left, amount)
        rest = amount - from_reserve
        shares: list[TrShare] = []
        if from_reserve:
            reserve_left -= from_reserve
            shares.append(TrShare(RESERVE, from_reserve, "reserve", from_reserve))
        covered = from_reserve if rest and not coverers else amount
        takes = _takes(book, defaulter, covered, cutoff, on)
        box = _cash_box_after(book, entry, takes, on) if rules.tr_shares_from == "sukarela" else 0
        if covered > from_reserve:
            for code, part in zip(coverers, allocate(rest, [1] * len(coverers)), strict=True):
                if not part:
                    continue
                source = "cash"
                # her sukarela is in the group's cash box: it can pay her share only while the box holds it
                if rules.tr_shares_from == "sukarela" and min(sukarela_left.get(code, 0), box) >= part:
                    source = "sukarela"
                    sukarela_left[code] -= part
                    box -= part
                shares.append(TrShare(code, part, source, part))
        _post_cover(defaulter, shares, entry)
        cover_loans: dict[str, int] = {}
        for loan, take in takes:
            portions = loan.plan_payment(take, on)
            loan.apply(portions, entry.seq)
            post_portions(book, loan, portions, entry, by_member=False)
            cover_loans[loan.code] = take
        for loan in book.open_loans(defaulter):
            for inst in loan.instalments:
                if inst.plan.due <= cutoff and not inst.settled:
                    inst.uncovered = True
                    close.uncovered[defaulter] = close.uncovered.get(defaulter, 0) + sum(
                        inst.remaining(on, loan.terms.keep_jasa))
        if shares:
            cover = TrCover(seq=entry.seq, date=on, month=close.month, defaulter=defaulter,
                            amount=covered, shares=shares, loans=cover_loans)
            book.covers.append(cover)
            close.covers.append(cover)


def _takes(book: GroupBook, defaulter: str, covered: int, cutoff: date, on: date) -> list[tuple[Loan, int]]:
    """How much of ``covered`` goes to each of the defaulter's loans, oldest first."""
    out: list[tuple[Loan, int]] = []
    left = covered
    for loan in book.open_loans(defaulter):
        take = min(left, loan.due_by(cutoff, on))
        if take:
            out.append((loan, take))
            left -= take
    return out


def _cash_box_after(book: GroupBook, entry: Entry, takes: list[tuple[Loan, int]], on: date) -> int:
    """What the group's cash box holds once the close so far and these covered payments are in."""
    scratch = Entry(seq=entry.seq, date=on, event_type=entry.event_type)
    for loan, take in takes:
        post_portions(book, loan, loan.plan_payment(take, on), scratch, by_member=False)
    return book.balance_after(A.KAS_KELOMPOK, entry, scratch)


def _post_cover(defaulter: str, shares: list[TrShare], entry: Entry) -> None:
    """The money of the coverers: cash paid in, sukarela used, or the reserve; the defaulter now owes it."""
    for share in shares:
        entry.debit(A.PIUTANG_TR, share.amount, defaulter)
        if share.source == "reserve":
            entry.credit(A.KAS_CADANGAN_TR, share.amount)
            continue
        entry.credit(A.UTANG_TR, share.amount, share.coverer)
        if share.source == "sukarela":
            entry.debit(A.SIMPANAN_SUKARELA, share.amount, share.coverer)
            entry.credit(A.KAS_KELOMPOK, share.amount)
