"""Server-sent events for OpenAI-dialect streams, with errors that happen mid-stream."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator

import orjson
from starlette.responses import StreamingResponse

from router.api.error_shapes import openai_error
from router.backends.base import Json
from router.errors import RouterError

log = logging.getLogger(__name__)
SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}
_DONE = b"data: [DONE]\n\n"


async def start_stream(chunks: AsyncGenerator[Json, None]) -> StreamingResponse:
    """Waits for the first chunk, so that errors before it get a proper HTTP status."""
    try:
        first: Json | None = await anext(chunks)
    except StopAsyncIteration:
        first = None
    return StreamingResponse(
        _events(first, chunks), media_type="text/event-stream", headers=SSE_HEADERS
    )


def _event(data: Json) -> bytes:
    return b"data: " + orjson.dumps(data) + b"\n\n"


async def _events(first: Json | None, rest: AsyncGenerator[Json, None]) -> AsyncIterator[bytes]:
    try:
        if first is None:
            yield _DONE
            return
        yield _event(first)
        async for chunk in rest:
            yield _event(chunk)
        yield _DONE
    except RouterError as exc:
        yield _event(openai_error(exc))
    except Exception:
        log.exception("stream failed after its first byte")
        yield _event(openai_error(RouterError("internal error while streaming")))
    finally:
        await rest.aclose()
