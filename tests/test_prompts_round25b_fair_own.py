"""Issue 11aw's own variants of red team 11zj's round 25b fair classes (tests/prompts_corpus/
round25b_fair.toml) and of the fair forms a later red team found lost, written before their fixes
and in other words than the red teams': each fair form keeps its points, and the near-miss next
to it earns nothing on the check it games. Whole submissions are graded (transcript mode), one
task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import LINE_ANSWER, RIDDLE_ANSWER, RIDDLE_DATA, SUMMARY_ANSWER, TRANSLATION  # noqa: E402

from workshop.prompts import dataforms  # noqa: E402

COPRIME_ANSWER = "35 = 5 × 7 et 64 = 2⁶ : aucun facteur commun, donc PGCD(35, 64) = 1.\n\nRéponse : oui."
DATA = {
    "riddle": RIDDLE_DATA,
    "parallel-line": "Une droite parallèle à y = 4x + 6 passe par le point (5, 10). Donne son équation.",
    "coprime": "35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD.",
    "summary": "Résume ce texte en 60 mots maximum.\n\n{summary_text}",
    "traduction": "Traduis ce paragraphe en anglais.\n\n{traduction_text}",
}
ANSWER = {
    "riddle": RIDDLE_ANSWER,
    "parallel-line": LINE_ANSWER,
    "coprime": COPRIME_ANSWER,
    "summary": SUMMARY_ANSWER,
    "traduction": TRANSLATION,
}


def _role(task: str, role: str) -> float:
    return corpus.earned(prompts_exercise(), task, role + " " + DATA[task], ANSWER[task])["prompt-role"]


def prompts_exercise():  # type: ignore[no-untyped-def]
    from workshop.course import Course

    return Course.locate(REPO).exercise("prompts")


# -- 1. a role given in other words than "tu es" ----------------------------------------------------
ROLES = [
    ("riddle", "Sois un prof de logique."),
    ("riddle", "Be a logic teacher."),
    ("riddle", "Pour cet exercice, soyez une enseignante de mathématiques."),
    ("summary", "Imagine que tu écris pour un magazine de vulgarisation."),
    ("summary", "Pretend you write for a children's science magazine."),
    ("summary", "Imaginez que vous rédigez la rubrique sciences d'un journal local."),
    ("coprime", "Tu es désormais consultant."),
    ("coprime", "Vous êtes enseignante."),
    ("parallel-line", "Acting as my maths tutor: help me."),
    ("parallel-line", "En votre qualité d'enseignante, aidez-moi."),
    ("parallel-line", "En ta qualité de professeure de seconde, aide-moi."),
    ("parallel-line", "In your capacity as a maths teacher, help me."),
    ("parallel-line", "Dans votre rôle de professeur de seconde, aidez-moi."),
    ("riddle", "Soyez un traducteur expérimenté."),
    ("riddle", "Sois mon prof de maths."),
    ("summary", "Imagine you write for a science blog."),
    ("summary", "Ton rôle : résumer des articles pour la lettre d'information d'un musée."),
    ("summary", "Your role: summarising articles for a museum's newsletter."),
    ("summary", "You write the 'science corner' of a teen magazine."),
    ("summary", "Tu tiens « le coin des curieux » d'un journal pour enfants."),
    ("traduction", "Localisation job: you're the English-language localiser."),
    ("traduction", "You're the French-English translator of our team."),
    (
        "coprime",
        "Je révise le brevet et je bloque sur cette question : 35 et 64 sont-ils premiers entre eux ?",
    ),
    ("coprime", "I'm revising for my maths exam and I'm stuck on this one: are 35 and 64 coprime?"),
]


@pytest.mark.parametrize(("task", "role"), ROLES)
def test_a_role_or_a_context_in_other_words_earns_the_role(task, role):
    assert _role(task, role) == 1


@pytest.mark.parametrize(
    ("task", "role"),
    [
        ("summary", "Imagine que tu manges une pomme."),
        ("summary", "Pretend you eat an apple."),
        ("riddle", "Sois bref."),
        ("riddle", "Sois attentif."),
        ("riddle", "Dans son rôle de prof, ma tante m'aide."),
        ("coprime", "Tu es le gagnant du concours."),
        ("coprime", "You are vigilant."),
        ("riddle", "Be creative."),
        ("riddle", "Be clearer."),
        ("riddle", "Ne sois pas un prof de logique."),
        ("riddle", "Don't be a logic teacher."),
        ("riddle", "Sois l'expert qu'il faut."),
        ("riddle", "You are the winner."),
        ("riddle", "Tu es le grand gagnant."),
        ("coprime", "Tu es content."),
        ("coprime", "You are attentive."),
        ("coprime", "Tu es désormais confiant."),
        ("parallel-line", "Acting as my only hope: help me."),
        ("parallel-line", "En sa qualité d'enseignante, ma tante m'aide."),
        ("summary", "Ton rôle : résumer ce texte."),
        ("summary", "You write the 'science corner'."),
        ("traduction", "Localisation job: you're the English-language version."),
        ("coprime", "Je révise. 35 et 64 sont-ils premiers entre eux ?"),
        ("coprime", "Je révise le brevet : est-ce utile ? 35 et 64 sont-ils premiers entre eux ?"),
    ],
)
def test_a_state_an_outcome_or_a_bare_task_is_no_role(task, role):
    assert _role(task, role) == 0


# -- 2. reasoning asked before the answer, or before the question ----------------------------------
def _reasoning(text: str) -> float:
    return corpus.earned(prompts_exercise(), "riddle", text, RIDDLE_ANSWER)["prompt-reasoning"]


@pytest.mark.parametrize(
    "text",
    [
        RIDDLE_DATA + " Avant de répondre, réfléchis.",
        RIDDLE_DATA + " Before you answer, think it through.",
        RIDDLE_DATA + " Before answering, reason it out.",
        RIDDLE_DATA + " Prends le temps de réfléchir avant de répondre.",
        RIDDLE_DATA + " Réfléchis bien avant de conclure.",
        RIDDLE_DATA + " Show your working first, using this layout: Step 1 …, Step 2 …, Answer: …",
        RIDDLE_DATA + " Montre ton raisonnement d'abord, puis conclus.",
        "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. Think step by step: how many sisters "
        "does Caroline have?",
        "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Raisonne pas à pas : combien de sœurs a "
        "Caroline ?",
        RIDDLE_DATA + " Pose les faits un par un avant de conclure.",
        RIDDLE_DATA + " List the facts one by one, then give the number.",
    ],
)
def test_reasoning_before_the_answer_or_the_question_is_asked(text):
    assert _reasoning(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        RIDDLE_DATA + " Before you answer, think of a colour.",
        RIDDLE_DATA + " Avant de répondre, ne réfléchis pas.",
        RIDDLE_DATA + " Avant de répondre, réfléchis à ta tenue.",
        RIDDLE_DATA + " Don't show your working.",
        RIDDLE_DATA + " Raisonner étape par étape : est-ce utile ?",
        RIDDLE_DATA + " Think step by step: is that really needed?",
        RIDDLE_DATA + " Faut-il raisonner étape par étape : oui ou non ?",
        RIDDLE_DATA + " Ne pose pas les faits un par un.",
    ],
)
def test_reasoning_refused_questioned_or_about_something_else_is_not_asked(text):
    assert _reasoning(text) == 0


# -- 3. "un par un", "one by one": a manner, no count dictated ---------------------------------------
@pytest.mark.parametrize(
    "method",
    [
        "Pose les faits un par un.",
        "List the facts one by one, then give the number.",
        "Reprends les indices un à un.",
        "Take the clues one after another.",
        "Be a logic teacher for this one.",
    ],
)
def test_one_by_one_dictates_no_count(method):
    got = corpus.earned(
        prompts_exercise(), "riddle", "Tu es prof de logique. " + RIDDLE_DATA + " " + method, RIDDLE_ANSWER
    )
    assert all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "method",
    [
        "Pose les faits un par un. Réponse : un.",
        "List the facts one by one: the answer is one.",
        "Be quick for this one: Caroline has one sister.",
    ],
)
def test_one_by_one_next_to_a_dictated_count_still_dictates(method):
    got = corpus.earned(
        prompts_exercise(), "riddle", "Tu es prof de logique. " + RIDDLE_DATA + " " + method, RIDDLE_ANSWER
    )
    assert got["answer-right"] == 0, got


# -- 4. the sign of parallel lines carries "parallel" ------------------------------------------------
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("(Δ) ∥ (D)", "(Δ) parallel to (D)"),
        ("(d) // (D)", "(d) parallel to (D)"),
        ("(Δ)∥(D)", "(Δ) parallel to (D)"),
        ("d' ∥ y = 4x + 6", "d' parallel to y = 4x + 6"),
        ("D1 || D2", "D1 parallel to D2"),
        ("(Δ) ⊥ (D)", "(Δ) ⊥ (D)"),
        ("6 // 2", "6 // 2"),
        ("https://example.org/a", "https://example.org/a"),
        ("y = 4x + 6 // point (5, 10)", "y = 4x + 6 // point (5, 10)"),
    ],
)
def test_the_parallel_sign_between_two_lines_reads_as_the_word(written, read):
    assert dataforms.parallels_read(written) == read


@pytest.mark.parametrize(
    ("sign", "carried"),
    [("∥", 1), ("//", 1), ("⊥", 0)],
)
def test_the_parallel_sign_carries_the_data(sign, carried):
    prompt = (
        "Tu es professeur de maths. Soit (D) : y = 4x + 6. Trouve l'équation de la droite (Δ) telle que "
        f"(Δ) {sign} (D) et A(5 ; 10) ∈ (Δ) : donne sa pente, son ordonnée à l'origine et son équation."
    )
    got = corpus.earned(prompts_exercise(), "parallel-line", prompt, LINE_ANSWER)
    assert got["prompt-data"] == carried, got
    assert all(corpus.answer_points(got).values()) == bool(carried), got
