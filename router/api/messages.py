"""`POST /v1/messages` and `/v1/messages/count_tokens`: the Anthropic dialect.

The same classification, policy, guard, budgets, cache and ledger as the OpenAI dialect. A
model name the router does not know (an Anthropic client names Claude models: `claude-opus-4-6`,
or one newer than any price list) is routed as `auto`; the ledger keeps the name it asked for.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable

import orjson
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from policies.decide import AUTO
from router.anthropic.calls import AnthropicCalls, native
from router.anthropic.events import Assembler, replay
from router.anthropic.from_chat import message_id
from router.anthropic.schema import CountTokensRequest, MessagesRequest
from router.anthropic.to_chat import to_chat
from router.anthropic.usage import to_openai
from router.api.auth import CallerDep
from router.api.body import parse_model, read_json_object
from router.api.deps import ServicesDep
from router.api.disconnect import unless_client_leaves
from router.api.sse import anthropic_stream_response
from router.backends.base import ChatRequest, Json
from router.backends.llama_backend import LocalBackend
from router.cache.response_cache import CACHE_HEADER
from router.clients import Caller
from router.errors import ModelUnavailable, RouterError
from router.ledger.recording import Meter
from router.routing.dispatch import Served
from router.routing.planner import Plan
from router.services import Services

router = APIRouter()
_NOT_CACHE_KEYED = frozenset({"model", "messages", "stream", "metadata"})


def _routed_as(model: str, services: Services) -> str:
    known = model == AUTO or model in services.backends or model in services.policy.active.aliases
    return model if known else AUTO


@router.post("/v1/messages")
async def messages(request: Request, services: ServicesDep, caller: CallerDep) -> Response:
    meter = Meter(arrived=time.perf_counter(), stream=False)
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(MessagesRequest, payload)
    meter.stream = body.stream
    chat = to_chat(body)
    await services.budgets.admit(caller)
    budget = await services.budgets.view(caller)
    routed_as = _routed_as(body.model, services)
    plan = services.planner.plan(chat, payload, routed_as, request.headers, caller, budget.state)
    state = request.state
    state.router_class, state.router_rule = plan.classification.label, plan.rule
    served = Served()
    record = _recorder(services, state.request_id, plan, served, meter, caller, payload, body.model)
    calls = AnthropicCalls(payload, request.headers)
    try:
        decision = services.budgets.enforce(
            services.checked_decision(plan), budget, plan.policy.decider.models
        )
        dispatcher = services.dispatcher
        as_sent = dispatcher.for_model(chat, decision.params, decision.target)
        slot = services.cache.slot(
            decision, _cache_request(payload, as_sent), request.headers.get(CACHE_HEADER)
        )
        cached = await services.cache.get(slot) if slot is not None else None
        if cached is not None:
            served.model = state.router_model = decision.target
            meter.take_usage(to_openai(cached.get("usage")))
            meter.first_byte = time.perf_counter()
            record(200, None, True)
            hit = _cached_response(cached, body.stream)
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
            events = _metered(first, rest, meter, record, keep)
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


def _recorder(
    services: Services,
    request_id: str,
    plan: Plan,
    served: Served,
    meter: Meter,
    caller: Caller,
    payload: Json,
    requested: str,
) -> Callable[..., None]:
    def record(status: int, error: str | None, cache_hit: bool = False) -> None:
        entry = services.recorder.record(
            request_id,
            plan,
            served,
            meter,
            status,
            error,
            payload.get("messages"),
            cache_hit,
            requested=requested,
        )
        services.budgets.charge(caller, entry.cost_usd)
        services.budgets.count_tokens(caller, entry.prompt_tokens + entry.completion_tokens)

    return record


def _cache_request(payload: Json, as_sent: ChatRequest) -> ChatRequest:
    """What the cache keys an Anthropic request on: the body as the model gets it (blocks,
    `cache_control` and thinking included), apart from the dialect-neutral chat request."""
    params = {key: value for key, value in payload.items() if key not in _NOT_CACHE_KEYED}
    params.update(
        {
            key: as_sent.params[key]
            for key in ("max_tokens", "temperature", "top_p")
            if key in as_sent.params
        }
    )
    return ChatRequest(
        payload["messages"],
        params,
        template_kwargs={"dialect": "anthropic", **as_sent.template_kwargs},
    )


def _cached_response(answer: Json, stream: bool) -> Response:
    answer = {**answer, "id": message_id()}
    if not stream:
        return Response(orjson.dumps(answer), media_type="application/json")
    events = replay(answer)

    async def rest() -> AsyncGenerator[Json, None]:
        for event in events:
            yield event

    remaining = rest()
    return anthropic_stream_response(next(events, None), remaining)


async def _metered(
    first: Json | None,
    rest: AsyncGenerator[Json, None],
    meter: Meter,
    finish: Callable[..., None],
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
