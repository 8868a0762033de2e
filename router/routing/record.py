"""One record per routed request: what was decided, why, and what served it. The ledger
stores these; until then they go to the `router.routes` log as JSON lines."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

import orjson

from router.routing.dispatch import Served
from router.routing.planner import Plan

log = logging.getLogger("router.routes")


@dataclass(frozen=True, slots=True)
class RouteRecord:
    request_id: str
    requested_model: str
    label: str
    confidence: float
    signal_kinds: tuple[str, ...]
    rule: str
    policy_version: int
    chain: tuple[str, ...]
    model: str | None  # what served it; None when nothing did
    attempts: tuple[tuple[str, str], ...]  # (model, outcome) in order
    status: int
    stream: bool
    classify_ms: float
    decide_ms: float


def route_record(
    request_id: str, plan: Plan, served: Served, status: int, stream: bool
) -> RouteRecord:
    decision = plan.decision
    return RouteRecord(
        request_id=request_id,
        requested_model=plan.facts.requested_model,
        label=plan.classification.label,
        confidence=round(plan.classification.confidence, 4),
        signal_kinds=plan.facts.signal_kinds,
        rule=plan.rule,
        policy_version=plan.policy.version,
        chain=decision.chain if decision is not None else (),
        model=served.model,
        attempts=tuple(served.attempts),
        status=status,
        stream=stream,
        classify_ms=round(plan.classify_ms, 3),
        decide_ms=round(plan.decide_ms, 3),
    )


def log_route(record: RouteRecord) -> None:
    if log.isEnabledFor(logging.INFO):
        log.info("%s", orjson.dumps(asdict(record)).decode())
