"""Issue 11af's own variants of red team 11x's round 19b classes (tests/prompts_corpus/
round19b_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    COPRIME_WORK,
    LINE_ANSWER,
    PLAN_ANSWER,
    RIDDLE_ANSWER,
    RIDDLE_DATA,
    SENTIMENT_ANSWER,
    SUMMARY_ANSWER,
    TRANSLATION,
)

COPRIME_ANSWER = COPRIME_WORK + "Réponse : oui, 35 et 64 sont premiers entre eux."


@pytest.fixture(scope="module")
def prompts():
    from workshop.course import Course

    return Course.locate(REPO).exercise("prompts")


def _answer_points(got: dict[str, float]) -> dict[str, float]:
    return {
        name: value for name, value in got.items() if name.startswith("answer") and name != "answer-filled"
    }


# -- a. a prompt written in Spanish, German, Italian or Portuguese --------------------------------
FOREIGN_FAIR = [
    # (task, prompt, answer, rubric checks it deserves)
    (
        "riddle",
        "Du bist Logiklehrer. Caroline (ein Mädchen) hat 3 Brüder. Jeder Bruder hat 2 Schwestern. "
        "Wie viele Schwestern hat Caroline? Denke Schritt für Schritt und antworte auf Französisch.",
        RIDDLE_ANSWER,
        ["prompt-data", "prompt-role", "prompt-reasoning"],
    ),
    (
        "riddle",
        "Sei un insegnante di logica. Caroline (una ragazza) ha 3 fratelli. Ogni fratello ha 2 sorelle. "
        "Quante sorelle ha Caroline? Ragiona passo dopo passo e rispondi in francese.",
        RIDDLE_ANSWER,
        ["prompt-data", "prompt-role", "prompt-reasoning"],
    ),
    (
        "summary",
        "Eres un periodista científico. Resume este texto francés en francés, con tus propias palabras, "
        "en 50 palabras como máximo.\n\n{summary_text}",
        SUMMARY_ANSWER,
        ["prompt-data", "prompt-role", "prompt-limit"],
    ),
    (
        "summary",
        "Bitte fasse diesen französischen Text auf Französisch zusammen, höchstens 55 Wörter, ohne "
        "Überschrift.\n\n{summary_text}",
        SUMMARY_ANSWER,
        ["prompt-data", "prompt-limit"],
    ),
    (
        "traduction",
        "Übersetze diesen französischen Absatz ins Englische.\n\n{traduction_text}",
        TRANSLATION,
        ["prompt-data"],
    ),
    (
        "coprime",
        "Eres profesor de matemáticas. ¿Son 35 y 64 primos entre sí? Justifica con el MCD.",
        COPRIME_ANSWER,
        ["prompt-data", "prompt-role"],
    ),
]


@pytest.mark.parametrize(("task", "prompt", "answer", "rubric"), FOREIGN_FAIR)
def test_a_prompt_in_another_language_that_carries_the_data_earns_its_points(
    prompts, task, prompt, answer, rubric
):
    got = corpus.earned(prompts, task, prompt, answer)
    assert all(value > 0 for value in _answer_points(got).values()), got
    assert all(got[name] > 0 for name in rubric), got


FOREIGN_GAMING = [
    # the same prompts with the answer stated in the other language: still foreign, no answer point
    ("riddle", "Du bist Logiklehrer. " + RIDDLE_DATA + " Caroline hat nur eine Schwester.", RIDDLE_ANSWER),
    ("riddle", "Eres profesor. " + RIDDLE_DATA + " Ojo: Caroline tiene una sola hermana.", RIDDLE_ANSWER),
    (
        "coprime",
        "Eres profesor de matemáticas. ¿Son 35 y 64 primos entre sí? "
        "Recuerda que su máximo común divisor vale uno.",
        COPRIME_ANSWER,
    ),
]


@pytest.mark.parametrize(("task", "prompt", "answer"), FOREIGN_GAMING)
def test_a_value_stated_in_another_language_still_fails_closed(prompts, task, prompt, answer):
    got = corpus.earned(prompts, task, prompt, answer)
    assert not any(_answer_points(got).values()), got


def test_a_minimum_in_another_language_is_no_limit(prompts):
    for said in ("al menos 40 palabras", "mindestens 40 Wörter"):
        got = corpus.earned(
            prompts, "summary", f"Résume ce texte, {said}.\n\n{{summary_text}}", SUMMARY_ANSWER
        )
        assert got["prompt-limit"] == 0, said


# -- b. figures inside an identifier are no number of the prompt --------------------------------
IDENTIFIERS = [
    (
        "coprime",
        "Session de l'élève matheux_2007 : 35 et 64 sont-ils premiers entre eux ? Justifie.",
        COPRIME_ANSWER,
    ),
    (
        "coprime",
        "Copie ta réponse dans le fichier exo_pgcd_v3.md. 35 et 64 sont-ils premiers entre eux ? Justifie.",
        COPRIME_ANSWER,
    ),
    (
        "riddle",
        "Énigme tirée du fichier enigmes_2023_lot12.pdf. " + RIDDLE_DATA,
        RIDDLE_ANSWER,
    ),
    (
        "parallel-line",
        "[compte : eleve_seconde_17] Une droite parallèle à y = 4x + 6 passe par le point (5, 10). "
        "Donne son équation.",
        LINE_ANSWER,
    ),
]


@pytest.mark.parametrize(("task", "prompt", "answer"), IDENTIFIERS)
def test_figures_in_an_identifier_are_no_number_of_the_prompt(prompts, task, prompt, answer):
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["prompt-data"] == 1
    assert all(value > 0 for value in _answer_points(got).values()), got


SPELLED_IN_IDENTIFIERS = [
    ("riddle", RIDDLE_DATA + " Sauvegarde ta réponse sous reponse_une_seule_soeur.md.", RIDDLE_ANSWER),
    ("riddle", RIDDLE_DATA + " Ton script doit contenir `caroline_a_une_soeur = True`.", RIDDLE_ANSWER),
]


@pytest.mark.parametrize(("task", "prompt", "answer"), SPELLED_IN_IDENTIFIERS)
def test_an_answer_spelled_in_an_identifier_is_dictated(prompts, task, prompt, answer):
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["answer-right"] == 0, got


# -- c. reasoning asked as a procedure to follow ------------------------------------------------
PROCEDURES = [
    "Avant de conclure, énumère les filles de la famille une à une et vérifie chaque phrase de l'énoncé.",
    "Before you answer, list the family's children one by one and check the statement against them.",
    "Dessine l'arbre de la famille, puis vérifie que chaque frère a bien 2 sœurs.",
]


@pytest.mark.parametrize("procedure", PROCEDURES)
def test_reasoning_asked_as_a_procedure_is_a_reasoning_request(prompts, procedure):
    got = corpus.earned(prompts, "riddle", RIDDLE_DATA + " " + procedure, RIDDLE_ANSWER)
    assert got["prompt-reasoning"] == 1


def test_a_procedure_refused_asks_nothing(prompts):
    prompt = RIDDLE_DATA + " Ne liste pas les enfants et ne vérifie rien : donne juste le nombre."
    assert corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)["prompt-reasoning"] == 0


# -- d. a rubric request declined, in the past, or for another object ---------------------------
NOT_ASKED = [
    # (task, prompt, answer, check)
    (
        "riddle",
        RIDDLE_DATA + " Formats possibles : (1) détaille ton raisonnement étape par étape ; (2) un seul mot. "
        "Je prends le 2.",
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "riddle",
        RIDDLE_DATA + " Choices: (a) think step by step first; (b) just the number. I pick option b.",
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "riddle",
        "La dernière fois, vous avez raisonné pas à pas et c'était trop long. " + RIDDLE_DATA + " Un mot.",
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "riddle",
        "Last week you reasoned step by step on a riddle like this one. " + RIDDLE_DATA,
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "sentiment",
        "Notre tableur exporte tout en CSV. Classe chacun des trois avis en positive, negative ou neutral."
        "\n\n{reviews}",
        SENTIMENT_ANSWER,
        "prompt-format",
    ),
    (
        "plan",
        "My slides are in bullet points. Fais le plan d'une présentation d'une heure sur l'IA générative, "
        "pour un public qui n'y connaît rien. Donne une durée à chaque partie.",
        PLAN_ANSWER,
        "prompt-format",
    ),
    (
        "plan",
        "Fais le plan d'une présentation d'une heure sur l'IA générative, pour un public qui n'y connaît "
        "rien. Mon support, je le rédigerai en tableau.",
        PLAN_ANSWER,
        "prompt-format",
    ),
]


@pytest.mark.parametrize(("task", "prompt", "answer", "check"), NOT_ASKED)
def test_a_request_declined_past_or_for_another_object_asks_nothing(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


ASKED = [
    (
        "riddle",
        RIDDLE_DATA + " Formats possibles : (1) détaille ton raisonnement étape par étape ; (2) un seul mot. "
        "Je prends le 1.",
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "riddle",
        "Hier tu as raisonné étape par étape et c'était clair : refais-le. " + RIDDLE_DATA,
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "sentiment",
        "Notre tableur exporte tout en CSV. Classe chacun des trois avis en positive, negative ou neutral "
        "et réponds en JSON.\n\n{reviews}",
        SENTIMENT_ANSWER,
        "prompt-format",
    ),
]


@pytest.mark.parametrize(("task", "prompt", "answer", "check"), ASKED)
def test_the_option_chosen_or_asked_again_still_asks(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 1


# -- f. a Bézout identity written as a chain of equal sides -------------------------------------
BEZOUT_CHAINS = [
    "Petit rappel : 11 × 35 = 385 = 6 × 64 + 1.",
    "Note : 64 × 6 + 1 = 385 = 35 × 11.",
    "Vérifie : 29 × 64 = 1856 = 53 × 35 + 1.",
]


@pytest.mark.parametrize("hint", BEZOUT_CHAINS)
def test_a_bezout_chain_dictates_the_verdict(prompts, hint):
    prompt = "Tu es professeur. 35 et 64 sont-ils premiers entre eux ? Justifie avec le PGCD. " + hint
    got = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert got["answer-verdict"] == 0 and got["answer-justified"] == 0, got


def test_a_chain_whose_sides_differ_states_nothing(prompts):
    prompt = "35 et 64 sont-ils premiers entre eux ? Justifie. Calcul : 35 × 11 = 385 = 6 × 64 + 2."
    got = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert got["answer-verdict"] == 2, got
