"""ASGI middleware that gives every response `x-request-id`, `x-router-model` and, once the
request was routed, `x-router-class` and `x-router-rule`."""

from __future__ import annotations

import re
import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_CLIENT_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
NO_MODEL = "none"


def request_id_for(incoming: str | None) -> str:
    """The client's `x-request-id` if it is a sane token, else a new one."""
    if incoming and _CLIENT_ID.match(incoming):
        return incoming
    return uuid.uuid4().hex


class RequestContextMiddleware:
    """Sets `state.request_id`; handlers set `state.router_model` once a model answered, and
    `state.router_class` and `state.router_rule` once the request is routed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        state = scope.setdefault("state", {})
        state["request_id"] = request_id_for(incoming)

        async def send_with_context(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["x-request-id"] = state["request_id"]
                headers["x-router-model"] = state.get("router_model", NO_MODEL)
                for key in ("router_class", "router_rule"):
                    if key in state:
                        headers["x-" + key.replace("_", "-")] = state[key]
            await send(message)

        await self.app(scope, receive, send_with_context)
