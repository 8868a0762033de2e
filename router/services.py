"""The per-app services object: everything a request needs, built once in the lifespan."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from router.backends.base import ChatBackend
from router.backends.hosted import HostedBackend
from router.backends.llama_backend import LocalBackend
from router.errors import ModelNotFound
from router.settings import AUTO_MODEL, HostedModel, LocalModel, Settings, resolve_secret

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    backends: Mapping[str, ChatBackend]
    started_at: int = field(default_factory=lambda: int(time.time()))

    def backend_for(self, requested: str) -> ChatBackend:
        """The backend for a model name the client sent (`auto` means the default)."""
        name = self.settings.default_model if requested == AUTO_MODEL else requested
        backend = self.backends.get(name)
        if backend is None:
            known = ", ".join([AUTO_MODEL, *self.backends])
            raise ModelNotFound(
                f"the model '{requested}' does not exist; available: {known}", param="model"
            )
        return backend

    async def start(self) -> None:
        """Starts every backend (local models load here), then logs what can serve."""
        # One at a time: llama.cpp points the process's stdout and stderr at /dev/null while
        # a model loads, and overlapping loads would leave them there.
        for backend in self.backends.values():
            await backend.start()
        self.log_readiness()

    def log_readiness(self) -> None:
        for name, backend in self.backends.items():
            state = backend.readiness()
            if state.ready:
                log.info("model %s is ready", name)
            else:
                log.warning("model %s cannot serve yet: %s", name, state.reason)

    async def aclose(self) -> None:
        for backend in self.backends.values():
            await backend.aclose()


def build_services(settings: Settings, environ: Mapping[str, str] | None = None) -> Services:
    """Real backends for every configured model; secrets come from `environ`."""
    env = os.environ if environ is None else environ
    backends: dict[str, ChatBackend] = {}
    for model in settings.models:
        backends[model.name] = _backend(model, env)
    return Services(settings=settings, backends=backends)


def _backend(model: HostedModel | LocalModel, environ: Mapping[str, str]) -> ChatBackend:
    if isinstance(model, LocalModel):
        return LocalBackend(model)
    return HostedBackend(model, resolve_secret(model.api_key, environ))
