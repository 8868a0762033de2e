"""The ledger against real databases: Postgres (a fresh database per test module, migrated
from empty by Alembic) and SQLite; costs in exact decimals; outages that lose nothing."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import asyncpg
import httpx
import pytest
from conftest import hosted_config
from fake_anthropic import API_KEY, FakeAnthropic
from pydantic import ValidationError
from router_process import RouterProcess, start_router
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import ProgrammingError
from tcp_proxy import TcpProxy

from classifiers.classify import Classifier
from router.api.chat_schema import ChatCompletionRequest
from router.ledger.costs import Costs, Price, Tokens, prices
from router.ledger.database import engine_for
from router.ledger.entry import LedgerEntry
from router.ledger.migrate import current, downgrade, upgrade
from router.ledger.recording import Meter, Recorder
from router.ledger.schema import RequestRecord
from router.ledger.spool import Spool
from router.ledger.writer import LedgerWriter
from router.routing.dispatch import Served
from router.routing.live_policy import LivePolicy
from router.routing.planner import Planner
from router.routing.sessions import Sessions
from router.service_settings import LedgerSettings
from router.settings import Settings

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


async def _admin(statement: str) -> None:
    connection = await asyncpg.connect(PG_ADMIN.replace("postgresql", "postgres"))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty Postgres database, dropped afterwards."""
    name = f"ledger_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(f"CREATE DATABASE {name}"))
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    asyncio.run(_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def entry(number: int = 0, **changes: object) -> LedgerEntry:
    values: dict[str, object] = {
        "id": uuid.uuid4().hex,
        "created_at": dt.datetime(2026, 11, 24, 12, 0, number % 60, tzinfo=dt.UTC),
        "request_id": f"req-{number}",
        "api_key": None,
        "tenant": None,
        "label": "crud",
        "confidence": 0.9,
        "rule": "crud-local",
        "policy_version": 1,
        "requested_model": "auto",
        "model": "claude-sonnet",
        "provider": "anthropic",
        "attempts": 1,
        "fallbacks": 0,
        "prompt_tokens": 1000 + number,
        "completion_tokens": 200,
        "cost_usd": Decimal("0.0060030001"),
        "baseline_cost_usd": Decimal("0.006003"),
        "cache_hit": False,
        "status": 200,
        "error_code": None,
        "stream": False,
        "latency_ms": 12.5,
        "ttft_ms": None,
        "upstream_ms": 11.0,
        "overhead_ms": 1.5,
    }
    values.update(changes)
    return LedgerEntry(**values)  # type: ignore[arg-type]


def stored(url: str) -> list[RequestRecord]:
    async def read() -> list[RequestRecord]:
        engine = engine_for(url)
        try:
            async with engine.connect() as connection:
                rows = await connection.execute(select(RequestRecord))
                return list(rows)  # type: ignore[arg-type]
        finally:
            await engine.dispose()

    return asyncio.run(read())


def stored_so_far(url: str) -> list[RequestRecord]:
    """What is stored, or nothing while the router has not created the table yet."""
    try:
        return stored(url)
    except ProgrammingError:
        return []


def settings_for(url: str, tmp_path: Path, **more: object) -> LedgerSettings:
    return LedgerSettings(
        url=url, spool_path=tmp_path / "ledger.spool", flush_interval_s=0.05, **more
    )


# Costs: exact decimals.


def test_costs_are_exact_and_config_prices_come_first() -> None:
    settings = Settings.model_validate(
        {
            "models": [
                {
                    "name": "sonnet",
                    "litellm_model": "anthropic/claude-sonnet-4-5",
                    "price": {"input_per_mtok": "3", "output_per_mtok": "15"},
                },
                {"name": "haiku", "litellm_model": "anthropic/claude-haiku-4-5"},
                {"name": "mystery", "litellm_model": "openai/unknown-model"},
                {"name": "qwen", "kind": "local", "path": "x.gguf", "price_per_busy_hour": "1.80"},
            ],
            "default_model": "sonnet",
        }
    )
    cost_map = {
        "claude-haiku-4-5": {
            "input_cost_per_token": 1e-06,
            "output_cost_per_token": 5e-06,
            "cache_read_input_token_cost": 1e-07,
            "cache_creation_input_token_cost": 1.25e-06,
        },
        "claude-sonnet-4-5": {"input_cost_per_token": 9.9, "output_cost_per_token": 9.9},
    }
    table = prices(settings, cost_map)
    assert table["sonnet"] == Price(Decimal(3), Decimal(15))  # the config wins over the map
    assert table["haiku"] == Price(
        Decimal("1.000000"),
        Decimal("5.000000"),
        cache_read_per_mtok=Decimal("0.1000000"),
        cache_write_per_mtok=Decimal("1.25000000"),
    )
    assert table["mystery"].known is False
    costs = Costs(table, baseline="sonnet")
    assert costs.cost("sonnet", Tokens(1, 0), 0) == Decimal("0.0000030000")
    assert costs.cost("sonnet", Tokens(1_000_000, 100_000), 0) == Decimal("4.5")
    assert costs.cost("haiku", Tokens(333, 77), 0) == Decimal("0.000718")
    assert costs.cost("qwen", Tokens(10_000, 500), 2.0) == Decimal("0.001")  # 2 s at 1.80 USD/h
    assert costs.cost("mystery", Tokens(10, 10), 1) == 0
    assert costs.cost(None, Tokens(10, 10), 1) == 0
    assert costs.baseline_cost(Tokens(10_000, 500)) == Decimal("0.0375")
    assert Costs(table, baseline=None).baseline_cost(Tokens(10_000, 500)) == 0
    # Prompt-cache reads and writes at their own prices: 1M input of which 600k read, 300k
    # written, 100k fresh: 0.6 * 0.1 + 0.3 * 1.25 + 0.1 * 1 = 0.535 USD.
    assert costs.cost("haiku", Tokens(1_000_000, 0, 600_000, 300_000), 0) == Decimal("0.535")
    # Without cache prices (the configured sonnet), cached input costs what other input costs.
    assert costs.cost("sonnet", Tokens(1_000_000, 0, 600_000, 300_000), 0) == Decimal(3)
    total = sum((costs.cost("haiku", Tokens(1, 1), 0) for _ in range(10_000)), Decimal(0))
    assert total == Decimal("0.06")  # no float drift over many records


# Migrations, from empty, both ways.


@pytest.mark.parametrize("database", ["postgres", "sqlite"])
def test_migrations_upgrade_and_downgrade(database: str, tmp_path: Path, request) -> None:  # type: ignore[no-untyped-def]
    url = (
        request.getfixturevalue("pg_url")
        if database == "postgres"
        else (f"sqlite:///{tmp_path / 'ledger.db'}")
    )

    async def check() -> None:
        engine = engine_for(url)
        try:
            assert await current(engine) is None
            await upgrade(engine)
            assert await current(engine) == "0003"
            async with engine.connect() as connection:
                names, indexes = await connection.run_sync(
                    lambda sync: (
                        inspect(sync).get_table_names(),
                        {index["name"] for index in inspect(sync).get_indexes("request_records")},
                    )
                )
            assert "request_records" in names
            assert {
                "ix_request_records_created_at",
                "ix_request_records_month_model",
                "ix_request_records_key_created_at",
            } <= indexes
            await downgrade(engine, "base")
            assert await current(engine) is None
            async with engine.connect() as connection:
                names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
            assert "request_records" not in names
        finally:
            await engine.dispose()

    asyncio.run(check())


# The writer.


@pytest.mark.parametrize("database", ["postgres", "sqlite"])
def test_records_land_once_with_exact_money(database: str, tmp_path: Path, request) -> None:  # type: ignore[no-untyped-def]
    url = (
        request.getfixturevalue("pg_url")
        if database == "postgres"
        else (f"sqlite:///{tmp_path / 'ledger.db'}")
    )
    entries = [entry(i) for i in range(1200)]

    async def write() -> None:
        writer = LedgerWriter(settings_for(url, tmp_path, batch_size=250))
        await writer.start()
        for item in entries:
            writer.record(item)
        await writer.aclose()
        assert writer.written == len(entries)

    asyncio.run(write())
    rows = stored(url)
    assert sorted(row.id for row in rows) == sorted(item.id for item in entries)
    assert {row.cost_usd for row in rows} == {Decimal("0.0060030001")}
    assert sum(row.prompt_tokens for row in rows) == sum(item.prompt_tokens for item in entries)


def test_an_outage_loses_nothing_and_doubles_nothing(pg_url: str, tmp_path: Path) -> None:
    database = pg_url.rsplit("/", 1)[1]
    proxy = TcpProxy("127.0.0.1", 5432)
    proxy.up()
    url = f"postgresql://postgres@127.0.0.1:{proxy.port}/{database}"
    written: list[LedgerEntry] = []

    async def traffic() -> LedgerWriter:
        writer = LedgerWriter(settings_for(url, tmp_path, batch_size=50, write_timeout_s=2))
        await writer.start()

        async def send(count: int) -> None:
            for _ in range(count):
                item = entry(len(written))
                written.append(item)
                writer.record(item)
                await asyncio.sleep(0.002)

        await send(200)
        proxy.down()  # connections cut, new ones refused
        await send(300)
        assert writer.status()["healthy"] is False
        assert writer.spooled > 0
        proxy.up()
        await send(200)
        deadline = asyncio.get_running_loop().time() + 60
        while writer.status()["spool_pending"] or writer.replayed == 0:
            assert asyncio.get_running_loop().time() < deadline, writer.status()
            await asyncio.sleep(0.1)
        await writer.aclose()
        return writer

    try:
        writer = asyncio.run(traffic())
    finally:
        proxy.close()
    rows = stored(pg_url)
    assert len(rows) == len(written) == 700
    assert {row.id for row in rows} == {item.id for item in written}
    assert writer.replayed > 0


def test_a_spool_left_by_a_previous_run_is_replayed_idempotently(
    pg_url: str, tmp_path: Path
) -> None:
    settings = settings_for(pg_url, tmp_path)
    already = [entry(i) for i in range(5)]
    new = [entry(i) for i in range(5, 40)]

    async def first_run() -> None:  # these landed, but were also spooled by a crash
        writer = LedgerWriter(settings)
        await writer.start()
        for item in already:
            writer.record(item)
        await writer.aclose()

    asyncio.run(first_run())
    spool = Spool(settings.spool_path)
    spool.append(already + new)
    with settings.spool_path.open("ab") as file:
        file.write(b'{"id": "cut-short-by-a-cra')  # a write interrupted by a crash

    async def second_run() -> LedgerWriter:
        writer = LedgerWriter(settings)
        await writer.start()
        deadline = asyncio.get_running_loop().time() + 30
        while writer.replayed == 0:
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.05)
        await writer.aclose()
        return writer

    writer = asyncio.run(second_run())
    assert writer.replayed == 40
    assert not spool.pending()
    rows = stored(pg_url)
    assert sorted(row.id for row in rows) == sorted(item.id for item in already + new)


def test_a_full_queue_spills_to_the_spool_and_nothing_is_lost(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    entries = [entry(i) for i in range(300)]

    async def burst() -> LedgerWriter:
        writer = LedgerWriter(settings_for(url, tmp_path, queue_size=10))
        await writer.start()
        for item in entries:  # faster than the writer can take them: no await in between
            writer.record(item)
        assert writer.spooled == 290
        deadline = asyncio.get_running_loop().time() + 30
        while writer.status()["spool_pending"]:
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.05)
        await writer.aclose()
        return writer

    writer = asyncio.run(burst())
    assert writer.written + writer.replayed == 300
    assert sorted(row.id for row in stored(url)) == sorted(item.id for item in entries)


def test_an_unreachable_database_at_start_spools_and_closing_keeps_everything(
    tmp_path: Path,
) -> None:
    url = "postgresql://postgres@127.0.0.1:9/nowhere"  # nothing listens on port 9
    entries = [entry(i) for i in range(20)]

    async def run() -> None:
        writer = LedgerWriter(settings_for(url, tmp_path, write_timeout_s=1))
        await writer.start()
        for item in entries:
            writer.record(item)
        await writer.aclose()

    asyncio.run(run())
    spooled = Spool(tmp_path / "ledger.spool").take()
    assert sorted(item.id for item in spooled) == sorted(item.id for item in entries)
    assert spooled[0] == next(item for item in entries if item.id == spooled[0].id)


def test_retention_deletes_only_old_records(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    now = dt.datetime.now(dt.UTC)
    old = entry(1, created_at=now - dt.timedelta(days=40))
    recent = entry(2, created_at=now - dt.timedelta(days=2))

    async def run() -> None:
        writer = LedgerWriter(settings_for(url, tmp_path, retention_days=30))
        await writer.start()
        writer.record(old)
        writer.record(recent)
        await asyncio.sleep(0.5)
        await writer.aclose()

    asyncio.run(run())
    assert [row.id for row in stored(url)] == [recent.id]


def test_sqlite_sums_money_exactly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    entries = [entry(i, cost_usd=Decimal("0.0000000001")) for i in range(1000)]

    async def run() -> Decimal:
        writer = LedgerWriter(settings_for(url, tmp_path))
        await writer.start()
        for item in entries:
            writer.record(item)
        await writer.aclose()
        engine = engine_for(url)
        try:
            async with engine.connect() as connection:
                total = await connection.scalar(select(func.sum(RequestRecord.cost_usd)))
                raw = await connection.scalar(text("select typeof(cost_usd) from request_records"))
        finally:
            await engine.dispose()
        assert raw == "integer"
        return total  # type: ignore[no-any-return]

    assert asyncio.run(run()) == Decimal("0.0000001000")


# Through `router serve`: one record per request, and a spool replayed after a restart.


def ledger_config(upstream: str, url: str) -> str:
    return hosted_config(upstream) + f"ledger: {{url: '{url}', flush_interval_s: 0.05}}\n"


def chat(router: RouterProcess, text_: str, **extra: object) -> httpx.Response:
    body = {"model": "claude-sonnet", "messages": [{"role": "user", "content": text_}], **extra}
    return httpx.post(router.url + "/v1/chat/completions", json=body, timeout=30)


@pytest.mark.slow
def test_every_request_leaves_exactly_one_record(
    fake_upstream: tuple[FakeAnthropic, str], pg_url: str, tmp_path: Path
) -> None:
    env = {"FAKE_ANTHROPIC_KEY": API_KEY, "WRONG_ANTHROPIC_KEY": "nope"}
    router = start_router(tmp_path, ledger_config(fake_upstream[1], pg_url), env)
    try:
        for i in range(5):
            assert chat(router, f"design question number {i} about our services").status_code == 200
        streamed = chat(router, "one two three", stream=True)
        assert streamed.text.endswith("data: [DONE]\n\n")
        assert '"usage"' not in streamed.text  # measured for the ledger, not sent unasked
        assert chat(router, "hello", model="gpt-9").status_code == 404
        refused = chat(router, "hello", model="claude-wrong-key")
        assert refused.status_code == 502
        assert httpx.get(router.url + "/readyz").json()["ledger"]["healthy"] is True
    finally:
        router.stop()  # a graceful stop drains the queue
    rows = {row.request_id: row for row in stored(pg_url)}
    assert len(rows) == 8
    ok = [row for row in rows.values() if row.status == 200]
    assert len(ok) == 6
    for row in ok:
        assert (row.model, row.provider, row.attempts, row.fallbacks) == (
            "claude-sonnet",
            "anthropic",
            1,
            0,
        )
        assert row.prompt_tokens > 0
        assert row.completion_tokens > 0
        expected = (Decimal(row.prompt_tokens) * 3 + Decimal(row.completion_tokens) * 15) / (10**6)
        assert row.cost_usd == expected == row.baseline_cost_usd
        assert row.latency_ms >= row.upstream_ms > 0
        assert row.overhead_ms > 0
    (stream,) = [row for row in ok if row.stream]
    assert stream.ttft_ms is not None
    assert stream.completion_tokens == 4  # "echo: one two three"
    failed = sorted(
        (row.status, row.error_code, row.model) for row in rows.values() if row.status != 200
    )
    assert failed == [(404, "model_not_found", None), (502, "upstream_auth", None)]


@pytest.mark.slow
def test_records_spooled_while_the_database_was_down_land_after_a_restart(
    fake_upstream: tuple[FakeAnthropic, str], pg_url: str, tmp_path: Path
) -> None:
    env = {"FAKE_ANTHROPIC_KEY": API_KEY, "WRONG_ANTHROPIC_KEY": "nope"}
    down = "postgresql://postgres@127.0.0.1:9/nowhere"
    router = start_router(tmp_path, ledger_config(fake_upstream[1], down), env)
    try:
        for i in range(6):
            assert chat(router, f"request {i}").status_code == 200  # the database is no excuse
        assert httpx.get(router.url + "/readyz").json()["ledger"]["healthy"] is False
    finally:
        router.stop()
    # On disk, in the spool or in the replay file that a failed replay leaves behind.
    spool = Spool(tmp_path / "router-ledger.spool")
    on_disk = [spool.path, spool.replaying]
    assert sum(path.read_bytes().count(b"\n") for path in on_disk if path.exists()) == 6
    router = start_router(tmp_path, ledger_config(fake_upstream[1], pg_url), env)
    try:
        deadline = time.monotonic() + 30
        while len(stored_so_far(pg_url)) < 6:
            assert time.monotonic() < deadline, router.log()
            time.sleep(0.2)
        assert chat(router, "write a haiku about autumn leaves").status_code == 200
    finally:
        router.stop()
    rows = stored(pg_url)
    assert len(rows) == len({row.id for row in rows}) == 7
    assert not (tmp_path / "router-ledger.spool.replaying").exists()


def test_records_carry_a_keyed_fingerprint_only_when_asked() -> None:
    settings = Settings()
    planner = Planner(
        Classifier(),
        LivePolicy(settings, None),
        Sessions(settings.routing.stickiness),
        lambda: None,
    )
    messages = [{"role": "user", "content": "Add an index to the orders table"}]
    body = {"model": "auto", "messages": messages}
    plan = planner.plan(ChatCompletionRequest.model_validate(body).to_internal(), body, "auto", {})
    served = Served(model="qwen-local", attempts=[("qwen-local", "ok")])
    meter = Meter(arrived=time.perf_counter(), stream=False, prompt_tokens=10, completion_tokens=5)
    costs = Costs(prices(settings, {}), "claude-sonnet")

    def fingerprint(key: bytes | None, sent: object) -> str | None:
        recorder = Recorder(None, costs, {"qwen-local": "local"}, key)
        return recorder.record("r", plan, served, meter, 200, None, sent).fingerprint

    assert fingerprint(None, messages) is None
    first = fingerprint(b"k1", messages)
    assert first is not None
    assert len(first) == 32
    assert fingerprint(b"k1", [dict(reversed(messages[0].items()))]) == first  # key order
    assert fingerprint(b"k2", messages) != first
    assert fingerprint(b"k1", [{"role": "user", "content": "something else"}]) != first
    entry_ = Recorder(None, costs, {"qwen-local": "local"}, None).record(
        "r", plan, served, meter, 200, None
    )
    assert (entry_.model, entry_.provider, entry_.label) == ("qwen-local", "local", "crud")
    assert entry_.cost_usd == 0  # a local model at the default 0 per busy hour
    assert entry_.baseline_cost_usd == Decimal("0.000105")  # 10 x 3 + 5 x 15 per million


@pytest.mark.slow
def test_cutting_the_database_under_traffic_loses_and_doubles_no_record(
    fake_upstream: tuple[FakeAnthropic, str], pg_url: str, tmp_path: Path
) -> None:
    proxy = TcpProxy("127.0.0.1", 5432)
    proxy.up()
    url = f"postgresql://postgres@127.0.0.1:{proxy.port}/{pg_url.rsplit('/', 1)[1]}"
    env = {"FAKE_ANTHROPIC_KEY": API_KEY, "WRONG_ANTHROPIC_KEY": "nope"}
    router = start_router(tmp_path, ledger_config(fake_upstream[1], url), env)
    sent: list[str] = []

    def traffic(count: int) -> None:
        for _ in range(count):
            response = chat(router, "write a haiku about autumn leaves")
            assert response.status_code == 200
            sent.append(response.headers["x-request-id"])

    def ledger() -> dict[str, object]:
        state: dict[str, object] = httpx.get(router.url + "/readyz").json()["ledger"]
        return state

    try:
        traffic(30)
        proxy.down()
        traffic(40)  # served all the same
        proxy.up()
        traffic(30)
        deadline = time.monotonic() + 60
        while ledger()["spool_pending"] or not ledger()["healthy"] or ledger()["queued"]:
            assert time.monotonic() < deadline, ledger()
            time.sleep(0.2)
        assert ledger()["spooled"]
    finally:
        router.stop()
        proxy.close()
    rows = stored(pg_url)
    assert sorted(row.request_id for row in rows) == sorted(sent)  # each once, none missing
    assert len({row.id for row in rows}) == 100


def test_ledger_settings_are_checked() -> None:
    with pytest.raises(ValidationError, match="the ledger runs on sqlite"):
        Settings.model_validate({"ledger": {"url": "mysql://db/router"}})
    with pytest.raises(ValidationError, match="baseline_model 'gpt-9' is not one of the models"):
        Settings.model_validate({"ledger": {"baseline_model": "gpt-9"}})
    assert Settings().ledger.url == "sqlite:///router-ledger.db"
