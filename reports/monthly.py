"""Laporan Bulanan Kelompok (``bulanan``): cash, savings, loans and arrears, tanggung renteng, dana
bergulir, the savings-and-loan result, usaha kelompok, dana sosial, the balance sheet (neraca),
inventaris to look at, and the facilitator's open follow-ups."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from kasbuku.formatting import bulan, rupiah, tanggal, tanggal_pendek
from ledger.model.calendar import month_end, month_start
from ledger.model.labels import FUND_SHORT_NAMES
from ledger.model.loans import KOLEKTIBILITAS_NAMES
from ledger.rules.book import GroupBook
from ledger.views.cashbook import CashBook, cash_book
from ledger.views.queries import par30, percent_text
from ledger.views.statements import group as g
from ledger.views.statements.common import group_info, listed
from ledger.views.statements.economy import business_report, pendampingan, social_fund
from ledger.views.statements.inventory import asset_watch
from ledger.views.statements.position import balance_sheet
from reports import economy
from reports.document import Document
from reports.flowables import (
    Column,
    block,
    header,
    money_table,
    open_month_note,
    section,
    signature_block,
    summary,
    text,
)

SAVINGS = (Column("Kode", 12), Column("Nama anggota", 44), Column("Pokok", 24, "money"),
           Column("Wajib", 24, "money"), Column("Sukarela", 24, "sparse"), Column("Jumlah", 27, "money"),
           Column("Tunggakan wajib", 27, "sparse"))
LOANS = (Column("Kode", 24), Column("Anggota", 33), Column("Dana", 15), Column("Pokok pinjaman", 25, "money"),
         Column("Sisa pokok", 25, "money"), Column("Tunggakan", 23, "sparse"), Column("Hari", 10, "number"),
         Column("Kolektibilitas", 27))
TR_COVERS = (Column("Penunggak", 40), Column("Ditanggung", 25, "money"), Column("Ditanggung oleh", 117))
TR_DEBTS = (Column("Tutup bulan", 28), Column("Yang berutang", 62), Column("Berutang kepada", 62),
            Column("Sisa utang", 30, "money"))
INCOME = (Column("Uraian", 104), Column("Bulan ini", 38, "money"), Column("Sejak awal tahun", 40, "money"))


def cash_part(cash: CashBook) -> list[Flowable]:
    return [block("1. Kas", summary([(f"Saldo awal {tanggal(month_start(cash.month))}", cash.opening),
                                     ("Uang masuk bulan ini", cash.total_in), ("Uang keluar bulan ini", cash.total_out),
                                     (f"Saldo akhir {tanggal(month_end(cash.month))}", cash.closing)]))]


def savings_part(rows: list[g.SavingsRow]) -> list[Flowable]:
    data = [[r.code, r.name, r.pokok, r.wajib, r.sukarela, r.total, r.wajib_arrears] for r in rows]
    total = ["", "Jumlah", *(sum(getattr(r, f) for r in rows)
                             for f in ("pokok", "wajib", "sukarela", "total", "wajib_arrears"))]
    return [section("2. Simpanan anggota"), money_table(SAVINGS, data, total)]


def loans_part(book: GroupBook, on: date) -> list[Flowable]:
    rows = g.loan_table(book, on)
    data = [[r.code, f"{r.member} {r.name}", FUND_SHORT_NAMES[r.fund], r.principal, r.outstanding, r.arrears,
             r.days_past_due, f"{r.kolektibilitas} {KOLEKTIBILITAS_NAMES[r.kolektibilitas]}"] for r in rows]
    total = ["", "Jumlah", "", sum(r.principal for r in rows), sum(r.outstanding for r in rows),
             sum(r.arrears for r in rows), None, ""]
    at_risk, outstanding = par30(book, on)
    par = (f"PAR30 (sisa pokok pinjaman yang menunggak lebih dari 30 hari): {rupiah(at_risk)} dari "
           f"{rupiah(outstanding)} = {percent_text(at_risk, outstanding).replace('.', ',')} %")
    return [section("3. Pinjaman beredar dan tunggakan"),
            money_table(LOANS, data, total, empty="Tidak ada pinjaman yang berjalan."), text(par, "note")]


def tr_part(book: GroupBook, month: str) -> list[Flowable]:
    covers = [[c.defaulter, c.amount, listed([(s.coverer, s.amount, s.source) for s in c.shares])]
              for c in g.tr_covers(book, month)]
    debts = g.tr_debts(book)
    return [section("4. Tanggung renteng"),
            text(f"Penanggungan pada tutup buku {bulan(month)}:", "body"),
            money_table(TR_COVERS, covers, empty="Tidak ada penanggungan bulan ini."),
            text("Utang tanggung renteng yang belum lunas:", "body"),
            money_table(TR_DEBTS, [[bulan(d.month), d.defaulter, d.creditor, d.owed] for d in debts],
                        ["", "Jumlah", "", sum(d.owed for d in debts)] if debts else None,
                        empty="Tidak ada utang tanggung renteng.")]


def grant_part(book: GroupBook) -> list[Flowable]:
    p = g.grant_position(book)
    pairs = [("Hibah diterima", p.received), ("Dipinjamkan kepada anggota (seluruhnya)", p.lent),
             ("Pokok yang sudah kembali", p.repaid), ("Dihapusbukukan", p.written_off),
             ("Digulirkan ke kelompok/penerima lain", p.passed_on), ("Kas dana bergulir", p.cash),
             ("Pinjaman dana bergulir beredar", p.loans_outstanding),
             ("Dana bergulir (kas + pinjaman beredar)", p.cash + p.loans_outstanding)]
    notes = [f"Putaran ke-{p.round}. Menunggu giliran: {', '.join(p.waiting) or 'tidak ada'}."]
    if p.to_pass_on:
        due = f" paling lambat {tanggal(p.pass_on_due)}" if p.pass_on_due else ""
        notes.append(f"Masih harus digulirkan: {rupiah(p.to_pass_on)}{due}.")
    return [block("5. Dana bergulir", summary(pairs), *(text(n, "note") for n in notes))]


def income_part(book: GroupBook, month: str) -> list[Flowable]:
    """Income, then the costs below it, each with its own total; the month beside the year to date."""
    end = month_end(month)
    now = g.income_between(book, month_start(month), end)
    year = g.income_between(book, date(end.year, 1, 1), end)
    month_of = {ln.name: ln.amount for ln in now.income + now.costs}
    rows: list[list[object]] = [["Pendapatan", None, None]]
    rows += [[f"   {ln.name}", month_of.get(ln.name, 0), ln.amount] for ln in year.income]
    rows += [["Jumlah pendapatan", now.total_income, year.total_income], ["Beban", None, None]]
    rows += [[f"   {ln.name}", month_of.get(ln.name, 0), ln.amount] for ln in year.costs]
    rows.append(["Jumlah beban", now.total_costs, year.total_costs])
    bold = [0, len(year.income) + 1, len(year.income) + 2, len(rows) - 1]
    return [block("6. Hasil usaha simpan pinjam",
                  text("Pendapatan dan beban simpan pinjam kelompok; sisa hasil usaha ini yang dibagi sebagai SHU "
                       "akhir tahun. Usaha bersama kelompok ada di bagian 7.", "note"),
                  money_table(INCOME, rows, ["Sisa hasil usaha", now.surplus, year.surplus], bold=bold))]


def balance_part(book: GroupBook, on: date) -> list[Flowable]:
    """Neraca: current and non-current assets, liabilities and equity with subtotals, beside last month."""
    sheet = balance_sheet(book, on)
    rows: list[list[object]] = []
    bold: list[int] = []
    for side, parts, total, total_before in (
            ("ASET", sheet.assets, sheet.total_assets, sum(p.total_before for p in sheet.assets)),
            ("KEWAJIBAN DAN EKUITAS", sheet.claims, sheet.total_claims, sum(p.total_before for p in sheet.claims))):
        bold.append(len(rows))
        rows.append([side, None, None])
        for part in (p for p in parts if p.lines):
            rows.append([part.title, None, None])
            rows += [[f"   {ln.name}", ln.amount, ln.before] for ln in part.lines]
            bold.append(len(rows))
            rows.append([f"Jumlah {part.title.lower()}", part.total, part.total_before])
        bold.append(len(rows))
        rows.append([f"JUMLAH {side}", total, total_before])
    columns = (Column("Uraian", 104), Column(tanggal_pendek(sheet.on), 38, "money"),
               Column(tanggal_pendek(sheet.before), 38, "money"))
    notes = [text("Laba usaha kelompok: laba usaha bersama yang belum dibagi (bagian 7). SHU belum dibagi: sisa "
                  "hasil usaha simpan pinjam tiap tahun yang belum dibagi sebagai SHU (tahun berjalan: sementara).",
                  "note")]
    return [section(f"9. Neraca per {tanggal(on)}"), money_table(columns, rows, bold=bold), *notes]


def build(book: GroupBook, month: str, signed_on: date) -> Document:
    end = month_end(month)
    info = group_info(book)
    story = [*header(info, "Laporan Bulanan Kelompok", f"Bulan {bulan(month)}"),
             *open_month_note(month, book.last_closed),
             *cash_part(cash_book(book, month)), *savings_part(g.savings_table(book, end)),
             *loans_part(book, end), *tr_part(book, month), *grant_part(book), *income_part(book, month),
             *economy.business_part("7. Usaha kelompok", business_report(book, month), month),
             *economy.social_part("8. Dana sosial", social_fund(book, month), month),
             *balance_part(book, end),
             *economy.inventory_part("10. Inventaris", asset_watch(book, month)),
             signature_block(info, signed_on,  # the facilitator signs under her own part
                             keep_with=economy.pendampingan_part("11. Pendampingan", pendampingan(book, end), end))]
    return Document("Laporan Bulanan Kelompok", bulan(month), story)
