"""Where the book is kept: SQLAlchemy 2 tables and the one place that reads and writes them.

The ``events`` table is the book (append-only); ``journal_lines`` is the journal those events post,
kept for queries and checked against a fresh replay by ``kasbuku check``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.orm import Session as Session  # re-exported: the ledger's services take it

from ledger.model.events import Event, stored_event
from ledger.model.journal import Entry


class Base(DeclarativeBase):
    pass


class GroupRow(Base):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(Text)
    created: Mapped[date] = mapped_column(Date)


class EventRow(Base):
    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    type: Mapped[str] = mapped_column(Text)
    business_date: Mapped[date] = mapped_column(Date)
    event_id: Mapped[str | None] = mapped_column(Text, unique=True)
    payload: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_events_group_date", "group_id", "business_date", "seq"),)


class JournalLineRow(Base):
    __tablename__ = "journal_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    event_seq: Mapped[int] = mapped_column(ForeignKey("events.seq"))
    business_date: Mapped[date] = mapped_column(Date)
    account: Mapped[str] = mapped_column(Text)
    sub: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_journal_group_event", "group_id", "event_seq"),)


class MonthFiguresRow(Base):
    """A group's rekap figures at a month's end, with the number of its events dated up to then."""

    __tablename__ = "month_figures"

    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), primary_key=True)
    month: Mapped[str] = mapped_column(Text, primary_key=True)
    events: Mapped[int] = mapped_column(Integer)
    figures: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_month_figures_month", "month"),)


class AuditRow(Base):
    __tablename__ = "audit"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(Text)
    ref_seq: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class CredentialRow(Base):
    __tablename__ = "credentials"

    subject: Mapped[str] = mapped_column(Text, primary_key=True)
    secret_hash: Mapped[str] = mapped_column(Text)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class SettingRow(Base):
    """A named value of the whole book (``office``: the office's name on its rekap and pemetaan)."""

    __tablename__ = "book_settings"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LockRow(Base):
    __tablename__ = "book_lock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder: Mapped[str] = mapped_column(Text)
    host: Mapped[str] = mapped_column(Text)
    pid: Mapped[int] = mapped_column(Integer)
    since: Mapped[datetime] = mapped_column(DateTime)
    heartbeat: Mapped[datetime] = mapped_column(DateTime)


def setting(session: Session, key: str) -> str:
    """A book setting's value ('' when it was never set)."""
    return session.scalar(select(SettingRow.value).where(SettingRow.key == key)) or ""


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value


def group_names(session: Session) -> list[str]:
    return list(session.scalars(select(GroupRow.name).order_by(GroupRow.name)))


def group_id(session: Session, name: str) -> int | None:
    return session.scalar(select(GroupRow.id).where(GroupRow.name == name))


def load_events(session: Session, name: str) -> list[Event]:
    """A group's events in book order (business date, then the order recorded)."""
    rows = session.execute(select(EventRow.seq, EventRow.payload, EventRow.recorded_at, EventRow.actor)
                           .join(GroupRow).where(GroupRow.name == name)
                           .order_by(EventRow.business_date, EventRow.seq))
    out = []
    for seq, payload, recorded_at, actor in rows:
        event = stored_event(json.loads(payload))
        event.seq, event.recorded_at, event.actor = seq, recorded_at, actor
        out.append(event)
    return out


MEMBERSHIP = ("group.create", "member.join", "member.update", "member.leave")  # who is in a group, and who she is


def membership_events(session: Session, until: date) -> dict[str, list[Event]]:
    """Each group's events of who joined, changed and left, dated up to ``until``, in book order: enough to
    know every member's identity without replaying the group's money (rules §3a, the office's NIK ganda)."""
    rows = session.execute(select(GroupRow.name, EventRow.seq, EventRow.payload, EventRow.recorded_at,
                                  EventRow.actor)
                           .join(GroupRow).where(EventRow.type.in_(MEMBERSHIP), EventRow.business_date <= until)
                           .order_by(GroupRow.name, EventRow.business_date, EventRow.seq))
    out: dict[str, list[Event]] = {}
    for name, seq, payload, recorded_at, actor in rows:
        event = stored_event(json.loads(payload))
        event.seq, event.recorded_at, event.actor = seq, recorded_at, actor
        out.setdefault(name, []).append(event)
    return out


def history_rows(session: Session, name: str) -> list[tuple[int, datetime, str, str]]:
    """(seq, recorded_at, actor, payload) of a group's events in the order recorded."""
    rows = session.execute(select(EventRow.seq, EventRow.recorded_at, EventRow.actor, EventRow.payload)
                           .join(GroupRow).where(GroupRow.name == name).order_by(EventRow.seq))
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def group_audit_rows(session: Session, name: str) -> list[AuditRow]:
    """The audit rows about one group, in the trail's order."""
    return list(session.scalars(select(AuditRow).where(AuditRow.group_name == name).order_by(AuditRow.seq)))


def next_seq(session: Session) -> int:
    return (session.scalar(select(func.max(EventRow.seq))) or 0) + 1


def latest_business_date(session: Session) -> date | None:
    """The latest business date of any event in the book (None for an empty book)."""
    return session.scalar(select(func.max(EventRow.business_date)))


def id_taken(session: Session, event_id: str) -> bool:
    return session.scalar(select(EventRow.seq).where(EventRow.event_id == event_id)) is not None


def ensure_group(session: Session, name: str, kind: str, created: date) -> int:
    existing = group_id(session, name)
    if existing is not None:
        return existing
    row = GroupRow(name=name, kind=kind, created=created)
    session.add(row)
    session.flush()
    return row.id


def payload(event: Event) -> str:
    """The stored text of an event: its JSON with sorted keys (also what the audit trail hashes)."""
    return json.dumps(event.raw, ensure_ascii=False, sort_keys=True)


def add_events(session: Session, gid: int, events: Iterable[Event]) -> None:
    rows = [{"seq": ev.seq, "group_id": gid, "type": ev.type, "business_date": ev.date, "event_id": ev.id,
             "payload": payload(ev), "recorded_at": ev.recorded_at or datetime.now(), "actor": ev.actor}
            for ev in events]
    if rows:
        session.execute(insert(EventRow), rows)


def last_audit(session: Session) -> AuditRow | None:
    return session.scalars(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).first()


def audit_rows(session: Session) -> list[AuditRow]:
    return list(session.scalars(select(AuditRow).order_by(AuditRow.seq)))


def event_rows(session: Session) -> list[tuple[int, str, str]]:
    """(seq, group name, payload) of every stored event."""
    rows = session.execute(select(EventRow.seq, GroupRow.name, EventRow.payload).join(GroupRow))
    return [(r[0], r[1], r[2]) for r in rows]


def credential(session: Session, subject: str) -> CredentialRow | None:
    return session.get(CredentialRow, subject)


def save_credential(session: Session, subject: str, secret_hash: str) -> CredentialRow:
    row = session.get(CredentialRow, subject)
    if row is None:
        row = CredentialRow(subject=subject, secret_hash=secret_hash, failed=0)
        session.add(row)
    row.secret_hash, row.failed, row.locked_until = secret_hash, 0, None
    session.flush()
    return row


def rewrite_journal(session: Session, gid: int, seqs: list[int], entries: Iterable[Entry]) -> None:
    """Replace the stored journal of the events ``seqs`` by ``entries`` (after a back-dated event)."""
    for start in range(0, len(seqs), 500):
        session.execute(delete(JournalLineRow).where(JournalLineRow.group_id == gid,
                                                     JournalLineRow.event_seq.in_(seqs[start:start + 500])))
    rows = [{"group_id": gid, "event_seq": e.seq, "business_date": e.date, "account": line.account,
             "sub": line.sub, "amount": line.amount} for e in entries for line in e.lines]
    if rows:
        session.execute(insert(JournalLineRow), rows)  # one executemany, not one ORM object a line


def save_month_figures(session: Session, gid: int, rows: dict[str, tuple[int, str]]) -> None:
    """Keep (replace) a group's figures of the months in ``rows``: month -> (events counted, figures)."""
    months = sorted(rows)
    for start in range(0, len(months), 500):
        session.execute(delete(MonthFiguresRow).where(MonthFiguresRow.group_id == gid,
                                                      MonthFiguresRow.month.in_(months[start:start + 500])))
    if months:
        session.execute(insert(MonthFiguresRow), [{"group_id": gid, "month": m, "events": rows[m][0],
                                                   "figures": rows[m][1]} for m in months])


def month_figures(session: Session, month: str) -> dict[str, tuple[int, str]]:
    """Every group's kept figures of ``month``: group name -> (events counted, figures)."""
    rows = session.execute(select(GroupRow.name, MonthFiguresRow.events, MonthFiguresRow.figures)
                           .join(GroupRow).where(MonthFiguresRow.month == month))
    return {r[0]: (r[1], r[2]) for r in rows}


def group_month_figures(session: Session, gid: int, latest: int) -> dict[str, tuple[int, str]]:
    """The ``latest`` months of one group's kept figures: month -> (events counted, figures)."""
    rows = session.execute(select(MonthFiguresRow.month, MonthFiguresRow.events, MonthFiguresRow.figures)
                           .where(MonthFiguresRow.group_id == gid).order_by(MonthFiguresRow.month.desc())
                           .limit(latest))
    return {r[0]: (r[1], r[2]) for r in rows}


def event_counts(session: Session, through: date) -> dict[str, int]:
    """How many events each group has dated on or before ``through`` (groups with none are left out)."""
    rows = session.execute(select(GroupRow.name, func.count()).join(EventRow)
                           .where(EventRow.business_date <= through).group_by(GroupRow.name))
    return {r[0]: r[1] for r in rows}


def closing_events(session: Session) -> list[tuple[str, str, str]]:
    """(group name, type, payload) of every month close and reopen, in the order recorded."""
    rows = session.execute(select(GroupRow.name, EventRow.type, EventRow.payload).join(GroupRow)
                           .where(EventRow.type.in_(("month.close", "month.reopen"))).order_by(EventRow.seq))
    return [(r[0], r[1], r[2]) for r in rows]


def insert_audit(session: Session, rows: list[dict[str, object]]) -> None:
    session.execute(insert(AuditRow), rows)


def stored_journal(session: Session, gid: int) -> dict[int, list[tuple[str, str, int]]]:
    out: dict[int, list[tuple[str, str, int]]] = {}
    for row in session.scalars(select(JournalLineRow).where(JournalLineRow.group_id == gid)):
        out.setdefault(row.event_seq, []).append((row.account, row.sub, row.amount))
    return out


def read_lock(session: Session) -> LockRow | None:
    return session.get(LockRow, 1)


def write_lock(session: Session, holder: str, host: str, pid: int, now: datetime) -> None:
    row = session.get(LockRow, 1)
    if row is None:
        session.add(LockRow(id=1, holder=holder, host=host, pid=pid, since=now, heartbeat=now))
    elif (row.host, row.pid) == (host, pid):
        row.heartbeat = now
    else:
        row.holder, row.host, row.pid, row.since, row.heartbeat = holder, host, pid, now, now
    session.flush()


def clear_lock(session: Session, host: str, pid: int) -> None:
    row = session.get(LockRow, 1)
    if row is not None and (row.host, row.pid) == (host, pid):
        session.delete(row)
        session.flush()
