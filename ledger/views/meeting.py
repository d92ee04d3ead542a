"""The monthly meeting (pertemuan): what each member is expected to pay, what she paid, and the
tanggung-renteng shares a month close would ask for (the commands are ``ledger.services.meeting``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ledger.model import accounts as A
from ledger.model.calendar import month_end, month_of
from ledger.model.savings import wajib_arrears, wajib_due
from ledger.rules.book import GroupBook


@dataclass(frozen=True)
class MeetingRow:
    """One member's line of the meeting grid: what is expected of her on the meeting date."""

    member: str
    name: str
    wajib_due: int  # this month's wajib plus earlier months still unpaid
    wajib_arrears: int  # the part of ``wajib_due`` from earlier months
    loans: tuple[tuple[str, int], ...]  # her open loans, oldest first, each with what it has due by month end
    tr_owes: int  # her tanggung-renteng debt (paid first by any instalment, §6.5)
    instalment_due: int  # TR debt plus everything of her loans due by the month's end
    instalment_arrears: int  # TR debt plus loan instalments already past due on the meeting date
    most: int  # the largest instalment payment the rules accept (payoffs plus TR debt)
    sukarela: int  # sukarela balance before the meeting

    @property
    def wajib_month(self) -> int:
        """This month's wajib (``wajib_due`` without the arrears)."""
        return self.wajib_due - self.wajib_arrears

    @property
    def instalment_month(self) -> int:
        """Her loans' instalments falling due this month (not yet past due on the meeting date)."""
        return self.instalment_due - self.instalment_arrears

    @property
    def loan_arrears(self) -> int:
        """Loan instalments already past due (without the TR debt)."""
        return self.instalment_arrears - self.tr_owes

    @property
    def loan_codes(self) -> str:
        return ", ".join(code for code, _ in self.loans)

    @property
    def total(self) -> int:
        """Everything to bring: wajib and its arrears, instalments and their arrears, TR debt."""
        return self.wajib_due + self.instalment_due

    @property
    def loan(self) -> str | None:
        """The oldest open loan (where anything paid above what is billed goes)."""
        return self.loans[0][0] if self.loans else None

    def split(self, amount: int) -> list[tuple[str, int]]:
        """An instalment payment spread over her loans: TR debt and the oldest loan's bill first, then
        each later loan's bill; anything above the bills goes to the oldest loan."""
        parts: list[tuple[str, int]] = []
        left = amount
        for index, (code, due) in enumerate(self.loans):
            take = min(left, due + (self.tr_owes if index == 0 else 0))
            parts.append((code, take))
            left -= take
        if parts and left:
            parts[0] = (parts[0][0], parts[0][1] + left)
        return [(code, part) for code, part in parts if part]


@dataclass(frozen=True)
class Paid:
    """What a member paid at the meeting, in whole rupiah."""

    wajib: int = 0
    instalment: int = 0
    sukarela: int = 0

    @property
    def total(self) -> int:
        return self.wajib + self.instalment + self.sukarela


def meeting_rows(book: GroupBook, on: date) -> list[MeetingRow]:
    """Every active member in member order with her expected wajib, instalment and arrears on ``on``."""
    month_over = month_end(month_of(on)) + timedelta(days=1)
    yesterday = on - timedelta(days=1)
    rows = []
    for m in sorted(book.active_members(), key=lambda x: x.number):
        loans = sorted(book.open_loans(m.code), key=lambda ln: (ln.disbursed, ln.seq))
        month_last = month_over - timedelta(days=1)
        tr = book.tr_owes(m.code)
        wajib = max(0, wajib_due(m, month_over, book.wajib_in_force) - m.wajib_paid)
        # a monthly loan's bill is the month's instalment; a weekly or fortnightly one's is what falls due by
        # the meeting's own date (the group meets when its instalments fall due)
        bills = tuple((ln.code, ln.due_by(month_last if ln.terms.frequency == "bulanan" else on, on))
                      for ln in loans)
        rows.append(MeetingRow(
            member=m.code, name=m.name, wajib_due=wajib,
            wajib_arrears=wajib_arrears(m, on, book.wajib_in_force),
            loans=bills, tr_owes=tr, instalment_due=tr + sum(bill for _, bill in bills),
            instalment_arrears=tr + sum(ln.due_by(yesterday, on) for ln in loans),
            most=tr + sum(ln.payoff(on) for ln in loans),
            sukarela=book.savings(m.code)["sukarela"]))
    return rows


@dataclass(frozen=True)
class PaidInMonth:
    """What a member paid in a month, as the book has it: the meeting sheet's archive columns."""

    wajib: int = 0
    instalment: int = 0  # loan payments and TR repayments
    tr_debt: int = 0  # the part of ``instalment`` that paid her TR debt (§6.5)
    sukarela: int = 0
    days: tuple[date, ...] = ()


def paid_between(book: GroupBook, start: date, end: date) -> dict[str, PaidInMonth]:
    """What each member has on the book dated in [start, end] (wajib, instalments and TR, sukarela), not
    counting entries reversed since."""
    out: dict[str, PaidInMonth] = {}
    loans = {code: loan.member for code, loan in book.loans.items()}
    for applied in book.applied.values():
        ev = applied.event
        if not start <= ev.date <= end or applied.reversed_by:
            continue
        if ev.type == "savings.deposit" and ev["product"] in ("wajib", "sukarela"):
            member, got = ev["member"], PaidInMonth(**{ev["product"]: ev["amount"]})
        elif ev.type in ("loan.pay", "tr.repay"):
            member = ev["member"] if ev.type == "tr.repay" else loans.get(ev["loan"], "")
            tr_debt = -sum(ln.amount for ln in applied.entry.lines if ln.account == A.PIUTANG_TR and ln.sub == member)
            got = PaidInMonth(instalment=ev["amount"], tr_debt=tr_debt)
        else:
            continue
        had = out.get(member, PaidInMonth())
        out[member] = PaidInMonth(had.wajib + got.wajib, had.instalment + got.instalment, had.tr_debt + got.tr_debt,
                                  had.sukarela + got.sukarela, tuple(sorted({*had.days, ev.date})))
    return out


def recorded_on(book: GroupBook, day: date) -> dict[str, Paid]:
    """What each member already has on the book for ``day``: so a treasurer sees that a saved meeting is in
    the book."""
    return {m: Paid(p.wajib, p.instalment, p.sukarela) for m, p in paid_between(book, day, day).items()}


@dataclass(frozen=True)
class ShareToCollect:
    """One coverer's tanggung-renteng share for one defaulter, as a close would record it (§6)."""

    coverer: str  # member code, '' for the TR reserve
    defaulter: str
    amount: int
    source: str  # cash, sukarela or reserve


@dataclass(frozen=True)
class ClosePreview:
    month: str
    day: date
    shares: list[ShareToCollect]
    uncovered: dict[str, int]
    refusal: str | None = None

    @property
    def cash_to_collect(self) -> int:
        return sum(s.amount for s in self.shares if s.source == "cash")


def close_day(month: str, today: date) -> date:
    """The date a close is recorded with: the month's last day once it is over, else today."""
    return min(month_end(month), max(today, date.fromisoformat(f"{month}-01")))
