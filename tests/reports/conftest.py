"""Fixtures for statement tests: the Mawar worked example and the demo book as real SQLite books, and
reading PDFs back as text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from kasbuku import db, demo
from ledger import services
from ledger.book import GroupBook
from ledger.calendar import month_end
from reports import api

EXAMPLES = next((p / "shared" / "examples" for p in Path(__file__).resolve().parents
                 if (p / "shared" / "examples" / "mawar").is_dir()), Path("/work/shared/examples"))
MAWAR = "KUBE Mawar"
PRINTED = date(2026, 3, 20)


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
    with db.session(engine, write=True) as sess:
        services.apply_events(sess, events)
