"""A routing plan as JSON: what `POST /v1/route/explain` and `router route` print."""

from __future__ import annotations

from typing import Any

from router.routing.planner import Plan


def explanation(plan: Plan) -> dict[str, Any]:
    classification, facts, decision = plan.classification, plan.facts, plan.decision
    body: dict[str, Any] = {
        "label": classification.label,
        "confidence": round(classification.confidence, 4),
        "signals": classification.signal_kinds,  # kinds only, never the matched text
        "model_alone": {
            "label": classification.prediction.label,
            "confidence": round(classification.prediction.confidence, 4),
        },
        "rule": plan.rule,
        "target": decision.target if decision is not None else None,
        "fallbacks": list(decision.fallbacks) if decision is not None else [],
        "reasons": list(decision.reasons) if decision is not None else [],
        "refusal": plan.refusal,
        "facts": {
            "requested_model": facts.requested_model,
            "prompt_tokens": facts.prompt_tokens,
            "tools": facts.has_tools,
            "images": facts.has_images,
            "tags": sorted(facts.tags),
            "local_queue": facts.local_queue,
            "local_wait_ms": facts.local_wait_ms,
            "budget": facts.budget,
            "sensitive": facts.sensitive,
        },
        "policy": {"version": plan.policy.version, "source": plan.policy.source},
        "timings_ms": {
            "classify": round(plan.classify_ms, 3),
            "decide": round(plan.decide_ms, 3),
        },
    }
    if decision is not None:
        body["params"] = decision.params
        body["cache"] = decision.cache.model_dump()
        body["escalate"] = decision.escalate.model_dump()
    return body
