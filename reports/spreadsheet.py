"""The office rekap as CSV and XLSX (openpyxl), because a Dinas office opens it in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from kasbuku import safefile
from kasbuku.formatting import bulan
from ledger.views.recap import RecapRow

HEADERS: list[tuple[str, str]] = [
    ("kecamatan", "Kecamatan"), ("kelurahan", "Kelurahan"), ("group", "Kelompok"), ("kind", "Jenis"),
    ("klass", "Perkembangan"), ("groups", "Jml kelompok"), ("members", "Anggota aktif"), ("savings", "Simpanan (Rp)"),
    ("grant_received", "Hibah diterima (Rp)"), ("grant_lent", "Hibah dipinjamkan (Rp)"),
    ("grant_passed_on", "Sudah digulirkan (Rp)"), ("grant_to_pass_on", "Wajib digulirkan lagi (Rp)"),
    ("loans_outstanding", "Sisa pinjaman (Rp)"), ("par30", "PAR30 (%)"), ("kol1", "Kol 1 Lancar"),
    ("kol2", "Kol 2 DPK"), ("kol3", "Kol 3 Kurang Lancar"), ("kol4", "Kol 4 Diragukan"), ("kol5", "Kol 5 Macet"),
    ("tr_events", "Tanggung renteng bulan ini"), ("tr_open", "Utang TR terbuka (Rp)"), ("blocked", "Diblokir"),
    ("closed", "Bulan ditutup"), ("assets", "Inventaris"), ("assets_intact", "Inventaris utuh"),
    ("assets_lost", "Inventaris hilang/dijual"), ("assets_unchecked", "Belum dicek 6 bln"),
]


MONEY = frozenset({"savings", "grant_received", "grant_lent", "grant_passed_on", "grant_to_pass_on",
                   "loans_outstanding", "tr_open"})  # the columns in rupiah


def values(row: RecapRow) -> list[object]:
    """One row's cells in the order of ``HEADERS`` (also what the window's rekap table shows)."""
    out: list[object] = []
    for key, _ in HEADERS:
        if key == "par30":
            out.append(f"{row.par30_bp // 100},{row.par30_bp % 100:02d}")
        elif key in ("blocked", "closed") and row.kind:
            out.append("ya" if getattr(row, key) else "tidak")
        else:
            out.append(getattr(row, key))
    return out


def write_csv(rows: list[RecapRow], path: Path) -> Path:
    """Semicolon-separated (what a spreadsheet in an Indonesian locale opens directly), UTF-8 with BOM."""
    with (safefile.replaced(path, "rekap CSV") as partial,
          partial.open("w", newline="", encoding="utf-8-sig") as handle):
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([label for _, label in HEADERS])
        writer.writerows(values(row) for row in rows)
    return path


def write_xlsx(rows: list[RecapRow], month: str, path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"Rekap {month}"
    sheet.append([f"Rekapitulasi kelompok — {bulan(month)}"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([label for _, label in HEADERS])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    total_fill = PatternFill("solid", fgColor="E8EEF7")
    for row in rows:
        sheet.append(values(row))
        if not row.kind:  # a subtotal or the grand total
            for cell in sheet[sheet.max_row]:
                cell.font, cell.fill = Font(bold=True), total_fill
    for index, (key, _) in enumerate(HEADERS, start=1):
        letter = sheet.cell(row=2, column=index).column_letter
        sheet.column_dimensions[letter].width = 28 if key in ("group", "kecamatan") else 14
        if key in MONEY:
            for cell in sheet[letter][2:]:
                cell.number_format = "#,##0"
    sheet.freeze_panes = "D3"
    with safefile.replaced(path, "rekap XLSX") as partial:
        book.save(partial)
    return path
