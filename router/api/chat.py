"""`POST /v1/chat/completions`: the OpenAI dialect."""

from __future__ import annotations

import time
from dataclasses import replace

import orjson
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from router.api.answers import cached_response, ledger_record, metered
from router.api.auth import caller_of
from router.api.body import parse_model, read_json_object
from router.api.chat_schema import ChatCompletionRequest
from router.api.deps import services_of
from router.api.disconnect import unless_client_leaves
from router.api.routed import look_up, route
from router.api.sse import stream_response
from router.cache.response_cache import CACHE_HEADER
from router.errors import RouterError
from router.ledger.recording import Meter
from router.routing.dispatch import Served

router = APIRouter()


@router.post("/v1/chat/completions")
async def chat_completions(request: Request) -> Response:
    services, caller = services_of(request), caller_of(request)
    meter = Meter(arrived=time.perf_counter(), stream=False)
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(ChatCompletionRequest, payload)
    meter.stream = body.stream
    chat = body.to_internal()
    await services.budgets.admit(caller)  # the key's rate limits
    budget = await services.budgets.view(caller)
    routed = await route(
        services, "openai", chat, payload, body.model, request.headers, caller, budget
    )
    plan = routed.plan
    state = request.state
    state.router_class, state.router_rule = plan.classification.label, plan.rule
    served = Served()
    record = ledger_record(
        services, state.request_id, plan, served, meter, caller, payload.get("messages")
    )
    dispatcher = services.dispatcher
    try:
        found = await look_up(services, routed, budget, chat, request.headers)
        decision, slot, cached = found.decision, found.slot, found.cached
        if cached is not None:
            served.model = state.router_model = decision.target
            meter.take_usage(cached.get("usage"))
            hit = cached_response(cached, body.stream, chat.include_usage)
            meter.first_byte = time.perf_counter()
            record(200, None, cache_hit=True)
            hit.headers[CACHE_HEADER] = "hit"
            return hit

        def keep(answer: dict[str, object]) -> None:
            if slot is not None and served.model == decision.target:
                services.cache.keep(slot, answer)

        routing = plan.policy.routing
        response: Response
        if body.stream:
            # Usage is always asked of the model, for the ledger; the client gets it if it asked.
            first, rest = await dispatcher.stream(
                decision,
                replace(chat, include_usage=True),
                routing.retry,
                routing.circuit_breaker,
                served,
            )
            meter.first_byte = time.perf_counter()
            chunks = metered(first, rest, meter, chat.include_usage, record, keep if slot else None)
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
            keep(result)
    except RouterError as exc:
        if served.attempts:
            state.router_model = served.attempts[-1][0]  # the model whose error this is
        record(exc.status, exc.code)
        raise
    assert served.model is not None
    state.router_model = served.model
    if slot is not None:
        response.headers[CACHE_HEADER] = "miss"
    if served.model == decision.target:  # a stand-in does not take the conversation over
        services.sessions.remember(plan.session, served.model)
    ignored = body.ignored_params()
    if ignored:
        response.headers["x-router-ignored-params"] = ignored
    return response
