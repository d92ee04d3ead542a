"""Members and their savings (simpanan pokok, wajib, sukarela; rules.md §3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ledger.model.calendar import month_end, month_of, month_start, months_between
from ledger.model.codes import MemberCode

CATEGORIES = ("fakir miskin", "miskin", "hampir miskin", "PRSE", "lainnya")
ROLES = ("ketua", "sekretaris", "bendahara", "anggota")
PRODUCTS = ("pokok", "wajib", "sukarela")


@dataclass
class Member:
    code: MemberCode
    name: str
    number: int  # join order: "member order" of rules.md §6
    joined: date
    category: str = "lainnya"
    role: str = "anggota"
    left: date | None = None
    wajib_paid: int = 0  # all wajib ever deposited (net of reversals), counted against the oldest month
    identity: dict[str, str] = field(default_factory=dict)  # nik, kk, address, phone, birth_date, sex (§3a)

    @property
    def active(self) -> bool:
        return self.left is None


def wajib_due(member: Member, on: date, wajib_in_force: Callable[[date], int]) -> int:
    """Wajib that fell due before ``on``: one amount per month from the joining month, each month's by its
    last day; the amount is the rule in force when the month began (or on the joining day)."""
    last_month = month_of(member.left) if member.left else None
    total = 0
    for month in months_between(month_of(member.joined), month_of(on)):
        if month_end(month) >= on:
            break
        if last_month is not None and month > last_month:
            break
        total += wajib_in_force(max(month_start(month), member.joined))
    return total


def wajib_arrears(member: Member, on: date, wajib_in_force: Callable[[date], int]) -> int:
    """Unpaid wajib of past months on ``on`` (deposits count towards the oldest month); 0 after leaving."""
    if not member.active:
        return 0
    return max(0, wajib_due(member, on, wajib_in_force) - member.wajib_paid)
