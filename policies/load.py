"""Reading and validating a routing policy, with errors that name the file, key and line."""

from __future__ import annotations

from importlib import resources

from pydantic import ValidationError

from policies.schema import Policy
from policies.yaml_source import YamlError, read_yaml

BUNDLED = ("default", "privacy-first", "cost-saver")


class PolicyError(ValueError):
    """An invalid policy; the message lists every problem as `file:line: key: what`."""


def load_policy(text: str, source: str, known_models: set[str] | None = None) -> Policy:
    """The policy in `text` (a mapping with `rules` and `default`), fully validated; with
    `known_models`, every target and fallback must be one of them."""
    try:
        document = read_yaml(text, source)
    except YamlError as exc:
        raise PolicyError(str(exc)) from exc
    if not isinstance(document.data, dict):
        raise PolicyError(f"{source}:1: a policy is a mapping with `rules` and `default`")
    try:
        policy = Policy.model_validate(document.data)
    except ValidationError as exc:
        problems = [
            f"{document.where(tuple(error['loc']))}: "
            f"{'.'.join(map(str, error['loc'])) or '(top level)'}: {error['msg']}"
            for error in exc.errors()
        ]
        raise PolicyError("invalid policy:\n  " + "\n  ".join(problems)) from exc
    if known_models is not None and (unknown := policy.unknown_models(known_models)):
        problems = [
            f"{document.where(where)}: {'.'.join(map(str, where))}: unknown model {name!r} "
            f"(configured: {', '.join(sorted(known_models))})"
            for where, name in unknown
        ]
        raise PolicyError("invalid policy:\n  " + "\n  ".join(problems))
    return policy


def bundled_text(name: str) -> str:
    """The YAML of a policy shipped with the router (see BUNDLED)."""
    return resources.files("policies").joinpath(f"bundled/{name}.yaml").read_text("utf-8")
