"""Dates of the book: months, month ends, and due dates on the same day of later months."""

from __future__ import annotations

import calendar
from datetime import date
from functools import cache

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")


def day_text(day: date) -> str:
    """A date inside a refusal message, as a treasurer reads it: ``28 November 2026``. (The window and the
    papers format with Babel in ``kasbuku.formatting``; the ledger has no Babel.)"""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def month_text(month: str) -> str:
    """A month ``YYYY-MM`` inside a refusal message: ``Desember 2026``."""
    year, mon = (int(p) for p in month.split("-"))
    return f"{MONTH_NAMES[mon - 1]} {year}"


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(month: str) -> date:
    year, mon = (int(p) for p in month.split("-"))
    return date(year, mon, 1)


@cache
def month_end(month: str) -> date:
    year, mon = (int(p) for p in month.split("-"))
    return date(year, mon, calendar.monthrange(year, mon)[1])


def next_month(month: str) -> str:
    year, mon = (int(p) for p in month.split("-"))
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"


def add_months(start: date, months: int) -> date:
    """The same day of month ``months`` later, clamped to that month's last day (rules.md §4)."""
    index = start.year * 12 + start.month - 1 + months
    year, mon = divmod(index, 12)
    last = calendar.monthrange(year, mon + 1)[1]
    return date(year, mon + 1, min(start.day, last))


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (empty when last < first)."""
    out: list[str] = []
    current = first
    while current <= last:
        out.append(current)
        current = next_month(current)
    return out
