"""The settings sections of the services around routing: client keys, spend caps and rate
limits, the ledger, the response cache and the reports (see `router.settings` for the root)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from router.setting_types import EnvExpanded, Frozen, ModelName, SecretReference


class Client(Frozen):
    """An application allowed to call the router, known by its key."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$", description="Key name.")
    key: SecretReference = Field(description="A ${VARIABLE} naming where the key is.")
    tenant: str | None = Field(default=None, max_length=128)
    requests_per_minute: int | None = Field(default=None, ge=1)
    tokens_per_minute: int | None = Field(default=None, ge=1)


class Cap(Frozen):
    """A ceiling on hosted spend in a calendar day or month (UTC)."""

    scope: Literal["global", "key", "tenant"] = "global"
    name: str | None = Field(default=None, description="The key or tenant, for those scopes.")
    period: Literal["day", "month"] = "month"
    usd: Decimal = Field(gt=0)
    warn_at: float = Field(default=0.8, gt=0, le=1, description="The share that is `warning`.")

    @model_validator(mode="after")
    def _named_when_scoped(self) -> Cap:
        if (self.scope == "global") != (self.name is None):
            raise ValueError("a key or tenant cap names its key or tenant; a global one does not")
        return self


class BudgetSettings(Frozen):
    """Hosted spend caps and per-key rate limits, counted in Redis (shared by replicas) or in
    this process."""

    backend: Literal["memory", "redis"] = "memory"
    redis_url: EnvExpanded = "redis://127.0.0.1:6379/0"
    timeout_ms: int = Field(default=50, ge=1, le=10_000)
    caps: tuple[Cap, ...] = ()
    on_exceeded: Literal["downgrade", "reject"] = Field(
        default="downgrade",
        description="downgrade: hosted models leave the chain; reject: 429 budget_exceeded.",
    )


class LedgerSettings(Frozen):
    """Where every request's record of cost and latency goes."""

    url: EnvExpanded = Field(
        default="sqlite:///router-ledger.db",
        description="SQLAlchemy URL: sqlite:///FILE (relative to the working folder) or "
        "postgresql://user:pass@host/db; ${VAR} is expanded, so keep passwords out of the file.",
    )
    migrate_on_start: bool = Field(default=True, description="Run `router db upgrade` at start.")
    spool_path: Path = Field(
        default=Path("router-ledger.spool"),
        description="Append-only file that holds records while the database cannot take them.",
    )
    batch_size: int = Field(default=500, ge=1, le=10_000)
    flush_interval_s: float = Field(default=0.5, gt=0, le=60)
    queue_size: int = Field(default=20_000, ge=1, description="Records waiting in memory.")
    write_timeout_s: float = Field(default=5.0, gt=0, description="A slower batch is spooled.")
    baseline_model: ModelName | None = Field(
        default=None,
        description="The hosted model savings are measured against; default_model by default.",
    )
    retention_days: int | None = Field(
        default=None,
        ge=1,
        description="Records older than this are deleted; kept forever if unset.",
    )
    fingerprint: bool = Field(
        default=False, description="Store a keyed hash of the messages (never their text)."
    )

    @field_validator("url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        scheme = value.split(":", 1)[0].split("+", 1)[0]
        if scheme not in ("sqlite", "postgresql", "postgres"):
            raise ValueError("the ledger runs on sqlite:///FILE or postgresql://user@host/db")
        return value


class CacheSettings(Frozen):
    """The exact-match response cache: in process by default, or Redis shared by replicas."""

    backend: Literal["memory", "redis"] = "memory"
    redis_url: EnvExpanded = Field(
        default="redis://127.0.0.1:6379/0", description="For backend: redis; ${VAR} expanded."
    )
    max_entries: int = Field(default=10_000, ge=1, description="The in-process cache's size.")
    max_entry_bytes: int = Field(default=1 << 20, ge=1024, description="Larger answers skip it.")
    timeout_ms: int = Field(
        default=50, ge=1, le=10_000, description="A slower Redis is treated as down."
    )
    near_cache_bytes: int = Field(
        default=64 << 20,
        ge=0,
        description="Redis backend: answers this process read or wrote are also kept here (up "
        "to this many bytes) until their Redis entry expires; 0 turns that off.",
    )
    only_deterministic: bool = Field(
        default=True,
        description="Cache only temperature-0 requests, or those sending x-router-cache: on.",
    )
    store_sensitive: bool = Field(
        default=False, description="Also cache requests with sensitive content (not advised)."
    )


class ReportSettings(Frozen):
    time_zone: str = Field(default="UTC", description="Where months begin and end.")
    admin_key: SecretReference | None = Field(
        default=None, description="A ${VARIABLE}: the key that may read reports."
    )
