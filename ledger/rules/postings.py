"""Postings shared by several use cases: money arriving for a loan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ledger.model import accounts as A

if TYPE_CHECKING:
    from ledger.model.journal import Entry
    from ledger.model.loans import Loan, Portion
    from ledger.rules.book import GroupBook


def post_portions(book: GroupBook, loan: Loan, portions: list[Portion], entry: Entry, by_member: bool = True) -> None:
    """Money arriving for a loan: pokok back to its fund's cash, jasa and denda to the group's income
    (cash basis: income is what was received, rules.md §4). Jasa counts as the borrower's own for the SHU's
    jasa pinjaman only when she paid it (``by_member``), not when her circle covered it."""
    pokok = sum(p.pokok for p in portions)
    jasa = sum(p.jasa for p in portions)
    denda = sum(p.denda for p in portions)
    entry.move(A.FUND_CASH[loan.fund], A.LOAN_ACCOUNTS[loan.fund], pokok, from_sub=loan.code)
    entry.move(A.KAS_KELOMPOK, A.PENDAPATAN_JASA, jasa)
    entry.move(A.KAS_KELOMPOK, A.PENDAPATAN_DENDA, denda)
    if by_member:
        book.jasa_paid[(loan.member, entry.date.year)] += jasa
