"""Where cached answers live: in this process (an LRU with per-entry TTL), or in Redis, which
every replica shares. Redis is an optimisation: when it is down or slower than `timeout_ms`,
the request goes on uncached, a counter says so, and the log says it once per outage.

In front of Redis each process keeps the answers it has read or written (up to
`near_cache_bytes`), each until the moment its Redis entry expires, which Redis holds with the
answer: a repeat then costs no round trip, and is never served past its TTL."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
import time
from typing import Protocol

import redis.asyncio as redis
from cachetools import TLRUCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
_PREFIX = "router:cache:v2:"  # v2: the value starts with its expiry (8 bytes, Unix ms)
_EXPIRY = struct.Struct(">Q")


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
    def __init__(self, url: str, timeout_ms: int, near_bytes: int = 0) -> None:
        timeout = timeout_ms / 1000
        self._near: TLRUCache[str, tuple[float, bytes]] | None = None
        if near_bytes > 0:
            self._near = TLRUCache(
                near_bytes,
                ttu=lambda _key, value, _now: value[0],  # the Redis entry's own expiry
                timer=time.time,
                getsizeof=lambda value: len(value[1]) + 64,
            )
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
        if self._near is not None and (near := self._near.get(key)) is not None:
            return near[1]
        value = await self._call(self._client.get(_PREFIX + key))
        if not isinstance(value, bytes) or len(value) < _EXPIRY.size:
            return None
        (expires_ms,) = _EXPIRY.unpack_from(value)
        answer = value[_EXPIRY.size :]
        self._keep_near(key, expires_ms / 1000, answer)
        return answer

    async def put(self, key: str, value: bytes, ttl_s: int) -> None:
        if ttl_s > 0:
            expires = time.time() + ttl_s
            stamped = _EXPIRY.pack(int(expires * 1000)) + value
            await self._call(self._client.set(_PREFIX + key, stamped, ex=ttl_s))
            self._keep_near(key, expires, value)

    def _keep_near(self, key: str, expires: float, value: bytes) -> None:
        if self._near is not None and expires > time.time():
            with contextlib.suppress(ValueError):  # larger than the whole near cache
                self._near[key] = (expires, value)

    async def _call(self, command: object) -> object:
        try:
            async with asyncio.timeout(self._timeout):
                return await command  # type: ignore[misc]
        except (RedisError, OSError, TimeoutError) as exc:
            raise CacheUnavailable(f"{type(exc).__name__}: {exc}") from exc

    async def aclose(self) -> None:
        if self._near is not None:
            self._near.clear()
        await self._client.aclose()

    def describe(self) -> str:
        return "redis " + self._url.split("@")[-1]  # no password
