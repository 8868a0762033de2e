"""Stopping the work of a client that has gone away before its (non-streaming) answer."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from starlette.requests import Request

from router.errors import ClientClosedRequest

T = TypeVar("T")


async def unless_client_leaves(request: Request, work: Coroutine[Any, Any, T]) -> T:
    """Runs `work`, cancelling it when the client disconnects first, so that a local model is
    freed and an upstream call dropped. The body must have been read already."""
    task = asyncio.ensure_future(work)

    async def watch() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass
        task.cancel()

    watcher = asyncio.ensure_future(watch())
    try:
        return await task
    except asyncio.CancelledError:
        if watcher.done() and not watcher.cancelled():
            raise ClientClosedRequest("the client closed the connection first") from None
        raise
    finally:
        watcher.cancel()
