"""Rekening Anggota (``anggota``): one member per page — savings moves and balances, wajib arrears, loans
with their schedules, and tanggung renteng owed and owed to her."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, PageBreak

from kasbuku.formatting import bulan, rupiah, tanggal, tanggal_pendek
from ledger.model.calendar import month_end
from ledger.model.savings import PRODUCTS
from ledger.rules.book import GroupBook
from ledger.views.statements.common import GroupInfo, group_info
from ledger.views.statements.member import MemberAccount, member_account
from reports.document import Document
from reports.flowables import Column, facts, header, money_table, section, signature_block, subsection, text
from reports.loans import payments_table, schedule_table, terms_line

ROLE_NAMES = {"ketua": "Ketua", "sekretaris": "Sekretaris", "bendahara": "Bendahara", "anggota": "Anggota"}
SAVINGS = (Column("Tanggal", 21), Column("Uraian", 65), Column("Pokok", 22, "sparse"),
           Column("Wajib", 22, "sparse"), Column("Sukarela", 24, "sparse"), Column("Saldo", 28, "money"))
TR_OWES = (Column("Tutup bulan", 26), Column("Ditanggung", 26, "money"), Column("Masih harus dibayar kepada", 100),
           Column("Sisa", 28, "money"))
TR_IS_OWED = (Column("Tutup bulan", 26), Column("Anggota yang ditanggung", 100), Column("Bagiannya", 26, "money"),
              Column("Belum kembali", 28, "money"))
TR_PAID = (Column("Tanggal", 21), Column("Pembayaran", 45), Column("Untuk utang TR", 26, "money"),
           Column("Diteruskan ke", 88))


def savings_table(acct: MemberAccount, start: date) -> Flowable:
    rows = [["", f"Saldo awal {tanggal(start)}", *(acct.opening[p] for p in PRODUCTS),
             sum(acct.opening.values())]]
    rows += [[tanggal_pendek(m.day), m.text, *(m.amounts[p] for p in PRODUCTS), m.balance] for m in acct.moves]
    total = ["", "Saldo akhir", *(acct.closing[p] for p in PRODUCTS), sum(acct.closing.values())]
    return money_table(SAVINGS, rows, total)


def tr_story(acct: MemberAccount) -> list[Flowable]:
    """Her open TR debts per cover (with whom she owes), what others owe her, and her payments of TR debt."""
    out: list[Flowable] = []
    if acct.tr_owes:
        rows = [[bulan(t.month), t.amount, t.other, t.owed] for t in acct.tr_owes]
        out += [section("Utang tanggung renteng"),
                money_table(TR_OWES, rows, ["Jumlah", sum(t.amount for t in acct.tr_owes), "",
                                            sum(t.owed for t in acct.tr_owes)])]
    if acct.tr_is_owed:
        rows = [[bulan(t.month), t.other, t.amount, t.owed] for t in acct.tr_is_owed]
        out += [section("Tanggung renteng yang ia bayar untuk anggota lain"),
                money_table(TR_IS_OWED, rows, ["Jumlah", "", sum(t.amount for t in acct.tr_is_owed),
                                               sum(t.owed for t in acct.tr_is_owed)])]
    if acct.tr_paid:
        rows = [[tanggal_pendek(t.day), t.text, t.amount, t.to] for t in acct.tr_paid]
        out += [section("Pembayaran utang tanggung renteng"),
                money_table(TR_PAID, rows, ["", "Jumlah", sum(t.amount for t in acct.tr_paid), ""])]
    return out


def member_page(info: GroupInfo, acct: MemberAccount, start: date, end: date, signed_on: date) -> list[Flowable]:
    m = acct.member
    status = "aktif" if m.active else f"keluar {tanggal(m.left)}" if m.left else "keluar"
    story = [*header(info, "Rekening Anggota", f"{tanggal(start)} s.d. {tanggal(end)}"),
             facts([("Anggota", f"{m.code} {m.name}"), ("Jabatan", ROLE_NAMES.get(m.role, m.role)),
                    ("Kategori", m.category), ("Tanggal masuk", tanggal(m.joined)), ("Status", status),
                    ("Tunggakan wajib", rupiah(acct.wajib_arrears)),
                    # her own paper: her NIK and No. KK in full (rules §3a; everywhere else a NIK is masked)
                    *((label, m.identity[key]) for key, label in (("nik", "NIK"), ("kk", "No. KK"))
                      if key in m.identity)], widths=(30, 61), columns=2),
             section("Simpanan"), savings_table(acct, start)]
    for card in acct.loans:
        story += [section(f"Pinjaman {card.code}"), text(terms_line(card), "body")]
        if card.status == "Berjalan":
            story.append(schedule_table(card))
        if card.payments:
            story += [subsection(f"Pembayaran {card.code}"), payments_table(card)]
    return [*story, *tr_story(acct), signature_block(info, signed_on)]


def build(book: GroupBook, month: str, member: str | None, signed_on: date) -> Document:
    """All members (active, or with a balance left) one per page, or just ``member``; moves since 1 January."""
    end = month_end(month)
    start = date(end.year, 1, 1)
    if member is not None:
        codes = [book.member(member, active=False).code]
    else:
        codes = [m.code for m in book.members.values() if m.active or any(book.savings(m.code).values())]
    info = group_info(book)
    story: list[Flowable] = []
    for index, code in enumerate(codes):
        if index:
            story.append(PageBreak())
        story += member_page(info, member_account(book, code, start, end), start, end, signed_on)
    return Document("Rekening Anggota", bulan(month), story)
