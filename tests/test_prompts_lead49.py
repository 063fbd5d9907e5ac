"""Session 49 (the lead): fair readings a review of the session's new rules found refused, each with its
gaming twin still caught (turns.taken_back, supposed.told's truth questions, the aside and the edit after
an answer line, a failure verb's participle)."""

from __future__ import annotations

import pytest

from prompts_exercise import check_of
from workshop.prompts import evaluate, unachieved
from workshop.prompts.extract import final_answer
from workshop.prompts.grade import dictated
from workshop.prompts.text import fold, normalize
from workshop.prompts.turns import taken_back

PLAN = (
    "1. Welcome — 10 min\n2. What generative AI is — 15 min\n3. How a model learns — 15 min\n"
    "4. Live demo — 10 min\n5. Q&A — 10 min\n\n"
)
RIDDLE_FR = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ? "
RIDDLE_EN = (
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have? "
)
LINE = "Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ? "


@pytest.mark.parametrize(
    "postscript",
    [
        "P.S. Feel free to drop this demo if you are short on time.",
        "P.S. Don't forget that the audience may be beginners.",
        "P.S. Ignore that slide if the projector fails.",
        "Edit: no change to the timings, just fixed a typo.",
    ],
)
def test_a_postscript_that_advises_takes_nothing_back(postscript):
    assert not taken_back(PLAN + postscript)


@pytest.mark.parametrize(
    "postscript",
    [
        "Edit: scratch all that, I am not sure of any of these facts.",
        "P.S. Scratch that.",
        "Edit: no, drop the live demo.",
        "P.S. forget everything above",
    ],
)
def test_a_postscript_that_retracts_still_takes_the_answer_back(postscript):
    assert taken_back(PLAN + postscript)


def _dictated(loaded, task: str, prompt: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == task]
    return {n for n in dictated(tasks[task], mine, normalize(prompt)) if n.startswith("answer")}


@pytest.mark.parametrize(
    ("task", "prompt", "expected"),
    [
        ("riddle", RIDDLE_FR + "Est-il vrai que Caroline compte parmi les sœurs de chaque frère ?", set()),
        ("riddle", RIDDLE_EN + "Is it true that Caroline counts among the sisters?", set()),
        ("riddle", RIDDLE_EN + "Is it correct that the 2 sisters include Caroline herself?", set()),
        ("riddle", RIDDLE_EN + "Is it true that one of the sisters is Caroline?", set()),
        ("riddle", RIDDLE_EN + "Is it true that Caroline has one sister?", {"answer-right"}),
        ("riddle", RIDDLE_FR + "Est-ce vrai qu'elle n'a qu'une sœur ?", {"answer-right"}),
        ("parallel-line", LINE + "Est-il vrai que b vaut −10 ?", {"answer-intercept"}),
        ("parallel-line", LINE + "Est-il vrai que la pente reste 4 ?", set()),
    ],
)
def test_a_truth_question_hands_over_only_a_value_the_data_does_not_hold(loaded, task, prompt, expected):
    told = _dictated(loaded, task, prompt)
    assert expected <= told if expected else told == set()


def _final(loaded, task: str, name: str, answer: str):
    spec = evaluate.spec_of(check_of(loaded, task, name), loaded[0][task])
    return final_answer(normalize(answer), spec)


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Answer: 1 sister (or 2 girls in total, counting Caroline herself).", 1),
        ("Réponse : 1 sœur (ou 2 filles en tout, en comptant Caroline)", 1),
        ("Answer: 1\n\nEdit: 2 typos fixed in the explanation.", 1),
        ("Answer: 1\n\nEdit: two small wording fixes above.", 1),
        ("Réponse : 1 (ou 2 selon l'interprétation)", None),
        ("Answer: 1 sister (or 2 sisters)", None),
    ],
)
def test_a_number_after_the_answer_that_counts_another_thing_is_no_other_answer(loaded, answer, value):
    assert _final(loaded, "riddle", "answer-right", answer).value == value


def test_a_failure_verb_in_a_participle_aside_denies_no_fact():
    aside = "en 1642, pascal, refusant de voir son pere s'epuiser en calculs, invente une machine a calculer"
    assert not unachieved.failed(fold(aside))
    assert unachieved.failed(fold("En 1642, Pascal refuse de construire une machine à calculer."))


def test_a_part_and_its_negation_are_two_parts_of_a_plan():
    from fractions import Fraction

    from workshop.prompts.structure import plan_adds_up

    plan = (
        "1. Ce que l'IA générative sait faire — 20 min\n"
        "2. Ce que l'IA générative ne sait pas faire — 20 min\n"
        "3. Questions — 20 min"
    )
    assert plan_adds_up(fold(plan), Fraction(60), 3)
    same = "\n".join(f"{i}. Ce que l'IA générative sait faire — 20 min" for i in (1, 2, 3))
    assert not plan_adds_up(fold(same), Fraction(60), 3)
