"""What the later hand-written batches (`sources/<label>_b5.py`, ...) share: how an item is
written, and the group it falls in.

Each item is its own group, named by a digest of its text rather than its position, so removing
or adding an item never moves another across the held-out split.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence

from classifiers.corpus.example import Example, chat

Item = tuple[str | None, tuple[str, ...]]  # (system prompt or None, alternating turns)


def single(text: str) -> Item:
    """One user turn, no system prompt."""
    return (None, (text,))


def under(system: str, *turns: str) -> Item:
    """Turns under a system prompt."""
    return (system, turns)


def multi_turn(*turns: str) -> Item:
    """Several turns (user, assistant, ..., user), no system prompt."""
    return (None, turns)


def batch(label: str, name: str, by_lang: Mapping[str, Sequence[Item]]) -> Iterator[Example]:
    """The batch's examples, each in the group `<label>/<name>/<lang>/<digest of its text>`."""
    for lang, items in by_lang.items():
        for system, turns in items:
            text = json.dumps([system, turns], ensure_ascii=False)
            digest = hashlib.sha256(text.encode()).hexdigest()[:12]
            yield chat(label, lang, f"{label}/{name}/{lang}/{digest}", *turns, system=system)
