"""Running the Alembic migrations in `migrations/` on the ledger's database."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_VARIABLE = "LLM_ROUTER_MIGRATIONS"


def migrations_folder() -> Path:
    """`$LLM_ROUTER_MIGRATIONS`, else the checkout's `migrations/`, else ./migrations (the
    container image keeps them beside its config)."""
    if os.environ.get(MIGRATIONS_VARIABLE):
        return Path(os.environ[MIGRATIONS_VARIABLE])
    checkout = Path(__file__).resolve().parents[2] / "migrations"
    return checkout if checkout.is_dir() else Path.cwd() / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    config.attributes["connection"] = connection
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.downgrade(alembic_config(sync), revision))


async def current(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )
