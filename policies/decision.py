"""A routing decision: where a request goes, what may stand in, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from policies.schema import Cache, Escalate


@dataclass(frozen=True, slots=True)
class Decision:
    rule: str  # the matching rule's name, or "default"
    target: str
    fallbacks: tuple[str, ...]
    params: dict[str, Any]  # generation parameters the rule sets (a fresh dict per decision)
    cache: Cache
    escalate: Escalate
    reasons: tuple[str, ...]  # why, in order, for explanations and the ledger

    @property
    def chain(self) -> tuple[str, ...]:
        return (self.target, *self.fallbacks)
