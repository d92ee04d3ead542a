"""The year's sisa hasil usaha (SHU, rules.md §9a): income statement, pools and each member's share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ledger import shu
from ledger.book import GroupBook
from ledger.statements.common import agree
from ledger.statements.group import IncomeStatement, income_between, statement_of

POOL_NAMES = {"cadangan": "Cadangan kelompok", "jasa_simpanan": "Jasa simpanan anggota",
              "jasa_pinjaman": "Jasa pinjaman anggota", "pengurus": "Dana pengurus",
              "pendidikan": "Dana pendidikan", "sosial": "Dana sosial"}


@dataclass(frozen=True)
class ShuShare:
    code: str
    name: str
    jasa_simpanan: int
    jasa_pinjaman: int

    @property
    def total(self) -> int:
        return self.jasa_simpanan + self.jasa_pinjaman


@dataclass(frozen=True)
class ShuStatement:
    year: int
    statement: IncomeStatement
    pools: list[tuple[str, Decimal, int]]  # name, percentage of the rules, amount
    shares: list[ShuShare]
    allocated: bool  # already booked by shu.allocate (else: the plan if it were booked now)


def shu_statement(book: GroupBook, year: int) -> ShuStatement:
    """The year's SHU as booked (or as ``shu.plan`` would book it now), on the plan's own income statement;
    pools add up to the surplus and members' shares to their pools. A year without a surplus has none."""
    allocated = year in book.shu_years
    whole_year = income_between(book, date(year, 1, 1), date(year, 12, 31))
    if not allocated and whole_year.surplus <= 0:
        return ShuStatement(year, whole_year, [], [], False)
    result: dict[str, Any] = book.shu_years[year] if allocated else shu.plan(book, year)
    statement = statement_of(result["statement"])
    agree(f"hasil usaha {year}", result["surplus"], statement.surplus)
    if statement.surplus <= 0:
        return ShuStatement(year, statement, [], [], allocated)
    pct = book.rules.shu_pct
    pools = [(POOL_NAMES[k], pct.get(k, Decimal(0)), result["pools"][k]) for k in POOL_NAMES]
    agree(f"pembagian SHU {year}", sum(p[2] for p in pools), statement.surplus)
    shares = [ShuShare(code, book.members[code].name, parts.get("jasa_simpanan", 0),
                       parts.get("jasa_pinjaman", 0)) for code, parts in result["shares"].items()]
    for key in shu.MEMBER_POOLS:
        agree(f"bagian anggota {POOL_NAMES[key].lower()}", sum(getattr(s, key) for s in shares),
              result["pools"][key])
    return ShuStatement(year, statement, pools, shares, allocated)
