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
