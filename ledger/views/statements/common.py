"""What every statement shares: the refusal to print a statement that does not add up, the group's
header data, and the Indonesian text of a journal entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.codes import LoanCode, MemberCode
from ledger.model.errors import Refusal
from ledger.model.journal import Entry
from ledger.model.labels import TR_SOURCE_NAMES, event_label
from ledger.model.money import rp
from ledger.rules import visits
from ledger.rules.book import GroupBook
from ledger.rules.joint_liability import TrCover

OFFICER_ROLES = ("ketua", "sekretaris", "bendahara")
class StatementMismatch(Refusal):
    """A statement's total disagrees with the journal; it is not printed (run ``kasbuku check``)."""


def agree(what: str, shown: int, journal: int) -> None:
    """Refuse to print when a figure of the statement differs from the journal's."""
    if shown != journal:
        raise StatementMismatch(f"laporan tidak dicetak: {what} {rp(shown)} berbeda dari jurnal {rp(journal)}; "
                                "jalankan 'kasbuku check' dan laporkan ke pendamping")


def check_book_date(book: GroupBook, end: date) -> None:
    """The builders read balances from the book: it must hold no event after the statement's date."""
    if book.ledger.entries and book.ledger.entries[-1].date > end:
        raise ValueError(f"book holds events after {end}: load it with as_of={end}")


@dataclass(frozen=True)
class GroupInfo:
    name: str
    kind: str
    address: dict[str, str]
    officers: dict[str, str]  # role -> member name (only roles held)
    created: date | None
    facilitator: str  # the pendamping of the latest visit, or '' (a dotted line to sign on)


def group_info(book: GroupBook) -> GroupInfo:
    officers = {m.role: m.name for m in book.active_members() if m.role in OFFICER_ROLES}
    return GroupInfo(book.name, book.kind, dict(book.address), officers, book.created,
                     visits.facilitator_name(book))


def member_name(book: GroupBook, code: str) -> str:
    member = book.members.get(MemberCode(code))
    return f"{code} {member.name}" if member else code


def coverer_name(book: GroupBook, code: str) -> str:
    """A tanggung-renteng coverer: "KODE Nama", or the reserve (code '')."""
    return member_name(book, code) if code else "Cadangan TR"


LISTED = 4  # a list of coverers shows this many by name; the rest in one total (a row stays readable)


def listed(parts: list[tuple[str, int, str]]) -> str:
    """'M2 Ani Rp 50.000 (sukarela), … dan 35 lainnya Rp 1.750.000' from (who, amount, how) parts."""
    shown = [f"{who} {rp(amount)}" + (f" ({how})" if how else "") for who, amount, how in parts[:LISTED]]
    rest = parts[LISTED:]
    if rest:
        shown.append(f"dan {len(rest)} lainnya {rp(sum(amount for _, amount, _ in rest))}")
    return ", ".join(shown)


def share_text(book: GroupBook, cover: TrCover) -> str:
    """Who covered: 'M2 Ani Rp 50.000 (sukarela), Cadangan TR Rp 20.000'."""
    return listed([(coverer_name(book, s.coverer), s.amount, "" if s.source == "reserve" else TR_SOURCE_NAMES[s.source])
                   for s in cover.shares])


def tr_destinations(book: GroupBook, entry: Entry) -> str:
    """Where a payment of a member's TR debt went: each coverer (back to her sukarela, or in cash) and
    the reserve, e.g. 'M2 Ani Rp 25.000 (sukarela), Cadangan TR Rp 25.000'."""
    parts = []
    for ln in entry.lines:
        if ln.account == A.UTANG_TR and ln.amount > 0:
            to_sukarela = any(x.account == A.SIMPANAN_SUKARELA and x.sub == ln.sub and x.amount < 0
                              for x in entry.lines)
            parts.append((member_name(book, ln.sub), ln.amount, "sukarela" if to_sukarela else "tunai"))
        elif ln.account == A.KAS_CADANGAN_TR and ln.amount > 0:
            parts.append(("Cadangan TR", ln.amount, ""))
    return listed(parts)


def _event_member(book: GroupBook, entry: Entry) -> str:
    applied = book.applied.get(entry.seq)
    if applied is None:
        return ""
    data = applied.event.data
    if "member" in data:
        return str(data["member"])
    loan = book.loans.get(LoanCode(str(data.get("loan", ""))))
    return loan.member if loan else ""


def describe(book: GroupBook, entry: Entry, who: bool = True) -> str:
    """A journal entry as a line of text: what happened, for whom (unless ``who`` is off: on a member's
    own statement), and the memo when there is one."""
    applied = book.applied.get(entry.seq)
    data = applied.event.data if applied else {}
    text = event_label(entry.event_type, data)
    member = _event_member(book, entry) if who else ""
    if member:
        text += f" — {member_name(book, member)}"
    if entry.memo and entry.memo not in text:
        text += f" ({entry.memo})"
    return text


