"""Answers as they leave the router: the ledger record of each request, a stream metered for
the ledger (and kept for the cache when it completes), and an answer played back from the
cache."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from typing import Protocol

import orjson
from starlette.responses import Response

from router.api.sse import played_back, stream_response
from router.backends.base import Json
from router.cache.replay import assemble, fresh, replay
from router.clients import Caller
from router.errors import RouterError
from router.ledger.recording import Meter
from router.routing.dispatch import Served
from router.routing.planner import Plan
from router.services import Services

Finish = Callable[[int, str | None], None]  # (status, error code) -> records the request


class Record(Protocol):
    def __call__(self, status: int, error: str | None, cache_hit: bool = False) -> None: ...


def ledger_record(
    services: Services,
    request_id: str,
    plan: Plan,
    served: Served,
    meter: Meter,
    caller: Caller,
    messages: object,
    requested: str | None = None,
) -> Record:
    """Records the request in the ledger and charges the caller's budgets and token limits;
    called once, when the answer (or the error) is known."""

    def record(status: int, error: str | None, cache_hit: bool = False) -> None:
        entry = services.recorder.record(
            request_id, plan, served, meter, status, error, messages, cache_hit, requested
        )
        services.budgets.charge(caller, entry.cost_usd)
        services.budgets.count_tokens(caller, entry.prompt_tokens + entry.completion_tokens)

    return record


async def metered(
    first: Json | None,
    rest: AsyncGenerator[Json, None],
    meter: Meter,
    client_wants_usage: bool,
    finish: Finish,
    keep: Callable[[Json], None] | None,
) -> AsyncGenerator[Json, None]:
    """The stream as the client asked for it (the usage chunk only if asked); when it ends,
    `finish` records it and, if it completed, `keep` gets the whole answer for the cache."""
    status, error = 200, None
    sent: list[Json] = []
    try:
        chunk = first
        while chunk is not None:
            if keep is not None:
                sent.append(chunk)
            if chunk.get("usage"):
                meter.take_usage(chunk["usage"])
                if not client_wants_usage:
                    chunk = {key: value for key, value in chunk.items() if key != "usage"}
                    if not chunk.get("choices"):
                        chunk = await anext(rest, None)
                        continue
            yield chunk
            chunk = await anext(rest, None)
    except RouterError as exc:
        status, error = exc.status, exc.code
        raise
    except BaseException:
        status, error = 499, "client_closed_request"  # closed or cancelled before the end
        raise
    finally:
        await rest.aclose()
        finish(status, error)
    if keep is not None and (answer := assemble(sent)) is not None:
        keep(answer)


def cached_response(answer: Json, stream: bool, include_usage: bool) -> Response:
    """A cached answer, as a new one: its own id, as JSON or as an SSE stream."""
    answer = fresh(answer)
    if not stream:
        return Response(orjson.dumps(answer), media_type="application/json")
    return stream_response(*played_back(replay(answer, include_usage)))
