"""Scanning a whole request payload for credentials, personal data and confidentiality markers.

One RE2 pass over each string finds which detectors fire at all; only those are run again for
positions and checked by their validators. Matching is linear in the input whatever it holds.
A signal says what was found and where, never the value itself.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import accumulate

import re2

from classifiers.detectors import DETECTORS, GENERIC, Detector


@dataclass(frozen=True, slots=True)
class Signal:
    kind: str  # e.g. "github_token", "payment_card"
    category: str  # credential | personal_data | confidentiality_marker
    where: str  # the path in the payload, e.g. "messages[2].content"
    start: int  # character offsets in that string
    end: int


class Scanner:
    """Compiled once; `scan_payload` is safe to call from any thread."""

    def __init__(self, detectors: tuple[Detector, ...] = DETECTORS) -> None:
        options = re2.Options()
        options.max_mem = 64 << 20
        self._detectors = detectors
        self._any = re2.Set.SearchSet(options)
        for detector in detectors:
            self._any.Add(detector.pattern)
        self._any.Compile()
        self._patterns = [re2.compile(detector.pattern, options) for detector in detectors]

    def scan_text(self, text: str, where: str = "") -> list[Signal]:
        signals: list[Signal] = []
        try:
            hits = self._any.Match(text)
        except UnicodeEncodeError:  # lone surrogates (JSON allows "\ud800"); each becomes "?"
            text = text.encode("utf-8", "replace").decode("utf-8")
            hits = self._any.Match(text)
        if not hits:  # the common case: one pass over clean text, nothing else
            return signals
        for index in hits:
            detector, pattern = self._detectors[index], self._patterns[index]
            for match in pattern.finditer(text):
                group = pattern.groupindex.get("v", 0)
                if detector.validate is None or detector.validate(match.group(group)):
                    signals.append(
                        Signal(
                            detector.kind,
                            detector.category,
                            where,
                            match.start(group),
                            match.end(group),
                        )
                    )
        return sorted(_without_shadowed(signals), key=lambda signal: signal.start)

    def scan_payload(self, payload: object) -> list[Signal]:
        """Every string in a JSON-like payload, dict keys included: all messages, system,
        tool calls and results. Iterative, so any depth is fine; a path is spelt out only
        for a string that fires, and a key that fires (or is long) is shown as `{key}`."""
        signals: list[Signal] = []
        stack: list[tuple[object, _Step | None]] = [(payload, None)]
        while stack:
            value, step = stack.pop()
            if isinstance(value, str):
                signals += self._located(value, step)
            elif isinstance(value, dict):
                for key, item in reversed(value.items()):
                    name = key if isinstance(key, str) else str(key)
                    found = self._located(name, _Step(step, ".{key}"))
                    signals += found
                    part = ".{key}" if found or len(name) > 64 else f".{name}"
                    stack.append((item, _Step(step, part)))
            elif isinstance(value, list | tuple):
                stack.extend(
                    (item, _Step(step, f"[{i}]")) for i, item in reversed(list(enumerate(value)))
                )
        return signals

    def _located(self, text: str, step: _Step | None) -> list[Signal]:
        found = self.scan_text(text)
        if not found:
            return []
        where = step.path() if step else ""
        return [replace(signal, where=where) for signal in found]


@dataclass(frozen=True, slots=True)
class _Step:
    """One step from a payload's root towards a value: `.key` or `[index]`."""

    parent: _Step | None
    part: str

    def path(self) -> str:
        parts = []
        step: _Step | None = self
        while step is not None:
            parts.append(step.part)
            step = step.parent
        return "".join(reversed(parts)).removeprefix(".")


def _without_shadowed(signals: list[Signal]) -> list[Signal]:
    """Drops a generic signal whose text a specific detector also found (n log n)."""
    specific = sorted((s for s in signals if s.kind not in GENERIC), key=lambda s: s.start)
    starts = [s.start for s in specific]
    furthest = list(accumulate((s.end for s in specific), max))  # max end among the first i
    kept = list(specific)
    for signal in (s for s in signals if s.kind in GENERIC):
        before = bisect_left(starts, signal.end)  # specific signals that start before it ends
        if not (before and furthest[before - 1] > signal.start):
            kept.append(signal)
    return kept
