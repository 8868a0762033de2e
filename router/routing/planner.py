"""The routing step: classify the request, gather its facts, let the policy in force decide,
keep the conversation on its model; no model is called here."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from classifiers.classify import Classification, Classifier, chat_turns
from policies.decide import REQUESTED
from policies.decision import Decision
from policies.facts import RequestFacts
from policies.guard import NoAllowedModel, guard
from router.backends.base import ChatRequest, Json
from router.clients import ANONYMOUS, Caller
from router.routing.live_policy import ActivePolicy, LivePolicy
from router.routing.request_facts import TAGS_HEADER, request_facts
from router.routing.sessions import SESSION_HEADER, Sessions, session_key


@dataclass(frozen=True, slots=True)
class Plan:
    classification: Classification
    facts: RequestFacts
    decision: Decision | None  # None when the privacy guard left no model: see `refusal`
    refusal: str | None
    policy: ActivePolicy
    session: str
    classify_ms: float
    decide_ms: float

    @property
    def rule(self) -> str:
        return self.decision.rule if self.decision is not None else "privacy-guard"


class Planner:
    def __init__(
        self,
        classifier: Classifier,
        policy: LivePolicy,
        sessions: Sessions,
        local_load: Callable[[], Json | None],
    ) -> None:
        self.classifier = classifier
        self.policy = policy
        self.sessions = sessions
        self._local_load = local_load

    def plan(
        self,
        chat: ChatRequest,
        payload: object,
        requested_model: str,
        headers: Mapping[str, str],
        caller: Caller = ANONYMOUS,
        budget: str = "ok",
    ) -> Plan:
        """`payload` is the whole request body, all of which the scanner reads; `budget` is
        the state of the caller's spend caps."""
        began = time.perf_counter()
        turns = chat_turns(chat.messages)
        classification = self.classifier.classify(turns, payload)
        classified = time.perf_counter()
        active = self.policy.active  # this request keeps this policy, whatever reloads
        facts = request_facts(
            chat,
            turns,
            classification,
            requested_model,
            headers.get(TAGS_HEADER),
            self._local_load(),
            caller,
            budget,
        )
        session = session_key(headers.get(SESSION_HEADER), requested_model, turns, caller.name)
        decision: Decision | None = None
        refusal: str | None = None
        try:
            decision = self._stick(active.decider(facts), facts, session, active)
        except NoAllowedModel as exc:
            refusal = exc.reason
        decided = time.perf_counter()
        return Plan(
            classification,
            facts,
            decision,
            refusal,
            active,
            session,
            (classified - began) * 1000,
            (decided - classified) * 1000,
        )

    def _stick(
        self, decision: Decision, facts: RequestFacts, session: str, active: ActivePolicy
    ) -> Decision:
        """The model an earlier turn of this conversation went to, first, if still allowed."""
        if not active.routing.stickiness.enabled or decision.rule == REQUESTED:
            return decision
        earlier = self.sessions.model_for(session)
        models = active.decider.models
        if earlier is None or earlier == decision.target or earlier not in models:
            return decision
        if facts.budget == "exceeded" and models[earlier].location != "local":
            return decision  # the spend cap moves the conversation, as the guard may
        chain = (earlier, *(name for name in decision.chain if name != earlier))
        reason = f"the conversation stays on {earlier!r}, which served its earlier turns"
        stuck = replace(
            decision,
            target=earlier,
            fallbacks=chain[1:],
            reasons=(*decision.reasons, reason),
        )
        decider = active.decider
        guarded = guard(stuck, facts, decider.models, decider.cache_sensitive)  # applied again
        if guarded.target != earlier:
            why = f"the privacy guard moves the conversation off {earlier!r}"
            return replace(decision, reasons=(*decision.reasons, why))
        return guarded
