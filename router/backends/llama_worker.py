"""What runs on the llama.cpp worker thread: one generation, streamed back piece by piece."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from llama_cpp import StoppingCriteriaList


@dataclass(frozen=True, slots=True)
class Finished:
    """The last item of every generation."""

    finish_reason: str


Emit = Callable[[object], None]


def run_generation(
    llm: Any, prompt: list[int], params: dict[str, Any], cancel: threading.Event, emit: Emit
) -> None:
    """Emits text pieces, then `Finished`; or the exception that stopped it.

    Checks `cancel` before every token, so a cancelled request frees the model within one.
    """
    if cancel.is_set():
        emit(Finished("stop"))
        return
    stop_when_cancelled = StoppingCriteriaList([lambda _ids, _logits: cancel.is_set()])
    finish = "stop"
    try:
        for chunk in llm.create_completion(
            prompt=prompt, stream=True, stopping_criteria=stop_when_cancelled, **params
        ):
            choice = chunk["choices"][0]
            if choice["text"]:
                emit(choice["text"])
            finish = choice["finish_reason"] or finish
    except Exception as exc:  # noqa: BLE001 - handed to the event loop, which translates it
        emit(exc)
        return
    emit(Finished(finish))
