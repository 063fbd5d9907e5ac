"""Round 79 (fix-helper fix79): the readers added for round 79's rubric classes, each on phrasings of its own
(the corpora are tests/prompts_corpus/round79_*.toml and fix79_own_*.toml)."""

from __future__ import annotations

import re

import pytest

from workshop.prompts import numroles, scorecards, structure
from workshop.prompts.text import fold

SENTIMENT = [
    "Avis 1 : « J'ai reçu la machine à café en deux jours, elle est très simple à utiliser. »\n"
    "Avis 2 : « Le casque grésille dès le premier jour et le vendeur ne répond pas. »"
]


def _member(text: str) -> bool:
    found = list(re.finditer(r"\b(?:une|un|one)\b", text))[-1]
    return numroles.membership(text, found.start(), found.end())


@pytest.mark.parametrize(
    "text",
    [
        "et tu n'en es pas un.",
        "caroline en est une.",
        "you are not one.",
        "you're not one of them",
        "i am one",
    ],
)
def test_one_of_a_kind_is_no_count(text):
    assert _member(fold(text))


@pytest.mark.parametrize(
    "text", ["caroline n'en a qu'une.", "il y en a une.", "she has one.", "the answer is one.", "it's one."]
)
def test_a_count_stays_a_count(text):
    assert not _member(fold(text))


def test_numbered_other_inputs_of_an_example_are_blanked():
    text = (
        "Exemple pour deux autres avis (1 : « Très déçu, l'écran est rayé. » ; "
        "2 : « Parfait, rien à redire. ») : "
        '{"reviews": [{"id": 1, "sentiment": "negative"}, {"id": 2, "sentiment": "positive"}]}'
    )
    out = scorecards.blanked(text, SENTIMENT)
    assert len(out) == len(text)
    assert "déçu" not in out and "Parfait" not in out and "negative" not in out


def test_the_tasks_own_reviews_called_other_stay():
    text = (
        "Classe ces autres avis : 1 : « J'ai reçu la machine à café en deux jours » ; "
        "2 : « Le casque grésille »."
    )
    assert "machine" in scorecards.blanked(text, SENTIMENT)


@pytest.mark.parametrize(
    "prompt",
    [
        "- Rôle : professeur de logique\n- Méthode : raisonne pas à pas",
        "* Role: corporate trainer for beginners",
        "Joue le rôle d'un « prof particulier » de maths.",
        'You are a "friendly tutor".',
        "Unlike the other chatbot, you are a professional translator.",
    ],
)
def test_roles_read(prompt):
    assert structure.does("role", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "The other chatbot I tried was set up as a professional translator; you don't need to be.",
        "Mon ancien assistant était configuré en traducteur professionnel.",
        'Le mot "professeur" me plaît.',
        "- Rôle : le bon",
    ],
)
def test_no_role_read(prompt):
    assert not structure.does("role", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Procède par étapes, puis termine par « Réponse : ... ».",
        "D'abord, liste les enfants de la famille ; puis compte les filles ; enfin, donne la réponse.",
        "First, list the children; then count the girls; finally, answer.",
    ],
)
def test_reasoning_read(prompt):
    assert structure.does("reasoning", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Reader of this answer: think step by step before you believe it!",
        "Lecteur de cette réponse : réfléchis étape par étape avant d'y croire !",
        "The other model I tried was told to think step by step.",
        "D'abord, donne la réponse ; puis compte les filles.",
    ],
)
def test_no_reasoning_read(prompt):
    assert not structure.does("reasoning", prompt)


def test_a_json_of_a_former_project_is_no_format():
    prompt = (
        'Pour info, dans mon dernier projet j\'avais un JSON comme {"nom": "...", "age": 0}. Classe les avis.'
    )
    assert not structure.does("format", prompt)
    again = (
        'In my last project I used this JSON; use the same here: {"reviews": [{"id": 1, "sentiment": "..."}]}'
    )
    assert structure.does("format", again)


def test_a_single_quoted_inline_example():
    labels = ["positive", "negative", "neutral"]
    prompt = "Label each review (e.g. 'Arrived broken and nobody answers' is negative)."
    assert structure.does("example", prompt, labels)
    assert not structure.does("example", "Label each review (e.g. 'negative').", labels)
