"""Pemetaan (mapping) for an office: members assessed per kecamatan, by sector and need, and the linkages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.rules.book import GroupBook
from ledger.rules.profiles import NEEDS, SECTORS, Linkage, Profile


@dataclass(frozen=True)
class MappingRow:
    """Counts for one kecamatan: members assessed, by sector and by need."""

    kecamatan: str
    assessed: int
    sectors: dict[str, int]
    needs: dict[str, int]


@dataclass(frozen=True)
class LinkageRow:
    kecamatan: str
    group: str
    member: str
    name: str
    partner: str
    status: str
    outcome: str
    since: date


def summarise(books: list[GroupBook]) -> tuple[list[MappingRow], list[LinkageRow]]:
    """Pemetaan for the office: each active member's latest profile counted by sector and need per
    kecamatan (sorted, with an 'all' row last), and every linkage with its status."""
    per: dict[str, list[Profile]] = {}
    links: list[LinkageRow] = []
    for book in books:
        kecamatan = book.address.get("kecamatan", "") or "(tanpa kecamatan)"
        latest = [p for m in book.active_members() if (p := latest_profile(book, m.code)) is not None]
        per.setdefault(kecamatan, []).extend(latest)
        for link in book.linkages.values():
            links.append(LinkageRow(kecamatan, book.name, link.member, book.member(link.member, active=False).name,
                                    link.partner, link.status, link.outcome, link.history[0][0]))
    rows = [_count(k, per[k]) for k in sorted(per, key=str.lower)]
    rows.append(_count("Seluruhnya", [p for k in per for p in per[k]]))
    return rows, sorted(links, key=lambda r: (r.kecamatan.lower(), r.group.lower(), r.member))


def group_linkages(book: GroupBook) -> list[Linkage]:
    """The facilitator's linkages of this group's members, in member order, then by partner."""
    number: dict[str, int] = {m.code: m.number for m in book.members_in_order()}
    return sorted(book.linkages.values(), key=lambda ln: (number[ln.member], ln.partner.lower()))


def latest_profile(book: GroupBook, member: str) -> Profile | None:
    """A member's latest business assessment, or None if she has none yet."""
    profiles = book.profiles.get(member)
    return profiles[-1] if profiles else None


def _count(kecamatan: str, profiles: list[Profile]) -> MappingRow:
    return MappingRow(kecamatan, len(profiles),
                      {s: sum(1 for p in profiles if p.sector == s) for s in SECTORS},
                      {n: sum(1 for p in profiles if n in p.needs) for n in NEEDS})
