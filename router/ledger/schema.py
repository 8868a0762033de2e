"""The ledger's tables. Alembic migrations in `migrations/` create and change them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Float,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

SCALE = 10  # money keeps ten decimal places: a token of a cheap model costs about 1e-8 USD


class Money(TypeDecorator[Decimal]):
    """USD, exactly: NUMERIC where the database has it, else an integer of 1e-10 USD (SQLite
    would turn NUMERIC text into floating point). Sums stay exact either way."""

    impl = Numeric(20, SCALE)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(20, SCALE))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        return int(value.scaleb(SCALE).to_integral_value())

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return Decimal(int(value)).scaleb(-SCALE)
        return Decimal(value)


MONEY = Money()


class Base(DeclarativeBase):
    pass


class RequestRecord(Base):
    __tablename__ = "request_records"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    request_id: Mapped[str] = mapped_column(String(128))
    api_key: Mapped[str | None] = mapped_column(String(128))
    tenant: Mapped[str | None] = mapped_column(String(128))
    label: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(128))
    policy_version: Mapped[int] = mapped_column(Integer)
    requested_model: Mapped[str] = mapped_column(String(256))
    model: Mapped[str | None] = mapped_column(String(128))
    provider: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer)
    fallbacks: Mapped[int] = mapped_column(Integer)
    prompt_tokens: Mapped[int] = mapped_column(Integer)
    completion_tokens: Mapped[int] = mapped_column(Integer)
    cost_usd: Mapped[Decimal] = mapped_column(MONEY)
    baseline_cost_usd: Mapped[Decimal] = mapped_column(MONEY)
    saved_usd: Mapped[Decimal] = mapped_column(MONEY, server_default="0")
    cache_hit: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[int] = mapped_column(Integer)
    error_code: Mapped[str | None] = mapped_column(String(64))
    stream: Mapped[bool] = mapped_column(Boolean)
    latency_ms: Mapped[float] = mapped_column(Float)
    ttft_ms: Mapped[float | None] = mapped_column(Float)
    upstream_ms: Mapped[float | None] = mapped_column(Float)
    overhead_ms: Mapped[float] = mapped_column(Float)
    fingerprint: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        # A month's report scans a time range and groups by these.
        Index("ix_request_records_created_at", "created_at"),
        Index("ix_request_records_month_model", "created_at", "model"),
        Index("ix_request_records_key_created_at", "api_key", "created_at"),
    )


# Postgres only (migration 0003): kept equal to aggregations of request_records by triggers.
ROLLUP_BUCKET = dt.timedelta(minutes=15)  # every real time zone's midnight falls on one
BREAKDOWNS = ("model", "label", "rule", "api_key", "tenant", "provider")

request_rollup = Table(
    "request_rollup",
    Base.metadata,
    Column("bucket", DateTime(timezone=True), nullable=False),  # created_at, floored, UTC
    Column("dimension", String(16), nullable=False),  # one of BREAKDOWNS
    Column("value", String(256)),
    Column("requests", BigInteger, nullable=False),
    Column("prompt_tokens", BigInteger, nullable=False),
    Column("completion_tokens", BigInteger, nullable=False),
    Column("cost_usd", Numeric, nullable=False),
    Column("baseline_cost_usd", Numeric, nullable=False),
    Column("saved_usd", Numeric, nullable=False),
    Column("cache_hits", BigInteger, nullable=False),
    Column("with_fallbacks", BigInteger, nullable=False),  # fallbacks > 0
    Column("errors", BigInteger, nullable=False),  # status != 200
    Column("upstream_ms", Numeric, nullable=False),  # each float cast to NUMERIC, then summed
    UniqueConstraint(
        "bucket", "dimension", "value", name="uq_request_rollup", postgresql_nulls_not_distinct=True
    ),
)

# Answered requests (status 200) per UTC day, model, metric ("latency", "ttft") and bin of the
# database function latency_bin(ms), whose bins rise with the value.
latency_histogram = Table(
    "latency_histogram",
    Base.metadata,
    Column("day", DateTime(timezone=True), nullable=False),
    Column("model", String(128)),
    Column("metric", String(8), nullable=False),
    Column("bin", Integer, nullable=False),
    Column("count", BigInteger, nullable=False),
    UniqueConstraint(
        "day",
        "model",
        "metric",
        "bin",
        name="uq_latency_histogram",
        postgresql_nulls_not_distinct=True,
    ),
)
