"""Ledger throughput and the request path's cost of recording.

    .venv/bin/python bench/ledger.py [--records 100000] [--url postgresql://postgres@127.0.0.1/test]

1. Sustained records per second into Postgres through `LedgerWriter` (batched, idempotent
   inserts, one statement per batch), for a few batch sizes, from a queue holding every record
   at once; beside it, the same rows written by asyncpg's COPY straight into the table (no
   idempotency, no batching logic; the rollup's trigger runs once for the COPY as it does once
   per batch), measured in the same run. A fresh database is created and dropped.
2. The request path's cost: `Recorder.record` (build the record, price it, queue it), beside
   building a plain dict of the same fields.

Goals (issue 6): >= 10,000 records/s into Postgres; <= 20 µs per request to record.
Writes bench/results/ledger.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import time
import uuid
from decimal import Decimal

import asyncpg
from results_file import write_results
from timing import percentiles

from classifiers.classify import Classifier
from router.api.chat_schema import ChatCompletionRequest
from router.ledger.costs import Costs, prices
from router.ledger.database import async_url
from router.ledger.entry import LedgerEntry
from router.ledger.recording import Meter, Recorder
from router.ledger.writer import LedgerWriter
from router.routing.dispatch import Served
from router.routing.live_policy import LivePolicy
from router.routing.planner import Planner
from router.routing.sessions import Sessions
from router.service_settings import LedgerSettings
from router.settings import Settings


def entry(number: int) -> LedgerEntry:
    return LedgerEntry(
        id=uuid.uuid4().hex,
        created_at=dt.datetime.now(dt.UTC),
        request_id=f"req-{number}",
        api_key="team-a",
        tenant=None,
        label="crud",
        confidence=0.93,
        rule="crud-local",
        policy_version=3,
        requested_model="auto",
        model="claude-sonnet",
        provider="anthropic",
        attempts=1,
        fallbacks=0,
        prompt_tokens=1200 + number % 100,
        completion_tokens=240,
        cost_usd=Decimal("0.0072"),
        baseline_cost_usd=Decimal("0.0072"),
        cache_hit=False,
        status=200,
        error_code=None,
        stream=True,
        latency_ms=812.5,
        ttft_ms=120.25,
        upstream_ms=805.0,
        overhead_ms=1.2,
    )


async def admin(url: str, statement: str) -> None:
    connection = await asyncpg.connect(url.replace("postgresql://", "postgres://", 1))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


async def through_writer(url: str, records: int, batch_size: int) -> float:
    settings = LedgerSettings(
        url=url, batch_size=batch_size, queue_size=records + 1, flush_interval_s=0.2
    )
    writer = LedgerWriter(settings)
    await writer.start()
    for item in [entry(0)]:  # migrate and warm the pool first
        writer.record(item)
    await asyncio.sleep(1.0)
    batch = [entry(i) for i in range(records)]
    began = time.perf_counter()
    for item in batch:
        writer.record(item)
    await writer.aclose()
    elapsed = time.perf_counter() - began
    assert writer.written == records + 1, writer.status()
    return records / elapsed


async def direct(url: str, records: int) -> float:
    connection = await asyncpg.connect(url.replace("postgresql://", "postgres://", 1))
    try:
        rows = [tuple(entry(i).row().values()) for i in range(records)]
        columns = list(entry(0).row())
        began = time.perf_counter()
        await connection.copy_records_to_table("request_records", records=rows, columns=columns)
        return records / (time.perf_counter() - began)
    finally:
        await connection.close()


def recording_cost() -> tuple[float, float, float]:
    settings = Settings()
    classifier = Classifier()
    planner = Planner(
        classifier, LivePolicy(settings, None), Sessions(settings.routing.stickiness), lambda: None
    )
    payload = {"model": "auto", "messages": [{"role": "user", "content": "Add an index to orders"}]}
    plan = planner.plan(
        ChatCompletionRequest.model_validate(payload).to_internal(), payload, "auto", {}
    )
    served = Served(
        model="claude-sonnet",
        attempts=[("claude-sonnet", "ok")],
        upstream_s=0.8,
        dispatched_at=time.perf_counter(),
    )
    writer = LedgerWriter(LedgerSettings(url="sqlite:///unused.db", queue_size=10_000_000))
    costs = Costs(prices(settings, {}), "claude-sonnet")
    recorder = Recorder(writer, costs, {"claude-sonnet": "anthropic", "qwen-local": "local"}, None)
    meter = Meter(
        arrived=time.perf_counter(), stream=False, prompt_tokens=1200, completion_tokens=240
    )
    p50, p99 = percentiles(
        lambda: recorder.record("req", plan, served, meter, 200, None), 20_000, passes=3
    )
    fields = entry(0).row()
    base50, _ = percentiles(lambda: dict(fields), 20_000, passes=3)
    return p50, p99, base50


async def main_async(url: str, records: int) -> dict[str, object]:
    name = f"ledger_bench_{uuid.uuid4().hex[:8]}"
    await admin(url, f"CREATE DATABASE {name}")
    target = url.rsplit("/", 1)[0] + f"/{name}"
    results: dict[str, object] = {}
    try:
        for batch_size in (500, 2000):
            rate = await through_writer(target, records, batch_size)
            results[f"writer batch {batch_size}"] = rate
            print(f"through LedgerWriter, batches of {batch_size}: {rate:,.0f} records/s")
        rate = await direct(target, records)
        results["asyncpg copy direct"] = rate
        print(f"asyncpg COPY straight into the table: {rate:,.0f} records/s")
    finally:
        await admin(url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(f"database: {async_url(args.url)}; {args.records:,} records per run")
    results = asyncio.run(main_async(args.url, args.records))
    p50, p99, base = recording_cost()
    print(
        f"request path, Recorder.record: p50 {p50 * 1e6:.1f} µs  p99 {p99 * 1e6:.1f} µs "
        f"(a dict of the same fields: {base * 1e6:.2f} µs)"
    )
    results["record_p50_us"], results["record_p99_us"], results["dict_p50_us"] = (
        p50 * 1e6,
        p99 * 1e6,
        base * 1e6,
    )
    print("goals: >= 10,000 records/s; <= 20 µs per request")
    write_results("ledger", results)


if __name__ == "__main__":
    main()
