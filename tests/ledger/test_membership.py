"""Groups, members and savings (rules.md §1–§3): pokok, wajib arrears, sukarela, leaving, officers."""

from __future__ import annotations

from typing import Any

from tests.conftest import ev, group_with_members


def test_wajib_arrears_count_from_the_month_after(book: Any) -> None:
    group_with_members(book, n=2)
    book.apply(ev("savings.deposit", "2026-01-05", member="M1", product="wajib", amount=10_000))
    assert book.state(as_of="2026-01-31")["members"]["M2"]["wajib_arrears"] == 0
    assert book.state(as_of="2026-02-01")["members"]["M2"]["wajib_arrears"] == 10_000
    assert book.state(as_of="2026-04-01")["members"]["M2"]["wajib_arrears"] == 30_000
    assert book.state(as_of="2026-04-01")["members"]["M1"]["wajib_arrears"] == 20_000


def test_wajib_deposits_count_for_the_oldest_month_and_may_be_paid_ahead(book: Any) -> None:
    group_with_members(book, n=1)
    book.apply(ev("savings.deposit", "2026-03-10", member="M1", product="wajib", amount=50_000))
    assert book.state(as_of="2026-03-10")["members"]["M1"]["wajib_arrears"] == 0
    assert book.state(as_of="2026-06-01")["members"]["M1"]["wajib_arrears"] == 0
    assert book.state(as_of="2026-07-01")["members"]["M1"]["wajib_arrears"] == 10_000


def test_a_rules_change_applies_from_the_next_month_it_governs(book: Any) -> None:
    group_with_members(book, n=1)
    book.apply(ev("group.rules", "2026-03-01", rules={"wajib": 15_000}))
    # Jan, Feb at 10.000; Mar, Apr at 15.000
    assert book.state(as_of="2026-05-01")["members"]["M1"]["wajib_arrears"] == 50_000


def test_pokok_is_paid_once_up_to_the_rule(book: Any) -> None:
    group_with_members(book, n=1, pokok=False)
    book.apply(ev("savings.deposit", "2026-01-05", member="M1", product="pokok", amount=15_000))
    assert "tinggal Rp 5.000" in book.refused(
        ev("savings.deposit", "2026-01-06", member="M1", product="pokok", amount=10_000))
    book.apply(ev("savings.deposit", "2026-01-06", member="M1", product="pokok", amount=5_000))
    assert book.state(as_of="2026-01-06")["members"]["M1"]["savings"]["pokok"] == 20_000


def test_sukarela_withdrawal_up_to_its_balance(book: Any) -> None:
    group_with_members(book, n=2)
    book.apply(ev("savings.deposit", "2026-01-06", member="M1", product="sukarela", amount=50_000))
    assert "melebihi" in book.refused(ev("savings.withdraw", "2026-01-07", member="M1", amount=50_001))
    book.apply(ev("savings.withdraw", "2026-01-07", member="M1", amount=50_000))
    assert book.state(as_of="2026-01-07")["members"]["M1"]["savings"]["sukarela"] == 0


def test_leaving_pays_out_savings_less_what_is_owed(book: Any) -> None:
    group_with_members(book, n=5)
    book.apply(ev("savings.deposit", "2026-01-06", member="M1", product="sukarela", amount=300_000),
               ev("savings.deposit", "2026-01-06", member="M1", product="wajib", amount=10_000),
               ev("loan.disburse", "2026-01-10", member="M1", loan="K1", principal=100_000, fund="group", term=2),
               ev("member.leave", "2026-01-20", member="M1"))
    state = book.state(as_of="2026-01-20")
    m1 = state["members"]["M1"]
    assert m1["active"] is False and m1["savings"] == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert m1["loans"] == [] and m1["wajib_arrears"] == 0
    # payoff on 20 Jan: pokok 100.000 + jasa 1.500 of instalment 1 (begun 10 Jan)
    assert state["income"]["jasa"] == 1_500
    assert state["cash"] == 80_000 + 1_500
    assert book.state(as_of="2026-06-01")["members"]["M1"]["wajib_arrears"] == 0
    assert "sudah keluar" in book.refused(
        ev("savings.deposit", "2026-01-21", member="M1", product="sukarela", amount=1_000))
    assert book.check() == []


def test_officers_hold_one_role_each(book: Any) -> None:
    group_with_members(book, n=2)
    book.apply(ev("member.join", "2026-01-06", member="K", name="Ibu Ketua", role="ketua", category="miskin"))
    assert "sudah dipegang" in book.refused(ev("member.update", "2026-01-07", member="M1", role="ketua"))
    book.apply(ev("member.update", "2026-01-07", member="M1", role="bendahara"))
    state = book.state(as_of="2026-01-07")
    assert state["members"]["K"]["role"] == "ketua" and state["members"]["M1"]["role"] == "bendahara"


def test_group_size_outside_kube_fm_range_warns_never_blocks(book: Any) -> None:
    group_with_members(book, n=3)
    assert any("kurang dari 5" in w for w in book.state(as_of="2026-01-05")["warnings"])


def test_cash_in_and_out_of_the_groups_own_money(book: Any) -> None:
    group_with_members(book, n=5)
    book.apply(ev("cash.in", "2026-01-10", amount=50_000, category="sumbangan", memo="dari kelurahan"),
               ev("cash.out", "2026-01-11", amount=30_000, category="alat tulis", memo="buku kas"))
    assert book.state(as_of="2026-01-11")["cash"] == 100_000 + 20_000
    assert "tidak cukup" in book.refused(ev("cash.out", "2026-01-12", amount=500_000, category="x"))


def test_duplicate_group_and_member_codes_are_refused(book: Any) -> None:
    group_with_members(book, n=1)
    assert "sudah ada" in book.refused(ev("group.create", "2026-02-01", kind="KUBE"))
    assert "sudah dipakai" in book.refused(ev("member.join", "2026-02-01", member="M1", name="X"))
    assert "jenis kelompok" in book.refused(ev("group.create", "2026-02-01", group="Z", kind="Koperasi"))
