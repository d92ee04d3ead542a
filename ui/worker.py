"""Long work off the window's thread (QThreadPool): the window stays responsive and shows it is busy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """Run ``work(progress)`` on the pool; ``done``/``failed`` are delivered on the window's thread."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:  # handed to the window's error presenter, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()  # keeps each task (and its signals) alive until it has reported


def busy() -> bool:
    """Whether background work started here has not reported yet."""
    return bool(_running)


def start(work: Callable[[Callable[[int, int], None]], Any], done: Callable[[Any], None],
          failed: Callable[[Exception], None], progress: Callable[[int, int], None] | None = None) -> Task:
    """Start ``work`` in the background and call ``done(result)`` or ``failed(error)`` when it ends."""
    task = Task(work)
    _running.add(task)
    task.setAutoDelete(False)

    def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            _running.discard(task)
            handler(value)
        return call

    task.signals.done.connect(finish(done))
    task.signals.failed.connect(finish(failed))
    if progress is not None:
        task.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(task)
    return task
