"""Latency of the routing decision: Decider (first match, then the guard) over 50 rules.

    .venv/bin/python bench/decide.py

The request matches no rule but passes every condition of each one except its last, so all 50
rules are tried in full before the default (the worst case); each rule has five conditions.
Beside it, building the RequestFacts, which the router does for every request anyway.
Goal (issue 5): decide() p99 <= 50 µs. Writes bench/results/decide.json.
"""

from __future__ import annotations

from results_file import write_results
from timing import percentiles

from policies.decide import Decider
from policies.facts import ModelFacts, RequestFacts
from policies.schema import Policy, Range, Rule, Then, When

MODELS = {"qwen-local": ModelFacts("qwen-local", "local"), "claude": ModelFacts("claude", "hosted")}


def policy(rules: int, hosted: str = "claude") -> Policy:
    return Policy(
        rules=tuple(
            Rule(
                name=f"rule-{i}",
                when=When(
                    label=("crud", "webgl"),
                    confidence=Range(min=0.5),
                    prompt_tokens=Range(max=8000),
                    tags=(f"team-{i}",),
                    budget=("ok", "warning"),
                ),
                then=Then(target=hosted, fallbacks=("qwen-local",)),
            )
            for i in range(rules)
        ),
        default=Then(target="qwen-local", fallbacks=(hosted,)),
    )


def facts() -> RequestFacts:
    return RequestFacts(
        label="crud",
        confidence=0.9,
        prompt_tokens=9000,  # over every rule's max, which is checked last
        tags=frozenset(f"team-{i}" for i in range(50)),
        signal_kinds=("jwt",),
    )


def main() -> None:
    rules = policy(50)
    request = facts()
    decide = Decider(rules, MODELS)
    assert decide(request).rule == "default"
    p50, p99 = percentiles(lambda: decide(request), rounds=20_000)
    base50, base99 = percentiles(facts, rounds=20_000)
    print(f"decide+guard, 50 rules: p50 {p50 * 1e6:.1f} µs  p99 {p99 * 1e6:.1f} µs")
    print(f"building RequestFacts:  p50 {base50 * 1e6:.1f} µs  p99 {base99 * 1e6:.1f} µs")
    print(f"ratio (p50): {p50 / base50:.1f}x; goal: decide() p99 <= 50 µs")
    write_results(
        "decide",
        {"p50_us": p50 * 1e6, "p99_us": p99 * 1e6, "facts_p50_us": base50 * 1e6, "rules": 50},
    )


if __name__ == "__main__":
    main()
