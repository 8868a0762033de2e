"""Reading a JSON request body within a size limit, with a clear error for each way it fails."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import ClientDisconnect, Request

from router.errors import InvalidRequest, PayloadTooLarge

M = TypeVar("M", bound=BaseModel)


async def read_json_object(request: Request, limit: int) -> dict[str, Any]:
    """The body as a JSON object; 413 past `limit` bytes, 400 for bad UTF-8, JSON or shape."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise InvalidRequest("the client went away before sending the whole body") from exc
    raw = b"".join(chunks)
    if not raw.strip():
        raise InvalidRequest("the request body is empty: send a JSON object")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidRequest(f"the request body is not valid UTF-8 (byte {exc.start})") from exc
    try:
        payload = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InvalidRequest(f"the request body is not valid JSON: {exc}") from exc
    if not isinstance(payload, dict):
        raise InvalidRequest("the request body must be a JSON object")
    return payload


def parse_model(schema: type[M], payload: dict[str, Any]) -> M:
    """`payload` validated into `schema`; the deepest problem becomes a 400 naming its field."""
    try:
        return schema.model_validate(payload)
    except ValidationError as exc:
        errors = exc.errors()
        first = max(errors, key=lambda error: len(error["loc"]))  # the most specific problem
        param = ".".join(str(part) for part in first["loc"] if not _is_type_tag(part)) or None
        where = f"{param}: " if param else ""
        message = str(first["ctx"]["error"]) if first["type"] == "value_error" else first["msg"]
        raise InvalidRequest(f"{where}{message}", param=param) from exc


def _is_type_tag(part: int | str) -> bool:
    """Pydantic names the union member it tried (`str`, `list[...]`); clients want fields."""
    return isinstance(part, str) and (not part.isidentifier() or part in _TYPE_NAMES)


_TYPE_NAMES = frozenset({"str", "int", "float", "bool", "dict", "list", "none"})


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"the request body is larger than the limit of {limit} bytes")
