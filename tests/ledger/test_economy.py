"""The group's whole economy (issue 9): inventaris, the joint business, the social fund, mapping."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger import services
from tests.conftest import ev, group_with_members


def test_asset_received_in_kind_is_on_the_balance_sheet_against_grant_equity(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("asset.receive", "2026-01-10", asset="INV1", item="Mesin jahit", quantity=2, value=3_000_000,
                  source="Dinas Sosial", document="BAST-7/2026", holder="M1"))
    b = book.book()
    assert b.ledger.balance("1401") == 3_000_000 and b.ledger.credit_balance("3202") == 3_000_000
    state = book.state(as_of="2026-01-10")
    assert state["assets"][0]["holder"] == "M1" and state["cash"] == 100_000
    assert book.state(as_of="2026-07-11")["assets_unchecked"] == ["INV1"]
    book.apply(ev("asset.check", "2026-07-11", asset="INV1", condition="rusak ringan"))
    assert book.state(as_of="2026-07-11")["assets_unchecked"] == []
    assert book.check() == []


def test_asset_refusals(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("group.create", "2026-01-05", group="H", kind="KUBE"),
               ev("member.join", "2026-01-05", group="H", member="X1", name="Lain"),
               ev("asset.receive", "2026-01-10", asset="G1", item="Gerobak", quantity=1, value=800_000,
                  source="Baznas"))
    assert "tidak dikenal di kelompok G" in book.refused(ev("asset.handover", "2026-01-11", asset="G1", holder="X1"))
    assert "kondisi" in book.refused(ev("asset.check", "2026-01-11", asset="G1", condition="lumayan"))
    assert "wajib ada" in book.refused(ev("asset.dispose", "2026-01-11", asset="G1", how="hilang"))
    with pytest.raises(services.LineRefused, match="pendamping"):
        book.apply(ev("asset.dispose", "2026-01-11", asset="G1", how="hilang", reason="dicuri"), role="bendahara")
    assert "tidak cukup" in book.refused(ev("asset.receive", "2026-01-11", asset="B1", item="Kompor", quantity=1,
                                            value=500_000, source="beli", funded="kas"))


def test_selling_an_asset_brings_its_money_into_the_groups_cash(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("asset.receive", "2026-01-10", asset="G1", item="Gerobak", quantity=1, value=800_000,
                  source="Baznas"),
               ev("asset.dispose", "2026-02-01", asset="G1", how="dijual", reason="diganti baru", amount=300_000))
    state = book.state(as_of="2026-02-01")
    assert state["cash"] == 400_000 and state["assets"][0]["disposed"] == "dijual"
    assert "sudah dihapus" in book.refused(ev("asset.check", "2026-02-02", asset="G1", condition="baik"))
    assert book.check() == []


def test_business_keeps_its_own_cash_and_profit(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("business.capital", "2026-01-10", amount=60_000),
               ev("business.purchase", "2026-01-11", amount=50_000, category="ikan dan tepung"),
               ev("business.sale", "2026-01-20", amount=120_000, category="kerupuk ikan"),
               ev("business.cost", "2026-01-21", amount=10_000, category="kemasan"))
    state = book.state(as_of="2026-01-31")
    assert state["business"] == {"cash": 120_000, "sales": 120_000, "purchases": 50_000, "costs": 10_000,
                                 "profit": 60_000, "undistributed": 60_000}
    assert state["cash"] == 100_000 + 60_000
    assert "tidak cukup" in book.refused(ev("business.cost", "2026-01-22", amount=500_000, category="x"))


def test_profit_distribution_adds_up_and_feeds_sukarela_reserve_and_social_fund(book: Any) -> None:
    group_with_members(book, n=3)
    book.apply(ev("business.sale", "2026-01-20", amount=100_000, category="kain perca"),
               ev("business.distribute", "2026-01-31", members=50_000, reserve=20_000, social=10_000))
    state = book.state(as_of="2026-01-31")
    assert [state["members"][m]["savings"]["sukarela"] for m in ("M1", "M2", "M3")] == [16_667, 16_667, 16_666]
    assert state["social_fund"] == 10_000 and state["business"]["undistributed"] == 20_000
    assert "belum dibagi hanya Rp 20.000" in book.refused(ev("business.distribute", "2026-01-31", reserve=20_001))
    assert book.check() == []


def test_social_fund_never_goes_below_zero(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("social.contribute", "2026-01-10", amount=30_000, member="M1"),
               ev("social.pay", "2026-01-11", amount=25_000, purpose="duka", member="M2"))
    assert book.state(as_of="2026-01-11")["social_fund"] == 5_000
    assert "tinggal Rp 5.000" in book.refused(ev("social.pay", "2026-01-12", amount=5_001, purpose="sakit"))
    assert "tujuan" in book.refused(ev("social.pay", "2026-01-12", amount=1_000, purpose="pesta"))


def test_member_profiles_and_linkage_are_dated(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("member.profile", "2026-01-10", member="M1", sector="perikanan", product="kerupuk ikan",
                  turnover=1_500_000, needs=["perizinan", "permodalan"]),
               ev("member.profile", "2026-07-10", member="M1", sector="perikanan", product="kerupuk ikan",
                  turnover=2_500_000, needs=["permodalan"]),
               ev("group.profile", "2026-01-10", binds="tetangga, usaha sejenis"),
               ev("member.linkage", "2026-02-01", member="M1", partner="Bank NTT", status="diusulkan"),
               ev("member.linkage", "2026-03-01", member="M1", partner="Bank NTT", status="berhasil",
                  outcome="KUR Rp 5 juta"))
    b = book.book()
    assert [p.turnover for p in b.profiles["M1"]] == [1_500_000, 2_500_000]
    assert b.linkages[("M1", "Bank NTT")].status == "berhasil"
    assert "sektor" in book.refused(ev("member.profile", "2026-07-11", member="M2", sector="tambang"))
    assert "kebutuhan" in book.refused(ev("member.profile", "2026-07-11", member="M2", sector="jasa", needs=["uang"]))


def test_shu_leaves_the_business_profit_out_and_funds_the_social_cash(book: Any) -> None:
    group_with_members(book, n=5)
    book.apply(ev("cash.in", "2026-02-01", amount=100_000, category="sumbangan"),
               ev("business.sale", "2026-02-01", amount=70_000, category="kerupuk"))
    for month in range(1, 13):
        book.apply(ev("month.close", f"2026-{month:02d}-28", month=f"2026-{month:02d}"))
    book.apply(ev("shu.allocate", "2027-01-02", year=2026))
    state = book.state(as_of="2027-01-02")
    assert state["social_fund"] == 15_000  # 15 % of the savings-and-loan surplus of 100.000
    assert state["business"]["undistributed"] == 70_000
    assert book.check() == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.integers(1, 10**8), st.lists(st.integers(0, 1000), min_size=1, max_size=10))
def test_profit_splits_add_up_exactly(tmp_path_factory: Any, members_part: int, weights: list[int]) -> None:
    from tests.conftest import Book

    if sum(weights) == 0:
        weights[0] = 1
    book = Book(tmp_path_factory.mktemp("split") / "b.sqlite")
    group_with_members(book, n=len(weights), pokok=False)
    shares = {f"M{i + 1}": w for i, w in enumerate(weights)}
    book.apply(ev("business.sale", "2026-01-20", amount=members_part + 7, category="jualan"),
               ev("business.distribute", "2026-01-21", members=members_part, social=7, shares=shares))
    state = book.state(as_of="2026-01-21")
    assert sum(m["savings"]["sukarela"] for m in state["members"].values()) == members_part
    assert book.check() == []
    book.engine.dispose()


def test_visit_log_with_follow_ups(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("visit.record", "2026-02-03", facilitator="Ibu Yanti (pendamping)", attendees="ketua, bendahara",
                  checked="buku kas, mesin jahit", findings="kas cocok; mesin A01 rusak ringan",
                  followups=[{"what": "perbaiki mesin jahit", "due": "2026-03-01"},
                             {"what": "lengkapi notulen", "due": "2026-02-10"}]))
    state = book.state(as_of="2026-02-20")
    assert [(f["what"], f["overdue"]) for f in state["followups_open"]] == [("lengkapi notulen", True),
                                                                          ("perbaiki mesin jahit", False)]
    seq = state["followups_open"][0]["id"]
    book.apply(ev("visit.followup_done", "2026-02-21", followup=seq, note="sudah"))
    assert len(book.state(as_of="2026-02-21")["followups_open"]) == 1
    assert "sudah selesai" in book.refused(ev("visit.followup_done", "2026-02-22", followup=seq))
    assert "sebelum tanggal kunjungan" in book.refused(
        ev("visit.record", "2026-02-22", facilitator="X", checked="y", followups=[{"what": "z", "due": "2026-01-01"}]))
    with pytest.raises(services.LineRefused, match="pendamping"):
        book.apply(ev("visit.record", "2026-02-22", facilitator="X", checked="y"), role="bendahara")


def test_profit_with_nobody_left_to_share_it_is_refused(book: Any) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE"), ev("member.join", "2026-01-05", member="M1", name="A"),
               ev("member.leave", "2026-01-06", member="M1"),
               ev("business.sale", "2026-01-07", amount=5_000, category="kue"))
    assert "tidak ada anggota aktif" in book.refused(ev("business.distribute", "2026-01-08", members=1_000))
