"""Spotting a generation that has fallen into a loop: its end repeats one unit over and over."""

from __future__ import annotations

_CHECK_EVERY_CHARS = 32


class RepetitionDetector:
    """Fed the output text as it streams; `feed` says when the end has become a loop."""

    def __init__(self, min_repeats: int, min_span_chars: int, max_period_chars: int) -> None:
        self._min_repeats = min_repeats
        self._min_span = min_span_chars
        self._max_period = max_period_chars
        self._window = max(min_span_chars, max_period_chars * min_repeats)
        self._tail = ""
        self._unchecked = 0

    def feed(self, text: str) -> bool:
        self._tail = (self._tail + text)[-self._window :]
        self._unchecked += len(text)
        if self._unchecked < _CHECK_EVERY_CHARS:
            return False
        self._unchecked = 0
        return self._ends_in_a_loop()

    def _ends_in_a_loop(self) -> bool:
        tail = self._tail
        for period in range(1, min(self._max_period, len(tail) // self._min_repeats) + 1):
            if tail[-1] != tail[-1 - period]:
                continue  # cheap test first: most periods fail here
            repeats = max(self._min_repeats, -(-self._min_span // period))
            span = period * repeats
            if span <= len(tail) and tail[-span:] == tail[-period:] * repeats:
                return True
        return False
