"""Rules §2: nothing dated after today, no close of a month that has not begun, the clock check, and the
``max_amount`` typing guard — on every amount of every event, through the services both doors use."""

from __future__ import annotations

from datetime import date

from kasbuku import db
from ledger import services
from tests.conftest import Book, ev, group_with_members

TODAY = date(2026, 11, 28)


def test_a_business_date_after_today_is_refused_with_the_dates_in_words(book: Book) -> None:
    group_with_members(book)
    reason = book.refused(ev("savings.deposit", "2026-11-29", member="M1", product="sukarela", amount=5_000),
                          today=TODAY)
    assert "29 November 2026 belum tiba" in reason and "hari ini 28 November 2026" in reason
    book.apply(ev("savings.deposit", "2026-11-28", member="M1", product="sukarela", amount=5_000), today=TODAY)
    assert book.state(as_of="2026-11-28")["members"]["M1"]["savings"]["sukarela"] == 5_000


def test_a_month_that_has_not_begun_cannot_be_closed(book: Book) -> None:
    """On 28 November, after closing every month through November, December 2026 is refused."""
    group_with_members(book, day="2026-10-05")
    book.apply(ev("month.close", "2026-10-31", month="2026-10"), ev("month.close", "2026-11-28", month="2026-11"),
               today=TODAY)
    reason = book.refused(ev("month.close", "2026-11-28", month="2026-12"), today=TODAY)
    assert "Desember 2026 belum dimulai" in reason
    assert book.state(as_of="2026-11-28")["last_closed_month"] == "2026-11"


def test_max_amount_guards_every_amount_and_a_group_can_raise_it(book: Book) -> None:
    group_with_members(book)
    too_big = 1_000_000_001
    for event in (ev("savings.deposit", "2026-01-06", member="M1", product="sukarela", amount=too_big),
                  ev("grant.receive", "2026-01-06", amount=999_999_999_999_999, source="Kemensos"),
                  ev("cash.out", "2026-01-06", amount=too_big, category="salah ketik")):
        reason = book.refused(event)
        assert "melebihi batas satu transaksi Rp 1.000.000.000" in reason and "max_amount" in reason
    book.apply(ev("grant.receive", "2026-01-06", amount=1_000_000_000, source="Kemensos"))  # the limit itself
    book.apply(ev("group.rules", "2026-01-07", rules={"max_amount": 5_000_000_000}))
    book.apply(ev("grant.receive", "2026-01-08", amount=2_000_000_000, source="Pemda"))
    assert book.state()["grant"]["received"] == 3_000_000_000


def test_the_clock_check_names_the_books_latest_date(book: Book) -> None:
    group_with_members(book, day="2026-03-05")
    with db.session(book.engine) as sess:
        assert services.clock_behind(sess, date(2026, 3, 5)) is None
        assert services.clock_behind(sess, date(2000, 1, 1)) == date(2026, 3, 5)
