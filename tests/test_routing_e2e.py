"""End to end through `router serve`: the fake Claude upstream and a tiny local model behind a
routing policy file that the tests edit while traffic flows."""

from __future__ import annotations

import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from fake_anthropic import API_KEY, Behaviour, FakeAnthropic
from router_process import RouterProcess, start_router
from tiny_gguf import chain, write_chain_model

from policies.load import bundled_text

pytestmark = pytest.mark.slow
SESSION = "x-router-session"

SECRET = "GITHUB_TOKEN=ghp_" + "Zq7Rt2Wv9Xy4Ab6Cd8Ef1Gh3Jk5Lm0Np2Qs9"
PROMPTS = {
    "crud": "Write a Django model and REST endpoint to create, list and delete invoices",
    "architecture": "Design the service boundaries and event bus for splitting our monolith",
    "webgl": "Write a WebGL fragment shader with soft shadows for my three.js scene",
    "security_sensitive": f"Why does this deploy step fail? {SECRET}",
    "general": "What is a good way to explain recursion to a new colleague?",
}
# The bundled default policy, with overflow read from the queue (one request waiting) rather
# than from the estimated wait, which a tiny model never makes long.
POLICY = bundled_text("default").replace("local_wait_ms: {min: 5000}", "local_queue: {min: 1}")


def policy_with(*, crud_target: str) -> str:
    fallback = "claude-sonnet" if crud_target == "qwen-local" else "qwen-local"
    return POLICY.replace(
        "  - name: crud-local\n    when: {label: crud}\n    then:\n      target: qwen-local\n"
        "      fallbacks: [claude-sonnet]",
        f"  - name: crud-local\n    when: {{label: crud}}\n    then:\n      target: {crud_target}\n"
        f"      fallbacks: [{fallback}]",
    )


def config(upstream: str, model: Path, *, watch: bool) -> str:
    return yaml.safe_dump(
        {
            "default_model": "claude-sonnet",
            "models": [
                {
                    "name": "claude-sonnet",
                    "litellm_model": "anthropic/claude-sonnet-4-5",
                    "api_base": upstream,
                    "api_key": "${FAKE_ANTHROPIC_KEY}",
                    "timeout_s": 1,
                },
                {
                    # Answers "abcabcab..." until max_tokens: short by default, long on request.
                    "name": "qwen-local",
                    "kind": "local",
                    "path": str(model),
                    "n_ctx": 65536,
                    "max_tokens": 8,
                    "max_queue": 1,
                    "loop_detection": {"enabled": False},
                },
            ],
            "routing": {
                "policy": "policy.yaml",
                "watch": watch,
                "retry": {"attempts": 2, "backoff_s": 0.05, "max_backoff_s": 0.2},
                "circuit_breaker": {"failures": 1000, "cooldown_s": 1},
            },
        }
    )


@pytest.fixture(scope="module")
def routed(
    fake_upstream: tuple[FakeAnthropic, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RouterProcess]:
    workdir: Path = tmp_path_factory.mktemp("routed")
    model = write_chain_model(workdir / "loop.gguf", chain("abc", then=None), loop_to=0)
    (workdir / "policy.yaml").write_text(policy_with(crud_target="qwen-local"))
    env = {"FAKE_ANTHROPIC_KEY": API_KEY}
    process = start_router(workdir, config(fake_upstream[1], model, watch=True), env)
    yield process
    process.stop()


@pytest.fixture
def http(routed: RouterProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=routed.url, timeout=30) as client:
        yield client


def ask(client: httpx.Client, text: str, **extra: object) -> httpx.Response:
    """A new conversation each time, so that no test inherits another's sticky model."""
    body = {"model": "auto", "messages": [{"role": "user", "content": text}], **extra}
    return client.post("/v1/chat/completions", json=body, headers={SESSION: uuid.uuid4().hex})


def where(response: httpx.Response) -> tuple[str, str, str]:
    assert response.status_code == 200, response.text
    headers = response.headers
    return headers["x-router-class"], headers["x-router-rule"], headers["x-router-model"]


def policy_version(client: httpx.Client) -> int:
    version: int = client.get("/readyz").json()["routing"]["version"]
    return version


def wait_for(condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("label", "rule", "model"),
    [
        ("crud", "crud-local", "qwen-local"),
        ("architecture", "design-to-claude", "claude-sonnet"),
        ("webgl", "design-to-claude", "claude-sonnet"),
        ("security_sensitive", "sensitive-stays-local", "qwen-local"),
        ("general", "general-local", "qwen-local"),
    ],
)
def test_each_label_lands_where_the_policy_says(
    http: httpx.Client, fake_anthropic: FakeAnthropic, label: str, rule: str, model: str
) -> None:
    response = ask(http, PROMPTS[label])
    assert where(response) == (label, rule, model)
    assert len(fake_anthropic.received) == (model == "claude-sonnet")
    if model == "qwen-local":
        assert response.json()["choices"][0]["message"]["content"] == "abcabcab"


def test_a_rate_limit_is_retried_after_its_retry_after(
    http: httpx.Client, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(status=429, error_type="rate_limit_error", retry_after="1"))
    began = time.monotonic()
    response = ask(http, PROMPTS["architecture"])
    assert where(response)[2] == "claude-sonnet"
    assert time.monotonic() - began >= 1.0  # it waited as the upstream asked
    assert len(fake_anthropic.received) == 2


@pytest.mark.parametrize(
    "failure",
    [
        Behaviour(status=500, error_type="api_error"),
        Behaviour(status=529, error_type="overloaded_error"),
        Behaviour(status=429, error_type="rate_limit_error", retry_after="120"),
        Behaviour(delay_s=1.5),  # past the model's timeout_s of 1
    ],
    ids=["500", "529", "429-long", "timeout"],
)
def test_a_failing_hosted_model_falls_back_to_the_local_one(
    http: httpx.Client, fake_anthropic: FakeAnthropic, failure: Behaviour
) -> None:
    for stream in (False, True):
        fake_anthropic.reset()
        fake_anthropic.push(failure, failure)  # both tries of Claude fail
        response = ask(http, PROMPTS["webgl"], stream=stream)
        assert where(response) == ("webgl", "design-to-claude", "qwen-local")
        if stream:
            assert response.text.endswith("data: [DONE]\n\n")
        else:
            assert response.json()["choices"][0]["message"]["content"] == "abcabcab"
        assert len(fake_anthropic.received) == (1 if failure.retry_after == "120" else 2)


def test_a_busy_local_model_overflows_to_claude_but_sensitive_work_waits(
    routed: RouterProcess, http: httpx.Client, fake_anthropic: FakeAnthropic
) -> None:
    long = {
        "model": "qwen-local",
        "messages": [{"role": "user", "content": "go"}],
        "max_tokens": 65000,  # a few seconds; closing the stream cancels it
        "stream": True,
    }

    def local_load() -> dict[str, int]:
        load: dict[str, int] = http.get("/readyz").json()["models"]["qwen-local"]["load"]
        return load

    with (
        httpx.Client(base_url=routed.url, timeout=60) as holder,
        holder.stream("POST", "/v1/chat/completions", json=long) as running,
    ):
        chunks = running.iter_bytes()  # keep it: dropping the iterator closes the response
        next(chunks)
        with holder.stream("POST", "/v1/chat/completions", json=long) as waiting:
            wait_for(lambda: local_load()["queue_depth"] == 1)
            # One request waits: the overflow rule sends crud to Claude.
            assert where(ask(http, PROMPTS["crud"])) == ("crud", "local-overflow", "claude-sonnet")
            # Named, the local model is full: its chain has no fallback, so the client is told.
            only_local = {"model": "qwen-local", "messages": [{"role": "user", "content": "x"}]}
            busy = http.post("/v1/chat/completions", json=only_local)
            assert busy.status_code == 503
            assert busy.json()["error"]["code"] == "model_busy"
            assert busy.headers["retry-after"]
            # A sensitive request may not overflow to Claude: the guard keeps it local.
            refused = ask(http, PROMPTS["security_sensitive"])
            assert refused.status_code == 503
            assert refused.json()["error"]["code"] == "model_busy"
            assert refused.headers["x-router-class"] == "security_sensitive"
            assert all(SECRET not in str(seen.body) for seen in fake_anthropic.received)
            assert waiting.status_code == 200
    wait_for(lambda: local_load()["in_flight"] == 0)
    assert where(ask(http, PROMPTS["crud"]))[1:] == ("crud-local", "qwen-local")


def test_explain_names_the_rule_without_calling_a_model(
    http: httpx.Client, fake_anthropic: FakeAnthropic
) -> None:
    body = {
        "model": "auto",
        "messages": [{"role": "user", "content": PROMPTS["security_sensitive"]}],
    }
    explained = http.post("/v1/route/explain", json=body).json()
    assert explained["label"] == "security_sensitive"
    assert explained["signals"] == ["github_token"]
    assert SECRET not in str(explained)
    assert (explained["rule"], explained["target"], explained["fallbacks"]) == (
        "sensitive-stays-local",
        "qwen-local",
        [],
    )
    assert fake_anthropic.received == []


def test_edits_apply_live_and_a_broken_edit_keeps_the_policy(
    routed: RouterProcess, http: httpx.Client
) -> None:
    policy = routed.log_path.parent / "policy.yaml"
    before = policy_version(http)
    try:
        policy.write_text(policy_with(crud_target="claude-sonnet"))
        wait_for(lambda: policy_version(http) == before + 1)
        assert where(ask(http, PROMPTS["crud"]))[1:] == ("crud-local", "claude-sonnet")
        policy.write_text(POLICY.replace("target: qwen-local", "target: qwen-locl", 1))
        wait_for(lambda: http.get("/readyz").json()["routing"]["last_reload_error"] is not None)
        routing = http.get("/readyz").json()["routing"]
        assert routing["version"] == before + 1
        assert (
            "policy.yaml:7: rules.0.then.target: unknown model 'qwen-locl'"
            in (routing["last_reload_error"])
        )
        assert "unknown model 'qwen-locl'" in routed.log()
        assert where(ask(http, PROMPTS["crud"]))[1:] == ("crud-local", "claude-sonnet")
    finally:
        policy.write_text(policy_with(crud_target="qwen-local"))
        wait_for(lambda: http.get("/readyz").json()["routing"]["last_reload_error"] is None)


def test_a_storm_of_edits_under_traffic_fails_no_request(
    routed: RouterProcess, http: httpx.Client
) -> None:
    policy = routed.log_path.parent / "policy.yaml"
    versions = [policy_with(crud_target="qwen-local"), policy_with(crud_target="claude-sonnet")]
    broken = POLICY.replace("rules:", "rules: [", 1)
    failures: list[str] = []
    served: list[tuple[str, str]] = []
    stop = threading.Event()

    def traffic() -> None:
        with httpx.Client(base_url=routed.url, timeout=30) as client:
            while not stop.is_set():
                for label in ("crud", "architecture", "general"):
                    response = ask(client, PROMPTS[label])
                    if response.status_code != 200:
                        failures.append(f"{response.status_code} {response.text}")
                    else:
                        served.append(where(response)[1:])

    before = policy_version(http)
    workers = [threading.Thread(target=traffic) for _ in range(4)]
    for worker in workers:
        worker.start()
    try:
        for edit in range(40):
            policy.write_text(broken if edit % 5 == 4 else versions[edit % 2])
            time.sleep(0.04 + (edit % 3) * 0.05)
        policy.write_text(versions[1])
        wait_for(lambda: http.get("/readyz").json()["routing"]["last_reload_error"] is None)
        wait_for(lambda: where(ask(http, PROMPTS["crud"]))[2] == "claude-sonnet")
    finally:
        stop.set()
        for worker in workers:
            worker.join()
        policy.write_text(versions[0])
    assert failures == []
    assert len(served) > 40
    assert policy_version(http) > before + 3
    assert {model for rule, model in served if rule == "crud-local"} == {
        "qwen-local",
        "claude-sonnet",
    }


def test_sighup_reloads_when_watching_is_off(
    fake_upstream: tuple[FakeAnthropic, str], tmp_path: Path
) -> None:
    model = write_chain_model(tmp_path / "loop.gguf", chain("abc", then=None), loop_to=0)
    policy = tmp_path / "policy.yaml"
    policy.write_text(policy_with(crud_target="qwen-local"))
    env = {"FAKE_ANTHROPIC_KEY": API_KEY}
    process = start_router(tmp_path, config(fake_upstream[1], model, watch=False), env)
    try:
        with httpx.Client(base_url=process.url, timeout=30) as client:
            policy.write_text(policy_with(crud_target="claude-sonnet"))
            time.sleep(0.5)
            assert policy_version(client) == 1  # not watched
            process.process.send_signal(signal.SIGHUP)
            wait_for(lambda: policy_version(client) == 2)
            assert where(ask(client, PROMPTS["crud"]))[1:] == ("crud-local", "claude-sonnet")
    finally:
        process.stop()
