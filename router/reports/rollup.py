"""The month's numbers from the rollup Postgres keeps beside the ledger (migration 0003): sums
per 15-minute bucket and breakdown value, and exact latency percentiles through the latency
histogram, all read in one snapshot. Triggers keep the rollup equal to the rows, so the
numbers are the ones an aggregation of the rows gives, however many rows the month holds."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from router.ledger.schema import ROLLUP_BUCKET, request_rollup
from router.reports.latency_bins import percentiles
from router.reports.numbers import DIMENSIONS, ZERO, Group, Numbers, totals

U = request_rollup.c
_ORIGIN = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # the buckets' origin in the migration
_MEASURES = (
    "requests",
    "prompt_tokens",
    "completion_tokens",
    "cost_usd",
    "baseline_cost_usd",
    "saved_usd",
    "cache_hits",
    "with_fallbacks",
    "errors",
    "upstream_ms",
)
_Sums = dict[str, Decimal]


async def from_rollup(
    engine: AsyncEngine, start: dt.datetime, end: dt.datetime, zone: str
) -> Numbers | None:
    """[start, end) in UTC, days in `zone`. None when its bounds or the zone's midnights do not
    fall on the buckets (no real zone today; some did, in their local mean time)."""
    if (start - _ORIGIN) % ROLLUP_BUCKET or (end - _ORIGIN) % ROLLUP_BUCKET:
        return None
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="REPEATABLE READ")
        async with connection.begin():
            if not await _midnights_on_buckets(connection, start, end, zone):
                return None
            numbers = await _sums(connection, start, end)
            numbers.days = await _days(connection, start, end, zone)
            numbers.latency = await percentiles(connection, start, end)
    return numbers


def _in_range(start: dt.datetime, end: dt.datetime) -> Any:
    return (U.bucket >= start) & (U.bucket < end)


async def _midnights_on_buckets(
    connection: AsyncConnection, start: dt.datetime, end: dt.datetime, zone: str
) -> bool:
    """Whether each bucket's first and last instant fall on the same day in `zone`, as
    Postgres's own time zone data has it (the day a row is reported under)."""
    bucket = func.generate_series(start, end - ROLLUP_BUCKET, ROLLUP_BUCKET).column_valued()
    last = bucket + ROLLUP_BUCKET - dt.timedelta(microseconds=1)
    split = await connection.scalar(
        select(func.count()).where(_day(bucket, zone) != _day(last, zone))
    )
    return split == 0


def _day(instant: Any, zone: str) -> Any:
    return func.to_char(func.timezone(zone, instant), "YYYY-MM-DD")


async def _sums(connection: AsyncConnection, start: dt.datetime, end: dt.datetime) -> Numbers:
    """Every breakdown at once; the totals are the sums over the models."""
    sums = [func.sum(getattr(U, name)) for name in _MEASURES]
    rows = await connection.execute(
        select(U.dimension, U.value, *sums)
        .where(_in_range(start, end))
        .group_by(U.dimension, U.value)
        .having(func.sum(U.requests) > 0)
    )
    by: dict[str, dict[str | None, _Sums]] = defaultdict(dict)
    for row in rows:
        by[row[0]][row[1]] = dict(zip(_MEASURES, row[2:], strict=True))
    numbers = Numbers()
    numbers.by = {
        dimension: {value: _group(sums) for value, sums in by[dimension].items()}
        for dimension in DIMENSIONS
    }
    whole = {name: sum((sums[name] for sums in by["model"].values()), ZERO) for name in _MEASURES}
    guard = by["rule"].get("privacy-guard", {}).get("requests", ZERO)
    numbers.totals = totals(
        *(whole[name] for name in _MEASURES[:6]),
        whole["cache_hits"],
        whole["with_fallbacks"],
        guard,
        whole["errors"],
    )
    local = by["provider"].get("local", {})
    numbers.local_busy_ms = float(local.get("upstream_ms", ZERO))
    numbers.local_cost = local.get("cost_usd", ZERO)
    return numbers


async def _days(
    connection: AsyncConnection, start: dt.datetime, end: dt.datetime, zone: str
) -> dict[str, dict[str | None, Group]]:
    day = _day(U.bucket, zone)
    rows = await connection.execute(
        select(
            day,
            U.value,
            func.sum(U.requests),
            func.sum(U.prompt_tokens + U.completion_tokens),
            func.sum(U.cost_usd),
            func.sum(U.baseline_cost_usd),
        )
        .where(_in_range(start, end), U.dimension == "model")
        .group_by(day, U.value)
        .having(func.sum(U.requests) > 0)
    )
    days: dict[str, dict[str | None, Group]] = defaultdict(dict)
    for row in rows:
        days[row[0]][row[1]] = Group(int(row[2]), int(row[3]), row[4], row[5])
    return dict(days)


def _group(sums: _Sums) -> Group:
    tokens = sums["prompt_tokens"] + sums["completion_tokens"]
    return Group(int(sums["requests"]), int(tokens), sums["cost_usd"], sums["baseline_cost_usd"])
