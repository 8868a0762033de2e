"""The response cache in the request path: which requests may use it, reading an answer, and
keeping one after it was served. Failures of the store never fail a request."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import orjson

from policies.decision import Decision
from router.backends.base import ChatRequest, Json
from router.cache.key import cache_key, is_deterministic
from router.cache.stores import CacheStore, CacheUnavailable, MemoryStore, RedisStore
from router.outage import Outage
from router.service_settings import CacheSettings

log = logging.getLogger(__name__)
CACHE_HEADER = "x-router-cache"  # request: on | off; response: hit | miss


@dataclass(frozen=True, slots=True)
class Slot:
    key: str
    ttl_s: int


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    stored: int = 0
    skipped: int = 0  # not cacheable: sampling, rule, sensitive, header, a poor answer
    unavailable: int = 0  # the store failed or was too slow: served uncached
    too_large: int = 0


@dataclass
class ResponseCache:
    settings: CacheSettings
    store: CacheStore
    stats: CacheStats = field(default_factory=CacheStats)
    _outage: Outage = field(init=False)
    _writes: set[asyncio.Task[None]] = field(default_factory=set)

    @classmethod
    def from_settings(cls, settings: CacheSettings) -> ResponseCache:
        if settings.backend == "redis":
            store = RedisStore(settings.redis_url, settings.timeout_ms, settings.near_cache_bytes)
            return cls(settings, store)
        return cls(settings, MemoryStore(settings.max_entries))

    def slot(self, decision: Decision, request: ChatRequest, header: str | None) -> Slot | None:
        """Where this request's answer is cached, or None when it may not be: the rule (and
        the privacy guard) turned the cache off, the client said `off`, or the sampling is not
        deterministic and the client did not opt in."""
        if (
            not decision.cache.enabled
            or decision.cache.ttl_s <= 0
            or not self.may_keep(request, header)
        ):
            self.stats.skipped += 1
            return None
        return Slot(cache_key(decision.target, request), decision.cache.ttl_s)

    def may_keep(self, request: ChatRequest, header: str | None) -> bool:
        """Whether the client and the sampling allow caching, whatever the rule says: not when
        the client said `off`, nor for sampling that is not deterministic unless it said `on`."""
        wanted = (header or "").strip().lower()
        if wanted == "off":
            return False
        return not self.settings.only_deterministic or wanted == "on" or is_deterministic(request)

    async def get(self, slot: Slot) -> Json | None:
        try:
            raw = await self.store.get(slot.key)
        except CacheUnavailable as exc:
            self._unavailable(exc)
            return None
        self._available()
        if raw is None:
            self.stats.misses += 1
            return None
        try:
            answer = orjson.loads(raw)
        except orjson.JSONDecodeError:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return answer if isinstance(answer, dict) else None

    def keep(self, slot: Slot, answer: Json) -> None:
        """Stores `answer` in the background; a failure is counted, never raised."""
        if answer.get("router_outcome") or not (answer.get("choices") or answer.get("content")):
            self.stats.skipped += 1  # a loop or an empty answer is not worth repeating
            return
        raw = orjson.dumps(answer)
        if len(raw) > self.settings.max_entry_bytes:
            self.stats.too_large += 1
            return
        task = asyncio.create_task(self._put(slot, raw))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _put(self, slot: Slot, raw: bytes) -> None:
        try:
            await self.store.put(slot.key, raw, slot.ttl_s)
        except CacheUnavailable as exc:
            self._unavailable(exc)
            return
        self._available()
        self.stats.stored += 1

    def __post_init__(self) -> None:
        self._outage = Outage(f"response cache {self.store.describe()}", "serving uncached", log)

    def _unavailable(self, exc: CacheUnavailable) -> None:
        self.stats.unavailable += 1
        self._outage.failed(exc)

    def _available(self) -> None:
        self._outage.recovered()

    def status(self) -> dict[str, object]:
        available = not self._outage.down
        return {"store": self.store.describe(), "available": available, **vars(self.stats)}

    async def aclose(self) -> None:
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
        await self.store.aclose()
