"""LiteLLM's response objects as plain OpenAI chat-completions dicts, without its extras."""

from __future__ import annotations

from typing import Any

from router.backends.base import Json

_MESSAGE_EXTRAS = ("reasoning_content", "thinking_blocks")


def completion_dict(response: Any) -> Json:
    """A `chat.completion` object from a LiteLLM `ModelResponse`."""
    raw = response.model_dump()
    body: Json = {
        "id": raw["id"],
        "object": "chat.completion",
        "created": raw["created"],
        "model": raw["model"],
        "choices": [
            {
                "index": choice["index"],
                "message": _message(choice["message"]),
                "finish_reason": choice["finish_reason"],
                "logprobs": choice.get("logprobs"),
            }
            for choice in raw["choices"]
        ],
    }
    if raw.get("usage"):
        body["usage"] = usage_dict(raw["usage"])
    return body


def chunk_dict(chunk: Any) -> Json:
    """A `chat.completion.chunk` object from a LiteLLM `ModelResponseStream`."""
    raw = chunk.model_dump()
    choices = []
    for choice in raw["choices"]:
        delta = _delta(choice.get("delta") or {})
        if delta or choice.get("finish_reason"):
            choices.append(
                {
                    "index": choice["index"],
                    "delta": delta,
                    "finish_reason": choice.get("finish_reason"),
                    "logprobs": choice.get("logprobs"),
                }
            )
    body: Json = {
        "id": raw["id"],
        "object": "chat.completion.chunk",
        "created": raw["created"],
        "model": raw["model"],
        "choices": choices,
    }
    if raw.get("usage"):
        body["usage"] = usage_dict(raw["usage"])
    return body


def usage_dict(usage: Json) -> Json:
    out: Json = {
        "prompt_tokens": usage.get("prompt_tokens") or 0,
        "completion_tokens": usage.get("completion_tokens") or 0,
        "total_tokens": usage.get("total_tokens") or 0,
    }
    cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens")
    if cached is not None:
        out["prompt_tokens_details"] = {"cached_tokens": cached}
    reasoning = (usage.get("completion_tokens_details") or {}).get("reasoning_tokens")
    if reasoning is not None:
        out["completion_tokens_details"] = {"reasoning_tokens": reasoning}
    return out


def _tool_call(call: Json, *, streaming: bool) -> Json:
    function = call.get("function") or {}
    out: Json = {"index": call.get("index", 0)} if streaming else {}
    if call.get("id"):
        out["id"] = call["id"]
        out["type"] = "function"
    out["function"] = {
        key: function[key] for key in ("name", "arguments") if function.get(key) is not None
    }
    return out


def _message(message: Json) -> Json:
    out: Json = {"role": message.get("role") or "assistant", "content": message.get("content")}
    if message.get("tool_calls"):
        out["tool_calls"] = [_tool_call(c, streaming=False) for c in message["tool_calls"]]
    out.update({key: message[key] for key in _MESSAGE_EXTRAS if message.get(key)})
    return out


def _delta(delta: Json) -> Json:
    out: Json = {key: delta[key] for key in ("role", "content") if delta.get(key) is not None}
    if delta.get("tool_calls"):
        out["tool_calls"] = [_tool_call(c, streaming=True) for c in delta["tool_calls"]]
    out.update({key: delta[key] for key in _MESSAGE_EXTRAS if delta.get(key)})
    return out
