"""A local model's streamed text split three ways: its thinking, its answer, its tool calls."""

from __future__ import annotations

from router.backends.base import Json
from router.backends.reasoning import ReasoningSplitter
from router.backends.tool_calls import ToolCallExtractor

Parts = tuple[str, str, list[Json]]  # (reasoning, content, tool calls)


class AnswerParser:
    def __init__(self, *, thinking: bool, tools: bool) -> None:
        self._reasoning = ReasoningSplitter(thinking=thinking)
        self._tools = ToolCallExtractor() if tools else None

    def feed(self, text: str) -> Parts:
        reasoning, content = self._reasoning.feed(text)
        return reasoning, *self._calls(content)

    def flush(self) -> Parts:
        """What is still held back once the stream has ended."""
        reasoning, content = self._reasoning.flush()
        content, calls = self._calls(content)
        if self._tools is not None:
            content += self._tools.flush()
        return reasoning, content, calls

    def _calls(self, content: str) -> tuple[str, list[Json]]:
        return self._tools.feed(content) if self._tools is not None else (content, [])
