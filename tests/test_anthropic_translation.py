"""The Anthropic dialect's translations, in process: requests to the internal chat shape,
local answers and streams to Anthropic's, stream events to messages and back, error shapes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from router.anthropic.events import assemble, replay
from router.anthropic.from_chat import LOCAL_SIGNATURE, EventStream, to_message
from router.anthropic.schema import MessagesRequest
from router.anthropic.to_chat import to_chat
from router.anthropic.usage import to_openai
from router.api.error_shapes import anthropic_error, anthropic_status
from router.backends.anthropic_native import AnthropicNative
from router.errors import (
    AuthenticationFailed,
    BudgetExceeded,
    InvalidRequest,
    ModelBusy,
    ModelNotFound,
    PayloadTooLarge,
    PrivacyRefusal,
    RouterError,
    UpstreamError,
    UpstreamTimeout,
)
from router.settings import HostedModel


def test_a_full_request_becomes_the_internal_chat_shape() -> None:
    body = MessagesRequest.model_validate(
        {
            "model": "claude-x",
            "max_tokens": 300,
            "system": [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}],
            "temperature": 0.2,
            "top_k": 5,
            "stop_sequences": ["END"],
            "metadata": {"user_id": "u1"},
            "thinking": {"type": "enabled", "budget_tokens": 100},
            "tools": [
                {"name": "get_weather", "description": "d", "input_schema": {"type": "object"}},
                {"type": "web_search_20250305", "name": "web_search"},
            ],
            "tool_choice": {"type": "any", "disable_parallel_tool_use": True},
            "messages": [
                {"role": "user", "content": "weather?"},
                {
                    "role": "assistant",
                    "content": [
                        {"type": "thinking", "thinking": "hm", "signature": "s"},
                        {"type": "text", "text": "Let me look."},
                        {
                            "type": "tool_use",
                            "id": "toolu_1",
                            "name": "get_weather",
                            "input": {"c": 1},
                        },
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"},
                        {
                            "type": "tool_result",
                            "tool_use_id": "toolu_2",
                            "is_error": True,
                            "content": [{"type": "text", "text": "boom"}],
                        },
                        {
                            "type": "text",
                            "text": "and tomorrow?",
                            "cache_control": {"type": "ephemeral"},
                        },
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "image",
                            "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"},
                        },
                        {
                            "type": "document",
                            "source": {"type": "text", "media_type": "text/plain", "data": "notes"},
                        },
                    ],
                },
            ],
        }
    )
    chat = to_chat(body)
    assert chat.messages == [
        {"role": "system", "content": "one\n\ntwo"},
        {"role": "user", "content": "weather?"},
        {
            "role": "assistant",
            "content": "Let me look.",
            "tool_calls": [
                {
                    "id": "toolu_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"c":1}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "toolu_1", "content": "sunny"},
        {"role": "tool", "tool_call_id": "toolu_2", "content": "Error: boom"},
        {"role": "user", "content": "and tomorrow?"},
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                {"type": "text", "text": "notes"},
            ],
        },
    ]
    assert chat.params == {
        "max_tokens": 300,
        "temperature": 0.2,
        "top_k": 5,
        "stop": ["END"],
        "user": "u1",
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "parameters": {"type": "object"},
                    "description": "d",
                },
            }
        ],  # the server tool is Claude's own: a local model cannot run it
        "tool_choice": "required",
        "parallel_tool_calls": False,
    }
    assert chat.template_kwargs == {"enable_thinking": True}


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"model": "m", "messages": [{"role": "user", "content": "x"}]}, "max_tokens"),
        ({"model": "m", "max_tokens": 1, "messages": []}, "messages"),
        ({"model": "m", "max_tokens": 1, "messages": [{"role": "bot", "content": "x"}]}, "role"),
        (
            {
                "model": "m",
                "max_tokens": 1,
                "messages": [{"role": "user", "content": [{"type": "text"}]}],
            },
            "text",
        ),
        (
            {
                "model": "m",
                "max_tokens": 1,
                "messages": [{"role": "user", "content": "x"}],
                "tools": [{"name": "t"}],
            },
            "input_schema",
        ),
        (
            {
                "model": "m",
                "max_tokens": 1,
                "messages": [{"role": "user", "content": "x"}],
                "tool_choice": {"type": "tool"},
            },
            "name",
        ),
        (
            {
                "model": "m",
                "max_tokens": 1,
                "messages": [{"role": "user", "content": "x"}],
                "temperature": 1.5,
            },
            "temperature",
        ),
    ],
)
def test_malformed_requests_are_refused(body: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        MessagesRequest.model_validate(body)


def test_unknown_fields_and_blocks_pass() -> None:
    body = MessagesRequest.model_validate(
        {
            "model": "m",
            "max_tokens": 1,
            "context_management": {"edits": []},
            "messages": [
                {"role": "user", "content": [{"type": "search_result", "content": []}]},
                {"role": "assistant", "content": [{"type": "redacted_thinking", "data": "x"}]},
                {"role": "system", "content": "a reminder"},
            ],
        }
    )
    assert to_chat(body).messages[-1] == {"role": "system", "content": "a reminder"}


def chunk(
    delta: dict[str, Any], finish: str | None = None, usage: dict[str, int] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    if usage:
        out = {"choices": [], "usage": usage}
    return out


def test_a_local_stream_becomes_anthropics_events_and_the_same_message() -> None:
    chunks = [
        chunk({"role": "assistant", "content": ""}),
        chunk({"reasoning_content": "think "}),
        chunk({"reasoning_content": "more"}),
        chunk({"content": "Hello"}),
        chunk({"content": " there"}),
        chunk(
            {
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "call_abc",
                        "type": "function",
                        "function": {"name": "f", "arguments": '{"a":'},
                    }
                ]
            }
        ),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": " 1}"}}]}),
        chunk(
            {
                "tool_calls": [
                    {
                        "index": 1,
                        "id": "call_def",
                        "type": "function",
                        "function": {"name": "g", "arguments": "{}"},
                    }
                ]
            }
        ),
        chunk({}, finish="tool_calls"),
        chunk({}, usage={"prompt_tokens": 11, "completion_tokens": 7}),
    ]
    translated = EventStream("qwen")
    events = translated.start()
    for piece in chunks:
        events += translated.feed(piece)
    events += translated.finish()
    kinds = [
        (e["type"], e.get("delta", {}).get("type") or e.get("content_block", {}).get("type"))
        for e in events
    ]
    assert kinds == [
        ("message_start", None),
        ("ping", None),
        ("content_block_start", "thinking"),
        ("content_block_delta", "thinking_delta"),
        ("content_block_delta", "thinking_delta"),
        ("content_block_delta", "signature_delta"),
        ("content_block_stop", None),
        ("content_block_start", "text"),
        ("content_block_delta", "text_delta"),
        ("content_block_delta", "text_delta"),
        ("content_block_stop", None),
        ("content_block_start", "tool_use"),
        ("content_block_delta", "input_json_delta"),
        ("content_block_delta", "input_json_delta"),
        ("content_block_stop", None),
        ("content_block_start", "tool_use"),
        ("content_block_delta", "input_json_delta"),
        ("content_block_stop", None),
        ("message_delta", None),
        ("message_stop", None),
    ]
    assert [e["index"] for e in events if e["type"] == "content_block_start"] == [0, 1, 2, 3]
    message = assemble(events)
    assert message is not None
    assert message["stop_reason"] == "tool_use"
    assert message["usage"]["input_tokens"] == 11
    assert message["usage"]["output_tokens"] == 7
    thinking, text, first, second = message["content"]
    assert thinking["thinking"] == "think more"
    assert thinking["signature"].startswith(LOCAL_SIGNATURE)
    assert text == {"type": "text", "text": "Hello there"}
    assert (first["id"], first["name"], first["input"]) == ("toolu_abc", "f", {"a": 1})
    assert (second["id"], second["input"]) == ("toolu_def", {})
    # The whole answer, not streamed, says the same.
    whole = to_message(
        {
            "choices": [
                {
                    "message": {
                        "content": "Hello there",
                        "reasoning_content": "think more",
                        "tool_calls": [
                            {"id": "call_abc", "function": {"name": "f", "arguments": '{"a": 1}'}},
                            {"id": "call_def", "function": {"name": "g", "arguments": "{}"}},
                        ],
                    },
                    "finish_reason": "tool_calls",
                }
            ],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7},
        },
        "qwen",
    )
    without_signatures = [
        {k: v for k, v in b.items() if k != "signature"} for b in whole["content"]
    ]
    assert without_signatures == [
        {k: v for k, v in b.items() if k != "signature"} for b in message["content"]
    ]
    assert whole["stop_reason"] == message["stop_reason"]
    assert whole["usage"] == message["usage"]


def test_an_unfinished_stream_assembles_to_nothing() -> None:
    translated = EventStream("qwen")
    events = translated.start() + translated.feed(chunk({"content": "Hi"}))
    assert assemble(events) is None


_text = st.text(max_size=30)
_int64 = st.integers(-(2**63), 2**63 - 1)  # what JSON from orjson.loads can hold as an int
_blocks = st.lists(
    st.one_of(
        st.builds(lambda t: {"type": "text", "text": t}, _text),
        st.builds(lambda t, s: {"type": "thinking", "thinking": t, "signature": s}, _text, _text),
        st.builds(
            lambda i, n, a: {"type": "tool_use", "id": "toolu_" + i, "name": n or "t", "input": a},
            st.text("abc123", min_size=1, max_size=8),
            st.text("xyz", max_size=5),
            st.dictionaries(st.text(max_size=5), st.one_of(_int64, _text, st.none()), max_size=3),
        ),
        st.builds(lambda d: {"type": "redacted_thinking", "data": d}, _text),
    ),
    max_size=5,
)


@given(
    blocks=_blocks,
    stop=st.sampled_from(["end_turn", "max_tokens", "tool_use", "stop_sequence"]),
    tokens=st.tuples(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**4)),
)
def test_a_replayed_message_assembles_back_to_itself(
    blocks: list[dict[str, Any]], stop: str, tokens: tuple[int, int, int]
) -> None:
    message = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude",
        "content": blocks,
        "stop_reason": stop,
        "stop_sequence": "END" if stop == "stop_sequence" else None,
        "usage": {
            "input_tokens": tokens[0],
            "output_tokens": tokens[1],
            "cache_read_input_tokens": tokens[2],
        },
    }
    assert assemble(replay(message)) == message


def test_usage_counts_every_part_of_the_input_for_the_ledger() -> None:
    usage = to_openai(
        {
            "input_tokens": 5,
            "cache_creation_input_tokens": 3,
            "cache_read_input_tokens": 7,
            "output_tokens": 2,
        }
    )
    assert usage["prompt_tokens"] == 15
    assert usage["prompt_tokens_details"] == {"cached_tokens": 7}
    assert usage["cache_creation_input_tokens"] == 3
    assert to_openai(None)["prompt_tokens"] == 0


@pytest.mark.parametrize(
    ("error", "status", "kind"),
    [
        (InvalidRequest("x"), 400, "invalid_request_error"),
        (AuthenticationFailed("x"), 401, "authentication_error"),
        (ModelNotFound("x"), 404, "not_found_error"),
        (PayloadTooLarge("x"), 413, "request_too_large"),
        (BudgetExceeded("x"), 429, "rate_limit_error"),
        (ModelBusy("x"), 529, "overloaded_error"),
        (PrivacyRefusal("x"), 503, "api_error"),
        (UpstreamError("x"), 502, "api_error"),
        (UpstreamTimeout("x"), 504, "timeout_error"),
        (RouterError("x"), 500, "api_error"),
    ],
)
def test_errors_in_anthropics_shape(error: RouterError, status: int, kind: str) -> None:
    assert anthropic_status(error) == status
    assert anthropic_error(error) == {"type": "error", "error": {"type": kind, "message": "x"}}


def test_only_the_local_models_thinking_is_left_out_on_the_way_to_claude() -> None:
    native = AnthropicNative(
        HostedModel(name="c", litellm_model="anthropic/claude-sonnet-4-5"), api_key=None
    )
    ours = {"type": "thinking", "thinking": "a", "signature": LOCAL_SIGNATURE + "1"}
    claudes = {"type": "thinking", "thinking": "b", "signature": "real"}
    payload = {
        "model": "claude-opus-9",
        "max_tokens": 10,
        "metadata": {"user_id": "u"},
        "messages": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": [ours, {"type": "text", "text": "x"}]},
            {"role": "assistant", "content": [claudes, {"type": "text", "text": "y"}]},
        ],
    }
    body = native.prepare(payload, {"max_tokens": 5})
    assert body["model"] == "claude-sonnet-4-5"
    assert body["max_tokens"] == 5
    assert body["metadata"] == {"user_id": "u"}
    assert body["messages"][1]["content"] == [{"type": "text", "text": "x"}]
    assert body["messages"][2]["content"] == [claudes, {"type": "text", "text": "y"}]
    assert payload["messages"][1]["content"][0] is ours  # the client's body is left as it was
