"""Cache keys: a digest of the canonical request as the model would get it.

The key covers the model, the messages, the tools and every generation parameter after the
rule's overrides; key order and white space in the client's JSON do not change it, because it
is computed from the parsed request, serialised with sorted keys.
"""

from __future__ import annotations

import hashlib

import orjson

from router.backends.base import ChatRequest

VERSION = b"v1"  # bump when what a cached answer holds changes


def cache_key(model: str, request: ChatRequest) -> str:
    canonical = orjson.dumps(
        {
            "model": model,
            "messages": request.messages,
            "params": request.params,
            "template": request.template_kwargs,
        },
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(VERSION + canonical).hexdigest()


def is_deterministic(request: ChatRequest) -> bool:
    """Temperature 0: the same request gets the same answer, so a cached one is faithful."""
    temperature = request.params.get("temperature")
    return isinstance(temperature, int | float) and temperature == 0
