"""The fixed schedule of rules.md §4: pokok rounding with the rest on the last instalment, flat and
menurun jasa, due dates clamped to month ends, the admin fee."""

from datetime import date
from decimal import Decimal

import pytest

from ledger.model.errors import Refusal
from ledger.model.schedules import Terms, admin_fee, build_schedule
from ledger.model.settings import monthly_rate, rate_json, yearly_rate


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


def test_a_yearly_rate_is_exactly_a_twelfth() -> None:
    """22 % per tahun menurun, Rp 5.000.000 in 12 months, unit Rp 1: jasa of instalment 1 is
    5.000.000 × 22 % / 12 = 91.666,67 → 91.667; of instalment 12 (outstanding 5.000.000 − 11 × 416.667 =
    416.663) 416.663 × 22 % / 12 = 7.638,8 → 7.639; the twelve add up to the published 595.834. Typed as
    1,83 % per month the same loan gives 594.750 — which is why the rate is kept exactly."""
    yearly = Terms(5_000_000, 12, yearly_rate("22"), "menurun", 1, Decimal(0), 0, False)
    rows = build_schedule(yearly, date(2026, 1, 10))
    assert rows[0].jasa == 91_667 and rows[-1].jasa == 7_639
    assert sum(r.jasa for r in rows) == 595_834
    assert [r.pokok for r in rows] == [416_667] * 11 + [416_663]
    monthly = Terms(5_000_000, 12, monthly_rate("1.83"), "menurun", 1, Decimal(0), 0, False)
    assert sum(r.jasa for r in build_schedule(monthly, date(2026, 1, 10))) == 594_750


def test_weekly_and_fortnightly_instalments_fall_every_7_or_14_days() -> None:
    """Weekly: jasa 1.000.000 × 1,5 % × 12/52 = 3.461,54 → 3.500 (unit 100), due every Monday from
    2 February. Fortnightly menurun at 2 %: r · 12/26 = 0,24/26, so 1.300.000 → 12.000, then 975.000 →
    9.000, 650.000 → 6.000, 325.000 → 3.000."""
    weekly = Terms(1_000_000, 10, monthly_rate("1.5"), "flat", 100, Decimal(0), 0, False, "mingguan")
    rows = build_schedule(weekly, date(2026, 2, 2))
    assert [r.due for r in rows[:3]] == [date(2026, 2, 9), date(2026, 2, 16), date(2026, 2, 23)]
    assert rows[-1].due == date(2026, 4, 13) and rows[1].period_start == date(2026, 2, 9)
    assert {(r.pokok, r.jasa) for r in rows} == {(100_000, 3_500)}
    fortnightly = Terms(1_300_000, 4, monthly_rate("2"), "menurun", 100, Decimal(0), 0, False, "dua_mingguan")
    rows = build_schedule(fortnightly, date(2026, 2, 2))
    assert [r.due for r in rows] == [date(2026, 2, 16), date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 30)]
    assert [r.jasa for r in rows] == [12_000, 9_000, 6_000, 3_000]


def test_a_rate_is_kept_in_the_rules_key_that_says_it_exactly() -> None:
    assert rate_json(yearly_rate("22")) == {"rate_pct_year": "22"}
    assert rate_json(monthly_rate("1.5")) == {"rate_pct_month": "1.5"}
