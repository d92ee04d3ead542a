"""Inventaris on the statements: every item, who holds it and its condition, and what the monthly statement
must flag (not checked for too long; lost, sold or written off), checked against Inventaris 1401."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.calendar import month_end, month_start
from ledger.model.journal import balances_between
from ledger.rules import assets
from ledger.rules.book import GroupBook
from ledger.views.statements.common import agree, check_book_date, member_name

HOW_NAMES = {"dijual": "Dijual", "rusak": "Rusak, dihapus", "hilang": "Hilang, dihapus"}


@dataclass(frozen=True)
class AssetRow:
    code: str
    item: str
    quantity: int
    value: int  # at receipt (no depreciation)
    source: str
    document: str
    bought: bool  # bought with the group's cash (else received in kind)
    received: date
    holder: str  # "Kelompok" or "KODE Nama"
    condition: str
    last_checked: date | None
    overdue_check: bool  # held and not checked within the rules' asset_check_months
    disposed: str  # "" while in the book, else dijual / rusak / hilang
    disposed_on: date | None
    reason: str
    sold_for: int


@dataclass(frozen=True)
class AssetList:
    held: list[AssetRow]  # still in the book (a lost item not yet written off included)
    gone: list[AssetRow]  # sold or written off
    value: int  # of the items held = Inventaris 1401
    sold_for: int  # money from every sale = what the journal booked as Penjualan inventaris


def _row(book: GroupBook, a: assets.Asset, late: AbstractSet[str]) -> AssetRow:
    day, amount = a.disposed.get("date"), a.disposed.get("amount", 0)
    holder = "Kelompok" if a.holder == assets.GROUP_HOLDER else member_name(book, a.holder)
    return AssetRow(a.code, a.item, a.quantity, a.value, a.source, a.document, a.funded == "kas", a.received,
                    holder, a.condition, a.last_checked, a.code in late, str(a.disposed.get("how", "")),
                    day if isinstance(day, date) else None, str(a.disposed.get("reason", "")),
                    amount if isinstance(amount, int) else 0)


def asset_list(book: GroupBook, on: date) -> AssetList:
    """Daftar inventaris on ``on``: the items held (their values add up to Inventaris 1401, each to its own
    sub-ledger) and those that left the book (their sale money is what the journal booked)."""
    check_book_date(book, on)
    late = {a.code for a in assets.unchecked(book, on)}
    rows = [_row(book, a, late) for a in book.assets.values()]
    held = [r for r in rows if not r.disposed]
    gone = [r for r in rows if r.disposed]
    for r in rows:
        agree(f"nilai inventaris {r.code}", 0 if r.disposed else r.value, book.ledger.sub_balance(A.INVENTARIS, r.code))
    value = sum(r.value for r in held)
    agree("jumlah nilai inventaris", value, book.ledger.balance(A.INVENTARIS))
    sold_for = sum(r.sold_for for r in gone)
    booked = balances_between(book.ledger.entries, None, on, include_closing=False).get(A.PENJUALAN_ASET, 0)
    agree("hasil penjualan inventaris", sold_for, -booked)
    return AssetList(held, gone, value, sold_for)


@dataclass(frozen=True)
class AssetWatch:
    count: int  # items held
    value: int
    check_months: int
    unchecked: list[AssetRow]  # not checked within check_months
    lost: list[AssetRow]  # condition 'hilang' still in the book, and every item that left it, latest first
    lost_this_month: int


def _lost_on(row: AssetRow) -> date:
    day = row.disposed_on or row.last_checked
    assert day is not None  # a lost item was checked as lost; a disposed one has its date
    return day


def asset_watch(book: GroupBook, month: str) -> AssetWatch | None:
    """What the monthly statement flags about inventaris; None when the group has never had any."""
    end = month_end(month)
    listing = asset_list(book, end)
    if not listing.held and not listing.gone:
        return None
    unchecked = [r for r in listing.held if r.overdue_check]
    lost = sorted([r for r in listing.held if r.condition == "hilang"] + listing.gone, key=_lost_on, reverse=True)
    this_month = sum(1 for r in lost if _lost_on(r) >= month_start(month))
    return AssetWatch(len(listing.held), listing.value, book.rules.asset_check_months, unchecked, lost, this_month)
