"""The ``kasbuku`` command as a facilitator meets it: exit codes, one-line refusals, all or nothing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = [
    {"type": "group.create", "date": "2026-01-05", "group": "G", "kind": "KUBE"},
    {"type": "member.join", "date": "2026-01-05", "group": "G", "member": "M1", "name": "Siti"},
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kasbuku", *args], capture_output=True, text=True, check=False)


def write(path: Path, events: list[dict[str, object]]) -> str:
    path.write_text("\n".join(json.dumps(e) for e in events) + "\n")
    return str(path)


def count_events(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from events").fetchone()[0]


@pytest.mark.parametrize(("bad", "reason"), [
    ({"type": "savings.deposit", "member": "M1", "product": "wajib", "amount": 10000.5}, "bilangan bulat"),
    ({"type": "savings.deposit", "member": "M1", "product": "wajib", "amount": "10000"}, "bilangan bulat"),
    ({"type": "savings.deposit", "member": "M1", "product": "wajib", "amount": 0}, "lebih dari nol"),
    ({"type": "savings.deposit", "member": "M1", "product": "wajib", "amount": -5}, "lebih dari nol"),
    ({"type": "savings.deposit", "member": "M9", "product": "wajib", "amount": 5}, "tidak dikenal"),
    ({"type": "savings.deposit", "member": "M1", "product": "wajib", "amount": 5, "colour": "red"}, "tidak dikenal"),
    ({"type": "savings.steal", "member": "M1", "amount": 5}, "jenis transaksi tidak dikenal"),
    ({"type": "savings.deposit", "member": "M1", "product": "emas", "amount": 5}, "produk"),
    ({"type": "savings.deposit", "member": "M1", "product": "wajib"}, "wajib ada"),
    ({"type": "month.close", "month": "2026-13"}, "YYYY-MM"),
    ({"type": "savings.deposit", "member": "M1", "product": "wajib", "amount": 5, "date": "2026-02-30"}, "tanggal"),
    ({"type": "savings.deposit", "member": "M1", "product": "wajib", "amount": 5, "group": "Nope"}, "tidak ada"),
])
def test_a_refused_line_is_reported_and_nothing_is_written(tmp_path: Path, bad: dict[str, object],
                                                           reason: str) -> None:
    db = tmp_path / "b.sqlite"
    line = {"date": "2026-01-06", "group": "G", **bad}
    result = run("apply", write(tmp_path / "e.jsonl", [*GOOD, line]), "--db", f"sqlite:///{db}")
    assert result.returncode == 2
    assert result.stderr.startswith("line 3: ") and reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert count_events(db) == 0


def test_dates_in_a_closed_month_are_refused(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'b.sqlite'}"
    close = {"type": "month.close", "date": "2026-01-31", "group": "G", "month": "2026-01"}
    assert run("apply", write(tmp_path / "a.jsonl", [*GOOD, close]), "--db", db).returncode == 0
    late = {"type": "savings.deposit", "date": "2026-01-20", "group": "G", "member": "M1", "product": "wajib",
            "amount": 10000}
    result = run("apply", write(tmp_path / "b.jsonl", [late]), "--db", db)
    assert result.returncode == 2 and "line 1:" in result.stderr and "sudah ditutup" in result.stderr


def test_state_of_an_unknown_group_exits_2(tmp_path: Path) -> None:
    result = run("state", "--group", "Tidak Ada", "--db", f"sqlite:///{tmp_path / 'b.sqlite'}")
    assert result.returncode == 2 and "tidak ada" in result.stderr and result.stdout == ""


def test_bad_as_of_and_bad_url_are_one_line_errors(tmp_path: Path) -> None:
    result = run("state", "--group", "G", "--as-of", "kemarin", "--db", f"sqlite:///{tmp_path / 'b.sqlite'}")
    assert result.returncode == 2 and "--as-of" in result.stderr and "Traceback" not in result.stderr
    result = run("check", "--db", "nosuchdriver://x")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_kasbuku_db_environment_variable_chooses_the_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("KASBUKU_DB", f"sqlite:///{db}")
    assert run("apply", write(tmp_path / "a.jsonl", GOOD)).returncode == 0
    assert count_events(db) == 2


def test_demo_book_has_what_cli_md_promises(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    assert run("demo", "--db", db).returncode == 0
    assert run("check", "--db", db).returncode == 0
    with sqlite3.connect(tmp_path / "demo.sqlite") as conn:
        groups = conn.execute("select count(*) from groups").fetchone()[0]
        closes = conn.execute("select count(*) from events e join groups g on g.id = e.group_id "
                              "where e.type = 'month.close' group by g.id").fetchall()
        kinds = {row[0] for row in conn.execute("select type from events")}
    assert groups == 3 and all(n >= 12 for (n,) in closes)
    assert {"grant.receive", "loan.disburse", "grant.pass_on", "loan.pay"} <= kinds
    states = [json.loads(run("state", "--group", g, "--db", db).stdout)
              for g in ("KUBE Mawar Sejahtera", "KUsiAPP Melati", "KUBE Anggrek")]
    assert any(m["tr_is_owed"] or m["savings"]["sukarela"] for s in states for m in s["members"].values())


def test_check_finds_a_journal_edited_behind_the_apps_back(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite"
    db = f"sqlite:///{path}"
    deposit = {"type": "savings.deposit", "date": "2026-01-06", "group": "G", "member": "M1", "product": "sukarela",
               "amount": 10000}
    assert run("apply", write(tmp_path / "a.jsonl", [*GOOD, deposit]), "--db", db).returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("update journal_lines set amount = amount * 2 where account = '1101'")
    result = run("check", "--db", db)
    assert result.returncode == 1 and "berbeda" in result.stdout
