"""Gradient-boosted trees run in numpy: the task model's second stage.

Training (classifiers.train) fits scikit-learn's HistGradientBoostingClassifier and stores its
trees in a complete binary layout of a fixed depth: a tree that stops early has its leaf's value
copied into every leaf below it. One request then walks all the trees at once, one level per
numpy step, whatever their number.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]


class Trees:
    """Immutable once loaded; safe to share between threads."""

    def __init__(self, spec: dict[str, Any], n_classes: int) -> None:
        self.depth = int(spec["depth"])
        if not 1 <= self.depth <= 16:
            raise ValueError(f"malformed trees: depth {self.depth}")
        self.inputs: tuple[str, ...] = tuple(spec["inputs"])
        inner, leaves = 2**self.depth - 1, 2**self.depth
        self._baseline = np.asarray(spec["baseline"], dtype=np.float64)
        # Flat, tree after tree: a node's slot is its tree's base plus its position.
        self._features = np.asarray(spec["features"], dtype=np.intp)
        self._thresholds = np.asarray(spec["thresholds"], dtype=np.float64)
        self._leaves = np.asarray(spec["leaves"], dtype=np.float64)
        count = len(self._features) // inner
        if (
            self._baseline.shape != (n_classes,)
            or count % n_classes
            or self._features.shape != (count * inner,)
            or self._thresholds.shape != (count * inner,)
            or self._leaves.shape != (count * leaves,)
            or (self._features < 0).any()
            or (self._features >= len(self.inputs)).any()
        ):
            raise ValueError("malformed trees")
        self._inner_base = np.arange(count) * inner
        self._leaf_base = np.arange(count) * leaves - inner  # positions count inner nodes first
        self._classes = n_classes

    def raw(self, inputs: Floats) -> Floats:
        """The summed leaf values per class (the trees are ordered round by round, class by
        class within a round), before the softmax."""
        position = np.zeros(len(self._inner_base), dtype=np.intp)
        for _ in range(self.depth):
            slot = self._inner_base + position
            position = 2 * position + 1 + (inputs[self._features[slot]] > self._thresholds[slot])
        values = self._leaves[self._leaf_base + position]
        return self._baseline + values.reshape(-1, self._classes).sum(axis=0)  # type: ignore[no-any-return]
