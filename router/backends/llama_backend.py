"""A GGUF model run in-process by llama.cpp: one generation at a time behind a bounded queue.

Generation runs on the model's own worker thread and streams back to the event loop in batches
(`router.backends.handoff`).
A full queue is refused at once (503 with Retry-After); a client that goes away cancels its
generation within a token; output that falls into a loop is stopped and marked.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections.abc import AsyncGenerator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

import llama_cpp
from jinja2 import TemplateError

from router.backends.answer_parser import AnswerParser
from router.backends.base import ChatRequest, Json, Readiness
from router.backends.handoff import Handoff
from router.backends.llama_prompt import PromptRenderer, opens_thinking
from router.backends.llama_worker import Finished, Sampling, TokenText, run_generation
from router.backends.local_chunks import ChunkWriter, collect_completion
from router.backends.repetition import RepetitionDetector
from router.errors import ContextWindowExceeded, ModelBusy, ModelUnavailable, RouterError
from router.settings import LocalModel

log = logging.getLogger(__name__)
LOOP_OUTCOME = "repetition_loop"
_SMOOTHING = 0.2
_HEARTBEAT_S = 5.0


@dataclass(frozen=True, slots=True)
class Prepared:
    prompt: list[int]
    sampling: Sampling
    thinking: bool


class LocalBackend:
    def __init__(self, config: LocalModel) -> None:
        self._config = config
        self._llm: Any = None
        self._renderer: PromptRenderer | None = None
        self._problem: str | None = "the model is still loading"
        self._worker = ThreadPoolExecutor(1, thread_name_prefix=f"llama-{config.name}")
        self._admitted = 0  # running plus waiting; touched on the event loop only
        self._tokens_per_s = 0.0
        self._seconds_per_request = 0.0

    @property
    def name(self) -> str:
        return self._config.name

    async def start(self) -> None:
        path = self._config.path
        if not path.is_file():
            self._problem = f"the model file {path} does not exist; put a GGUF there or change path"
            log.warning("local model %s cannot serve: %s", self.name, self._problem)
            return
        log.info("loading local model %s from %s", self.name, path)
        began = time.perf_counter()
        loop = asyncio.get_running_loop()
        try:
            self._llm = await self._with_heartbeat(loop.run_in_executor(self._worker, self._load))
        except (ValueError, OSError, RuntimeError) as exc:
            self._problem = f"cannot load {path}: not a complete, valid GGUF file ({exc})"
            log.error("local model %s cannot serve: %s", self.name, self._problem)
            return
        template = self._config.chat_template or self._llm.metadata.get("tokenizer.chat_template")
        if not template:
            self._problem = f"{path} has no chat template; set chat_template for this model"
            log.error("local model %s cannot serve: %s", self.name, self._problem)
            return
        try:
            self._renderer = PromptRenderer(
                template, self._piece(self._llm.token_bos()), self._piece(self._llm.token_eos())
            )
        except TemplateError as exc:
            self._problem = f"the chat template of {self.name} does not compile: {exc}"
            log.error("local model %s cannot serve: %s", self.name, self._problem)
            return
        self._problem = None
        log.info(
            "loaded local model %s in %.2f s (context %d tokens, %d GPU layers)",
            self.name,
            time.perf_counter() - began,
            self._config.n_ctx,
            self._config.n_gpu_layers,
        )

    async def _with_heartbeat(self, loading: asyncio.Future[Any]) -> Any:
        """Waits for the load, saying every few seconds that it is still going (llama-cpp-python
        does not pass llama.cpp's progress callback through)."""
        size_gb = self._config.path.stat().st_size / 1e9
        began = time.perf_counter()
        while True:
            done, _ = await asyncio.wait({loading}, timeout=_HEARTBEAT_S)
            if done:
                return loading.result()
            log.info(
                "still loading local model %s (%.1f GB) after %.0f s",
                self.name,
                size_gb,
                time.perf_counter() - began,
            )

    def _load(self) -> Any:
        config = self._config
        return llama_cpp.Llama(
            model_path=str(config.path),
            n_ctx=config.n_ctx,
            n_gpu_layers=config.n_gpu_layers,
            n_threads=config.n_threads,
            n_batch=config.n_batch,
            verbose=False,
        )

    def _piece(self, token: int) -> str:
        vocab = llama_cpp.llama_model_get_vocab(self._llm.model)
        return TokenText(vocab, special=True)(token).decode(errors="ignore")

    def readiness(self) -> Readiness:
        running = min(self._admitted, 1)
        load = {
            "in_flight": running,
            "queue_depth": self._admitted - running,
            "max_queue": self._config.max_queue,
            "tokens_per_s": round(self._tokens_per_s, 1),
            "estimated_wait_s": round(self.estimated_wait_s(), 3),
        }
        return Readiness(self._problem is None, self._problem, load)

    def estimated_wait_s(self) -> float:
        return self._admitted * self._seconds_per_request

    async def complete(self, request: ChatRequest) -> Json:
        return await collect_completion(self.stream(replace(request, include_usage=True)))

    async def stream(self, request: ChatRequest) -> AsyncGenerator[Json, None]:
        if self._problem is not None:
            raise ModelUnavailable(f"model '{self.name}' cannot serve requests: {self._problem}")
        prepared = await asyncio.to_thread(self._prepare, request)
        self._admit()
        cancel = threading.Event()
        loop = asyncio.get_running_loop()
        handoff = Handoff(loop)
        job = loop.run_in_executor(
            self._worker,
            run_generation,
            self._llm,
            prepared.prompt,
            prepared.sampling,
            cancel,
            handoff.put,
        )
        job.add_done_callback(lambda _: self._release())
        try:
            async for chunk in self._chunks(request, prepared, handoff, cancel):
                yield chunk
        finally:
            cancel.set()

    async def _chunks(
        self,
        request: ChatRequest,
        prepared: Prepared,
        handoff: Handoff,
        cancel: threading.Event,
    ) -> AsyncGenerator[Json, None]:
        writer = ChunkWriter(f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), self.name)
        parser = AnswerParser(thinking=prepared.thinking, tools=bool(request.params.get("tools")))
        detection = self._config.loop_detection
        loops = (
            RepetitionDetector(
                detection.min_repeats, detection.min_span_chars, detection.max_period_chars
            )
            if detection.enabled
            else None
        )
        called = 0
        outcome: str | None = None
        finished: Finished | None = None
        yield writer.role()
        while finished is None:
            pieces: list[str] = []
            for item in await handoff.take():
                if isinstance(item, Finished):
                    finished = item
                elif isinstance(item, BaseException):
                    raise self._translate(item)
                else:
                    pieces.append(str(item))
            if not pieces or outcome is not None:
                continue
            piece = "".join(pieces)
            reasoning, content, calls = parser.feed(piece)
            for chunk in writer.parts(reasoning, content, calls, called):
                yield chunk
            called += len(calls)
            if loops is not None and loops.feed(piece):
                outcome = LOOP_OUTCOME
                cancel.set()
                log.warning("local model %s fell into a repetition loop; stopped", self.name)
        reasoning, content, calls = parser.flush()
        for chunk in writer.parts(reasoning, content, calls, called):
            yield chunk
        called += len(calls)
        self._record(finished.completion_tokens, finished.seconds)
        reason = "length" if outcome else finished.finish_reason
        if called and reason == "stop":
            reason = "tool_calls"
        yield writer.finish(reason, outcome)
        if request.include_usage:
            yield writer.usage(len(prepared.prompt), finished.completion_tokens)

    async def count_tokens(self, request: ChatRequest) -> int:
        """The prompt's length in this model's tokens, as it would be rendered."""
        if self._problem is not None:
            raise ModelUnavailable(f"model '{self.name}' cannot count tokens: {self._problem}")
        _, prompt = await asyncio.to_thread(self._render, request)
        return len(prompt)

    def _render(self, request: ChatRequest) -> tuple[str, list[int]]:
        assert self._renderer is not None
        template_kwargs = {
            "enable_thinking": self._config.enable_thinking,
            **request.template_kwargs,
        }
        text = self._renderer.render(
            self.name, request.messages, request.params.get("tools"), template_kwargs
        )
        return text, self._llm.tokenize(text.encode(), add_bos=False, special=True)

    def _prepare(self, request: ChatRequest) -> Prepared:
        """Renders and tokenizes the prompt; off the event loop, and before taking a slot."""
        config = self._config
        template_kwargs = {"enable_thinking": config.enable_thinking, **request.template_kwargs}
        text, prompt = self._render(request)
        if len(prompt) >= config.n_ctx:
            raise ContextWindowExceeded(
                f"the prompt is {len(prompt)} tokens; model '{self.name}' holds {config.n_ctx}",
                param="messages",
            )
        thinking = bool(template_kwargs["enable_thinking"])
        sampling = self._sampling(request.params, thinking, config.n_ctx - len(prompt))
        return Prepared(prompt, sampling, opens_thinking(text))

    def _sampling(self, params: Json, thinking: bool, room: int) -> Sampling:
        """The request's sampling, with this model's defaults for what it leaves out."""
        default = self._config.thinking_sampling if thinking else self._config.sampling
        stop = params.get("stop") or ()
        wanted = params.get("max_completion_tokens") or params.get("max_tokens")
        return Sampling(
            max_tokens=min(wanted or self._config.max_tokens, room),
            temperature=params.get("temperature", default.temperature),
            top_p=params.get("top_p", default.top_p),
            top_k=params.get("top_k", default.top_k),
            min_p=default.min_p,
            presence_penalty=params.get("presence_penalty", default.presence_penalty),
            frequency_penalty=params.get("frequency_penalty", 0.0),
            stop=(stop,) if isinstance(stop, str) else tuple(stop),
            seed=params.get("seed"),
        )

    def _admit(self) -> None:
        if self._admitted > self._config.max_queue:
            wait = self.estimated_wait_s()
            raise ModelBusy(
                f"model '{self.name}' is busy: {self._admitted - 1} requests are already waiting",
                retry_after=max(wait, 1.0),
            )
        self._admitted += 1

    def _release(self) -> None:
        self._admitted -= 1

    def _record(self, tokens: int, seconds: float) -> None:
        if seconds <= 0:
            return
        rate = tokens / seconds
        self._tokens_per_s += _SMOOTHING * (rate - self._tokens_per_s)
        self._seconds_per_request += _SMOOTHING * (seconds - self._seconds_per_request)

    def _translate(self, exc: BaseException) -> RouterError:
        log.error("local model %s failed while generating", self.name, exc_info=exc)
        return RouterError(f"model '{self.name}' failed while generating")

    async def aclose(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)
        if self._llm is not None:
            self._llm.close()
