"""Small scenarios the worked example does not reach: wajib arrears on the meeting sheet, a pay-out
receipt, a void receipt, and the SHU of a year with a loss."""

from __future__ import annotations

from sqlalchemy import Engine

from ledger.views.statements import member as m
from ledger.views.statements import year as y
from ledger.views.statements.receipt import receipt
from tests.reports.helpers import MAWAR, apply, book_at, build, ev, pdf_lines, two_members


def test_meeting_sheet_shows_wajib_arrears(small: Engine) -> None:
    two_members(small)
    rows = {r.member: r for r in m.meeting_sheet(book_at(small, "G", "2026-03"), "2026-03").rows}
    assert (rows["M1"].wajib_month, rows["M1"].wajib_arrears) == (10_000, 0)
    assert (rows["M2"].wajib_month, rows["M2"].wajib_arrears, rows["M2"].total) == (10_000, 10_000, 20_000)
    lines = pdf_lines(build(small, "setoran", "G").pdf)
    assert "2 M2 Budi Rp 10.000 Rp 10.000 – – – – Rp 20.000" in lines


def test_pay_out_receipt_and_officers_sign(small: Engine) -> None:
    two_members(small)
    book = book_at(small, "G")
    seq = next(s for s, a in book.applied.items() if a.event.type == "savings.withdraw")
    lines = pdf_lines(build(small, "kuitansi", "G", seq=seq).pdf)
    assert "Telah dibayarkan kepada : M1 Ani" in lines and "Uang sejumlah : Dua puluh ribu rupiah" in lines
    assert "Kota Kupang, 10 Februari 2026" in lines and "Budi Ani" in lines  # bendahara pays, member takes


def test_receipt_of_a_reversed_deposit_is_void(small: Engine) -> None:
    two_members(small)
    apply(small, ev("reverse", "2026-03-02", ref="wajib-feb", reason="salah catat"))
    book = book_at(small, "G")
    seq = book.by_id["wajib-feb"]
    assert receipt(book, seq).cancelled
    assert "Transaksi ini sudah dibatalkan (dibalik); kuitansi ini tidak berlaku." in pdf_lines(
        build(small, "kuitansi", "G", seq=seq).pdf)


def test_shu_of_a_year_with_a_loss(small: Engine) -> None:
    two_members(small)
    s = y.shu_statement(book_at(small, "G"), 2026)
    assert s.statement.surplus == -35_000 and s.pools == [] and s.shares == []
    lines = pdf_lines(build(small, "shu", "G", year=2026).pdf)
    assert "Sisa hasil usaha -Rp 35.000" in lines and "Tidak ada sisa hasil usaha untuk dibagi tahun ini." in lines


def test_shu_of_an_allocated_year_keeps_its_percentages(small: Engine) -> None:
    """A later change of shu_pct never rewrites the report of a year already allocated (rules §9a)."""
    two_members(small)
    apply(small, ev("cash.in", "2026-03-04", amount=100_000, category="sumbangan"),
          *(ev("month.close", f"2026-{m:02d}-28", month=f"2026-{m:02d}") for m in range(3, 13)),
          ev("shu.allocate", "2027-01-02", year=2026),
          ev("group.rules", "2027-01-03", rules={"shu_pct": {"cadangan": 40, "jasa_simpanan": 40,
                                                             "jasa_pinjaman": 0, "pengurus": 10,
                                                             "pendidikan": 5, "sosial": 5}}))
    lines = pdf_lines(build(small, "shu", "G", year=2026).pdf)
    assert "Tahun 2026" in lines and "SHU tahun ini sudah dibagi dan dibukukan, dengan persentase yang berlaku " \
        "saat dibagi." in lines
    assert "Jasa simpanan anggota 20 % Rp 13.000" in lines  # 20 % of Rp 65.000, as allocated; not the new 40 %
    assert "M1 Ani Rp 50.833 – Rp 10.864 – Rp 10.864" in lines  # her base: the year's average savings


def test_shu_of_an_open_year_is_provisional_and_counts_closed_months_only(mawar: Engine) -> None:
    lines = pdf_lines(build(mawar, "shu", MAWAR, year=2026).pdf)
    assert "Tahun 2026 · sementara, sampai Februari 2026" in lines
    assert "Sisa hasil usaha Rp 82.500" in lines  # the jasa paid on 15 March (a month still open) is not in it
    assert any(line.startswith("Tiap pos dibulatkan; cadangan kelompok menerima selisih pembulatan") for line in lines)
