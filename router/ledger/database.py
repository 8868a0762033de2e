"""The ledger's database: the engine for a configured URL, and writing records idempotently."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Delete, Insert, bindparam, cast, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from router.ledger.entry import LedgerEntry
from router.ledger.schema import RequestRecord

_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}
CONNECT_TIMEOUT_S = 5


def async_url(url: str) -> str:
    """`sqlite:///f.db` and `postgresql://...` with the async drivers the router uses."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    if "+" not in parsed.drivername and parsed.drivername in _ASYNC_DRIVERS:
        parsed = parsed.set(drivername=_ASYNC_DRIVERS[parsed.drivername])
    return parsed.render_as_string(hide_password=False)


def safe_url(url: str) -> str:
    """The URL for logs: no password."""
    return make_url(url).render_as_string(hide_password=True)


def engine_for(url: str) -> AsyncEngine:
    full = async_url(url)
    args: dict[str, Any] = {}
    if full.startswith("postgresql+asyncpg"):
        args["connect_args"] = {"timeout": CONNECT_TIMEOUT_S}
    return create_async_engine(full, pool_pre_ping=True, **args)


async def insert_entries(connection: AsyncConnection, entries: Sequence[LedgerEntry]) -> None:
    """Inserts records; one whose id is already stored is skipped, so a replay never doubles.
    On Postgres a batch is one statement (the rollup's trigger runs once per statement)."""
    if not entries:
        return
    rows = [entry.row() for entry in entries]
    if connection.dialect.name != "postgresql":
        statement = sqlite.insert(RequestRecord).on_conflict_do_nothing(index_elements=["id"])
        await connection.execute(statement, rows)
        return
    columns = {name: [row[name] for row in rows] for name in rows[0]}
    await connection.execute(_insert_arrays(tuple(columns)), columns)


def _insert_arrays(names: tuple[str, ...]) -> Insert:
    """INSERT ... SELECT FROM unnest(one array per column) ON CONFLICT (id) DO NOTHING."""
    types = RequestRecord.__table__.c
    arrays = [cast(bindparam(name), postgresql.ARRAY(types[name].type)) for name in names]
    rows = func.unnest(*arrays).table_valued(*names).render_derived(name="batch")
    return (
        postgresql.insert(RequestRecord)
        .from_select(list(names), select(*rows.c))
        .on_conflict_do_nothing(index_elements=["id"])
    )


def older_than(cutoff: object) -> Delete:
    return delete(RequestRecord).where(RequestRecord.created_at < cutoff)
