"""The fixed schedule of rules.md §4: pokok rounding with the rest on the last instalment, flat and
menurun jasa, due dates clamped to month ends, the admin fee."""

from datetime import date
from decimal import Decimal

import pytest

from ledger.errors import Refusal
from ledger.schedules import Terms, admin_fee, build_schedule


def terms(p: int = 2_000_000, n: int = 10, rate: str = "1.5", method: str = "flat", unit: int = 100,
          fee: str = "0") -> Terms:
    return Terms(p, n, Decimal(rate), method, unit, Decimal(fee), 0, False)


def test_flat_schedule_of_the_worked_example() -> None:
    rows = build_schedule(terms(), date(2026, 1, 15))
    assert [(r.pokok, r.jasa) for r in rows] == [(200_000, 30_000)] * 10
    assert rows[0].due == date(2026, 2, 15) and rows[0].period_start == date(2026, 1, 15)
    assert rows[1].period_start == date(2026, 2, 15)
    assert build_schedule(terms(1_500_000), date(2026, 1, 15))[0].jasa == 22_500


def test_rounded_pokok_puts_the_rest_on_the_last_instalment() -> None:
    rows = build_schedule(terms(1_000_000, 3), date(2026, 1, 15))
    assert [r.pokok for r in rows] == [333_300, 333_300, 333_400]
    assert sum(r.pokok for r in rows) == 1_000_000


def test_menurun_jasa_follows_the_outstanding_principal() -> None:
    rows = build_schedule(terms(1_000_000, 4, "2", "menurun"), date(2026, 1, 10))
    assert [r.jasa for r in rows] == [20_000, 15_000, 10_000, 5_000]


def test_jasa_rounds_half_up_to_the_unit() -> None:
    # 1.250.000 × 1,5 % = 18.750 → 18.800 with unit 100, 19.000 with unit 1.000
    assert build_schedule(terms(1_250_000), date(2026, 1, 1))[0].jasa == 18_800
    assert build_schedule(terms(1_250_000, unit=1000), date(2026, 1, 1))[0].jasa == 19_000


def test_due_dates_keep_the_day_and_clamp_to_month_end() -> None:
    rows = build_schedule(terms(n=4), date(2026, 1, 31))
    assert [r.due for r in rows] == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]


def test_a_last_instalment_that_would_not_be_positive_is_refused() -> None:
    # u = round(1.000/6, 100) = 200 → last = 1.000 − 5·200 = 0
    with pytest.raises(Refusal, match="angsuran pokok terakhir"):
        build_schedule(terms(1_000, 6), date(2026, 1, 1))


def test_admin_fee_is_rounded_half_up() -> None:
    assert admin_fee(terms(1_234_567, fee="1")) == 12_300
    assert admin_fee(terms(1_250_000, fee="1")) == 12_500
