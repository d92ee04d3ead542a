"""The one door to statements, used by the window and by ``kasbuku report``: choose, build, write.

A statement is built whole in memory and checked against the journal before any file is written, so a
statement that does not add up never reaches the printer (``StatementMismatch``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kasbuku import safefile
from ledger import services
from ledger.model.calendar import month_end, month_start, next_month
from ledger.model.errors import Refusal
from ledger.rules.book import GroupBook
from reports import cashbook, grant, inventory, loans, meeting, members, monthly, receipt, shu
from reports.document import Document, render

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MONTHLY_KINDS = ("bulanan", "anggota", "kas", "angsuran", "bergulir", "setoran", "inventaris")
KINDS = (*MONTHLY_KINDS, "shu", "kuitansi")


@dataclass(frozen=True)
class Request:
    """Which statement of which group: ``month`` (YYYY-MM) for the monthly kinds, ``year`` for shu,
    ``seq`` for kuitansi; ``loan``/``member`` narrow angsuran/anggota to one loan or member (kuitansi of a
    close: one coverer's TR share)."""

    kind: str
    group: str
    month: str | None = None
    year: int | None = None
    loan: str | None = None
    member: str | None = None
    seq: int | None = None
    printed_on: date = field(default_factory=date.today)
    signed_on: date | None = None  # the date above the signatures; default the period's last day


@dataclass(frozen=True)
class Statement:
    kind: str
    group: str
    period: str  # YYYY-MM, YYYY or the receipt number: sorts well in a file name
    pdf: bytes


def default_month(book: GroupBook, kind: str) -> str:
    """The latest closed month; for the meeting sheet the month after it (the meeting still to hold)."""
    if book.last_closed is None:
        raise Refusal(f"kelompok {book.name} belum punya bulan yang ditutup; sebutkan --month YYYY-MM")
    return next_month(book.last_closed) if kind == "setoran" else book.last_closed


def _meeting(session: Session, book: GroupBook, request: Request, month: str) -> Document:
    """The meeting sheet; for a closed month the archive: what was due at its start and what was paid."""
    if book.last_closed is None or month > book.last_closed:
        return meeting.build(book, month, _signed(request, month))
    before = services.load_book(session, request.group, as_of=month_start(month) - timedelta(days=1))
    return meeting.build(before if before.created else book, month, _signed(request, month), paid_book=book)


def _shu_book(session: Session, book: GroupBook, year: int) -> GroupBook:
    """An allocated year is read as booked; any other year only up to its last closed month (a provisional
    SHU never counts a payment of a month still open)."""
    if year in book.shu_years:
        return book
    if book.last_closed is None or book.last_closed < f"{year:04d}-01":
        raise Refusal(f"kelompok {book.name} belum menutup satu bulan pun pada tahun {year}; SHU belum bisa dihitung")
    last = min(book.last_closed, f"{year:04d}-12")
    return services.load_book(session, book.name, as_of=month_end(last))


def _signed(request: Request, month: str) -> date:
    """The signature date: the one the facilitator picked, else the month's last day (not the printing day)."""
    return request.signed_on or month_end(month)


def _monthly(kind: str, book: GroupBook, request: Request, month: str, session: Session) -> Document:
    if book.created is None:
        raise Refusal(f"kelompok {request.group} belum ada pada bulan {month}")
    signed = _signed(request, month)
    builders: dict[str, Callable[[], Document]] = {
        "bulanan": lambda: monthly.build(book, month, signed),
        "kas": lambda: cashbook.build(book, month, signed),
        "anggota": lambda: members.build(book, month, request.member, signed),
        "angsuran": lambda: loans.build(book, month, request.loan, signed),
        "bergulir": lambda: grant.build(book, month, signed),
        "setoran": lambda: _meeting(session, book, request, month),
        "inventaris": lambda: inventory.build(book, month, signed),
    }
    return builders[kind]()


def build(session: Session, request: Request) -> Statement:
    """Build one statement of one group as PDF bytes (nothing is written)."""
    if request.kind not in KINDS:
        raise Refusal(f"jenis laporan '{request.kind}' tidak dikenal; pilih salah satu: {', '.join(KINDS)}")
    if request.kind in MONTHLY_KINDS and request.month:
        book = services.load_book(session, request.group, as_of=month_end(request.month))
        doc = _monthly(request.kind, book, request, request.month, session)
        return Statement(request.kind, request.group, request.month, render(doc, book.name, request.printed_on))
    book = services.load_book(session, request.group)
    if request.kind == "kuitansi":
        if request.seq is None:
            raise Refusal("kuitansi perlu nomor transaksi (--event-seq N)")
        doc, period = receipt.build(book, request.seq, request.member), (
            f"{request.seq:06d}" + (f"-{request.member}" if request.member else ""))
    elif request.kind == "shu":
        year = request.year or (date.fromisoformat(f"{default_month(book, 'shu')}-01").year)
        shu_book = _shu_book(session, book, year)
        last = f"{year:04d}-12" if year in shu_book.shu_years else min(shu_book.last_closed or "", f"{year:04d}-12")
        doc, period = shu.build(shu_book, year, _signed(request, last)), str(year)
    else:
        month = default_month(book, request.kind)
        book = services.load_book(session, request.group, as_of=month_end(month))
        doc, period = _monthly(request.kind, book, request, month, session), month
    return Statement(request.kind, request.group, period, render(doc, book.name, request.printed_on))


def slug(name: str) -> str:
    """'KUBE Mawar Sejahtera' -> 'kube-mawar-sejahtera' (safe on every file system)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "kelompok"


def file_name(statement: Statement) -> str:
    """'2026-02_bulanan_kube-mawar.pdf': period first so a folder of statements sorts by month."""
    return f"{statement.period}_{statement.kind}_{slug(statement.group)}.pdf"


def write(statement: Statement, path: Path) -> Path:
    """Write the PDF (to a temporary name first, so a failed write never leaves half a file)."""
    return safefile.write_bytes(path, statement.pdf, "laporan PDF")
