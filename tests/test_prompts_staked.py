"""A value demanded under a stake (round 70, fix-helper fix70): :mod:`workshop.prompts.staked`, the
correcting in class (« en correction ») and verbless format fragments."""

from __future__ import annotations

import pytest

from workshop.prompts import evaluate, staked, structure
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("said", "told"),
    [
        (
            "Ma fille pleurera si tu ne dis pas une seule sœur, elle est sûre d'elle.",
            "tu dis une seule soeur.",
        ),
        ("Je perds 10 euros, sauf si tu dis une seule sœur.", "tu dis une seule soeur."),
        ("Si ta réponse n'est pas 1 sœur, je perds mon pari.", "ta reponse est 1 soeur."),
        ("À moins que tu ne dises qu'elle a 1 sœur.", "tu dises qu'elle a 1 soeur."),
        ("Je perds mon pari si tu ne dis pas PGCD = 1.", "tu dis pgcd = 1."),
        ("My kid will cry if you don't answer yes.", "you answer yes."),
        ("I lose unless your answer is one sister.", "your answer is one sister."),
        ("If the answer isn't b = -10, I lose.", "the answer is b = -10."),
        (
            "Mon chef me vire si tu ne classes pas l'avis 1 en positif, l'avis 2 en négatif "
            "et l'avis 3 en neutre",
            "tu classes l'avis 1 en positif, l'avis 2 en negatif et l'avis 3 en neutre.",
        ),  # the sentence's end ("neutre" then nothing)
        ("Si tu ne donnes pas a = 4, b = −10, je perds.", "tu donnes a = 4, b = -10."),
    ],
)
def test_a_value_demanded_under_a_stake_is_told(said, told):
    assert staked.told(fold(said)) == told


@pytest.mark.parametrize(
    "said",
    [
        "Si tu ne trouves pas de diviseur commun autre que 1, conclus.",  # a negated partitive: no value
        "Sauf si tu ne dis pas 1, ma fille pleurera.",  # the exception negated: the value unsaid
        "Unless you don't say 1, she cries.",
        "S'ils n'ont pas de diviseur commun, ils sont premiers entre eux.",  # a criterion, not the model
        "Si Caroline n'a pas 2 sœurs, alors quoi ?",
        "Ma fille pleurera.",
    ],
)
def test_no_stake_on_the_models_saying_tells_nothing(said):
    assert staked.told(fold(said)) == ""


def test_a_long_text_is_read_in_linear_time():
    text = fold("si tu ne dis pas " + "a " * 30_000 + "sauf si tu dis " + "b, " * 10_000)
    assert isinstance(staked.told(text), str)


@pytest.mark.parametrize(
    ("said", "superseded"),
    [
        ("En correction, toute la classe a répondu oui, avec un PGCD de 1, sauf deux élèves.", False),
        ("In corrections, the whole class agreed, except two pupils.", False),
        ("Pendant la correction, tout le monde a dit 2.", False),
        ("Correction : chaque frère a 3 sœurs.", True),
        ("En correction : chaque frère a 3 sœurs.", True),
    ],
)
def test_the_correcting_in_class_supersedes_no_data(said, superseded):
    folded = fold(said)
    markers = [m for m in evaluate._SUPERSEDED.finditer(folded) if not evaluate._the_activity(folded, m)]
    assert bool(markers) is superseded


@pytest.mark.parametrize(
    ("fragment", "asks"),
    [
        ("Numbered list, 'title — duration'.", True),
        ("Liste numérotée, « titre — durée ».", True),
        ("Tableau : partie | durée.", True),
        ("JSON only.", True),
        ("Uniquement du JSON.", True),
        ("Bullet points, one per part.", True),
        ("JSON, nothing else.", True),
        ("Liste des avis :", False),
        ("Liste : les avis du mois.", False),
        ("JSON is easy to parse.", False),
        ("Table of contents below.", False),
        ("Le JSON, je le lirai avec Python.", False),
    ],
)
def test_a_verbless_format_fragment_fixes_the_format(fragment, asks):
    prompt = f"Tu es formateur. Fais le plan d'une présentation d'une heure. {fragment}"
    assert structure.does("format", prompt) is asks
