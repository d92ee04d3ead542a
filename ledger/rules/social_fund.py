"""Dana sosial: a restricted fund for members' emergencies that can never go below zero."""

from __future__ import annotations

from ledger.model import accounts as A
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.model.money import rp
from ledger.rules.book import GroupBook

PURPOSES = ("sakit", "duka", "pendampingan kasus", "perlindungan sosial", "lainnya")


def balance(book: GroupBook) -> int:
    return book.ledger.credit_balance(A.DANA_SOSIAL)


def contribute(book: GroupBook, ev: Event, entry: Entry) -> None:
    if "member" in ev.data:
        book.member(ev["member"])
    entry.memo = entry.memo or ev.get("source", "iuran dana sosial")
    entry.move(A.KAS_SOSIAL, A.DANA_SOSIAL, ev["amount"])


def pay(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A payment with its purpose (sakit, duka, …); refused above the fund's balance."""
    if ev["purpose"] not in PURPOSES:
        raise InvalidEvent("tujuan dana sosial harus salah satu dari " + ", ".join(PURPOSES))
    if "member" in ev.data:
        book.member(ev["member"], active=False)
    have = min(balance(book), book.ledger.balance(A.KAS_SOSIAL))
    if ev["amount"] > have:
        raise Refusal(f"dana sosial tinggal {rp(have)}; pembayaran {rp(ev['amount'])} tidak dapat dilakukan")
    entry.memo = entry.memo or ev["purpose"]
    entry.move(A.DANA_SOSIAL, A.KAS_SOSIAL, ev["amount"])
