"""The paper book as a spreadsheet a facilitator can fill (issue 16): an Indonesian XLSX template, written
empty or from a group's current book, and read back into ``group.create``, ``member.join`` and one
``group.opening`` — every problem reported at once as ``sheet, baris N, kolom X: reason``.

The sheets are the spreadsheet's side of cli.md's ``group.opening``; the rules that check the figures are
the ledger's (the same opening is refused for the same reasons whichever door it comes through).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ledger.model.errors import Refusal
from ledger.model.events import Event, parse_event
from ledger.model.identity import check_kk, nik_facts
from ledger.model.savings import CATEGORIES, ROLES
from ledger.model.settings import FREQUENCIES
from ledger.rules.book import GROUP_KINDS
from ledger.services.history import History

EXAMPLE = "contoh"  # a row whose first cell starts with this is an example and is not imported
GROUP_SHEET, MEMBERS, LOANS, DEBTS, GRANT = "Kelompok", "Anggota", "Pinjaman", "Utang TR", "Dana bergulir"


@dataclass(frozen=True)
class Col:
    """A column of a list sheet: its heading, the key it fills, and what it holds."""

    heading: str
    key: str
    kind: str = "text"  # text, money (whole rupiah ≥ 0), int, date, list (from ``choices``), percent
    choices: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Field:
    """A line of a key–value sheet (Kelompok, Dana bergulir)."""

    label: str
    key: str
    kind: str = "money"
    choices: tuple[str, ...] = ()
    required: bool = False


GROUP_FIELDS = (
    Field("Nama kelompok", "group", "text", required=True),
    Field("Jenis kelompok", "kind", "list", GROUP_KINDS, required=True),
    Field("Tanggal kelompok dibentuk", "created", "date", required=True),
    Field("Kelurahan/desa", "kelurahan", "text"), Field("Kecamatan", "kecamatan", "text"),
    Field("Kabupaten/kota", "kota", "text"),
    Field("Tanggal saldo awal (halaman terakhir buku lama)", "date", "date", required=True),
    Field("Bulan terakhir yang sudah ditutup (YYYY-MM)", "closed_through", "month", required=True),
    Field("Kas kelompok (uang kelompok sendiri)", "cash"),
    Field("Kas cadangan tanggung renteng", "tr_reserve"), Field("Dana sosial", "social_fund"),
    Field("Pendapatan jasa sampai saldo awal", "income.jasa"),
    Field("Pendapatan administrasi sampai saldo awal", "income.admin"),
    Field("Pendapatan denda sampai saldo awal", "income.denda"),
    Field("Pendapatan jasa tahun ini (kosong: sama dengan di atas)", "income_ytd.jasa"),
    Field("Pendapatan administrasi tahun ini", "income_ytd.admin"),
    Field("Pendapatan denda tahun ini", "income_ytd.denda"),
    Field("Biaya tahun ini", "shu_ytd.costs"),
)
GRANT_FIELDS = (
    Field("Dana bergulir diterima (semua hibah)", "received"), Field("Sudah digulirkan ke kelompok lain", "passed_on"),
    Field("Dihapus (pinjaman bergulir yang dihapus)", "written_off"), Field("Kas dana bergulir", "cash"),
    Field("Putaran ke-", "round", "int"),
    Field("Sudah meminjam di putaran ini (kode, dipisah koma)", "had", "codes"),
    Field("Menolak di putaran ini (kode, dipisah koma)", "declined", "codes"),
)
MEMBER_COLS = (
    Col("Kode", "member", required=True), Col("Nama", "name", required=True), Col("NIK", "nik"),
    Col("No. KK", "kk"), Col("Alamat", "address"), Col("Telepon", "phone"), Col("Tanggal lahir", "birth_date", "date"),
    Col("Jenis kelamin (P/L)", "sex", "list", ("P", "L")), Col("Kategori", "category", "list", CATEGORIES),
    Col("Jabatan", "role", "list", ROLES), Col("Tanggal masuk", "joined", "date"),
    Col("Simpanan pokok", "pokok", "money"), Col("Simpanan wajib", "wajib", "money"),
    Col("Simpanan sukarela", "sukarela", "money"), Col("Tunggakan wajib (Rp)", "wajib_arrears", "money"),
)
LOAN_COLS = (
    Col("Kode pinjaman", "loan", required=True), Col("Kode anggota", "member", required=True),
    Col("Sumber dana (grant/group)", "fund", "list", ("grant", "group"), required=True),
    Col("Pokok pinjaman", "principal", "money", required=True), Col("Tanggal cair", "disbursed", "date", required=True),
    Col("Jangka (kali angsuran)", "term", "int"), Col("Cara hitung jasa", "method", "list", ("flat", "menurun")),
    Col("Jasa % per bulan", "rate_pct_month", "percent"), Col("Jasa % per tahun", "rate_pct_year", "percent"),
    Col("Frekuensi angsuran", "frequency", "list", tuple(FREQUENCIES)),
    Col("Pokok sudah dibayar", "paid_pokok", "money"), Col("Jasa sudah dibayar", "paid_jasa", "money"),
    Col("Denda belum dibayar", "denda_owed", "money"),
)
DEBT_COLS = (
    Col("Yang berutang (kode)", "debtor", required=True), Col("Kepada (kode anggota atau reserve)", "creditor",
                                                              required=True),
    Col("Jumlah", "amount", "money", required=True), Col("Tanggal tutup buku", "date", "date", required=True),
)
HEAD = Font(bold=True)
EXAMPLE_LOOK = Font(italic=True, color="808080")
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


# -- writing ---------------------------------------------------------------------------------------------
def write_template(path: Path, payload: dict[str, Any] | None = None, group: dict[str, Any] | None = None,
                   members: dict[str, dict[str, Any]] | None = None) -> None:
    """The template: empty with example rows, or filled from a group's opening figures (``payload``, with
    ``group`` its name/kind/address and ``members`` their names and identity)."""
    book = Workbook()
    info = book.active
    assert info is not None
    info.title = "Petunjuk"
    for line in ("Buku awal kelompok untuk KasBuku (saldo awal dari buku lama)",
                 "Isi lembar Kelompok, Anggota, Pinjaman, Utang TR dan Dana bergulir seperti halaman terakhir buku "
                 "lama. Semua jumlah dalam rupiah bulat, tanpa titik desimal.",
                 f"Baris yang diawali '{EXAMPLE}' hanya contoh dan tidak dimuat; boleh dihapus.",
                 "Muat dengan: kasbuku import-xlsx buku-awal.xlsx (semua kesalahan disebut sekaligus)."):
        info.append([line])
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 110
    values = _flatten(payload or {}) | (group or {})
    _key_values(book.create_sheet(GROUP_SHEET), GROUP_FIELDS, values)
    _key_values(book.create_sheet(GRANT), GRANT_FIELDS, (payload or {}).get("grant", {}))
    member_rows = [{"member": code, **(members or {}).get(code, {}), **figures}
                   for code, figures in (payload or {}).get("members", {}).items()]
    _list_sheet(book.create_sheet(MEMBERS), MEMBER_COLS, member_rows, payload is None and [
        "contoh: A01", "Siti Aminah", "3201015208850001", "3201010101090001", "RT 02 Oesapa", "0812…",
        "1985-08-12", "P", "miskin", "ketua", "2024-01-05", 20000, 240000, 50000, 10000])
    _list_sheet(book.create_sheet(LOANS), LOAN_COLS, (payload or {}).get("loans", []), payload is None and [
        "contoh: P2401-01", "A01", "grant", 2000000, "2024-11-15", 10, "flat", "1.5", "", "bulanan", 400000, 60000,
        0])
    _list_sheet(book.create_sheet(DEBTS), DEBT_COLS, (payload or {}).get("tr_debts", []), payload is None and [
        "contoh: A02", "A01", 57500, "2024-12-31"])
    book.save(path)


def _flatten(payload: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in payload.items() if not isinstance(v, dict | list)}
    for outer in ("income", "income_ytd"):
        out |= {f"{outer}.{k}": v for k, v in payload.get(outer, {}).items()}
    if "shu_ytd" in payload:
        out["shu_ytd.costs"] = payload["shu_ytd"].get("costs", 0)
    return out


def _key_values(sheet: Worksheet, fields: tuple[Field, ...], values: dict[str, Any]) -> None:
    sheet.append(["Isian", "Nilai"])
    for cell in sheet[1]:
        cell.font, cell.fill = HEAD, HEAD_FILL
    for number, item in enumerate(fields, start=2):
        value = values.get(item.key, "")
        sheet.append([item.label + (" *" if item.required else ""),
                      ", ".join(value) if isinstance(value, list) else value])
        _validate(sheet, f"B{number}", item.kind, item.choices)
    sheet.column_dimensions["A"].width = 58
    sheet.column_dimensions["B"].width = 30


def _list_sheet(sheet: Worksheet, cols: tuple[Col, ...], rows: list[dict[str, Any]],
                example: list[Any] | bool) -> None:
    sheet.append([c.heading + (" *" if c.required else "") for c in cols])
    for cell in sheet[1]:
        cell.font, cell.fill = HEAD, HEAD_FILL
    if isinstance(example, list):
        sheet.append(example)
        for cell in sheet[2]:
            cell.font = EXAMPLE_LOOK
    for row in rows:
        sheet.append([row.get(c.key, "") for c in cols])
    for index, col in enumerate(cols, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(14, len(col.heading) + 2)
        _validate(sheet, f"{letter}2:{letter}500", col.kind, col.choices)
    sheet.freeze_panes = "A2"


def _validate(sheet: Worksheet, cells: str, kind: str, choices: tuple[str, ...]) -> None:
    """Cell validation in the sheet itself, so a facilitator sees a mistake while she types."""
    if kind == "list":
        rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    elif kind in ("money", "int"):
        rule = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    elif kind == "date":
        rule = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    else:
        return
    rule.error = "Isian tidak sah: " + {"list": "pilih dari daftar", "money": "rupiah bulat ≥ 0",
                                        "int": "bilangan bulat ≥ 0", "date": "tanggal"}[kind]
    rule.showErrorMessage = True
    sheet.add_data_validation(rule)
    rule.add(cells)


# -- reading ---------------------------------------------------------------------------------------------
@dataclass
class Reading:
    """A filled template read back: the events it makes and every problem, with where it is."""

    events: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    rows: dict[tuple[str, str], int] = field(default_factory=dict)  # (sheet, code) → row, to place a refusal

    def add(self, sheet: str, row: int, column: str, reason: str) -> None:
        self.problems.append(f"{sheet}, baris {row}, kolom {column}: {reason}")


def read_template(path: Path, existing: list[Event] | None = None) -> Reading:
    """Read a filled template; ``existing`` are the group's events when it is already in this book."""
    reading = Reading()
    try:
        workbook = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        reading.problems.append(f"{path.name}: bukan berkas spreadsheet XLSX yang dapat dibaca ({exc})")
        return reading
    missing = [s for s in (GROUP_SHEET, MEMBERS, LOANS, DEBTS, GRANT) if s not in workbook.sheetnames]
    if missing:
        reading.problems.append(f"{path.name}: lembar tidak ada: " + ", ".join(missing))
        return reading
    head = _read_fields(workbook[GROUP_SHEET], GROUP_SHEET, GROUP_FIELDS, reading)
    grant = _read_fields(workbook[GRANT], GRANT, GRANT_FIELDS, reading)
    members = list(_read_rows(workbook[MEMBERS], MEMBERS, MEMBER_COLS, reading))
    loans = list(_read_rows(workbook[LOANS], LOANS, LOAN_COLS, reading))
    debts = list(_read_rows(workbook[DEBTS], DEBTS, DEBT_COLS, reading))
    if not head.get("group") or not head.get("date"):
        return reading
    name, cut = str(head["group"]), head["date"]
    created = head.get("created") or cut
    known = History(name, existing).book if existing else None
    if known is None:
        address = {k: head[k] for k in ("kelurahan", "kecamatan", "kota") if head.get(k)}
        reading.events.append({"type": "group.create", "date": created.isoformat(), "group": name,
                               "kind": head.get("kind") or "KUBE", **({"address": address} if address else {})})
    carried: dict[str, dict[str, int]] = {}
    for row, values in members:
        code = str(values["member"])
        reading.rows[(MEMBERS, code)] = row
        _check_identity(values, row, cut, reading)
        if known is None or code not in known.members:
            join = {k: values[k] for k in ("name", "nik", "kk", "address", "phone", "sex", "category", "role")
                    if values.get(k) not in (None, "")}
            join.setdefault("name", code)  # a missing name is reported; the other checks still see her
            if values.get("birth_date"):
                join["birth_date"] = values["birth_date"].isoformat()
            reading.events.append({"type": "member.join", "date": (values.get("joined") or created).isoformat(),
                                   "group": name, "member": code, **join})
        carried[code] = {k: values.get(k) or 0 for k in ("pokok", "wajib", "sukarela", "wajib_arrears")}
    for row, values in loans:
        reading.rows[(LOANS, str(values["loan"]))] = row
    opening: dict[str, Any] = {
        "type": "group.opening", "date": cut.isoformat(), "group": name,
        "closed_through": head.get("closed_through") or cut.strftime("%Y-%m"),
        **{k: head.get(k) or 0 for k in ("cash", "tr_reserve", "social_fund")},
        "income": {k: head.get(f"income.{k}") or 0 for k in ("jasa", "admin", "denda")},
        "grant": {**{k: grant.get(k) or 0 for k in ("received", "passed_on", "written_off", "cash")},
                  "round": grant.get("round") or 1, "had": grant.get("had") or [],
                  "declined": grant.get("declined") or []},
        "members": carried,
        "loans": [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()
                   if v not in (None, "")} for _, values in loans],
        "tr_debts": [{**values, "date": values["date"].isoformat()} for _, values in debts],
        "shu_ytd": {"costs": head.get("shu_ytd.costs") or 0},
    }
    ytd = {k: head[f"income_ytd.{k}"] for k in ("jasa", "admin", "denda") if head.get(f"income_ytd.{k}") is not None}
    if ytd:
        opening["income_ytd"] = {k: ytd.get(k, opening["income"][k]) for k in ("jasa", "admin", "denda")}
    reading.events.append(opening)
    _ledger_reasons(reading, name, existing, debts)
    return reading


def _check_identity(values: dict[str, Any], row: int, cut: date, reading: Reading) -> None:
    for key, heading in (("nik", "NIK"), ("kk", "No. KK")):
        if values.get(key):
            values[key] = str(values[key]).strip()
            try:
                nik_facts(values[key], cut) if key == "nik" else check_kk(values[key])
            except Refusal as exc:
                reading.add(MEMBERS, row, heading, exc.message)
                values[key] = None


def _ledger_reasons(reading: Reading, name: str, existing: list[Event] | None,
                    debts: list[tuple[int, Any]]) -> None:
    """Run the events on a scratch copy of the group's book and place each refusal in the sheet it is about."""
    history = History(name, list(existing or []))
    seq = max((e.seq for e in history.events), default=0)
    for raw in reading.events:
        seq += 1
        try:
            event = parse_event(raw)
            event.seq = seq
            history.add(event)
        except Refusal as exc:
            if raw["type"] != "group.opening":
                where = (MEMBERS, reading.rows.get((MEMBERS, str(raw.get("member"))), 2), "Kode") \
                    if raw["type"] == "member.join" else (GROUP_SHEET, 2, "Nilai")
                reading.add(*where, exc.message)
                history = History(name, history.events)
                continue
            for reason in exc.message.removeprefix("saldo awal ditolak: ").split("; "):
                reading.add(*_place(reason, reading, debts), reason)


def _place(reason: str, reading: Reading, debts: list[tuple[int, Any]]) -> tuple[str, int, str]:
    """The sheet, row and column a ledger refusal of the opening is about."""
    if match := re.match(r"pinjaman (\S+?):", reason):
        return LOANS, reading.rows.get((LOANS, match.group(1)), 2), "Kode pinjaman"
    if match := re.match(r"utang TR ke-(\d+)", reason):
        index = int(match.group(1)) - 1
        return DEBTS, debts[index][0] if index < len(debts) else 2, "Jumlah"
    if reason.startswith(("identitas dana bergulir", "grant")):
        return GRANT, 2, "Nilai"
    if match := re.search(r"anggota (\S+) tidak dikenal|members\.(\w+)", reason):
        code = match.group(1) or match.group(2)
        return MEMBERS, reading.rows.get((MEMBERS, code), 2), "Kode"
    return GROUP_SHEET, 2, "Nilai"


def _read_fields(sheet: Worksheet, title: str, fields: tuple[Field, ...], reading: Reading) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for number, item in enumerate(fields, start=2):
        value = _cell(sheet.cell(number, 2).value, item.kind, item.choices, item.required,
                      lambda reason, n=number: reading.add(title, n, "Nilai", reason))
        out[item.key] = value
    return out


def _read_rows(sheet: Worksheet, title: str, cols: tuple[Col, ...],
               reading: Reading) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, cells in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        if all(c in (None, "") for c in cells) or str(cells[0] or "").lower().startswith(EXAMPLE):
            continue
        values: dict[str, Any] = {}
        for col, raw in zip(cols, cells, strict=False):
            values[col.key] = _cell(raw, col.kind, col.choices, col.required,
                                    lambda reason, c=col, n=number: reading.add(title, n, c.heading, reason))
        yield number, values


def _cell(raw: Any, kind: str, choices: tuple[str, ...], required: bool, problem: Any) -> Any:
    """One cell as the event wants it; a problem is reported (and None returned) when it cannot be."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            problem("wajib diisi")
        return None
    try:
        return _convert(raw, kind, choices)
    except ValueError as exc:
        problem(str(exc))
        return None


def _convert(raw: Any, kind: str, choices: tuple[str, ...]) -> Any:
    if kind in ("money", "int"):
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, str) and re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+", raw.strip()):
            raw = int(raw.strip().replace(".", ""))
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise ValueError(f"harus bilangan bulat ≥ 0, bukan {raw!r}")
        return raw
    if kind == "date":
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        try:
            return date.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValueError(f"harus tanggal (YYYY-MM-DD), bukan {raw!r}") from None
    if kind == "month":
        text = raw.strftime("%Y-%m") if isinstance(raw, date) else str(raw).strip()
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
            raise ValueError(f"harus bulan YYYY-MM, bukan {raw!r}")
        return text
    if kind == "list":
        if str(raw).strip() not in choices:
            raise ValueError(f"pilih salah satu: {', '.join(choices)} (bukan {raw!r})")
        return str(raw).strip()
    if kind == "codes":
        return [c.strip() for c in str(raw).split(",") if c.strip()]
    if kind == "percent":
        return str(raw).strip().replace(",", ".")
    return str(raw).strip() if not isinstance(raw, int | float) else str(int(raw))
