"""The monthly cost report: spend, what sending everything to the baseline hosted model would
have cost, the savings, where the money went, how fast the answers were and how much of each
spend cap was used. JSON (money as exact decimal strings) or CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from router.reports.aggregate import aggregate
from router.reports.budget_use import CapUse, budget_use
from router.reports.numbers import DIMENSIONS, Group, Numbers, Source
from router.reports.period import month_bounds
from router.service_settings import Cap

CENTS = Decimal("0.000001")  # reports show money to a millionth of a dollar


async def cost_report(
    engine: AsyncEngine,
    month: str,
    zone: str,
    caps: Sequence[Cap] = (),
    source: Source = "rollup",
) -> dict[str, Any]:
    """Raises BadPeriod for a malformed month or zone. An empty month is an empty report.
    `caps` are the configured spend caps (`budgets.caps`), reported with their use. `source`
    "raw" aggregates the rows even where a rollup is kept (the same report, slower)."""
    start, end = month_bounds(month, zone)
    numbers = await aggregate(engine, start, end, zone, source)
    return shape(numbers, month, zone, await budget_use(engine, month, caps, source))


def shape(numbers: Numbers, month: str, zone: str, budget: Sequence[CapUse] = ()) -> dict[str, Any]:
    totals = numbers.totals
    spend, baseline = totals["spend"], totals["baseline"]
    savings = baseline - spend
    report: dict[str, Any] = {
        "month": month,
        "time_zone": zone,
        "totals": {
            "requests": totals["requests"],
            "prompt_tokens": totals["prompt_tokens"],
            "completion_tokens": totals["completion_tokens"],
            "spend_usd": _money(spend),
            "baseline_usd": _money(baseline),
            "savings_usd": _money(savings),
            "savings_pct": round(float(savings / baseline * 100), 2) if baseline else None,
            "cache_hits": totals["cache_hits"],
            "saved_by_cache_usd": _money(totals["saved_by_cache"]),
            "with_fallbacks": totals["with_fallbacks"],
            "guard_blocks": totals["guard_blocks"],
            "errors": totals["errors"],
        },
        "local": {
            "busy_hours": round(numbers.local_busy_ms / 3_600_000, 4),
            "cost_usd": _money(numbers.local_cost),
        },
        "budget_use": [_cap_use(use) for use in budget],
        "by_day": [
            {
                **_row(_sum(models.values())),
                "day": day,
                "spend_by_model": {
                    str(model): _money(group.spend)
                    for model, group in sorted(models.items(), key=_named)
                },
            }
            for day, models in sorted(numbers.days.items())
        ],
    }
    for dimension in DIMENSIONS:
        groups = sorted(numbers.by.get(dimension, {}).items(), key=_dearest_first)
        report[f"by_{dimension}"] = [
            {dimension: name, **_row(group)}
            | ({"latency_ms": numbers.latency.get(name)} if dimension == "model" else {})
            for name, group in groups
        ]
    return report


def to_csv(report: dict[str, Any]) -> str:
    """One table: a row per total, per day and per breakdown entry."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["section", "name", "requests", "tokens", "spend_usd", "baseline_usd", "cap_usd", "used"]
    )
    totals = report["totals"]
    writer.writerow(
        [
            "total",
            report["month"],
            totals["requests"],
            totals["prompt_tokens"] + totals["completion_tokens"],
            totals["spend_usd"],
            totals["baseline_usd"],
        ]
    )
    for day in report["by_day"]:
        writer.writerow(["day", day["day"], *_cells(day)])
    for dimension in DIMENSIONS:
        for entry in report[f"by_{dimension}"]:
            writer.writerow([dimension, entry[dimension] or "", *_cells(entry)])
    for use in report["budget_use"]:
        row = ["budget", cap_name(use), "", "", use["spent_usd"], "", use["cap_usd"], use["used"]]
        writer.writerow(row)
    return out.getvalue()


def cap_name(use: dict[str, Any]) -> str:
    """A cap in a few words: `global monthly`, `key team-a daily`."""
    who = use["scope"] if use["name"] is None else f"{use['scope']} {use['name']}"
    return f"{who} {'daily' if use['period'] == 'day' else 'monthly'}"


def _cap_use(use: CapUse) -> dict[str, Any]:
    cap = use.cap
    shaped: dict[str, Any] = {
        "scope": cap.scope,
        "name": cap.name,
        "period": cap.period,
        "cap_usd": _money(cap.usd),
        "warn_at": cap.warn_at,
        "spent_usd": _money(use.spent),
        "used": use.used,
        "state": use.state,
    }
    if cap.period == "day":
        shaped |= {"peak_day": use.peak_day, "days_at_cap": use.days_at_cap}
    return shaped


def _cells(entry: dict[str, Any]) -> list[Any]:
    return [entry["requests"], entry["tokens"], entry["spend_usd"], entry["baseline_usd"]]


def _row(group: Group) -> dict[str, Any]:
    return {
        "requests": group.requests,
        "tokens": group.tokens,
        "spend_usd": _money(group.spend),
        "baseline_usd": _money(group.baseline),
    }


def _sum(groups: Any) -> Group:
    total = Group()
    for group in groups:
        total.requests += group.requests
        total.tokens += group.tokens
        total.spend += group.spend
        total.baseline += group.baseline
    return total


def _dearest_first(item: tuple[str | None, Group]) -> tuple[Decimal, bool, str]:
    """Biggest spend first; equal spends by name (none last), whatever order the rows came in."""
    return -item[1].spend, item[0] is None, item[0] or ""


def _named(item: tuple[str | None, Group]) -> str:
    return item[0] or ""


def _money(value: Decimal) -> str:
    return str(Decimal(value).quantize(CENTS))
