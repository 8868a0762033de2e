"""Answers of models that do not speak Anthropic's API (the local one), as Anthropic messages:
a whole `chat.completion` as one message, and a stream of chunks as Anthropic's events.

    reasoning_content   -> a thinking block (signed as the router's own, see LOCAL_SIGNATURE)
    content             -> a text block
    tool_calls          -> tool_use blocks; `call_…` ids become `toolu_…`, the same both ways
    finish_reason       -> stop_reason: stop -> end_turn, length -> max_tokens,
                           tool_calls -> tool_use, content_filter -> refusal (llama.cpp
                           does not say which stop sequence ended an answer, nor whether
                           one did: such a stop reads as end_turn)
    usage               -> Anthropic's usage (see router.anthropic.usage)
"""

from __future__ import annotations

import secrets
from typing import Any

import orjson

from router.anthropic.usage import from_openai
from router.backends.base import Json

# Thinking blocks need a signature. Claude refuses any it did not sign, so blocks the local
# model wrote carry this prefix, and the router leaves them out of what it sends to Claude.
LOCAL_SIGNATURE = "router-local:"
_STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}


def local_signature() -> str:
    return LOCAL_SIGNATURE + secrets.token_hex(8)


def message_id() -> str:
    return "msg_" + secrets.token_hex(12)


def tool_use_id(call_id: str | None) -> str:
    """`call_abc` -> `toolu_abc`; ids already in Anthropic's form stay as they are."""
    if not call_id:
        return "toolu_" + secrets.token_hex(12)
    if call_id.startswith("toolu_"):
        return call_id
    return "toolu_" + call_id.removeprefix("call_")


def stop_reason(finish: str | None) -> str:
    return _STOP_REASONS.get(finish or "stop", "end_turn")


def to_message(completion: Json, model: str) -> Json:
    choice = completion["choices"][0]
    answer = choice["message"]
    content: list[Json] = []
    if answer.get("reasoning_content"):
        content.append(_thinking(answer["reasoning_content"]))
    if answer.get("content"):
        content.append({"type": "text", "text": answer["content"]})
    for call in answer.get("tool_calls") or ():
        function = call.get("function") or {}
        content.append(
            {
                "type": "tool_use",
                "id": tool_use_id(call.get("id")),
                "name": function.get("name", ""),
                "input": _arguments(function.get("arguments")),
            }
        )
    return {
        "id": message_id(),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason(choice.get("finish_reason")),
        "stop_sequence": None,
        "usage": from_openai(completion.get("usage")),
    }


def _thinking(text: str) -> Json:
    return {
        "type": "thinking",
        "thinking": text,
        "signature": local_signature(),
    }


def _arguments(raw: Any) -> Json:
    if isinstance(raw, dict):
        return raw
    try:
        value = orjson.loads(raw or "{}")
    except orjson.JSONDecodeError:
        return {"_raw": raw}  # what the model wrote, kept, though it is not JSON
    return value if isinstance(value, dict) else {"value": value}


class EventStream:
    """Turns chat-completion chunks into Anthropic stream events, in Anthropic's order:
    message_start, ping, then per block content_block_start / _delta... / _stop, then
    message_delta (stop reason and usage) and message_stop."""

    def __init__(self, model: str) -> None:
        self._model = model
        self._id = message_id()
        self._index = -1
        self._open: str | None = None  # "thinking", "text" or "tool_use"
        self._finish: str | None = None
        self._usage: Json | None = None

    def start(self) -> list[Json]:
        message: Json = {
            "id": self._id,
            "type": "message",
            "role": "assistant",
            "model": self._model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": from_openai(None),
        }
        return [{"type": "message_start", "message": message}, {"type": "ping"}]

    def feed(self, chunk: Json) -> list[Json]:
        events: list[Json] = []
        if chunk.get("usage"):
            self._usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") or {}
            if delta.get("reasoning_content"):
                events += self._enter(
                    "thinking", {"type": "thinking", "thinking": "", "signature": ""}
                )
                events.append(
                    self._delta({"type": "thinking_delta", "thinking": delta["reasoning_content"]})
                )
            if delta.get("content"):
                events += self._enter("text", {"type": "text", "text": ""})
                events.append(self._delta({"type": "text_delta", "text": delta["content"]}))
            for call in delta.get("tool_calls") or ():
                function = call.get("function") or {}
                if call.get("id") or self._open != "tool_use":
                    block = {
                        "type": "tool_use",
                        "id": tool_use_id(call.get("id")),
                        "name": function.get("name", ""),
                        "input": {},
                    }
                    events += self._enter("tool_use", block, new=True)
                if function.get("arguments"):
                    piece = {"type": "input_json_delta", "partial_json": function["arguments"]}
                    events.append(self._delta(piece))
            if choice.get("finish_reason"):
                self._finish = choice["finish_reason"]
        return events

    def finish(self) -> list[Json]:
        return [
            *self._close(),
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason(self._finish), "stop_sequence": None},
                "usage": from_openai(self._usage),
            },
            {"type": "message_stop"},
        ]

    @property
    def usage(self) -> Json | None:
        return self._usage

    def _enter(self, kind: str, block: Json, *, new: bool = False) -> list[Json]:
        if self._open == kind and not new:
            return []
        events = self._close()
        self._index += 1
        self._open = kind
        events.append({"type": "content_block_start", "index": self._index, "content_block": block})
        return events

    def _close(self) -> list[Json]:
        if self._open is None:
            return []
        events = []
        if self._open == "thinking":
            signature = {"type": "signature_delta", "signature": local_signature()}
            events.append(self._delta(signature))
        events.append({"type": "content_block_stop", "index": self._index})
        self._open = None
        return events

    def _delta(self, delta: Json) -> Json:
        return {"type": "content_block_delta", "index": self._index, "delta": delta}
