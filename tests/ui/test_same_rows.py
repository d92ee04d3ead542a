"""The window and the papers read the same read models: the loan card and the cash book on screen show
the rows the Kartu Angsuran and the Buku Kas Umum print (rules.md §10's Mawar example, with its TR cover)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber

from kasbuku import db
from ledger import services
from reports import api
from tests.conftest import Book
from tests.ui.conftest import open_group
from ui.cashbook import CashPage
from ui.loans import LoansPage
from ui.main import MainWindow
from ui.widgets import Table

MAWAR = "KUBE Mawar"
EXAMPLES = next((p / "shared" / "examples" for p in Path(__file__).resolve().parents
                 if (p / "shared" / "examples" / "mawar").is_dir()), Path("/work/shared/examples"))


def mawar_window(qtbot: Any, window: MainWindow, book: Book) -> None:
    for file in sorted((EXAMPLES / "mawar").glob("events-*.jsonl")):
        with db.session(book.engine, write=True) as sess:
            services.apply_lines(sess, file.read_text(encoding="utf-8").splitlines())
    window.desk.today = lambda: date(2026, 3, 31)
    open_group(qtbot, window, MAWAR)


def screen_rows(table: Table, columns: range) -> list[tuple[str, ...]]:
    """The cells on screen; a zero is an empty cell, as a dash in the papers' sparse columns is."""
    texts = ((" ".join(table.item(r, c).text().split()) for c in columns) for r in range(table.rowCount()))
    return [tuple("" if t == "Rp 0" else t for t in row) for row in texts]


def printed_rows(kind: str, book: Book, **keys: Any) -> list[tuple[str, ...]]:
    """Every body row of every table of the statement, cells as printed (a dash in a sparse column is
    an empty cell, as the window leaves it)."""
    with db.session(book.engine) as sess:
        pdf = api.build(sess, api.Request(kind, MAWAR, month="2026-03", printed_on=date(2026, 4, 1), **keys)).pdf
    rows = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                rows += [tuple("" if c in (None, "–") else " ".join(c.split()) for c in row) for row in table]
    return rows


def test_loan_card_on_screen_is_the_printed_card(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar_window(qtbot, window, book)
    page = window.page(LoansPage)
    assert isinstance(page, LoansPage)
    window.nav.setCurrentRow(window.pages.index(page))
    page.table.selectRow(page.codes.index("L2"))
    assert page.card is not None and page.card.code == "L2"
    printed = printed_rows("angsuran", book, loan="L2")
    # schedule: number, due, pokok, jasa, denda (none on this loan), paid, status (+ the day it was paid)
    for number, due, pokok, jasa, _denda, paid, status in screen_rows(page.schedule, range(7)):
        assert any(row[:4] == (number, due, pokok, jasa) and row[5] == paid and row[-1].startswith(status)
                   for row in printed), (number, status)
    assert page.schedule.item(0, 6).text() == "Ditanggung renteng"
    # payments: day, text and amount (the printed row splits it into pokok, jasa and denda, TR debt)
    shown = screen_rows(page.payments, range(3))
    money = [row for row in printed if len(row) == 6 and row[0][:2].isdigit()]
    assert len(shown) == len(money) == 2
    for (day, _amount, text), row in zip(shown, money, strict=True):
        assert (day, text) == row[:2]


def test_cash_book_on_screen_is_the_printed_cash_book(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar_window(qtbot, window, book)
    page = window.page(CashPage)
    assert isinstance(page, CashPage)
    march = [row for row in screen_rows(page.table, range(6)) if row[0].endswith("/03/2026")]
    printed = [row for row in printed_rows("kas", book) if row[0].endswith("/03/2026")]
    assert march and list(reversed(march)) == printed
