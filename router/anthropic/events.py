"""Anthropic's stream events: written as server-sent events, assembled back into the message
they describe (for the cache and the ledger), and replayed from a whole message (a cache hit).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator

import orjson

from router.backends.base import Json


def encode(event: Json) -> bytes:
    """One server-sent event as Anthropic writes it: `event:` names the type."""
    return (
        b"event: " + str(event.get("type")).encode() + b"\ndata: " + orjson.dumps(event) + b"\n\n"
    )


class Assembler:
    """Follows a stream's events and builds the message they describe."""

    def __init__(self) -> None:
        self.message: Json | None = None
        self.complete = False
        self._partial_json: dict[int, str] = {}

    def feed(self, event: Json) -> None:
        kind = event.get("type")
        if kind == "message_start":
            self.message = copy.deepcopy(event.get("message") or {})
            self.message["content"] = []
            return
        message = self.message
        if message is None:
            return
        if kind == "content_block_start":
            index = int(event.get("index", len(message["content"])))
            while len(message["content"]) <= index:
                message["content"].append({})
            message["content"][index] = copy.deepcopy(event.get("content_block") or {})
        elif kind == "content_block_delta":
            self._delta(
                message["content"][int(event["index"])], int(event["index"]), event["delta"]
            )
        elif kind == "content_block_stop":
            index = int(event["index"])
            if index in self._partial_json:
                raw = self._partial_json.pop(index)
                message["content"][index]["input"] = orjson.loads(raw) if raw.strip() else {}
        elif kind == "message_delta":
            delta = event.get("delta") or {}
            message.update({key: value for key, value in delta.items()})
            usage = message.setdefault("usage", {})
            usage.update({k: v for k, v in (event.get("usage") or {}).items() if v is not None})
        elif kind == "message_stop":
            self.complete = True

    def _delta(self, block: Json, index: int, delta: Json) -> None:
        kind = delta.get("type")
        if kind == "text_delta":
            block["text"] = block.get("text", "") + delta.get("text", "")
        elif kind == "thinking_delta":
            block["thinking"] = block.get("thinking", "") + delta.get("thinking", "")
        elif kind == "signature_delta":
            block["signature"] = delta.get("signature", "")
        elif kind == "input_json_delta":
            self._partial_json[index] = self._partial_json.get(index, "") + delta.get(
                "partial_json", ""
            )
        elif kind == "citations_delta":
            block.setdefault("citations", []).append(delta.get("citation"))


def assemble(events: Iterable[Json]) -> Json | None:
    """The whole message, or None when the stream did not reach `message_stop`."""
    assembler = Assembler()
    for event in events:
        assembler.feed(event)
    return assembler.message if assembler.complete else None


def replay(message: Json) -> Iterator[Json]:
    """The events of a stream that would have produced `message`."""
    usage = dict(message.get("usage") or {})
    start = {**message, "content": [], "stop_reason": None, "stop_sequence": None}
    start["usage"] = {**usage, "output_tokens": min(1, int(usage.get("output_tokens") or 0))}
    yield {"type": "message_start", "message": start}
    yield {"type": "ping"}
    for index, block in enumerate(message.get("content") or ()):
        yield from _block_events(index, block)
    yield {
        "type": "message_delta",
        "delta": {
            "stop_reason": message.get("stop_reason"),
            "stop_sequence": message.get("stop_sequence"),
        },
        "usage": usage,
    }
    yield {"type": "message_stop"}


def _block_events(index: int, block: Json) -> Iterator[Json]:
    kind = block.get("type")
    deltas: list[Json] = []
    if kind == "text":
        start = {**block, "text": ""}
        deltas.append({"type": "text_delta", "text": block.get("text", "")})
    elif kind == "thinking":
        start = {**block, "thinking": "", "signature": ""}
        deltas.append({"type": "thinking_delta", "thinking": block.get("thinking", "")})
        deltas.append({"type": "signature_delta", "signature": block.get("signature", "")})
    elif kind in ("tool_use", "server_tool_use"):
        start = {**block, "input": {}}
        deltas.append(
            {"type": "input_json_delta", "partial_json": orjson.dumps(block.get("input")).decode()}
        )
    else:
        start = block  # other kinds arrive whole in their start event
    yield {"type": "content_block_start", "index": index, "content_block": start}
    for delta in deltas:
        yield {"type": "content_block_delta", "index": index, "delta": delta}
    yield {"type": "content_block_stop", "index": index}
