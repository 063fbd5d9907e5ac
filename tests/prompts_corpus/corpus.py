"""The prompts corpora (gaming.toml, fair.toml): load them and grade one attempt alone.

Shared by tests/test_prompts_corpus.py and benchmarks/prompts_corpus.py, which runs them
against any course folder (the one a given grader ships) and counts what gets through."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
TEXTS: dict[str, str] = tomllib.loads((HERE / "texts.toml").read_text(encoding="utf-8"))


@dataclass
class Attempt:
    id: str
    task: str
    prompt: str
    answer: str
    klass: str = ""
    deserves: list[str] = field(default_factory=list)
    # A dictation transcript mode cannot see (documented in docs/design.md), and the part of
    # the prompt a model would follow (the loopback model of the live tests answers to it).
    transcript_limit: str = ""
    live_key: str = ""
    # Checks the loopback model of the live tests loses and a real model would not: it
    # answers the same JSON to any prompt that holds ``live_key``, so reviews the
    # counterfactual moved and the key does not label look dictated too.
    loopback_loses: list[str] = field(default_factory=list)
    # What a judge that compares the answer with the source refuses (an added sentence, a
    # postscript): the loopback judge of the live replay says FAIL to a text that holds it.
    judge_rejects: list[str] = field(default_factory=list)
    # Why the whole file is refused (`invalid`, no point at all) by a documented rule of the
    # transcript format: the tests then expect that status instead of checks.
    invalid: str = ""


def load(name: str) -> list[Attempt]:
    """``gaming``, ``fair``, ``heldout_gaming``...: the attempts, with the shared texts pasted in."""
    raw = tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))["attempt"]
    return [
        Attempt(
            id=a["id"],
            task=a["task"],
            prompt=_fill(a["prompt"]),
            answer=_fill(a["answer"]),
            klass=a.get("class", ""),
            deserves=a.get("deserves", []),
            transcript_limit=a.get("transcript_limit", ""),
            live_key=a.get("live_key", ""),
            loopback_loses=a.get("loopback_loses", []),
            judge_rejects=a.get("judge_rejects", []),
            invalid=a.get("invalid", ""),
        )
        for a in raw
    ]


def _fill(text: str) -> str:
    for key, value in TEXTS.items():
        text = text.replace("{" + key + "}", value)
    return text


def transcript(starter: str, attempt: Attempt) -> str:
    """The starter file with the attempt's task filled in (added if the starter lacks it)."""
    section = f"## {attempt.task}\n### prompt\n{attempt.prompt}\n### answer\n{attempt.answer}\n"
    pattern = re.compile(rf"^## {re.escape(attempt.task)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(starter):
        return pattern.sub(lambda _: section + "\n", starter, count=1)
    return starter.rstrip("\n") + "\n\n" + section


def deserved(check_name: str, attempt: Attempt) -> bool:
    """Whether the attempt deserves this check (``prompt-data`` also names ``prompt-has-*``)."""
    return check_name in attempt.deserves or (
        "prompt-data" in attempt.deserves and check_name.startswith("prompt-has")
    )


def task_results(result, task: str) -> dict[str, tuple[float, float]]:  # type: ignore[no-untyped-def]
    """{check name: (earned, points)} for the task's checks (public and hidden)."""
    found: dict[str, tuple[float, float]] = {}
    for test in result.tests:
        _, test_task, name = test.id.split("/", 2)
        if test_task == task:
            found[name] = (test.earned, test.points)
    return found


def earned(exercise, task: str, prompt: str, answer: str, fill: bool = True) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """What one attempt of ``task`` written as ``prompt`` and ``answer`` (the shared texts
    pasted in unless ``fill`` is false) earns, check by check, in a whole submission of
    ``exercise`` graded in transcript mode (the own-variant tests of each round)."""
    from workshop.prompts.grade import grade_prompts

    starter = (exercise.public_dir / "prompts.md").read_text(encoding="utf-8")
    text = (_fill(prompt), _fill(answer)) if fill else (prompt, answer)
    attempt = Attempt(id="own", task=task, prompt=text[0], answer=text[1])
    result = grade_prompts(exercise, {"prompts.md": transcript(starter, attempt).encode()})
    return {name: got for name, (got, _) in task_results(result, task).items()}


def answer_points(got: dict[str, float]) -> dict[str, float]:
    """The answer checks of ``earned``'s result, without ``answer-filled`` (which any text earns)."""
    return {
        name: value for name, value in got.items() if name.startswith("answer") and name != "answer-filled"
    }


def swap(text: str, old: str, new: str) -> str:
    """``text`` with its first ``old`` replaced (which must be there: a variant that changes
    nothing would test nothing)."""
    assert old in text, old
    return text.replace(old, new, 1)


def faithful_only_lost(got: dict[str, float]) -> None:
    """answer-faithful refused and every other answer point still earned."""
    points = answer_points(got)
    assert points.pop("answer-faithful") == 0, got
    assert all(points.values()), got
