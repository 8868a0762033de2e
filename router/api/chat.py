"""`POST /v1/chat/completions`: the OpenAI dialect."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import replace

import orjson
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from router.api.body import parse_model, read_json_object
from router.api.chat_schema import ChatCompletionRequest
from router.api.deps import ServicesDep
from router.api.disconnect import unless_client_leaves
from router.api.sse import stream_response
from router.backends.base import Json
from router.errors import RouterError
from router.ledger.recording import Meter
from router.routing.dispatch import Served

router = APIRouter()


@router.post("/v1/chat/completions")
async def chat_completions(request: Request, services: ServicesDep) -> Response:
    meter = Meter(arrived=time.perf_counter(), stream=False)
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(ChatCompletionRequest, payload)
    meter.stream = body.stream
    chat = body.to_internal()
    plan = services.planner.plan(chat, payload, body.model, request.headers)
    state = request.state
    state.router_class, state.router_rule = plan.classification.label, plan.rule
    served = Served()

    def record(status: int, error: str | None) -> None:
        services.recorder.record(
            state.request_id, plan, served, meter, status, error, payload.get("messages")
        )

    try:
        decision = services.checked_decision(plan)
        routing = plan.policy.routing
        dispatcher = services.dispatcher
        response: Response
        if body.stream:
            # Usage is always asked of the model, for the ledger; the client gets it if it asked.
            metered = replace(chat, include_usage=True)
            first, rest = await dispatcher.stream(
                decision, metered, routing.retry, routing.circuit_breaker, served
            )
            meter.first_byte = time.perf_counter()
            chunks = _metered(first, rest, meter, chat.include_usage, record)
            response = stream_response(await anext(chunks, None), chunks)
        else:
            result = await unless_client_leaves(
                request,
                dispatcher.complete(decision, chat, routing.retry, routing.circuit_breaker, served),
            )
            meter.take_usage(result.get("usage"))
            response = Response(orjson.dumps(result), media_type="application/json")
            if "router_outcome" in result:
                response.headers["x-router-outcome"] = result["router_outcome"]
            record(200, None)
    except RouterError as exc:
        if served.attempts:
            state.router_model = served.attempts[-1][0]  # the model whose error this is
        record(exc.status, exc.code)
        raise
    assert served.model is not None
    state.router_model = served.model
    if served.model == decision.target:  # a stand-in does not take the conversation over
        services.sessions.remember(plan.session, served.model)
    ignored = body.ignored_params()
    if ignored:
        response.headers["x-router-ignored-params"] = ignored
    return response


async def _metered(
    first: Json | None,
    rest: AsyncGenerator[Json, None],
    meter: Meter,
    client_wants_usage: bool,
    record: Callable[[int, str | None], None],
) -> AsyncGenerator[Json, None]:
    """The stream as the client asked for it; its record is written when it ends, however."""
    status, error = 200, None
    try:
        chunk = first
        while chunk is not None:
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
        status, error = 499, "client_closed_request"  # or cancelled: the stream did not finish
        raise
    finally:
        await rest.aclose()
        record(status, error)
