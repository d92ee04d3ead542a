"""The chart of accounts of a kelompok (bagan akun, rules.md §9).

Cash is one box, kept in three ledger accounts so that the revolving fund's and the TR reserve's
shares of it are always known (cli.md: ``grant.cash`` is the part of ``cash`` that is the fund's).
"""

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    """Where an account stands in the balance sheet or the income statement."""

    ASSET = "aset"
    LIABILITY = "kewajiban"
    EQUITY = "ekuitas"
    INCOME = "pendapatan"
    EXPENSE = "beban"

    @property
    def debit_normal(self) -> bool:
        return self in (Kind.ASSET, Kind.EXPENSE)


@dataclass(frozen=True)
class Account:
    code: str
    name: str
    kind: Kind
    sub: str = ""  # "member", "loan" or "asset" where the account keeps a sub-ledger


KAS_KELOMPOK = "1101"
KAS_BERGULIR = "1102"
KAS_CADANGAN_TR = "1103"
KAS_USAHA = "1104"
KAS_SOSIAL = "1105"
INVENTARIS = "1401"
PIUTANG_BERGULIR = "1201"
PIUTANG_KELOMPOK = "1202"
PIUTANG_TR = "1301"
SIMPANAN_SUKARELA = "2101"
UTANG_TR = "2201"
DANA_PENGURUS = "2301"
DANA_PENDIDIKAN = "2302"
DANA_SOSIAL = "2303"
DANA_SHU_LAIN = "2304"
SIMPANAN_POKOK = "3101"
SIMPANAN_WAJIB = "3102"
DANA_BERGULIR = "3201"
HIBAH_BARANG = "3202"
LABA_USAHA = "3501"
MODAL_AWAL = "3601"
CADANGAN_TR = "3301"
CADANGAN = "3401"
PENDAPATAN_JASA = "4101"
PENDAPATAN_ADMIN = "4102"
PENDAPATAN_DENDA = "4103"
PENDAPATAN_LAIN = "4201"
PENJUALAN_ASET = "4202"
PENJUALAN_USAHA = "4301"
BEBAN_OPERASIONAL = "5101"
BEBAN_PENGHAPUSAN = "5201"
BEBAN_PENGHAPUSAN_ASET = "5202"
PEMBELIAN_USAHA = "5301"
BEBAN_USAHA = "5302"

CHART: dict[str, Account] = {a.code: a for a in (
    Account(KAS_KELOMPOK, "Kas kelompok", Kind.ASSET),
    Account(KAS_BERGULIR, "Kas dana bergulir", Kind.ASSET),
    Account(KAS_CADANGAN_TR, "Kas cadangan tanggung renteng", Kind.ASSET),
    Account(KAS_USAHA, "Kas usaha kelompok", Kind.ASSET),
    Account(KAS_SOSIAL, "Kas dana sosial", Kind.ASSET),
    Account(INVENTARIS, "Inventaris (peralatan dan mesin)", Kind.ASSET, "asset"),
    Account(PIUTANG_BERGULIR, "Piutang pinjaman dana bergulir", Kind.ASSET, "loan"),
    Account(PIUTANG_KELOMPOK, "Piutang pinjaman dana kelompok", Kind.ASSET, "loan"),
    Account(PIUTANG_TR, "Piutang tanggung renteng", Kind.ASSET, "member"),
    Account(SIMPANAN_SUKARELA, "Simpanan sukarela", Kind.LIABILITY, "member"),
    Account(UTANG_TR, "Utang tanggung renteng", Kind.LIABILITY, "member"),
    Account(DANA_PENGURUS, "Dana pengurus (SHU)", Kind.LIABILITY),
    Account(DANA_PENDIDIKAN, "Dana pendidikan (SHU)", Kind.LIABILITY),
    Account(DANA_SOSIAL, "Dana sosial", Kind.LIABILITY),
    Account(DANA_SHU_LAIN, "Dana SHU pos kelompok lainnya", Kind.LIABILITY),
    Account(SIMPANAN_POKOK, "Simpanan pokok", Kind.EQUITY, "member"),
    Account(SIMPANAN_WAJIB, "Simpanan wajib", Kind.EQUITY, "member"),
    Account(DANA_BERGULIR, "Dana bergulir (hibah)", Kind.EQUITY),
    Account(HIBAH_BARANG, "Hibah barang (inventaris)", Kind.EQUITY),
    Account(LABA_USAHA, "Laba usaha kelompok", Kind.EQUITY),
    Account(MODAL_AWAL, "Modal awal (saldo pembukaan)", Kind.EQUITY),
    Account(CADANGAN_TR, "Cadangan tanggung renteng", Kind.EQUITY),
    Account(CADANGAN, "Cadangan kelompok", Kind.EQUITY),
    Account(PENDAPATAN_JASA, "Pendapatan jasa pinjaman", Kind.INCOME),
    Account(PENDAPATAN_ADMIN, "Pendapatan administrasi", Kind.INCOME),
    Account(PENDAPATAN_DENDA, "Pendapatan denda", Kind.INCOME),
    Account(PENDAPATAN_LAIN, "Pendapatan lain-lain", Kind.INCOME),
    Account(PENJUALAN_ASET, "Penjualan inventaris", Kind.INCOME),
    Account(PENJUALAN_USAHA, "Penjualan usaha kelompok", Kind.INCOME),
    Account(BEBAN_OPERASIONAL, "Beban operasional", Kind.EXPENSE),
    Account(BEBAN_PENGHAPUSAN, "Beban penghapusan piutang", Kind.EXPENSE),
    Account(BEBAN_PENGHAPUSAN_ASET, "Beban penghapusan inventaris", Kind.EXPENSE),
    Account(PEMBELIAN_USAHA, "Pembelian bahan usaha", Kind.EXPENSE),
    Account(BEBAN_USAHA, "Beban usaha kelompok", Kind.EXPENSE),
)}

CASH_ACCOUNTS = (KAS_KELOMPOK, KAS_BERGULIR, KAS_CADANGAN_TR, KAS_USAHA, KAS_SOSIAL)
# the joint business keeps its own profit and loss, apart from the savings-and-loan surplus (SHU)
BUSINESS_ACCOUNTS = frozenset({PENJUALAN_USAHA, PEMBELIAN_USAHA, BEBAN_USAHA})
SAVINGS_ACCOUNTS = {"pokok": SIMPANAN_POKOK, "wajib": SIMPANAN_WAJIB, "sukarela": SIMPANAN_SUKARELA}
LOAN_ACCOUNTS = {"grant": PIUTANG_BERGULIR, "group": PIUTANG_KELOMPOK}
FUND_CASH = {"grant": KAS_BERGULIR, "group": KAS_KELOMPOK}
