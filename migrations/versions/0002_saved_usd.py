"""saved_usd: what a cache hit would have cost on the model that first answered it.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MONEY = sa.Numeric(20, 10).with_variant(sa.BigInteger(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("request_records") as table:
        table.add_column(sa.Column("saved_usd", MONEY, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("request_records") as table:
        table.drop_column("saved_usd")
