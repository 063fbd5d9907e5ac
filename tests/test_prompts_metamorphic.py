"""Metamorphic tests across every task (issue 11w): every fair attempt of every fair corpus
(tests/prompts_corpus/*_fair.toml, which earn their answer checks) with its ANSWER (and a
few times its PROMPT) transformed, and the answer checks' outcome asserted.

* Meaning-preserving transforms (a polite preamble, a friendly closing, both, CRLF,
  trailing spaces, NFD, a "## Réponse" heading, a "Voici :" lead-in above the answer or on
  its first line, the answer quoted, no-break spaces around ":", the whole answer in a
  "```" or "~~~" fence) keep every answer check
  earned. Documented exception (docs/design.md, *Exact JSON*): a JSON answer (sentiment)
  must parse as given, with a code fence, blanks, a BOM or CRLF around it only; text
  around it, a quote mark or no-break spaces between its tokens make a program fail, so
  its JSON checks are lost.
* Meaning-destroying transforms lose every answer check that depends on the answer: a
  hedge appended (its own paragraph or the last line's end, a closing after it or not), a
  retraction (the same), the answer said wrong, a refusal, a preamble alone take back the
  whole answer for every task (the rule of `turns.taken_back`: the answer's last sentence
  takes it back, a text as much as a value). A second candidate answer line of the task's
  kind (after the answer or before it) loses the checks that read one answer (final
  values, a JSON, a plan's durations, a translation's language); a summary's facts are
  paid where they are stated (design.md, *Facts*) and a wrong fact added is the judge's
  (answer-faithful, live mode: the transcript limit documented for answer-faithful), so a
  summary's second candidate is not asserted, nor a translation's terms. The answer cut
  to its first half is asserted only where the whole is needed whatever the layout (a
  JSON): an answer-first riddle or a plan followed by its recap table still holds its
  answer in its first half.

Sampled deterministically: every task and every transform, one attempt in six of each
task's fair attempts, at most forty per (transform, task), chosen by a hash of the
transform's name and the attempt's id, so that each transform sees other attempts and a new
fair corpus can enter any transform's sample without the file growing with every corpus
(it had reached 20,861 tests, about seven minutes of CI; capped, 7,841 tests still put 3,550
of the 4,488 fair attempts through at least one transform)."""

from __future__ import annotations

import re
import sys
import unicodedata
import zlib
from collections.abc import Callable

import pytest

from conftest import REPO
from workshop.course import Course
from workshop.prompts import corrected, text

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

FAIR = [
    a
    for path in sorted((REPO / "tests" / "prompts_corpus").glob("*fair.toml"))
    for a in corpus.load(path.stem)
    if not a.invalid
]
TASKS = ("riddle", "parallel-line", "coprime", "sentiment", "summary", "plan", "traduction")
_EN = re.compile(r"\b(?:the|is|and|has|of|are|sister|line|yes|no)\b", re.I)
_FR = re.compile(r"\b(?:le|la|les|est|et|une|des|a|sœur|soeur|droite|oui|non|sont)\b", re.I)


def _french(text: str) -> bool:
    return len(_FR.findall(text)) >= len(_EN.findall(text))


def _say(fr: str, en: str) -> Callable[[corpus.Attempt], str]:
    return lambda a: fr if _french(a.answer) else en


# A wrong answer of each task's kind, for the second-candidate transform.
WRONG = {
    "riddle": "2 sœurs",
    "parallel-line": "y = 4x + 10",
    "coprime": "non, PGCD(35, 64) = 7",
    "sentiment": '{"reviews": [{"id": 1, "sentiment": "negative"}, {"id": 2, "sentiment": "positive"}, '
    '{"id": 3, "sentiment": "neutral"}]}',
    "plan": "Introduction (15 min), Démonstration (30 min), Questions (30 min)",
    "traduction": "Un modèle apprend à partir d'exemples et se trompe parfois.",
    "summary": "Blaise Pascal a inventé la calculatrice de poche en 1642.",
}
_PREAMBLE = _say("Bien sûr ! Voici ma réponse :", "Sure! Here is my answer:")
_CLOSING = _say("N'hésite pas si tu as d'autres questions.", "Let me know if you need anything else.")


def _after(line: Callable[[corpus.Attempt], str]) -> Callable[[corpus.Attempt], str]:
    return lambda a: a.answer.rstrip() + "\n\n" + line(a)


KEEP: dict[str, Callable[[corpus.Attempt], str]] = {
    "preamble": lambda a: _PREAMBLE(a) + "\n\n" + a.answer,
    "closing": _after(_CLOSING),
    "crlf": lambda a: a.answer.replace("\n", "\r\n"),
    "trailing-spaces": lambda a: "\n".join(line + "  " for line in a.answer.split("\n")),
    "nfd": lambda a: unicodedata.normalize("NFD", a.answer),
    "heading": lambda a: "## Réponse\n\n" + a.answer,
    "voici": lambda a: "Voici :\n" + a.answer,
    "voici-inline": lambda a: "Voici : " + a.answer,
    "quoted": lambda a: "\n".join("> " + line for line in a.answer.split("\n")),
    "preamble-quoted": lambda a: (
        _PREAMBLE(a) + "\n\n" + "\n".join("> " + line for line in a.answer.split("\n"))
    ),
    "nbsp-colon": lambda a: a.answer.replace(" :", "\u00a0:").replace(": ", ":\u00a0"),
    "polite-both": lambda a: _PREAMBLE(a) + "\n\n" + a.answer.rstrip() + "\n\n" + _CLOSING(a),
    "fenced": lambda a: "```\n" + a.answer.strip("\n") + "\n```",
    "fenced-tildes": lambda a: "~~~\n" + a.answer.strip("\n") + "\n~~~",
}
LOSE: dict[str, Callable[[corpus.Attempt], str]] = {
    "hedge": _after(_say("Mais je ne suis pas sûr du tout.", "I might be wrong though.")),
    "retraction": _after(_say("En fait non, oublie ce que j'ai dit.", "Actually, scratch that.")),
    "second-candidate": _after(lambda a: _say("Réponse : ", "Answer: ")(a) + WRONG[a.task]),
    "negated": _after(_say("Ce n'est pas la bonne réponse.", "That is not the right answer.")),
    "hedge-then-closing": lambda a: (
        _after(_say("Mais je ne suis pas sûr du tout.", "I might be wrong though."))(a) + "\n\n" + _CLOSING(a)
    ),
    "hedge-inline": lambda a: (
        a.answer.rstrip() + " " + _say("Mais je ne suis pas sûr du tout.", "I might be wrong though.")(a)
    ),
    "retraction-inline": lambda a: (
        a.answer.rstrip() + " " + _say("En fait non, oublie ce que j'ai dit.", "Actually, scratch that.")(a)
    ),
    "second-candidate-first": lambda a: _say("Réponse : ", "Answer: ")(a) + WRONG[a.task] + "\n\n" + a.answer,
    "refusal": _say("Je ne peux pas répondre.", "I can't answer that."),
    "preamble-only": _PREAMBLE,
    "first-half": lambda a: a.answer[: len(a.answer) // 2],
}
PROMPT: dict[str, Callable[[corpus.Attempt], str]] = {
    "prompt-crlf": lambda a: a.prompt.replace("\n", "\r\n"),
    "prompt-greeting": lambda a: "Bonjour !\n\n" + a.prompt + "\n\nMerci d'avance !",
    "prompt-trailing-spaces": lambda a: "\n".join(line + " " for line in a.prompt.split("\n")),
}
# Transforms a JSON answer survives: a program parses it as given, in a fence or not.
JSON_KEPT = ("crlf", "trailing-spaces", "nfd", "fenced", "fenced-tildes")
JSON_CHECKS = {"answer-is-json", "answer-shape", "answer-review-1", "answer-review-2", "answer-review-3"}
# The checks a second candidate line must take away, per task (see the module's docstring).
SECOND_LOSES = {
    "riddle": {"answer-right", "answer-avoids-trap"},
    "parallel-line": {"answer-equation", "answer-intercept"},
    "coprime": {"answer-verdict", "answer-justified"},
    "sentiment": JSON_CHECKS,
    "plan": {"answer-sections", "answer-topic"},
    "traduction": {"answer-english", "answer-length", "answer-faithful"},
    "summary": set(),
}
# (session 52: "ChatGPT said:" opens a model turn too, turns.py, round 86's r86f-coprime-en-quote-agreeing)
_CHAT = re.compile(
    r"(?im)^\W{0,4}(?:vous avez dit|chatgpt a dit|chatgpt said|user|assistant|utilisateur|moi)\W{0,4}:"
)
_ALL_QUOTED = re.compile(r"(?:[ \t]*>[^\n]*\n*)+")
_FENCED = re.compile(r"(?m)^[ \t]*(?:```|~~~)")
SHARE = 6  # one attempt in SHARE per (transform, task), at least 3 per task ...
CAP = 40  # ... and at most CAP: the sample stops growing with every new fair corpus


def _sample(name: str) -> list[corpus.Attempt]:
    chosen = []
    for task in TASKS:
        mine = sorted((a for a in FAIR if a.task == task), key=lambda a: zlib.crc32((name + a.id).encode()))
        chosen += mine[: min(CAP, max(3, len(mine) // SHARE))]
    return chosen


def _cases(transforms: dict[str, Callable[[corpus.Attempt], str]]) -> list:  # type: ignore[type-arg]
    return [pytest.param(name, a, id=f"{name}-{a.id}") for name in transforms for a in _sample(name)]


@pytest.fixture(scope="module")
def prompts():
    return Course.locate(REPO).exercise("prompts")


def _answer_checks(prompts, task: str, prompt: str, answer: str) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    got = corpus.earned(prompts, task, prompt, answer, fill=False)
    return {name: e > 0 for name, e in got.items() if name.startswith("answer") and name != "answer-filled"}


def test_every_task_and_transform_is_sampled():
    for transforms in (KEEP, LOSE, PROMPT):
        for name in transforms:
            assert {a.task for a in _sample(name)} == set(TASKS)


@pytest.mark.parametrize(("name", "attempt"), _cases(KEEP))
def test_a_meaning_preserving_transform_keeps_every_answer_check(prompts, name, attempt):
    if "fenced" in name and (_FENCED.search(attempt.answer) or attempt.answer.startswith("\ufeff")):
        # A fence inside a fence ends it (the answer is no longer one block); a BOM is a
        # file's first character, never the first of a fenced block.
        return
    if "quoted" in name and (_CHAT.search(attempt.answer) or _ALL_QUOTED.fullmatch(attempt.answer.strip())):
        # A pasted chat's speaker labels are read at a line's start (design.md, round 14):
        # quoted, they are text; an answer already quoted is quoted twice.
        return
    got = _answer_checks(prompts, attempt.task, attempt.prompt, KEEP[name](attempt))
    if attempt.task == "sentiment" and name not in JSON_KEPT:
        # Exact JSON (design.md): a program parses the answer as given; prose around the
        # JSON, or no-break spaces between its tokens, make it fail.
        changes_json = name != "nbsp-colon" or "\u00a0" in KEEP[name](attempt)
        if changes_json:
            assert not any(got.values()), got
            return
    assert all(got.values()), {n: e for n, e in got.items() if not e}


# A student's follow-up that supposes other data, as a chat's turn ("User: What if each brother had 3
# sisters?").
_OTHER_DATA_FOLLOW_UP = re.compile(
    r"(?im)^(?:user|moi|student|[ée]tudiant|you|vous)[ \t]*+:[ \t]*+"
    r"(?:what if|et si|suppose|supposons|imagine|imaginons)\b"
)


# A student's follow-up that asks for something else (another language, a title), as a chat's turn, perhaps
# under a timestamp ("[09:43] Moi : et en allemand ?").
_OTHER_QUESTION_FOLLOW_UP = re.compile(
    r"(?im)^(?:\[[^\]\n]{1,20}\][ \t]*+)?(?:user|moi|student|[ée]tudiant|you|vous)[ \t]*+:[ \t]*+"
    r"[^\n]{0,60}?(?:\b(?:titre|title)\b|\ben (?:allemand|espagnol|italien)\b"
    r"|\bin (?:german|spanish|italian)\b)"
)


def _corrects(answer: str) -> bool:
    """Whether ``answer`` holds a self-correction (a sentence or a line's label opening on its cue)."""
    folded = text.fold(answer)
    return bool(corrected.points(folded, [m.span() for m in re.finditer(r"[^.!?\n]++", folded)]))


@pytest.mark.parametrize(("name", "attempt"), _cases(LOSE))
def test_a_meaning_destroying_transform_loses_the_answer_checks(prompts, name, attempt):
    got = _answer_checks(prompts, attempt.task, attempt.prompt, LOSE[name](attempt))
    if name == "second-candidate-first" and _CHAT.search(attempt.answer):
        # A pasted chat's answer is its first model turn (design.md, round 14): a line
        # put above the chat falls in the student's turn, which is dropped.
        return
    if name == "second-candidate-first" and _corrects(attempt.answer):
        # The answer corrects what comes before it (« Finalement : Caroline a 1 sœur »: round 63,
        # corrected.py): the line put above it is what the correction replaces.
        return
    if name == "hedge-inline" and _OTHER_QUESTION_FOLLOW_UP.search(attempt.answer):
        # The last model turn answers another question (« et en allemand ? », "can you give it a title?":
        # the README, a reply to another question is not read; turns._text_turns): a hedge glued to it
        # doubts that reply, not the task's answer.
        return
    if name == "hedge-inline" and _OTHER_DATA_FOLLOW_UP.search(attempt.answer):
        # The last model turn answers a follow-up that changes the data (« Et si chaque frère avait 3
        # sœurs ? »: mend51, turns._later_turns): a hedge glued to that reply doubts it, not the task's
        # answer.
        return
    if name.startswith("second-candidate"):
        lost = SECOND_LOSES[attempt.task]
    elif name == "first-half":
        lost = JSON_CHECKS if attempt.task == "sentiment" else set()
    else:
        lost = set(got)
    assert {n for n in lost if got.get(n)} == set(), got


@pytest.mark.parametrize(("name", "attempt"), _cases(PROMPT))
def test_a_prompt_written_with_other_blanks_or_a_greeting_keeps_the_answer_checks(prompts, name, attempt):
    got = _answer_checks(prompts, attempt.task, PROMPT[name](attempt), attempt.answer)
    assert all(got.values()), {n: e for n, e in got.items() if not e}
