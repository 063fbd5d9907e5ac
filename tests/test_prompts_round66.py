"""Round 66 (fix-helper fix66, session 48): the readers added for hints that do the decisive step, labels by
place, a plan's one duration per part, a glossary of every graded term, an earlier error's object, a format
asked again."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import claimed, decisive, structure, timed, verdicts
from workshop.prompts.text import fold

SUBJECT = r"\b(caroline|elle|she)\b"
UNIT = ["soeur", "sister"]


@pytest.mark.parametrize(
    "text",
    [
        "Indice : Caroline fait elle-même partie des 2 sœurs de chaque frère.",
        "Rappel : Caroline est comptée parmi les sœurs de ses frères.",
        "Hint: remember that Caroline is included in the brothers' 2 sisters.",
        "Key point: she is one of the two sisters each brother has.",
        "Astuce : les 2 sœurs de chaque frère incluent Caroline.",
    ],
)
def test_the_subject_told_to_be_one_of_the_counted_is_the_decisive_step(text: str) -> None:
    assert decisive.member_told(text, SUBJECT, UNIT)


@pytest.mark.parametrize(
    "text",
    [
        "Demande-toi si Caroline compte parmi les sœurs de ses frères.",
        "Check whether Caroline is included when you count the sisters.",
        "Don't forget Caroline is a girl herself.",
        "Caroline ne fait pas partie de ses propres sœurs, attention.",
        "Caroline has 3 brothers.",
        "Caroline est une fille et chaque frère a 2 sœurs, attention au piège.",
        "She is a girl, and each brother has 2 sisters.",
    ],
)
def test_a_hint_that_points_where_to_look_is_no_membership_told(text: str) -> None:
    assert not decisive.member_told(text, SUBJECT, UNIT)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Hint: parallel means a = 4; then 10 = 4×5 + b.", True),
        ("Aide : a = 4 et 4 × 5 + b = 10.", True),
        ("Indice : remplace le point (5, 10) : 10 = 20 + b.", True),
        ("plugging in the point gives 10 = 4 * 5 + b", True),
        ("Hint: a line through (x0, y0) with slope m has b = y0 − m·x0.", False),
        ("Exemple : 3 = 2 × 1 + b pour une autre droite.", False),
        ("La droite y = 4x + b est parallèle.", False),
        ("Vérifie que 10 = 4 × 5 + b - 3 b.", False),
        ("Détaille le calcul. Vérifie que 4 × 5 + b = 10 avec ta valeur de b.", False),
    ],
)
def test_this_tasks_numbers_in_the_methods_equation(text: str, told: bool) -> None:
    assert decisive.solved_for(fold(text), ["b", "p"], Fraction(-10)) is told


def test_letters_are_read_from_the_about_terms() -> None:
    assert decisive.letters(["line:intercept", "intercept", r"re:\bb\b", r"re:\bp\b"]) == ["b", "p"]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Fais autant de parties que de sœurs de Caroline plus cinq, de 10 minutes chacune.", True),
        ("Each part lasts as many minutes as five times Caroline's brothers.", True),
        (
            "Prévois quatre parties, chacune durant cinq fois le nombre de frères de Caroline en minutes.",
            True,
        ),
        ("Vise entre 4 et 6 parties, d'au moins 5 minutes chacune.", False),
        ("Give each part its duration.", False),
        ("Make five parts; choose their durations yourself so that they add up to 60 minutes.", False),
        ("each part about 10 minutes", False),
        ("chaque partie dure moins de 10 minutes", False),
        ("each part 10 to 15 minutes", False),
        ("Donne une durée à chaque partie pour un total de 60 minutes.", False),
        ("Keep each part under 15 minutes, with 5 minutes of questions at the end.", False),
        ("Mirror my last talk: intro, demo, questions, each part 10 minutes longer than I'd like.", False),
        ("Also draw a bar per part, one █ per 5 minutes, so I can see the rhythm.", False),
        ("Use 3 to 6 parts of 5–15 minutes each; the demo can take up to 25 minutes.", False),
        ("Give each part a duration, each duration a multiple of 5 minutes.", False),
        ("Slides are 2 minutes each, for 5 of them at most.", False),
    ],
)
def test_one_duration_for_every_part(text: str, fixed: bool) -> None:
    assert timed.each_fixed(text, 60, 3) is fixed


NAMES = [["avis 1"], ["avis 2"], ["avis 3"]]


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        # review 1 is neither placed nor labelled
        ("hint: only one review is negative, the middle one, and the last one takes no side.", {2, 3}),
        ("note: the first review is happy, the second is angry, and the last one takes no side.", {1, 2, 3}),
        ("indice : les avis sont dans l'ordre satisfait, mecontent, sans avis.", {1, 2, 3}),
        (
            "label each review positive, negative or neutral; "
            "in order, the reviews are pleased, upset, on the fence.",
            {1, 2, 3},
        ),
        ("classe chaque avis en positive, negative ou neutral.", set()),
        ("the reviews are in no particular order; some reviews may be neutral.", set()),
        ("be careful with the last review: read it to the end before you label it.", set()),
    ],
)
def test_labels_by_place_and_order(text: str, tied: set[int]) -> None:
    assert verdicts.tied(fold(text), fold(text), [], NAMES) == tied


def test_an_earlier_errors_object_is_no_claim() -> None:
    patterns = claimed.subjects(
        [], "", ["ordonnee a l'origine", "intercept", r"re:\bb\b"], ["droite", "line"]
    )
    for text in (
        "ma tentative precedente s'etait trompee sur b : verifie ton calcul de b avec le point.",
        "ma derniere tentative avait oublie l'ordonnee a l'origine : cette fois, donne a, b et l'equation.",
    ):
        assert not claimed.claims(text, patterns, set(), {"4", "6", "5", "10"})
    assert claimed.claims(
        "l'ordonnee a l'origine : mon score au golf, dix sous le par.", patterns, set(), set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hier ton JSON était X : redonne-le, uniquement le JSON, sans rien avant ni après.",
        "Rewrite it, JSON only, nothing before or after.",
    ],
)
def test_a_format_asked_again_is_a_format(text: str) -> None:
    assert structure.does("format", text)


def test_a_glossarys_right_hand_sides() -> None:
    from workshop.prompts import evaluate

    text = fold(
        "Lexique : « apprend » → « learns », « paramètres » → « parameters », « milliards » → « billions »."
    )
    assert evaluate.glossary_sides(text) == "learns. parameters. billions."
    assert (
        evaluate.glossary_sides(fold("Glossaire : entraînement = training.")) == ""
    )  # fewer than three pairs


def test_a_remark_on_a_place_is_no_label() -> None:
    from workshop.prompts import remarks

    text = fold("the last one is the longest; the first one is short. labels may repeat.")
    assert remarks.remarked(text, text, [], NAMES, text) == set()
