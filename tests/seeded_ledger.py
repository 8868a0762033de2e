"""Ledgers for the report and dashboard tests: SEED, a small month whose report is worked out
by hand in tests/test_reports.py; `busy_month`, more traffic for the browser's screenshot; and
an app in front of a ledger."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from fake_backend import FakeBackend
from fastapi.testclient import TestClient
from test_ledger import entry

from classifiers.classify import Classifier
from router.app import create_app
from router.config_file import load_settings
from router.ledger.database import engine_for, insert_entries
from router.ledger.entry import LedgerEntry
from router.ledger.migrate import upgrade
from router.ledger.writer import LedgerWriter
from router.services import Services

UTC = dt.UTC


def at(day: int, hour: int = 12, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=UTC)


SEED = [
    entry(
        1,
        created_at=at(2),
        label="architecture",
        rule="design",
        api_key="team-a",
        tenant="acme",
        cost_usd=Decimal("0.010"),
        baseline_cost_usd=Decimal("0.010"),
        latency_ms=100.0,
    ),
    entry(
        2,
        created_at=at(2),
        label="webgl",
        rule="design",
        api_key="team-a",
        tenant="acme",
        cost_usd=Decimal("0.020"),
        baseline_cost_usd=Decimal("0.020"),
        latency_ms=300.0,
        stream=True,
        ttft_ms=50.0,
    ),
    entry(
        3,
        created_at=at(3),
        label="crud",
        rule="crud-local",
        api_key="team-b",
        model="qwen-local",
        provider="local",
        cost_usd=Decimal(0),
        baseline_cost_usd=Decimal("0.005"),
        latency_ms=200.0,
        upstream_ms=3_600_000.0,
    ),
    entry(
        4,
        created_at=at(3),
        label="general",
        rule="general-local",
        api_key="team-b",
        model="qwen-local",
        provider="local",
        cost_usd=Decimal(0),
        baseline_cost_usd=Decimal("0.015"),
        latency_ms=400.0,
        upstream_ms=1_800_000.0,
        fallbacks=1,
        attempts=2,
    ),
    entry(
        5,
        created_at=at(4),
        cost_usd=Decimal(0),
        baseline_cost_usd=Decimal("0.010"),
        saved_usd=Decimal("0.010"),
        cache_hit=True,
        latency_ms=2.0,
        rule="design",
    ),
    entry(
        6,
        created_at=at(4),
        rule="privacy-guard",
        model=None,
        provider=None,
        status=503,
        error_code="no_allowed_model",
        cost_usd=Decimal(0),
        baseline_cost_usd=Decimal(0),
        latency_ms=1.0,
        label="security_sensitive",
    ),
    entry(
        7, created_at=at(15, month=10), cost_usd=Decimal("0.5"), baseline_cost_usd=Decimal("0.5")
    ),  # October: never in November's report
    entry(
        8,
        created_at=dt.datetime(2026, 10, 31, 23, 30, tzinfo=UTC),
        cost_usd=Decimal("0.001"),
        baseline_cost_usd=Decimal("0.001"),
        latency_ms=10.0,
    ),  # 00:30 on November 1st in Berlin
]


# label, rule, model, provider, weight: traffic as the bundled default policy routes it
ROUTES = (
    ("crud", "crud-local", "qwen-local", "local", 6),
    ("architecture", "design-to-claude", "claude-sonnet", "anthropic", 3),
    ("webgl", "design-to-claude", "claude-sonnet", "anthropic", 2),
    ("general", "general-local", "qwen-local", "local", 4),
    ("general", "local-overflow", "claude-haiku", "anthropic", 2),
    ("security_sensitive", "sensitive-stays-local", "qwen-local", "local", 1),
)
RATES = {"claude-sonnet": Decimal(1), "claude-haiku": Decimal(1) / 3, "qwen-local": Decimal(0)}


def busy_month(requests: int = 400, days: int = 24) -> list[LedgerEntry]:
    """SEED and `requests` more in November 2026 on days 1 to `days`: made up, but the same
    on every run (a seeded generator)."""
    pick = random.Random(8)
    made = []
    for number in range(requests):
        label, rule, model, provider, _ = pick.choices(ROUTES, [r[4] for r in ROUTES])[0]
        prompt, completion = pick.randint(300, 6000), pick.randint(40, 1200)
        baseline = (Decimal(prompt * 3 + completion * 15) / 1_000_000).quantize(Decimal("1e-10"))
        cached, stream = number % 17 == 0, number % 3 == 0
        latency = pick.uniform(50, 400) if provider == "local" else pick.uniform(600, 4000)
        made.append(
            entry(
                100 + number,
                created_at=at(1 + number % days, hour=6 + number % 14),
                label=label,
                rule=rule,
                model=model,
                provider=provider,
                api_key=("team-a", "team-b", "ci")[number % 3],
                tenant="acme" if number % 3 < 2 else None,
                prompt_tokens=prompt,
                completion_tokens=completion,
                cost_usd=Decimal(0) if cached else baseline * RATES[model],
                baseline_cost_usd=baseline,
                saved_usd=baseline * RATES[model] if cached else Decimal(0),
                cache_hit=cached,
                fallbacks=1 if number % 29 == 0 else 0,
                latency_ms=2.0 if cached else latency,
                stream=stream,
                ttft_ms=latency / 5 if stream and not cached else None,
                upstream_ms=None if cached else latency - 4,
            )
        )
    return [*SEED, *made]


# Spend caps for SEED, as config YAML: one stays ok, one is exceeded (team-a's 2 November),
# one reaches its warning share (acme).
SEED_CAPS = (
    "budgets:\n  caps:\n"
    "    - {usd: 1}\n"
    "    - {scope: key, name: team-a, period: day, usd: 0.025}\n"
    "    - {scope: tenant, name: acme, usd: 0.035}\n"
)


def seeded(url: str, entries: Sequence[LedgerEntry] = SEED) -> None:
    """Migrates the ledger at `url` and writes `entries` (SEED by default) into it."""

    async def seed() -> None:
        engine = engine_for(url)
        try:
            await upgrade(engine)
            async with engine.begin() as connection:
                await insert_entries(connection, list(entries))
        finally:
            await engine.dispose()

    asyncio.run(seed())


def app_for(folder: Path, extra: str = "") -> TestClient:
    """The app on `folder`/ledger.db, with `extra` YAML appended to its config; the variables
    TEAM_KEY (sk-team) and ADMIN_KEY (sk-admin) are set for it."""
    path = folder / "config.yaml"
    path.write_text(
        "default_model: claude-sonnet\n"
        "models:\n  - {name: claude-sonnet, litellm_model: anthropic/claude-sonnet-4-5}\n"
        f"ledger: {{url: 'sqlite:///{folder / 'ledger.db'}', spool_path: '{folder / 's'}'}}\n"
        f"{extra}"
    )
    settings = load_settings(path)
    services = Services(
        settings,
        {"claude-sonnet": FakeBackend(name="claude-sonnet")},
        path,
        Classifier(),
        LedgerWriter(settings.ledger),
        environ={"TEAM_KEY": "sk-team", "ADMIN_KEY": "sk-admin"},
    )
    return TestClient(create_app(settings, services), raise_server_exceptions=False)
