"""Session 53, mend53 (review of the merge int53 = gaps53 + fix90 + fix91): a numbered list of the label
vocabulary names no review (choicelist), a title's number is no noted value (noted), a question numbered
(1) beside a (2) is not answered (slotted), a part's number and length is no bar legend (structure), a
quoted example that points at an item is read (evaluate), a tags line named as the answer's is read
(coprimality)."""

from __future__ import annotations

import re
import time

import pytest

from workshop.prompts import choicelist, coprimality, evaluate, noted, slotted, structure
from workshop.prompts.text import fold

LABELS = {"positive", "negative", "neutral"}
ITEMS = [
    ["machine a cafe", "coffee machine", "avis 1", "review 1"],
    ["casque", "headphone", "headset", "avis 2", "review 2"],
    ["sac a dos", "backpack", "avis 3", "review 3"],
]


def _unnumbered(text: str) -> str:
    return choicelist.unnumbered(text, evaluate._label_reader(LABELS), ITEMS, evaluate._legend)


@pytest.mark.parametrize(
    "text",
    [
        "Étiquettes possibles :\n1. positive\n2. negative\n3. neutral",
        "Possible labels:\n1) positive (happy)\n2) negative\n3) neutral",
        "Catégories :\n1. positif\n2. négatif\n3. neutre",
        "Choisis parmi :\n1. positive\n2. negative",
        "Allowed labels: (1) positive, (2) negative, (3) neutral.",
        "Choose one of the following labels:\n\n1. **positive**\n\n2. **negative**",
    ],
)
def test_a_numbered_label_vocabulary_is_read_as_bullets(text):
    read = _unnumbered(text)
    assert len(read) == len(text)
    assert not re.search(r"[1-9][.)]", read)
    assert read.count("-") == len(re.findall(r"[1-9][.)]", text))


@pytest.mark.parametrize(
    "text",
    [
        "Réponses :\n1. positive\n2. negative\n3. neutral",  # answers, not a vocabulary
        "Expected labels:\n1. positive\n2. negative\n3. neutral",
        "Étiquettes (avis 1 à 3) :\n1. positive\n2. negative\n3. neutral",
        "Étiquettes possibles, dans l'ordre des avis :\n1. positive\n2. negative\n3. neutral",
        "Étiquettes possibles :\n1. positive\n2. negative\n3. neutral\n(dans cet ordre)",
        "Étiquettes possibles :\n1. Avis 1 : positive\n2. Avis 2 : negative\n3. Avis 3 : neutral",
        "Possible labels:\n1. positive (coffee machine)\n2. negative (headphones)\n3. neutral (backpack)",
        "Possible labels:\n1. positive (the first one)\n2. negative\n3. neutral",
        "Étiquettes possibles :\n1. positive\n2. negative\n3. neutral\n4. positive",  # a label twice
        "Étiquettes possibles :\n1. positive\n2. negative\n3. neutral\nL'avis n reçoit l'étiquette n.",
        "Labels possible:\n1. positive\n2. negative\n3. neutral\nEach review gets its number's label",
        "Labels, one per review:\n1. positive\n2. negative\n3. neutral",
        "Possible labels:\n2. positive\n3. negative",  # not from 1
        "Possible labels:\n1. positive",  # one item
    ],
)
def test_other_numbered_lists_stay_as_written(text):
    assert _unnumbered(text) == text


GCD = ("pgcd", "gcd")


@pytest.mark.parametrize(
    ("text", "noted_"),
    [
        ("Exercice PGCD 1. Les nombres 35 et 64 sont-ils premiers entre eux ?", False),
        ("Fiche PGCD 1\nLes nombres 35 et 64", False),
        ("Worksheet gcd 1, question 3.", False),
        ("Exercice sur le PGCD 2.", False),
        ("35 et 64, de PGCD 1, sont-ils premiers entre eux ?", True),
        ("Exercise: gcd 1.", True),  # a colon: a note, as before
        ("Are the numbers 35 and 64 (gcd 1) coprime?", True),
    ],
)
def test_a_titles_number_is_no_noted_value(text, noted_):
    assert bool(noted.readings(fold(text), list(GCD), [])) is noted_


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("How many sisters does Caroline have (1)? Explain your reasoning (2).", False),
        ("Question one (1)? Then (2)? Then (3)?", False),
        ("How many sisters does Caroline have (1)?", True),
        ("How many sisters does Caroline have (1)? Then (3) more.", True),
        ("Sont-ils premiers entre eux (oui) ? (2)", True),  # a word, not a number
    ],
)
def test_a_question_numbered_beside_its_neighbour_is_not_answered(text, answered):
    assert ("Réponse :" in slotted.answered(text)) is answered


@pytest.mark.parametrize(
    ("line", "minutes"),
    [
        ("Étape un : 10 minutes — Accueil", [10]),
        ("Partie un : 10 minutes — Accueil", [10]),
        ("Slide 1 : 5 min — Welcome", [5]),
        ("Q&A : 10 min", [10]),
        ("1 = 5 min", [5]),
        ("(one █ = 5 minutes)", []),
        ("(un ▮ = 5 minutes)", []),
        ("A bar per part (one = per 5 minutes):", []),
        ("each ■ is 5 min", []),
    ],
)
def test_a_parts_number_and_length_is_no_bar_legend(line, minutes):
    assert structure._Line(fold(line)).durations == minutes


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ('example: "the review about the headphones" is negative', True),
        ('exemple : "le deuxieme avis, celui du casque" donnerait negative', True),
        ('exemple : "le casque est arrive raye des le premier jour" donnerait negative', False),  # a day
        ('example: "the second review of mine says it broke" is negative', True),
        ('exemple : "le casque est arrive raye et sale" donnerait negative', False),
    ],
)
def test_a_quoted_example_that_points_at_an_item_is_read(line, kept):
    assert (evaluate._own_examples_blanked(line, ["negative"]) == line) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("tags: arithmetic, coprime, gcd", False),
        ("expected answer tags: coprime.", True),
        ("verdict tag: coprime", True),
        ("etiquette de la reponse : premiers entre eux", True),
    ],
)
def test_a_tags_line_named_as_the_answers_is_read(text, kept):
    read = coprimality.terms_blanked(text)
    assert ("coprime" in read or "premiers" in read) is kept


def test_the_readers_are_linear():
    reader = evaluate._label_reader(LABELS)
    for text in (
        "Possible labels:\n" + "1. positive\n" * 20000,
        "1. " * 20000,
        "Étiquettes possibles : " + "(1) positive (2) " * 8000,
    ):
        start = time.process_time()
        choicelist.unnumbered(text, reader, ITEMS, evaluate._legend)
        assert time.process_time() - start < 2.0
    for text in ("(1)? " * 12000, "(" * 50000 + "1)?"):
        start = time.process_time()
        slotted.answered(text)
        assert time.process_time() - start < 2.0
    start = time.process_time()
    noted.readings(fold("exercice " * 8000 + "pgcd 1."), list(GCD), [])
    assert time.process_time() - start < 2.0
