"""Perkembangan kelompok (issue 9.5): month figures in one replay, and the classes by the rules' thresholds."""

from __future__ import annotations

from typing import Any

from kasbuku import db
from ledger import services
from tests.conftest import ev, group_with_members


def history(book: Any, last: str = "2026-04") -> list[Any]:
    with db.session(book.engine) as sess:
        return services.development(sess, "G", last, 12)


def test_months_before_the_group_are_left_out_and_figures_follow_the_book(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
               ev("loan.pay", "2026-02-15", loan="L1", amount=115_000),
               ev("business.sale", "2026-03-03", amount=50_000, category="kue"),
               ev("asset.receive", "2026-03-04", asset="A1", item="Oven", quantity=1, value=900_000, source="CSR"))
    months = history(book)
    assert [m.month for m in months] == ["2026-01", "2026-02", "2026-03", "2026-04"]
    jan, feb, mar, apr = months
    assert jan.members == 5 and jan.savings == 100_000 and jan.loans_outstanding == 1_000_000
    assert feb.due == 115_000 and feb.repaid == 115_000 and feb.repayment_bp == 10_000
    assert mar.repayment_bp == 0 and mar.klass == "tumbuh" and mar.par30_bp == 0
    assert mar.business_profit == 50_000 and mar.assets_total == 1 and mar.grant_reach == 1
    assert apr.par30_bp == 10_000  # instalment 2 due 15 March is 46 days late on 30 April


def test_class_thresholds_are_rules(book: Any) -> None:
    group_with_members(book, rules={"development": {"repayment_mandiri": "0", "par30_mandiri": "100"}})
    book.apply(ev("business.sale", "2026-01-20", amount=10_000, category="kue"))
    assert history(book, "2026-01")[-1].klass == "mandiri"
    assert history(book, "2026-02")[-1].klass == "berkembang"  # no business profit in February
    assert "development" in book.refused(ev("group.rules", "2026-02-01", rules={"development": {"x": 1}}))
