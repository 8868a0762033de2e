"""Serving a decision: the target first, then each fallback, with retries and circuit breaking.

    could not take the request       -> the next model at once: not ready, queue full (the
                                        local overflow), circuit open, key refused, prompt too
                                        long for it
    failed in a way that may pass    -> retried with jittered exponential backoff that honours
                                        Retry-After (a longer one moves on at once), then the
                                        next model: rate limited, upstream 5xx, timeout
    the local answer went wrong      -> the next model only when the rule says `escalate`:
                                        `on_loop` (a repetition loop; non-streaming answers)
                                        and `on_failure` (an error while generating)
    the request itself is wrong      -> the client's error, at once

The chain was guarded before it got here, so every model tried may see the request. A stream
moves on only before its first chunk; after that the client already has the model's answer.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TypeVar

from policies.decision import Decision
from router.backends.base import ChatBackend, ChatRequest, Json
from router.errors import (
    ContextWindowExceeded,
    InvalidRequest,
    ModelUnavailable,
    RouterError,
    UpstreamAuthError,
    UpstreamError,
)
from router.routing.circuits import Circuits
from router.settings import CircuitBreaker, Retry

log = logging.getLogger(__name__)
T = TypeVar("T")
LOOP_OUTCOME = "repetition_loop"
# How one model is asked, when a dialect asks differently (Anthropic's, natively).
Answer = Callable[[ChatBackend, ChatRequest], Awaitable[Json]]
Opener = Callable[[ChatBackend, ChatRequest], AsyncGenerator[Json, None]]
_HOSTED_PARAMS = frozenset({"temperature", "top_p", "max_tokens"})


@dataclass
class Served:
    """How a request was served: the model that answered and every attempt before it."""

    model: str | None = None
    attempts: list[tuple[str, str]] = field(default_factory=list)  # (model, outcome)
    upstream_s: float = 0.0  # in model calls (a stream's: until its first chunk)
    dispatched_at: float | None = None  # perf_counter when the first model call began


async def _timed(work: Awaitable[T], served: Served) -> T:
    """`work`'s result; its time counts as the model's (upstream) time."""
    began = time.perf_counter()
    if served.dispatched_at is None:
        served.dispatched_at = began
    try:
        return await work
    finally:
        served.upstream_s += time.perf_counter() - began


class _MoveOn(Exception):
    """This model will not answer this request; try the next."""


class Dispatcher:
    def __init__(
        self,
        backends: Mapping[str, ChatBackend],
        local_models: frozenset[str],
        circuits: Circuits,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._backends = backends
        self._local = local_models
        self._circuits = circuits
        self._sleep = sleep
        self._jitter = jitter

    async def complete(
        self,
        decision: Decision,
        chat: ChatRequest,
        retry: Retry,
        breaker: CircuitBreaker,
        served: Served,
        answer: Answer | None = None,
    ) -> Json:
        """The answer; `served` records the attempts, failed ones included. `answer` asks a
        model (by default, its `complete`)."""

        async def call(backend: ChatBackend, request: ChatRequest) -> Json:
            result = await (answer(backend, request) if answer else backend.complete(request))
            if (
                result.get("router_outcome") == LOOP_OUTCOME
                and decision.escalate.on_loop
                and backend.name != decision.chain[-1]
            ):
                served.attempts.append((backend.name, "loop"))
                log.info("escalating past %s: its answer fell into a loop", backend.name)
                raise _MoveOn
            return result

        return await self._serve(decision, chat, retry, breaker, served, call)

    async def stream(
        self,
        decision: Decision,
        chat: ChatRequest,
        retry: Retry,
        breaker: CircuitBreaker,
        served: Served,
        opener: Opener | None = None,
    ) -> tuple[Json | None, AsyncGenerator[Json, None]]:
        """The first chunk and the rest; errors before the first chunk move down the chain.
        `opener` opens a model's stream (by default, its `stream`)."""

        async def call(
            backend: ChatBackend, request: ChatRequest
        ) -> tuple[Json | None, AsyncGenerator[Json, None]]:
            chunks = opener(backend, request) if opener else backend.stream(request)
            try:
                return await anext(chunks, None), chunks
            except BaseException:
                await chunks.aclose()
                raise

        return await self._serve(decision, chat, retry, breaker, served, call)

    async def _serve(
        self,
        decision: Decision,
        chat: ChatRequest,
        retry: Retry,
        breaker: CircuitBreaker,
        served: Served,
        call: Callable[[ChatBackend, ChatRequest], Awaitable[T]],
    ) -> T:
        last_error: RouterError | None = None
        for name in decision.chain:
            backend = self._backends[name]
            if not self._circuits.allows(name):
                served.attempts.append((name, "circuit_open"))
                continue
            request = self.for_model(chat, decision.params, name)
            for attempt in range(retry.attempts):
                try:
                    result = await _timed(call(backend, request), served)
                except _MoveOn:
                    self._circuits.succeeded(name)  # it answered; the answer was poor
                    break
                except RouterError as exc:
                    last_error = exc
                    step = self._after_failure(exc, decision, name, breaker)
                    served.attempts.append((name, exc.code or "error"))
                    if step == "raise":
                        raise
                    if step == "next" or attempt + 1 == retry.attempts:
                        break
                    delay = self._backoff(retry, attempt, exc.retry_after)
                    if delay is None:
                        break
                    await self._sleep(delay)
                except BaseException:
                    self._circuits.released(name)  # the client left, or a bug: no verdict
                    raise
                else:
                    self._circuits.succeeded(name)
                    served.model = name
                    served.attempts.append((name, "ok"))
                    return result
        raise self._exhausted(decision, served, last_error, breaker)

    def _after_failure(
        self, exc: RouterError, decision: Decision, name: str, breaker: CircuitBreaker
    ) -> str:
        """What to do next: "raise" (the client's error), "next" (move on now) or "retry"."""
        if isinstance(exc, ModelUnavailable | UpstreamAuthError | ContextWindowExceeded):
            self._circuits.released(name)
            return "next"
        if isinstance(exc, InvalidRequest):
            self._circuits.released(name)
            return "raise"
        self._circuits.failed(name, breaker)
        if isinstance(exc, UpstreamError):
            return "retry"
        # An error while a local model was generating.
        return "next" if decision.escalate.on_failure else "raise"

    def _backoff(self, retry: Retry, attempt: int, retry_after: float | None) -> float | None:
        """Full jitter under an exponential ceiling; never sooner than Retry-After, and None
        (move on) when Retry-After is longer than worth waiting."""
        delay: float = self._jitter() * min(retry.max_backoff_s, retry.backoff_s * 2.0**attempt)
        if retry_after is None:
            return delay
        if retry_after > retry.max_retry_after_s:
            return None
        return max(delay, retry_after)

    def for_model(self, chat: ChatRequest, params: Json, name: str) -> ChatRequest:
        """The rule's parameter overrides, as far as this model takes them."""
        if not params:
            return chat
        local = name in self._local
        merged, template = dict(chat.params), dict(chat.template_kwargs)
        for key, value in params.items():
            if key == "enable_thinking":
                if local:
                    template[key] = value
            elif local or key in _HOSTED_PARAMS:
                merged[key] = value
        if "max_tokens" in params:
            merged.pop("max_completion_tokens", None)
        return replace(chat, params=merged, template_kwargs=template)

    def _exhausted(
        self,
        decision: Decision,
        served: Served,
        last_error: RouterError | None,
        breaker: CircuitBreaker,
    ) -> RouterError:
        tried = "; ".join(f"{name}: {outcome}" for name, outcome in served.attempts)
        if last_error is None:  # every circuit was open
            return ModelUnavailable(
                f"no model of {list(decision.chain)} can serve now ({tried}); retry later",
                retry_after=breaker.cooldown_s,
            )
        if len(decision.chain) > 1:
            last_error.message = f"{last_error.message} (tried {tried})"
            last_error.args = (last_error.message,)
        return last_error
