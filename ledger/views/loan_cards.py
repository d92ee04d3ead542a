"""What the loan screens and the papers show: a new loan's schedule and any refusal before it is saved,
and the one loan card (kartu angsuran) of the window and the statements: its schedule with what was paid
and when, its payments, the tanggung-renteng covers, payoff and kolektibilitas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from ledger.model import accounts as A
from ledger.model.errors import Refusal
from ledger.model.events import check_guards, parse_event
from ledger.model.journal import Entry
from ledger.model.loans import KOLEKTIBILITAS_NAMES, Instalment, Loan, kolektibilitas
from ledger.model.money import rp
from ledger.model.schedules import PlannedInstalment, admin_fee, build_schedule
from ledger.rules.book import GroupBook
from ledger.rules.lending import check_eligible, loan_terms
from ledger.views.statements.common import agree, describe, share_text, tr_destinations


@dataclass(frozen=True)
class LoanPreview:
    """A loan before it is saved: its fixed schedule, the cash handed over, and why it would be refused."""

    schedule: list[PlannedInstalment]
    fee: int
    cash_handed: int
    total_jasa: int
    refusal: str | None


def preview_loan(book: GroupBook, raw: dict[str, Any], today: date) -> LoanPreview:
    """The schedule of a ``loan.disburse`` event on ``book`` and the first rule it breaks (None if none)."""
    try:
        event = parse_event(raw)
        check_guards(event, book.rules.max_amount, today)
        terms = loan_terms(book, event)
        schedule = build_schedule(terms, event.date)
    except Refusal as exc:
        return LoanPreview([], 0, 0, 0, exc.message)
    fee = admin_fee(terms)
    refusal = None
    try:
        book.check_open(event.date)
        if event["loan"].strip() in book.loans:
            raise Refusal(f"kode pinjaman {event['loan']} sudah dipakai; pilih kode lain")
        if event["fund"] not in ("grant", "group"):
            raise Refusal("pilih sumber dana: dana bergulir atau dana kelompok")
        check_eligible(book, event["member"], event["fund"], terms.principal, fee)
    except Refusal as exc:
        refusal = exc.message
    return LoanPreview(schedule, fee, terms.principal - fee, sum(p.jasa for p in schedule), refusal)


def borrow_refusals(book: GroupBook, fund: str) -> dict[str, str | None]:
    """Each active member and why she could not borrow from ``fund`` now whatever the amount (None: she
    can), so the form can say so before anything is typed."""
    out: dict[str, str | None] = {}
    for member in book.active_members():
        try:
            check_eligible(book, member.code, fund, 0, 0)
        except Refusal as exc:
            out[member.code] = exc.message
        else:
            out[member.code] = None
    return out


def loans_listed(book: GroupBook) -> list[Loan]:
    """The group's loans for its list: open ones first, each part in the order disbursed; a disbursement
    taken back (reversed) is not a loan."""
    return sorted((ln for ln in book.loans.values() if not ln.cancelled), key=lambda ln: (not ln.is_open, ln.disbursed))


@dataclass(frozen=True)
class ScheduleRow:
    number: int
    due: date
    pokok: int
    jasa: int
    denda: int
    paid: int
    status: str
    paid_on: tuple[date, ...]  # the day of each payment into it (a TR cover's day included)

    @property
    def owed(self) -> int:
        return self.pokok + self.jasa + self.denda - self.paid


@dataclass(frozen=True)
class LoanPayment:
    """An entry that paid into the loan, or a payment on it that went to her TR debt first (§6.5)."""

    seq: int
    event_id: str | None
    day: date
    text: str
    pokok: int
    other: int  # jasa and denda
    tr_debt: int  # the part that paid her tanggung-renteng debt (where it went: in ``text``)
    outstanding: int
    reversed: bool

    @property
    def amount(self) -> int:
        return self.pokok + self.other + self.tr_debt


@dataclass(frozen=True)
class CoverLine:
    """A close at which the other members (or the reserve) paid this loan's arrears for her."""

    day: date
    month: str
    amount: int  # what the cover put into this loan
    by: str  # "M2 Ani Rp 50.000 (sukarela), Cadangan TR Rp 20.000"
    owed: int  # her TR debt from that cover still open


@dataclass(frozen=True)
class LoanCard:
    code: str
    member: str
    name: str
    fund: str
    principal: int
    term: int
    rate_pct_month: Fraction
    method: str
    disbursed: date
    schedule: list[ScheduleRow]
    payments: list[LoanPayment]
    covers: list[CoverLine]
    outstanding: int
    status: str
    payoff: int
    due_now: int
    days_past_due: int
    kolektibilitas: str
    is_open: bool
    frequency: str = "bulanan"


def _status(loan: Loan, inst: Instalment, covered: bool, on: date) -> str:
    if inst.settled:
        return "Ditanggung renteng" if covered else "Lunas"
    if loan.written_off:
        return "Dihapus"
    if inst.plan.due < on:
        return "Menunggak"
    return "Sebagian" if inst.paid_pokok else "Belum jatuh tempo"


def _parts(book: GroupBook, entry: Entry, loan: Loan) -> tuple[int, int]:
    """(pokok, jasa + denda) an entry put into ``loan``; a close covering several loans names each part."""
    account = A.LOAN_ACCOUNTS[loan.fund]
    pokok = -sum(ln.amount for ln in entry.lines if ln.account == account and ln.sub == loan.code)
    loans_touched = {ln.sub for ln in entry.lines if ln.account in A.LOAN_ACCOUNTS.values()}
    if len(loans_touched) <= 1:
        income = (A.PENDAPATAN_JASA, A.PENDAPATAN_DENDA)
        return pokok, -sum(ln.amount for ln in entry.lines if ln.account in income)
    covered = sum(c.loans.get(loan.code, 0) for c in book.covers if c.seq == entry.seq)
    return pokok, covered - pokok


def _covers(book: GroupBook, loan: Loan) -> list[CoverLine]:
    return [CoverLine(c.date, c.month, c.loans[loan.code], share_text(book, c), c.owed)
            for c in book.covers if loan.code in c.loans]


def _payment_text(book: GroupBook, entry: Entry, tr_debt: int) -> str:
    text = describe(book, entry, who=False)
    if tr_debt:
        text += f"; {rp(tr_debt)} untuk utang tanggung renteng ke {tr_destinations(book, entry)}"
    return text


def loan_card(book: GroupBook, code: str, on: date) -> LoanCard:
    """A loan's card on ``on``: the fixed schedule with what was paid and when, every payment (the part of
    a payment that went to her TR debt first included), and the TR covers; checked against the journal."""
    loan = book.loan(code)
    account = A.LOAN_ACCOUNTS[loan.fund]
    days = {e.seq: e.date for e in book.ledger.entries}
    cover_seqs = {c.seq for c in book.covers if loan.code in c.loans}
    schedule = [ScheduleRow(i.plan.number, i.plan.due, i.plan.pokok, i.jasa_due, i.denda_owed,
                            i.paid_pokok + i.paid_jasa + i.paid_denda,
                            _status(loan, i, bool(cover_seqs & set(i.paid_by)), on),
                            tuple(sorted({days[s] for s in i.paid_by if s in days})))
                for i in loan.instalments]
    outstanding = loan.terms.principal
    payments = []
    for entry in book.ledger.entries:
        applied = book.applied[entry.seq]
        ev = applied.event
        on_loan = any(ln.account == account and ln.sub == code for ln in entry.lines)
        if entry.seq == loan.seq and ev.type != "loan.disburse":  # a loan of the paper book (group.opening)
            booked = sum(ln.amount for ln in entry.lines if ln.account == account and ln.sub == code)
            payments.append(LoanPayment(entry.seq, ev.id, entry.date, "Sudah dibayar menurut buku lama (saldo "
                                        "pembukaan)", outstanding - booked, 0, 0, booked, False))
            outstanding = booked
        if entry.seq == loan.seq or not (on_loan or (ev.type == "loan.pay" and ev.get("loan") == code)):
            continue
        pokok, other = _parts(book, entry, loan) if on_loan else (0, 0)
        # a payment (or its reversal) pays her TR debt first: piutang TR of her code falls by that part
        tr_debt = -sum(ln.amount for ln in entry.lines if ln.account == A.PIUTANG_TR and ln.sub == loan.member
                       ) if ev.type in ("loan.pay", "reverse") else 0
        outstanding -= pokok
        payments.append(LoanPayment(entry.seq, ev.id, entry.date, _payment_text(book, entry, tr_debt),
                                    pokok, other, tr_debt, outstanding, bool(applied.reversed_by)))
    journal = book.ledger.sub_balance(account, code)
    agree(f"sisa pokok pinjaman {code} menurut riwayat", outstanding, journal)
    agree(f"sisa pokok pinjaman {code} menurut jadwal", loan.principal_outstanding, journal)
    status = "Dihapusbukukan" if loan.written_off else ("Berjalan" if loan.is_open else "Lunas")
    dpd = loan.days_past_due(on)
    kol = kolektibilitas(dpd, book.rules.kolektibilitas_days)
    return LoanCard(loan.code, loan.member, book.members[loan.member].name, loan.fund, loan.terms.principal,
                    loan.terms.term, loan.terms.rate_pct_month, loan.terms.method, loan.disbursed, schedule,
                    payments, _covers(book, loan), loan.principal_outstanding, status, loan.payoff(on),
                    loan.due_by(on, on), dpd, f"{kol} {KOLEKTIBILITAS_NAMES[kol]}", loan.is_open,
                    loan.terms.frequency)


def loan_codes(book: GroupBook, member: str | None = None) -> list[str]:
    """The group's loans (or one member's), cancelled ones left out, in the order they were disbursed."""
    return [ln.code for ln in book.loans.values() if not ln.cancelled and member in (None, ln.member)]
