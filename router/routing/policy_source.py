"""Where the routing policy comes from: a bundled policy, a policy file, or rules written in the
configuration itself; and which files to watch for edits."""

from __future__ import annotations

from pathlib import Path

from policies.load import BUNDLED, PolicyError, bundled_text, load_policy
from policies.schema import Policy, Then
from router.settings import Settings


def load_policy_for(settings: Settings) -> Policy:
    """The policy `settings.routing` names, validated against the configured models."""
    routing = settings.routing
    known = {model.name for model in settings.models}
    if routing.policy is None:
        policy = routing.inline_policy() or Policy(default=Then(target=settings.default_model))
        unknown = policy.unknown_models(known)
        if unknown:
            problems = [
                f"routing.{'.'.join(map(str, where))}: unknown model {name!r}"
                for where, name in unknown
            ]
            raise PolicyError("invalid policy:\n  " + "\n  ".join(problems))
        return policy
    if routing.policy in BUNDLED:
        return load_policy(bundled_text(routing.policy), f"bundled:{routing.policy}", known)
    path = Path(routing.policy)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: cannot read the routing policy: {exc}") from exc
    return load_policy(text, str(path), known)


def describe_source(settings: Settings, config_path: Path | None) -> str:
    """Where the policy was read from, for logs and /readyz."""
    routing = settings.routing
    if routing.policy in BUNDLED:
        return f"bundled:{routing.policy}"
    if routing.policy is not None:
        return routing.policy
    where = str(config_path) if config_path is not None else "embedded defaults"
    if routing.default is not None:
        return f"{where} (routing)"
    return f"{where} (no routing: auto means {settings.default_model})"


def policy_file(settings: Settings) -> Path | None:
    policy = settings.routing.policy
    return Path(policy) if policy is not None and policy not in BUNDLED else None
