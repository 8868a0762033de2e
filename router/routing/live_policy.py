"""The routing policy in force, replaced whole when its file changes or on SIGHUP.

A reload reads the configuration and the policy again and validates them fully before swapping
one immutable `ActivePolicy` for another; a request keeps the one it started with. An edit
that does not validate leaves the running policy in place, logged with its file, line and key,
and shown on /readyz until a good edit replaces it. Only routing takes effect without a
restart: other changed settings are named in the log.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import watchfiles

from policies.decide import AUTO, Decider
from policies.load import PolicyError
from router.config_file import load_settings
from router.errors import ConfigError
from router.routing.policy_source import describe_source, load_policy_for, policy_file
from router.settings import RoutingSettings, Settings

log = logging.getLogger(__name__)
_DEBOUNCE_MS = 150


def _changes_to(names: set[str]) -> Callable[[watchfiles.Change, str], bool]:
    """A watch filter for these file names, and for `..data`, a ConfigMap's symlink swap."""

    def relevant(_: watchfiles.Change, changed: str) -> bool:
        name = Path(changed).name
        return name in names or name.startswith("..")

    return relevant


@dataclass(frozen=True, slots=True)
class ActivePolicy:
    decider: Decider
    routing: RoutingSettings
    source: str
    version: int
    loaded_at: float
    aliases: frozenset[str]  # model names that rules accept besides the configured ones


class LivePolicy:
    def __init__(self, settings: Settings, config_path: Path | None) -> None:
        """Raises ConfigError when the starting policy is invalid."""
        self._settings = settings  # what the router started with; routing aside, it stays
        self._config_path = config_path
        try:
            self.active = self._build(settings, version=1)
        except PolicyError as exc:
            raise ConfigError(str(exc)) from exc
        self.last_error: str | None = None
        self.failed_reloads = 0
        self._digest = self._files_digest()

    def _build(self, settings: Settings, version: int) -> ActivePolicy:
        running = self._settings.model_copy(update={"routing": settings.routing})
        policy = load_policy_for(running)
        decider = Decider(policy, running.model_facts(), running.cache.store_sensitive)
        named = {name for rule in policy.rules for name in rule.when.model}
        aliases = frozenset(named - set(decider.models) - {AUTO})
        source = describe_source(settings, self._config_path)
        return ActivePolicy(decider, settings.routing, source, version, time.time(), aliases)

    def watched_files(self) -> list[Path]:
        files = [self._config_path] if self._config_path is not None else []
        policy = policy_file(self._current_settings())
        return [*files, *([policy] if policy is not None else [])]

    def _current_settings(self) -> Settings:
        return self._settings.model_copy(update={"routing": self.active.routing})

    def reload(self, *, only_if_changed: bool = False) -> bool:
        """Reads and validates the policy again; swaps it in if valid. True when swapped."""
        digest = self._files_digest()
        if only_if_changed and digest == self._digest:
            return False
        self._digest = digest
        try:
            settings = (
                load_settings(self._config_path)
                if self._config_path is not None
                else self._current_settings()
            )
            active = self._build(settings, self.active.version + 1)
        except (ConfigError, PolicyError) as exc:
            self.last_error = exc.message if isinstance(exc, ConfigError) else str(exc)
            self.failed_reloads += 1
            log.error(
                "routing policy not reloaded; version %d stays in force: %s",
                self.active.version,
                self.last_error,
            )
            return False
        restart_needed = [
            key
            for key in type(settings).model_fields
            if key != "routing" and getattr(settings, key) != getattr(self._settings, key)
        ]
        if restart_needed:
            log.warning(
                "configuration changed in %s; that takes effect after a restart "
                "(routing changes apply now)",
                ", ".join(restart_needed),
            )
        self.active = active
        self.last_error = None
        log.info(
            "routing policy version %d in force from %s (%d rules)",
            active.version,
            active.source,
            len(active.decider.policy.rules),
        )
        return True

    def _files_digest(self) -> str:
        digest = hashlib.blake2b(digest_size=16)
        for path in self.watched_files():
            digest.update(str(path).encode())
            try:
                digest.update(path.read_bytes())
            except OSError as exc:
                digest.update(f"unreadable: {exc}".encode())
        return digest.hexdigest()

    async def watch(self, stop: asyncio.Event) -> None:
        """Reloads whenever a watched file's folder changes and the files' content differs.

        Folders are watched, not files, so editors that replace a file and Kubernetes
        ConfigMaps that swap a symlink are both seen."""
        while not stop.is_set():
            files = self.watched_files()
            if not files:
                return
            folders = sorted({str(path.absolute().parent) for path in files})
            async for _ in watchfiles.awatch(
                *folders,
                stop_event=stop,
                watch_filter=_changes_to({path.name for path in files}),
                debounce=_DEBOUNCE_MS,
                recursive=False,
            ):
                self.reload(only_if_changed=True)
                if self.watched_files() != files:
                    break  # the policy file moved: watch the new one

    def status(self) -> dict[str, Any]:
        active = self.active
        return {
            "version": active.version,
            "source": active.source,
            "rules": len(active.decider.policy.rules),
            "loaded_at": int(active.loaded_at),
            "last_reload_error": self.last_error,
            "failed_reloads": self.failed_reloads,
        }
