"""The read models the window's pages use instead of the book's internals (issue 18.6), on an in-memory
history: the next free codes, members in order, the loan list, closes, the SHU year due, linkages, visits,
the business's cash and a paper book's opening preview."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ledger.model.errors import Refusal
from ledger.model.events import parse_event
from ledger.rules import business
from ledger.rules.book import GroupBook
from ledger.rules.shu import year_to_allocate
from ledger.rules.visits import visits_newest_first
from ledger.services.history import History
from ledger.services.opening import preview_opening
from ledger.views.codes import next_asset_code, next_loan_code, next_member_code
from ledger.views.loan_cards import loans_listed
from ledger.views.mapping import group_linkages
from ledger.views.statements.group import close_lines
from tests.conftest import ev


def history(*raws: dict[str, Any]) -> GroupBook:
    kept = History("G")
    for seq, raw in enumerate(raws, start=1):
        event = parse_event(raw)
        event.seq = seq
        kept.add(event)
    return kept.book


def founded(*more: dict[str, Any]) -> GroupBook:
    return history(ev("group.create", "2026-01-05", kind="KUBE"),
                   *(ev("member.join", "2026-01-05", member=code, name=name)
                     for code, name in (("A02", "Siti"), ("A01", "Ani"), ("A03", "Wati"))),
                   *more)


def test_codes_offered_are_the_first_free_ones() -> None:
    book = founded(ev("member.leave", "2026-01-20", member="A03"),
                   ev("grant.receive", "2026-01-10", amount=5_000_000, source="BLPS"),
                   ev("loan.disburse", "2026-01-15", member="A01", loan="P2601-01", principal=1_000_000,
                      fund="grant"),
                   ev("asset.receive", "2026-01-12", asset="INV-01", item="Mesin jahit", quantity=1,
                      value=1_500_000, source="BLPS", holder="A02"))
    assert next_member_code(book) == "A04"  # A03 left, her code is never given again
    assert next_loan_code(book, date(2026, 1, 31)) == "P2601-02"
    assert next_loan_code(book, date(2026, 2, 1)) == "P2602-01"
    assert next_asset_code(book) == "INV-02"


def test_members_in_joining_order_and_who_is_one() -> None:
    book = founded(ev("member.leave", "2026-01-20", member="A01"))
    assert [m.code for m in book.members_in_order()] == ["A02", "A01", "A03"]
    assert [m.code for m in book.members_in_order(active_only=True)] == ["A02", "A03"]
    assert book.has_member("A01") and not book.has_member("A99")


def test_loan_list_open_first_and_no_reversed_disbursement() -> None:
    book = founded(ev("grant.receive", "2026-01-10", amount=5_000_000, source="BLPS"),
                   ev("loan.disburse", "2026-01-15", member="A03", loan="L3", principal=500_000, fund="grant",
                      id="l3"),
                   ev("reverse", "2026-01-16", ref="l3", reason="salah ketik"),
                   ev("loan.disburse", "2026-01-17", member="A01", loan="L1", principal=500_000, fund="grant",
                      term=1),
                   ev("loan.disburse", "2026-01-18", member="A02", loan="L2", principal=500_000, fund="grant"),
                   ev("loan.pay", "2026-01-25", loan="L1", amount=507_500))
    assert [ln.code for ln in loans_listed(book)] == ["L2", "L1"]
    assert book.has_loan("L1") and not book.has_loan("L9")


def test_closes_latest_first_and_the_shu_year_due() -> None:
    book = founded(*(ev("month.close", day, month=day[:7]) for day in
                     ("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
                      "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30")))
    assert [c.month for c in close_lines(book)][:2] == ["2026-11", "2026-10"]
    assert close_lines(book)[0].day == date(2026, 11, 30) and close_lines(book)[0].covered == 0
    assert year_to_allocate(book) is None  # December 2026 is not closed: no year is due
    later = founded(*(ev("month.close", f"2026-{m:02d}-28", month=f"2026-{m:02d}") for m in range(1, 13)))
    assert year_to_allocate(later) == 2026


def test_linkages_in_member_order_and_visits_latest_first() -> None:
    book = founded(ev("member.linkage", "2026-02-01", member="A03", partner="Bank BRI", status="diusulkan"),
                   ev("member.linkage", "2026-02-02", member="A02", partner="Disnaker", status="diusulkan"),
                   ev("member.linkage", "2026-02-03", member="A02", partner="Bank BRI", status="dihubungkan"),
                   ev("visit.record", "2026-02-10", facilitator="Bu Rina", checked="buku kas", findings="rapi"),
                   ev("visit.record", "2026-03-10", facilitator="Bu Rina", checked="kas", findings="cocok"))
    assert [(ln.member, ln.partner) for ln in group_linkages(book)] == [
        ("A02", "Bank BRI"), ("A02", "Disnaker"), ("A03", "Bank BRI")]
    assert [v.date for v in visits_newest_first(book)] == [date(2026, 3, 10), date(2026, 2, 10)]


def test_the_business_cash_is_its_own() -> None:
    book = founded(*(ev("savings.deposit", "2026-01-06", member=code, product="sukarela", amount=200_000)
                     for code in ("A01", "A02")),
                   ev("business.capital", "2026-01-20", amount=300_000),
                   ev("business.sale", "2026-01-21", amount=120_000, category="keripik"))
    assert business.cash(book) == 420_000  # capital and takings, apart from the group's own cash
    assert book.fund_cash("group") == 100_000  # sukarela 400.000 less the capital


def test_an_opening_previewed_in_memory_or_refused() -> None:
    raws = [ev("group.create", "2026-01-05", kind="KUBE"),
            ev("member.join", "2026-01-05", member="A01", name="Ani"),
            ev("group.opening", "2026-01-31", closed_through="2026-01", cash=250_000,
               members={"A01": {"pokok": 20_000, "wajib": 30_000}})]
    preview = preview_opening("G", raws)
    assert (preview.members, preview.open_loans, preview.day) == (1, 0, date(2026, 1, 31))
    assert preview.modal_awal == 200_000  # cash 250.000 less the savings owed to Ani 50.000
    assert ("Modal awal (saldo pembukaan)", 200_000) in preview.neraca
    with pytest.raises(Refusal):
        preview_opening("G", [*raws[:2], ev("group.opening", "2026-01-31", closed_through="2026-01", cash=-1)])
