"""Usaha kelompok: the joint business, in its own cash box and its own profit and loss, and the
distribution of its profit by the group's decision (rules.md §2's split rule)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ledger.model import accounts as A
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry, balances_between
from ledger.model.money import allocate, rp
from ledger.rules.book import GroupBook


def capital(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Working capital moved from the group's cash into the business's cash box."""
    book.need_cash(A.KAS_KELOMPOK, ev["amount"], "modal usaha")
    entry.move(A.KAS_USAHA, A.KAS_KELOMPOK, ev["amount"])


def sale(book: GroupBook, ev: Event, entry: Entry) -> None:
    entry.memo = entry.memo or ev["category"]
    entry.move(A.KAS_USAHA, A.PENJUALAN_USAHA, ev["amount"])


def purchase(book: GroupBook, ev: Event, entry: Entry) -> None:
    book.need_cash(A.KAS_USAHA, ev["amount"], f"pembelian '{ev['category']}'")
    entry.memo = entry.memo or ev["category"]
    entry.move(A.PEMBELIAN_USAHA, A.KAS_USAHA, ev["amount"])


def cost(book: GroupBook, ev: Event, entry: Entry) -> None:
    book.need_cash(A.KAS_USAHA, ev["amount"], f"biaya usaha '{ev['category']}'")
    entry.memo = entry.memo or ev["category"]
    entry.move(A.BEBAN_USAHA, A.KAS_USAHA, ev["amount"])


def profit(book: GroupBook, start: date | None, end: date) -> dict[str, int]:
    """The business's sales, purchases, costs and profit between two dates (from the journal)."""
    moves = balances_between(book.ledger.entries, start, end, include_closing=False)
    sales = -moves.get(A.PENJUALAN_USAHA, 0)
    purchases = moves.get(A.PEMBELIAN_USAHA, 0)
    costs = moves.get(A.BEBAN_USAHA, 0)
    return {"sales": sales, "purchases": purchases, "costs": costs, "profit": sales - purchases - costs}


def cash(book: GroupBook) -> int:
    """The joint business's own cash (kas usaha), kept apart from the savings-and-loan cash."""
    return book.ledger.balance(A.KAS_USAHA)


def undistributed(book: GroupBook, on: date) -> int:
    """Profit made so far that the group has not yet shared out."""
    return profit(book, None, on)["profit"] - book.business_distributed


def distribute(book: GroupBook, ev: Event, entry: Entry) -> dict[str, Any]:
    """Share out profit by the group's decision: members' sukarela (equal shares, or by ``shares``
    weights), the group's reserve, the social fund. Parts add up exactly (``allocate``)."""
    to_members, to_reserve, to_social = ev.get("members", 0), ev.get("reserve", 0), ev.get("social", 0)
    total = to_members + to_reserve + to_social
    if total == 0:
        raise InvalidEvent("sebutkan bagian untuk members, reserve dan/atau social")
    left = undistributed(book, ev.date)
    if total > left:
        raise Refusal(f"laba usaha yang belum dibagi hanya {rp(max(left, 0))}; pembagian {rp(total)} terlalu besar")
    book.need_cash(A.KAS_USAHA, total, "pembagian laba usaha")
    weights = share_weights(book, ev.get("shares"))
    parts = dict(zip(weights, allocate(to_members, list(weights.values())), strict=True)) if to_members else {}
    for code, part in parts.items():
        entry.credit(A.SIMPANAN_SUKARELA, part, code)
    entry.move(A.KAS_KELOMPOK, A.KAS_USAHA, to_members + to_reserve)
    entry.credit(A.CADANGAN, to_reserve)
    entry.move(A.KAS_SOSIAL, A.KAS_USAHA, to_social)
    entry.credit(A.DANA_SOSIAL, to_social)
    entry.debit(A.LABA_USAHA, total)
    book.business_distributed += total
    return {"total": total, "members": parts}


def share_weights(book: GroupBook, shares: Any) -> dict[str, int]:
    """Members and their weights for a profit share: ``shares`` (member → weight) in member order, or
    equal shares of the active members."""
    if shares is None:
        active: dict[str, int] = {m.code: 1 for m in book.active_members()}
        if not active:
            raise Refusal("tidak ada anggota aktif untuk menerima bagian laba")
        return active
    if not isinstance(shares, dict) or not shares or not all(
            isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in shares.values()):
        raise InvalidEvent("'shares' harus objek kode anggota → bobot bilangan bulat")
    members = sorted((book.member(code) for code in shares), key=lambda m: m.number)  # member order
    out: dict[str, int] = {m.code: int(shares[m.code]) for m in members}
    if sum(out.values()) <= 0:
        raise InvalidEvent("jumlah bobot 'shares' harus lebih dari nol")
    return out
