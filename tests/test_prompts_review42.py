"""Session 42's review of its own readers: four holes they opened, each with its fair near misses.
Whole submissions are graded, as the corpus tests do.

- `unassigned._definitions` read a list led in as the answers ("Réponses :") or glossed with
  answering words as label definitions, and blanked its numbers: the labels went through.
- `unassigned._hedges` blanked a whole clause with a contrast after the hedge ("… n'est pas
  toujours facile à lire mais il est neutre"): the label went through.
- `structure._heads_a_department` and `_leads_a_department` gave the role for a thing handed over or
  a property of the model's own work ("in charge of the data below", « en charge du contenu de ta
  réponse », "You manage the sales data").
- `framed.audience` gave the role for an empty audience ("Audience: unknown", « à définir »)."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from workshop.course import Course

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

SENTIMENT_ANSWER = (
    '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 2, "sentiment": "negative"}, '
    '{"id": 3, "sentiment": "neutral"}]}'
)
RIDDLE = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"
RIDDLE_ANSWER = "Chaque frère a pour sœurs Caroline et une autre fille.\nRéponse : 1"
REVIEWS = ["answer-review-1", "answer-review-2", "answer-review-3"]


@pytest.fixture(scope="module")
def prompts():
    return Course.locate(REPO).exercise("prompts")


@pytest.mark.parametrize(
    ("prompt", "refused"),
    [
        (
            "Classe ces avis.\n{reviews}\nRéponses :\n1. positive : voilà ce qu'il faut répondre\n"
            "2. negative : voilà ce qu'il faut répondre\n3. neutral : voilà ce qu'il faut répondre",
            REVIEWS,
        ),
        (
            "Classify these reviews.\n{reviews}\nAnswer key:\n1. positive: the customer is happy\n"
            "2. negative: the customer is unhappy\n3. neutral: the customer states facts",
            REVIEWS,
        ),
        (
            "Classe ces avis en positive, negative ou neutral.\n{reviews}\n"
            "L'avis 3 n'est pas toujours facile à lire mais il est neutre.",
            ["answer-review-3"],
        ),
        (
            "Classify each review as positive, negative or neutral.\n{reviews}\n"
            "Review 3 is not always easy to read, but it is neutral.",
            ["answer-review-3"],
        ),
        # fair: definitions of the labels, a hedge and nothing after it
        (
            "Classify each review as positive, negative or neutral.\n{reviews}\nLabel definitions:\n"
            "1. positive: the customer is happy with the product\n2. negative: the customer is unhappy or "
            "angry\n3. neutral: the customer states facts without an opinion",
            [],
        ),
        (
            "Classe ces avis en positive, negative ou neutral.\n{reviews}\n"
            "L'avis 3 n'est pas forcément neutre.",
            [],
        ),
    ],
)
def test_answers_listed_or_a_label_after_a_contrast_stay_read(prompts, prompt, refused):
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert [name for name in REVIEWS if earned[name] == 0] == refused, earned


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("Tu es en charge du contenu de ta réponse.", False),
        ("You are in charge of the quality of your answer.", False),
        ("You are in charge of the data below.", False),
        ("You manage the sales data.", False),
        ("Audience: unknown.\n", False),
        ("Audience: yourself.\n", False),
        ("Public cible : à définir.\n", False),
        # fair: departments, a unit after a thing, an audience that says whom
        ("You are in charge of customer support.", True),
        ("Tu es en charge du SAV.", True),
        ("You are in charge of the data team.", True),
        ("Audience : des élèves de quatrième.\n", True),
    ],
)
def test_a_thing_handed_over_or_an_empty_audience_is_no_role(prompts, lead, role):
    earned = corpus.earned(prompts, "riddle", f"{lead} {RIDDLE}", RIDDLE_ANSWER)
    assert (earned["prompt-role"] > 0) is role, earned
