"""Where cached answers live: in this process (an LRU with per-entry TTL), or in Redis, which
every replica shares. Redis is an optimisation: when it is down or slower than `timeout_ms`,
the request goes on uncached, a counter says so, and the log says it once per outage."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

import redis.asyncio as redis
from cachetools import TLRUCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
_PREFIX = "router:cache:"


class CacheStore(Protocol):
    async def get(self, key: str) -> bytes | None: ...

    async def put(self, key: str, value: bytes, ttl_s: int) -> None: ...

    async def aclose(self) -> None: ...

    def describe(self) -> str: ...


class MemoryStore:
    def __init__(self, max_entries: int) -> None:
        self._entries: TLRUCache[str, tuple[float, bytes]] = TLRUCache(
            max_entries, ttu=lambda _key, value, now: now + value[0], timer=time.monotonic
        )

    async def get(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        return entry[1] if entry is not None else None

    async def put(self, key: str, value: bytes, ttl_s: int) -> None:
        if ttl_s > 0:
            self._entries[key] = (float(ttl_s), value)

    async def aclose(self) -> None:
        self._entries.clear()

    def describe(self) -> str:
        return "memory"


class CacheUnavailable(Exception):
    """The shared store did not answer in time or refused; the request goes on uncached."""


class RedisStore:
    def __init__(self, url: str, timeout_ms: int) -> None:
        timeout = timeout_ms / 1000
        self._timeout = timeout
        self._url = url
        self._client = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry_on_timeout=False,
            health_check_interval=30,
        )

    async def get(self, key: str) -> bytes | None:
        value = await self._call(self._client.get(_PREFIX + key))
        return value if isinstance(value, bytes) else None

    async def put(self, key: str, value: bytes, ttl_s: int) -> None:
        if ttl_s > 0:
            await self._call(self._client.set(_PREFIX + key, value, ex=ttl_s))

    async def _call(self, command: object) -> object:
        try:
            async with asyncio.timeout(self._timeout):
                return await command  # type: ignore[misc]
        except (RedisError, OSError, TimeoutError) as exc:
            raise CacheUnavailable(f"{type(exc).__name__}: {exc}") from exc

    async def aclose(self) -> None:
        await self._client.aclose()

    def describe(self) -> str:
        return "redis " + self._url.split("@")[-1]  # no password
