"""Business events (cli.md ``apply``): their keys, and the checks every line passes before the rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ledger.model.calendar import day_text, month_start, month_text
from ledger.model.errors import InvalidEvent, Refusal
from ledger.model.money import rp

Day = date  # the field ``Event.date`` hides the type inside the class
COMMON_KEYS = {"type", "date", "group", "id", "memo"}
MAX_AMOUNT = 10**15  # Rp 1 kuadriliun: far above any kelompok, far below the database's 64-bit limit
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

_IDENTITY = {"nik": "str", "kk": "str", "address": "str", "phone": "str", "birth_date": "str", "sex": "str"}
# key -> kind; kinds: amount (positive int rupiah), str, bool, int, any (validated by the rule itself)
_SPEC: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    # type: (required keys, optional keys)
    "group.create": ({"kind": "str"}, {"rules": "any", "address": "any", "pin": "str"}),
    "group.rules": ({"rules": "any"}, {}),
    "member.join": ({"member": "str", "name": "str"}, {"category": "str", "role": "str", **_IDENTITY}),
    "member.update": ({"member": "str"}, {"name": "str", "category": "str", "role": "str", **_IDENTITY}),
    "member.leave": ({"member": "str"}, {"write_off_reason": "str"}),
    "savings.deposit": ({"member": "str", "product": "str", "amount": "amount"}, {}),
    "savings.withdraw": ({"member": "str", "amount": "amount"}, {}),
    "grant.receive": ({"amount": "amount", "source": "str"}, {"document": "str", "from_group": "str"}),
    "grant.pass_on": ({"amount": "amount"}, {"to_group": "str", "to": "any", "document": "str"}),
    "loan.disburse": ({"member": "str", "loan": "str", "principal": "amount", "fund": "str"},
                      {"term": "int", "rate_pct_month": "any", "rate_pct_year": "any", "method": "str",
                       "frequency": "str", "admin_fee_pct": "any", "denda": "int"}),
    "loan.pay": ({"loan": "str", "amount": "amount"}, {}),
    "month.close": ({"month": "month"}, {}),
    "month.reopen": ({"month": "month", "reason": "str"}, {}),
    "cash.in": ({"amount": "amount", "category": "str"}, {}),
    "cash.out": ({"amount": "amount", "category": "str"}, {}),
    "grant.decline": ({"member": "str"}, {}),
    "grant.write_off": ({"loan": "str", "reason": "str"}, {}),
    "loan.write_off": ({"loan": "str", "reason": "str"}, {}),
    "tr.reserve_in": ({"amount": "amount"}, {"member": "str"}),
    "tr.repay": ({"member": "str", "amount": "amount"}, {}),
    "shu.allocate": ({"year": "int"}, {}),
    "group.opening": ({"closed_through": "any"},
                      dict.fromkeys(("cash", "tr_reserve", "social_fund", "income", "income_ytd", "grant", "members",
                                     "loans", "tr_debts", "shu_ytd"), "any")),
    "reverse": ({"ref": "str", "reason": "str"}, {}),
    "asset.receive": ({"asset": "str", "item": "str", "quantity": "amount", "value": "amount", "source": "str"},
                      {"document": "str", "holder": "str", "condition": "str", "funded": "str"}),
    "asset.handover": ({"asset": "str", "holder": "str"}, {}),
    "asset.check": ({"asset": "str", "condition": "str"}, {"note": "str"}),
    "asset.dispose": ({"asset": "str", "how": "str", "reason": "str"}, {"amount": "amount"}),
    "business.capital": ({"amount": "amount"}, {}),
    "business.sale": ({"amount": "amount", "category": "str"}, {}),
    "business.purchase": ({"amount": "amount", "category": "str"}, {}),
    "business.cost": ({"amount": "amount", "category": "str"}, {}),
    "business.distribute": ({}, {"members": "amount", "reserve": "amount", "social": "amount", "shares": "any"}),
    "social.contribute": ({"amount": "amount"}, {"member": "str", "source": "str"}),
    "social.pay": ({"amount": "amount", "purpose": "str"}, {"member": "str"}),
    "member.profile": ({"member": "str", "sector": "str"},
                       {"product": "str", "turnover": "int", "problems": "str", "needs": "any"}),
    "group.profile": ({"binds": "str"}, {"notes": "str"}),
    "member.linkage": ({"member": "str", "partner": "str", "status": "str"}, {"outcome": "str"}),
    "visit.record": ({"facilitator": "str", "checked": "str"},
                     {"attendees": "str", "findings": "str", "followups": "any"}),
    "visit.followup_done": ({"followup": "str"}, {"note": "str"}),
}
EVENT_TYPES = frozenset(_SPEC)
FACILITATOR = "pendamping"  # the role of the Dinas facilitator, beside each group's treasurer
# events that only a facilitator (pendamping) may record
FACILITATOR_ONLY = frozenset({"month.reopen", "grant.write_off", "loan.write_off", "asset.dispose",
                              "member.linkage", "visit.record"})


@dataclass
class Event:
    """One business event as recorded: business date, recorded-at time, and its own keys in ``data``."""

    type: str
    date: date
    group: str
    data: dict[str, Any]
    id: str | None = None
    memo: str = ""
    seq: int = 0
    recorded_at: datetime | None = None
    actor: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[Day, int]:
        """Where the event stands in the book: business date, then the order it was recorded."""
        return (self.date, self.seq)

    def __getitem__(self, name: str) -> Any:
        return self.data[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, default)


def amounts(event: Event) -> list[tuple[str, int]]:
    """The rupiah amounts an event carries (its keys of kind ``amount``), for the typing guard of rules §2."""
    required, optional = _SPEC[event.type]
    return [(key, event.data[key]) for key, kind in {**required, **optional}.items()
            if kind == "amount" and key in event.data]


def check_guards(event: Event, limit: int, today: Day) -> None:
    """Rules §2: nothing dated after today, no close of a month that has not begun, and no single amount
    above the group's ``max_amount`` (the typing guard against a Rp 999 trillion slip)."""
    if event.date > today:
        raise Refusal(f"tanggal {day_text(event.date)} belum tiba (hari ini {day_text(today)}); transaksi "
                      "tidak boleh bertanggal setelah hari ini — periksa tanggal dan jam komputer")
    if event.type == "month.close" and month_start(event["month"]) > today:
        raise Refusal(f"bulan {month_text(event['month'])} belum dimulai; bulan hanya dapat ditutup setelah "
                      "dimulai")
    for key, amount in amounts(event):
        if amount > limit:
            raise Refusal(f"'{key}' {rp(amount)} melebihi batas satu transaksi {rp(limit)} (aturan max_amount); "
                          "periksa angka yang diketik, atau minta pendamping menaikkan batasnya")


def parse_date(value: Any, what: str = "date") -> date:
    if not isinstance(value, str):
        raise InvalidEvent(f"'{what}' harus tanggal berbentuk YYYY-MM-DD")
    try:
        return date.fromisoformat(value) if len(value) == 10 else _bad_date(what, value)
    except ValueError:
        return _bad_date(what, value)


def _bad_date(what: str, value: str) -> date:
    raise InvalidEvent(f"'{what}' bukan tanggal yang sah: '{value}' (bentuk YYYY-MM-DD)")


def _check_value(key: str, kind: str, value: Any) -> None:
    if kind == "amount":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidEvent(f"'{key}' harus bilangan bulat rupiah, bukan {value!r}")
        if value <= 0:
            raise InvalidEvent(f"'{key}' harus lebih dari nol, bukan {value}")
        if value > MAX_AMOUNT:
            raise InvalidEvent(f"'{key}' terlalu besar: {value}")
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidEvent(f"'{key}' harus bilangan bulat, bukan {value!r}")
        if abs(value) > MAX_AMOUNT:
            raise InvalidEvent(f"'{key}' terlalu besar: {value}")
    elif kind == "str":
        if not isinstance(value, str) or not value.strip():
            raise InvalidEvent(f"'{key}' harus teks yang tidak kosong")
    elif kind == "month" and (not isinstance(value, str) or not MONTH_RE.match(value)):
        raise InvalidEvent(f"'{key}' harus bulan berbentuk YYYY-MM, bukan {value!r}")


def stored_event(raw: dict[str, Any]) -> Event:
    """An event read back from the book: it passed ``parse_event`` when it was recorded (and the audit
    trail guards it since), so it is rebuilt without checking it again (a third of reading a history)."""
    return Event(type=raw["type"], date=date.fromisoformat(raw["date"]), group=raw["group"].strip(),
                 data={k: v for k, v in raw.items() if k not in COMMON_KEYS}, id=raw.get("id"),
                 memo=raw.get("memo", ""), raw=raw)


def parse_event(raw: Any) -> Event:
    """Check one event object against cli.md: known type, known keys, required keys, well-formed values."""
    if not isinstance(raw, dict):
        raise InvalidEvent("setiap baris harus satu objek JSON")
    etype = raw.get("type")
    if not isinstance(etype, str) or etype not in _SPEC:
        raise InvalidEvent(f"jenis transaksi tidak dikenal: {etype!r}")
    required, optional = _SPEC[etype]
    unknown = set(raw) - COMMON_KEYS - set(required) - set(optional)
    if unknown:
        raise InvalidEvent(f"kunci tidak dikenal untuk {etype}: " + ", ".join(sorted(unknown)))
    for key in ("date", "group", *required):
        if key not in raw:
            raise InvalidEvent(f"kunci '{key}' wajib ada untuk {etype}")
    when = parse_date(raw["date"])
    _check_value("group", "str", raw["group"])
    for key, kind in {**required, **optional}.items():
        if key in raw:
            _check_value(key, kind, raw[key])
    event_id = raw.get("id")
    if event_id is not None and (not isinstance(event_id, str) or not event_id.strip()):
        raise InvalidEvent("'id' harus teks yang tidak kosong")
    memo = raw.get("memo", "")
    if not isinstance(memo, str):
        raise InvalidEvent("'memo' harus teks")
    data = {k: v for k, v in raw.items() if k not in COMMON_KEYS}
    return Event(type=etype, date=when, group=raw["group"].strip(), data=data,
                 id=event_id, memo=memo, raw=dict(raw))
