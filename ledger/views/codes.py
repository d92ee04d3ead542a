"""The next free code of a new member, loan or asset, offered by the forms (a treasurer may type her own)."""

from __future__ import annotations

from collections.abc import Container
from datetime import date

from ledger.model.codes import AssetCode, LoanCode, MemberCode
from ledger.rules.book import GroupBook


def _first_free(stem: str, taken: Container[str], start: int = 1) -> str:
    number = start
    while f"{stem}{number:02d}" in taken:
        number += 1
    return f"{stem}{number:02d}"


def next_member_code(book: GroupBook) -> MemberCode:
    """``A01``, ``A02``, … after the members already in the book (a code is never used twice)."""
    return MemberCode(_first_free("A", book.members, len(book.members) + 1))


def next_loan_code(book: GroupBook, on: date) -> LoanCode:
    """A fresh loan code such as ``P2611-01`` (year, month, running number)."""
    return LoanCode(_first_free(f"P{on:%y%m}-", book.loans))


def next_asset_code(book: GroupBook) -> AssetCode:
    """``INV-01``, ``INV-02``, … the first code not used yet."""
    return AssetCode(_first_free("INV-", book.assets, len(book.assets) + 1))
