"""Anthropic's Messages API spoken natively, for Anthropic-dialect requests routed to Claude.

A translation through OpenAI's shapes would lose what Anthropic clients rely on (thinking
signatures, `cache_control`, `context_management`, `output_config`, cache token counts), and
LiteLLM's own pass-through drops `metadata` and, when streaming, imports its proxy server.
So the client's body goes to Anthropic as it came, with only these changes:

    model                  -> the configured model's id (the one whose price the ledger uses)
    max_tokens, temperature, top_p -> the routing rule's overrides, if any
    stream                 -> as the router serves it
    thinking blocks the local model wrote -> left out (Claude refuses signatures not its own)

Only the router's key goes upstream, never the client's. Errors become the router's error tree.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Mapping
from typing import Any

import httpx
import orjson
from httpx_sse import SSEError, aconnect_sse
from pydantic import SecretStr

from router.anthropic.from_chat import LOCAL_SIGNATURE
from router.backends.base import Json
from router.errors import (
    ContextWindowExceeded,
    InvalidRequest,
    RouterError,
    UpstreamAuthError,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamTimeout,
)
from router.settings import HostedModel

log = logging.getLogger(__name__)
DEFAULT_BASE = "https://api.anthropic.com"
DEFAULT_VERSION = "2023-06-01"
_PASSED_HEADERS = ("anthropic-version", "anthropic-beta")
_DETAIL_LIMIT = 500


class AnthropicNative:
    def __init__(self, config: HostedModel, api_key: SecretStr | None) -> None:
        self._config = config
        self._api_key = api_key
        base = (config.api_base or DEFAULT_BASE).rstrip("/")
        self._base = base.removesuffix("/v1/messages").removesuffix("/v1")
        self._model = config.litellm_model.split("/", 1)[1]
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            timeout = httpx.Timeout(self._config.timeout_s, connect=10.0)
            self._client = httpx.AsyncClient(
                timeout=timeout, limits=httpx.Limits(max_connections=200)
            )
        return self._client

    async def create(self, body: Json, headers: Mapping[str, str]) -> Json:
        """The upstream's message, as it sent it."""
        return await self._post("/v1/messages", {**body, "stream": False}, headers)

    async def stream(self, body: Json, headers: Mapping[str, str]) -> AsyncGenerator[Json, None]:
        """The upstream's events, parsed; the whole stream must end within `timeout_s`."""
        deadline = asyncio.get_running_loop().time() + self._config.timeout_s
        content = orjson.dumps({**body, "stream": True})
        url, sent_headers = self._base + "/v1/messages", self._headers(headers)
        try:
            async with aconnect_sse(
                self.client, "POST", url, content=content, headers=sent_headers
            ) as source:
                response = source.response
                if response.status_code != 200:
                    raise self._error(
                        response.status_code, await response.aread(), response.headers
                    )
                events = source.aiter_sse()
                while True:
                    async with asyncio.timeout_at(deadline):  # never held across a yield
                        sse = await anext(events, None)
                    if sse is None:
                        break
                    if not sse.data:
                        continue
                    event = self._json(sse.data.encode())
                    if event.get("type") == "error":
                        raise self._stream_error(event)
                    yield event
        except (TimeoutError, httpx.TimeoutException) as exc:
            raise self._timeout() from exc
        except (httpx.HTTPError, SSEError) as exc:
            raise self._unreachable(exc) from exc

    async def count_tokens(self, body: Json, headers: Mapping[str, str]) -> Json:
        return await self._post("/v1/messages/count_tokens", body, headers)

    async def _post(self, path: str, body: Json, headers: Mapping[str, str]) -> Json:
        try:
            response = await self.client.post(
                self._base + path, content=orjson.dumps(body), headers=self._headers(headers)
            )
        except httpx.TimeoutException as exc:
            raise self._timeout() from exc
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from exc
        if response.status_code != 200:
            raise self._error(response.status_code, response.content, response.headers)
        return self._json(response.content)

    def prepare(self, payload: Json, overrides: Mapping[str, Any]) -> Json:
        """The client's body as it goes upstream (see the module's docstring)."""
        body = {**payload, "model": self._model, **overrides}
        body["messages"] = [_without_local_thinking(message) for message in payload["messages"]]
        return body

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _headers(self, incoming: Mapping[str, str]) -> dict[str, str]:
        headers = {"content-type": "application/json", "anthropic-version": DEFAULT_VERSION}
        headers.update({key: incoming[key] for key in _PASSED_HEADERS if key in incoming})
        if self._api_key is not None:
            headers["x-api-key"] = self._api_key.get_secret_value()
        return headers

    def _json(self, raw: bytes) -> Json:
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise UpstreamError(
                f"model '{self._config.name}' sent an answer that is not JSON"
            ) from exc
        if not isinstance(value, dict):
            raise UpstreamError(f"model '{self._config.name}' sent an answer that is not an object")
        return value

    def _error(self, status: int, raw: bytes, headers: Mapping[str, str]) -> RouterError:
        name = self._config.name
        kind, message = _error_detail(raw)
        suffix = f" (upstream HTTP {status}, {kind})"
        if status == 400 and "prompt is too long" in message:
            return ContextWindowExceeded(
                f"the prompt is longer than model '{name}' accepts: {message}", param="messages"
            )
        if status in (400, 413, 422):
            return InvalidRequest(f"model '{name}' rejected the request: {message}")
        if status in (401, 403):
            return UpstreamAuthError(
                f"model '{name}': the upstream API refused the router's credentials{suffix}; "
                "check the configured API key"
            )
        if status == 429:
            return UpstreamRateLimited(
                f"model '{name}' is rate limited upstream{suffix}; retry later",
                retry_after=_seconds(headers.get("retry-after")),
            )
        if status == 404:
            return UpstreamError(
                f"model '{name}': the upstream API does not know '{self._model}'{suffix}"
            )
        log.warning("model %s failed upstream: HTTP %s %s", name, status, kind)
        return UpstreamError(f"model '{name}' failed upstream{suffix}")

    def _stream_error(self, event: Json) -> UpstreamError:
        error = event.get("error") or {}
        kind = str(error.get("type") or "error")
        log.warning("model %s failed mid-stream: %s", self._config.name, kind)
        return UpstreamError(
            f"model '{self._config.name}' failed upstream while streaming ({kind})"
        )

    def _timeout(self) -> UpstreamTimeout:
        return UpstreamTimeout(
            f"model '{self._config.name}' did not finish within {self._config.timeout_s:g} s"
        )

    def _unreachable(self, exc: Exception) -> UpstreamError:
        log.warning("model %s is unreachable: %s", self._config.name, type(exc).__name__)
        return UpstreamError(
            f"model '{self._config.name}' could not be reached ({type(exc).__name__})"
        )


def _without_local_thinking(message: Json) -> Json:
    content = message.get("content")
    if message.get("role") != "assistant" or not isinstance(content, list):
        return message
    kept = [block for block in content if not _local_thinking(block)]
    return message if len(kept) == len(content) else {**message, "content": kept}


def _local_thinking(block: object) -> bool:
    return (
        isinstance(block, dict)
        and block.get("type") == "thinking"
        and str(block.get("signature") or "").startswith(LOCAL_SIGNATURE)
    )


def _error_detail(raw: bytes) -> tuple[str, str]:
    try:
        error = orjson.loads(raw).get("error") or {}
        return str(error.get("type") or "error"), str(error.get("message") or "")[:_DETAIL_LIMIT]
    except (orjson.JSONDecodeError, AttributeError):
        return "error", raw[:_DETAIL_LIMIT].decode("utf-8", "replace")


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
