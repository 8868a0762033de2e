"""Between a streamed answer and a cached one: a whole `chat.completion` assembled from the
chunks a client was sent, and a proper SSE stream of chunks played back from a cached answer."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Iterator

from router.backends.base import Json
from router.backends.local_chunks import ChunkWriter


def assemble(chunks: Iterable[Json]) -> Json | None:
    """The completion a stream amounts to (tool-call pieces merged by index); None when the
    stream has no choices to keep."""
    first: Json | None = None
    content: list[str] = []
    reasoning: list[str] = []
    calls: dict[int, Json] = {}
    finish: str | None = None
    usage: Json | None = None
    for chunk in chunks:
        first = first or chunk
        usage = chunk.get("usage") or usage
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") or {}
            content.append(delta.get("content") or "")
            reasoning.append(delta.get("reasoning_content") or "")
            for piece in delta.get("tool_calls") or ():
                call = calls.setdefault(
                    piece.get("index", len(calls)),
                    {"id": None, "type": "function", "function": {"name": "", "arguments": ""}},
                )
                call["id"] = piece.get("id") or call["id"]
                function = piece.get("function") or {}
                call["function"]["name"] += function.get("name") or ""
                call["function"]["arguments"] += function.get("arguments") or ""
            finish = choice.get("finish_reason") or finish
    if first is None or finish is None:
        return None  # an unfinished stream is not an answer to keep
    text = "".join(content)
    message: Json = {"role": "assistant", "content": text if text or not calls else None}
    if calls:
        message["tool_calls"] = [calls[index] for index in sorted(calls)]
    if any(reasoning):
        message["reasoning_content"] = "".join(reasoning)
    return {
        "id": first.get("id"),
        "object": "chat.completion",
        "created": first.get("created"),
        "model": first.get("model"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": usage,
    }


def fresh(completion: Json) -> Json:
    """A cached completion as a new answer: its own id and time."""
    return {**completion, "id": f"chatcmpl-{uuid.uuid4().hex}", "created": int(time.time())}


def replay(completion: Json, include_usage: bool) -> Iterator[Json]:
    """The chunks a stream of this completion is made of."""
    writer = ChunkWriter(completion["id"], completion["created"], completion["model"])
    choice = completion["choices"][0]
    message = choice["message"]
    yield writer.role()
    if message.get("reasoning_content") or message.get("content"):
        yield writer.delta(message.get("reasoning_content") or "", message.get("content") or "")
    if message.get("tool_calls"):
        yield writer.tool_calls(message["tool_calls"], 0)
    yield writer.finish(choice["finish_reason"], None)
    if include_usage and completion.get("usage"):
        usage = completion["usage"]
        yield writer.usage(usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))
