"""Issue 11be's own variants of red team redteam30's round 30 fair classes
(tests/prompts_corpus/round30_fair.toml), written before their fixes and in other words than
the red team's: each fair form keeps its points, and the near-miss next to it earns nothing on
the check it games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import LINE_ANSWER, RIDDLE_ANSWER, RIDDLE_DATA, SUMMARY_ANSWER, TRANSLATION  # noqa: E402

# -- 1. the translation's direction written as language codes ("FR→EN") ----------------------------
# A glossary of a few terms beside it is an instruction a translator is given: it keeps every
# point (the task asks for each term's usual English equivalent; the model still renders the
# whole paragraph, and most of its terms, itself).
DIRECTIONS = [
    "Traducteur technique FR→EN. Traduis le paragraphe ci-dessous, rien d'autre.",
    "Tu es traducteur. Traduction FR -> EN du paragraphe ci-dessous, sans note.",
    "Tu es traductrice. Traduis ce paragraphe (fr → en), sans note ; glossaire : entraînement = training.",
    "Tu es traducteur. Traduction FR-EN, texte traduit seul.",
    "Tu es traducteur technique. Traduis ce texte. Langue cible : EN.",
    "You are a technical translator. Translate the paragraph below, FR > EN, and add nothing.",
    "You are a translator. Translate this paragraph (target language: EN-GB), nothing else.",
    "You are a translator. Translate from FR into EN; glossary: paramètres = parameters. No notes.",
]


@pytest.mark.parametrize("request_", DIRECTIONS)
def test_a_translation_asked_by_language_codes_carries_the_data(prompts, request_):
    got = corpus.earned(prompts, "traduction", request_ + "\n{traduction_text}", TRANSLATION)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "request_",
    [
        "Tu es traducteur. Traduction EN→FR du paragraphe ci-dessous.",
        "Tu es traducteur. Traduction FR→ES du paragraphe ci-dessous.",
        "You are a translator. Translate the paragraph below, FR > DE.",
        "Tu es traducteur. Traduis ce texte. Langue cible : FR.",
        "Tu es traducteur. Recopie ce texte en FR, EN suivra plus tard.",
    ],
)
def test_another_direction_carries_no_data(prompts, request_):
    got = corpus.earned(prompts, "traduction", request_ + "\n{traduction_text}", TRANSLATION)
    assert got["prompt-data"] == 0, got


# -- 2. a bare role label at the prompt's start ("Prof de maths, niveau seconde.") ---------------
RIDDLE_BODY = RIDDLE_DATA + " Raisonne étape par étape, puis termine par « Réponse : ... »."
LABELS = [
    "Prof de logique, niveau collège.",
    "Professeure de mathématiques.",
    "Enseignant de logique au collège.",
    "**Coach d'olympiades de maths.**",
    "Logic teacher, middle-school level.",
    "Maths tutor.",
    "Senior puzzle editor for a children's magazine.",
    "Mathematician, specialist in puzzles.",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_bare_role_label_at_the_start_is_a_role(prompts, label):
    for sep in (" ", "\n"):
        got = corpus.earned(prompts, "riddle", label + sep + RIDDLE_BODY, RIDDLE_ANSWER)
        assert got["prompt-role"] == 1, (sep, got)


@pytest.mark.parametrize(
    ("task", "prompt", "answer"),
    [
        (
            "summary",
            "Science writer. Summarise this French text in French, in 60 words at most, in your own "
            "words.\n\n{summary_text}",
            SUMMARY_ANSWER,
        ),
        (
            "summary",
            "Rédactrice de vulgarisation\nRésume ce texte en 60 mots maximum, avec tes mots.\n\n"
            "{summary_text}",
            SUMMARY_ANSWER,
        ),
        (
            "parallel-line",
            "Maths teacher, high-school level. A line parallel to y = 4x + 6 passes through the point "
            "(5, 10): give a, b and its equation.",
            LINE_ANSWER,
        ),
    ],
)
def test_a_bare_role_label_in_other_tasks(prompts, task, prompt, answer):
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["prompt-role"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "lead",
    [
        "Gagnant du concours de logique.",
        "Winner.",
        "Content.",
        "Very patient.",
        "Calculateur.",
        "Consider the following riddle.",
        "Ordre du jour : une énigme.",
        "Professeur : M. Martin.",
        "Ma prof de logique nous a donné cette énigme.",
        "Élève de 4e.",
        "Énigme de logique.",
        "Exercice.",
        "Remember the rules.",
        "Logic puzzle, middle-school level.",
        "Un professeur de logique a posé cette énigme à sa classe.",
        "A logic teacher set this riddle for his class.",
    ],
)
def test_a_label_that_names_no_trade_is_no_role(prompts, lead):
    got = corpus.earned(prompts, "riddle", lead + " " + RIDDLE_BODY, RIDDLE_ANSWER)
    assert got["prompt-role"] == 0, got


def test_a_trade_named_later_in_the_prompt_is_no_label(prompts):
    prompt = RIDDLE_DATA + " Le frère aîné est professeur de logique. Raisonne étape par étape."
    got = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert got["prompt-role"] == 0, got


# -- 3. the role asked in a polite question ("Tu pourrais faire comme si tu étais mon prof ?") -----
POLITE_ROLES = [
    "Tu pourrais faire comme si tu étais mon prof particulier ?",
    "Fais comme si tu étais ma professeure de logique.",
    "Faites comme si vous étiez mon tuteur.",
    "Pourrais-tu être mon prof de maths aujourd'hui ?",
    "Tu veux bien être mon coach de logique ?",
    "Would you be my maths tutor for today?",
    "Could you be my logic teacher for a moment?",
    "Can you act as if you were my tutor?",
    "Tu peux jouer mon prof de maths ?",
]


@pytest.mark.parametrize("role", POLITE_ROLES)
def test_a_role_asked_politely_is_a_role(prompts, role):
    got = corpus.earned(prompts, "riddle", role + " " + RIDDLE_BODY, RIDDLE_ANSWER)
    assert got["prompt-role"] == 1, got


@pytest.mark.parametrize(
    "role",
    [
        "Tu pourrais être plus clair ?",
        "Pourrais-tu être bref ?",
        "Could you be clearer?",
        "Could you be quicker this time?",
        "Would you be the winner?",
        "Fais comme si tu étais pressé.",
        "Answer as if you were in a hurry.",
        "Tu pourrais faire comme si tu n'étais pas un prof ?",
        "Peux-tu être honnête ?",
        "Tu peux jouer avec les nombres ?",
    ],
)
def test_a_polite_question_that_names_no_trade_is_no_role(prompts, role):
    got = corpus.earned(prompts, "riddle", role + " " + RIDDLE_BODY, RIDDLE_ANSWER)
    assert got["prompt-role"] == 0, got
