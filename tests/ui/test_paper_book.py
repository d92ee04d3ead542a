"""Mulai dari buku lama in the window (issue 16.3): a filled spreadsheet is shown as the neraca it opens
with — Modal awal included — and saved whole; a sheet with mistakes lists every one and saves nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.conftest import Book
from tests.kasbuku.test_paperbook import mawar_sheet
from ui.main import MainWindow
from ui.paper_book import PaperBookDialog


def test_a_filled_sheet_opens_the_group_and_a_wrong_one_names_its_mistakes(qtbot: Any, window: MainWindow,
                                                                          book: Book, tmp_path: Path) -> None:
    sheet = mawar_sheet(tmp_path)
    window.desk.today = lambda: date(2026, 3, 1)
    window.start.start_from_paper()
    dialog = window.start.dialog
    assert isinstance(dialog, PaperBookDialog)
    wrong = tmp_path / "salah.xlsx"
    workbook = load_workbook(sheet)
    workbook["Dana bergulir"]["B5"] = 5_000_000
    workbook["Anggota"]["B3"] = None
    workbook.save(wrong)
    dialog.load(wrong)
    assert dialog.problems.isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    found = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(f.startswith("Anggota, baris 3, kolom Nama") for f in found)
    assert any(f.startswith("Dana bergulir, baris 2") and "selisih Rp 50.000" in f for f in found)
    dialog.load(sheet)
    assert dialog.save_button.isEnabled() and dialog.neraca.isVisibleTo(dialog)
    assert "5 anggota, 3 pinjaman berjalan, saldo awal per 28 Februari 2026" in dialog.status.text()
    rows = {dialog.neraca.item(r, 0).text(): dialog.neraca.item(r, 1).text() for r in range(dialog.neraca.rowCount())}
    assert rows["Kas dana bergulir"] == "Rp 5.050.000" and "Modal awal (saldo pembukaan)" in rows
    dialog.save()
    assert window.start.groups.count() == 1 and window.start.groups.item(0).text() == "KUBE Mawar"
    assert book.state("KUBE Mawar", "2026-03-01")["grant"]["cash"] == 5_050_000
