"""The year's sisa hasil usaha (SHU, rules.md §9a): income statement, pools and each member's share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ledger.model.money import round_half_up
from ledger.model.settings import MEMBER_POOLS
from ledger.rules import shu
from ledger.rules.book import GroupBook
from ledger.views.statements.common import agree
from ledger.views.statements.group import IncomeStatement, income_between, statement_of

POOL_NAMES = {"cadangan": "Cadangan kelompok", "jasa_simpanan": "Jasa simpanan anggota",
              "jasa_pinjaman": "Jasa pinjaman anggota", "pengurus": "Dana pengurus",
              "pendidikan": "Dana pendidikan", "sosial": "Dana sosial"}


def pool_label(pool: str) -> str:
    """A pool as printed: the default pools by name, a group's own by its identifier made readable
    (``dana_wilayah_kerja`` → "Dana wilayah kerja", rules §9a)."""
    return POOL_NAMES.get(pool) or pool.replace("_", " ").capitalize()


@dataclass(frozen=True)
class ShuShare:
    code: str
    name: str
    average_savings: int  # her savings averaged over the year's twelve month-ends (the jasa simpanan base)
    jasa_paid: int  # the jasa she paid on her loans in the year (the jasa pinjaman base)
    jasa_simpanan: int
    jasa_pinjaman: int

    @property
    def total(self) -> int:
        return self.jasa_simpanan + self.jasa_pinjaman


@dataclass(frozen=True)
class ShuStatement:
    year: int
    statement: IncomeStatement
    pools: list[tuple[str, Decimal, int]]  # name, percentage in force when it was planned or allocated, amount
    shares: list[ShuShare]
    allocated: bool  # already booked by shu.allocate (else: the plan if it were booked now)
    counted_to: str | None = None  # a plan: the last closed month it counts (None: the whole year)
    savings_basis: str = "average"  # what a member's jasa simpanan is measured by (rules §9a)
    loan_basis: str = "jasa"  # what her jasa pinjaman is measured by


def shu_statement(book: GroupBook, year: int) -> ShuStatement:
    """The year's SHU as booked, with the percentages and bases of its allocation; or, not yet allocated,
    a provisional plan (``shu.plan``) on ``book`` — which holds the closed months only — marked with the
    last closed month it counts. Pools add up to the surplus and members' shares to their pools."""
    allocated = year in book.shu_years
    counted = None if allocated or (book.last_closed or "") >= f"{year:04d}-12" else book.last_closed
    whole_year = income_between(book, date(year, 1, 1), date(year, 12, 31))
    if not allocated and whole_year.surplus <= 0:
        return ShuStatement(year, whole_year, [], [], False, counted)
    result: dict[str, Any] = book.shu_years[year] if allocated else shu.plan(book, year)
    statement = statement_of(result["statement"])
    agree(f"hasil usaha {year}", result["surplus"], statement.surplus)
    if statement.surplus <= 0:
        return ShuStatement(year, statement, [], [], allocated, counted)
    pct = result.get("pct", book.rules.shu_pct)  # an allocation booked before the plan kept its rules
    pools = [(pool_label(k), pct.get(k, Decimal(0)), amount) for k, amount in result["pools"].items()]
    agree(f"pembagian SHU {year}", sum(p[2] for p in pools), statement.surplus)
    bases = result.get("bases", {})
    months = 12 if result.get("savings_basis", "average") == "average" else 1
    shares = [ShuShare(code, book.members[code].name,
                       round_half_up(Fraction(bases.get("jasa_simpanan", {}).get(code, 0), months), 1),
                       bases.get("jasa_pinjaman", {}).get(code, 0), parts.get("jasa_simpanan", 0),
                       parts.get("jasa_pinjaman", 0)) for code, parts in result["shares"].items()]
    for key in MEMBER_POOLS:
        agree(f"bagian anggota {pool_label(key).lower()}", sum(getattr(s, key) for s in shares),
              result["pools"].get(key, 0))
    return ShuStatement(year, statement, pools, shares, allocated, counted, result.get("savings_basis", "average"),
                        result.get("loan_basis", "jasa"))
