"""Bad input (issue 7): at least 10,000 random and mutated event lines fed to the services — zero
tracebacks, every refusal one clear line, and a refused line never changes the book."""

from __future__ import annotations

import json
import random
from typing import Any

from kasbuku import db
from ledger import services
from ledger.model.errors import Refusal
from tests.conftest import EXAMPLES

LINES = 10_000
BASE = [json.loads(line) for name in ("events-1.jsonl", "events-2.jsonl")
        for line in (EXAMPLES / "mawar" / name).read_text().splitlines()]
TYPES = sorted({e["type"] for e in BASE} | {"grant.pass_on", "savings.withdraw", "cash.out", "reverse",
                                             "month.reopen", "group.rules", "member.leave", "tr.reserve_in",
                                             "shu.allocate", "loan.write_off", "grant.write_off", "tr.repay",
                                             "member.update", "grant.decline", "asset.receive", "asset.dispose",
                                             "business.sale", "business.distribute", "social.pay", "member.profile",
                                             "visit.record", "visit.followup_done"})
WEIRD: list[Any] = [None, True, 0, -1, 1.5, 10**30, "", " ", "x" * 500, [], {}, {"a": 1}, "2026-02-30",
                    "1e3", "NaN", "Rp 10.000", "ﷺ漢字", "\x00", "-5", "2026-13", "M1", "L1", "grant", "KUBE Mawar"]


def mutate(rng: random.Random, event: dict[str, Any]) -> str:
    e = dict(event)
    for _ in range(rng.randint(1, 3)):
        choice = rng.randrange(8)
        key = rng.choice([*e.keys(), "amount", "member", "loan", "rules", "zzz", "year", "term", "ref", "asset",
                          "followups", "needs", "shares", "sector", "purpose", "holder"])
        if choice == 0:
            e.pop(key, None)
        elif choice in (1, 2):
            e[key] = rng.choice(WEIRD)
        elif choice == 3:
            e["type"] = rng.choice(TYPES)
        elif choice == 4:
            e["date"] = rng.choice(["2026-03-20", "2025-12-31", "2026-01-31", "2099-01-01", "03/20/2026"])
        elif choice == 5 and isinstance(e.get("amount"), int):
            e["amount"] = rng.choice([e["amount"] * 1000, -e["amount"], e["amount"] + 1])
        elif choice == 6:
            e["rules"] = {rng.choice(["wajib", "term", "shu_pct", "rate_pct_month", "tr_circles", "x"]):
                          rng.choice(WEIRD)}
        else:
            e["month"] = rng.choice(["2026-03", "2026-01", "2025-12", "2026-3", 202603])
    text = json.dumps(e)
    if rng.random() < 0.05:
        text = text[: rng.randrange(len(text))]
    if rng.random() < 0.02:
        text = "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(1, 40)))
    return text


def test_ten_thousand_bad_lines_never_crash_and_never_change_the_book(book_url: str) -> None:
    engine = db.open_engine(book_url)  # on both backends: PostgreSQL is stricter about what it stores
    with db.session(engine, write=True) as sess:
        services.apply_events(sess, BASE)
    rng = random.Random(20261123)
    refused = accepted = 0
    with db.session(engine, write=True) as sess:
        before = services.state(sess, "KUBE Mawar", __import__("datetime").date(2026, 12, 31))
        for _ in range(LINES):
            line = mutate(rng, rng.choice(BASE))
            savepoint = sess.begin_nested()
            try:
                services.apply_lines(sess, [line])
            except services.LineRefused as exc:
                refused += 1
                assert exc.message.startswith("line 1: ") and len(exc.reason) > 5
                assert "\n" not in exc.message and "Traceback" not in exc.message
            except Refusal as exc:  # pragma: no cover - a refusal that escaped the line numbering
                raise AssertionError(f"unnumbered refusal for {line!r}: {exc}") from exc
            else:
                accepted += 1
            savepoint.rollback()
        after = services.state(sess, "KUBE Mawar", __import__("datetime").date(2026, 12, 31))
    assert before == after
    assert refused > LINES * 0.7 and refused + accepted == LINES
    engine.dispose()
