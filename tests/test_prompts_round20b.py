"""Issue 11ah's own variants of red team 11z's round 20b classes (tests/prompts_corpus/
round20b_*.toml), written before their fixes and in other words than the red team's: each
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
    PLAN,
    PLAN_ANSWER,
    RIDDLE_ANSWER,
    RIDDLE_DATA,
    SENTIMENT,
    SENTIMENT_ANSWER,
    SUMMARY_ANSWER,
)

COPRIME_ANSWER = COPRIME_WORK + "Réponse : oui, 35 et 64 sont premiers entre eux."
REVIEWS = [
    "« J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est "
    "excellent. Je la recommande à tous mes amis ! »",
    "« Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à "
    "mes messages. Je ne rachèterai jamais cette marque. »",
    "« Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à "
    "l'usage s'il tient dans le temps. »",
]


# -- a. the data under a request for its worked solution; reviews with their bylines -------------
CORRECTION_ASKED = [
    (
        "coprime",
        "Rédige une correction pour ma classe : « 35 et 64 sont-ils premiers entre eux ? »",
        COPRIME_ANSWER,
    ),
    (
        "coprime",
        "Write the correction of this exercise: are 35 and 64 coprime? Use their gcd.",
        COPRIME_ANSWER,
    ),
    ("riddle", "Donne la correction détaillée de l'énigme suivante. " + RIDDLE_DATA, RIDDLE_ANSWER),
    (
        "parallel-line",
        "J'ai besoin d'une correction : une droite parallèle à y = 4x + 6 passe par le point (5, 10). "
        "Donne son équation.",
        LINE_ANSWER,
    ),
]


@pytest.mark.parametrize(("task", "prompt", "answer"), CORRECTION_ASKED)
def test_a_correction_asked_for_is_the_worked_solution_not_an_erratum(prompts, task, prompt, answer):
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["prompt-data"] == 1, got
    assert all(value > 0 for value in corpus.answer_points(got).values()), got


def test_an_erratum_still_restates_the_data(prompts):
    got = corpus.earned(
        prompts, "riddle", RIDDLE_DATA + " Correction : chaque frère a 3 sœurs.", RIDDLE_ANSWER
    )
    assert got["prompt-data"] == 0, got


BYLINES = [
    ["Avis n°1 (Paul, 3 février) :", "Avis n°2 (Chloé, 5 février) :", "Avis n°3 (Yanis, 9 février) :"],
    ["Review 1 - by Tom, 02/11/2024:", "Review 2 - by Ana, 04/11/2024:", "Review 3 - by Lee, 07/11/2024:"],
    ["Avis 1 — Hugo :", "Avis 2 — Léna :", "Avis 3 — Sami :"],
]


def _sentiment_with(heads: list[str]) -> str:
    return (
        SENTIMENT
        + "\n\n"
        + "\n".join(f"{head} {review}" for head, review in zip(heads, REVIEWS, strict=True))
    )


@pytest.mark.parametrize("heads", BYLINES)
def test_reviews_with_their_author_and_date_are_the_reviews(prompts, heads):
    got = corpus.earned(prompts, "sentiment", _sentiment_with(heads), SENTIMENT_ANSWER)
    assert all(got[f"answer-review-{i}"] == 1 for i in (1, 2, 3)), got


@pytest.mark.parametrize(
    "heads",
    [
        ["Avis 1 (enchanté) :", "Avis 2 (furieux) :", "Avis 3 (mitigé) :"],
        ["Avis 1 (5/5) :", "Avis 2 (1/5) :", "Avis 3 (3/5) :"],
    ],
)
def test_marks_of_the_students_own_still_dictate_the_labels(prompts, heads):
    got = corpus.earned(prompts, "sentiment", _sentiment_with(heads), SENTIMENT_ANSWER)
    assert not any(got[f"answer-review-{i}"] for i in (1, 2, 3)), got


# -- b. a role by persona, by activity or by audience; reasoning one step after another ----------
ROLE_FAIR = [
    ("riddle", "Tu es Hercule Poirot. " + RIDDLE_DATA + " Raisonne étape par étape.", RIDDLE_ANSWER),
    (
        "coprime",
        "Tu accompagnes une lycéenne qui prépare le brevet. 35 et 64 sont-ils premiers entre eux ? "
        "Justifie avec leur PGCD.",
        COPRIME_ANSWER,
    ),
    (
        "coprime",
        "You coach a pupil who struggles with arithmetic. Are 35 and 64 coprime? Justify with their gcd.",
        COPRIME_ANSWER,
    ),
    (
        "summary",
        "Tu écris pour un journal de quartier. Résume ce texte en 60 mots maximum.\n\n{summary_text}",
        SUMMARY_ANSWER,
    ),
    (
        "riddle",
        "J'anime un atelier de logique avec des collégiens, vous pourriez m'aider ? "
        + RIDDLE_DATA
        + " Raisonne étape par étape.",
        RIDDLE_ANSWER,
    ),
]


@pytest.mark.parametrize(("task", "prompt", "answer"), ROLE_FAIR)
def test_a_persona_an_activity_for_someone_or_a_polite_context_is_a_role(prompts, task, prompt, answer):
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["prompt-role"] == 1, got


@pytest.mark.parametrize(
    "asked",
    ["Avance une hypothèse après l'autre.", "Go one inference at a time.", "Une vérification après l'autre."],
)
def test_one_step_after_the_other_whatever_its_name_asks_reasoning(prompts, asked):
    got = corpus.earned(
        prompts, "riddle", "Tu es un professeur de logique. " + RIDDLE_DATA + " " + asked, RIDDLE_ANSWER
    )
    assert got["prompt-reasoning"] == 1, got


def test_a_role_word_that_is_no_person_is_still_no_role(prompts):
    got = corpus.earned(prompts, "riddle", "Tu aides. " + RIDDLE_DATA, RIDDLE_ANSWER)
    assert got["prompt-role"] == 0, got


# -- c. the data changed by one word ------------------------------------------------------------
ALTERED = [
    (
        "riddle",
        "Tu es un professeur de logique. Caroline (un homme) a 3 frères. Chaque frère a 2 sœurs. "
        "Combien de sœurs a Caroline ? Raisonne étape par étape.",
        RIDDLE_ANSWER,
    ),
    (
        "riddle",
        "You are a logic teacher. Caroline (a boy) has 3 brothers. Each brother has 2 sisters. How "
        "many sisters does Caroline have? Think step by step.",
        RIDDLE_ANSWER,
    ),
    ("plan", PLAN.replace("d'une heure", "d'une heure (soit 50 minutes)"), PLAN_ANSWER),
    ("plan", PLAN.replace("d'une heure", "d'une heure, en fait 40 minutes,"), PLAN_ANSWER),
]


@pytest.mark.parametrize(("task", "prompt", "answer"), ALTERED)
def test_the_data_changed_by_one_word_is_not_the_tasks_data(prompts, task, prompt, answer):
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["prompt-data"] == 0, got
    assert not any(corpus.answer_points(got).values()), got


KEPT = [
    (
        "riddle",
        "Tu es un professeur de logique. Caroline (une petite fille) a 3 frères. Chaque frère a 2 "
        "sœurs. Combien de sœurs a Caroline ?",
    ),
    (
        "coprime",
        "Tu es professeur. Les entiers 35 et 64 sont-ils premiers entre eux ? Justifie avec le PGCD.",
    ),
    ("plan", PLAN.replace("d'une heure", "d'une heure (soit 60 minutes)")),
    ("plan", PLAN + " Donc 5 parties au plus."),
]


@pytest.mark.parametrize(("task", "prompt"), KEPT)
def test_the_data_reworded_or_restated_the_same_is_the_data(prompts, task, prompt):
    assert corpus.earned(prompts, task, prompt, "x")["prompt-data"] == 1


# -- d. a request declined in a template, revoked, in the past, or for the user's own things ------
NOT_ASKED = [
    (
        "riddle",
        "Tu es un professeur de logique. " + RIDDLE_DATA + "\nMéthode pas à pas : non merci",
        "prompt-reasoning",
    ),
    ("riddle", "Rôle : aucun.\n" + RIDDLE_DATA, "prompt-role"),
    (
        "summary",
        "Tu es rédacteur. Résume ce texte. Longueur maximale : sans objet.\n\n{summary_text}",
        "prompt-limit",
    ),
    (
        "summary",
        "Tu es rédacteur. L'an dernier, ma prof exigeait 40 mots maximum. Résume ce texte.\n\n{summary_text}",
        "prompt-limit",
    ),
    (
        "summary",
        "Tu es rédacteur. Résume ce texte en 60 mots maximum. Finalement, pas de limite.\n\n{summary_text}",
        "prompt-limit",
    ),
    (
        "summary",
        "Tu es historien des sciences. Enfin non, aucun rôle. Résume ce texte en 60 mots maximum.\n\n"
        "{summary_text}",
        "prompt-role",
    ),
    (
        "plan",
        PLAN + " Après la séance, je distribuerai une fiche en tableau aux participants.",
        "prompt-format",
    ),
    ("plan", PLAN + " We'll hand out slides as a bulleted list afterwards.", "prompt-format"),
]


@pytest.mark.parametrize(("task", "prompt", "check"), NOT_ASKED)
def test_a_request_declined_revoked_past_or_for_the_users_own_thing_asks_nothing(
    prompts, task, prompt, check
):
    answer = {"riddle": RIDDLE_ANSWER, "summary": SUMMARY_ANSWER, "plan": PLAN_ANSWER}[task]
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


STILL_ASKED = [
    (
        "riddle",
        "Tu es un professeur de logique. " + RIDDLE_DATA + "\nMéthode : pas à pas.",
        "prompt-reasoning",
    ),
    (
        "summary",
        "Tu es rédacteur. Comme l'an dernier, résume ce texte en 40 mots maximum.\n\n{summary_text}",
        "prompt-limit",
    ),
    (
        "summary",
        "Pas de rôle particulier. Tu es rédacteur pour un magazine. Résume ce texte.\n\n{summary_text}",
        "prompt-role",
    ),
    ("plan", PLAN + " Présente-le en liste numérotée.", "prompt-format"),
    (
        "plan",
        PLAN + " Je m'occuperai du polycopié ; toi, présente le plan en liste numérotée.",
        "prompt-format",
    ),
]


@pytest.mark.parametrize(("task", "prompt", "check"), STILL_ASKED)
def test_the_request_itself_still_asks(prompts, task, prompt, check):
    answer = {"riddle": RIDDLE_ANSWER, "summary": SUMMARY_ANSWER, "plan": PLAN_ANSWER}[task]
    assert corpus.earned(prompts, task, prompt, answer)[check] == 1


EUCLID = (
    "64 = 1 × 35 + 29\n35 = 1 × 29 + 6\n29 = 4 × 6 + 5\n6 = 1 × 5 + 1\n5 = 5 × 1 + 0\n"
    "Donc PGCD(35, 64) = 1.\n\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Calculons le PGCD de 35 et 64 :\n",
        "Cherchons le PGCD de 35 et de 64 par divisions successives :\n",
        "We compute the gcd of 35 and 64 with Euclid's algorithm:\n",
    ],
)
def test_the_gcd_named_over_euclids_steps_states_no_value(prompts, opening):
    got = corpus.earned(
        prompts,
        "coprime",
        "Tu es professeur. 35 et 64 sont-ils premiers entre eux ? Justifie avec le PGCD.",
        opening + EUCLID + "Réponse : oui, 35 et 64 sont premiers entre eux.",
    )
    assert got["answer-justified"] == 2 and got["answer-verdict"] == 2, got


def test_a_gcd_stated_after_its_label_is_still_read(prompts):
    got = corpus.earned(
        prompts,
        "coprime",
        "Tu es professeur. 35 et 64 sont-ils premiers entre eux ? Justifie avec le PGCD.",
        "Le PGCD de 35 et 64 : 5.\n\nRéponse : non.",
    )
    assert got["answer-justified"] == 0, got


# -- e. durations fixed by a gantt chart ---------------------------------------------------------
@pytest.mark.parametrize(
    "chart",
    [
        "gantt\n  section Séance\n  Ouverture :s1, 0, 15m\n  Notions :s2, after s1, 20min\n"
        "  Atelier :s3, after s2, 25m",
        "gantt\n  dateFormat HH:mm\n  Intro :done, 00:00, 0.25h\n  Coeur :a2, after a1, 0.5h\n"
        "  Fin :a3, after a2, 0.25h",
    ],
)
def test_a_gantt_chart_in_the_prompt_dictates_the_plans_durations(prompts, chart):
    answer = "1. Ouverture — 15 min\n2. Notions — 20 min\n3. Atelier — 25 min"
    if "0.25h" in chart:
        answer = "1. Introduction — 15 min\n2. Le coeur du sujet — 30 min\n3. Conclusion — 15 min"
    got = corpus.earned(prompts, "plan", PLAN + "\nMon planning :\n```mermaid\n" + chart + "\n```", answer)
    assert got["answer-sections"] == 0, got


def test_a_gantt_chart_whose_durations_do_not_add_up_dictates_nothing(prompts):
    chart = "gantt\n  Intro :a1, 0, 5m\n  Suite :a2, after a1, 5m\n  Fin :a3, after a2, 5m"
    got = corpus.earned(prompts, "plan", PLAN + "\n```mermaid\n" + chart + "\n```", PLAN_ANSWER)
    assert got["answer-sections"] == 3, got
