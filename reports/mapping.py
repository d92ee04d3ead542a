"""Pemetaan dan asesmen for the office (``pemetaan``): members' businesses by sector and by need per
kecamatan, and the members proposed for linkage to partners with their status."""

from __future__ import annotations

from datetime import date

from kasbuku.formatting import tanggal, tanggal_pendek
from ledger.mapping import NEEDS, SECTORS, LinkageRow, MappingRow
from reports.document import Document, render
from reports.flowables import Column, money_table, section, text

SECTOR_LABELS = {"industri rumah tangga": "Industri RT", "jasa": "Jasa", "perdagangan": "Dagang",
                 "perikanan": "Perikanan", "pertanian": "Pertanian", "lainnya": "Lainnya"}
COUNTS = (Column("Kecamatan", 40), Column("Dinilai", 15, "number"),
          *(Column(SECTOR_LABELS[s], 20, "number") for s in SECTORS),
          *(Column(n.capitalize(), 23, "number") for n in NEEDS))
LINKS = (Column("Kecamatan", 34), Column("Kelompok", 46), Column("Anggota", 50), Column("Mitra", 44),
         Column("Status", 24), Column("Hasil", 50), Column("Sejak", 22))


def _count_row(row: MappingRow) -> list[object]:
    return [row.kecamatan, row.assessed, *(row.sectors[s] for s in SECTORS), *(row.needs[n] for n in NEEDS)]


def build(rows: list[MappingRow], links: list[LinkageRow], office: str, as_of: date, printed_on: date) -> bytes:
    story = [text(office or "Dinas Sosial", "group"), text("Pemetaan Usaha dan Kebutuhan Anggota", "title"),
             text(f"Keadaan {tanggal(as_of)} — asesmen terakhir setiap anggota aktif", "period"),
             section("1. Jumlah anggota menurut sektor usaha dan kebutuhan"),
             money_table(COUNTS, [_count_row(r) for r in rows[:-1]], total=_count_row(rows[-1])),
             section("2. Anggota yang diusulkan untuk dihubungkan dengan mitra"),
             money_table(LINKS, [[r.kecamatan, r.group, f"{r.member} {r.name}", r.partner, r.status, r.outcome,
                                  tanggal_pendek(r.since)] for r in links],
                         empty="Belum ada anggota yang diusulkan.")]
    return render(Document("Pemetaan dan Asesmen", tanggal(as_of), story, landscape=True), office or "kasbuku",
                  printed_on)
