"""The LiteLLM adapter against the fake Anthropic server: shapes, usage, tools, errors."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from fake_anthropic import API_KEY, Behaviour, FakeAnthropic
from pydantic import SecretStr

from router.backends.base import ChatRequest
from router.backends.hosted import HostedBackend
from router.errors import (
    ContextWindowExceeded,
    InvalidRequest,
    ModelUnavailable,
    RouterError,
    UpstreamAuthError,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamTimeout,
)
from router.settings import HostedModel

Runner = Callable[[Awaitable[Any]], Any]
HELLO = ChatRequest(
    messages=[{"role": "user", "content": "hello there"}], params={"max_tokens": 50}
)
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def backend(url: str, key: str | None = API_KEY, **config: Any) -> HostedBackend:
    model = HostedModel(
        name="claude-sonnet",
        litellm_model="anthropic/claude-sonnet-4-5",
        api_base=url,
        api_key="${FAKE_KEY}",
        **config,
    )
    return HostedBackend(model, SecretStr(key) if key else None)


async def collect(hosted: HostedBackend, request: ChatRequest) -> list[dict[str, Any]]:
    return [chunk async for chunk in hosted.stream(request)]


@pytest.fixture
def url(fake_upstream: tuple[FakeAnthropic, str], fake_anthropic: FakeAnthropic) -> str:
    return fake_upstream[1]


def test_completion_is_openai_shaped_with_usage(
    run: Runner, url: str, fake_anthropic: FakeAnthropic
) -> None:
    result = run(backend(url).complete(HELLO))
    assert result["object"] == "chat.completion"
    assert result["choices"][0]["message"] == {"role": "assistant", "content": "echo: hello there"}
    assert result["choices"][0]["finish_reason"] == "stop"
    assert result["usage"]["prompt_tokens"] == 2
    assert result["usage"]["completion_tokens"] == 3
    sent = fake_anthropic.received[-1]
    assert sent.headers["x-api-key"] == API_KEY
    assert sent.body["max_tokens"] == 50


def test_default_max_tokens_applies_only_when_client_gives_none(
    run: Runner, url: str, fake_anthropic: FakeAnthropic
) -> None:
    hosted = backend(url, max_output_tokens=321)
    run(hosted.complete(ChatRequest(messages=HELLO.messages)))
    assert fake_anthropic.received[-1].body["max_tokens"] == 321
    run(hosted.complete(HELLO))
    assert fake_anthropic.received[-1].body["max_tokens"] == 50


def test_stream_yields_chunks_and_a_final_usage_chunk(run: Runner, url: str) -> None:
    request = ChatRequest(messages=HELLO.messages, params=HELLO.params, include_usage=True)
    chunks = run(collect(backend(url), request))
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "echo: hello there"
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["completion_tokens"] == 3
    finishes = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]]
    assert finishes[-1] == "stop"


def test_tool_call_round_trip(run: Runner, url: str, fake_anthropic: FakeAnthropic) -> None:
    hosted = backend(url)
    fake_anthropic.push(Behaviour(tool_input={"city": "Paris"}))
    messages = [{"role": "user", "content": "weather in Paris?"}]
    first = run(hosted.complete(ChatRequest(messages, {"tools": [WEATHER_TOOL]})))
    choice = first["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert call["function"] == {"name": "get_weather", "arguments": '{"city": "Paris"}'}
    messages += [
        choice["message"],
        {"role": "tool", "tool_call_id": call["id"], "content": "sunny"},
    ]
    second = run(hosted.complete(ChatRequest(messages, {"tools": [WEATHER_TOOL]})))
    assert second["choices"][0]["message"]["content"] == "echo: tool said sunny"
    tool_result = fake_anthropic.received[-1].body["messages"][-1]["content"][0]
    assert tool_result["type"] == "tool_result"
    assert tool_result["tool_use_id"] == call["id"]


def test_streamed_tool_call_arguments_reassemble(
    run: Runner, url: str, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(tool_input={"city": "Zürich", "days": 3}))
    request = ChatRequest([{"role": "user", "content": "weather?"}], {"tools": [WEATHER_TOOL]})
    chunks = run(collect(backend(url), request))
    calls = [
        call
        for c in chunks
        if c["choices"]
        for call in c["choices"][0]["delta"].get("tool_calls", [])
    ]
    assert calls[0]["function"]["name"] == "get_weather"
    arguments = "".join(call["function"].get("arguments", "") for call in calls)
    assert json.loads(arguments) == {"city": "Zürich", "days": 3}


@pytest.mark.parametrize(
    ("behaviour", "error", "status"),
    [
        (
            Behaviour(status=429, error_type="rate_limit_error", retry_after="7"),
            UpstreamRateLimited,
            429,
        ),
        (Behaviour(status=500), UpstreamError, 502),
        (Behaviour(status=529, error_type="overloaded_error"), UpstreamError, 502),
        (Behaviour(status=401, error_type="authentication_error"), UpstreamAuthError, 502),
        (Behaviour(status=403, error_type="permission_error"), UpstreamAuthError, 502),
        (Behaviour(status=404, error_type="not_found_error"), UpstreamError, 502),
        (Behaviour(status=400, error_type="invalid_request_error"), InvalidRequest, 400),
        (
            Behaviour(
                status=400,
                error_type="invalid_request_error",
                message="prompt is too long: 250000 tokens > 200000 maximum",
            ),
            ContextWindowExceeded,
            400,
        ),
    ],
)
def test_upstream_failures_translate_by_type(
    run: Runner,
    url: str,
    fake_anthropic: FakeAnthropic,
    behaviour: Behaviour,
    error: type[RouterError],
    status: int,
) -> None:
    fake_anthropic.push(behaviour)
    with pytest.raises(error) as raised:
        run(backend(url).complete(HELLO))
    assert type(raised.value) is error
    assert raised.value.status == status
    if error is UpstreamRateLimited:
        assert raised.value.headers() == {"retry-after": "7"}


def test_slow_upstream_is_a_timeout(run: Runner, url: str, fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.push(Behaviour(delay_s=3))
    with pytest.raises(UpstreamTimeout) as raised:
        run(backend(url, timeout_s=0.5).complete(HELLO))
    assert raised.value.status == 504


def test_failure_mid_stream_raises_after_the_first_chunks(
    run: Runner, url: str, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(fail_after_events=4))
    received: list[dict[str, Any]] = []

    async def consume() -> None:
        async for chunk in backend(url).stream(HELLO):
            received.append(chunk)

    with pytest.raises(UpstreamError):
        run(consume())
    assert received, "the chunks before the failure arrive first"


def test_unreachable_upstream_is_a_bad_gateway(run: Runner) -> None:
    with pytest.raises(UpstreamError) as raised:
        run(backend("http://127.0.0.1:9").complete(HELLO))
    assert raised.value.status == 502


def test_missing_key_is_unavailable_and_names_the_variable(run: Runner, url: str) -> None:
    hosted = backend(url, key=None)
    state = hosted.readiness()
    assert not state.ready
    assert "FAKE_KEY" in (state.reason or "")
    with pytest.raises(ModelUnavailable, match="FAKE_KEY"):
        run(hosted.complete(HELLO))


def test_a_dripping_stream_is_cut_at_the_timeout(
    run: Runner, url: str, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(event_delay_s=0.3))  # ~3 s in all

    async def consume() -> None:
        async for _ in backend(url, timeout_s=1.5).stream(HELLO):
            pass

    with pytest.raises(UpstreamTimeout):
        run(consume())


@pytest.mark.parametrize("value", ["nan", "inf", "Wed, 21 Oct 2026 07:28:00 GMT"])
def test_unusable_retry_after_is_dropped(
    run: Runner, url: str, fake_anthropic: FakeAnthropic, value: str
) -> None:
    fake_anthropic.push(Behaviour(status=429, error_type="rate_limit_error", retry_after=value))
    with pytest.raises(UpstreamRateLimited) as raised:
        run(backend(url).complete(HELLO))
    assert raised.value.headers() == {}
