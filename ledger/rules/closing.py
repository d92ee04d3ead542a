"""Tutup buku bulanan (rules.md §8): closing months in order, with tanggung renteng, and reopening."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ledger.model.calendar import day_text, month_end, month_of, month_start, month_text, next_month
from ledger.model.errors import Refusal
from ledger.model.events import Event
from ledger.model.journal import Entry
from ledger.rules import joint_liability
from ledger.rules.book import GroupBook
from ledger.rules.joint_liability import TrCover


@dataclass
class Close:
    month: str
    date: date
    seq: int
    covers: list[TrCover] = field(default_factory=list)
    uncovered: dict[str, int] = field(default_factory=dict)


def next_to_close(book: GroupBook) -> str:
    """Months close in order, starting with the month the group was created."""
    if book.last_closed is None:
        assert book.created is not None
        return month_of(book.created)
    return next_month(book.last_closed)


def close_month(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Run tanggung renteng for instalments due by the close (the month's end at the latest), then lock.

    The close's cut-off is its own date, or the month's last day when it is recorded later, so that a
    late close never covers next month's instalments.
    """
    month = ev["month"]
    expected = next_to_close(book)
    if month != expected:
        if book.last_closed is not None and month <= book.last_closed:
            raise Refusal(f"bulan {month} sudah ditutup")
        raise Refusal(f"bulan {month} belum bisa ditutup: tutup dulu bulan {expected}")
    if ev.date < month_start(month):
        raise Refusal(f"tutup buku {month_text(month)} tidak dapat bertanggal {day_text(ev.date)}, sebelum bulan itu")
    close = Close(month=month, date=ev.date, seq=ev.seq)
    joint_liability.cover_at_close(book, close, min(ev.date, month_end(month)), entry)
    book.closes.append(close)


def reopen_month(book: GroupBook, ev: Event, entry: Entry) -> None:
    """Replaying, a reopen does nothing: the close it undid is left out of the replay altogether."""


def check_reopen(book: GroupBook, ev: Event) -> None:
    """Only the latest closed month can be reopened, with a reason (the facilitator is checked above)."""
    if book.last_closed is None:
        raise Refusal("belum ada bulan yang ditutup")
    if book.opening is not None and book.closes[-1].seq == book.opening.seq:
        raise Refusal(f"bulan sampai {month_text(book.opening.closed_through)} ditutup oleh saldo awal (buku "
                      "lama) dan tidak dapat dibuka kembali")
    if ev["month"] != book.last_closed:
        raise Refusal(f"hanya bulan terakhir yang ditutup ({book.last_closed}) yang dapat dibuka kembali")
