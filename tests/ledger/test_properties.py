"""Property tests over random valid histories (defaults and random rules): the journal balances, the
sub-ledgers equal their control accounts, the §7 identity holds, TR shares add up to each cover, and
a refused event changes nothing in a stored book."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.model.calendar import month_end, months_between
from ledger.model.errors import LineRefused, Refusal
from ledger.model.events import parse_event
from ledger.rules.book import GroupBook
from ledger.rules.closing import next_to_close
from ledger.services.history import History
from ledger.views.queries import findings
from tests.conftest import Book
from tests.ledger.test_recap import kept_rows_match_replays


def quoted_yearly(rules: dict[str, Any]) -> dict[str, Any]:
    """Some groups quote the rate per year: 22 % a year stands for the drawn 2,25 % a month."""
    if rules.get("rate_pct_month") != "2.25":
        return rules
    return {**{k: v for k, v in rules.items() if k != "rate_pct_month"}, "rate_pct_year": "22"}


RULES = st.fixed_dictionaries({}, optional={
    "rate_pct_month": st.sampled_from(["0", "1", "1.5", "2.25", "3"]),
    "frequency": st.sampled_from(["bulanan", "dua_mingguan", "mingguan"]),
    "shu_savings_basis": st.sampled_from(["average", "year_end"]),
    "shu_loan_basis": st.sampled_from(["jasa", "borrowed"]),
    "shu_pct": st.sampled_from([{"cadangan": 40, "jasa_simpanan": 30, "jasa_pinjaman": 30},
                                {"dana_wilayah_kerja": 50, "jasa_simpanan": 25, "jasa_pinjaman": 25},
                                {"cadangan": 33.3, "karyawan": 33.3, "jasa_pinjaman": 33.4}]),
    "method": st.sampled_from(["flat", "menurun"]),
    "term": st.integers(1, 12),
    "rounding_unit": st.sampled_from([1, 50, 100, 500, 1000]),
    "admin_fee_pct": st.sampled_from(["0", "1", "2.5"]),
    "denda": st.sampled_from([0, 1000, 5000]),
    "keep_jasa": st.booleans(),
    "tr_reserve": st.booleans(),
    "tr_shares_from": st.sampled_from(["cash", "sukarela"]),
    "tr_refund_to": st.sampled_from(["sukarela", "cash"]),
    "rotation": st.booleans(),
    "max_open_loans": st.integers(1, 2),
}).map(lambda rules: quoted_yearly(rules))
ACTIONS = ["wajib", "sukarela", "sukarela", "withdraw", "disburse", "disburse", "pay", "pay", "pay", "pay", "grant",
           "pass_on", "cash_in", "cash_out", "reserve", "decline", "leave", "reverse", "skip_month",
           "asset", "asset_out", "sale", "purchase", "distribute", "social_in", "social_out", "shu"]


class Builder:
    """Draws plausible events one by one against an in-memory history, keeping only accepted ones."""

    actions: ClassVar[list[str]] = ACTIONS
    first_reversible = 1  # the oldest event id a random ``reverse`` may name
    first_shu_year = 0  # the oldest year a random ``shu.allocate`` may name

    def __init__(self, data: st.DataObject, rules: dict[str, Any]) -> None:
        self.data = data
        self.day = date(2026, 1, 5)
        self.history = History("G")
        self.raws: list[dict[str, Any]] = []
        self.seq = 1
        self.ids = 0
        self.add({"type": "group.create", "kind": "KUBE", "rules": rules})
        for i in range(1, data.draw(st.integers(3, 7)) + 1):
            self.add({"type": "member.join", "member": f"M{i}", "name": f"Ibu {i}"})
            self.add({"type": "savings.deposit", "member": f"M{i}", "product": "pokok", "amount": 20_000})
        if data.draw(st.booleans()):
            self.add({"type": "grant.receive", "amount": data.draw(st.integers(1, 20)) * 1_000_000,
                      "source": "Kemensos"})

    @property
    def book(self) -> GroupBook:
        return self.history.book

    def add(self, raw: dict[str, Any]) -> bool:
        raw = {"date": self.day.isoformat(), "group": "G", **raw}
        if raw["type"] not in ("month.close", "reverse"):
            self.ids += 1
            raw["id"] = f"e{self.ids}"
        event = parse_event(raw)
        event.seq = self.seq
        try:
            self.history.add(event)
        except Refusal:
            self.history = History("G", self.history.events)
            return False
        self.seq += 1
        self.raws.append(raw)
        return True

    def draw(self, strategy: st.SearchStrategy[Any]) -> Any:
        return self.data.draw(strategy)

    def close_due_months(self) -> None:
        while month_end(next_to_close(self.book)) < self.day:
            month = next_to_close(self.book)
            self.add({"type": "month.close", "month": month, "date": month_end(month).isoformat()})

    def step(self) -> None:
        self.day += timedelta(days=self.draw(st.integers(0, 12)))
        self.close_due_months()
        members = [m.code for m in self.book.active_members()] or ["M1"]
        member = self.draw(st.sampled_from(members))
        action = self.draw(st.sampled_from(self.actions))
        amount = self.draw(st.integers(1, 40)) * 5_000
        if action in ("wajib", "sukarela"):
            self.add({"type": "savings.deposit", "member": member, "product": action, "amount": amount})
        elif action == "withdraw":
            self.add({"type": "savings.withdraw", "member": member, "amount": amount})
        elif action == "disburse":
            self.add({"type": "loan.disburse", "member": member, "loan": f"L{self.seq}",
                      "principal": self.draw(st.integers(1, 20)) * 50_000,
                      "fund": self.draw(st.sampled_from(["grant", "group"]))})
        elif action == "pay":
            self.pay()
        elif action == "grant":
            self.add({"type": "grant.receive", "amount": amount * 20, "source": "Kemensos"})
        elif action == "pass_on":
            self.add({"type": "grant.pass_on", "amount": amount, "to": "kelompok baru"})
        elif action == "cash_in":
            self.add({"type": "cash.in", "amount": amount, "category": "sumbangan"})
        elif action == "cash_out":
            self.add({"type": "cash.out", "amount": amount, "category": "konsumsi"})
        elif action == "reserve":
            self.add({"type": "tr.reserve_in", "amount": amount})
        elif action == "decline":
            self.add({"type": "grant.decline", "member": member})
        elif action == "leave":
            if self.draw(st.integers(0, 3)) == 0:
                self.add({"type": "member.leave", "member": member})
        elif action == "reverse":
            if self.ids >= self.first_reversible:
                self.add({"type": "reverse", "ref": f"e{self.draw(st.integers(self.first_reversible, self.ids))}",
                          "reason": "koreksi"})
        elif action == "skip_month":
            self.day += timedelta(days=31)
        elif action == "shu":
            if self.day.year - 1 >= self.first_shu_year:
                self.add({"type": "shu.allocate", "year": self.day.year - 1})
        else:
            self.economy(action, member, amount)

    def economy(self, action: str, member: str, amount: int) -> None:
        """Inventaris, the joint business and the social fund (issue 9) in the same random history."""
        asset = f"A{self.draw(st.integers(1, 3))}"
        raws = {
            "asset": {"type": "asset.receive", "asset": asset, "item": "mesin", "quantity": 1, "value": amount * 10,
                      "source": "Dinsos", "funded": self.draw(st.sampled_from(["hibah", "kas"]))},
            "asset_out": {"type": "asset.dispose", "asset": asset, "how": "dijual", "reason": "rusak",
                          "amount": amount},
            "sale": {"type": "business.sale", "amount": amount, "category": "kerupuk"},
            "purchase": {"type": "business.purchase", "amount": amount // 2, "category": "bahan"},
            "distribute": {"type": "business.distribute", "members": max(1, amount // 4), "social": 1},
            "social_in": {"type": "social.contribute", "amount": amount // 5},
            "social_out": {"type": "social.pay", "amount": amount // 5, "purpose": "sakit"},
        }
        self.add(raws[action])

    def pay(self) -> None:
        loans = [ln for ln in self.book.loans.values() if ln.is_open]
        if not loans:
            return
        loan = self.draw(st.sampled_from(loans))
        owed = loan.payoff(self.day) + self.book.tr_owes(loan.member)
        due = loan.due_by(self.day, self.day) + self.book.tr_owes(loan.member)
        amount = self.draw(st.sampled_from([owed, due, due, max(1, due // 2), owed + 1]))
        if amount > 0:
            self.add({"type": "loan.pay", "loan": loan.code, "amount": amount})


def build(data: st.DataObject, rules: dict[str, Any]) -> Builder:
    builder = Builder(data, rules)
    for _ in range(data.draw(st.integers(5, 70))):
        builder.step()
    return builder


def assert_invariants(book: GroupBook) -> None:
    assert findings(book) == []
    assert all(entry.balanced for entry in book.ledger.entries)
    assert sum(book.ledger.trial_balance().values()) == 0  # the balance sheet balances, assets included
    assert book.ledger.balance("1105") == -book.ledger.balance("2303")  # social fund = its cash
    for result in book.shu_years.values():  # rules §9a: the pools add up to the surplus, shares to their pool
        assert sum(result["pools"].values()) == result["surplus"]
        for pool in ("jasa_simpanan", "jasa_pinjaman"):
            assert sum(parts.get(pool, 0) for parts in result["shares"].values()) == result["pools"].get(pool, 0)
    for cover in book.covers:
        assert sum(share.amount for share in cover.shares) == cover.amount
        assert sum(cover.loans.values()) == cover.amount
        assert 0 <= cover.owed <= cover.amount


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_histories_with_default_rules_keep_the_books_true(data: st.DataObject) -> None:
    assert_invariants(build(data, {}).book)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), RULES)
def test_random_histories_with_random_rules_keep_the_books_true(data: st.DataObject, rules: dict[str, Any]) -> None:
    builder = build(data, rules)
    assert_invariants(builder.book)
    # replaying the accepted events from scratch gives the same book
    again = History("G", builder.history.events).book
    assert again.ledger.trial_balance() == builder.book.ledger.trial_balance()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.data(), RULES)
def test_a_refused_event_changes_nothing_in_a_stored_book(tmp_path_factory: Any, data: st.DataObject,
                                                           rules: dict[str, Any]) -> None:
    builder = build(data, rules)
    book = Book(Path(tmp_path_factory.mktemp("prop")) / "b.sqlite")
    book.apply(*builder.raws)
    assert book.check() == []
    before = book.snapshot()
    builder.day += timedelta(days=data.draw(st.integers(-40, 20)))
    members = [*builder.book.members, "M99"]
    attempt = data.draw(st.sampled_from([
        {"type": "savings.withdraw", "member": data.draw(st.sampled_from(members)), "amount": 10**9},
        {"type": "loan.pay", "loan": data.draw(st.sampled_from([*builder.book.loans, "X"])), "amount": 10**9},
        {"type": "loan.disburse", "member": data.draw(st.sampled_from(members)), "loan": "NEW",
         "principal": 10**10, "fund": "grant"},
        {"type": "savings.deposit", "member": "M1", "product": "pokok", "amount": 1},
        {"type": "cash.out", "amount": 10**10, "category": "x"},
        {"type": "month.close", "month": "2020-01"},
    ]))
    raw = {"date": builder.day.isoformat(), "group": "G", **attempt}
    try:
        book.apply(raw)
    except LineRefused:  # the stored book must be exactly as before
        assert book.snapshot() == before
    else:
        assert book.check() == []
    book.engine.dispose()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.data(), RULES)
def test_the_month_figures_kept_by_writes_in_any_batches_are_those_of_a_replay(tmp_path_factory: Any,
                                                                               data: st.DataObject,
                                                                               rules: dict[str, Any]) -> None:
    builder = build(data, rules)
    book = Book(Path(tmp_path_factory.mktemp("prop")) / "b.sqlite")
    cuts = sorted(data.draw(st.lists(st.integers(1, len(builder.raws)), max_size=4)))
    for start, stop in zip([0, *cuts], [*cuts, len(builder.raws)], strict=True):
        if start < stop:
            book.apply(*builder.raws[start:stop])
    months = {raw["date"][:7] for raw in builder.raws}
    assert kept_rows_match_replays(book) == len(months_between(min(months), max(months)))
    book.engine.dispose()
