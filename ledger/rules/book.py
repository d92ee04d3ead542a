"""One group's book in memory: its state, built by replaying its events in business-date order.

The events are the book; the state and the journal are what replaying them gives. An event is applied
whole or refused before anything it would change is kept (the caller drops a book after a refusal).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from ledger.model import accounts as A
from ledger.model.calendar import day_text, month_end, month_of, month_text
from ledger.model.codes import AssetCode, LoanCode, MemberCode
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry, Ledger
from ledger.model.loans import Loan
from ledger.model.money import rp
from ledger.model.savings import Member
from ledger.model.settings import Rules

if TYPE_CHECKING:  # the values of a rule live beside it; the book only holds them
    from ledger.rules.assets import Asset
    from ledger.rules.closing import Close
    from ledger.rules.joint_liability import TrCover
    from ledger.rules.opening import Opening
    from ledger.rules.profiles import Linkage, Profile
    from ledger.rules.visits import Visit

GROUP_KINDS = ("KUBE", "KUBE-FM", "KK", "KUsiAPP", "lainnya")

Handler = Callable[["GroupBook", Event, Entry], Any]


def handler_for(event_type: str) -> Handler:
    """The function that applies ``event_type``: one literal table, ``ledger.rules.table.HANDLERS``, always
    used (imported here on first use, since every handler module imports this one for GroupBook)."""
    from ledger.rules.table import HANDLERS

    return HANDLERS[event_type]


@dataclass
class GrantState:
    """The dana bergulir beyond its ledger balances: the rotation and its history (§7)."""

    round: int = 1
    served: dict[str, str] = field(default_factory=dict)  # member -> "loan:<code>" or "declined"
    history: list[tuple[int, str, str, date]] = field(default_factory=list)  # round, member, what, date
    receipts: list[dict[str, Any]] = field(default_factory=list)
    pass_ons: list[dict[str, Any]] = field(default_factory=list)
    write_offs: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Applied:
    """What applying an event did, kept so a later ``reverse`` can take exactly that back."""

    event: Event
    entry: Entry
    undo: Any = None
    reversed_by: int = 0


class GroupBook:
    """The state of one group, as of the last event applied."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.kind = ""
        self.created: date | None = None
        self.address: dict[str, str] = {}
        self.rules_history: list[tuple[date, Rules]] = []
        self.members: dict[MemberCode, Member] = {}
        self.loans: dict[LoanCode, Loan] = {}
        self.ledger = Ledger()
        self.covers: list[TrCover] = []
        self.grant = GrantState()
        self.closes: list[Close] = []
        self.applied: dict[int, Applied] = {}
        self.by_id: dict[str, int] = {}
        self.today: date = date.min
        self.last_key: tuple[date, int] = (date.min, 0)
        self.shu_years: dict[int, dict[str, Any]] = {}
        self.jasa_paid: dict[tuple[str, int], int] = defaultdict(int)
        self.assets: dict[AssetCode, Asset] = {}
        self.business_distributed = 0
        self.profiles: dict[str, list[Profile]] = {}
        self.group_profile: dict[str, Any] = {}
        self.linkages: dict[tuple[str, str], Linkage] = {}
        self.visits: list[Visit] = []
        self.opening: Opening | None = None

    # -- rules and dates -------------------------------------------------------------------------
    @property
    def rules(self) -> Rules:
        return self.rules_history[-1][1] if self.rules_history else Rules()

    def rules_on(self, day: date) -> Rules:
        current = self.rules_history[0][1] if self.rules_history else Rules()
        for start, rules in self.rules_history:
            if start <= day:
                current = rules
        return current

    @property
    def last_closed(self) -> str | None:
        return self.closes[-1].month if self.closes else None

    def check_open(self, day: date) -> None:
        """Refuse a business date in a closed month, or before the latest close was recorded (§8)."""
        if not self.closes:
            return
        last = self.closes[-1]
        if day <= month_end(last.month):
            raise Refusal(f"tanggal {day_text(day)} ada di bulan yang sudah ditutup ({month_text(month_of(day))}); "
                          "catat koreksi di bulan yang masih terbuka, atau minta pendamping membuka bulan itu")
        if day < last.date:
            raise Refusal(f"tanggal {day_text(day)} lebih awal dari tutup buku {month_text(last.month)} "
                          f"yang dicatat pada {day_text(last.date)}")

    # -- members ---------------------------------------------------------------------------------
    def member(self, code: Any, *, active: bool = True) -> Member:
        found = self.members.get(MemberCode(str(code)))
        if found is None:
            raise Refusal(f"anggota {code} tidak dikenal di kelompok {self.name}")
        if active and not found.active:
            raise Refusal(f"anggota {code} ({found.name}) sudah keluar dari kelompok")
        return found

    def active_members(self) -> list[Member]:
        return [m for m in self.members.values() if m.active]

    def members_in_order(self, active_only: bool = False) -> list[Member]:
        """The members in the order they joined (the order of every list a treasurer reads)."""
        return sorted((m for m in self.members.values() if m.active or not active_only), key=lambda m: m.number)

    def has_member(self, code: str) -> bool:
        """Whether ``code`` is a member of this group (she may have left since)."""
        return code in self.members

    def savings(self, code: str) -> dict[str, int]:
        return {p: self.ledger.credit_balance(acct, code) for p, acct in A.SAVINGS_ACCOUNTS.items()}

    def wajib_in_force(self, day: date) -> int:
        return self.rules_on(day).wajib

    def has_loan(self, code: str) -> bool:
        """Whether ``code`` is a loan of this group (cancelled ones too)."""
        return code in self.loans

    def loan(self, code: Any) -> Loan:
        found = self.loans.get(LoanCode(str(code)))
        if found is None or found.cancelled:
            raise Refusal(f"pinjaman {code} tidak dikenal di kelompok {self.name}")
        return found

    def open_loans(self, member: str) -> list[Loan]:
        return [ln for ln in self.loans.values() if ln.member == member and ln.is_open]

    def tr_owes(self, member: str) -> int:
        return self.ledger.sub_balance(A.PIUTANG_TR, member)

    def tr_is_owed(self, member: str) -> int:
        return self.ledger.credit_balance(A.UTANG_TR, member)

    @property
    def blocked(self) -> bool:
        """Blocked (§6.4) while a shortfall that a close could not cover is still unpaid."""
        return any(inst.uncovered and not inst.settled
                   for ln in self.loans.values() if ln.is_open for inst in ln.instalments)

    # -- cash ------------------------------------------------------------------------------------
    @property
    def cash(self) -> int:
        return sum(self.ledger.balance(a) for a in A.CASH_ACCOUNTS)

    def fund_cash(self, fund: str) -> int:
        return self.ledger.balance(A.FUND_CASH[fund])

    def need_cash(self, account: str, amount: int, what: str) -> None:
        have = self.ledger.balance(account)
        if amount > have:
            raise Refusal(f"{A.CHART[account].name} tidak cukup untuk {what}: perlu {rp(amount)}, "
                          f"ada {rp(have)}")

    def balance_after(self, account: str, *entries: Entry) -> int:
        """An account's balance once ``entries`` (not yet posted) are in."""
        return self.ledger.balance(account) + sum(ln.amount for e in entries for ln in e.lines if ln.account == account)

    def check_cash_after(self, entry: Entry, account: str, what: str) -> None:
        """Refuse an entry that would take a cash account below zero (a cash box cannot go negative)."""
        after = self.balance_after(account, entry)
        if after < 0:
            raise Refusal(f"{A.CHART[account].name} tidak cukup untuk {what}: kurang {rp(-after)}")

    # -- applying ----------------------------------------------------------------------------------
    def apply(self, event: Event) -> Entry:
        """Apply one event at its place (it must not come before the last one applied)."""
        if event.type != "group.create" and self.created is None:
            raise Refusal(f"kelompok {self.name} belum dibuat (group.create)")
        if self.created is not None and event.date < self.created:
            raise Refusal(f"tanggal {day_text(event.date)} sebelum kelompok {self.name} dibuat "
                          f"({day_text(self.created)})")
        if event.type not in ("month.reopen",):
            self.check_open(event.date)
        if self.opening is not None and event.date <= self.opening.date:
            raise Refusal(f"saldo awal kelompok {self.name} dicatat per {day_text(self.opening.date)}; "
                          "transaksi sesudahnya harus bertanggal setelah itu")
        self.today = max(self.today, event.date)
        for ln in self.loans.values():
            if ln.terms.denda and ln.is_open:  # most loans have no denda: skip them cheaply (hot loop)
                ln.assess_denda(event.date)
        entry = Entry(seq=event.seq, date=event.date, event_type=event.type, memo=event.memo)
        undo = handler_for(event.type)(self, event, entry)
        self.ledger.post(entry)
        self.applied[event.seq] = Applied(event, entry, undo)
        if event.id:
            self.by_id[event.id] = event.seq
        self.last_key = event.key
        return entry

    def warnings(self) -> list[str]:
        """Things a facilitator should see that never block: group size outside the KUBE-FM range."""
        rules = self.rules
        count = len(self.active_members())
        out = []
        if self.created is not None and count < rules.min_members:
            out.append(f"anggota aktif {count}, kurang dari {rules.min_members} (aturan KUBE-FM)")
        if count > rules.max_members:
            out.append(f"anggota aktif {count}, lebih dari {rules.max_members} (aturan KUBE-FM)")
        return out


Key = TypeVar("Key")


def close_stack(marks: Iterable[tuple[str, Key]]) -> tuple[list[Key], list[Key]]:
    """Closes and reopens in the order recorded (type, key) → (the closes still standing, oldest first;
    the closes a reopen undid). A reopen undoes the latest close still standing."""
    standing: list[Key] = []
    undone: list[Key] = []
    for etype, key in marks:
        if etype == "month.close":
            standing.append(key)
        elif etype == "month.reopen" and standing:
            undone.append(standing.pop())
    return standing, undone


def cancelled_closes(events: Iterable[Event]) -> set[int]:
    """Seqs of month closes undone by a later ``month.reopen``."""
    return set(close_stack((ev.type, ev.seq) for ev in sorted(events, key=lambda e: e.seq))[1])


Observer = Callable[["GroupBook", date], None]


def replay(name: str, events: Iterable[Event], as_of: date | None = None,
           cancelled: set[int] | None = None, fresh: int | None = None,
           checkpoints: Iterable[date] = (), observe: Observer | None = None) -> GroupBook:
    """Build a group's book from its events in business-date order, up to ``as_of`` when given.

    ``observe(book, day)`` is called once for each checkpoint day, with the book as it stood at the end of
    that day (a month-by-month history in one pass instead of one replay per month).
    """
    ordered = sorted(events, key=lambda e: e.key)
    if cancelled is None:
        cancelled = cancelled_closes(ordered)
    book = GroupBook(name)
    pending = sorted(checkpoints)
    for ev in ordered:
        if as_of is not None and ev.date > as_of:
            break
        while pending and observe is not None and pending[0] < ev.date:
            book.today = max(book.today, pending[0])
            observe(book, pending.pop(0))
        if ev.seq in cancelled:
            continue
        try:
            book.apply(ev)
        except Refusal as exc:
            if ev.seq == fresh:
                raise
            raise Refusal(f"transaksi {ev.type} tanggal {day_text(ev.date)} menjadi tidak sah: "
                          f"{exc.message}") from exc
    if as_of is not None:
        book.today = max(book.today, as_of)
    for day in pending:
        if observe is not None and (as_of is None or day <= as_of):
            book.today = max(book.today, day)
            observe(book, day)
    return book


def check_kind(kind: Any) -> str:
    if kind not in GROUP_KINDS:
        raise InvalidEvent("jenis kelompok harus salah satu dari " + ", ".join(GROUP_KINDS))
    return str(kind)
