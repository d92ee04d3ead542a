"""Pemetaan for the office (issue 9.4): counts by sector and need per kecamatan, linkages, read back."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber

from kasbuku import db
from ledger import services
from tests.conftest import ev, group_with_members


def test_counts_use_each_members_latest_assessment(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=3)
    book.apply(ev("group.create", "2026-01-05", group="H", kind="KK", address={"kecamatan": "Alak"}),
               ev("member.join", "2026-01-05", group="H", member="H1", name="Ibu Hana"),
               ev("member.profile", "2026-01-10", member="M1", sector="jasa", needs=["keterampilan"]),
               ev("member.profile", "2026-06-10", member="M1", sector="perdagangan", needs=["permodalan"]),
               ev("member.profile", "2026-01-10", member="M2", sector="perdagangan", needs=["permodalan", "perizinan"]),
               ev("member.profile", "2026-01-10", group="H", member="H1", sector="perikanan"),
               ev("member.linkage", "2026-02-01", member="M2", partner="Bank NTT", status="diusulkan"))
    with db.session(book.engine) as sess:
        rows, links = services.mapping(sess, date(2026, 7, 1))
    none, alak, total = rows  # "(tanpa kecamatan)" sorts first
    assert (alak.kecamatan, alak.assessed, alak.sectors["perikanan"]) == ("Alak", 1, 1)
    assert none.sectors["perdagangan"] == 2 and none.sectors["jasa"] == 0 and none.needs["permodalan"] == 2
    assert total.assessed == 3 and total.needs["keterampilan"] == 0
    assert [(r.member, r.partner, r.status) for r in links] == [("M2", "Bank NTT", "diusulkan")]
    out = tmp_path / "pemetaan.pdf"
    result = subprocess.run([sys.executable, "-m", "kasbuku", "report", "pemetaan", "--all", "--month", "2026-06",
                             "--out", str(out), "--db", book.url], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        words = pdf.pages[0].extract_text()
    assert "Pemetaan Usaha dan Kebutuhan Anggota" in words and "Bank NTT" in words and "30 Juni 2026" in words


def test_office_rekap_and_pemetaan_carry_the_office_open_tr_debt_status_and_signatures(book: Any,
                                                                                        tmp_path: Path) -> None:
    """The office's name is a book setting; the rekap PDF shows open TR debt (beside PAR30) and a status
    for every group; the pemetaan heads each group's linkages; both end with a signature block."""
    def kasbuku(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kasbuku", *args, "--db", book.url], capture_output=True,
                              text=True, check=False)

    group_with_members(book, n=5)
    book.apply(ev("grant.receive", "2026-01-06", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-10", member="M1", loan="PJM-2026-0001", principal=1_000_000,
                  fund="grant"),
               ev("member.linkage", "2026-01-20", member="M2", partner="Bank NTT", status="diusulkan"),
               ev("month.close", "2026-01-31", month="2026-01"), ev("month.close", "2026-02-28", month="2026-02"))
    assert kasbuku("settings").stdout.strip() == "kantor: (belum diisi)"
    assert kasbuku("settings", "--office", "Dinas Sosial Kota Kupang").returncode == 0
    assert kasbuku("settings", "--office", " ").returncode == 2
    for kind in ("rekap", "pemetaan"):
        assert kasbuku("report", kind, "--all", "--month", "2026-02", "--out", str(tmp_path / f"{kind}.pdf")
                       ).returncode == 0
    with pdfplumber.open(tmp_path / "rekap.pdf") as pdf:
        rekap = " ".join(pdf.pages[-1].extract_text().split())
    assert rekap.startswith("Dinas Sosial Kota Kupang Rekapitulasi Kelompok Binaan")
    assert "G (KUBE) 5 100.000 5.000.000 900.000 0 0 900.000 115.000 0,00 %" in rekap  # open TR: Feb's cover
    assert "sudah tutup" in rekap and "1/1 tutup" in rekap
    assert "Mengetahui, Petugas / Pendamping Kepala Dinas Sosial Kota Kupang" in rekap and "28 Februari 2026" in rekap
    with pdfplumber.open(tmp_path / "pemetaan.pdf") as pdf:
        mapping = " ".join(pdf.pages[-1].extract_text().split())
    assert "Sejak G M2 Anggota 2 Bank NTT diusulkan 20/01/2026" in mapping  # under its group's heading
    assert "Mengetahui, Petugas / Pendamping Kepala Dinas Sosial Kota Kupang" in mapping
