"""The cost report as one self-contained HTML page for people: headline numbers, then the
panels of `router.reports.dashboard_sections`. No scripts, fonts or anything else to fetch;
every value from the report is escaped."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from router.reports import dashboard_sections as panels
from router.reports.charts import esc, tag, usd
from router.reports.period import month_days, month_name

CSS = """
:root{--ink:#1f2430;--muted:#5b6472;--line:#e3e6eb}
*{box-sizing:border-box}
body{margin:0;background:#f4f5f7;color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px 20px 40px}
header{display:flex;flex-wrap:wrap;gap:12px 24px;align-items:flex-end;
justify-content:space-between;margin-bottom:18px}
h1{font-size:26px;margin:0}h2{font-size:18px;margin:0}
.sub,.note,footer{color:var(--muted)}.sub{margin:2px 0 0}.note{margin:2px 0 12px;font-size:14px}
form{display:flex;gap:8px;align-items:center}
input,button{font:inherit;padding:5px 10px;border:1px solid #c5cbd3;border-radius:6px}
button{background:#0072B2;color:#fff;border-color:#0072B2;cursor:pointer}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin-bottom:16px}
@media (max-width:760px){.cards{grid-template-columns:repeat(2,1fr)}}
.card,section{background:#fff;border:1px solid var(--line);border-radius:10px}
.card{padding:12px 16px}.card b{display:block;font-size:26px;font-weight:650}
.card span{color:var(--muted);font-size:13px}
.card .name{text-transform:uppercase;letter-spacing:.04em;font-size:12px}
section{padding:18px 20px;margin-bottom:16px;overflow-x:auto}
svg.chart{width:100%;min-width:560px;height:auto;display:block}
svg text{font-size:12px;fill:var(--ink)}svg .tick{fill:var(--muted);font-size:11px}
svg .grid{stroke:var(--line)}svg .line{fill:none;stroke-width:2.5}
svg .gap{fill:#009E73;opacity:.18}svg .end{font-weight:600}svg .inside{fill:#fff}
svg .reference{stroke:var(--ink);stroke-dasharray:4 3}
.legend{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;padding:0;margin:10px 0 0;
font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px}
table{border-collapse:collapse;width:100%;font-size:14px;font-variant-numeric:tabular-nums;
margin-top:12px}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:right}
th:first-child,td:first-child{text-align:left}th{color:var(--muted);font-weight:600}
.empty{text-align:center;padding:48px 20px}.empty p{font-size:18px;margin:0 0 6px}
a{color:#0072B2}footer{font-size:13px}
"""
HEAD = (
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
    '<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">'
)


def page(report: dict[str, Any]) -> str:
    """The whole page for a report from `cost_report`."""
    month = report["month"]
    if report["totals"]["requests"] == 0:
        content = _empty(month)
    else:
        days = month_days(month)
        content = "".join(
            (
                _cards(report["totals"]),
                panels.spend_per_day(report, days),
                panels.against_baseline(report, days),
                panels.label_mix(report),
                panels.latency(report),
                panels.top_rules(report),
            )
        )
    content += panels.budget(report)
    query = esc(urlencode({"month": month}))
    footer = tag(
        "footer",
        f'From the router\'s ledger. The same numbers as <a href="/v1/reports/cost?{query}">JSON'
        f'</a> or <a href="/v1/reports/cost?{query}&amp;format=csv">CSV</a>.',
    )
    title = tag("title", esc(f"Cost dashboard · {month_name(month)}"))
    head = tag("head", HEAD + title + tag("style", CSS))
    body = tag("body", tag("main", _header(report) + content + footer))
    return "<!doctype html>" + tag("html", head + body, lang="en")


def _header(report: dict[str, Any]) -> str:
    month = report["month"]
    where = f"LLM router · {month_name(month)} · days in {report['time_zone']}"
    field = tag("input", type="month", name="month", value=month, required="required")
    picker = tag(
        "form",
        tag("label", "Month " + field) + tag("button", "Show", type="submit"),
        method="get",
        action="/dashboard",
    )
    title = tag("div", tag("h1", "Cost dashboard") + tag("p", esc(where), class_="sub"))
    return tag("header", title + picker)


def _empty(month: str) -> str:
    words = tag("p", esc(f"No requests recorded in {month_name(month)}."))
    hint = tag("span", "Pick another month above.", class_="note")
    return tag("section", words + hint, class_="empty", id="empty")


def _cards(totals: dict[str, Any]) -> str:
    pct, tokens = totals["savings_pct"], totals["prompt_tokens"] + totals["completion_tokens"]
    saved = f"{pct:.1f}% of the all-hosted cost" if pct is not None else "nothing to compare"
    cards = [
        ("requests", "Requests", f"{totals['requests']:,}", f"{tokens:,} tokens"),
        ("spend_usd", "Spend", usd(totals["spend_usd"]), "what the month cost"),
        ("baseline_usd", "All-hosted cost", usd(totals["baseline_usd"]), "on the baseline model"),
        ("savings_usd", "Savings", usd(totals["savings_usd"]), saved),
        (
            "cache_hits",
            "Cache hits",
            f"{totals['cache_hits']:,}",
            f"saved {usd(totals['saved_by_cache_usd'])}",
        ),
        ("with_fallbacks", "Fallbacks", f"{totals['with_fallbacks']:,}", "finished by a fallback"),
        (
            "guard_blocks",
            "Guard blocks",
            f"{totals['guard_blocks']:,}",
            "kept by the privacy guard",
        ),
        ("errors", "Errors", f"{totals['errors']:,}", "answers other than 200"),
    ]
    return tag(
        "div",
        "".join(
            tag(
                "div",
                tag("span", esc(name), class_="name")
                + tag("b", esc(shown))
                + tag("span", esc(more)),
                class_="card",
                data_metric=key,
                data_value=totals[key],
            )
            for key, name, shown, more in cards
        ),
        class_="cards",
    )
