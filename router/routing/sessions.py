"""Session stickiness: a conversation stays on the model that served it, which keeps the
provider's prompt cache warm and tool-call state on one model.

A conversation is named by the client (`x-router-session`) or, failing that, by a digest of
what every later request of it repeats: the requested model, the system prompt and the first
user turn; either way within the calling client's own key. Entries expire after `ttl_s`
and the oldest go first past `max_sessions`.
"""

from __future__ import annotations

import hashlib
import re

from cachetools import TTLCache

from router.settings import Stickiness

SESSION_HEADER = "x-router-session"
_CLIENT_SESSION = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def session_key(
    header: str | None,
    requested_model: str,
    turns: list[tuple[str, str]],
    caller: str | None = None,
) -> str:
    """`caller` (the client key's name) keeps one client's conversations apart from
    another's, even when they open with the same words or name the same session."""
    owner = caller or ""
    if header and _CLIENT_SESSION.match(header):
        return f"client:{owner}:{header}"
    system = next((text for role, text in turns if role in ("system", "developer")), "")
    first_user = next((text for role, text in turns if role == "user"), "")
    digest = hashlib.blake2b(digest_size=16)
    for part in (owner, requested_model, system, first_user):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return "chat:" + digest.hexdigest()


class Sessions:
    """The model each recent conversation was served by."""

    def __init__(self, config: Stickiness) -> None:
        """Sized at start-up; whether stickiness applies is read from the policy in force."""
        self._models: TTLCache[str, str] = TTLCache(config.max_sessions, config.ttl_s)

    def model_for(self, key: str) -> str | None:
        return self._models.get(key)

    def remember(self, key: str, model: str) -> None:
        self._models[key] = model

    def __len__(self) -> int:
        return len(self._models)
