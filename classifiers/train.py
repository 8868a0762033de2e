"""Trains the task model on the corpus's training split: `python -m classifiers.train`.

TF-IDF blocks (words, character n-grams and lexicon concepts, each for the latest user turn and
for the context, and character n-grams of the assistant's reply before the latest turn) feed a
linear SVM, and per block a multinomial naive Bayes model, both trained once per grouped
cross-validation fold (templated variants never straddle folds); the shipped models are the
folds' means. Each training example's per-block scores come from the fold models that did not
see it, and gradient-boosted trees learn the probabilities from those scores and the parts'
lengths (see classifiers.task_model). The
held-out split is scored on the exported artifact itself. Same corpus and library versions,
same model: vocabulary, weights and trees repeat exactly; the stored scores keep six digits, as
their last ones can differ between CPUs. The independent set (prompts written blind to the
corpus) is scored too, and never trained on.
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
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy
import scipy.sparse
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.naive_bayes import MultinomialNB
from sklearn.svm import LinearSVC

from classifiers import features
from classifiers.concepts import CONCEPTS
from classifiers.corpus import independent, store
from classifiers.corpus.example import LABELS, Example
from classifiers.evaluate import held_out_scores
from classifiers.task_model import ARTIFACT, FORMAT, TaskModel, input_names, log_softmax
from classifiers.trees import Floats

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
NB_ALPHA = 0.02  # chosen by grouped cross-validation on the training split (see BENCHMARKS.md)
FOLDS = 5
SEED = 0
DIGITS = 7
# The trees: the fewest of five settings whose held-out macro-F1 fell within 0.001 of each other.
TREE_DEPTH = 4
TREES = {"max_iter": 100, "learning_rate": 0.1, "max_depth": TREE_DEPTH}


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


@dataclass(frozen=True, slots=True)
class Fitted:
    vectorisers: list[TfidfVectorizer]  # one per block
    first: FirstStage
    trees: HistGradientBoostingClassifier


@dataclass(frozen=True, slots=True)
class FirstStage:
    """Per-block linear models, labels in LABELS order."""

    sizes: list[int]  # the blocks' widths, in BLOCKS order
    coef: Floats  # (n_features, n_labels): SVM weights
    log_prob: Floats  # (n_features, n_labels): naive Bayes log P(feature | label)
    log_prior: Floats  # (n_blocks, n_labels): naive Bayes log P(label)

    def inputs(self, matrix: Any, lengths: Floats) -> Floats:
        """What the trees read (task_model.input_names) for these rows of `matrix`, whose
        parts' lengths (part_lengths) are `lengths`."""
        ends = np.cumsum([0, *self.sizes])
        scores = [matrix[:, a:b] @ self.coef[a:b] for a, b in pairwise(ends)]
        bayes = [
            log_softmax(matrix[:, a:b] @ self.log_prob[a:b] + prior)
            for (a, b), prior in zip(pairwise(ends), self.log_prior, strict=True)
        ]
        return np.hstack([*scores, *bayes, lengths])

    @staticmethod
    def mean(stages: Sequence[FirstStage]) -> FirstStage:
        return FirstStage(
            stages[0].sizes,
            np.mean([stage.coef for stage in stages], axis=0),
            np.mean([stage.log_prob for stage in stages], axis=0),
            np.mean([stage.log_prior for stage in stages], axis=0),
        )


def part_lengths(examples: Sequence[Example]) -> Floats:
    """Log of 1 + characters in each part of each example's chat, as the trees read them."""
    inputs = (features.model_input(list(example.messages)) for example in examples)
    return np.log1p([item.lengths() for item in inputs])


def first_stage(matrix: Any, labels: npt.NDArray[np.str_], sizes: list[int]) -> FirstStage:
    """The SVM over all blocks, and one naive Bayes model per block, fitted on these rows."""
    svm = LinearSVC(C=C, class_weight="balanced", random_state=SEED).fit(matrix, labels)
    order = [list(svm.classes_).index(label) for label in LABELS]
    log_prob, log_prior = [], []
    for a, b in pairwise(np.cumsum([0, *sizes])):
        bayes = MultinomialNB(alpha=NB_ALPHA).fit(matrix[:, a:b], labels)
        log_prob.append(bayes.feature_log_prob_[order].T)
        log_prior.append(bayes.class_log_prior_[order])
    return FirstStage(sizes, svm.coef_[order].T, np.vstack(log_prob), np.vstack(log_prior))


def block_matrix(vectorisers: list[TfidfVectorizer], examples: Sequence[Example]) -> Any:
    """The examples' TF-IDF rows, all blocks side by side (sparse)."""
    blocks = [
        vectoriser.transform(texts(examples, field))
        for (field, _), vectoriser in zip(BLOCKS, vectorisers, strict=True)
    ]
    return scipy.sparse.hstack(blocks).tocsr()


def widths(vectorisers: list[TfidfVectorizer]) -> list[int]:
    return [len(vectoriser.vocabulary_) for vectoriser in vectorisers]


def fit(examples: Sequence[Example], progress: Progress | None = None) -> Fitted:
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
    sizes = widths(vectorisers)
    labels = np.asarray([example.label for example in examples])
    groups = np.asarray([example.group for example in examples])
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    lengths = part_lengths(examples)
    unseen = np.zeros((len(examples), len(input_names(BLOCKS, LABELS))))
    stages = []
    for train_rows, test_rows in folds.split(matrix, labels, groups):
        stages.append(first_stage(matrix[train_rows], labels[train_rows], sizes))
        unseen[test_rows] = stages[-1].inputs(matrix[test_rows], lengths[test_rows])
    if progress:
        progress.step(f"linear SVM and naive Bayes fitted on {FOLDS} grouped folds")
    trees = HistGradientBoostingClassifier(**TREES, early_stopping=False, random_state=SEED)
    trees.fit(unseen, labels)
    if progress:
        progress.step(f"{TREES['max_iter']} rounds of trees fitted on the folds' unseen scores")
    return Fitted(vectorisers, FirstStage.mean(stages), trees)


def export(fitted: Fitted, metadata: dict[str, Any]) -> dict[str, Any]:
    """The plain-JSON artifact TaskModel runs."""
    blocks: list[dict[str, Any]] = []
    offset = 0
    for (field, analyser), vectoriser in zip(BLOCKS, fitted.vectorisers, strict=True):
        terms = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
        columns = slice(offset, offset + len(terms))
        offset += len(terms)
        block: dict[str, Any] = {
            "field": field,
            "analyser": analyser,
            "vocabulary": terms,
            "idf": _rounded(vectoriser.idf_),
            "weights": _rounded(fitted.first.coef[columns].ravel()),
            "nb_log_prob": _rounded(fitted.first.log_prob[columns].ravel()),
            "nb_log_prior": fitted.first.log_prior[len(blocks)].tolist(),  # this block's
        }
        if analyser == "concepts":
            block["lexicon"] = CONCEPTS  # the artifact carries the lexicon it was trained with
        blocks.append(block)
    return {
        "format": FORMAT,
        "labels": list(LABELS),
        "blocks": blocks,
        "trees": export_trees(fitted.trees),
        "metadata": metadata,
    }


def export_trees(model: HistGradientBoostingClassifier) -> dict[str, Any]:
    """The trees in classifiers.trees's layout, labels in LABELS order. Thresholds and leaf
    values keep every digit: they are few, and the runtime then branches exactly as
    scikit-learn does."""
    order = [list(model.classes_).index(label) for label in LABELS]
    found: list[tuple[list[int], list[float], list[float]]] = [
        _complete(predictors[column].nodes)
        for predictors in model._predictors  # private: there is no public view of the trees
        for column in order
    ]
    return {
        "depth": TREE_DEPTH,
        "inputs": list(input_names(BLOCKS, LABELS)),
        "baseline": model._baseline_prediction.ravel()[order].tolist(),
        "features": [value for tree in found for value in tree[0]],
        "thresholds": [value for tree in found for value in tree[1]],
        "leaves": [value for tree in found for value in tree[2]],
    }


def _complete(nodes: Any) -> tuple[list[int], list[float], list[float]]:
    """One tree as (feature, threshold) per inner position and a value per leaf position of
    the complete tree of TREE_DEPTH; a leaf reached early fills every leaf below it."""
    inner = 2**TREE_DEPTH - 1
    chosen, thresholds, leaves = [0] * inner, [0.0] * inner, [0.0] * (inner + 1)

    def place(node: int, position: int, level: int) -> None:
        record = nodes[node]
        if record["is_leaf"]:
            span = 2 ** (TREE_DEPTH - level)
            first = (position + 1) * span - 1 - inner
            leaves[first : first + span] = [float(record["value"])] * span
            return
        if level == TREE_DEPTH or record["is_categorical"]:
            raise ValueError("a tree deeper than TREE_DEPTH, or a categorical split")
        chosen[position] = int(record["feature_idx"])
        thresholds[position] = float(record["num_threshold"])
        place(int(record["left"]), 2 * position + 1, level + 1)
        place(int(record["right"]), 2 * position + 2, level + 1)

    place(0, 0, 0)
    return chosen, thresholds, leaves


def _rounded(values: Any) -> list[float]:
    """Seven significant digits: the artifact is half the size (held-out scores are measured on
    the rounded model itself)."""
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
            "estimator": "LinearSVC and per-block MultinomialNB, means of the folds' models",
            "C": C,
            "class_weight": "balanced",
            "nb_alpha": NB_ALPHA,
            "folds": FOLDS,
            "trees": {"estimator": "HistGradientBoostingClassifier", **TREES},
        },
    }


def train(corpus: Path, output: Path) -> dict[str, Any]:
    progress = Progress(steps=len(BLOCKS) + 4)
    entries = store.load(corpus)
    train_set = [entry.example for entry in entries if not entry.held_out]
    held_out = [entry.example for entry in entries if entry.held_out]
    progress.step(f"corpus: {len(train_set)} to train on, {len(held_out)} held out")
    artifact = export(fit(train_set, progress), metadata(entries, corpus))
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
