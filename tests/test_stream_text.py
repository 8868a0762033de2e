"""The pure stream helpers of the local backend: loop detection and thinking separation."""

from __future__ import annotations

import asyncio

import pytest

from router.backends.local_chunks import ChunkWriter, collect_completion
from router.backends.reasoning import ReasoningSplitter
from router.backends.repetition import RepetitionDetector
from router.backends.tool_calls import ToolCallExtractor


def detector() -> RepetitionDetector:
    return RepetitionDetector(min_repeats=8, min_span_chars=256, max_period_chars=128)


def feed_all(pieces: list[str]) -> int | None:
    """The index of the piece at which a loop was detected, if one was."""
    loops = detector()
    return next((i for i, piece in enumerate(pieces) if loops.feed(piece)), None)


def test_a_short_cycle_is_caught_soon_after_the_span() -> None:
    at = feed_all(list("abc" * 200))
    assert at is not None
    assert 256 <= at < 256 + 40


def test_a_repeated_paragraph_is_caught() -> None:
    paragraph = "The function returns the value of the cache entry for the key. "
    assert feed_all([paragraph] * 12) is not None


def test_ordinary_prose_and_code_are_not_loops() -> None:
    prose = " ".join(
        f"Step {i}: compute the {i}th value and store it in slot {i % 7}." for i in range(200)
    )
    code = "\n".join(f"    row_{i} = table.get({i}, default=None)" for i in range(200))
    assert feed_all([prose[i : i + 5] for i in range(0, len(prose), 5)]) is None
    assert feed_all([code[i : i + 5] for i in range(0, len(code), 5)]) is None


def test_short_repetition_below_the_span_is_allowed() -> None:
    assert feed_all(["-" * 80, "\n", "| a | b |\n" * 6, "done"]) is None


def split(pieces: list[str], *, thinking: bool = False) -> tuple[str, str]:
    splitter = ReasoningSplitter(thinking=thinking)
    parts = [splitter.feed(piece) for piece in pieces] + [splitter.flush()]
    return "".join(r for r, _ in parts), "".join(c for _, c in parts)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 100])
def test_thinking_is_separated_whatever_the_piece_size(size: int) -> None:
    text = "<think>\nweigh the options\n</think>\n\nUse a hash map."
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    assert split(pieces) == ("\nweigh the options\n", "Use a hash map.")


def test_output_without_thinking_is_all_content() -> None:
    assert split(["<b>bold</b>", " text"]) == ("", "<b>bold</b> text")
    assert split(["<th", "ing>"]) == ("", "<thing>")


def test_an_answer_keeps_its_leading_whitespace() -> None:
    assert split(["    def f():\n", "        pass"]) == ("", "    def f():\n        pass")
    assert split(["<think>x</think>\n\n    indented"]) == ("x", "    indented")


def test_prompt_that_opened_thinking_starts_inside() -> None:
    assert split(["plan</th", "ink>answer"], thinking=True) == ("plan", "answer")


def test_unfinished_thinking_stays_reasoning() -> None:
    assert split(["<think>still going"]) == ("still going", "")


def extract(pieces: list[str]) -> tuple[str, list[dict]]:
    tools = ToolCallExtractor()
    shown, calls = [], []
    for piece in pieces:
        text, found = tools.feed(piece)
        shown.append(text)
        calls += found
    return "".join(shown) + tools.flush(), calls


@pytest.mark.parametrize("size", [1, 4, 1000])
def test_tool_calls_are_taken_out_whatever_the_piece_size(size: int) -> None:
    text = (
        'Checking.\n<tool_call>\n{"name": "a", "arguments": {"x": 1}}\n</tool_call>\n'
        '<tool_call>{"name": "b", "arguments": "{}"}</tool_call>'
    )
    shown, calls = extract([text[i : i + size] for i in range(0, len(text), size)])
    assert shown == "Checking.\n\n"
    assert [(c["function"]["name"], c["function"]["arguments"]) for c in calls] == [
        ("a", '{"x": 1}'),
        ("b", "{}"),
    ]
    assert calls[0]["id"] != calls[1]["id"]


def test_a_broken_or_unfinished_tool_call_stays_text() -> None:
    assert extract(["<tool_call>not json</tool_call> ok"]) == (
        "<tool_call>not json</tool_call> ok",
        [],
    )
    assert extract(['<tool_call>{"name": ']) == ('<tool_call>{"name": ', [])
    assert extract(["a <tool", "_cal", "l> b"])[0] == "a <tool_cal" + "l> b"


def test_a_completion_of_only_tool_calls_has_no_content() -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        writer = ChunkWriter("id", 1, "m")
        yield writer.role()
        yield writer.delta("", "\n")
        yield writer.tool_calls(
            [{"id": "a", "type": "function", "function": {"name": "f", "arguments": "{}"}}], 0
        )
        yield writer.finish("tool_calls", None)
        yield writer.usage(1, 2)

    message = asyncio.run(collect_completion(chunks()))["choices"][0]["message"]
    assert message["content"] is None
    assert message["tool_calls"][0]["function"]["name"] == "f"
