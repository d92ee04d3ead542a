"""The one label table: the Indonesian words for event kinds, funds, group kinds and the sources of a
tanggung-renteng share, used alike by the window (through ``tr``) and the papers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

EVENT_LABELS = {  # text of a journal entry; {key} takes the event's own key
    "savings.deposit": "Setoran simpanan {product}",
    "savings.withdraw": "Penarikan simpanan sukarela",
    "loan.disburse": "Pencairan pinjaman {loan}",
    "loan.pay": "Angsuran pinjaman {loan}",
    "tr.repay": "Bayar utang tanggung renteng",
    "tr.reserve_in": "Setoran cadangan tanggung renteng",
    "month.close": "Tanggung renteng saat tutup buku",
    "grant.receive": "Terima hibah: {source}",
    "grant.pass_on": "Perguliran dana bergulir ke {to_group}{to}",
    "grant.write_off": "Penghapusan pinjaman {loan}",
    "loan.write_off": "Penghapusan pinjaman {loan}",
    "cash.in": "Pemasukan: {category}",
    "cash.out": "Pengeluaran: {category}",
    "member.leave": "Anggota keluar: penyelesaian simpanan",
    "shu.allocate": "Pembagian SHU {year}",
    "reverse": "Pembalikan transaksi",
    "asset.receive": "Terima inventaris: {item}",
    "asset.dispose": "Pelepasan inventaris {asset}",
    "business.capital": "Modal usaha kelompok",
    "business.sale": "Penjualan usaha: {category}",
    "business.purchase": "Pembelian usaha: {category}",
    "business.cost": "Biaya usaha: {category}",
    "business.distribute": "Pembagian hasil usaha",
    "social.contribute": "Iuran dana sosial",
    "social.pay": "Santunan dana sosial: {purpose}",
}


def event_label(event_type: str, data: Mapping[str, Any]) -> str:
    """The Indonesian words for an event of ``event_type`` with its own ``data`` (lists joined by commas)."""
    keys = defaultdict(str, {k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in data.items()})
    return EVENT_LABELS.get(event_type, event_type).format_map(keys)


FUND_NAMES = {"grant": "dana bergulir", "group": "dana kelompok"}  # lower case: they sit inside sentences
FUND_SHORT_NAMES = {"grant": "Bergulir", "group": "Kelompok"}  # a narrow column
GROUP_KIND_NAMES = {"KUBE": "Kelompok Usaha Bersama (KUBE)", "KUBE-FM": "KUBE Fakir Miskin (KUBE-FM)",
                    "KK": "Kelompok Konstituen (KK)", "KUsiAPP": "Kelompok Usaha Simpan Pinjam (KUsiAPP)",
                    "lainnya": "Kelompok"}
TR_SOURCE_NAMES = {"cash": "tunai", "sukarela": "sukarela", "reserve": "cadangan"}
FREQUENCY_NAMES = {"bulanan": "bulanan", "dua_mingguan": "dua mingguan", "mingguan": "mingguan"}
LOAN_METHODS = {"flat": "flat (tetap dari pokok awal)", "menurun": "menurun (dari sisa pokok)"}


def term_text(term: int, frequency: str) -> str:
    """A loan's term as a treasurer says it: '10 bulan', '12 minggu', '6 angsuran dua mingguan'."""
    if frequency == "bulanan":
        return f"{term} bulan"
    if frequency == "mingguan":
        return f"{term} minggu"
    return f"{term} angsuran {FREQUENCY_NAMES[frequency]}"


def fund_name(fund: str) -> str:
    """'Dana bergulir': a fund's name at the start of a line or a cell."""
    return FUND_NAMES[fund].capitalize()
