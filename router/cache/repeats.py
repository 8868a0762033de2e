"""Repeated requests, answered from the cache without being routed again.

A cache hit used to pay for the routing step (the whole-payload scan and the task model), since
a request has to be routed to know which model's answer to look for. So each process remembers
where a cacheable request was routed (its plan, decision and cache slot) under a digest of the
request body, the caller and the headers that change routing. A byte-for-byte repeat under the
same policy and budget state looks its answer up directly; when the answer is gone it is routed
as usual. Digests and plans hold no text of the request.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

import orjson
from cachetools import LRUCache

from policies.decision import Decision
from router.backends.base import Json
from router.cache.response_cache import CACHE_HEADER, ResponseCache, Slot
from router.routing.live_policy import ActivePolicy
from router.routing.planner import Plan
from router.routing.request_facts import TAGS_HEADER
from router.routing.sessions import SESSION_HEADER

_ROUTING_HEADERS = (TAGS_HEADER, SESSION_HEADER, CACHE_HEADER)


@dataclass(frozen=True, slots=True)
class Routed:
    plan: Plan
    decision: Decision
    slot: Slot


@dataclass(frozen=True, slots=True)
class Repeat:
    routed: Routed
    answer: Json


class Repeats:
    def __init__(self, size: int) -> None:
        self._routed: LRUCache[bytes, Routed] = LRUCache(maxsize=size)

    @staticmethod
    def key(dialect: str, payload: Json, caller: str | None, headers: Mapping[str, str]) -> bytes:
        """`caller`: the client's name (None without client keys)."""
        digest = hashlib.blake2b(dialect.encode(), digest_size=16)
        for part in (caller or "", *(headers.get(name) or "" for name in _ROUTING_HEADERS)):
            digest.update(b"\0" + part.encode())
        digest.update(b"\0" + orjson.dumps(payload))
        return digest.digest()

    def remember(self, key: bytes, plan: Plan, decision: Decision, slot: Slot) -> None:
        self._routed[key] = Routed(plan, decision, slot)

    async def find(
        self, key: bytes, policy: ActivePolicy, budget: str, cache: ResponseCache
    ) -> Repeat | None:
        """The cached answer of an earlier, identical request routed under `policy` with the
        caller's budget in the same state; None when there is none (route it as usual)."""
        routed = self._routed.get(key)
        if routed is None or routed.plan.policy is not policy or routed.plan.facts.budget != budget:
            return None
        answer = await cache.get(routed.slot)
        if answer is None:
            self._routed.pop(key, None)
            return None
        return Repeat(routed, answer)
