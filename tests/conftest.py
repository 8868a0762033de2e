"""Shared fixtures: the fake Anthropic upstream and real router processes in front of it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_anthropic import API_KEY, FakeAnthropic, ThreadedServer
from router_process import RouterProcess, start_router


@pytest.fixture(scope="module")
def run() -> Iterator[Callable[[Awaitable[Any]], Any]]:
    """Runs coroutines on one loop per module (LiteLLM keeps HTTP sessions bound to a loop)."""
    with asyncio.Runner() as runner:
        yield runner.run


@pytest.fixture(scope="session")
def fake_upstream() -> Iterator[tuple[FakeAnthropic, str]]:
    fake = FakeAnthropic()
    with ThreadedServer(fake.app()) as server:
        yield fake, server.url


@pytest.fixture
def fake_anthropic(fake_upstream: tuple[FakeAnthropic, str]) -> Iterator[FakeAnthropic]:
    fake, _ = fake_upstream
    fake.reset()
    yield fake
    fake.reset()


def hosted_config(upstream_url: str) -> str:
    """Three models on the fake upstream: a good key, a refused key, a short timeout; no
    routing policy, so `auto` means the default model."""
    return f"""
default_model: claude-sonnet
models:
  - name: claude-sonnet
    litellm_model: anthropic/claude-sonnet-4-5
    api_base: {upstream_url}
    api_key: ${{FAKE_ANTHROPIC_KEY}}
  - name: claude-wrong-key
    litellm_model: anthropic/claude-haiku-4-5
    api_base: {upstream_url}
    api_key: ${{WRONG_ANTHROPIC_KEY}}
  - name: claude-impatient
    litellm_model: anthropic/claude-sonnet-4-5
    api_base: {upstream_url}
    api_key: ${{FAKE_ANTHROPIC_KEY}}
    timeout_s: 1
routing:
  retry: {{attempts: 1}}  # upstream errors reach the client as they are (test_routing retries)
"""


@pytest.fixture(scope="session")
def router(
    fake_upstream: tuple[FakeAnthropic, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RouterProcess]:
    """`router serve` in front of the fake upstream, shared by the end-to-end tests."""
    _, url = fake_upstream
    workdir: Path = tmp_path_factory.mktemp("router")
    env = {"FAKE_ANTHROPIC_KEY": API_KEY, "WRONG_ANTHROPIC_KEY": "not-the-key"}
    process = start_router(workdir, hosted_config(url), env)
    yield process
    process.stop()
