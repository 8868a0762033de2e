"""The routing step as both dialects' handlers run it: the earlier routing of a repeat, or the
planner; then the decision with the caller's budgets applied, and the cache lookup."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from policies.decision import Decision
from router.backends.base import ChatRequest, Json
from router.budgets.budgets import BudgetView
from router.cache.repeats import Repeat
from router.cache.response_cache import CACHE_HEADER, Slot
from router.clients import Caller
from router.routing.planner import Plan
from router.services import Services


@dataclass(frozen=True, slots=True)
class Route:
    plan: Plan
    key: bytes | None  # the request's key among repeats; None when it cannot be cached
    repeat: Repeat | None


@dataclass(frozen=True, slots=True)
class Lookup:
    decision: Decision
    slot: Slot | None  # None: not cacheable
    cached: Json | None


async def route(
    services: Services,
    dialect: str,
    chat: ChatRequest,
    payload: Json,
    model: str,
    headers: Mapping[str, str],
    caller: Caller,
    budget: BudgetView,
) -> Route:
    """`model`: the name to route as (`auto` for names only a dialect's clients use). A
    request that may not be cached is never digested (a large body would cost milliseconds)."""
    key: bytes | None = None
    if services.cache.may_keep(chat, headers.get(CACHE_HEADER)):
        key = services.repeats.key(dialect, payload, caller.name, headers)
        repeat = await services.repeats.find(
            key, services.policy.active, budget.state, services.cache
        )
        if repeat is not None:
            return Route(repeat.routed.plan, key, repeat)
    plan = services.planner.plan(chat, payload, model, headers, caller, budget.state)
    return Route(plan, key, None)


async def look_up(
    services: Services,
    routed: Route,
    budget: BudgetView,
    chat: ChatRequest,
    headers: Mapping[str, str],
    keyed: Callable[[ChatRequest], ChatRequest] = lambda sent: sent,
) -> Lookup:
    """The decision and, if it may be cached, its slot and cached answer; raises the client's
    routing errors (an unknown model, a privacy refusal, a spend cap). `keyed` turns the
    request as the target gets it into what the cache keys on."""
    if routed.repeat is not None:  # a repeat of a request routed before: its answer, at once
        earlier = routed.repeat.routed
        return Lookup(earlier.decision, earlier.slot, routed.repeat.answer)
    plan = routed.plan
    decision = services.budgets.enforce(
        services.checked_decision(plan), budget, plan.policy.decider.models
    )
    as_sent = services.dispatcher.for_model(chat, decision.params, decision.target)
    slot = services.cache.slot(decision, keyed(as_sent), headers.get(CACHE_HEADER))
    if slot is None:
        return Lookup(decision, None, None)
    if routed.key is not None:
        services.repeats.remember(routed.key, plan, decision, slot)
    return Lookup(decision, slot, await services.cache.get(slot))
