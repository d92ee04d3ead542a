"""Use cases of the book itself: the group, its rules, members joining and leaving, savings, cash."""

from __future__ import annotations

from typing import Any

from ledger.model import accounts as A
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event
from ledger.model.identity import identity
from ledger.model.journal import Entry
from ledger.model.money import rp
from ledger.model.savings import CATEGORIES, PRODUCTS, ROLES, Member
from ledger.model.settings import Rules
from ledger.rules.book import GroupBook, check_kind
from ledger.rules.lending import pay_from
from ledger.rules.revolving_grant import next_round_if_done

ADDRESS_KEYS = ("kelurahan", "kecamatan", "kota", "provinsi", "alamat")


def create_group(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A new group with its kind and its rules (defaults of rules.md where not given)."""
    if book.created is not None:
        raise Refusal(f"kelompok {book.name} sudah ada di buku ini")
    book.kind = check_kind(ev["kind"])
    rules = Rules().with_changes(ev.get("rules", {}))
    address = ev.get("address", {})
    if not isinstance(address, dict) or set(address) - set(ADDRESS_KEYS) or not all(
            isinstance(v, str) for v in address.values()):
        raise InvalidEvent("'address' harus objek dengan kunci " + ", ".join(ADDRESS_KEYS))
    book.address = dict(address)
    book.created = ev.date
    book.rules_history.append((ev.date, rules))


def change_rules(book: GroupBook, ev: Event, entry: Entry) -> None:
    """New rules in force from the event's date; loans already made keep their own terms."""
    book.rules_history.append((ev.date, book.rules.with_changes(ev["rules"])))


def _category(value: Any) -> str:
    if value not in CATEGORIES:
        raise InvalidEvent("kategori anggota harus salah satu dari " + ", ".join(CATEGORIES))
    return str(value)


def _role(book: GroupBook, value: Any, code: str) -> str:
    if value not in ROLES:
        raise InvalidEvent("jabatan harus salah satu dari " + ", ".join(ROLES))
    if value != "anggota":
        holder = next((m for m in book.active_members() if m.role == value and m.code != code), None)
        if holder is not None:
            raise Refusal(f"jabatan {value} sudah dipegang {holder.code} ({holder.name}); "
                          "ubah jabatannya dulu (member.update)")
    return str(value)


def join(book: GroupBook, ev: Event, entry: Entry) -> None:
    code = ev["member"].strip()
    if code in book.members:
        raise Refusal(f"kode anggota {code} sudah dipakai di kelompok {book.name}")
    member = Member(code=code, name=ev["name"].strip(), number=len(book.members) + 1, joined=ev.date,
                    category=_category(ev.get("category", "lainnya")),
                    role=_role(book, ev.get("role", "anggota"), code), identity=identity(ev.data, ev.date))
    book.members[code] = member


def update(book: GroupBook, ev: Event, entry: Entry) -> dict[str, Any]:
    member = book.member(ev["member"])
    before = {"name": member.name, "category": member.category, "role": member.role,
              "identity": dict(member.identity)}
    member.identity = {**member.identity, **identity(ev.data, ev.date)}
    if "name" in ev.data:
        member.name = ev["name"].strip()
    if "category" in ev.data:
        member.category = _category(ev["category"])
    if "role" in ev.data:
        member.role = _role(book, ev["role"], member.code)
    return before


def deposit(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Cash paid in to a member's pokok (once, up to the rule's amount), wajib or sukarela."""
    member = book.member(ev["member"])
    product, amount = ev["product"], ev["amount"]
    if product not in PRODUCTS:
        raise InvalidEvent("produk simpanan harus pokok, wajib atau sukarela")
    if product == "pokok":
        paid = book.savings(member.code)["pokok"]
        due = book.rules.pokok - paid
        if amount > due:
            raise Refusal(f"simpanan pokok {member.code} tinggal {rp(max(due, 0))} (aturan "
                          f"{rp(book.rules.pokok)}); setoran {rp(amount)} terlalu besar")
    if product == "wajib":
        member.wajib_paid += amount
    entry.move(A.KAS_KELOMPOK, A.SAVINGS_ACCOUNTS[product], amount, from_sub=member.code)


def withdraw(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Sukarela paid out, never above its balance (§3)."""
    member = book.member(ev["member"])
    amount = ev["amount"]
    balance = book.savings(member.code)["sukarela"]
    if amount > balance:
        raise Refusal(f"penarikan {rp(amount)} melebihi simpanan sukarela {member.code} ({rp(balance)})")
    book.need_cash(A.KAS_KELOMPOK, amount, "penarikan simpanan sukarela")
    entry.move(A.SIMPANAN_SUKARELA, A.KAS_KELOMPOK, amount, to_sub=member.code)


def cash_in(book: GroupBook, ev: Event, entry: Entry) -> None:
    entry.memo = entry.memo or ev["category"]
    entry.move(A.KAS_KELOMPOK, A.PENDAPATAN_LAIN, ev["amount"])


def cash_out(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A cost paid from the group's own cash (never from the dana bergulir, §7)."""
    book.need_cash(A.KAS_KELOMPOK, ev["amount"], f"pengeluaran '{ev['category']}'")
    entry.memo = entry.memo or ev["category"]
    entry.move(A.BEBAN_OPERASIONAL, A.KAS_KELOMPOK, ev["amount"])


def reserve_in(book: GroupBook, ev: Event, entry: Entry) -> None:
    if not book.rules.tr_reserve:
        raise Refusal("kelompok ini tidak memakai cadangan tanggung renteng (aturan tr_reserve mati)")
    if "member" in ev.data:
        book.member(ev["member"])
    entry.move(A.KAS_CADANGAN_TR, A.CADANGAN_TR, ev["amount"])


def settlement(book: GroupBook, code: str) -> dict[str, int]:
    """What a leaving member gets (§3): savings minus loan payoffs and TR debt, on the book's date."""
    savings = book.savings(code)
    loans = sum(ln.payoff(book.today) for ln in book.open_loans(code))
    tr = book.tr_owes(code)
    total = sum(savings.values())
    return {**savings, "savings": total, "loans": loans, "tr": tr, "payout": total - loans - tr}


def leave(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Settle and close a member: savings pay off what she owes, the rest is paid out in cash."""

    member = book.member(ev["member"])
    figures = settlement(book, member.code)
    if figures["payout"] < 0:
        raise Refusal(f"{member.code} ({member.name}) masih berutang {rp(-figures['payout'])} lebih dari "
                      f"simpanannya (pinjaman {rp(figures['loans'])}, tanggung renteng {rp(figures['tr'])}, "
                      f"simpanan {rp(figures['savings'])}); lunasi dulu sebelum keluar")
    owed = figures["loans"] + figures["tr"]
    for product, acct in A.SAVINGS_ACCOUNTS.items():
        entry.debit(acct, figures[product], member.code)
    entry.credit(A.KAS_KELOMPOK, figures["savings"])
    if owed:
        pay_from(book, member.code, None, owed, entry, ev.seq)
    book.check_cash_after(entry, A.KAS_KELOMPOK, "pengembalian simpanan anggota yang keluar")
    member.left = ev.date
    member.role = "anggota"
    next_round_if_done(book)
