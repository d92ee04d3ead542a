"""Crash safety (issue 7): SIGKILL a writer at random moments, many times; afterwards the book must be
clean (`check`) and its state must be exactly the state before or after the interrupted step.

    .venv/bin/python benchmarks/crash_safety.py [KILLS]      (default 1000)

The writer is a forked process running ``services.apply_lines`` — the code behind both ``kasbuku apply``
and the window's "Simpan" of a meeting — on a SQLite book with the production settings (WAL,
synchronous=FULL, BEGIN IMMEDIATE). Prints how many kills landed before, during and after the commit.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kasbuku import db
from ledger import services

EXAMPLE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "mawar"
AS_OF = date(2026, 12, 31)


def meeting(month: int) -> list[str]:
    """One meeting's worth of events: wajib and sukarela of five members, two instalments."""
    day = f"2026-{month:02d}-15"
    lines = []
    for m in range(1, 6):
        for product, amount in (("wajib", 10_000), ("sukarela", 5_000)):
            lines.append(json.dumps({"type": "savings.deposit", "date": day, "group": "KUBE Mawar",
                                     "member": f"M{m}", "product": product, "amount": amount}))
    lines.append(json.dumps({"type": "loan.pay", "date": day, "group": "KUBE Mawar", "loan": "L1", "amount": 230_000}))
    lines.append(json.dumps({"type": "loan.pay", "date": day, "group": "KUBE Mawar", "loan": "L3", "amount": 172_500}))
    return lines


def state_of(url: str) -> tuple[str, list[str]]:
    engine = db.open_engine(url)
    with db.session(engine) as sess:
        result = json.dumps(services.state(sess, "KUBE Mawar", AS_OF), sort_keys=True), services.check(sess)
    engine.dispose()
    return result


def writer(url: str, step: list[str]) -> int:
    """Fork a process that opens the book and applies one step; returns its pid."""
    pid = os.fork()
    if pid == 0:
        engine = db.open_engine(url)
        with db.session(engine, write=True) as sess:
            services.apply_lines(sess, step)
        os._exit(0)
    return pid


def main() -> None:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    work = Path(tempfile.mkdtemp(prefix="kasbuku-crash-"))
    os.environ["KASBUKU_HOME"] = str(work / "home")
    base, book = work / "base.sqlite", work / "book.sqlite"
    url = f"sqlite:///{book}"
    engine = db.open_engine(f"sqlite:///{base}")
    with db.session(engine, write=True) as sess:
        services.apply_lines(sess, (EXAMPLE / "events-1.jsonl").read_text().splitlines()
                             + (EXAMPLE / "events-2.jsonl").read_text().splitlines())
    engine.dispose()
    step = meeting(4)
    shutil.copyfile(base, book)
    before, _ = state_of(url)
    started = time.perf_counter()
    os.waitpid(writer(url, step), 0)
    duration = time.perf_counter() - started  # the writer's whole life: open, apply, commit, exit
    after, _ = state_of(url)
    counts = {"before": 0, "after": 0, "in between": 0, "findings": 0}
    rng = random.Random(7)
    t0 = time.perf_counter()
    for _ in range(kills):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(base, book)
        pid = writer(url, step)
        time.sleep(rng.uniform(0, duration * 1.3))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        now, found = state_of(url)
        counts["findings"] += bool(found)
        counts["before" if now == before else "after" if now == after else "in between"] += 1
    elapsed = time.perf_counter() - t0
    print(f"kills: {kills}  one step: {len(step)} events, writer lives {duration * 1000:.0f} ms  total {elapsed:.0f} s")
    print(f"state before: {counts['before']}  state after: {counts['after']}  in between: {counts['in between']}"
          f"  check findings: {counts['findings']}")
    shutil.rmtree(work)
    sys.exit(1 if counts["in between"] or counts["findings"] else 0)


if __name__ == "__main__":
    main()
