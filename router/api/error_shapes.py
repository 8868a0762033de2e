"""How each API dialect spells an error, and which dialect a path speaks."""

from __future__ import annotations

from typing import Any

from router.errors import ModelBusy, RouterError

ANTHROPIC_PATHS = "/v1/messages"
# Anthropic's error types by HTTP status (https://docs.anthropic.com/en/api/errors).
_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
    429: "rate_limit_error",
    504: "timeout_error",
    529: "overloaded_error",
}
OVERLOADED = 529  # Anthropic's status for "try again soon": a full local queue


def openai_error(error: RouterError) -> dict[str, Any]:
    """OpenAI's `{"error": {message, type, param, code}}`."""
    return {
        "error": {
            "message": error.message,
            "type": error.type,
            "param": error.param,
            "code": error.code,
        }
    }


def anthropic_status(error: RouterError) -> int:
    return OVERLOADED if isinstance(error, ModelBusy) else error.status


def anthropic_error(error: RouterError) -> dict[str, Any]:
    """Anthropic's `{"type": "error", "error": {type, message}}`."""
    kind = _ANTHROPIC_TYPES.get(anthropic_status(error), "api_error")
    return {"type": "error", "error": {"type": kind, "message": error.message}}


def speaks_anthropic(path: str) -> bool:
    return path == ANTHROPIC_PATHS or path.startswith(ANTHROPIC_PATHS + "/")
