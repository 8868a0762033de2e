"""`router route`: the routing plan for one request body, as `POST /v1/route/explain` gives it,
with no server and no model (the local model's load is unknown here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from classifiers.classify import Classifier
from classifiers.task_model import ArtifactError
from router.api.body import parse_model
from router.api.chat_schema import ChatCompletionRequest
from router.errors import ConfigError, InvalidRequest
from router.routing.explain import explanation
from router.routing.live_policy import LivePolicy
from router.routing.planner import Planner
from router.routing.request_facts import TAGS_HEADER
from router.routing.sessions import Sessions
from router.settings import Settings


def explain_request(
    settings: Settings, config_path: Path | None, body: object, tags: str | None
) -> dict[str, Any]:
    """Raises ConfigError for an unusable configuration, policy or classifier, and
    InvalidRequest for a body that is not a chat-completions request."""
    if not isinstance(body, dict):
        raise InvalidRequest("the request body must be a JSON object")
    request = parse_model(ChatCompletionRequest, body)
    try:
        classifier = Classifier()
    except ArtifactError as exc:
        raise ConfigError(f"the request classifier cannot load: {exc}") from exc
    policy = LivePolicy(settings, config_path)
    planner = Planner(classifier, policy, Sessions(settings.routing.stickiness), lambda: None)
    headers = {TAGS_HEADER: tags} if tags else {}
    return explanation(planner.plan(request.to_internal(), body, request.model, headers))
