"""Sisa hasil usaha (rules.md §9a): the year's surplus split into pools, members' shares to sukarela.

The joint business keeps its own profit (shared out by ``business.distribute``), so the surplus is that of
the savings-and-loan side; the year-end entry closes the business's accounts into its retained profit.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from fractions import Fraction
from typing import Any

from ledger.model import accounts as A
from ledger.model.calendar import month_end
from ledger.model.errors import Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry, balances_between, income_statement
from ledger.model.money import allocate, round_half_up, rp
from ledger.model.settings import MEMBER_POOLS, Rules
from ledger.rules.book import GroupBook

POOL_ACCOUNTS = {"cadangan": A.CADANGAN, "pengurus": A.DANA_PENGURUS, "pendidikan": A.DANA_PENDIDIKAN,
                 "sosial": A.DANA_SOSIAL}  # any other pool the group names is kept in A.DANA_SHU_LAIN


def _month_end_balances(book: GroupBook, month_ends: list[date]) -> list[dict[str, int]]:
    """Every member's savings (pokok + wajib + sukarela) at each of ``month_ends`` (ascending)."""
    savings_accounts = set(A.SAVINGS_ACCOUNTS.values())
    balance: dict[str, int] = defaultdict(int)
    out: list[dict[str, int]] = []
    entries = iter(book.ledger.entries)
    pending = next(entries, None)
    for end in month_ends:
        while pending is not None and pending.date <= end:
            for line in pending.lines:
                if line.account in savings_accounts and line.sub:
                    balance[line.sub] -= line.amount
            pending = next(entries, None)
        out.append(dict(balance))
    return out


def month_end_savings(book: GroupBook, code: str, on: date) -> list[int]:
    """A member's savings at each month end of ``on``'s year up to ``on`` (the SHU base of those months)."""
    ends = [month_end(f"{on.year:04d}-{m:02d}") for m in range(1, on.month + 1)]
    return [b.get(code, 0) for b in _month_end_balances(book, [e for e in ends if e <= on])]


def savings_weights(book: GroupBook, year: int, basis: str = "average") -> dict[str, int]:
    """Each member's savings base (rules §9a ``shu_savings_basis``): ``average`` sums her twelve month-end
    balances (∝ the average), ``year_end`` is her balance on 31 December. For a group opened from its paper
    book in ``year``, the month ends before the cut-over are those the opening carried."""
    months = range(1, 13) if basis == "average" else (12,)
    month_ends = [month_end(f"{year:04d}-{m:02d}") for m in months]
    weights: dict[str, int] = defaultdict(int)
    opening = book.opening
    for end, balances in zip(month_ends, _month_end_balances(book, month_ends), strict=True):
        if opening is not None and end < opening.date:
            balances = {code: ends[end.month - 1] for code, ends in opening.savings_month_ends.items()
                        if len(ends) >= end.month} if end.year == opening.date.year else {}
        for code, value in balances.items():
            weights[code] += value
    return dict(weights)


def borrowed_weights(book: GroupBook, year: int) -> dict[str, int]:
    """Principal disbursed to each member in ``year`` (``shu_loan_basis: borrowed``)."""
    out: dict[str, int] = defaultdict(int)
    opening = book.opening
    for loan in book.loans.values():
        if loan.disbursed.year == year and (opening is None or loan.seq != opening.seq):
            out[loan.member] += loan.terms.principal
    if opening is not None and opening.date.year == year:  # loans of the paper book: as the opening says
        for code, value in opening.borrowed.items():
            out[code] += value
    return dict(out)


def remainder_pool(pct: dict[str, Any]) -> str:
    """The pool that takes the rounding difference (rules §9a): cadangan, else the largest pool the group
    keeps (the first of equals), else cadangan all the same."""
    if "cadangan" in pct:
        return "cadangan"
    kept = [k for k in pct if k not in MEMBER_POOLS]
    return max(kept, key=lambda k: pct[k]) if kept else "cadangan"


def year_to_allocate(book: GroupBook) -> int | None:
    """The latest year whose December is closed and whose SHU is not allocated yet (None: there is none)."""
    last = book.last_closed
    if last is None or book.created is None:
        return None
    year = int(last[:4]) - (0 if last.endswith("-12") else 1)
    return year if year not in book.shu_years and year >= book.created.year else None


def year_rules(book: GroupBook, year: int) -> Rules:
    """The rules an SHU year is allocated by: those in force on its 31 December (rules §9a)."""
    return book.rules_on(date(year, 12, 31))


def plan(book: GroupBook, year: int, rules: Rules | None = None) -> dict[str, Any]:
    """The year's surplus, its pools (each rounded half up to the unit; the remainder pool takes the
    rounding difference so the pools add up to the surplus) and every active member's shares, by the
    percentages and bases in force on 31 December (or ``rules``, to preview a change of them)."""
    movements = balances_between(book.ledger.entries, date(year, 1, 1), date(year, 12, 31),
                                 include_closing=False)
    business = {k: v for k, v in movements.items() if k in A.BUSINESS_ACCOUNTS}
    statement = income_statement({k: v for k, v in movements.items() if k not in A.BUSINESS_ACCOUNTS})
    surplus = statement["surplus"]
    rules = rules or year_rules(book, year)
    share = max(surplus, 0)  # a year with a loss has nothing to share: every pool is 0
    rest = remainder_pool(rules.shu_pct)
    pools = {k: round_half_up(Fraction(share) * Fraction(v) / 100, rules.rounding_unit)
             for k, v in rules.shu_pct.items() if k != rest}
    active = [m.code for m in book.active_members()]
    loan_basis = (borrowed_weights(book, year) if rules.shu_loan_basis == "borrowed"
                  else {m: v for (m, y), v in book.jasa_paid.items() if y == year})
    bases = {"jasa_simpanan": savings_weights(book, year, rules.shu_savings_basis), "jasa_pinjaman": loan_basis}
    shares: dict[str, dict[str, int]] = {code: {} for code in active}
    for pool in MEMBER_POOLS:
        if pool not in pools:
            continue
        weights = [max(0, bases[pool].get(code, 0)) for code in active]
        if pools[pool] and sum(weights) > 0:
            for code, part in zip(active, allocate(pools[pool], weights), strict=True):
                shares[code][pool] = part
        else:
            pools[pool] = 0  # nobody to share it: it stays with the group, in the remainder pool
    pools[rest] = surplus - sum(pools.values())
    return {"year": year, "statement": statement, "surplus": surplus, "pools": pools, "shares": shares,
            "business": business, "pct": dict(rules.shu_pct), "bases": bases,  # the rules and bases it used
            "savings_basis": rules.shu_savings_basis, "loan_basis": rules.shu_loan_basis}


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
    for pool, amount in result["pools"].items():
        if pool not in MEMBER_POOLS:
            entry.credit(POOL_ACCOUNTS.get(pool, A.DANA_SHU_LAIN), amount)
    entry.move(A.KAS_SOSIAL, A.KAS_KELOMPOK, result["pools"].get("sosial", 0))  # the social pool is restricted cash
    for code, amount in result["business"].items():  # the business's own year closes into its profit
        entry.credit(code, amount)
    entry.debit(A.LABA_USAHA, sum(result["business"].values()))
    for code, parts in result["shares"].items():
        entry.credit(A.SIMPANAN_SUKARELA, sum(parts.values()), code)
    book.shu_years[year] = result
