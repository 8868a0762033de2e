"""Server-sent events for streams in either dialect, with errors that happen mid-stream.

OpenAI:    `data: {chunk}` ... `data: [DONE]`; an error is a `data: {"error": ...}` event
Anthropic: `event: {type}` + `data: {event}` ...; an error is an `event: error`
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator

import orjson
from starlette.responses import StreamingResponse

from router.anthropic.events import encode as anthropic_event
from router.api.error_shapes import anthropic_error, openai_error
from router.backends.base import Json
from router.errors import RouterError

log = logging.getLogger(__name__)
SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}
_DONE = b"data: [DONE]\n\n"


def stream_response(first: Json | None, rest: AsyncGenerator[Json, None]) -> StreamingResponse:
    """An OpenAI stream from its first chunk on: whoever took the first chunk (so that errors
    before it got a proper HTTP status, or another model) hands over the rest."""
    return StreamingResponse(
        _events(first, rest, _openai_event, lambda exc: _openai_event(openai_error(exc)), _DONE),
        media_type="text/event-stream",
        headers=SSE_HEADERS,
    )


def anthropic_stream_response(
    first: Json | None, rest: AsyncGenerator[Json, None]
) -> StreamingResponse:
    """An Anthropic stream of events, handed over as `stream_response` is."""
    return StreamingResponse(
        _events(first, rest, anthropic_event, lambda exc: anthropic_event(anthropic_error(exc))),
        media_type="text/event-stream",
        headers=SSE_HEADERS,
    )


def played_back(items: Iterator[Json]) -> tuple[Json | None, AsyncGenerator[Json, None]]:
    """The first item and the rest of an answer replayed from memory (a cache hit), in the
    form the stream responses take."""

    async def rest() -> AsyncGenerator[Json, None]:
        for item in items:
            yield item

    return next(items, None), rest()


def _openai_event(data: Json) -> bytes:
    return b"data: " + orjson.dumps(data) + b"\n\n"


async def _events(
    first: Json | None,
    rest: AsyncGenerator[Json, None],
    write: Callable[[Json], bytes],
    failed: Callable[[RouterError], bytes],
    done: bytes = b"",
) -> AsyncIterator[bytes]:
    try:
        if first is not None:
            yield write(first)
            async for chunk in rest:
                yield write(chunk)
        if done:
            yield done
    except RouterError as exc:
        yield failed(exc)
    except Exception:
        log.exception("stream failed after its first byte")
        yield failed(RouterError("internal error while streaming"))
    finally:
        await rest.aclose()
