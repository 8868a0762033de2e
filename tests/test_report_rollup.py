"""The report's rollup on Postgres (migration 0003) against the raw rows: after random inserts,
replays of records already stored, retention deletes, updates and truncates, from several
writers at once or by COPY, the report read from the rollup is the report aggregated from the
rows, in any time zone; and the migration backfills, downgrades and upgrades again."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seeded_ledger import busy_month, seeded
from sqlalchemy import func, inspect, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine
from test_ledger import entry, pg_url  # noqa: F401 - the fixture is used by name

from router.ledger.database import engine_for, insert_entries, older_than
from router.ledger.entry import LedgerEntry
from router.ledger.migrate import current, downgrade, upgrade
from router.ledger.schema import RequestRecord, latency_histogram, request_rollup
from router.reports.cost_report import cost_report
from router.reports.period import month_bounds
from router.reports.rollup import from_rollup
from router.service_settings import Cap

UTC = dt.UTC
MONTHS = ("2026-10", "2026-11", "2026-12")
# Whole hours, half hours, three quarters, and west of Greenwich.
ZONES = ("UTC", "Asia/Kolkata", "Europe/Berlin", "Asia/Kathmandu", "America/St_Johns")
CAPS = (
    Cap(usd=Decimal(5)),
    Cap(scope="key", name="team-a", period="day", usd=Decimal("0.5")),
    Cap(scope="tenant", name="acme", usd=Decimal(3)),
)


def midnights() -> list[dt.datetime]:
    """Where months and days begin in ZONES, and a microsecond either side."""
    instants = []
    for zone in ZONES:
        for month in MONTHS:
            start, end = month_bounds(month, zone)
            for edge in (start, end):
                instants += [
                    edge - dt.timedelta(microseconds=1),
                    edge,
                    edge + dt.timedelta(microseconds=1),
                ]
    return instants


instants = st.one_of(
    st.sampled_from(midnights()),
    st.datetimes(dt.datetime(2026, 10, 28), dt.datetime(2026, 12, 3), timezones=st.just(UTC)),
)
times = st.sampled_from([0.0, 1.0, 2.5, 100.0, 812.5]) | st.floats(0, 600_000, allow_nan=False)
money = st.decimals(0, 10, places=10)
SERVED = [
    ("claude-sonnet", "anthropic"),
    ("qwen-local", "local"),
    ("claude-haiku", "anthropic"),
    (None, None),  # refused before any model answered
]


@st.composite
def records(draw: st.DrawFn) -> LedgerEntry:
    model, provider = draw(st.sampled_from(SERVED))
    return entry(
        0,
        id=uuid.uuid4().hex,
        created_at=draw(instants),
        api_key=draw(st.sampled_from(["team-a", "team-b", None])),
        tenant=draw(st.sampled_from(["acme", None])),
        label=draw(st.sampled_from(["crud", "architecture", "general"])),
        rule=draw(st.sampled_from(["crud-local", "design", "privacy-guard"])),
        model=model,
        provider=provider,
        fallbacks=draw(st.integers(0, 2)),
        prompt_tokens=draw(st.integers(0, 100_000)),
        completion_tokens=draw(st.integers(0, 10_000)),
        cost_usd=draw(money),
        baseline_cost_usd=draw(money),
        saved_usd=draw(money),
        cache_hit=draw(st.booleans()),
        status=draw(st.sampled_from([200, 200, 200, 503, 429])),
        latency_ms=draw(times),
        ttft_ms=draw(st.none() | times),
        upstream_ms=draw(st.none() | times),
    )


async def assert_reports_agree(engine: AsyncEngine, zones: Sequence[str] = ZONES) -> None:
    for zone in zones:
        for month in MONTHS:
            rolled = await cost_report(engine, month, zone, CAPS)
            raw = await cost_report(engine, month, zone, CAPS, source="raw")
            assert rolled == raw, (zone, month)


async def records_stored(engine: AsyncEngine) -> int:
    """How many records are stored; raises if a rollup row was left at zero."""
    async with engine.connect() as connection:
        count = await connection.scalar(select(func.count()).select_from(RequestRecord))
        empty = await connection.scalar(select(func.count()).where(request_rollup.c.requests == 0))
        zeros = await connection.scalar(select(func.count()).where(latency_histogram.c.count == 0))
    assert (empty, zeros) == (0, 0)  # what reaches zero is removed
    return int(count or 0)


@pytest.fixture
def migrated(pg_url: str) -> str:  # noqa: F811 - the fixture from test_ledger
    async def migrate() -> None:
        engine = engine_for(pg_url)
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()

    asyncio.run(migrate())
    return pg_url


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    batches=st.lists(st.lists(records(), max_size=12), min_size=1, max_size=5),
    replays=st.lists(st.integers(0, 60), max_size=10),
    cutoff=st.none() | instants,
    changed=st.none() | instants,
    zone=st.sampled_from(ZONES),
)
def test_the_rollup_report_is_the_raw_report_after_any_writes(
    migrated: str,
    batches: list[list[LedgerEntry]],
    replays: list[int],
    cutoff: dt.datetime | None,
    changed: dt.datetime | None,
    zone: str,
) -> None:
    async def check() -> None:
        engine = engine_for(migrated)
        try:
            async with engine.begin() as connection:
                await connection.execute(text("TRUNCATE request_records"))
            assert await records_stored(engine) == 0
            kept: dict[str, LedgerEntry] = {}
            for batch in batches:
                async with engine.begin() as connection:
                    await insert_entries(connection, batch + batch[:1])  # one twice in a batch
                kept |= {item.id: item for item in batch if item.id not in kept}
            written = [item for batch in batches for item in batch]
            again = [written[index % len(written)] for index in replays if written]
            async with engine.begin() as connection:  # a spool replay: all stored already
                await insert_entries(connection, again)
            if cutoff is not None:
                async with engine.begin() as connection:  # the writer's retention
                    await connection.execute(older_than(cutoff))
                kept = {key: item for key, item in kept.items() if item.created_at >= cutoff}
            assert await records_stored(engine) == len(kept)
            if changed is not None:  # the ledger never updates a row; a person might
                async with engine.begin() as connection:
                    await connection.execute(
                        update(RequestRecord)
                        .where(RequestRecord.created_at >= changed)
                        .values(model="claude-haiku", cost_usd=RequestRecord.cost_usd * 2)
                    )
            await assert_reports_agree(engine, [zone])
        finally:
            await engine.dispose()

    asyncio.run(check())


def test_writers_at_once_with_replays_keep_the_rollup_exact(migrated: str) -> None:
    """Four writers (as four replicas would) insert into the same buckets at once, each also
    replaying batches it already wrote."""
    month = busy_month(requests=600)

    async def writer(part: list[LedgerEntry]) -> None:
        engine = engine_for(migrated)
        try:
            for start in range(0, len(part), 25):
                batch = part[start : start + 25]
                async with engine.begin() as connection:
                    await insert_entries(connection, batch)
                async with engine.begin() as connection:
                    await insert_entries(connection, part[max(0, start - 40) : start + 25])
        finally:
            await engine.dispose()

    async def check() -> None:
        await asyncio.gather(*(writer(month[index::4]) for index in range(4)))
        engine = engine_for(migrated)
        try:
            assert await records_stored(engine) == len(month)
            await assert_reports_agree(engine)
        finally:
            await engine.dispose()

    asyncio.run(check())


def test_rows_copied_in_bypassing_the_writer_are_rolled_up(migrated: str) -> None:
    month = busy_month(requests=200)
    rows = [tuple(item.row().values()) for item in month]

    async def check() -> None:
        loader = await asyncpg.connect(migrated.replace("postgresql://", "postgres://", 1))
        try:
            await loader.copy_records_to_table(
                "request_records", records=rows, columns=list(month[0].row())
            )
        finally:
            await loader.close()
        engine = engine_for(migrated)
        try:
            await assert_reports_agree(engine, ["UTC", "Asia/Kolkata"])
            report = await cost_report(engine, "2026-11", "UTC")
            assert report["totals"]["requests"] == len(month) - 2  # SEED has two in October
        finally:
            await engine.dispose()

    asyncio.run(check())


def test_postgres_from_the_rollup_and_sqlite_from_the_rows_agree(
    migrated: str, tmp_path: Path
) -> None:
    month = busy_month()
    seeded(migrated, month)
    sqlite = f"sqlite:///{tmp_path / 'ledger.db'}"
    seeded(sqlite, month)

    async def build(url: str, zone: str) -> dict[str, Any]:
        engine = engine_for(url)
        try:
            return await cost_report(engine, "2026-11", zone, CAPS)
        finally:
            await engine.dispose()

    for zone in ("UTC", "Asia/Kolkata"):
        assert asyncio.run(build(migrated, zone)) == asyncio.run(build(sqlite, zone))


def test_a_zone_whose_days_miss_the_buckets_is_read_from_the_rows(migrated: str) -> None:
    """Amsterdam kept +00:20 until 1937: its midnights fall inside 15-minute buckets."""
    rows = [
        entry(number, created_at=dt.datetime(1930, 6, day, hour, 10 * number % 60, tzinfo=UTC))
        for number, (day, hour) in enumerate([(1, 0), (1, 23), (15, 12), (30, 23), (30, 23)])
    ]
    seeded(migrated, rows)
    start, end = month_bounds("1930-06", "Europe/Amsterdam")
    in_june = sum(start <= row.created_at < end for row in rows)

    async def check() -> None:
        engine = engine_for(migrated)
        try:
            assert await from_rollup(engine, start, end, "Europe/Amsterdam") is None
            rolled = await cost_report(engine, "1930-06", "Europe/Amsterdam")
            assert rolled == await cost_report(engine, "1930-06", "Europe/Amsterdam", source="raw")
            assert rolled["totals"]["requests"] == in_june > 0
        finally:
            await engine.dispose()

    asyncio.run(check())


def test_the_migration_backfills_and_goes_back_and_forth(migrated: str) -> None:
    async def tables(engine: AsyncEngine) -> set[str]:
        async with engine.connect() as connection:
            return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))

    async def check() -> None:
        engine = engine_for(migrated)
        try:
            await downgrade(engine, "0002")
            assert await tables(engine) == {"alembic_version", "request_records"}
            async with engine.begin() as connection:
                await insert_entries(connection, busy_month(requests=300))
                # Without the rollup, a delete is just a delete.
                await connection.execute(older_than(dt.datetime(2026, 11, 3, 7, tzinfo=UTC)))
            await upgrade(engine)
            assert await current(engine) == "0003"
            assert {"request_rollup", "latency_histogram"} <= await tables(engine)
            await assert_reports_agree(engine, ["UTC", "Europe/Berlin"])
            report = await cost_report(engine, "2026-11", "UTC")
            assert report["totals"]["requests"] == await records_stored(engine)
            await downgrade(engine, "0002")
            async with engine.connect() as connection:
                functions = await connection.scalar(
                    text(
                        "SELECT count(*) FROM pg_proc WHERE proname IN "
                        "('latency_bin', 'request_rollup_apply', 'request_rollup_clear')"
                    )
                )
                triggers = await connection.scalar(
                    text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")
                )
            assert (functions, triggers) == (0, 0)
            assert await tables(engine) == {"alembic_version", "request_records"}
            raw = await cost_report(engine, "2026-11", "UTC", source="raw")
            assert raw["totals"] == report["totals"]
            await upgrade(engine)
            assert await cost_report(engine, "2026-11", "UTC") == report
        finally:
            await engine.dispose()

    asyncio.run(check())


def test_on_sqlite_the_migration_adds_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"

    async def check() -> None:
        engine = engine_for(url)
        try:
            await upgrade(engine)
            assert await current(engine) == "0003"
            async with engine.connect() as connection:
                names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
            assert set(names) == {"alembic_version", "request_records"}
            await downgrade(engine, "0002")
            assert await current(engine) == "0002"
        finally:
            await engine.dispose()

    asyncio.run(check())
