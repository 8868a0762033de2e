"""End to end: the official Anthropic SDK, pointed at `router serve`, with only base_url changed.

Each behaviour runs twice: routed to the fake Claude upstream (forwarded natively) and routed
to a tiny local model (translated to and from llama.cpp)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import pytest
import yaml
from fake_anthropic import API_KEY, CACHE_READ, CACHE_WRITE, Behaviour, FakeAnthropic
from router_process import RouterProcess, start_router
from test_local_backend import HELLO_PROMPT_TOKENS, THINKING_TEMPLATE
from tiny_gguf import END, WEATHER_CALL, chain, write_chain_model

pytestmark = pytest.mark.slow

HELLO: list[Any] = [{"role": "user", "content": "hello there"}]
LOCAL_HELLO: list[Any] = [{"role": "user", "content": "hello"}]
WEATHER = {
    "name": "get_weather",
    "description": "Current weather for a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


@pytest.fixture(scope="module")
def messages_router(
    fake_upstream: tuple[FakeAnthropic, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RouterProcess]:
    _, url = fake_upstream
    workdir: Path = tmp_path_factory.mktemp("messages")
    ok = write_chain_model(workdir / "ok.gguf", chain("OK"))
    switch = write_chain_model(
        workdir / "switch.gguf", chain("NO"), after_think=[*"hm", "</think>", *"YES", END]
    )
    tool = write_chain_model(
        workdir / "tool.gguf", ["<tool_call>", WEATHER_CALL, "</tool_call>", END]
    )
    loop = write_chain_model(workdir / "loop.gguf", chain("abc", then=None), loop_to=0)

    def local(name: str, path: Path, **extra: object) -> dict[str, object]:
        return {"name": name, "kind": "local", "path": str(path), "n_ctx": 512, **extra}

    config = {
        "default_model": "claude-sonnet",
        "models": [
            {
                "name": "claude-sonnet",
                "litellm_model": "anthropic/claude-sonnet-4-5",
                "api_base": url,
                "api_key": "${FAKE_ANTHROPIC_KEY}",
            },
            local("local-ok", ok),
            local("local-think", switch, chat_template=THINKING_TEMPLATE),
            local("local-tool", tool),
            local("local-busy", loop, n_ctx=16384, max_queue=0, loop_detection={"enabled": False}),
        ],
        "routing": {"retry": {"attempts": 1}},
        "ledger": {"url": f"sqlite+aiosqlite:///{workdir / 'ledger.db'}", "flush_interval_s": 0.05},
    }
    process = start_router(workdir, yaml.safe_dump(config), {"FAKE_ANTHROPIC_KEY": API_KEY})
    yield process
    process.stop()


@pytest.fixture
def client(
    messages_router: RouterProcess, fake_anthropic: FakeAnthropic
) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(
        base_url=messages_router.url, api_key="client-key", max_retries=0
    ) as sdk:
        yield sdk


def text_of(message: anthropic.types.Message) -> str:
    return "".join(block.text for block in message.content if block.type == "text")


# Plain answers, both ways.


def test_plain_answer_from_claude_is_claudes_own(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    raw = client.messages.with_raw_response.create(
        model="claude-sonnet",
        max_tokens=100,
        messages=HELLO,
        system=[{"type": "text", "text": "be brief", "cache_control": {"type": "ephemeral"}}],
        metadata={"user_id": "user-42"},
        extra_headers={"anthropic-beta": "context-management-2025-06-27"},
        extra_body={"context_management": {"edits": []}, "output_config": {"effort": "low"}},
    )
    assert raw.headers["x-router-model"] == "claude-sonnet"
    message = raw.parse()
    assert text_of(message) == "echo: hello there"
    assert message.stop_reason == "end_turn"
    usage = message.usage
    assert (usage.cache_read_input_tokens, usage.cache_creation_input_tokens) == (
        CACHE_READ,
        CACHE_WRITE,
    )
    received = fake_anthropic.received[-1]
    sent = received.body
    assert sent["model"] == "claude-sonnet-4-5"  # the configured model's id
    assert sent["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert sent["metadata"] == {"user_id": "user-42"}
    assert sent["context_management"] == {"edits": []}
    assert sent["output_config"] == {"effort": "low"}
    assert received.headers["anthropic-beta"] == "context-management-2025-06-27"
    assert received.headers["x-api-key"] == API_KEY  # the router's key, never the client's


def test_plain_answer_from_the_local_model(client: anthropic.Anthropic) -> None:
    raw = client.messages.with_raw_response.create(
        model="local-ok", max_tokens=100, messages=LOCAL_HELLO
    )
    assert raw.headers["x-router-model"] == "local-ok"
    message = raw.parse()
    assert message.id.startswith("msg_")
    assert (message.type, message.role) == ("message", "assistant")
    assert text_of(message) == "OK"
    assert message.stop_reason == "end_turn"
    assert (message.usage.input_tokens, message.usage.output_tokens) == (HELLO_PROMPT_TOKENS, 2)


def test_max_tokens_maps_to_its_stop_reason_locally(client: anthropic.Anthropic) -> None:
    message = client.messages.create(model="local-ok", max_tokens=1, messages=LOCAL_HELLO)
    assert (text_of(message), message.stop_reason) == ("O", "max_tokens")


# Streaming, both ways: the SDK accumulates the events into the final message.


@pytest.mark.parametrize(
    ("model", "messages", "text", "input_tokens"),
    [
        ("claude-sonnet", HELLO, "echo: hello there", 2),
        ("local-ok", LOCAL_HELLO, "OK", HELLO_PROMPT_TOKENS),
    ],
)
def test_streaming_accumulates_into_the_final_message(
    client: anthropic.Anthropic, model: str, messages: list[Any], text: str, input_tokens: int
) -> None:
    with client.messages.stream(model=model, max_tokens=100, messages=messages) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()
    assert "".join(pieces) == text
    assert text_of(final) == text
    assert final.stop_reason == "end_turn"
    assert final.usage.input_tokens == input_tokens
    assert final.usage.output_tokens > 0


def test_the_local_stream_has_anthropics_event_sequence(messages_router: RouterProcess) -> None:
    body = {"model": "local-ok", "max_tokens": 50, "messages": LOCAL_HELLO, "stream": True}
    with httpx.stream("POST", messages_router.url + "/v1/messages", json=body) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        names = [line[7:] for line in response.iter_lines() if line.startswith("event: ")]
    assert names == [
        "message_start",
        "ping",
        "content_block_start",
        *["content_block_delta"] * (len(names) - 6),
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]


# Tool use: a multi-step loop, and streamed tool input that must reassemble into JSON.


def test_tool_use_loop_with_claude(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(tool_input={"city": "Paris"}))
    messages: list[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = client.messages.create(
        model="claude-sonnet", max_tokens=200, messages=messages, tools=[WEATHER]
    )
    assert first.stop_reason == "tool_use"
    call = next(block for block in first.content if block.type == "tool_use")
    assert (call.name, call.input) == ("get_weather", {"city": "Paris"})
    messages += [
        {"role": "assistant", "content": [block.model_dump() for block in first.content]},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "sunny"}],
        },
    ]
    final = client.messages.create(
        model="claude-sonnet", max_tokens=200, messages=messages, tools=[WEATHER]
    )
    assert text_of(final) == "echo: tool said sunny"
    assert fake_anthropic.received[-1].body["messages"][1]["content"][0]["id"] == call.id


def test_tool_use_loop_with_the_local_model(client: anthropic.Anthropic) -> None:
    messages: list[Any] = [{"role": "user", "content": "weather?"}]
    first = client.messages.create(
        model="local-tool", max_tokens=200, messages=messages, tools=[WEATHER]
    )
    assert first.stop_reason == "tool_use"
    (call,) = [block for block in first.content if block.type == "tool_use"]
    assert call.id.startswith("toolu_")
    assert (call.name, call.input) == ("get_weather", {"city": "Paris"})
    messages += [
        {"role": "assistant", "content": [block.model_dump() for block in first.content]},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "sunny"}],
        },
    ]
    again = client.messages.create(
        model="local-tool", max_tokens=200, messages=messages, tools=[WEATHER]
    )
    (second,) = [block for block in again.content if block.type == "tool_use"]
    assert second.id != call.id  # a new call, with its own id


@pytest.mark.parametrize("model", ["claude-sonnet", "local-tool"])
def test_streamed_tool_input_reassembles_into_json(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic, model: str
) -> None:
    fake_anthropic.push(Behaviour(tool_input={"city": "Paris"}))
    with client.messages.stream(
        model=model, max_tokens=200, messages=LOCAL_HELLO, tools=[WEATHER]
    ) as stream:
        final = stream.get_final_message()
    (call,) = [block for block in final.content if block.type == "tool_use"]
    assert call.input == {"city": "Paris"}
    assert final.stop_reason == "tool_use"


# Thinking.


def test_thinking_with_claude_keeps_signatures(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    thinking: Any = {"type": "enabled", "budget_tokens": 1024}
    first = client.messages.create(
        model="claude-sonnet", max_tokens=2000, messages=HELLO, thinking=thinking
    )
    assert first.content[0].type == "thinking"
    assert first.content[0].signature.startswith("sig-fake-")
    with client.messages.stream(
        model="claude-sonnet", max_tokens=2000, messages=HELLO, thinking=thinking
    ) as stream:
        streamed = stream.get_final_message()
    assert streamed.content[0].type == "thinking"
    assert streamed.content[0].signature == first.content[0].signature
    # The signed block goes back to Claude on the next turn, untouched (the fake checks it).
    follow = [
        *HELLO,
        {"role": "assistant", "content": [block.model_dump() for block in first.content]},
        {"role": "user", "content": "and then?"},
    ]
    client.messages.create(
        model="claude-sonnet", max_tokens=2000, messages=follow, thinking=thinking
    )
    assert fake_anthropic.received[-1].body["thinking"] == thinking


def test_thinking_with_the_local_model(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    plain = client.messages.create(model="local-think", max_tokens=50, messages=LOCAL_HELLO)
    assert [block.type for block in plain.content] == ["text"]
    assert text_of(plain) == "NO"
    thinking: Any = {"type": "enabled", "budget_tokens": 1024}
    thought = client.messages.create(
        model="local-think", max_tokens=50, messages=LOCAL_HELLO, thinking=thinking
    )
    assert [block.type for block in thought.content] == ["thinking", "text"]
    assert thought.content[0].thinking == "hm"
    assert text_of(thought) == "YES"
    with client.messages.stream(
        model="local-think", max_tokens=50, messages=LOCAL_HELLO, thinking=thinking
    ) as stream:
        streamed = stream.get_final_message()
    assert [block.type for block in streamed.content] == ["thinking", "text"]
    assert streamed.content[0].thinking == "hm"
    # The conversation moves to Claude: the local model's thinking block is left out, since
    # Claude refuses signatures it did not write (the fake does too).
    follow = [
        *LOCAL_HELLO,
        {"role": "assistant", "content": [block.model_dump() for block in thought.content]},
        {"role": "user", "content": "and then?"},
    ]
    answer = client.messages.create(
        model="claude-sonnet", max_tokens=2000, messages=follow, thinking=thinking
    )
    assert text_of(answer) == "echo: and then?"
    sent = fake_anthropic.received[-1].body["messages"][1]["content"]
    assert [block["type"] for block in sent] == ["text"]


# count_tokens.


def test_count_tokens_by_claude_and_by_the_local_model(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    counted = client.messages.count_tokens(model="claude-sonnet", messages=HELLO)
    assert counted.input_tokens == 2
    assert fake_anthropic.received[-1].body["model"] == "claude-sonnet-4-5"
    local = client.messages.count_tokens(model="local-ok", messages=LOCAL_HELLO)
    assert local.input_tokens == HELLO_PROMPT_TOKENS


# Errors, in Anthropic's shape.


def test_invalid_requests_get_anthropic_errors(
    client: anthropic.Anthropic, messages_router: RouterProcess
) -> None:
    with pytest.raises(anthropic.BadRequestError) as caught:
        client.messages.create(model="local-ok", max_tokens=0, messages=LOCAL_HELLO)
    assert caught.value.body["type"] == "error"  # type: ignore[index]
    assert caught.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]
    assert "max_tokens" in caught.value.body["error"]["message"]  # type: ignore[index]
    for raw, where in [
        (b"{not json", "not valid JSON"),
        (
            b'{"model": "x", "max_tokens": 5, "messages": [{"role": "tool", "content": "x"}]}',
            "role",
        ),
        (
            b'{"model": "x", "max_tokens": 5, "messages": [{"role": "user", "content": '
            b'[{"type": "tool_use", "id": "t", "name": "n"}]}]}',
            "input",
        ),
    ]:
        response = httpx.post(messages_router.url + "/v1/messages", content=raw)
        assert response.status_code == 400
        error = response.json()
        assert error["type"] == "error"
        assert error["error"]["type"] == "invalid_request_error"
        assert where in error["error"]["message"]
    missing = httpx.post(messages_router.url + "/v1/messages/batches/x")
    assert missing.status_code == 404
    assert missing.json()["error"]["type"] == "not_found_error"


def test_upstream_errors_in_anthropic_shape(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(status=429, error_type="rate_limit_error", retry_after="30"))
    with pytest.raises(anthropic.RateLimitError) as limited:
        client.messages.create(model="claude-sonnet", max_tokens=10, messages=HELLO)
    assert limited.value.response.headers["retry-after"] == "30"
    assert limited.value.body["error"]["type"] == "rate_limit_error"  # type: ignore[index]
    fake_anthropic.push(Behaviour(fail_after_events=3))
    with (
        pytest.raises(anthropic.APIStatusError, match="failed upstream while streaming"),
        client.messages.stream(model="claude-sonnet", max_tokens=10, messages=HELLO) as stream,
    ):
        stream.get_final_message()


def test_a_full_local_queue_is_overloaded(
    client: anthropic.Anthropic, messages_router: RouterProcess
) -> None:
    body = {"model": "local-busy", "max_tokens": 4000, "messages": LOCAL_HELLO, "stream": True}
    started = threading.Event()

    def occupy() -> None:
        with httpx.stream("POST", messages_router.url + "/v1/messages", json=body) as response:
            for line in response.iter_lines():
                if line.startswith("event: content_block_delta"):
                    started.set()

    worker = threading.Thread(target=occupy, daemon=True)
    worker.start()
    assert started.wait(30)
    with pytest.raises(anthropic.APIStatusError) as caught:
        client.messages.create(model="local-busy", max_tokens=10, messages=LOCAL_HELLO)
    assert caught.value.status_code == 529
    assert caught.value.body["error"]["type"] == "overloaded_error"  # type: ignore[index]
    assert caught.value.response.headers.get("retry-after")
    worker.join(60)


# Model names, and the ledger.


def test_a_claude_name_the_router_does_not_know_is_routed(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic, messages_router: RouterProcess
) -> None:
    raw = client.messages.with_raw_response.create(
        model="claude-opus-9-9[1m]",
        max_tokens=50,
        messages=[{"role": "user", "content": "write a haiku about ledgers"}],
        system=[{"type": "text", "text": "be brief", "cache_control": {"type": "ephemeral"}}],
    )
    assert raw.headers["x-router-model"] == "claude-sonnet"
    assert fake_anthropic.received[-1].body["model"] == "claude-sonnet-4-5"
    request_id = raw.headers["x-request-id"]
    row = wait_for_row(Path(messages_router.log_path).parent / "ledger.db", request_id)
    requested, model, prompt_tokens, cost = row
    assert (requested, model) == ("claude-opus-9-9[1m]", "claude-sonnet")
    fresh = 7  # the fake counts words: "write a haiku about ledgers" and "be brief"
    assert prompt_tokens == fresh + CACHE_READ + CACHE_WRITE
    assert cost > 0


def wait_for_row(db: Path, request_id: str) -> tuple[Any, ...]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with sqlite3.connect(db) as connection:
            row = connection.execute(
                "select requested_model, model, prompt_tokens, cost_usd from request_records "
                "where request_id = ?",
                (request_id,),
            ).fetchone()
        if row is not None:
            return tuple(row)
        time.sleep(0.05)
    raise AssertionError(f"no ledger record for {request_id}")


# The privacy guard and the cache, as in the OpenAI dialect.


def test_sensitive_requests_never_reach_claude(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    secret = "AKIA" + "Q3EGXBNHPJ7WK2LM"
    with pytest.raises(anthropic.APIStatusError) as caught:
        client.messages.create(
            model="claude-sonnet",
            max_tokens=50,
            messages=[{"role": "user", "content": f"why does {secret} not work?"}],
        )
    assert caught.value.status_code == 503
    assert caught.value.body["type"] == "error"  # type: ignore[index]
    assert "sensitive" in caught.value.body["error"]["message"]  # type: ignore[index]
    assert fake_anthropic.received == []


def test_deterministic_answers_are_cached_and_replayed_as_streams(
    client: anthropic.Anthropic, fake_anthropic: FakeAnthropic
) -> None:
    ask: dict[str, Any] = {
        "model": "claude-sonnet",
        "max_tokens": 50,
        "messages": [{"role": "user", "content": "write a haiku about caching"}],
        "extra_body": {"temperature": 0},  # this SDK release no longer takes it as an argument
    }
    first = client.messages.with_raw_response.create(**ask)
    assert first.headers["x-router-cache"] == "miss"
    time.sleep(0.2)  # the cache is written in the background
    again = client.messages.with_raw_response.create(**ask)
    assert again.headers["x-router-cache"] == "hit"
    assert len(fake_anthropic.received) == 1
    assert text_of(again.parse()) == text_of(first.parse())
    assert again.parse().id != first.parse().id
    with client.messages.stream(**ask) as stream:
        replayed = stream.get_final_message()
    assert text_of(replayed) == text_of(first.parse())
    assert replayed.usage.output_tokens == first.parse().usage.output_tokens
    assert len(fake_anthropic.received) == 1
