"""The monthly cost report over seeded ledgers with hand-computed answers, on Postgres (in SQL)
and SQLite (in Python); the endpoint, its CSV, its admin key, and `router report`."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from seeded_ledger import SEED_CAPS, app_for, seeded
from test_ledger import pg_url  # noqa: F401 - the fixture is used by name

from router.ledger.database import engine_for
from router.reports.cost_report import cost_report
from router.service_settings import Cap


def report(url: str, month: str = "2026-11", zone: str = "UTC", caps: tuple[Cap, ...] = ()) -> dict:
    async def build() -> dict:
        engine = engine_for(url)
        try:
            return await cost_report(engine, month, zone, caps)
        finally:
            await engine.dispose()

    return asyncio.run(build())


@pytest.fixture(params=["postgres", "sqlite"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        url: str = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{tmp_path / 'ledger.db'}"
    seeded(url)
    return url


def test_totals_and_savings_match_the_hand_computed_answer(ledger_url: str) -> None:
    totals = report(ledger_url)["totals"]
    assert totals == {
        "requests": 6,
        "prompt_tokens": 1001 + 1002 + 1003 + 1004 + 1005 + 1006,
        "completion_tokens": 6 * 200,
        "spend_usd": "0.030000",
        "baseline_usd": "0.060000",
        "savings_usd": "0.030000",
        "savings_pct": 50.0,
        "cache_hits": 1,
        "saved_by_cache_usd": "0.010000",
        "with_fallbacks": 1,
        "guard_blocks": 1,
        "errors": 1,
    }


def test_breakdowns_days_latency_and_local_hours(ledger_url: str) -> None:
    built = report(ledger_url)
    by_model = {row["model"]: row for row in built["by_model"]}
    assert (by_model["claude-sonnet"]["requests"], by_model["claude-sonnet"]["spend_usd"]) == (
        3,
        "0.030000",
    )
    assert by_model["claude-sonnet"]["baseline_usd"] == "0.040000"
    assert by_model["claude-sonnet"]["latency_ms"] == {
        "p50": 100.0,
        "p95": pytest.approx(280.0),
        "p99": pytest.approx(296.0),
        "ttft_p50": 50.0,
    }
    assert by_model["qwen-local"]["latency_ms"]["p50"] == 300.0
    assert by_model[None]["requests"] == 1  # the guard block: no model served it
    assert built["by_model"][0]["model"] == "claude-sonnet"  # the biggest spender first
    assert {row["rule"]: row["requests"] for row in built["by_rule"]} == {
        "design": 3,
        "crud-local": 1,
        "general-local": 1,
        "privacy-guard": 1,
    }
    assert {row["api_key"]: row["spend_usd"] for row in built["by_api_key"]} == {
        "team-a": "0.030000",
        "team-b": "0.000000",
        None: "0.000000",
    }
    assert [(day["day"], day["requests"]) for day in built["by_day"]] == [
        ("2026-11-02", 2),
        ("2026-11-03", 2),
        ("2026-11-04", 2),
    ]
    assert built["by_day"][0]["spend_by_model"] == {"claude-sonnet": "0.030000"}
    assert built["local"] == {"busy_hours": 1.5, "cost_usd": "0.000000"}


def test_months_begin_where_the_time_zone_says(ledger_url: str) -> None:
    berlin = report(ledger_url, zone="Europe/Berlin")
    assert berlin["totals"]["requests"] == 7
    assert berlin["by_day"][0]["day"] == "2026-11-01"
    assert report(ledger_url, month="2026-10")["totals"]["requests"] == 2


def test_an_empty_month_is_an_empty_report(ledger_url: str) -> None:
    empty = report(ledger_url, month="2025-01")
    assert empty["totals"]["requests"] == 0
    assert empty["totals"]["spend_usd"] == "0.000000"
    assert empty["totals"]["savings_pct"] is None
    assert empty["by_day"] == []
    assert empty["by_model"] == []
    assert empty["budget_use"] == []  # no caps configured


CAPS = (
    Cap(usd=Decimal(1)),
    Cap(scope="key", name="team-a", period="day", usd=Decimal("0.025")),
    Cap(scope="tenant", name="acme", usd=Decimal("0.035")),
    Cap(scope="key", name="team-b", period="month", usd=Decimal(1), warn_at=0.5),
)


def test_budget_use_sets_each_cap_against_its_scopes_spend_in_utc_periods(
    ledger_url: str,
) -> None:
    expected = [
        {"scope": "global", "name": None, "period": "month", "cap_usd": "1.000000"}
        | {"warn_at": 0.8, "spent_usd": "0.030000", "used": 0.03, "state": "ok"},
        {"scope": "key", "name": "team-a", "period": "day", "cap_usd": "0.025000"}
        | {"warn_at": 0.8, "spent_usd": "0.030000", "used": 1.2, "state": "exceeded"}
        | {"peak_day": "2026-11-02", "days_at_cap": 1},
        {"scope": "tenant", "name": "acme", "period": "month", "cap_usd": "0.035000"}
        | {"warn_at": 0.8, "spent_usd": "0.030000", "used": 0.8571, "state": "warning"},
        {"scope": "key", "name": "team-b", "period": "month", "cap_usd": "1.000000"}
        | {"warn_at": 0.5, "spent_usd": "0.000000", "used": 0.0, "state": "ok"},
    ]
    assert report(ledger_url, caps=CAPS)["budget_use"] == expected
    # Caps count UTC months whatever the report's zone: October 31st 23:30 UTC stays out.
    berlin = report(ledger_url, zone="Europe/Berlin", caps=CAPS)
    assert berlin["totals"]["spend_usd"] == "0.031000"
    assert berlin["budget_use"] == expected
    october = report(ledger_url, month="2026-10", caps=CAPS[:2])["budget_use"]
    assert [(use["spent_usd"], use.get("peak_day")) for use in october] == [
        ("0.501000", None),
        ("0.000000", None),
    ]


def test_the_endpoint_serves_json_and_csv_and_refuses_bad_months(tmp_path: Path) -> None:
    seeded(f"sqlite:///{tmp_path / 'ledger.db'}")
    with app_for(tmp_path) as client:
        built = client.get("/v1/reports/cost", params={"month": "2026-11"})
        assert built.status_code == 200
        assert built.json()["totals"]["spend_usd"] == "0.030000"
        table = client.get("/v1/reports/cost", params={"month": "2026-11", "format": "csv"})
        assert table.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(table.text)))
        total = rows[0]
        assert (total["section"], total["requests"], total["spend_usd"]) == (
            "total",
            "6",
            "0.030000",
        )
        assert sum(Decimal(r["spend_usd"]) for r in rows if r["section"] == "model") == Decimal(
            "0.03"
        )
        for month in ("2026-13", "26-11", "2026-1", "november"):
            bad = client.get("/v1/reports/cost", params={"month": month})
            assert bad.status_code == 400, month
            assert bad.json()["error"]["param"] == "month"
        assert client.get("/v1/reports/cost").status_code == 400  # month is required


def test_with_client_keys_only_the_admin_key_reads_reports(tmp_path: Path) -> None:
    clients = "clients: [{name: team, key: '${TEAM_KEY}'}]\n"
    with app_for(tmp_path, clients) as client:
        refused = client.get("/v1/reports/cost", params={"month": "2026-11"})
        assert refused.status_code == 401
        assert "reports.admin_key" in refused.json()["error"]["message"]
    folder = tmp_path / "admin"
    folder.mkdir()
    with app_for(folder, clients + "reports: {admin_key: '${ADMIN_KEY}'}\n") as client:
        month = {"month": "2026-11"}
        team = {"authorization": "Bearer sk-team"}
        assert client.get("/v1/reports/cost", params=month, headers=team).status_code == 401
        admin = {"authorization": "Bearer sk-admin"}
        assert client.get("/v1/reports/cost", params=month, headers=admin).status_code == 200


def test_router_report_prints_table_json_and_csv(tmp_path: Path) -> None:
    seeded(f"sqlite:///{tmp_path / 'ledger.db'}")
    (tmp_path / "config.yaml").write_text(
        f"ledger: {{url: 'sqlite:///{tmp_path / 'ledger.db'}'}}\n"
        "models:\n  - {name: claude-sonnet, litellm_model: anthropic/claude-sonnet-4-5}\n"
        "default_model: claude-sonnet\n" + SEED_CAPS
    )

    config = tmp_path / "config.yaml"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "router",
                "report",
                "--config",
                str(config),
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    table = run("--month", "2026-11")
    assert table.returncode == 0, table.stderr
    assert "savings" in table.stdout
    assert "0.030000 USD (50.0%)" in table.stdout
    assert (
        json.loads(run("--month", "2026-11", "--format", "json").stdout)["totals"]["requests"] == 6
    )
    assert "key team-a daily" in table.stdout
    assert "0.030000 of 0.025000 USD   120.0%  exceeded  on 2026-11-02" in table.stdout
    sheet = run("--month", "2026-11", "--format", "csv").stdout
    assert sheet.startswith("section,name,")
    budget = [row for row in csv.DictReader(io.StringIO(sheet)) if row["section"] == "budget"]
    assert [(row["name"], row["spend_usd"], row["cap_usd"], row["used"]) for row in budget] == [
        ("global monthly", "0.030000", "1.000000", "0.03"),
        ("key team-a daily", "0.030000", "0.025000", "1.2"),
        ("tenant acme monthly", "0.030000", "0.035000", "0.8571"),
    ]
    bad = run("--month", "2026-13")
    assert bad.returncode == 2
    assert "YYYY-MM" in bad.stderr
