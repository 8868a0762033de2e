"""The request_records table: one row per proxied request.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Exact USD: NUMERIC, or on SQLite an integer of 1e-10 USD (see router/ledger/schema.py).
MONEY = sa.Numeric(20, 10).with_variant(sa.BigInteger(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "request_records",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(128), nullable=False),
        sa.Column("api_key", sa.String(128)),
        sa.Column("tenant", sa.String(128)),
        sa.Column("label", sa.String(32), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("rule", sa.String(128), nullable=False),
        sa.Column("policy_version", sa.Integer, nullable=False),
        sa.Column("requested_model", sa.String(256), nullable=False),
        sa.Column("model", sa.String(128)),
        sa.Column("provider", sa.String(64)),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("fallbacks", sa.Integer, nullable=False),
        sa.Column("prompt_tokens", sa.Integer, nullable=False),
        sa.Column("completion_tokens", sa.Integer, nullable=False),
        sa.Column("cost_usd", MONEY, nullable=False),
        sa.Column("baseline_cost_usd", MONEY, nullable=False),
        sa.Column("cache_hit", sa.Boolean, nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("error_code", sa.String(64)),
        sa.Column("stream", sa.Boolean, nullable=False),
        sa.Column("latency_ms", sa.Float, nullable=False),
        sa.Column("ttft_ms", sa.Float),
        sa.Column("upstream_ms", sa.Float),
        sa.Column("overhead_ms", sa.Float, nullable=False),
        sa.Column("fingerprint", sa.String(64)),
    )
    op.create_index("ix_request_records_created_at", "request_records", ["created_at"])
    op.create_index("ix_request_records_month_model", "request_records", ["created_at", "model"])
    op.create_index(
        "ix_request_records_key_created_at", "request_records", ["api_key", "created_at"]
    )


def downgrade() -> None:
    op.drop_table("request_records")
