"""The pure routing decision: the first rule whose conditions hold, else the default (for `auto`)
or the model the client named, then the privacy guard, always: there is no way to get a
decision the guard has not seen."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import replace

from policies.decision import Decision
from policies.facts import ModelFacts, RequestFacts
from policies.guard import guard
from policies.schema import Cache, Escalate, Policy, Then, When

Check = Callable[[RequestFacts], bool]
AUTO = "auto"  # the model name that asks the router to choose
REQUESTED = "requested-model"  # the rule name when a client's named model stands


class Decider:
    """A policy compiled for speed: each rule becomes one test of the conditions it gives, so a
    request costs one call per rule tried. Immutable; safe to share between threads.

    Calling it returns the guarded decision, or raises NoAllowedModel."""

    def __init__(
        self, policy: Policy, models: Mapping[str, ModelFacts], cache_sensitive: bool = False
    ) -> None:
        self.policy = policy
        self.models = dict(models)
        self.cache_sensitive = cache_sensitive
        self._rules = [
            (
                compile_when(rule.when),
                _decision(rule.name, rule.then, f"rule {rule.name!r} matched"),
            )
            for rule in policy.rules
        ]
        self._default = _decision("default", policy.default, "no rule matched; the default applies")

    def __call__(self, facts: RequestFacts) -> Decision:
        return guard(self._first_match(facts), facts, self.models, self.cache_sensitive)

    def _first_match(self, facts: RequestFacts) -> Decision:
        for holds, decision in self._rules:
            if holds(facts):
                return replace(decision, params=dict(decision.params))
        if facts.requested_model != AUTO:
            return _requested(facts.requested_model)
        return replace(self._default, params=dict(self._default.params))


def decide(policy: Policy, facts: RequestFacts, models: Mapping[str, ModelFacts]) -> Decision:
    """The first rule of `policy` whose conditions hold for `facts` (else its default), guarded."""
    return Decider(policy, models)(facts)


def compile_when(when: When) -> Check:
    """One function testing every condition `when` gives, as a single Python expression.

    The expression is built only from this module's fixed attribute names and operators; each
    value from the policy is passed in by name, never spliced into the source, so a policy
    cannot inject code. A rule costs one call however many conditions it has.
    """
    terms: list[str] = []
    values: dict[str, object] = {}

    def bind(value: object) -> str:
        name = f"v{len(values)}"
        values[name] = value
        return name

    # Without a `model` condition a rule routes requests for `auto` only: a client that names a
    # model gets it unless a rule names that model (to redirect it, or to define an alias).
    terms.append(f"f.requested_model in {bind(frozenset(when.model or (AUTO,)))}")
    for attribute, wanted in (
        ("label", when.label),
        ("api_key", when.api_key),
        ("tenant", when.tenant),
        ("budget", when.budget),
    ):
        if wanted:
            terms.append(f"f.{attribute} in {bind(frozenset(wanted))}")
    for attribute, flag in (
        ("sensitive", when.sensitive),
        ("has_tools", when.tools),
        ("has_images", when.images),
    ):
        if flag is not None:
            terms.append(f"f.{attribute} == {bind(flag)}")
    if when.tags:
        terms.append(f"{bind(frozenset(when.tags))} <= f.tags")
    for attribute, bounds in (
        ("confidence", when.confidence),
        ("prompt_tokens", when.prompt_tokens),
        ("local_queue", when.local_queue),
        ("local_wait_ms", when.local_wait_ms),
    ):
        if bounds is not None:  # an unknown quantity (None) never matches a bound
            low = bind(-math.inf if bounds.min is None else bounds.min)
            high = bind(math.inf if bounds.max is None else bounds.max)
            terms.append(f"(f.{attribute} is not None and {low} <= f.{attribute} <= {high})")
    source = "lambda f: " + (" and ".join(terms) or "True")
    check: Check = eval(source, {"__builtins__": {}, **values})  # safe: see the docstring
    return check


def _requested(model: str) -> Decision:
    reason = f"the client asked for {model!r} and no rule redirects it"
    return Decision(REQUESTED, model, (), {}, Cache(), Escalate(), (reason,))


def _decision(rule: str, then: Then, reason: str) -> Decision:
    params = then.params.model_dump(exclude_none=True)
    return Decision(rule, then.target, then.fallbacks, params, then.cache, then.escalate, (reason,))
