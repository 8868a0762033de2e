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


def stream_response(first: Json | None, rest: AsyncGenerator[Json, None]) -> StreamingResponse:
    """The stream from its first chunk on: whoever took the first chunk (so that errors before
    it got a proper HTTP status, or another model) hands over the rest."""
    return StreamingResponse(
        _events(first, rest), media_type="text/event-stream", headers=SSE_HEADERS
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
