"""Token usage between Anthropic's shape and the OpenAI shape the rest of the router reads.

Anthropic counts input in three parts: `input_tokens` (uncached), `cache_creation_input_tokens`
(written to the prompt cache) and `cache_read_input_tokens` (read from it). The ledger prices
each part at its own rate, so all three travel on.
"""

from __future__ import annotations

from router.backends.base import Json


def from_openai(openai: Json | None) -> Json:
    """An OpenAI-shaped usage (the local model's) in Anthropic's shape; no prompt caching."""
    openai = openai or {}
    return {
        "input_tokens": int(openai.get("prompt_tokens") or 0),
        "output_tokens": int(openai.get("completion_tokens") or 0),
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
    }


def to_openai(anthropic: Json | None) -> Json:
    """Anthropic's usage for the ledger: prompt tokens count all three input parts."""
    anthropic = anthropic or {}
    fresh = _count(anthropic.get("input_tokens"))
    written = _count(anthropic.get("cache_creation_input_tokens"))
    read = _count(anthropic.get("cache_read_input_tokens"))
    output = _count(anthropic.get("output_tokens"))
    return {
        "prompt_tokens": fresh + written + read,
        "completion_tokens": output,
        "total_tokens": fresh + written + read + output,
        "prompt_tokens_details": {"cached_tokens": read},
        "cache_creation_input_tokens": written,
    }


def _count(value: object) -> int:
    return value if isinstance(value, int) and value > 0 else 0
