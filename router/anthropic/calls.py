"""How an Anthropic-dialect request asks one model: Claude natively, any other model (the
local one, or a hosted model of another provider) through the internal chat shape, with its
answer translated back. Either way the dispatcher gets Anthropic messages and events."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from dataclasses import dataclass, replace

from router.anthropic.from_chat import EventStream, to_message
from router.backends.anthropic_native import AnthropicNative
from router.backends.base import ChatBackend, ChatRequest, Json
from router.backends.hosted import HostedBackend

OVERRIDABLE = ("max_tokens", "temperature", "top_p")  # what a rule may change for Claude


def native(backend: ChatBackend) -> AnthropicNative | None:
    """The backend's native Anthropic client if it is one of Anthropic's models (raises the
    backend's error when it cannot serve, as its own methods would)."""
    if not isinstance(backend, HostedBackend) or backend.anthropic is None:
        return None
    backend.require_ready()
    return backend.anthropic


def native_body(payload: Json, request: ChatRequest, client: AnthropicNative) -> Json:
    """The client's body for Claude, with the rule's overrides (already in `request`)."""
    overrides = {key: request.params[key] for key in OVERRIDABLE if key in request.params}
    return client.prepare(payload, overrides)


@dataclass(frozen=True, slots=True)
class AnthropicCalls:
    payload: Json  # the client's body, as it came
    headers: Mapping[str, str]

    async def answer(self, backend: ChatBackend, request: ChatRequest) -> Json:
        client = native(backend)
        if client is not None:
            return await client.create(native_body(self.payload, request, client), self.headers)
        completion = await backend.complete(request)
        message = to_message(completion, backend.name)
        if "router_outcome" in completion:  # the dispatcher reads it (loop escalation)
            message["router_outcome"] = completion["router_outcome"]
        return message

    async def open(self, backend: ChatBackend, request: ChatRequest) -> AsyncGenerator[Json, None]:
        """Events; nothing is yielded before the model's first chunk, so that a model that
        cannot serve fails before the stream starts and the next one can take over."""
        client = native(backend)
        if client is not None:
            events = client.stream(native_body(self.payload, request, client), self.headers)
            try:
                async for event in events:
                    yield event
            finally:
                await events.aclose()
            return
        chunks = backend.stream(replace(request, include_usage=True))
        try:
            chunk = await anext(chunks, None)
            translated = EventStream(backend.name)
            for event in translated.start():
                yield event
            while chunk is not None:
                for event in translated.feed(chunk):
                    yield event
                chunk = await anext(chunks, None)
            for event in translated.finish():
                yield event
        finally:
            await chunks.aclose()
