"""A book read back as the ``group.opening`` of cli.md (rules §11): what a facilitator would copy from the paper
book, read off kasbuku's own — for the template written from an existing group, and the continuity test."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ledger.model import accounts as A
from ledger.model.calendar import month_of
from ledger.model.journal import balances_between
from ledger.model.loans import Loan
from ledger.model.savings import wajib_arrears
from ledger.model.settings import rate_json
from ledger.rules.book import GroupBook
from ledger.rules.opening import INCOME_KEYS, RESERVE
from ledger.rules.revolving_grant import figures
from ledger.rules.shu import borrowed_weights, month_end_savings


def opening_from_book(book: GroupBook, on: date) -> dict[str, Any]:
    """The ``group.opening`` payload of a book as it stood at the end of ``on`` (its events up to ``on``):
    what a facilitator copies from the paper book, read off kasbuku's own. A group opened with it and given
    the same later events has the same state (rules §11)."""
    boxes = {"cash": book.ledger.balance(A.KAS_KELOMPOK), "tr_reserve": book.ledger.balance(A.KAS_CADANGAN_TR),
               "social_fund": book.ledger.credit_balance(A.DANA_SOSIAL)}
    moves = balances_between(book.ledger.entries, None, on, include_closing=False)
    year_moves = balances_between(book.ledger.entries, date(on.year, 1, 1), on, include_closing=False)
    income = {k: -moves.get(acct, 0) + (book.opening.income_before.get(k, 0) if book.opening else 0)
              for k, acct in INCOME_KEYS.items()}
    income_ytd = {k: -year_moves.get(acct, 0) for k, acct in INCOME_KEYS.items()}
    costs = sum(v for acct, v in year_moves.items() if A.CHART[acct].kind is A.Kind.EXPENSE
                and acct not in A.BUSINESS_ACCOUNTS)
    active = book.active_members()
    payload: dict[str, Any] = {
        "type": "group.opening", "date": on.isoformat(), "group": book.name,
        "closed_through": book.last_closed or month_of(on), **boxes,
        "income": {k: v for k, v in income.items() if v}, "income_ytd": {k: v for k, v in income_ytd.items() if v},
        "grant": {**{k: v for k, v in figures(book).items() if k != "loans_outstanding"}, "round": book.grant.round,
                  "had": [m.code for m in active if book.grant.served.get(m.code) not in (None, "declined")],
                  "declined": [m.code for m in active if book.grant.served.get(m.code) == "declined"]},
        "members": {m.code: {**book.savings(m.code),
                             "wajib_arrears": wajib_arrears(m, on + timedelta(days=1), book.wajib_in_force)}
                    for m in active},
        "loans": [_loan_row(loan, on) for loan in book.loans.values() if loan.is_open],
        "tr_debts": [{"debtor": c.defaulter, "creditor": s.coverer or RESERVE, "amount": s.owed,
                      "date": c.date.isoformat()} for c in book.covers for s in c.shares if s.owed],
        "shu_ytd": {"costs": costs, "members": {m.code: _shu_member(book, m.code, on) for m in active}},
    }
    return payload


def _loan_row(loan: Loan, on: date) -> dict[str, Any]:
    """A loan as its paper card shows it: terms, and what was paid of pokok and jasa, and denda still owed."""
    terms = loan.terms
    unpaid_denda = sum(i.denda_owed - i.paid_denda for i in loan.instalments)
    unpaid_denda += sum(terms.denda for i in loan.instalments
                        if i.plan.due < on and not i.denda_assessed and not i.settled)
    jasa = sum(i.paid_jasa for i in loan.instalments)
    # jasa waived by an early payment of a period that has since begun reads, on paper, as jasa settled
    jasa += sum(i.plan.jasa for i in loan.instalments if i.jasa_waived and i.plan.period_start <= on)
    return {"loan": loan.code, "member": loan.member, "fund": loan.fund, "principal": terms.principal,
            "disbursed": loan.disbursed.isoformat(), "term": terms.term, "method": terms.method,
            **rate_json(terms.rate_pct_month), "frequency": terms.frequency, "rounding_unit": terms.rounding_unit,
            "admin_fee_pct": str(terms.admin_fee_pct), "denda": terms.denda, "keep_jasa": terms.keep_jasa,
            "paid_pokok": sum(i.paid_pokok for i in loan.instalments), "paid_jasa": jasa,
            "denda_owed": unpaid_denda}


def _shu_member(book: GroupBook, code: str, on: date) -> dict[str, Any]:
    return {"savings_month_ends": month_end_savings(book, code, on),
            "jasa_paid": book.jasa_paid.get((code, on.year), 0),
            "borrowed": borrowed_weights(book, on.year).get(code, 0)}
