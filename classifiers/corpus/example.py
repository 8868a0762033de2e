"""One labelled example of the corpus: a chat as a client would send it."""

from __future__ import annotations

from dataclasses import dataclass

LABELS = ("crud", "architecture", "webgl", "security_sensitive", "general")


@dataclass(frozen=True, slots=True)
class Example:
    label: str
    lang: str  # ISO 639-1: en, es, de, zh, ja, fr, pt, it, ko, ru, ...
    group: str  # examples sharing a group (variants of one template) share a split
    messages: tuple[tuple[str, str], ...]  # (role, content); the last one is the user's


def chat(
    label: str,
    lang: str,
    group: str,
    *turns: str,
    system: str | None = None,
) -> Example:
    """An example from alternating turns that start and end with the user's."""
    if not turns or len(turns) % 2 == 0:
        raise ValueError(f"{group}: turns must alternate user/assistant and end with the user")
    if label not in LABELS:
        raise ValueError(f"{group}: unknown label {label!r}")
    roles = ("user", "assistant")
    messages = [("system", system)] if system else []
    messages += [(roles[index % 2], turn) for index, turn in enumerate(turns)]
    return Example(label, lang, group, tuple(messages))
