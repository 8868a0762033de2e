"""What a decision is made from: facts about the request and about the models."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class RequestFacts:
    label: str
    confidence: float
    signal_kinds: tuple[str, ...] = ()  # scanner signals, kinds only
    prompt_tokens: int = 0
    has_tools: bool = False
    has_images: bool = False
    requested_model: str = "auto"
    api_key: str | None = None  # the key's name
    tenant: str | None = None
    tags: frozenset[str] = field(default_factory=frozenset)
    local_queue: int | None = None
    local_wait_ms: float | None = None
    budget: str = "ok"

    @property
    def sensitive(self) -> bool:
        return bool(self.signal_kinds) or self.label == "security_sensitive"


@dataclass(frozen=True, slots=True)
class ModelFacts:
    name: str
    location: Literal["local", "hosted"]
    trusted_for_sensitive: bool = False  # only ever true by explicit configuration

    @property
    def may_see_sensitive(self) -> bool:
        return self.location == "local" or self.trusted_for_sensitive is True
