"""The built corpus file: one JSON object per example, with its split fixed at build time."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from classifiers.corpus.example import Example

CORPUS_FILE = "corpus.jsonl"


@dataclass(frozen=True, slots=True)
class Entry:
    example: Example
    held_out: bool  # never trained on


def corpus_path() -> Path:
    return Path(str(resources.files("classifiers.corpus").joinpath(CORPUS_FILE)))


def dump(entries: Iterable[Entry]) -> str:
    lines = []
    for entry in entries:
        example = entry.example
        record = {
            "label": example.label,
            "lang": example.lang,
            "group": example.group,
            "split": "held_out" if entry.held_out else "train",
            "messages": [{"role": role, "content": text} for role, text in example.messages],
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "".join(f"{line}\n" for line in lines)


def load(path: Path | None = None) -> list[Entry]:
    entries = []
    with (path or corpus_path()).open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            messages = tuple((m["role"], m["content"]) for m in record["messages"])
            example = Example(record["label"], record["lang"], record["group"], messages)
            entries.append(Entry(example, record["split"] == "held_out"))
    return entries


def digest(path: Path | None = None) -> str:
    """sha256 of the corpus file, recorded in the model artifact it trained."""
    return hashlib.sha256((path or corpus_path()).read_bytes()).hexdigest()
