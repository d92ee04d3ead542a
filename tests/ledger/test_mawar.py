"""The public worked example (rules.md §10, shared/examples/mawar) gives exactly its figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import EXAMPLES

MAWAR = EXAMPLES / "mawar"


def contains(actual: Any, expected: Any, path: str = "") -> list[str]:
    """Differences where ``actual`` does not hold every key and value of ``expected`` (extra keys allowed)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: not an object"]
        out = []
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{path}.{key}: missing")
            else:
                out += contains(actual[key], value, f"{path}.{key}")
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: {actual!r} != {expected!r}"]
        pairs = enumerate(zip(actual, expected, strict=True))
        return [d for i, (a, e) in pairs for d in contains(a, e, f"{path}[{i}]")]
    return [] if actual == expected and type(actual) is type(expected) else [f"{path}: {actual!r} != {expected!r}"]


def kasbuku(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kasbuku", *args, "--db", db],
                          capture_output=True, text=True, check=False)


def test_mawar_through_the_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mawar.sqlite'}"
    assert kasbuku("apply", str(MAWAR / "events-1.jsonl"), db=url).returncode == 0
    out = kasbuku("state", "--group", "KUBE Mawar", "--as-of", "2026-02-28", db=url)
    assert out.returncode == 0, out.stderr
    expected = json.loads((MAWAR / "state-2026-02-28.json").read_text())
    assert contains(json.loads(out.stdout), expected) == []

    assert kasbuku("apply", str(MAWAR / "events-2.jsonl"), db=url).returncode == 0
    out = kasbuku("state", "--group", "KUBE Mawar", "--as-of", "2026-03-15", db=url)
    expected = json.loads((MAWAR / "state-2026-03-15.json").read_text())
    assert contains(json.loads(out.stdout), expected) == []
    assert kasbuku("check", db=url).returncode == 0


def test_mawar_state_as_of_earlier_date_ignores_later_events(book: Any) -> None:
    lines = (MAWAR / "events-1.jsonl").read_text().splitlines() + (MAWAR / "events-2.jsonl").read_text().splitlines()
    book.apply(*(json.loads(line) for line in lines))
    expected = json.loads((MAWAR / "state-2026-02-28.json").read_text())
    assert contains(book.state("KUBE Mawar", "2026-02-28"), expected) == []


def test_mawar_second_grant_loan_to_m1_waits_for_the_round(book: Any) -> None:
    lines = (MAWAR / "events-1.jsonl").read_text().splitlines() + (MAWAR / "events-2.jsonl").read_text().splitlines()
    book.apply(*(json.loads(line) for line in lines))
    # early payoff on 16 March: pokok 1.800.000 + jasa of instalments 2 and 3, whose periods have begun
    payoff = {"type": "loan.pay", "date": "2026-03-16", "group": "KUBE Mawar", "loan": "L1", "amount": 1_860_000}
    book.apply(payoff)
    assert book.state("KUBE Mawar", "2026-03-16")["members"]["M1"]["loans"] == []
    reason = book.refused({"type": "loan.disburse", "date": "2026-03-16", "group": "KUBE Mawar", "member": "M1",
                           "loan": "L9", "principal": 500_000, "fund": "grant"})
    assert "putaran 1" in reason and "M4" in reason and "M5" in reason
