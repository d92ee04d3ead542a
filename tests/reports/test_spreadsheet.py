"""The rekap as CSV and XLSX, read back."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from kasbuku import db
from ledger import services
from reports.spreadsheet import HEADERS, write_csv, write_xlsx
from tests.conftest import ev, group_with_members


def test_rekap_csv_and_xlsx_read_back(book: Any, tmp_path: Path) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("month.close", "2026-01-31", month="2026-01"))
    with db.session(book.engine) as sess:
        rows = services.recap(sess, "2026-01")
    with write_csv(rows, tmp_path / "rekap.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == [label for _, label in HEADERS]
    assert table[1][2] == "G" and table[1][HEADERS.index(("grant_received", "Hibah diterima (Rp)"))] == "5000000"
    assert table[-1][2] == "JUMLAH SELURUHNYA"
    sheet = load_workbook(write_xlsx(rows, "2026-01", tmp_path / "rekap.xlsx")).active
    assert sheet["A1"].value == "Rekapitulasi kelompok — Januari 2026"
    assert sheet.cell(row=3, column=3).value == "G" and sheet.cell(row=3, column=7).value == 5


def test_rekap_command_writes_pdf_csv_and_xlsx(book: Any, tmp_path: Path) -> None:
    import subprocess
    import sys

    import pdfplumber

    group_with_members(book)
    book.apply(ev("group.create", "2026-01-05", group="Kelompok B", kind="KUsiAPP", address={"kecamatan": "Alak"}),
               ev("month.close", "2026-01-31", month="2026-01"))
    for name in ("rekap.pdf", "rekap.csv", "rekap.xlsx"):
        result = subprocess.run([sys.executable, "-m", "kasbuku", "report", "rekap", "--all", "--month", "2026-01",
                                 "--out", str(tmp_path / name), "--db", book.url], capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0, result.stderr
    with pdfplumber.open(tmp_path / "rekap.pdf") as pdf:
        words = " ".join(pdf.pages[0].extract_text().split())  # a long label wraps in its cell
    assert "Rekapitulasi Kelompok Binaan" in words and "Januari 2026" in words
    assert "Jumlah Kec. Alak" in words and "JUMLAH SELURUHNYA" in words and "belum tutup" in words
    result = subprocess.run([sys.executable, "-m", "kasbuku", "report", "rekap", "--group", "G", "--out",
                             str(tmp_path / "x.pdf"), "--db", book.url], capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "--all" in result.stderr


def test_rekap_pdf_of_a_large_office_fits_its_figures(tmp_path: Path) -> None:
    """Totals of tens of billions fit the amount columns; beyond 99.999.999.999 the PDF says thousands."""
    from datetime import date

    import pdfplumber

    from ledger.views.recap import COLUMNS as FIELDS
    from ledger.views.recap import RecapRow, with_subtotals
    from reports import recap

    def group(n: int, savings: int) -> RecapRow:
        values: dict[str, Any] = dict.fromkeys(FIELDS, 0)
        values |= {"group": f"KUBE {n:04d}", "kind": "KUBE", "kecamatan": f"Kec {n % 3}", "kelurahan": "",
                   "klass": "berkembang", "groups": 1, "members": 10, "savings": savings}
        return RecapRow(**values)

    for savings, shown, unit in ((40_000_000, "48.000.000.000", "dalam rupiah"),
                                 (90_000_000, "108.000.000.000", "dalam ribuan rupiah")):
        rows = with_subtotals([group(n, savings) for n in range(1, 1201)])
        pdf = recap.build(rows, "2025-12", "Dinas Sosial Kota Uji", date(2026, 1, 5))
        (tmp_path / "rekap.pdf").write_bytes(pdf)
        with pdfplumber.open(tmp_path / "rekap.pdf") as doc:
            first, last = doc.pages[0].extract_text(), doc.pages[-1]
            words = {w["text"]: w for w in last.extract_words()}
        assert unit in first and "berkembang" in first.split()
        total = shown if unit == "dalam rupiah" else "108.000.000"
        assert total in words  # one word: not run into its neighbours
        cells = [c for c in last.find_tables()[0].rows[-1].cells if c]
        assert words[total]["x0"] >= cells[2][0] and words[total]["x1"] <= cells[2][2]  # inside its own cell
