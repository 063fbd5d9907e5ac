"""Session 54 (fix96) and 55: a comparison the source has not adds a scene of its own
(:func:`workshop.prompts.faithful.unfaithful` reads "simile"); a litotes ("not unlike") hedges
a statement and adds none."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from workshop.prompts import faithful

SOURCE = (
    "Depuis l'Antiquité, on cherche à compter vite et juste. En 1642, Blaise Pascal invente la Pascaline "
    "pour aider son père. Dans les années 1960, les calculatrices de bureau coûtent aussi cher "
    "qu'une voiture."
)


@pytest.mark.parametrize(
    ("answer", "simile"),
    [
        ("In 1642, much as a mother shows her toddler books, Pascal built the Pascaline.", True),
        ("In 1642, just as a child learns to read, Pascal built the Pascaline for his father.", True),
        ("En 1642, Pascal, tout comme un écolier qui fait ses devoirs, invente la Pascaline.", True),
        ("Not unlike today's users, the ancients wanted quick sums; in 1642 Pascal built a machine.", False),
        ("In the 1960s desk calculators cost not unlike a car; in 1642 Pascal built one.", False),
        ("In 1642 Pascal built the Pascaline to help his father.", False),
    ],
)
def test_an_added_comparison_is_a_simile_and_a_litotes_is_none(answer: str, simile: bool) -> None:
    assert faithful.unfaithful(answer, SOURCE, "summary").startswith("simile") is simile


_TEXTS = tomllib.loads((Path(__file__).parent / "prompts_corpus" / "texts.toml").read_text(encoding="utf-8"))
SUMMARY_SOURCE = _TEXTS["summary_text"]
TRANSLATION_SOURCE = _TEXTS["traduction_text"]
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". With each mistake, the model slightly adjusts its '
    "parameters, that is, the numbers that determine its answers. A large language model has billions of "
    "them. Once trained, it can recognise images it has never seen, but it can also be wrong with great "
    "confidence."
)


# Session 55 (fix97simile, round 97): a comparison of size, quantity or likeness with a thing the source
# does not compare with states a fact of its own; the source's own comparison, an example of its things, a
# quantity and "as well as" / "as soon as" are none.
@pytest.mark.parametrize(
    ("answer", "source", "simile"),
    [
        ("In the 1970s pocket calculators, small as a pack of cards, arrived.", SUMMARY_SOURCE, True),
        ("Les calculatrices, grosses comme une machine à écrire, deviennent de poche.", SUMMARY_SOURCE, True),
        ("Pocket calculators, no bigger than a matchbox, arrived in the 1970s.", SUMMARY_SOURCE, True),
        ("Les calculatrices, pas plus grosses qu'un paquet de cigarettes, arrivent.", SUMMARY_SOURCE, True),
        ("The Pascaline, the size of a shoebox, helped his father.", SUMMARY_SOURCE, True),
        ("La Pascaline, qui rappelle une horloge, aide son père.", SUMMARY_SOURCE, True),
        ("In the 1960s desk calculators were as expensive as a car.", SUMMARY_SOURCE, False),
        ("Dans les années 1960, les calculatrices coûtent autant qu'une voiture.", SUMMARY_SOURCE, False),
        ("Calculators shrank to the size of a pocket.", SUMMARY_SOURCE, False),
        ("Integrated circuits cut the size of calculators.", SUMMARY_SOURCE, False),
        ("Pocket models, like the HP-35 of 1972, arrived.", SUMMARY_SOURCE, False),
        ("As early as antiquity, and as well as pebbles, people used abacuses.", SUMMARY_SOURCE, False),
        ("Desk calculators weighed as much as several kilos.", SUMMARY_SOURCE, False),
        (TRANSLATION.replace("of them.", "of them, like the stars in the sky."), TRANSLATION_SOURCE, True),
        (
            TRANSLATION.replace("shown", "shown, like a grandfather leafing through his album,"),
            TRANSLATION_SOURCE,
            True,
        ),
        (TRANSLATION.replace("of them.", "of them, as many as grains of sand."), TRANSLATION_SOURCE, True),
        (
            TRANSLATION.replace('for example "chihuahua" or', 'like a "chihuahua" or a'),
            TRANSLATION_SOURCE,
            False,
        ),
        (TRANSLATION.replace("for example", "such as"), TRANSLATION_SOURCE, False),
    ],
)
def test_an_added_comparison_of_size_quantity_or_likeness_is_a_simile(
    answer: str, source: str, simile: bool
) -> None:
    renders = "summary" if source is SUMMARY_SOURCE else "translation"
    why = faithful.unfaithful(answer, source, renders)
    assert why.startswith("simile") if simile else not why
