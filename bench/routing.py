"""Latency of the whole routing step: classify (full-payload scan + task model), gather the
facts, decide over the policy in force, guard, and look up the conversation's sticky model.

    .venv/bin/python bench/routing.py

The bodies are the classifier bench's (prose and code, no secrets, so every stage runs in
full), routed by the bundled default policy and by a 50-rule policy whose every rule is tried
in full before the default (the worst case, as in bench/decide.py). Prints p50 and p99 of
`Planner.plan`, each the median of five passes, and beside them the time to json-parse the
same body, which the proxy pays anyway. Goal (issue 5): p99 <= 1.5 ms at 4 KB.
Writes bench/results/routing.json.
"""

from __future__ import annotations

import gc
import json

from classifier import SIZES, body
from decide import policy
from results_file import write_results
from timing import percentiles

from classifiers.classify import Classifier
from policies.schema import Range
from router.api.chat_schema import ChatCompletionRequest
from router.routing.live_policy import LivePolicy
from router.routing.planner import Planner
from router.routing.sessions import Sessions
from router.settings import RoutingSettings, Settings

TAGS = ",".join(f"team-{i}" for i in range(50))  # every rule's tag is present
LOAD = {"in_flight": 1, "queue_depth": 2, "estimated_wait_s": 1.5}


def worst_case_settings() -> Settings:
    fifty = policy(50, hosted="claude-sonnet")
    rules = tuple(  # every rule fails on its last condition: prompts are over 10 tokens
        rule.model_copy(
            update={"when": rule.when.model_copy(update={"prompt_tokens": Range(max=10)})}
        )
        for rule in fifty.rules
    )
    return Settings(routing=RoutingSettings(rules=rules, default=fifty.default))


def main() -> None:
    classifier = Classifier()
    policies = {"default": Settings(), "50 rules": worst_case_settings()}
    planners = {
        name: Planner(
            classifier,
            LivePolicy(settings, None),
            Sessions(settings.routing.stickiness),
            lambda: LOAD,
        )
        for name, settings in policies.items()
    }
    gc.freeze()  # as the router does once its classifier is loaded
    results: dict[str, dict[str, object]] = {}
    print(f"{'policy':>9} {'size':>6} {'p50 ms':>8} {'p99 ms':>8} {'parse p50':>10}  rule")
    for policy_name, planner in planners.items():
        for size_name, size in SIZES.items():
            raw = body(size)
            payload = json.loads(raw)
            chat = ChatCompletionRequest.model_validate(payload).to_internal()
            headers = {"x-router-tags": TAGS}

            def plan(chat=chat, payload=payload, planner=planner, headers=headers) -> object:  # type: ignore[no-untyped-def]
                return planner.plan(chat, payload, "auto", headers)

            rounds = max(50, min(1000, (4 << 20) // size))
            rule = planner.plan(chat, payload, "auto", headers).rule
            p50, p99 = percentiles(plan, rounds, passes=5)
            parse_p50, _ = percentiles(lambda raw=raw: json.loads(raw), rounds, passes=5)
            results[f"{policy_name}, {size_name}"] = {
                "p50_ms": 1000 * p50,
                "p99_ms": 1000 * p99,
                "json_parse_p50_ms": 1000 * parse_p50,
                "ratio_to_parse": p50 / parse_p50,
                "rule": rule,
                "rounds": rounds,
            }
            print(
                f"{policy_name:>9} {size_name:>6} {1000 * p50:>8.3f} {1000 * p99:>8.3f} "
                f"{1000 * parse_p50:>10.3f}  {rule}"
            )
    print("goal: p99 <= 1.5 ms at 4 KB")
    write_results("routing", results)


if __name__ == "__main__":
    main()
