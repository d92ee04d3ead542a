"""Who the members are (rules §3a): NIKs of real shape accepted, impossible ones refused with the reason,
doubles across groups named by check, NIKs masked where a paper does not need them in full."""

from __future__ import annotations

from datetime import date

import pytest

from ledger.model.errors import InvalidEvent
from ledger.model.identity import mask, nik_facts
from tests.conftest import Book, ev

TODAY = date(2026, 11, 28)


def test_a_womans_nik_carries_her_birth_day_plus_40() -> None:
    """3201 01 | 52 08 85 | 0001: Kab. Bogor (32 01), kecamatan 01, born 12 August 1985 (52 − 40), a woman."""
    facts = nik_facts("3201015208850001", TODAY)
    assert (facts.province, facts.birth_date, facts.sex) == (32, date(1985, 8, 12), "P")
    man = nik_facts("5371041203020002", TODAY)  # Kota Kupang, born 12 March 2002
    assert (man.birth_date, man.sex) == (date(2002, 3, 12), "L")


@pytest.mark.parametrize(("nik", "reason"), [
    ("320101520885000", "16 angka, bukan 15"),
    ("32010152088500a1", "16 angka"),
    ("2001015208850001", "kode provinsi 20 tidak ada"),
    ("3201017208850001", "bukan tanggal lahir"),      # day 72 − 40 = 32
    ("3201015213850001", "bukan tanggal lahir"),      # month 13
    ("3201012902230001", "bukan tanggal lahir"),      # 29 February 2023
    ("3201015208850000", "nomor urut 0000"),
    ("3200015208850001", "kabupaten/kota atau kecamatan 00"),
])
def test_an_impossible_nik_is_refused_with_its_reason(nik: str, reason: str) -> None:
    with pytest.raises(InvalidEvent, match=reason):
        nik_facts(nik, TODAY)


def test_the_member_event_checks_nik_against_sex_and_birth_date(book: Book) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE"))
    wrong_sex = ev("member.join", "2026-01-05", member="M1", name="Siti", nik="3201015208850001", sex="L")
    assert "perempuan" in book.refused(wrong_sex)
    wrong_day = ev("member.join", "2026-01-05", member="M1", name="Siti", nik="3201015208850001",
                   birth_date="1985-08-13")
    assert "12 Agustus 1985" in book.refused(wrong_day)
    book.apply(ev("member.join", "2026-01-05", member="M1", name="Siti", nik="3201015208850001", sex="P",
                  birth_date="1985-08-12", kk="3201010101090001", address="RT 02 Oesapa", phone="0812"))
    member = book.book().members["M1"]
    assert member.identity["nik"] == "3201015208850001" and member.identity["kk"] == "3201010101090001"


def test_a_nik_in_two_groups_is_allowed_and_named_by_check_masked(book: Book) -> None:
    nik = "5371045208850003"
    book.apply(ev("group.create", "2026-01-05", group="A", kind="KUBE"),
               ev("member.join", "2026-01-05", group="A", member="M1", name="Ruth", nik=nik),
               ev("group.create", "2026-01-05", group="B", kind="KUBE"),
               ev("member.join", "2026-01-05", group="B", member="M4", name="Ruth N.", nik=nik))
    findings = book.check()
    assert findings == ["NIK ganda 5371••••••••0003: A (M1 Ruth), B (M4 Ruth N.)"]
    assert nik not in " ".join(findings)
    book.apply(ev("member.leave", "2026-01-06", group="B", member="M4"))
    assert book.check() == []


def test_mask_keeps_four_digits_each_side() -> None:
    assert mask("3201015208850001") == "3201••••••••0001"


def test_the_pemetaan_names_a_double_nik_masked(book: Book) -> None:
    """Rules §3a: the Dinas sees the doubles on the pemetaan, never the full NIK."""
    from kasbuku import db
    from ledger import services
    from reports import mapping
    from tests.reports.helpers import pdf_lines

    nik = "5371045208850003"
    book.apply(ev("group.create", "2026-01-05", group="A", kind="KUBE"),
               ev("member.join", "2026-01-05", group="A", member="M1", name="Ruth", nik=nik),
               ev("group.create", "2026-01-05", group="B", kind="KUBE"),
               ev("member.join", "2026-01-05", group="B", member="M4", name="Ruth N.", nik=nik))
    on = date(2026, 1, 31)
    with db.session(book.engine) as sess:
        rows, links = services.mapping(sess, on)
        doubles = services.double_niks_as_of(sess, on)
    text = " ".join(pdf_lines(mapping.build(rows, links, "Dinas Sosial Kota Kupang", on, on, doubles)))
    assert "NIK ganda" in text and "5371••••••••0003: A (M1 Ruth), B (M4 Ruth N.)" in text
    assert nik not in text
