"""Saying once that a dependency the router can do without (the cache or budget store, the
ledger's database) went away, and once that it came back, however many requests notice."""

from __future__ import annotations

import logging


class Outage:
    def __init__(self, what: str, meanwhile: str, log: logging.Logger) -> None:
        self._what = what  # "response cache redis 127.0.0.1:6379/0"
        self._meanwhile = meanwhile  # "serving uncached"
        self._log = log
        self.down = False
        self.failures = 0

    def failed(self, exc: BaseException) -> bool:
        """Counts a failure; True when it begins an outage (and was logged)."""
        self.failures += 1
        if self.down:
            return False
        self.down = True
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        self._log.warning(
            "%s unavailable (%s: %s); %s", self._what, type(exc).__name__, detail, self._meanwhile
        )
        return True

    def recovered(self) -> None:
        if self.down:
            self.down = False
            self._log.info("%s is back", self._what)
