"""Daftar Inventaris Kelompok (``inventaris``): every item the group holds, who holds it and its
condition, and every item that left the book (A4 landscape: eleven columns)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.platypus import Flowable

from kasbuku.formatting import bulan, rupiah, tanggal, tanggal_pendek
from ledger.model.calendar import month_end
from ledger.rules.assets import CONDITIONS
from ledger.rules.book import GroupBook
from ledger.views.statements.common import group_info
from ledger.views.statements.inventory import AssetRow, asset_list
from reports.document import Document
from reports.flowables import Column, facts, header, money_table, open_month_note, section, signature_block, text

HELD = (Column("Kode", 22), Column("Barang", 36), Column("Jumlah", 11, "number"),
        Column("Nilai saat diterima", 26, "money"), Column("Asal dan dokumen", 48), Column("Diterima", 19),
        Column("Pemegang", 36), Column("Kondisi", 20), Column("Terakhir dicek", 19), Column("Catatan", 32))
GONE = (Column("Kode", 22), Column("Barang", 36), Column("Jumlah", 11, "number"),
        Column("Nilai saat diterima", 26, "money"), Column("Asal dan dokumen", 48), Column("Diterima", 19),
        Column("Dihapus", 19), Column("Cara", 22), Column("Alasan", 44), Column("Hasil jual", 22, "sparse"))


def _origin(r: AssetRow) -> str:
    where = f"{'Dibeli' if r.bought else 'Hibah'}: {r.source}"
    return f"{where} · {r.document}" if r.document else where


def _note(r: AssetRow, months: int) -> object:
    if r.condition == "hilang":
        return text("Hilang: laporkan ke pendamping", "cell_alert")
    if r.overdue_check:
        return text(f"Belum dicek lebih dari {months} bulan", "cell_alert")
    return "–"


def _held_row(r: AssetRow, months: int) -> list[object]:
    return [r.code, r.item, r.quantity, r.value, _origin(r), tanggal_pendek(r.received), r.holder, r.condition,
            tanggal_pendek(r.last_checked) if r.last_checked else "belum", _note(r, months)]


def _gone_row(r: AssetRow) -> list[object]:
    return [r.code, r.item, r.quantity, r.value, _origin(r), tanggal_pendek(r.received),
            tanggal_pendek(r.disposed_on) if r.disposed_on else "", r.disposed.capitalize(), r.reason, r.sold_for]


def _overview(held: list[AssetRow], gone: list[AssetRow], value: int, months: int) -> Flowable:
    counts = Counter(r.condition for r in held)
    pieces = sum(r.quantity for r in held)
    late = sum(1 for r in held if r.overdue_check)
    return facts([("Barang tercatat", f"{len(held)} jenis ({pieces} buah), nilai saat diterima {rupiah(value)}"),
                  ("Kondisi", ", ".join(f"{name} {counts[name]}" for name in CONDITIONS if counts[name]) or "–"),
                  (f"Belum dicek lebih dari {months} bulan", f"{late} barang" if late else "tidak ada"),
                  ("Sudah dihapus", f"{len(gone)} barang" if gone else "tidak ada")], widths=(58, 200))


def build(book: GroupBook, month: str, signed_on: date) -> Document:
    end = month_end(month)
    info = group_info(book)
    listing = asset_list(book, end)
    months = book.rules.asset_check_months
    story: list[Flowable] = [*header(info, "Daftar Inventaris Kelompok", f"Keadaan {tanggal(end)}"),
                             *open_month_note(month, book.last_closed)]
    if not listing.held and not listing.gone:
        story.append(text("Kelompok belum mempunyai inventaris.", "body"))
    else:
        story.append(_overview(listing.held, listing.gone, listing.value, months))
    if listing.held:
        story += [section("Inventaris yang dimiliki kelompok"),
                  text("Nilai dicatat menurut nilai saat diterima (tanpa penyusutan); jumlahnya sama dengan akun "
                       "Inventaris di neraca.", "note"),
                  money_table(HELD, [_held_row(r, months) for r in listing.held],
                              ["", "Jumlah", None, listing.value, "", "", "", "", "", ""])]
    if listing.gone:
        story += [section("Inventaris yang sudah dihapus (dijual, rusak, hilang)"),
                  money_table(GONE, [_gone_row(r) for r in listing.gone],
                              ["", "Jumlah", None, sum(r.value for r in listing.gone), "", "", "", "", "",
                               listing.sold_for])]
    story.append(signature_block(info, signed_on, width=269))
    return Document("Daftar Inventaris Kelompok", bulan(month), story, landscape=True)
