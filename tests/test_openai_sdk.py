"""End to end: the official OpenAI SDK, pointed at `router serve`, with only base_url changed."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import openai
import pytest
from fake_anthropic import Behaviour, FakeAnthropic
from router_process import RouterProcess

pytestmark = pytest.mark.slow

HELLO = [{"role": "user", "content": "hello there"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


@pytest.fixture
def client(router: RouterProcess, fake_anthropic: FakeAnthropic) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=router.url + "/v1", api_key="any", max_retries=0) as sdk:
        yield sdk


def test_non_streaming_answer_with_usage_and_headers(client: openai.OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(model="auto", messages=HELLO)
    assert raw.headers["x-router-model"] == "claude-sonnet"
    assert raw.headers["x-request-id"]
    completion = raw.parse()
    assert completion.choices[0].message.content == "echo: hello there"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (2, 3)
    assert completion.usage.total_tokens == 5


def test_named_model_and_parameters_reach_upstream(
    client: openai.OpenAI, fake_anthropic: FakeAnthropic
) -> None:
    client.chat.completions.create(
        model="claude-sonnet",
        temperature=0.3,
        max_tokens=77,
        stop=["END"],
        messages=[{"role": "system", "content": "be brief"}, *HELLO],
    )
    sent = fake_anthropic.received[-1].body
    assert sent["model"] == "claude-sonnet-4-5"
    assert (sent["temperature"], sent["max_tokens"], sent["stop_sequences"]) == (0.3, 77, ["END"])
    assert "be brief" in json.dumps(sent["system"])


def test_streaming_answer_with_usage_chunk(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="auto", messages=HELLO, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "echo: hello there"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 3


def test_streaming_without_usage_request_has_no_usage(client: openai.OpenAI) -> None:
    chunks = list(client.chat.completions.create(model="auto", messages=HELLO, stream=True))
    assert all(c.usage is None for c in chunks)


def test_tool_call_round_trip(client: openai.OpenAI, fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.push(Behaviour(tool_input={"city": "Paris"}))
    messages: list = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = client.chat.completions.create(
        model="auto", messages=messages, tools=[WEATHER_TOOL], tool_choice="auto"
    )
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    messages += [
        choice.message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "sunny, 21 C"},
    ]
    final = client.chat.completions.create(model="auto", messages=messages, tools=[WEATHER_TOOL])
    assert final.choices[0].message.content == "echo: tool said sunny, 21 C"
    upstream_tools = fake_anthropic.received[0].body["tools"]
    assert upstream_tools[0]["name"] == "get_weather"
    assert upstream_tools[0]["description"] == "Current weather for a city"


def test_streamed_tool_call(client: openai.OpenAI, fake_anthropic: FakeAnthropic) -> None:
    fake_anthropic.push(Behaviour(tool_input={"city": "Kyoto", "unit": "C"}))
    stream = client.chat.completions.create(
        model="auto", messages=HELLO, tools=[WEATHER_TOOL], stream=True
    )
    calls = [
        call
        for chunk in stream
        if chunk.choices
        for call in chunk.choices[0].delta.tool_calls or []
    ]
    assert calls[0].function.name == "get_weather"
    assert calls[0].id
    arguments = "".join(call.function.arguments or "" for call in calls)
    assert json.loads(arguments) == {"city": "Kyoto", "unit": "C"}


def test_upstream_rate_limit_reaches_the_client_as_429(
    client: openai.OpenAI, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(status=429, error_type="rate_limit_error", retry_after="9"))
    with pytest.raises(openai.RateLimitError) as raised:
        client.chat.completions.create(model="auto", messages=HELLO)
    assert raised.value.response.headers["retry-after"] == "9"
    assert raised.value.code == "rate_limit_exceeded"


def test_refused_upstream_key_is_a_bad_gateway(client: openai.OpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as raised:
        client.chat.completions.create(model="claude-wrong-key", messages=HELLO)
    assert raised.value.status_code == 502
    assert raised.value.code == "upstream_auth"


def test_slow_upstream_is_a_gateway_timeout(
    client: openai.OpenAI, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(delay_s=3))
    with pytest.raises(openai.APIStatusError) as raised:
        client.chat.completions.create(model="claude-impatient", messages=HELLO)
    assert raised.value.status_code == 504


def test_failure_mid_stream_ends_the_stream_with_an_error(
    client: openai.OpenAI, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(fail_after_events=4))
    received: list = []
    stream = client.chat.completions.create(model="auto", messages=HELLO, stream=True)
    with pytest.raises(openai.APIError, match="failed upstream"):
        received.extend(stream)
    assert received, "content sent before the failure reaches the client"


def test_client_errors(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="gpt-17", messages=HELLO)
    with pytest.raises(openai.BadRequestError, match="messages"):
        client.chat.completions.create(model="auto", messages=[])
    with pytest.raises(openai.BadRequestError, match="n=1"):
        client.chat.completions.create(model="auto", messages=HELLO, n=2)


def test_models_list(client: openai.OpenAI) -> None:
    ids = [model.id for model in client.models.list()]
    assert ids == ["auto", "claude-sonnet", "claude-wrong-key", "claude-impatient"]


def test_client_disconnect_closes_the_upstream_stream(
    router: RouterProcess, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.push(Behaviour(event_delay_s=1.0))  # the whole stream would take ~9 s
    body = {"model": "auto", "messages": HELLO, "stream": True}
    with httpx.stream("POST", router.url + "/v1/chat/completions", json=body) as response:
        assert response.status_code == 200
        next(response.iter_lines())
    deadline = time.monotonic() + 5
    while fake_anthropic.abandoned_streams == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fake_anthropic.abandoned_streams == 1
