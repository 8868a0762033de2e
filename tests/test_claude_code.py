"""A real agent through the router: the Claude Code CLI (`claude -p`), with only
ANTHROPIC_BASE_URL changed, once routed to the fake Claude upstream and once to a tiny local
model. `scripts/claude-code` installs the CLI from npm; the test says so if it is missing."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fake_anthropic import API_KEY, FakeAnthropic
from router_process import RouterProcess, start_router
from tiny_gguf import chain, write_chain_model

pytestmark = pytest.mark.slow

ARCH = "arm64" if platform.machine() in ("aarch64", "arm64") else "x64"
CLI_PACKAGE = f"node_modules/@anthropic-ai/claude-code-linux-{ARCH}/claude"


def claude_binary() -> Path:
    configured = os.environ.get("LLM_ROUTER_CLAUDE_CODE")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    binary = Path(configured) if configured else cache / "llm-router/claude-code" / CLI_PACKAGE
    if not binary.exists():
        pytest.fail(f"the Claude Code CLI is not installed at {binary}: run scripts/claude-code")
    return binary


def run_claude(router: RouterProcess, home: Path, prompt: str) -> subprocess.CompletedProcess[str]:
    home.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "ANTHROPIC_BASE_URL": router.url,
        "ANTHROPIC_API_KEY": "client-key",
        "DISABLE_TELEMETRY": "1",
        "DISABLE_AUTOUPDATER": "1",
        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
    }
    return subprocess.run(
        [str(claude_binary()), "-p", prompt, "--output-format", "json"],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def hosted_router(url: str, workdir: Path) -> RouterProcess:
    config = {
        "default_model": "claude-sonnet",
        "models": [
            {
                "name": "claude-sonnet",
                "litellm_model": "anthropic/claude-sonnet-4-5",
                "api_base": url,
                "api_key": "${FAKE_ANTHROPIC_KEY}",
                # The agent's own system prompt (on defensive security work) makes the
                # classifier call every request security_sensitive, so Claude must be trusted.
                "trusted_for_sensitive": True,
            }
        ],
    }
    return start_router(workdir, yaml.safe_dump(config), {"FAKE_ANTHROPIC_KEY": API_KEY})


@pytest.fixture
def claude_router(
    fake_upstream: tuple[FakeAnthropic, str], tmp_path: Path
) -> Iterator[RouterProcess]:
    process = hosted_router(fake_upstream[1], tmp_path)
    yield process
    process.stop()


def test_claude_code_through_the_router_to_claude(
    claude_router: RouterProcess, fake_anthropic: FakeAnthropic, tmp_path: Path
) -> None:
    done = run_claude(claude_router, tmp_path / "home", "say hello")
    assert done.returncode == 0, done.stderr + done.stdout
    result = json.loads(done.stdout)
    assert result["is_error"] is False, result
    agent_turns = [r.body for r in fake_anthropic.received if r.body.get("tools")]
    assert agent_turns, [r.body.get("model") for r in fake_anthropic.received]
    body = agent_turns[0]
    assert body["model"] == "claude-sonnet-4-5"  # whatever the agent named, the router chose
    assert body["thinking"]["type"] in ("adaptive", "enabled")
    assert len(body["tools"]) >= 5
    assert all("input_schema" in tool for tool in body["tools"] if "type" not in tool)
    assert isinstance(body["context_management"], dict)
    assert isinstance(body["output_config"], dict)
    assert isinstance(body["metadata"]["user_id"], str)
    assert body["stream"] is True


def test_claude_code_through_the_router_to_the_local_model(tmp_path: Path) -> None:
    model = write_chain_model(tmp_path / "ok.gguf", chain("Local-OK!"), context=262144)
    config = {
        "default_model": "local",
        "models": [{"name": "local", "kind": "local", "path": str(model), "n_ctx": 262144}],
    }
    router = start_router(tmp_path, yaml.safe_dump(config), {})
    try:
        done = run_claude(router, tmp_path / "home", "say hello")
    finally:
        router.stop()
    assert done.returncode == 0, done.stderr + done.stdout + router.log()[-3000:]
    result = json.loads(done.stdout)
    assert result["is_error"] is False, result
    assert "Local-OK!" in result["result"]
