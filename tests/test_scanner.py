"""The payload scanner: every supported secret format found anywhere, look-alikes left alone,
linear time on adversarial input."""

from __future__ import annotations

import json
import random

import pytest
from secret_corpus import BENIGN, EXPECTED_KIND, SECRETS

from classifiers.detectors import DETECTORS
from classifiers.scanner import Scanner, Signal

PROSE = (
    "The service reads orders from the queue, validates them and writes a row per item. "
    "def handler(event):\n    return {'status': 200, 'items': len(event['items'])}\n"
)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def buried(secret: str, where: int, rng: random.Random) -> dict[str, object]:
    """A chat payload ~60 KB long with `secret` deep inside one of its parts."""
    filler = PROSE * 300
    parts: list[str] = [filler[: rng.randint(1000, 20000)] for _ in range(4)]
    parts[where] = parts[where] + "\n" + secret + "\n" + filler[:5000]
    return {
        "messages": [
            {"role": "system", "content": parts[0]},
            {"role": "user", "content": [{"type": "text", "text": parts[1]}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "run", "arguments": parts[2]},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": parts[3]},
            {"role": "user", "content": "Please fix the bug above."},
        ]
    }


def test_at_least_25_credential_formats_are_supported() -> None:
    credentials = {d.kind for d in DETECTORS if d.category == "credential"}
    assert len(credentials) >= 25
    assert {EXPECTED_KIND.get(kind, kind) for kind in SECRETS} >= credentials


@pytest.mark.parametrize("kind", sorted(SECRETS))
def test_every_generated_secret_is_found_deep_in_any_part(scanner: Scanner, kind: str) -> None:
    rng = random.Random(kind)
    expected = EXPECTED_KIND.get(kind, kind)
    for trial in range(25):
        where = trial % 4
        payload = buried(SECRETS[kind](rng), where, rng)
        found = [s for s in scanner.scan_payload(payload) if s.kind == expected]
        assert found, f"{kind} missed in part {where}, trial {trial}"
        assert found[0].where.startswith(f"messages[{where}]")


def test_benign_look_alikes_rarely_fire(scanner: Scanner) -> None:
    fired = {text: [s.kind for s in scanner.scan_text(text)] for text in BENIGN}
    false_positives = {text: kinds for text, kinds in fired.items() if kinds}
    assert len(false_positives) / len(BENIGN) < 0.05, false_positives


def test_signals_never_carry_the_value(scanner: Scanner) -> None:
    secret = "ghp_" + "Q7x" * 12
    [signal] = scanner.scan_text(f"token {secret}", "messages[0].content")
    assert signal == Signal("github_token", "credential", "messages[0].content", 6, 6 + len(secret))
    assert secret not in repr(signal)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("CONFIDENTIAL - do not forward", "confidentiality_marker"),
        ("This memo is internal use only.", "confidentiality_marker"),
        ("Shared under NDA with Acme", "confidentiality_marker"),
        ("Documento confidencial: cifras del trimestre", "confidentiality_marker"),
        ("Vertraulich: Quartalszahlen", "confidentiality_marker"),
        ("本文件为公司机密，请勿外传", "confidentiality_marker"),
        ("社外秘：来期の計画", "confidentiality_marker"),
    ],
)
def test_confidentiality_markers_in_several_languages(
    scanner: Scanner, text: str, kind: str
) -> None:
    assert {s.kind for s in scanner.scan_text(text)} == {kind}


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "adversarial",
    [
        "a" * 1_000_000,
        "-----BEGIN " * 90_000,
        "postgres://" + "a:" * 400_000,
        "eyJ" + "A" * 999_990 + ".",
        "4" * 1_000_000,
        "1 2 " * 250_000,
        "password=" * 100_000,
        "DE89 " * 200_000,
        "https://x:" * 100_000,
    ],
)
def test_adversarial_megabyte_inputs_finish(scanner: Scanner, adversarial: str) -> None:
    scanner.scan_text(adversarial)


def test_several_megabytes_are_scanned_in_full(scanner: Scanner) -> None:
    secret = "SENDGRID_API_KEY=SG." + "k" * 22 + "." + "Z" * 43
    payload = {"messages": [{"role": "user", "content": PROSE * 40_000 + secret}]}
    assert len(payload["messages"][0]["content"]) > 5_000_000
    assert [s.kind for s in scanner.scan_payload(payload)] == ["sendgrid_key"]


SECRET_40 = "Qm7vT2xZ9pL4kR8sW1nB6cY3hF5jD0gA2eU7iO9w"
REAL_LAYOUTS = [
    json.dumps({"path": "settings.py", "content": 'DB_PASSWORD = "Zq8vLm2Rt5Wx"\n'}),
    json.dumps({"password": "Zq8vLm2Rt5Wx"}),
    "tokens:\\nghp_iK2ZWeqhFWCEPyYngFb51yBMWXaSCrUZoL8g",
    "redirect=%2Fcb%3Ftoken%3Dghp_iK2ZWeqhFWCEPyYngFb51yBMWXaSCrUZoL8g",
    '{"Authorization": "Bearer GoaXmI63JozGw82KwD6rQJM9UayY20948VGZiHXJ"}',
    "{'Authorization': 'Basic YWRtaW46c2VjcmV0cGFzcw=='}",
    "DB_PASSWORD=Xk9$mQ2#vL7p",
    'password = "Tr0ub<4dor&3x"',
    "postgresql://app:Xk9%40mQ2vL7p@db:5432/prod",
    "postgresql+psycopg2://app:Xk9mQ2vL7pZr@db:5432/prod",
    "redis://:Xk9mQ2vL7pZr@cache:6379/0",
    "postgresql://app:Xk9/mQ2vL7p@db/prod",
    "ftp://deploy:Xk9mQ2vL7pZr@files.corp.net/",
    f'{{"SecretAccessKey": "{SECRET_40}"}}',
    f"secret_access_key = {SECRET_40}",
    'passphrase: "correct horse battery staple"',
    'password = b"Zq8vLm2Rt5Wx"',
    "password => 'Zq8vLm2Rt5Wx'",
    'password: "Zq,8vLm2Rt5Wx"',
    "password=Hx7!kq2",
    "password=Yourself2024!x",
    "JWT_SECRET=Zq8vLm2Rt5WxKp3N",
    "AccountKey=" + "Zq8vLm2Rt5WxKp3N" * 5 + "==",
]
CODE_AND_DOCS = [
    'password = request.form.get("password")',
    "authenticate(user, password=args.password)",
    "client = OpenAI(api_key=settings.OPENAI_API_KEY)",
    "password = getpass.getpass()",
    "const user = { email, password: hashedPassword }",
    "db_password = config.get('db', 'password')",
    "api_key: sk-...abcd",
    "PWD=/srv/app/current",
    "OLDPWD=/srv/app/releases",
    "if line.startswith('-----BEGIN RSA PRIVATE KEY-----'):",
    "NONCONFIDENTIAL_FIELDS = {'name', 'city'}",
    "# For internal use by the router",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaW"
    "F0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'",
]


@pytest.mark.parametrize("text", REAL_LAYOUTS)
def test_secrets_in_real_world_layouts_are_found(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text), text


@pytest.mark.parametrize("text", CODE_AND_DOCS)
def test_code_that_names_secrets_does_not_fire(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text) == [], text


@pytest.mark.timeout(30)
def test_many_overlapping_signals_stay_fast_enough_to_finish(scanner: Scanner) -> None:
    text = " ".join(f"api_key=AKIA{i:016d}" for i in range(30_000))
    assert len(scanner.scan_text(text)) > 20_000


def test_lone_surrogates_neither_crash_nor_hide_a_secret(scanner: Scanner) -> None:
    text = "broken \ud800 text, then AKIAZ7Q4M2XJ5RB3KD6T and \udfff more"
    signals = scanner.scan_text(text)
    assert [s.kind for s in signals] == ["aws_access_key_id"]
    assert text[signals[0].start : signals[0].end] == "AKIAZ7Q4M2XJ5RB3KD6T"


def test_dict_keys_are_scanned_and_never_spelt_out_in_paths(scanner: Scanner) -> None:
    key = "AKIAZ7Q4M2XJ5RB3KD6T"
    payload = {"tools": [{"headers": {key: "password=Tr0ub4dor&3xyz"}}]}
    signals = scanner.scan_payload(payload)
    assert {s.kind for s in signals} == {"aws_access_key_id", "password_assignment"}
    assert {s.where for s in signals} == {"tools[0].headers.{key}"}
    assert all(key not in s.where for s in signals)


def test_any_depth_is_scanned_with_paths_built_only_for_hits(scanner: Scanner) -> None:
    deep: object = "key AKIAZ7Q4M2XJ5RB3KD6T"
    for depth in range(20_000):
        deep = {"k" * 4096: deep} if depth % 2 else [deep]
    signals = scanner.scan_payload(deep)
    assert [s.kind for s in signals] == ["aws_access_key_id"]
    assert signals[0].where.count("[0]") == 10_000
