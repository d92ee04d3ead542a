"""The window's views of the economy: the profit-share preview is what ``business.distribute`` posts, a fund's
movements end at its balance, and assessments show the change of turnover."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.model import accounts as A
from ledger.rules import social_fund
from ledger.views.codes import next_asset_code
from ledger.views.economy import assessments, fund_moves, profit_shares
from tests.conftest import ev, group_with_members

_GROUPS = itertools.count()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(to_members=st.integers(1, 90_000),
       weights=st.none() | st.lists(st.integers(0, 5), min_size=4, max_size=4).filter(lambda w: sum(w) > 0))
def test_profit_share_preview_is_what_is_posted(book: Any, to_members: int, weights: list[int] | None) -> None:
    name = f"G{next(_GROUPS)}"  # one book for every example: each gets its own group
    book.apply(*(dict(e, group=name) for e in (
        ev("group.create", "2026-01-05", kind="KUBE"),
        *(ev("member.join", "2026-01-05", member=f"M{i}", name=f"Anggota {i}") for i in range(1, 5)),
        ev("cash.in", "2026-01-06", amount=100_000, category="iuran"),
        ev("business.capital", "2026-01-07", amount=100_000),
        ev("business.sale", "2026-01-08", amount=100_000, category="kerupuk"))))
    shares = None if weights is None else {f"M{i}": w for i, w in zip((4, 2, 3, 1), weights, strict=True)}
    preview = {s.member: s.amount for s in profit_shares(book.book(name), to_members, shares)}
    book.apply(dict(ev("business.distribute", "2026-01-09", members=to_members,
                       **({"shares": shares} if shares else {})), group=name))
    posted = {m: s["savings"]["sukarela"] for m, s in book.state(name, "2026-01-09")["members"].items()}
    assert {m: preview.get(m, 0) for m in posted} == posted and sum(preview.values()) == to_members


def test_fund_moves_end_at_the_balance_and_assessments_show_progress(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("social.contribute", "2026-01-10", amount=40_000, member="M1"),
               ev("social.pay", "2026-01-20", amount=15_000, purpose="sakit", member="M2"),
               ev("member.profile", "2026-01-10", member="M2", sector="jasa", turnover=300_000),
               ev("member.profile", "2026-03-10", member="M2", sector="jasa", turnover=250_000),
               ev("asset.receive", "2026-01-10", asset="INV-01", item="Kompor", quantity=1, value=1, source="x"))
    b = book.book()
    moves = fund_moves(b, A.DANA_SOSIAL, credit=True)
    assert [(m.amount_in, m.amount_out) for m in moves] == [(40_000, 0), (0, 15_000)]
    assert moves[-1].balance == social_fund.balance(b) == 25_000
    assert [a.turnover_change for a in assessments(b)] == [None, -50_000]
    assert next_asset_code(b) == "INV-02"
