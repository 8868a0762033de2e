"""Latency of classifying one request: full-payload scan plus the task model.

    .venv/bin/python bench/classifier.py

For chat payloads of 200 B, 4 KB, 64 KB and 1 MB (prose and code, no secrets, so both stages
run in full) prints p50 and p99 of `chat_turns` + `Classifier.classify`, and beside them the
time to json-parse the same body, which the proxy pays anyway (the ratio is steadier than
the absolute number on a noisy machine). Each figure is the median of five passes. Goal:
p99 <= 1 ms at 4 KB. Writes
bench/results/classifier.json.
"""

from __future__ import annotations

import gc
import json

from results_file import write_results
from timing import percentiles

from classifiers.classify import Classifier, chat_turns

TEXT = (
    "Our checkout service calls the payment gateway, retries twice and logs the order id. "
    "def total(items):\n    return sum(i.price * i.qty for i in items)  # see ticket 4412\n"
    "SELECT id, email FROM customers WHERE created_at > now() - interval '7 days';\n"
    "Die Bestellung wird nach der Zahlung bestätigt. 注文は支払い後に確定します。\n"
)
QUESTION = "Can you add pagination to this endpoint and write a test for it?\n\n"
SIZES = {"200 B": 200, "4 KB": 4 << 10, "64 KB": 64 << 10, "1 MB": 1 << 20}


def body(size: int) -> bytes:
    pasted = (TEXT * (size // len(TEXT) + 1))[: max(0, size - len(QUESTION))]
    payload = {
        "model": "auto",
        "messages": [
            {"role": "system", "content": "You are an expert software engineer."},
            {"role": "user", "content": "Here is our orders module."},
            {"role": "assistant", "content": "Thanks, go ahead."},
            {"role": "user", "content": QUESTION + pasted},
        ],
    }
    return json.dumps(payload, ensure_ascii=False).encode()


def main() -> None:
    classifier = Classifier()
    gc.freeze()  # the model is loaded once and never changes: keep it out of GC passes
    results = {}
    print(f"{'size':>6} {'p50 ms':>9} {'p99 ms':>9} {'parse p50':>10} {'x parse':>8}  label")
    for name, size in SIZES.items():
        raw = body(size)
        payload = json.loads(raw)

        def classify(payload: dict[str, object] = payload) -> object:
            return classifier.classify(chat_turns(payload["messages"]), payload)

        rounds = max(50, min(1000, (4 << 20) // size))
        classify()  # warm
        p50, p99 = percentiles(classify, rounds, passes=5)
        parse_p50, _ = percentiles(lambda raw=raw: json.loads(raw), rounds, passes=5)
        label = classifier.classify(chat_turns(payload["messages"]), payload).label
        results[name] = {
            "p50_ms": 1000 * p50,
            "p99_ms": 1000 * p99,
            "json_parse_p50_ms": 1000 * parse_p50,
            "ratio_to_parse": p50 / parse_p50,
            "rounds": rounds,
        }
        print(
            f"{name:>6} {1000 * p50:>9.3f} {1000 * p99:>9.3f} {1000 * parse_p50:>10.3f} "
            f"{p50 / parse_p50:>8.1f}  {label}"
        )
    print("goal: p99 <= 1 ms at 4 KB")
    write_results("classifier", results)


if __name__ == "__main__":
    main()
