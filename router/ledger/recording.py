"""Turning a served (or failed) request into its ledger record, and handing it to the writer.

Everything here runs on the request path, so it only builds one small object and queues it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

import orjson

from router.ledger.costs import Costs, Tokens
from router.ledger.entry import LedgerEntry
from router.ledger.writer import LedgerWriter
from router.routing.dispatch import Served
from router.routing.planner import Plan

log = logging.getLogger("router.routes")


@dataclass
class Meter:
    """What one request measured: times from `time.perf_counter`, tokens from the usage."""

    arrived: float
    stream: bool
    first_byte: float | None = None
    prompt_tokens: int = 0  # all of the input, prompt-cache reads and writes included
    completion_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0

    def take_usage(self, usage: object) -> None:
        """An OpenAI-shaped usage (`cache_creation_input_tokens` as Anthropic's come)."""
        if isinstance(usage, dict):
            self.prompt_tokens = _count(usage.get("prompt_tokens"))
            self.completion_tokens = _count(usage.get("completion_tokens"))
            details = usage.get("prompt_tokens_details")
            read = details.get("cached_tokens") if isinstance(details, dict) else None
            self.cache_read_tokens = _count(read)
            self.cache_write_tokens = _count(usage.get("cache_creation_input_tokens"))


class Recorder:
    def __init__(
        self,
        writer: LedgerWriter | None,
        costs: Costs,
        providers: Mapping[str, str],
        fingerprint_key: bytes | None,
    ) -> None:
        self._writer = writer
        self._costs = costs
        self._providers = dict(providers)
        self._fingerprint_key = fingerprint_key

    def record(
        self,
        request_id: str,
        plan: Plan,
        served: Served,
        meter: Meter,
        status: int,
        error_code: str | None,
        messages: object = None,
        cache_hit: bool = False,
        requested: str | None = None,
    ) -> LedgerEntry:
        """`cache_hit`: the answer came from the cache, so it cost nothing and saved what the
        model (`served.model`) would have charged for it. `requested`: the model name the
        client asked for, when it was routed as another (`auto`)."""
        finished = time.perf_counter()
        model = served.model
        upstream_s = served.upstream_s
        if meter.stream and meter.first_byte is not None:
            upstream_s += finished - meter.first_byte  # the rest of the stream came from it too
        tokens = Tokens(
            meter.prompt_tokens,
            meter.completion_tokens,
            meter.cache_read_tokens,
            meter.cache_write_tokens,
        )
        dispatched = served.dispatched_at or finished
        cost = self._costs.cost(model, tokens, busy_s=upstream_s)
        entry = LedgerEntry(
            id=os.urandom(16).hex(),
            created_at=dt.datetime.now(dt.UTC),
            request_id=request_id,
            api_key=plan.facts.api_key,
            tenant=plan.facts.tenant,
            label=plan.classification.label,
            confidence=round(plan.classification.confidence, 4),
            rule=plan.rule,
            policy_version=plan.policy.version,
            requested_model=(requested or plan.facts.requested_model)[:256],
            model=model,
            provider=self._providers.get(model) if model is not None else None,
            attempts=sum(1 for _, outcome in served.attempts if outcome != "circuit_open"),
            fallbacks=len({name for name, _ in served.attempts if name != model}),
            prompt_tokens=tokens.prompt,
            completion_tokens=tokens.completion,
            cost_usd=Decimal(0) if cache_hit else cost,
            baseline_cost_usd=self._costs.baseline_cost(tokens),
            cache_hit=cache_hit,
            status=status,
            error_code=error_code,
            stream=meter.stream,
            latency_ms=(finished - meter.arrived) * 1000,
            ttft_ms=(meter.first_byte - meter.arrived) * 1000 if meter.first_byte else None,
            upstream_ms=upstream_s * 1000 if served.dispatched_at is not None else None,
            overhead_ms=(dispatched - meter.arrived) * 1000,
            fingerprint=self._fingerprint(messages),
            saved_usd=cost if cache_hit else Decimal(0),
        )
        if self._writer is not None:
            self._writer.record(entry)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s", entry.to_json())
        return entry

    def _fingerprint(self, messages: object) -> str | None:
        """A keyed hash of the messages, when enabled: equal prompts can be counted, and no
        prompt can be recovered or looked up in a list of guesses without the key."""
        if self._fingerprint_key is None or messages is None:
            return None
        canonical = orjson.dumps(messages, option=orjson.OPT_SORT_KEYS)
        return hmac.new(self._fingerprint_key, canonical, hashlib.sha256).hexdigest()[:32]


def _count(value: object) -> int:
    return value if isinstance(value, int) and value >= 0 else 0
