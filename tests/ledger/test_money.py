"""Rounding half up to the group's unit, and splits that always add up (rules.md §2)."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger.model.money import allocate, parse_percent, round_half_up


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (Fraction(2_000_000, 3), 100, 666_700),
    (Fraction(1_000_050), 100, 1_000_100),   # exactly half goes up
    (Fraction(1_000_049), 100, 1_000_000),
    (22_500, 100, 22_500),
    (Fraction(1_500_000 * 15, 1000), 1000, 23_000),
    (Decimal("149.5"), 1, 150),
])
def test_round_half_up(value: Fraction, unit: int, expected: int) -> None:
    assert round_half_up(value, unit) == expected


def test_allocate_gives_leftover_rupiah_in_order() -> None:
    assert allocate(230_000, [1, 1, 1, 1]) == [57_500] * 4
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(101, [1, 1, 1]) == [34, 34, 33]
    assert allocate(10, [0, 1, 1]) == [0, 5, 5]


@given(st.integers(0, 10**12), st.lists(st.integers(0, 10**7), min_size=1, max_size=12))
def test_allocate_adds_up_and_never_exceeds_a_proportional_claim(total: int, weights: list[int]) -> None:
    if sum(weights) == 0:
        weights[0] = 1
    parts = allocate(total, weights)
    assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(total * weight, sum(weights))
        assert exact - 1 < part <= exact + 1  # leftover rupiah go in member order, even to an exact share
        assert weight > 0 or part == 0


@given(st.integers(1, 10**9), st.lists(st.integers(1, 10**6), min_size=1, max_size=10))
def test_proportional_parts_never_exceed_what_is_owed(paid: int, owed: list[int]) -> None:
    paid = min(paid, sum(owed))
    for part, claim in zip(allocate(paid, owed), owed, strict=True):
        assert part <= claim


@pytest.mark.parametrize("text", ["abc", "-1", "101", True, None])
def test_bad_percentages_are_refused(text: object) -> None:
    with pytest.raises(ValueError):
        parse_percent(text)


def test_percentages_are_exact() -> None:
    assert parse_percent("1,5") == Decimal("1.5")
    assert parse_percent(2) == Decimal(2)
