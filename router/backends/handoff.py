"""Passing items from a worker thread to the event loop, many per wake-up.

Waking the event loop costs a system call and a turn of the loop; when a model produces tokens
faster than the loop takes them, the pieces that piled up are taken together instead.
"""

from __future__ import annotations

import asyncio
import threading


class Handoff:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._lock = threading.Lock()
        self._items: list[object] = []
        self._wake_pending = False
        self._ready = asyncio.Event()

    def put(self, item: object) -> None:
        """Called from the worker thread."""
        with self._lock:
            self._items.append(item)
            if self._wake_pending:
                return
            self._wake_pending = True
        self._loop.call_soon_threadsafe(self._ready.set)

    async def take(self) -> list[object]:
        """Everything put since the last take (waits for at least one item)."""
        while True:
            await self._ready.wait()
            self._ready.clear()
            with self._lock:
                items, self._items = self._items, []
                self._wake_pending = False
            if items:
                return items
