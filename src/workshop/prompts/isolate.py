"""A prompts submission graded in a child process under a CPU time limit.

Prompts are graded on the host, in pure Python: in the server's process, a slow grading
would hold the interpreter (the GIL) and stall every request and every other grading job.
So each submission is graded in its own process, forked from a ``multiprocessing``
fork server that has imported the grader already (a fork costs milliseconds, not a new
interpreter's imports), with ``RLIMIT_CPU`` set to the exercise's time limit
(``limits.wall_time_s``: the limit a code submission's run has) and ``RLIMIT_AS`` to its
memory limit above what the process holds at the fork. A grading that goes over is killed
by the kernel and ends as ``timeout`` (or ``memory``): the submission's doing, final, never
retried; the server and the other submissions go on.

In live mode, the child makes its own client of the same endpoint (same settings, same API
key, same cache folder) behind a semaphore shared by every child of the run (the
endpoint's concurrency limit holds for the whole run), and hands back its usage."""

from __future__ import annotations

import multiprocessing
import resource
import signal
import threading
from collections.abc import Collection
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from workshop.course import Exercise
from workshop.errors import WorkshopError
from workshop.i18n import t
from workshop.prompts.llm import LlmClient, LlmSettings, Usage
from workshop.results import GradeResult, Status

_context: Any = None
_context_lock = threading.Lock()
_USAGE_FIELDS = ("calls", "cached", "prompt_tokens", "completion_tokens", "seconds")


def _forkserver() -> Any:
    """The fork server context, started on first use with the grader imported."""
    global _context
    with _context_lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            # "__main__": the program's main module is imported once, in the fork server, not
            # again in each child (its entry point must be guarded, as multiprocessing asks).
            # ``readable_loaded``: the word lists read once there, not in every child.
            context.set_forkserver_preload(
                [
                    "__main__",
                    "workshop.prompts.grade",
                    "workshop.prompts.isolate",
                    "workshop.prompts.readable_loaded",
                ]
            )
            _context = context
        return _context


@dataclass
class _Live:
    settings: LlmSettings
    api_key: str
    gate: Any  # a multiprocessing semaphore


def _vm_bytes() -> int:
    """The address space this process holds now (0 when /proc cannot say)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _child(
    sender: Connection,
    exercise: Exercise,
    files: dict[str, bytes],
    live: _Live | None,
    cpu_s: int,
    mib: int,
    tasks_only: Collection[str] | None,
) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))  # SIGXCPU, then SIGKILL
    held = _vm_bytes()
    if held:
        resource.setrlimit(resource.RLIMIT_AS, (held + mib * 1024 * 1024, resource.RLIM_INFINITY))
    from workshop.prompts.grade import grade_prompts

    usage = Usage()
    try:
        llm = None
        if live is not None:
            llm = LlmClient(live.settings, live.api_key)
            llm.gate = live.gate
        result = grade_prompts(exercise, files, llm, usage, tasks_only=tasks_only)
        sender.send(("result", result.model_dump_json(), {k: getattr(usage, k) for k in _USAGE_FIELDS}))
    except MemoryError:
        sender.send(("memory", "", {}))
    except WorkshopError as exc:  # the course's (a checks file): raised again in the parent
        sender.send(("error", type(exc).__name__, {"key": exc.key, "params": _plain(exc.params)}))
    except Exception as exc:  # noqa: BLE001 - our bug: the parent makes it an infra error
        sender.send(("bug", f"{type(exc).__name__}: {exc}"[:500], {}))


def _plain(params: dict[str, object]) -> dict[str, object]:
    return {k: v if isinstance(v, int | float | str) else str(v) for k, v in params.items()}


def _live(llm: LlmClient) -> _Live:
    with _context_lock:
        gate = getattr(llm, "process_gate", None)
        if gate is None:
            gate = multiprocessing.get_context("forkserver").BoundedSemaphore(llm.settings.concurrency)
            llm.process_gate = gate  # type: ignore[attr-defined]
    llm.judge_secret()  # made once, here, before several children could race to make it
    return _Live(llm.settings, llm.api_key, gate)


def grade_isolated(
    exercise: Exercise,
    files: dict[str, bytes],
    llm: LlmClient | None = None,
    usage: Usage | None = None,
    tasks_only: Collection[str] | None = None,
) -> GradeResult:
    """:func:`workshop.prompts.grade.grade_prompts` in a child process under the exercise's
    CPU and memory limits; the result, or ``timeout``/``memory`` when the child went over."""
    limits = exercise.spec.limits
    cpu_s = max(1, round(limits.wall_time_s))
    context = _forkserver()
    receiver, sender = context.Pipe(duplex=False)
    live = _live(llm) if llm is not None else None
    process = context.Process(
        target=_child, args=(sender, exercise, files, live, cpu_s, limits.memory_mib, tasks_only), daemon=True
    )
    process.start()
    sender.close()
    try:
        kind, payload, extra = receiver.recv()
    except EOFError:
        kind, payload, extra = "died", "", {}
    finally:
        receiver.close()
        process.join()
    if kind == "result":
        if usage is not None:
            usage.merge(extra)
        return GradeResult.model_validate_json(payload)
    if kind == "error":
        error = WorkshopError(str(extra["key"]), **dict(extra["params"]))
        for cls in _subclasses(WorkshopError):
            if cls.__name__ == payload:
                error = cls(str(extra["key"]), **dict(extra["params"]))
        raise error
    max_score = _max_score(exercise, tasks_only)
    if kind == "memory":
        said = t("prompts_memory_limit", mib=limits.memory_mib)
        return GradeResult.ungraded(Status.memory, max_score, "prompts_memory_limit", said)
    if kind == "died" and process.exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        said = t("prompts_cpu_limit", seconds=cpu_s)
        return GradeResult.ungraded(Status.timeout, max_score, "prompts_cpu_limit", said)
    detail = payload or f"grading process ended with {process.exitcode}"
    return GradeResult.ungraded(Status.infra_error, max_score, "internal_error", detail)


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    sub: type
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _max_score(exercise: Exercise, tasks_only: Collection[str] | None) -> float:
    """What grade_prompts would have graded out of: the exercise, or a session's tasks."""
    if tasks_only is None:
        return exercise.spec.points
    from workshop.prompts.grade import load

    return sum(check.points for _, check in load(exercise, True, tasks_only)[1])
