"""Sisa hasil usaha (rules.md §9a): the year's surplus split into pools, members' shares to sukarela.

The joint business keeps its own profit (shared out by ``business.distribute``), so the surplus is that of
the savings-and-loan side; the year-end entry closes the business's accounts into its retained profit.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from fractions import Fraction
from typing import Any

from ledger import accounts as A
from ledger.book import GroupBook, handles
from ledger.calendar import month_end
from ledger.errors import Refusal
from ledger.events import Event
from ledger.journal import Entry, balances_between, income_statement
from ledger.money import allocate, round_half_up, rp

POOL_ACCOUNTS = {"cadangan": A.CADANGAN, "pengurus": A.DANA_PENGURUS, "pendidikan": A.DANA_PENDIDIKAN,
                 "sosial": A.DANA_SOSIAL}
MEMBER_POOLS = ("jasa_simpanan", "jasa_pinjaman")


def average_savings_weights(book: GroupBook, year: int) -> dict[str, int]:
    """Sum of each member's month-end savings over the year's twelve months (∝ the average)."""
    savings_accounts = set(A.SAVINGS_ACCOUNTS.values())
    month_ends = [month_end(f"{year:04d}-{m:02d}") for m in range(1, 13)]
    balance: dict[str, int] = defaultdict(int)
    weights: dict[str, int] = defaultdict(int)
    entries = iter(book.ledger.entries)
    pending = next(entries, None)
    for end in month_ends:
        while pending is not None and pending.date <= end:
            for line in pending.lines:
                if line.account in savings_accounts and line.sub:
                    balance[line.sub] -= line.amount
            pending = next(entries, None)
        for code, value in balance.items():
            weights[code] += value
    return dict(weights)


def plan(book: GroupBook, year: int) -> dict[str, Any]:
    """The year's surplus, its pools (each rounded half up to the unit; cadangan takes the rounding
    difference so the pools add up to the surplus) and every active member's two shares."""
    movements = balances_between(book.ledger.entries, date(year, 1, 1), date(year, 12, 31),
                                 include_closing=False)
    business = {k: v for k, v in movements.items() if k in A.BUSINESS_ACCOUNTS}
    statement = income_statement({k: v for k, v in movements.items() if k not in A.BUSINESS_ACCOUNTS})
    surplus = statement["surplus"]
    rules = book.rules
    share = max(surplus, 0)  # a year with a loss has nothing to share: every pool is 0
    pools = {k: round_half_up(Fraction(share) * Fraction(v) / 100, rules.rounding_unit)
             for k, v in rules.shu_pct.items() if k != "cadangan"}
    active = [m.code for m in book.active_members()]
    bases = {"jasa_simpanan": average_savings_weights(book, year),
             "jasa_pinjaman": {m: v for (m, y), v in book.jasa_paid.items() if y == year}}
    shares: dict[str, dict[str, int]] = {code: {} for code in active}
    for pool in MEMBER_POOLS:
        weights = [max(0, bases[pool].get(code, 0)) for code in active]
        if pools[pool] and sum(weights) > 0:
            for code, part in zip(active, allocate(pools[pool], weights), strict=True):
                shares[code][pool] = part
        else:
            pools[pool] = 0  # nobody to share it: it stays in the group's reserve
    pools["cadangan"] = surplus - sum(pools.values())
    return {"year": year, "statement": statement, "surplus": surplus, "pools": pools, "shares": shares,
            "business": business, "pct": dict(rules.shu_pct), "bases": bases}  # the rules and bases it used


@handles("shu.allocate")
def allocate_shu(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Close the year's income and costs into the pools; members' shares go to their sukarela."""
    year = ev["year"]
    if not 2000 <= year <= 2200:
        raise Refusal(f"tahun SHU tidak masuk akal: {year}")
    if year in book.shu_years:
        raise Refusal(f"SHU tahun {year} sudah dibagi")
    if book.last_closed is None or book.last_closed < f"{year:04d}-12":
        raise Refusal(f"tutup buku Desember {year} dulu sebelum membagi SHU")
    result = plan(book, year)
    if result["surplus"] <= 0:
        raise Refusal(f"tidak ada SHU untuk dibagi tahun {year} (hasil usaha {rp(result['surplus'])})")
    entry.closing = True
    for code, amount in result["statement"].items():
        if code in A.CHART:
            sign = 1 if A.CHART[code].kind is A.Kind.INCOME else -1
            entry.debit(code, sign * amount)
    for pool, account in POOL_ACCOUNTS.items():
        entry.credit(account, result["pools"][pool])
    entry.move(A.KAS_SOSIAL, A.KAS_KELOMPOK, result["pools"]["sosial"])  # the social pool is restricted cash
    for code, amount in result["business"].items():  # the business's own year closes into its profit
        entry.credit(code, amount)
    entry.debit(A.LABA_USAHA, sum(result["business"].values()))
    for code, parts in result["shares"].items():
        entry.credit(A.SIMPANAN_SUKARELA, sum(parts.values()), code)
    book.shu_years[year] = result
