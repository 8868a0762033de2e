"""The per-app services object: everything a request needs, built once in the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import secrets
import signal
import time
from collections.abc import Mapping
from pathlib import Path

from classifiers.classify import Classifier
from classifiers.task_model import ArtifactError
from policies.decide import AUTO
from policies.decision import Decision
from router.backends.base import ChatBackend, Json
from router.backends.hosted import HostedBackend
from router.backends.litellm_loader import load_litellm
from router.backends.llama_backend import LocalBackend
from router.budgets.budgets import Budgets
from router.cache.repeats import Repeats
from router.cache.response_cache import ResponseCache
from router.clients import ClientKeys
from router.errors import ConfigError, ModelNotFound, PrivacyRefusal
from router.ledger.costs import Costs, prices
from router.ledger.recording import Recorder
from router.ledger.writer import LedgerWriter
from router.routing.circuits import Circuits
from router.routing.dispatch import Dispatcher
from router.routing.live_policy import LivePolicy
from router.routing.planner import Plan, Planner
from router.routing.sessions import Sessions
from router.setting_types import resolve_secret
from router.settings import HostedModel, LocalModel, Settings

log = logging.getLogger(__name__)
FINGERPRINT_KEY_VARIABLE = "LLM_ROUTER_FINGERPRINT_KEY"


class Services:
    """Backends, the classifier, the live routing policy and the routing state."""

    def __init__(
        self,
        settings: Settings,
        backends: Mapping[str, ChatBackend],
        config_path: Path | None = None,
        classifier: Classifier | None = None,
        ledger: LedgerWriter | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """Raises ConfigError when the routing policy or the classifier cannot be loaded."""
        self.settings = settings
        self.backends = backends
        env = os.environ if environ is None else environ
        self.client_keys = ClientKeys(settings, env)
        self.admin_key = resolve_secret(settings.reports.admin_key, env)
        self.started_at = int(time.time())
        self.policy = LivePolicy(settings, config_path)
        try:
            self.classifier = classifier or Classifier()
        except ArtifactError as exc:
            raise ConfigError(f"the request classifier cannot load: {exc}") from exc
        # The classifier's tables live as long as the process: keep the collector off them.
        gc.collect()
        gc.freeze()
        self.sessions = Sessions(settings.routing.stickiness)
        self.circuits = Circuits()
        local = [model.name for model in settings.models if isinstance(model, LocalModel)]
        self._first_local = backends.get(local[0]) if local else None
        self.planner = Planner(self.classifier, self.policy, self.sessions, self._local_load)
        self.dispatcher = Dispatcher(backends, frozenset(local), self.circuits)
        self.ledger = ledger
        self.cache = ResponseCache.from_settings(settings.cache)
        self.repeats = Repeats(settings.cache.max_entries)
        self.budgets = Budgets(settings.budgets, settings.clients)
        self.recorder = Recorder(
            ledger,
            Costs(prices(settings, load_litellm().model_cost), _baseline(settings)),
            {model.name: model.provider for model in settings.models},
            _fingerprint_key(settings),
        )
        self._stop_watching = asyncio.Event()
        self._watcher: asyncio.Task[None] | None = None

    def _local_load(self) -> Json | None:
        """The load of the first local model, which overflow rules read."""
        return self._first_local.readiness().load if self._first_local is not None else None

    def checked_decision(self, plan: Plan) -> Decision:
        """The plan's decision, or the client's error: an unknown model (404) or a sensitive
        request that no allowed model could serve (503)."""
        requested = plan.facts.requested_model
        if (
            requested != AUTO
            and requested not in self.backends
            and requested not in plan.policy.aliases
        ):
            known = ", ".join([AUTO, *self.backends, *sorted(plan.policy.aliases)])
            raise ModelNotFound(
                f"the model '{requested}' does not exist; available: {known}", param="model"
            )
        if plan.decision is None:
            raise PrivacyRefusal(f"no model may serve this request: {plan.refusal}")
        return plan.decision

    async def start(self) -> None:
        """Starts every backend (local models load here), then watches the routing policy."""
        # One at a time: llama.cpp points the process's stdout and stderr at /dev/null while
        # a model loads, and overlapping loads would leave them there.
        for backend in self.backends.values():
            await backend.start()
        self.log_readiness()
        if self.ledger is not None:
            await self.ledger.start()
        loop = asyncio.get_running_loop()
        with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
            # Only the main thread of a POSIX process can take signals (not a test client).
            loop.add_signal_handler(signal.SIGHUP, self.policy.reload)
        if self.policy.active.routing.watch:
            self._watcher = asyncio.create_task(self._watch())

    async def _watch(self) -> None:
        try:
            await self.policy.watch(self._stop_watching)
        except Exception:
            log.exception("watching the routing policy failed; SIGHUP still reloads it")

    def log_readiness(self) -> None:
        for name, backend in self.backends.items():
            state = backend.readiness()
            if state.ready:
                log.info("model %s is ready", name)
            else:
                log.warning("model %s cannot serve yet: %s", name, state.reason)

    async def aclose(self) -> None:
        self._stop_watching.set()
        if self._watcher is not None:
            await self._watcher
        with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        await self.cache.aclose()
        await self.budgets.aclose()
        if self.ledger is not None:
            await self.ledger.aclose()  # drains: every record is written or spooled
        for backend in self.backends.values():
            await backend.aclose()


def _baseline(settings: Settings) -> str | None:
    """The configured baseline, else the default model if it is hosted."""
    if settings.ledger.baseline_model is not None:
        return settings.ledger.baseline_model
    default = next(model for model in settings.models if model.name == settings.default_model)
    return None if isinstance(default, LocalModel) else default.name


def _fingerprint_key(settings: Settings) -> bytes | None:
    """Prompt fingerprints are keyed, so that they cannot be looked up in a dictionary of
    prompts; with no key configured they compare within one run of the router only."""
    if not settings.ledger.fingerprint:
        return None
    key = os.environ.get(FINGERPRINT_KEY_VARIABLE)
    return key.encode() if key else secrets.token_bytes(32)


def build_services(
    settings: Settings, config_path: Path | None = None, environ: Mapping[str, str] | None = None
) -> Services:
    """Real backends for every configured model; secrets come from `environ`."""
    env = os.environ if environ is None else environ
    backends: dict[str, ChatBackend] = {}
    for model in settings.models:
        backends[model.name] = _backend(model, env)
    return Services(
        settings, backends, config_path, ledger=LedgerWriter(settings.ledger), environ=env
    )


def _backend(model: HostedModel | LocalModel, environ: Mapping[str, str]) -> ChatBackend:
    if isinstance(model, LocalModel):
        return LocalBackend(model)
    return HostedBackend(model, resolve_secret(model.api_key, environ))
