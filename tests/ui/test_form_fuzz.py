"""Bad input from the window (issue 7.6): random text typed into every cell of the meeting grid, through the
same path as "Simpan" (parse → plan → all-or-nothing apply) — never a traceback, never a half-saved meeting."""

from __future__ import annotations

import itertools
import random
import string
from datetime import date
from typing import Any

from kasbuku import db
from ledger import services
from ledger.services.meeting import plan_meeting
from ledger.views.meeting import Paid, meeting_rows
from tests.conftest import ev, group_with_members
from ui.widgets import parse_rupiah

MEETINGS = 200
USUAL = ["", "", "10.000", "230.000", "Rp 57.500", "1.000.000,00", "0", "172.500", "5.000.000"]


def typed(rng: random.Random) -> str:
    """Mostly what a treasurer types (so most meetings reach the ledger), sometimes anything at all."""
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(USUAL)
    if roll < 0.97:
        return f"{rng.randrange(10**rng.randrange(1, 10)):,}".replace(",", ".")
    return "".join(rng.choice(string.printable + "éÅ漢") for _ in range(rng.randrange(12)))


def test_random_meeting_input_is_saved_whole_or_refused_whole(book: Any) -> None:
    group_with_members(book, 5)
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=2_000_000, fund="grant"))
    before = book.snapshot()
    day, rng, ids = date(2026, 2, 15), random.Random(7), itertools.count()
    rows = meeting_rows(book.book(), day)
    outcomes = {"saved": 0, "refused": 0, "unreadable": 0}
    for _ in range(MEETINGS):
        try:
            paid = {row.member: Paid(*(parse_rupiah(typed(rng)) for _ in range(3))) for row in rows}
        except ValueError:
            outcomes["unreadable"] += 1  # the grid marks the cell red and Simpan refuses: nothing reaches the book
            continue
        planned, _problems = plan_meeting("G", day, rows, paid, lambda: f"fz-{next(ids)}")
        with db.session(book.engine, write=True) as sess:
            savepoint = sess.begin_nested()
            try:
                services.apply_events(sess, [p.raw for p in planned], "bendahara")
                outcomes["saved"] += 1
            except services.LineRefused as exc:
                assert "\n" not in exc.message and exc.reason
                outcomes["refused"] += 1
            savepoint.rollback()
    assert book.snapshot() == before
    assert all(outcomes.values()), outcomes
