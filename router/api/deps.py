"""Typed dependencies that hand the app's services to handlers.

Dependencies are coroutines: FastAPI runs plain functions in a worker thread, a hop per
dependency per request that the router's hot path does not need."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends
from starlette.requests import Request

from router.services import Services


def services_of(request: Request) -> Services:
    return cast(Services, request.app.state.services)


async def get_services(request: Request) -> Services:
    return services_of(request)


ServicesDep = Annotated[Services, Depends(get_services)]
