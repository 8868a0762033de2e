"""One place where exceptions become error responses in the dialect's shape."""

from __future__ import annotations

import orjson
from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from router.api.error_shapes import (
    anthropic_error,
    anthropic_status,
    openai_error,
    speaks_anthropic,
)
from router.api.request_context import NO_MODEL
from router.errors import MethodNotAllowed, RouteNotFound, RouterError


def error_response(error: RouterError, path: str = "") -> Response:
    """The error in the shape of the dialect that `path` speaks."""
    if speaks_anthropic(path):
        body, status = anthropic_error(error), anthropic_status(error)
    else:
        body, status = openai_error(error), error.status
    return Response(
        orjson.dumps(body),
        status_code=status,
        headers=error.headers(),
        media_type="application/json",
    )


async def _router_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RouterError)
    return error_response(exc, request.url.path)


async def _routing_error(request: Request, exc: Exception) -> Response:
    """Starlette's routing raises HTTPException for 404 and 405; handlers raise RouterError."""
    assert isinstance(exc, HTTPException)
    route = f"{request.method} {request.url.path}"
    if exc.status_code == 405:
        return error_response(MethodNotAllowed(f"method not allowed: {route}"), request.url.path)
    return error_response(RouteNotFound(f"no such endpoint: {route}"), request.url.path)


async def _unexpected(request: Request, exc: Exception) -> Response:
    """A bug: the client gets the request id, never the traceback (the server log has it)."""
    state = request.scope.get("state", {})
    request_id = state.get("request_id", "unknown")
    response = error_response(
        RouterError(f"internal error; the router's log has the details under {request_id}"),
        request.url.path,
    )
    # This handler runs outside the request-context middleware, so it adds the headers itself.
    response.headers["x-request-id"] = request_id
    response.headers["x-router-model"] = state.get("router_model", NO_MODEL)
    return response


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RouterError, _router_error)
    app.add_exception_handler(HTTPException, _routing_error)
    app.add_exception_handler(Exception, _unexpected)
