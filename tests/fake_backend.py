"""A scriptable in-memory backend that meets `ChatBackend`, for tests of the HTTP edge."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field

from router.backends.base import ChatRequest, Json, Readiness


@dataclass
class FakeBackend:
    name: str = "fake"
    ready: Readiness = field(default_factory=lambda: Readiness(True))
    fail_with: Exception | None = None
    fail_after_chunks: int | None = None
    failures: list[Exception] = field(default_factory=list)  # raised one per call, first
    outcome: str | None = None  # `router_outcome` of complete answers (e.g. a loop)
    requests: list[ChatRequest] = field(default_factory=list)
    closed: bool = False

    async def start(self) -> None:
        pass

    def readiness(self) -> Readiness:
        return self.ready

    def _reply(self, request: ChatRequest) -> str:
        self.requests.append(request)
        if self.failures:
            raise self.failures.pop(0)
        if self.fail_with is not None and self.fail_after_chunks is None:
            raise self.fail_with
        last = request.messages[-1].get("content")
        return f"fake: {last}"

    async def complete(self, request: ChatRequest) -> Json:
        text = self._reply(request)
        extra = {"router_outcome": self.outcome} if self.outcome else {}
        return {
            **extra,
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 1,
            "model": self.name,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
        }

    async def stream(self, request: ChatRequest) -> AsyncGenerator[Json, None]:
        """Word by word, then the finish, then usage when asked: as the real backends do."""
        text = self._reply(request)
        words = text.split()
        for index, word in enumerate(words):
            if self.fail_after_chunks is not None and index == self.fail_after_chunks:
                assert self.fail_with is not None
                raise self.fail_with
            yield self._chunk({"content": word + " "}, None)
        yield self._chunk({}, "stop")
        if request.include_usage:
            yield {
                **self._chunk({}, None),
                "choices": [],
                "usage": {
                    "prompt_tokens": 1,
                    "completion_tokens": len(words),
                    "total_tokens": 1 + len(words),
                },
            }

    def _chunk(self, delta: Json, finish: str | None) -> Json:
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": self.name,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }

    async def aclose(self) -> None:
        self.closed = True
