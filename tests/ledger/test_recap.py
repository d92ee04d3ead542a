"""The office rekap (issue 10.3): one row per group for a month, subtotals per kecamatan that add up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update

from kasbuku import db
from ledger import services, storage
from ledger.model.calendar import month_end
from ledger.views.recap import NUMERIC
from tests.conftest import ev, group_with_members


def test_rows_subtotals_and_grand_total(book: Any) -> None:
    group_with_members(book)
    book.apply(
        ev("group.create", "2026-01-05", group="B", kind="KUsiAPP", address={"kecamatan": "Maulafa"}),
        ev("group.create", "2026-01-05", group="C", kind="KK", address={"kecamatan": "Alak"}),
        ev("member.join", "2026-01-05", group="C", member="C1", name="Ibu C"),
        ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
        ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
        ev("asset.receive", "2026-01-16", asset="A1", item="Mesin", quantity=1, value=1, source="Dinsos"),
        ev("month.close", "2026-01-31", month="2026-01"),
        ev("month.close", "2026-02-28", month="2026-02"))
    with db.session(book.engine) as sess:
        rows = services.recap(sess, "2026-02")
    names = [r.group for r in rows]
    assert names == ["G", "Jumlah Kec. (tanpa kecamatan)", "C", "Jumlah Kec. Alak", "B", "Jumlah Kec. Maulafa",
                     "JUMLAH SELURUHNYA"]
    g = next(r for r in rows if r.group == "G")
    # the February close covered instalment 1 by tanggung renteng: 100.000 pokok is back in the fund
    assert (g.members, g.grant_received, g.grant_lent, g.loans_outstanding) == (5, 5_000_000, 900_000, 900_000)
    assert (g.tr_events, g.tr_open, g.closed, g.kol1, g.assets) == (1, 115_000, 1, 1, 1)
    groups = [r for r in rows if r.kind]
    grand = rows[-1]
    for name in NUMERIC:
        assert getattr(grand, name) == sum(getattr(r, name) for r in groups)
    subtotals = [r for r in rows if r.group.startswith("Jumlah Kec.")]
    assert sum(r.groups for r in subtotals) == 3 == grand.groups
    kecamatan = [r.kecamatan for r in groups]
    assert kecamatan == sorted(kecamatan, key=str.lower)


def kept_rows_match_replays(book: Any) -> int:
    """Every month figure a write kept equals the row a full replay gives; returns how many were compared."""
    from ledger.views.recap import from_text, row_for

    compared = 0
    with db.session(book.engine) as sess:
        for name in services.list_groups(sess):
            events = storage.load_events(sess, name)
            gid = storage.group_id(sess, name)
            kept = sess.execute(select(storage.MonthFiguresRow).where(storage.MonthFiguresRow.group_id == gid))
            for row in kept.scalars():
                day = month_end(row.month)
                assert row.events == sum(1 for e in events if e.date <= day), (name, row.month)
                assert from_text(row.figures) == row_for(name, events, row.month), (name, row.month)
                compared += 1
    return compared


def test_the_figures_each_write_keeps_are_those_of_a_full_replay(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("group.create", "2026-01-05", group="B", kind="KUsiAPP", address={"kecamatan": "Maulafa"}),
               ev("member.join", "2026-01-05", group="B", member="B1", name="Ibu B"),
               ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
               ev("month.close", "2026-01-31", month="2026-01"))
    # a month with nothing recorded, a payment entered after a later one (the history is rebuilt), a
    # pass-on to B in the same book, then February closed, reopened, corrected and closed again
    book.apply(ev("loan.pay", "2026-03-20", loan="L1", amount=115_000),
               ev("loan.pay", "2026-03-10", loan="L1", amount=115_000),
               ev("grant.pass_on", "2026-03-21", amount=1_000_000, to_group="B", id="p1"))
    book.apply(ev("month.close", "2026-02-28", month="2026-02"))
    book.apply(ev("month.reopen", "2026-03-22", month="2026-02", reason="salah catat"),
               ev("savings.deposit", "2026-02-27", member="M2", product="sukarela", amount=50_000),
               ev("month.close", "2026-03-22", month="2026-02"),
               ev("month.close", "2026-03-31", month="2026-03"))
    assert kept_rows_match_replays(book) == 3 + 3  # G and B: January to March
    with db.session(book.engine) as sess:
        g = next(r for r in services.recap(sess, "2026-02") if r.group == "G")
    # February as it stood on its last day, but closed: the close recorded on 22 March counts as closing it
    assert (g.closed, g.tr_events, g.loans_outstanding) == (1, 0, 1_000_000)


def test_a_rekap_without_kept_figures_or_with_stale_ones_is_the_same(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
               ev("month.close", "2026-02-03", month="2026-01"),
               ev("loan.pay", "2026-02-15", loan="L1", amount=115_000))
    with db.session(book.engine) as sess:
        before = services.recap(sess, "2026-01")
    assert before[0].closed == 1  # January's close was recorded on 3 February: the rekap says closed
    with db.session(book.engine, write=True) as sess:  # a row of another format, a row counted differently
        sess.execute(update(storage.MonthFiguresRow).where(storage.MonthFiguresRow.month == "2026-01")
                     .values(events=999))
        sess.execute(update(storage.MonthFiguresRow).where(storage.MonthFiguresRow.month == "2026-02")
                     .values(figures='{"format": 0}'))
    replayed: list[str] = []

    def replayer(names: list[str], month: str) -> list[Any]:
        replayed.extend(names)
        with db.session(book.engine) as other:
            return services.replayed_rows(other, names, month)

    with db.session(book.engine) as sess:
        assert services.recap(sess, "2026-01", replayer) == before
        assert services.recap(sess, "2026-02") == services.recap(sess, "2026-02", replayer)
    assert replayed == ["G", "G"]
    with db.session(book.engine, write=True) as sess:  # a book migrated from 0003 keeps no figures at all
        sess.execute(delete(storage.MonthFiguresRow))
    with db.session(book.engine) as sess:
        assert services.recap(sess, "2026-01") == before


def test_check_names_kept_figures_that_differ_from_the_history(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("month.close", "2026-01-31", month="2026-01"))
    assert book.check() == []
    with db.session(book.engine, write=True) as sess:
        kept = sess.scalars(select(storage.MonthFiguresRow)).one()
        kept.figures = kept.figures.replace('"savings": 100000', '"savings": 100001')
    assert book.check() == ["G: angka rekap tersimpan untuk bulan 2026-01 berbeda dari riwayatnya"]


def test_a_reopen_alone_keeps_the_figures_of_the_months_it_undoes_again(book: Any) -> None:
    group_with_members(book)
    book.apply(ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("loan.disburse", "2026-01-15", member="M1", loan="L1", principal=1_000_000, fund="grant"),
               ev("month.close", "2026-01-31", month="2026-01"),
               ev("month.close", "2026-02-28", month="2026-02"))  # M1 missed: covered by tanggung renteng
    with db.session(book.engine) as sess:
        covered = next(r for r in services.recap(sess, "2026-02") if r.group == "G")
    assert (covered.tr_events, covered.closed) == (1, 1)
    book.apply(ev("month.reopen", "2026-03-02", month="2026-02", reason="salah catat"))
    assert kept_rows_match_replays(book) == 3  # January to March
    with db.session(book.engine) as sess:
        reopened = next(r for r in services.recap(sess, "2026-02") if r.group == "G")
    assert (reopened.tr_events, reopened.tr_open, reopened.closed) == (0, 0, 0)
