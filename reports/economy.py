"""The monthly statement's parts beyond savings and loans: usaha kelompok, dana sosial, inventaris and
pendampingan (each part says plainly when the group has none of it)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kasbuku.formatting import rupiah, tanggal, tanggal_pendek
from ledger.model.calendar import month_end, month_start
from ledger.views.statements.economy import BusinessReport, Pendampingan, SocialFund
from ledger.views.statements.inventory import HOW_NAMES, AssetRow, AssetWatch
from reports.flowables import Column, block, money_table, section, subsection, summary, text

PERIODS = (Column("Uraian", 104), Column("Bulan ini", 38, "money"), Column("Sejak awal tahun", 40, "money"))
FUND_LINES = (Column("Tanggal", 20), Column("No.", 12, "number"), Column("Uraian", 94), Column("Masuk", 28, "sparse"),
              Column("Keluar", 28, "sparse"))
UNCHECKED = (Column("Kode", 18), Column("Barang", 48), Column("Jumlah", 14, "number"), Column("Pemegang", 44),
             Column("Kondisi", 26), Column("Terakhir dicek", 32))
LOST = (Column("Tanggal", 20), Column("Kode", 16), Column("Barang", 28), Column("Pemegang", 34),
        Column("Keadaan", 36), Column("Alasan", 26), Column("Hasil jual", 22, "sparse"))
FOLLOWUPS = (Column("No.", 22), Column("Tindak lanjut", 102), Column("Batas waktu", 26), Column("Keterangan", 32))


def business_part(title: str, report: BusinessReport | None, month: str) -> list[Flowable]:
    if report is None:
        return [block(title, text("Kelompok belum mencatat usaha bersama.", "note"))]
    m, y = report.month, report.year
    rows = [["Penjualan", m.sales, y.sales], ["Pembelian bahan", m.purchases, y.purchases],
            ["Biaya usaha", m.costs, y.costs], ["Laba (rugi) usaha", m.profit, y.profit],
            ["Laba yang dibagi (anggota, cadangan, dana sosial)", m.distributed, y.distributed]]
    position = summary([("Modal usaha dari kas kelompok", report.capital),
                        ("Laba usaha yang belum dibagi", report.undistributed),
                        (f"Kas usaha kelompok {tanggal(month_end(month))}", report.cash)])
    return [block(title, text("Uang usaha bersama dipisahkan dari simpan pinjam: labanya tidak masuk SHU, "
                              "dibagi menurut keputusan kelompok.", "note"),
                  money_table(PERIODS, rows, bold=[3]), Spacer(1, 2 * mm), position)]


def social_part(title: str, fund: SocialFund | None, month: str) -> list[Flowable]:
    if fund is None:
        return [block(title, text("Kelompok belum mempunyai dana sosial.", "note"))]
    position = summary([(f"Saldo awal {tanggal(month_start(month))}", fund.opening),
                        ("Masuk bulan ini (iuran, bagian laba, SHU)", fund.total_in),
                        ("Keluar bulan ini (santunan)", fund.total_out),
                        (f"Saldo akhir {tanggal(month_end(month))}", fund.closing)])
    lines = [[tanggal_pendek(ln.day), ln.seq, ln.text, ln.amount_in, ln.amount_out] for ln in fund.lines]
    return [block(title, position), subsection("Rincian bulan ini"),
            money_table(FUND_LINES, lines, empty="Tidak ada iuran atau santunan bulan ini.")]


def _lost_row(r: AssetRow) -> list[object]:
    day = r.disposed_on or r.last_checked
    return [tanggal_pendek(day) if day else "", r.code, r.item, r.holder,
            HOW_NAMES.get(r.disposed, "Hilang, belum dihapus"), r.reason or "–", r.sold_for]


def inventory_part(title: str, watch: AssetWatch | None) -> list[Flowable]:
    if watch is None:
        return [block(title, text("Kelompok belum mempunyai inventaris.", "note"))]
    late = [[r.code, r.item, r.quantity, r.holder, r.condition,
             tanggal_pendek(r.last_checked) if r.last_checked else "belum pernah"] for r in watch.unchecked]
    months = watch.check_months
    out = [section(title),
           text(f"Tercatat {watch.count} jenis barang, nilai saat diterima {rupiah(watch.value)} (rincian: laporan "
                "Daftar Inventaris Kelompok).", "body"),
           subsection(f"Belum dicek lebih dari {months} bulan"),
           money_table(UNCHECKED, late, empty=f"Semua inventaris sudah dicek dalam {months} bulan terakhir.")]
    out.append(subsection("Hilang, dijual atau dihapus"))
    if watch.lost:
        now = f"{watch.lost_this_month} barang" if watch.lost_this_month else "tidak ada"
        out.append(text(f"Bulan ini: {now}; sejak awal: {len(watch.lost)} barang.", "note"))
    out.append(money_table(LOST, [_lost_row(r) for r in watch.lost],
                           empty="Tidak ada inventaris yang hilang, dijual atau dihapus."))
    return out


def _visit_line(p: Pendampingan) -> str:
    if p.last_visit is None:
        return "Belum ada kunjungan pendamping yang tercatat."
    line = f"Kunjungan terakhir: {tanggal(p.last_visit)} oleh {p.facilitator}. Yang diperiksa: {p.checked.rstrip('.')}."
    return f"{line} Temuan: {p.findings.rstrip('.')}." if p.findings else line


def pendampingan_part(title: str, p: Pendampingan, on: date) -> list[Flowable]:
    rows = [[f.id, f.what, tanggal_pendek(f.due), text("Terlambat", "cell_alert") if f.overdue else "–"]
            for f in p.open]
    late = sum(1 for f in p.open if f.overdue)
    count = f"Tindak lanjut yang belum selesai pada {tanggal(on)}: {len(p.open)}" + (
        f", {late} terlambat." if late else ".")
    return [section(title), text(_visit_line(p), "body"), *([text(count, "note")] if p.open else []),
            money_table(FOLLOWUPS, rows, empty="Tidak ada tindak lanjut yang masih terbuka.")]
