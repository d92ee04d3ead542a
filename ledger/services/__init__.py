"""Use cases over a stored book: apply events (all or nothing), read a group's state, check the book.

Each call works inside the caller's database transaction; the caller commits or rolls back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ledger import storage
from ledger.model.calendar import month_end
from ledger.model.errors import InvalidEvent, LineRefused, Refusal, UnknownGroup
from ledger.model.events import Event, parse_event
from ledger.model.identity import mask
from ledger.model.pins import check_pin_shape
from ledger.rules.book import GroupBook, replay
from ledger.services import access
from ledger.services.history import SYSTEM, History
from ledger.storage import Session, audit
from ledger.views.development import MonthFigures, history
from ledger.views.mapping import LinkageRow, MappingRow, summarise
from ledger.views.queries import findings, group_state
from ledger.views.recap import RecapRow, closed_months, from_text, replay_with_rows, row_for, to_text, with_subtotals


@dataclass
class Batch:
    """Events being applied together: the histories they touch and what is new in each."""

    session: Session
    role: str
    histories: dict[str, History]
    new: dict[str, list[Event]]
    seq: int
    ids: set[str]
    today: date
    pins: dict[str, str] = field(default_factory=dict)

    def history(self, name: str, creating: bool = False) -> History:
        if name not in self.histories:
            events = storage.load_events(self.session, name)
            if not events and not creating:
                raise UnknownGroup(f"kelompok '{name}' tidak ada di buku ini")
            self.histories[name] = History(name, events)
        return self.histories[name]

    def add(self, event: Event) -> None:
        if event.type == "group.create" and "pin" in event.data:
            self.pins[event.group] = event.data.pop("pin")  # kept only as a hash, never in the event
            event.raw.pop("pin")
            check_pin_shape(self.pins[event.group], event.group)
        if event.id is not None:
            if event.id in self.ids or storage.id_taken(self.session, event.id):
                raise InvalidEvent(f"id '{event.id}' sudah dipakai di buku ini")
            self.ids.add(event.id)
        history = self.history(event.group, creating=event.type == "group.create")
        event.recorded_at = datetime.now()
        history.admit(event, self.seq, self.role, self.today)
        self.seq += 1
        self.new.setdefault(event.group, []).append(event)
        self._derived(event, history.book)

    def _derived(self, event: Event, book: GroupBook) -> None:
        """A pass-on to a group in this book is that group's grant receipt (and so is its reversal)."""
        if event.type == "grant.pass_on" and event.get("to_group"):
            receipt = {"type": "grant.receive", "date": event.date.isoformat(), "group": event["to_group"],
                       "amount": event["amount"], "source": f"perguliran dari {event.group}",
                       "from_group": event.group, "id": receipt_id(event)}
            if event.get("document"):
                receipt["document"] = event["document"]
            self._add_system(receipt)
        if event.type == "reverse":
            original = book.applied[book.by_id[event["ref"]]].event
            if original.type == "grant.pass_on" and original.get("to_group"):
                self._add_system({"type": "reverse", "date": event.date.isoformat(),
                                  "group": original["to_group"], "ref": receipt_id(original),
                                  "reason": event["reason"]})

    def _add_system(self, raw: dict[str, Any]) -> None:
        derived = parse_event(raw)
        derived.actor = SYSTEM
        if derived.group not in self.histories and not storage.load_events(self.session, derived.group):
            raise Refusal(f"kelompok tujuan '{derived.group}' tidak ada di buku ini")
        self.add(derived)


def refuse_nul(value: Any) -> None:
    """Refuse text holding a NUL character (``\\u0000``): SQLite would keep it, PostgreSQL cannot, and a
    book must accept the same events on both."""
    if isinstance(value, str) and "\x00" in value:
        raise InvalidEvent("teks tidak boleh memuat karakter NUL (\\u0000)")
    if isinstance(value, dict):
        for key, item in value.items():
            refuse_nul(key)
            refuse_nul(item)
    elif isinstance(value, list):
        for item in value:
            refuse_nul(item)


def receipt_id(pass_on: Event) -> str:
    """The id of the receiving group's receipt of a pass-on: made of the pass-on's own id, which survives
    export and import (its event number does not); a pass-on without an id cannot be reversed anyway."""
    return f"~{pass_on.id}" if pass_on.id else f"~{pass_on.seq}"


def apply_lines(session: Session, lines: Iterable[str], role: str = "pendamping", today: date | None = None) -> int:
    """Apply JSON-lines events all or nothing; the first refused line raises ``LineRefused``.

    ``today`` is the computer's date (rules §2: nothing may be dated after it)."""
    batch = Batch(session, role, {}, {}, storage.next_seq(session), set(), today or date.today())
    count = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidEvent(f"bukan JSON yang sah ({exc.msg})") from exc
            refuse_nul(raw)
            batch.add(parse_event(raw))
        except Refusal as exc:
            raise LineRefused(number, exc.message) from exc
        count += 1
    save(batch)
    return count


def apply_events(session: Session, raws: Iterable[dict[str, Any]], role: str = "pendamping",
                 today: date | None = None) -> int:
    """Apply event objects (the window's door) all or nothing, as ``apply_lines`` does."""
    return apply_lines(session, (json.dumps(r) for r in raws), role, today)


def save(batch: Batch) -> None:
    for name, events in batch.new.items():
        history = batch.histories[name]
        book = history.book
        assert book.created is not None
        gid = storage.ensure_group(batch.session, name, book.kind, book.created)
        storage.add_events(batch.session, gid, events)
        audit.record_many(batch.session, [(ev.actor, "event", name, ev.seq, storage.payload(ev)) for ev in events])
        dirty = history.dirty_from or (date.max, 0)
        seqs = [e.seq for e in history.events if e.key >= dirty]
        storage.rewrite_journal(batch.session, gid, seqs,
                                (book.applied[s].entry for s in seqs if s in book.applied))
        storage.save_month_figures(batch.session, gid, {month: (count, to_text(row)) for month, (count, row)
                                                        in history.changed_months().items()})
    for name, pin in batch.pins.items():
        access.set_secret(batch.session, name, pin, batch.role)


def clock_behind(session: Session, today: date) -> date | None:
    """Rules §2's clock check: the book's latest business date when the computer's date is earlier than it
    (a laptop whose battery died boots in 2000), else None. The window names it before anything is saved."""
    latest = storage.latest_business_date(session)
    return latest if latest is not None and latest > today else None


def load_book(session: Session, name: str, as_of: date | None = None) -> GroupBook:
    events = storage.load_events(session, name)
    if not events:
        raise UnknownGroup(f"kelompok '{name}' tidak ada di buku ini")
    return replay(name, events, as_of=as_of)


def state(session: Session, name: str, as_of: date) -> dict[str, Any]:
    """The group's state counting only events dated on or before ``as_of``."""
    return group_state(load_book(session, name, as_of), as_of)


CHECKED_MONTHS = 12  # the kept month figures that check compares with a replay, latest first


def check(session: Session) -> list[str]:
    """Every finding about the whole book: each group's own checks, its stored journal vs a replay, and
    the audit trail's chain and its match with the stored events."""
    out: list[str] = audit.findings(session)
    books: list[GroupBook] = []
    for name in storage.group_names(session):
        gid = storage.group_id(session, name)
        assert gid is not None
        kept = storage.group_month_figures(session, gid, CHECKED_MONTHS)
        try:
            book, replayed = replay_with_rows(name, storage.load_events(session, name), list(kept))
        except Refusal as exc:
            out.append(f"{name}: riwayat tidak dapat diputar ulang: {exc.message}")
            continue
        out.extend(findings(book))
        books.append(book)
        out.extend(f"{name}: angka rekap tersimpan untuk bulan {month} berbeda dari riwayatnya"
                   for month, (count, text) in kept.items()
                   if count == replayed[month][0] and from_text(text) not in (None, replayed[month][1]))
        stored = storage.stored_journal(session, gid)
        expected = {seq: sorted((ln.account, ln.sub, ln.amount) for ln in a.entry.lines)
                    for seq, a in book.applied.items() if a.entry.lines}
        actual = {seq: sorted(lines) for seq, lines in stored.items()}
        for seq in sorted(set(expected) | set(actual)):
            if expected.get(seq) != actual.get(seq):
                out.append(f"{name}: jurnal tersimpan untuk transaksi #{seq} berbeda dari riwayatnya")
    out.extend(f"NIK ganda {line}" for line in double_niks(books))
    return out


def double_niks(books: list[GroupBook]) -> list[str]:
    """Rules §3a: each NIK held by active members of more than one group of the book (one household, one
    KUBE) — allowed, but named for the Dinas, with the NIK masked: ``3201••••••••0001: A (M1 Ani), B (M4 Ani)``."""
    holders: dict[str, list[tuple[str, str]]] = {}
    for book in books:
        for m in book.active_members():
            if "nik" in m.identity:
                holders.setdefault(m.identity["nik"], []).append((book.name, f"{m.code} {m.name}"))
    return [f"{mask(nik)}: " + ", ".join(f"{group} ({member})" for group, member in where)
            for nik, where in sorted(holders.items()) if len({group for group, _ in where}) > 1]


def double_niks_as_of(session: Session, as_of: date) -> list[str]:
    """``double_niks`` of every group of the book as of ``as_of`` (the pemetaan, the office rekap): each group's
    membership events alone replayed through the same rules — an office of hundreds of groups does not replay
    their money for it; a group whose membership cannot stand alone is replayed whole."""
    books = []
    for name, events in storage.membership_events(session, as_of).items():
        try:
            books.append(replay(name, events, as_of=as_of))
        except Refusal:
            books.append(load_book(session, name, as_of))
    return double_niks(books)


def list_groups(session: Session) -> list[str]:
    """The names of every group in the book, sorted."""
    return storage.group_names(session)


def office_name(session: Session) -> str:
    """The office named on the rekap and the pemetaan (a book setting; '' when not set)."""
    return storage.setting(session, "office")


def set_office_name(session: Session, name: str) -> None:
    """Name the office (e.g. 'Dinas Sosial Kota Kupang'); refused when empty or longer than a line."""
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise Refusal("nama kantor harus diisi, paling panjang 120 huruf")
    storage.set_setting(session, "office", name)


def development(session: Session, name: str, last_month: str, months: int = 12) -> list[MonthFigures]:
    """Perkembangan kelompok: the figures and class of each of the last ``months`` months."""
    events = storage.load_events(session, name)
    if not events:
        raise UnknownGroup(f"kelompok '{name}' tidak ada di buku ini")
    return history(name, events, last_month, months)


RowsReplayer = Callable[[list[str], str], list[RecapRow]]


def recap(session: Session, month: str, replayer: RowsReplayer | None = None) -> list[RecapRow]:
    """The office's rekap of every group in the book for ``month``, with kecamatan subtotals.

    Each group's row is the one its last write kept for that month, when the group still has exactly the
    events dated up to the month's end that the row was made from; the other groups are replayed, by
    ``replayer(names, month)`` when given (the shell passes one that uses every core). Whether a month is
    closed is read from the closes as they stand now, not as they stood at the month's end.
    """
    counts = storage.event_counts(session, month_end(month))
    kept = storage.month_figures(session, month)
    rows: list[RecapRow] = []
    stale: list[str] = []
    for name in storage.group_names(session):
        if name not in counts:
            continue  # the group had no events yet by the end of that month
        count, text = kept.get(name, (-1, ""))
        row = from_text(text) if count == counts[name] else None
        if row is None:
            stale.append(name)
        else:
            rows.append(row)
    rows += (replayer or (lambda names, m: replayed_rows(session, names, m)))(stale, month)
    closed = closed_months(storage.closing_events(session))
    for row in rows:
        row.closed = int(closed.get(row.group, "") >= month)
    return with_subtotals(rows)


def replayed_rows(session: Session, names: list[str], month: str) -> list[RecapRow]:
    """The rekap rows of ``names`` for ``month``, each by replaying the group's history."""
    rows = (row_for(name, storage.load_events(session, name), month) for name in names)
    return [row for row in rows if row is not None]


def mapping(session: Session, as_of: date) -> tuple[list[MappingRow], list[LinkageRow]]:
    """Pemetaan of every group in the book as of ``as_of``."""
    return summarise([load_book(session, name, as_of) for name in storage.group_names(session)])


def group_events(session: Session, name: str) -> list[Event]:
    """A group's stored events in book order, for previews that replay them in memory (never saved)."""
    events = storage.load_events(session, name)
    if not events:
        raise UnknownGroup(f"kelompok '{name}' tidak ada di buku ini")
    return events
