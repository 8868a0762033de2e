"""One ledger record: what a request cost and how long it took. Never the prompt or the answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any


@dataclass(slots=True)  # not frozen: a frozen __init__ costs microseconds on the request path
class LedgerEntry:
    id: str  # unique per record; replays are idempotent by it
    created_at: dt.datetime  # UTC
    request_id: str
    api_key: str | None
    tenant: str | None
    label: str
    confidence: float
    rule: str
    policy_version: int
    requested_model: str
    model: str | None  # the model that answered; None when none did
    provider: str | None  # "local", or LiteLLM's provider ("anthropic", ...)
    attempts: int  # calls made, retries and fallbacks included
    fallbacks: int  # models tried before the one that answered
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal
    baseline_cost_usd: Decimal  # the same tokens on the baseline hosted model
    cache_hit: bool
    status: int
    error_code: str | None
    stream: bool
    latency_ms: float  # from the request's arrival to its last byte
    ttft_ms: float | None  # to the first byte of the answer
    upstream_ms: float | None  # spent in the model calls
    overhead_ms: float  # the router's own work before the first model call
    fingerprint: str | None = None  # a keyed hash of the prompt, when enabled
    saved_usd: Decimal = Decimal(0)  # a cache hit: what the answer cost when it was made

    def to_json(self) -> dict[str, Any]:
        """For the spool file: decimals and times as strings, exactly."""
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        data["cost_usd"] = str(self.cost_usd)
        data["baseline_cost_usd"] = str(self.baseline_cost_usd)
        data["saved_usd"] = str(self.saved_usd)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LedgerEntry:
        values: dict[str, Any] = {field.name: data.get(field.name) for field in fields(cls)}
        values["created_at"] = dt.datetime.fromisoformat(data["created_at"])
        values["cost_usd"] = Decimal(data["cost_usd"])
        values["baseline_cost_usd"] = Decimal(data["baseline_cost_usd"])
        values["saved_usd"] = Decimal(data.get("saved_usd") or 0)
        return cls(**values)

    def row(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in fields(self)}
