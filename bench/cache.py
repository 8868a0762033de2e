"""End-to-end latency of a response-cache hit through the proxy, against a miss that goes to
the (instant) fake upstream, in the same run.

    .venv/bin/python bench/cache.py [--requests 2000] [--redis redis://127.0.0.1:6379/0]

Starts the fake Anthropic server and `router serve` (cache backend: Redis on loopback, and
then the in-process store) and sends deterministic requests one at a time: the same body over
and over (hits after the first), and bodies that differ each time (misses, which go upstream
and are then stored); beside them `GET /healthz`, the floor of the HTTP stack and the client.
Goal (issue 7): a hit's p50 <= 1 ms. Writes bench/results/cache.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from proxy_overhead import FAKE_SERVER, ROOT, wait_until_up
from results_file import write_results

sys.path.insert(0, str(ROOT / "tests"))
from fake_anthropic import API_KEY, free_port


def _timed(action: object) -> float:
    began = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - began


def timings(client: httpx.Client, url: str, bodies: list[dict[str, object]]) -> list[float]:
    took = []
    for body in bodies:
        began = time.perf_counter()
        response = client.post(url, json=body)
        took.append(time.perf_counter() - began)
        assert response.status_code == 200, response.text
    return sorted(took)


def run(cache: str, upstream_url: str, requests: int) -> dict[str, float]:
    workdir = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    config = workdir / "config.yaml"
    config.write_text(
        "server:\n  log_level: warning\ndefault_model: claude-sonnet\nmodels:\n"
        "  - name: claude-sonnet\n    litellm_model: anthropic/claude-sonnet-4-5\n"
        f"    api_base: {upstream_url}\n    api_key: ${{BENCH_KEY}}\n"
        f"routing: {{watch: false, default: {{target: claude-sonnet}}}}\n{cache}\n"
    )
    port = free_port()
    router = subprocess.Popen(
        [str(ROOT / ".venv/bin/router"), "serve", "--config", str(config), "--port", str(port)],
        env={**os.environ, "BENCH_KEY": API_KEY},
        cwd=workdir,
    )
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    run_id = os.urandom(4).hex()

    def body(text: str) -> dict[str, object]:
        message = {"role": "user", "content": f"write a haiku about {text}"}
        return {"model": "auto", "temperature": 0, "max_tokens": 32, "messages": [message]}

    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", router)
        with httpx.Client(timeout=30) as client:
            hit_body = body(f"the sea {run_id}")
            client.post(url, json=hit_body)  # stored
            time.sleep(0.2)
            assert client.post(url, json=hit_body).headers["x-router-cache"] == "hit"
            health = sorted(
                _timed(lambda: client.get(f"http://127.0.0.1:{port}/healthz"))
                for _ in range(requests)
            )
            hits = timings(client, url, [hit_body] * requests)
            misses = timings(client, url, [body(f"{run_id} {i}") for i in range(requests)])
    finally:
        router.terminate()
        router.wait(timeout=15)
    return {
        "healthz_p50_ms": 1000 * statistics.median(health),
        "hit_p50_ms": 1000 * statistics.median(hits),
        "hit_p99_ms": 1000 * hits[int(0.99 * (len(hits) - 1))],
        "miss_p50_ms": 1000 * statistics.median(misses),
        "miss_p99_ms": 1000 * misses[int(0.99 * (len(misses) - 1))],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    upstream_port = free_port()
    upstream_url = f"http://127.0.0.1:{upstream_port}"
    upstream = subprocess.Popen(
        [sys.executable, "-c", FAKE_SERVER, str(ROOT / "tests"), str(upstream_port)]
    )
    results = {}
    try:
        wait_until_up(upstream_url + "/", upstream)
        for name, cache in (
            ("redis", f'cache: {{backend: redis, redis_url: "{args.redis}"}}'),
            ("memory", "cache: {backend: memory}"),
        ):
            results[name] = row = run(cache, upstream_url, args.requests)
            print(
                f"{name:>6}: hit p50 {row['hit_p50_ms']:.2f} ms p99 {row['hit_p99_ms']:.2f} ms;"
                f" miss p50 {row['miss_p50_ms']:.2f} ms p99 {row['miss_p99_ms']:.2f} ms;"
                f" a hit takes {row['hit_p50_ms'] / row['miss_p50_ms']:.0%} of a miss;"
                f" GET /healthz p50 {row['healthz_p50_ms']:.2f} ms (the HTTP floor)"
            )
    finally:
        upstream.terminate()
        upstream.wait(timeout=15)
    print("goal: a hit's p50 <= 1 ms with Redis on loopback")
    write_results("cache", results)


if __name__ == "__main__":
    main()
