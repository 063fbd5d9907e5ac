"""Issue 11as's own variants of red team 11zh's round 24b fair classes (held out, not in this
tree), written before their fixes and in other words than the red team's: each fair form
keeps its points, and the near-miss next to it earns nothing on the check it games. Whole
submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import LINE_ANSWER, PLAN_ANSWER, RIDDLE_ANSWER, RIDDLE_DATA, SUMMARY_ANSWER, TRANSLATION  # noqa: E402

from workshop.prompts import dataforms  # noqa: E402

# -- 1. the given line described by its slope and intercept in words ------------------------------
LINE_IN_WORDS = [
    "la droite de coefficient directeur 4 et d'ordonnée à l'origine 6",
    "la droite d’ordonnée à l’origine 6 et de coefficient directeur 4",
    "la droite (D) de pente 4 et d'ordonnée à l'origine 6",
    "la droite dont le coefficient directeur est 4 et l'ordonnée à l'origine est 6",
    "the line with slope 4 and y-intercept 6",
    "the line with a slope of 4 and a y-intercept of 6",
    "the line whose gradient is 4 and whose intercept is 6",
]


def _line_prompt(line: str) -> str:
    return (
        f"Tu es professeur de mathématiques. On considère {line}. Une droite qui lui est parallèle passe "
        "par le point (5, 10) : donne son coefficient directeur, son ordonnée à l'origine et son équation."
    )


@pytest.mark.parametrize("line", LINE_IN_WORDS)
def test_the_line_described_in_words_carries_the_data(prompts, line):
    got = corpus.earned(prompts, "parallel-line", _line_prompt(line), LINE_ANSWER)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "line",
    [
        "la droite de coefficient directeur 6 et d'ordonnée à l'origine 4",
        "la droite de coefficient directeur 4 et d'ordonnée à l'origine 7",
        "la droite de coefficient directeur −4 et d'ordonnée à l'origine 6",
        "the line with slope 4 and y-intercept -6",
        "the line with slope 4",
        "la droite d'ordonnée à l'origine 6",
    ],
)
def test_another_line_in_words_carries_no_data(prompts, line):
    got = corpus.earned(prompts, "parallel-line", _line_prompt(line), LINE_ANSWER)
    assert got["prompt-data"] == 0, got


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("de coefficient directeur 4 et d'ordonnée à l'origine 6", "de y = 4x + 6"),
        ("with slope -2 and y-intercept 3.5", "with y = neg2x + 3.5"),
        ("de pente 4", "de pente 4"),
    ],
)
def test_the_slope_reader_restates_a_line_only_with_both_numbers(written, read):
    assert dataforms.read(written) == read


# -- 2. reasoning asked as a method named by its noun ("fais la liste ..., puis compte") -----------
METHODS = [
    "Avant de conclure, fais la liste de tous les enfants de la famille, puis compte les filles.",
    "Avant de répondre, dresse la liste des enfants de la famille.",
    "Before you answer, make a list of every child in the family, then count the girls.",
    "Fais un schéma de la famille, puis compte les sœurs de Caroline.",
    "Draw up a list of the children first, then count the girls other than Caroline.",
]


@pytest.mark.parametrize("method", METHODS)
def test_a_method_before_the_answer_is_reasoning(prompts, method):
    got = corpus.earned(prompts, "riddle", RIDDLE_DATA + " " + method, RIDDLE_ANSWER)
    assert got["prompt-reasoning"] == 1, got


@pytest.mark.parametrize(
    "method",
    [
        "Ne fais surtout pas la liste des enfants avant de conclure, donne juste le nombre.",
        "Don't make a list of the children before you answer, just give the number.",
        "Avant de conclure, fais une pause.",
        "Fais la liste des sœurs de Caroline.",
        "J'ai déjà fait la liste des enfants hier, puis j'ai compté les filles.",
    ],
)
def test_no_method_or_a_refused_one_is_no_reasoning(prompts, method):
    got = corpus.earned(prompts, "riddle", RIDDLE_DATA + " " + method, RIDDLE_ANSWER)
    assert got["prompt-reasoning"] == 0, got


# -- 3. a role given by the model's professional activity -------------------------------------------
ROLES = [
    ("parallel-line", "You're tutoring a tenth grader.", LINE_ANSWER),
    ("parallel-line", "You are coaching a struggling student before her exam.", LINE_ANSWER),
    ("summary", "Tu prépares un document pour des correspondants anglais de ta classe.", SUMMARY_ANSWER),
    ("summary", "You're writing a newsletter for retired volunteers.", SUMMARY_ANSWER),
    (
        "traduction",
        "Tu sous-titres des vidéos de vulgarisation scientifique pour un public américain.",
        TRANSLATION,
    ),
    ("traduction", "Vous sous-titrez des documentaires pour une chaîne canadienne.", TRANSLATION),
]
DATA = {
    "parallel-line": "Une droite parallèle à y = 4x + 6 passe par le point (5, 10). Donne son équation.",
    "summary": "Résume ce texte en 60 mots maximum.\n\n{summary_text}",
    "traduction": "Traduis ce paragraphe en anglais.\n\n{traduction_text}",
}


@pytest.mark.parametrize(("task", "role", "answer"), ROLES)
def test_the_model_s_professional_activity_is_a_role(prompts, task, role, answer):
    got = corpus.earned(prompts, task, role + " " + DATA[task], answer)
    assert got["prompt-role"] == 1, got


@pytest.mark.parametrize(
    "role",
    [
        "Tu es fatigué.",
        "Tu prépares ton café.",
        "You're reading a short text.",
        "You're not tutoring anyone today.",
        "Tu ne prépares pas de document pour des correspondants.",
        "Si tu sous-titres des vidéos pour un public américain, tant mieux.",
        "Tu préparais un document pour des correspondants anglais, l'an dernier.",
        "You're going to read a text.",
    ],
)
def test_a_state_or_a_private_act_is_no_role(prompts, role):
    got = corpus.earned(prompts, "summary", role + " " + DATA["summary"], SUMMARY_ANSWER)
    assert got["prompt-role"] == 0, got


# -- 4. a limit written as a range within the task's limit ------------------------------------------
@pytest.mark.parametrize(
    "limit",
    ["entre 40 et 60 mots", "de 40 à 60 mots", "en 40–60 mots", "between 40 and 60 words", "in 40-55 words"],
)
def test_a_range_within_the_task_s_limit_is_a_limit(prompts, limit):
    prompt = f"Tu es journaliste scientifique. Résume ce texte {limit}.\n\n{{summary_text}}"
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert got["prompt-limit"] == 1, got


@pytest.mark.parametrize(
    "limit", ["en 60 à 80 mots", "entre 50 et 90 mots", "between 40 and 400 words", "pas entre 40 et 60 mots"]
)
def test_a_range_above_the_task_s_limit_is_none(prompts, limit):
    prompt = f"Tu es journaliste scientifique. Résume ce texte {limit}.\n\n{{summary_text}}"
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert got["prompt-limit"] == 0, got


# -- 5. a layout given as one unit per part -----------------------------------------------------------
PLAN_DATA = (
    "Tu es formateur en culture numérique. Fais le plan d'une présentation d'une heure sur l'IA générative, "
    "pour un public qui n'y connaît rien. Donne une durée à chaque partie."
)


@pytest.mark.parametrize(
    "layout",
    [
        "Une puce par partie : le titre en gras, puis la durée entre parenthèses.",
        "Un paragraphe par partie.",
        "One bullet per part, its duration in brackets.",
        "Un tiret pour chaque partie.",
    ],
)
def test_one_layout_unit_per_part_is_a_format(prompts, layout):
    got = corpus.earned(prompts, "plan", PLAN_DATA + " " + layout, PLAN_ANSWER)
    assert got["prompt-format"] == 1, got


@pytest.mark.parametrize(
    "layout", ["Une durée par partie.", "Pas une puce par partie, fais comme tu veux.", "One idea per part."]
)
def test_a_part_s_content_or_a_refused_layout_is_no_format(prompts, layout):
    got = corpus.earned(prompts, "plan", PLAN_DATA + " " + layout, PLAN_ANSWER)
    assert got["prompt-format"] == 0, got
