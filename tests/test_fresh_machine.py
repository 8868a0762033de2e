"""A fresh machine: no API key, no config file, no network beyond loopback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from fake_anthropic import FakeAnthropic
from router_process import LAUNCHER, RouterProcess, start_router

pytestmark = pytest.mark.slow


def test_router_never_connects_beyond_loopback(
    router: RouterProcess, fake_anthropic: FakeAnthropic
) -> None:
    """Start-up, a plain and a streamed request: every connection stays on this machine."""
    with openai.OpenAI(base_url=router.url + "/v1", api_key="any", max_retries=0) as client:
        client.chat.completions.create(model="auto", messages=[{"role": "user", "content": "hi"}])
        list(
            client.chat.completions.create(
                model="auto", messages=[{"role": "user", "content": "hi"}], stream=True
            )
        )
    assert len(fake_anthropic.received) == 2
    assert router.network_attempts() == []


def test_the_network_audit_sees_outbound_attempts(tmp_path: Path) -> None:
    """The audit hook behind the test above does record a lookup of a remote host."""
    audit = tmp_path / "audit.log"
    script = (
        "import sys, socket; sys.path.insert(0, sys.argv[1]); import launch_audited; "
        "launch_audited._install(sys.argv[2]); "
        "socket.getaddrinfo('127.0.0.1', 80)\n"
        "try: socket.getaddrinfo('models.example.invalid', 443)\n"
        "except OSError: pass"
    )
    subprocess.run([sys.executable, "-c", script, str(LAUNCHER.parent), str(audit)], check=True)
    assert audit.read_text().splitlines() == ["socket.getaddrinfo 'models.example.invalid'"]


@pytest.fixture(scope="module")
def keyless_router(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RouterProcess]:
    process = start_router(tmp_path_factory.mktemp("fresh"), None, {})
    yield process
    process.stop()


def test_starts_on_embedded_defaults_and_says_what_is_missing(
    keyless_router: RouterProcess,
) -> None:
    log = keyless_router.log()
    assert "ANTHROPIC_API_KEY is not set" in log
    assert "export ANTHROPIC_API_KEY=" in log
    assert "Qwen3.5-35B-A3B-Q4_K_M.gguf does not exist; put a GGUF there" in log
    ready = httpx.get(keyless_router.url + "/readyz")
    assert ready.status_code == 503
    reason = ready.json()["models"]["claude-sonnet"]["reason"]
    assert "ANTHROPIC_API_KEY" in reason
    assert httpx.get(keyless_router.url + "/healthz").status_code == 200


def test_chat_without_a_key_is_a_clear_503(keyless_router: RouterProcess) -> None:
    with (
        openai.OpenAI(base_url=keyless_router.url + "/v1", api_key="any", max_retries=0) as client,
        pytest.raises(openai.APIStatusError) as raised,
    ):
        client.chat.completions.create(model="auto", messages=[{"role": "user", "content": "hi"}])
    assert raised.value.status_code == 503
    assert "ANTHROPIC_API_KEY" in raised.value.message
    assert keyless_router.network_attempts() == []
