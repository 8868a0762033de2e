"""The task-label model: corpus, training, the exported artifact and its held-out scores."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers import train
from classifiers.corpus import build, independent, store
from classifiers.corpus.example import LABELS
from classifiers.evaluate import held_out_scores
from classifiers.features import CHAR_NGRAMS, char_ngrams, model_input, normalise
from classifiers.key_index import KeyIndex
from classifiers.task_model import ARTIFACT, ArtifactError, TaskModel
from classifiers.trees import Trees

REQUIRED_LANGUAGES = ("en", "es", "de", "zh", "ja")
FLOOR = 0.95  # the target for held-out macro-F1
INDEPENDENT_FLOOR = 0.97  # against regressions on prompts written blind to the corpus
SHIPPED = Path(str(resources.files("classifiers").joinpath(ARTIFACT)))


@pytest.fixture(scope="module")
def corpus() -> list[store.Entry]:
    return store.load()


@pytest.fixture(scope="module")
def shipped() -> TaskModel:
    return TaskModel.load()


def sample(entries: list[store.Entry], every: int) -> list[store.Entry]:
    """Every n-th entry of each split, keeping all labels; quick to train on."""
    return [entry for index, entry in enumerate(entries) if index % every == 0]


def test_corpus_is_large_varied_and_split_by_group(corpus: list[store.Entry]) -> None:
    assert len(corpus) >= 2000
    languages = Counter(entry.example.lang for entry in corpus)
    for language in REQUIRED_LANGUAGES:
        assert languages[language] >= max(400, 0.05 * len(corpus)), (language, languages)
    for label in LABELS:
        mine = [entry for entry in corpus if entry.example.label == label]
        held = sum(entry.held_out for entry in mine)
        assert held >= 0.2 * len(mine), (label, held, len(mine))
    sides: dict[str, set[bool]] = {}
    for entry in corpus:
        sides.setdefault(entry.example.group, set()).add(entry.held_out)
    assert all(len(side) == 1 for side in sides.values()), "a group straddles the split"
    shapes = Counter(
        "multi-turn" if sum(role == "user" for role, _ in e.example.messages) > 1 else "single"
        for e in corpus
    )
    assert shapes["multi-turn"] >= 0.1 * len(corpus)


def test_corpus_file_is_built_from_the_sources() -> None:
    """corpus.jsonl is what `python -m classifiers.corpus.build` writes today."""
    built = build.entries()
    assert built == store.load()
    assert store.dump(built) == store.corpus_path().read_text("utf-8")


def test_exported_artifact_gives_scikit_learns_probabilities(
    corpus: list[store.Entry],
) -> None:
    entries = sample(corpus, every=3)
    train_set = [entry.example for entry in entries if not entry.held_out]
    held_out = [entry.example for entry in entries if entry.held_out]
    fitted = train.fit(train_set)
    exported = TaskModel(train.export(fitted, metadata={}))
    items = [model_input(list(example.messages)) for example in held_out]
    # The first stage: each block's SVM scores and naive Bayes log-probabilities, the lengths.
    matrix = train.block_matrix(fitted.vectorisers, held_out)
    expected_inputs = fitted.first.inputs(matrix, train.part_lengths(held_out))
    inputs = np.asarray([exported.inputs(item) for item in items])
    # The artifact keeps seven significant digits; log-probabilities sum many of them.
    np.testing.assert_allclose(inputs, expected_inputs, rtol=1e-4, atol=1e-5)
    assert np.abs(inputs[:, :-3]).max() > 0.5  # the scores are not all zero
    assert (inputs[:, :-3] < -1e-3).mean() > 0.3  # log-probabilities are there too
    # The second stage: the trees, on the same inputs.
    order = [list(fitted.trees.classes_).index(label) for label in exported.labels]
    expected = fitted.trees.predict_proba(inputs)[:, order]
    got = np.asarray([exported.probabilities(item) for item in items])
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9)
    assert (got.argmax(axis=1) == expected.argmax(axis=1)).all()
    assert len({tuple(row) for row in got.round(6)}) > len(got) // 2  # the trees do branch


def read_artifact(path: Path) -> dict[str, Any]:
    """The artifact without what legitimately varies by machine: library versions and the
    scores, whose last digits follow the CPU's BLAS (compared with a tolerance instead)."""
    with gzip.open(path, "rt", encoding="utf-8") as text:
        artifact: dict[str, Any] = json.load(text)
    metadata = artifact["metadata"]
    metadata.pop("libraries")
    artifact["scores"] = flat(metadata.pop("held_out_scores"))
    artifact["independent"] = flat(metadata.pop("independent_scores"))
    return artifact


def flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        return {
            k: v for key, item in value.items() for k, v in flat(item, f"{prefix}.{key}").items()
        }
    if isinstance(value, list):
        return {
            k: v for i, item in enumerate(value) for k, v in flat(item, f"{prefix}[{i}]").items()
        }
    return {prefix: value}


def assert_same_model(first: Path, second: Path) -> None:
    a, b = read_artifact(first), read_artifact(second)
    assert a.pop("scores") == pytest.approx(b.pop("scores"), rel=1e-5)
    assert a.pop("independent") == pytest.approx(b.pop("independent"), rel=1e-5)
    assert a == b


def test_training_is_reproducible(corpus: list[store.Entry], tmp_path: Path) -> None:
    subset = tmp_path / "corpus.jsonl"
    subset.write_text(store.dump(sample(corpus, every=4)), encoding="utf-8")
    first, second = tmp_path / "first.json.gz", tmp_path / "second.json.gz"
    train.train(subset, first)
    train.train(subset, second)
    assert_same_model(first, second)


def test_the_training_command_rebuilds_the_shipped_artifact(tmp_path: Path) -> None:
    rebuilt = tmp_path / "task_model.json.gz"
    finished = subprocess.run(
        [sys.executable, "-m", "classifiers.train", "--output", str(rebuilt)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "[1/" in finished.stderr  # progress
    assert "held-out macro-F1" in finished.stderr
    assert_same_model(rebuilt, SHIPPED)  # else retrain: python -m classifiers.train


def test_shipped_artifact_records_what_made_it(shipped: TaskModel) -> None:
    assert shipped.labels == LABELS
    assert shipped.metadata["corpus"]["sha256"] == store.digest()
    assert set(shipped.metadata["libraries"]) >= {"scikit-learn", "numpy", "scipy", "python"}
    assert shipped.metadata["held_out_scores"]["final"]["macro_f1"] >= FLOOR


def test_held_out_scores_meet_the_target(shipped: TaskModel, corpus: list[store.Entry]) -> None:
    held_out = [entry.example for entry in corpus if entry.held_out]
    scores = train.rounded_scores(held_out_scores(shipped, held_out))
    stored = shipped.metadata["held_out_scores"]
    assert flat(scores) == pytest.approx(flat(stored), rel=1e-5)  # recomputed, not copied
    assert scores["final"]["macro_f1"] >= FLOOR
    assert scores["model"]["macro_f1"] >= FLOOR - 0.01


def test_the_independent_set_is_apart_from_the_corpus(corpus: list[store.Entry]) -> None:
    blind = list(independent.examples())
    assert Counter(example.label for example in blind) == dict.fromkeys(LABELS, 60)
    assert len({example.lang for example in blind}) >= 10
    trained = {entry.example.messages for entry in corpus}
    assert not [example.group for example in blind if example.messages in trained]


def test_independent_scores_are_recorded(shipped: TaskModel) -> None:
    scores = train.rounded_scores(held_out_scores(shipped, list(independent.examples())))
    stored = shipped.metadata["independent_scores"]
    assert flat(scores) == pytest.approx(flat(stored), rel=1e-5)  # recomputed, not copied
    assert scores["final"]["macro_f1"] >= INDEPENDENT_FLOOR


def test_the_evaluation_command_prints_the_report() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "classifiers.evaluate"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "macro-F1" in finished.stdout
    assert "confusion" in finished.stdout
    for label in LABELS:
        assert label in finished.stdout
    assert finished.stderr == ""  # the shipped model matches the corpus


def test_the_evaluation_command_scores_the_independent_set() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "classifiers.evaluate", "--independent"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert f"({len(list(independent.examples()))} independent examples)" in finished.stdout


def test_confidence_is_a_probability(shipped: TaskModel) -> None:
    prediction = shipped.predict(model_input([("user", "write a GLSL fragment shader")]))
    assert abs(sum(prediction.probabilities.values()) - 1) < 1e-9
    assert prediction.confidence == max(prediction.probabilities.values())
    assert 0.2 <= prediction.confidence <= 1


def test_the_model_reads_a_bounded_slice_of_huge_payloads(shipped: TaskModel) -> None:
    huge = "SELECT * FROM orders WHERE id = 1;\n" * 150_000  # about 5 MB
    chat = [("system", huge)] * 50 + [("user", huge), ("assistant", "ok")] * 50 + [("user", huge)]
    item = model_input(chat)
    assert len(item.latest) + len(item.context) + len(item.reply) < 2_500
    assert shipped.predict(item).label in LABELS


@pytest.mark.parametrize(
    ("chat", "reply"),
    [
        ([("user", "a"), ("assistant", "first"), ("user", "b")], "first"),
        ([("user", "a"), ("assistant", "first"), ("user", "b"), ("user", "c")], "first"),
        ([("user", "a"), ("assistant", "x"), ("assistant", "y"), ("user", "b")], "y"),
        ([("user", "a"), ("assistant", "first"), ("user", "b"), ("assistant", "late")], "first"),
        ([("system", "s"), ("user", "a")], ""),
        ([], ""),
    ],
)
def test_the_model_reads_the_reply_before_the_latest_turn(
    chat: list[tuple[str, str]], reply: str
) -> None:
    assert model_input(chat).reply == reply


def test_a_short_follow_up_is_read_through_the_reply_before_it(shipped: TaskModel) -> None:
    def webgl(reply: str) -> float:
        chat = [
            ("user", "can you help with the page?"),
            ("assistant", reply),
            ("user", "now slower"),
        ]
        return shipped.predict(model_input(chat)).probabilities["webgl"]

    three = "mesh.rotation.y += 0.01 * delta; renderer.render(scene, camera);"
    assert webgl(three) > webgl("Sure, what would you like to change?")


@pytest.mark.parametrize(
    "text", ["Schreib 一个 three.js シーン, por favor!  x", "", "a", "lone \ud800 surrogate"]
)
def test_char_ngrams_key_every_short_run_of_characters(text: str) -> None:
    padded = f" {text} "
    runs = [padded[i : i + n] for n in CHAR_NGRAMS for i in range(len(padded) - n + 1)]
    keys = char_ngrams(text).tolist()
    assert len(keys) == len(runs)
    assert len(set(keys)) == len(set(runs))  # no two different runs share a key
    by_run = dict(zip(runs, keys, strict=True))
    assert all(by_run[run] == key for run, key in zip(runs, keys, strict=True))  # stable


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"not gzip", "cannot read"),
        (gzip.compress(b"{not json"), "cannot read"),
        (gzip.compress(json.dumps({"format": "other/1"}).encode()), "not a"),
        (
            gzip.compress(json.dumps({"format": "llm-router-task-model/2"}).encode()),
            "malformed",
        ),
        (gzip.compress(json.dumps({"format": "llm-router-task-model/1"}).encode()), "not a"),
        (gzip.compress(b"[1, 2]"), "not a"),
        (gzip.compress(b'{"format": "\xff"}'), "cannot read"),
        (gzip.compress(b"{}")[:-12] + b"garbage!" * 3, "cannot read"),
    ],
)
def test_bad_artifacts_are_refused_clearly(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "model.json.gz"
    path.write_bytes(content)
    with pytest.raises(ArtifactError, match=problem):
        TaskModel.load(path)
    with pytest.raises(ArtifactError, match="cannot read"):
        TaskModel.load(tmp_path / "missing.json.gz")


def test_trees_walk_as_scikit_learn_does_equal_values_go_left() -> None:
    # One round, two classes; depth 2: x0 <= 0.5 goes left; on the right x1 <= 2.0 decides.
    spec = {
        "depth": 2,
        "inputs": ["x0", "x1"],
        "baseline": [0.0, 1.0],
        # The first class's tree (its left leaf reached early fills both leaves below it),
        # then the second's: a single leaf.
        "features": [0, 0, 1, 0, 0, 0],
        "thresholds": [0.5, 0.0, 2.0, 0.0, 0.0, 0.0],
        "leaves": [1.0, 1.0, 2.0, 3.0, 0.5, 0.5, 0.5, 0.5],
    }
    trees = Trees(spec, n_classes=2)
    assert trees.raw(np.asarray([0.5, 9.0])).tolist() == [1.0, 1.5]
    assert trees.raw(np.asarray([0.6, 2.0])).tolist() == [2.0, 1.5]
    assert trees.raw(np.asarray([0.6, 2.1])).tolist() == [3.0, 1.5]
    with pytest.raises(ValueError, match="malformed"):
        Trees({**spec, "features": [0, 0, 2, 0, 0, 0]}, n_classes=2)  # no third input
    with pytest.raises(ValueError, match="malformed"):
        Trees({**spec, "leaves": spec["leaves"][:-1]}, n_classes=2)


def test_an_artifact_whose_trees_read_other_inputs_is_refused() -> None:
    with gzip.open(SHIPPED, "rt", encoding="utf-8") as text:
        artifact = json.load(text)
    trees = artifact["trees"]
    artifact["trees"] = {**trees, "inputs": trees["inputs"][1:] + trees["inputs"][:1]}
    with pytest.raises(ArtifactError, match="trees read"):
        TaskModel(artifact)
    for depth in (3, 10**9):
        artifact["trees"] = {**trees, "depth": depth}
        with pytest.raises(ArtifactError, match="malformed"):
            TaskModel(artifact)


def test_prediction_needs_neither_scikit_learn_nor_scipy() -> None:
    code = (
        "import sys, classifiers.classify as c; c.Classifier()\n"
        "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))"
    )
    finished = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert finished.stdout.strip() == "[]"


@settings(max_examples=200, deadline=None)
@given(
    keys=st.sets(st.integers(0, 2**64 - 1) | st.integers(0, 300), max_size=400),
    queries=st.lists(st.integers(0, 2**64 - 1) | st.integers(0, 300), max_size=200),
)
def test_the_key_index_finds_exactly_the_vocabulary(keys: set[int], queries: list[int]) -> None:
    vocabulary = sorted(keys)
    index = KeyIndex(np.asarray(vocabulary, dtype=np.uint64))
    position = {key: row for row, key in enumerate(vocabulary)}
    asked = queries + vocabulary  # every key of the vocabulary, and others
    found = index.rows(np.asarray(asked, dtype=np.uint64))
    assert found.tolist() == [position.get(key, -1) for key in asked]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8") | st.sampled_from("\x1c\x85\u2028\u3000\t\n")
    )
)
def test_normalise_collapses_exactly_what_regex_white_space_matches(text: str) -> None:
    assert normalise(text) == re.sub(r"\s+", " ", text.lower()).strip()
