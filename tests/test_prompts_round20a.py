"""Issue 11ag's own variants of red team 11y's round 20a classes (tests/prompts_corpus/
round20a_*.toml), written before their fixes and in other words than the red team's: each
right answer keeps its answer points, and each gaming form earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, LINE, PLAN, RIDDLE  # noqa: E402


def _riddle(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "riddle", RIDDLE, answer)


def _line(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "parallel-line", LINE, answer)


def _coprime(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "coprime", COPRIME, answer)


def _plan(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "plan", PLAN, answer)


# -- a. hypotheses tested and ruled out are no candidates ------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "0 sœur : faux ; 2 sœurs : faux ; 1 sœur : vrai, donc Caroline a 1 sœur.",
        "Hypothèse 2 sœurs : impossible, chaque frère en aurait 3.\nHypothèse 1 sœur : vraie.\n"
        "Donc Caroline a 1 sœur.",
        "Hypothesis 2 sisters: false, each brother would have 3.\nHypothesis 1 sister: true.\n"
        "So Caroline has 1 sister.",
    ],
)
def test_a_riddle_hypothesis_ruled_out_is_no_candidate(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


def test_a_line_hypothesis_ruled_out_is_no_candidate(prompts):
    answer = (
        "Essai b = 6 : faux, le point (5, 10) ne serait pas sur la droite ; essai b = −10 : vrai.\n"
        "Donc y = 4x − 10."
    )
    earned = _line(prompts, answer)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "PGCD = 7 ? impossible, 7 ne divise pas 64. PGCD = 5 : exclu. PGCD(35, 64) = 1 : vrai. "
        "Donc oui, 35 et 64 sont premiers entre eux.",
        "Hypothèse « non, ils ne sont pas premiers entre eux » : fausse, aucun diviseur commun autre "
        "que 1.\nPGCD(35, 64) = 1, donc oui.",
    ],
)
def test_a_coprime_hypothesis_ruled_out_is_no_candidate(prompts, answer):
    earned = _coprime(prompts, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


@pytest.mark.parametrize(
    "answer",
    [
        "Caroline a 1 sœur : faux. Caroline a 2 sœurs.",  # the right value is the one ruled out
        "1 sœur : vrai ; 2 sœurs : vrai.",  # both kept: two candidates
        "1 sœur : faux ; 2 sœurs : faux.",  # none left
    ],
)
def test_a_ruling_out_makes_no_answer_right(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


# -- b. a gcd label with a colon opens the working, it states no value ------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Calcul du PGCD : 64 = 35 + 29, 35 = 29 + 6, 29 = 4 × 6 + 5, 6 = 5 + 1. Donc PGCD = 1 : oui, "
        "premiers entre eux.",
        "gcd(64, 35): 64 = 1 × 35 + 29, 35 = 1 × 29 + 6, 29 = 4 × 6 + 5, 6 = 1 × 5 + 1, 5 = 5 × 1.\n"
        "So gcd(35, 64) = 1 and the answer is yes.",
        "PGCD(35, 64) : 35 = 5 × 7 et 64 = 2^6, aucun facteur commun, donc PGCD(35, 64) = 1. Oui.",
    ],
)
def test_b_a_gcd_label_before_the_working_states_no_value(prompts, answer):
    earned = _coprime(prompts, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


@pytest.mark.parametrize("answer", ["PGCD(35, 64) : 7. Oui.", "PGCD(35, 64) : 64 = 1 × 35 + 29. Oui."])
def test_b_a_gcd_label_with_a_value_or_no_value_justifies_nothing(prompts, answer):
    assert _coprime(prompts, answer)["answer-justified"] == 0


# -- c. a doubt reopened at the end and never settled takes the answer back -------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Caroline fait partie des 2 sœurs de chaque frère : elle a 1 sœur.\n\n"
        "Euh, minute… en relisant, il faudrait tout reprendre avant de conclure.",
        "Caroline has 1 sister. Wait, that may be off: I need to redo the count first.",
    ],
)
def test_c_a_riddle_answer_reopened_at_the_end_is_taken_back(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


def test_c_a_line_answer_reopened_at_the_end_is_taken_back(prompts):
    answer = (
        "Même pente 4 ; 10 = 4 × 5 + b donne b = −10. Équation : y = 4x − 10.\n\nHmm, I must recompute b."
    )
    earned = _line(prompts, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


def test_c_a_coprime_answer_reopened_at_the_end_is_taken_back(prompts):
    earned = _coprime(
        prompts, "PGCD(35, 64) = 1, donc oui.\n\nHmm, let me recheck Euclid's steps before concluding."
    )
    assert earned["answer-verdict"] == 0 and earned["answer-justified"] == 0


@pytest.mark.parametrize(
    ("kind", "answer"),
    [
        (
            "riddle",
            "Caroline a 1 sœur.\n\nJe vais vérifier : chaque frère a bien 2 sœurs, Caroline et l'autre.",
        ),
        (
            "line",
            "Même pente 4 ; 10 = 4 × 5 + b donne b = −10. Équation : y = 4x − 10.\n\n"
            "Je vais vérifier : 4 × 5 − 10 = 10, le point est bien sur la droite.",
        ),
        (
            "coprime",
            "PGCD(35, 64) = 1, donc oui.\n\nLet me check: 64 = 35 + 29, 35 = 29 + 6, 29 = 4 × 6 + 5, "
            "6 = 5 + 1, so the gcd is 1.",
        ),
    ],
)
def test_c_a_check_that_settles_keeps_the_answer(prompts, kind, answer):
    grade = {"riddle": _riddle, "line": _line, "coprime": _coprime}[kind]
    assert all(points > 0 for name, points in grade(prompts, answer).items() if name.startswith("answer-"))


# -- d. a yes/no answers the proposition it is attached to -----------------------------------
COPRIME_GCD = "35 = 5 × 7 et 64 = 2⁶, donc PGCD(35, 64) = 1.\n\n"


@pytest.mark.parametrize(
    "verdict",
    [
        "Réponse : oui, 99 est divisible par 11.",
        "Réponse : oui, 64 est pair.",
        "Answer: yes, 35 is a multiple of 5.",
        "Answer: yes, their sum is odd.",
        "Réponse : oui, la différence est un nombre premier.",
    ],
)
def test_d_a_yes_about_another_number_or_fact_is_no_verdict(prompts, verdict):
    assert _coprime(prompts, "64 − 35 = 29 et 64 + 35 = 99.\n\n" + verdict)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "verdict",
    [
        "Réponse : oui, 1 est leur seul diviseur commun.",
        "Réponse : oui, leur PGCD vaut 1.",
        "Oui, 35 et 64 sont premiers entre eux.",
        "Réponse : oui, ils le sont.",
        "Réponse : oui, le seul diviseur commun est 1.",
        "Yes: the gcd is 1.",
        "Réponse : oui, 35 et 64 n'ont aucun facteur commun.",
    ],
)
def test_d_a_yes_about_the_pair_together_is_the_verdict(prompts, verdict):
    earned = _coprime(prompts, COPRIME_GCD + verdict)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


# -- e. overlapping parts and one duration shared by several parts are no plan ----------------
PLAN_PARTS = (
    "1. Accueil et objectifs : 5 min\n2. Qu'est-ce que l'IA générative ? : 20 min\n"
    "3. Démonstration : 15 min{x}\n"
    "4. Limites et bons usages : 10 min\n5. Questions : 10 min"
)


@pytest.mark.parametrize(
    "answer",
    [
        PLAN_PARTS.format(x=" (pendant la partie 2)"),
        PLAN_PARTS.format(x=", en même temps que la partie 2"),
        "- Accueil\n- L'IA générative\n- Démonstration\n- Parts 1-3: 40 min\n- Limites : 10 min\n"
        "- Questions : 10 min",
        "Accueil\nL'IA générative\nDémonstration\nLes trois premières parties : 40 min\nLimites : 10 min\n"
        "Questions : 10 min",
        "1. Accueil\n2. L'IA générative\n3. Démonstration\n   (40 min pour ces trois parties)\n"
        "4. Limites : 10 min\n"
        "5. Questions : 10 min",
    ],
)
def test_e_overlapping_or_shared_durations_are_no_timed_parts(prompts, answer):
    assert _plan(prompts, answer)["answer-sections"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        PLAN_PARTS.format(x=""),
        PLAN_PARTS.format(x=" (dont 5 min de questions)"),
        "Plan :\n1. Accueil (10 min)\n   - objectifs\n   - tour de table\n2. L'IA générative (20 min)\n"
        "3. Démonstration (15 min)\n4. Limites (10 min)\n5. Questions (5 min)",
    ],
)
def test_e_a_plan_of_timed_parts_is_still_paid(prompts, answer):
    assert _plan(prompts, answer)["answer-sections"] == 3
