"""Weekly and fortnightly instalments (rules §4 ``frequency``) through the whole book: schedule, arrears,
the month close's tanggung renteng, early payoff — each figure worked by hand in the docstring."""

from __future__ import annotations

from datetime import date

from tests.conftest import Book, ev, group_with_members


def _grant(book: Book) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-06", amount=10_000_000, source="Kemensos"))


def test_a_missed_week_is_covered_at_the_month_close(book: Book) -> None:
    """M1 borrows Rp 1.000.000 from the grant on Monday 2 February, 10 weekly instalments, flat 1,5 % a
    month: jasa per week 1.000.000 × 1,5 % × 12/52 = 3.461,54 → 3.500, so 100.000 + 3.500 = 103.500 due on
    9, 16, 23 February, 2 March … She pays the first two and misses the 23rd. The February close covers
    that instalment (due before the cut-off 28 February) by M2–M5 with 103.500 / 4 = 25.875 each; the one
    due 2 March is not covered. Principal left 1.000.000 − 3 × 100.000 = 700.000; jasa income 3 × 3.500.
    On 3 March the instalment of 2 March is one day late: kolektibilitas 2."""
    _grant(book)
    book.apply(ev("month.close", "2026-01-31", month="2026-01"),
               ev("loan.disburse", "2026-02-02", member="M1", loan="L1", principal=1_000_000, fund="grant",
                  frequency="mingguan"),
               ev("loan.pay", "2026-02-09", loan="L1", amount=103_500),
               ev("loan.pay", "2026-02-16", loan="L1", amount=103_500),
               ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    m1 = state["members"]["M1"]
    assert m1["tr_owes"] == 103_500
    assert [state["members"][f"M{i}"]["tr_is_owed"] for i in range(2, 6)] == [25_875] * 4
    assert m1["loans"] == [{"loan": "L1", "fund": "grant", "principal_outstanding": 700_000, "days_past_due": 0,
                            "kolektibilitas": 1}]
    assert state["income"]["jasa"] == 10_500
    later = book.state(as_of="2026-03-03")["members"]["M1"]["loans"][0]
    assert (later["days_past_due"], later["kolektibilitas"]) == (1, 2)


def test_a_fortnightly_menurun_loan_paid_off_early(book: Book) -> None:
    """M2 borrows Rp 1.300.000 on 2 February, 4 fortnightly instalments, menurun 2 % a month: the rate of
    a fortnight is 2 % × 12/26, so jasa 12.000, 9.000, 6.000, 3.000 on 16 Feb, 2 Mar, 16 Mar, 30 Mar, pokok
    325.000 each. She pays instalment 1 (337.000) on 16 February. On 5 March instalments 2 (period from
    16 Feb) and 3 (from 2 Mar) have begun, 4 (from 16 Mar) has not: payoff = 975.000 + 9.000 + 6.000 =
    990.000. More is refused; 990.000 closes the loan, and jasa income is 12.000 + 9.000 + 6.000."""
    _grant(book)
    book.apply(ev("loan.disburse", "2026-02-02", member="M2", loan="L2", principal=1_300_000, fund="grant",
                  term=4, method="menurun", rate_pct_month="2", frequency="dua_mingguan"),
               ev("loan.pay", "2026-02-16", loan="L2", amount=337_000))
    assert "lebih" in book.refused(ev("loan.pay", "2026-03-05", loan="L2", amount=990_100))
    book.apply(ev("loan.pay", "2026-03-05", loan="L2", amount=990_000))
    state = book.state(as_of="2026-03-05")
    assert state["members"]["M2"]["loans"] == []  # paid off: no open loan
    assert state["income"]["jasa"] == 27_000
    assert state["grant"]["cash"] == 10_000_000  # all pokok back in the fund; jasa is the group's income


def test_a_yearly_rate_on_the_loan_event(book: Book) -> None:
    """22 % a year flat on Rp 1.200.000: the monthly rate is exactly 22/12 %, jasa 1.200.000 × 22 % / 12 =
    22.000 a month (1,83 % would give 21.960 → 22.000 too at unit 100; the exact rate shows at unit 1 in
    test_schedules). Both rate keys at once are refused."""
    _grant(book)
    both = ev("loan.disburse", "2026-02-02", member="M3", loan="L3", principal=1_200_000, fund="grant",
              rate_pct_month="1.5", rate_pct_year="18")
    assert "salah satu saja" in book.refused(both)
    book.apply(ev("loan.disburse", "2026-02-02", member="M3", loan="L3", principal=1_200_000, fund="grant",
                  term=12, rate_pct_year="22"),
               ev("loan.pay", "2026-03-02", loan="L3", amount=122_000))
    assert book.state(as_of="2026-03-02")["income"]["jasa"] == 22_000


def test_the_meeting_date_picks_the_weekly_instalments_due(book: Book) -> None:
    """At the meeting of Monday 9 February, M1's weekly loan (103.500 a week from 9 February) bills one
    instalment, not the four of February; at 23 February, three."""
    from ledger.views.meeting import meeting_rows

    _grant(book)
    book.apply(ev("loan.disburse", "2026-02-02", member="M1", loan="L1", principal=1_000_000, fund="grant",
                  frequency="mingguan"))
    grid = book.book()
    assert meeting_rows(grid, date(2026, 2, 9))[0].instalment_due == 103_500
    assert meeting_rows(grid, date(2026, 2, 23))[0].instalment_due == 3 * 103_500
