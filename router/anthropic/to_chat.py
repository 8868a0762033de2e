"""An Anthropic Messages request as the router's internal chat request (OpenAI's shapes), for
the classifier and for models that do not speak Anthropic's API (the local one).

    system (string or blocks)       -> a system message
    text blocks                     -> text parts
    image / document (base64, text) -> image_url data: URL parts / text / file parts
    tool_use (assistant)            -> tool_calls, with the same ids
    tool_result (user)              -> tool messages, before the rest of that user turn
    thinking / redacted_thinking    -> left out: a model's earlier reasoning is not its input
    tools, tool_choice              -> function tools, "auto" / "required" / named / "none"
    thinking                        -> the local template's `enable_thinking`
    stop_sequences, metadata.user_id -> stop, user
"""

from __future__ import annotations

from typing import Any

import orjson

from router.anthropic.schema import CountTokensRequest, MessagesRequest
from router.backends.base import ChatRequest, Json

_SAMPLING = ("temperature", "top_p", "top_k")


def to_chat(body: MessagesRequest | CountTokensRequest) -> ChatRequest:
    messages: list[Json] = []
    system = _system_text(body.system)
    if system:
        messages.append({"role": "system", "content": system})
    for message in body.model_dump(include={"messages"}, exclude_none=True)["messages"]:
        messages.extend(_turn(message["role"], message["content"]))
    params: Json = {}
    if isinstance(body, MessagesRequest):
        params["max_tokens"] = body.max_tokens
        params.update(
            {key: getattr(body, key) for key in _SAMPLING if getattr(body, key) is not None}
        )
        if body.stop_sequences:
            params["stop"] = body.stop_sequences
        if body.metadata is not None and body.metadata.user_id:
            params["user"] = body.metadata.user_id
    tools = [_tool(tool) for tool in body.tools or () if tool.input_schema is not None]
    if tools:
        params["tools"] = tools
        choice = body.tool_choice
        if choice is not None:
            params["tool_choice"] = _tool_choice(choice.type, choice.name)
            if choice.disable_parallel_tool_use:
                params["parallel_tool_calls"] = False
    thinking = body.thinking is not None and body.thinking.type != "disabled"
    return ChatRequest(messages, params, template_kwargs={"enable_thinking": thinking})


def _system_text(system: object) -> str:
    if system is None:
        return ""
    if isinstance(system, str):
        return system
    return "\n\n".join(block.text for block in system)  # type: ignore[attr-defined]


def _turn(role: str, content: str | list[Json]) -> list[Json]:
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    if role == "assistant":
        return [_assistant(content)]
    out: list[Json] = []
    parts: list[Json] = []
    for block in content:
        kind = block.get("type")
        if kind == "tool_result":
            out.append(
                {
                    "role": "tool",
                    "tool_call_id": block["tool_use_id"],
                    "content": _result_text(block),
                }
            )
        else:
            part = _part(block)
            if part is not None:
                parts.append(part)
    if parts:
        text_only = all(part["type"] == "text" for part in parts)
        joined = "\n".join(part["text"] for part in parts) if text_only else parts
        out.append({"role": "user" if role == "user" else "system", "content": joined})
    return out


def _assistant(content: list[Json]) -> Json:
    texts: list[str] = []
    calls: list[Json] = []
    for block in content:
        kind = block.get("type")
        if kind == "text":
            texts.append(block["text"])
        elif kind == "tool_use":
            calls.append(
                {
                    "id": block["id"],
                    "type": "function",
                    "function": {
                        "name": block["name"],
                        "arguments": orjson.dumps(block.get("input") or {}).decode(),
                    },
                }
            )
    message: Json = {"role": "assistant", "content": "".join(texts) or None}
    if calls:
        message["tool_calls"] = calls
    elif message["content"] is None:
        message["content"] = ""
    return message


def _part(block: Json) -> Json | None:
    kind = block.get("type")
    if kind == "text":
        return {"type": "text", "text": block["text"]}
    if kind in ("image", "document"):
        return _media(block)
    if kind in ("search_result",):
        return {"type": "text", "text": _blocks_text(block.get("content"))}
    return None  # thinking, redacted_thinking, server tool blocks: not a model's input


def _media(block: Json) -> Json:
    source = block.get("source") or {}
    kind = source.get("type")
    media_type = source.get("media_type") or "application/octet-stream"
    if kind == "text":
        return {"type": "text", "text": str(source.get("data") or "")}
    if kind == "content":
        return {"type": "text", "text": _blocks_text(source.get("content"))}
    if kind == "base64" and block["type"] == "image":
        return {
            "type": "image_url",
            "image_url": {"url": f"data:{media_type};base64,{source.get('data', '')}"},
        }
    if kind == "base64":
        return {
            "type": "file",
            "file": {"file_data": f"data:{media_type};base64,{source.get('data', '')}"},
        }
    if kind == "url" and block["type"] == "image":
        return {"type": "image_url", "image_url": {"url": str(source.get("url") or "")}}
    return {
        "type": "file",
        "file": {"file_id": str(source.get("file_id") or source.get("url") or "")},
    }


def _result_text(block: Json) -> str:
    text = _blocks_text(block.get("content"))
    return f"Error: {text}" if block.get("is_error") else text


def _blocks_text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    texts = []
    for item in content:
        if isinstance(item, dict) and item.get("type") == "text":
            texts.append(str(item.get("text", "")))
        elif isinstance(item, dict) and item.get("type") == "image":
            texts.append("[image]")
    return "\n".join(texts)


def _tool(tool: Any) -> Json:
    function: Json = {"name": tool.name, "parameters": tool.input_schema}
    if tool.description:
        function["description"] = tool.description
    return {"type": "function", "function": function}


def _tool_choice(kind: str, name: str | None) -> Any:
    if kind == "tool":
        return {"type": "function", "function": {"name": name}}
    return {"auto": "auto", "any": "required", "none": "none"}[kind]
