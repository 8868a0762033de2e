"""Timing one call over and over: its p50 and p99, steadied over several passes if asked."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentiles(action: Callable[[], object], rounds: int, passes: int = 1) -> tuple[float, float]:
    """Seconds: the median over `passes` of each pass's p50 and p99 of `rounds` calls, so one
    noisy pass moves neither."""
    p50s, p99s = [], []
    for _ in range(passes):
        timings = []
        for _ in range(rounds):
            began = time.perf_counter()
            action()
            timings.append(time.perf_counter() - began)
        timings.sort()
        p50s.append(statistics.median(timings))
        p99s.append(timings[int(0.99 * (len(timings) - 1))])
    return statistics.median(p50s), statistics.median(p99s)
