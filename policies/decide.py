"""The pure routing decision: the first rule whose conditions hold, else the default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from operator import attrgetter
from typing import Any

from policies.facts import RequestFacts
from policies.schema import Cache, Escalate, Policy, Range, Then, When

Check = Callable[[RequestFacts], bool]


@dataclass(frozen=True, slots=True)
class Decision:
    rule: str  # the matching rule's name, or "default"
    target: str
    fallbacks: tuple[str, ...]
    params: dict[str, Any]
    cache: Cache
    escalate: Escalate
    reasons: tuple[str, ...]  # why, in order, for explanations and the ledger

    @property
    def chain(self) -> tuple[str, ...]:
        return (self.target, *self.fallbacks)


class Decider:
    """A policy compiled for speed: each rule keeps only the checks its `when` gives, so a
    request costs a few calls per rule tried. Immutable; safe to share between threads."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._rules = [
            (checks(rule.when), _decision(rule.name, rule.then, f"rule {rule.name!r} matched"))
            for rule in policy.rules
        ]
        self._default = _decision("default", policy.default, "no rule matched; the default applies")

    def __call__(self, facts: RequestFacts) -> Decision:
        for tests, decision in self._rules:
            for test in tests:
                if not test(facts):
                    break
            else:
                return replace(decision, params=dict(decision.params))
        return replace(self._default, params=dict(self._default.params))


def decide(policy: Policy, facts: RequestFacts) -> Decision:
    """The first rule of `policy` whose conditions hold for `facts`, else its default."""
    return Decider(policy)(facts)


def checks(when: When) -> tuple[Check, ...]:
    """One test per condition that `when` gives; a request matches when all of them pass."""
    found: list[Check] = []
    for wanted, read in (
        (when.label, _label),
        (when.model, _requested_model),
        (when.api_key, _api_key),
        (when.tenant, _tenant),
        (when.budget, _budget),
    ):
        if wanted:
            found.append(partial(_one_of, frozenset(wanted), read))
    for flag, read_flag in (
        (when.sensitive, _sensitive),
        (when.tools, _has_tools),
        (when.images, _has_images),
    ):
        if flag is not None:
            found.append(partial(_is, flag, read_flag))
    if when.tags:
        found.append(partial(_has_tags, frozenset(when.tags)))
    for bounds, read_number in (
        (when.confidence, _confidence),
        (when.prompt_tokens, _prompt_tokens),
        (when.local_queue, _local_queue),
        (when.local_wait_ms, _local_wait_ms),
    ):
        if bounds is not None:
            found.append(partial(_within, bounds, read_number))
    return tuple(found)


def _one_of(
    allowed: frozenset[str], read: Callable[[RequestFacts], str | None], facts: RequestFacts
) -> bool:
    return read(facts) in allowed


def _is(wanted: bool, read: Callable[[RequestFacts], bool], facts: RequestFacts) -> bool:
    return read(facts) == wanted


def _has_tags(tags: frozenset[str], facts: RequestFacts) -> bool:
    return tags <= facts.tags


def _within(
    bounds: Range, read: Callable[[RequestFacts], float | None], facts: RequestFacts
) -> bool:
    return bounds.holds(read(facts))


_label = attrgetter("label")
_requested_model = attrgetter("requested_model")
_api_key = attrgetter("api_key")
_tenant = attrgetter("tenant")
_budget = attrgetter("budget")
_sensitive = attrgetter("sensitive")
_has_tools = attrgetter("has_tools")
_has_images = attrgetter("has_images")
_confidence = attrgetter("confidence")
_prompt_tokens = attrgetter("prompt_tokens")
_local_queue = attrgetter("local_queue")
_local_wait_ms = attrgetter("local_wait_ms")


def _decision(rule: str, then: Then, reason: str) -> Decision:
    return Decision(
        rule, then.target, then.fallbacks, dict(then.params), then.cache, then.escalate, (reason,)
    )
