"""What runs on the llama.cpp worker thread: one generation, streamed back piece by piece.

It drives `Llama.generate` token by token: each token is turned into text once, whatever its
length, and decoded incrementally (multi-byte characters may span tokens); stop strings are
matched on a short held-back tail; tokens are counted exactly. llama-cpp-python's own
`create_completion` re-detokenizes the whole completion at every token, which grows with the
output.
"""

from __future__ import annotations

import codecs
import ctypes
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import llama_cpp


@dataclass(frozen=True, slots=True)
class Sampling:
    max_tokens: int
    temperature: float
    top_p: float
    top_k: int
    min_p: float
    presence_penalty: float
    frequency_penalty: float
    stop: tuple[str, ...] = ()
    seed: int | None = None


@dataclass(frozen=True, slots=True)
class Finished:
    """The last item of every generation."""

    finish_reason: str
    completion_tokens: int
    seconds: float  # generating, from the worker's start (not counting time in the queue)


Emit = Callable[[object], None]


@dataclass
class _StopMatcher:
    """Holds back just enough text to tell whether a stop string is starting."""

    stops: tuple[str, ...]
    held: str = ""
    hold: int = field(init=False)

    def __post_init__(self) -> None:
        self.hold = max((len(stop) for stop in self.stops), default=1) - 1

    def feed(self, text: str) -> tuple[str, bool]:
        """(text safe to emit, whether a stop string was reached)."""
        self.held += text
        found = [index for stop in self.stops if (index := self.held.find(stop)) >= 0]
        if found:
            return self.held[: min(found)], True
        cut = len(self.held) - self.hold
        if cut <= 0:
            return "", False
        ready, self.held = self.held[:cut], self.held[cut:]
        return ready, False


class TokenText:
    """A token's bytes. llama-cpp-python's own `detokenize` cuts every token at 32 bytes and
    silently drops longer ones; this grows its buffer to whatever llama.cpp asks for."""

    def __init__(self, vocab: Any, *, special: bool = False) -> None:
        self._vocab = vocab
        self._special = special  # render control tokens (<|im_end|>) as their text
        self._buffer = ctypes.create_string_buffer(64)

    def __call__(self, token: int) -> bytes:
        size = llama_cpp.llama_token_to_piece(
            self._vocab, token, self._buffer, len(self._buffer), 0, self._special
        )
        if size < 0:  # too small: llama.cpp says how much it needs
            self._buffer = ctypes.create_string_buffer(-size)
            size = llama_cpp.llama_token_to_piece(
                self._vocab, token, self._buffer, len(self._buffer), 0, self._special
            )
        return self._buffer.raw[:size]


def run_generation(
    llm: Any, prompt: list[int], sampling: Sampling, cancel: threading.Event, emit: Emit
) -> None:
    """Emits text pieces, then `Finished`; or the exception that stopped it.

    Checks `cancel` before every token, so a cancelled request frees the model within one.
    """
    try:
        finished = _generate(llm, prompt, sampling, cancel, emit)
    except Exception as exc:  # noqa: BLE001 - handed to the event loop, which translates it
        emit(exc)
        return
    emit(finished)


def _generate(
    llm: Any, prompt: list[int], sampling: Sampling, cancel: threading.Event, emit: Emit
) -> Finished:
    began = time.perf_counter()
    if cancel.is_set():  # cancelled while queued: skip even the prompt's prefill
        return Finished("stop", 0, 0.0)
    vocab = llama_cpp.llama_model_get_vocab(llm.model)
    piece = TokenText(vocab)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    stops = _StopMatcher(sampling.stop)
    # The seed stays on the model, so a request without one must not inherit the last one's.
    llm.set_seed(sampling.seed if sampling.seed is not None else random.getrandbits(31))
    count = 0
    reason = "length"
    hit_stop = False
    tokens = llm.generate(
        prompt,
        top_k=sampling.top_k,
        top_p=sampling.top_p,
        min_p=sampling.min_p,
        temp=sampling.temperature,
        repeat_penalty=1.0,
        presence_penalty=sampling.presence_penalty,
        frequency_penalty=sampling.frequency_penalty,
    )
    for token in tokens:
        if cancel.is_set() or llama_cpp.llama_vocab_is_eog(vocab, token):
            reason = "stop"
            break
        count += 1
        text = decoder.decode(piece(token))
        ready, hit_stop = stops.feed(text) if sampling.stop else (text, False)
        if ready:
            emit(ready)
        if hit_stop:
            reason = "stop"
            break
        if count >= sampling.max_tokens:
            break
    tokens.close()
    if not hit_stop:  # what a stop string cut off is never sent
        tail = stops.held + decoder.decode(b"", final=True)
        if tail:
            emit(tail)
    return Finished(reason, count, time.perf_counter() - began)
