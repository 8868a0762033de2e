"""Shared integer counters with expiry: Redis (atomic INCRBY, shared by every replica) or this
process. When Redis fails or is slow, counting goes on in this process (each replica then
enforces alone), the log says so once, and Redis is tried again for every later operation."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

import redis.asyncio as redis
from redis.exceptions import RedisError

from router.outage import Outage

log = logging.getLogger(__name__)
_PREFIX = "router:count:"


class Counters(Protocol):
    async def values(self, keys: list[str]) -> list[int]: ...

    async def add(self, key: str, amount: int, ttl_s: int) -> int: ...

    async def aclose(self) -> None: ...

    def status(self) -> dict[str, object]: ...


class MemoryCounters:
    def __init__(self) -> None:
        self._counts: dict[str, tuple[int, float]] = {}  # key -> (value, expires at)

    async def values(self, keys: list[str]) -> list[int]:
        now = time.monotonic()
        found = []
        for key in keys:
            value, expires = self._counts.get(key, (0, 0.0))
            found.append(value if expires > now else 0)
        return found

    async def add(self, key: str, amount: int, ttl_s: int) -> int:
        now = time.monotonic()
        value, expires = self._counts.get(key, (0, 0.0))
        if expires <= now:
            value, expires = 0, now + ttl_s
        self._counts[key] = (value + amount, expires)
        if len(self._counts) > 100_000:  # drop what expired
            self._counts = {k: v for k, v in self._counts.items() if v[1] > now}
        return value + amount

    async def aclose(self) -> None:
        self._counts.clear()

    def status(self) -> dict[str, object]:
        return {"store": "memory", "available": True}


class RedisCounters:
    def __init__(self, url: str, timeout_ms: int) -> None:
        self._timeout = timeout_ms / 1000
        self._url = url
        self._client = redis.Redis.from_url(
            url, socket_timeout=self._timeout, socket_connect_timeout=self._timeout
        )
        self._fallback = MemoryCounters()
        self._outage = Outage("budget counters in Redis", "counting in this process", log)

    async def values(self, keys: list[str]) -> list[int]:
        if not keys:
            return []
        try:
            async with asyncio.timeout(self._timeout):
                found = await self._client.mget([_PREFIX + key for key in keys])
        except (RedisError, OSError, TimeoutError) as exc:
            self._outage.failed(exc)
            return await self._fallback.values(keys)
        self._outage.recovered()
        return [int(value) if value is not None else 0 for value in found]

    async def add(self, key: str, amount: int, ttl_s: int) -> int:
        try:
            async with asyncio.timeout(self._timeout):
                pipeline = self._client.pipeline(transaction=True)
                pipeline.incrby(_PREFIX + key, amount)
                pipeline.expire(_PREFIX + key, ttl_s, nx=True)
                total, _ = await pipeline.execute()
        except (RedisError, OSError, TimeoutError) as exc:
            self._outage.failed(exc)
            return await self._fallback.add(key, amount, ttl_s)
        self._outage.recovered()
        return int(total)

    async def aclose(self) -> None:
        await self._client.aclose()

    def status(self) -> dict[str, object]:
        outage = self._outage
        return {"store": "redis", "available": not outage.down, "failures": outage.failures}
