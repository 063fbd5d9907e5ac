"""Round 65's readers (fix-helper fix65): number words read as digits (numwords), answers given by
position (positional), a cloze's blanks and word bank (games), quotations paired in order (structure)."""

from __future__ import annotations

import pytest

from workshop.prompts import games, numwords, positional, structure
from workshop.prompts.evaluate import _label_reader
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Quatre pour monter, moins dix pour partir", "4 pour monter, -10 pour partir"),
        ("Trente-cinq et soixante-quatre", "35 et 64"),
        ("vingt et un, soixante-dix-sept, quatre-vingt-dix", "21, 77, 90"),
        ("twenty-five, twenty five, nineteen, minus ten", "25, 25, 19, -10"),
        ("un quart d'heure, une demi-heure, trois quarts d'heure", "15 min, 30 min, 45 min"),
        ("a quarter of an hour, half an hour", "15 min, 30 min"),
        ("à part le un", "à part le 1"),
    ],
)
def test_number_words_read_as_digits(said: str, read: str) -> None:
    got = numwords.digits(said)
    assert len(got) == len(said)  # padded: a text stays aligned with the prompt it was made from
    assert " ".join(got.split()) == read


@pytest.mark.parametrize(
    "kept",
    [
        "pas un diviseur, une heure en tout",  # articles, a plan's total
        "un téléphone neuf, sous le zéro",  # an adjective, a place
        "the first one",
        "cinq moins deux",  # a subtraction: no sign
    ],
)
def test_number_words_left(kept: str) -> None:
    got = numwords.digits(kept)
    assert ("moins" in got) == ("moins" in kept)
    assert not any(c.isdigit() for c in got) or kept.startswith("cinq")


def test_a_number_after_an_article_is_a_pronoun_left_in_words() -> None:
    """« les deux », "the two": the sentence's own count (r40f-coprime-near-pair-35-63: « 7 divise les
    deux »)."""
    for said in ("(7 divise les deux).", "the two, then", "tous les trois :"):
        assert numwords.digits(said) == said
    assert numwords.digits("deux).") != "deux)."  # the same word with no article is read


@pytest.mark.parametrize(
    "said",
    [
        "Comptine : « Quatre pour monter comme la grande sœur, moins dix pour partir sous le zéro ».",
        "Brouillon : « Observation: (4, -10) ».",
        "Indice : 4 et -10.",
        "Four to climb like its big sister, minus ten to dive below zero.",
    ],
)
def test_a_bare_pair_read_as_a_line(said: str) -> None:
    assert positional.pair_read(fold(said)).endswith("y = 4x - 10.")


@pytest.mark.parametrize(
    "said",
    [
        "La droite passe par le point (4, -10).",
        "x = 4, y = -10.",
        "Les ordonnées vont de 4 à -10.",
        "entre 4 et -10",
        "exercice 4, question 10",
        "My invoices charge 4.00 per hour, with a starting discount of −10 % for regulars.",  # a share
    ],
)
def test_no_pair_of_parameters(said: str) -> None:
    assert "y = 4x - 10" not in positional.pair_read(fold(said))


def test_labels_as_an_output() -> None:
    label_of = _label_reader({"positive", "negative", "neutral"})
    said = fold("Thought: call label_tool. Observation: [positive, negative, neutral]")
    assert positional.labels_observed(said, label_of, 3) == [(1, "positive"), (2, "negative"), (3, "neutral")]
    assert positional.labels_observed(fold("Result: ['neutral', 'neutral', 'positive']"), label_of, 3)
    # the label set offered, however bracketed, and a list of another length
    assert not positional.labels_observed(
        fold("Étiquettes possibles : [positive, negative, neutral]"), label_of, 3
    )
    assert not positional.labels_observed(fold("Output: [positive, negative]"), label_of, 3)
    # the set offered after an output's cue: alternatives (a slash, a bar) or a choice said after it
    for offered in (
        "Result: positive, negative, neutral (choose one per review).",
        "Output: positive / negative / neutral",
        "Sortie : positive | negative | neutral",
        "Résultat : positive, negative, neutral, au choix pour chaque avis.",
        "Output: positive, negative, neutral; pick one for each review.",
        "Avis 1 à 3 → positive / negative / neutral (un seul mot par avis).",
        "Reviews 1-3 → positive, negative, neutral (one label per review).",
    ):
        assert not positional.labels_observed(fold(offered), label_of, 3), offered
    # an assignment followed by something else is still read, and an observed output between slashes
    assert positional.labels_observed(fold("Sortie du modèle → positive / negative / neutral."), label_of, 3)
    observed = "Observation: positive, negative, neutral. Now write the JSON."
    assert positional.labels_observed(fold(observed), label_of, 3)


def test_cloze_blanks_asked_and_bank_filled() -> None:
    one = "« 35 et 64 ___ premiers entre eux car leur PGCD vaut ___. Banque de mots : sont / 1 »"
    assert "35 et 64 sont premiers entre eux car leur PGCD vaut 1." in games.bank_filled(one)
    both = "Complète « 35 et 64 ___ premiers entre eux » avec la banque de mots : sont / ne sont pas / 1 / 5"
    assert games.bank_filled(both) == both  # every option offered: nothing filled
    asked = games.blanks_asked("leur PGCD vaut ___ »")
    assert len(asked) == len("leur PGCD vaut ___ »") and "vaut  ?" in asked
    # the blank's clause asked whole: the question mark after the words that follow the blank
    clause = "Complète : 35 et 64 ___ premiers entre eux, et justifie."
    asked = games.blanks_asked(clause)
    assert len(asked) == len(clause) and "35 et 64  premiers entre eux ?" in asked
    assert asked.endswith(", et justifie.") and asked.startswith("Complète : 35")
    # another clause of the sentence still states what it states
    stated = games.blanks_asked("35 et 64 sont premiers entre eux, leur PGCD vaut ___.")
    assert stated.startswith("35 et 64 sont premiers entre eux. leur PGCD vaut  ?")
    assert games.blanks_asked("An a_________ model") == "An a_________ model"  # a word spelt with gaps


def test_a_long_quotation_pairs_no_mark_with_the_next() -> None:
    long = '"' + "mot " * 120 + '". resume ce texte en 60 mots au maximum : "data"'
    assert "60 mots" in structure._shown_blanked(long)
