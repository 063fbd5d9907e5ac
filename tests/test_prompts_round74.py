"""Round 74 (fix74): the answer side's substance under right keywords — a fact denied by a verb of
failure (unachieved.py), a plan's part said several times (repeated.py), a false parity or
divisibility beside the gcd (arith), a pronoun object of "replace" (relations.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import arith, relations, repeated, structure, unachieved
from workshop.prompts.text import fold

NAMES = {"pascal", "leibniz", "colmar"}


@pytest.mark.parametrize(
    "text",
    [
        "pascal failed to build any calculating machine",
        "pascal was unable to build a machine",
        "pascal refused to build a machine",
        "pascal a echoue a construire une machine",
        "pascal renonce a construire sa machine",
        "pascal tente sans y parvenir de construire une machine",
        "pascal built a machine in vain",
    ],
)
def test_a_verb_of_failure_denies_the_act(text: str) -> None:
    assert unachieved.failed(text)


@pytest.mark.parametrize(
    "text",
    [
        "pour compter vite et sans erreur",
        "engineers gave up their slide rules for pocket calculators",
        "pascal managed to build a machine",
        "pascal parvient a construire une machine",
        "the decline of the slide rule",
        "a chatbot's answer cannot be trusted unchecked",
    ],
)
def test_no_failure_in_honest_wordings(text: str) -> None:
    assert not unachieved.failed(text)


def test_cannot_denies_only_when_asked() -> None:
    assert unachieved.failed("phones still cannot calculate", cannot=True)
    assert not unachieved.failed("phones still cannot calculate")


@pytest.mark.parametrize(
    ("titles", "refused"),
    [
        (["intro ia generative"] * 6, True),
        (["intro ia generative"] * 4 + ["conclusion", "questions"], True),
        (["ia generative introduction", "introduction ia generative", "conclusion"], True),
        (["ia generative", "questions", "llm", "questions", "usages limites", "questions"], False),
        (["demo", "theorie llm", "demo", "pause", "q"], False),
        (["cas usage 1 chatgpt", "cas usage 2 chatgpt", "introduction"], False),
        (["intro", "llm", "chatgpt"], False),
    ],
)
def test_a_part_said_twice(titles: list[str], refused: bool) -> None:
    assert repeated.repeated(titles, 3) is refused


def test_a_plan_of_one_part_said_six_times_does_not_add_up() -> None:
    plan = "".join(f"{i}. Introduction à l'IA générative — 10 min\n" for i in range(1, 7))
    assert not structure.plan_adds_up(plan, Fraction(60), 3)
    numbered = "1. Cas d'usage 1 : ChatGPT — 20 min\n2. Cas d'usage 2 : ChatGPT — 20 min\n3. Limites — 20 min"
    assert structure.plan_adds_up(numbered, Fraction(60), 3)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("35 et 64 sont tous les deux impairs", True),
        ("35 and 64 are both odd", True),
        ("64 is odd", True),
        ("64 est divisible par 3", True),
        ("35 n'est pas un multiple de 5", True),
        ("64 est pair et 35 est impair", False),
        ("35 is a multiple of 7", False),
        ("64 is not divisible by 5", False),
        ("35 et 64 ne sont pas tous les deux pairs", False),
    ],
)
def test_a_parity_or_divisibility_said_of_a_number(text: str, wrong: bool) -> None:
    assert bool(arith.errors(fold(text))) is wrong


@pytest.mark.parametrize(
    ("text", "context", "obj"),
    [
        ("the pocket calculator of the 1970s then replaced them.", "phones beat computers;", "computer"),
        ("engineers used slide rules until the 1970s; pocket calculators replaced them.", "", "slide-rule"),
        ("les ingenieurs utilisaient la regle a calcul ; la calculatrice la remplace.", "", "slide-rule"),
    ],
)
def test_a_pronoun_object_of_replace(text: str, context: str, obj: str) -> None:
    found = relations.relations(text, NAMES, context)
    assert ("calculator", "replace", obj) in found
