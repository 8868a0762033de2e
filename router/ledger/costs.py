"""What a request cost, in exact decimals: hosted tokens x price per million (the configured
price first, LiteLLM's offline cost map second), local busy time x the hourly price, and the
counterfactual: the same tokens priced on the baseline hosted model."""

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
class Price:
    """USD per million input and output tokens (hosted), or per busy hour (local)."""

    input_per_mtok: Decimal = ZERO
    output_per_mtok: Decimal = ZERO
    per_busy_hour: Decimal = ZERO
    known: bool = True  # False: no price anywhere, so costs read as zero


class Costs:
    def __init__(self, prices: Mapping[str, Price], baseline: str | None) -> None:
        self._prices = dict(prices)
        self._baseline = self._prices.get(baseline) if baseline is not None else None

    def cost(self, model: str | None, prompt: int, completion: int, busy_s: float) -> Decimal:
        price = self._prices.get(model) if model is not None else None
        if price is None:
            return ZERO
        tokens = (prompt * price.input_per_mtok + completion * price.output_per_mtok) / MILLION
        busy = Decimal(repr(busy_s)) * price.per_busy_hour / SECONDS_PER_HOUR
        return (tokens + busy).quantize(CENT_FRACTION)

    def baseline_cost(self, prompt: int, completion: int) -> Decimal:
        price = self._baseline
        if price is None:
            return ZERO
        tokens = prompt * price.input_per_mtok + completion * price.output_per_mtok
        return (tokens / MILLION).quantize(CENT_FRACTION)


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
        return Price(model.price.input_per_mtok, model.price.output_per_mtok)
    provider_id = model.litellm_model
    entry = cost_map.get(provider_id) or cost_map.get(provider_id.split("/", 1)[1])
    if isinstance(entry, dict):
        per_input = entry.get("input_cost_per_token")
        per_output = entry.get("output_cost_per_token")
        if isinstance(per_input, int | float) and isinstance(per_output, int | float):
            return Price(Decimal(repr(per_input)) * MILLION, Decimal(repr(per_output)) * MILLION)
    if model.location == "hosted":
        log.warning(
            "no price for model %s (%s): set models[].price; its costs read as 0",
            model.name,
            provider_id,
        )
    return Price(known=False)
