"""The cash book (buku kas) as the window lists it: every event that moved cash, with a running balance
and whether it can still be reversed (§8: nothing is deleted; a correction is a ``reverse``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger import accounts as A
from ledger.book import GroupBook
from ledger.reversal import NOT_REVERSIBLE

LABELS = {
    "savings.deposit": "setoran simpanan", "savings.withdraw": "penarikan sukarela",
    "grant.receive": "dana bergulir diterima", "grant.pass_on": "perguliran",
    "loan.disburse": "pencairan pinjaman", "loan.pay": "angsuran", "tr.repay": "bayar tanggung renteng",
    "tr.reserve_in": "cadangan tanggung renteng", "cash.in": "pemasukan", "cash.out": "pengeluaran",
    "member.leave": "anggota keluar", "month.close": "tutup buku", "reverse": "pembalikan",
    "shu.allocate": "pembagian SHU", "business.capital": "modal usaha bersama",
    "business.sale": "penjualan usaha bersama", "business.purchase": "pembelian usaha bersama",
    "business.cost": "biaya usaha bersama", "business.distribute": "pembagian hasil usaha",
    "social.contribute": "iuran dana sosial", "social.pay": "bantuan dana sosial",
    "asset.receive": "inventaris diterima", "asset.dispose": "inventaris dilepas",
}


@dataclass(frozen=True)
class CashRow:
    seq: int
    event_id: str | None
    date: date
    what: str
    memo: str
    cash_in: int
    cash_out: int
    balance: int
    reversible: bool
    reversed: bool


def cash_rows(book: GroupBook) -> list[CashRow]:
    """Every event that moved the group's cash (all three cash accounts), oldest first."""
    balance = 0
    out = []
    for entry in book.ledger.entries:
        applied = book.applied[entry.seq]
        ev = applied.event
        delta = sum(ln.amount for ln in entry.lines if ln.account in A.CASH_ACCOUNTS)
        if not delta and ev.type not in ("cash.in", "cash.out"):
            continue
        balance += delta
        who = ev.get("member", "") or ev.get("loan", "")
        what = LABELS.get(ev.type, ev.type)
        if ev.type == "savings.deposit":
            what = f"simpanan {ev['product']}"
        memo = " · ".join(p for p in (who, entry.memo or ev.memo) if p)
        out.append(CashRow(entry.seq, ev.id, ev.date, what, memo, max(delta, 0), max(-delta, 0), balance,
                           reversible=bool(ev.id) and ev.type not in NOT_REVERSIBLE and not applied.reversed_by,
                           reversed=bool(applied.reversed_by)))
    return out
