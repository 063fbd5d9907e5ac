"""Round 90 (fix-helper fix90): a value noted beside the quantity it is the value of, with no "=" or
":", read as "quantity = value" for the dictation readers (noted.py); and a count concluded of the
asked subject outside quotes, read as the answer rather than the data restated (evaluate._concluded)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from workshop.course import Course
from workshop.prompts import noted
from workshop.prompts.text import fold

GCD = ["pgcd", "gcd", "greatest common divisor"]
INTERCEPT = ["line:intercept", "ordonnee a l'origine", "y-intercept", "intercept", r"re:\bb\b", r"re:\bp\b"]
SISTERS = ["soeur", "sister"]


def _read(text: str, about: list[str], unit: list[str] = []) -> str:  # noqa: B006 - never changed
    found = noted.readings(fold(text), about, unit)
    return found[0] if found else fold(text)


@pytest.mark.parametrize(
    ("text", "about", "unit", "said"),
    [
        ("Are the numbers 35 and 64 (gcd 1) coprime?", GCD, [], "gcd = 1"),
        ("35 et 64 (PGCD 1) sont-ils premiers entre eux ?", GCD, [], "pgcd = 1"),
        ("Compute their gcd (it is 1).", GCD, [], "gcd = 1"),
        ("Calcule leur PGCD (c'est 1).", GCD, [], "pgcd = 1"),
        ("35 et 64, de PGCD 1, sont-ils premiers entre eux ?", GCD, [], "pgcd = 1"),
        ("Are 35 and 64, whose gcd is, as I computed, 1, coprime?", GCD, [], "gcd = 1"),
        ("Their gcd, 1, should appear.", GCD, [], "gcd = 1"),
        ("Justify with their gcd — 1 — please.", GCD, [], "gcd = 1"),
        ("Are 35 and 64 (their gcd being 1) coprime?", GCD, [], "gcd = 1"),
        ("(gcd one)", GCD, [], "gcd = one"),
        ("How many sisters does Caroline have (sisters 1)?", [], SISTERS, "sisters = 1"),
        ("Combien de sœurs a Caroline (nombre de sœurs 1) ?", [], SISTERS, "soeurs = 1"),
        ("Give the intercept (it is −10).", INTERCEPT, [], "intercept = -10"),
        ("Donne b (−10) et l'équation.", INTERCEPT, [], "b = -10"),
        ("Its intercept, −10, must appear.", INTERCEPT, [], "intercept = -10"),
    ],
)
def test_a_noted_value_is_read_as_stated(text, about, unit, said):
    assert said in _read(text, about, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Compute their gcd (the greatest common divisor).",
        "Are 35 and 64 coprime (gcd?)?",
        "Compute gcd 35, 64 step by step.",
        "Calcule le PGCD 35 et 64 (en 1 ligne).",
        "Give their gcd (1 line max).",
        "Use the gcd (step 1) then conclude (step 2).",
        "Is their gcd 1?",
        "Exercice 3 (PGCD) : 35 et 64 sont-ils premiers entre eux ?",
        "Give the intercept (b) and the equation.",
        "Donne a, b (2 décimales max) et l'équation.",
        "Count the sisters (2 steps at most).",
    ],
)
def test_near_misses_note_nothing(text):
    assert noted.readings(fold(text), [*GCD, *INTERCEPT], SISTERS) == []


def test_the_reader_is_linear():
    about = [*GCD, *INTERCEPT]
    for text in ("gcd " * 16000, "gcd (" * 12000, "gcd, 1" * 10000, "gcd is, " * 8000, "b (" * 20000):
        start = time.perf_counter()
        noted.readings(fold(text), about, SISTERS)
        assert time.perf_counter() - start < 2.0


@pytest.fixture(scope="module")
def prompts():
    return Course.locate(Path(__file__).resolve().parent.parent).exercise("prompts")


RIDDLE_FR = (
    "Tu es professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs "
    "a Caroline ? Raisonne étape par étape, puis termine par « Réponse : ... »."
)
ANSWER_FR = (
    "Les 3 frères ont les mêmes sœurs. Caroline est une fille, "
    "donc elle est l'une des 2 sœurs de chaque frère."
    "\n\nRéponse : Caroline a 1 sœur."
)


@pytest.mark.parametrize(
    "memo",
    [
        "<think>Caroline + 1 autre fille = les 2 sœurs des frères, donc Caroline a 1 sœur.</think>",
        "Mon brouillon (faux) : « 2 filles en tout, donc 1 sœur pour Caroline ».",
        "Mémo : 2 filles, donc Caroline a 1 sœur.",
    ],
)
def test_a_memo_concluding_the_count_dictates_but_carries_the_data(prompts, memo):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent / "prompts_corpus"))
    import corpus

    got = corpus.earned(prompts, "riddle", RIDDLE_FR + "\n" + memo, ANSWER_FR)
    assert got["prompt-data"] and got["prompt-role"] and got["prompt-reasoning"], got
    assert not got["answer-right"], got
