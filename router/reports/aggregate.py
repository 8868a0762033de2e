"""The month's numbers from the ledger: in SQL on Postgres (percentiles included), and from
the month's rows in Python on SQLite, which has no time zones or percentiles; both give the
same report for the same records."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncEngine

from router.ledger.schema import RequestRecord as R

DIMENSIONS = ("model", "label", "rule", "api_key", "tenant")
PERCENTILES = (0.5, 0.95, 0.99)
ZERO = Decimal(0)


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


async def aggregate(
    engine: AsyncEngine, start: dt.datetime, end: dt.datetime, zone: str
) -> Numbers:
    if engine.dialect.name == "postgresql":
        return await _in_sql(engine, start, end, zone)
    return await _in_python(engine, start, end, zone)


def _in_month(start: dt.datetime, end: dt.datetime) -> Any:
    return and_(R.created_at >= start, R.created_at < end)


async def _in_sql(engine: AsyncEngine, start: dt.datetime, end: dt.datetime, zone: str) -> Numbers:
    """Three scans of the month: totals, every breakdown at once (GROUPING SETS), and the
    latency percentiles."""
    where = _in_month(start, end)
    numbers = Numbers()
    tokens = R.prompt_tokens + R.completion_tokens
    day = func.to_char(func.timezone(zone, R.created_at), "YYYY-MM-DD").label("day")
    columns = [getattr(R, dimension) for dimension in DIMENSIONS]
    sets = [tuple_(column) for column in columns] + [tuple_(day, R.model)]
    async with engine.connect() as connection:
        total = (
            await connection.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(R.prompt_tokens), 0),
                    func.coalesce(func.sum(R.completion_tokens), 0),
                    func.coalesce(func.sum(R.cost_usd), 0),
                    func.coalesce(func.sum(R.baseline_cost_usd), 0),
                    func.coalesce(func.sum(R.saved_usd), 0),
                    func.count().filter(R.cache_hit),
                    func.count().filter(R.fallbacks > 0),
                    func.count().filter(R.rule == "privacy-guard"),
                    func.count().filter(R.status != 200),
                    func.coalesce(func.sum(R.upstream_ms).filter(R.provider == "local"), 0),
                    func.coalesce(func.sum(R.cost_usd).filter(R.provider == "local"), 0),
                ).where(where)
            )
        ).one()
        numbers.totals = _totals(*total[:10])
        numbers.local_busy_ms, numbers.local_cost = float(total[10]), Decimal(total[11])
        grouped = await connection.execute(
            select(
                *columns,
                day,
                *(func.grouping(column) for column in columns),
                func.grouping(day),
                func.count(),
                func.coalesce(func.sum(tokens), 0),
                func.coalesce(func.sum(R.cost_usd), 0),
                func.coalesce(func.sum(R.baseline_cost_usd), 0),
            )
            .where(where)
            .group_by(func.grouping_sets(*sets))
        )
        numbers.by = {dimension: {} for dimension in DIMENSIONS}
        width = len(DIMENSIONS)
        for row in grouped:
            values, flags, sums = row[: width + 1], row[width + 1 : 2 * width + 2], row[-4:]
            group = Group(*_group(sums))
            if flags[-1] == 0:  # (day, model)
                numbers.days.setdefault(values[-1], {})[values[0]] = group
                continue
            for index, dimension in enumerate(DIMENSIONS):
                if flags[index] == 0:
                    numbers.by[dimension][values[index]] = group
        percentiles = [
            func.percentile_cont(p).within_group(R.latency_ms.asc()) for p in PERCENTILES
        ]
        ttft = func.percentile_cont(0.5).within_group(R.ttft_ms.asc())
        rows = await connection.execute(
            select(R.model, *percentiles, ttft).where(where, R.status == 200).group_by(R.model)
        )
        for row in rows:
            numbers.latency[row[0]] = _latency(row[1:4], row[4])
    return numbers


async def _in_python(
    engine: AsyncEngine, start: dt.datetime, end: dt.datetime, zone: str
) -> Numbers:
    columns = (
        R.created_at,
        R.model,
        R.label,
        R.rule,
        R.api_key,
        R.tenant,
        R.provider,
        R.prompt_tokens,
        R.completion_tokens,
        R.cost_usd,
        R.baseline_cost_usd,
        R.saved_usd,
        R.cache_hit,
        R.fallbacks,
        R.status,
        R.latency_ms,
        R.ttft_ms,
        R.upstream_ms,
    )
    # SQLite keeps times as naive UTC text: compare with naive bounds.
    query = select(*columns).where(_in_month(start.replace(tzinfo=None), end.replace(tzinfo=None)))
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).all()
    tz = ZoneInfo(zone)
    numbers = Numbers()
    counts = [0, 0, 0, ZERO, ZERO, ZERO, 0, 0, 0, 0]
    by: dict[str, dict[str | None, Group]] = {
        dimension: defaultdict(Group) for dimension in DIMENSIONS
    }
    latencies: dict[str | None, list[float]] = defaultdict(list)
    ttfts: dict[str | None, list[float]] = defaultdict(list)
    for row in rows:
        tokens = row.prompt_tokens + row.completion_tokens
        for index, value in enumerate(
            (
                1,
                row.prompt_tokens,
                row.completion_tokens,
                row.cost_usd,
                row.baseline_cost_usd,
                row.saved_usd,
                int(row.cache_hit),
                int(row.fallbacks > 0),
                int(row.rule == "privacy-guard"),
                int(row.status != 200),
            )
        ):
            counts[index] += value
        for dimension in DIMENSIONS:
            _add(by[dimension][getattr(row, dimension)], tokens, row)
        created = (
            row.created_at.replace(tzinfo=dt.UTC)
            if row.created_at.tzinfo is None
            else row.created_at
        )
        day = created.astimezone(tz).strftime("%Y-%m-%d")
        _add(numbers.days.setdefault(day, defaultdict(Group))[row.model], tokens, row)
        if row.status == 200:
            latencies[row.model].append(row.latency_ms)
            if row.ttft_ms is not None:
                ttfts[row.model].append(row.ttft_ms)
        if row.provider == "local":
            numbers.local_busy_ms += row.upstream_ms or 0.0
            numbers.local_cost += row.cost_usd
    numbers.totals = _totals(*counts)
    numbers.by = {dimension: dict(groups) for dimension, groups in by.items()}
    numbers.days = {day: dict(models) for day, models in numbers.days.items()}
    for model, values in latencies.items():
        values.sort()
        ttft = sorted(ttfts.get(model, []))
        numbers.latency[model] = _latency(
            [percentile_cont(values, p) for p in PERCENTILES], percentile_cont(ttft, 0.5)
        )
    return numbers


def percentile_cont(ordered: list[float], p: float) -> float | None:
    """Postgres's percentile_cont: linear interpolation between the closest ranks."""
    if not ordered:
        return None
    position = (len(ordered) - 1) * p
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _add(group: Group, tokens: int, row: Any) -> None:
    group.requests += 1
    group.tokens += tokens
    group.spend += row.cost_usd
    group.baseline += row.baseline_cost_usd


def _group(values: Any) -> tuple[int, int, Decimal, Decimal]:
    requests, tokens, spend, baseline = values
    return int(requests), int(tokens), Decimal(spend), Decimal(baseline)


def _totals(*values: Any) -> dict[str, Any]:
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
    totals = dict(zip(names, values, strict=True))
    for money in ("spend", "baseline", "saved_by_cache"):
        totals[money] = Decimal(totals[money])
    for count in names:
        if count not in ("spend", "baseline", "saved_by_cache"):
            totals[count] = int(totals[count])
    return totals


def _latency(percentiles: Any, ttft: Any) -> dict[str, float | None]:
    p50, p95, p99 = (float(value) if value is not None else None for value in percentiles)
    return {
        "p50": p50,
        "p95": p95,
        "p99": p99,
        "ttft_p50": float(ttft) if ttft is not None else None,
    }
