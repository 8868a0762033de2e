"""Trains the task model on the corpus's training split: `python -m classifiers.train`.

TF-IDF blocks (words, character n-grams and lexicon concepts, each for the latest user turn and
for the context, and character n-grams of the assistant's reply before the latest turn) feed a
linear SVM; its scores are calibrated by temperature scaling fitted on grouped cross-validation
predictions, so templated variants never calibrate each other. The held-out split is scored on
the exported artifact itself. Same corpus and library versions, same model: vocabulary, weights
and temperature repeat exactly; the stored scores keep six digits, as their last ones can differ
between CPUs. The independent set (prompts written blind to the corpus) is scored too, and never
trained on.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import scipy
import scipy.sparse
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.svm import LinearSVC

from classifiers import features
from classifiers.concepts import CONCEPTS
from classifiers.corpus import independent, store
from classifiers.corpus.example import LABELS, Example
from classifiers.evaluate import held_out_scores
from classifiers.task_model import ARTIFACT, FORMAT, TaskModel

BLOCKS = (
    ("latest", "words"),
    ("latest", "chars"),
    ("context", "words"),
    ("context", "chars"),
    ("latest", "concepts"),
    ("context", "concepts"),
    ("reply", "chars"),
)
MIN_DF = 2  # n-grams seen in one training example only are dropped
C = 1.0
FOLDS = 5
SEED = 0
DIGITS = 7


def _char_keys(text: str) -> list[int]:
    return features.char_ngrams(text).tolist()  # type: ignore[no-any-return]


ANALYSERS: dict[str, Callable[[str], list[Any]]] = {
    "words": features.word_ngrams,
    "chars": _char_keys,
    "concepts": features.ConceptFinder(CONCEPTS),
}


class Progress:
    """Numbered steps with elapsed time on stderr."""

    def __init__(self, steps: int) -> None:
        self._steps, self._done, self._start = steps, 0, time.perf_counter()

    def step(self, message: str) -> None:
        self._done += 1
        elapsed = time.perf_counter() - self._start
        print(f"[{self._done}/{self._steps}] {elapsed:6.1f}s  {message}", file=sys.stderr)


def texts(examples: Sequence[Example], field: str) -> list[str]:
    inputs = (features.model_input(list(example.messages)) for example in examples)
    return [features.normalise(getattr(item, field)) for item in inputs]


def fit(
    examples: Sequence[Example], progress: Progress | None = None
) -> tuple[list[TfidfVectorizer], CalibratedClassifierCV]:
    """The fitted vectorisers, one per block, and the calibrated classifier."""
    vectorisers, matrices = [], []
    for field, analyser in BLOCKS:
        vectoriser = TfidfVectorizer(
            analyzer=ANALYSERS[analyser], sublinear_tf=True, min_df=MIN_DF, dtype=np.float64
        )
        matrices.append(vectoriser.fit_transform(texts(examples, field)))
        vectorisers.append(vectoriser)
        if progress:
            progress.step(f"{field}/{analyser}: {len(vectoriser.vocabulary_)} n-grams")
    matrix = scipy.sparse.hstack(matrices).tocsr()
    labels = np.asarray([example.label for example in examples])
    groups = np.asarray([example.group for example in examples])
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    model = CalibratedClassifierCV(
        LinearSVC(C=C, class_weight="balanced", random_state=SEED),
        method="temperature",
        cv=list(folds.split(matrix, labels, groups)),
        ensemble=False,
    )
    model.fit(matrix, labels)
    if progress:
        progress.step(f"linear SVM fitted and calibrated over {FOLDS} grouped folds")
    return vectorisers, model


def export(
    vectorisers: list[TfidfVectorizer], model: CalibratedClassifierCV, metadata: dict[str, Any]
) -> dict[str, Any]:
    """The plain-JSON artifact TaskModel runs."""
    calibrated = model.calibrated_classifiers_[0]
    estimator = calibrated.estimator
    order = [list(model.classes_).index(label) for label in LABELS]
    coef = estimator.coef_[order].T  # (n_features, n_labels)
    blocks, offset = [], 0
    for (field, analyser), vectoriser in zip(BLOCKS, vectorisers, strict=True):
        terms = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
        columns = slice(offset, offset + len(terms))
        offset += len(terms)
        block: dict[str, Any] = {
            "field": field,
            "analyser": analyser,
            "vocabulary": terms,
            "idf": _rounded(vectoriser.idf_),
            "weights": _rounded(coef[columns].ravel()),
        }
        if analyser == "concepts":
            block["lexicon"] = CONCEPTS  # the artifact carries the lexicon it was trained with
        blocks.append(block)
    return {
        "format": FORMAT,
        "labels": list(LABELS),
        "blocks": blocks,
        "intercept": _rounded(estimator.intercept_[order]),
        "calibration": {"method": "temperature", "beta": float(calibrated.calibrators[0].beta_)},
        "metadata": metadata,
    }


def _rounded(values: Any) -> list[float]:
    """Seven significant digits: the artifact is half the size and its probabilities move by
    less than 1e-6 (held-out scores are measured on the rounded model itself)."""
    return [float(f"{value:.{DIGITS}g}") for value in values.tolist()]


def rounded_scores(value: Any) -> Any:
    """Scores with six significant digits, however deeply nested."""
    if isinstance(value, float):
        return float(f"{value:.6g}")
    if isinstance(value, dict):
        return {key: rounded_scores(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rounded_scores(item) for item in value]
    return value


def write(artifact: dict[str, Any], path: Path) -> None:
    text = json.dumps(artifact, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as zipped,
    ):
        zipped.write(text.encode("utf-8"))


def metadata(entries: list[store.Entry], corpus: Path) -> dict[str, Any]:
    train = [entry.example for entry in entries if not entry.held_out]
    return {
        "libraries": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
        },
        "corpus": {
            "sha256": store.digest(corpus),
            "examples": len(entries),
            "train": len(train),
            "held_out": len(entries) - len(train),
            "languages": dict(sorted(Counter(e.example.lang for e in entries).items())),
        },
        "features": {
            "blocks": [list(block) for block in BLOCKS],
            "min_df": MIN_DF,
            "char_ngrams": list(features.CHAR_NGRAMS),
            "latest_head": features.LATEST_HEAD,
            "latest_tail": features.LATEST_TAIL,
            "context_head": features.CONTEXT_HEAD,
            "context_turns": features.CONTEXT_TURNS,
            "reply_head": features.REPLY_HEAD,
        },
        "model": {
            "estimator": "LinearSVC",
            "C": C,
            "class_weight": "balanced",
            "calibration": "temperature",
            "folds": FOLDS,
        },
    }


def train(corpus: Path, output: Path) -> dict[str, Any]:
    progress = Progress(steps=len(BLOCKS) + 3)
    entries = store.load(corpus)
    train_set = [entry.example for entry in entries if not entry.held_out]
    held_out = [entry.example for entry in entries if entry.held_out]
    progress.step(f"corpus: {len(train_set)} to train on, {len(held_out)} held out")
    vectorisers, model = fit(train_set, progress)
    artifact = export(vectorisers, model, metadata(entries, corpus))
    exported = TaskModel(artifact)
    scores: dict[str, Any] = rounded_scores(held_out_scores(exported, held_out))
    blind = rounded_scores(held_out_scores(exported, list(independent.examples())))
    artifact["metadata"]["held_out_scores"] = scores
    artifact["metadata"]["independent_scores"] = blind
    write(artifact, output)
    final, alone = scores["final"]["macro_f1"], scores["model"]["macro_f1"]
    progress.step(
        f"held-out macro-F1 {final:.4f} (model alone {alone:.4f}), "
        f"independent set {blind['final']['macro_f1']:.4f}; wrote {output}"
    )
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.train", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=store.corpus_path())
    default_output = Path(str(resources.files("classifiers").joinpath(ARTIFACT)))
    parser.add_argument("--output", type=Path, default=default_output)
    args = parser.parse_args(argv)
    train(args.corpus, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
