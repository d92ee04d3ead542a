"""Dana bergulir (rules.md §7): receiving grants, the rotation of grant loans, passing the fund on."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

from ledger.model import accounts as A
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.model.money import round_half_up
from ledger.model.savings import Member
from ledger.rules.book import GroupBook


def waiting(book: GroupBook) -> list[Member]:
    """Active members still waiting for a grant loan in the current round."""
    return [m for m in book.active_members() if m.code not in book.grant.served]


def check_rotation(book: GroupBook, member: Member) -> None:
    """In a round a grant loan goes only to an active member who has not had one (nor declined)."""
    if not book.rules.rotation:
        return
    done = book.grant.served.get(member.code)
    if done is not None:
        names = ", ".join(f"{m.code}" for m in waiting(book))
        what = "menolak" if done == "declined" else "sudah menerima pinjaman dana bergulir"
        raise Refusal(f"{member.code} ({member.name}) {what} di putaran {book.grant.round}; "
                      f"giliran berikutnya menunggu: {names}")


def serve(book: GroupBook, member: str, what: str, day: date) -> None:
    """Mark a member served in this round; start the next round once every active member is served."""
    book.grant.served[member] = what
    book.grant.history.append((book.grant.round, member, what, day))
    next_round_if_done(book)


def next_round_if_done(book: GroupBook) -> None:
    active = book.active_members()
    if active and all(m.code in book.grant.served for m in active):
        book.grant.round += 1
        book.grant.served = {}


def receive(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A grant (hibah) is restricted money: it becomes the dana bergulir, not savings and not income."""
    book.grant.receipts.append({"seq": ev.seq, "date": ev.date, "amount": ev["amount"],
                                "source": ev["source"], "document": ev.get("document", ""),
                                "from_group": ev.get("from_group", "")})
    entry.move(A.KAS_BERGULIR, A.DANA_BERGULIR, ev["amount"])


def decline(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A member declines her grant loan in this round (recorded, so the round can move on)."""
    member = book.member(ev["member"])
    if member.code in book.grant.served:
        raise Refusal(f"{member.code} ({member.name}) sudah mendapat giliran di putaran {book.grant.round}")
    serve(book, member.code, "declined", ev.date)


def recipients(ev: Event) -> str:
    """Who receives a pass-on: a group in this book (``to_group``) or named beneficiaries (``to``)."""
    if "to_group" in ev.data and "to" in ev.data:
        raise InvalidEvent("isi salah satu: to_group (kelompok di buku ini) atau to (penerima lain)")
    if "to_group" in ev.data:
        return str(ev["to_group"]).strip()
    to = ev.get("to")
    if isinstance(to, str) and to.strip():
        return to.strip()
    if isinstance(to, list) and to and all(isinstance(t, str) and t.strip() for t in to):
        return ", ".join(t.strip() for t in to)
    raise InvalidEvent("perguliran wajib menyebut penerima: to_group atau to")


def pass_on(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Perguliran: part of the fund leaves to another group or to new beneficiaries."""
    to = recipients(ev)
    if ev.get("to_group", "").strip() == book.name:
        raise Refusal("dana bergulir tidak dapat digulirkan ke kelompok sendiri")
    book.need_cash(A.KAS_BERGULIR, ev["amount"], "perguliran")
    book.grant.pass_ons.append({"seq": ev.seq, "date": ev.date, "amount": ev["amount"], "to": to,
                                "to_group": ev.get("to_group", ""), "document": ev.get("document", ""),
                                "reversed": False})
    entry.move(A.DANA_BERGULIR, A.KAS_BERGULIR, ev["amount"])


def obligation(book: GroupBook) -> dict[str, Any]:
    """The pass-on obligation of the rules: how much in all, how much is still to pass on, by when."""
    rules = book.rules
    received = sum(r["amount"] for r in book.grant.receipts if not r.get("reversed"))
    total = rules.pass_on_amount or round_half_up(
        Fraction(received) * Fraction(rules.pass_on_pct) / 100, 1)
    passed = passed_on(book)
    return {"total": total, "still": max(0, total - passed), "due": rules.pass_on_due}


def passed_on(book: GroupBook) -> int:
    return sum(p["amount"] for p in book.grant.pass_ons if not p["reversed"])


def figures(book: GroupBook) -> dict[str, int]:
    """The §7 identity's terms: received − passed on − written off = fund cash + grant loans out."""
    received = sum(r["amount"] for r in book.grant.receipts if not r.get("reversed"))
    return {"received": received, "passed_on": passed_on(book),
            "written_off": sum(w["amount"] for w in book.grant.write_offs),
            "cash": book.ledger.balance(A.KAS_BERGULIR),
            "loans_outstanding": book.ledger.balance(A.PIUTANG_BERGULIR)}
