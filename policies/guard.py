"""The privacy guard: an invariant applied after every decision, not a rule that can be edited.

A request with sensitive content never goes to a model that may not see it (hosted and not
explicitly trusted), whichever rule, fallback, overflow or escalation chose it; an unknown model
is treated as one that may not. When no model of the chain is left, the request is refused
with the reason rather than sent anywhere. Sensitive requests are not cached unless the
configuration explicitly allows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from policies.decision import Decision
from policies.facts import ModelFacts, RequestFacts
from policies.schema import Cache


class NoAllowedModel(Exception):
    """Nothing in the decision's chain may serve this request; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def guard(
    decision: Decision,
    facts: RequestFacts,
    models: Mapping[str, ModelFacts],
    cache_sensitive: bool = False,
) -> Decision:
    """`cache_sensitive`: the configuration allows caching sensitive answers (off by default)."""
    if not facts.sensitive:
        return decision
    allowed = [name for name in decision.chain if name in models and models[name].may_see_sensitive]
    dropped = [name for name in decision.chain if name not in allowed]
    why = ", ".join(facts.signal_kinds) or "the classifier labelled it security_sensitive"
    if not allowed:
        raise NoAllowedModel(
            f"the request carries sensitive content ({why}) and none of "
            f"{list(decision.chain)} is local or trusted for sensitive data"
        )
    reasons = list(decision.reasons)
    if dropped:
        reasons.append(f"privacy guard removed {dropped}: sensitive content ({why})")
    cache = decision.cache
    if cache.enabled and not cache_sensitive:
        reasons.append("privacy guard: sensitive requests are not cached")
        cache = Cache(enabled=False, ttl_s=cache.ttl_s)
    return replace(
        decision,
        target=allowed[0],
        fallbacks=tuple(allowed[1:]),
        cache=cache,
        reasons=tuple(reasons),
    )
