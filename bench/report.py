"""Time to build a month's cost report from a Postgres ledger of many rows.

    .venv/bin/python bench/report.py [--rows 1000000] [--url postgresql://postgres@127.0.0.1/test]

Creates a fresh database, migrates it, loads `--rows` records spread over one month with COPY
(a mix of models, labels, rules, keys and latencies; in time order, as the writer inserts
them), so that the rollup's trigger fills the rollup as it would for the writer's inserts;
then VACUUM ANALYZE, as autovacuum would have done to a month's rows. Runs `cost_report` three
times from the rollup for the month in UTC and three times in Asia/Kolkata (whose month ends
mid-day in UTC, so the latencies of those partial days come from the rows), and three times
from the rows (source="raw", the aggregation the rollup replaces); beside them, a plain
`SELECT count(*)` over the month in the same run. Checks that the rollup's report is the raw
one. Goal (issue 8): <= 1 s for 1,000,000 rows. Writes bench/results/report.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import time
import uuid
from decimal import Decimal
from operator import itemgetter

import asyncpg
from results_file import write_results

from router.ledger.database import engine_for
from router.ledger.migrate import upgrade
from router.reports.cost_report import cost_report
from router.reports.numbers import Source

MODELS = [("claude-sonnet", "anthropic"), ("qwen-local", "local"), ("claude-haiku", "anthropic")]
LABELS = ["crud", "architecture", "webgl", "security_sensitive", "general"]


def rows(count: int) -> list[tuple[object, ...]]:
    rng = random.Random(7)
    start = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    made = []
    for i in range(count):
        model, provider = MODELS[i % 3]
        prompt, completion = rng.randint(50, 4000), rng.randint(10, 800)
        cost = Decimal(prompt * 3 + completion * 15) / 10**6 if provider != "local" else Decimal(0)
        made.append(
            (
                uuid.uuid4().hex,
                start + dt.timedelta(seconds=rng.randrange(30 * 86_400)),
                f"req-{i}",
                f"key-{i % 20}",
                f"tenant-{i % 5}",
                LABELS[i % 5],
                0.9,
                f"rule-{i % 8}",
                1,
                "auto",
                model,
                provider,
                1,
                0,
                prompt,
                completion,
                cost,
                Decimal(prompt * 3 + completion * 15) / 10**6,
                Decimal(0),
                False,
                200,
                None,
                i % 2 == 0,
                rng.uniform(50, 5000),
                rng.uniform(20, 500),
                rng.uniform(40, 4900),
                rng.uniform(0.5, 3),
                None,
            )
        )
    made.sort(key=itemgetter(1))
    return made


COLUMNS = [
    "id", "created_at", "request_id", "api_key", "tenant", "label", "confidence", "rule",
    "policy_version", "requested_model", "model", "provider", "attempts", "fallbacks",
    "prompt_tokens", "completion_tokens", "cost_usd", "baseline_cost_usd", "saved_usd",
    "cache_hit", "status", "error_code", "stream", "latency_ms", "ttft_ms", "upstream_ms",
    "overhead_ms", "fingerprint",
]  # fmt: skip


RUNS: list[tuple[str, str, Source]] = [
    ("rollup UTC", "UTC", "rollup"),
    ("rollup Asia/Kolkata", "Asia/Kolkata", "rollup"),
    ("raw UTC", "UTC", "raw"),
]


async def run(url: str, count: int) -> dict[str, object]:
    admin = await asyncpg.connect(url.replace("postgresql://", "postgres://", 1))
    name = f"report_bench_{uuid.uuid4().hex[:8]}"
    await admin.execute(f"CREATE DATABASE {name}")
    target = url.rsplit("/", 1)[0] + f"/{name}"
    try:
        engine = engine_for(target)
        await upgrade(engine)
        loader = await asyncpg.connect(target.replace("postgresql://", "postgres://", 1))
        records = rows(count)
        began = time.perf_counter()
        await loader.copy_records_to_table("request_records", records=records, columns=COLUMNS)
        loaded = time.perf_counter() - began
        await loader.execute("VACUUM ANALYZE")
        print(f"loaded {count:,} rows by COPY in {loaded:.1f} s (the rollup's trigger included)")
        began = time.perf_counter()
        await loader.fetchval(
            "SELECT count(*) FROM request_records WHERE created_at >= '2026-11-01'"
            " AND created_at < '2026-12-01'"
        )
        baseline = time.perf_counter() - began
        await loader.close()
        times: dict[str, list[float]] = {}
        reports = {}
        for label, zone, source in RUNS:
            times[label] = []
            for _ in range(3):
                began = time.perf_counter()
                reports[label] = await cost_report(engine, "2026-11", zone, source=source)
                times[label].append(time.perf_counter() - began)
            print(f"{label}: {', '.join(f'{t:.2f}' for t in times[label])} s")
        assert reports["rollup UTC"]["totals"]["requests"] == count
        assert reports["rollup UTC"] == reports["raw UTC"], "the rollup disagrees with the rows"
        await engine.dispose()
    finally:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        await admin.close()
    print(f"count(*) over the month: {baseline:.2f} s")
    return {"rows": count, "load_s": loaded, "report_s": times, "count_s": baseline}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    results = asyncio.run(run(args.url, args.rows))
    print("goal: <= 1 s for 1,000,000 rows")
    write_results("report", results)


if __name__ == "__main__":
    main()
