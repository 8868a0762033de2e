"""The facts a routing decision reads, gathered from the request, its classification and the
local model's load."""

from __future__ import annotations

from collections.abc import Mapping

import orjson

from classifiers.classify import Classification
from policies.facts import RequestFacts
from router.backends.base import ChatRequest, Json
from router.clients import ANONYMOUS, Caller

TAGS_HEADER = "x-router-tags"
_MAX_TAGS = 32
_MAX_TAG_CHARS = 64
_CHARS_PER_TOKEN = 4  # a rough estimate; good enough for size bands in rules
_IMAGE_PARTS = frozenset({"image_url", "image"})


def request_facts(
    chat: ChatRequest,
    turns: list[tuple[str, str]],
    classification: Classification,
    requested_model: str,
    tags_header: str | None,
    local_load: Json | None,
    caller: Caller = ANONYMOUS,
    budget: str = "ok",
) -> RequestFacts:
    tools = chat.params.get("tools")
    chars = sum(len(text) for _, text in turns) + (len(orjson.dumps(tools)) if tools else 0)
    return RequestFacts(
        label=classification.label,
        confidence=classification.confidence,
        signal_kinds=tuple(classification.signal_kinds),
        prompt_tokens=chars // _CHARS_PER_TOKEN,
        has_tools=bool(tools),
        has_images=any(_has_image(message) for message in chat.messages),
        requested_model=requested_model,
        api_key=caller.name,
        tenant=caller.tenant,
        tags=parse_tags(tags_header),
        local_queue=_number(local_load, "queue_depth"),
        local_wait_ms=_wait_ms(local_load),
        budget=budget,
    )


def parse_tags(header: str | None) -> frozenset[str]:
    """`x-router-tags: beta, team-a` -> {"beta", "team-a"}; at most 32 tags of 64 characters."""
    if not header:
        return frozenset()
    tags = (tag.strip() for tag in header.split(","))
    return frozenset([tag[:_MAX_TAG_CHARS] for tag in tags if tag][:_MAX_TAGS])


def _has_image(message: Json) -> bool:
    content = message.get("content")
    return isinstance(content, list) and any(
        isinstance(part, dict) and part.get("type") in _IMAGE_PARTS for part in content
    )


def _number(load: Mapping[str, object] | None, key: str) -> int | None:
    value = load.get(key) if load is not None else None
    return value if isinstance(value, int) else None


def _wait_ms(load: Mapping[str, object] | None) -> float | None:
    value = load.get("estimated_wait_s") if load is not None else None
    return float(value) * 1000 if isinstance(value, int | float) else None
