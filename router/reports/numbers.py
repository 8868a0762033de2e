"""What a month's report is made of, whichever way it was aggregated (raw rows in SQL or in
Python, or the rollup), and the arithmetic every way shares so that they agree exactly."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

DIMENSIONS = ("model", "label", "rule", "api_key", "tenant")
PERCENTILES = (0.5, 0.95, 0.99)
ZERO = Decimal(0)
Source = Literal["rollup", "raw"]  # the rollup where the database keeps one, or the rows


@dataclass
class Group:
    requests: int = 0
    tokens: int = 0
    spend: Decimal = ZERO
    baseline: Decimal = ZERO


@dataclass
class Numbers:
    """What the report is made of, however it was aggregated."""

    totals: dict[str, Any] = field(default_factory=dict)
    by: dict[str, dict[str | None, Group]] = field(default_factory=dict)
    days: dict[str, dict[str | None, Group]] = field(default_factory=dict)  # day -> model -> group
    latency: dict[str | None, dict[str, float | None]] = field(default_factory=dict)
    local_busy_ms: float = 0.0
    local_cost: Decimal = ZERO


def exact_ms(value: float | None) -> Decimal:
    """A time as Postgres casts float8 to NUMERIC (15 significant digits), so that sums of
    times are exact and come out the same in any order and on any database."""
    return ZERO if value is None else Decimal(f"{value:.15g}")


def percentile_cont(ordered: list[float], p: float) -> float | None:
    """Postgres's percentile_cont: linear interpolation between the closest ranks."""
    if not ordered:
        return None
    low, high, fraction = ranks(len(ordered), p)
    return interpolate(ordered[low], ordered[high], fraction)


def ranks(count: int, p: float) -> tuple[int, int, float]:
    """The two ranks (from 0) percentile_cont(p) reads among `count` sorted values, and how far
    between them it lies."""
    position = (count - 1) * p
    low = math.floor(position)
    return low, math.ceil(position), position - low


def interpolate(low: float, high: float, fraction: float) -> float:
    return low + (high - low) * fraction


def totals(*values: Any) -> dict[str, Any]:
    names = (
        "requests",
        "prompt_tokens",
        "completion_tokens",
        "spend",
        "baseline",
        "saved_by_cache",
        "cache_hits",
        "with_fallbacks",
        "guard_blocks",
        "errors",
    )
    made = dict(zip(names, values, strict=True))
    for money in ("spend", "baseline", "saved_by_cache"):
        made[money] = Decimal(made[money])
    for count in names:
        if count not in ("spend", "baseline", "saved_by_cache"):
            made[count] = int(made[count])
    return made


def latency(percentiles: Any, ttft: Any) -> dict[str, float | None]:
    p50, p95, p99 = (float(value) if value is not None else None for value in percentiles)
    return {
        "p50": p50,
        "p95": p95,
        "p99": p99,
        "ttft_p50": float(ttft) if ttft is not None else None,
    }


def group(values: Any) -> Group:
    requests, tokens, spend, baseline = values
    return Group(int(requests), int(tokens), Decimal(spend), Decimal(baseline))
