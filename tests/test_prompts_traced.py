"""Round 88 (fix88): a reasoning model's trace is no part of its reply; a high confidence is no hedge; a
draft the model declares wrong is corrected; a step it retracts is no arithmetic error."""

from __future__ import annotations

import pytest

from conftest import REPO
from workshop.course import Course
from workshop.prompts import corrected, evaluate, extract, grade, unsettled
from workshop.prompts.text import fold
from workshop.prompts.traced import reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<think>\nb = 10\n</think>\n\nAnswer: b = -10", "Answer: b = -10"),
        ("<THINKING>x</THINKING>\nOui.", "Oui."),
        ("trace 2 sisters\n</think>\n\nAnswer: 1 sister", "Answer: 1 sister"),  # R1: no opening tag
        ("<think>\nAnswer: 1 sister", ""),  # never closed: no reply
        ("Thought for 12 seconds\n\nAnswer: 1", "Answer: 1"),
        ("Réflexion terminée en 9 s\n{}", "{}"),
        ("Pensée pendant 5 secondes\n{}", "{}"),
        ("A réfléchi pendant 12 secondes\nok", "ok"),
        ("▸ Reasoned about coprime numbers for 8 seconds\nYes", "Yes"),
        ("Thought for 1m 5s ›\nx", "x"),
        ("Thought for a few seconds\nok", "ok"),
        ("Thought process\nok", "ok"),
        ("Show thinking\nok", "ok"),
        ("Thinking…\nok", "ok"),
    ],
)
def test_the_reply_is_the_text_without_its_trace(text, expected):
    assert reply(text).strip() == expected


@pytest.mark.parametrize(
    "text",
    [
        "I think for 5 seconds it works.",
        "The model wraps its reasoning in <think> tags.\nAnswer: 1",  # a tag inside prose opens nothing
        "Thought for 12 seconds about it, then answered 1.",  # a sentence, no header line
        "Réflexion : Caroline est l'une des deux sœurs.",
    ],
)
def test_prose_is_no_trace(text):
    assert reply(text) == text


@pytest.fixture(scope="module")
def riddle():
    tasks, checks = grade.load(Course.locate(REPO).exercise("prompts"))
    check = next(c for _, c in checks if c.task == "riddle" and c.name == "answer-right")
    return evaluate.spec_of(check, tasks["riddle"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Réponse : 1 sœur (confiance : 99 %).", 1),
        ("Answer: 1 sister (confidence: 95%)", 1),
        ("Answer: 1 sister (95% confident)", 1),
        ("Answer: 1 sister (confidence 0.97)", 1),
        ("Réponse : 1 sœur (confiance : 90 %).", None),
        ("Réponse : 1 sœur (confiance : 0,9).", None),
        ("Réponse : 1 sœur (96 %).", None),  # no word of confidence: a share
        ("Answer: 1 sister (confidence: 99%), or 2 if Caroline counts herself.", None),
        ("| Girls in the family | 2 |\n\nTL;DR: Caroline has 1 sister.", 1),
        ("Caroline has 1 sister.\n\nTL;DR: Caroline has 2 sisters.", 2),
        ("Brouillon : 2 sœurs.\nCe brouillon est faux.\nRéponse : 1 sœur.", 1),
        ("Draft answer: 1 sister.\nThe draft is wrong.\nAnswer: 2 sisters.", 2),
        ("Draft answer: 2 sisters.\nVerified.\nAnswer: Caroline has 1 sister.", None),
        ("Revised answer: each brother has exactly 2 sisters.\nAnswer: Caroline has 1 sister.", 1),
    ],
)
def test_the_riddle_reader(riddle, text, value):
    found = extract.final_answer(text, riddle)
    assert (found.value if found.value is None else int(found.value)) == value


def test_a_confidence_said_high_polls_nothing():
    text = fold("reponse : 1 soeur (confiance : 99 %)")
    assert not unsettled.polled(text, [(10, 11)])
    assert unsettled.polled(fold("reponse : 1 soeur (confiance : 94 %)"), [(10, 11)])
    assert unsettled.polled(fold("reponse : 1 soeur (99 %)"), [(10, 11)])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("64 = 1 x 35 + 28. oops, that's wrong: 64 = 1 x 35 + 29.", "64 = 1 x 35 + 29"),
        ("pgcd = 5. non, c'est faux : 5 ne divise pas 64.", "5 ne divise pas 64"),
        ("64 = 1 x 35 + 28.\nmy mistake, 64 = 1 x 35 + 29.", "64 = 1 x 35 + 29"),
    ],
)
def test_a_retracted_step_is_blanked(text, kept):
    out = corrected.without_retracted(text)
    assert "28" not in out.split(kept)[0].replace("x 35 + 29", "")
    assert kept in out
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "64 = 1 x 35 + 28. wait, let me continue.",  # a bare "wait" retracts nothing
        "64 = 1 x 35 + 28. c'est juste.",
        "64 = 1 x 35 + 28. that's right.",
    ],
)
def test_a_step_not_retracted_stays(text):
    assert corrected.without_retracted(text) == text


def test_a_draft_declared_wrong_opens_a_correction():
    text = fold("draft answer: 2 sisters.\nthe draft is wrong: caroline is one.\nanswer: 1 sister.")
    sentences = [(0, 24), (25, 61), (62, len(text))]
    assert corrected.points(text, sentences) == [25]
