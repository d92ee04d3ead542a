"""Starting from a paper book (rules §11, cli.md ``group.opening``): the saldo awal, and the same figures
read off a book, so a group opened with them continues exactly as its full history.

The opening is refused with every reason found at once (a facilitator fixes a spreadsheet in one go).
What is left once assets, savings, the grant fund and debts are counted is the group's opening equity,
*Modal awal (saldo pembukaan)*.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ledger.model import accounts as A
from ledger.model.calendar import day_text, month_end, month_of, month_start, month_text, months_between
from ledger.model.codes import LoanCode, MemberCode
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import MONTH_RE, Event, parse_date
from ledger.model.journal import Entry
from ledger.model.loans import Instalment, Loan
from ledger.model.money import rp
from ledger.model.schedules import build_schedule
from ledger.rules.book import GroupBook
from ledger.rules.closing import Close
from ledger.rules.joint_liability import TrCover, TrShare
from ledger.rules.lending import FUNDS, terms_from
from ledger.rules.revolving_grant import next_round_if_done

BEFORE_OPENING = frozenset({"group.create", "group.rules", "member.join"})
INCOME_KEYS = {"jasa": A.PENDAPATAN_JASA, "admin": A.PENDAPATAN_ADMIN, "denda": A.PENDAPATAN_DENDA,
               "lain": A.PENDAPATAN_LAIN}  # "lain" (cash.in) is a kasbuku extension of cli.md's three
SAVINGS = ("pokok", "wajib", "sukarela")
RESERVE = "reserve"


@dataclass
class Opening:
    """A group started from its paper book (rules §11): the cut-over and what the later rules need of the
    paper history that the journal cannot say (income of earlier years, the SHU bases of the cut-over year)."""

    seq: int
    date: date
    closed_through: str
    income_before: dict[str, int] = field(default_factory=dict)  # income of the years before the cut-over's
    savings_month_ends: dict[str, list[int]] = field(default_factory=dict)  # cut-over year, months before it
    borrowed: dict[str, int] = field(default_factory=dict)  # principal disbursed in the cut-over year


class Problems:
    """Every reason an opening does not add up, collected instead of stopping at the first."""

    def __init__(self, limit: int) -> None:
        self.found: list[str] = []
        self.limit = limit

    def add(self, reason: str) -> None:
        self.found.append(reason)

    def figure(self, value: Any, where: str) -> int:
        """A figure of the paper book: a whole, non-negative rupiah amount within ``max_amount``."""
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(f"{where} harus bilangan bulat rupiah, bukan {value!r}")
            return 0
        if value < 0:
            self.add(f"{where} tidak boleh negatif ({rp(value)})")
            return 0
        if value > self.limit:
            self.add(f"{where} {rp(value)} melebihi batas satu jumlah {rp(self.limit)} (aturan max_amount)")
        return value


@dataclass
class _Row:
    """A loan row rebuilt: the loan and what it still owes."""

    loan: Loan
    outstanding: int


def _mapping(value: Any, where: str, problems: Problems) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.add(f"{where} harus objek JSON")
        return {}
    return value


def _rows(value: Any, where: str, problems: Problems) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        problems.add(f"{where} harus daftar objek JSON")
        return []
    return value


def open_book(book: GroupBook, ev: Event, entry: Entry) -> None:
    """``group.opening``: the paper book as it stood at the end of ``date``, checked whole, then posted."""
    problems = Problems(book.rules.max_amount)
    if book.opening is not None:
        problems.add(f"saldo awal kelompok {book.name} sudah dicatat pada {day_text(book.opening.date)}")
    others = sorted({a.event.type for a in book.applied.values() if a.event.type not in BEFORE_OPENING})
    if others:
        problems.add("saldo awal dicatat sebelum transaksi lain kelompok ini; sudah ada: " + ", ".join(others))
    closed = ev.get("closed_through")
    if not isinstance(closed, str) or not MONTH_RE.match(closed):
        problems.add(f"closed_through harus bulan berbentuk YYYY-MM, bukan {closed!r}")
        closed = None
    elif closed > month_of(ev.date) or (book.created is not None and closed < month_of(book.created)):
        problems.add(f"bulan tertutup {month_text(closed)} harus di antara bulan kelompok dibuat dan bulan "
                     f"saldo awal ({month_text(month_of(ev.date))})")
        closed = None
    members = _members(book, ev, problems)
    loans = _loans(book, ev, problems)
    covers = _tr_debts(book, ev, problems)
    grant = _grant(book, ev, loans, problems)
    money = {key: problems.figure(ev.get(key, 0), key) for key in ("cash", "tr_reserve", "social_fund")}
    income = _income(ev.get("income"), "income", problems)
    income_ytd = _income(ev.get("income_ytd"), "income_ytd", problems) if "income_ytd" in ev.data else income
    for key, value in income_ytd.items():
        if value > income.get(key, 0):
            problems.add(f"income_ytd {key} {rp(value)} lebih dari income {key} {rp(income.get(key, 0))}")
    shu = _shu_ytd(book, ev, problems)
    if problems.found:
        raise Refusal("saldo awal ditolak: " + "; ".join(problems.found))
    assert closed is not None
    opening = Opening(ev.seq, ev.date, closed, {k: v - income_ytd.get(k, 0) for k, v in income.items()},
                      shu["savings_month_ends"], shu["borrowed"])
    book.opening = opening
    _post(book, ev, entry, members, loans, covers, grant, money, income_ytd, shu["costs"])
    book.closes.append(Close(month=closed, date=ev.date, seq=ev.seq))
    cutoff = month_end(closed)
    for row in loans:
        for inst in row.loan.instalments:
            if inst.plan.due <= cutoff and not inst.settled:
                inst.uncovered = True  # no coverer could pay it at its close: the group is blocked (§6.4)


def _members(book: GroupBook, ev: Event, problems: Problems) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for code, raw in _mapping(ev.get("members"), "members", problems).items():
        member = book.members.get(MemberCode(code))
        if member is None or not member.active:
            problems.add(f"anggota {code} tidak dikenal (catat member.join sebelum saldo awal)")
            continue
        fields = _mapping(raw, f"members.{code}", problems)
        unknown = set(fields) - {*SAVINGS, "wajib_arrears"}
        if unknown:
            problems.add(f"members.{code}: kunci tidak dikenal " + ", ".join(sorted(unknown)))
        out[code] = {key: problems.figure(fields.get(key, 0), f"members.{code}.{key}")
                     for key in (*SAVINGS, "wajib_arrears")}
        if out[code]["pokok"] > book.rules.pokok and book.rules.pokok:
            problems.add(f"members.{code}.pokok {rp(out[code]['pokok'])} lebih dari simpanan pokok aturan "
                         f"{rp(book.rules.pokok)}")
    return out


def _loans(book: GroupBook, ev: Event, problems: Problems) -> list[_Row]:
    out: list[_Row] = []
    seen: set[str] = set()
    for number, raw in enumerate(_rows(ev.get("loans"), "loans", problems), start=1):
        where = f"pinjaman ke-{number}"
        code = raw.get("loan")
        if not isinstance(code, str) or not code.strip():
            problems.add(f"{where}: kode pinjaman (loan) wajib ada")
            continue
        where = f"pinjaman {code}"
        if code in seen or code in book.loans:
            problems.add(f"{where}: kode pinjaman dipakai dua kali")
        seen.add(code)
        member = book.members.get(MemberCode(str(raw.get("member"))))
        if member is None or not member.active:
            problems.add(f"{where}: anggota {raw.get('member')!r} tidak dikenal")
        if raw.get("fund") not in FUNDS:
            problems.add(f"{where}: sumber dana (fund) harus grant atau group")
        try:
            disbursed = parse_date(raw.get("disbursed"), f"{where}.disbursed")
            if disbursed > ev.date:
                raise InvalidEvent(f"tanggal cair {day_text(disbursed)} setelah saldo awal")
            terms = terms_from(book.rules_on(disbursed), {**raw, "principal": problems.figure(
                raw.get("principal"), f"{where}: pokok pinjaman (principal)")})
            if terms.principal <= 0:
                raise InvalidEvent("pokok pinjaman (principal) harus lebih dari nol")
            schedule = build_schedule(terms, disbursed)
        except Refusal as exc:
            problems.add(f"{where}: {exc.message}")
            continue
        if member is None or raw.get("fund") not in FUNDS:
            continue
        loan = Loan(code=LoanCode(code), member=member.code, fund=str(raw["fund"]), terms=terms, disbursed=disbursed,
                    seq=ev.seq, instalments=[Instalment(p) for p in schedule], last_touch=ev.seq)
        paid = {key: problems.figure(raw.get(key, 0), f"{where}.{key}")
                for key in ("paid_pokok", "paid_jasa", "denda_owed")}
        _fill(loan, paid, ev.date, where, problems)
        out.append(_Row(loan, loan.principal_outstanding))
    return out


def _fill(loan: Loan, paid: dict[str, int], cutover: date, where: str, problems: Problems) -> None:
    """What was paid, in schedule order: pokok fills the pokok of each instalment, jasa the jasa of those
    that owe it (an instalment paid up whose period begins after the cut-over owes none, unless
    ``keep_jasa``); unpaid denda belongs to the oldest unpaid instalments past due. Instalments past due at
    the cut-over are not charged denda again."""
    pokok, jasa, denda = paid["paid_pokok"], paid["paid_jasa"], paid["denda_owed"]
    if pokok > loan.terms.principal:
        problems.add(f"{where}: pokok dibayar {rp(pokok)} melebihi pokok pinjaman {rp(loan.terms.principal)}")
        return
    for inst in loan.instalments:
        inst.paid_pokok = min(pokok, inst.plan.pokok)
        pokok -= inst.paid_pokok
        if (inst.paid_pokok == inst.plan.pokok and inst.plan.period_start > cutover
                and not loan.terms.keep_jasa):
            inst.jasa_waived = True
    for inst in loan.instalments:
        inst.paid_jasa = min(jasa, inst.jasa_due)
        jasa -= inst.paid_jasa
    if jasa:
        problems.add(f"{where}: jasa dibayar melebihi jadwalnya ({rp(paid['paid_jasa'])}, lebih {rp(jasa)})")
        return
    for inst in loan.instalments:
        if inst.plan.due < cutover:
            inst.denda_assessed = True
            if not inst.settled and denda:
                inst.denda_owed = min(denda, loan.terms.denda or denda)
                denda -= inst.denda_owed
    if denda:
        problems.add(f"{where}: denda terutang {rp(paid['denda_owed'])} lebih dari denda angsuran yang "
                     "lewat jatuh tempo")
        return
    loan.settled = all(i.settled for i in loan.instalments)


def _tr_debts(book: GroupBook, ev: Event, problems: Problems) -> list[TrCover]:
    """Open TR debts: rows of one debtor and one date are one cover (§6.5 splits its recovery)."""
    grouped: dict[tuple[str, date], list[TrShare]] = defaultdict(list)
    for number, raw in enumerate(_rows(ev.get("tr_debts"), "tr_debts", problems), start=1):
        where = f"utang TR ke-{number}"
        debtor, creditor = str(raw.get("debtor")), str(raw.get("creditor"))
        amount = problems.figure(raw.get("amount"), f"{where}: jumlah")
        if MemberCode(debtor) not in book.members or not book.members[MemberCode(debtor)].active:
            problems.add(f"{where}: penanggung utang {debtor!r} tidak dikenal")
        if creditor != RESERVE and creditor not in book.members:
            problems.add(f"{where}: pemberi tanggungan {creditor!r} tidak dikenal (kode anggota atau reserve)")
        if creditor == debtor:
            problems.add(f"{where}: {debtor} tidak dapat berutang kepada dirinya sendiri")
        try:
            day = parse_date(raw.get("date"), f"{where}.date")
        except InvalidEvent as exc:
            problems.add(exc.message)
            continue
        if day > ev.date:
            problems.add(f"{where}: tanggal {day_text(day)} setelah saldo awal")
        if amount:
            grouped[(debtor, day)].append(TrShare("" if creditor == RESERVE else creditor, amount,
                                                  "reserve" if creditor == RESERVE else "cash", amount))
    order: dict[str, int] = {code: m.number for code, m in book.members.items()}
    return [TrCover(seq=ev.seq, date=day, month=month_of(day), defaulter=debtor,
                    amount=sum(s.amount for s in shares),
                    shares=sorted(shares, key=lambda s: order.get(s.coverer, 0)))
            for (debtor, day), shares in sorted(grouped.items(), key=lambda item: (item[0][1], item[0][0]))]


def _grant(book: GroupBook, ev: Event, loans: list[_Row], problems: Problems) -> dict[str, Any]:
    raw = _mapping(ev.get("grant"), "grant", problems)
    out: dict[str, Any] = {k: problems.figure(raw.get(k, 0), f"grant.{k}")
                           for k in ("received", "passed_on", "written_off", "cash")}
    out["round"] = raw.get("round", 1)
    if isinstance(out["round"], bool) or not isinstance(out["round"], int) or out["round"] < 1:
        problems.add(f"grant.round harus bilangan bulat ≥ 1, bukan {out['round']!r}")
    for key in ("had", "declined"):
        codes = raw.get(key, [])
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            problems.add(f"grant.{key} harus daftar kode anggota")
            codes = []
        for code in codes:
            if code not in book.members or not book.members[code].active:
                problems.add(f"grant.{key}: anggota {code!r} tidak dikenal")
        out[key] = [c for c in codes if c in book.members]
    for code in set(out["had"]) & set(out["declined"]):
        problems.add(f"grant: {code} tidak dapat sekaligus sudah meminjam dan menolak di putaran ini")
    lent = sum(r.outstanding for r in loans if r.loan.fund == "grant")
    fund = out["received"] - out["passed_on"] - out["written_off"]
    if fund != out["cash"] + lent:
        problems.add(f"identitas dana bergulir tidak terpenuhi: diterima {rp(out['received'])} − digulirkan "
                     f"{rp(out['passed_on'])} − dihapus {rp(out['written_off'])} = {rp(fund)}, tetapi kas "
                     f"{rp(out['cash'])} + sisa pokok pinjaman bergulir {rp(lent)} = {rp(out['cash'] + lent)} "
                     f"(selisih {rp(fund - out['cash'] - lent)})")
    return out


def _income(value: Any, where: str, problems: Problems) -> dict[str, int]:
    raw = _mapping(value, where, problems)
    unknown = set(raw) - set(INCOME_KEYS)
    if unknown:
        problems.add(f"{where}: kunci tidak dikenal " + ", ".join(sorted(unknown)))
    return {k: problems.figure(raw.get(k, 0), f"{where}.{k}") for k in INCOME_KEYS if raw.get(k)}


def _shu_ytd(book: GroupBook, ev: Event, problems: Problems) -> dict[str, Any]:
    """What the cut-over year's SHU needs of the months before it (§9a)."""
    raw = _mapping(ev.get("shu_ytd"), "shu_ytd", problems)
    out: dict[str, Any] = {"costs": problems.figure(raw.get("costs", 0), "shu_ytd.costs"),
                           "savings_month_ends": {}, "borrowed": {}, "jasa_paid": {}}
    months = ev.date.month
    for code, fields in _mapping(raw.get("members"), "shu_ytd.members", problems).items():
        if code not in book.members:
            problems.add(f"shu_ytd: anggota {code!r} tidak dikenal")
            continue
        fields = _mapping(fields, f"shu_ytd.members.{code}", problems)
        ends = fields.get("savings_month_ends", [])
        if not isinstance(ends, list) or len(ends) > months:
            problems.add(f"shu_ytd.members.{code}.savings_month_ends: paling banyak {months} saldo akhir bulan")
            ends = []
        out["savings_month_ends"][code] = [problems.figure(v, f"shu_ytd {code} saldo akhir bulan") for v in ends]
        for key in ("borrowed", "jasa_paid"):
            out[key][code] = problems.figure(fields.get(key, 0), f"shu_ytd.members.{code}.{key}")
    for code, value in out.pop("jasa_paid").items():
        book.jasa_paid[(code, ev.date.year)] += value
    return out


def _post(book: GroupBook, ev: Event, entry: Entry, members: dict[str, dict[str, int]], loans: list[_Row],
          covers: list[TrCover], grant: dict[str, Any], money: dict[str, int], income_ytd: dict[str, int],
          costs: int) -> None:
    """The opening entry: every balance of the paper book, the rest to the opening equity."""
    entry.debit(A.KAS_KELOMPOK, money["cash"])
    entry.debit(A.KAS_BERGULIR, grant["cash"])
    entry.debit(A.KAS_CADANGAN_TR, money["tr_reserve"])
    entry.move(A.KAS_SOSIAL, A.DANA_SOSIAL, money["social_fund"])
    for code, saved in members.items():
        member = book.members[MemberCode(code)]
        for product in SAVINGS:
            entry.credit(A.SAVINGS_ACCOUNTS[product], saved[product], code)
        due = _wajib_due_through(book, member.joined, ev.date)
        member.wajib_paid = due - saved["wajib_arrears"] if saved["wajib_arrears"] else max(due, saved["wajib"])
    for row in loans:
        book.loans[row.loan.code] = row.loan
        entry.debit(A.LOAN_ACCOUNTS[row.loan.fund], row.outstanding, row.loan.code)
    reserve_owed = 0
    for cover in covers:
        book.covers.append(cover)
        for share in cover.shares:
            entry.debit(A.PIUTANG_TR, share.amount, cover.defaulter)
            if share.coverer:
                entry.credit(A.UTANG_TR, share.amount, share.coverer)
            else:
                reserve_owed += share.amount
    entry.credit(A.CADANGAN_TR, money["tr_reserve"] + reserve_owed)
    book.grant.round = grant["round"]
    book.grant.served = {**dict.fromkeys(grant["had"], "loan"), **dict.fromkeys(grant["declined"], "declined")}
    for key, store in (("received", book.grant.receipts), ("passed_on", book.grant.pass_ons),
                       ("written_off", book.grant.write_offs)):
        if grant[key]:
            store.append({"seq": ev.seq, "date": ev.date, "amount": grant[key], "source": "saldo awal",
                          "to": "saldo awal", "to_group": "", "document": "", "from_group": "", "reversed": False,
                          "loan": "", "member": "", "reason": "saldo awal"})
    next_round_if_done(book)
    entry.credit(A.DANA_BERGULIR, grant["received"] - grant["passed_on"] - grant["written_off"])
    for key, value in income_ytd.items():
        entry.credit(INCOME_KEYS[key], value)
    entry.debit(A.BEBAN_OPERASIONAL, costs)
    rest = -sum(line.amount for line in entry.lines)
    entry.credit(A.MODAL_AWAL, -rest) if rest < 0 else entry.debit(A.MODAL_AWAL, rest)


def _wajib_due_through(book: GroupBook, joined: date, cutover: date) -> int:
    """The wajib of every month from the joining month through the cut-over's month (rules §3)."""
    return sum(book.wajib_in_force(max(month_start(month), joined))
               for month in months_between(month_of(joined), month_of(cutover)))
