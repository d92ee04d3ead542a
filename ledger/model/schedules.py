"""The fixed schedule of a loan (jadwal angsuran, rules.md §4), computed once at disbursement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from ledger.model.calendar import add_months
from ledger.model.errors import Refusal
from ledger.model.money import percent_of, round_half_up, rp
from ledger.model.settings import FREQUENCIES


@dataclass(frozen=True)
class Terms:
    """A loan's own parameters, defaulted from the group's rules when it is disbursed."""

    principal: int
    term: int
    rate_pct_month: Fraction  # exact: a yearly rate's twelfth is never rounded
    method: str
    rounding_unit: int
    admin_fee_pct: Decimal
    denda: int
    keep_jasa: bool
    frequency: str = "bulanan"

    @property
    def rate_per_instalment(self) -> Fraction:
        """The rate (a fraction, not percent) of one instalment's period: the monthly rate for monthly
        instalments, ``r · 12/26`` fortnightly and ``r · 12/52`` weekly (rules §4)."""
        return Fraction(self.rate_pct_month) / 100 * 12 / FREQUENCIES[self.frequency][1]

    def due_date(self, disbursed: date, number: int) -> date:
        """Instalment ``number``'s due date: the same day ``number`` months later (clamped to the month's
        end), or every 7 or 14 days from the disbursement."""
        days = FREQUENCIES[self.frequency][0]
        return add_months(disbursed, number) if days is None else disbursed + timedelta(days=days * number)


@dataclass(frozen=True)
class PlannedInstalment:
    number: int
    period_start: date
    due: date
    pokok: int
    jasa: int


def build_schedule(terms: Terms, disbursed: date) -> list[PlannedInstalment]:
    """Instalments 1..n due monthly on the disbursement's day (or every 7 or 14 days from it); pokok
    rounded, the last one takes the rest.

    pokok ``u = round_half_up(P/n)`` for i < n and ``P − (n−1)·u`` last (refused unless > 0);
    jasa flat ``round_half_up(P·r)``, menurun ``round_half_up(outstanding_before_i · r)``, with ``r`` the
    rate of one instalment's period (``Terms.rate_per_instalment``).
    """
    p, n, unit = terms.principal, terms.term, terms.rounding_unit
    u = round_half_up(Fraction(p, n), unit)
    last = p - (n - 1) * u
    if last <= 0:
        raise Refusal(f"pinjaman {rp(p)} dalam {n} angsuran tidak dapat dijadwalkan dengan pembulatan "
                      f"{rp(unit)}: angsuran pokok terakhir menjadi {last}; kurangi jangka waktu")
    outstanding = p
    out: list[PlannedInstalment] = []
    previous_due = disbursed
    for number in range(1, n + 1):
        pokok = u if number < n else last
        base = p if terms.method == "flat" else outstanding
        jasa = round_half_up(base * terms.rate_per_instalment, unit)
        due = terms.due_date(disbursed, number)
        out.append(PlannedInstalment(number, previous_due, due, pokok, jasa))
        outstanding -= pokok
        previous_due = due
    return out


def admin_fee(terms: Terms) -> int:
    """The admin fee kept from the cash handed over: ``round_half_up(P · fee, unit)``."""
    return round_half_up(percent_of(terms.principal, terms.admin_fee_pct), terms.rounding_unit)
