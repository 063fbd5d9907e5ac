"""Round 84 (fix-helper fix84): the answer side's reversals, footnotes, conditions and repeated parts.

Unit tests of the rules added: lines said to cross (crossed.py), a footnote's call after punctuation
(text.normalize), agreeing plan footnotes and prose footnotes (structure.py), irony tags (irony.py),
an unchecked condition (extract._HEDGE), an intercept left open and an example after an abbreviation
(extract.py), a fact put in doubt and a footnote that denies it (evaluate.py), a part said again under a
title of question or definition words (repeated.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import evaluate, extract, irony, repeated, structure
from workshop.prompts.crossed import said_to_cross
from workshop.prompts.text import fold, normalize


@pytest.mark.parametrize(
    ("text", "crossed"),
    [
        ("soit -4, donc les deux droites se coupent.", True),
        ("the two lines intersect at (0, 6).", True),
        ("elles sont secantes en a.", True),
        ("les deux droites ne se coupent jamais.", False),
        ("the two lines never intersect.", False),
        ("do the two lines cross? no.", False),
        ("both lines cross the y-axis.", False),
        ("sinon les deux droites se coupent.", False),
        ("if the slopes differed, the two lines intersect.", False),
        ("two lines with different slopes would cross.", False),
    ],
)
def test_lines_said_to_cross(text, crossed):
    assert said_to_cross(text) is crossed


def test_a_footnote_call_after_a_full_stop_is_taken_out():
    text = normalize("Answer: b = −10.¹\n\n¹ Check: 4 × 5 − 10 = 10.")
    assert "-10.1" not in text and "b = -10." in text


def test_a_raised_digit_after_a_digit_stays_an_exponent():
    assert "2^6" in normalize("64 = 2⁶.\n\n⁶ note")


def test_an_agreeing_plan_footnote_is_no_part():
    plan = "1. Intro — 45 min\n2. Live demo* — 15 min\nTotal: 60 min\n\n* the demo is kept to 15 minutes."
    assert [m for _, m in structure.sections(plan)] == [Fraction(45), Fraction(15)]


def test_a_plan_footnote_that_times_something_else_stays():
    plan = "1. Intro — 45 min\n2. Live demo* — 15 min\nTotal: 60 min\n\n* plus 20 minutes of questions."
    assert structure.without_agreeing_notes(plan) == plan


def test_an_emphasis_is_no_footnote_call():
    plan = "* *Intro* — 45 min\n* *Demo* — 15 min"
    assert structure.without_agreeing_notes(plan) == plan


def test_prose_footnotes():
    assert structure.footnotes("Text.\n\n¹ A note.\n* Another.") == ["A note.", "Another."]


@pytest.mark.parametrize(
    ("sentence", "marked"),
    # mend51: a laugh or a wink alone marks nothing (irony.laughing: in an answer tagged elsewhere)
    [
        ("quel genie /s", True),
        ("du genie pur (lol).", False),
        ("rien change 😉.", False),
        ("un genie.", False),
    ],
)
def test_irony_tags(sentence, marked):
    assert irony.marked(sentence) is marked


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("answer: yes, provided 7 does not divide 64.", True),
        ("reponse : oui, pourvu que 7 ne divise pas 64.", True),
        ("answer: yes (i have not checked).", True),
        ("answer: yes, gcd = 1.", False),
    ],
)
def test_unchecked_conditions_hedge(text, hedged):
    assert bool(extract._HEDGE.search(text)) is hedged


@pytest.mark.parametrize(
    ("text", "open_"),
    [("a = 4, b between -10 and 10", True), ("a = 4, b entre -10 et 10", True), ("a = 4, b = -10", False)],
)
def test_an_intercept_left_open(text, open_):
    assert bool(extract._INTERCEPT_OPEN.search(text)) is open_


@pytest.mark.parametrize(
    ("sentence", "doubted"),
    [
        ("it is not unreasonable to doubt that pebbles were used", True),
        ("on peut douter que pascal ait construit", True),
        ("l'on doute fort que la calculatrice", True),
        ("there is no doubt that pebbles were used", False),
        ("nul doute que les cailloux", False),
        ("i don't doubt that pascal built it", False),
    ],
)
def test_facts_put_in_doubt(sentence, doubted):
    assert bool(evaluate._FACT_DOUBTED.search(sentence)) is doubted


def test_a_footnote_that_calls_a_fact_a_legend_denies_it():
    fact = evaluate.Fact(all=["pascal", "1642", "pascaline|machine"])
    assert evaluate._note_denies(
        fold("En réalité, Pascal n'a rien construit : la Pascaline est une légende."), fact
    )
    assert not evaluate._note_denies(fold("He built it to help his father."), fact)


@pytest.mark.parametrize(
    ("titles", "same"),
    [
        (["ia generative", "ia generative quoi", "definir ia generative", "questions public"], True),
        (["what is generative ai", "generative ai uses", "questions"], False),
    ],
)
def test_a_part_said_again_under_question_words(titles, same):
    assert repeated.repeated(titles, 3) is same
