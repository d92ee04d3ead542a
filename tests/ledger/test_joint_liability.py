"""Tanggung renteng at the month close (rules.md §6): shares, remainder rupiah, reserve, sukarela,
circles, several defaulters, blocked groups, and recovery in proportion to what is still owed."""

from __future__ import annotations

from typing import Any

import pytest

from ledger.model import accounts as A
from tests.conftest import ev, group_with_members
from tests.ledger.memory import MemoryBook


@pytest.fixture
def book() -> MemoryBook:
    """These are rule tests: an in-memory history (tests/ledger/memory.py), not a stored book."""
    return MemoryBook()


def setup_loans(book: Any, rules: dict[str, Any] | None = None, members: int = 5,
                loans: tuple[tuple[str, int], ...] = (("M1", 2_000_000),)) -> None:
    group_with_members(book, n=members, rules=rules)
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
               *[ev("loan.disburse", "2026-01-15", member=m, loan=f"L{m}", principal=p, fund="grant")
                 for m, p in loans],
               ev("month.close", "2026-01-31", month="2026-01"))


def test_shortfall_split_equally_with_leftover_rupiah_in_member_order(book: Any) -> None:
    # 1.000.000 at 10 months, 1,5 % flat: instalment 100.000 + 15.000 = 115.000 over 4 coverers
    # 115.000 / 4 = 28.750 exactly; use 3 coverers (4 members): 38.333 r 1 → 38.334, 38.333, 38.333
    setup_loans(book, members=4, loans=(("M1", 1_000_000),))
    book.apply(ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    assert [state["members"][m]["tr_is_owed"] for m in ("M2", "M3", "M4")] == [38_334, 38_333, 38_333]
    assert state["members"]["M1"]["tr_owes"] == 115_000
    assert state["members"]["M1"]["loans"][0]["kolektibilitas"] == 1
    assert state["cash"] == 80_000 + 10_000_000 - 1_000_000 + 115_000
    assert book.check() == []


def test_recovery_goes_to_coverers_in_proportion_and_to_their_sukarela(book: Any) -> None:
    setup_loans(book, members=4, loans=(("M1", 1_000_000),))
    book.apply(ev("month.close", "2026-02-28", month="2026-02"),
               ev("loan.pay", "2026-03-05", loan="LM1", amount=100_000))
    state = book.state(as_of="2026-03-05")
    owed = [state["members"][m]["tr_is_owed"] for m in ("M2", "M3", "M4")]
    sukarela = [state["members"][m]["savings"]["sukarela"] for m in ("M2", "M3", "M4")]
    assert sum(sukarela) == 100_000 and sukarela == [33_334, 33_333, 33_333]
    assert owed == [5_000, 5_000, 5_000]
    assert state["members"]["M1"]["tr_owes"] == 15_000
    assert book.check() == []


def test_reserve_covers_first_and_is_refilled_by_recovery(book: Any) -> None:
    setup_loans(book, rules={"tr_reserve": True})
    book.apply(ev("tr.reserve_in", "2026-02-01", amount=100_000, member="M2"),
               ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    assert state["tr_reserve"] == 0
    assert [state["members"][m]["tr_is_owed"] for m in ("M2", "M3", "M4", "M5")] == [32_500] * 4
    assert state["members"]["M1"]["tr_owes"] == 230_000
    book.apply(ev("loan.pay", "2026-03-01", loan="LM1", amount=23_000))
    # 23.000 split over owed 100.000 (reserve) and 4 × 32.500: 10.000 to the reserve, 3.250 each
    assert book.state(as_of="2026-03-01")["tr_reserve"] == 10_000
    assert book.state(as_of="2026-03-01")["members"]["M2"]["savings"]["sukarela"] == 3_250


def test_shares_from_sukarela_when_it_holds_the_whole_share(book: Any) -> None:
    setup_loans(book, rules={"tr_shares_from": "sukarela"})
    book.apply(ev("savings.deposit", "2026-02-01", member="M2", product="sukarela", amount=60_000),
               ev("savings.deposit", "2026-02-01", member="M3", product="sukarela", amount=50_000),
               ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    assert state["members"]["M2"]["savings"]["sukarela"] == 2_500   # 60.000 − 57.500
    assert state["members"]["M3"]["savings"]["sukarela"] == 50_000  # too little: pays in cash
    assert book.check() == []


def test_a_sukarela_share_needs_the_money_in_the_group_box(book: Any) -> None:
    """Sukarela is kept in the group's cash box: when the box was spent (here on a machine) a share is taken
    from sukarela only while the box holds it, and the others pay theirs in cash (found by a property test:
    the box went below zero)."""
    setup_loans(book, rules={"tr_shares_from": "sukarela"}, loans=(("M1", 1_000_000),))
    book.apply(*[ev("savings.deposit", "2026-02-01", member=m, product="sukarela", amount=100_000)
                 for m in ("M2", "M3", "M4", "M5")],
               ev("asset.receive", "2026-02-02", asset="A1", item="Mesin jahit", quantity=1, value=480_000,
                  source="kas kelompok", funded="kas"))
    assert book.book().ledger.balance(A.KAS_KELOMPOK) == 20_000
    book.apply(ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    # 115.000 = 4 × 28.750; the box holds 20.000 + the 15.000 jasa covered: M2's share only
    assert [state["members"][m]["savings"]["sukarela"] for m in ("M2", "M3", "M4", "M5")] == [
        71_250, 100_000, 100_000, 100_000]
    assert book.book().ledger.balance(A.KAS_KELOMPOK) == 20_000 + 15_000 - 28_750
    assert book.check() == []


def test_refunds_in_cash_when_the_rules_say_so(book: Any) -> None:
    setup_loans(book, rules={"tr_refund_to": "cash"})
    book.apply(ev("month.close", "2026-02-28", month="2026-02"),
               ev("loan.pay", "2026-03-01", loan="LM1", amount=230_000))
    state = book.state(as_of="2026-03-01")
    assert state["members"]["M2"]["savings"]["sukarela"] == 0
    assert state["members"]["M2"]["tr_is_owed"] == 0
    assert state["cash"] == book.state(as_of="2026-02-28")["cash"]


def test_defaulters_do_not_cover_each_other(book: Any) -> None:
    setup_loans(book, loans=(("M1", 1_000_000), ("M2", 2_000_000)))
    book.apply(ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    assert state["members"]["M1"]["tr_owes"] == 115_000 and state["members"]["M2"]["tr_owes"] == 230_000
    assert state["members"]["M1"]["tr_is_owed"] == 0 and state["members"]["M2"]["tr_is_owed"] == 0
    # M3..M5: 115.000/3 = 38.333 r1 and 230.000/3 = 76.666 r2
    assert [state["members"][m]["tr_is_owed"] for m in ("M3", "M4", "M5")] == [115_001, 115_000, 114_999]


def test_named_circles_cover_only_their_own(book: Any) -> None:
    setup_loans(book, rules={"tr_circles": {"A": ["M1", "M2", "M3"], "B": ["M4", "M5"]}})
    book.apply(ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    assert [state["members"][m]["tr_is_owed"] for m in ("M2", "M3", "M4", "M5")] == [115_000, 115_000, 0, 0]


def test_everyone_defaulting_blocks_the_group_until_paid(book: Any) -> None:
    group_with_members(book, n=5)
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
               *[ev("loan.disburse", "2026-01-15", member=f"M{i}", loan=f"L{i}", principal=1_000_000,
                    fund="grant") for i in range(1, 6)],
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("month.close", "2026-02-28", month="2026-02"))
    state = book.state(as_of="2026-02-28")
    assert state["blocked"] is True
    assert state["members"]["M1"]["loans"][0]["days_past_due"] == 13
    assert all(state["members"][f"M{i}"]["tr_owes"] == 0 for i in range(1, 6))
    book.apply(ev("member.join", "2026-03-01", member="M6", name="Baru"),
               ev("savings.deposit", "2026-03-01", member="M6", product="sukarela", amount=50_000))
    assert "diblokir" in book.refused(
        ev("loan.disburse", "2026-03-02", member="M6", loan="L6", principal=100_000, fund="group"))
    book.apply(*[ev("loan.pay", "2026-03-03", loan=f"L{i}", amount=115_000) for i in range(1, 6)])
    assert book.state(as_of="2026-03-03")["blocked"] is False


def test_paying_everything_settles_tr_debt_then_the_loan(book: Any) -> None:
    setup_loans(book)
    # TR debt 230.000 + pokok 1.800.000 + jasa of instalment 2 (begun 15 Feb) 30.000
    book.refused(ev("loan.pay", "2026-03-01", loan="LM1", amount=2_060_001))
    book.apply(ev("month.close", "2026-02-28", month="2026-02"),
               ev("loan.pay", "2026-03-01", loan="LM1", amount=2_060_000))
    assert book.state(as_of="2026-03-01")["members"]["M1"]["loans"] == []
    assert book.state(as_of="2026-03-01")["members"]["M1"]["tr_owes"] == 0


def test_member_with_tr_debt_can_neither_borrow_nor_leave(book: Any) -> None:
    setup_loans(book, rules={"max_open_loans": 2})
    book.apply(ev("month.close", "2026-02-28", month="2026-02"))
    assert "masih berutang" in book.refused(ev("member.leave", "2026-03-01", member="M1"))
    assert "tanggung renteng" in book.refused(
        ev("loan.disburse", "2026-03-01", member="M1", loan="X", principal=10_000, fund="group"))
