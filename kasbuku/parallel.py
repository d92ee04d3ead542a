"""Work over many groups on every core: the office's statements and the replays its rekap needs.

Each worker is a separate process (started fresh, the same way on Windows and Linux) with its own
connection to the book; it reads in its own transaction. The ledger and the reports know nothing of this:
the workers call the same services and report builders as the single-process commands.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Engine

from kasbuku import db
from ledger import services
from ledger.model.errors import Refusal
from ledger.storage import Session
from ledger.views.recap import RecapRow

if TYPE_CHECKING:
    from reports.api import Request  # imported by the worker only when it prints (ReportLab is slow to load)

Item = TypeVar("Item")
Result = TypeVar("Result")

WORTH_A_WORKER = 8  # fewer groups than this per extra worker are done in this process: starting one costs ~1 s
MAX_JOBS = 61  # Windows cannot wait on more worker processes than this
_engine: Engine | None = None  # a worker's own engine (set by _open when the worker starts)


def default_jobs() -> int:
    """One worker per core the machine lets this process use."""
    usable = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return max(1, min(MAX_JOBS, len(usable) if usable else os.cpu_count() or 1))


def _open(url: str) -> None:
    """A worker's start: its own engine on the book, kept for the worker's life."""
    global _engine
    _engine = db.open_engine(url)


def _in_session(func: Callable[[Session, Item], Result], item: Item, engine: Engine | None = None) -> Result:
    engine = engine or _engine
    assert engine is not None
    with db.session(engine) as session:
        return func(session, item)


def run(url: str, func: Callable[[Session, Item], Result], items: Sequence[Item], jobs: int) -> Iterator[Result]:
    """``func(session, item)`` for every item, in the items' order, on up to ``jobs`` processes.

    ``func`` must be a module-level function (it is sent to the workers by name) and should return a
    refusal as a value rather than raise it.
    """
    jobs = max(1, min(jobs, MAX_JOBS, len(items) // WORTH_A_WORKER))
    if jobs == 1:
        engine = db.open_engine(url)
        try:
            yield from (_in_session(func, item, engine) for item in items)
        finally:
            engine.dispose()
        return
    import multiprocessing  # here, not at the top: every command and the window import this module
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_open, initargs=(url,)) as pool:
        yield from pool.map(_in_session, [func] * len(items), items, chunksize=4)


def statement(session: Session, job: tuple[Request, Path]) -> tuple[str, Path | None, str]:
    """Build and write one statement: (group, path written or None, the refusal's message)."""
    from reports import api

    request, folder = job
    try:
        built = api.build(session, request)
    except Refusal as exc:
        return request.group, None, exc.message
    return request.group, api.write(built, folder / api.file_name(built)), ""


def recap_rows(session: Session, job: tuple[str, str]) -> list[RecapRow]:
    """A worker's part of a rekap: one group's row for a month, by replaying it."""
    name, month = job
    return services.replayed_rows(session, [name], month)


def recap_replayer(url: str, jobs: int, session: Session) -> services.RowsReplayer:
    """A replayer for ``services.recap``: a few groups are replayed in the rekap's own ``session`` (one
    consistent read); many, on every core, each worker in its own read transaction."""
    def replay(names: list[str], month: str) -> list[RecapRow]:
        if min(jobs, len(names) // WORTH_A_WORKER) < 2:
            return services.replayed_rows(session, names, month)
        return [row for rows in run(url, recap_rows, [(n, month) for n in names], jobs) for row in rows]
    return replay
