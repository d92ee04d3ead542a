"""Benchmark of the PDF statements: seconds per statement on the demo book, and a batch of generated groups.

Run: ``.venv/bin/python benchmarks/statements.py [--groups 100]`` (a timing report, not a test).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kasbuku import db, demo
from ledger import services, storage
from ledger.model.calendar import add_months, month_end, month_of
from reports import api

START = date(2025, 1, 5)
MONTHS = 12
MEMBERS = 6


def group_events(number: int) -> Iterator[dict[str, Any]]:
    """A year of one generated group: wajib every month, two waves of grant loans paid on their due dates."""
    name = f"KUBE Uji {number:03d}"

    def ev(etype: str, day: date, **keys: Any) -> dict[str, Any]:
        return {"type": etype, "date": day.isoformat(), "group": name, **keys}

    yield ev("group.create", START, kind="KUBE", address={"kelurahan": f"Kel {number}", "kota": "Kota Uji"})
    codes = [f"A{i}" for i in range(1, MEMBERS + 1)]
    for i, code in enumerate(codes):
        yield ev("member.join", START, member=code, name=f"Anggota {number}-{i + 1}",
                 role=("ketua", "sekretaris", "bendahara", "anggota")[min(i, 3)])
        yield ev("savings.deposit", START, member=code, product="pokok", amount=20_000)
    yield ev("grant.receive", START, amount=10_000_000, source="Kementerian Sosial (BLPS)")
    waves = {0: codes[:3], 1: codes[3:]}  # loans of 1.5 M over 10 months: 172.500 a month
    for month in range(MONTHS):
        day = add_months(date(2025, 1, 25), month)
        for code in codes:
            yield ev("savings.deposit", day, member=code, product="wajib", amount=10_000)
        for wave, borrowers in waves.items():
            start = wave * 2
            if start < month <= start + 10:
                for code in borrowers:
                    yield ev("loan.pay", day, loan=f"L{wave}-{code}", amount=172_500)
            if month == start:
                for code in borrowers:
                    yield ev("loan.disburse", day, member=code, loan=f"L{wave}-{code}", principal=1_500_000,
                             fund="grant")
        yield ev("month.close", month_end(month_of(day)), month=month_of(day))


def timed(label: str, func: Any, count: int = 1) -> Any:
    """Run ``func`` and print wall-clock and CPU seconds (CPU is steadier on a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    each = f"  ({wall / count:.3f} s wall, {cpu / count:.3f} s CPU each)" if count > 1 else ""
    size = f"  {len(result.pdf) // 1024} KB" if isinstance(result, api.Statement) else ""
    print(f"{label:<40} {wall:7.2f} s wall {cpu:7.2f} s CPU{size}{each}")
    return result


def per_statement(folder: Path) -> None:
    engine = db.open_engine(f"sqlite:///{folder / 'demo.sqlite'}")
    with db.session(engine, write=True) as sess:
        demo.write_demo(sess)
    group = demo.GROUPS[0]["name"]
    with db.session(engine) as sess:
        seq = max(s for s, a in services.load_book(sess, group).applied.items() if a.event.type == "loan.pay")
        print(f"Per statement, demo group '{group}' (latest closed month):")
        for kind in api.KINDS:
            request = api.Request(kind, group, seq=seq if kind == "kuitansi" else None)
            timed(f"  {kind}", lambda r=request: api.build(sess, r))


def batch(folder: Path, groups: int) -> None:
    engine = db.open_engine(f"sqlite:///{folder / 'batch.sqlite'}")
    events = [e for n in range(1, groups + 1) for e in group_events(n)]
    with db.session(engine, write=True) as sess:
        timed(f"writing {groups} groups ({len(events)} events)", lambda: services.apply_events(sess, events))
    out = folder / "batch"
    with db.session(engine) as sess:
        names = storage.group_names(sess)
        for kind in ("bulanan", "kas", "anggota"):
            def run(kind: str = kind) -> None:
                for name in names:
                    statement = api.build(sess, api.Request(kind, name))
                    api.write(statement, out / api.file_name(statement))
            timed(f"  {kind} for {len(names)} groups", run, len(names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--groups", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        per_statement(Path(tmp))
        print(f"\nBatch of {args.groups} generated groups, {MONTHS} closed months each:")
        batch(Path(tmp), args.groups)


if __name__ == "__main__":
    main()
