"""Every statement of the Mawar worked example, read back from the PDF and checked against ``kasbuku state``."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from kasbuku import db
from kasbuku.formatting import rupiah
from ledger import services
from ledger.model.errors import Refusal
from tests.reports.helpers import MAWAR, build, pdf_lines, pdf_pages, pdf_reader


@pytest.fixture(scope="module")
def feb(mawar: Engine) -> dict[str, Any]:
    with db.session(mawar) as sess:
        return services.state(sess, MAWAR, date(2026, 2, 28))


def test_monthly_statement_shows_the_state_of_february(mawar: Engine, feb: dict[str, Any]) -> None:
    statement = build(mawar, "bulanan")
    assert statement.period == "2026-02"  # the latest closed month
    lines = pdf_lines(statement.pdf)
    members = feb["members"]
    assert f"Saldo akhir 28 Februari 2026 {rupiah(feb['cash'])}" in lines
    assert f"Pendapatan jasa pinjaman {rupiah(feb['income']['jasa'])} Rp 82.500" in lines
    for code, member in members.items():
        s = member["savings"]
        assert (f"{code} {member['name']} {rupiah(s['pokok'])} {rupiah(s['wajib'])} – "
                f"{rupiah(sum(s.values()))} –") in lines
        for loan in member["loans"]:
            assert any(line.startswith(f"{loan['loan']} {code} {member['name']} Bergulir")
                       and rupiah(loan["principal_outstanding"]) in line for line in lines)
    assert f"Februari 2026 M2 Nurhayati M1 Siti Aminah {rupiah(members['M1']['tr_is_owed'])}" in lines
    assert f"Jumlah {rupiah(members['M2']['tr_owes'])}" in lines
    assert f"Kas dana bergulir {rupiah(feb['grant']['cash'])}" in lines
    assert f"Pinjaman dana bergulir beredar {rupiah(feb['grant']['loans_outstanding'])}" in lines
    assert "JUMLAH ASET Rp 10.512.500 Rp 10.150.000" in lines
    assert "Pendamping Ketua Bendahara" in lines


def test_cash_book_lists_every_movement(mawar: Engine, feb: dict[str, Any]) -> None:
    lines = pdf_lines(build(mawar, "kas", month="2026-02").pdf)
    assert "Saldo awal 1 Februari 2026 Rp 4.650.000" in lines
    assert "15/02/2026 22 Angsuran pinjaman L1 — M1 Siti Aminah Rp 230.000 – Rp 4.880.000" in lines
    assert f"Jumlah bulan ini dan saldo akhir Rp 682.500 Rp 0 {rupiah(feb['cash'])}" in lines


def test_member_accounts_one_page_each(mawar: Engine) -> None:
    pages = pdf_pages(build(mawar, "anggota", month="2026-02").pdf)
    assert len(pages) == 5
    m2 = pages[1]
    assert "Anggota : M2 Nurhayati" in m2 and "Saldo akhir Rp 20.000 Rp 20.000 Rp 0 Rp 40.000" in m2
    assert "Utang tanggung renteng" in m2 and "Jumlah Rp 230.000 Rp 230.000" in m2
    assert "Februari 2026 Rp 230.000 Rp 230.000" in m2  # the cover's month, what it paid, what is still owed
    assert "Tanggung renteng yang ia bayar untuk anggota lain" in pages[0]
    assert "Februari 2026 M2 Nurhayati (tunai) Rp 57.500 Rp 57.500" in pages[0]


def test_loan_cards_for_all_loans_or_one(mawar: Engine) -> None:
    pages = pdf_pages(build(mawar, "angsuran", month="2026-02").pdf)
    assert len(pages) == 3 and all("Kartu Angsuran" in p for p in pages)
    l2 = pdf_lines(build(mawar, "angsuran", month="2026-03", loan="L2").pdf)
    assert "1 15/02/2026 Rp 200.000 Rp 30.000 Rp 230.000 Rp 230.000 –" in l2  # paid by the TR cover:
    assert l2[l2.index("1 15/02/2026 Rp 200.000 Rp 30.000 Rp 230.000 Rp 230.000 –") - 1] == "Ditanggung renteng"
    assert "2 15/03/2026 Rp 200.000 Rp 30.000 Rp 230.000 Rp 230.000 – Lunas 15/03/2026" in l2
    # her March payment went to her TR debt first, back to the four coverers' sukarela, and it says so
    assert "15/03/2026 Rp 200.000 Rp 30.000 Rp 230.000 Rp 1.600.000" in l2
    assert "Angsuran pinjaman L2; Rp 230.000 untuk" in l2
    assert "Jumlah Rp 400.000 Rp 60.000 Rp 230.000 Rp 1.600.000" in l2
    with pytest.raises(Refusal, match="pinjaman L9 tidak dikenal"):
        build(mawar, "angsuran", loan="L9")


def test_grant_report(mawar: Engine, feb: dict[str, Any]) -> None:
    lines = pdf_lines(build(mawar, "bergulir").pdf)
    assert f"Hibah diterima {rupiah(feb['grant']['received'])}" in lines
    assert "Jumlah kas + pinjaman beredar Rp 10.000.000" in lines
    assert "10/01/2026 Kementerian Sosial (BLPS) BLPS-001/2026 Rp 10.000.000" in lines
    assert "1 15/01/2026 M2 Nurhayati L2 Rp 2.000.000 Rp 1.800.000 Berjalan" in lines


def test_meeting_sheet_is_landscape_for_the_open_month(mawar: Engine) -> None:
    statement = build(mawar, "setoran")
    assert statement.period == "2026-03"  # the month after the latest closed one
    box = pdf_reader(statement.pdf).pages[0].mediabox
    assert box.width > box.height
    lines = pdf_lines(statement.pdf)
    assert "1 M1 Siti Aminah Rp 10.000 – L1 Rp 230.000 – – Rp 240.000" in lines
    assert "Jumlah Rp 50.000 Rp 0 Rp 402.500 Rp 0 Rp 0 Rp 452.500" in lines


def test_receipt_has_the_amount_in_words(mawar: Engine) -> None:
    lines = pdf_lines(build(mawar, "kuitansi", seq=30).pdf)
    assert "Uang sejumlah : Empat ratus enam puluh ribu rupiah" in lines
    assert "Telah terima dari : M2 Nurhayati" in lines and "Rp 460.000" in lines
    assert "Utang tanggung renteng Rp 230.000" in lines


def test_shu_statement(mawar: Engine) -> None:
    lines = pdf_lines(build(mawar, "shu", year=2026).pdf)
    assert "Sisa hasil usaha Rp 82.500" in lines and "Jumlah Rp 82.500" in lines  # closed months only
    assert "Jasa pinjaman anggota 25 % Rp 20.600" in lines


def test_font_is_embedded_and_pages_are_numbered(mawar: Engine) -> None:
    pdf = build(mawar, "bulanan").pdf
    fonts = {str(f["/BaseFont"]) for page in pdf_reader(pdf).pages
             for f in (page["/Resources"]["/Font"][k].get_object() for k in page["/Resources"]["/Font"])}
    assert any(name.endswith("+DejaVuSans") for name in fonts)
    assert not any("Helvetica" in name for name in fonts)
    pages = pdf_pages(pdf)
    assert all(f"Halaman {n} dari {len(pages)}" in p for n, p in enumerate(pages, start=1))
    assert "Dicetak 20 Maret 2026 dengan kasbuku" in pages[0]


def test_same_book_gives_the_same_bytes(mawar: Engine) -> None:
    assert build(mawar, "bulanan").pdf == build(mawar, "bulanan").pdf


def test_meeting_sheet_of_a_closed_month_is_its_archive(mawar: Engine) -> None:
    """February is closed: the sheet shows what was due on 1 February and what each member paid in it,
    not the zeros left after the payments."""
    lines = pdf_lines(build(mawar, "setoran", month="2026-02").pdf)
    assert "Pertemuan bulan Februari 2026 · arsip sampai 28 Februari 2026" in lines
    assert ("1 M1 Siti Aminah Rp 10.000 – L1 Rp 230.000 – – Rp 240.000 Rp 10.000 Rp 230.000 – – 15/02"
            in lines)
    assert "2 M2 Nurhayati Rp 10.000 – L2 Rp 230.000 – – Rp 240.000 Rp 10.000 – – – 15/02" in lines
    assert "Jumlah Rp 50.000 Rp 0 Rp 632.500 Rp 0 Rp 0 Rp 682.500 Rp 50.000 Rp 402.500 Rp 0 Rp 0" in lines
    march = pdf_lines(build(mawar, "setoran", month="2026-03").pdf)  # still open: columns to write in
    assert "1 M1 Siti Aminah Rp 10.000 – L1 Rp 230.000 – – Rp 240.000" in march


def test_signature_date_is_the_period_end_or_the_date_picked(mawar: Engine) -> None:
    lines = pdf_lines(build(mawar, "kas", month="2026-02").pdf)  # printed on 20 March
    assert "28 Februari 2026" in lines and "20 Maret 2026" not in lines
    picked = pdf_lines(build(mawar, "kas", month="2026-02", signed_on=date(2026, 3, 2)).pdf)
    assert "2 Maret 2026" in picked


def test_rates_are_written_with_a_space_before_the_percent_sign(mawar: Engine) -> None:
    lines = pdf_lines(build(mawar, "angsuran", loan="L1").pdf)
    assert any("Jasa : 1,5 % per bulan" in line for line in lines)
