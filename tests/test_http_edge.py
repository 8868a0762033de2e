"""The HTTP edge in-process, with a fake backend: bad input, error shapes, headers, streams."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fake_backend import FakeBackend
from fastapi.testclient import TestClient

from classifiers.classify import Classifier
from router.app import create_app
from router.backends.base import Readiness
from router.errors import UpstreamRateLimited
from router.services import Services
from router.settings import Retry, RoutingSettings, ServerSettings, Settings

CHAT = "/v1/chat/completions"
HELLO = {"model": "auto", "messages": [{"role": "user", "content": "hello"}]}


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend(name="claude-sonnet")


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


@pytest.fixture
def client(backend: FakeBackend, classifier: Classifier) -> Iterator[TestClient]:
    hosted_only = tuple(model for model in Settings().models if model.name == "claude-sonnet")
    settings = Settings(
        server=ServerSettings(max_body_bytes=4096),
        models=hosted_only,
        routing=RoutingSettings(retry=Retry(attempts=1)),  # errors reach the client at once
    )
    services = Services(settings, {"claude-sonnet": backend}, classifier=classifier)
    with TestClient(create_app(settings, services), raise_server_exceptions=False) as test_client:
        yield test_client


def assert_openai_error(response, status: int, code: str, param: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == code
    assert error["message"]
    if param is not None:
        assert error["param"] == param
    assert "Traceback" not in response.text
    assert response.headers["x-request-id"]
    return error


def test_non_streaming_answer_carries_router_headers(client: TestClient) -> None:
    response = client.post(CHAT, json=HELLO)
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "fake: hello"
    assert response.headers["x-router-model"] == "claude-sonnet"
    assert len(response.headers["x-request-id"]) == 32


def test_client_request_id_is_kept(client: TestClient) -> None:
    response = client.post(CHAT, json=HELLO, headers={"x-request-id": "trace-42"})
    assert response.headers["x-request-id"] == "trace-42"


def test_sampling_parameters_are_forwarded_and_unknown_ones_named(
    client: TestClient, backend: FakeBackend
) -> None:
    body = {
        **HELLO,
        "temperature": 0.2,
        "max_tokens": 5,
        "tools": [
            {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
        ],
        "store": True,
        "frobnicate": 1,
    }
    response = client.post(CHAT, json=body)
    assert response.status_code == 200
    assert response.headers["x-router-ignored-params"] == "frobnicate,store"
    params = backend.requests[-1].params
    assert params["temperature"] == 0.2
    assert params["max_tokens"] == 5
    assert params["tools"][0]["function"]["name"] == "lookup"
    assert "frobnicate" not in params


@pytest.mark.parametrize(
    ("raw", "content_type", "fragment"),
    [
        (b'{"model": "auto", "messages": [', "application/json", "not valid JSON"),
        (b"\xff\xfe{}", "application/json", "not valid UTF-8"),
        (b"[1, 2]", "application/json", "must be a JSON object"),
        (b"", "application/json", "empty"),
    ],
)
def test_unreadable_bodies_are_400(
    client: TestClient, raw: bytes, content_type: str, fragment: str
) -> None:
    response = client.post(CHAT, content=raw, headers={"content-type": content_type})
    error = assert_openai_error(response, 400, "invalid_request")
    assert fragment in error["message"]
    assert response.headers["x-router-model"] == "none"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "auto", "messages": []}, "messages"),
        ({"model": "auto"}, "messages"),
        ({"messages": [{"role": "user", "content": "x"}]}, "model"),
        ({"model": 7, "messages": [{"role": "user", "content": "x"}]}, "model"),
        ({**HELLO, "temperature": "hot"}, "temperature"),
        ({**HELLO, "temperature": 3}, "temperature"),
        ({**HELLO, "stream": "yes"}, "stream"),
        ({**HELLO, "max_tokens": 0}, "max_tokens"),
        ({"model": "auto", "messages": [{"role": "wizard", "content": "x"}]}, "messages.0.role"),
        ({"model": "auto", "messages": [{"role": "user"}]}, "messages.0"),
        ({"model": "auto", "messages": ["hello"]}, "messages.0"),
        (
            {**HELLO, "tools": [{"type": "function", "function": {"name": "bad name!"}}]},
            "tools.0.function.name",
        ),
        ({**HELLO, "n": 2}, "n"),
        ({"model": "auto", "messages": [{"role": "user", "content": 5}]}, "messages.0.content"),
        ({**HELLO, "stop": 5}, "stop"),
        (
            {"model": "auto", "messages": [{"role": "user", "content": [{"type": "wat"}]}]},
            "messages.0.content.0",
        ),
        (
            {"model": "auto", "messages": [{"role": "user", "content": [{"type": "text"}]}]},
            "messages.0.content.0.text",
        ),
        (
            {
                "model": "auto",
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {
                                "type": "image_url",
                                "image_url": {"url": "https://example.com/cat.png"},
                            }
                        ],
                    }
                ],
            },
            "messages.0.content.0.image_url.url",
        ),
        ({**HELLO, "response_format": {"type": "json_schema"}}, "response_format"),
        ({**HELLO, "response_format": {"type": "yaml"}}, "response_format"),
        ({**HELLO, "stream_options": {"include_usage": True}}, "stream_options"),
    ],
)
def test_invalid_fields_are_400_naming_the_field(
    client: TestClient, body: dict, param: str | None
) -> None:
    error = assert_openai_error(client.post(CHAT, json=body), 400, "invalid_request")
    assert error["param"] == param
    assert error["type"] == "invalid_request_error"


def test_remote_image_is_refused_with_the_reason(client: TestClient) -> None:
    part = {"type": "image_url", "image_url": {"url": "http://203.0.113.9/x.png"}}
    body = {"model": "auto", "messages": [{"role": "user", "content": [part]}]}
    error = assert_openai_error(client.post(CHAT, json=body), 400, "invalid_request")
    assert "does not fetch remote media" in error["message"]


def test_content_parts_pass_through(client: TestClient, backend: FakeBackend) -> None:
    parts = [
        {"type": "text", "text": "what is this?", "cache_control": {"type": "ephemeral"}},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
    ]
    body = {
        "model": "auto",
        "messages": [{"role": "user", "content": parts}],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": {"type": "object"}},
        },
    }
    assert client.post(CHAT, json=body).status_code == 200
    assert backend.requests[-1].messages[0]["content"] == parts
    assert backend.requests[-1].params["response_format"]["json_schema"]["name"] == "answer"


def test_only_plain_unknown_names_reach_the_header(client: TestClient) -> None:
    body = {**HELLO, "a\r\nSet-Cookie: x=1": 1, "☃": 2, "plain_name": 3}
    body.update({f"extra{i:02d}": i for i in range(25)})
    response = client.post(CHAT, json=body)
    assert response.status_code == 200
    names = response.headers["x-router-ignored-params"].split(",")
    assert names[:2] == ["extra00", "extra01"]
    assert len(names) == 21
    assert names[-1] == "+8 more"
    assert "set-cookie" not in response.headers


def test_n_above_one_explains_itself(client: TestClient) -> None:
    error = assert_openai_error(client.post(CHAT, json={**HELLO, "n": 3}), 400, "invalid_request")
    assert "n=1" in error["message"]


def test_unknown_model_is_404_listing_the_models(client: TestClient) -> None:
    response = client.post(CHAT, json={**HELLO, "model": "gpt-17"})
    error = assert_openai_error(response, 404, "model_not_found", "model")
    assert "gpt-17" in error["message"]
    assert "claude-sonnet" in error["message"]


def test_oversized_body_is_413(client: TestClient) -> None:
    big = {**HELLO, "messages": [{"role": "user", "content": "x" * 5000}]}
    assert_openai_error(client.post(CHAT, json=big), 413, "payload_too_large")


def test_oversized_chunked_body_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"model": "auto", "messages": [{"role": "user", "content": "'
        for _ in range(10):
            yield b"x" * 1000
        yield b'"}]}'

    assert_openai_error(client.post(CHAT, content=chunks()), 413, "payload_too_large")


def test_unknown_path_and_method_use_the_error_shape(client: TestClient) -> None:
    assert_openai_error(client.get("/v1/nothing"), 404, "not_found")
    assert_openai_error(client.get(CHAT), 405, "method_not_allowed")


def test_backend_error_maps_to_its_status_and_retry_after(
    client: TestClient, backend: FakeBackend
) -> None:
    backend.fail_with = UpstreamRateLimited("slow down", retry_after=7)
    response = client.post(CHAT, json=HELLO)
    assert_openai_error(response, 429, "rate_limit_exceeded")
    assert response.headers["retry-after"] == "7"
    assert response.headers["x-router-model"] == "claude-sonnet"


def test_unexpected_error_is_500_without_internals(
    client: TestClient, backend: FakeBackend
) -> None:
    backend.fail_with = KeyError("secret internal detail")
    response = client.post(CHAT, json=HELLO)
    error = assert_openai_error(response, 500, "internal_error")
    assert "secret internal detail" not in response.text
    assert response.headers["x-request-id"] in error["message"]


def test_unavailable_backend_is_503(client: TestClient, backend: FakeBackend) -> None:
    from router.errors import ModelUnavailable

    backend.fail_with = ModelUnavailable("model 'claude-sonnet' cannot serve: KEY is not set")
    assert_openai_error(client.post(CHAT, json=HELLO), 503, "model_unavailable")


def sse_events(text: str) -> list[str]:
    return [line[len("data: ") :] for line in text.split("\n\n") if line.startswith("data: ")]


def test_streaming_sends_chunks_then_done(client: TestClient) -> None:
    with client.stream("POST", CHAT, json={**HELLO, "stream": True}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["x-router-model"] == "claude-sonnet"
        events = sse_events(response.read().decode())
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == "fake: hello "
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert all("usage" not in chunk for chunk in chunks)  # measured, but not asked for


def test_error_before_first_chunk_is_a_plain_http_error(
    client: TestClient, backend: FakeBackend
) -> None:
    backend.fail_with = UpstreamRateLimited("slow down", retry_after=3)
    response = client.post(CHAT, json={**HELLO, "stream": True})
    assert_openai_error(response, 429, "rate_limit_exceeded")


def test_error_after_first_chunk_is_a_final_sse_error_event(
    client: TestClient, backend: FakeBackend
) -> None:
    backend.fail_with, backend.fail_after_chunks = UpstreamRateLimited("gone"), 1
    with client.stream("POST", CHAT, json={**HELLO, "stream": True}) as response:
        assert response.status_code == 200
        events = sse_events(response.read().decode())
    assert json.loads(events[0])["choices"][0]["delta"]["content"] == "fake: "
    assert json.loads(events[-1])["error"]["code"] == "rate_limit_exceeded"
    assert "[DONE]" not in events


def test_unexpected_error_mid_stream_hides_internals(
    client: TestClient, backend: FakeBackend
) -> None:
    backend.fail_with, backend.fail_after_chunks = KeyError("internal detail"), 1
    with client.stream("POST", CHAT, json={**HELLO, "stream": True}) as response:
        text = response.read().decode()
    assert json.loads(sse_events(text)[-1])["error"]["code"] == "internal_error"
    assert "internal detail" not in text


def test_models_list_has_auto_and_configured_models(client: TestClient) -> None:
    body = client.get("/v1/models").json()
    assert body["object"] == "list"
    assert [m["id"] for m in body["data"]] == ["auto", "claude-sonnet"]
    assert body["data"][1]["owned_by"] == "anthropic"


def test_health_and_readiness(client: TestClient, backend: FakeBackend) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["status"] == "ready"
    backend.ready = Readiness(False, "KEY is not set")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["models"]["claude-sonnet"] == {
        "ready": False,
        "reason": "KEY is not set",
        "circuit": "closed",
    }
