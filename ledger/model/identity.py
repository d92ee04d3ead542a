"""Who the members are (rules §3a): NIK and No. KK checked for shape, masked NIKs, and doubles across groups.

A NIK is 16 digits: province (2), regency (2), district (2), birth date DDMMYY with 40 added to the day for
women (6), and a serial (4). A NIK that cannot be one is refused with the reason, so a typo is caught while
the treasurer still has the member's KTP in her hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ledger.model.calendar import day_text
from ledger.model.errors import InvalidEvent

# Province codes of Kemendagri (the first two digits of every NIK and No. KK): 11–19 and 21 (Sumatra and
# the islands), 31–36 (Java), 51–53 (Bali, Nusa Tenggara), 61–65 (Kalimantan), 71–76 (Sulawesi), 81–82
# (Maluku), 91–96 (the Papua provinces, new codes of 2022 included; older NIKs keep 91 and 94).
PROVINCES = frozenset({*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66), *range(71, 77),
                       81, 82, *range(91, 97)})
IDENTITY_KEYS = ("nik", "kk", "address", "phone", "birth_date", "sex")
SEXES = {"P": "perempuan", "L": "laki-laki"}


@dataclass(frozen=True)
class NikFacts:
    """What a NIK says of its holder."""

    province: int
    birth_date: date
    sex: str  # "P" or "L"


def _digits(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.isdigit() or not value.isascii():
        raise InvalidEvent(f"{what} harus 16 angka, bukan {value!r}")
    if len(value) != 16:
        raise InvalidEvent(f"{what} harus 16 angka, bukan {len(value)} angka ({value})")
    return value


def _province(number: str, what: str) -> int:
    province = int(number[:2])
    if province not in PROVINCES:
        raise InvalidEvent(f"{what} {number} tidak mungkin: kode provinsi {number[:2]} tidak ada")
    return province


def nik_facts(nik: Any, today: date) -> NikFacts:
    """Check a NIK (rules §3a) and read its province, birth date and sex; refuses one that cannot be real."""
    number = _digits(nik, "NIK")
    province = _province(number, "NIK")
    if number[2:4] == "00" or number[4:6] == "00":
        raise InvalidEvent(f"NIK {number} tidak mungkin: kode kabupaten/kota atau kecamatan 00")
    day, month, year = int(number[6:8]), int(number[8:10]), int(number[10:12])
    sex = "P" if day > 40 else "L"
    day -= 40 if sex == "P" else 0
    century = 2000 if 2000 + year <= today.year else 1900
    try:
        born = date(century + year, month, day)
    except ValueError:
        raise InvalidEvent(f"NIK {number} tidak mungkin: angka ke-7 sampai ke-12 ({number[6:12]}) bukan tanggal "
                           "lahir (untuk perempuan tanggal ditambah 40)") from None
    if born > today:
        raise InvalidEvent(f"NIK {number} tidak mungkin: tanggal lahirnya {day_text(born)} belum tiba")
    if number[12:] == "0000":
        raise InvalidEvent(f"NIK {number} tidak mungkin: nomor urut 0000")
    return NikFacts(province, born, sex)


def check_kk(kk: Any) -> str:
    """A No. KK: 16 digits beginning with a real province code."""
    number = _digits(kk, "No. KK")
    _province(number, "No. KK")
    return number


def identity(data: dict[str, Any], today: date) -> dict[str, str]:
    """The identity keys of a ``member.join``/``member.update`` checked against each other: a NIK agrees
    with the sex and birth date given beside it. Returns the keys given, as text."""
    out: dict[str, str] = {}
    facts = nik_facts(data["nik"], today) if "nik" in data else None
    if "kk" in data:
        out["kk"] = check_kk(data["kk"])
    for key in ("address", "phone"):
        if key in data:
            out[key] = str(data[key]).strip()
    if "sex" in data:
        if data["sex"] not in SEXES:
            raise InvalidEvent("jenis kelamin harus P (perempuan) atau L (laki-laki)")
        out["sex"] = data["sex"]
    if "birth_date" in data:
        try:
            born = date.fromisoformat(str(data["birth_date"]))
        except ValueError:
            raise InvalidEvent(f"tanggal lahir harus YYYY-MM-DD, bukan {data['birth_date']!r}") from None
        if born > today:
            raise InvalidEvent(f"tanggal lahir {day_text(born)} belum tiba")
        out["birth_date"] = born.isoformat()
    if facts is not None:
        nik = str(data["nik"])
        if "sex" in out and out["sex"] != facts.sex:
            raise InvalidEvent(f"NIK {nik} milik seorang {SEXES[facts.sex]} (tanggal lahir "
                               f"{'ditambah 40' if facts.sex == 'P' else 'tanpa tambahan 40'}), bukan "
                               f"{SEXES[out['sex']]}")
        if "birth_date" in out and date.fromisoformat(out["birth_date"]) != facts.birth_date:
            raise InvalidEvent(f"NIK {nik} menyebut tanggal lahir {day_text(facts.birth_date)}, bukan "
                               f"{day_text(date.fromisoformat(out['birth_date']))}")
        out["nik"] = nik
    return out


def mask(nik: str) -> str:
    """A NIK printed where a statement does not need it: ``3201••••••••0001``."""
    return nik[:4] + "•" * (len(nik) - 8) + nik[-4:] if len(nik) > 8 else nik
