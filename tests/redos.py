"""Adversarial inputs for the prompts grader's regexes and for the grader as a whole, shared
by tests/test_prompts_redos.py and benchmarks/prompts_redos.py.

- :func:`grader_patterns`: every regex the grader runs on student text: the compiled
  patterns of ``workshop.prompts.*``, those it builds while grading (captured by wrapping
  ``re._compile`` while the reference solution and the corpora are graded), and the
  trainer's patterns of the checks files.
- :func:`pumps`: for one pattern, attack strings made from its own repeated parts (the body
  of each ``*``, ``+``, ``{m,}``, each alternative of a repeated group), after a prefix that
  leads to the repetition, followed by a character that makes the match fail: the shape
  that makes a backtracking engine try every split (ReDoS).
- :data:`PAYLOADS` and :func:`transcript`: the red team's pumps (repeated units such as
  "1, " or "<!--") put in place of one task's prompt or answer in a good transcript.
"""

from __future__ import annotations

import re
import re._constants as C  # noqa: N812 - the parser's opcodes
import re._parser as sre
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOOD = (ROOT / "tests" / "prompts_samples" / "good.md").read_text(encoding="utf-8")
TASKS = ["riddle", "parallel-line", "coprime", "sentiment", "summary", "plan", "traduction"]
KIB = (2, 4, 8, 16)

PAYLOADS: dict[str, str] = {
    "digits": "1",
    "digits-spaces": "1 ",
    "num-list": "1, ",
    "num-list-semicolon": "1 ; ",
    "spaces": " ",
    "comment-opens": "<!--",
    "letters": "a",
    "words": "ab ",
    "x-space": "x ",
    "parens": "(",
    "dots": ".",
    "dashes": "-",
    "stars": "*",
    "underscores": "_a",
    "eq-run": "1+",
    "eq-chain": "1=",
    "colons": " :",
    "newlines": "\n",
    "braces": "{",
    "brackets": "[",
    "quotes": '"a',
    "json-items": '{"a": [1, ',
    "hours": "1 h ",
    "min-list": "1 ou ",
    "clock": "10:00 ",
    "sisters": "1 1 ",
    "soeurs-list": "1 et ",
    "bullets": "- ",
    "emphasis": "*a",
    "fx": "f (",
    "yes-or": "oui ou ",
    "nums-dot": "1.",
    "nums-comma": "1,",
    "y-eq": "y = ",
    "minus-space": "- 1 ",
    "hex": "ab ",
    "base64": "QUJD",
    "b-eq": "b = 1 ",
    "avis": "avis 1 : ",
    "latex": "\\frac{",
}


def pumped(unit: str, kib: int) -> str:
    """``unit`` repeated to ``kib`` KiB of characters."""
    size = kib * 1024
    return (unit * (size // len(unit) + 1))[:size]


def transcript(payload: str, task: str, where: str) -> str:
    """The good sample transcript with ``task``'s ``where`` part (prompt or answer) replaced
    by ``payload``."""
    out, current, part, replaced = [], None, None, False
    for line in GOOD.split("\n"):
        if line.startswith("## "):
            current, part = line[3:].strip(), None
        elif line.startswith("### "):
            part = line[4:].strip()
            out.append(line)
            if current == task and part == where:
                out.append(payload)
                replaced = True
            continue
        if current == task and part == where:
            continue
        out.append(line)
    assert replaced, (task, where)
    return "\n".join(out)


# -- patterns ----------------------------------------------------------------------------------


def module_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held by a module of ``workshop.prompts``."""
    import importlib
    import pkgutil

    import workshop.prompts

    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(workshop.prompts.__path__):
        module = importlib.import_module(f"workshop.prompts.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{info.name}.{name}"] = value
    return found


def _collect_runtime(grade: Any) -> set[tuple[str, int]]:
    """(pattern, flags) of every regex compiled while ``grade()`` runs."""
    seen: set[tuple[str, int]] = set()
    original = re._compile  # type: ignore[attr-defined]

    def spy(pattern: Any, flags: Any) -> Any:
        if isinstance(pattern, str):
            seen.add((pattern, int(flags)))
        return original(pattern, flags)

    re._compile = spy  # type: ignore[attr-defined]
    re.purge()
    try:
        grade()
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return seen


def grader_patterns() -> dict[str, re.Pattern[str]]:
    """Every regex the grader runs on student text, named where it comes from."""
    import tomllib

    from workshop.course import Course
    from workshop.prompts.grade import clear_text_caches, grade_prompts

    found = module_patterns()
    exercise = Course.locate(ROOT).exercise("prompts")
    corpus = [GOOD, (ROOT / "graders/prompts/solution/prompts.md").read_text(encoding="utf-8")]
    corpus += [(ROOT / "tests/prompts_samples/english.md").read_text(encoding="utf-8")]

    def grade() -> None:
        clear_text_caches()
        for sample in corpus:
            grade_prompts(exercise, {"prompts.md": sample.encode()})

    known = {(p.pattern, p.flags) for p in found.values()}
    for index, (pattern, flags) in enumerate(sorted(_collect_runtime(grade))):
        compiled = re.compile(pattern, flags)
        if (compiled.pattern, compiled.flags) not in known:
            known.add((compiled.pattern, compiled.flags))
            found[f"runtime#{index} {compiled.pattern[:80]!r}"] = compiled  # says which, in a failure
    for checks in ("graders/prompts/checks.toml", "exercises/prompts/checks.toml"):
        data = tomllib.loads((ROOT / checks).read_text(encoding="utf-8"))
        for check in data.get("check", []):
            if check.get("type") in ("regex", "not-regex"):
                found[f"{checks}:{check['task']}/{check['name']}"] = re.compile(check["value"])
            for about in check.get("about", []):
                if about.startswith("re:"):
                    found[f"{checks}:{check['task']}/{check['name']}/about"] = re.compile(about[3:])
            if check.get("subject"):
                found[f"{checks}:{check['task']}/{check['name']}/subject"] = re.compile(check["subject"])
    return found


# -- pumps -------------------------------------------------------------------------------------

_CANDIDATES = "a1 x-.,;:()'\"!\n=+*/[]{}<>#_éb0y?"
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _in_set(char: str, items: list[tuple[Any, Any]]) -> bool:
    code = ord(char)
    negate = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= code == av
        elif op is C.RANGE:
            hit |= av[0] <= code <= av[1]
        elif op is C.CATEGORY:
            name = str(av)
            test = {
                "DIGIT": char.isdigit(),
                "SPACE": char.isspace(),
                "WORD": char.isalnum() or char == "_",
                "LINEBREAK": char == "\n",
            }
            for key, value in test.items():
                if name.endswith(f"_NOT_{key}"):
                    hit |= not value
                    break
                if name.endswith(f"_{key}"):
                    hit |= value
                    break
    return hit != negate


def _sample(items: Any) -> str:
    """A short string the sequence ``items`` matches (best effort: assertions skipped)."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append("a" if av != ord("a") else "b")
        elif op is C.ANY:
            out.append("a")
        elif op is C.IN:
            out.append(next((c for c in _CANDIDATES if _in_set(c, av)), ""))
        elif op is C.BRANCH:
            out.append(_sample(av[1][0]))
        elif op is C.SUBPATTERN:
            out.append(_sample(av[3]))
        elif op is C.ATOMIC_GROUP:
            out.append(_sample(av))
        elif op in _REPEATS:
            out.append(_sample(av[2]) * av[0])
    return "".join(out)


def _bodies(items: Any) -> list[str]:
    """What one iteration of a repeated part can be: each alternative of a branch."""
    strings = [_sample(items)]
    if len(items) == 1 and items[0][0] is C.SUBPATTERN:
        items = items[0][1][3]
    if len(items) == 1 and items[0][0] is C.BRANCH:
        strings += [_sample(alt) for alt in items[0][1][1]]
    return [s for s in dict.fromkeys(strings) if s]


def _walk(items: Any, prefix: str) -> Iterator[tuple[str, str]]:
    """(prefix, body) for every repetition of at least 16 in ``items``."""
    done = ""
    for op, av in items:
        here = prefix + done
        if op in _REPEATS:
            if av[1] >= 16:
                for body in _bodies(av[2]):
                    yield here, body
            yield from _walk(av[2], here)
        elif op is C.BRANCH:
            for alt in av[1]:
                yield from _walk(alt, here)
        elif op is C.SUBPATTERN:
            yield from _walk(av[3], here)
        elif op in (C.ATOMIC_GROUP,):
            yield from _walk(av, here)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _walk(av[1], here)
        done += _sample([(op, av)])


def pumps(pattern: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """(prefix, pump, suffix) attack shapes for ``pattern``: the text is prefix + pump
    repeated + suffix, the suffix a character that fails the match."""
    parsed = sre.parse(pattern.pattern, pattern.flags)
    shapes = []
    for prefix, body in dict.fromkeys(_walk(parsed, "")):
        for suffix in ("!", "\n"):
            shapes.append((prefix, body, suffix))
        # the same with a second copy of the pump's last character: "1, 1, 1,,"
        shapes.append((prefix, body, body[-1] + "!"))
    return shapes[:12]


def attack(prefix: str, body: str, suffix: str, kib: int) -> str:
    return prefix + pumped(body, kib) + suffix
