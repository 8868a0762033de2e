"""The ledger writer: records leave the request path through a bounded in-memory queue, and
one background task inserts them in batches (bounded in size and time).

Nothing is lost and nothing is counted twice. When the database is unreachable, slow or not
migrated yet, a batch goes to the spool file (fsync'd) instead, and the writer backs off;
once an insert succeeds again the spool is replayed, idempotently by record id, which is also
what happens at start-up when a spool is left over. A full queue spills to the spool rather
than dropping a record or making a request wait. Closing drains the queue.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from router.ledger.database import engine_for, insert_entries, older_than, safe_url
from router.ledger.entry import LedgerEntry
from router.ledger.migrate import upgrade
from router.ledger.spool import Spool
from router.outage import Outage
from router.service_settings import LedgerSettings

log = logging.getLogger(__name__)
_MAX_BACKOFF_S = 30.0
_RETENTION_EVERY_S = 3600.0
_FAILURES = (SQLAlchemyError, OSError, TimeoutError, ConnectionError)


class LedgerWriter:
    def __init__(self, settings: LedgerSettings, spool_path: Path | None = None) -> None:
        self._settings = settings
        self._url = settings.url
        self._engine = engine_for(settings.url)
        self._spool = Spool(spool_path or settings.spool_path)
        self._queue: asyncio.Queue[LedgerEntry] = asyncio.Queue(settings.queue_size)
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._migrated = not settings.migrate_on_start
        self._backoff_s = 0.0
        self._down_until = 0.0  # 0 while the last attempt succeeded (or none was made)
        self._outage = Outage(
            f"ledger database {safe_url(settings.url)}",
            f"spooling records to {self._spool.path}",
            log,
        )
        self._next_retention = 0.0
        self.written = 0
        self.spooled = 0
        self.replayed = 0

    @property
    def engine(self) -> AsyncEngine:
        """The ledger's database, for reading (reports)."""
        return self._engine

    def record(self, entry: LedgerEntry) -> None:
        """Never blocks and never fails the request: a full queue spills to the spool."""
        try:
            self._queue.put_nowait(entry)
        except asyncio.QueueFull:
            self._spool_batch([entry], "the ledger queue is full")

    async def start(self) -> None:
        """Migrates the database now, so that reports can read it at once (a database that
        is down delays start-up by at most `write_timeout_s`; the writer retries later)."""
        log.info("ledger: %s (spool %s)", safe_url(self._url), self._spool.path)
        if not self._migrated:
            await self._insert([])
        self._task = asyncio.create_task(self._run())

    async def aclose(self) -> None:
        """Writes (or spools) everything recorded so far, then closes the database."""
        self._closing = True
        if self._task is not None:
            await self._task
        await self._engine.dispose()

    def status(self) -> dict[str, object]:
        return {
            "database": safe_url(self._url),
            "healthy": self._down_until == 0.0,  # the last attempt's outcome
            "queued": self._queue.qsize(),
            "spool_pending": self._spool.pending(),
            "written": self.written,
            "spooled": self.spooled,
            "replayed": self.replayed,
        }

    async def _run(self) -> None:
        while True:
            batch = await self._next_batch()
            if batch:
                await self._write(batch)
            if self._closing and self._queue.empty():
                return
            if self._may_try() and self._spool.pending():
                await self._replay()
            if self._may_try() and self._settings.retention_days:
                await self._apply_retention()

    async def _next_batch(self) -> list[LedgerEntry]:
        """Up to batch_size records, waiting at most flush_interval_s for them to gather."""
        settings = self._settings
        batch: list[LedgerEntry] = []
        deadline = time.monotonic() + settings.flush_interval_s
        while len(batch) < settings.batch_size:
            if not self._queue.empty():
                batch.append(self._queue.get_nowait())
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (self._closing and not batch and self._queue.empty()):
                break
            try:
                batch.append(await asyncio.wait_for(self._queue.get(), min(remaining, 0.1)))
            except TimeoutError:
                if self._closing:
                    break
        return batch

    def _may_try(self) -> bool:
        """False while backing off after a failure."""
        return time.monotonic() >= self._down_until

    async def _write(self, batch: list[LedgerEntry]) -> None:
        if not self._may_try():  # backing off: straight to the spool
            self._spool_batch(batch, None)
            return
        if await self._insert(batch):
            self.written += len(batch)
        else:
            self._spool_batch(batch, None)

    async def _insert(self, batch: list[LedgerEntry]) -> bool:
        try:
            async with asyncio.timeout(self._settings.write_timeout_s):
                if not self._migrated:
                    await upgrade(self._engine)
                    self._migrated = True
                async with self._engine.begin() as connection:
                    await insert_entries(connection, batch)
        except _FAILURES as exc:
            self._went_down(exc)
            return False
        self._outage.recovered()
        self._backoff_s = 0.0
        self._down_until = 0.0
        return True

    def _went_down(self, exc: BaseException) -> None:
        self._backoff_s = min(_MAX_BACKOFF_S, max(0.5, self._backoff_s * 2))
        self._down_until = time.monotonic() + self._backoff_s
        self._outage.failed(exc)

    def _spool_batch(self, batch: list[LedgerEntry], why: str | None) -> None:
        try:
            self._spool.append(batch)
        except OSError:
            log.exception("ledger: %d records could not be spooled either", len(batch))
            return
        self.spooled += len(batch)
        if why is not None:
            log.warning("ledger: %s; %d records spooled to %s", why, len(batch), self._spool.path)

    async def _replay(self) -> None:
        entries = self._spool.take()
        size = self._settings.batch_size
        for start in range(0, len(entries), size):
            if not await self._insert(entries[start : start + size]):
                return  # the rest stays in the replay file for the next attempt
        self._spool.done()
        if entries:
            self.replayed += len(entries)
            log.info("ledger: replayed %d spooled records", len(entries))

    async def _apply_retention(self) -> None:
        now = time.monotonic()
        if now < self._next_retention:
            return
        self._next_retention = now + _RETENTION_EVERY_S
        days = self._settings.retention_days or 0
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
        try:
            async with self._engine.begin() as connection:
                result = await connection.execute(older_than(cutoff))
        except _FAILURES as exc:
            self._went_down(exc)
            return
        if result.rowcount:
            log.info("ledger: deleted %d records older than %d days", result.rowcount, days)
