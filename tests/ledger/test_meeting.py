"""ledger.views.meeting: expected amounts per member, the meeting's events, all refusals at once, close preview."""

from __future__ import annotations

from datetime import date
from itertools import count
from typing import Any

from ledger import services
from ledger.services.meeting import plan_meeting, preview_close, refusals
from ledger.views.meeting import Paid, close_day, meeting_rows, recorded_on
from tests.conftest import Book, ev, group_with_members


def mawar(book: Book) -> None:
    group_with_members(book, 5, "2026-01-05")
    book.apply(ev("grant.receive", "2026-01-10", amount=10_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=2_000_000, fund="grant"),
               ev("loan.disburse", "2026-01-15", member="M2", loan="L2", principal=2_000_000, fund="grant"),
               ev("loan.disburse", "2026-01-15", member="M3", loan="L3", principal=1_500_000, fund="grant"))


def stored(book: Book) -> list[Any]:
    from kasbuku import db

    with db.session(book.engine) as sess:
        return services.group_events(sess, "G")


def ids() -> Any:
    numbers = count(1)
    return lambda: f"t{next(numbers)}"


def test_rows_on_the_february_meeting(book: Book) -> None:
    mawar(book)
    rows = {r.member: r for r in meeting_rows(book.book(), date(2026, 2, 15))}
    assert (rows["M1"].wajib_due, rows["M1"].wajib_arrears) == (20_000, 10_000)
    assert (rows["M2"].loan, rows["M2"].instalment_due, rows["M2"].instalment_arrears) == ("L2", 230_000, 0)
    assert rows["M5"].loan is None and rows["M5"].most == 0


def test_arrears_and_tr_debt_after_a_close(book: Book) -> None:
    mawar(book)
    book.apply(ev("loan.pay", "2026-02-15", loan="L1", amount=230_000),
               ev("loan.pay", "2026-02-15", loan="L3", amount=172_500),
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("month.close", "2026-02-28", month="2026-02"))
    rows = {r.member: r for r in meeting_rows(book.book(), date(2026, 3, 15))}
    assert rows["M2"].instalment_due == 230_000 + 230_000  # TR debt first, then March
    assert rows["M2"].instalment_arrears == 230_000  # the TR debt is already owed
    assert rows["M2"].wajib_arrears == 20_000


def test_plan_names_the_lines_that_cannot_be_events(book: Book) -> None:
    mawar(book)
    rows = meeting_rows(book.book(), date(2026, 2, 15))
    planned, problems = plan_meeting("G", date(2026, 2, 15), rows,
                                     {"M1": Paid(10_000, 230_000, 5_000), "M5": Paid(instalment=1_000)}, ids())
    assert [(p.member, p.raw["type"]) for p in planned] == [("M1", "savings.deposit"), ("M1", "loan.pay"),
                                                             ("M1", "savings.deposit")]
    assert all(p.raw["id"] for p in planned)
    assert problems == [("M5", "angsuran diisi, padahal tidak ada pinjaman atau utang tanggung renteng")]


def test_refusals_lists_every_refused_event(book: Book) -> None:
    mawar(book)
    raws = [ev("loan.pay", "2026-02-15", loan="L1", amount=9_000_000),
            ev("savings.deposit", "2026-02-15", member="M2", product="wajib", amount=10_000),
            ev("savings.withdraw", "2026-02-15", member="M3", amount=1)]
    found = refusals(stored(book), raws, "bendahara")
    assert [i for i, _ in found] == [0, 2]
    assert "melebihi" in found[0][1] and "sukarela" in found[1][1]


def test_close_preview_saves_nothing(book: Book) -> None:
    mawar(book)
    book.apply(ev("loan.pay", "2026-02-15", loan="L1", amount=230_000),
               ev("loan.pay", "2026-02-15", loan="L3", amount=172_500),
               ev("month.close", "2026-01-31", month="2026-01"))
    before = book.snapshot()
    preview = preview_close(stored(book), "2026-02", close_day("2026-02", date(2026, 3, 5)), "bendahara")
    assert preview.day == date(2026, 2, 28) and preview.refusal is None
    assert {(s.coverer, s.amount, s.source) for s in preview.shares} == {
        (m, 57_500, "cash") for m in ("M1", "M3", "M4", "M5")}
    assert preview.cash_to_collect == 230_000
    assert book.snapshot() == before
    early = preview_close(stored(book), "2026-03", date(2026, 3, 1), "bendahara")
    assert early.refusal is not None and "tutup dulu bulan 2026-02" in early.refusal


def test_close_day() -> None:
    assert close_day("2026-02", date(2026, 2, 20)) == date(2026, 2, 20)
    assert close_day("2026-02", date(2026, 4, 1)) == date(2026, 2, 28)


def test_recorded_on_counts_what_is_on_the_book_for_a_day(book: Book) -> None:
    mawar(book)
    book.apply(ev("savings.deposit", "2026-02-15", member="M1", product="wajib", amount=10_000),
               ev("savings.deposit", "2026-02-15", member="M1", product="sukarela", amount=5_000, id="s1"),
               ev("loan.pay", "2026-02-15", loan="L1", amount=230_000),
               ev("savings.deposit", "2026-02-16", member="M2", product="wajib", amount=10_000),
               ev("reverse", "2026-02-16", ref="s1", reason="salah anggota"))
    assert recorded_on(book.book(), date(2026, 2, 15)) == {"M1": Paid(10_000, 230_000, 0)}


def test_an_instalment_is_spread_over_two_loans(book: Book) -> None:
    group_with_members(book, 5, "2026-01-05", rules={"max_open_loans": 2})
    book.apply(ev("savings.deposit", "2026-01-05", member="M2", product="sukarela", amount=1_000_000),
               ev("loan.disburse", "2026-01-10", member="M1", loan="A", principal=100_000, fund="group", term=2),
               ev("loan.disburse", "2026-01-12", member="M1", loan="B", principal=200_000, fund="group", term=2))
    row = next(r for r in meeting_rows(book.book(), date(2026, 2, 14)) if r.member == "M1")
    assert row.loans == (("A", 51_500), ("B", 103_000)) and row.instalment_due == 154_500
    assert row.split(154_500) == [("A", 51_500), ("B", 103_000)]
    assert row.split(60_000) == [("A", 51_500), ("B", 8_500)]
    assert row.split(200_000) == [("A", 97_000), ("B", 103_000)]
    planned, _ = plan_meeting("G", date(2026, 2, 14), [row], {"M1": Paid(instalment=154_500)}, ids())
    assert [(p.what, p.raw["loan"], p.raw["amount"]) for p in planned] == [("angsuran A", "A", 51_500),
                                                                        ("angsuran B", "B", 103_000)]
    book.apply(*[p.raw for p in planned])
    assert [ln["principal_outstanding"] for ln in book.state(as_of="2026-02-14")["members"]["M1"]["loans"]] == [
        50_000, 100_000]
