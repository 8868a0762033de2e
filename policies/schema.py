"""The routing policy as users write it in YAML: ordered rules, first match wins, then a default.

    routing:
      rules:
        - name: design-to-claude
          when: {label: [architecture, webgl], confidence: {min: 0.6}}
          then: {target: claude-sonnet, fallbacks: [qwen-local], params: {temperature: 0.6}}
      default: {target: qwen-local, fallbacks: [claude-sonnet]}

Every condition left out matches anything; a rule with no `when` matches every request.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Label = Literal["crud", "architecture", "webgl", "security_sensitive", "general"]
BudgetState = Literal["ok", "warning", "exceeded"]
# Generation parameters a rule may set; anything else is a typo, refused at load.
PARAMS = frozenset(
    {"temperature", "top_p", "top_k", "max_tokens", "enable_thinking", "presence_penalty", "seed"}
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Range(_Strict):
    """Inclusive bounds; either may be left out."""

    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self

    def holds(self, value: float | None) -> bool:
        if value is None:
            return False  # a bound on an unknown quantity never matches
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


def _as_tuple(value: Any) -> Any:
    return (value,) if isinstance(value, str) else value


class When(_Strict):
    """Conditions; all given ones must hold. Lists mean "any of these"; `tags` means "all"."""

    label: tuple[Label, ...] = ()
    confidence: Range | None = None
    prompt_tokens: Range | None = None  # estimated tokens of the whole prompt
    tools: bool | None = None  # the request offers tools
    images: bool | None = None  # the request carries images
    model: tuple[str, ...] = ()  # the model name the client asked for ("auto" included)
    api_key: tuple[str, ...] = ()  # names of client keys, never the keys themselves
    tenant: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # from the x-router-tags header; every one must be present
    local_queue: Range | None = None  # requests waiting for the local model
    local_wait_ms: Range | None = None  # the local model's estimated wait
    budget: tuple[BudgetState, ...] = ()
    sensitive: bool | None = None  # the scanner or the model found sensitive content

    _listed = field_validator(
        "label", "model", "api_key", "tenant", "tags", "budget", mode="before"
    )(_as_tuple)


class Cache(_Strict):
    enabled: bool = True
    ttl_s: int = Field(default=3600, ge=0)


class Escalate(_Strict):
    """Retry on the next model of the chain when the local model loops or fails."""

    on_loop: bool = False
    on_failure: bool = False


class Then(_Strict):
    target: str = Field(min_length=1)
    fallbacks: tuple[str, ...] = ()
    params: dict[str, Any] = Field(default_factory=dict)
    cache: Cache = Cache()
    escalate: Escalate = Escalate()

    _listed = field_validator("fallbacks", mode="before")(_as_tuple)

    @field_validator("params")
    @classmethod
    def _known_params(cls, params: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(params) - PARAMS)
        if unknown:
            raise ValueError(f"unknown parameter(s) {unknown}; allowed: {sorted(PARAMS)}")
        return params

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
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated or "default" in names:
            raise ValueError(f"rule names must be unique and not 'default': {repeated or names}")
        return self

    def unknown_models(self, known: set[str]) -> list[str]:
        """`rules[i].then.target`-style places naming a model that is not configured."""
        places = [("default", self.default)] + [
            (f"rules[{i}] ({rule.name})", rule.then) for i, rule in enumerate(self.rules)
        ]
        return [
            f"{where}: unknown model {name!r}"
            for where, then in places
            for name in then.chain
            if name not in known
        ]
