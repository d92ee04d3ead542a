"""The office rekap (issue 10.3): one row per group for a month, subtotals per kecamatan that add up."""

from __future__ import annotations

from typing import Any

from kasbuku import db
from ledger import services
from ledger.recap import NUMERIC
from tests.conftest import ev, group_with_members


def test_rows_subtotals_and_grand_total(book: Any) -> None:
    group_with_members(book)
    book.apply(
        ev("group.create", "2026-01-05", group="B", kind="KUsiAPP", address={"kecamatan": "Maulafa"}),
        ev("group.create", "2026-01-05", group="C", kind="KK", address={"kecamatan": "Alak"}),
        ev("member.join", "2026-01-05", group="C", member="C1", name="Ibu C"),
        ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
        ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
        ev("asset.receive", "2026-01-16", asset="A1", item="Mesin", quantity=1, value=1, source="Dinsos"),
        ev("month.close", "2026-01-31", month="2026-01"),
        ev("month.close", "2026-02-28", month="2026-02"))
    with db.session(book.engine) as sess:
        rows = services.recap(sess, "2026-02")
    names = [r.group for r in rows]
    assert names == ["G", "Jumlah Kec. (tanpa kecamatan)", "C", "Jumlah Kec. Alak", "B", "Jumlah Kec. Maulafa",
                     "JUMLAH SELURUHNYA"]
    g = next(r for r in rows if r.group == "G")
    # the February close covered instalment 1 by tanggung renteng: 100.000 pokok is back in the fund
    assert (g.members, g.grant_received, g.grant_lent, g.loans_outstanding) == (5, 5_000_000, 900_000, 900_000)
    assert (g.tr_events, g.tr_open, g.closed, g.kol1, g.assets) == (1, 115_000, 1, 1, 1)
    groups = [r for r in rows if r.kind]
    grand = rows[-1]
    for name in NUMERIC:
        assert getattr(grand, name) == sum(getattr(r, name) for r in groups)
    subtotals = [r for r in rows if r.group.startswith("Jumlah Kec.")]
    assert sum(r.groups for r in subtotals) == 3 == grand.groups
    kecamatan = [r.kecamatan for r in groups]
    assert kecamatan == sorted(kecamatan, key=str.lower)
