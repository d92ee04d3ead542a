"""The SHU paper of a group's own rules (rules §9a, issue 17.3/17.4): its own pools by name, the bases the
year was allocated by in the member table, and the joint business said to be outside the SHU."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Book, ev
from tests.ledger.test_shu import year_2026
from tests.reports.helpers import build, pdf_lines


def test_an_allocated_year_prints_its_own_pools_and_bases(tmp_path: Path) -> None:
    book = Book(tmp_path / "shu.sqlite")
    year_2026(book, shu_savings_basis="year_end", shu_loan_basis="borrowed")
    book.apply(ev("shu.allocate", "2027-01-02", year=2026),
               ev("group.rules", "2027-01-03", rules={"shu_pct": {"cadangan": 100}}))  # rewrites nothing
    text = " ".join(pdf_lines(build(book.engine, "shu", "G", year=2026).pdf))
    assert "Dana wilayah kerja 20 % Rp 201.500" in text
    assert "Cadangan kelompok 30 % Rp 302.200" in text
    assert "Simpanan 31 Pokok" in text and "Des dipinjam" in text  # the headings, two lines each
    assert "simpanan pada 31 Desember" in text and "pokok pinjaman yang diterima tahun ini" in text
    assert "Usaha bersama kelompok tidak termasuk SHU ini" in text
    assert "M1 Anggota 1 Rp 120.000 Rp 100.000 Rp 139.524 Rp 67.167" in text
    book.engine.dispose()
