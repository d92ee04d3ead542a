"""Two writers at once (issue 10): on either backend, concurrent writers to the same group are serialised by
the book's writer lock, so no update is lost, no sukarela is paid out twice and the audit chain stays one."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from kasbuku import db
from ledger import services
from ledger.model.errors import Refusal
from tests.conftest import ev, group_with_members

WRITERS, TRIES = 4, 6


def _withdraw_many(url: str, member: str, results: list[str]) -> None:
    engine = db.open_engine(url)  # each writer its own engine and connections, like another computer
    for _ in range(TRIES):
        try:
            with db.session(engine, write=True) as sess:
                services.apply_events(sess, [ev("savings.withdraw", "2026-01-07", member=member, amount=10_000)])
            results.append("ok")
        except Refusal as exc:
            results.append(exc.message)
    engine.dispose()


def test_concurrent_withdrawals_never_pay_out_more_than_the_balance(book: Any) -> None:
    group_with_members(book, n=2)
    book.apply(ev("savings.deposit", "2026-01-06", member="M1", product="sukarela", amount=70_000))
    results: list[str] = []
    threads = [threading.Thread(target=_withdraw_many, args=(book.url, "M1", results)) for _ in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == WRITERS * TRIES
    assert results.count("ok") == 7  # 70.000 in steps of 10.000: every other try is refused, none lost
    assert all("sukarela" in r for r in results if r != "ok")
    assert book.state(as_of="2026-01-31")["members"]["M1"]["savings"]["sukarela"] == 0
    assert book.check() == []


def test_concurrent_commands_on_the_same_group_keep_every_deposit(book: Any, tmp_path: Path) -> None:
    group_with_members(book, n=3)
    files = []
    for w in range(WRITERS):
        path = tmp_path / f"w{w}.jsonl"
        lines = [ev("savings.deposit", "2026-01-06", member=f"M{1 + w % 3}", product="sukarela", amount=1_000)
                 for _ in range(TRIES)]
        path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
        files.append(path)
    procs = [subprocess.Popen([sys.executable, "-m", "kasbuku", "apply", str(f), "--db", book.url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    outcomes = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * WRITERS, outcomes
    total = sum(m["savings"]["sukarela"] for m in book.state(as_of="2026-01-31")["members"].values())
    assert total == WRITERS * TRIES * 1_000
    assert book.check() == []
