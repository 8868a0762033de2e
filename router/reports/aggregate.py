"""The month's numbers from the ledger. On Postgres from the rollup (see
router/reports/rollup.py) or, with source="raw" or a time zone whose days do not fall on the
rollup's buckets, from the rows in SQL; on SQLite, which has no time zones or percentiles, from
the month's rows in Python. Every way gives the same report for the same records."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Numeric, and_, cast, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncEngine

from router.ledger.schema import RequestRecord as R
from router.reports.numbers import (
    DIMENSIONS,
    PERCENTILES,
    ZERO,
    Group,
    Numbers,
    Source,
    exact_ms,
    group,
    latency,
    percentile_cont,
    totals,
)
from router.reports.rollup import from_rollup


async def aggregate(
    engine: AsyncEngine, start: dt.datetime, end: dt.datetime, zone: str, source: Source = "rollup"
) -> Numbers:
    """The numbers of [start, end) (UTC instants), with days as `zone` counts them."""
    if engine.dialect.name != "postgresql":
        return await _in_python(engine, start, end, zone)
    if source == "rollup":
        numbers = await from_rollup(engine, start, end, zone)
        if numbers is not None:
            return numbers
    return await _in_sql(engine, start, end, zone)


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
                    func.coalesce(
                        func.sum(cast(R.upstream_ms, Numeric)).filter(R.provider == "local"), 0
                    ),
                    func.coalesce(func.sum(R.cost_usd).filter(R.provider == "local"), 0),
                ).where(where)
            )
        ).one()
        numbers.totals = totals(*total[:10])
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
            made = group(sums)
            if flags[-1] == 0:  # (day, model)
                numbers.days.setdefault(values[-1], {})[values[0]] = made
                continue
            for index, dimension in enumerate(DIMENSIONS):
                if flags[index] == 0:
                    numbers.by[dimension][values[index]] = made
        percentiles = [
            func.percentile_cont(p).within_group(R.latency_ms.asc()) for p in PERCENTILES
        ]
        ttft = func.percentile_cont(0.5).within_group(R.ttft_ms.asc())
        rows = await connection.execute(
            select(R.model, *percentiles, ttft).where(where, R.status == 200).group_by(R.model)
        )
        for row in rows:
            numbers.latency[row[0]] = latency(row[1:4], row[4])
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
    busy_ms = ZERO
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
            busy_ms += exact_ms(row.upstream_ms)
            numbers.local_cost += row.cost_usd
    numbers.totals = totals(*counts)
    numbers.local_busy_ms = float(busy_ms)
    numbers.by = {dimension: dict(groups) for dimension, groups in by.items()}
    numbers.days = {day: dict(models) for day, models in numbers.days.items()}
    for model, values in latencies.items():
        values.sort()
        ttft = sorted(ttfts.get(model, []))
        numbers.latency[model] = latency(
            [percentile_cont(values, p) for p in PERCENTILES], percentile_cont(ttft, 0.5)
        )
    return numbers


def _add(target: Group, tokens: int, row: Any) -> None:
    target.requests += 1
    target.tokens += tokens
    target.spend += row.cost_usd
    target.baseline += row.baseline_cost_usd
