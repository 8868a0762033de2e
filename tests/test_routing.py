"""Routing in the service, in process: dispatch down the chain, circuits, stickiness, request
facts, the live policy and its reloads, and the routed HTTP edge (fake backends)."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_backend import FakeBackend
from fastapi.testclient import TestClient
from pydantic import ValidationError

from classifiers.classify import Classifier
from policies.decision import Decision
from policies.schema import Cache, Escalate
from router.app import create_app
from router.backends.base import ChatRequest
from router.config_file import load_settings
from router.errors import (
    ConfigError,
    ContextWindowExceeded,
    InvalidRequest,
    ModelBusy,
    ModelUnavailable,
    RouterError,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamTimeout,
)
from router.routing.circuits import Circuits
from router.routing.dispatch import Dispatcher, Served
from router.routing.live_policy import LivePolicy
from router.routing.request_facts import parse_tags
from router.routing.sessions import session_key
from router.services import Services
from router.settings import CircuitBreaker, Retry, Settings

CHAT = ChatRequest(messages=[{"role": "user", "content": "hello"}])
RETRY = Retry(attempts=3, backoff_s=0.5, max_backoff_s=2, max_retry_after_s=10)
BREAKER = CircuitBreaker(failures=2, cooldown_s=30)


def decision(*chain: str, on_loop: bool = False, on_failure: bool = False) -> Decision:
    return Decision(
        "r", chain[0], chain[1:], {}, Cache(), Escalate(on_loop=on_loop, on_failure=on_failure), ()
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Harness:
    """A dispatcher over fake backends whose sleeps are recorded, not slept."""

    def __init__(self, *names: str, local: tuple[str, ...] = ()) -> None:
        self.backends = {name: FakeBackend(name=name) for name in names}
        self.clock = Clock()
        self.circuits = Circuits(self.clock)
        self.sleeps: list[float] = []
        self.dispatcher = Dispatcher(
            self.backends, frozenset(local), self.circuits, self._sleep, jitter=lambda: 1.0
        )

    async def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def complete(self, chosen: Decision, retry: Retry = RETRY) -> tuple[dict, Served]:
        served = Served()
        result = asyncio.run(self.dispatcher.complete(chosen, CHAT, retry, BREAKER, served))
        return result, served

    def stream(self, chosen: Decision) -> tuple[list[dict], Served]:
        async def collect() -> list[dict]:
            first, rest = await self.dispatcher.stream(chosen, CHAT, RETRY, BREAKER, served)
            chunks = [first] if first is not None else []
            return chunks + [chunk async for chunk in rest]

        served = Served()
        return asyncio.run(collect()), served


def test_retries_back_off_exponentially_then_the_next_model_serves() -> None:
    h = Harness("a", "b")
    h.backends["a"].failures = [UpstreamError("boom")] * 3
    result, served = h.complete(decision("a", "b"))
    assert result["model"] == "b"
    assert served.model == "b"
    assert served.attempts == [("a", "upstream_error")] * 3 + [("b", "ok")]
    assert h.sleeps == [0.5, 1.0]  # full jitter at its ceiling: 0.5 * 2**attempt


def test_backoff_is_jittered_and_capped() -> None:
    h = Harness("a")
    h.dispatcher._jitter = random.Random(7).random
    h.backends["a"].failures = [UpstreamTimeout("slow")] * 5
    retry = Retry(attempts=6, backoff_s=1, max_backoff_s=3)
    h.complete(decision("a"), retry)
    ceilings = [1, 2, 3, 3, 3]
    assert all(0 <= slept <= ceiling for slept, ceiling in zip(h.sleeps, ceilings, strict=True))
    assert len(set(h.sleeps)) == 5


def test_retry_after_is_honoured_and_a_long_one_moves_on_at_once() -> None:
    h = Harness("a", "b")
    h.backends["a"].failures = [UpstreamRateLimited("slow down", retry_after=3)]
    result, _ = h.complete(decision("a", "b"))
    assert result["model"] == "a"
    assert h.sleeps == [3]  # longer than the backoff ceiling of 0.5
    h.sleeps.clear()
    h.backends["a"].failures = [UpstreamRateLimited("slow down", retry_after=60)]
    result, served = h.complete(decision("a", "b"))
    assert result["model"] == "b"
    assert h.sleeps == []
    assert served.attempts == [("a", "rate_limit_exceeded"), ("b", "ok")]


def test_a_model_that_cannot_take_the_request_is_passed_over_without_retries() -> None:
    for error in (
        ModelBusy("queue full", retry_after=4),
        ModelUnavailable("no key"),
        ContextWindowExceeded("too long"),
    ):
        h = Harness("local", "hosted")
        h.backends["local"].failures = [error]
        result, _ = h.complete(decision("local", "hosted"))
        assert result["model"] == "hosted"
        assert len(h.backends["local"].requests) == 1
        assert h.sleeps == []
        assert h.circuits.state("local") == "closed"


def test_the_clients_own_errors_are_not_retried_elsewhere() -> None:
    h = Harness("a", "b")
    h.backends["a"].failures = [InvalidRequest("bad tool schema")]
    with pytest.raises(InvalidRequest):
        h.complete(decision("a", "b"))
    assert h.backends["b"].requests == []


def test_when_every_model_fails_the_last_error_says_what_was_tried() -> None:
    h = Harness("a", "b")
    h.backends["a"].failures = [ModelBusy("a is busy", retry_after=2)]
    h.backends["b"].failures = [UpstreamRateLimited("b limited", retry_after=30)]
    with pytest.raises(UpstreamRateLimited) as raised:
        h.complete(decision("a", "b"))
    assert raised.value.retry_after == 30
    assert "tried a: model_busy; b: rate_limit_exceeded" in raised.value.message


def test_the_circuit_opens_after_repeated_failures_and_lets_one_trial_through() -> None:
    h = Harness("a", "b")
    h.backends["a"].fail_with = UpstreamError("down")
    once = Retry(attempts=1)
    for _ in range(2):
        assert h.complete(decision("a", "b"), once)[0]["model"] == "b"
    assert h.circuits.state("a") == "open"
    calls = len(h.backends["a"].requests)
    _, served = h.complete(decision("a", "b"), once)
    assert served.attempts[0] == ("a", "circuit_open")
    assert len(h.backends["a"].requests) == calls  # skipped, not tried
    h.clock.now += 31
    assert h.circuits.state("a") == "half_open"
    h.backends["a"].fail_with = None
    assert h.complete(decision("a", "b"), once)[0]["model"] == "a"  # the trial succeeded
    assert h.circuits.state("a") == "closed"


def test_a_failed_trial_opens_the_circuit_again_and_only_one_trial_runs() -> None:
    clock = Clock()
    circuits = Circuits(clock)
    for _ in range(2):
        circuits.failed("a", BREAKER)
    clock.now += 31
    assert circuits.allows("a")
    assert not circuits.allows("a")  # a second request while the trial runs
    circuits.failed("a", BREAKER)
    assert circuits.state("a") == "open"


def test_when_every_circuit_is_open_the_client_gets_503_with_retry_after() -> None:
    h = Harness("a")
    for _ in range(2):
        h.circuits.failed("a", BREAKER)
    with pytest.raises(ModelUnavailable) as raised:
        h.complete(decision("a"))
    assert raised.value.retry_after == 30
    assert "circuit_open" in raised.value.message


def test_escalation_on_a_loop_and_on_a_generation_failure() -> None:
    h = Harness("local", "hosted", local=("local",))
    h.backends["local"].outcome = "repetition_loop"
    assert h.complete(decision("local", "hosted"))[0]["model"] == "local"  # not asked to
    result, served = h.complete(decision("local", "hosted", on_loop=True))
    assert result["model"] == "hosted"
    assert served.attempts == [("local", "loop"), ("hosted", "ok")]
    h.backends["local"].outcome = None
    h.backends["local"].failures = [RouterError("llama.cpp failed")]
    with pytest.raises(RouterError):
        h.complete(decision("local", "hosted"))
    h.backends["local"].failures = [RouterError("llama.cpp failed")]
    assert h.complete(decision("local", "hosted", on_failure=True))[0]["model"] == "hosted"


def test_streams_fall_back_before_their_first_chunk() -> None:
    h = Harness("a", "b")
    h.backends["a"].failures = [ModelBusy("busy")]
    chunks, served = h.stream(decision("a", "b"))
    assert {chunk["model"] for chunk in chunks} == {"b"}
    assert served.model == "b"


def test_rule_parameters_apply_as_far_as_each_model_takes_them() -> None:
    h = Harness("local", "hosted", local=("local",))
    params = {"temperature": 0.2, "top_k": 5, "enable_thinking": True, "max_tokens": 99}
    chosen = Decision("r", "local", ("hosted",), params, Cache(), Escalate(), ())
    request = ChatRequest(
        messages=CHAT.messages, params={"temperature": 1.5, "max_completion_tokens": 7}
    )
    h.backends["local"].failures = [ModelBusy("busy")]
    asyncio.run(h.dispatcher.complete(chosen, request, RETRY, BREAKER, Served()))
    local, hosted = h.backends["local"].requests[0], h.backends["hosted"].requests[0]
    assert local.params == {"temperature": 0.2, "top_k": 5, "max_tokens": 99}
    assert local.template_kwargs == {"enable_thinking": True}
    assert hosted.params == {"temperature": 0.2, "max_tokens": 99}
    assert hosted.template_kwargs == {}


def test_tags_are_parsed_trimmed_and_bounded() -> None:
    assert parse_tags(" beta, team-a,,beta ") == {"beta", "team-a"}
    assert parse_tags(None) == frozenset()
    assert len(parse_tags(",".join(f"t{i}" for i in range(100)))) == 32
    assert parse_tags("x" * 500) == {"x" * 64}


def test_a_conversation_is_known_by_its_opening_or_by_the_client() -> None:
    opening = [("system", "be brief"), ("user", "hi")]
    later = [*opening, ("assistant", "hello"), ("user", "more")]
    assert session_key(None, "auto", opening) == session_key(None, "auto", later)
    assert session_key(None, "auto", opening) != session_key(None, "auto", [("user", "bye")])
    assert session_key("conv-1", "auto", opening) == "client::conv-1"
    assert session_key("conv-1", "auto", opening, "team-a") != session_key(
        "conv-1", "auto", opening, "team-b"
    )
    assert session_key(None, "auto", opening, "team-a") != session_key(None, "auto", opening)
    assert session_key("bad key!", "auto", opening).startswith("chat:")


# The live policy: reloads that swap whole policies, and edits that are refused.

MODELS_YAML = """
default_model: claude-sonnet
models:
  - {name: claude-sonnet, litellm_model: anthropic/claude-sonnet-4-5}
  - {name: qwen-local, kind: local, path: absent.gguf}
"""


def write_config(folder: Path, routing: str) -> Path:
    path = folder / "config.yaml"
    path.write_text(MODELS_YAML + routing)
    return path


def live(path: Path) -> LivePolicy:
    return LivePolicy(load_settings(path), path)


def test_a_valid_edit_is_swapped_in_whole(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("default: {target: qwen-local}\n")
    config = write_config(tmp_path, "routing: {policy: policy.yaml}\n")
    holder = live(config)
    first = holder.active
    assert first.source == str(tmp_path / "policy.yaml")
    policy.write_text("default: {target: claude-sonnet, fallbacks: [qwen-local]}\n")
    assert holder.reload()
    assert holder.active.version == 2
    assert holder.active.decider.policy.default.chain == ("claude-sonnet", "qwen-local")
    assert first.decider.policy.default.target == "qwen-local"  # what in-flight requests hold
    assert not holder.reload(only_if_changed=True)  # nothing changed since


def test_a_broken_edit_keeps_the_running_policy_and_names_file_line_and_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("default: {target: qwen-local}\n")
    holder = live(write_config(tmp_path, "routing: {policy: policy.yaml}\n"))
    policy.write_text("rules:\n  - name: a\n    then: {target: qwen-local, cache: {ttl_s: -1}}\n")
    with caplog.at_level(logging.ERROR):
        assert not holder.reload()
    assert holder.active.version == 1
    error = holder.status()["last_reload_error"]
    assert f"{policy}:3: rules.0.then.cache.ttl_s" in error
    assert "default: Field required" in error
    assert "version 1 stays in force" in caplog.text
    policy.write_text("default: {target: nope}\n")
    assert not holder.reload()
    assert "unknown model 'nope'" in holder.status()["last_reload_error"]
    policy.write_text("default: {target: claude-sonnet}\n")
    assert holder.reload()
    assert holder.status()["last_reload_error"] is None
    assert holder.status()["failed_reloads"] == 2


def test_inline_rules_reload_and_other_changes_wait_for_a_restart(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = write_config(tmp_path, "routing:\n  default: {target: qwen-local}\n")
    holder = live(config)
    assert holder.active.source == f"{config} (routing)"
    config.write_text(
        MODELS_YAML.replace("claude-sonnet\nmodels", "qwen-local\nmodels")
        + "routing:\n  rules:\n    - {name: all, then: {target: claude-sonnet}}\n"
        + "  default: {target: qwen-local}\n"
    )
    with caplog.at_level(logging.WARNING):
        assert holder.reload()
    assert [rule.name for rule in holder.active.decider.policy.rules] == ["all"]
    assert "default_model; that takes effect after a restart" in caplog.text
    config.write_text(MODELS_YAML + "routing:\n  default: {target: qwen-local}\n  bogus: 1\n")
    assert not holder.reload()
    assert f"{config}:8: routing.bogus: Extra inputs are not permitted" in (holder.last_error or "")


def test_a_model_added_by_an_edit_is_not_routable_before_a_restart(tmp_path: Path) -> None:
    config = write_config(tmp_path, "routing:\n  default: {target: qwen-local}\n")
    holder = live(config)
    config.write_text(
        MODELS_YAML
        + "  - {name: new-one, litellm_model: anthropic/claude-haiku-4-5}\n"
        + "routing:\n  default: {target: new-one}\n"
    )
    assert not holder.reload()
    assert "unknown model 'new-one'" in (holder.last_error or "")


def test_an_invalid_starting_policy_stops_the_router(tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text("default: {target: qwen-local, fallbacks: [ghost]}\n")
    with pytest.raises(ConfigError, match=r"policy\.yaml:1: default\.fallbacks\.0"):
        live(write_config(tmp_path, "routing: {policy: policy.yaml}\n"))


# The routed HTTP edge, with fake backends.


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


@pytest.fixture
def routed(tmp_path: Path, classifier: Classifier) -> Iterator[tuple[TestClient, dict]]:
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "rules:\n"
        "  - {name: sensitive-local, when: {sensitive: true}, then: {target: qwen-local}}\n"
        "  - {name: design, when: {label: [architecture, webgl]},"
        " then: {target: claude-sonnet, fallbacks: [qwen-local]}}\n"
        "  - {name: beta, when: {tags: [beta]}, then: {target: claude-sonnet}}\n"
        "  - {name: fast-alias, when: {model: fast}, then: {target: qwen-local}}\n"
        "default: {target: qwen-local, fallbacks: [claude-sonnet]}\n"
    )
    config = write_config(tmp_path, "routing: {policy: policy.yaml, watch: false}\n")
    settings = load_settings(config)
    backends = {name: FakeBackend(name=name) for name in ("claude-sonnet", "qwen-local")}
    services = Services(settings, backends, config, classifier)
    with TestClient(create_app(settings, services), raise_server_exceptions=False) as client:
        yield client, backends


def ask(client: TestClient, text: str, model: str = "auto", **headers: str):  # type: ignore[no-untyped-def]
    body = {"model": model, "messages": [{"role": "user", "content": text}]}
    return client.post("/v1/chat/completions", json=body, headers=headers)


DESIGN = "Design the service boundaries and event bus for splitting our monolith into services"
TOKEN = "GITHUB_TOKEN=ghp_" + "a1B2c3D4e5F6g7H8i9J0" * 2
CRUD = "Write a Django model and REST endpoint to create, list and delete invoices"


def test_routed_responses_say_where_and_why(routed: tuple[TestClient, dict]) -> None:
    client, _ = routed
    response = ask(client, DESIGN)
    assert response.status_code == 200, response.text
    assert response.headers["x-router-class"] == "architecture"
    assert response.headers["x-router-rule"] == "design"
    assert response.headers["x-router-model"] == "claude-sonnet"
    response = ask(client, CRUD)
    assert (response.headers["x-router-class"], response.headers["x-router-rule"]) == (
        "crud",
        "default",
    )
    assert response.headers["x-router-model"] == "qwen-local"
    assert ask(client, CRUD, **{"x-router-tags": "x, beta"}).headers["x-router-rule"] == "beta"


def test_a_named_model_is_honoured_and_an_alias_routes(routed: tuple[TestClient, dict]) -> None:
    client, _ = routed
    response = ask(client, DESIGN, model="qwen-local")
    assert response.headers["x-router-model"] == "qwen-local"
    assert response.headers["x-router-rule"] == "requested-model"
    response = ask(client, DESIGN, model="fast")
    assert (response.headers["x-router-rule"], response.headers["x-router-model"]) == (
        "fast-alias",
        "qwen-local",
    )
    missing = ask(client, DESIGN, model="gpt-9")
    assert missing.status_code == 404
    assert "fast" in missing.json()["error"]["message"]
    ids = [model["id"] for model in client.get("/v1/models").json()["data"]]
    assert ids == ["auto", "claude-sonnet", "qwen-local", "fast"]


def test_sensitive_requests_never_reach_a_hosted_model(routed: tuple[TestClient, dict]) -> None:
    client, backends = routed
    secret = f"deploy with {TOKEN}"
    backends["qwen-local"].fail_with = ModelBusy("queue full", retry_after=3)
    response = ask(client, secret, model="claude-sonnet")  # named, and still refused
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "no_allowed_model"
    assert "github_token" in response.json()["error"]["message"]
    response = ask(client, f"Design our microservices. {secret}")
    assert response.status_code == 503  # the local model is busy; Claude may not stand in
    assert response.json()["error"]["code"] == "model_busy"
    assert response.headers["x-router-class"] == "security_sensitive"
    assert backends["claude-sonnet"].requests == []


def test_a_conversation_stays_on_its_model(routed: tuple[TestClient, dict]) -> None:
    client, _ = routed
    opening = [{"role": "user", "content": DESIGN}]
    body = {"model": "auto", "messages": opening}
    assert client.post("/v1/chat/completions", json=body).headers["x-router-model"] == (
        "claude-sonnet"
    )
    later = [*opening, {"role": "assistant", "content": "..."}, {"role": "user", "content": CRUD}]
    response = client.post("/v1/chat/completions", json={"model": "auto", "messages": later})
    assert response.headers["x-router-rule"] == "default"  # a crud turn...
    assert response.headers["x-router-model"] == "claude-sonnet"  # ...on the same model
    explained = client.post("/v1/route/explain", json={"model": "auto", "messages": later}).json()
    assert explained["reasons"][-1].startswith("the conversation stays on 'claude-sonnet'")
    secret = [*later, {"role": "user", "content": f"and deploy with {TOKEN}"}]
    response = client.post("/v1/chat/completions", json={"model": "auto", "messages": secret})
    assert response.headers["x-router-model"] == "qwen-local"  # the guard moved it


def test_explain_shows_the_plan_without_calling_a_model(routed: tuple[TestClient, dict]) -> None:
    client, backends = routed
    body = {"model": "auto", "messages": [{"role": "user", "content": DESIGN}], "tools": []}
    explained = client.post("/v1/route/explain", json=body).json()
    assert explained["label"] == "architecture"
    assert (explained["rule"], explained["target"], explained["fallbacks"]) == (
        "design",
        "claude-sonnet",
        ["qwen-local"],
    )
    assert explained["policy"]["version"] == 1
    assert explained["facts"]["prompt_tokens"] == len(DESIGN) // 4
    assert all(backend.requests == [] for backend in backends.values())
    bad = client.post("/v1/route/explain", json={"model": "auto", "messages": []})
    assert bad.status_code == 400
    assert bad.json()["error"]["param"] == "messages"


def test_readyz_shows_the_policy_and_reload_errors(
    routed: tuple[TestClient, dict], tmp_path: Path
) -> None:
    client, _ = routed
    routing = client.get("/readyz").json()["routing"]
    assert (routing["version"], routing["rules"], routing["last_reload_error"]) == (1, 4, None)
    (tmp_path / "policy.yaml").write_text("default: {target: [oops]}\n")
    services: Services = client.app.state.services  # type: ignore[attr-defined]
    assert not services.policy.reload()
    routing = client.get("/readyz").json()["routing"]
    assert routing["version"] == 1
    assert "policy.yaml:1: default.target" in routing["last_reload_error"]
    assert ask(client, CRUD).status_code == 200  # still served, by version 1


def test_settings_for_routing_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"config\.yaml:\d+: routing: .*either `policy`"):
        load_settings(write_config(tmp_path, "routing: {policy: default, default: {target: x}}\n"))
    with pytest.raises(ConfigError, match=r"routing.default.target: unknown model 'x'"):
        load_settings(write_config(tmp_path, "routing: {default: {target: x}}\n"))
    with pytest.raises(ValidationError, match="kind: hosted provider does not run on this"):
        Settings.model_validate(
            {
                "models": [{"name": "c", "litellm_model": "anthropic/c", "location": "local"}],
                "default_model": "c",
            }
        )
    assert Settings().routing.policy == "default"  # the embedded models come with it
    assert load_settings(write_config(tmp_path, "")).routing.policy is None


def route_command(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "router", "route", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,  # the repository's config.yaml: the default policy
        timeout=60,
    )


def test_router_route_explains_text_and_bodies() -> None:
    finished = route_command("--text", DESIGN, "--tags", "beta")
    assert finished.returncode == 0, finished.stderr
    explained = json.loads(finished.stdout)
    assert (explained["label"], explained["rule"], explained["target"]) == (
        "architecture",
        "design-to-claude",
        "claude-sonnet",
    )
    assert explained["facts"]["tags"] == ["beta"]
    assert explained["policy"]["source"] == "bundled:default"
    body = {"model": "auto", "messages": [{"role": "user", "content": f"why? {TOKEN}"}]}
    explained = json.loads(route_command("-", stdin=json.dumps(body)).stdout)
    assert (explained["signals"], explained["target"]) == (["github_token"], "qwen-local")
    assert TOKEN not in json.dumps(explained)
    bad = route_command("-", stdin='{"model": "auto", "messages": "hi"}')
    assert bad.returncode == 1
    assert "not a chat-completions request: messages" in bad.stderr
    assert route_command("-", stdin="{").returncode == 2
