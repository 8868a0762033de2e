"""`router classify`: labels chats from JSONL (or one --text) with the request classifier.

Each input line is an object with an OpenAI- or Anthropic-style `messages` list (and
optionally an Anthropic-style `system`, a string or text blocks); each output line holds
`label`, `confidence`, `signals` (kinds only, never values) and what the model alone said.
Blank lines are skipped; a bad line gets an error object in its place and the rest go on; the
exit status is 1 when any line was bad.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from classifiers.classify import Classifier, InvalidChat, chat_turns, text_of


class BadLine(ValueError):
    """A line that is not a JSON object of the expected shape; the message names why."""


def classify_lines(
    lines: Iterable[bytes | str], classifier: Classifier
) -> Iterator[dict[str, Any]]:
    """One result or error object per non-blank line, in order."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield result(classifier, parse(line))
        except RecursionError:
            yield _error(number, "the line is nested too deeply")
        except (BadLine, InvalidChat) as error:
            yield _error(number, str(error))


def _error(line: int, message: str) -> dict[str, Any]:
    return {"line": line, "error": {"type": "invalid_request_error", "message": message}}


def parse(line: bytes | str) -> dict[str, Any]:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise BadLine(f"not UTF-8: byte {error.start} of the line") from None
    try:
        record = json.loads(line.removeprefix("\ufeff"))  # a byte-order mark is no error
    except json.JSONDecodeError as error:
        raise BadLine(f"not JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise BadLine("each line must be a JSON object with a `messages` list")
    if not isinstance(record.get("messages"), list) or not record["messages"]:
        raise BadLine("`messages` must be a non-empty list")
    if not isinstance(record.get("system"), str | list | None):
        raise BadLine("`system` must be a string or a list of text blocks")
    return record


def result(classifier: Classifier, record: dict[str, Any]) -> dict[str, Any]:
    turns = chat_turns(record["messages"])
    if system := text_of(record.get("system")):
        turns.insert(0, ("system", system))
    classification = classifier.classify(turns, record)
    return {
        "label": classification.label,
        "confidence": round(classification.confidence, 4),
        "signals": classification.signal_kinds,
        "model_label": classification.prediction.label,
        "model_confidence": round(classification.prediction.confidence, 4),
    }


def run(lines: Iterable[bytes | str], output: IO[str], classifier: Classifier | None = None) -> int:
    classifier = classifier or Classifier()
    failed = False
    for item in classify_lines(lines, classifier):
        failed = failed or "error" in item
        output.write(json.dumps(item) + "\n")
        output.flush()
    return 1 if failed else 0
