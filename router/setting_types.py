"""The field types every settings section shares: `${VAR}` expansion, secret references (the
secret itself stays in the environment), model names, and the frozen base of every section."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, SecretStr

_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_SECRET_REFERENCE = re.compile(r"^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$")


def _expand_environment(value: str) -> str:
    """Replaces `${NAME}` and `${NAME:-default}` with values from the environment."""

    def substitute(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        found = os.environ.get(name)
        if found:
            return found
        if default is not None:
            return default
        raise ValueError(f"environment variable {name} is not set (write ${{{name}:-default}})")

    return _REFERENCE.sub(substitute, value)


def _check_secret_reference(value: str) -> str:
    if not _SECRET_REFERENCE.match(value):
        raise ValueError(
            "secrets are read from the environment: write a reference such as "
            "${ANTHROPIC_API_KEY}, never the secret itself"
        )
    return value


EnvExpanded = Annotated[str, AfterValidator(_expand_environment)]
SecretReference = Annotated[str, AfterValidator(_check_secret_reference)]
ModelName = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")]


def resolve_secret(
    reference: str | None, environ: Mapping[str, str] | None = None
) -> SecretStr | None:
    """The value behind a `${NAME}` reference, or None when the variable is unset or empty."""
    if reference is None:
        return None
    match = _SECRET_REFERENCE.match(reference)
    value = (environ if environ is not None else os.environ).get(match.group(1)) if match else None
    return SecretStr(value) if value else None


def secret_variable(reference: str) -> str:
    """The variable name in a `${NAME}` reference."""
    return reference[2:-1]


class Frozen(BaseModel):
    """Settings sections: immutable once loaded, unknown keys rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")
