"""Round 75 (fix75): the rubric points in form only — a role given in the third person or by an actor's
verb, reasoning asked about something else than the task, an example with no label of its own beside the
labels' list, an example of another instance, a rubric heading left as a placeholder (structure.py)."""

from __future__ import annotations

import pytest

from workshop.prompts import structure
from workshop.prompts.text import fold

LABELS = ["positive", "negative", "neutral"]


@pytest.mark.parametrize(
    "prompt",
    [
        "The assistant is a patient maths teacher. Solve this.",
        "The assistant below is a patient arithmetic tutor.",
        "The AI is a translator. Translate this.",
        "This assistant is a science journalist.",
        "L'assistant est un traducteur professionnel.",
        "L'IA est une traductrice technique.",
        "You, the assistant, are a logic teacher.",
        "Channel a puzzle-book author.",
        "Embody a patient tutor.",
        "Play a science-museum guide.",
        "Channel a history-of-science teacher.",
        "Could you play the part of a history-of-science teacher?",
    ],
)
def test_a_role_in_the_third_person_or_by_an_actor_verb(prompt: str) -> None:
    assert structure.does("role", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "My sister is a translator. Translate this.",
        "Mon prof est mathématicien. Résous ceci.",
        "Tell me whether the assistant is a good tutor.",
        "The assistant is helpful.",
        "Play a game with me.",
        "Channel the output into JSON.",
        "Play a song by a singer.",
    ],
)
def test_no_role_for_another_or_without_a_persons_noun(prompt: str) -> None:
    assert not structure.does("role", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "First tell me your favourite colour and explain step by step why you like it. Then solve this.",
        "Explique étape par étape pourquoi tu préfères le chocolat. Ensuite, réponds.",
        "Think step by step about your weekend, then just tell me the answer.",
        "Explain why you like blue, step by step.",
    ],
)
def test_reasoning_about_something_else_is_none(prompt: str) -> None:
    assert not structure.does("reasoning", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Tell me your favourite colour, then solve this step by step.",
        "Explain step by step why your answer is right.",
        "Explain why you like blue, then solve the riddle step by step.",
        "Explain step by step why you chose this answer.",
        "Explain step by step why you prefer this label.",
    ],
)
def test_reasoning_on_the_task_beside_other_talk_is_kept(prompt: str) -> None:
    assert structure.does("reasoning", prompt)


def test_an_unlabelled_sentence_beside_the_labels_list_is_no_example() -> None:
    prompt = (
        "Exemple de phrase : « Il fait beau aujourd'hui. » "
        "Classe chaque avis : positive, negative ou neutral."
    )
    assert not structure.does("example", fold(prompt), with_any=LABELS)
    prompt = 'Example: "The weather is nice today." Labels: positive / negative / neutral.'
    assert not structure.does("example", fold(prompt), with_any=LABELS)


def test_a_labelled_example_before_the_labels_list_is_one() -> None:
    prompt = 'Example: "Great product, fast delivery" → positive. Labels: positive, negative or neutral.'
    assert structure.does("example", fold(prompt), with_any=LABELS)


def test_the_answer_shown_for_other_reviews_is_an_example() -> None:
    prompt = (
        'Here is what I want, for two other reviews ("Nul, cassé au bout de deux jours." and "Top !"): '
        '{"reviews": [{"id": 1, "sentiment": "negative"}, {"id": 2, "sentiment": "positive"}]}'
    )
    assert structure.does("example", fold(prompt), with_any=LABELS)


@pytest.mark.parametrize(
    ("aspect", "heading"),
    [
        ("format", "Output format: TBD"),
        ("format", "Format de sortie : « à définir »"),
        ("format", "Response format: [TODO]"),
        ("role", "Role: N/A"),
        ("role", "Rôle : [à compléter]"),
        ("limit", "Length: ?"),
    ],
)
def test_a_heading_left_as_a_placeholder_asks_nothing(aspect: str, heading: str) -> None:
    assert not structure.does(aspect, fold(heading + "\nTask: summarise this text."))


def test_a_filled_heading_still_asks() -> None:
    assert structure.does("format", fold("Role: TBD\nOutput format: a numbered list, one line per part."))
    assert structure.does("limit", fold("Length: 60 words at most."))
