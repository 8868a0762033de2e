"""The caller of an API request, as a dependency: see `router.clients`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import Request

from router.api.deps import services_of
from router.clients import Caller


async def get_caller(request: Request) -> Caller:
    keys = services_of(request).client_keys
    return keys.caller(request.headers.get("authorization"), request.headers.get("x-api-key"))


CallerDep = Annotated[Caller, Depends(get_caller)]
