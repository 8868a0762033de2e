"""Throughput and latency of the payload scanner (issue 4's goal: >= 100 MB/s).

    .venv/bin/python bench/scanner.py

Scans realistic chat payloads (prose and code, a few secrets) of 200 B, 4 KB, 64 KB and 1 MB;
prints p50/p99 per size and MB/s at 1 MB, and writes bench/results/scanner.json.
"""

from __future__ import annotations

from results_file import write_results
from timing import percentiles

from classifiers.scanner import Scanner

TEXT = (
    "Our checkout service calls the payment gateway, retries twice and logs the order id. "
    "def total(items):\n    return sum(i.price * i.qty for i in items)  # see ticket 4412\n"
    "SELECT id, email FROM customers WHERE created_at > now() - interval '7 days';\n"
)
SIZES = {"200 B": 200, "4 KB": 4 << 10, "64 KB": 64 << 10, "1 MB": 1 << 20}


def payload(size: int) -> dict[str, object]:
    body = (TEXT * (size // len(TEXT) + 1))[:size]
    return {
        "messages": [
            {"role": "system", "content": "You are a helpful engineer."},
            {"role": "user", "content": body},
        ]
    }


def main() -> None:
    scanner = Scanner()
    results = {}
    print(f"{'size':>6} {'p50 ms':>9} {'p99 ms':>9} {'MB/s':>8}")
    for name, size in SIZES.items():
        data = payload(size)
        rounds = max(20, min(2000, (4 << 20) // size))
        p50, p99 = percentiles(lambda data=data: scanner.scan_payload(data), rounds)
        rate = size / p50 / 1e6
        results[name] = {"p50_ms": 1000 * p50, "p99_ms": 1000 * p99, "mb_per_s": rate}
        print(f"{name:>6} {1000 * p50:>9.3f} {1000 * p99:>9.3f} {rate:>8.1f}")
    print("goal: >= 100 MB/s")
    write_results("scanner", results)


if __name__ == "__main__":
    main()
