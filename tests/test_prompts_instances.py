"""A worked example of another instance (src/workshop/prompts/instances.py, session 35): its
conclusion is the example's, so the answer readers read the prompt without it; an example that
carries the answer, the data's figures or members, or is tied to the task, stays."""

from __future__ import annotations

import pytest

from workshop.prompts import evaluate, instances
from workshop.prompts.grade import load

DATA = {
    "riddle": "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?",
    "parallel-line": (
        "Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ?"
    ),
    "coprime": "Les nombres 35 et 64 sont-ils premiers entre eux ?",
}


@pytest.fixture(scope="module")
def tasks(prompts):
    return load(prompts)[0]


def _left(tasks, task: str, said: str) -> str:
    prompt = f"Tu es prof. {said} {DATA[task]}"
    t = tasks[task]
    rest = evaluate.without_data(prompt, t)
    return instances.other_instances(rest, evaluate.with_revealed(prompt), t.data)


OTHER = [
    ("coprime", "Exemple : 12 et 25 sont premiers entre eux, leur PGCD vaut 1. À toi :", "pgcd vaut 1"),
    ("coprime", "Example: 9 and 28 are coprime, their gcd is 1. Your turn:", "gcd is 1"),
    (
        "coprime",
        "Un exercice du même type résolu en classe : 14 et 45 sont premiers entre eux. Résous le mien :",
        "14",
    ),
    (
        "parallel-line",
        "Here is how my teacher solved a similar exercise: 'parallel to y = 2x + 1 through (1, 5), b = 3.' "
        "Please solve mine the same way:",
        "b = 3",
    ),
    ("riddle", "Voici une autre énigme corrigée : Tom a 4 sœurs et 1 frère, donc 5 enfants. À toi :", "tom"),
]

SAME = [
    ("riddle", "Exemple de réponse attendue : 1 sœur. À toi :", "1 soeur"),
    ("riddle", "Exemple : Caroline, avec 4 frères et 7 cousins, a 1 sœur. À toi :", "1 soeur"),
    ("parallel-line", "Exercice semblable : par (5, 10) avec la pente 4, b = -10. À toi :", "b = -10"),
    ("coprime", "Exemple : 8 et 15 sont premiers entre eux, c'est le même cas. À toi :", "8 et 15"),
    ("coprime", "Example: 12 and 25 are coprime, and so are 35 and 64. Your turn:", "12 and 25"),
]


@pytest.mark.parametrize(("task", "said", "gone"), OTHER)
def test_another_instance_is_left_out(tasks, task, said, gone):
    assert gone not in _left(tasks, task, said)


@pytest.mark.parametrize(("task", "said", "kept"), SAME)
def test_an_example_of_the_task_itself_stays(tasks, task, said, kept):
    assert kept in _left(tasks, task, said)


def test_a_count_before_the_announcement_stays(tasks):
    said = "La famille compte deux filles, par exemple Léa 4 ans et Zoé 7 ans. À toi :"
    left = _left(tasks, "riddle", said)
    assert "deux filles" in left


def test_the_announcement_leaves_no_count_of_one(tasks):
    left = _left(tasks, "riddle", "Voici un exemple : Tom a 4 sœurs et 5 cousins. À toi :")
    assert "voici un" not in left
