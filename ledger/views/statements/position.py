"""The classified balance sheet (neraca) of a month's end beside the month before: current and non-current
assets, liabilities and equity with their subtotals; the savings-and-loan result not yet shared as SHU
split by year, and the joint business's profit not yet shared as one line."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ledger.model import accounts as A
from ledger.model.calendar import month_of, month_start
from ledger.model.journal import balances_between
from ledger.rules import business
from ledger.rules.book import GroupBook
from ledger.views.statements.common import agree, check_book_date

NON_CURRENT = frozenset({A.INVENTARIS})  # held for use, not to be turned into cash within the year
BUSINESS_RESULT = A.CHART[A.LABA_USAHA].name
UNSHARED = "SHU belum dibagi tahun {year}"


@dataclass(frozen=True)
class Line:
    name: str
    amount: int  # at the statement's date
    before: int  # at the end of the month before


@dataclass(frozen=True)
class Part:
    title: str
    lines: list[Line]

    @property
    def total(self) -> int:
        return sum(ln.amount for ln in self.lines)

    @property
    def total_before(self) -> int:
        return sum(ln.before for ln in self.lines)


@dataclass(frozen=True)
class BalanceSheet:
    on: date
    before: date
    assets: list[Part]  # aset lancar, aset tidak lancar
    claims: list[Part]  # kewajiban, ekuitas

    @property
    def total_assets(self) -> int:
        return sum(p.total for p in self.assets)

    @property
    def total_claims(self) -> int:
        return sum(p.total for p in self.claims)


def _figures(book: GroupBook, cutoff: date) -> dict[tuple[str, str], int]:
    """(part, line name) -> amount on ``cutoff``, from the journal's entries up to that day."""
    balances = balances_between(book.ledger.entries, None, cutoff)
    allocated = {a.event["year"] for a in book.applied.values()
                 if a.event.type == "shu.allocate" and a.event.date <= cutoff and not a.reversed_by}
    unshared: dict[int, int] = defaultdict(int)
    for entry in book.ledger.entries:
        if entry.date <= cutoff and not entry.closing and entry.date.year not in allocated:
            unshared[entry.date.year] -= sum(ln.amount for ln in entry.lines if ln.account in A.CHART
                                             and A.CHART[ln.account].kind in (A.Kind.INCOME, A.Kind.EXPENSE)
                                             and ln.account not in A.BUSINESS_ACCOUNTS)
    out: dict[tuple[str, str], int] = {}
    business_result = result = 0
    for code, value in sorted(balances.items()):
        kind = A.CHART[code].kind
        if code in A.BUSINESS_ACCOUNTS or code == A.LABA_USAHA:
            business_result -= value
        elif kind in (A.Kind.INCOME, A.Kind.EXPENSE):
            result -= value
        elif value:
            part = {A.Kind.ASSET: "Aset tidak lancar" if code in NON_CURRENT else "Aset lancar",
                    A.Kind.LIABILITY: "Kewajiban", A.Kind.EQUITY: "Ekuitas"}[kind]
            out[(part, A.CHART[code].name)] = value if kind.debit_normal else -value
    agree(f"SHU belum dibagi per tahun pada {cutoff.isoformat()}", sum(unshared.values()), result)
    if business_result:
        out[("Ekuitas", BUSINESS_RESULT)] = business_result
    for year, amount in sorted(unshared.items()):
        if amount:
            out[("Ekuitas", UNSHARED.format(year=year))] = amount
    return out


def balance_sheet(book: GroupBook, on: date) -> BalanceSheet:
    """Neraca on ``on`` beside the end of the month before, each side's total checked: assets = liabilities
    + equity (the result not yet shared included); the business's profit not yet shared is checked
    against ``ledger.rules.business.undistributed``."""
    check_book_date(book, on)
    before = month_start(month_of(on)) - timedelta(days=1)
    now, then = _figures(book, on), _figures(book, before)
    agree("laba usaha kelompok yang belum dibagi", now.get(("Ekuitas", BUSINESS_RESULT), 0),
          business.undistributed(book, on))
    parts: dict[str, list[Line]] = {t: [] for t in ("Aset lancar", "Aset tidak lancar", "Kewajiban", "Ekuitas")}
    for key in sorted(now.keys() | then.keys(), key=lambda k: _order(k[1])):
        parts[key[0]].append(Line(key[1], now.get(key, 0), then.get(key, 0)))
    sheet = BalanceSheet(on, before, [Part(t, parts[t]) for t in ("Aset lancar", "Aset tidak lancar")],
                         [Part(t, parts[t]) for t in ("Kewajiban", "Ekuitas")])
    agree("neraca: jumlah aset dan jumlah kewajiban + ekuitas", sheet.total_assets, sheet.total_claims)
    agree("neraca bulan lalu: jumlah aset dan jumlah kewajiban + ekuitas",
          sum(p.total_before for p in sheet.assets), sum(p.total_before for p in sheet.claims))
    return sheet


def _order(name: str) -> tuple[int, str]:
    """Lines in the chart's order; the business's profit and the unshared SHU (by year) last."""
    codes = {a.name: a.code for a in A.CHART.values()}
    if name == BUSINESS_RESULT:
        return (1, "")
    return (2, name) if name not in codes else (0, codes[name])
