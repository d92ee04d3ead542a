"""Pemetaan dan asesmen (mapping): the rules of each member's business profile and needs, the group's profile,
and the facilitator's linkage of members to partners — dated, so later assessments show progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ledger.model.errors import InvalidEvent
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.rules.book import GroupBook

SECTORS = ("industri rumah tangga", "jasa", "perdagangan", "perikanan", "pertanian", "lainnya")
NEEDS = ("keterampilan", "perizinan", "peralatan", "permodalan")
LINKAGE_STATUS = ("diusulkan", "dihubungkan", "berhasil", "tidak berhasil")


@dataclass(frozen=True)
class Profile:
    member: str
    assessed: date
    sector: str
    product: str
    turnover: int
    problems: str
    needs: tuple[str, ...]


@dataclass
class Linkage:
    member: str
    partner: str
    status: str
    outcome: str
    history: list[tuple[date, str]] = field(default_factory=list)


def member_profile(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A dated assessment of a member's own business; the latest is current, earlier ones show progress."""
    member = book.member(ev["member"])
    if ev["sector"] not in SECTORS:
        raise InvalidEvent("sektor harus salah satu dari " + ", ".join(SECTORS))
    needs = ev.get("needs", [])
    if not isinstance(needs, list) or not set(needs) <= set(NEEDS):
        raise InvalidEvent("kebutuhan harus daftar dari " + ", ".join(NEEDS))
    turnover = ev.get("turnover", 0)
    if turnover < 0:
        raise InvalidEvent("omzet tidak boleh negatif")
    book.profiles.setdefault(member.code, []).append(
        Profile(member.code, ev.date, ev["sector"], ev.get("product", ""), turnover, ev.get("problems", ""),
                tuple(n for n in NEEDS if n in needs)))


def group_profile(book: GroupBook, ev: Event, entry: Entry) -> None:
    book.group_profile = {"binds": ev["binds"], "notes": ev.get("notes", ""), "assessed": ev.date}


def linkage(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A facilitator proposes a member to a partner (Disnaker, a bank, Pemda, a business) and records
    how it went; one record per member and partner, with its history."""
    member = book.member(ev["member"], active=False)
    if ev["status"] not in LINKAGE_STATUS:
        raise InvalidEvent("status harus salah satu dari " + ", ".join(LINKAGE_STATUS))
    key = (member.code, ev["partner"].strip())
    record = book.linkages.get(key)
    if record is None:
        record = book.linkages[key] = Linkage(member.code, key[1], ev["status"], "")
    record.status, record.outcome = ev["status"], ev.get("outcome", record.outcome)
    record.history.append((ev.date, ev["status"]))
