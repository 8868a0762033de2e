"""The dashboard's panels, each from the cost report: a title, a sentence saying what it
shows, then a chart (inline SVG), a legend or a table. Every report value is escaped."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from router.reports.charts import (
    GREY,
    PALETTE,
    Bar,
    BarGroup,
    Series,
    bar_rows,
    cumulative_lines,
    esc,
    ms,
    share,
    stacked_days,
    tag,
    ticks,
    usd,
)
from router.reports.cost_report import cap_name
from router.reports.period import month_name

MAX_MODELS = 6  # more paying models than this share one grey segment
MAX_RULES = 10
OVER = 1.5  # budget bars stop at 150% of their cap; their words say how far past it they went
SPENT, ALL_HOSTED, SAVED = PALETTE[0], PALETTE[1], "#b3e2d5"
MEASURES = (
    ("p50", "p50", PALETTE[4]),
    ("p95", "p95", PALETTE[0]),
    ("p99", "p99", PALETTE[5]),
    ("ttft_p50", "first token p50", PALETTE[2]),
)
STATES = {"ok": PALETTE[0], "warning": PALETTE[1], "exceeded": PALETTE[5]}
Report = dict[str, Any]


def section(name: str, title: str, note: str, content: str) -> str:
    heading = tag("h2", esc(title)) + tag("p", esc(note), class_="note")
    return tag("section", heading + content, id=name)


def legend(entries: list[tuple[str, str]]) -> str:
    items = "".join(
        tag("li", tag("i", "", style=f"background:{color}") + esc(name)) for name, color in entries
    )
    return tag("ul", items, class_="legend")


def table(headings: tuple[str, ...], rows: list[str]) -> str:
    head = tag("tr", "".join(tag("th", esc(name)) for name in headings))
    return tag("table", tag("thead", head) + tag("tbody", "".join(rows)))


def requests(count: int) -> str:
    return f"{count:,} request" + ("" if count == 1 else "s")


def spend_per_day(report: Report, days: list[str]) -> str:
    title = "Spend per day, by model"
    by_day = {entry["day"]: entry["spend_by_model"] for entry in report["by_day"]}

    def daily(models: list[str]) -> list[Decimal]:
        spent = [[Decimal(by_day.get(day, {}).get(model, 0)) for model in models] for day in days]
        return [sum(amounts, Decimal(0)) for amounts in spent]

    paying = [str(row["model"]) for row in report["by_model"] if Decimal(row["spend_usd"]) > 0]
    named, rest = paying[:MAX_MODELS], paying[MAX_MODELS:]
    series = [Series(model, PALETTE[i], daily([model])) for i, model in enumerate(named)]
    if rest:
        series.append(Series(f"{len(rest)} other models", GREY, daily(rest)))
    note = "What each day cost, split by the model that answered (hover a bar for its amount)."
    free = [str(row["model"]) for row in report["by_model"] if row["model"] is not None]
    free = [model for model in free if model not in paying]
    if free:
        note += f" Not shown, as they cost nothing: {', '.join(free)}."
    if not series:
        return section("spend", title, note, tag("p", "Nothing was spent this month."))
    caption = f"day of {month_name(report['month'])}"
    chart = stacked_days(days, series, caption, "Spend per day, stacked by model")
    names = [(f"{s.name} · {usd(sum(s.values, Decimal(0)))}", s.color) for s in series]
    return section("spend", title, note, chart + legend(names))


def against_baseline(report: Report, days: list[str]) -> str:
    by_day = {entry["day"]: entry for entry in report["by_day"]}
    last = max(index for index, day in enumerate(days) if day in by_day)

    def daily(key: str) -> list[Decimal]:
        return [Decimal(by_day[day][key]) if day in by_day else Decimal(0) for day in days]

    lines = [
        Series("spent", SPENT, daily("spend_usd")),
        Series("all-hosted", ALL_HOSTED, daily("baseline_usd")),
    ]
    caption = f"day of {month_name(report['month'])}"
    chart = cumulative_lines(days, lines, last, caption, "Cumulative spend and all-hosted cost")
    names = [
        ("spent: what routing cost", SPENT),
        ("all-hosted: every request on the baseline hosted model", ALL_HOSTED),
        ("the gap: savings", SAVED),
    ]
    note = (
        "Running totals over the month: what the router spent, and what sending every request "
        "to the hosted baseline model would have cost."
    )
    return section("baseline", "Spend against the all-hosted cost", note, chart + legend(names))


def label_mix(report: Report) -> str:
    total = report["totals"]["requests"]
    groups = []
    for row in sorted(report["by_label"], key=lambda row: (-row["requests"], str(row["label"]))):
        name, fraction = str(row["label"]), row["requests"] / total
        words = f"{share(row['requests'], total)} · {requests(row['requests'])}"
        words += f" · {usd(row['spend_usd'])}"
        groups.append(BarGroup(name, [Bar(fraction, PALETTE[0], words, {"label": name})]))
    top = max(group.bars[0].value for group in groups)
    note = "The share of the month's requests the classifier gave each label, and what they cost."
    return section("labels", "Label mix", note, bar_rows(groups, top, "Share of requests by label"))


def latency(report: Report) -> str:
    models = [row for row in report["by_model"] if row.get("latency_ms")]
    if not models:
        return ""
    groups, rows = [], []
    for row in models:
        name, numbers = str(row["model"]), row["latency_ms"]
        bars = [
            Bar(numbers[key], color, f"{label} {ms(numbers[key])}", {"model": name, "measure": key})
            for key, label, color in MEASURES
            if numbers[key] is not None
        ]
        groups.append(BarGroup(name, bars))
        cells = [esc(name), f"{row['requests']:,}", *(ms(numbers[key]) for key, _, _ in MEASURES)]
        rows.append(tag("tr", "".join(tag("td", cell) for cell in cells)))
    top = ticks(max(bar.value for group in groups for bar in group.bars))[-1]
    chart = bar_rows(groups, top, "Latency percentiles per model, in milliseconds")
    headings = ("model", "requests", *(label for _, label, _ in MEASURES))
    note = (
        "How long successful answers took, end to end: half were faster than p50, 95 in 100 "
        "faster than p95. First token is for streamed answers."
    )
    content = chart + legend([(label, color) for _, label, color in MEASURES])
    return section("latency", "Latency per model", note, content + table(headings, rows))


def top_rules(report: Report) -> str:
    total = report["totals"]["requests"]
    ranked = sorted(report["by_rule"], key=lambda row: (-row["requests"], str(row["rule"])))
    rows = []
    for row in ranked[:MAX_RULES]:
        saved = Decimal(row["baseline_usd"]) - Decimal(row["spend_usd"])
        money = (usd(row["spend_usd"]), usd(row["baseline_usd"]), usd(saved))
        cells = [esc(row["rule"]), f"{row['requests']:,}", share(row["requests"], total)]
        content = "".join(tag("td", cell) for cell in (*cells, *money))
        rows.append(tag("tr", content, data_rule=row["rule"]))
    note = "The routing rules that decided the most requests, and what those requests cost."
    if len(ranked) > MAX_RULES:
        note += f" The other {len(ranked) - MAX_RULES} are in the JSON report."
    headings = ("rule", "requests", "share", "spend", "all-hosted", "saved")
    return section("rules", "Top rules", note, table(headings, rows))


def budget(report: Report) -> str:
    uses = report["budget_use"]
    if not uses:
        return section("budget", "Budget use", "No spend caps are configured (budgets.caps).", "")
    groups = []
    for use in uses:
        name, day = cap_name(use), f" ({use['peak_day']})" if use.get("peak_day") else ""
        words = f"{usd(use['spent_usd'])}{day} of {usd(use['cap_usd'])} · {use['used']:.0%}"
        words += f" · {use['state']}" if use["state"] != "ok" else ""
        data = {"cap": name, "used": str(use["used"]), "state": use["state"]}
        groups.append(BarGroup(name, [Bar(use["used"], STATES[use["state"]], words, data)]))
    top = min(max(1.0, *(use["used"] for use in uses)), OVER)
    chart = bar_rows(groups, top, "Budget use per cap", reference=1.0)
    note = (
        "Each spend cap against what its scope spent, in UTC days and months as the router "
        "counts them; a daily cap shows its dearest day. The dashed line is the cap."
    )
    return section("budget", "Budget use", note, chart + legend(list(STATES.items())))
