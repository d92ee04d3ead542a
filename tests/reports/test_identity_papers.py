"""Rules §3a on paper: a member's NIK and No. KK are printed in full on her own papers (her Rekening Anggota)
and nowhere else in full — the group's papers do not carry them, the pemetaan masks them."""

from __future__ import annotations

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
