"""Client keys: with clients configured, every API request must carry one; the key's name and
tenant reach routing rules and the ledger."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_backend import FakeBackend
from fastapi.testclient import TestClient
from sqlalchemy import select

from classifiers.classify import Classifier
from router.app import create_app
from router.config_file import load_settings
from router.ledger.database import engine_for
from router.ledger.schema import RequestRecord
from router.ledger.writer import LedgerWriter
from router.services import Services

KEYS = {"TEAM_A_KEY": "sk-team-a-0123456789", "TEAM_B_KEY": "sk-team-b-9876543210"}
CHAT = "/v1/chat/completions"
BODY = {"model": "auto", "messages": [{"role": "user", "content": "write a haiku about the sea"}]}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[tuple[TestClient, Services]]:
    path = tmp_path / "config.yaml"
    path.write_text(
        "default_model: claude-sonnet\n"
        "models:\n"
        "  - {name: claude-sonnet, litellm_model: anthropic/claude-sonnet-4-5}\n"
        "  - {name: qwen-local, kind: local, path: absent.gguf}\n"
        "clients:\n"
        "  - {name: team-a, key: '${TEAM_A_KEY}', tenant: acme}\n"
        "  - {name: team-b, key: '${TEAM_B_KEY}'}\n"
        "  - {name: team-c, key: '${TEAM_C_KEY}'}\n"  # not set: cannot authenticate
        "routing:\n"
        "  watch: false\n"
        "  rules:\n"
        "    - {name: acme-local, when: {tenant: acme}, then: {target: qwen-local}}\n"
        "    - {name: team-b-claude, when: {api_key: team-b}, then: {target: claude-sonnet}}\n"
        "  default: {target: claude-sonnet}\n"
        f"ledger: {{url: 'sqlite:///{tmp_path / 'l.db'}', spool_path: '{tmp_path / 's'}',"
        " flush_interval_s: 0.05}\n"
    )
    settings = load_settings(path)
    backends = {name: FakeBackend(name=name) for name in ("claude-sonnet", "qwen-local")}
    services = Services(
        settings, backends, path, Classifier(), LedgerWriter(settings.ledger), environ=KEYS
    )
    with TestClient(create_app(settings, services), raise_server_exceptions=False) as test:
        yield test, services


def test_requests_without_a_valid_key_are_refused(client: tuple[TestClient, Services]) -> None:
    test, _ = client
    for headers in ({}, {"authorization": "Bearer wrong"}, {"x-api-key": "sk-team-c"}):
        for method, path in (("POST", CHAT), ("POST", "/v1/route/explain"), ("GET", "/v1/models")):
            response = test.request(method, path, json=BODY, headers=headers)
            assert response.status_code == 401, (path, headers)
            error = response.json()["error"]
            assert (error["type"], error["code"]) == ("authentication_error", "invalid_api_key")
            assert "sk-" not in response.text
    assert test.get("/healthz").status_code == 200  # operations stay open
    assert test.get("/readyz").status_code == 200


def test_the_keys_name_and_tenant_route_and_are_recorded(
    client: tuple[TestClient, Services],
) -> None:
    test, services = client
    a = test.post(CHAT, json=BODY, headers={"authorization": f"Bearer {KEYS['TEAM_A_KEY']}"})
    b = test.post(CHAT, json=BODY, headers={"x-api-key": KEYS["TEAM_B_KEY"]})
    assert (a.status_code, a.headers["x-router-rule"], a.headers["x-router-model"]) == (
        200,
        "acme-local",
        "qwen-local",
    )
    assert (b.headers["x-router-rule"], b.headers["x-router-model"]) == (
        "team-b-claude",
        "claude-sonnet",
    )
    explained = test.post(
        "/v1/route/explain", json=BODY, headers={"x-api-key": KEYS["TEAM_A_KEY"]}
    ).json()
    assert explained["rule"] == "acme-local"
    assert services.ledger is not None
    test.portal.call(services.ledger.aclose)  # type: ignore[union-attr]

    async def read() -> list[tuple[str | None, str | None]]:
        engine = engine_for(services.settings.ledger.url)
        try:
            async with engine.connect() as connection:
                rows = await connection.execute(select(RequestRecord.api_key, RequestRecord.tenant))
                return sorted(tuple(row) for row in rows)  # type: ignore[misc]
        finally:
            await engine.dispose()

    assert asyncio.run(read()) == [("team-a", "acme"), ("team-b", None)]
