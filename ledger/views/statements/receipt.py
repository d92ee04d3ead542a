"""Kuitansi: a receipt for every cash movement a treasurer signs — a member's payment or pay-out, a grant
received or passed on, the tanggung-renteng shares paid in cash at a close, dana sosial and the joint
business's money — split as the journal split it and checked against it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.errors import Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.rules.book import GroupBook
from ledger.views.loan_cards import loan_codes
from ledger.views.statements.common import agree, describe, member_name

RECEIPT_DIRECTION = {  # True: money received by the group; False: paid out by it
    "savings.deposit": True, "loan.pay": True, "tr.repay": True, "tr.reserve_in": True, "cash.in": True,
    "grant.receive": True, "social.contribute": True, "business.sale": True, "month.close": True,
    "savings.withdraw": False, "loan.disburse": False, "cash.out": False, "grant.pass_on": False,
    "social.pay": False, "business.purchase": False, "business.cost": False, "member.leave": False}
LINE_LABELS = {A.PIUTANG_TR: "Utang tanggung renteng", A.PENDAPATAN_JASA: "Jasa pinjaman",
               A.PENDAPATAN_DENDA: "Denda", A.PENDAPATAN_ADMIN: "Biaya administrasi (dipotong)",
               A.CADANGAN_TR: "Cadangan tanggung renteng", A.SIMPANAN_POKOK: "Simpanan pokok",
               A.SIMPANAN_WAJIB: "Simpanan wajib", A.SIMPANAN_SUKARELA: "Simpanan sukarela"}


@dataclass(frozen=True)
class Receipt:
    number: str
    day: date
    incoming: bool  # money received by the group (else paid out by it)
    party: str  # "KODE Nama" of the member, the grant's source or recipient, or "" (written by hand)
    signer: str  # who signs opposite the treasurer: the member's name, or the party, or "" (a dotted line)
    purpose: str
    lines: list[tuple[str, int]]
    total: int
    cancelled: bool


def _label(account: str, sub: str, purpose: str) -> str:
    if account in A.LOAN_ACCOUNTS.values():
        return f"Pokok pinjaman {sub}"
    if account in LINE_LABELS:
        return LINE_LABELS[account]
    if A.CHART[account].kind in (A.Kind.INCOME, A.Kind.EXPENSE):
        return purpose
    return A.CHART[account].name


def _party(book: GroupBook, event: Event, member: str) -> tuple[str, str]:
    """The party as shown ("KODE Nama") and as she signs (her name)."""
    if member in book.members:
        return member_name(book, member), book.member(member, active=False).name
    other = str(event.get("source", "") or event.get("to_group", "") or event.get("to", ""))
    return other, other


def _close_shares(book: GroupBook, entry: Entry, member: str | None) -> list[tuple[str, int]]:
    """The tanggung-renteng shares a close collected in cash (of one coverer, or all), checked against the
    coverers' credit less what came from their sukarela."""
    shares = [(c.defaulter, s.coverer, s.amount) for c in book.covers if c.seq == entry.seq for s in c.shares
              if s.source == "cash" and member in (None, s.coverer)]
    lines = [(f"Tanggung renteng {member_name(book, coverer)} untuk {member_name(book, defaulter)}", amount)
             for defaulter, coverer, amount in shares]
    journal = sum(-ln.amount for ln in entry.lines if ln.account == A.UTANG_TR and member in (None, ln.sub)) - sum(
        ln.amount for ln in entry.lines if ln.account == A.SIMPANAN_SUKARELA and member in (None, ln.sub))
    agree(f"tanggung renteng tunai #{entry.seq}", sum(a for _, a in lines), journal)
    return lines


def receipt(book: GroupBook, seq: int, member: str | None = None) -> Receipt:
    """Kuitansi of one cash movement, split as the journal split it. For a close: the TR shares paid in
    cash (``member``: only hers)."""
    applied = book.applied.get(seq)
    if applied is None or applied.event.type not in RECEIPT_DIRECTION:
        raise Refusal(f"transaksi #{seq} tidak ada di kelompok {book.name} atau bukan perpindahan uang kas "
                      "(setoran, angsuran, penarikan, pencairan, hibah, perguliran, dana sosial, usaha, "
                      "pemasukan atau pengeluaran)")
    event, entry = applied.event, applied.entry
    incoming = RECEIPT_DIRECTION[event.type]
    purpose = describe(book, entry, who=False)
    if event.type == "month.close":
        lines = _close_shares(book, entry, member)
        if not lines:
            raise Refusal(f"tutup buku #{seq} tidak menerima tanggung renteng tunai"
                          + (f" dari {member}" if member else ""))
        total = sum(amount for _, amount in lines)
        purpose = lines[0][0] if len(lines) == 1 else purpose
        return Receipt(f"KW-{seq:06d}" + (f"-{member}" if member else ""), event.date, True,
                       *_party(book, event, member or ""), purpose, lines, total, bool(applied.reversed_by))
    who = str(event.get("member", ""))
    if not who and "loan" in event.data:
        who = book.loans[event["loan"]].member
    own = {"", who, *loan_codes(book, who)} if who else {""}
    sign = -1 if incoming else 1
    lines = [(_label(ln.account, ln.sub, purpose), sign * ln.amount) for ln in entry.lines
             if ln.account not in A.CASH_ACCOUNTS and ln.sub in own]
    total = sum(amount for _, amount in lines)
    cash = sum(ln.amount for ln in entry.lines if ln.account in A.CASH_ACCOUNTS)
    agree(f"jumlah kuitansi #{seq}", total, event["amount"] if "amount" in event.data else -cash)
    return Receipt(f"KW-{seq:06d}", event.date, incoming, *_party(book, event, who), purpose, lines, total,
                   bool(applied.reversed_by))
