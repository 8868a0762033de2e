"""Anthropic-dialect answers as they leave the router: a stream of events metered for the
ledger (and kept for the cache when it completes), a cached message played back, and what the
cache keys a request on."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable

import orjson
from starlette.responses import Response

from router.anthropic.calls import OVERRIDABLE
from router.anthropic.events import Assembler, replay
from router.anthropic.from_chat import message_id
from router.anthropic.usage import to_openai
from router.api.answers import Record
from router.api.sse import anthropic_stream_response, played_back
from router.backends.base import ChatRequest, Json
from router.errors import RouterError
from router.ledger.recording import Meter

_NOT_CACHE_KEYED = frozenset({"model", "messages", "stream", "metadata"})


def cache_request(payload: Json, as_sent: ChatRequest) -> ChatRequest:
    """What the cache keys an Anthropic request on: the body as the model gets it (blocks,
    `cache_control` and thinking included), apart from the dialect-neutral chat request."""
    params = {key: value for key, value in payload.items() if key not in _NOT_CACHE_KEYED}
    params.update({key: as_sent.params[key] for key in OVERRIDABLE if key in as_sent.params})
    return ChatRequest(
        payload["messages"],
        params,
        template_kwargs={"dialect": "anthropic", **as_sent.template_kwargs},
    )


def cached_response(answer: Json, stream: bool) -> Response:
    answer = {**answer, "id": message_id()}
    if not stream:
        return Response(orjson.dumps(answer), media_type="application/json")
    return anthropic_stream_response(*played_back(replay(answer)))


async def metered(
    first: Json | None,
    rest: AsyncGenerator[Json, None],
    meter: Meter,
    finish: Record,
    keep: Callable[[Json], None],
) -> AsyncGenerator[Json, None]:
    """The events as they come; at the end the ledger gets the usage they reported and, if
    the stream completed, the cache gets the message."""
    assembler = Assembler()
    status, error = 200, None
    try:
        event = first
        while event is not None:
            assembler.feed(event)
            yield event
            event = await anext(rest, None)
    except RouterError as exc:
        status, error = exc.status, exc.code
        raise
    except BaseException:
        status, error = 499, "client_closed_request"
        raise
    finally:
        await rest.aclose()
        if assembler.message is not None:
            meter.take_usage(to_openai(assembler.message.get("usage")))
        finish(status, error)
    if assembler.complete and assembler.message is not None:
        keep(assembler.message)
