"""Read-only views of a book: the ``state`` JSON of cli.md, PAR30, and the book's own checks."""

from __future__ import annotations

from datetime import date
from typing import Any

from ledger.model import accounts as A
from ledger.model.journal import balances_between
from ledger.model.loans import kolektibilitas
from ledger.model.money import rp
from ledger.model.savings import wajib_arrears
from ledger.model.settings import MEMBER_POOLS
from ledger.rules import assets, business, revolving_grant, social_fund, visits
from ledger.rules.book import GroupBook


def par30(book: GroupBook, on: date) -> tuple[int, int]:
    """(principal of loans more than 30 days past due, all principal outstanding) on ``on`` (§5)."""
    at_risk = total = 0
    for loan in book.loans.values():
        if not loan.is_open:
            continue
        total += loan.principal_outstanding
        if loan.days_past_due(on) > 30:
            at_risk += loan.principal_outstanding
    return at_risk, total


def percent_text(part: int, whole: int) -> str:
    """A ratio as a percentage with two decimals, computed in integers (no floats): '12.50'."""
    if whole == 0:
        return "0.00"
    hundredths = (part * 10000 * 2 + whole) // (2 * whole)
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def loan_rows(book: GroupBook, member: str, on: date) -> list[dict[str, Any]]:
    bounds = book.rules.kolektibilitas_days
    rows = []
    for loan in book.loans.values():
        if loan.member != member or not loan.is_open:
            continue
        dpd = loan.days_past_due(on)
        rows.append({"loan": loan.code, "fund": loan.fund, "principal_outstanding": loan.principal_outstanding,
                     "days_past_due": dpd, "kolektibilitas": kolektibilitas(dpd, bounds)})
    return rows


def income_to_date(book: GroupBook, on: date) -> dict[str, int]:
    """Income received up to ``on`` (cash basis), before any year-end closing into SHU."""
    moves = balances_between(book.ledger.entries, None, on, include_closing=False)
    before = book.opening.income_before if book.opening is not None and book.opening.date <= on else {}
    return {key: -moves.get(account, 0) + before.get(key, 0)
            for key, account in (("jasa", A.PENDAPATAN_JASA), ("admin", A.PENDAPATAN_ADMIN),
                                 ("denda", A.PENDAPATAN_DENDA))}


def group_state(book: GroupBook, on: date) -> dict[str, Any]:
    """The ``state`` object of cli.md for the book as of ``on`` (the book holds events up to ``on``)."""
    grant = revolving_grant.figures(book)
    duty = revolving_grant.obligation(book)
    at_risk, total = par30(book, on)
    members: dict[str, Any] = {}
    for m in book.members.values():
        members[m.code] = {
            "active": m.active,
            "savings": book.savings(m.code),
            "wajib_arrears": wajib_arrears(m, on, book.wajib_in_force),
            "loans": loan_rows(book, m.code, on),
            "tr_owes": book.tr_owes(m.code),
            "tr_is_owed": book.tr_is_owed(m.code),
            "name": m.name,
            "role": m.role,
            "category": m.category,
        }
    out: dict[str, Any] = {
        "group": book.name,
        "as_of": on.isoformat(),
        "blocked": book.blocked,
        "cash": book.cash,
        "income": income_to_date(book, on),
        "grant": {**grant, "round": book.grant.round,
                  "waiting": [m.code for m in revolving_grant.waiting(book)] if book.rules.rotation else [],
                  "to_pass_on": duty["still"],
                  "pass_on_due": duty["due"].isoformat() if duty["due"] else None},
        "members": members,
        "kind": book.kind,
        "last_closed_month": book.last_closed,
        "tr_reserve": book.ledger.balance(A.KAS_CADANGAN_TR),
        "loans_outstanding": total,
        "par30_pct": percent_text(at_risk, total),
        "warnings": book.warnings(),
        "social_fund": social_fund.balance(book),
        "business": {"cash": book.ledger.balance(A.KAS_USAHA), **business.profit(book, None, on),
                     "undistributed": business.undistributed(book, on)},
        "assets": [asset_row(a) for a in book.assets.values()],
        "assets_unchecked": [a.code for a in assets.unchecked(book, on)],
        "followups_open": [{"id": f.id, "what": f.what, "due": f.due.isoformat(), "overdue": f.due < on}
                           for f in visits.open_followups(book)],
    }
    if book.shu_years:
        out["shu"] = {str(year): shu_json(result) for year, result in sorted(book.shu_years.items())}
    return out


def shu_json(result: dict[str, Any]) -> dict[str, Any]:
    """An allocated SHU year as cli.md's ``state.shu`` shows it: surplus, pools, each member's shares."""
    return {"surplus": result["surplus"], "pools": dict(result["pools"]),
            "members": {code: {pool: parts.get(pool, 0) for pool in MEMBER_POOLS}
                        for code, parts in result["shares"].items()},
            "pct": {k: str(v) for k, v in result["pct"].items()},
            "savings_basis": result["savings_basis"], "loan_basis": result["loan_basis"]}


def asset_row(asset: assets.Asset) -> dict[str, Any]:
    return {"asset": asset.code, "item": asset.item, "quantity": asset.quantity, "value": asset.value,
            "holder": asset.holder, "condition": asset.condition,
            "last_checked": asset.last_checked.isoformat() if asset.last_checked else None,
            "disposed": asset.disposed.get("how") if asset.disposed else None, "note": asset.note}


def findings(book: GroupBook) -> list[str]:
    """Everything wrong with a book (all of it, not just the first): unbalanced entries, sub-ledgers that
    differ from their control accounts or from the loans and TR records, and the §7 identity."""
    out: list[str] = []
    for entry in book.ledger.entries:
        if not entry.balanced:
            out.append(f"{book.name}: jurnal {entry.event_type} {entry.date} tidak seimbang")
    for code, account in A.CHART.items():
        if account.sub:
            subs = sum(book.ledger.subs(code).values())
            if subs != book.ledger.balance(code):
                out.append(f"{book.name}: buku pembantu {account.name} ({rp(subs)}) ≠ akun "
                           f"({rp(book.ledger.balance(code))})")
    for loan in book.loans.values():
        sub = book.ledger.sub_balance(A.LOAN_ACCOUNTS[loan.fund], loan.code)
        if sub != loan.principal_outstanding:
            out.append(f"{book.name}: pinjaman {loan.code} sisa pokok {loan.principal_outstanding} ≠ "
                       f"buku pembantu {sub}")
    for member in book.members:
        owed = sum(c.owed for c in book.covers if c.defaulter == member)
        if owed != book.tr_owes(member):
            out.append(f"{book.name}: utang TR {member} {owed} ≠ piutang TR di jurnal {book.tr_owes(member)}")
    g = revolving_grant.figures(book)
    if g["received"] - g["passed_on"] - g["written_off"] != g["cash"] + g["loans_outstanding"]:
        out.append(f"{book.name}: identitas dana bergulir tidak terpenuhi: {g}")
    if -book.ledger.balance(A.DANA_BERGULIR) != g["cash"] + g["loans_outstanding"]:
        out.append(f"{book.name}: akun dana bergulir ≠ kas bergulir + piutang bergulir")
    for cash in A.CASH_ACCOUNTS:
        if book.ledger.balance(cash) < 0:
            out.append(f"{book.name}: {A.CHART[cash].name} negatif")
    return out

