"""The composition root: `create_app` builds the services in the lifespan and closes them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from router.api import chat, dashboard, explain, messages, meta, reports
from router.api.error_handlers import install_error_handlers
from router.api.request_context import RequestContextMiddleware
from router.services import Services, build_services
from router.settings import Settings


def create_app(
    settings: Settings, services: Services | None = None, config_path: Path | None = None
) -> FastAPI:
    """The ASGI app; pass `services` to supply fakes (the caller then closes them).
    `config_path` is the file the settings came from, which the routing policy reloads."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        active = services if services is not None else build_services(settings, config_path)
        app.state.services = active
        await active.start()
        try:
            yield
        finally:
            if services is None:
                await active.aclose()

    app = FastAPI(title="LLM router", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.add_middleware(RequestContextMiddleware)
    install_error_handlers(app)
    app.include_router(chat.router)
    app.include_router(messages.router)
    app.include_router(meta.router)
    app.include_router(explain.router)
    app.include_router(reports.router)
    app.include_router(dashboard.router)
    return app
