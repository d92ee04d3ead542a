"""Loans (rules.md §4, §5): payments fill instalments in order, begun periods owe jasa, early payoff,
denda, over-payment, kolektibilitas and PAR30, and every eligibility refusal."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ev, group_with_members


def member(book: Any, code: str, as_of: str) -> dict[str, Any]:
    return book.state("G", as_of)["members"][code]


@pytest.fixture
def lent(book: Any) -> Any:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=2_000_000, fund="grant"))
    return book


def test_payment_before_due_date_pays_that_instalment(lent: Any) -> None:
    lent.apply(ev("loan.pay", "2026-02-10", loan="L1", amount=230_000))
    loan = member(lent, "M1", "2026-02-10")["loans"][0]
    assert loan["principal_outstanding"] == 1_800_000
    assert lent.state(as_of="2026-02-10")["income"]["jasa"] == 30_000


def test_partial_payment_goes_jasa_first_then_pokok(lent: Any) -> None:
    lent.apply(ev("loan.pay", "2026-02-15", loan="L1", amount=100_000))
    state = lent.state(as_of="2026-02-15")
    assert state["income"]["jasa"] == 30_000
    assert state["members"]["M1"]["loans"][0]["principal_outstanding"] == 1_930_000


def test_early_payoff_owes_no_jasa_for_periods_not_begun(lent: Any) -> None:
    # on 20 Feb: instalment 1 (begun 15 Jan) and 2 (begun 15 Feb) owe jasa; 3..10 only pokok
    reason = lent.refused(ev("loan.pay", "2026-02-20", loan="L1", amount=2_060_001))
    assert "2060000" in reason.replace(".", "")
    lent.apply(ev("loan.pay", "2026-02-20", loan="L1", amount=2_060_000))
    assert member(lent, "M1", "2026-02-20")["loans"] == []
    assert lent.state(as_of="2026-02-20")["grant"]["cash"] == 10_000_000


def test_keep_jasa_setting_keeps_every_instalments_jasa(book: Any) -> None:
    group_with_members(book, rules={"keep_jasa": True})
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=2_000_000, fund="grant"))
    book.refused(ev("loan.pay", "2026-02-20", loan="L1", amount=2_300_001))
    book.apply(ev("loan.pay", "2026-02-20", loan="L1", amount=2_300_000))
    assert book.state(as_of="2026-02-20")["income"]["jasa"] == 300_000


def test_paying_ahead_fills_the_next_instalment_pokok_only(lent: Any) -> None:
    lent.apply(ev("loan.pay", "2026-02-15", loan="L1", amount=430_000))
    # instalment 1 in full (230.000), instalment 2's period begins 15 Feb: jasa 30.000 then pokok 170.000
    assert member(lent, "M1", "2026-02-15")["loans"][0]["principal_outstanding"] == 1_630_000


def test_denda_is_owed_once_from_the_day_after_the_due_date(book: Any) -> None:
    group_with_members(book, rules={"denda": 5_000})
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=2_000_000, fund="grant"))
    # on the due date no denda yet: payoff = instalment 1 + pokok 2..10 + jasa of instalment 2 (begun today)
    book.refused(ev("loan.pay", "2026-02-15", loan="L1", amount=2_060_001))
    book.apply(ev("loan.pay", "2026-02-16", loan="L1", amount=235_000))
    state = book.state(as_of="2026-02-16")
    assert state["income"]["denda"] == 5_000
    assert state["members"]["M1"]["loans"][0]["principal_outstanding"] == 1_800_000


def test_days_past_due_and_kolektibilitas(lent: Any) -> None:
    rows = {d: member(lent, "M1", d)["loans"][0] for d in
            ("2026-02-15", "2026-02-16", "2026-05-16", "2026-06-14", "2026-07-15", "2026-09-15")}
    assert rows["2026-02-15"]["days_past_due"] == 0 and rows["2026-02-15"]["kolektibilitas"] == 1
    assert rows["2026-02-16"]["days_past_due"] == 1 and rows["2026-02-16"]["kolektibilitas"] == 2
    assert rows["2026-05-16"]["days_past_due"] == 90 and rows["2026-05-16"]["kolektibilitas"] == 2
    assert rows["2026-06-14"]["days_past_due"] == 119 and rows["2026-06-14"]["kolektibilitas"] == 3
    assert rows["2026-07-15"]["kolektibilitas"] == 4
    assert rows["2026-09-15"]["kolektibilitas"] == 5
    assert lent.state(as_of="2026-03-18")["par30_pct"] == "100.00"
    assert lent.state(as_of="2026-03-17")["par30_pct"] == "0.00"


def test_group_fund_lends_the_groups_own_cash_with_admin_fee(book: Any) -> None:
    group_with_members(book, rules={"admin_fee_pct": "1"})
    book.apply(ev("savings.deposit", "2026-01-06", member="M2", product="sukarela", amount=500_000),
               ev("loan.disburse", "2026-01-15", member="M1", loan="K1", principal=500_000, fund="group"))
    state = book.state(as_of="2026-01-15")
    assert state["income"]["admin"] == 5_000
    assert state["cash"] == 100_000 + 500_000 - 500_000 + 5_000
    assert book.check() == []


def test_menurun_loan_through_the_command(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Dinsos"),
               ev("loan.disburse", "2026-01-10", member="M1", loan="L1", principal=1_000_000, fund="grant",
                  term=4, rate_pct_month="2", method="menurun"),
               ev("loan.pay", "2026-02-10", loan="L1", amount=270_000),
               ev("loan.pay", "2026-03-10", loan="L1", amount=265_000))
    state = book.state(as_of="2026-03-10")
    assert state["income"]["jasa"] == 35_000
    assert state["members"]["M1"]["loans"][0]["principal_outstanding"] == 500_000


REFUSALS = [
    ("inactive member", [ev("member.leave", "2026-01-12", member="M2")],
     ev("loan.disburse", "2026-01-15", member="M2", loan="X", principal=100_000, fund="grant"), "sudah keluar"),
    ("second open loan", [],
     ev("loan.disburse", "2026-01-16", member="M1", loan="X", principal=100_000, fund="group"),
     "masih punya pinjaman"),
    ("fund too small", [],
     ev("loan.disburse", "2026-01-15", member="M2", loan="X", principal=9_000_000, fund="grant"), "tidak cukup"),
    ("group cash too small", [],
     ev("loan.disburse", "2026-01-15", member="M2", loan="X", principal=200_000, fund="group"), "tidak cukup"),
    ("loan code reused", [],
     ev("loan.disburse", "2026-01-15", member="M2", loan="L1", principal=100_000, fund="grant"), "sudah dipakai"),
    ("unknown fund", [],
     ev("loan.disburse", "2026-01-15", member="M2", loan="X", principal=100_000, fund="bank"), "sumber dana"),
    ("unknown member", [],
     ev("loan.disburse", "2026-01-15", member="M9", loan="X", principal=100_000, fund="grant"), "tidak dikenal"),
    ("over payment", [], ev("loan.pay", "2026-01-20", loan="L1", amount=5_000_000), "melebihi"),
    ("unknown loan", [], ev("loan.pay", "2026-01-20", loan="L7", amount=1_000), "tidak dikenal"),
    ("last pokok not positive", [],
     ev("loan.disburse", "2026-01-15", member="M2", loan="X", principal=1_000, fund="grant", term=6),
     "angsuran pokok terakhir"),
]


@pytest.mark.parametrize(("name", "before", "event", "reason"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_each_refusal_names_its_reason_and_changes_nothing(lent: Any, name: str, before: list[dict[str, Any]],
                                                           event: dict[str, Any], reason: str) -> None:
    if before:
        lent.apply(*before)
    assert reason in lent.refused(event)
