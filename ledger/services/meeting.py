"""The monthly meeting's commands: the events of what each member paid, every refusal of a batch at once, and a
month close tried on a copy of the group's events (the figures it shows are ``ledger.views.meeting``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ledger.model.errors import Refusal
from ledger.model.events import Event, parse_event
from ledger.services.history import History
from ledger.views.meeting import ClosePreview, MeetingRow, Paid, ShareToCollect


@dataclass(frozen=True)
class Planned:
    """One event of the meeting batch and whose line of the grid it came from."""

    member: str
    what: str
    raw: dict[str, Any]


def plan_meeting(group: str, on: date, rows: list[MeetingRow], paid: dict[str, Paid],
                 new_id: Callable[[], str]) -> tuple[list[Planned], list[tuple[str, str]]]:
    """The events of what each member paid, and the lines that cannot become an event at all.

    An instalment is spread over the member's open loans (``MeetingRow.split``; TR debt first, §6.5);
    with no loan but a TR debt it is a ``tr.repay``; with neither it is refused here.
    """
    planned: list[Planned] = []
    problems: list[tuple[str, str]] = []
    day = on.isoformat()
    for row in rows:
        got = paid.get(row.member, Paid())
        base = {"date": day, "group": group, "member": row.member}
        if got.wajib:
            planned.append(Planned(row.member, "simpanan wajib", {
                "type": "savings.deposit", **base, "product": "wajib", "amount": got.wajib, "id": new_id()}))
        if got.instalment:
            if row.loans:
                planned += [Planned(row.member, f"angsuran {code}", {
                    "type": "loan.pay", "date": day, "group": group, "loan": code, "amount": part, "id": new_id()})
                    for code, part in row.split(got.instalment)]
            elif row.instalment_due:
                planned.append(Planned(row.member, "bayar tanggung renteng", {
                    "type": "tr.repay", **base, "amount": got.instalment, "id": new_id()}))
            else:
                problems.append((row.member, "angsuran diisi, padahal tidak ada pinjaman atau utang "
                                             "tanggung renteng"))
        if got.sukarela:
            planned.append(Planned(row.member, "simpanan sukarela", {
                "type": "savings.deposit", **base, "product": "sukarela", "amount": got.sukarela,
                "id": new_id()}))
    return planned, problems


def refusals(stored: list[Event], raws: list[dict[str, Any]], role: str) -> list[tuple[int, str]]:
    """Every refused event of a batch (index, reason), trying each one after the accepted ones before
    it, in memory: the batch is then saved all or nothing by the services, this only lists the reasons."""
    if not stored:
        return [(i, "kelompok belum ada") for i in range(len(raws))]
    name = stored[0].group
    accepted = list(stored)
    history = History(name, accepted)
    seq = max(e.seq for e in stored) + 1
    out: list[tuple[int, str]] = []
    for index, raw in enumerate(raws):
        try:
            event = parse_event(raw)
            event.seq, event.actor = seq, role
            seq += 1
            history.add(event, role)
            accepted.append(event)
        except Refusal as exc:
            out.append((index, exc.message))
            history = History(name, accepted)  # a refused event may have half-changed the book
    return out


def preview_close(stored: list[Event], month: str, day: date, role: str) -> ClosePreview:
    """Apply the close of ``month`` to an in-memory copy of the group's events (nothing is saved)."""
    raw = {"type": "month.close", "date": day.isoformat(), "group": stored[0].group, "month": month}
    history = History(stored[0].group, list(stored))
    try:
        event = parse_event(raw)
        event.seq = max(e.seq for e in stored) + 1
        history.add(event, role)
    except Refusal as exc:
        return ClosePreview(month, day, [], {}, exc.message)
    close = history.book.closes[-1]
    shares = [ShareToCollect(s.coverer, c.defaulter, s.amount, s.source)
              for c in close.covers for s in c.shares]
    return ClosePreview(month, day, shares, dict(close.uncovered))
