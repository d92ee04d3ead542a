"""The paper book as a spreadsheet (issue 16.2): the template, a good sheet imported, a sheet with one of each
mistake refused with every problem in one report and nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from kasbuku import db, paperbook
from ledger import services
from ledger.views.opening import opening_from_book
from tests.conftest import EXAMPLES, Book
from tests.ledger.test_opening import shaped_as

MAWAR = EXAMPLES / "mawar"


def kasbuku(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kasbuku", *args], capture_output=True, text=True, check=False)


def lines(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (MAWAR / name).read_text().splitlines() if line.strip()]


def mawar_sheet(tmp_path: Path) -> Path:
    """KUBE Mawar's book on 28 February written as the spreadsheet a facilitator would have filled."""
    full = Book(tmp_path / "full.sqlite")
    full.apply(*lines("events-1.jsonl"))
    with db.session(full.engine) as sess:
        book = services.load_book(sess, "KUBE Mawar", date(2026, 2, 28))
    full.engine.dispose()
    assert book.created is not None
    sheet = tmp_path / "mawar.xlsx"
    paperbook.write_template(sheet, opening_from_book(book, date(2026, 2, 28)),
                             {"group": book.name, "kind": book.kind, "created": book.created},
                             {m.code: {"name": m.name} for m in book.active_members()})
    return sheet


def test_the_empty_template_has_its_sheets_examples_and_validation(tmp_path: Path) -> None:
    out = tmp_path / "buku-awal.xlsx"
    done = kasbuku("template", "--out", str(out))
    assert done.returncode == 0, done.stderr
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Petunjuk", "Kelompok", "Dana bergulir", "Anggota", "Pinjaman", "Utang TR"]
    members = workbook["Anggota"]
    assert members["A1"].value == "Kode *" and str(members["A2"].value).startswith("contoh")
    kinds = {str(v.formula1) for v in workbook["Kelompok"].data_validations.dataValidation}
    assert any("KUBE-FM" in k for k in kinds)
    assert any(v.type == "whole" for v in workbook["Pinjaman"].data_validations.dataValidation)
    # an empty template has nothing to import: it says what is missing, in Indonesian, with where
    reading = paperbook.read_template(out)
    assert "Kelompok, baris 2, kolom Nilai: wajib diisi" in reading.problems


def test_a_good_sheet_imports_and_continues_as_the_full_history(tmp_path: Path) -> None:
    sheet = mawar_sheet(tmp_path)
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    done = kasbuku("import-xlsx", str(sheet), "--db", url)
    assert done.returncode == 0, done.stderr
    assert "KUBE Mawar" in done.stdout
    opened = Book(tmp_path / "new.sqlite")
    opened.apply(*lines("events-2.jsonl"))
    want = json.loads((MAWAR / "state-2026-03-15.json").read_text())
    assert shaped_as(opened.state("KUBE Mawar", "2026-03-15"), want) == want
    opened.engine.dispose()


def test_one_of_each_mistake_is_named_at_once_and_nothing_is_written(tmp_path: Path) -> None:
    sheet = mawar_sheet(tmp_path)
    workbook = load_workbook(sheet)
    members = workbook["Anggota"]
    members["B3"] = None  # M2's name
    members["C4"] = "320101520885000"  # M3's NIK, 15 digits
    loans = workbook["Pinjaman"]
    loans["L2"] = 500_000  # L1: jasa paid beyond its schedule (10 × 30.000)
    grant = workbook["Dana bergulir"]
    grant["B5"] = 5_000_000  # the grant's cash 50.000 short of the identity
    workbook.save(sheet)
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    done = kasbuku("import-xlsx", str(sheet), "--db", url)
    assert done.returncode == 2
    report = done.stderr
    assert "Anggota, baris 3, kolom Nama: wajib diisi" in report
    assert "Anggota, baris 4, kolom NIK: NIK harus 16 angka, bukan 15 angka" in report
    assert "Pinjaman, baris 2, kolom Kode pinjaman: pinjaman L1: jasa dibayar melebihi jadwalnya" in report
    assert "Dana bergulir, baris 2, kolom Nilai: identitas dana bergulir tidak terpenuhi" in report
    assert "(selisih Rp 50.000)" in report
    assert len(report.strip().splitlines()) == 5  # the four mistakes, and nothing that follows from them
    assert "Traceback" not in report
    with db.session(db.open_engine(url)) as sess:
        assert services.list_groups(sess) == []
