"""The group's whole economy on the statements (issue 9): usaha kelompok, dana sosial, inventaris and
pendampingan on the monthly statement, the Daftar Inventaris Kelompok, and the neraca's one line of business
profit, read back from the PDFs and checked against ``kasbuku state``."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from kasbuku import db
from kasbuku.formatting import rupiah
from ledger import services
from ledger.model.journal import Ledger
from ledger.views.statements import economy as e
from ledger.views.statements import inventory as inv
from ledger.views.statements.common import StatementMismatch
from ledger.views.statements.position import balance_sheet
from tests.reports.helpers import (
    BAHARI,
    MAWAR,
    apply,
    book_at,
    build,
    ev,
    pdf_lines,
    pdf_pages,
    pdf_reader,
    two_members,
)

FEB = date(2026, 2, 28)


@pytest.fixture(scope="module")
def feb(bahari: Engine) -> dict[str, Any]:
    with db.session(bahari) as sess:
        return services.state(sess, BAHARI, FEB)


def test_business_figures_agree_with_the_state(bahari: Engine, feb: dict[str, Any]) -> None:
    report = e.business_report(book_at(bahari, BAHARI, "2026-02"), "2026-02")
    assert report is not None
    assert report.month == e.BusinessPeriod(sales=200_000, purchases=80_000, costs=0, profit=120_000,
                                            distributed=80_000)
    business = feb["business"]
    assert (report.year.sales, report.year.purchases, report.year.costs, report.year.profit) == (
        business["sales"], business["purchases"], business["costs"], business["profit"])
    assert (report.undistributed, report.cash, report.capital) == (business["undistributed"], business["cash"],
                                                                   100_000)


def test_social_fund_month_agrees_with_the_state(bahari: Engine, feb: dict[str, Any]) -> None:
    fund = e.social_fund(book_at(bahari, BAHARI, "2026-02"), "2026-02")
    assert fund is not None
    assert (fund.opening, fund.total_in, fund.total_out, fund.closing) == (30_000, 20_000, 25_000,
                                                                           feb["social_fund"])
    assert [ln.text for ln in fund.lines] == ["Bagian dana sosial dari laba usaha kelompok",
                                              "Santunan dana sosial: duka — M2 Budi"]


def test_inventaris_and_follow_ups_agree_with_the_state(bahari: Engine, feb: dict[str, Any]) -> None:
    book = book_at(bahari, BAHARI, "2026-02")
    listing = inv.asset_list(book, FEB)
    assert [(r.code, r.holder, r.condition) for r in listing.held] == [
        (a["asset"], "M1 Ani" if a["holder"] == "M1" else "Kelompok", a["condition"])
        for a in feb["assets"] if not a["disposed"]]
    assert [(r.code, r.disposed, r.sold_for) for r in listing.gone] == [("GR1", "dijual", 300_000)]
    watch = inv.asset_watch(book, "2026-02")
    assert watch is not None and watch.unchecked == [] == feb["assets_unchecked"]
    assert [(r.code, r.disposed) for r in watch.lost] == [("GR1", "dijual"), ("K1", "")]
    assert watch.lost_this_month == 2
    visits = e.pendampingan(book, FEB)
    assert [(f.id, f.what, f.overdue) for f in visits.open] == [
        (f["id"], f["what"], f["overdue"]) for f in feb["followups_open"]]
    assert (visits.last_visit, visits.facilitator) == (date(2026, 2, 3), "Ibu Yanti")


def test_monthly_statement_shows_the_whole_economy(bahari: Engine, feb: dict[str, Any]) -> None:
    lines = pdf_lines(build(bahari, "bulanan", BAHARI).pdf)
    business = feb["business"]
    expected = [
        "Pendapatan dan beban simpan pinjam kelompok; sisa hasil usaha ini yang dibagi sebagai SHU akhir tahun. "
        "Usaha bersama", "Penjualan inventaris Rp 300.000 Rp 300.000", "Sisa hasil usaha Rp 300.000 Rp 300.000",
        f"Penjualan Rp 200.000 {rupiah(business['sales'])}", "Pembelian bahan Rp 80.000 Rp 130.000",
        "Biaya usaha Rp 0 Rp 10.000", f"Laba (rugi) usaha Rp 120.000 {rupiah(business['profit'])}",
        "Laba yang dibagi (anggota, cadangan, dana sosial) Rp 80.000 Rp 80.000",
        "Modal usaha dari kas kelompok Rp 100.000",
        f"Laba usaha yang belum dibagi {rupiah(business['undistributed'])}",
        f"Kas usaha kelompok 28 Februari 2026 {rupiah(business['cash'])}",
        "Saldo awal 1 Februari 2026 Rp 30.000", "Keluar bulan ini (santunan) Rp 25.000",
        f"Saldo akhir 28 Februari 2026 {rupiah(feb['social_fund'])}",
        "21/02/2026 21 Santunan dana sosial: duka — M2 Budi – Rp 25.000",
        "Inventaris (peralatan dan mesin) Rp 3.250.000 Rp 4.050.000",
        "Jumlah aset tidak lancar Rp 3.250.000 Rp 4.050.000",
        f"Laba usaha kelompok {rupiah(business['undistributed'])} Rp 60.000",
        "SHU belum dibagi tahun 2026 Rp 300.000 Rp 0", "JUMLAH ASET Rp 3.985.000 Rp 4.390.000",
        "Tercatat 2 jenis barang, nilai saat diterima Rp 3.250.000 (rincian: laporan Daftar Inventaris Kelompok).",
        "Semua inventaris sudah dicek dalam 6 bulan terakhir.", "Bulan ini: 2 barang; sejak awal: 2 barang.",
        "15/02/2026 GR1 Gerobak Kelompok Dijual diganti baru Rp 300.000",
        "07/02/2026 K1 Kompor Kelompok Hilang, belum dihapus – –",
        "Kunjungan terakhir: 3 Februari 2026 oleh Ibu Yanti. Yang diperiksa: buku kas, mesin jahit. Temuan: kas "
        "cocok.", "Tindak lanjut yang belum selesai pada 28 Februari 2026: 2, 1 terlambat.",
        *(f"{f['id']} {f['what']} {f['due'][8:]}/{f['due'][5:7]}/{f['due'][:4]} "
          f"{'Terlambat' if f['overdue'] else '–'}" for f in feb["followups_open"]),
        "Ibu Yanti Ani Budi"]
    assert [line for line in expected if line not in lines] == []
    assert feb["cash"] == 735_000 and f"Saldo akhir 28 Februari 2026 {rupiah(feb['cash'])}" in lines


def test_later_month_lists_items_not_checked_for_six_months(bahari: Engine) -> None:
    lines = pdf_lines(build(bahari, "bulanan", BAHARI, month="2026-08").pdf)
    assert "Bulan ini belum ditutup: angka masih dapat berubah sampai tutup buku." in lines
    assert "INV1 Mesin jahit 2 M1 Ani baik 10/01/2026" in lines and "K1 Kompor 1 Kelompok hilang 07/02/2026" in lines
    assert "Bulan ini: tidak ada; sejak awal: 2 barang." in lines
    assert "Laba yang dibagi (anggota, cadangan, dana sosial) Rp 0 Rp 80.000" in lines


def test_inventory_list(bahari: Engine) -> None:
    statement = build(bahari, "inventaris", BAHARI)
    assert statement.period == "2026-02"
    box = pdf_reader(statement.pdf).pages[0].mediabox
    assert box.width > box.height
    lines = pdf_lines(statement.pdf)
    book = book_at(bahari, BAHARI, "2026-02")
    assert [line for line in [
        "Daftar Inventaris Kelompok", "Keadaan 28 Februari 2026",
        "Barang tercatat : 2 jenis (3 buah), nilai saat diterima Rp 3.250.000",
        "Kondisi : baik 1, hilang 1", "Sudah dihapus : 1 barang",
        f"Jumlah {rupiah(book.ledger.balance('1401'))}",
        "GR1 Gerobak 1 Rp 800.000 Hibah: Baznas 10/01/2026 15/02/2026 Dijual diganti baru Rp 300.000",
        "Jumlah Rp 800.000 Rp 300.000", "Ibu Yanti Ani Budi"] if line not in lines] == []
    # long cells wrap: the row's first line holds its start, the next line the rest
    assert "INV1 Mesin jahit 2 Rp 3.000.000 10/01/2026 M1 Ani baik 10/01/2026 –" in lines
    assert "Hibah: Dinas Sosial ·" in lines and "BAST-7/2026" in lines
    assert "K1 Kompor 1 Rp 250.000 Dibeli: Toko Jaya 12/01/2026 Kelompok hilang 07/02/2026" in lines
    assert "Hilang: laporkan" in lines and "ke pendamping" in lines


def test_a_group_without_the_economy_says_so(mawar: Engine) -> None:
    lines = pdf_lines(build(mawar, "bulanan").pdf)
    for line in ("Kelompok belum mencatat usaha bersama.", "Kelompok belum mempunyai dana sosial.",
                 "Kelompok belum mempunyai inventaris.", "Belum ada kunjungan pendamping yang tercatat.",
                 "Tidak ada tindak lanjut yang masih terbuka."):
        assert line in lines
    inventory = pdf_pages(build(mawar, "inventaris", MAWAR).pdf)
    assert len(inventory) == 1 and "Kelompok belum mempunyai inventaris." in inventory[0]


def test_neraca_keeps_business_profit_in_one_line_across_the_year_end(small: Engine) -> None:
    """Shared profit is debited to Laba usaha kelompok before the year closes into it: the neraca shows
    what is left to share (never a negative account next to a result that holds the business's profit)."""
    two_members(small)
    apply(small, ev("business.sale", "2026-03-02", amount=90_000, category="kerupuk"),
          ev("business.distribute", "2026-03-03", members=40_000),
          ev("cash.in", "2026-03-04", amount=100_000, category="sumbangan"),
          *(ev("month.close", f"2026-{m:02d}-28", month=f"2026-{m:02d}") for m in range(3, 13)),
          ev("shu.allocate", "2027-01-02", year=2026),
          ev("business.sale", "2027-01-05", amount=10_000, category="kerupuk"))
    book = book_at(small, "G", "2026-03")
    assert book.ledger.credit_balance("3501") == -40_000  # what was shared, before any year closed into it
    march = balance_sheet(book, date(2026, 3, 31))
    equity = {ln.name: ln.amount for ln in march.claims[1].lines}
    assert equity["Laba usaha kelompok"] == 50_000
    assert equity["SHU belum dibagi tahun 2026"] == 65_000  # the savings-and-loan side only
    book = book_at(small, "G", "2027-01")
    assert book.ledger.credit_balance("3501") == 50_000  # 2026's profit closed into it, less what was shared
    january = balance_sheet(book, date(2027, 1, 31))
    equity = {ln.name: (ln.amount, ln.before) for ln in january.claims[1].lines}
    assert equity["Laba usaha kelompok"] == (60_000, 50_000)
    assert equity["SHU belum dibagi tahun 2026"] == (0, 65_000)  # allocated in January: beside December's
    assert january.total_assets == january.total_claims
    assert "Laba usaha kelompok Rp 60.000" in " ".join(pdf_lines(build(small, "bulanan", "G", month="2027-01").pdf))


def test_a_social_fund_that_does_not_add_up_is_refused(bahari: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    book = book_at(bahari, BAHARI, "2026-02")
    real = Ledger.balance
    monkeypatch.setattr(Ledger, "balance", lambda self, account: real(self, account) + (account == "1105"))
    with pytest.raises(StatementMismatch, match=r"kas dana sosial Rp 25\.000 berbeda dari jurnal Rp 25\.001"):
        e.social_fund(book, "2026-02")
