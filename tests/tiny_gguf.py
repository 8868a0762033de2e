"""Tiny GGUF models whose greedy output is known in advance, for the real llama.cpp path.

The attention and feed-forward weights are zero, so each layer passes the token embedding
through unchanged and the next token depends on the current token alone. Embeddings are
orthogonal for the tokens of a chosen chain, and the output matrix maps each of them to its
successor: greedy decoding after the chat template's last prompt token ("\\n") then emits the
chain exactly. A chain that returns to an earlier token loops forever.
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
    "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)
WEATHER_CALL = '{"name": "get_weather", "arguments": {"city": "Paris"}}'
_TEXT_TOKENS = ["<think>", "</think>", "<tool_call>", "</tool_call>", WEATHER_CALL]
SPECIAL = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>", *_TEXT_TOKENS]
_TYPES = {"<unk>": gguf.TokenType.UNKNOWN} | dict.fromkeys(
    _TEXT_TOKENS, gguf.TokenType.USER_DEFINED
)
END = "<|im_end|>"
N_EMBD, N_HEAD, N_FF, N_LAYER = 64, 4, 128, 1


def vocabulary() -> list[str]:
    return SPECIAL + [f"<0x{byte:02X}>" for byte in range(256)]


def token_id(piece: str) -> int:
    """The id of a special token, or of the byte token for a one-byte ASCII character."""
    if piece in SPECIAL:
        return SPECIAL.index(piece)
    (byte,) = piece.encode()
    return len(SPECIAL) + byte


def chain(text: str, *, then: str | None = END, think: str | None = None) -> list[str]:
    """The pieces a model should emit for `text` (ASCII, each character once at most)."""
    pieces = (["<think>", *think, "</think>"] if think is not None else []) + list(text)
    return pieces + ([then] if then is not None else [])


def write_chain_model(
    path: Path,
    pieces: list[str],
    *,
    loop_to: int | None = None,
    after_think: list[str] | None = None,
    context: int = 4096,
    template: str = CHATML,
) -> Path:
    """A model that answers every prompt with `pieces`; `loop_to` jumps back to that index.

    `after_think` is a second chain, followed when the prompt ends with `<think>`.
    """
    vocab = vocabulary()
    chains = [["\n", *pieces]] + ([["<think>", *after_think]] if after_think else [])
    ids = [[token_id(piece) for piece in steps] for steps in chains]
    leading = [token for steps in ids for token in steps[: None if loop_to is not None else -1]]
    if len(set(leading)) != len(leading) or len(leading) > N_EMBD:
        raise ValueError("a piece with a successor may appear once; at most 64 of them fit")
    rng = np.random.default_rng(0)
    embeddings = rng.normal(0, 0.01, (len(vocab), N_EMBD)).astype(np.float32)
    output = np.zeros((len(vocab), N_EMBD), dtype=np.float32)
    dimension = 0
    for steps in ids:
        successors = steps[1:] + ([steps[loop_to + 1]] if loop_to is not None else [])
        for current, following in zip(steps, successors, strict=False):
            embeddings[current] = 0
            embeddings[current, dimension] = 1
            output[following, dimension] = 1
            dimension += 1
        loop_to = None  # only the first chain loops
    writer = gguf.GGUFWriter(str(path), "llama")
    _write_metadata(writer, vocab, context, template)
    writer.add_tensor("token_embd.weight", embeddings)
    writer.add_tensor("output_norm.weight", np.ones(N_EMBD, dtype=np.float32))
    writer.add_tensor("output.weight", output)
    zeros = np.zeros
    for layer in range(N_LAYER):
        block = f"blk.{layer}"
        writer.add_tensor(f"{block}.attn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"{block}.{name}.weight", zeros((N_EMBD, N_EMBD), np.float32))
        writer.add_tensor(f"{block}.ffn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        writer.add_tensor(f"{block}.ffn_gate.weight", zeros((N_FF, N_EMBD), np.float32))
        writer.add_tensor(f"{block}.ffn_up.weight", zeros((N_FF, N_EMBD), np.float32))
        writer.add_tensor(f"{block}.ffn_down.weight", zeros((N_EMBD, N_FF), np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _write_metadata(writer: gguf.GGUFWriter, vocab: list[str], context: int, template: str) -> None:
    writer.add_name("tiny-chain")
    writer.add_context_length(context)
    writer.add_embedding_length(N_EMBD)
    writer.add_block_count(N_LAYER)
    writer.add_feed_forward_length(N_FF)
    writer.add_head_count(N_HEAD)
    writer.add_head_count_kv(N_HEAD)
    writer.add_rope_dimension_count(N_EMBD // N_HEAD)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(vocab)
    writer.add_token_scores([0.0] * len(vocab))
    writer.add_token_types(
        [
            _TYPES.get(piece, gguf.TokenType.CONTROL if piece in SPECIAL else gguf.TokenType.BYTE)
            for piece in vocab
        ]
    )
    writer.add_bos_token_id(token_id("<s>"))
    writer.add_eos_token_id(token_id(END))
    writer.add_unk_token_id(token_id("<unk>"))
    writer.add_add_bos_token(False)
    writer.add_add_space_prefix(False)
    writer.add_chat_template(template)
