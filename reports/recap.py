"""Rekapitulasi kelompok for the Dinas office (``rekap``): every group of the book on one landscape table,
sorted and subtotalled by kecamatan; the same rows as the CSV/XLSX (``reports.spreadsheet``)."""

from __future__ import annotations

from datetime import date

from kasbuku.formatting import bulan, number
from ledger.recap import RecapRow
from reports.document import Document, render
from reports.flowables import Column, money_table, text

COLUMNS = (Column("Kelompok", 41), Column("Agt", 10, "number"), Column("Simpanan", 21, "number"),
           Column("Hibah diterima", 21, "number"), Column("Hibah dipinjam", 21, "number"),
           Column("Sudah digulir", 21, "number"), Column("Wajib digulir", 21, "number"),
           Column("Sisa pinjaman", 21, "number"), Column("PAR30", 13, "number"),
           Column("Kol 1/2/3/4/5", 19, "number"), Column("TR", 8, "number"), Column("Status", 21),
           Column("Inv. utuh", 12, "number"), Column("Kelas", 20))


def _row(row: RecapRow) -> list[object]:
    status = "diblokir" if row.blocked else ("" if row.closed or not row.kind else "belum tutup")
    if not row.kind:  # a subtotal: how many groups are blocked or not closed
        status = f"{row.blocked} blokir" if row.blocked else ""
    label = f"{row.group} ({row.kind})" if row.kind else row.group
    amounts = [number(v) for v in (row.savings, row.grant_received, row.grant_lent, row.grant_passed_on,
                                    row.grant_to_pass_on, row.loans_outstanding)]
    return [label, row.members, *amounts, f"{row.par30_bp // 100},{row.par30_bp % 100:02d}%",
            f"{row.kol1}/{row.kol2}/{row.kol3}/{row.kol4}/{row.kol5}", row.tr_events, status,
            f"{row.assets_intact}/{row.assets}", row.klass]


def build(rows: list[RecapRow], month: str, office: str, printed_on: date) -> bytes:
    """The rekap's PDF bytes; ``rows`` come from ``services.recap`` (the last one is the grand total)."""
    body, grand = rows[:-1], rows[-1]
    story = [text(office or "Dinas Sosial", "group"), text("Rekapitulasi Kelompok Binaan", "title"),
             text(f"{bulan(month)} — jumlah uang dalam rupiah", "period"),
             money_table(COLUMNS, [_row(r) for r in body], total=_row(grand)),
             text("PAR30: sisa pokok pinjaman yang menunggak lebih dari 30 hari. Kol: jumlah pinjaman per "
                  "kolektibilitas (1 Lancar … 5 Macet). TR: tanggung renteng pada bulan ini. Inv. utuh: "
                  "inventaris dalam kondisi baik atau rusak ringan / seluruh inventaris.", "note")]
    return render(Document("Rekapitulasi Kelompok", bulan(month), story, landscape=True), office or "kasbuku",
                  printed_on)
