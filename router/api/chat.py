"""`POST /v1/chat/completions`: the OpenAI dialect."""

from __future__ import annotations

import orjson
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from router.api.body import parse_model, read_json_object
from router.api.chat_schema import ChatCompletionRequest
from router.api.deps import ServicesDep
from router.api.disconnect import unless_client_leaves
from router.api.sse import stream_response
from router.errors import RouterError
from router.routing.dispatch import Served
from router.routing.planner import Plan
from router.routing.record import log_route, route_record

router = APIRouter()


@router.post("/v1/chat/completions")
async def chat_completions(request: Request, services: ServicesDep) -> Response:
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(ChatCompletionRequest, payload)
    chat = body.to_internal()
    plan = services.planner.plan(chat, payload, body.model, request.headers)
    state = request.state
    state.router_class, state.router_rule = plan.classification.label, plan.rule
    served = Served()
    try:
        decision = services.checked_decision(plan)
        routing = plan.policy.routing
        dispatcher = services.dispatcher
        response: Response
        if body.stream:
            first, rest = await dispatcher.stream(
                decision, chat, routing.retry, routing.circuit_breaker, served
            )
            response = stream_response(first, rest)
        else:
            result = await unless_client_leaves(
                request,
                dispatcher.complete(decision, chat, routing.retry, routing.circuit_breaker, served),
            )
            response = Response(orjson.dumps(result), media_type="application/json")
            if "router_outcome" in result:
                response.headers["x-router-outcome"] = result["router_outcome"]
    except RouterError as exc:
        if served.attempts:
            state.router_model = served.attempts[-1][0]  # the model whose error this is
        _record(request, plan, served, exc.status, body.stream)
        raise
    assert served.model is not None
    state.router_model = served.model
    if served.model == decision.target:  # a stand-in does not take the conversation over
        services.sessions.remember(plan.session, served.model)
    _record(request, plan, served, 200, body.stream)
    ignored = body.ignored_params()
    if ignored:
        response.headers["x-router-ignored-params"] = ignored
    return response


def _record(request: Request, plan: Plan, served: Served, status: int, stream: bool) -> None:
    record = route_record(request.state.request_id, plan, served, status, stream)
    request.state.route_record = record
    log_route(record)
