"""Rules §3a on paper: a member's NIK and No. KK are printed in full on her own papers (her Rekening Anggota)
and nowhere else in full — the group's papers do not carry them, the pemetaan masks them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kasbuku import db
from kasbuku.cli import main
from ledger import services
from tests.conftest import Book, ev
from tests.reports.helpers import build, pdf_pages

NIK, KK = "3201015208850001", "3201010101090001"


def test_her_nik_in_full_only_on_her_own_page(book: Book) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE"),
               ev("member.join", "2026-01-05", member="M1", name="Siti", nik=NIK, kk=KK, sex="P"),
               ev("member.join", "2026-01-05", member="M2", name="Ani"),
               *(ev("savings.deposit", "2026-01-06", member=m, product="pokok", amount=20_000) for m in ("M1", "M2")),
               ev("month.close", "2026-01-31", month="2026-01"))
    pages = pdf_pages(build(book.engine, "anggota", group="G", month="2026-01").pdf)
    assert len(pages) == 2
    assert f"NIK : {NIK}" in pages[0] and f"No. KK : {KK}" in pages[0]
    assert "NIK" not in pages[1]  # Ani's page: she gave none, and Siti's is not on it
    for kind in ("bulanan", "kas", "setoran"):
        text = "\n".join(pdf_pages(build(book.engine, kind, group="G", month="2026-01").pdf))
        assert NIK not in text and KK not in text


def test_the_office_rekap_names_a_nik_held_in_two_groups(book: Book, tmp_path: Path) -> None:
    """Rules §3a: one household, one KUBE — a NIK held by active members of two groups is named on the office's
    rekap, masked; a member who left no longer counts; read from the groups' membership events alone."""
    book.apply(ev("group.create", "2026-01-05", kind="KUBE"),
               ev("member.join", "2026-01-05", member="M1", name="Siti", nik=NIK),
               ev("group.create", "2026-01-05", group="H", kind="KUsiAPP"),
               ev("member.join", "2026-01-06", group="H", member="H1", name="Siti A.", nik=NIK),
               ev("member.join", "2026-01-06", group="H", member="H2", name="Ani", nik="3201014101900002"),
               ev("member.join", "2026-01-06", member="M2", name="Ani", nik="3201014101900002"),
               ev("member.leave", "2026-01-20", member="M2"))
    out = tmp_path / "rekap.pdf"
    assert main(["report", "rekap", "--all", "--month", "2026-01", "--db", book.url, "--out", str(out)]) == 0
    text = " ".join(" ".join(pdf_pages(out.read_bytes())).split())
    assert "NIK ganda" in text and "3201••••••••0001: G (M1 Siti), H (H1 Siti A.)" in text
    assert NIK not in text and "0002" not in text  # Ani left G: her NIK is in one group only
    with db.session(book.engine) as sess:
        assert services.double_niks_as_of(sess, date(2026, 1, 5)) == []  # H1 joined on the 6th
