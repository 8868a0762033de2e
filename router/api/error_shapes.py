"""How each API dialect spells an error."""

from __future__ import annotations

from typing import Any

from router.errors import RouterError


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
