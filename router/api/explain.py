"""`POST /v1/route/explain`: how a chat-completions body would be routed, without calling a
model."""

from __future__ import annotations

import contextlib

import orjson
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from router.api.auth import CallerDep
from router.api.body import parse_model, read_json_object
from router.api.chat_schema import ChatCompletionRequest
from router.api.deps import ServicesDep
from router.errors import PrivacyRefusal
from router.routing.explain import explanation

router = APIRouter()


@router.post("/v1/route/explain")
async def explain_route(request: Request, services: ServicesDep, caller: CallerDep) -> Response:
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(ChatCompletionRequest, payload)
    budget = await services.budgets.view(caller)
    chat = body.to_internal()
    plan = services.planner.plan(chat, payload, body.model, request.headers, caller, budget.state)
    # An unknown model is a 404 here too; a privacy refusal is explained in the body.
    with contextlib.suppress(PrivacyRefusal):
        services.checked_decision(plan)
    return Response(orjson.dumps(explanation(plan)), media_type="application/json")
