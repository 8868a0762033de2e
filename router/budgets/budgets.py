"""Spend caps and rate limits in the request path.

Before a request: its caps (global, its key's, its tenant's) are read in one round trip and
give the budget state a policy can match (`ok`, `warning`, `exceeded`); an exceeded cap takes
the hosted models out of the chain (`downgrade`) or refuses the request (`reject`, 429), and
local models are never blocked. After it: its cost is added to each cap atomically, so many
replicas together overspend by at most what their requests in flight cost.

Rate limits are per key and per minute: requests are counted on arrival, tokens after the
answer; a key over either gets 429 with Retry-After until the minute ends.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, replace
from decimal import Decimal

from policies.decision import Decision
from policies.facts import ModelFacts
from router.budgets.counters import Counters, MemoryCounters, RedisCounters
from router.clients import Caller
from router.errors import BudgetExceeded, ClientRateLimited
from router.service_settings import BudgetSettings, Cap, Client

log = logging.getLogger(__name__)
UNITS_PER_USD = 10**10  # counters hold integers of 1e-10 USD: exact, and INCRBY is atomic
_DAY = 86_400


@dataclass(frozen=True, slots=True)
class BudgetView:
    state: str  # ok | warning | exceeded
    exceeded: tuple[str, ...] = ()  # which caps, for the error message
    retry_after_s: float | None = None  # until the first exceeded cap's period ends


OK = BudgetView("ok")


class Budgets:
    def __init__(self, settings: BudgetSettings, clients: tuple[Client, ...]) -> None:
        self.settings = settings
        self._clients = {client.name: client for client in clients}
        self.counters: Counters = (
            RedisCounters(settings.redis_url, settings.timeout_ms)
            if settings.backend == "redis"
            else MemoryCounters()
        )
        self._charges: set[asyncio.Task[None]] = set()

    def _caps(self, caller: Caller) -> list[Cap]:
        return [
            cap
            for cap in self.settings.caps
            if cap.scope == "global"
            or (cap.scope == "key" and cap.name == caller.name)
            or (cap.scope == "tenant" and cap.name == caller.tenant)
        ]

    async def view(self, caller: Caller, now: dt.datetime | None = None) -> BudgetView:
        caps = self._caps(caller)
        if not caps:
            return OK
        moment = now or dt.datetime.now(dt.UTC)
        spent = await self.counters.values([_key(cap, moment) for cap in caps])
        state, exceeded, retry = "ok", [], None
        for cap, units in zip(caps, spent, strict=True):
            limit = cap.usd * UNITS_PER_USD
            if units >= limit:
                exceeded.append(_describe(cap))
                retry = retry or _seconds_left(cap, moment)
                state = "exceeded"
            elif units >= limit * Decimal(repr(cap.warn_at)) and state == "ok":
                state = "warning"
        return BudgetView(state, tuple(exceeded), retry)

    def enforce(
        self, decision: Decision, view: BudgetView, models: dict[str, ModelFacts]
    ) -> Decision:
        """The decision with hosted models out of its chain when a cap is exceeded."""
        if view.state != "exceeded":
            return decision
        local = [name for name in decision.chain if models[name].location == "local"]
        why = f"budget exceeded: {', '.join(view.exceeded)}"
        hosted_target = models[decision.target].location != "local"
        if not local or (hosted_target and self.settings.on_exceeded == "reject"):
            raise BudgetExceeded(
                f"{why}; hosted models are unavailable until the period ends",
                retry_after=view.retry_after_s,
            )
        if local == list(decision.chain):
            return decision
        return replace(
            decision,
            target=local[0],
            fallbacks=tuple(local[1:]),
            reasons=(*decision.reasons, f"{why}: hosted models removed"),
        )

    def charge(self, caller: Caller, usd: Decimal) -> None:
        """Adds a request's cost to its caps, in the background."""
        caps = self._caps(caller)
        units = int(usd * UNITS_PER_USD)
        if not caps or units <= 0:
            return
        moment = dt.datetime.now(dt.UTC)
        task = asyncio.create_task(self._charge(caps, units, moment))
        self._charges.add(task)
        task.add_done_callback(self._charges.discard)

    async def _charge(self, caps: list[Cap], units: int, moment: dt.datetime) -> None:
        for cap in caps:
            await self.counters.add(_key(cap, moment), units, _ttl(cap))

    async def admit(self, caller: Caller) -> None:
        """Counts the request against its key's per-minute limits; 429 when over either."""
        client = self._clients.get(caller.name or "")
        if client is None:
            return
        moment = dt.datetime.now(dt.UTC)
        minute = moment.strftime("%Y-%m-%dT%H:%M")
        retry = 60 - moment.second
        if client.tokens_per_minute is not None:
            (tokens,) = await self.counters.values([f"tpm:{client.name}:{minute}"])
            if tokens >= client.tokens_per_minute:
                raise ClientRateLimited(
                    f"key {client.name} used its {client.tokens_per_minute} tokens this minute",
                    retry_after=retry,
                )
        if client.requests_per_minute is not None:
            count = await self.counters.add(f"rpm:{client.name}:{minute}", 1, 120)
            if count > client.requests_per_minute:
                raise ClientRateLimited(
                    f"key {client.name} sent more than {client.requests_per_minute} requests "
                    "this minute",
                    retry_after=retry,
                )

    def count_tokens(self, caller: Caller, tokens: int) -> None:
        client = self._clients.get(caller.name or "")
        if client is None or client.tokens_per_minute is None or tokens <= 0:
            return
        minute = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M")
        task = asyncio.create_task(self._count(f"tpm:{client.name}:{minute}", tokens))
        self._charges.add(task)
        task.add_done_callback(self._charges.discard)

    async def _count(self, key: str, tokens: int) -> None:
        await self.counters.add(key, tokens, 120)

    def status(self) -> dict[str, object]:
        return {"caps": len(self.settings.caps), **self.counters.status()}

    async def aclose(self) -> None:
        if self._charges:
            await asyncio.gather(*self._charges, return_exceptions=True)
        await self.counters.aclose()


def _period(cap: Cap, moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d" if cap.period == "day" else "%Y-%m")


def _key(cap: Cap, moment: dt.datetime) -> str:
    return f"budget:{cap.scope}:{cap.name or ''}:{cap.period}:{_period(cap, moment)}"


def _ttl(cap: Cap) -> int:
    return 2 * _DAY if cap.period == "day" else 32 * _DAY


def _seconds_left(cap: Cap, moment: dt.datetime) -> float:
    start = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if cap.period == "day":
        end = start + dt.timedelta(days=1)
    else:
        first = start.replace(day=1)
        end = (first + dt.timedelta(days=32)).replace(day=1)
    return (end - moment).total_seconds()


def _describe(cap: Cap) -> str:
    who = "global" if cap.scope == "global" else f"{cap.scope} {cap.name}"
    return f"{who} {'daily' if cap.period == 'day' else 'monthly'} cap of {cap.usd} USD"
