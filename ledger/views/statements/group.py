"""Group-wide figures of a month (the cash book is ``ledger.views.cashbook``): savings, loans, tanggung renteng,
dana bergulir, income and the balance sheet (neraca), each checked against the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledger.model import accounts as A
from ledger.model.codes import LoanCode
from ledger.model.journal import balances_between, income_statement
from ledger.model.labels import FUND_NAMES, TR_SOURCE_NAMES
from ledger.model.loans import kolektibilitas
from ledger.model.savings import wajib_arrears
from ledger.rules import business, revolving_grant
from ledger.rules.book import GroupBook
from ledger.views.statements.common import agree, check_book_date, coverer_name, member_name


# -- savings ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SavingsRow:
    code: str
    name: str
    pokok: int
    wajib: int
    sukarela: int
    wajib_arrears: int

    @property
    def total(self) -> int:
        return self.pokok + self.wajib + self.sukarela


def savings_table(book: GroupBook, on: date) -> list[SavingsRow]:
    """Each member's savings by product (members who left with nothing left are not shown)."""
    check_book_date(book, on)
    rows = []
    for m in book.members.values():
        s = book.savings(m.code)
        if m.active or any(s.values()):
            rows.append(SavingsRow(m.code, m.name, s["pokok"], s["wajib"], s["sukarela"],
                                   wajib_arrears(m, on, book.wajib_in_force)))
    for product, account in A.SAVINGS_ACCOUNTS.items():
        agree(f"jumlah simpanan {product}", sum(getattr(r, product) for r in rows),
              book.ledger.credit_balance(account))
    return rows


# -- loans ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LoanRow:
    code: str
    member: str
    name: str
    fund: str
    principal: int
    disbursed: date
    outstanding: int
    arrears: int
    days_past_due: int
    kolektibilitas: int


def loan_table(book: GroupBook, on: date) -> list[LoanRow]:
    """Open loans with what is past due on ``on`` and their kolektibilitas (§5)."""
    check_book_date(book, on)
    bounds = book.rules.kolektibilitas_days
    rows = []
    for loan in book.loans.values():
        if loan.is_open:
            dpd = loan.days_past_due(on)
            rows.append(LoanRow(loan.code, loan.member, book.members[loan.member].name, loan.fund,
                                loan.terms.principal, loan.disbursed, loan.principal_outstanding,
                                loan.due_by(on, on), dpd, kolektibilitas(dpd, bounds)))
    for fund, account in A.LOAN_ACCOUNTS.items():
        agree(f"sisa pinjaman {FUND_NAMES[fund]}", sum(r.outstanding for r in rows if r.fund == fund),
              book.ledger.balance(account))
    return rows


# -- tanggung renteng --------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrShareLine:
    coverer: str  # "KODE Nama", or "Cadangan TR"
    amount: int
    source: str  # tunai, sukarela or cadangan
    owed: int


@dataclass(frozen=True)
class TrCoverLine:
    day: date
    defaulter: str
    amount: int
    shares: list[TrShareLine]


@dataclass(frozen=True)
class TrDebtLine:
    month: str  # the close whose cover the debt comes from
    defaulter: str
    creditor: str
    owed: int


def tr_covers(book: GroupBook, month: str) -> list[TrCoverLine]:
    """The tanggung-renteng covers made by the month's close (§6)."""
    return [TrCoverLine(c.date, member_name(book, c.defaulter), c.amount,
                        [TrShareLine(coverer_name(book, s.coverer), s.amount, TR_SOURCE_NAMES[s.source], s.owed)
                         for s in c.shares])
            for c in book.covers if c.month == month]


def tr_debts(book: GroupBook) -> list[TrDebtLine]:
    """Open TR debts, one line per cover (its month) and creditor, checked against piutang TR."""
    lines = [TrDebtLine(c.month, member_name(book, c.defaulter), coverer_name(book, s.coverer), s.owed)
             for c in book.covers for s in c.shares if s.owed]
    agree("utang tanggung renteng", sum(ln.owed for ln in lines), book.ledger.balance(A.PIUTANG_TR))
    return lines


# -- tutup buku -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CloseLine:
    """One month close: when, what the others covered by tanggung renteng, what stayed uncovered."""

    month: str
    day: date
    covered: int
    uncovered: int


def close_lines(book: GroupBook) -> list[CloseLine]:
    """The months closed, the latest first."""
    return [CloseLine(c.month, c.date, sum(v.amount for v in c.covers), sum(c.uncovered.values()))
            for c in reversed(book.closes)]


# -- dana bergulir ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GrantPosition:
    received: int
    lent: int
    repaid: int
    written_off: int
    passed_on: int
    cash: int
    loans_outstanding: int
    to_pass_on: int
    pass_on_due: date | None
    round: int
    waiting: list[str]


def grant_position(book: GroupBook) -> GrantPosition:
    """The fund's position; lent − repaid − written off must be the loans out, and §7's identity hold."""
    figures = revolving_grant.figures(book)
    grant_loans = [ln for ln in book.loans.values() if ln.fund == "grant" and not ln.cancelled]
    lent = sum(ln.terms.principal for ln in grant_loans)
    repaid = sum(i.paid_pokok for ln in grant_loans for i in ln.instalments)
    agree("pinjaman dana bergulir (dipinjamkan − kembali − dihapus)", lent - repaid - figures["written_off"],
          figures["loans_outstanding"])
    agree("identitas dana bergulir (hibah − digulirkan − dihapus)",
          figures["received"] - figures["passed_on"] - figures["written_off"],
          figures["cash"] + figures["loans_outstanding"])
    agree("dana bergulir", figures["cash"] + figures["loans_outstanding"],
          book.ledger.credit_balance(A.DANA_BERGULIR))
    duty = revolving_grant.obligation(book)
    waiting = [member_name(book, m.code) for m in revolving_grant.waiting(book)
               ] if book.rules.rotation else []
    return GrantPosition(figures["received"], lent, repaid, figures["written_off"], figures["passed_on"],
                         figures["cash"], figures["loans_outstanding"], duty["still"], duty["due"],
                         book.grant.round, waiting)


# -- income statement and balance sheet ----------------------------------------------------------------
@dataclass(frozen=True)
class AccountLine:
    name: str
    amount: int


@dataclass(frozen=True)
class IncomeStatement:
    income: list[AccountLine]
    costs: list[AccountLine]
    total_income: int
    total_costs: int
    surplus: int


def statement_of(figures: dict[str, int]) -> IncomeStatement:
    """An income statement from ``journal.income_statement``'s figures; its lines must add up to its totals."""
    lines = {code: AccountLine(A.CHART[code].name, v) for code, v in sorted(figures.items())
             if code in A.CHART and v}
    income = [ln for code, ln in lines.items() if A.CHART[code].kind is A.Kind.INCOME]
    costs = [ln for code, ln in lines.items() if A.CHART[code].kind is A.Kind.EXPENSE]
    agree("hasil usaha", sum(ln.amount for ln in income) - sum(ln.amount for ln in costs), figures["surplus"])
    return IncomeStatement(income, costs, figures["income"], figures["costs"], figures["surplus"])


def income_between(book: GroupBook, start: date | None, end: date) -> IncomeStatement:
    """Laporan hasil usaha of the savings-and-loan side (what SHU shares) for the entries dated in
    [start, end], year-end closings left out. The joint business has its own profit and loss
    (``statements.economy``); with it the two results must make the journal's whole result."""
    moves = balances_between(book.ledger.entries, start, end, include_closing=False)
    savings_loan = statement_of(income_statement({k: v for k, v in moves.items() if k not in A.BUSINESS_ACCOUNTS}))
    business_profit = business.profit(book, start, end)["profit"]
    agree("hasil usaha simpan pinjam + laba usaha kelompok", savings_loan.surplus + business_profit,
          income_statement(moves)["surplus"])
    return savings_loan


@dataclass(frozen=True)
class GrantRoundLine:
    round: int
    day: date
    member: str
    what: str  # loan code, or "menolak"
    principal: int
    outstanding: int
    status: str


@dataclass(frozen=True)
class GrantHistory:
    receipts: list[tuple[date, str, str, int]]  # date, source, document, amount
    pass_ons: list[tuple[date, str, str, int]]  # date, recipient, document, amount
    write_offs: list[tuple[date, str, str, int]]  # date, "loan — member", reason, amount
    rounds: list[GrantRoundLine]


def grant_history(book: GroupBook) -> GrantHistory:
    """Every grant received, passed on and written off, and who had a grant loan in which round."""
    g = book.grant
    receipts = [(r["date"], r["source"], r["document"], r["amount"])
                for r in g.receipts if not r.get("reversed")]
    pass_ons = [(p["date"], p["to"], p["document"], p["amount"]) for p in g.pass_ons if not p["reversed"]]
    write_offs = [(w["date"], f"{w['loan']} — {member_name(book, w['member'])}", w["reason"], w["amount"])
                  for w in g.write_offs]
    rounds = []
    for number, code, what, day in g.history:
        loan = book.loans.get(LoanCode(what.removeprefix("loan:"))) if what.startswith("loan:") else None
        if loan is None:
            rounds.append(GrantRoundLine(number, day, member_name(book, code), "menolak", 0, 0, "Menolak"))
        elif not loan.cancelled:
            status = "Dihapus" if loan.written_off else ("Berjalan" if loan.is_open else "Lunas")
            rounds.append(GrantRoundLine(number, day, member_name(book, code), loan.code,
                                         loan.terms.principal, loan.principal_outstanding, status))
    return GrantHistory(receipts, pass_ons, write_offs, rounds)
