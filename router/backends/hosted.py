"""Hosted models (Claude, or any LiteLLM provider) through `litellm.acompletion`.

LiteLLM's exceptions are translated here, by type and most specific first, into the router's
error tree. Retries and fallbacks are the routing policy's job, so LiteLLM is told not to retry.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncGenerator
from typing import Any

from openai import OpenAIError
from pydantic import SecretStr

from router.backends.anthropic_native import AnthropicNative
from router.backends.base import ChatRequest, Json, Readiness
from router.backends.litellm_loader import load_litellm
from router.backends.openai_shapes import chunk_dict, completion_dict
from router.errors import (
    ContextWindowExceeded,
    InvalidRequest,
    ModelUnavailable,
    RouterError,
    UpstreamAuthError,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamTimeout,
)
from router.setting_types import secret_variable
from router.settings import HostedModel

log = logging.getLogger(__name__)
_UPSTREAM_DETAIL_LIMIT = 500


class HostedBackend:
    """One configured hosted model."""

    def __init__(self, config: HostedModel, api_key: SecretStr | None) -> None:
        self._config = config
        self._api_key = api_key
        self._litellm = load_litellm()
        # Anthropic-dialect requests reach Anthropic's models natively (see anthropic_native).
        self.anthropic = (
            AnthropicNative(config, api_key) if config.provider == "anthropic" else None
        )

    @property
    def name(self) -> str:
        return self._config.name

    async def start(self) -> None:
        """Nothing to load: the first request opens the connection."""

    def readiness(self) -> Readiness:
        reference = self._config.api_key
        if reference is not None and self._api_key is None:
            variable = secret_variable(reference)
            return Readiness(
                False,
                f"{variable} is not set (the API key is read from it); "
                f"export {variable}=... and restart the router",
            )
        return Readiness(True)

    async def complete(self, request: ChatRequest) -> Json:
        self.require_ready()
        try:
            response = await self._litellm.acompletion(**self._arguments(request, stream=False))
        except OpenAIError as exc:
            raise self._translate(exc) from exc
        return completion_dict(response)

    async def stream(self, request: ChatRequest) -> AsyncGenerator[Json, None]:
        """Chunks as they come; the whole stream must end within the model's `timeout_s`."""
        self.require_ready()
        deadline = asyncio.get_running_loop().time() + self._config.timeout_s
        upstream = None
        try:
            upstream = await self._litellm.acompletion(**self._arguments(request, stream=True))
            while True:
                async with asyncio.timeout_at(deadline):  # never held across a yield
                    chunk = await anext(upstream, None)
                if chunk is None:
                    break
                yield chunk_dict(chunk)
        except TimeoutError as exc:
            raise self._timeout() from exc
        except OpenAIError as exc:
            raise self._translate(exc) from exc
        finally:
            if upstream is not None:
                await upstream.aclose()

    async def aclose(self) -> None:
        """LiteLLM pools its HTTP clients process-wide; only the native client is ours."""
        if self.anthropic is not None:
            await self.anthropic.aclose()

    def require_ready(self) -> None:
        state = self.readiness()
        if not state.ready:
            raise ModelUnavailable(f"model '{self.name}' cannot serve requests: {state.reason}")

    def _arguments(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        config = self._config
        arguments: dict[str, Any] = {
            **request.params,
            "model": config.litellm_model,
            "messages": request.messages,
            "stream": stream,
            "timeout": config.timeout_s,
            "num_retries": 0,
            # This release imports its proxy's MCP gateway whenever tools are present; the
            # router never acts as an MCP gateway (it would open connections for clients).
            "_skip_mcp_handler": True,
        }
        if config.api_base:
            arguments["api_base"] = config.api_base
        if self._api_key is not None:
            arguments["api_key"] = self._api_key.get_secret_value()
        if stream and request.include_usage:
            arguments["stream_options"] = {"include_usage": True}
        has_limit = "max_tokens" in request.params or "max_completion_tokens" in request.params
        if config.max_output_tokens and not has_limit:
            arguments["max_tokens"] = config.max_output_tokens
        return arguments

    def _timeout(self) -> UpstreamTimeout:
        return UpstreamTimeout(
            f"model '{self.name}' did not finish within {self._config.timeout_s:g} s"
        )

    def _translate(self, exc: OpenAIError) -> RouterError:
        litellm = self._litellm
        name = self.name
        status = getattr(exc, "status_code", None)
        suffix = f" (upstream HTTP {status})" if status else ""
        if isinstance(exc, litellm.ContextWindowExceededError):
            return ContextWindowExceeded(
                f"the prompt is longer than model '{name}' accepts: {_detail(exc)}",
                param="messages",
            )
        if isinstance(exc, litellm.BadRequestError | litellm.UnprocessableEntityError):
            return InvalidRequest(f"model '{name}' rejected the request: {_detail(exc)}")
        if isinstance(exc, litellm.RateLimitError):
            return UpstreamRateLimited(
                f"model '{name}' is rate limited upstream{suffix}; retry later",
                retry_after=_retry_after(exc),
            )
        if isinstance(exc, litellm.Timeout):
            return self._timeout()
        if isinstance(exc, litellm.AuthenticationError | litellm.PermissionDeniedError):
            return UpstreamAuthError(
                f"model '{name}': the upstream API refused the router's credentials{suffix}; "
                "check the configured API key"
            )
        if isinstance(exc, litellm.NotFoundError):
            return UpstreamError(
                f"model '{name}': the upstream API does not know "
                f"'{self._config.litellm_model}'{suffix}"
            )
        log.warning("model %s failed upstream: %s", name, type(exc).__name__)
        return UpstreamError(f"model '{name}' failed upstream{suffix}")


def _detail(exc: OpenAIError) -> str:
    message = str(getattr(exc, "message", "") or exc)
    return message[:_UPSTREAM_DETAIL_LIMIT]


def _retry_after(exc: OpenAIError) -> float | None:
    headers = getattr(exc, "litellm_response_headers", None)
    value = headers.get("retry-after") if headers is not None else None
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: the client falls back to its own backoff
    return seconds if seconds is not None and math.isfinite(seconds) else None
