"""Live mode: an OpenAI-compatible chat-completions endpoint (OpenAI, Mistral, Ollama,
vLLM, llama.cpp's server), called from the host with the official ``openai`` client.

Every answer is cached on disk under a key made of the endpoint, the model, the messages,
the parameters and the sample number, so a re-grade makes no call and gives the same
score. The client retries 429 and 5xx with exponential backoff (its own mechanism) and
gives up after a per-request timeout; a concurrency limit holds for the whole grade run."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field


class LlmSettings(BaseModel):
    """What the trainer configures; the API key comes from the environment only."""

    base_url: str = Field(min_length=1)
    model: str = Field(min_length=1)
    samples: int = Field(3, ge=1, le=50)
    temperature: float = Field(0.7, ge=0, le=2)
    max_tokens: int = Field(512, ge=1, le=32768)
    timeout_s: float = Field(30.0, gt=0)
    retries: int = Field(3, ge=0, le=10)
    concurrency: int = Field(4, ge=1, le=64)
    cache_dir: Path

    def fingerprint(self) -> str:
        """What changes the answers (not the cache folder, timeouts or concurrency)."""
        parts = [self.base_url.rstrip("/"), self.model, self.samples, self.temperature, self.max_tokens]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:12]


class LlmUnavailable(Exception):
    """The endpoint did not give a usable answer after its retries."""


@dataclass(frozen=True)
class LlmAnswer:
    """What the model answered: its text, or ``kind`` says it answered otherwise
    (``tool_calls``, ``refusal``: an answer without text, scored as such, never an error)."""

    text: str
    kind: str = "text"
    detail: str = ""


class LlmRefused(Exception):
    """The endpoint refused this prompt itself (HTTP 400, 413 or 422: too long for the
    model's context, or not acceptable): the submission's doing, not an outage."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"HTTP {status}: {detail}")
        self.status, self.detail = status, detail


REFUSALS = (400, 413, 422)


@dataclass
class Usage:
    calls: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, other: dict[str, float], cached: bool) -> None:
        with self._lock:
            if cached:
                self.cached += 1
            else:
                self.calls += 1
                self.seconds += float(other.get("seconds", 0.0))
            self.prompt_tokens += int(other.get("prompt_tokens", 0))
            self.completion_tokens += int(other.get("completion_tokens", 0))

    def merge(self, other: dict[str, float]) -> None:
        """Add the counts of another process's usage (``workshop.prompts.isolate``)."""
        with self._lock:
            self.calls += int(other.get("calls", 0))
            self.cached += int(other.get("cached", 0))
            self.seconds += float(other.get("seconds", 0.0))
            self.prompt_tokens += int(other.get("prompt_tokens", 0))
            self.completion_tokens += int(other.get("completion_tokens", 0))


class LlmClient:
    """One per grade run; thread-safe."""

    def __init__(
        self, settings: LlmSettings, api_key: str | None = None, *, shared: LlmClient | None = None
    ) -> None:
        """``shared``: a client of the same endpoint whose connection to reuse (building one loads
        the system's certificates, tens of milliseconds: tests replaying thousands of attempts,
        each with its own cache folder, share one)."""
        self.settings = settings
        import openai  # slow to import: only in live mode

        key = api_key or os.environ.get("WORKSHOP_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY") or "none"
        self.api_key = key  # a grading child process makes its own client with it
        self.openai = openai
        endpoint = (settings.base_url, settings.timeout_s, settings.retries, key)
        self.client: openai.OpenAI
        if shared is not None:
            if (
                shared.settings.base_url,
                shared.settings.timeout_s,
                shared.settings.retries,
                shared.api_key,
            ) != endpoint:
                raise ValueError("a shared client must have the same endpoint, key, timeout and retries")
            self.client = shared.client
        else:
            self.client = openai.OpenAI(
                base_url=settings.base_url,
                api_key=key,
                timeout=settings.timeout_s,
                max_retries=settings.retries,
            )
        self.gate = threading.Semaphore(settings.concurrency)
        self._secret_lock = threading.Lock()

    def judge_secret(self) -> bytes:
        """The key the judge's controls are drawn from: random, made once per cache folder
        (the trainer's), readable by the trainer only, so a re-grade draws the same
        controls (and finds them in the cache) and no student can predict them."""
        path = self.settings.cache_dir / JUDGE_SECRET_FILE
        with self._secret_lock:
            if not path.is_file():
                _write_atomic(path, secrets.token_hex(32))
                path.chmod(0o600)
            return path.read_text(encoding="utf-8").strip().encode()

    def _cache_path(self, messages: list[dict[str, str]], sample: int) -> Path:
        """Sample -1 is a deterministic call (temperature 0, fixed seed)."""
        s = self.settings
        key = json.dumps(
            [s.base_url.rstrip("/"), s.model, messages, s.temperature, s.max_tokens, sample],
            ensure_ascii=False,
        )
        digest = hashlib.sha256(key.encode()).hexdigest()
        return s.cache_dir / digest[:2] / (digest + ".json")

    def answer(self, prompt: str, sample: int, usage: Usage) -> str:
        """The model's answer to ``prompt`` for sample number ``sample`` (cached): its text,
        "" when it answered without text."""
        return self.reply([{"role": "user", "content": prompt}], sample, usage).text

    def reply(
        self,
        messages: list[dict[str, str]],
        sample: int,
        usage: Usage,
        deterministic: bool = False,
    ) -> LlmAnswer:
        """The model's reply to ``messages`` (cached). ``deterministic``: temperature 0 and
        a fixed seed (for the judge), whatever the trainer set for the samples."""
        path = self._cache_path(messages, sample if not deterministic else -1)
        if path.is_file():
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                usage.add(stored, cached=True)
                return LlmAnswer(str(stored["content"]), stored.get("kind", "text"), stored.get("detail", ""))
            except (ValueError, KeyError):
                pass  # a damaged cache entry is fetched again
        with self.gate:
            started = time.monotonic()
            try:
                response = self.client.chat.completions.create(
                    model=self.settings.model,
                    messages=messages,  # type: ignore[arg-type]
                    max_tokens=self.settings.max_tokens,
                    temperature=0 if deterministic else self.settings.temperature,
                    extra_body={"seed": JUDGE_SEED} if deterministic else None,
                )
            except self.openai.APIStatusError as exc:
                if exc.status_code in REFUSALS:
                    raise LlmRefused(exc.status_code, _reason(exc)) from exc
                raise LlmUnavailable(f"{type(exc).__name__}: {str(exc)[:200]}") from exc
            except self.openai.OpenAIError as exc:
                raise LlmUnavailable(f"{type(exc).__name__}: {str(exc)[:200]}") from exc
            except ValueError as exc:  # a body that is not JSON
                raise LlmUnavailable(f"unreadable answer: {str(exc)[:200]}") from exc
            seconds = time.monotonic() - started
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise LlmUnavailable("the endpoint returned no answer (empty choices)")
        answer = _answer_of(choices[0].message)
        tokens = getattr(response, "usage", None)
        stored = {
            "content": answer.text,
            "kind": answer.kind,
            "detail": answer.detail,
            "prompt_tokens": getattr(tokens, "prompt_tokens", 0) or 0,
            "completion_tokens": getattr(tokens, "completion_tokens", 0) or 0,
            "seconds": round(seconds, 3),
        }
        _write_atomic(path, json.dumps(stored, ensure_ascii=False))
        usage.add(stored, cached=False)
        return answer


JUDGE_SEED = 20240601
JUDGE_SECRET_FILE = "judge-secret"


_TEXT_PARTS = {"text", "output_text"}


def _part(part: object, key: str) -> object:
    return part.get(key) if isinstance(part, dict) else getattr(part, key, None)


def _answer_of(message: object) -> LlmAnswer:
    """A text answer, or what the model did instead (a tool call, a refusal, nothing).
    Content sent as a list of parts (reasoning models: a ``thinking`` part, then ``text``)
    is its text parts joined in order; the reasoning is not the answer."""
    content = getattr(message, "content", None)
    refusal = getattr(message, "refusal", None)
    if isinstance(content, list):
        texts = [_part(p, "text") for p in content if _part(p, "type") in _TEXT_PARTS]
        refusal = refusal or next(
            (_part(p, "refusal") for p in content if _part(p, "type") == "refusal"), None
        )
        content = "".join(t for t in texts if isinstance(t, str))
    if isinstance(content, str) and content.strip():
        return LlmAnswer(content)
    if refusal:
        return LlmAnswer("", "refusal", str(refusal)[:200])
    calls = getattr(message, "tool_calls", None)
    if calls:
        names = [getattr(getattr(c, "function", None), "name", "?") for c in calls]
        return LlmAnswer("", "tool_calls", ", ".join(str(n) for n in names)[:200])
    if isinstance(getattr(message, "content", None), list):  # parts, but no text among them
        return LlmAnswer("", "reasoning_only")
    return LlmAnswer("", "empty")


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def _reason(exc: Exception) -> str:
    """The endpoint's own message, from an OpenAI-style error body when there is one."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else None
        if isinstance(message, str):
            return message[:200]
    return str(exc)[:200]
