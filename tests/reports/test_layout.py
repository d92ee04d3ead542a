"""Layout that holds on real data (issue 15): every kind of paper printed from the stress book (40 members
with the longest names, amounts up to Rp 1.000.000.000, TR covers at most closes, 24 months) and from the
worked examples, read back: no word crosses its cell, the margins or the footer, nothing is printed over
something else, and no page holds only the signatures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Table
from sqlalchemy import Engine

from kasbuku import db
from ledger import services
from ledger.views.statements.common import GroupInfo
from reports import mapping, recap
from reports.document import Document, render
from reports.flowables import signature_block
from tests.reports.helpers import BAHARI, MAWAR, apply, build, pdf_pages
from tests.reports.layout import layout_problems
from tests.reports.stress import GROUP, stress_events

KINDS = [("bulanan", {}), ("anggota", {}), ("kas", {}), ("angsuran", {}), ("bergulir", {}), ("setoran", {}),
         ("setoran", {"month": "2025-11"}), ("shu", {"year": 2024}), ("shu", {"year": 2025}), ("inventaris", {})]


@pytest.fixture(scope="module")
def stress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = db.open_engine(f"sqlite:///{tmp_path_factory.mktemp('stress') / 'book.sqlite'}")
    apply(engine, *stress_events())
    yield engine
    engine.dispose()


def test_the_check_sees_a_figure_past_its_cell_and_a_page_of_signatures_only() -> None:
    info = GroupInfo("G", "KUBE", {}, {}, None, "")
    story = [Table([["Rp 1.000.000.000", "Rp 2"]], colWidths=[12 * mm, 12 * mm],
                   style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]), PageBreak(), signature_block(info, date.today())]
    problems = layout_problems(render(Document("Uji", "2026", story), "G", date.today()))
    assert any(p.startswith("halaman 1: '") and p.endswith("keluar dari selnya") for p in problems)
    assert "halaman 2: halaman hanya berisi tanda tangan" in problems


@pytest.mark.parametrize(("kind", "keys"), KINDS, ids=[f"{k}-{'-'.join(map(str, v.values()))}" for k, v in KINDS])
def test_every_kind_holds_on_the_stress_book(stress: Engine, kind: str, keys: dict[str, object]) -> None:
    assert layout_problems(build(stress, kind, GROUP, **keys).pdf) == []


def test_receipts_and_office_papers_hold_on_the_stress_book(stress: Engine, tmp_path: Path) -> None:
    with db.session(stress) as sess:
        book = services.load_book(sess, GROUP)
        rows, links = services.mapping(sess, date(2025, 12, 31))
        office = recap.build(services.recap(sess, "2025-12"), "2025-12", "Dinas Sosial Kota Kupang",
                             date(2026, 1, 5))
    first = {}
    for seq, applied in book.applied.items():
        first.setdefault(applied.event.type, seq)
    closes = [c for c in book.covers if any(s.source == "cash" for s in c.shares)]
    assert len(book.covers) >= 20 and closes
    for kind in ("grant.receive", "loan.disburse", "loan.pay", "savings.deposit", "business.sale",
                 "business.purchase", "social.pay", "social.contribute"):
        assert layout_problems(build(stress, "kuitansi", GROUP, seq=first[kind]).pdf) == [], kind
    assert layout_problems(build(stress, "kuitansi", GROUP, seq=closes[-1].seq).pdf) == []
    assert layout_problems(office) == []
    assert layout_problems(mapping.build(rows, links, "Dinas Sosial Kota Kupang", date(2025, 12, 31),
                                         date(2026, 1, 5))) == []


@pytest.mark.parametrize("kind", ["bulanan", "anggota", "kas", "angsuran", "bergulir", "setoran", "inventaris"])
def test_every_kind_holds_on_the_worked_examples(mawar: Engine, bahari: Engine, kind: str) -> None:
    assert layout_problems(build(mawar, kind, MAWAR).pdf) == []
    if kind != "angsuran":  # Bahari has no loan
        assert layout_problems(build(bahari, kind, BAHARI).pdf) == []


def test_a_long_table_starts_under_its_heading_instead_of_leaving_the_page_empty(stress: Engine) -> None:
    first = pdf_pages(build(stress, "bulanan", GROUP).pdf)[0]
    assert "2. Simpanan anggota" in first and "Lumban Tobing Siregar" in first  # the first rows under it


@pytest.mark.parametrize("group", ["KUBE Mawar Sejahtera", "KUsiAPP Melati", "KUBE Anggrek"])
def test_every_kind_holds_on_the_demo_book(demo_book: Engine, group: str) -> None:
    for kind, keys in [("bulanan", {}), ("anggota", {}), ("kas", {}), ("angsuran", {}), ("bergulir", {}),
                       ("setoran", {}), ("setoran", {"month": "2026-05"}), ("shu", {"year": 2025}),
                       ("inventaris", {})]:
        assert layout_problems(build(demo_book, kind, group, **keys).pdf) == [], kind
