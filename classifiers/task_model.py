"""The trained task-label model, read from its JSON artifact and run without scikit-learn.

Two stages. Over TF-IDF blocks (words, character n-grams or concepts of one part of the chat:
the latest turn, the context, the reply before the latest turn), a linear SVM scores each label
once per block, and so does a multinomial naive Bayes model (its log-probabilities, each block
on its own); gradient-boosted trees then read those scores and the parts' lengths and give the
probabilities. The trees learn what one summed linear score cannot: that a one-line
follow-up is read through the conversation before it, and how far to trust each block.

Training (classifiers.train) fits both with scikit-learn and writes plain JSON: per block its
vocabulary, inverse document frequencies and weights (and the lexicon for concept blocks), then
the trees (classifiers.trees). Prediction repeats the arithmetic with numpy on the few thousand
n-grams of one request, which is far quicker than scikit-learn's per-call validation; a test
holds the two to the same inputs and probabilities.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from classifiers.features import (
    FIELDS,
    ConceptFinder,
    ModelInput,
    char_ngrams,
    normalise,
    word_ngrams,
)
from classifiers.key_index import KeyIndex
from classifiers.trees import Floats, Trees

FORMAT = "llm-router-task-model/2"
ARTIFACT = "task_model.json.gz"
Rows = npt.NDArray[np.intp]


class ArtifactError(ValueError):
    """The model file is missing, unreadable or not one this code can run."""


def log_softmax(scores: Floats) -> Floats:
    """Log-probabilities from scores, along the last axis."""
    top = scores.max(axis=-1, keepdims=True)
    return scores - top - np.log(np.exp(scores - top).sum(axis=-1, keepdims=True))  # type: ignore[no-any-return]


def input_names(blocks: Sequence[tuple[str, str]], labels: Sequence[str]) -> tuple[str, ...]:
    """What the trees read, in order: each (field, analyser) block's SVM score per label, then
    each block's naive Bayes log-probability per label, then each part's length (log of 1 +
    characters)."""
    names = [f"{field}/{analyser}" for field, analyser in blocks]
    scores = tuple(f"{name}:{label}" for name in names for label in labels)
    bayes = tuple(f"{name}:nb:{label}" for name in names for label in labels)
    return scores + bayes + tuple(f"{field}:length" for field in FIELDS)


@dataclass(frozen=True, slots=True)
class Prediction:
    label: str
    confidence: float  # calibrated probability of `label`
    probabilities: dict[str, float]


@dataclass(frozen=True, slots=True)
class _Block:
    field: str  # which part of ModelInput it reads
    rows: Callable[[str], Rows]  # the block's own rows of a text's n-grams, repeats kept


class TaskModel:
    """Immutable once loaded; safe to share between threads."""

    def __init__(self, artifact: object) -> None:
        if not isinstance(artifact, dict) or artifact.get("format") != FORMAT:
            found = artifact.get("format") if isinstance(artifact, dict) else type(artifact)
            raise ArtifactError(f"not a {FORMAT} artifact: format={found!r}")
        try:
            self.labels: tuple[str, ...] = tuple(artifact["labels"])
            self.metadata: dict[str, Any] = dict(artifact["metadata"])
            blocks = [_block(spec, len(self.labels)) for spec in artifact["blocks"]]
            self._blocks = tuple(block for block, _, _, _ in blocks)
            self._fields = frozenset(block.field for block in self._blocks)  # the ones read
            # All blocks in one row space, so one request costs a handful of numpy calls; a
            # row's SVM weights and naive Bayes log-probabilities side by side.
            self._offsets = np.cumsum([0] + [len(idf) for _, idf, _, _ in blocks])
            self._idf = np.concatenate([idf for _, idf, _, _ in blocks])
            self._weights = np.vstack([weights for _, _, weights, _ in blocks])
            self._priors = np.vstack([prior for _, _, _, prior in blocks])  # log, per block
            names = [(spec["field"], spec["analyser"]) for spec in artifact["blocks"]]
            self._trees = Trees(artifact["trees"], len(self.labels))
        except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as error:
            raise ArtifactError(f"malformed task model artifact: {error!r}") from error
        if self._trees.inputs != input_names(names, self.labels):
            raise ArtifactError(f"malformed task model artifact: trees read {self._trees.inputs}")

    @classmethod
    def load(cls, path: Path | None = None) -> TaskModel:
        """The artifact at `path`, or the one shipped in this package."""
        source = path or resources.files("classifiers").joinpath(ARTIFACT)
        try:
            with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
                return cls(json.load(text))
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ArtifactError(f"cannot read the task model at {source}: {error}") from error

    def inputs(self, item: ModelInput) -> Floats:
        """What the trees read (input_names): each block's SVM scores, then its naive Bayes
        log-probabilities, then each part's length."""
        texts = {field: normalise(getattr(item, field)) for field in self._fields}
        rows = np.concatenate(
            [
                block.rows(texts[block.field]) + offset
                for block, offset in zip(self._blocks, self._offsets, strict=False)
            ]
        )
        lengths = np.log1p(item.lengths())
        labels = len(self.labels)
        scores = np.zeros((len(self._blocks), labels))
        bayes = self._priors.copy()  # a block without terms: its prior
        if rows.size:
            terms, counts = np.unique(rows, return_counts=True)
            values = (1.0 + np.log(counts)) * self._idf[terms]  # sublinear tf x idf
            ends = np.searchsorted(terms, self._offsets)  # where each block's terms start
            for block, (start, end) in enumerate(pairwise(ends)):
                if start < end:  # each block is normalised on its own, as in training
                    mine = values[start:end]
                    mine /= np.sqrt(mine @ mine)
                    both = mine @ self._weights[terms[start:end]]
                    scores[block] = both[:labels]
                    bayes[block] += both[labels:]
        return np.concatenate([scores.ravel(), log_softmax(bayes).ravel(), lengths])

    def probabilities(self, item: ModelInput) -> Floats:
        logits = self._trees.raw(self.inputs(item))
        exp = np.exp(logits - logits.max())
        return exp / exp.sum()  # type: ignore[no-any-return]

    def predict(self, item: ModelInput) -> Prediction:
        probabilities = self.probabilities(item)
        best = int(probabilities.argmax())
        return Prediction(
            self.labels[best],
            float(probabilities[best]),
            dict(zip(self.labels, probabilities.tolist(), strict=True)),
        )


def _block(spec: dict[str, Any], n_labels: int) -> tuple[_Block, Floats, Floats, Floats]:
    """The block; its idf, and its SVM weights then naive Bayes log-probabilities, in the order
    its rows count them; and its naive Bayes log prior."""
    vocabulary: list[Any] = spec["vocabulary"]
    idf = np.asarray(spec["idf"], dtype=np.float64)
    svm = np.asarray(spec["weights"], dtype=np.float64).reshape(len(vocabulary), n_labels)
    bayes = np.asarray(spec["nb_log_prob"], dtype=np.float64).reshape(len(vocabulary), n_labels)
    prior = np.asarray(spec["nb_log_prior"], dtype=np.float64)
    if spec["field"] not in FIELDS or idf.shape != (len(vocabulary),) or prior.shape != (n_labels,):
        raise ValueError(f"bad block {spec['field']!r}/{spec['analyser']!r}")
    weights = np.hstack([svm, bayes])
    if spec["analyser"] == "words":
        return _Block(spec["field"], _term_rows(vocabulary, word_ngrams)), idf, weights, prior
    if spec["analyser"] == "concepts":
        finder = ConceptFinder({name: tuple(forms) for name, forms in spec["lexicon"].items()})
        return _Block(spec["field"], _term_rows(vocabulary, finder)), idf, weights, prior
    if spec["analyser"] == "chars":
        keys = np.asarray(vocabulary, dtype=np.uint64)
        return _Block(spec["field"], _char_rows(keys)), idf, weights, prior
    raise ValueError(f"unknown analyser {spec['analyser']!r}")


def _term_rows(vocabulary: list[str], analyse: Callable[[str], list[str]]) -> Callable[[str], Rows]:
    index = {term: row for row, term in enumerate(vocabulary)}

    def rows(text: str) -> Rows:
        found = [row for row in map(index.get, analyse(text)) if row is not None]
        return np.asarray(found, dtype=np.intp)

    return rows


def _char_rows(keys: npt.NDArray[np.uint64]) -> Callable[[str], Rows]:
    index = KeyIndex(keys)

    def rows(text: str) -> Rows:
        found = index.rows(char_ngrams(text))
        return found[found >= 0]

    return rows
