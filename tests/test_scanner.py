"""The payload scanner: every supported secret format found anywhere, look-alikes left alone,
linear time on adversarial input."""

from __future__ import annotations

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
