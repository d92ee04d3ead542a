"""Buku Kas Umum (``kas``): every cash movement of the month with its running balance."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from kasbuku.formatting import bulan, tanggal, tanggal_pendek
from ledger.model.calendar import month_start
from ledger.rules.book import GroupBook
from ledger.views.cashbook import CashBook, cash_book
from ledger.views.statements.common import group_info
from reports.document import Document
from reports.flowables import Column, block, header, money_table, signature_block, summary

COLUMNS = (Column("Tanggal", 20), Column("No.", 10, "number"), Column("Uraian", 78), Column("Masuk", 24, "sparse"),
           Column("Keluar", 24, "sparse"), Column("Saldo", 26, "money"))


def cash_table(cash: CashBook) -> Flowable:
    """The cash book's lines between its opening and closing balances."""
    rows = [["", None, f"Saldo awal {tanggal(month_start(cash.month))}", None, None, cash.opening]]
    rows += [[tanggal_pendek(ln.day), ln.seq, ln.text, ln.cash_in, ln.cash_out, ln.balance] for ln in cash.lines]
    total = ["", None, "Jumlah bulan ini dan saldo akhir", cash.total_in, cash.total_out, cash.closing]
    return money_table(COLUMNS, rows, total)


def cash_split(cash: CashBook) -> Flowable:
    """Where the closing cash belongs: the group's own, the revolving fund's, the TR reserve's."""
    return summary([*cash.by_account.items(), ("Jumlah kas", cash.closing)], width=110)


def build(book: GroupBook, month: str, signed_on: date) -> Document:
    cash = cash_book(book, month)
    info = group_info(book)
    story = [*header(info, "Buku Kas Umum", f"Bulan {bulan(month)}"), cash_table(cash),
             block("Saldo kas akhir bulan menurut bagiannya", cash_split(cash)),
             signature_block(info, signed_on)]
    return Document("Buku Kas Umum", bulan(month), story)
