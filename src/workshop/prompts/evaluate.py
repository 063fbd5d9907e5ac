"""One check against one prompt or one answer, and whether a prompt gives an answer away.

:func:`passes` is the check's own condition; the rules that make points earned (the
prompt must carry the task's data, must not dictate the answer, traps pay only after the
answer is right) are applied by :mod:`workshop.prompts.grade` on top of it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from workshop.prompts import arith, structure
from workshop.prompts.checks import (
    BoundCheck,
    CarriesCheck,
    Check,
    DurationsCheck,
    Fact,
    FactsCheck,
    FinalCheck,
    JudgeCheck,
    LanguageCheck,
    OwnWordsCheck,
    RubricCheck,
    SchemaCheck,
)
from workshop.prompts.checks import (
    passes as simple_passes,
)
from workshop.prompts.extract import AnswerSpec, final_answer, stated
from workshop.prompts.text import fold, has_term, longest_common_run, sentences, shingles, term_pattern, words

WINDOW = 8  # words within which the words of one fact must stand
DICTATED_SHARE = 0.5  # share of an answer's word sequences found in the prompt (not in the data)


@dataclass
class Task:
    """What the checks of one task share: its declared answer kind and data texts."""

    id: str
    kind: str = "text"
    data: list[str] = field(default_factory=list)

    def data_words(self) -> list[list[str]]:
        return [words(fold(text)) for text in self.data]


def spec_of(check: FinalCheck, task: Task) -> AnswerSpec:
    kind = check.kind or task.kind
    expected: Any
    if kind == "line":
        slope, intercept = list(check.expected) if isinstance(check.expected, list) else (0, 0)
        expected = (Fraction(str(slope)), Fraction(str(intercept)))
    elif kind == "yes-no":
        expected = str(check.expected).lower()
    else:
        expected = Fraction(str(check.expected))
    return AnswerSpec(
        kind=kind,
        expected=expected,
        unit=check.unit,
        about=check.about,
        subject=check.subject,
        predicate=check.predicate,
        labels=check.labels,
        tolerance=Fraction(str(check.tolerance)),
    )


def _stem(token: str) -> str:
    return token[:-1] if len(token) > 3 and token[-1] in "sx" else token


def _near(tokens: list[str], needed: list[str]) -> bool:
    """All of ``needed`` within :data:`WINDOW` words of each other, in any order."""
    positions = [
        [i for i, t in enumerate(tokens) if (t == w if w.isdigit() else t.startswith(w))] for w in needed
    ]
    if not all(positions):
        return False
    return any(all(any(abs(i - j) <= WINDOW for j in other) for other in positions) for i in positions[0])


def carries(check: CarriesCheck, prompt: str, task: Task) -> bool:
    tokens = [_stem(t) for t in words(fold(prompt))]
    for fact in check.facts:
        if not any(_near(tokens, [_stem(w) for w in words(fold(alt))]) for alt in fact):
            return False
    if check.coverage is not None:
        mine = shingles(words(fold(prompt)))
        best = max(
            (len(shingles(w) & mine) / len(shingles(w)) for w in task.data_words() if shingles(w)),
            default=0.0,
        )
        if best < check.coverage:
            return False
    return True


_CLAUSE_MARK = re.compile(r"[,;:()]")


def _stated(fact: Fact, sentence: str) -> bool:
    """The fact's terms in one sentence, and none of its ``none`` terms in the clauses that
    hold them ("Pascal invente la Pascaline en 1642, puis la calculatrice de poche..."
    states Pascal in 1642; "En 1642, Pascal invente la calculatrice de poche" does not)."""
    spans = []
    for term in fact.all:
        found = [m.span() for m in re.finditer(term_pattern(term), sentence)]
        if not found:
            return False
        spans.append(found)
    start = min(s for s, _ in (found[0] for found in spans))
    end = max(e for _, e in (found[0] for found in spans))
    marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence)]
    start = max([m + 1 for m in marks if m < start], default=0)
    end = min([m for m in marks if m >= end], default=len(sentence))
    return not any(has_term(sentence[start:end], t) for t in fact.none)


def _facts(check: FactsCheck, answer: str) -> bool:
    prose = structure.prose_sentences(answer)
    return all(any(_stated(fact, s) for s in prose) for fact in check.facts)


def _language(check: LanguageCheck, answer: str) -> bool:
    said = [structure.language(s) for s in sentences(fold(answer)) if len(s.split()) >= 4]
    return all(lang in (None, check.lang) for lang in said) and said.count(check.lang) >= check.min_sentences


def passes(check: Check, text: str, task: Task) -> bool:
    """Whether ``text`` (the prompt or the answer, as ``check.on`` says) meets ``check``."""
    if not text.strip():
        return False
    if isinstance(check, FinalCheck):
        found = final_answer(text, spec_of(check, task))
        right = found.value is not None and spec_of(check, task).matches(found.value)
        return right and not (check.arithmetic and arith.errors(fold(text)))
    if isinstance(check, CarriesCheck):
        return carries(check, text, task)
    if isinstance(check, RubricCheck):
        return structure.does(check.aspect, text, check.with_any)
    if isinstance(check, FactsCheck):
        return _facts(check, text)
    if isinstance(check, LanguageCheck):
        return _language(check, text)
    if isinstance(check, DurationsCheck):
        return structure.plan_adds_up(text, Fraction(str(check.total)), check.min_sections)
    if isinstance(check, OwnWordsCheck):
        mine = words(fold(text))
        return all(longest_common_run(mine, data) < check.max_run for data in task.data_words())
    if isinstance(check, JudgeCheck):
        return True  # the judge runs in live mode only; its ``after`` checks decide here
    if isinstance(check, BoundCheck) and check.prose and not structure.is_prose(text):
        return False
    return simple_passes(check, text)


def _embedded_json(text: str) -> list[Any]:
    decoder = json.JSONDecoder()
    found = []
    for match in re.finditer(r"[{\[]", text):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except ValueError:
            continue
        found.append(value)
    return found


def gives_away(check: Check, prompt: str, task: Task) -> bool:
    """Whether the prompt itself holds what this answer check looks for (dictation)."""
    if not prompt.strip():
        return False
    folded = fold(prompt)
    for cue in check.given_away:
        for sentence in sentences(folded):
            if (
                any(has_term(sentence, n) for n in cue.near)
                and any(has_term(sentence, w) for w in cue.words)
                and not any(has_term(sentence, u) for u in cue.unless)
            ):
                return True
    if isinstance(check, FinalCheck):
        return stated(prompt, spec_of(check, task))
    if isinstance(check, SchemaCheck):
        return any(check.accepts(value) for value in _embedded_json(prompt))
    if isinstance(check, DurationsCheck):
        return passes(check, prompt, task)
    return False


def repeats_prompt(answer: str, prompt: str, task: Task) -> bool:
    """Whether the answer is mostly word sequences of the prompt that are not the task's
    data: the prompt dictated it and the model repeated it."""
    mine = shingles(words(fold(answer)))
    data: set[tuple[str, ...]] = set()
    for text in task.data_words():
        data |= shingles(text)
    mine -= data
    if len(mine) < 2:
        return False
    given = shingles(words(fold(prompt))) - data
    return len(mine & given) / len(mine) >= DICTATED_SHARE
