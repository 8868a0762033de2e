"""Tokens/s and time to first token of the local backend through the router, against calling
`llama_cpp.Llama` directly on the same tiny model in the same run.

    .venv/bin/python bench/local_backend.py [--tokens 1000] [--rounds 5]

Goals (issue 3): the router keeps >= 95% of raw tokens/s and adds <= 5 ms to the first token.
Prints a table and writes bench/results/local_backend.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import llama_cpp
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from fake_anthropic import free_port  # noqa: E402
from results_file import write_results  # noqa: E402
from tiny_gguf import chain, write_chain_model  # noqa: E402

MESSAGES = [{"role": "user", "content": "count for me"}]
PROMPT = "<|im_start|>user\ncount for me<|im_end|>\n<|im_start|>assistant\n"
N_CTX = 4096


def direct_run(llm: Any, tokens: int) -> tuple[float, float]:
    """(seconds to the first content, tokens per second) calling llama.cpp directly."""
    began = time.perf_counter()
    first = None
    for chunk in llm.create_chat_completion(
        messages=MESSAGES, max_tokens=tokens, stream=True, temperature=0
    ):
        if first is None and chunk["choices"][0]["delta"].get("content"):
            first = time.perf_counter() - began
    total = time.perf_counter() - began
    assert first is not None
    return first, tokens / total


def generate_run(llm: Any, tokens: int) -> tuple[float, float]:
    """The bare token loop: `Llama.generate` with one detokenize per token, no HTTP at all."""
    prompt = llm.tokenize(PROMPT.encode(), add_bos=False, special=True)
    began = time.perf_counter()
    first = None
    for produced, token in enumerate(llm.generate(prompt, temp=0, repeat_penalty=1.0), 1):
        llm.detokenize([token], special=True)
        if first is None:
            first = time.perf_counter() - began
        if produced == tokens:
            break
    total = time.perf_counter() - began
    assert first is not None
    return first, tokens / total


def router_run(client: httpx.Client, url: str, tokens: int) -> tuple[float, float]:
    """The same through `router serve`, read as a streaming client would."""
    body = {
        "model": "local",
        "messages": MESSAGES,
        "max_tokens": tokens,
        "stream": True,
        "temperature": 0,
        "stream_options": {"include_usage": True},
    }
    began = time.perf_counter()
    first = None
    usage = None
    with client.stream("POST", url, json=body) as response:
        for line in response.iter_lines():
            if not line.startswith("data: {"):
                continue
            chunk = json.loads(line[6:])
            if first is None and chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
                first = time.perf_counter() - began
            usage = chunk.get("usage") or usage
    total = time.perf_counter() - began
    assert first is not None
    assert usage is not None
    assert usage["completion_tokens"] == tokens, usage
    return first, tokens / total


def summarise(runs: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "ttft_ms": 1000 * statistics.median(r[0] for r in runs),
        "tokens_per_s": statistics.median(r[1] for r in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-local-"))
    model = write_chain_model(
        workdir / "loop.gguf", chain("abc", then=None), loop_to=0, context=N_CTX
    )
    config = {
        "server": {"log_level": "warning"},
        "default_model": "local",
        "models": [
            {
                "name": "local",
                "kind": "local",
                "path": str(model),
                "n_ctx": N_CTX,
                "loop_detection": {"enabled": False},
            }
        ],
    }
    (workdir / "config.yaml").write_text(yaml.safe_dump(config))
    port = free_port()
    router = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/router"),
            "serve",
            "--config",
            str(workdir / "config.yaml"),
            "--port",
            str(port),
        ],
        cwd=workdir,
    )
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    llm = llama_cpp.Llama(model_path=str(model), n_ctx=N_CTX, verbose=False)
    direct: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    routed: list[tuple[float, float]] = []
    try:
        with httpx.Client(timeout=120) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get(f"http://127.0.0.1:{port}/healthz")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or router.poll() is not None:
                        raise
                    time.sleep(0.1)
            direct_run(llm, 16)  # warm both paths
            router_run(client, url, 16)
            for _ in range(args.rounds):  # interleaved, so drift hits both alike
                direct.append(direct_run(llm, args.tokens))
                bare.append(generate_run(llm, args.tokens))
                routed.append(router_run(client, url, args.tokens))
    finally:
        router.terminate()
        router.wait(timeout=15)
        llm.close()

    raw, loop, through = summarise(direct), summarise(bare), summarise(routed)
    result = {
        "tokens": args.tokens,
        "rounds": args.rounds,
        "cpus": os.cpu_count(),
        "direct_chat_api": raw,
        "direct_generate_loop": loop,
        "router": through,
    }
    print(f"{'path':<32} {'tokens/s':>10} {'TTFT ms':>9}")
    rows = (
        ("Llama.create_chat_completion", raw),
        ("Llama.generate loop (no HTTP)", loop),
        ("router (HTTP, SSE, JSON)", through),
    )
    for name, row in rows:
        print(f"{name:<32} {row['tokens_per_s']:>10.1f} {row['ttft_ms']:>9.2f}")
    for name, base in (("chat API", raw), ("bare generate loop", loop)):
        kept = through["tokens_per_s"] / base["tokens_per_s"]
        added = through["ttft_ms"] - base["ttft_ms"]
        result[f"vs {name}"] = {"tokens_per_s_kept": kept, "ttft_added_ms": added}
        print(
            f"vs {name}: router keeps {100 * kept:.1f}% of tokens/s (goal >= 95%), "
            f"adds {added:.2f} ms to the first token (goal <= 5 ms)"
        )
    write_results("local_backend", result)


if __name__ == "__main__":
    main()
