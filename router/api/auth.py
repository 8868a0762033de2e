"""The caller of an API request, as a dependency: see `router.clients`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import Request

from router.api.deps import services_of
from router.clients import Caller


def caller_of(request: Request) -> Caller:
    """The request's caller, or AuthenticationFailed; for handlers on the hot path, which read
    it directly rather than through FastAPI's dependency machinery (a tenth of a millisecond
    a request)."""
    keys = services_of(request).client_keys
    return keys.caller(request.headers.get("authorization"), request.headers.get("x-api-key"))


async def get_caller(request: Request) -> Caller:
    return caller_of(request)


CallerDep = Annotated[Caller, Depends(get_caller)]
