"""Circuit breaking: a model that keeps failing is skipped for a while instead of being tried
(and waited for) by every request; after the cool-down one request tries it again."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from router.settings import CircuitBreaker


@dataclass
class _Circuit:
    failures: int = 0
    open_until: float = 0.0
    trial_running: bool = False


class Circuits:
    """One circuit per model: closed (normal), open (skipped), half-open (one trial)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._circuits: dict[str, _Circuit] = {}

    def allows(self, model: str) -> bool:
        circuit = self._circuits.get(model)
        if circuit is None or circuit.open_until == 0.0:
            return True
        if self._clock() < circuit.open_until or circuit.trial_running:
            return False
        circuit.trial_running = True  # half-open: this request is the trial
        return True

    def succeeded(self, model: str) -> None:
        self._circuits.pop(model, None)

    def failed(self, model: str, config: CircuitBreaker) -> None:
        circuit = self._circuits.setdefault(model, _Circuit())
        circuit.failures += 1
        circuit.trial_running = False
        if circuit.failures >= config.failures or circuit.open_until:
            circuit.open_until = self._clock() + config.cooldown_s

    def released(self, model: str) -> None:
        """A trial that ended neither way (the client left, a client error) frees the slot."""
        circuit = self._circuits.get(model)
        if circuit is not None:
            circuit.trial_running = False

    def state(self, model: str) -> str:
        circuit = self._circuits.get(model)
        if circuit is None or circuit.open_until == 0.0:
            return "closed"
        return "open" if self._clock() < circuit.open_until else "half_open"
