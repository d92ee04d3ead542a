"""What the loan screens show: a new loan's schedule and any refusal before it is saved, and a loan's
card (its schedule with what was paid, its payments, payoff and kolektibilitas)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ledger.book import GroupBook
from ledger.errors import Refusal
from ledger.events import parse_event
from ledger.lending import check_eligible, loan_terms
from ledger.loans import KOLEKTIBILITAS_NAMES, kolektibilitas
from ledger.schedules import PlannedInstalment, admin_fee, build_schedule


@dataclass(frozen=True)
class LoanPreview:
    """A loan before it is saved: its fixed schedule, the cash handed over, and why it would be refused."""

    schedule: list[PlannedInstalment]
    fee: int
    cash_handed: int
    total_jasa: int
    refusal: str | None


def preview_loan(book: GroupBook, raw: dict[str, Any]) -> LoanPreview:
    """The schedule of a ``loan.disburse`` event on ``book`` and the first rule it breaks (None if none)."""
    try:
        event = parse_event(raw)
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


def next_loan_code(book: GroupBook, on: date) -> str:
    """A fresh loan code such as ``P2611-01`` (year, month, running number)."""
    stem = f"P{on:%y%m}-"
    number = 1
    while f"{stem}{number:02d}" in book.loans:
        number += 1
    return f"{stem}{number:02d}"


@dataclass(frozen=True)
class InstalmentLine:
    number: int
    due: date
    pokok: int
    jasa: int
    denda: int
    paid: int
    settled: bool
    past_due: bool


@dataclass(frozen=True)
class PaymentLine:
    date: date
    what: str
    amount: int
    event_id: str | None
    reversed: bool


@dataclass(frozen=True)
class LoanCard:
    code: str
    member: str
    member_name: str
    fund: str
    principal: int
    disbursed: date
    term: int
    method: str
    rate_pct_month: str
    outstanding: int
    payoff: int
    due_now: int
    days_past_due: int
    kolektibilitas: str
    is_open: bool
    instalments: list[InstalmentLine]
    payments: list[PaymentLine]


def loan_card(book: GroupBook, code: str, on: date) -> LoanCard:
    """A loan's card on ``on``: schedule with what each instalment got, and every payment or TR cover."""
    loan = book.loan(code)
    lines = [InstalmentLine(i.plan.number, i.plan.due, i.plan.pokok, i.jasa_due, i.denda_owed,
                            i.paid_pokok + i.paid_jasa + i.paid_denda, i.settled,
                            not i.settled and i.plan.due < on)
             for i in loan.instalments]
    payments = []
    for applied in book.applied.values():
        ev = applied.event
        if ev.type == "loan.pay" and ev["loan"] == loan.code:
            payments.append(PaymentLine(ev.date, "angsuran", ev["amount"], ev.id, bool(applied.reversed_by)))
    payments += [PaymentLine(c.date, f"tanggung renteng (tutup {c.month})", c.loans[loan.code], None, False)
                 for c in book.covers if loan.code in c.loans]
    payments.sort(key=lambda p: p.date)
    dpd = loan.days_past_due(on)
    kol = kolektibilitas(dpd, book.rules.kolektibilitas_days)
    member = book.members[loan.member]
    return LoanCard(loan.code, loan.member, member.name, loan.fund, loan.terms.principal, loan.disbursed,
                    loan.terms.term, loan.terms.method, str(loan.terms.rate_pct_month),
                    loan.principal_outstanding, loan.payoff(on), loan.due_by(on, on), dpd,
                    f"{kol} {KOLEKTIBILITAS_NAMES[kol]}", loan.is_open, lines, payments)
