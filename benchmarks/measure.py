"""What every benchmark measures with: the process's peak memory and a CPU + wall clock."""

from __future__ import annotations

import resource
import time


def peak_rss_mb() -> float:
    """The peak resident memory of this process so far, in MB (``ru_maxrss`` is in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Clock:
    """CPU seconds (all the process's threads) and wall-clock seconds of one ``with`` step.

    Both are 0.0 until the step ends.
    """

    def __init__(self) -> None:
        self.cpu = self.wall = 0.0
        self._cpu_start = self._wall_start = 0.0

    def __enter__(self) -> Clock:
        self._cpu_start, self._wall_start = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.cpu = time.process_time() - self._cpu_start
        self.wall = time.perf_counter() - self._wall_start
