"""Builds corpus.jsonl from the sources: `python -m classifiers.corpus.build`.

The held-out split is drawn per label by whole groups (all variants of one template stay on one
side), in an order fixed by a hash of the group name, until a quarter of the label's examples
are held out. The output is the same file on every run.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter, defaultdict
from importlib import import_module

from classifiers.corpus.example import LABELS, Example
from classifiers.corpus.store import Entry, corpus_path, dump

HELD_OUT_SHARE = 0.25


def gather() -> list[Example]:
    examples: list[Example] = []
    for label in LABELS:
        module = import_module(f"classifiers.corpus.sources.{label}")
        found = list(module.examples())
        wrong = [example.group for example in found if example.label != label]
        if wrong:
            raise ValueError(f"sources/{label}.py yields other labels: {wrong[:3]}")
        examples += found
    seen: set[tuple[tuple[str, str], ...]] = set()
    for example in examples:
        if example.messages in seen:
            raise ValueError(f"duplicate example in group {example.group}")
        seen.add(example.messages)
    return examples


def split(examples: list[Example]) -> list[Entry]:
    groups: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        groups[example.group].append(example)
    held_out: set[str] = set()
    for label in LABELS:
        names = sorted(
            {example.group for example in examples if example.label == label},
            key=lambda name: hashlib.sha256(name.encode()).hexdigest(),
        )
        wanted = HELD_OUT_SHARE * sum(len(groups[name]) for name in names)
        taken = 0
        for name in names:
            if taken >= wanted:
                break
            held_out.add(name)
            taken += len(groups[name])
    return [Entry(example, example.group in held_out) for example in examples]


def main() -> int:
    entries = split(gather())
    corpus_path().write_text(dump(entries), encoding="utf-8")
    counts = Counter((entry.example.label, entry.held_out) for entry in entries)
    for label in LABELS:
        train, held = counts[(label, False)], counts[(label, True)]
        print(f"{label:<20} {train:>5} train {held:>5} held out")
    print(f"wrote {len(entries)} examples to {corpus_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
