"""The response cache: in process with fake backends, and in Redis shared by two real router
processes, with Redis stopped and restarted under traffic."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_anthropic import API_KEY, FakeAnthropic, free_port
from fake_backend import FakeBackend
from fastapi.testclient import TestClient
from router_process import RouterProcess, start_router
from sqlalchemy import select

from classifiers.classify import Classifier
from router.app import create_app
from router.backends.base import ChatRequest
from router.cache.key import cache_key
from router.cache.replay import assemble, replay
from router.cache.stores import CacheUnavailable, MemoryStore, RedisStore
from router.config_file import load_settings
from router.ledger.database import engine_for
from router.ledger.schema import RequestRecord
from router.ledger.writer import LedgerWriter
from router.services import Services

CHAT = "/v1/chat/completions"
QUESTION = "What is a good way to explain recursion to a new colleague?"


def body(text: str = QUESTION, **extra: object) -> dict[str, object]:
    return {"model": "auto", "messages": [{"role": "user", "content": text}], **extra}


def config(folder: Path, cache: str = "", policy_extra: str = "") -> Path:
    path = folder / "config.yaml"
    path.write_text(
        "default_model: claude-sonnet\n"
        "models:\n"
        "  - {name: claude-sonnet, litellm_model: anthropic/claude-sonnet-4-5,"
        " price: {input_per_mtok: 3, output_per_mtok: 15}}\n"
        "  - {name: qwen-local, kind: local, path: absent.gguf}\n"
        "routing:\n"
        "  watch: false\n"
        "  rules:\n"
        f"{policy_extra}"
        "    - {name: all, then: {target: claude-sonnet, cache: {ttl_s: 60}}}\n"
        "  default: {target: claude-sonnet}\n"
        f"ledger: {{url: 'sqlite:///{folder / 'ledger.db'}', spool_path: '{folder / 'spool'}',"
        " flush_interval_s: 0.05}\n"
        f"{cache}"
    )
    return path


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


class Edge:
    def __init__(self, folder: Path, classifier: Classifier, **config_args: str) -> None:
        path = config(folder, **config_args)
        self.folder = folder
        self.settings = load_settings(path)
        self.backend = FakeBackend(name="claude-sonnet")
        self.services = Services(
            self.settings,
            {"claude-sonnet": self.backend, "qwen-local": FakeBackend(name="qwen-local")},
            path,
            classifier,
            LedgerWriter(self.settings.ledger),
        )
        self.client = TestClient(
            create_app(self.settings, self.services), raise_server_exceptions=False
        )

    def ask(self, payload: dict[str, object], **headers: str) -> httpx.Response:
        return self.client.post(CHAT, json=payload, headers=headers)

    def drain_ledger(self) -> None:
        """Writes what the ledger holds, on the app's own loop (the app leaves supplied
        services to their owner to close)."""
        assert self.services.ledger is not None
        self.client.portal.call(self.services.ledger.aclose)  # type: ignore[union-attr]

    def records(self) -> list[RequestRecord]:
        async def read() -> list[RequestRecord]:
            engine = engine_for(self.settings.ledger.url)
            try:
                async with engine.connect() as connection:
                    return list(await connection.execute(select(RequestRecord)))  # type: ignore[arg-type]
            finally:
                await engine.dispose()

        return asyncio.run(read())


@pytest.fixture
def edge(tmp_path: Path, classifier: Classifier) -> Iterator[Edge]:
    running = Edge(tmp_path, classifier)
    with running.client:
        yield running


def test_a_deterministic_request_is_served_once_then_from_the_cache(edge: Edge) -> None:
    first = edge.ask(body(temperature=0))
    assert first.headers["x-router-cache"] == "miss"
    second = edge.ask(body(temperature=0))
    assert second.headers["x-router-cache"] == "hit"
    assert second.headers["x-router-model"] == "claude-sonnet"
    assert len(edge.backend.requests) == 1
    assert second.json()["choices"] == first.json()["choices"]
    assert second.json()["id"] != first.json()["id"]
    edge.drain_ledger()
    rows = sorted(edge.records(), key=lambda row: row.created_at)
    assert [row.cache_hit for row in rows] == [False, True]
    assert rows[1].cost_usd == 0
    assert rows[1].saved_usd == rows[0].cost_usd == Decimal("0.000033")  # 1 x 3 + 2 x 15


def test_a_repeat_is_answered_without_routing_it_again(
    edge: Edge, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned: list[str] = []
    plan = edge.services.planner.plan

    def counting(*args: Any, **kwargs: Any) -> Any:
        planned.append("plan")
        return plan(*args, **kwargs)

    monkeypatch.setattr(edge.services.planner, "plan", counting)
    assert edge.ask(body(temperature=0)).headers["x-router-cache"] == "miss"
    again = edge.ask(body(temperature=0))
    assert (again.headers["x-router-cache"], again.headers["x-router-rule"]) == ("hit", "all")
    assert again.headers["x-router-class"]
    assert len(planned) == 1  # the repeat was not classified nor decided again
    # Headers that change routing make it another request; so does another policy.
    assert (
        edge.ask(body(temperature=0), **{"x-router-tags": "batch"}).headers["x-router-cache"]
        == "hit"
    )
    assert len(planned) == 2
    assert edge.services.policy.reload()  # a new version of the policy, even with the same text
    assert edge.ask(body(temperature=0)).headers["x-router-cache"] == "hit"
    assert len(planned) == 3
    # An answer that left the cache is looked for by routing the request again.
    edge.services.cache.store = MemoryStore(10)
    planned.clear()
    assert edge.ask(body(temperature=0)).headers["x-router-cache"] == "miss"
    assert planned == ["plan"]
    assert len(edge.backend.requests) == 2


def test_the_key_ignores_json_layout_but_not_content(edge: Edge) -> None:
    edge.ask(body(temperature=0, max_tokens=50))
    layout = (
        '{ "max_tokens" : 50,\n "messages": [{"content": "%s", "role": "user"}],'
        ' "temperature": 0.0, "model": "auto"}'
    )
    raw = edge.client.post(
        CHAT, content=(layout % QUESTION).encode(), headers={"content-type": "application/json"}
    )
    assert raw.headers["x-router-cache"] == "hit"
    for changed in (
        body(temperature=0, max_tokens=51),
        body(QUESTION + "?", temperature=0, max_tokens=50),
        body(temperature=0, max_tokens=50, stop=["x"]),
    ):
        assert edge.ask(changed).headers["x-router-cache"] == "miss"
    request = ChatRequest(messages=[{"role": "user", "content": "a"}], params={"temperature": 0})
    assert cache_key("claude-sonnet", request) != cache_key("qwen-local", request)


def test_only_deterministic_requests_unless_the_client_opts_in_or_out(edge: Edge) -> None:
    assert "x-router-cache" not in edge.ask(body(temperature=0.7)).headers
    assert "x-router-cache" not in edge.ask(body()).headers  # the model's own sampling
    assert (
        edge.ask(body(temperature=0.7), **{"x-router-cache": "on"}).headers["x-router-cache"]
        == "miss"
    )
    assert (
        edge.ask(body(temperature=0.7), **{"x-router-cache": "on"}).headers["x-router-cache"]
        == "hit"
    )
    edge.ask(body(temperature=0))
    assert (
        "x-router-cache" not in edge.ask(body(temperature=0), **{"x-router-cache": "off"}).headers
    )


def test_streams_are_stored_and_replayed_as_streams(edge: Edge) -> None:
    def stream(**extra: object) -> tuple[httpx.Response, list[dict]]:
        response = edge.ask(body(temperature=0, stream=True, **extra))
        events = [
            json.loads(line[6:])
            for line in response.text.splitlines()
            if line.startswith("data: ") and line != "data: [DONE]"
        ]
        assert response.text.endswith("data: [DONE]\n\n")
        return response, events

    missed, original = stream()
    assert missed.headers["x-router-cache"] == "miss"
    hit, replayed = stream(stream_options={"include_usage": True})
    assert hit.headers["x-router-cache"] == "hit"
    assert hit.headers["content-type"].startswith("text/event-stream")
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in replayed if c["choices"])
    assert text == "".join(
        c["choices"][0]["delta"].get("content") or "" for c in original if c["choices"]
    )
    assert replayed[-1]["usage"]["total_tokens"] > 0
    assert edge.ask(body(temperature=0)).json()["choices"][0]["message"]["content"] == text
    assert len(edge.backend.requests) == 1


def test_sensitive_requests_stay_out_unless_configured(
    tmp_path: Path, classifier: Classifier
) -> None:
    secret = "why does this fail? GITHUB_TOKEN=ghp_" + "a1B2c3D4e5F6g7H8i9J0" * 2
    local = "    - {name: s, when: {sensitive: true}, then: {target: qwen-local}}\n"
    for store_sensitive, second in ((False, None), (True, "hit")):
        folder = tmp_path / str(store_sensitive)
        folder.mkdir()
        edge = Edge(
            folder,
            classifier,
            cache=f"cache: {{store_sensitive: {str(store_sensitive).lower()}}}\n",
            policy_extra=local,
        )
        with edge.client:
            edge.ask(body(secret, temperature=0))
            assert edge.ask(body(secret, temperature=0)).headers.get("x-router-cache") == second


def test_entries_expire_after_the_rules_ttl(tmp_path: Path, classifier: Classifier) -> None:
    short = (
        "    - {name: short, when: {tags: [short]},"
        " then: {target: claude-sonnet, cache: {ttl_s: 1}}}\n"
    )
    edge = Edge(tmp_path, classifier, policy_extra=short)
    tags = {"x-router-tags": "short"}
    with edge.client:
        edge.ask(body(temperature=0), **tags)
        assert edge.ask(body(temperature=0), **tags).headers["x-router-cache"] == "hit"
        time.sleep(1.2)
        assert edge.ask(body(temperature=0), **tags).headers["x-router-cache"] == "miss"


def test_assembled_streams_merge_tool_call_pieces() -> None:
    def chunk(delta: dict[str, object], finish: str | None = None) -> dict[str, object]:
        return {
            "id": "c",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    pieces = [
        chunk({"role": "assistant", "content": ""}),
        chunk(
            {
                "tool_calls": [
                    {"index": 0, "id": "call_1", "function": {"name": "get_", "arguments": '{"ci'}}
                ]
            }
        ),
        chunk(
            {
                "tool_calls": [
                    {"index": 0, "function": {"name": "weather", "arguments": 'ty": "Paris"}'}}
                ]
            }
        ),
        chunk({}, "tool_calls"),
    ]
    answer = assemble(pieces)
    assert answer is not None
    (call,) = answer["choices"][0]["message"]["tool_calls"]
    assert call == {
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
    }
    assert answer["choices"][0]["message"]["content"] is None
    assert assemble(pieces[:-1]) is None  # unfinished: not kept
    replayed = list(replay({**answer, "usage": None}, include_usage=True))
    assert assemble(replayed)["choices"] == answer["choices"]  # type: ignore[index]


# Redis: two router processes, and Redis going away under traffic.


class RedisServer:
    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "redis-server is not installed"
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while (
            subprocess.run(
                ["redis-cli", "-p", str(self.port), "ping"], capture_output=True, check=False
            ).stdout.strip()
            != b"PONG"
        ):
            assert time.monotonic() < deadline, "redis did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def redis_config(upstream: str, port: int) -> str:
    return f"""
default_model: claude-sonnet
models:
  - name: claude-sonnet
    litellm_model: anthropic/claude-sonnet-4-5
    api_base: {upstream}
    api_key: ${{FAKE_ANTHROPIC_KEY}}
routing:
  watch: false
  default: {{target: claude-sonnet}}
cache: {{backend: redis, redis_url: "redis://127.0.0.1:{port}/0", timeout_ms: 100}}
"""


@pytest.mark.slow
def test_two_routers_share_the_redis_cache_and_survive_its_outage(
    fake_upstream: tuple[FakeAnthropic, str], tmp_path: Path
) -> None:
    fake, url = fake_upstream
    fake.reset()
    redis = RedisServer(tmp_path)
    redis.start()
    env = {"FAKE_ANTHROPIC_KEY": API_KEY}
    routers: list[RouterProcess] = []
    try:
        for name in ("a", "b"):
            folder = tmp_path / name
            folder.mkdir()
            routers.append(start_router(folder, redis_config(url, redis.port), env))
        a, b = routers

        def ask(router: RouterProcess, text: str) -> httpx.Response:
            response = httpx.post(router.url + CHAT, json=body(text, temperature=0), timeout=30)
            assert response.status_code == 200, response.text
            return response

        assert ask(a, "write a haiku about autumn leaves").headers["x-router-cache"] == "miss"
        deadline = time.monotonic() + 5
        while ask(b, "write a haiku about autumn leaves").headers["x-router-cache"] != "hit":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert len(fake.received) == 1  # the second router answered from the shared cache

        redis.stop()
        for i in range(10):  # no failed request while Redis is gone
            assert (
                ask(a if i % 2 else b, f"during the outage {i}").headers["x-router-cache"] == "miss"
            )
        cache = httpx.get(a.url + "/readyz").json()["cache"]
        assert cache["available"] is False
        assert cache["unavailable"] >= 5
        assert a.log().count("unavailable") == 1  # said once, not once per request

        redis.start()
        ask(a, "write a haiku about winter")
        deadline = time.monotonic() + 5
        while ask(b, "write a haiku about winter").headers["x-router-cache"] != "hit":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert httpx.get(a.url + "/readyz").json()["cache"]["available"] is True
    finally:
        for router in routers:
            router.stop()
        redis.stop()
        fake.reset()


@pytest.mark.slow
def test_answers_from_redis_are_kept_near_until_their_redis_entry_expires(tmp_path: Path) -> None:
    redis = RedisServer(tmp_path)
    redis.start()
    url = f"redis://127.0.0.1:{redis.port}/0"

    async def scenario() -> None:
        writer, reader = RedisStore(url, 200, near_bytes=1 << 20), RedisStore(url, 200, 1 << 20)
        plain = RedisStore(url, 200)  # no near cache: every read is a round trip
        try:
            await writer.put("k", b"answer", ttl_s=2)
            assert await reader.get("k") == b"answer"  # from Redis, then kept near
            await writer.put("big", b"x" * (2 << 20), ttl_s=60)  # larger than the near cache
            redis.stop()
            assert await writer.get("k") == b"answer"  # both answer without Redis
            assert await reader.get("k") == b"answer"
            with pytest.raises(CacheUnavailable):
                await plain.get("k")
            with pytest.raises(CacheUnavailable):  # too large to be kept near
                await writer.get("big")
            await asyncio.sleep(2.1)
            with pytest.raises(CacheUnavailable):  # expired near: it asks Redis again
                await reader.get("k")
        finally:
            for store in (writer, reader, plain):
                await store.aclose()

    try:
        asyncio.run(scenario())
    finally:
        redis.stop()
