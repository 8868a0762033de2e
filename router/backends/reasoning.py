"""Separating a model's thinking (`<think>...</think>`) from its answer, as the text streams."""

from __future__ import annotations

from router.backends.tag_stream import until_tag

_START, _THINKING, _ANSWER = "start", "thinking", "answer"


class ReasoningSplitter:
    """`feed` returns (reasoning, content) for each piece; tags split across pieces are held
    back until they can be told apart from text."""

    def __init__(
        self, open_tag: str = "<think>", close_tag: str = "</think>", *, thinking: bool = False
    ) -> None:
        self._open, self._close = open_tag, close_tag
        self._state = _THINKING if thinking else _START
        self._buffer = ""
        self._strip_pending = False  # newlines right after </think> are not the answer

    def feed(self, text: str) -> tuple[str, str]:
        self._buffer += text
        reasoning, content = [], []
        while self._buffer:
            if self._state == _START:
                if not self._leave_start():
                    break
            elif self._state == _THINKING:
                before, self._buffer, closed = until_tag(self._buffer, self._close)
                reasoning.append(before)
                if not closed:
                    break
                self._state = _ANSWER
                self._strip_pending = True
            else:
                content.append(self._answer(self._buffer))
                self._buffer = ""
        return "".join(reasoning), "".join(content)

    def flush(self) -> tuple[str, str]:
        """What is still held back once the stream has ended."""
        rest, self._buffer = self._buffer, ""
        if self._state == _THINKING:
            return rest, ""
        return "", self._answer(rest)

    def _leave_start(self) -> bool:
        """Decides whether the output opens with thinking; False while it cannot tell yet."""
        stripped = self._buffer.lstrip()
        if stripped.startswith(self._open):
            self._buffer = stripped[len(self._open) :]
            self._state = _THINKING
            return True
        if self._open.startswith(stripped):
            return False
        self._state = _ANSWER
        return True

    def _answer(self, text: str) -> str:
        if self._strip_pending:  # the newlines a template puts after </think>, not indentation
            text = text.lstrip("\r\n")
            self._strip_pending = not text
        return text
