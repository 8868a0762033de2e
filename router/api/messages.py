"""`POST /v1/messages` and `/v1/messages/count_tokens`: the Anthropic dialect.

The same classification, policy, guard, budgets, cache and ledger as the OpenAI dialect. A
model name the router does not know (an Anthropic client names Claude models: `claude-opus-4-6`,
or one newer than any price list) is routed as `auto`; the ledger keeps the name it asked for.
"""

from __future__ import annotations

import time

import orjson
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from policies.decide import AUTO
from router.anthropic.calls import AnthropicCalls, native
from router.anthropic.schema import CountTokensRequest, MessagesRequest
from router.anthropic.to_chat import to_chat
from router.anthropic.usage import to_openai
from router.api.answers import ledger_record
from router.api.auth import CallerDep, caller_of
from router.api.body import parse_model, read_json_object
from router.api.deps import ServicesDep, services_of
from router.api.disconnect import unless_client_leaves
from router.api.message_answers import cache_request, cached_response, metered
from router.api.routed import look_up, route
from router.api.sse import anthropic_stream_response
from router.backends.base import Json
from router.backends.llama_backend import LocalBackend
from router.cache.response_cache import CACHE_HEADER
from router.errors import ModelUnavailable, RouterError
from router.ledger.recording import Meter
from router.routing.dispatch import Served
from router.services import Services

router = APIRouter()


def _routed_as(model: str, services: Services) -> str:
    known = model == AUTO or model in services.backends or model in services.policy.active.aliases
    return model if known else AUTO


@router.post("/v1/messages")
async def messages(request: Request) -> Response:
    services, caller = services_of(request), caller_of(request)
    meter = Meter(arrived=time.perf_counter(), stream=False)
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(MessagesRequest, payload)
    meter.stream = body.stream
    chat = to_chat(body)
    await services.budgets.admit(caller)
    budget = await services.budgets.view(caller)
    routed_as = _routed_as(body.model, services)
    routed = await route(
        services, "anthropic", chat, payload, routed_as, request.headers, caller, budget
    )
    plan = routed.plan
    state = request.state
    state.router_class, state.router_rule = plan.classification.label, plan.rule
    served = Served()
    conversation = payload.get("messages")
    record = ledger_record(
        services, state.request_id, plan, served, meter, caller, conversation, body.model
    )
    calls = AnthropicCalls(payload, request.headers)
    dispatcher = services.dispatcher
    try:
        found = await look_up(
            services,
            routed,
            budget,
            chat,
            request.headers,
            lambda sent: cache_request(payload, sent),
        )
        decision, slot, cached = found.decision, found.slot, found.cached
        if cached is not None:
            served.model = state.router_model = decision.target
            meter.take_usage(to_openai(cached.get("usage")))
            meter.first_byte = time.perf_counter()
            record(200, None, True)
            hit = cached_response(cached, body.stream)
            hit.headers[CACHE_HEADER] = "hit"
            return hit

        def keep(answer: Json) -> None:
            if slot is not None and served.model == decision.target:
                services.cache.keep(slot, answer)

        routing = plan.policy.routing
        response: Response
        if body.stream:
            first, rest = await dispatcher.stream(
                decision, chat, routing.retry, routing.circuit_breaker, served, calls.open
            )
            meter.first_byte = time.perf_counter()
            events = metered(first, rest, meter, record, keep)
            response = anthropic_stream_response(await anext(events, None), events)
        else:
            answer = await unless_client_leaves(
                request,
                dispatcher.complete(
                    decision, chat, routing.retry, routing.circuit_breaker, served, calls.answer
                ),
            )
            outcome = answer.pop("router_outcome", None)
            meter.take_usage(to_openai(answer.get("usage")))
            response = Response(orjson.dumps(answer), media_type="application/json")
            if outcome:
                response.headers["x-router-outcome"] = outcome
            record(200, None)
            if not outcome:
                keep(answer)
    except RouterError as exc:
        if served.attempts:
            state.router_model = served.attempts[-1][0]
        record(exc.status, exc.code)
        raise
    assert served.model is not None
    state.router_model = served.model
    if slot is not None:
        response.headers[CACHE_HEADER] = "miss"
    if served.model == decision.target:
        services.sessions.remember(plan.session, served.model)
    return response


@router.post("/v1/messages/count_tokens")
async def count_tokens(request: Request, services: ServicesDep, caller: CallerDep) -> Response:
    """Counted by the model the request would be routed to: Claude counts its own tokens, a
    local model tokenizes the prompt it would render. The privacy guard applies as for a
    message: a sensitive request is never sent to Claude to be counted."""
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(CountTokensRequest, payload)
    chat = to_chat(body)
    budget = await services.budgets.view(caller)
    routed_as = _routed_as(body.model, services)
    plan = services.planner.plan(chat, payload, routed_as, request.headers, caller, budget.state)
    request.state.router_class, request.state.router_rule = plan.classification.label, plan.rule
    decision = services.checked_decision(plan)
    problems: list[str] = []
    for name in decision.chain:
        backend = services.backends[name]
        try:
            client = native(backend)
            if client is not None:
                counted = await client.count_tokens(client.prepare(payload, {}), request.headers)
            elif isinstance(backend, LocalBackend):
                counted = {"input_tokens": await backend.count_tokens(chat)}
            else:
                problems.append(f"{name}: cannot count tokens")
                continue
        except ModelUnavailable as exc:
            problems.append(f"{name}: {exc.message}")
            continue
        request.state.router_model = name
        return Response(orjson.dumps(counted), media_type="application/json")
    raise ModelUnavailable(f"no model can count this request's tokens ({'; '.join(problems)})")
