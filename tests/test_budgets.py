"""Spend caps and rate limits: in process with fake backends, and one global cap in Redis that
two real router processes race for."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from fake_anthropic import API_KEY, FakeAnthropic
from fake_backend import FakeBackend
from fastapi.testclient import TestClient
from router_process import RouterProcess, start_router
from test_cache import RedisServer

from classifiers.classify import Classifier
from router.app import create_app
from router.budgets.budgets import Budgets
from router.clients import Caller
from router.config_file import load_settings
from router.errors import ClientRateLimited
from router.service_settings import BudgetSettings, Cap, Client
from router.services import Services

KEYS = {"TEAM_A_KEY": "sk-team-a-0123456789", "TEAM_B_KEY": "sk-team-b-9876543210"}
CHAT = "/v1/chat/completions"
A = {"authorization": f"Bearer {KEYS['TEAM_A_KEY']}"}
B = {"authorization": f"Bearer {KEYS['TEAM_B_KEY']}"}
# The fake backend answers with 1 prompt token and 2 completion tokens: at 3 and 15 USD per
# million, 0.000033 USD a request.
PER_REQUEST = Decimal("0.000033")


def body(text: str = "write a haiku about the sea") -> dict[str, object]:
    return {"model": "auto", "messages": [{"role": "user", "content": text}]}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


def edge(
    folder: Path, classifier: Classifier, budgets: str, rules: str = "", rpm: int = 1000
) -> tuple[TestClient, dict[str, FakeBackend]]:
    path = folder / "config.yaml"
    path.write_text(
        "default_model: claude-sonnet\n"
        "models:\n"
        "  - {name: claude-sonnet, litellm_model: anthropic/claude-sonnet-4-5,"
        " price: {input_per_mtok: 3, output_per_mtok: 15}}\n"
        "  - {name: qwen-local, kind: local, path: absent.gguf}\n"
        "clients:\n"
        f"  - {{name: team-a, key: '${{TEAM_A_KEY}}', tenant: acme, requests_per_minute: {rpm}}}\n"
        "  - {name: team-b, key: '${TEAM_B_KEY}'}\n"
        "routing:\n"
        "  watch: false\n"
        "  rules:\n"
        f"{rules}"
        "    - {name: all, then: {target: claude-sonnet, fallbacks: [qwen-local]}}\n"
        "  default: {target: claude-sonnet}\n"
        f"ledger: {{url: 'sqlite:///{folder / 'l.db'}', spool_path: '{folder / 's'}'}}\n"
        f"budgets: {budgets}\n"
    )
    settings = load_settings(path)
    backends = {name: FakeBackend(name=name) for name in ("claude-sonnet", "qwen-local")}
    services = Services(settings, backends, path, classifier, environ=KEYS)
    client = TestClient(create_app(settings, services), raise_server_exceptions=False)
    return client, backends


def settle() -> None:
    time.sleep(0.05)  # charges are added in the background after each answer


def test_a_global_cap_moves_hosted_work_to_the_local_model(
    tmp_path: Path, classifier: Classifier
) -> None:
    client, _ = edge(tmp_path, classifier, "{caps: [{usd: 0.0001}]}")
    with client:
        served = []
        for _ in range(6):
            response = client.post(CHAT, json=body(), headers=A)
            assert response.status_code == 200
            served.append(response.headers["x-router-model"])
            settle()
        # 0.000033 a request: the fourth finds 0.000099 spent, under the cap; the fifth not.
        assert served == ["claude-sonnet"] * 4 + ["qwen-local"] * 2
        explained = client.post("/v1/route/explain", json=body(), headers=B).json()
        assert explained["facts"]["budget"] == "exceeded"


def test_reject_gives_429_but_local_routes_still_serve(
    tmp_path: Path, classifier: Classifier
) -> None:
    local_rule = "    - {name: tagged-local, when: {tags: [local]}, then: {target: qwen-local}}\n"
    client, _ = edge(
        tmp_path,
        classifier,
        "{on_exceeded: reject, caps: [{scope: key, name: team-a, period: day, usd: 0.00005}]}",
        local_rule,
    )
    with client:
        for _ in range(2):
            assert client.post(CHAT, json=body(), headers=A).status_code == 200
            settle()
        refused = client.post(CHAT, json=body(), headers=A)
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "budget_exceeded"
        assert "key team-a daily cap" in refused.json()["error"]["message"]
        assert 0 < int(refused.headers["retry-after"]) <= 86_400
        assert client.post(CHAT, json=body(), headers=B).status_code == 200  # another key
        local = client.post(CHAT, json=body(), headers={**A, "x-router-tags": "local"})
        assert (local.status_code, local.headers["x-router-model"]) == (200, "qwen-local")


def test_the_budget_state_is_a_condition_rules_can_read(
    tmp_path: Path, classifier: Classifier
) -> None:
    thrifty = "    - {name: thrifty, when: {budget: [warning]}, then: {target: qwen-local}}\n"
    client, _ = edge(
        tmp_path,
        classifier,
        "{caps: [{scope: tenant, name: acme, usd: 0.0001, warn_at: 0.5}]}",
        thrifty,
    )
    with client:
        rules = []
        for _ in range(3):
            rules.append(client.post(CHAT, json=body(), headers=A).headers["x-router-rule"])
            settle()
        assert rules == ["all", "all", "thrifty"]  # 0.000066 spent: past half of 0.0001


def test_rate_limits_per_key(tmp_path: Path, classifier: Classifier) -> None:
    client, _ = edge(tmp_path, classifier, "{}", rpm=2)
    with client:
        codes = [client.post(CHAT, json=body(), headers=A).status_code for _ in range(3)]
        if codes[2] == 200:  # the minute turned between the requests: one more
            codes.append(client.post(CHAT, json=body(), headers=A).status_code)
        assert codes[:2] == [200, 200]
        assert codes[-1] == 429
        limited = client.post(CHAT, json=body(), headers=A)
        assert limited.json()["error"]["code"] == "rate_limit_exceeded"
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        assert client.post(CHAT, json=body(), headers=B).status_code == 200  # its own limits


def test_tokens_per_minute() -> None:
    client = Client(name="k", key="${K}", tokens_per_minute=10)
    budgets = Budgets(BudgetSettings(), (client,))
    caller = Caller("k", None)

    async def run() -> None:
        await budgets.admit(caller)
        budgets.count_tokens(caller, 12)
        await asyncio.sleep(0)
        await asyncio.gather(*budgets._charges)
        with pytest.raises(ClientRateLimited, match="used its 10 tokens"):
            await budgets.admit(caller)

    asyncio.run(run())


def test_periods_roll_over() -> None:
    cap = Cap(period="day", usd=Decimal("1"))
    budgets = Budgets(BudgetSettings(caps=(cap,)), ())
    caller = Caller(None, None)
    today = dt.datetime(2026, 11, 24, 23, 59, tzinfo=dt.UTC)

    async def run() -> tuple[str, str]:
        await budgets.counters.add("budget:global::day:2026-11-24", 10**10, 60)
        return (
            (await budgets.view(caller, today)).state,
            (await budgets.view(caller, today + dt.timedelta(minutes=2))).state,
        )

    assert asyncio.run(run()) == ("exceeded", "ok")


# Two routers, one Redis, one global cap.


def budget_config(upstream: str, redis_port: int, cap: Decimal) -> str:
    return f"""
default_model: claude-sonnet
models:
  - name: claude-sonnet
    litellm_model: anthropic/claude-sonnet-4-5
    api_base: {upstream}
    api_key: ${{FAKE_ANTHROPIC_KEY}}
    price: {{input_per_mtok: 3, output_per_mtok: 15}}
routing:
  watch: false
  default: {{target: claude-sonnet}}
budgets:
  backend: redis
  redis_url: "redis://127.0.0.1:{redis_port}/0"
  timeout_ms: 2000  # a busy machine must not make Redis look down in a test of atomicity
  on_exceeded: reject
  caps: [{{usd: {cap}}}]
"""


@pytest.mark.slow
def test_two_routers_racing_one_cap_overspend_by_at_most_the_requests_in_flight(
    fake_upstream: tuple[FakeAnthropic, str], tmp_path: Path
) -> None:
    fake, url = fake_upstream
    fake.reset()
    redis = RedisServer(tmp_path)
    redis.start()
    text = "write a haiku about the sea"  # the fake answers "echo: write a haiku about the sea"
    cost = (Decimal(6) * 3 + Decimal(8) * 15) / 10**6  # 6 words in, 8 out
    cap = cost * 10
    routers: list[RouterProcess] = []
    try:
        for name in ("a", "b"):
            folder = tmp_path / name
            folder.mkdir()
            routers.append(
                start_router(
                    folder, budget_config(url, redis.port, cap), {"FAKE_ANTHROPIC_KEY": API_KEY}
                )
            )

        def ask(index: int) -> int:
            router = routers[index % 2]
            response = httpx.post(router.url + CHAT, json=body(text), timeout=30)
            return response.status_code

        concurrency = 8
        with ThreadPoolExecutor(concurrency) as pool:
            codes = list(pool.map(ask, range(40)))
        served = codes.count(200)
        assert set(codes) == {200, 429}
        assert 10 <= served <= 10 + concurrency  # the cap, plus at most what was in flight
        time.sleep(0.3)
        assert all(ask(i) == 429 for i in range(4))  # both routers see the one spent budget
        state = httpx.get(routers[0].url + "/readyz").json()["budgets"]
        assert (state["store"], state["available"]) == ("redis", True)
    finally:
        for router in routers:
            router.stop()
        redis.stop()
        fake.reset()
