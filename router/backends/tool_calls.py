"""Taking tool calls out of a local model's answer as it streams.

Qwen and other Hermes-style chat templates have the model write
`<tool_call>{"name": ..., "arguments": {...}}</tool_call>`; each such block becomes an OpenAI
tool call. A block that is not valid JSON stays in the text, so nothing the model said is lost.
"""

from __future__ import annotations

import json
import uuid

from router.backends.base import Json
from router.backends.tag_stream import until_tag


class ToolCallExtractor:
    def __init__(self, open_tag: str = "<tool_call>", close_tag: str = "</tool_call>") -> None:
        self._open, self._close = open_tag, close_tag
        self._buffer = ""
        self._inside = False

    def feed(self, text: str) -> tuple[str, list[Json]]:
        """(text to show, tool calls completed by this piece)."""
        self._buffer += text
        shown: list[str] = []
        calls: list[Json] = []
        while True:
            if not self._inside:
                before, self._buffer, opened = until_tag(self._buffer, self._open)
                shown.append(before)
                if not opened:
                    break
                self._inside = True
            else:
                index = self._buffer.find(self._close)
                if index < 0:
                    break
                raw = self._buffer[:index]
                self._buffer = self._buffer[index + len(self._close) :]
                self._inside = False
                call = _parse(raw)
                if call is None:
                    shown.append(self._open + raw + self._close)
                else:
                    calls.append(call)
        return "".join(shown), calls

    def flush(self) -> str:
        """Text still held back at the end (an unfinished call is returned as text)."""
        rest, self._buffer = self._buffer, ""
        return (self._open + rest) if self._inside else rest


def _parse(raw: str) -> Json | None:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return None
    arguments = data.get("arguments", {})
    return {
        "id": f"call_{uuid.uuid4().hex[:24]}",
        "type": "function",
        "function": {
            "name": data["name"],
            "arguments": arguments if isinstance(arguments, str) else json.dumps(arguments),
        },
    }
