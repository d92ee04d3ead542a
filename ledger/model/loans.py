"""A loan's life after disbursement: what is owed on a date, how a payment fills it, days past due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ledger.model.codes import LoanCode, MemberCode
from ledger.model.schedules import PlannedInstalment, Terms


@dataclass
class Instalment:
    plan: PlannedInstalment
    paid_pokok: int = 0
    paid_jasa: int = 0
    paid_denda: int = 0
    denda_owed: int = 0
    denda_assessed: bool = False
    jasa_waived: bool = False
    uncovered: bool = False  # left as arrears by a close that found no coverer (§6.4)
    paid_by: list[int] = field(default_factory=list)  # seq of each event that paid into it, oldest first

    @property
    def jasa_due(self) -> int:
        return 0 if self.jasa_waived else self.plan.jasa

    @property
    def settled(self) -> bool:
        return (self.paid_pokok == self.plan.pokok and self.paid_jasa == self.jasa_due
                and self.paid_denda == self.denda_owed)

    def remaining(self, on: date, keep_jasa: bool) -> tuple[int, int, int]:
        """(denda, jasa, pokok) still owed on ``on``; before its period begins only pokok is owed."""
        pokok = self.plan.pokok - self.paid_pokok
        if self.plan.period_start <= on or keep_jasa:
            return (self.denda_owed - self.paid_denda, self.jasa_due - self.paid_jasa, pokok)
        return (0, 0, pokok)


@dataclass(frozen=True)
class Portion:
    """What one payment put into one instalment."""

    number: int
    denda: int
    jasa: int
    pokok: int
    waived_jasa: bool = False

    @property
    def total(self) -> int:
        return self.denda + self.jasa + self.pokok


@dataclass
class Loan:
    code: LoanCode
    member: MemberCode
    fund: str
    terms: Terms
    disbursed: date
    seq: int
    instalments: list[Instalment] = field(default_factory=list)
    written_off: bool = False
    cancelled: bool = False
    last_touch: int = 0  # seq of the last event that changed it (guards reversals)
    settled: bool = False  # every instalment fully paid (kept up to date by ``apply``)

    @property
    def principal_outstanding(self) -> int:
        if self.written_off or self.cancelled:
            return 0
        return self.terms.principal - sum(i.paid_pokok for i in self.instalments)

    @property
    def is_open(self) -> bool:
        return not (self.written_off or self.cancelled or self.settled)

    def assess_denda(self, on: date) -> None:
        """Each instalment not settled by the end of its due date owes the loan's denda once (§4)."""
        if not self.terms.denda:
            return
        for inst in self.instalments:
            if not inst.denda_assessed and inst.plan.due < on:
                inst.denda_assessed = True
                if not inst.settled:
                    inst.denda_owed = self.terms.denda

    def payoff(self, on: date) -> int:
        """The early-payoff amount on ``on``: all pokok still owed plus jasa and denda of begun periods."""
        if not self.is_open:
            return 0
        return sum(sum(i.remaining(on, self.terms.keep_jasa)) for i in self.instalments)

    def due_by(self, cutoff: date, on: date) -> int:
        """What is owed on ``on`` for the instalments due on or before ``cutoff``."""
        return sum(sum(i.remaining(on, self.terms.keep_jasa))
                   for i in self.instalments if i.plan.due <= cutoff)

    def plan_payment(self, amount: int, on: date) -> list[Portion]:
        """Fill instalments in schedule order (§4): begun ones denda → jasa → pokok; not begun ones owe
        only pokok (with ``keep_jasa``: pokok → jasa). The amount must not exceed the payoff."""
        left = amount
        out: list[Portion] = []
        for inst in self.instalments:
            if left == 0:
                break
            denda, jasa, pokok = inst.remaining(on, self.terms.keep_jasa)
            if denda + jasa + pokok == 0:
                continue
            begun = inst.plan.period_start <= on
            order = ("denda", "jasa", "pokok") if begun else ("denda", "pokok", "jasa")
            owed = {"denda": denda, "jasa": jasa, "pokok": pokok}
            got = dict.fromkeys(owed, 0)
            for part in order:
                take = min(left, owed[part])
                got[part] = take
                left -= take
            waive = (not begun and not self.terms.keep_jasa and got["pokok"] == pokok
                     and inst.paid_jasa == 0)
            out.append(Portion(inst.plan.number, got["denda"], got["jasa"], got["pokok"], waive))
        if left:
            raise ValueError("payment above payoff")
        return out

    def apply(self, portions: list[Portion], seq: int, sign: int = 1) -> None:
        """Record (sign 1) or take back (sign −1) what a payment put into the instalments."""
        for portion in portions:
            inst = self.instalments[portion.number - 1]
            inst.paid_denda += sign * portion.denda
            inst.paid_jasa += sign * portion.jasa
            inst.paid_pokok += sign * portion.pokok
            if portion.waived_jasa:
                inst.jasa_waived = sign > 0
            if sign > 0 and portion.total:
                inst.paid_by.append(seq)
            elif sign < 0 and seq in inst.paid_by:
                inst.paid_by.remove(seq)
        self.last_touch = seq
        self.settled = all(i.settled for i in self.instalments)

    def days_past_due(self, on: date) -> int:
        """Days since the oldest instalment not fully paid fell due (0 if none is due and unpaid)."""
        if not self.is_open:
            return 0
        for inst in self.instalments:
            if not inst.settled and inst.plan.due <= on:
                return (on - inst.plan.due).days
        return 0


def kolektibilitas(days_past_due: int, bounds: tuple[int, int, int]) -> int:
    """The five OJK classes (§5): 1 Lancar, 2 DPK, 3 Kurang Lancar, 4 Diragukan, 5 Macet."""
    if days_past_due <= 0:
        return 1
    if days_past_due <= bounds[0]:
        return 2
    if days_past_due <= bounds[1]:
        return 3
    if days_past_due <= bounds[2]:
        return 4
    return 5


KOLEKTIBILITAS_NAMES = {1: "Lancar", 2: "Dalam Perhatian Khusus", 3: "Kurang Lancar", 4: "Diragukan",
                        5: "Macet"}
