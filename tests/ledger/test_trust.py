"""Trust (issue 7): PINs as slow salted hashes with lock-out, the hash-chained audit trail that catches
edits behind the app's back, and a refused PIN never stored in the book."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from kasbuku import db
from ledger import services
from ledger.services import access
from tests.conftest import ev, group_with_members


def test_pin_is_stored_only_as_a_salted_hash_and_checked(book: Any) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE", pin="4821"))
    payloads = " ".join(r[0] for r in book.sql("select payload from events"))
    secret = book.sql("select secret_hash from credentials")[0][0]
    audit_text = " ".join(r[0] for r in book.sql("select detail from audit"))
    assert "4821" not in payloads and "4821" not in secret and "4821" not in audit_text
    assert secret.startswith("scrypt$")
    with db.session(book.engine, write=True) as sess:
        assert access.verify(sess, "G", "4821") is None
        assert "sisa 4" in (access.verify(sess, "G", "0000") or "")


def test_five_wrong_tries_lock_the_group_for_a_while(book: Any) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE", pin="4821"))
    now = datetime(2026, 11, 23, 9, 0)
    for _ in range(4):
        with db.session(book.engine, write=True) as sess:
            assert access.verify(sess, "G", "1111", now)
    with db.session(book.engine, write=True) as sess:
        assert "dikunci" in (access.verify(sess, "G", "1111", now) or "")
    with db.session(book.engine, write=True) as sess:
        assert "dikunci" in (access.verify(sess, "G", "4821", now + timedelta(minutes=5)) or "")
    with db.session(book.engine, write=True) as sess:
        assert access.verify(sess, "G", "4821", now + timedelta(minutes=16)) is None


def test_what_can_be_no_pin_is_said_and_not_counted_towards_the_lock(book: Any) -> None:
    """Five careless Enters on an empty PIN field locked a group for 15 minutes."""
    book.apply(ev("group.create", "2026-01-05", kind="KUBE", pin="4821"))
    with db.session(book.engine, write=True) as sess:
        access.set_secret(sess, None, "rahasia-pendamping", access.FACILITATOR)
    for _ in range(6):
        for group, secret in (("G", ""), ("G", "abcd"), ("G", "12"), ("G", "123456789"), (None, ""), (None, "abc")):
            with db.session(book.engine, write=True) as sess:
                said = access.verify(sess, group, secret) or ""
            assert "belum dihitung" in said and "dikunci" not in said, (group, secret)
    with db.session(book.engine, write=True) as sess:
        assert "sisa 4" in (access.verify(sess, "G", "0000") or "")
        assert access.verify(sess, "G", "4821") is None
        assert "sisa 4" in (access.verify(sess, None, "bukan-sandinya") or "")


def test_facilitator_resets_a_pin_and_it_is_recorded(book: Any) -> None:
    book.apply(ev("group.create", "2026-01-05", kind="KUBE", pin="4821"))
    with db.session(book.engine, write=True) as sess:
        access.set_secret(sess, None, "rahasia-pendamping", "pendamping")
        assert access.verify(sess, None, "rahasia-pendamping") is None
        access.reset_pin(sess, "G", "9999")
        assert access.verify(sess, "G", "9999") is None
    actions = [r[0] for r in book.sql("select action from audit order by seq")]
    assert actions[-2:] == ["password.set", "pin.reset"]
    assert book.check() == []


def test_a_bad_pin_shape_is_refused(book: Any) -> None:
    assert "4 sampai 8 angka" in book.refused(ev("group.create", "2026-01-05", kind="KUBE", pin="12a"))


@pytest.mark.parametrize("tamper", [
    "update events set payload = replace(payload, '20000', '90000') where seq = 3",
    "delete from journal_lines where event_seq = 3",
    "update audit set actor = 'orang lain' where seq = 2",
    "delete from audit where seq = 2",
])
def test_check_detects_rows_changed_or_removed_behind_the_apps_back(book: Any, tamper: str) -> None:
    group_with_members(book, n=2)
    assert book.check() == []
    book.sql(tamper)
    assert book.check() != []


def test_every_event_is_in_the_audit_trail(book: Any) -> None:
    group_with_members(book, n=3)
    with db.session(book.engine) as sess:
        assert services.check(sess) == []
    events = book.sql("select count(*) from events")[0][0]
    audited = book.sql("select count(*) from audit where action = 'event'")[0][0]
    assert events == audited == 7
