"""What the task model reads: a bounded slice of the chat, cut into words, n-grams and concepts.

The latest user turn sets the task, so the model reads its head and tail; the system prompt and
the earlier user turns are read separately (their own features) and only in short heads, and so
is the head of the assistant's reply just before the latest turn, which tells what a short
follow-up ("and from above?", "now the tests") is about. However large the payload, the slice
stays under a few kilobytes, which bounds the model's cost. The same functions serve training
and inference, so what the model learnt is exactly what it is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import ahocorasick
import numpy as np
import numpy.typing as npt

LATEST_HEAD = 700  # characters of the latest user turn read from its start
LATEST_TAIL = 200  # and from its end, where the question often follows pasted material
CONTEXT_HEAD = 300  # characters read from the first system prompt and earlier user turns
CONTEXT_TURNS = 2  # the user turns just before the latest one are read
REPLY_HEAD = 150  # characters read from the assistant's reply before the latest user turn
# Coding agents (Claude Code and its kin) wrap their own boilerplate into the user's turn
# between these tags; it is the same whatever the task, so the model does not read it.
_REMINDER_OPEN, _REMINDER_CLOSE = "<system-reminder>", "</system-reminder>"

_WORD = re.compile(r"\w\w+")
# Scripts written without spaces between words: Han and kana.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CHAR_NGRAMS = (1, 2, 3, 4)


FIELDS = ("latest", "context", "reply")  # the parts of ModelInput a feature block may read


@dataclass(frozen=True, slots=True)
class ModelInput:
    latest: str  # the latest user turn, head and tail
    context: str  # system prompt and earlier user turns, heads only
    reply: str = ""  # the head of the assistant's reply before the latest user turn

    def lengths(self) -> list[int]:
        """Characters in each part, in FIELDS order."""
        return [len(self.latest), len(self.context), len(self.reply)]


def model_input(messages: list[tuple[str, str]]) -> ModelInput:
    """The slice of a chat the model reads; `messages` are (role, text) in order."""
    users = [without_reminders(text) for role, text in messages if role == "user"]
    latest = users[-1] if users else (messages[-1][1] if messages else "")
    if len(latest) > LATEST_HEAD + LATEST_TAIL:
        latest = f"{latest[:LATEST_HEAD]} … {latest[-LATEST_TAIL:]}"
    system = next((text for role, text in messages if role in ("system", "developer")), "")
    context = [system[:CONTEXT_HEAD]] if system else []
    context += [text[:CONTEXT_HEAD] for text in users[-1 - CONTEXT_TURNS : -1]]
    return ModelInput(latest, "\n".join(context), reply_before_latest(messages)[:REPLY_HEAD])


def reply_before_latest(messages: list[tuple[str, str]]) -> str:
    """The last assistant turn before the latest user turn ("" when there is none)."""
    reply = before = ""
    for role, text in messages:
        if role == "assistant":
            reply = text
        elif role == "user":
            before = reply
    return before


def without_reminders(text: str) -> str:
    """`text` without agents' `<system-reminder>` blocks, unless nothing else is left; in one
    pass (an unclosed tag ends the search), so it is linear in the text whatever it holds."""
    if _REMINDER_OPEN not in text:
        return text
    kept: list[str] = []
    start = 0
    while (opened := text.find(_REMINDER_OPEN, start)) >= 0:
        closed = text.find(_REMINDER_CLOSE, opened)
        if closed < 0:
            break
        kept.append(text[start:opened])
        start = closed + len(_REMINDER_CLOSE)
    kept.append(text[start:])
    rest = "".join(kept).strip()
    return rest or text


class ConceptFinder:
    """Topic words in any of ten languages, each mapped to one concept id (classifiers.concepts).

    What the model learns from "shadow" in English then carries to "тень", "그림자" and "阴影".
    A form matches at the start of a word (so a stem catches its inflections) or, in Chinese
    and Japanese, anywhere; one Aho-Corasick pass over the text, linear in its length.
    """

    def __init__(self, concepts: dict[str, tuple[str, ...]]) -> None:
        self._automaton = ahocorasick.Automaton()
        for name, forms in concepts.items():
            for form in forms:
                self._automaton.add_word(form, (len(form), name, bool(_UNSPACED.search(form))))
        self._automaton.make_automaton()
        self._empty = not concepts

    def __call__(self, text: str) -> list[str]:
        if self._empty:
            return []
        # A match of `length` characters ending at `end` starts a word when nothing or a
        # non-alphanumeric character precedes it.
        return [
            name
            for end, (length, name, anywhere) in self._automaton.iter(text)
            if anywhere or end < length or not text[end - length].isalnum()
        ]


def normalise(text: str) -> str:
    """Lower case, runs of white space to one space."""
    return " ".join(text.lower().split())  # split() and re's \s agree on white space


def word_ngrams(text: str) -> list[str]:
    """Runs of two or more word characters and the pairs of neighbouring ones."""
    words = _WORD.findall(text)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def char_ngrams(text: str) -> npt.NDArray[np.uint64]:
    """Every run of CHAR_NGRAMS characters, spaces included, as a 64-bit polynomial hash.

    Character n-grams carry languages written without spaces and code alike. Hashing them in
    numpy, rather than slicing out thousands of strings, is what keeps a request well under a
    millisecond; at 64 bits two n-grams of one vocabulary practically never share a key.
    """
    padded = f" {text} ".encode("utf-32-le", "surrogatepass")  # lone surrogates come from JSON
    codes = np.frombuffer(padded, dtype=np.uint32).astype(np.uint64)
    rolling = codes + _HASH_SEED
    keys = [rolling] if 1 in CHAR_NGRAMS else []
    for n in range(2, max(CHAR_NGRAMS) + 1):
        rolling = rolling[:-1] * _HASH_MULTIPLIER + codes[n - 1 :]  # wraps modulo 2**64
        if n in CHAR_NGRAMS:
            keys.append(rolling)
    return np.concatenate(keys)


_HASH_SEED = np.uint64(0x9E3779B97F4A7C15)
_HASH_MULTIPLIER = np.uint64(0xD6E8FEB86659FD93)
