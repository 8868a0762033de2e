"""Turning chat messages into a local model's prompt with its Jinja chat template."""

from __future__ import annotations

from jinja2 import TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from router.backends.base import Json
from router.errors import InvalidRequest


def _raise_exception(message: str) -> None:
    raise TemplateError(message)


class PromptRenderer:
    """Renders messages with a chat template, in a sandbox (templates come from model files)."""

    def __init__(self, template: str, bos_token: str, eos_token: str) -> None:
        environment = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        environment.globals["raise_exception"] = _raise_exception
        self._template = environment.from_string(template)
        self._bos, self._eos = bos_token, eos_token

    def render(
        self, model: str, messages: list[Json], tools: list[Json] | None, template_kwargs: Json
    ) -> str:
        variables = {
            **template_kwargs,  # the client's extras never replace the router's own
            "messages": [_flatten(model, message) for message in messages],
            "tools": tools,
            "add_generation_prompt": True,
            "bos_token": self._bos,
            "eos_token": self._eos,
        }
        try:
            return self._template.render(variables)
        except (TemplateError, TypeError, ValueError) as exc:
            raise InvalidRequest(f"model '{model}' cannot take these messages: {exc}") from exc


def _flatten(model: str, message: Json) -> Json:
    """Text content parts joined into one string; other parts cannot reach a text model."""
    content = message.get("content")
    if not isinstance(content, list):
        return {**message, "content": content or ""}
    texts: list[str] = []
    for part in content:
        if part.get("type") not in ("text", "refusal"):
            raise InvalidRequest(
                f"model '{model}' accepts text only, not {part.get('type')} parts",
                param="messages",
            )
        texts.append(str(part.get("text") or part.get("refusal") or ""))
    return {**message, "content": "\n".join(texts)}


def opens_thinking(prompt: str, open_tag: str = "<think>") -> bool:
    """Whether the template already opened a thinking block for the model to continue."""
    return prompt.rstrip().endswith(open_tag)
