"""Pendampingan: the facilitator's visit log of a group — who came, what was checked, what was found,
follow-ups with a due date — and marking follow-ups done. Open follow-ups show on the group's dashboard
and in the monthly statement."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ledger.model.calendar import day_text
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event, parse_date
from ledger.model.journal import Entry
from ledger.rules.book import GroupBook


@dataclass
class FollowUp:
    id: str  # "<visit key>.<n>": the visit's event id, or its date (YYYYMMDD), then the follow-up's number
    what: str
    due: date
    done: date | None = None
    note: str = ""


@dataclass
class Visit:
    key: str
    date: date
    facilitator: str
    attendees: str
    checked: str
    findings: str
    followups: list[FollowUp] = field(default_factory=list)


def _key(book: GroupBook, ev: Event) -> str:
    """A visit's key that survives moving the book (event numbers do not): its id, else its date."""
    base = ev.id or f"{ev.date:%Y%m%d}"
    taken = {v.key for v in book.visits}
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def _followups(raw: Any, key: str, day: date) -> list[FollowUp]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(f, dict) and set(f) <= {"what", "due"} for f in raw):
        raise InvalidEvent("'followups' harus daftar objek {what, due}")
    out = []
    for number, item in enumerate(raw, start=1):
        what = item.get("what")
        if not isinstance(what, str) or not what.strip():
            raise InvalidEvent("setiap tindak lanjut perlu 'what'")
        due = parse_date(item.get("due"), "due")
        if due < day:
            raise InvalidEvent(f"batas waktu tindak lanjut {day_text(due)} sebelum tanggal kunjungan")
        out.append(FollowUp(f"{key}.{number}", what.strip(), due))
    return out


def record(book: GroupBook, ev: Event, entry: Entry) -> None:
    key = _key(book, ev)
    book.visits.append(Visit(key=key, date=ev.date, facilitator=ev["facilitator"].strip(),
                             attendees=ev.get("attendees", ""), checked=ev["checked"],
                             findings=ev.get("findings", ""),
                             followups=_followups(ev.get("followups"), key, ev.date)))


def followup_done(book: GroupBook, ev: Event, entry: Entry) -> None:
    wanted = ev["followup"]
    for visit in book.visits:
        for item in visit.followups:
            if item.id == wanted:
                if item.done is not None:
                    raise Refusal(f"tindak lanjut {wanted} sudah selesai pada {day_text(item.done)}")
                item.done, item.note = ev.date, ev.get("note", "")
                return
    raise Refusal(f"tindak lanjut {wanted} tidak dikenal di kelompok {book.name}")


def visits_newest_first(book: GroupBook) -> list[Visit]:
    """The facilitator's visits to this group, the latest first."""
    return list(reversed(book.visits))


def open_followups(book: GroupBook) -> list[FollowUp]:
    """Follow-ups not yet done, the earliest due first."""
    return sorted((f for v in book.visits for f in v.followups if f.done is None), key=lambda f: f.due)


def facilitator_name(book: GroupBook) -> str:
    """The facilitator of the latest visit (for the statements' signature block), or ''."""
    return book.visits[-1].facilitator if book.visits else ""
