"""A fake Anthropic Messages API on loopback that speaks the real wire format.

Replies are deterministic: text replies echo the latest user turn, and a request with tools
gets a `tool_use` block for its first tool until a `tool_result` comes back. A request with
`thinking` on gets a signed thinking block first, and refuses thinking blocks it did not sign;
`cache_control` anywhere makes the usage report prompt-cache reads and writes. Tests script
failures (status codes, delays, mid-stream errors) with `FakeAnthropic.push()` and read what
the server received from `FakeAnthropic.received`.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

API_KEY = "test-upstream-key"
SIGNATURE = "sig-fake-"
CACHE_READ, CACHE_WRITE = 7, 3  # the usage of a request that marks `cache_control`


@dataclass
class Behaviour:
    """What the next request gets instead of a normal reply."""

    status: int = 200
    error_type: str = "api_error"
    message: str = "scripted failure"
    retry_after: str | None = None
    delay_s: float = 0.0
    fail_after_events: int | None = None  # streaming: send an `error` event after N events
    event_delay_s: float = 0.0  # streaming: pause before each event
    tool_input: dict[str, Any] | None = None


@dataclass
class Received:
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakeAnthropic:
    """Scriptable state shared by the fake's handlers and the tests."""

    received: list[Received] = field(default_factory=list)
    abandoned_streams: int = 0  # streams whose reader went away before the end
    script: deque[Behaviour] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def push(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self.script.extend(behaviours)

    def reset(self) -> None:
        with self._lock:
            self.script.clear()
            self.received.clear()
            self.abandoned_streams = 0

    def next_behaviour(self) -> Behaviour:
        with self._lock:
            return self.script.popleft() if self.script else Behaviour()

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/messages", self._messages, methods=["POST"]),
                Route("/v1/messages/count_tokens", self._count_tokens, methods=["POST"]),
            ]
        )

    async def _count_tokens(self, request: Request) -> Response:
        body = json.loads(await request.body())
        self.received.append(Received(dict(request.headers), body))
        if request.headers.get("x-api-key") != API_KEY:
            return _error(401, "authentication_error", "invalid x-api-key")
        if "max_tokens" in body or "stream" in body:
            return _error(400, "invalid_request_error", "count_tokens takes no max_tokens/stream")
        return JSONResponse({"input_tokens": _words(body)})

    async def _messages(self, request: Request) -> Response:
        body = json.loads(await request.body())
        self.received.append(Received(dict(request.headers), body))
        behaviour = self.next_behaviour()
        if behaviour.delay_s:
            await asyncio.sleep(behaviour.delay_s)
        problem = _check_request(request, body)
        if problem is not None:
            return problem
        if behaviour.status != 200:
            headers = {"retry-after": behaviour.retry_after} if behaviour.retry_after else {}
            return _error(behaviour.status, behaviour.error_type, behaviour.message, headers)
        message = _reply(body, behaviour)
        if body.get("stream"):
            return StreamingResponse(
                self._stream_events(message, behaviour), media_type="text/event-stream"
            )
        return JSONResponse(message)

    async def _stream_events(
        self, message: dict[str, Any], behaviour: Behaviour
    ) -> AsyncIterator[bytes]:
        finished = False
        try:
            for sent, event in enumerate(_message_events(message)):
                if behaviour.fail_after_events == sent:
                    error = {"type": "overloaded_error", "message": "Overloaded"}
                    yield _sse("error", {"type": "error", "error": error})
                    break
                await asyncio.sleep(behaviour.event_delay_s)
                yield event
            finished = True
        finally:
            if not finished:
                self.abandoned_streams += 1


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> Response:
    payload = {"type": "error", "error": {"type": kind, "message": message}}
    return JSONResponse(payload, status_code=status, headers=headers)


def _check_request(request: Request, body: dict[str, Any]) -> Response | None:
    if request.headers.get("x-api-key") != API_KEY:
        return _error(401, "authentication_error", "invalid x-api-key")
    if "anthropic-version" not in request.headers:
        return _error(400, "invalid_request_error", "anthropic-version header is required")
    for key in ("model", "max_tokens", "messages"):
        if key not in body:
            return _error(400, "invalid_request_error", f"{key}: Field required")
    if not body["messages"]:
        return _error(400, "invalid_request_error", "messages: at least one message is required")
    for index, message in enumerate(body["messages"]):
        content = message.get("content")
        for block in content if isinstance(content, list) else ():
            signature = str(block.get("signature", ""))
            if block.get("type") == "thinking" and not signature.startswith(SIGNATURE):
                return _error(
                    400,
                    "invalid_request_error",
                    f"messages.{index}: Invalid `signature` in `thinking` block",
                )
    return None


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    parts = []
    for block in content:
        if block.get("type") == "text":
            parts.append(block["text"])
        elif block.get("type") == "tool_result":
            parts.append("tool said " + _text_of(block.get("content") or ""))
    return " ".join(parts)


def _has_tool_result(message: dict[str, Any]) -> bool:
    content = message.get("content")
    return isinstance(content, list) and any(b.get("type") == "tool_result" for b in content)


def _words(body: dict[str, Any]) -> int:
    texts = [_text_of(m["content"]) for m in body["messages"]]
    system = body.get("system")
    if system:
        texts.append(_text_of(system))
    return max(1, sum(len(t.split()) for t in texts))


def _reply(body: dict[str, Any], behaviour: Behaviour) -> dict[str, Any]:
    last = body["messages"][-1]
    tools = body.get("tools") or []
    wants_tool = tools and body.get("tool_choice", {}).get("type") != "none"
    if wants_tool and not _has_tool_result(last):
        tool = tools[0]
        block: dict[str, Any] = {
            "type": "tool_use",
            "id": f"toolu_{len(body['messages']):04d}",
            "name": tool["name"],
            "input": behaviour.tool_input if behaviour.tool_input is not None else {},
        }
        content, stop, out_tokens = [block], "tool_use", 12
    else:
        words = ("echo: " + _text_of(last["content"])).split()
        stop = "end_turn"
        if len(words) > body["max_tokens"]:
            words, stop = words[: body["max_tokens"]], "max_tokens"
        content, out_tokens = [{"type": "text", "text": " ".join(words)}], len(words)
    thinking = (body.get("thinking") or {}).get("type") in ("enabled", "adaptive")
    if thinking:
        content.insert(
            0, {"type": "thinking", "thinking": "Let me think.", "signature": SIGNATURE + "1"}
        )
    usage: dict[str, Any] = {"input_tokens": _words(body), "output_tokens": out_tokens}
    if "cache_control" in json.dumps(body):
        usage.update(cache_creation_input_tokens=CACHE_WRITE, cache_read_input_tokens=CACHE_READ)
    return {
        "id": f"msg_fake{int(time.time() * 1000) % 10**8:08d}",
        "type": "message",
        "role": "assistant",
        "model": body["model"],
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": usage,
    }


def _sse(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


def _block_events(index: int, block: dict[str, Any]) -> list[bytes]:
    if block["type"] == "text":
        start = {"type": "text", "text": ""}
        text = block["text"]
        deltas = [{"type": "text_delta", "text": text[i : i + 8]} for i in range(0, len(text), 8)]
    elif block["type"] == "thinking":
        start = {"type": "thinking", "thinking": "", "signature": ""}
        deltas = [
            {"type": "thinking_delta", "thinking": block["thinking"]},
            {"type": "signature_delta", "signature": block["signature"]},
        ]
    else:
        start = {**block, "input": {}}
        raw = json.dumps(block["input"])
        deltas = [
            {"type": "input_json_delta", "partial_json": raw[i : i + 5]}
            for i in range(0, len(raw), 5)
        ]
    events = [
        _sse(
            "content_block_start",
            {"type": "content_block_start", "index": index, "content_block": start},
        )
    ]
    events += [
        _sse("content_block_delta", {"type": "content_block_delta", "index": index, "delta": d})
        for d in deltas
    ]
    events.append(_sse("content_block_stop", {"type": "content_block_stop", "index": index}))
    return events


def _message_events(message: dict[str, Any]) -> list[bytes]:
    usage = message["usage"]
    start = {
        **message,
        "content": [],
        "stop_reason": None,
        "usage": {**usage, "output_tokens": 1},
    }
    events = [
        _sse("message_start", {"type": "message_start", "message": start}),
        _sse("ping", {"type": "ping"}),
    ]
    for index, block in enumerate(message["content"]):
        events += _block_events(index, block)
    events.append(
        _sse(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                "usage": {"output_tokens": usage["output_tokens"]},
            },
        )
    )
    events.append(_sse("message_stop", {"type": "message_stop"}))
    return events


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThreadedServer:
    """Runs an ASGI app under uvicorn on a loopback port in a background thread."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadedServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
