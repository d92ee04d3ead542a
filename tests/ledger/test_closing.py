"""Month close and corrections (rules.md §8): order, locked months, reopening, reversals, year-end SHU."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ev, group_with_members
from tests.ledger.memory import MemoryBook


@pytest.fixture
def book() -> MemoryBook:
    """These are rule tests: an in-memory history (tests/ledger/memory.py), not a stored book."""
    return MemoryBook()


def test_months_close_in_order_from_the_groups_first_month(book: Any) -> None:
    group_with_members(book)
    assert "tutup dulu bulan 2026-01" in book.refused(ev("month.close", "2026-02-28", month="2026-02"))
    book.apply(ev("month.close", "2026-01-31", month="2026-01"))
    assert "sudah ditutup" in book.refused(ev("month.close", "2026-02-01", month="2026-01"))


def test_nothing_is_posted_in_a_closed_month(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("month.close", "2026-02-02", month="2026-01"))
    assert "sudah ditutup" in book.refused(
        ev("savings.deposit", "2026-01-30", member="M1", product="wajib", amount=10_000))
    assert "lebih awal dari tutup buku" in book.refused(
        ev("savings.deposit", "2026-02-01", member="M1", product="wajib", amount=10_000))


def test_only_a_facilitator_reopens_the_latest_closed_month(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("month.close", "2026-02-28", month="2026-02"))
    assert book.state(as_of="2026-02-28")["members"]["M1"]["tr_owes"] == 115_000
    import pytest

    from ledger import services
    with pytest.raises(services.LineRefused, match="pendamping"):
        book.apply(ev("month.reopen", "2026-03-02", month="2026-02", reason="salah catat"), role="bendahara")
    assert "hanya bulan terakhir" in book.refused(ev("month.reopen", "2026-03-02", month="2026-01", reason="x"))
    # M1 did pay on 15 Feb: the facilitator reopens February, the payment is recorded, February closes again
    book.apply(ev("month.reopen", "2026-03-02", month="2026-02", reason="pembayaran M1 belum dicatat"),
               ev("loan.pay", "2026-02-15", loan="L1", amount=115_000),
               ev("month.close", "2026-03-02", month="2026-02"))
    state = book.state(as_of="2026-03-02")
    assert state["members"]["M1"]["tr_owes"] == 0 and state["last_closed_month"] == "2026-02"
    assert all(state["members"][m]["tr_is_owed"] == 0 for m in ("M2", "M3", "M4", "M5"))
    assert book.check() == []


def test_reversal_takes_back_an_entry_in_the_open_month(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("savings.deposit", "2026-01-20", member="M1", product="wajib", amount=10_000, id="s1"),
               ev("cash.out", "2026-01-21", amount=5_000, category="fotokopi", id="c1"),
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("reverse", "2026-02-03", ref="c1", reason="dibayar pribadi"),
               ev("reverse", "2026-02-03", ref="s1", reason="salah anggota"))
    assert book.state(as_of="2026-01-31")["cash"] == 100_000 + 10_000 - 5_000   # January stays as closed
    state = book.state(as_of="2026-02-03")
    assert state["cash"] == 100_000 and state["members"]["M1"]["savings"]["wajib"] == 0
    assert state["members"]["M1"]["wajib_arrears"] == 10_000
    assert "sudah dibalik" in book.refused(ev("reverse", "2026-02-04", ref="c1", reason="lagi"))
    assert "tidak ada" in book.refused(ev("reverse", "2026-02-04", ref="zzz", reason="x"))
    assert book.check() == []


def test_reversing_a_payment_restores_the_instalment_and_tr_debt(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant", id="d1"),
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("month.close", "2026-02-28", month="2026-02"))
    before = book.state(as_of="2026-03-01")
    book.apply(ev("loan.pay", "2026-03-01", loan="L1", amount=200_000, id="p1"),
               ev("reverse", "2026-03-02", ref="p1", reason="uang palsu"))
    after = book.state(as_of="2026-03-02")
    for key in ("cash", "grant"):
        assert after[key] == before[key]
    assert after["members"] == before["members"]
    assert "sudah ada pembayarannya" in book.refused(ev("reverse", "2026-03-03", ref="d1", reason="x"))
    assert book.check() == []


def test_reversing_a_fresh_disbursement_gives_the_turn_back(book: Any) -> None:
    group_with_members(book, n=2)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant", id="d1"),
               ev("reverse", "2026-01-16", ref="d1", reason="salah jumlah"),
               ev("loan.disburse", "2026-01-16", member="M1", loan="L1b", principal=800_000, fund="grant"))
    state = book.state(as_of="2026-01-16")
    assert state["grant"]["cash"] == 4_200_000 and state["grant"]["waiting"] == ["M2"]


def test_not_reversible_events_say_what_to_do(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("month.close", "2026-01-31", month="2026-01", id="t1"))
    assert "month.reopen" in book.refused(ev("reverse", "2026-02-01", ref="t1", reason="x"))


def test_shu_is_split_into_pools_and_member_shares(book: Any) -> None:
    group_with_members(book, n=5, day="2026-01-05")
    book.apply(ev("savings.deposit", "2026-01-06", member="M2", product="sukarela", amount=900_000),
               ev("loan.disburse", "2026-01-10", member="M1", loan="K1", principal=1_000_000, fund="group", term=2),
               ev("loan.pay", "2026-02-10", loan="K1", amount=515_000),
               ev("loan.pay", "2026-03-10", loan="K1", amount=515_000),
               ev("cash.out", "2026-03-11", amount=10_000, category="alat tulis"))
    for month in range(1, 13):
        book.apply(ev("month.close", f"2026-{month:02d}-28", month=f"2026-{month:02d}"))
    assert "tidak ada SHU" in book.refused(ev("shu.allocate", "2027-01-05", year=2025))
    assert "Desember 2027" in book.refused(ev("shu.allocate", "2027-01-05", year=2027))
    book.apply(ev("shu.allocate", "2027-01-05", year=2026))
    state = book.state(as_of="2027-01-05")
    # surplus 30.000 − 10.000 = 20.000: jasa simpanan 20 % = 4.000, jasa pinjaman 25 % = 5.000 (all M1)
    sukarela = {m: state["members"][m]["savings"]["sukarela"] for m in state["members"]}
    assert sukarela["M1"] == 5_000 + sukarela["M3"]
    assert sum(sukarela.values()) == 900_000 + 4_000 + 5_000
    assert state["income"]["jasa"] == 30_000
    assert "sudah dibagi" in book.refused(ev("shu.allocate", "2027-01-06", year=2026))
    assert book.check() == []


def test_a_year_with_a_loss_is_refused_clearly(book: Any) -> None:
    group_with_members(book, n=1)
    book.apply(ev("cash.out", "2026-02-01", amount=5_000, category="alat tulis"))
    for month in range(1, 13):
        book.apply(ev("month.close", f"2026-{month:02d}-28", month=f"2026-{month:02d}"))
    assert "tidak ada SHU" in book.refused(ev("shu.allocate", "2027-01-02", year=2026))


def test_jasa_covered_by_the_circle_is_not_the_defaulters_for_shu(book: Any) -> None:
    group_with_members(book, n=3)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("month.close", "2026-02-28", month="2026-02"),
               ev("loan.pay", "2026-03-15", loan="L1", amount=115_000 + 115_000))
    b = book.book()
    assert b.jasa_paid[("M1", 2026)] == 15_000  # instalment 2 only; instalment 1's jasa was covered


def test_reversing_a_group_fund_loan_leaves_the_rotation_alone(book: Any) -> None:
    group_with_members(book, n=2)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="G1", principal=100_000, fund="grant", term=1),
               ev("loan.pay", "2026-01-20", loan="G1", amount=101_500),
               ev("loan.disburse", "2026-01-21", member="M1", loan="K1", principal=30_000, fund="group", id="k1"),
               ev("reverse", "2026-01-22", ref="k1", reason="salah"))
    assert book.state(as_of="2026-01-22")["grant"]["waiting"] == ["M2"]
