"""ledger.views.loan_cards, ledger.views.overview and ledger.views.cashbook: what the screens show."""

from __future__ import annotations

from datetime import date

from ledger.views.cashbook import cash_lines
from ledger.views.codes import next_loan_code
from ledger.views.loan_cards import borrow_refusals, loan_card, preview_loan
from ledger.views.overview import overview
from tests.conftest import SCENARIO_TODAY, Book, ev, group_with_members


def disburse(**keys: object) -> dict[str, object]:
    return ev("loan.disburse", "2026-01-20", **{"member": "M1", "loan": "K1", "principal": 1_000_000,
                                                 "fund": "grant", **keys})


def test_preview_schedule_and_refusals(book: Book) -> None:
    group_with_members(book, 5)
    book.apply(ev("grant.receive", "2026-01-10", amount=1_500_000, source="Dinsos"))
    ok = preview_loan(book.book(), disburse(method="menurun", term=4), SCENARIO_TODAY)
    assert ok.refusal is None
    assert [(p.pokok, p.jasa) for p in ok.schedule] == [(250_000, 15_000), (250_000, 11_300),
                                                        (250_000, 7_500), (250_000, 3_800)]
    assert ok.cash_handed == 1_000_000 and ok.total_jasa == 37_600
    too_much = preview_loan(book.book(), disburse(principal=2_000_000), SCENARIO_TODAY)
    assert too_much.schedule and "tidak cukup" in (too_much.refusal or "")
    bad = preview_loan(book.book(), disburse(term=0), SCENARIO_TODAY)
    assert bad.schedule == [] and "jangka waktu" in (bad.refusal or "")
    book.apply(disburse())
    again = preview_loan(book.book(), disburse(loan="K2", principal=100_000), SCENARIO_TODAY)
    assert "pinjaman berjalan" in (again.refusal or "")
    assert "sudah dipakai" in (preview_loan(book.book(), disburse(member="M2"), SCENARIO_TODAY).refusal or "")
    assert next_loan_code(book.book(), date(2026, 1, 20)) == "P2601-01"
    able = borrow_refusals(book.book(), "grant")
    assert "pinjaman berjalan" in (able["M1"] or "") and able["M2"] is None


def test_loan_card_and_overview(book: Book) -> None:
    group_with_members(book, 5)
    book.apply(ev("grant.receive", "2026-01-10", amount=1_500_000, source="Dinsos"), disburse(),
               ev("loan.pay", "2026-02-20", loan="K1", amount=115_000, id="p1"))
    card = loan_card(book.book(), "K1", date(2026, 4, 1))
    assert [s.status for s in card.schedule[:2]] == ["Lunas", "Menunggak"]
    assert card.schedule[0].paid_on == (date(2026, 2, 20),)
    assert [(p.text, p.amount, p.event_id) for p in card.payments] == [("Angsuran pinjaman K1", 115_000, "p1")]
    assert card.days_past_due == 12 and card.kolektibilitas == "2 Dalam Perhatian Khusus"
    figures = overview(book.book(), date(2026, 4, 1))
    assert figures.arrears == 115_000 and figures.loans_outstanding == 900_000
    assert figures.par30_pct == "0.00" and figures.waiting == ["M2", "M3", "M4", "M5"]
    assert [m.month for m in figures.months][-3:] == ["2026-02", "2026-03", "2026-04"]
    assert figures.months[-1].loans == 900_000 and figures.months[0].cash == 0


def test_cash_rows_running_balance_and_reversibility(book: Book) -> None:
    group_with_members(book, 2)
    book.apply(ev("cash.out", "2026-01-06", amount=5_000, category="alat tulis", id="c1"),
               ev("reverse", "2026-01-07", ref="c1", reason="salah catat"))
    rows = cash_lines(book.book())
    assert [r.balance for r in rows] == [20_000, 40_000, 35_000, 40_000]
    assert rows[2].text == "Pengeluaran: alat tulis" and rows[2].reversed and not rows[2].reversible
    assert rows[3].text.startswith("Pembalikan transaksi") and not rows[3].reversible  # a reversal has no id here
    assert not rows[0].reversible  # no id: cannot be pointed at
