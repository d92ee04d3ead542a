"""Use cases of lending (rules.md §4): disburse a loan, take a payment, write a loan off."""

from __future__ import annotations

from typing import Any

from ledger.model import accounts as A
from ledger.model.calendar import day_text
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.model.labels import FUND_NAMES
from ledger.model.loans import Instalment, Loan, Portion
from ledger.model.money import parse_percent, rp
from ledger.model.schedules import Terms, admin_fee, build_schedule
from ledger.model.settings import FREQUENCIES, Rules, monthly_rate, yearly_rate
from ledger.rules import joint_liability, revolving_grant
from ledger.rules.book import GroupBook
from ledger.rules.postings import post_portions

FUNDS = ("grant", "group")


def loan_terms(book: GroupBook, ev: Event) -> Terms:
    """The loan's own terms: what the event gives, else the group's rules in force."""
    return terms_from(book.rules, ev.data)


def terms_from(rules: Rules, data: dict[str, Any]) -> Terms:
    """A loan's terms from the keys given (``loan.disburse`` or a loan row of ``group.opening``), each
    defaulting to ``rules`` (§12: the terms are fixed when the loan is made)."""
    if "rate_pct_month" in data and "rate_pct_year" in data:
        raise InvalidEvent("isi salah satu saja: rate_pct_month (per bulan) atau rate_pct_year (per tahun)")
    try:
        rate = (monthly_rate(data["rate_pct_month"]) if "rate_pct_month" in data
                else yearly_rate(data["rate_pct_year"]) if "rate_pct_year" in data else rules.rate_pct_month)
        fee = parse_percent(data["admin_fee_pct"]) if "admin_fee_pct" in data else rules.admin_fee_pct
    except ValueError as exc:
        raise InvalidEvent(f"persentase tidak sah: {exc}") from exc
    method = data.get("method", rules.method)
    if method not in ("flat", "menurun"):
        raise InvalidEvent("metode jasa harus flat atau menurun")
    frequency = data.get("frequency", rules.frequency)
    if frequency not in FREQUENCIES:
        raise InvalidEvent("frekuensi angsuran harus " + ", ".join(FREQUENCIES))
    term, denda, unit = data.get("term", rules.term), data.get("denda", rules.denda), \
        data.get("rounding_unit", rules.rounding_unit)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (term, denda, unit)):
        raise InvalidEvent("jangka waktu, denda dan satuan pembulatan harus bilangan bulat")
    if term < 1 or term > 120:
        raise InvalidEvent("jangka waktu harus 1 sampai 120 angsuran")
    if denda < 0:
        raise InvalidEvent("denda tidak boleh negatif")
    if unit < 1:
        raise InvalidEvent("satuan pembulatan harus paling sedikit 1")
    keep_jasa = data.get("keep_jasa", rules.keep_jasa)
    if not isinstance(keep_jasa, bool):
        raise InvalidEvent("keep_jasa harus true atau false")
    return Terms(principal=data["principal"], term=term, rate_pct_month=rate, method=method,
                 rounding_unit=unit, admin_fee_pct=fee, denda=denda, keep_jasa=keep_jasa, frequency=frequency)


def check_eligible(book: GroupBook, member_code: str, fund: str, principal: int, fee: int) -> None:
    """Every refusal of §4's eligibility, each naming its reason, in the order a treasurer checks them."""
    member = book.member(member_code)
    open_loans = book.open_loans(member.code)
    if len(open_loans) >= book.rules.max_open_loans:
        names = ", ".join(ln.code for ln in open_loans)
        raise Refusal(f"{member.code} ({member.name}) masih punya pinjaman berjalan ({names}); "
                      f"paling banyak {book.rules.max_open_loans} pinjaman terbuka")
    owes = book.tr_owes(member.code)
    if owes:
        raise Refusal(f"{member.code} ({member.name}) masih berutang tanggung renteng {rp(owes)}; "
                      "lunasi dulu sebelum meminjam lagi")
    need = principal if fund == "grant" else principal - fee
    have = book.fund_cash(fund)
    if need > have:
        raise Refusal(f"kas {FUND_NAMES[fund]} tidak cukup: perlu {rp(need)}, ada {rp(have)}")
    if book.blocked:
        raise Refusal(f"kelompok {book.name} diblokir: ada tunggakan yang tidak tertanggung renteng; "
                      "tidak ada pencairan baru sampai tunggakan itu lunas")
    if fund == "grant":
        revolving_grant.check_rotation(book, member)


def disburse(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Pencairan: the fixed schedule is made now; the admin fee is kept from the cash handed over."""
    code = ev["loan"].strip()
    if code in book.loans:
        raise Refusal(f"kode pinjaman {code} sudah dipakai di kelompok {book.name}")
    fund = ev["fund"]
    if fund not in FUNDS:
        raise InvalidEvent("sumber dana harus grant (dana bergulir) atau group (dana kelompok)")
    terms = loan_terms(book, ev)
    fee = admin_fee(terms)
    member = book.member(ev["member"])
    check_eligible(book, member.code, fund, terms.principal, fee)
    schedule = build_schedule(terms, ev.date)
    loan = Loan(code=code, member=member.code, fund=fund, terms=terms, disbursed=ev.date, seq=ev.seq,
                instalments=[Instalment(p) for p in schedule], last_touch=ev.seq)
    book.loans[code] = loan
    entry.move(A.LOAN_ACCOUNTS[fund], A.FUND_CASH[fund], terms.principal, to_sub=code)
    entry.move(A.KAS_KELOMPOK, A.PENDAPATAN_ADMIN, fee)
    if fund == "grant":
        revolving_grant.serve(book, member.code, f"loan:{code}", ev.date)


def pay_from(book: GroupBook, member: str, loan: Loan | None, amount: int, entry: Entry,
             seq: int) -> dict[str, Any]:
    """A member's money: first her TR debt (§6.5), then the loan (or, with none named, all her loans).

    Returns what was done, for a later reversal.
    """
    used, tr_parts = joint_liability.recover(book, member, amount, entry)
    left = amount - used
    targets = [loan] if loan is not None else book.open_loans(member)
    done: list[tuple[str, list[Portion]]] = []
    for target in targets:
        if left == 0:
            break
        take = min(left, target.payoff(entry.date))
        portions = target.plan_payment(take, entry.date)
        target.apply(portions, seq)
        post_portions(book, target, portions, entry)
        done.append((target.code, portions))
        left -= take
    if left:
        raise Refusal(f"pembayaran melebihi yang harus dibayar: lebih {rp(left)}")
    return {"loans": done, "tr": tr_parts}


def pay(book: GroupBook, ev: Event, entry: Entry) -> dict[str, Any]:
    """Angsuran: refused above the payoff amount (TR debt first, then the loan's early-payoff figure)."""
    loan = book.loan(ev["loan"])
    if loan.written_off:
        raise Refusal(f"pinjaman {loan.code} sudah dihapusbukukan")
    owes = book.tr_owes(loan.member)
    payoff = loan.payoff(ev.date)
    if payoff == 0 and owes == 0:
        raise Refusal(f"pinjaman {loan.code} sudah lunas")
    if ev["amount"] > payoff + owes:
        extra = f" ditambah utang tanggung renteng {rp(owes)}" if owes else ""
        raise Refusal(f"pembayaran {rp(ev['amount'])} melebihi jumlah pelunasan pinjaman {loan.code} "
                      f"pada {day_text(ev.date)}: {rp(payoff)}{extra}")
    return pay_from(book, loan.member, loan, ev["amount"], entry, ev.seq)


def repay_tr(book: GroupBook, ev: Event, entry: Entry) -> dict[str, Any]:
    """A member pays her tanggung-renteng debt without a loan payment."""
    member = book.member(ev["member"], active=False)
    owes = book.tr_owes(member.code)
    if ev["amount"] > owes:
        raise Refusal(f"{member.code} berutang tanggung renteng {rp(owes)}; pembayaran {rp(ev['amount'])} "
                      "terlalu besar")
    _, parts = joint_liability.recover(book, member.code, ev["amount"], entry)
    return {"loans": [], "tr": parts}


def _write_off(book: GroupBook, ev: Event, fund: str) -> tuple[Loan, int]:
    """Close what is left of a loan; jasa and denda still owed are dropped (§7). Returns the principal."""
    loan = book.loan(ev["loan"])
    if loan.fund != fund:
        other = "grant.write_off" if loan.fund == "grant" else "loan.write_off"
        raise Refusal(f"pinjaman {loan.code} memakai {FUND_NAMES[loan.fund]}; gunakan {other}")
    if not loan.is_open:
        raise Refusal(f"pinjaman {loan.code} sudah tidak berjalan; tidak ada yang dihapus")
    outstanding = loan.principal_outstanding
    loan.written_off = True
    loan.last_touch = ev.seq
    return loan, outstanding


def write_off_grant(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A facilitator writes off a grant loan: the fund shrinks by the principal still out (§7)."""
    loan, outstanding = _write_off(book, ev, "grant")
    entry.move(A.DANA_BERGULIR, A.PIUTANG_BERGULIR, outstanding, from_sub=loan.code)
    book.grant.write_offs.append({"loan": loan.code, "member": loan.member, "amount": outstanding,
                                  "date": ev.date, "reason": ev["reason"]})


def write_off_group(book: GroupBook, ev: Event, entry: Entry) -> None:
    """A facilitator writes off a loan of the group's own money: the loss is a cost of the group."""
    loan, outstanding = _write_off(book, ev, "group")
    entry.move(A.BEBAN_PENGHAPUSAN, A.PIUTANG_KELOMPOK, outstanding, from_sub=loan.code)

