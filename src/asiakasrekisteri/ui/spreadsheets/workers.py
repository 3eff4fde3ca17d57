"""Long spreadsheet work in a thread of its own, reporting only through signals (STYLE 9).

A :class:`Worker` runs one job: a callable taking ``progress(done, total)`` and
``cancelled()``. The job runs in the worker thread and never touches a widget; the
signals reach the dialogs in the GUI thread as queued calls.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QThread, Signal

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
Job = Callable[[ProgressFn, CancelFn], Any]


class Worker(QThread):
    """One job in its own thread.

    The worker keeps itself alive until its thread has finished, so a dialog may close
    while an analysis is still running; the late result goes to receivers that are gone.

    Signals:
        progressed(int, int): ``(done, total)`` from the job.
        succeeded(object): The job's return value.
        failed(object): The exception the job raised.
        cancelled(): The job stopped on :meth:`cancel` (it raised one of ``cancelled_by``).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    # Running workers; a QThread destroyed while running aborts the program.
    _live: ClassVar[set[Worker]] = set()

    def __init__(self, job: Job, *, cancelled_by: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self._job = job
        self._cancelled_by = cancelled_by
        self._cancel = threading.Event()
        self.finished.connect(self._release)

    def start_job(self) -> Worker:
        """Start the thread; returns self for chaining."""
        Worker._live.add(self)
        self.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next check (between chunks)."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancel.is_set)
        except self._cancelled_by:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _release(self) -> None:
        # Runs in the GUI thread once run() has returned.
        self.wait()
        Worker._live.discard(self)

    @classmethod
    def running(cls) -> int:
        """How many workers have not finished yet."""
        return sum(1 for w in cls._live if not w.isFinished())

    @classmethod
    def wait_all(cls, timeout_ms: int = 30_000) -> bool:
        """Block until every worker's thread has ended (shutdown, tests)."""
        return all(w.wait(timeout_ms) for w in list(cls._live))
