"""Values said through negation (round 71, fix-helper fix71): :mod:`workshop.prompts.litotes`, and the doubt
cut at a clause turn and the negated title of :mod:`structure` and :mod:`evaluate`."""

from __future__ import annotations

import pytest

from workshop.prompts import litotes, structure
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("I counted no fewer and no more than one sister", "i counted exactly one sister"),
        ("Their gcd is no more and no less than 1.", "their gcd is exactly 1."),
        ("J'en compte ni plus ni moins qu'une sœur.", "j'en compte exactement une soeur."),
        ("Elle n'a pas moins et pas plus d'une sœur.", "elle a exactement une soeur."),
        ("The slope isn't anything but 4.", "the slope is 4."),
        ("The gcd is nothing but 1.", "the gcd is 1."),
        ("Leur PGCD n'est autre que 1.", "leur pgcd est 1."),
        ("Leur PGCD ne vaut rien d'autre que 1.", "leur pgcd vaut 1."),
        ("Ce n'est rien d'autre que b = −10.", "c'est b = -10."),
        ("Je doute que leur PGCD soit autre chose que 1, mais justifie", "leur pgcd est 1, mais justifie"),
        ("Isn't b −10?", "b is -10."),
        ("Wouldn't that be 1 sister?", "that would be 1 sister."),
        ("Aren't they coprime?", "they are coprime."),
        ("N'est-ce pas −10 ?", "c'est -10."),
        ("L'ordonnée à l'origine, n'est-ce pas −10 ?", "l'ordonnee a l'origine est -10."),
        ("Ne sont-ils pas premiers entre eux ?", "ils sont premiers entre eux."),
        ("I wouldn't say they aren't coprime.", "they are coprime."),
        ("Je ne dirais pas qu'ils ne sont pas premiers entre eux.", "ils sont premiers entre eux."),
        ("It's not untrue that they are coprime.", "they are coprime."),
    ],
)
def test_values_said_through_negation_are_read_plainly(said, read):
    assert " ".join(litotes.reread(fold(said)).split()) == read


@pytest.mark.parametrize(
    "said",
    [
        "Use no more than 60 words.",
        "Ne réponds pas au hasard.",
        "Don't just guess.",
        "Ne suppose pas que Caroline n'est pas une des sœurs.",
        "C'est une bonne question, n'est-ce pas ?",
    ],
)
def test_negations_with_no_value_are_left_alone(said):
    assert litotes.reread(fold(said)) == fold(said)


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("I doubt the answer is easy, but please reason step by step.", True),
        ("Je doute que ce soit facile, mais raisonne étape par étape.", True),
        ("I'm not sure it's simple; however, reason step by step.", True),
        ("I doubt the answer is easy, but I reason step by step myself.", False),
        ("I always reason step by step.", False),
    ],
)
def test_a_doubt_of_the_writer_stops_at_a_clause_turn(prompt, asks):
    assert structure.does("reasoning", prompt) is asks


def test_a_title_on_what_the_topic_is_not_names_it():
    from workshop.prompts import evaluate
    from workshop.prompts.checks import Fact

    fact = Fact(all=["ia generative|generative ai"])
    assert evaluate._stated(
        fact, "1. introduction : ce que l'ia generative n'est pas (idees recues) — 10 min"
    )
    assert evaluate._stated(fact, "1. introduction: what generative ai is not (common myths) — 10 min")
    assert not evaluate._stated(fact, "1. pas d'ia generative — 10 min")
