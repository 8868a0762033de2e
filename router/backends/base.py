"""The contract every model backend meets, and the internal request it serves.

Requests and responses use the OpenAI chat-completions shapes as plain dicts: it is the shape
LiteLLM and llama.cpp both produce, and each API dialect translates to and from it.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any, Protocol

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One chat request, whichever dialect it arrived in."""

    messages: list[Json]
    params: Json = field(default_factory=dict)  # sampling, tools, tool_choice, stop, ...
    include_usage: bool = False  # streaming: end with a usage chunk
    template_kwargs: Json = field(default_factory=dict)  # local models: e.g. enable_thinking


@dataclass(frozen=True, slots=True)
class Readiness:
    ready: bool
    reason: str | None = None
    load: Json | None = None  # live state of a local model: queue depth, tokens/s, wait


class ChatBackend(Protocol):
    """Serves chat requests for one configured model."""

    @property
    def name(self) -> str: ...

    async def start(self) -> None:
        """Loads what the backend needs before serving (runs once, in the app's lifespan)."""
        ...

    def readiness(self) -> Readiness:
        """Whether the backend can serve now, and if not, what to do about it."""
        ...

    async def complete(self, request: ChatRequest) -> Json:
        """A whole `chat.completion` object. Raises `router.errors.RouterError` subclasses."""
        ...

    def stream(self, request: ChatRequest) -> AsyncGenerator[Json, None]:
        """`chat.completion.chunk` objects; the last carries usage when asked for."""
        ...

    async def aclose(self) -> None: ...
