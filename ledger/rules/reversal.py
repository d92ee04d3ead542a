"""Corrections (§8): a ``reverse`` posts the exact opposite of an earlier event, in the open month."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ledger.model import accounts as A
from ledger.model.errors import Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.model.labels import event_label
from ledger.rules import joint_liability
from ledger.rules.book import Applied, GroupBook

NOT_REVERSIBLE = {
    "group.create": "kelompok tidak dapat dibatalkan",
    "group.rules": "catat aturan baru dengan group.rules",
    "group.opening": "saldo awal tidak dapat dibalik; minta pendamping memindahkan kelompok ke buku baru",
    "member.join": "catat keluarnya anggota dengan member.leave",
    "member.update": "catat perubahan baru dengan member.update",
    "member.leave": "daftarkan kembali sebagai anggota baru",
    "month.close": "minta pendamping membuka kembali bulan itu (month.reopen)",
    "month.reopen": "tutup kembali bulan itu (month.close)",
    "grant.write_off": "penghapusan bersifat final",
    "loan.write_off": "penghapusan bersifat final",
    "shu.allocate": "pembagian SHU bersifat final",
    "reverse": "pembalikan tidak dapat dibalik lagi; catat ulang transaksi aslinya",
    "asset.receive": "catat penghapusannya dengan asset.dispose (pendamping)",
    "asset.dispose": "penghapusan inventaris bersifat final",
    "business.distribute": "pembagian laba adalah keputusan kelompok; catat keputusan baru",
}
OTHERWISE = "catat keadaan yang benar dengan transaksi baru"


def _savings(book: GroupBook, applied: Applied) -> None:
    ev = applied.event
    if ev.type == "savings.deposit" and ev["product"] == "wajib":
        book.members[ev["member"]].wajib_paid -= ev["amount"]


def _loan_payment(book: GroupBook, applied: Applied) -> None:
    done: dict[str, Any] = applied.undo
    for code, _portions in done["loans"]:
        if book.loans[code].last_touch != applied.event.seq:
            raise Refusal(f"pinjaman {code} sudah punya transaksi yang lebih baru; balik dulu yang terbaru")
    for code, portions in done["loans"]:
        book.loans[code].apply(portions, applied.event.seq, sign=-1)
        book.jasa_paid[(book.loans[code].member, applied.event.date.year)] -= sum(p.jasa for p in portions)
    joint_liability.undo_recovery(book, done["tr"])


def _disbursement(book: GroupBook, applied: Applied) -> None:
    loan = book.loans[applied.event["loan"]]
    if loan.last_touch != applied.event.seq:
        raise Refusal(f"pinjaman {loan.code} sudah ada pembayarannya; balik dulu pembayaran itu")
    if loan.fund == "grant" and book.grant.served.get(loan.member) != f"loan:{loan.code}":
        raise Refusal(f"putaran dana bergulir sudah berganti sejak pinjaman {loan.code}; tidak dapat dibalik")
    loan.cancelled = True
    if loan.fund == "grant":
        book.grant.served.pop(loan.member, None)


def _decline(book: GroupBook, applied: Applied) -> None:
    member = applied.event["member"]
    if book.grant.served.get(member) != "declined":
        raise Refusal("putaran dana bergulir sudah berganti sejak penolakan itu; tidak dapat dibalik")
    book.grant.served.pop(member)


def _receipt(book: GroupBook, applied: Applied) -> None:
    for receipt in book.grant.receipts:
        if receipt["seq"] == applied.event.seq:
            receipt["reversed"] = True


def _pass_on(book: GroupBook, applied: Applied) -> None:
    for item in book.grant.pass_ons:
        if item["seq"] == applied.event.seq:
            item["reversed"] = True


def _journal_only(book: GroupBook, applied: Applied) -> None:
    """These events live in the journal only: the opposite entry is the whole reversal."""


JOURNAL_ONLY = ("cash.in", "cash.out", "tr.reserve_in", "business.capital", "business.sale", "business.purchase",
                "business.cost", "social.contribute", "social.pay")
UNDO: dict[str, Callable[[GroupBook, Applied], None]] = {
    **dict.fromkeys(JOURNAL_ONLY, _journal_only),
    "savings.deposit": _savings,
    "savings.withdraw": _savings,
    "loan.pay": _loan_payment,
    "tr.repay": _loan_payment,
    "loan.disburse": _disbursement,
    "grant.decline": _decline,
    "grant.receive": _receipt,
    "grant.pass_on": _pass_on,
}


def find(book: GroupBook, ref: str) -> Applied:
    seq = book.by_id.get(ref)
    if seq is None:
        raise Refusal(f"transaksi dengan id '{ref}' tidak ada di kelompok {book.name} "
                      "(atau bertanggal sesudah pembalikan ini)")
    return book.applied[seq]


def reverse(book: GroupBook, ev: Event, entry: Entry) -> int:
    """Take back an earlier event exactly: the opposite journal entry, dated in the open month."""
    applied = find(book, ev["ref"])
    original = applied.event
    if applied.reversed_by:
        raise Refusal(f"transaksi '{ev['ref']}' sudah dibalik sebelumnya")
    undo = UNDO.get(original.type)
    if undo is None:
        hint = NOT_REVERSIBLE.get(original.type, OTHERWISE)
        raise Refusal(f"transaksi {original.type} tidak dapat dibalik: {hint}")
    if original.type == "grant.receive" and original.get("from_group") and ev.actor != "sistem":
        raise Refusal("penerimaan dari perguliran kelompok lain dibalik di kelompok asalnya")
    undo(book, applied)
    for line in applied.entry.lines:
        entry.lines.append(type(line)(line.account, -line.amount, line.sub))
    entry.memo = entry.memo or f"{event_label(original.type, original.data)}: {ev['reason']}"
    for account in A.CASH_ACCOUNTS:
        book.check_cash_after(entry, account, "pembalikan ini")
    for account, sub in {(ln.account, ln.sub) for ln in entry.lines if ln.sub}:
        if A.CHART[account].kind in (A.Kind.LIABILITY, A.Kind.EQUITY):
            after = book.ledger.credit_balance(account, sub) - sum(
                ln.amount for ln in entry.lines if (ln.account, ln.sub) == (account, sub))
            if after < 0:
                raise Refusal(f"{A.CHART[account].name} {sub} tidak cukup untuk pembalikan ini")
    applied.reversed_by = ev.seq
    return applied.event.seq
