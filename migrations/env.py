"""Alembic environment: the router passes a live connection (see router/ledger/migrate.py)."""

from __future__ import annotations

from alembic import context

from router.ledger.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `router db upgrade`, which supplies the connection")
context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    context.run_migrations()
