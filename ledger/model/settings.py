"""A group's rules (aturan kelompok): every setting of rules.md with its default, and their validation."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ledger.model.errors import InvalidEvent
from ledger.model.money import parse_percent

SHU_POOLS = ("cadangan", "jasa_simpanan", "jasa_pinjaman", "pengurus", "pendidikan", "sosial")
MEMBER_POOLS = ("jasa_simpanan", "jasa_pinjaman")  # the only pools shared among members (rules §9a)
POOL_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# instalment frequencies (rules §4): days between instalments (None: the same day of each month), per year
FREQUENCIES: dict[str, tuple[int | None, int]] = {"bulanan": (None, 12), "dua_mingguan": (14, 26),
                                                   "mingguan": (7, 52)}
DEFAULT_SHU = {"cadangan": 25, "jasa_simpanan": 20, "jasa_pinjaman": 25, "pengurus": 10,
               "pendidikan": 5, "sosial": 15}


# perkembangan kelompok: the thresholds (percent) of the classes berkembang and mandiri
DEFAULT_DEVELOPMENT = {"par30_berkembang": Decimal(10), "repayment_berkembang": Decimal(80),
                       "par30_mandiri": Decimal(5), "repayment_mandiri": Decimal(95)}


@dataclass(frozen=True)
class Rules:
    """The settings in force for a group from a given date (rules.md, every *(setting)*)."""

    pokok: int = 20_000
    wajib: int = 10_000
    rate_pct_month: Fraction = Fraction(3, 2)  # exact: a yearly rate is kept as its exact twelfth
    method: str = "flat"
    frequency: str = "bulanan"
    term: int = 10
    rounding_unit: int = 100
    admin_fee_pct: Decimal = Decimal("0")
    denda: int = 0
    keep_jasa: bool = False
    tr_reserve: bool = False
    tr_shares_from: str = "cash"
    tr_refund_to: str = "sukarela"
    rotation: bool = True
    max_open_loans: int = 1
    min_members: int = 5
    max_members: int = 10
    shu_pct: dict[str, Decimal] = field(
        default_factory=lambda: {k: Decimal(v) for k, v in DEFAULT_SHU.items()})
    shu_savings_basis: str = "average"
    shu_loan_basis: str = "jasa"
    max_amount: int = 1_000_000_000
    # kasbuku extensions (documented in docs/rules-decisions.md)
    kolektibilitas_days: tuple[int, int, int] = (90, 120, 180)
    tr_circles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pass_on_amount: int = 0
    pass_on_pct: Decimal = Decimal("0")
    pass_on_due: date | None = None
    asset_check_months: int = 6
    development: dict[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_DEVELOPMENT))

    def with_changes(self, raw: dict[str, Any]) -> Rules:
        """These rules with the keys of a ``rules`` object applied; refuses unknown keys and bad values."""
        if not isinstance(raw, dict):
            raise InvalidEvent("'rules' harus berupa objek JSON")
        if "rate_pct_month" in raw and "rate_pct_year" in raw:
            raise InvalidEvent("isi salah satu saja: rate_pct_month (per bulan) atau rate_pct_year (per tahun)")
        changes: dict[str, Any] = {}
        for key, value in raw.items():
            parser = _PARSERS.get(key)
            if parser is None:
                raise InvalidEvent(f"aturan '{key}' tidak dikenal")
            try:
                changes[_FIELD.get(key, key)] = parser(value)
            except (ValueError, TypeError) as exc:
                raise InvalidEvent(f"aturan '{key}' tidak sah: {exc}") from exc
        return dataclasses.replace(self, **changes)

    def circle_of(self, member: str) -> str:
        """The tanggung-renteng circle of a member: a named sub-circle, or the whole group ('')."""
        for name, members in self.tr_circles.items():
            if member in members:
                return name
        return ""

    def to_json(self) -> dict[str, Any]:
        """The rules as a JSON object of the cli.md ``rules`` keys."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "rate_pct_month":
                out.update(rate_json(value))
                continue
            if isinstance(value, Decimal):
                value = str(value)
            elif isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            elif f.name in ("shu_pct", "development"):
                value = {k: str(v) for k, v in value.items()}
            elif f.name == "tr_circles":
                value = {k: list(v) for k, v in value.items()}
            out[f.name] = value
        return out


def monthly_rate(value: Any) -> Fraction:
    """A monthly rate in percent (``"1.5"``), exactly."""
    return Fraction(parse_percent(value))


def yearly_rate(value: Any) -> Fraction:
    """A yearly rate in percent (``"22"``) as its monthly rate: exactly a twelfth, never a rounded decimal."""
    return Fraction(parse_percent(value)) / 12


def rate_json(rate: Fraction) -> dict[str, str]:
    """A monthly rate as the ``rules`` key that says it exactly: ``rate_pct_month`` when it is a finite
    decimal, else ``rate_pct_year`` (a twelfth of a yearly rate such as 22 %)."""
    for key, value in (("rate_pct_month", rate), ("rate_pct_year", rate * 12)):
        text = _exact_decimal(value)
        if text is not None:
            return {key: text}
    raise ValueError(f"rate {rate} has no exact decimal form")


def _exact_decimal(value: Fraction) -> str | None:
    """``value`` as a decimal string when it has one with at most 10 places, else None."""
    scaled = value * 10**10
    if scaled.denominator != 1:
        return None
    return str((Decimal(scaled.numerator) / Decimal(10**10)).normalize())


def _int(minimum: int) -> Any:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("harus bilangan bulat")
        if value < minimum:
            raise ValueError(f"harus paling sedikit {minimum}")
        if value > 10**15:
            raise ValueError("terlalu besar")
        return value
    return parse


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("harus true atau false")
    return value


def _choice(*options: str) -> Any:
    def parse(value: Any) -> str:
        if value not in options:
            raise ValueError("pilihan: " + ", ".join(options))
        return str(value)
    return parse


def _shu(value: Any) -> dict[str, Decimal]:
    """The SHU pools (rules §9a): the default ones or the group's own, named with lower-case identifiers
    (``dana_wilayah_kerja``), adding up to 100. A pool at 0 % is left out."""
    if not isinstance(value, dict) or not value:
        raise ValueError("harus objek pos → persen, misalnya {\"cadangan\": 25, …}")
    bad = [str(k) for k in value if not isinstance(k, str) or not POOL_NAME.match(k)]
    if bad:
        raise ValueError("nama pos SHU harus huruf kecil, angka dan garis bawah (contoh dana_wilayah_kerja): "
                         + ", ".join(bad))
    pct = {k: parse_percent(v) for k, v in value.items()}
    if sum(pct.values()) != 100:
        raise ValueError(f"jumlah persentase SHU harus 100, bukan {sum(pct.values())}")
    return {k: v for k, v in pct.items() if v}


def _development(value: Any) -> dict[str, Decimal]:
    if not isinstance(value, dict) or set(value) - set(DEFAULT_DEVELOPMENT):
        raise ValueError("kunci: " + ", ".join(DEFAULT_DEVELOPMENT))
    return {**DEFAULT_DEVELOPMENT, **{k: parse_percent(v) for k, v in value.items()}}


def _kol_days(value: Any) -> tuple[int, int, int]:
    if (not isinstance(value, list) or len(value) != 3
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not 0 < value[0] < value[1] < value[2]):
        raise ValueError("harus tiga batas hari yang naik, misalnya [90, 120, 180]")
    return (value[0], value[1], value[2])


def _circles(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ValueError("harus objek: nama lingkaran → daftar kode anggota")
    seen: set[str] = set()
    out: dict[str, tuple[str, ...]] = {}
    for name, members in value.items():
        if not name or not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise ValueError("setiap lingkaran harus punya nama dan daftar kode anggota")
        if seen & set(members):
            raise ValueError("seorang anggota hanya boleh di satu lingkaran")
        seen |= set(members)
        out[str(name)] = tuple(members)
    return out


def _date(value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError("harus tanggal YYYY-MM-DD")
    return date.fromisoformat(value)


_PARSERS: dict[str, Any] = {
    "pokok": _int(0),
    "wajib": _int(0),
    "rate_pct_month": monthly_rate,
    "rate_pct_year": yearly_rate,
    "method": _choice("flat", "menurun"),
    "frequency": _choice(*FREQUENCIES),
    "term": _int(1),
    "rounding_unit": _int(1),
    "admin_fee_pct": parse_percent,
    "denda": _int(0),
    "keep_jasa": _bool,
    "tr_reserve": _bool,
    "tr_shares_from": _choice("cash", "sukarela"),
    "tr_refund_to": _choice("sukarela", "cash"),
    "rotation": _bool,
    "max_open_loans": _int(1),
    "min_members": _int(1),
    "max_members": _int(1),
    "shu_pct": _shu,
    "kolektibilitas_days": _kol_days,
    "tr_circles": _circles,
    "pass_on_amount": _int(0),
    "pass_on_pct": parse_percent,
    "pass_on_due": _date,
    "asset_check_months": _int(1),
    "development": _development,
    "shu_savings_basis": _choice("average", "year_end"),
    "shu_loan_basis": _choice("jasa", "borrowed"),
    "max_amount": _int(1),
}
_FIELD = {"rate_pct_year": "rate_pct_month"}  # a rules key kept in another field
