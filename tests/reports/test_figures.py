"""ledger.views.statements: the figures of every statement agree with ``services.state`` and with the journal,
for the Mawar worked example and for every closed month of the demo book."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from kasbuku import db
from ledger import services, storage
from ledger.model.calendar import month_end, month_start
from ledger.model.journal import Ledger
from ledger.views.cashbook import cash_book
from ledger.views.loan_cards import loan_card, loan_codes
from ledger.views.statements import economy as e
from ledger.views.statements import group as g
from ledger.views.statements import inventory as inv
from ledger.views.statements import member as m
from ledger.views.statements import year as y
from ledger.views.statements.common import StatementMismatch
from ledger.views.statements.position import Line, balance_sheet
from ledger.views.statements.receipt import receipt
from tests.reports.helpers import BAHARI, MAWAR, book_at

FEB, MAR = date(2026, 2, 28), date(2026, 3, 31)


def state(engine: Engine, on: date, group: str = MAWAR) -> dict[str, Any]:
    with db.session(engine) as sess:
        return services.state(sess, group, on)


def test_cash_book_ends_at_the_state_cash(mawar: Engine) -> None:
    cash = cash_book(book_at(mawar, MAWAR, "2026-02"), "2026-02")
    assert (cash.opening, cash.total_in, cash.total_out) == (4_650_000, 682_500, 0)
    assert cash.closing == state(mawar, FEB)["cash"] == 5_332_500
    assert cash.lines[-1].text == "Tanggung renteng saat tutup buku" and cash.lines[-1].cash_in == 230_000
    assert cash.by_account == {"Kas kelompok": 282_500, "Kas dana bergulir": 5_050_000}


def test_savings_loans_and_tr_match_the_state(mawar: Engine) -> None:
    book, st = book_at(mawar, MAWAR, "2026-02"), state(mawar, FEB)
    for row in g.savings_table(book, FEB):
        expected = st["members"][row.code]
        assert {"pokok": row.pokok, "wajib": row.wajib, "sukarela": row.sukarela} == expected["savings"]
        assert row.wajib_arrears == expected["wajib_arrears"]
    loans = {r.code: r for r in g.loan_table(book, FEB)}
    for code, member in st["members"].items():
        for loan in member["loans"]:
            assert loans[loan["loan"]].member == code
            assert loans[loan["loan"]].outstanding == loan["principal_outstanding"]
            assert loans[loan["loan"]].kolektibilitas == loan["kolektibilitas"]
    debts = g.tr_debts(book)
    assert sum(d.owed for d in debts) == st["members"]["M2"]["tr_owes"] == 230_000
    assert {d.creditor: d.owed for d in debts} == {
        f"{c} {st['members'][c]['name']}": st["members"][c]["tr_is_owed"] for c in ("M1", "M3", "M4", "M5")}
    [cover] = g.tr_covers(book, "2026-02")
    assert cover.defaulter == "M2 Nurhayati" and [s.amount for s in cover.shares] == [57_500] * 4


def test_grant_income_and_balance_sheet(mawar: Engine) -> None:
    book, st = book_at(mawar, MAWAR, "2026-02"), state(mawar, FEB)
    p = g.grant_position(book)
    assert (p.received, p.passed_on, p.written_off, p.cash, p.loans_outstanding, p.round) == tuple(
        st["grant"][k] for k in ("received", "passed_on", "written_off", "cash", "loans_outstanding", "round"))
    assert (p.lent, p.repaid) == (5_500_000, 550_000)
    assert p.waiting == ["M4 Marlina Tola", "M5 Fransiska Lusi"]
    income = g.income_between(book, month_start("2026-02"), FEB)
    assert income.surplus == st["income"]["jasa"] == 82_500
    sheet = balance_sheet(book, FEB)
    assert sheet.total_assets == sheet.total_claims == 10_512_500
    assert [p.title for p in sheet.assets + sheet.claims] == ["Aset lancar", "Aset tidak lancar", "Kewajiban",
                                                               "Ekuitas"]
    assert Line("SHU belum dibagi tahun 2026", 82_500, 0) in sheet.claims[1].lines  # beside January's
    assert Line("Kas kelompok", 282_500, 150_000) in sheet.assets[0].lines
    assert sum(p.total_before for p in sheet.assets) == 10_150_000 == sum(p.total_before for p in sheet.claims)


def test_loan_card_shows_the_tr_cover_and_the_later_payment(mawar: Engine) -> None:
    card = loan_card(book_at(mawar, MAWAR, "2026-03"), "L2", MAR)
    assert [(s.number, s.paid, s.status) for s in card.schedule[:3]] == [
        (1, 230_000, "Ditanggung renteng"), (2, 230_000, "Lunas"), (3, 0, "Belum jatuh tempo")]
    assert [(p.day, p.pokok, p.other, p.outstanding) for p in card.payments] == [
        (FEB, 200_000, 30_000, 1_800_000), (date(2026, 3, 15), 200_000, 30_000, 1_600_000)]
    assert card.outstanding == state(mawar, MAR)["members"]["M2"]["loans"][0]["principal_outstanding"]


def test_member_account_after_the_recovery(mawar: Engine) -> None:
    book = book_at(mawar, MAWAR, "2026-03")
    m1 = m.member_account(book, "M1", date(2026, 1, 1), MAR)
    assert m1.closing == state(mawar, MAR)["members"]["M1"]["savings"] == {
        "pokok": 20_000, "wajib": 20_000, "sukarela": 57_500}
    assert m1.moves[-1].amounts["sukarela"] == 57_500 and m1.moves[-1].balance == 97_500
    assert m1.moves[-1].text == "Pengembalian tanggung renteng dari M2 Nurhayati"  # not "Angsuran pinjaman L2"
    # the Rp 57.500 she paid in cash for M2 at February's close stays on her papers, repaid on 15 March
    assert [(t.other, t.amount, t.owed) for t in m1.tr_is_owed] == [("M2 Nurhayati (tunai)", 57_500, 0)]
    assert [c.code for c in m1.loans] == ["L1"]
    m2 = m.member_account(book_at(mawar, MAWAR, "2026-02"), "M2", date(2026, 1, 1), FEB)
    # one line per cover, dated by its close, with each creditor and what she is still owed
    assert [(t.day, t.month, t.other, t.amount, t.owed) for t in m2.tr_owes] == [
        (FEB, "2026-02", "M1 Siti Aminah Rp 57.500, M3 Hasna Lamba Rp 57.500, M4 Marlina Tola Rp 57.500, "
         "M5 Fransiska Lusi Rp 57.500", 230_000, 230_000)]
    assert m2.loans[0].schedule[0].status == "Ditanggung renteng"
    m2 = m.member_account(book, "M2", date(2026, 1, 1), MAR)  # her March payment went to that debt first
    assert m2.tr_owes == [] and [(t.day, t.amount) for t in m2.tr_paid] == [(date(2026, 3, 15), 230_000)]
    assert m2.tr_paid[0].to.startswith("M1 Siti Aminah Rp 57.500 (sukarela), M3 Hasna Lamba Rp 57.500")


def test_meeting_sheet_for_march(mawar: Engine) -> None:
    rows = {r.member: r for r in m.meeting_sheet(book_at(mawar, MAWAR, "2026-03"), "2026-03").rows}
    assert (rows["M1"].wajib_month, rows["M1"].instalment_month, rows["M1"].total) == (10_000, 230_000, 240_000)
    assert (rows["M2"].instalment_month, rows["M2"].tr_owes) == (0, 0)  # paid on 15 March
    assert rows["M3"].instalment_month == 172_500 and rows["M4"].loan_codes == ""


def test_receipt_splits_the_payment_as_the_journal_did(mawar: Engine) -> None:
    book = book_at(mawar, MAWAR)
    seq = next(s for s, a in book.applied.items() if a.event.type == "loan.pay" and a.event.date.month == 3)
    r = receipt(book, seq)
    assert r.incoming and r.party == "M2 Nurhayati" and r.total == 460_000
    assert r.lines == [("Utang tanggung renteng", 230_000), ("Pokok pinjaman L2", 200_000),
                       ("Jasa pinjaman", 30_000)]
    january = next(s for s, a in book.applied.items() if a.event.type == "month.close")
    with pytest.raises(services.Refusal, match="tidak menerima tanggung renteng tunai"):
        receipt(book, january)  # nobody was covered
    with pytest.raises(services.Refusal, match="bukan perpindahan uang kas"):
        receipt(book, next(s for s, a in book.applied.items() if a.event.type == "group.create"))


def test_receipts_for_every_cash_movement_a_treasurer_signs(mawar: Engine, bahari: Engine) -> None:
    book = book_at(mawar, MAWAR)
    close = [s for s, a in book.applied.items() if a.event.type == "month.close"][1]
    r = receipt(book, close, "M1")  # her share of the February cover, paid in cash at the close
    assert (r.number, r.incoming, r.party, r.signer, r.total) == (
        f"KW-{close:06d}-M1", True, "M1 Siti Aminah", "Siti Aminah", 57_500)
    assert r.lines == [("Tanggung renteng M1 Siti Aminah untuk M2 Nurhayati", 57_500)]
    assert receipt(book, close).total == 230_000  # all four shares on one receipt
    grant = receipt(book, next(s for s, a in book.applied.items() if a.event.type == "grant.receive"))
    assert grant.incoming and grant.party == "Kementerian Sosial (BLPS)" and grant.total == 10_000_000
    economy = book_at(bahari, BAHARI)
    kinds = {a.event.type: s for s, a in economy.applied.items()}
    paid = receipt(economy, kinds["social.pay"])
    assert not paid.incoming and paid.party.startswith("M2 ") and paid.total == 25_000
    for kind in ("business.sale", "business.purchase", "social.contribute"):
        assert receipt(economy, kinds[kind]).total == economy.applied[kinds[kind]].event["amount"]


def test_shu_pools_and_shares_add_up(mawar: Engine) -> None:
    s = y.shu_statement(book_at(mawar, MAWAR), 2026)
    assert not s.allocated and s.statement.surplus == 112_500
    assert sum(p[2] for p in s.pools) == 112_500
    assert sum(x.total for x in s.shares) == sum(p[2] for p in s.pools if p[0].startswith("Jasa"))


def test_a_statement_that_does_not_add_up_is_refused(mawar: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    book = book_at(mawar, MAWAR, "2026-02")
    real = Ledger.credit_balance
    monkeypatch.setattr(Ledger, "credit_balance", lambda self, a, s="": real(self, a, s) + (0 if s else 1))
    with pytest.raises(StatementMismatch, match="laporan tidak dicetak: jumlah simpanan pokok"):
        g.savings_table(book, FEB)


def test_builders_refuse_a_book_with_later_events(mawar: Engine) -> None:
    with pytest.raises(ValueError, match="load it with as_of"):
        cash_book(book_at(mawar, MAWAR), "2026-02")


def test_every_closed_month_of_the_demo_book_adds_up(demo_book: Engine) -> None:
    """Every figure builder on every group and month of the demo (its checks raise on any disagreement)."""
    with db.session(demo_book) as sess:
        names = storage.group_names(sess)
        last = services.load_book(sess, names[0]).last_closed
        assert last is not None
        for name in names:
            for month in ("2025-01", "2025-05", "2025-10", "2026-02", last):
                end = month_end(month)
                book = services.load_book(sess, name, end)
                cash = cash_book(book, month)
                assert cash.closing == services.state(sess, name, end)["cash"]
                g.savings_table(book, end), g.loan_table(book, end), g.tr_debts(book), g.grant_position(book)
                balance_sheet(book, end), g.grant_history(book), m.meeting_sheet(book, month)
                e.business_report(book, month), e.social_fund(book, month), e.pendampingan(book, end)
                inv.asset_watch(book, month)
                for code in loan_codes(book):
                    loan_card(book, code, end)
                for code in book.members:
                    m.member_account(book, code, date(end.year, 1, 1), end)
