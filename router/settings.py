"""The one typed settings model: frozen, unknown keys rejected, validated at startup.

Values come from the YAML file (see `router.config_file`), then `ROUTER_*` environment
overrides (`ROUTER_SERVER__PORT=9000`). Secrets are never written in the file: a secret field
holds a `${VARIABLE}` reference and the value is read from the environment when the router
starts. The field defaults are the embedded defaults used when no file is given.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    Discriminator,
    Field,
    Tag,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from policies.facts import ModelFacts
from policies.schema import Policy, Rule, Then
from router.service_settings import (
    BudgetSettings,
    CacheSettings,
    Client,
    LedgerSettings,
    ReportSettings,
)
from router.setting_types import EnvExpanded, Frozen, ModelName, SecretReference

AUTO_MODEL = "auto"


class Price(Frozen):
    """US dollars per million tokens."""

    input_per_mtok: Decimal = Field(ge=0)
    output_per_mtok: Decimal = Field(ge=0)
    cache_read_per_mtok: Decimal | None = Field(
        default=None, ge=0, description="Input read from the prompt cache; default: as input."
    )
    cache_write_per_mtok: Decimal | None = Field(
        default=None, ge=0, description="Input written to the prompt cache; default: as input."
    )


class HostedModel(Frozen):
    """A model behind an HTTP API, called through LiteLLM: a hosted provider, or an
    OpenAI-compatible engine on your own machines (llama-server, vLLM, SGLang, Ollama)."""

    name: ModelName = Field(description="The name clients and policies use.")
    kind: Literal["hosted", "openai_compatible"] = "hosted"
    litellm_model: str = Field(
        pattern=r"^[a-z0-9_-]+/.+$", description="LiteLLM's provider/model id."
    )
    api_base: EnvExpanded | None = Field(
        default=None, description="Endpoint override (a gateway, or a test server)."
    )
    api_key: SecretReference | None = Field(
        default=None, description="A ${VARIABLE} naming where the API key is."
    )
    timeout_s: float = Field(default=600.0, gt=0, description="Whole-request timeout.")
    max_output_tokens: int | None = Field(
        default=None, ge=1, description="max_tokens sent when the client gives none."
    )
    price: Price | None = Field(default=None, description="Overrides LiteLLM's price map.")
    location: Literal["local", "hosted"] = Field(
        default="hosted",
        description="Where the model runs; `local` only for an openai_compatible engine on "
        "machines you control. The privacy guard keeps sensitive requests off hosted models.",
    )
    trusted_for_sensitive: bool = Field(
        default=False, description="Hosted, yet allowed to see sensitive requests."
    )

    @model_validator(mode="after")
    def _provider_is_hosted(self) -> HostedModel:
        if self.kind == "hosted" and self.location == "local":
            raise ValueError(
                "location: a kind: hosted provider does not run on this machine; declare an "
                "engine you run yourself as kind: openai_compatible"
            )
        return self

    @property
    def provider(self) -> str:
        """LiteLLM's provider: `anthropic` of `anthropic/claude-sonnet-4-5`."""
        return self.litellm_model.split("/")[0]

    def facts(self) -> ModelFacts:
        return ModelFacts(self.name, self.location, self.trusted_for_sensitive)


class Sampling(Frozen):
    temperature: float = Field(ge=0, le=2)
    top_p: float = Field(ge=0, le=1)
    top_k: int = Field(default=20, ge=0)
    min_p: float = Field(default=0.0, ge=0, le=1)
    presence_penalty: float = Field(default=1.1, ge=-2, le=2)


class LoopDetection(Frozen):
    """Stops output whose end repeats one unit: `min_repeats` times over `min_span_chars`."""

    enabled: bool = True
    min_repeats: int = Field(default=8, ge=2)
    min_span_chars: int = Field(default=256, ge=16)
    max_period_chars: int = Field(default=128, ge=1)


class LocalModel(Frozen):
    """A GGUF model run in-process by llama.cpp, one generation at a time."""

    name: ModelName
    kind: Literal["local"]
    path: Path = Field(description="The GGUF file.")
    n_ctx: int = Field(default=8192, ge=64, description="Context window in tokens.")
    n_gpu_layers: int = Field(default=0, ge=-1, description="-1 offloads every layer.")
    n_threads: int | None = Field(default=None, ge=1)
    n_batch: int = Field(default=512, ge=1)
    chat_template: str | None = Field(
        default=None, description="Jinja template; the GGUF's own when not given."
    )
    enable_thinking: bool = Field(default=False, description="Default for requests.")
    sampling: Sampling = Sampling(temperature=0.7, top_p=0.8)
    thinking_sampling: Sampling = Sampling(temperature=1.0, top_p=0.95)
    max_tokens: int = Field(default=4096, ge=1, description="When the client gives none.")
    max_queue: int = Field(default=8, ge=0, description="Requests waiting behind the one running.")
    price_per_busy_hour: Decimal = Field(default=Decimal(0), ge=0)
    loop_detection: LoopDetection = LoopDetection()

    @property
    def provider(self) -> str:
        return "local"

    def facts(self) -> ModelFacts:
        return ModelFacts(self.name, "local")


def _model_kind(value: object) -> str:
    kind = value.get("kind", "hosted") if isinstance(value, dict) else getattr(value, "kind", "")
    return "kind=local" if kind == "local" else "kind=hosted"


# The tags are not key names, so error locations leave them out (see config_file).
ModelConfig = Annotated[
    Annotated[HostedModel, Tag("kind=hosted")] | Annotated[LocalModel, Tag("kind=local")],
    Discriminator(_model_kind),
]


class ServerSettings(Frozen):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=1, le=65535)
    max_body_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    log_level: Literal["debug", "info", "warning", "error"] = "info"


class Retry(Frozen):
    """Tries of one model before the next in the chain, with jittered exponential backoff."""

    attempts: int = Field(
        default=2, ge=1, le=10, description="Tries per model, the first included."
    )
    backoff_s: float = Field(default=0.25, ge=0, le=60, description="The first wait's ceiling.")
    max_backoff_s: float = Field(default=4.0, ge=0, le=600)
    max_retry_after_s: float = Field(
        default=10.0, ge=0, le=600, description="A longer Retry-After moves on to the next model."
    )


class CircuitBreaker(Frozen):
    """A model that fails `failures` times in a row is skipped for `cooldown_s`, then tried once."""

    failures: int = Field(default=5, ge=1)
    cooldown_s: float = Field(default=30.0, gt=0)


class Stickiness(Frozen):
    """A conversation stays on the model that first served it, unless the guard forbids it."""

    enabled: bool = True
    ttl_s: float = Field(default=3600.0, gt=0)
    max_sessions: int = Field(default=100_000, ge=1)


class RoutingSettings(Frozen):
    """Where `auto` goes: a bundled policy, a policy file, or rules written here."""

    policy: str | None = Field(
        default=None,
        description="A bundled policy (default, privacy-first, cost-saver) or a YAML file.",
    )
    rules: tuple[Rule, ...] | None = None
    default: Then | None = None
    watch: bool = Field(default=True, description="Reload when the file changes (and on SIGHUP).")
    retry: Retry = Retry()
    circuit_breaker: CircuitBreaker = CircuitBreaker()
    stickiness: Stickiness = Stickiness()

    @model_validator(mode="after")
    def _one_source(self) -> RoutingSettings:
        if self.policy is not None and (self.rules is not None or self.default is not None):
            raise ValueError("give either `policy` or `rules` and `default`, not both")
        if self.rules is not None and self.default is None:
            raise ValueError("`rules` need a `default` for requests no rule matches")
        return self

    def inline_policy(self) -> Policy | None:
        if self.default is None:
            return None
        return Policy(rules=self.rules or (), default=self.default)


def _default_models() -> tuple[ModelConfig, ...]:
    return (
        HostedModel(
            name="claude-sonnet",
            litellm_model="anthropic/claude-sonnet-4-5",
            api_key="${ANTHROPIC_API_KEY}",
            price=Price(input_per_mtok=Decimal(3), output_per_mtok=Decimal(15)),
        ),
        LocalModel(
            name="qwen-local",
            kind="local",
            path=Path("models/Qwen3.5-35B-A3B-Q4_K_M.gguf"),
            n_ctx=32768,
            n_gpu_layers=-1,
        ),
    )


class Settings(BaseSettings):
    """Everything the router is configured with."""

    model_config = SettingsConfigDict(
        frozen=True, extra="forbid", env_prefix="ROUTER_", env_nested_delimiter="__"
    )

    server: ServerSettings = ServerSettings()
    models: tuple[ModelConfig, ...] = Field(default_factory=_default_models, min_length=1)
    default_model: ModelName = "claude-sonnet"
    routing: RoutingSettings = RoutingSettings()
    ledger: LedgerSettings = LedgerSettings()
    cache: CacheSettings = CacheSettings()
    budgets: BudgetSettings = BudgetSettings()
    reports: ReportSettings = ReportSettings()
    clients: tuple[Client, ...] = Field(
        default=(), description="When any are listed, every API request must carry a key."
    )

    @model_validator(mode="before")
    @classmethod
    def _default_models_come_with_the_default_policy(cls, data: object) -> object:
        """The embedded models are routed by the bundled `default` policy; a file that lists
        its own models and no routing sends `auto` to `default_model`."""
        if isinstance(data, dict) and "models" not in data and "routing" not in data:
            return {**data, "routing": {"policy": "default"}}
        return data

    @model_validator(mode="after")
    def _names_are_consistent(self) -> Settings:
        names = [model.name for model in self.models]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"model names must be unique; repeated: {', '.join(duplicates)}")
        if AUTO_MODEL in names:
            raise ValueError(f"'{AUTO_MODEL}' is reserved for routing and cannot name a model")
        if self.default_model not in names:
            raise ValueError(
                f"default_model '{self.default_model}' is not one of the models: {', '.join(names)}"
            )
        client_names = [client.name for client in self.clients]
        if len(set(client_names)) != len(client_names):
            raise ValueError("client names must be unique")
        baseline = self.ledger.baseline_model
        if baseline is not None and baseline not in names:
            raise ValueError(f"ledger.baseline_model '{baseline}' is not one of the models")
        inline = self.routing.inline_policy()
        unknown = inline.unknown_models(set(names)) if inline is not None else []
        if unknown:
            where, name = unknown[0]
            key = ".".join(map(str, ("routing", *where)))
            raise ValueError(f"{key}: unknown model {name!r} (configured: {', '.join(names)})")
        return self

    def model_facts(self) -> dict[str, ModelFacts]:
        """What the privacy guard knows of each model."""
        return {model.name: model.facts() for model in self.models}

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment overrides the file (passed as init values); no .env files are read.
        return env_settings, init_settings
