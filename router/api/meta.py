"""Model listing, liveness and readiness."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import APIRouter, Depends
from starlette.responses import Response

from router.api.auth import get_caller
from router.api.deps import ServicesDep
from router.settings import AUTO_MODEL

router = APIRouter()


def _json(body: object, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type="application/json")


@router.get("/v1/models", dependencies=[Depends(get_caller)])  # clients only
async def list_models(services: ServicesDep) -> Response:
    created = services.started_at
    data = [{"id": AUTO_MODEL, "object": "model", "created": created, "owned_by": "router"}]
    data += [
        {"id": model.name, "object": "model", "created": created, "owned_by": model.provider}
        for model in services.settings.models
    ]
    data += [
        {"id": alias, "object": "model", "created": created, "owned_by": "router"}
        for alias in sorted(services.policy.active.aliases)
    ]
    return _json({"object": "list", "data": data})


@router.get("/healthz")
async def healthz() -> Response:
    """The process is up and answering."""
    return _json({"status": "ok"})


@router.get("/readyz")
async def readyz(services: ServicesDep) -> Response:
    """200 when the default model can serve; says for each model why not, its load and its
    circuit, and which routing policy is in force (with the last reload's error, if any)."""
    models: dict[str, dict[str, Any]] = {}
    for name, backend in services.backends.items():
        state = backend.readiness()
        models[name] = {
            "ready": state.ready,
            "reason": state.reason,
            "circuit": services.circuits.state(name),
        }
        if state.load is not None:
            models[name]["load"] = state.load
    default = services.settings.default_model
    ready = models[default]["ready"]
    body = {
        "status": "ready" if ready else "not_ready",
        "default_model": default,
        "models": models,
        "routing": services.policy.status(),
    }
    body["cache"] = services.cache.status()
    body["budgets"] = services.budgets.status()
    if services.ledger is not None:
        body["ledger"] = services.ledger.status()
    return _json(body, 200 if ready else 503)
