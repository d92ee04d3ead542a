"""Figures at scale (issue 10): make a realistic book of N groups × Y years through the ledger services and
print events applied per second beside the raw-insert floor, ``state`` latency, the office's rekap and every
group's monthly statement (on all cores) beside ReportLab's raw page rate, and the memory peak.

    .venv/bin/python benchmarks/scale.py --groups 1000 --years 5 --db sqlite:////tmp/scale.sqlite

Each group is planned month by month against an in-memory ``History`` (as ``kasbuku demo`` does), so every
event is one a treasurer could have recorded: members join and leave, wajib (sometimes late, then caught
up), sukarela in and out, grant and group-fund loans (flat and menurun), missed instalments that the close
covers by tanggung renteng, costs, a pass-on to a new group, and a month close every month. The planned
events are then applied through ``ledger.services.apply_events``, one transaction per group and year (a
facilitator bringing a year's book to the office); only that is timed.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import Column, MetaData, insert, text
from sqlalchemy import Table as SqlTable

from kasbuku import db, parallel
from ledger import services, storage
from ledger.model.calendar import add_months, month_end, month_of
from ledger.model.errors import Refusal
from ledger.model.events import parse_event
from ledger.model.savings import wajib_arrears
from ledger.rules.book import GROUP_KINDS
from ledger.services.history import History
from reports import api

START = date(2021, 1, 4)
NAMES = ("Siti", "Nur", "Hasna", "Marlina", "Fransiska", "Yuliana", "Maria", "Agustina", "Dorkas", "Ester",
         "Ruth", "Yohana", "Selfina", "Rambu", "Katarina", "Paulina", "Debora", "Aminah", "Wati", "Sri")
KECAMATAN = ("Kelapa Lima", "Maulafa", "Oebobo", "Alak", "Kota Raja", "Kota Lama")


class Planner:
    """One group's events, planned against its in-memory history so each is accepted by the rules."""

    def __init__(self, index: int, years: int) -> None:
        self.rng = random.Random(index)
        self.index = index
        self.name = f"KUBE Bench {index:04d}"
        self.months = 12 * years
        self.history = History(self.name)
        self.seq = 1
        self.by_year: list[list[dict[str, Any]]] = [[] for _ in range(years)]
        self.members = 0
        self.refused = 0

    @property
    def book(self) -> Any:
        return self.history.book

    def add(self, raw: dict[str, Any], year: int) -> bool:
        raw = {"group": self.name, **raw}
        event = parse_event(raw)
        event.seq = self.seq
        try:
            self.history.add(event)
        except Refusal:
            self.refused += 1
            self.history = History(self.name, self.history.events)  # drop the half-applied book
            return False
        self.seq += 1
        self.by_year[year].append(raw)
        return True

    def join(self, day: date, year: int) -> None:
        self.members += 1
        code = f"A{self.members:02d}"
        role = ("ketua", "sekretaris", "bendahara")[self.members - 1] if self.members <= 3 else "anggota"
        self.add({"type": "member.join", "date": day.isoformat(), "member": code, "role": role,
                  "name": f"{self.rng.choice(NAMES)} {self.index}-{self.members}",
                  "category": self.rng.choice(("fakir miskin", "miskin", "hampir miskin"))}, year)
        self.add({"type": "savings.deposit", "date": day.isoformat(), "member": code, "product": "pokok",
                  "amount": 20_000}, year)

    def plan(self) -> None:
        rng = self.rng
        rules: dict[str, Any] = {"method": rng.choice(("flat", "menurun")), "rate_pct_month": rng.choice(("1", "1.5")),
                                 "tr_reserve": rng.random() < 0.3, "denda": rng.choice((0, 0, 5_000))}
        self.add({"type": "group.create", "date": START.isoformat(), "kind": rng.choice(GROUP_KINDS),
                  "rules": rules, "address": {"kecamatan": rng.choice(KECAMATAN), "kota": "Kota Kupang"}}, 0)
        for _ in range(rng.randint(6, 10)):
            self.join(START, 0)
        self.grant = rng.choice((0, 10_000_000, 15_000_000, 20_000_000))
        if self.grant:
            self.add({"type": "grant.receive", "date": "2021-01-15", "amount": self.grant,
                      "source": "Kementerian Sosial (BLPS)", "document": f"BLPS/{self.index}/2021"}, 0)
        for month in range(self.months):
            meeting = add_months(date(2021, 1, 20 + rng.randint(0, 6)), month)
            year = month // 12
            self.meeting(meeting, month, year)
            close = month_end(month_of(meeting))
            self.add({"type": "month.close", "date": close.isoformat(), "month": month_of(meeting)}, year)

    def meeting(self, day: date, month: int, year: int) -> None:
        rng, book, iso = self.rng, self.book, day.isoformat()
        for member in list(book.active_members()):
            late = rng.random() < 0.08
            arrears = wajib_arrears(member, day, book.wajib_in_force)
            if not late:
                self.add({"type": "savings.deposit", "date": iso, "member": member.code, "product": "wajib",
                          "amount": arrears + book.wajib_in_force(day)}, year)
            if rng.random() < 0.3:
                self.add({"type": "savings.deposit", "date": iso, "member": member.code, "product": "sukarela",
                          "amount": rng.randint(1, 10) * 5_000}, year)
            sukarela = book.savings(member.code)["sukarela"]
            if sukarela and rng.random() < 0.05:
                self.add({"type": "savings.withdraw", "date": iso, "member": member.code,
                          "amount": min(sukarela, rng.randint(1, 10) * 10_000)}, year)
        self.repay(day, year)
        self.lend(day, month, year)
        if rng.random() < 0.15 and book.fund_cash("group") > 100_000:
            self.add({"type": "cash.out", "date": iso, "amount": rng.randint(2, 10) * 5_000,
                      "category": "alat tulis", "memo": "buku kas, pulpen, materai"}, year)
        if month == 24 and self.grant and self.index % 4 == 0:
            self.pass_on(day, year)
        self.membership(day, year)

    def repay(self, day: date, year: int) -> None:
        book = self.book
        for loan in [ln for ln in book.loans.values() if ln.is_open]:
            roll = self.rng.random()
            if roll < 0.07:
                continue  # missed: the close covers it by tanggung renteng (or it stays in arrears)
            due = loan.due_by(day, day) + book.tr_owes(loan.member)
            if roll < 0.12:
                due //= 2  # paid only part
            if due > 0:
                self.add({"type": "loan.pay", "date": day.isoformat(), "loan": loan.code, "amount": due}, year)

    def lend(self, day: date, month: int, year: int) -> None:
        rng, book = self.rng, self.book
        if book.blocked or rng.random() < 0.4:
            return
        waiting = [m for m in book.active_members() if not book.open_loans(m.code) and not book.tr_owes(m.code)]
        if not waiting:
            return
        member = rng.choice(waiting)
        if self.grant and member.code not in book.grant.served:
            fund, principal = "grant", rng.choice((1_000_000, 1_500_000, 2_000_000, 2_500_000))
        else:
            fund, principal = "group", rng.choice((300_000, 500_000, 750_000))
        if book.fund_cash(fund) < principal:
            return
        self.add({"type": "loan.disburse", "date": day.isoformat(), "member": member.code,
                  "loan": f"P{month:02d}-{member.code}", "principal": principal, "fund": fund,
                  "term": rng.choice((6, 10, 12)), "method": rng.choice(("flat", "menurun"))}, year)

    def pass_on(self, day: date, year: int) -> None:
        """Perguliran to a new group formed for it (in this book, so it receives the grant)."""
        recipient = f"{self.name} Gulir"
        iso = day.isoformat()
        extra = [{"type": "group.create", "date": iso, "group": recipient, "kind": "KUBE"}]
        extra += [{"type": "member.join", "date": iso, "group": recipient, "member": f"B{i}", "name": f"Warga {i}"}
                  for i in range(1, 6)]
        self.by_year[year].extend(extra)
        amount = min(self.grant // 5, self.book.fund_cash("grant"))
        if amount > 0:
            self.add({"type": "grant.pass_on", "date": iso, "amount": amount, "to_group": recipient,
                      "document": f"BA-GULIR/{self.index}"}, year)

    def membership(self, day: date, year: int) -> None:
        rng, book = self.rng, self.book
        active = book.active_members()
        for member in active:
            if len(active) > 6 and rng.random() < 0.01 and not book.open_loans(member.code) \
                    and not book.tr_owes(member.code):
                self.add({"type": "member.leave", "date": day.isoformat(), "member": member.code}, year)
                return
        if len(active) < 10 and rng.random() < 0.03:
            self.join(day, year)


def planned(groups: int, years: int) -> Iterator[Planner]:
    for index in range(1, groups + 1):
        planner = Planner(index, years)
        planner.plan()
        yield planner


def raw_floor(engine: Any, rows: dict[str, int]) -> float:
    """Seconds to insert as many rows as the book holds (events, journal lines, audit) into copies of
    its tables, batched, in one transaction: what the database alone costs."""
    meta = MetaData()
    copies = {name: SqlTable(f"floor_{name}", meta, *(Column(c.name, c.type, primary_key=c.primary_key,
                                                          autoincrement=False)
                                                   for c in storage.Base.metadata.tables[name].columns))
              for name in ("events", "journal_lines", "audit")}
    with engine.begin() as conn:
        samples = {name: dict(conn.execute(storage.Base.metadata.tables[name].select().limit(1)).mappings().one())
                   for name in copies}
    meta.drop_all(engine)
    meta.create_all(engine)
    started = time.perf_counter()
    with db.session(engine, write=True) as sess:
        conn = sess.connection()
        for name, table in copies.items():
            sample = samples[name]
            key = "id" if name == "journal_lines" else "seq"
            for start in range(0, rows[name], 10_000):
                batch = [{**sample, key: n} for n in range(start + 1, min(start + 10_000, rows[name]) + 1)]
                conn.execute(insert(table), batch)
    elapsed = time.perf_counter() - started
    meta.drop_all(engine)
    return elapsed


def state_latency(engine: Any, sample: list[str], as_of: date) -> list[float]:
    out = []
    for name in sample:
        started = time.perf_counter()
        with db.session(engine) as sess:
            services.state(sess, name, as_of)
        out.append(time.perf_counter() - started)
    return out


def office(engine: Any, url: str, month: str, jobs: int) -> None:
    """Print the rekap of every group and all monthly statements of ``month``, each beside its floor."""
    with db.session(engine) as sess:
        names = services.list_groups(sess)
        started = time.perf_counter()
        rows = services.recap(sess, month, parallel.recap_replayer(url, jobs, sess))
        kept = time.perf_counter() - started
        started = time.perf_counter()
        parallel.recap_replayer(url, jobs, sess)(names, month)
        replayed = time.perf_counter() - started
    print(f"rekap {month} of {len(rows) - 1:,} rows (groups and kecamatan subtotals): {kept:.1f} s from the kept "
          f"month figures | {replayed:.1f} s replaying every group on {jobs} processes (a book from before 0004)")
    with tempfile.TemporaryDirectory() as folder:
        work = [(api.Request("bulanan", name, month=month), Path(folder)) for name in names]
        started = time.perf_counter()
        written = [path for _, path, _ in parallel.run(url, parallel.statement, work, jobs) if path is not None]
        seconds = time.perf_counter() - started
        pages = sum(len(PdfReader(path).pages) for path in written)
    rate = page_rate()
    print(f"monthly statements ({month}) of {len(written):,} groups on {jobs} processes: {seconds:.1f} s, "
          f"{pages:,} pages ({pages / seconds:.0f} pages/s) | ReportLab alone: {rate:.0f} table pages/s on one "
          f"core, so {pages / (rate * jobs):.1f} s for those pages on {jobs} cores")


def page_rate(pages: int = 200) -> float:
    """ReportLab's raw layout rate: A4 pages each holding one 40-row table like a statement's, per second."""
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)])
    rows = [[f"{n:02d}", "15 Maret 2026", "Setoran wajib anggota", "Rp 10.000", "", "Rp 5.332.500"]
            for n in range(1, 41)]
    story: list[Any] = []
    for _ in range(pages):
        story += [Table(rows, style=style), PageBreak()]
    started = time.process_time()
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return pages / (time.process_time() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=50)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--db", required=True, help="an empty book (SQLAlchemy URL)")
    parser.add_argument("--sample", type=int, default=50, help="groups whose state is timed")
    parser.add_argument("--jobs", type=int, default=parallel.default_jobs(), help="processes for the office work")
    parser.add_argument("--measure-only", action="store_true",
                        help="make nothing: measure the floor and state latency of a book made earlier")
    args = parser.parse_args()

    engine = db.open_engine(args.db)
    with db.session(engine) as sess:
        if services.list_groups(sess) and not args.measure_only:
            parser.error("--db must be an empty book (or use --measure-only)")
    applied = planned_events = refused = 0
    apply_seconds = plan_seconds = 0.0
    wall = time.perf_counter()
    plans = planned(0 if args.measure_only else args.groups, args.years)
    while True:
        started = time.perf_counter()
        planner = next(plans, None)
        plan_seconds += time.perf_counter() - started
        if planner is None:
            break
        refused += planner.refused
        for batch in planner.by_year:
            started = time.perf_counter()
            with db.session(engine, write=True) as sess:
                applied += services.apply_events(sess, batch)
            apply_seconds += time.perf_counter() - started
            planned_events += len(batch)
        if planner.index % max(1, args.groups // 10) == 0:
            print(f"  {planner.index}/{args.groups} groups, {applied:,} events, "
                  f"{time.perf_counter() - wall:.0f} s", file=sys.stderr, flush=True)

    with engine.connect() as conn:
        rows = {t: conn.execute(text(f"select count(*) from {t}")).scalar_one()
                for t in ("events", "journal_lines", "audit", "groups")}
    floor = raw_floor(engine, rows)
    as_of = add_months(START, 12 * args.years)
    with db.session(engine) as sess:
        names = [n for n in services.list_groups(sess) if not n.endswith("Gulir")]
    sample = random.Random(0).sample(names, min(args.sample, len(names)))
    latency = state_latency(engine, sample, as_of)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rate, floor_rate = rows["events"] / (apply_seconds or float("nan")), rows["events"] / floor
    print(f"book: {engine.dialect.name}, {args.groups} groups × {args.years} years: {rows['groups']:,} groups "
          f"(pass-on recipients included), {rows['events']:,} events, {rows['journal_lines']:,} journal lines, "
          f"{rows['audit']:,} audit rows ({refused} planned events refused by the rules and left out)")
    print(f"apply through services: {rate:,.0f} events/s ({apply_seconds:.1f} s) | raw batched insert of "
          f"equal rows: {floor_rate:,.0f} events/s ({floor:.1f} s) | ratio {floor_rate / rate:.1f}×")
    print(f"planning in memory (not counted above): {plan_seconds:.1f} s")
    print(f"state of one group ({len(latency)} groups, as of {as_of}): median "
          f"{statistics.median(latency) * 1000:.0f} ms, worst {max(latency) * 1000:.0f} ms")
    office(engine, args.db, month_of(add_months(START, 12 * args.years - 1)), args.jobs)
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"memory peak: {peak_mb:,.0f} MB (a worker process: {worker_mb:,.0f} MB at most)")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
