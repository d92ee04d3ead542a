"""Fixtures for statement tests: the Mawar worked example, a group with the whole economy (inventaris,
business, social fund, visits) and the demo book as real SQLite books, and reading PDFs back as text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from kasbuku import db, demo
from ledger import services
from ledger.model.calendar import month_end
from ledger.rules.book import GroupBook
from reports import api

EXAMPLES = next((p / "shared" / "examples" for p in Path(__file__).resolve().parents
                 if (p / "shared" / "examples" / "mawar").is_dir()), Path("/work/shared/examples"))
MAWAR = "KUBE Mawar"
BAHARI = "KUBE Bahari"
PRINTED = date(2026, 3, 20)


def ev(etype: str, day: str, group: str = "G", **keys: Any) -> dict[str, Any]:
    """An event of a test's own scenario (group 'G' unless named)."""
    return {"type": etype, "date": day, "group": group, **keys}


_b = partial(ev, group=BAHARI)
BAHARI_EVENTS = [  # a fish-cracker group: two months with inventaris, its business, a social fund and a visit
    _b("group.create", "2026-01-05", kind="KUBE", address={"kelurahan": "Oesapa", "kota": "Kota Kupang"}),
    _b("member.join", "2026-01-05", member="M1", name="Ani", role="ketua"),
    _b("member.join", "2026-01-05", member="M2", name="Budi", role="bendahara"),
    _b("member.join", "2026-01-05", member="M3", name="Citra"),
    _b("savings.deposit", "2026-01-05", member="M1", product="sukarela", amount=500_000),
    _b("asset.receive", "2026-01-10", asset="INV1", item="Mesin jahit", quantity=2, value=3_000_000,
       source="Dinas Sosial", document="BAST-7/2026", holder="M1"),
    _b("asset.receive", "2026-01-10", asset="GR1", item="Gerobak", quantity=1, value=800_000, source="Baznas"),
    _b("asset.receive", "2026-01-12", asset="K1", item="Kompor", quantity=1, value=250_000, source="Toko Jaya",
       funded="kas"),
    _b("business.capital", "2026-01-10", amount=100_000),
    _b("business.purchase", "2026-01-11", amount=50_000, category="ikan dan tepung"),
    _b("business.sale", "2026-01-20", amount=120_000, category="kerupuk ikan"),
    _b("business.cost", "2026-01-21", amount=10_000, category="kemasan"),
    _b("social.contribute", "2026-01-25", amount=30_000, member="M1"),
    _b("month.close", "2026-01-31", month="2026-01"),
    _b("visit.record", "2026-02-03", facilitator="Ibu Yanti", checked="buku kas, mesin jahit",
       findings="kas cocok", followups=[{"what": "perbaiki mesin jahit", "due": "2026-03-15"},
                                        {"what": "lengkapi notulen", "due": "2026-02-10"}]),
    _b("business.sale", "2026-02-05", amount=200_000, category="kerupuk ikan"),
    _b("business.purchase", "2026-02-06", amount=80_000, category="ikan"),
    _b("asset.check", "2026-02-07", asset="K1", condition="hilang"),
    _b("asset.dispose", "2026-02-15", asset="GR1", how="dijual", reason="diganti baru", amount=300_000),
    _b("business.distribute", "2026-02-20", members=60_000, social=20_000),
    _b("social.pay", "2026-02-21", amount=25_000, purpose="duka", member="M2"),
    _b("month.close", "2026-02-28", month="2026-02"),
]


def apply_files(engine: Engine, *files: Path) -> None:
    for file in files:
        with db.session(engine, write=True) as sess:
            services.apply_lines(sess, file.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="session")
def mawar(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The worked example of rules.md §10 (both event files) in a SQLite book."""
    engine = db.open_engine(f"sqlite:///{tmp_path_factory.mktemp('mawar') / 'book.sqlite'}")
    apply_files(engine, *sorted((EXAMPLES / "mawar").glob("events-*.jsonl")))
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def bahari(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A group with the whole economy (``BAHARI_EVENTS``), its latest closed month February 2026."""
    engine = db.open_engine(f"sqlite:///{tmp_path_factory.mktemp('bahari') / 'book.sqlite'}")
    apply(engine, *BAHARI_EVENTS)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The three-group demo book of ``kasbuku demo``."""
    engine = db.open_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'book.sqlite'}")
    with db.session(engine, write=True) as sess:
        demo.write_demo(sess)
    yield engine
    engine.dispose()


def book_at(engine: Engine, group: str, month: str | None = None) -> GroupBook:
    with db.session(engine) as sess:
        return services.load_book(sess, group, month_end(month) if month else None)


def build(engine: Engine, kind: str, group: str = MAWAR, **keys: object) -> api.Statement:
    with db.session(engine) as sess:
        return api.build(sess, api.Request(kind, group, printed_on=PRINTED, **keys))  # type: ignore[arg-type]


def pdf_pages(pdf: bytes) -> list[str]:
    """Each page's text read back by pdfplumber, one table row a line."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def pdf_lines(pdf: bytes) -> list[str]:
    return [line for page in pdf_pages(pdf) for line in page.splitlines()]


def pdf_reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Engine]:
    """An empty SQLite book for a test's own scenario (see ``apply``)."""
    engine = db.open_engine(f"sqlite:///{tmp_path / 'small.sqlite'}")
    yield engine
    engine.dispose()


def apply(engine: Engine, *events: dict[str, object]) -> None:
    """Apply a scenario's events; its computer date is the end of 2030 (the scenarios run into 2027)."""
    with db.session(engine, write=True) as sess:
        services.apply_events(sess, events, today=date(2030, 12, 31))


def two_members(engine: Engine) -> None:
    apply(engine, ev("group.create", "2026-01-05", kind="KUBE", address={"kota": "Kota Kupang"}),
          ev("member.join", "2026-01-05", member="M1", name="Ani", role="ketua"),
          ev("member.join", "2026-01-05", member="M2", name="Budi", role="bendahara"),
          *(ev("savings.deposit", "2026-01-05", member=c, product="wajib", amount=10_000) for c in ("M1", "M2")),
          ev("savings.deposit", "2026-01-05", member="M1", product="sukarela", amount=50_000),
          ev("month.close", "2026-01-31", month="2026-01"),
          ev("savings.deposit", "2026-02-10", member="M1", product="wajib", amount=10_000, id="wajib-feb"),
          ev("savings.withdraw", "2026-02-10", member="M1", amount=20_000),
          ev("cash.out", "2026-02-11", amount=35_000, category="alat tulis"),
          ev("month.close", "2026-02-28", month="2026-02"))
