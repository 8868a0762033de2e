"""The Anthropic Messages request body, validated where the router reads it.

The router checks what it must understand to classify, route, and translate for a local
model: roles, the blocks it translates, and the types of the sampling fields. Everything else
(`cache_control`, `context_management`, `output_config`, new block types and fields) is
accepted as it came and, on the way to Claude, forwarded untouched: the body that reaches
Anthropic is the client's own, not a re-serialisation of this model.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Open(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow")


class TextBlock(_Open):
    type: Literal["text"]
    text: str


class Source(_Open):
    type: str
    media_type: str | None = None
    data: str | None = None
    url: str | None = None


class MediaBlock(_Open):
    type: Literal["image", "document"]
    source: Source


class ToolUseBlock(_Open):
    type: Literal["tool_use"]
    id: Annotated[str, Field(min_length=1)]
    name: Annotated[str, Field(min_length=1)]
    input: dict[str, Any]


class ToolResultBlock(_Open):
    type: Literal["tool_result"]
    tool_use_id: Annotated[str, Field(min_length=1)]
    content: str | list[dict[str, Any]] | None = None
    is_error: bool | None = None


class ThinkingBlock(_Open):
    type: Literal["thinking"]
    thinking: str
    signature: str | None = None


_KNOWN: dict[str, type[_Open]] = {
    "text": TextBlock,
    "image": MediaBlock,
    "document": MediaBlock,
    "tool_use": ToolUseBlock,
    "tool_result": ToolResultBlock,
    "thinking": ThinkingBlock,
}


def _check_blocks(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Known block types are checked; others (`redacted_thinking`, server tools, newer kinds)
    pass as they are, since Claude knows them and the local translation skips them."""
    for index, block in enumerate(blocks):
        kind = block.get("type")
        if not isinstance(kind, str):
            raise ValueError(f"block {index} needs a string 'type'")
        schema = _KNOWN.get(kind)
        if schema is not None:
            try:
                schema.model_validate(block)
            except ValueError as exc:
                raise ValueError(f"block {index} ({kind}): {_first_problem(exc)}") from exc
    return blocks


def _first_problem(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    first = errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


class Message(_Open):
    # Newer models take mid-conversation `system` turns (agents' reminders); so does the router.
    role: Literal["user", "assistant", "system"]
    content: str | list[dict[str, Any]]

    @field_validator("content")
    @classmethod
    def _blocks(cls, value: str | list[dict[str, Any]]) -> str | list[dict[str, Any]]:
        return value if isinstance(value, str) else _check_blocks(value)


class Tool(_Open):
    name: Annotated[str, Field(min_length=1, max_length=128)]
    type: str | None = None  # absent or "custom": a client tool; otherwise a server tool
    description: str | None = None
    input_schema: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _custom_needs_schema(self) -> Tool:
        if self.type in (None, "custom") and self.input_schema is None:
            raise ValueError("a custom tool needs input_schema")
        return self


class ToolChoice(_Open):
    type: Literal["auto", "any", "tool", "none"]
    name: str | None = None
    disable_parallel_tool_use: bool | None = None

    @model_validator(mode="after")
    def _named(self) -> ToolChoice:
        if self.type == "tool" and not self.name:
            raise ValueError("tool_choice of type 'tool' needs a name")
        return self


class Thinking(_Open):
    type: Literal["enabled", "disabled", "adaptive"]
    budget_tokens: Annotated[int, Field(ge=1)] | None = None


class Metadata(_Open):
    user_id: str | None = None


class MessagesRequest(_Open):
    model: Annotated[str, Field(min_length=1, max_length=256)]
    max_tokens: Annotated[int, Field(ge=1)]
    messages: Annotated[list[Message], Field(min_length=1)]
    system: str | list[TextBlock] | None = None
    stream: bool = False
    temperature: Annotated[float, Field(ge=0, le=1)] | None = None
    top_p: Annotated[float, Field(ge=0, le=1)] | None = None
    top_k: Annotated[int, Field(ge=0)] | None = None
    stop_sequences: list[str] | None = None
    tools: list[Tool] | None = None
    tool_choice: ToolChoice | None = None
    thinking: Thinking | None = None
    metadata: Metadata | None = None

    @property
    def thinking_on(self) -> bool:
        return self.thinking is not None and self.thinking.type != "disabled"


class CountTokensRequest(_Open):
    """`/v1/messages/count_tokens`: a Messages request without `max_tokens` or `stream`."""

    model: Annotated[str, Field(min_length=1, max_length=256)]
    messages: Annotated[list[Message], Field(min_length=1)]
    system: str | list[TextBlock] | None = None
    tools: list[Tool] | None = None
    tool_choice: ToolChoice | None = None
    thinking: Thinking | None = None
