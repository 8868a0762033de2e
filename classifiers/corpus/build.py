"""Builds corpus.jsonl from the sources: `python -m classifiers.corpus.build`.

Each label's examples come from its source modules (`sources/<label>.py`, then later batches
such as `sources/<label>_b5.py`). The held-out split is drawn per module by whole groups (all
variants of one template stay on one side), in an order fixed by a hash of the group name, until
a quarter of the module's examples are held out; so a new batch never moves an older example
across the split. Modules in TRAIN_ONLY are all training: they were written after the held-out
split was fixed, so that the held-out scores of later models stay comparable. The output is the
same file on every run.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter, defaultdict
from importlib import import_module

from classifiers.corpus.example import LABELS, Example
from classifiers.corpus.store import Entry, corpus_path, dump

HELD_OUT_SHARE = 0.25
MIN_HELD_OUT_SHARE = 0.2  # of each label's examples, whatever TRAIN_ONLY adds
# Each label's source modules under classifiers.corpus.sources, oldest first.
SOURCES: dict[str, tuple[str, ...]] = {
    "crud": ("crud", "crud_b5", "crud_b6", "crud_b7", "crud_b7b", "crud_b8", "crud_b9"),
    "architecture": (
        "architecture",
        "architecture_b5",
        "architecture_b6",
        "architecture_b7",
        "architecture_b8",
        "architecture_b9",
    ),
    "webgl": ("webgl", "webgl_b5", "webgl_b6", "webgl_b7", "webgl_b7b", "webgl_b8", "webgl_b9"),
    "security_sensitive": (
        "security_sensitive",
        "security_sensitive_b5",
        "security_sensitive_b6",
        "security_sensitive_b7",
        "security_sensitive_b8",
        "security_sensitive_b9",
    ),
    "general": (
        "general",
        "general_b5",
        "general_b5b",
        "general_b6",
        "general_b6b",
        "general_b7",
        "general_b7b",
        "general_b8",
        "general_b8b",
        "general_b9",
        "general_b9b",
    ),
}


# Written blind to the held-out split after it was fixed (2026-11), to train on only.
TRAIN_ONLY = frozenset(
    {
        "crud_b9",
        "architecture_b9",
        "webgl_b9",
        "security_sensitive_b9",
        "general_b9",
        "general_b9b",
    }
)


def gather() -> dict[str, list[Example]]:
    """The examples of each source module, by module name, in SOURCES order."""
    batches: dict[str, list[Example]] = {}
    for label in LABELS:
        for name in SOURCES[label]:
            module = import_module(f"classifiers.corpus.sources.{name}")
            found = list(module.examples())
            wrong = [example.group for example in found if example.label != label]
            if wrong:
                raise ValueError(f"sources/{name}.py yields other labels: {wrong[:3]}")
            batches[name] = found
    seen: set[tuple[tuple[str, str], ...]] = set()
    for example in (example for batch in batches.values() for example in batch):
        if example.messages in seen:
            raise ValueError(f"duplicate example in group {example.group}")
        seen.add(example.messages)
    return batches


def split(batch: list[Example], share: float = HELD_OUT_SHARE) -> list[Entry]:
    """One module's examples, `share` of them (by whole groups) held out."""
    groups: dict[str, list[Example]] = defaultdict(list)
    for example in batch:
        groups[example.group].append(example)
    names = sorted(groups, key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    wanted = share * len(batch)
    held_out: set[str] = set()
    taken = 0
    for name in names:
        if taken >= wanted:
            break
        held_out.add(name)
        taken += len(groups[name])
    return [Entry(example, example.group in held_out) for example in batch]


def entries() -> list[Entry]:
    """The corpus as built from the sources, in file order."""
    built = [
        entry
        for name, batch in gather().items()
        for entry in split(batch, 0.0 if name in TRAIN_ONLY else HELD_OUT_SHARE)
    ]
    for label in LABELS:
        sides = [entry.held_out for entry in built if entry.example.label == label]
        if sum(sides) < MIN_HELD_OUT_SHARE * len(sides):
            raise ValueError(f"{label}: under {MIN_HELD_OUT_SHARE:.0%} of examples held out")
    return built


def main() -> int:
    built = entries()
    corpus_path().write_text(dump(built), encoding="utf-8")
    counts = Counter((entry.example.label, entry.held_out) for entry in built)
    for label in LABELS:
        train, held = counts[(label, False)], counts[(label, True)]
        print(f"{label:<20} {train:>5} train {held:>5} held out")
    print(f"wrote {len(built)} examples to {corpus_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
