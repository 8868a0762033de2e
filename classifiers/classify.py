"""The final classification of a request: scanner signals first, then the task model.

Any signal anywhere in the payload makes the request `security_sensitive`, whatever the model
says; otherwise the model's label stands, `security_sensitive` included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from classifiers.features import model_input
from classifiers.scanner import Scanner, Signal
from classifiers.task_model import Prediction, TaskModel

SENSITIVE = "security_sensitive"


@dataclass(frozen=True, slots=True)
class Classification:
    label: str
    confidence: float  # 1.0 when a scanner signal decided the label
    signals: tuple[Signal, ...]
    prediction: Prediction  # what the model alone said

    @property
    def signal_kinds(self) -> list[str]:
        return sorted({signal.kind for signal in self.signals})


class Classifier:
    """Scanner and model, both loaded once; `classify` is safe to call from any thread."""

    def __init__(self, scanner: Scanner | None = None, model: TaskModel | None = None) -> None:
        self.scanner = scanner or Scanner()
        self.model = model or TaskModel.load()

    def classify(self, turns: list[tuple[str, str]], payload: object = None) -> Classification:
        """`turns` are the chat's (role, text) for the model; the scanner reads all of
        `payload` (the whole request body), or the turns when no payload is given."""
        signals = tuple(self.scanner.scan_payload(turns if payload is None else payload))
        prediction = self.model.predict(model_input(turns))
        if signals:
            return Classification(SENSITIVE, 1.0, signals, prediction)
        return Classification(prediction.label, prediction.confidence, signals, prediction)


class InvalidChat(ValueError):
    """Messages that are not a list of objects with a role; the message says which."""


def chat_turns(messages: object) -> list[tuple[str, str]]:
    """(role, text) of OpenAI- or Anthropic-style messages; text parts joined, others skipped."""
    if not isinstance(messages, list):
        raise InvalidChat("messages must be a list")
    turns = []
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise InvalidChat(f"messages[{index}] must be an object with a string role")
        turns.append((message["role"], text_of(message.get("content"))))
    return turns


def text_of(content: Any) -> str:
    """The text of a message's content: a string, or the text of its parts or blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = (part.get("text") for part in content if isinstance(part, dict))
        return "\n".join(part for part in parts if isinstance(part, str))
    return ""
