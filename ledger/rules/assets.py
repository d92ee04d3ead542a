"""Inventaris: equipment received in kind or bought, who holds it, its condition, and its disposal.

Machines given by a programme must not vanish: each item is in the balance sheet (at its value on
receipt, no depreciation), checked at visits, and leaves the book only with a reason and a facilitator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ledger.model import accounts as A
from ledger.model.calendar import add_months
from ledger.model.codes import AssetCode
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.rules.book import GroupBook

CONDITIONS = ("baik", "rusak ringan", "rusak berat", "hilang")
DISPOSALS = ("dijual", "rusak", "hilang")
GROUP_HOLDER = "kelompok"


@dataclass
class Asset:
    code: AssetCode
    item: str
    quantity: int
    value: int
    source: str
    document: str
    received: date
    funded: str  # hibah (given in kind) or kas (bought with the group's cash)
    holder: str = GROUP_HOLDER
    condition: str = "baik"
    last_checked: date | None = None
    note: str = ""  # what the last check found
    disposed: dict[str, object] = field(default_factory=dict)

    @property
    def intact(self) -> bool:
        return not self.disposed and self.condition in ("baik", "rusak ringan")


def _asset(book: GroupBook, code: str) -> Asset:
    found: Asset | None = book.assets.get(AssetCode(code))
    if found is None:
        raise Refusal(f"inventaris {code} tidak dikenal di kelompok {book.name}")
    if found.disposed:
        raise Refusal(f"inventaris {code} ({found.item}) sudah dihapus dari daftar")
    return found


def _holder(book: GroupBook, holder: str) -> str:
    if holder == GROUP_HOLDER:
        return holder
    return book.member(holder).code  # refuses a member unknown here (or of another group)


def _condition(value: str) -> str:
    if value not in CONDITIONS:
        raise InvalidEvent("kondisi harus salah satu dari " + ", ".join(CONDITIONS))
    return value


def receive(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A new item: given in kind (against 'hibah barang' equity) or bought from the group's cash."""
    code = ev["asset"].strip()
    if code in book.assets:
        raise Refusal(f"kode inventaris {code} sudah dipakai")
    funded = ev.get("funded", "hibah")
    if funded not in ("hibah", "kas"):
        raise InvalidEvent("funded harus hibah (diterima sebagai barang) atau kas (dibeli kelompok)")
    asset = Asset(code=code, item=ev["item"].strip(), quantity=ev["quantity"], value=ev["value"],
                  source=ev["source"], document=ev.get("document", ""), received=ev.date, funded=funded,
                  holder=_holder(book, ev.get("holder", GROUP_HOLDER)),
                  condition=_condition(ev.get("condition", "baik")), last_checked=ev.date)
    entry.debit(A.INVENTARIS, asset.value, code)
    if funded == "hibah":
        entry.credit(A.HIBAH_BARANG, asset.value)
    else:
        book.need_cash(A.KAS_KELOMPOK, asset.value, f"membeli {asset.item}")
        entry.credit(A.KAS_KELOMPOK, asset.value)
    book.assets[code] = asset


def handover(book: GroupBook, ev: Event, entry: Entry) -> None:
    asset = _asset(book, ev["asset"])
    asset.holder = _holder(book, ev["holder"])


def check(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A condition check, usually at a facilitator's visit."""
    asset = _asset(book, ev["asset"])
    asset.condition = _condition(ev["condition"])
    asset.last_checked = ev.date
    asset.note = ev.get("note", "")


def dispose(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Sold, broken or lost, with a reason (facilitator only); a sale's money goes to the group's cash."""
    asset = _asset(book, ev["asset"])
    how = ev["how"]
    if how not in DISPOSALS:
        raise InvalidEvent("cara penghapusan harus dijual, rusak atau hilang")
    amount = ev.get("amount", 0)
    if amount and how != "dijual":
        raise InvalidEvent("jumlah uang hanya untuk inventaris yang dijual")
    if how == "dijual" and not amount:
        raise InvalidEvent("inventaris yang dijual harus menyebut uang hasil penjualan (amount)")
    entry.credit(A.INVENTARIS, asset.value, asset.code)
    entry.debit(A.HIBAH_BARANG if asset.funded == "hibah" else A.BEBAN_PENGHAPUSAN_ASET, asset.value)
    entry.move(A.KAS_KELOMPOK, A.PENJUALAN_ASET, amount)
    asset.disposed = {"how": how, "reason": ev["reason"], "date": ev.date, "amount": amount}


def unchecked(book: GroupBook, on: date) -> list[Asset]:
    """Items not checked within the rules' number of months (default 6) before ``on``."""
    months = book.rules.asset_check_months
    return [a for a in book.assets.values()
            if not a.disposed and (a.last_checked is None or add_months(a.last_checked, months) < on)]
