"""The start screen's group list read without SQLAlchemy (issue 20): the same names, in the same order, as the
book's own list; ``None`` whenever the glance is not sure, so the window waits for the full open instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from kasbuku import db, glance
from ledger import services
from tests.conftest import Book, ev

pytestmark = pytest.mark.sqlite_only  # the glance reads SQLite files; a server's book always answers None


def test_the_glance_lists_the_groups_as_the_book_does(book: Book) -> None:
    for name in ("kube Mawar", "KUBE Zaitun", "KUBE Anggrek", "Ölgruppe", "Kelompok Wanita Tani Sejahtera Jaya"):
        book.apply(ev("group.create", "2026-01-05", group=name, kind="KUBE"))
    with db.session(book.engine) as sess:
        listed = services.list_groups(sess)
    assert glance.group_names(book.url) == listed and len(listed) == 5


def test_an_empty_book_is_an_empty_list_not_unknown(book: Book) -> None:
    assert glance.group_names(book.url) == []


def test_the_glance_answers_none_when_it_is_not_sure(book: Book, tmp_path: Path) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE"))
    assert glance.group_names(book.url) == ["G"]
    book.sql("update alembic_version set version_num = '0004'")  # an older book: the open migrates it first
    assert glance.group_names(book.url) is None
    not_a_book = tmp_path / "catatan.sqlite"
    not_a_book.write_text("daftar belanja\n" * 100)
    missing = tmp_path / "belum-ada.sqlite"
    for url in (f"sqlite:///{not_a_book}", f"sqlite:///{missing}", "sqlite://", "sqlite:///:memory:",
                f"sqlite:///{tmp_path}/buku%20lama.sqlite", f"sqlite:///{tmp_path}/b.sqlite?mode=ro",
                "postgresql+psycopg://kasbuku@server/kasbuku"):
        assert glance.group_names(url) is None, url
    assert not missing.exists()  # looking never creates a book


@pytest.mark.parametrize("url", ["sqlite:///kasbuku.sqlite", "sqlite:////home/ibu/KasBuku/kasbuku.sqlite",
                                 "sqlite:///C:/ProgramData/KasBuku/kasbuku.sqlite",
                                 "sqlite+pysqlite:///D:/Buku Kelompok/kasbuku.sqlite"])
def test_the_glance_reads_an_address_as_sqlalchemy_does(url: str) -> None:
    assert glance.sqlite_file(url) == db.sqlite_path(url)
