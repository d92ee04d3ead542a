"""Rekap for a Dinas office: one row of figures per group for a month, sorted and subtotalled by kecamatan."""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import asdict, dataclass, fields
from datetime import date

from ledger.model.calendar import month_end, month_of
from ledger.model.events import Event
from ledger.model.loans import kolektibilitas
from ledger.rules import assets, revolving_grant
from ledger.rules.book import GroupBook, close_stack, replay
from ledger.views.development import figures

NUMERIC = ("groups", "members", "savings", "grant_received", "grant_lent", "grant_passed_on", "grant_to_pass_on",
           "loans_outstanding", "at_risk30", "kol1", "kol2", "kol3", "kol4", "kol5", "tr_events", "tr_open",
           "blocked", "closed", "assets", "assets_intact", "assets_lost", "assets_unchecked")


@dataclass
class RecapRow:
    """One group's (or a subtotal's) figures; the fields of NUMERIC add up in subtotals."""

    group: str
    kind: str
    kecamatan: str
    kelurahan: str
    klass: str
    groups: int
    members: int
    savings: int
    grant_received: int
    grant_lent: int
    grant_passed_on: int
    grant_to_pass_on: int
    loans_outstanding: int
    at_risk30: int
    kol1: int
    kol2: int
    kol3: int
    kol4: int
    kol5: int
    tr_events: int
    tr_open: int
    blocked: int
    closed: int
    assets: int
    assets_intact: int
    assets_lost: int
    assets_unchecked: int

    @property
    def par30_bp(self) -> int:
        return 0 if self.loans_outstanding == 0 else self.at_risk30 * 10_000 // self.loans_outstanding


def group_row(book: GroupBook, month: str, day: date) -> RecapRow:
    """The row of one group as its book stands at the end of ``day`` (the month's last day)."""
    grant = revolving_grant.figures(book)
    kol = [0] * 5
    at_risk = 0
    for loan in book.loans.values():
        if loan.is_open:
            dpd = loan.days_past_due(day)
            kol[kolektibilitas(dpd, book.rules.kolektibilitas_days) - 1] += 1
            at_risk += loan.principal_outstanding if dpd > 30 else 0
    live = [a for a in book.assets.values() if not a.disposed]
    return RecapRow(
        group=book.name, kind=book.kind, kecamatan=book.address.get("kecamatan", "") or "(tanpa kecamatan)",
        kelurahan=book.address.get("kelurahan", ""), klass=figures(book, day).klass, groups=1,
        members=len(book.active_members()), savings=sum(sum(book.savings(m).values()) for m in book.members),
        grant_received=grant["received"], grant_lent=grant["loans_outstanding"], grant_passed_on=grant["passed_on"],
        grant_to_pass_on=revolving_grant.obligation(book)["still"],
        loans_outstanding=sum(ln.principal_outstanding for ln in book.loans.values() if ln.is_open),
        at_risk30=at_risk, kol1=kol[0], kol2=kol[1], kol3=kol[2], kol4=kol[3], kol5=kol[4],
        tr_events=sum(1 for c in book.covers if c.month == month), tr_open=sum(c.owed for c in book.covers),
        blocked=int(book.blocked), closed=int(book.last_closed is not None and book.last_closed >= month),
        assets=len(live), assets_intact=sum(1 for a in live if a.intact),
        assets_lost=sum(1 for a in book.assets.values() if a.condition == "hilang"
                        or a.disposed.get("how") in ("hilang", "dijual")),
        assets_unchecked=len(assets.unchecked(book, day)))


def replay_with_rows(name: str, events: list[Event], months: list[str],
                     fresh: int | None = None) -> tuple[GroupBook, dict[str, tuple[int, RecapRow]]]:
    """The group's whole book, and its row at the end of each of ``months`` with the number of events
    dated up to then (what a write keeps as month figures)."""
    ordered = sorted(events, key=lambda e: e.key)
    dates = [e.date for e in ordered]
    rows: dict[str, tuple[int, RecapRow]] = {}

    def keep(book: GroupBook, day: date) -> None:
        rows[month_of(day)] = (bisect_right(dates, day), group_row(book, month_of(day), day))

    book = replay(name, ordered, fresh=fresh, checkpoints=[month_end(m) for m in months], observe=keep)
    return book, rows


def row_for(name: str, events: list[Event], month: str) -> RecapRow | None:
    """The group's row for ``month`` in one replay (None when the group did not exist yet)."""
    day = month_end(month)
    rows: list[RecapRow] = []
    replay(name, events, as_of=day, checkpoints=[day], observe=lambda book, d: rows.append(group_row(book, month, d)))
    return rows[0] if rows and rows[0].kind else None


# Raise when RecapRow, group_row or any rule that changes what a replay gives changes: kept rows of another
# format are not used (their groups are replayed), so a new version never reads an old version's figures.
FIGURES_FORMAT = 2


def to_text(row: RecapRow) -> str:
    """A row as kept in the book's month figures."""
    return json.dumps({"format": FIGURES_FORMAT, **asdict(row)}, ensure_ascii=False, sort_keys=True)


def from_text(text: str) -> RecapRow | None:
    """A kept row, or None when it was kept in another format (then the group is replayed instead)."""
    try:
        data = json.loads(text)
    except ValueError:
        return None  # a damaged row: the group is replayed (and ``check`` names it)
    if not isinstance(data, dict) or data.pop("format", None) != FIGURES_FORMAT or set(data) != set(COLUMNS):
        return None
    return RecapRow(**data)


def closed_months(marks: list[tuple[str, str, str]]) -> dict[str, str]:
    """Each group's latest month still closed, from (group, type, payload) of its closes and reopens in the
    order recorded."""
    by_group: dict[str, list[tuple[str, str]]] = {}
    for group, etype, payload in marks:
        by_group.setdefault(group, []).append((etype, json.loads(payload).get("month", "")))
    standing = {group: close_stack(items)[0] for group, items in by_group.items()}
    return {group: months[-1] for group, months in standing.items() if months}


def with_subtotals(rows: list[RecapRow]) -> list[RecapRow]:
    """Rows sorted by kecamatan then group, a subtotal row after each kecamatan, and a grand total last."""
    out: list[RecapRow] = []
    ordered = sorted(rows, key=lambda r: (r.kecamatan.lower(), r.group.lower()))
    for kecamatan in dict.fromkeys(r.kecamatan for r in ordered):
        part = [r for r in ordered if r.kecamatan == kecamatan]
        out += [*part, total(part, f"Jumlah Kec. {kecamatan}", kecamatan)]
    out.append(total(rows, "JUMLAH SELURUHNYA", ""))
    return out


def total(rows: list[RecapRow], label: str, kecamatan: str) -> RecapRow:
    sums = {name: sum(getattr(r, name) for r in rows) for name in NUMERIC}
    return RecapRow(group=label, kind="", kecamatan=kecamatan, kelurahan="", klass="", **sums)


COLUMNS = [f.name for f in fields(RecapRow)]
