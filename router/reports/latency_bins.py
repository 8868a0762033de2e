"""Exact latency percentiles per model, as percentile_cont over the month's answered requests
gives them, without sorting the month: the latency histogram (per UTC day; the partial days at
a month's ends counted from the rows) says which bin of latency_bin() holds each rank that
percentile_cont reads, and only those bins' values are read from request_records, through the
index on (model, latency_bin(...), created_at)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, func, literal, literal_column, or_, select, union_all
from sqlalchemy.ext.asyncio import AsyncConnection

from router.errors import RouterError
from router.ledger.schema import RequestRecord as R
from router.ledger.schema import latency_histogram
from router.reports.numbers import PERCENTILES, interpolate, latency, ranks

H = latency_histogram.c
METRICS = {"latency": R.latency_ms, "ttft": R.ttft_ms}
WANTED = {"latency": PERCENTILES, "ttft": (0.5,)}
_Key = tuple[str | None, str]  # model, metric


async def percentiles(
    connection: AsyncConnection, start: dt.datetime, end: dt.datetime
) -> dict[str | None, dict[str, float | None]]:
    """Per model with answered requests in [start, end): p50, p95, p99 and ttft_p50."""
    counts = await _bin_counts(connection, start, end)
    found: dict[_Key, list[float]] = {}
    for key, bins in counts.items():
        found[key] = await _percentiles(connection, key, bins, start, end)
    made = {}
    for (model, metric), values in found.items():
        if metric == "latency":
            ttft = found.get((model, "ttft"))
            made[model] = latency(values, ttft[0] if ttft else None)
    return made


async def _bin_counts(
    connection: AsyncConnection, start: dt.datetime, end: dt.datetime
) -> dict[_Key, dict[int, int]]:
    """How many values each bin holds in [start, end): whole UTC days from the histogram, the
    rest from the rows."""
    first_day, last_day = _ceil_day(start), _floor_day(end)
    if first_day > last_day:  # within one day: all of it from the rows
        first_day = last_day = end
    whole = (
        select(H.model, H.metric, H.bin, func.sum(H.count))
        .where(H.day >= first_day, H.day < last_day)
        .group_by(H.model, H.metric, H.bin)
        .having(func.sum(H.count) > 0)
    )
    ends = or_(
        and_(R.created_at >= start, R.created_at < first_day),
        and_(R.created_at >= last_day, R.created_at < end),
    )
    parts = [whole]
    for metric, column in METRICS.items():
        bin_ = func.latency_bin(column)
        parts.append(
            select(R.model, literal(metric), bin_, func.count())
            .where(ends, R.status == literal_column("200"), column.is_not(None))
            .group_by(R.model, bin_)
        )
    counts: dict[_Key, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for model, metric, bin_number, count in await connection.execute(union_all(*parts)):
        counts[(model, metric)][bin_number] += int(count)
    return counts


async def _percentiles(
    connection: AsyncConnection,
    key: _Key,
    bins: dict[int, int],
    start: dt.datetime,
    end: dt.datetime,
) -> list[float]:
    """The metric's percentiles (WANTED) for one model, from the ranks' bins."""
    count = sum(bins.values())
    places = {p: ranks(count, p) for p in WANTED[key[1]]}
    wanted = {rank for low, high, _ in places.values() for rank in (low, high)}
    values: dict[int, float] = {}
    before = 0
    for bin_number in sorted(bins):
        inside = sorted(
            rank - before for rank in wanted if before <= rank < before + bins[bin_number]
        )
        if inside:
            read = await _bin_values(connection, key, bin_number, inside, start, end)
            values |= {before + offset: read[offset - inside[0]] for offset in inside}
        before += bins[bin_number]
    return [
        interpolate(values[low], values[high], fraction) for low, high, fraction in places.values()
    ]


async def _bin_values(
    connection: AsyncConnection,
    key: _Key,
    bin_number: int,
    offsets: list[int],
    start: dt.datetime,
    end: dt.datetime,
) -> list[float]:
    """The bin's values at offsets[0] to offsets[-1], in order."""
    model, metric = key
    column = METRICS[metric]
    wanted = offsets[-1] - offsets[0] + 1
    rows = await connection.execute(
        select(column)
        .where(
            R.status == literal_column("200"),  # a literal, so the partial index always applies
            R.model.is_(None) if model is None else R.model == model,
            func.latency_bin(column) == bin_number,
            column.is_not(None),
            R.created_at >= start,
            R.created_at < end,
        )
        .order_by(column)
        .offset(offsets[0])
        .limit(wanted)
    )
    read: list[Any] = list(rows.scalars())
    if len(read) != wanted:
        raise RouterError(
            f"the latency histogram disagrees with request_records ({model}, {metric}, bin "
            f"{bin_number}); rebuild it (router db downgrade 0002, then upgrade)"
        )
    return [float(value) for value in read]


def _floor_day(instant: dt.datetime) -> dt.datetime:
    utc = instant.astimezone(dt.UTC)
    return dt.datetime(utc.year, utc.month, utc.day, tzinfo=dt.UTC)


def _ceil_day(instant: dt.datetime) -> dt.datetime:
    floor = _floor_day(instant)
    return floor if floor == instant else floor + dt.timedelta(days=1)
