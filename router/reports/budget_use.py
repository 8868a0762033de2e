"""Budget use in a report's month: each configured spend cap against what the ledger says its
scope spent. Counted in UTC days and months, as the caps are, from the ledger (not the live
counters, which forget a period once it ends): the rollup on Postgres, the rows on SQLite."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from router.ledger.schema import RequestRecord as R
from router.ledger.schema import request_rollup
from router.reports.numbers import Source
from router.reports.period import month_bounds
from router.service_settings import Cap

U = request_rollup.c
_SCOPES = {"model": "global", "api_key": "key", "tenant": "tenant"}  # rollup dimension: scope


@dataclass(frozen=True, slots=True)
class DaySpend:
    """What one scope spent on one UTC day: everyone ("global", name None), a key or a tenant
    (name None: the requests without one)."""

    day: str
    scope: str
    name: str | None
    usd: Decimal


@dataclass(frozen=True, slots=True)
class CapUse:
    """A cap and its use: the month's spend for a monthly cap, the dearest day's for a daily one."""

    cap: Cap
    spent: Decimal
    used: float  # spent / cap
    state: str  # ok | warning | exceeded, as the budget check would have said
    peak_day: str | None = None  # daily caps: the day that spent the most
    days_at_cap: int = 0  # daily caps: the days that reached the cap


async def budget_use(
    engine: AsyncEngine, month: str, caps: Sequence[Cap], source: Source = "rollup"
) -> list[CapUse]:
    """Raises BadPeriod for a malformed month. No caps, no query."""
    if not caps:
        return []
    if source == "rollup" and engine.dialect.name == "postgresql":
        return use_of_caps(caps, await _rollup_day_spend(engine, month))
    return use_of_caps(caps, await day_spend(engine, month))


async def _rollup_day_spend(engine: AsyncEngine, month: str) -> list[DaySpend]:
    """The same as day_spend, from the rollup (its buckets fall within UTC days)."""
    start, end = month_bounds(month, "UTC")
    day = func.to_char(func.timezone("UTC", U.bucket), "YYYY-MM-DD")
    query = (
        select(day, U.dimension, U.value, func.sum(U.cost_usd))
        .where(U.bucket >= start, U.bucket < end, U.dimension.in_(list(_SCOPES)))
        .group_by(day, U.dimension, U.value)
        .having(func.sum(U.requests) > 0)
    )
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).all()
    return [
        DaySpend(str(day), _SCOPES[dimension], None if dimension == "model" else name, usd)
        for day, dimension, name, usd in rows
    ]


async def day_spend(engine: AsyncEngine, month: str) -> list[DaySpend]:
    """The UTC month's spend, per UTC day and scope, from the rows: one grouped scan."""
    start, end = month_bounds(month, "UTC")
    if engine.dialect.name == "postgresql":
        day = func.to_char(func.timezone("UTC", R.created_at), "YYYY-MM-DD")
    else:  # SQLite keeps times as naive UTC text, "YYYY-MM-DD HH:MM:SS..."
        day = func.substr(R.created_at, 1, 10)
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    query = (
        select(day, R.api_key, R.tenant, func.sum(R.cost_usd))
        .where(and_(R.created_at >= start, R.created_at < end))
        .group_by(day, R.api_key, R.tenant)
    )
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).all()
    spends: dict[tuple[str, str, str | None], Decimal] = defaultdict(Decimal)
    for day, api_key, tenant, usd in rows:
        for scope, name in (("global", None), ("key", api_key), ("tenant", tenant)):
            spends[(str(day), scope, name)] += Decimal(usd or 0)
    return [DaySpend(*place, usd) for place, usd in spends.items()]


def use_of_caps(caps: Iterable[Cap], spends: Sequence[DaySpend]) -> list[CapUse]:
    uses = []
    for cap in caps:
        daily: dict[str, Decimal] = defaultdict(Decimal)
        for spend in spends:
            if _in_scope(cap, spend):
                daily[spend.day] += spend.usd
        if cap.period == "month":
            uses.append(_use(cap, sum(daily.values(), Decimal(0))))
            continue
        peak_day = max(daily, key=lambda day: (daily[day], day), default=None)
        spent = daily[peak_day] if peak_day is not None else Decimal(0)
        at_cap = sum(1 for usd in daily.values() if usd >= cap.usd)
        uses.append(_use(cap, spent, peak_day, at_cap))
    return uses


def _in_scope(cap: Cap, spend: DaySpend) -> bool:
    return spend.scope == cap.scope and (cap.scope == "global" or spend.name == cap.name)


def _use(cap: Cap, spent: Decimal, peak_day: str | None = None, at_cap: int = 0) -> CapUse:
    used = spent / cap.usd
    state = "exceeded" if used >= 1 else "warning" if used >= Decimal(repr(cap.warn_at)) else "ok"
    return CapUse(cap, spent, round(float(used), 4), state, peak_day, at_cap)
