"""The papers of a group started from its paper book (rules §11, ``group.opening``): every kind prints and
adds up, and a loan carried over says what was paid before the cut-over."""

from __future__ import annotations

from datetime import date
from typing import Any

from kasbuku import db
from ledger import services
from ledger.views.loan_cards import loan_card
from reports import api
from tests.conftest import Book
from tests.ledger.test_opening import lines, opened_events
from tests.reports.helpers import apply, build, ev, pdf_lines
from tests.reports.layout import layout_problems

MAWAR = "KUBE Mawar"


def test_every_paper_of_a_group_opened_from_its_paper_book(book: Book, new_book_url: Any) -> None:
    book.apply(*lines("events-1.jsonl"))
    opened = Book(new_book_url())
    opened.apply(*opened_events(book, MAWAR, date(2026, 2, 28)), *lines("events-2.jsonl"),
                 {"type": "month.close", "date": "2026-03-31", "group": MAWAR, "month": "2026-03"})
    card = loan_card(opened.book(MAWAR), "L1", date(2026, 3, 31))
    first = card.payments[0]
    assert (first.text, first.pokok, first.outstanding) == (
        "Sudah dibayar menurut buku lama (saldo pembukaan)", 200_000, 1_800_000)
    with db.session(opened.engine) as sess:
        state = services.state(sess, MAWAR, date(2026, 3, 31))
    assert card.outstanding == state["members"]["M1"]["loans"][0]["principal_outstanding"]
    for kind, keys in [("bulanan", {}), ("anggota", {}), ("kas", {}), ("angsuran", {}), ("bergulir", {}),
                       ("setoran", {"month": "2026-03"}), ("shu", {"year": 2026})]:
        with db.session(opened.engine) as sess:
            pdf = api.build(sess, api.Request(kind, MAWAR, printed_on=date(2026, 4, 2), **keys)).pdf
        assert layout_problems(pdf) == [], kind
    opened.engine.dispose()


def test_the_neraca_shows_the_opening_equity(small: Any) -> None:
    apply(small, ev("group.create", "2026-01-05", kind="KUBE"),
          ev("member.join", "2026-01-05", member="M1", name="Ani"),
          ev("group.opening", "2026-02-28", closed_through="2026-02", cash=60_000,
             members={"M1": {"pokok": 20_000, "wajib": 20_000, "sukarela": 10_000}}),
          ev("month.close", "2026-03-31", month="2026-03"))
    lines = pdf_lines(build(small, "bulanan", "G", month="2026-03").pdf)
    assert "Modal awal (saldo pembukaan) Rp 10.000 Rp 10.000" in lines  # the cash beyond the savings
    assert "JUMLAH ASET Rp 60.000 Rp 60.000" in lines
