"""Pemetaan dan asesmen for the office (``pemetaan``): members' businesses by sector and by need per
kecamatan, and the members proposed for linkage to partners with their status."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from kasbuku.formatting import tanggal, tanggal_pendek
from ledger.rules.profiles import NEEDS, SECTORS
from ledger.views.mapping import LinkageRow, MappingRow
from reports.document import Document, render
from reports.flowables import Column, money_table, office_signature, section, text

SECTOR_LABELS = {"industri rumah tangga": "Industri RT", "jasa": "Jasa", "perdagangan": "Dagang",
                 "perikanan": "Perikanan", "pertanian": "Pertanian", "lainnya": "Lainnya"}
SECTOR_WIDTHS = {"industri rumah tangga": 22, "jasa": 14, "perdagangan": 17, "perikanan": 21, "pertanian": 21,
                 "lainnya": 18}
NEED_WIDTHS = {"keterampilan": 25, "perizinan": 21, "peralatan": 21, "permodalan": 23}  # the heading fits whole
COUNTS = (Column("Kecamatan", 49), Column("Dinilai", 17, "number"),
          *(Column(SECTOR_LABELS[s], SECTOR_WIDTHS[s], "number") for s in SECTORS),
          *(Column(n.capitalize(), NEED_WIDTHS[n], "number") for n in NEEDS))
LINKS = (Column("Anggota", 62), Column("Mitra", 55), Column("Status", 28), Column("Hasil", 100),
         Column("Sejak", 24))


def _count_row(row: MappingRow) -> list[object]:
    return [row.kecamatan, row.assessed, *(row.sectors[s] for s in SECTORS), *(row.needs[n] for n in NEEDS)]


def _links(links: list[LinkageRow]) -> tuple[list[list[object]], list[int]]:
    """The linkage rows under a heading per kecamatan and group."""
    rows: list[list[object]] = []
    headings: list[int] = []
    for (kecamatan, group), members in groupby(sorted(links, key=lambda r: (r.kecamatan, r.group, r.member)),
                                               key=lambda r: (r.kecamatan, r.group)):
        headings.append(len(rows))
        place = f" · Kec. {kecamatan}" if kecamatan and not kecamatan.startswith("(") else ""  # "(tanpa kecamatan)"
        rows.append([group + place, "", "", "", ""])
        rows += [[f"{r.member} {r.name}", r.partner, r.status, r.outcome, tanggal_pendek(r.since)] for r in members]
    return rows, headings


def build(rows: list[MappingRow], links: list[LinkageRow], office: str, as_of: date, printed_on: date,
          doubles: Sequence[str] = ()) -> bytes:
    link_rows, headings = _links(links)
    story = [text(office or "Dinas Sosial", "group"), text("Pemetaan Usaha dan Kebutuhan Anggota", "title"),
             text(f"Keadaan {tanggal(as_of)} — asesmen terakhir setiap anggota aktif", "period"),
             section("1. Jumlah anggota menurut sektor usaha dan kebutuhan"),
             money_table(COUNTS, [_count_row(r) for r in rows[:-1]], total=_count_row(rows[-1])),
             section("2. Anggota yang diusulkan untuk dihubungkan dengan mitra"),
             money_table(LINKS, link_rows, empty="Belum ada anggota yang diusulkan.", headings=headings)]
    if doubles:  # rules §3a: one household, one KUBE — the Dinas wants to see the doubles (NIK masked)
        story += [section("3. NIK ganda: satu NIK pada anggota aktif lebih dari satu kelompok"),
                  *(text(line, "note") for line in doubles)]
    story.append(office_signature(office, as_of, 269))
    return render(Document("Pemetaan dan Asesmen", tanggal(as_of), story, landscape=True), office or "kasbuku",
                  printed_on)
