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
from router.api.sse import start_stream

router = APIRouter()


@router.post("/v1/chat/completions")
async def chat_completions(request: Request, services: ServicesDep) -> Response:
    payload = await read_json_object(request, services.settings.server.max_body_bytes)
    body = parse_model(ChatCompletionRequest, payload)
    backend = services.backend_for(body.model)
    request.state.router_model = backend.name
    chat = body.to_internal()
    response: Response
    if body.stream:
        response = await start_stream(backend.stream(chat))
    else:
        result = await unless_client_leaves(request, backend.complete(chat))
        response = Response(orjson.dumps(result), media_type="application/json")
        if "router_outcome" in result:
            response.headers["x-router-outcome"] = result["router_outcome"]
    ignored = body.ignored_params()
    if ignored:
        response.headers["x-router-ignored-params"] = ignored
    return response
