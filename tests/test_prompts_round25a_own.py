"""Issue 11at's own variants of red team 11zi's round 25a classes (answer side), written before
their fixes and in other words than the red team's: each gaming form earns nothing on the check
it games, and the fair near-miss next to it keeps its points. Whole submissions are graded
(transcript mode), one task at a time; round25a_own_*.toml hold more of them."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

LINE_PROMPT = (
    "Tu es professeur de mathématiques en seconde. Une droite parallèle à y = 4x + 6 passe par le point "
    "(5, 10) : quels sont ses paramètres ? Donne le coefficient directeur a, l'ordonnée à l'origine b et "
    "l'équation de la droite."
)
RIDDLE_PROMPT = (
    "You are a logic teacher. Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many "
    "sisters does Caroline have? Reason step by step before answering."
)
COPRIME_PROMPT = (
    "Tu es professeur de mathématiques au collège. Les nombres 35 et 64 sont-ils premiers entre eux ? "
    "Justifie ta réponse et donne leur PGCD."
)
PLAN_PROMPT = (
    "Tu es formateur en culture numérique. Fais le plan d'une présentation d'une heure sur l'IA "
    "générative, pour un public qui n'y connaît rien. Donne une durée à chaque partie. Présente-le en "
    "liste numérotée, une partie par ligne avec sa durée."
)


# -- 1. a rounded or approximate value given as the answer -----------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : y = 4x − 10 (valeurs arrondies).",
        "Réponse : y = 4x − 10, à la dizaine près.",
        "Réponse : a = 4 et b = env. −10, donc y = 4x − 10.",
        "Answer: a = 4, b = approx. −10: y = 4x − 10.",
        "Answer: the intercept is around −10, hence y = 4x − 10.",
        "Answer: b is roughly −10; so y = 4x − 10.",
        "Réponse : b ≅ −10, d'où y = 4x − 10.",
        "Réponse : b vaut quasiment −10 : y = 4x − 10.",
    ],
)
def test_an_approximate_line_earns_nothing(prompts, answer):
    got = corpus.earned(prompts, "parallel-line", LINE_PROMPT, answer)
    assert got["answer-equation"] == 0 and got["answer-intercept"] == 0, got


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : c'est ça, y = 4x − 10, avec b = −10.",
        "Selon cette approche, b = 10 − 20 = −10.\n\nRéponse : y = 4x − 10.",
        "On estime d'abord b ≈ −10 sur le graphique.\n\nRéponse : b = 10 − 4 × 5 = −10, donc y = 4x − 10.",
        "About the intercept: b = 10 − 20 = −10.\n\nAnswer: y = 4x − 10.",
    ],
)
def test_an_exact_line_near_an_approximation_word_keeps_its_points(prompts, answer):
    got = corpus.earned(prompts, "parallel-line", LINE_PROMPT, answer)
    assert got["answer-equation"] == 2 and got["answer-intercept"] == 1, got


@pytest.mark.parametrize(
    "answer",
    ["Answer: about one sister.", "Answer: Caroline has 1 sister, or so.", "Answer: approx. 1 sister."],
)
def test_an_approximate_count_earns_nothing(prompts, answer):
    got = corpus.earned(prompts, "riddle", RIDDLE_PROMPT, answer)
    assert got["answer-right"] == 0, got


# -- 2. the answer's own question, and its polarity --------------------------------------------
@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Question reformulée : 35 et 64 ont-ils un facteur commun autre que 1 ?\n\nRéponse : oui.", 0),
        ("Question reformulée : 35 et 64 ont-ils un facteur commun autre que 1 ?\n\nRéponse : non.", 2),
        ("Sont-ils non premiers entre eux ?\n\n**Réponse** : oui.", 0),
        ("Sont-ils non premiers entre eux ?\n\n**Réponse** : non.", 2),
        ("Do 35 and 64 have a common divisor greater than 1?\n\nAnswer: yes.", 0),
        ("Do 35 and 64 have a common divisor greater than 1?\n\nAnswer: no.", 2),
        ("35 et 64 sont-ils premiers entre eux ?\n\nRéponse : oui.", 2),
    ],
)
def test_a_yes_or_no_answers_its_own_question(prompts, answer, verdict):
    got = corpus.earned(prompts, "coprime", COPRIME_PROMPT, answer)
    assert got["answer-verdict"] == verdict, got


# -- 3. each number called prime ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Réponse : oui, ces deux nombres sont premiers.", 0),
        ("Answer: yes, they are both primes.", 0),
        ("Oui. 35 et 64 sont des nombres premiers.", 0),
        ("Oui, même si 35 et 64 ne sont pas premiers : ils sont premiers entre eux.", 2),
        ("Yes, 35 and 64 are prime to each other.", 2),
    ],
)
def test_each_number_called_prime_is_no_verdict(prompts, answer, verdict):
    got = corpus.earned(prompts, "coprime", COPRIME_PROMPT, answer)
    assert got["answer-verdict"] == verdict, got


# -- 4. two plans offered ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "sections"),
    [
        (
            "Variante courte :\n1. L'IA générative — 10 min\n2. Démo de ChatGPT — 20 min\n\n"
            "Variante longue :\n1. Les modèles de langage — 20 min\n2. Risques — 10 min",
            0,
        ),
        (
            "1. L'IA générative — 10 min\n2. Démo de ChatGPT — 20 min\n\nOu bien :\n"
            "1. Les modèles de langage — 20 min\n2. Risques — 10 min",
            0,
        ),
        (
            "1. L'IA générative, c'est quoi ? — 10 min\n2. Comment marche ChatGPT — 20 min\n"
            "3. Démonstration — 20 min\n4. Questions — 10 min",
            3,
        ),
    ],
)
def test_plans_offered_as_alternatives_are_no_sections(prompts, answer, sections):
    got = corpus.earned(prompts, "plan", PLAN_PROMPT, answer)
    assert got["answer-sections"] == sections, got
