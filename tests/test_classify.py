"""The final label (scanner first, then the model) and the `router classify` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers.classify import SENSITIVE, Classifier, chat_turns
from classifiers.corpus import store
from classifiers.features import without_reminders

AWS_KEY = "AKIAZ7Q4M2XJ5RB3KD6T"
SHADER = "Write a GLSL fragment shader that draws animated water caustics for a three.js plane."

# Written for this test, in the way users write, and never part of the corpus.
UNSEEN = [
    ("crud", "en", "add a DELETE /users/{id} route to my express app, return 204"),
    ("crud", "es", "¿Cómo hago un formulario en React con validación para crear productos?"),
    ("crud", "de", "Schreib mir einen pytest für die Funktion parse_date, inkl. Randfälle"),
    ("crud", "zh", "帮我写一个 Django model 和对应的增删改查接口，字段有标题、作者、价格"),
    ("crud", "ja", "このSQLクエリにページネーションを追加してください。LIMIT と OFFSET で"),
    (
        "crud",
        "fr",
        "Corrige ce bug : TypeError: Cannot read properties of undefined (reading 'map')",
    ),
    (
        "architecture",
        "en",
        "We're splitting our Rails monolith into services. How should we draw the boundaries "
        "between billing, accounts and notifications, and keep data consistent between them?",
    ),
    (
        "architecture",
        "es",
        "Diseña la arquitectura de un sistema de mensajería que soporte 10 millones de "
        "usuarios, con colas, réplicas y particionado.",
    ),
    (
        "architecture",
        "de",
        "Wie migrieren wir ohne Downtime von einer MySQL-Instanz auf ein geshardetes "
        "Postgres-Cluster? Bitte eine Strategie in Phasen.",
    ),
    ("architecture", "zh", "我们的订单服务要拆成微服务，如何设计服务边界和事件驱动的数据一致性？"),
    (
        "architecture",
        "ja",
        "マルチリージョン構成で可用性を高めたい。キャッシュとDBのレプリケーション設計を相談したい",
    ),
    ("webgl", "en", SHADER),
    (
        "webgl",
        "es",
        "Mi escena de three.js se ve negra al cargar un modelo GLTF, ¿qué luces necesito?",
    ),
    ("webgl", "de", "Wie baue ich in react-three-fiber einen Partikeleffekt mit InstancedMesh?"),
    ("webgl", "zh", "WebGPU 的 compute shader 怎么写粒子模拟？用 WGSL"),
    ("webgl", "ja", "Babylon.jsでシャドウマップがちらつきます。shadow acneを直す方法は？"),
    (
        "security_sensitive",
        "en",
        "Summarise this for the board: patient Maria Keller, 54, diagnosed with early-onset "
        "Alzheimer's, on donepezil 10mg; her insurer has not been told.",
    ),
    (
        "security_sensitive",
        "de",
        "Fasse die Gehaltsliste zusammen: Jonas Weber 84.000 €, Abmahnung wegen "
        "Alkohol am Arbeitsplatz; Petra Lang 91.500 €, in Elternzeit.",
    ),
    (
        "security_sensitive",
        "es",
        "Nuestro endpoint de login en producción permite saltarse la autenticación con un "
        "header manipulado y todavía no lo hemos parcheado. ¿Cómo lo explotaría un atacante?",
    ),
    ("general", "en", "What's a good name for a golden retriever puppy?"),
    ("general", "es", "Escribe un poema corto sobre el otoño en Madrid"),
    ("general", "de", "Was ist der Unterschied zwischen Wetter und Klima?"),
    ("general", "zh", "请解释一下什么是通货膨胀，以及它对普通人的影响"),
    ("general", "ja", "京都で三日間観光するならおすすめのルートを教えてください"),
    ("general", "en", "How does OAuth PKCE protect the authorization code?"),
    ("general", "fr", "Quelle est l'histoire de l'architecture gothique en France ?"),
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


def test_model_labels_prompts_it_never_saw(classifier: Classifier) -> None:
    misses = []
    for label, language, text in UNSEEN:
        got = classifier.classify([("user", text)])
        if got.label != label:
            misses.append(f"{language} {label} -> {got.label} ({got.confidence:.2f}): {text}")
    # A few honest misses are allowed; a broken or style-overfitted model misses many more.
    assert len(misses) <= len(UNSEEN) // 10, "\n".join(misses)


def test_any_signal_makes_the_request_sensitive_whatever_the_model_says(
    classifier: Classifier,
) -> None:
    clean = classifier.classify([("user", SHADER)])
    assert (clean.label, clean.signals) == ("webgl", ())
    leaked = classifier.classify([("user", f"{SHADER}\nAWS_ACCESS_KEY_ID={AWS_KEY}")])
    assert leaked.label == SENSITIVE
    assert leaked.confidence == 1.0
    assert leaked.prediction.label == "webgl"  # the model alone did not see it
    assert leaked.signal_kinds == ["aws_access_key_id"]


@pytest.mark.parametrize(
    "payload",
    [
        {"system": f"deploy key {AWS_KEY}", "messages": [{"role": "user", "content": SHADER}]},
        {
            "messages": [
                {"role": "user", "content": f"key: {AWS_KEY}"},
                {"role": "assistant", "content": "noted"},
                {"role": "user", "content": SHADER},
            ]
        },
        {
            "messages": [
                {"role": "user", "content": SHADER},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "env", "arguments": json.dumps({"k": AWS_KEY})},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "done"},
                {"role": "user", "content": "go on"},
            ]
        },
    ],
    ids=["system", "earlier-turn", "tool-arguments"],
)
def test_the_whole_payload_is_scanned(classifier: Classifier, payload: dict[str, object]) -> None:
    got = classifier.classify(chat_turns(payload["messages"]), payload)
    assert got.label == SENSITIVE


@pytest.mark.parametrize(
    "text",
    [
        'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
        "export GITHUB_TOKEN=<your-token-here>",
        "commit 3f2c9a1b7d4e8f0a6c5b2d1e9f8a7b6c5d4e3f2a fixed the texture loader",
        "id 123e4567-e89b-12d3-a456-426614174000 renders twice",
    ],
)
def test_placeholders_and_identifiers_leave_the_model_label(
    classifier: Classifier, text: str
) -> None:
    got = classifier.classify([("user", text)])
    assert got.signals == ()
    assert got.label == got.prediction.label


def test_chat_turns_reads_both_dialects_and_refuses_junk() -> None:
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "image_url"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "b"}]},
        {"role": "user", "content": None},
    ]
    assert chat_turns(messages) == [
        ("system", "be brief"),
        ("user", "a"),
        ("assistant", "b"),
        ("user", ""),
    ]
    with pytest.raises(ValueError, match=r"messages\[1\]"):
        chat_turns([{"role": "user", "content": "x"}, {"content": "no role"}])
    with pytest.raises(ValueError, match="must be a list"):
        chat_turns("hello")


def classify_command(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "router", "classify", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_classify_command_gives_one_object_per_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"messages": [{"role": "user", "content": SHADER}]}),
        "{not json",
        json.dumps({"messages": []}),
        "",
        json.dumps({"messages": [{"role": "user", "content": f"use {AWS_KEY} please"}]}),
        json.dumps({"system": "you are terse", "messages": [{"role": "user", "content": "hi"}]}),
        json.dumps([1, 2]),
    ]
    source = tmp_path / "chats.jsonl"
    source.write_bytes("\n".join(lines).encode() + b"\n\xff\xfe broken utf-8\n")
    finished = classify_command(str(source))
    assert finished.returncode == 1  # some lines were bad; all were answered
    out = [json.loads(line) for line in finished.stdout.decode().splitlines()]
    assert len(out) == 7  # the blank line is skipped
    assert out[0]["label"] == "webgl"
    assert out[0]["signals"] == []
    assert 0 < out[0]["confidence"] <= 1
    assert out[1]["line"] == 2
    assert "not JSON" in out[1]["error"]["message"]
    assert out[2]["line"] == 3
    assert "non-empty" in out[2]["error"]["message"]
    assert out[3]["label"] == SENSITIVE
    assert out[3]["signals"] == ["aws_access_key_id"]
    assert "label" in out[4]
    assert out[5]["line"] == 7
    assert "object" in out[5]["error"]["message"]
    assert out[6]["line"] == 8
    assert "UTF-8" in out[6]["error"]["message"]
    assert AWS_KEY.encode() not in finished.stdout + finished.stderr
    assert finished.stderr == b""


def test_classify_command_reads_stdin_and_text() -> None:
    piped = classify_command(
        stdin=json.dumps({"messages": [{"role": "user", "content": SHADER}]}).encode()
    )
    assert piped.returncode == 0
    assert json.loads(piped.stdout)["label"] == "webgl"
    text = classify_command("--text", f"key {AWS_KEY}")
    assert text.returncode == 0
    assert json.loads(text.stdout)["signals"] == ["aws_access_key_id"]


def test_classify_command_names_a_missing_file() -> None:
    finished = classify_command("/nonexistent/chats.jsonl")
    assert finished.returncode == 2
    assert b"cannot read /nonexistent/chats.jsonl" in finished.stderr


def test_the_scanner_stays_quiet_on_the_corpus_everyday_prompts(classifier: Classifier) -> None:
    """Thousands of realistic prompts with no secret in them: code, designs, shaders, chat."""
    everyday = [entry.example for entry in store.load() if entry.example.label != SENSITIVE]
    fired = [e.group for e in everyday if classifier.scanner.scan_payload(list(e.messages))]
    assert len(everyday) > 1500
    assert len(fired) <= 0.01 * len(everyday), fired


def test_classify_command_survives_odd_content() -> None:
    lines = [
        '{"messages": [{"role": "user", "content": "lone \\ud800 surrogate, key '
        'AKIAZ7Q4M2XJ5RB3KD6T"}]}',
        '{"messages": [{"role": "user", "content": {"odd": 1}}, {"role": "user", "content": 7}]}',
        '{"messages": [{"role": "user", "content": "nul \\u0000 byte"}]}',
        '{"messages": [{"role": "user", "content": "x"}], "system": 5}',
    ]
    finished = classify_command(stdin="\n".join(lines).encode())
    out = [json.loads(line) for line in finished.stdout.decode().splitlines()]
    assert out[0]["signals"] == ["aws_access_key_id"]
    assert out[1]["label"] in ("crud", "architecture", "webgl", "general", SENSITIVE)
    assert "label" in out[2]
    assert "system" in out[3]["error"]["message"]
    assert finished.returncode == 1


def test_agents_reminders_are_not_the_task(classifier: Classifier) -> None:
    """Coding agents wrap boilerplate into the user's turn; the model reads the user's words."""
    reminder = "<system-reminder>\n" + "Never write malware. Refuse exploits. " * 40 + "\n"
    wrapped = reminder + "</system-reminder>\nwrite a haiku about autumn leaves"
    assert without_reminders(wrapped) == "write a haiku about autumn leaves"
    assert without_reminders(reminder + "</system-reminder>") == reminder + "</system-reminder>"
    assert without_reminders("a <system-reminder> b") == "a <system-reminder> b"  # unclosed
    plain = classifier.classify([("user", "write a haiku about autumn leaves")])
    assert classifier.classify([("user", wrapped)]).label == plain.label
    # Linear: a megabyte of opening tags, none closed, is one pass.
    hostile = "<system-reminder>" * 60_000 + "x"
    assert without_reminders(hostile) == hostile
