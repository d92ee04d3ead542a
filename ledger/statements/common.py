"""What every statement shares: the refusal to print a statement that does not add up, the group's
header data, and the Indonesian text of a journal entry."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ledger.book import GroupBook
from ledger.errors import Refusal
from ledger.journal import Entry
from ledger.money import rp

OFFICER_ROLES = ("ketua", "sekretaris", "bendahara")
FUND_NAMES = {"grant": "Dana bergulir", "group": "Dana kelompok"}
EVENT_LABELS = {  # text of an entry on a statement; {key} takes the event's own key
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


class StatementMismatch(Refusal):
    """A statement's total disagrees with the journal; it is not printed (run ``kasbuku check``)."""


def agree(what: str, shown: int, journal: int) -> None:
    """Refuse to print when a figure of the statement differs from the journal's."""
    if shown != journal:
        raise StatementMismatch(f"laporan tidak dicetak: {what} {rp(shown)} berbeda dari jurnal {rp(journal)}; "
                                "jalankan 'kasbuku check' dan laporkan ke pendamping")


def check_book_date(book: GroupBook, end: date) -> None:
    """The builders read balances from the book: it must hold no event after the statement's date."""
    if book.ledger.entries and book.ledger.entries[-1].date > end:
        raise ValueError(f"book holds events after {end}: load it with as_of={end}")


@dataclass(frozen=True)
class GroupInfo:
    name: str
    kind: str
    address: dict[str, str]
    officers: dict[str, str]  # role -> member name (only roles held)
    created: date | None


def group_info(book: GroupBook) -> GroupInfo:
    officers = {m.role: m.name for m in book.active_members() if m.role in OFFICER_ROLES}
    return GroupInfo(book.name, book.kind, dict(book.address), officers, book.created)


def member_name(book: GroupBook, code: str) -> str:
    member = book.members.get(code)
    return f"{code} {member.name}" if member else code


def _event_member(book: GroupBook, entry: Entry) -> str:
    applied = book.applied.get(entry.seq)
    if applied is None:
        return ""
    data = applied.event.data
    if "member" in data:
        return str(data["member"])
    loan = book.loans.get(str(data.get("loan", "")))
    return loan.member if loan else ""


def describe(book: GroupBook, entry: Entry, who: bool = True) -> str:
    """A journal entry as a line of text: what happened, for whom (unless ``who`` is off: on a member's
    own statement), and the memo when there is one."""
    applied = book.applied.get(entry.seq)
    data = applied.event.data if applied else {}
    keys = defaultdict(str, {k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in data.items()})
    text = EVENT_LABELS.get(entry.event_type, entry.event_type).format_map(keys)
    member = _event_member(book, entry) if who else ""
    if member:
        text += f" — {member_name(book, member)}"
    if entry.memo and entry.memo not in text:
        text += f" ({entry.memo})"
    return text


