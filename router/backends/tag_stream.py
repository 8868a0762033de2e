"""The step that streaming tag parsers share: take text up to a tag, holding back an end that
may be the start of that tag until the next piece tells."""

from __future__ import annotations


def until_tag(buffer: str, tag: str) -> tuple[str, str, bool]:
    """(text before the tag, what remains after it or is held back, whether the tag was found)."""
    index = buffer.find(tag)
    if index >= 0:
        return buffer[:index], buffer[index + len(tag) :], True
    keep = _partial_suffix(buffer, tag)
    return buffer[: len(buffer) - keep], buffer[len(buffer) - keep :], False


def _partial_suffix(text: str, tag: str) -> int:
    """The length of the longest end of `text` that begins `tag`."""
    for size in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:size]):
            return size
    return 0
