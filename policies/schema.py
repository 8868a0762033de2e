"""The routing policy as users write it in YAML: ordered rules, first match wins, then a default.

    routing:
      rules:
        - name: design-to-claude
          when: {label: [architecture, webgl], confidence: {min: 0.6}}
          then: {target: claude-sonnet, fallbacks: [qwen-local], params: {temperature: 0.6}}
      default: {target: qwen-local, fallbacks: [claude-sonnet]}

Every condition left out matches anything, except `model`: a rule without it routes requests
for `auto` only, so a client that names a configured model gets that model (the privacy guard
still applies) unless a rule with a `model` condition redirects it. A `model` condition may
also name a model that is not configured, which makes the name an alias clients can use.
The default applies to `auto` requests that no rule matched.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Label = Literal["crud", "architecture", "webgl", "security_sensitive", "general"]
BudgetState = Literal["ok", "warning", "exceeded"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Range(_Strict):
    """Inclusive bounds; either may be left out."""

    min: float | None = Field(default=None, allow_inf_nan=False)
    max: float | None = Field(default=None, allow_inf_nan=False)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self


def _as_tuple(value: Any) -> Any:
    return (value,) if isinstance(value, str) else value


def _some_of(value: Any) -> Any:
    if isinstance(value, list | tuple) and not value:
        raise ValueError("an empty list matches nothing; leave the condition out to match all")
    return _as_tuple(value)


class When(_Strict):
    """Conditions; all given ones must hold. Lists mean "any of these"; `tags` means "all"."""

    label: tuple[Label, ...] = ()
    confidence: Range | None = None
    prompt_tokens: Range | None = None  # estimated tokens of the whole prompt
    tools: bool | None = None  # the request offers tools
    images: bool | None = None  # the request carries images
    model: tuple[str, ...] = ()  # the name the client asked for; left out: "auto" only
    api_key: tuple[str, ...] = ()  # names of client keys, never the keys themselves
    tenant: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # from the x-router-tags header; every one must be present
    local_queue: Range | None = None  # requests waiting for the local model
    local_wait_ms: Range | None = None  # the local model's estimated wait
    budget: tuple[BudgetState, ...] = ()
    sensitive: bool | None = None  # the scanner or the model found sensitive content

    listed = field_validator(
        "label", "model", "api_key", "tenant", "tags", "budget", mode="before"
    )(_some_of)


class Cache(_Strict):
    enabled: bool = True
    ttl_s: int = Field(default=3600, ge=0)


class Escalate(_Strict):
    """Retry on the next model of the chain when the local model loops or fails."""

    on_loop: bool = False
    on_failure: bool = False


class Params(_Strict):
    """Generation parameters a rule may set; any other key is a typo, refused at load."""

    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    top_k: int | None = Field(default=None, ge=0)
    max_tokens: int | None = Field(default=None, ge=1)
    enable_thinking: bool | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    seed: int | None = None


class Then(_Strict):
    target: str = Field(min_length=1)
    fallbacks: tuple[str, ...] = ()
    params: Params = Params()
    cache: Cache = Cache()
    escalate: Escalate = Escalate()

    listed = field_validator("fallbacks", mode="before")(_as_tuple)

    @model_validator(mode="after")
    def _no_repeats(self) -> Then:
        chain = (self.target, *self.fallbacks)
        if len(set(chain)) != len(chain):
            raise ValueError(f"a model appears twice in target and fallbacks: {list(chain)}")
        return self

    @property
    def chain(self) -> tuple[str, ...]:
        return (self.target, *self.fallbacks)


class Rule(_Strict):
    name: str = Field(min_length=1)
    when: When = When()
    then: Then


class Policy(_Strict):
    rules: tuple[Rule, ...] = ()
    default: Then

    @model_validator(mode="after")
    def _unique_names(self) -> Policy:
        names = [rule.name for rule in self.rules]
        repeated = sorted({name for name in names if names.count(name) > 1 or name == "default"})
        if repeated:
            raise ValueError(f"rule names must be unique and not 'default': {repeated}")
        return self

    def unknown_models(self, known: set[str]) -> list[tuple[tuple[str | int, ...], str]]:
        """(where, name) for every target or fallback that is not a configured model."""
        places: list[tuple[tuple[str | int, ...], Then]] = [(("default",), self.default)]
        places += [(("rules", i, "then"), rule.then) for i, rule in enumerate(self.rules)]
        found: list[tuple[tuple[str | int, ...], str]] = []
        for where, then in places:
            if then.target not in known:
                found.append(((*where, "target"), then.target))
            found += [
                ((*where, "fallbacks", j), name)
                for j, name in enumerate(then.fallbacks)
                if name not in known
            ]
        return found
