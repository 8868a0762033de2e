"""What a request cost, in exact decimals: hosted tokens x price per million (the configured
price first, LiteLLM's offline cost map second), local busy time x the hourly price, and the
counterfactual: the same tokens priced on the baseline hosted model.

Input read from or written to a provider's prompt cache has its own price (Claude: reads at a
tenth of the input price, writes at 1.25x); without one, it costs what other input costs."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from router.settings import HostedModel, LocalModel, Settings

log = logging.getLogger(__name__)
MILLION = Decimal(1_000_000)
SECONDS_PER_HOUR = Decimal(3600)
CENT_FRACTION = Decimal("1e-10")  # what the ledger's money columns keep
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Tokens:
    prompt: int  # all of the input, cache reads and writes included
    completion: int
    cache_read: int = 0
    cache_write: int = 0


@dataclass(frozen=True, slots=True)
class Price:
    """USD per million input and output tokens (hosted), or per busy hour (local)."""

    input_per_mtok: Decimal = ZERO
    output_per_mtok: Decimal = ZERO
    per_busy_hour: Decimal = ZERO
    known: bool = True  # False: no price anywhere, so costs read as zero
    cache_read_per_mtok: Decimal | None = None  # None: as other input
    cache_write_per_mtok: Decimal | None = None

    def tokens_usd(self, tokens: Tokens) -> Decimal:
        read = min(tokens.cache_read, tokens.prompt)
        written = min(tokens.cache_write, tokens.prompt - read)
        fresh = tokens.prompt - read - written
        reading = (
            self.input_per_mtok if self.cache_read_per_mtok is None else self.cache_read_per_mtok
        )
        writing = (
            self.input_per_mtok if self.cache_write_per_mtok is None else self.cache_write_per_mtok
        )
        return (
            fresh * self.input_per_mtok
            + read * reading
            + written * writing
            + tokens.completion * self.output_per_mtok
        ) / MILLION


class Costs:
    def __init__(self, prices: Mapping[str, Price], baseline: str | None) -> None:
        self._prices = dict(prices)
        self._baseline = self._prices.get(baseline) if baseline is not None else None

    def cost(self, model: str | None, tokens: Tokens, busy_s: float) -> Decimal:
        price = self._prices.get(model) if model is not None else None
        if price is None:
            return ZERO
        busy = Decimal(repr(busy_s)) * price.per_busy_hour / SECONDS_PER_HOUR
        return (price.tokens_usd(tokens) + busy).quantize(CENT_FRACTION)

    def baseline_cost(self, tokens: Tokens) -> Decimal:
        price = self._baseline
        if price is None:
            return ZERO
        return price.tokens_usd(tokens).quantize(CENT_FRACTION)


def prices(settings: Settings, cost_map: Mapping[str, Any]) -> dict[str, Price]:
    """Each configured model's price; `cost_map` is LiteLLM's (per-token USD by model id)."""
    found: dict[str, Price] = {}
    for model in settings.models:
        if isinstance(model, LocalModel):
            found[model.name] = Price(per_busy_hour=model.price_per_busy_hour)
        else:
            found[model.name] = _hosted_price(model, cost_map)
    return found


def _hosted_price(model: HostedModel, cost_map: Mapping[str, Any]) -> Price:
    if model.price is not None:
        configured = model.price
        return Price(
            configured.input_per_mtok,
            configured.output_per_mtok,
            cache_read_per_mtok=configured.cache_read_per_mtok,
            cache_write_per_mtok=configured.cache_write_per_mtok,
        )
    provider_id = model.litellm_model
    entry = cost_map.get(provider_id) or cost_map.get(provider_id.split("/", 1)[1])
    if isinstance(entry, dict):
        per_input = _per_mtok(entry.get("input_cost_per_token"))
        per_output = _per_mtok(entry.get("output_cost_per_token"))
        if per_input is not None and per_output is not None:
            return Price(
                per_input,
                per_output,
                cache_read_per_mtok=_per_mtok(entry.get("cache_read_input_token_cost")),
                cache_write_per_mtok=_per_mtok(entry.get("cache_creation_input_token_cost")),
            )
    if model.location == "hosted":
        log.warning(
            "no price for model %s (%s): set models[].price; its costs read as 0",
            model.name,
            provider_id,
        )
    return Price(known=False)


def _per_mtok(per_token: object) -> Decimal | None:
    if isinstance(per_token, int | float) and not isinstance(per_token, bool):
        return Decimal(repr(per_token)) * MILLION
    return None
