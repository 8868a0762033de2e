"""The cost report as plain text for a terminal (`router report`)."""

from __future__ import annotations

from typing import Any

from router.reports.cost_report import cap_name


def as_table(report: dict[str, Any]) -> str:
    totals, local = report["totals"], report["local"]
    savings = totals["savings_pct"]
    saved = totals["saved_by_cache_usd"]
    lines = [
        f"Cost report {report['month']} ({report['time_zone']})",
        "",
        f"  requests        {totals['requests']:>14,}",
        f"  tokens          {totals['prompt_tokens'] + totals['completion_tokens']:>14,}",
        f"  spend           {totals['spend_usd']:>14} USD",
        f"  all-hosted      {totals['baseline_usd']:>14} USD",
        f"  savings         {totals['savings_usd']:>14} USD"
        + (f" ({savings:.1f}%)" if savings is not None else ""),
        f"  cache hits      {totals['cache_hits']:>14,}  (saved {saved} USD)",
        f"  with fallbacks  {totals['with_fallbacks']:>14,}",
        f"  guard blocks    {totals['guard_blocks']:>14,}",
        f"  errors          {totals['errors']:>14,}",
        f"  local busy      {local['busy_hours']:>14} h  ({local['cost_usd']} USD)",
    ]
    for dimension in ("model", "label", "rule", "api_key", "tenant"):
        entries = report[f"by_{dimension}"]
        if not entries:
            continue
        lines += ["", f"  by {dimension.replace('_', ' ')}"]
        for entry in entries:
            name = entry[dimension] or "(none)"
            latency = entry.get("latency_ms") or {}
            p50 = latency.get("p50")
            speed = f"  p50 {p50:,.0f} ms" if p50 is not None else ""
            lines.append(
                f"    {name:<24} {entry['requests']:>9,} req {entry['spend_usd']:>14} USD{speed}"
            )
    if report["budget_use"]:
        lines += ["", "  budget use (UTC periods; a daily cap shows its dearest day)"]
    for use in report["budget_use"]:
        day = f"  on {use['peak_day']}" if use.get("peak_day") else ""
        lines.append(
            f"    {cap_name(use):<24} {use['spent_usd']:>14} of {use['cap_usd']} USD"
            f"  {use['used']:>7.1%}  {use['state']}{day}"
        )
    return "\n".join(lines)
