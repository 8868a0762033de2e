"""OpenAI chat-completion chunks for backends that produce text themselves, and the whole
`chat.completion` assembled from such a stream."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from router.backends.base import Json


@dataclass(frozen=True, slots=True)
class ChunkWriter:
    id: str
    created: int
    model: str

    def _chunk(self, choices: list[Json], **extra: object) -> Json:
        return {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": choices,
            **extra,
        }

    def role(self) -> Json:
        return self._chunk(
            [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": ""},
                    "finish_reason": None,
                    "logprobs": None,
                }
            ]
        )

    def delta(self, reasoning: str, content: str) -> Json:
        delta: Json = {}
        if reasoning:
            delta["reasoning_content"] = reasoning
        if content:
            delta["content"] = content
        return self._chunk([{"index": 0, "delta": delta, "finish_reason": None, "logprobs": None}])

    def tool_calls(self, calls: list[Json], first_index: int) -> Json:
        numbered = [{"index": first_index + i, **call} for i, call in enumerate(calls)]
        return self._chunk(
            [
                {
                    "index": 0,
                    "delta": {"tool_calls": numbered},
                    "finish_reason": None,
                    "logprobs": None,
                }
            ]
        )

    def parts(self, reasoning: str, content: str, calls: list[Json], first_call: int) -> list[Json]:
        """The chunks for one parsed piece: its text (if any), then its tool calls (if any)."""
        chunks = [self.delta(reasoning, content)] if reasoning or content else []
        return chunks + ([self.tool_calls(calls, first_call)] if calls else [])

    def finish(self, reason: str, outcome: str | None) -> Json:
        extra = {"router_outcome": outcome} if outcome else {}
        return self._chunk(
            [{"index": 0, "delta": {}, "finish_reason": reason, "logprobs": None}], **extra
        )

    def usage(self, prompt_tokens: int, completion_tokens: int) -> Json:
        return self._chunk(
            [],
            usage={
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        )


async def collect_completion(chunks: AsyncIterator[Json]) -> Json:
    """One `chat.completion` from a stream of chunks (which must end with a usage chunk)."""
    content: list[str] = []
    reasoning: list[str] = []
    first: Json | None = None
    finish: str | None = None
    extra: Json = {}
    usage: Json | None = None
    calls: list[Json] = []
    async for chunk in chunks:
        first = first or chunk
        for choice in chunk["choices"]:
            content.append(choice["delta"].get("content") or "")
            reasoning.append(choice["delta"].get("reasoning_content") or "")
            calls += [
                {k: v for k, v in call.items() if k != "index"}
                for call in choice["delta"].get("tool_calls", [])
            ]
            finish = choice["finish_reason"] or finish
        usage = chunk.get("usage") or usage
        if "router_outcome" in chunk:
            extra["router_outcome"] = chunk["router_outcome"]
    assert first is not None
    text = "".join(content)
    message: Json = {"role": "assistant", "content": text if text.strip() or not calls else None}
    if calls:
        message["tool_calls"] = calls
    if any(reasoning):
        message["reasoning_content"] = "".join(reasoning)
    return {
        "id": first["id"],
        "object": "chat.completion",
        "created": first["created"],
        "model": first["model"],
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": usage,
        **extra,
    }
