"""Scores the shipped classifier on the held-out split: `python -m classifiers.evaluate`, or
with `--independent` on the independent set (prompts written blind to the corpus, never trained
on, outside the corpus file).

Twice: the final label (any scanner signal makes a request security_sensitive, with confidence
1) and the task model alone. Each report has per-label precision, recall and F1, macro-F1,
accuracy, calibration (log loss and the expected calibration error over ten confidence bins)
and the confusion matrix.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, log_loss, precision_recall_fscore_support

from classifiers.corpus import independent, store
from classifiers.corpus.example import LABELS, Example
from classifiers.features import model_input
from classifiers.scanner import Scanner
from classifiers.task_model import TaskModel

CALIBRATION_BINS = 10


@dataclass(frozen=True, slots=True)
class LabelScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Scores:
    examples: int
    per_label: dict[str, LabelScores]
    macro_f1: float
    accuracy: float
    log_loss: float
    calibration_error: float  # expected |confidence - accuracy| over confidence bins
    confusion: list[list[int]]  # rows: true label, columns: predicted, in LABELS order

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def report(self, examples: str = "held-out") -> str:
        lines = [f"{'label':<20}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
        for label, row in self.per_label.items():
            lines.append(
                f"{label:<20}{row.precision:>10.4f}{row.recall:>10.4f}{row.f1:>10.4f}"
                f"{row.support:>9}"
            )
        lines += [
            "",
            f"macro-F1 {self.macro_f1:.4f}   accuracy {self.accuracy:.4f}   "
            f"log loss {self.log_loss:.4f}   calibration error {self.calibration_error:.4f}   "
            f"({self.examples} {examples} examples)",
            "",
            "confusion (rows: true label, columns: predicted)",
            " " * 20 + "".join(f"{label[:9]:>10}" for label in LABELS),
        ]
        lines += [
            f"{label:<20}" + "".join(f"{count:>10}" for count in row)
            for label, row in zip(LABELS, self.confusion, strict=True)
        ]
        return "\n".join(lines)


def score(model: TaskModel, examples: Sequence[Example], scanner: Scanner | None = None) -> Scores:
    """The model's scores, or with a scanner those of the final label."""
    truth = [example.label for example in examples]
    probabilities = np.asarray(
        [model.probabilities(model_input(list(example.messages))) for example in examples]
    )
    order = [model.labels.index(label) for label in LABELS]
    probabilities = probabilities[:, order]
    if scanner is not None:
        sensitive = np.eye(len(LABELS))[LABELS.index("security_sensitive")]
        for row, example in enumerate(examples):
            if scanner.scan_payload(list(example.messages)):
                probabilities[row] = sensitive
    alphabetical = [LABELS.index(label) for label in sorted(LABELS)]  # log_loss's column order
    predicted = [LABELS[index] for index in probabilities.argmax(axis=1)]
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=list(LABELS), zero_division=0
    )
    confidence = probabilities.max(axis=1)
    correct = np.asarray(truth) == np.asarray(predicted)
    bins = np.minimum((confidence * CALIBRATION_BINS).astype(int), CALIBRATION_BINS - 1)
    calibration_error = sum(
        abs(confidence[bins == b].mean() - correct[bins == b].mean()) * (bins == b).sum()
        for b in range(CALIBRATION_BINS)
        if (bins == b).any()
    ) / len(examples)
    return Scores(
        examples=len(examples),
        per_label={
            label: LabelScores(float(p), float(r), float(f), int(s))
            for label, p, r, f, s in zip(LABELS, precision, recall, f1, support, strict=True)
        },
        macro_f1=float(np.mean(f1)),
        accuracy=float(correct.mean()),
        log_loss=float(log_loss(truth, probabilities[:, alphabetical], labels=sorted(LABELS))),
        calibration_error=float(calibration_error),
        confusion=confusion_matrix(truth, predicted, labels=list(LABELS)).tolist(),
    )


def held_out_scores(model: TaskModel, held_out: Sequence[Example]) -> dict[str, Any]:
    return {
        "final": score(model, held_out, Scanner()).as_dict(),
        "model": score(model, held_out).as_dict(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.evaluate", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--artifact", type=Path, default=None)
    parser.add_argument(
        "--independent",
        action="store_true",
        help="score the independent set (classifiers.corpus.independent) instead",
    )
    args = parser.parse_args(argv)
    model = TaskModel.load(args.artifact)
    if args.independent:
        examples, name = list(independent.examples()), "independent"
    else:
        examples = [entry.example for entry in store.load(args.corpus) if entry.held_out]
        name = "held-out"
    print("final label (scanner signals, then the model)\n")
    print(score(model, examples, Scanner()).report(name))
    print("\n\nthe model alone\n")
    print(score(model, examples).report(name))
    corpus = store.digest(args.corpus)
    if corpus != model.metadata["corpus"]["sha256"]:
        print("\nnote: the model was trained on a different corpus; retrain it", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
