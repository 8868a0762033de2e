"""The append-only spool: records the database could not take yet, one JSON line each,
flushed to disk before the writer moves on; replayed (idempotently, by record id) once the
database is back, also after a restart."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import orjson

from router.ledger.entry import LedgerEntry

log = logging.getLogger(__name__)


class Spool:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.replaying = path.with_name(path.name + ".replaying")

    def append(self, entries: list[LedgerEntry]) -> None:
        """Adds `entries` and makes them durable (fsync) before returning."""
        if not entries:
            return
        lines = b"".join(orjson.dumps(entry.to_json()) + b"\n" for entry in entries)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as file:
            file.write(lines)
            file.flush()
            os.fsync(file.fileno())

    def pending(self) -> bool:
        return self.replaying.exists() or (self.path.exists() and self.path.stat().st_size > 0)

    def take(self) -> list[LedgerEntry]:
        """The records to replay: an interrupted replay's first, else the spool's (moved aside,
        so that new records keep going to a fresh spool meanwhile). Call `done` after."""
        if not self.replaying.exists():
            if not self.path.exists():
                return []
            self.path.rename(self.replaying)
        entries = []
        for number, line in enumerate(self.replaying.read_bytes().splitlines(), start=1):
            try:
                entries.append(LedgerEntry.from_json(orjson.loads(line)))
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, ArithmeticError):
                # A line cut short by a crash mid-write: it was never acknowledged as durable.
                log.warning("ledger spool %s:%d is not a record; skipped", self.replaying, number)
        return entries

    def done(self) -> None:
        self.replaying.unlink(missing_ok=True)
