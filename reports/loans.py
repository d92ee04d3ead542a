"""Kartu Angsuran (``angsuran``): a loan's terms, its fixed schedule with what was paid, and its payments."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, PageBreak

from kasbuku.formatting import bulan, rate_text, rupiah, tanggal, tanggal_pendek
from ledger.model.calendar import month_end
from ledger.model.errors import Refusal
from ledger.model.labels import LOAN_METHODS, fund_name, term_text
from ledger.rules.book import GroupBook
from ledger.views.loan_cards import LoanCard, ScheduleRow, loan_card, loan_codes
from ledger.views.statements.common import check_book_date, group_info
from reports.document import Document
from reports.flowables import Column, facts, header, money_table, signature_block, subsection, text

PAYMENTS = (Column("Tanggal", 20), Column("Uraian", 64), Column("Pokok", 24, "money"),
            Column("Jasa dan denda", 24, "sparse"), Column("Utang TR", 22, "sparse"), Column("Sisa pokok", 28, "money"))
COVERS = (Column("Tutup bulan", 22), Column("Ditanggung", 24, "money"), Column("Oleh", 108),
          Column("Sisa utang TR", 28, "sparse"))


def terms(card: LoanCard) -> Flowable:
    """The loan's terms in two columns of 'label : value'."""
    first = card.schedule[0]
    left = [("Nomor pinjaman", card.code), ("Peminjam", f"{card.member} {card.name}"),
            ("Sumber dana", fund_name(card.fund)), ("Pokok pinjaman", rupiah(card.principal)),
            ("Sisa pokok", f"{rupiah(card.outstanding)} ({card.status.lower()})")]
    right = [("Pencairan", tanggal(card.disbursed)), ("Jangka waktu", term_text(card.term, card.frequency)),
             ("Jasa", rate_text(card.rate_pct_month)), ("Cara hitung jasa", LOAN_METHODS[card.method]),
             ("Angsuran pertama", rupiah(first.pokok + first.jasa))]
    return facts([*left, *right], widths=(33, 58), columns=2)


def schedule_table(card: LoanCard) -> Flowable:
    """Every instalment with what was paid; the denda column only where the loan charges denda."""
    denda = any(s.denda for s in card.schedule)
    columns = [Column("Ke", 8, "number"), Column("Jatuh tempo", 20), Column("Pokok", 24, "money"),
               Column("Jasa", 22, "money"), *([Column("Denda", 18, "sparse")] if denda else []),
               Column("Jumlah", 24, "money"), Column("Dibayar", 24, "sparse"), Column("Kurang", 24, "sparse"),
               Column("Keterangan", 36 - (18 if denda else 0))]

    def figures(s: ScheduleRow) -> list[object]:
        return [s.pokok, s.jasa, *([s.denda] if denda else []), s.pokok + s.jasa + s.denda, s.paid, s.owed]

    rows = [[s.number, tanggal_pendek(s.due), *figures(s), " ".join([s.status, *map(tanggal_pendek, s.paid_on)])]
            for s in card.schedule]
    sums = [sum(col) for col in zip(*(figures(s) for s in card.schedule), strict=True)]
    return money_table(columns, rows, [None, "Jumlah", *sums, ""])


def terms_line(card: LoanCard) -> str:
    """The loan in one line, for the member account."""
    return (f"{fund_name(card.fund)}, pokok {rupiah(card.principal)}, {term_text(card.term, card.frequency)}, "
            f"jasa {rate_text(card.rate_pct_month)} {card.method}, cair {tanggal(card.disbursed)}; sisa pokok "
            f"{rupiah(card.outstanding)} ({card.status.lower()}).")


def payments_table(card: LoanCard) -> Flowable:
    rows = [[tanggal_pendek(p.day), p.text + (" (dibatalkan)" if p.reversed else ""), p.pokok, p.other, p.tr_debt,
             p.outstanding] for p in card.payments]
    total = ["", "Jumlah", *(sum(getattr(p, f) for p in card.payments) for f in ("pokok", "other", "tr_debt")),
             card.outstanding] if rows else None
    return money_table(PAYMENTS, rows, total, empty="Belum ada pembayaran.")


def covers_part(card: LoanCard) -> list[Flowable]:
    """The closes at which the other members or the reserve paid her arrears, and her TR debt from each."""
    if not card.covers:
        return []
    rows = [[bulan(c.month), c.amount, c.by, c.owed] for c in card.covers]
    return [subsection("Ditanggung renteng"), money_table(COVERS, rows),
            text("Angsuran yang ditanggung renteng dibayar oleh anggota lain (atau cadangan TR) saat tutup buku; "
                 "peminjam berutang tanggung renteng kepada mereka sampai sisa utang TR lunas.", "note")]


def card_story(card: LoanCard) -> list[Flowable]:
    """The terms, schedule, TR covers and payments of one loan (also used inside the member account)."""
    return [terms(card), subsection("Jadwal angsuran"), schedule_table(card), *covers_part(card),
            subsection("Riwayat pembayaran"), payments_table(card)]


def build(book: GroupBook, month: str, loan: str | None, signed_on: date) -> Document:
    end = month_end(month)
    codes = [loan] if loan else loan_codes(book)
    if not codes:
        raise Refusal(f"kelompok {book.name} belum punya pinjaman sampai {end.isoformat()}")
    check_book_date(book, end)
    info = group_info(book)
    story: list[Flowable] = []
    for index, code in enumerate(codes):
        if index:
            story.append(PageBreak())
        card = loan_card(book, code, end)
        story += [*header(info, "Kartu Angsuran", f"Pinjaman {code} · keadaan {tanggal(end)}"),
                  *card_story(card), signature_block(info, signed_on)]
    return Document("Kartu Angsuran", bulan(month), story)
