"""The revolving grant (rules.md §7): rotation rounds, declining, pass-on (to a group in the book or to
named beneficiaries), obligations, write-off by a facilitator, and the fund identity."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Book, ev, group_with_members
from tests.ledger.memory import MemoryBook


@pytest.fixture
def book() -> MemoryBook:
    """These are rule tests: an in-memory history (tests/ledger/memory.py), not a stored book."""
    return MemoryBook()


def identity(state: dict[str, Any]) -> bool:
    g = state["grant"]
    return g["received"] - g["passed_on"] - g["written_off"] == g["cash"] + g["loans_outstanding"]


def test_round_moves_on_when_every_active_member_is_served(book: Any) -> None:
    group_with_members(book, n=3)
    book.apply(ev("grant.receive", "2026-01-10", amount=3_000_000, source="Kemensos", document="X-1"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=500_000, fund="grant"),
               ev("grant.decline", "2026-01-15", member="M2"))
    state = book.state(as_of="2026-01-15")
    assert state["grant"]["round"] == 1 and state["grant"]["waiting"] == ["M3"]
    assert "menolak" in book.refused(
        ev("loan.disburse", "2026-01-16", member="M2", loan="L2", principal=500_000, fund="grant"))
    book.apply(ev("loan.disburse", "2026-01-16", member="M3", loan="L3", principal=500_000, fund="grant"))
    state = book.state(as_of="2026-01-16")
    assert state["grant"]["round"] == 2 and state["grant"]["waiting"] == ["M1", "M2", "M3"]


def test_rotation_off_lets_anyone_borrow_again(book: Any) -> None:
    group_with_members(book, n=3, rules={"rotation": False})
    book.apply(ev("grant.receive", "2026-01-10", amount=3_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=100_000, fund="grant", term=1),
               ev("loan.pay", "2026-01-20", loan="L1", amount=101_500),
               ev("loan.disburse", "2026-01-21", member="M1", loan="L2", principal=100_000, fund="grant"))
    assert book.state(as_of="2026-01-21")["members"]["M1"]["loans"][0]["loan"] == "L2"


def test_member_leaving_can_complete_a_round(book: Any) -> None:
    group_with_members(book, n=3)
    book.apply(ev("grant.receive", "2026-01-10", amount=3_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=500_000, fund="grant"),
               ev("loan.disburse", "2026-01-15", member="M2", loan="L2", principal=500_000, fund="grant"),
               ev("member.leave", "2026-01-20", member="M3"))
    assert book.state(as_of="2026-01-20")["grant"]["round"] == 2


def test_pass_on_to_a_group_in_the_same_book(book_url: str) -> None:
    """What a book does across groups is the services': this one runs on both real backends."""
    book = Book(book_url)
    group_with_members(book, n=5, rules={"pass_on_pct": "30", "pass_on_due": "2027-12-31"})
    book.apply(ev("group.create", "2026-01-05", group="H", kind="KUsiAPP"),
               ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"))
    assert book.state(as_of="2026-01-10")["grant"]["to_pass_on"] == 3_000_000
    book.apply(ev("grant.pass_on", "2026-02-01", amount=2_000_000, to_group="H", document="BA-1", id="gulir-1"))
    state, other = book.state(as_of="2026-02-01"), book.state("H", "2026-02-01")
    assert state["grant"]["passed_on"] == 2_000_000 and state["grant"]["cash"] == 8_000_000
    assert state["grant"]["to_pass_on"] == 1_000_000 and state["grant"]["pass_on_due"] == "2027-12-31"
    assert other["grant"]["received"] == 2_000_000 and other["grant"]["cash"] == 2_000_000
    assert identity(state) and identity(other)
    book.apply(ev("reverse", "2026-02-02", ref="gulir-1", reason="salah kelompok"))
    assert book.state("H", "2026-02-02")["grant"]["received"] == 0
    assert book.state(as_of="2026-02-02")["grant"]["cash"] == 10_000_000
    assert book.check() == []
    assert "tidak ada" in book.refused(ev("grant.pass_on", "2026-02-03", amount=100, to_group="Nowhere"))
    book.engine.dispose()


def test_pass_on_to_named_beneficiaries_and_refusals(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=1_000_000, source="Baznas"),
               ev("grant.pass_on", "2026-01-11", amount=400_000, to=["Ibu Rina", "Ibu Sari"]))
    assert book.state(as_of="2026-01-11")["grant"]["passed_on"] == 400_000
    assert "tidak cukup" in book.refused(ev("grant.pass_on", "2026-01-12", amount=700_000, to="Kelompok X"))
    assert "penerima" in book.refused(ev("grant.pass_on", "2026-01-12", amount=100))


def test_grant_cannot_pay_costs(book: Any) -> None:
    group_with_members(book, pokok=False)
    book.apply(ev("grant.receive", "2026-01-10", amount=1_000_000, source="Pemda"))
    assert "Kas kelompok tidak cukup" in book.refused(ev("cash.out", "2026-01-11", amount=10_000, category="konsumsi"))


def test_write_off_needs_a_facilitator_and_shrinks_the_fund(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
               ev("loan.pay", "2026-02-15", loan="L1", amount=115_000))
    import pytest

    from ledger import services
    with pytest.raises(services.LineRefused, match="pendamping"):
        book.apply(ev("grant.write_off", "2026-03-01", loan="L1", reason="meninggal"), role="bendahara")
    book.apply(ev("grant.write_off", "2026-03-01", loan="L1", reason="anggota meninggal dunia"))
    state = book.state(as_of="2026-03-01")
    assert state["grant"]["written_off"] == 900_000 and state["grant"]["cash"] == 4_100_000
    assert identity(state) and state["members"]["M1"]["loans"] == []
    assert "sudah dihapusbukukan" in book.refused(ev("loan.pay", "2026-03-02", loan="L1", amount=1_000))
