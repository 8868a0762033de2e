"""Throughput and latency of the router in front of an instant upstream, against that upstream
called directly in the same run (ratios, because shared machines are noisy).

    .venv/bin/python bench/proxy_overhead.py [--seconds 10] [--concurrency 1 32]

Starts the fake Anthropic server and `router serve` as separate processes, drives each with
an async httpx load generator for a fixed time, prints a table and writes
bench/results/proxy_overhead.json. Two router paths: the OpenAI dialect (through LiteLLM) and
the Anthropic dialect (`/v1/messages`, forwarded to Claude natively).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from fake_anthropic import API_KEY, free_port  # noqa: E402
from results_file import write_results  # noqa: E402

UPSTREAM_BODY = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 32,
    "messages": [{"role": "user", "content": "hello there"}],
}
ROUTER_BODY = {
    "model": "auto",
    "max_tokens": 32,
    "messages": [{"role": "user", "content": "hello there"}],
}
FAKE_SERVER = (
    "import sys, uvicorn; sys.path.insert(0, sys.argv[1]); from fake_anthropic import "
    "FakeAnthropic; uvicorn.run(FakeAnthropic().app(), host='127.0.0.1', port=int(sys.argv[2]),"
    " log_level='warning', access_log=False)"
)


def wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


async def drive(
    url: str, body: dict[str, Any], headers: dict[str, str], concurrency: int, seconds: float
) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        for _ in range(min(concurrency, 4)):  # warm connections and code paths
            await client.post(url, json=body, headers=headers)
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                start = time.perf_counter()
                response = await client.post(url, json=body, headers=headers)
                if response.status_code != 200:
                    errors += 1
                latencies.append(time.perf_counter() - start)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 32])
    args = parser.parse_args()

    upstream_port, router_port = free_port(), free_port()
    upstream_url = f"http://127.0.0.1:{upstream_port}"
    router_url = f"http://127.0.0.1:{router_port}"
    workdir = Path(tempfile.mkdtemp(prefix="bench-router-"))
    config = workdir / "config.yaml"
    config.write_text(
        "server:\n  log_level: warning\ndefault_model: claude-sonnet\nmodels:\n"
        "  - name: claude-sonnet\n    litellm_model: anthropic/claude-sonnet-4-5\n"
        f"    api_base: {upstream_url}\n    api_key: ${{BENCH_KEY}}\n"
    )
    env = {**os.environ, "BENCH_KEY": API_KEY}
    upstream = subprocess.Popen(
        [sys.executable, "-c", FAKE_SERVER, str(ROOT / "tests"), str(upstream_port)]
    )
    router = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/router"),
            "serve",
            "--config",
            str(config),
            "--port",
            str(router_port),
        ],
        env=env,
        cwd=workdir,
    )
    try:
        wait_until_up(upstream_url + "/", upstream)
        wait_until_up(router_url + "/healthz", router)
        rows = []
        upstream_headers = {"x-api-key": API_KEY, "anthropic-version": "2023-06-01"}
        for concurrency in args.concurrency:
            direct = asyncio.run(
                drive(
                    upstream_url + "/v1/messages",
                    UPSTREAM_BODY,
                    upstream_headers,
                    concurrency,
                    args.seconds,
                )
            )
            proxied = asyncio.run(
                drive(
                    router_url + "/v1/chat/completions", ROUTER_BODY, {}, concurrency, args.seconds
                )
            )
            messages = asyncio.run(
                drive(
                    router_url + "/v1/messages",
                    UPSTREAM_BODY,
                    {"anthropic-version": "2023-06-01"},
                    concurrency,
                    args.seconds,
                )
            )
            rows.append(
                {
                    "concurrency": concurrency,
                    "upstream": direct,
                    "router": proxied,
                    "router_messages": messages,
                    "router_added_p50_ms": proxied["p50_ms"] - direct["p50_ms"],
                    "router_rps_share": proxied["rps"] / direct["rps"],
                    "messages_added_p50_ms": messages["p50_ms"] - direct["p50_ms"],
                    "messages_rps_share": messages["rps"] / direct["rps"],
                }
            )
    finally:
        for process in (router, upstream):
            process.terminate()
            process.wait(timeout=15)

    print(f"{'conc':>4} {'path':<15} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for row in rows:
        for path in ("upstream", "router", "router_messages"):
            r = row[path]
            print(
                f"{row['concurrency']:>4} {path:<15} {r['rps']:>8.1f} {r['p50_ms']:>8.2f} "
                f"{r['p99_ms']:>8.2f} {r['errors']:>6}"
            )
        for path, name in (("router", "chat completions"), ("messages", "messages")):
            print(
                f"     {name} adds {row[path + '_added_p50_ms']:.2f} ms at p50; "
                f"{100 * row[path + '_rps_share']:.1f}% of upstream req/s"
            )
    write_results("proxy_overhead", {"seconds": args.seconds, "cpus": os.cpu_count(), "rows": rows})


if __name__ == "__main__":
    main()
