"""Bad input from the window (issue 7.6): random text typed into every cell of the meeting grid, through the
same path as "Simpan" (parse → plan → all-or-nothing apply) — never a traceback, never a half-saved meeting."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kasbuku import db
from ledger import services
from ledger.meeting import Paid, meeting_rows, plan_meeting
from tests.conftest import ev, group_with_members
from ui.widgets import parse_rupiah

BASE: dict[int, str] = {}
OUTCOMES = {"saved": 0, "refused": 0}
AMOUNT = st.integers(0, 10**9).map(lambda n: f"{n:,}".replace(",", "."))
USUAL = st.sampled_from(["", "", "10.000", "230.000", "Rp 57.500", "1.000.000,00", "0", "172.500"])
# mostly what a treasurer types (so most meetings reach the ledger), sometimes anything at all
TYPED = st.one_of(USUAL, USUAL, AMOUNT, AMOUNT, st.text(max_size=12), st.integers(-10**6, 10**13).map(str))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.lists(st.tuples(TYPED, TYPED, TYPED), min_size=5, max_size=5))
def test_random_meeting_input_is_saved_whole_or_refused_whole(book: Any, cells: list[tuple[str, ...]]) -> None:
    if id(book) not in BASE:  # one book for every example: each example leaves it as it found it
        group_with_members(book, 5)
        book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
                   ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=2_000_000, fund="grant"))
        BASE[id(book)] = book.snapshot()
    day = date(2026, 2, 15)
    paid: dict[str, Paid] = {}
    for member, typed in zip(("M1", "M2", "M3", "M4", "M5"), cells, strict=True):
        try:
            paid[member] = Paid(*(parse_rupiah(text) for text in typed))
        except ValueError:
            paid[member] = Paid()  # the grid marks the cell red and Simpan refuses; nothing of it reaches the ledger
    counter = itertools.count()
    rows = meeting_rows(book.book(), day)
    planned, _problems = plan_meeting("G", day, rows, paid, lambda: f"fz-{next(counter)}")
    with db.session(book.engine, write=True) as sess:
        savepoint = sess.begin_nested()
        try:
            services.apply_events(sess, [p.raw for p in planned], "bendahara")
            OUTCOMES["saved"] += 1
        except services.LineRefused as exc:
            assert "\n" not in exc.message and exc.reason
            OUTCOMES["refused"] += 1
        savepoint.rollback()
    assert book.snapshot() == BASE[id(book)]


def test_the_fuzz_reached_both_outcomes() -> None:
    """Runs after the fuzz above (file order): it must have saved some meetings and refused others."""
    assert OUTCOMES["saved"] > 0 and OUTCOMES["refused"] > 0
