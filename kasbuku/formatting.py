"""How money, dates and amounts in words are shown to people: ``Rp 1.500.000``, ``15 Februari 2026``.

Babel formatters are built once per locale and reused (as fava does); nothing else formats money.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "id_ID"


@lru_cache(maxsize=4)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def number(value: int, locale: str = LOCALE) -> str:
    """A whole number with the locale's thousands dots: ``1.500.000``."""
    return format_decimal(value, format="#,##0", locale=_locale(locale))


def rupiah(value: int, locale: str = LOCALE) -> str:
    """``Rp 1.500.000`` (negative: ``-Rp 1.500.000``); money is whole rupiah, never a float."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("money must be int rupiah")
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {number(abs(value), locale)}"


def rate_text(rate_pct_month: Fraction, locale: str = LOCALE) -> str:
    """A loan's rate both ways a treasurer quotes it: ``1,83 % per bulan · 22 % per tahun`` (the monthly
    rate is exact; shown to two decimals, the yearly one likewise)."""
    def pct(value: Fraction) -> str:
        shown = Decimal(value.numerator) / Decimal(value.denominator)
        return format_decimal(shown.quantize(Decimal("0.01"), ROUND_HALF_UP), format="#,##0.##",
                              locale=_locale(locale)) + " %"
    return f"{pct(rate_pct_month)} per bulan · {pct(rate_pct_month * 12)} per tahun"


def tanggal(day: date | datetime, locale: str = LOCALE) -> str:
    """``15 Februari 2026``."""
    return format_date(day, "d MMMM yyyy", locale=_locale(locale))


def tanggal_pendek(day: date, locale: str = LOCALE) -> str:
    """``15/02/2026`` for narrow table columns."""
    return format_date(day, "dd/MM/yyyy", locale=_locale(locale))


def bulan(month: str, locale: str = LOCALE) -> str:
    """``2026-02`` → ``Februari 2026``."""
    year, mon = (int(p) for p in month.split("-"))
    return format_date(date(year, mon, 1), "MMMM yyyy", locale=_locale(locale))


def terbilang(value: int) -> str:
    """Amount in words for receipts: ``satu juta lima ratus ribu rupiah``."""
    if value < 0:
        return "minus " + terbilang(-value)
    from num2words import num2words  # only papers spell amounts out: not imported by the start screen

    words = "nol" if value == 0 else num2words(value, lang="id")
    return f"{words} rupiah"
