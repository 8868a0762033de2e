"""The routing policy library: schema, loading, decide() and the privacy guard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies.decide import Decider, compile_when, decide
from policies.decision import Decision
from policies.facts import ModelFacts, RequestFacts
from policies.guard import NoAllowedModel, guard
from policies.load import BUNDLED, PolicyError, bundled_text, load_policy
from policies.schema import Cache, Escalate, Policy, Rule, Then, When

MODELS = {
    "qwen-local": ModelFacts("qwen-local", "local"),
    "claude-sonnet": ModelFacts("claude-sonnet", "hosted"),
}
KNOWN = set(MODELS)
LABELS = ("crud", "architecture", "webgl", "security_sensitive", "general")


def facts(label: str = "general", confidence: float = 0.9, **more: object) -> RequestFacts:
    return RequestFacts(label=label, confidence=confidence, **more)  # type: ignore[arg-type]


def bundled(name: str) -> Policy:
    return load_policy(bundled_text(name), f"{name}.yaml", KNOWN)


@pytest.mark.parametrize("name", BUNDLED)
def test_every_bundled_policy_validates(name: str) -> None:
    assert bundled(name).default.target in KNOWN


@pytest.mark.parametrize(
    ("request_facts", "rule", "chain"),
    [
        (facts("crud"), "crud-local", ("qwen-local", "claude-sonnet")),
        (facts("architecture"), "design-to-claude", ("claude-sonnet", "qwen-local")),
        (facts("webgl"), "design-to-claude", ("claude-sonnet", "qwen-local")),
        (facts("general"), "general-local", ("qwen-local", "claude-sonnet")),
        (facts("security_sensitive"), "sensitive-stays-local", ("qwen-local",)),
        (
            facts("webgl", signal_kinds=("aws_access_key_id",)),
            "sensitive-stays-local",
            ("qwen-local",),
        ),
        (facts("architecture", 0.4), "unsure-goes-local", ("qwen-local", "claude-sonnet")),
        (facts("crud", local_wait_ms=9000.0), "local-overflow", ("claude-sonnet", "qwen-local")),
        (facts("crud", local_wait_ms=100.0), "crud-local", ("qwen-local", "claude-sonnet")),
    ],
)
def test_default_policy_routes_by_label(
    request_facts: RequestFacts, rule: str, chain: tuple[str, ...]
) -> None:
    decision = decide(bundled("default"), request_facts, MODELS)
    assert (decision.rule, decision.chain) == (rule, chain)


def test_default_policy_escalates_crud_and_sets_sampling() -> None:
    decision = decide(bundled("default"), facts("crud"), MODELS)
    assert decision.escalate == Escalate(on_loop=True, on_failure=True)
    assert decision.params == {"temperature": 0.6}


@pytest.mark.parametrize(
    ("name", "request_facts", "chain"),
    [
        ("privacy-first", facts("architecture", 0.9), ("qwen-local", "claude-sonnet")),
        ("privacy-first", facts("architecture", 0.6), ("qwen-local",)),
        ("privacy-first", facts("crud"), ("qwen-local",)),
        ("cost-saver", facts("webgl", 0.9), ("claude-sonnet", "qwen-local")),
        ("cost-saver", facts("webgl", 0.9, budget="warning"), ("qwen-local", "claude-sonnet")),
        ("cost-saver", facts("webgl", 0.9, budget="exceeded"), ("qwen-local",)),
        ("cost-saver", facts("crud", prompt_tokens=30_000), ("qwen-local",)),
    ],
)
def test_example_policies(name: str, request_facts: RequestFacts, chain: tuple[str, ...]) -> None:
    assert decide(bundled(name), request_facts, MODELS).chain == chain


def test_the_guard_drops_hosted_models_and_the_cache_for_sensitive_requests() -> None:
    claude_first = Policy(default=Then(target="claude-sonnet", fallbacks=("qwen-local",)))
    guarded = decide(claude_first, facts("architecture", signal_kinds=("jwt",)), MODELS)
    assert guarded.chain == ("qwen-local",)
    assert guarded.cache.enabled is False
    assert any("privacy guard removed ['claude-sonnet']" in reason for reason in guarded.reasons)
    assert any("jwt" in reason for reason in guarded.reasons)


def test_the_guard_refuses_when_nothing_may_serve() -> None:
    only_hosted = Policy(default=Then(target="claude-sonnet"))
    sensitive = facts("general", signal_kinds=("github_token",))
    with pytest.raises(NoAllowedModel, match="github_token"):
        decide(only_hosted, sensitive, MODELS)


def test_a_trusted_hosted_model_may_see_sensitive_content() -> None:
    trusted = {**MODELS, "claude-sonnet": ModelFacts("claude-sonnet", "hosted", True)}
    sensitive = facts("architecture", signal_kinds=("jwt",))
    decision = decide(Policy(default=Then(target="claude-sonnet")), sensitive, trusted)
    assert decision.chain == ("claude-sonnet",)


def test_conditions_combine_and_tags_need_all() -> None:
    when = When(label=("crud",), tools=True, tags=("beta", "team-a"), model=("auto",))
    policy = Policy(
        rules=(Rule(name="r", when=when, then=Then(target="x")),), default=Then(target="y")
    )
    hit = facts("crud", has_tools=True, tags=frozenset({"beta", "team-a", "extra"}))
    decider = Decider(policy, {})
    assert decider(hit).rule == "r"
    assert decider(facts("crud", has_tools=True, tags=frozenset({"beta"}))).rule == "default"
    assert decider(facts("crud", tags=hit.tags)).rule == "default"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("rules: []\n", "default: Field required"),
        (
            "default: {target: qwen-local}\nrules:\n  - name: a\n    then: {target: nope}\n",
            "unknown model 'nope'",
        ),
        ("default: {target: qwen-local, params: {temprature: 1}}\n", "params.temprature: Extra"),
        ("default: {target: qwen-local, params: {temperature: hot}}\n", "params.temperature"),
        ("default: {target: qwen-local, params: {max_tokens: 0}}\n", "params.max_tokens"),
        (
            "default: {target: qwen-local}\nrules:\n  - name: a\n"
            "    when: {label: []}\n    then: {target: qwen-local}\n",
            "x.yaml:4: rules.0.when.label: Value error, an empty list matches nothing",
        ),
        (
            "default: {target: qwen-local}\nrules:\n  - name: a\n"
            "    when: {confidence: {min: .nan}}\n    then: {target: qwen-local}\n",
            "rules.0.when.confidence.min",
        ),
        ("a: &a [*a]\ndefault: {target: qwen-local}\n", "aliases expand it past"),
        ("default: {target: qwen-local}\nx: \x07\n", "invalid YAML: unacceptable character"),
        (
            "default:\n  target: qwen-local\n  target: claude-sonnet\n",
            ":3: target: the key is given twice",
        ),
        (
            "default: {target: qwen-local}\nrules:\n  - name: a\n"
            "    when: {label: cruds}\n    then: {target: qwen-local}\n",
            "x.yaml:4: rules.0.when.label.0",
        ),
        (
            "default: {target: qwen-local}\nrules:\n  - {name: a, then: {target: qwen-local}}\n"
            "  - {name: a, then: {target: qwen-local}}\n",
            "unique",
        ),
        ("default: {target: qwen-local, fallbacks: [qwen-local]}\n", "appears twice"),
        (
            "default: {target: qwen-local}\nrules:\n  - name: a\n"
            "    when: {confidence: {min: 0.9, max: 0.1}}\n    then: {target: qwen-local}\n",
            "min (0.9) is above max",
        ),
        ("- just a list\n", "a policy is a mapping"),
        ("default: [unclosed\n", "invalid YAML"),
    ],
)
def test_bad_policies_name_file_line_and_key(text: str, problem: str) -> None:
    with pytest.raises(PolicyError, match=r"x\.yaml") as raised:
        load_policy(text, "x.yaml", KNOWN)
    assert problem in str(raised.value)


model_names = st.sampled_from(["qwen-local", "claude-sonnet", "claude-haiku", "vllm-box", "ghost"])
thens = st.builds(
    lambda chain, cache: Then(
        target=chain[0], fallbacks=tuple(chain[1:]), cache=Cache(enabled=cache)
    ),
    st.lists(model_names, min_size=1, max_size=4, unique=True),
    st.booleans(),
)
whens = st.builds(
    lambda labels, sensitive, tools: When(
        **({"label": tuple(labels)} if labels else {}), sensitive=sensitive, tools=tools
    ),
    st.lists(st.sampled_from(LABELS), max_size=2),
    st.none() | st.booleans(),
    st.none() | st.booleans(),
)
policies = st.builds(
    lambda rules, default: Policy(
        rules=tuple(Rule(name=f"r{i}", when=w, then=t) for i, (w, t) in enumerate(rules)),
        default=default,
    ),
    st.lists(st.tuples(whens, thens), max_size=6),
    thens,
)
model_sets = st.fixed_dictionaries(
    {
        "qwen-local": st.just(ModelFacts("qwen-local", "local")),
        "claude-sonnet": st.just(ModelFacts("claude-sonnet", "hosted")),
        "claude-haiku": st.builds(lambda t: ModelFacts("claude-haiku", "hosted", t), st.booleans()),
        "vllm-box": st.sampled_from(["local", "hosted"]).map(
            lambda where: ModelFacts("vllm-box", where)
        ),  # type: ignore[arg-type]
    }
)
request_facts = st.builds(
    RequestFacts,
    label=st.sampled_from(LABELS),
    confidence=st.floats(0, 1),
    signal_kinds=st.lists(
        st.sampled_from(["jwt", "aws_access_key_id", "payment_card"]), max_size=2
    ).map(tuple),
    has_tools=st.booleans(),
    requested_model=st.sampled_from(["auto", "auto", "qwen-local", "claude-sonnet", "ghost"]),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(policy=policies, request=request_facts, models=model_sets)
def test_the_guard_holds_for_any_policy(
    policy: Policy, request: RequestFacts, models: dict[str, ModelFacts]
) -> None:
    decision = Decider(policy, models)._first_match(request)  # what the rules alone chose
    try:
        guarded = guard(decision, request, models)
    except NoAllowedModel:
        assert request.sensitive
        assert not any(name in models and models[name].may_see_sensitive for name in decision.chain)
        return
    assert set(guarded.chain) <= set(decision.chain)  # the guard never adds a model
    if request.sensitive:
        assert all(models[name].may_see_sensitive for name in guarded.chain)  # unknown ones dropped
        assert guarded.cache.enabled is False
    else:
        assert guarded == decision


def test_decisions_explain_themselves() -> None:
    decision = decide(bundled("default"), facts("webgl"), MODELS)
    assert isinstance(decision, Decision)
    assert decision.reasons == ("rule 'design-to-claude' matched",)


def policy_check(path: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "router", "policy", "check", path],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).parent.parent,  # the repository's config.yaml names the models
    )


@pytest.mark.parametrize("name", BUNDLED)
def test_policy_check_prints_the_rules_of_a_valid_policy(name: str) -> None:
    finished = policy_check(f"policies/bundled/{name}.yaml")
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.rstrip().endswith(f"valid, {len(bundled(name).rules)} rules")
    assert "default: -> qwen-local" in finished.stdout


def test_policy_check_names_what_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "default: {target: qwen-local}\nrules:\n  - name: a\n    then: {target: gpt-9}\n"
    )
    finished = policy_check(str(bad))
    assert finished.returncode == 1
    assert "unknown model 'gpt-9'" in finished.stderr
    assert "Traceback" not in finished.stderr
    assert policy_check(str(tmp_path / "missing.yaml")).returncode == 2


def test_policy_values_are_data_never_code() -> None:
    sneaky = "__import__('os').system('false') or 'auto'"
    when = When(model=(sneaky,), tenant=("x' or True or '",), confidence={"min": 0.1})
    holds = compile_when(when)
    assert not holds(facts(requested_model="auto", tenant="t"))
    assert holds(facts(requested_model=sneaky, tenant="x' or True or '"))


def test_bounds_include_their_ends_and_unknowns_never_match() -> None:
    holds = compile_when(When(local_wait_ms={"min": 100, "max": 200}))
    assert [holds(facts(local_wait_ms=ms)) for ms in (99.9, 100, 200, 200.1)] == [
        False,
        True,
        True,
        False,
    ]
    assert not holds(facts(local_wait_ms=None))
    assert compile_when(When())(facts())  # no conditions: every request


def test_rules_route_auto_unless_they_name_models() -> None:
    policy = load_policy(
        "rules:\n"
        "  - {name: all-crud, when: {label: crud}, then: {target: qwen-local}}\n"
        "  - {name: opus-is-sonnet, when: {model: claude-opus}, then: {target: claude-sonnet}}\n"
        "default: {target: claude-sonnet}\n",
        "p.yaml",
        KNOWN,
    )
    decider = Decider(policy, MODELS)
    assert decider(facts("crud")).rule == "all-crud"
    named = decider(facts("crud", requested_model="claude-sonnet"))
    assert (named.rule, named.chain) == ("requested-model", ("claude-sonnet",))
    alias = decider(facts("crud", requested_model="claude-opus"))
    assert (alias.rule, alias.chain) == ("opus-is-sonnet", ("claude-sonnet",))
    with pytest.raises(NoAllowedModel):  # named or not, the guard applies
        decider(facts("crud", signal_kinds=("jwt",), requested_model="claude-sonnet"))
