"""Rekapitulasi kelompok for the Dinas office (``rekap``): every group of the book on one landscape table,
sorted and subtotalled by kecamatan; the same rows as the CSV/XLSX (``reports.spreadsheet``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kasbuku import safefile
from kasbuku.formatting import bulan, number
from ledger.model.calendar import month_end
from ledger.views.recap import RecapRow
from reports.document import Document, render
from reports.flowables import Column, money_table, office_signature, text

FONT_SIZE = 6.5  # an office's totals run into tens of billions of rupiah
AMOUNT_CHARS = 14  # the widest amount an amount column holds at that size: 99.999.999.999
COLUMNS = (Column("Kelompok", 31), Column("Agt", 9, "number"), Column("Simpanan", 21, "number"),
           Column("Hibah diterima", 21, "number"), Column("Hibah dipinjam", 21, "number"),
           Column("Sudah digulir", 21, "number"), Column("Wajib digulir", 21, "number"),
           Column("Sisa pinjaman", 21, "number"), Column("Utang TR terbuka", 21, "number"),
           Column("PAR30", 13, "number"), Column("Kol 1/2/3/4/5", 16), Column("TR", 8, "number"),
           Column("Status", 17), Column("Inv. utuh", 10, "number"), Column("Kelas", 18))


def _amounts(row: RecapRow) -> list[int]:
    return [row.savings, row.grant_received, row.grant_lent, row.grant_passed_on, row.grant_to_pass_on,
            row.loans_outstanding, row.tr_open]


def row_cells(row: RecapRow, unit: int = 1) -> list[object]:
    """A rekap row as the paper shows it (and the window: one table for both), amounts in ``unit`` rupiah."""
    status = "diblokir" if row.blocked else ("sudah tutup" if row.closed else "belum tutup")
    if not row.kind:  # a subtotal: how many of its groups closed the month, and how many are blocked
        status = f"{row.closed}/{row.groups} tutup" + (f", {row.blocked} blokir" if row.blocked else "")
    label = f"{row.group} ({row.kind})" if row.kind else row.group
    amounts = [number((v + unit // 2) // unit) for v in _amounts(row)]
    return [label, row.members, *amounts, f"{row.par30_bp // 100},{row.par30_bp % 100:02d} %",
            f"{row.kol1}/{row.kol2}/{row.kol3}/{row.kol4}/{row.kol5}", row.tr_events, status,
            f"{row.assets_intact}/{row.assets}", row.klass]


def build(rows: list[RecapRow], month: str, office: str, printed_on: date, doubles: Sequence[str] = ()) -> bytes:
    """The rekap's PDF bytes; ``rows`` come from ``services.recap`` (the last one is the grand total)."""
    body, grand = rows[:-1], rows[-1]
    # the grand total is the largest figure: when it does not fit, every amount is shown in thousands
    unit = 1 if max(len(number(v)) for v in _amounts(grand)) <= AMOUNT_CHARS else 1000
    in_unit = "rupiah" if unit == 1 else "ribuan rupiah (angka tepat: berkas CSV atau XLSX)"
    story = [text(office or "Dinas Sosial", "group"), text("Rekapitulasi Kelompok Binaan", "title"),
             text(f"{bulan(month)} — jumlah uang dalam {in_unit}", "period"),
             money_table(COLUMNS, [row_cells(r, unit) for r in body], total=row_cells(grand, unit),
                         bold=[i for i, r in enumerate(body) if not r.kind], size=FONT_SIZE),
             text("PAR30: sisa pokok pinjaman yang menunggak lebih dari 30 hari. Kol: jumlah pinjaman per "
                  "kolektibilitas (1 Lancar … 5 Macet). Utang TR terbuka: utang tanggung renteng anggota yang "
                  "belum lunas (uang kelompok yang tertahan, di luar PAR30). TR: tanggung renteng pada bulan ini. "
                  "Status: bulan ini sudah atau belum ditutup, atau kelompok diblokir. Inv. utuh: inventaris dalam "
                  "kondisi baik atau rusak ringan / seluruh inventaris.", "note"),
             *([text("NIK ganda (satu NIK pada anggota aktif lebih dari satu kelompok): " + "; ".join(doubles),
                     "note")] if doubles else []),
             office_signature(office, month_end(month), 269)]
    return render(Document("Rekapitulasi Kelompok", bulan(month), story, landscape=True), office or "kasbuku",
                  printed_on)


def write(rows: list[RecapRow], month: str, path: Path, kind: str, office: str, printed_on: date,
          doubles: Sequence[str] = ()) -> Path:
    """Write the rekap as ``kind`` (pdf, csv or xlsx) to ``path``: the one writer of the command and the window."""
    from reports import spreadsheet

    if kind == "csv":
        return spreadsheet.write_csv(rows, path)
    if kind == "xlsx":
        return spreadsheet.write_xlsx(rows, month, path)
    safefile.write_bytes(path, build(rows, month, office, printed_on, doubles), "rekap PDF")
    return path
