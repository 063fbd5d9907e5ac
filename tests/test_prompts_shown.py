# ruff: noqa: E501 (the prompts are test data, each kept whole on one line)
"""Red team 11d, round 4, the prompt side: marks a prompt attaches to each item of the data
tell the labels (an emoji, a rating, a mood, a label in any language); a quotation the
student's own words do not ask for (a bad prompt shown, a colleague's or a model's words)
and an example the prompt says it does not give are no request; "tu es là" is no role,
and every role the checks' own messages suggest earns its point."""

from __future__ import annotations

import re
import tomllib

import pytest

from conftest import REPO
from workshop.course import Course
from workshop.prompts import structure
from workshop.prompts.grade import dictated, load
from workshop.prompts.text import normalize

REVIEWS = [
    "« J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est excellent. Je la recommande à tous mes amis ! »",
    "« Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à mes messages. Je ne rachèterai jamais cette marque. »",
    "« Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à l'usage s'il tient dans le temps. »",
]
ASK = 'Classe chaque avis : positive, negative ou neutral. Réponds uniquement en JSON de la forme {"reviews": [{"id": 1, "sentiment": "..."}]}.\n'
LABELS = {"answer-review-1", "answer-review-2", "answer-review-3"}


@pytest.fixture(scope="module")
def loaded():
    return load(Course.locate(REPO).exercise("prompts"))


def _given(loaded, marks: list[str], template: str = "Avis {n} {mark} : {review}") -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == "sentiment"]
    lines = [
        template.format(n=n, mark=mark, review=review)
        for n, (mark, review) in enumerate(zip(marks, REVIEWS, strict=True), 1)
    ]
    return {n for n in dictated(tasks["sentiment"], mine, normalize(ASK + "\n".join(lines))) if n in LABELS}


@pytest.mark.parametrize(
    "marks",
    [
        ["🙂", "☹", "😶"],  # other emojis than the red team's
        ["(★★★★★)", "(★)", "(★★★)"],
        ["(note 9/10)", "(note 2/10)", "(note 5/10)"],
        ["(cliente ravie)", "(client furieux)", "(client indifférent)"],
        ["[bueno]", "[malo]", "[normal]"],  # a label in another language
        ["(+)", "(-)", "(=)"],
        ["✓", "✗", "~"],
    ],
)
def test_marks_that_tell_each_review_apart_give_every_label_away(loaded, marks):
    assert _given(loaded, marks) == LABELS


@pytest.mark.parametrize(
    "marks",
    [
        ["", "", ""],
        ["(produit)", "(produit)", "(produit)"],  # the same words attached to each item
        ["(machine à café)", "(casque)", "(sac à dos)"],  # the item named by its own words
        ["📦", "📦", "📦"],
    ],
)
def test_marks_the_same_on_every_review_or_taken_from_it_give_nothing_away(loaded, marks):
    assert _given(loaded, marks) == set()


@pytest.mark.parametrize(
    ("aspect", "prompt"),
    [
        (
            "role",
            "Voici le prompt de mon voisin : « Tu es un professeur de logique. » Je préfère aller droit au but.",
        ),
        ("format", "Mon formateur m'a donné ce contre-exemple : « Réponds en JSON. » Je ne le suis pas."),
        (
            "reasoning",
            "Évite de faire comme Copilot, qui écrit toujours « réfléchis étape par étape » : donne juste le nombre.",
        ),
        (
            "reasoning",
            'My friend always adds "explain your reasoning step by step", but I only want the number.',
        ),
        ("limit", "Ma cheffe exige « en 40 mots maximum » ; moi, je veux un résumé complet."),
        ("limit", "Mon collègue, chez Google, écrit « en 50 mots maximum » ; je veux tout."),
        ("limit", 'A colleague of mine writes "in 50 words at most" in every prompt; I want the full story.'),
    ],
)
def test_a_quotation_the_student_does_not_ask_for_is_no_request(aspect, prompt):
    assert not structure.does(aspect, prompt)


@pytest.mark.parametrize(
    ("aspect", "prompt"),
    [
        ("reasoning", "Commence ta réponse par « Raisonnons étape par étape ». Caroline a 3 frères."),
        ("reasoning", 'Start with "Let\'s think step by step", then answer.'),
        ("format", "Termine par la ligne « Réponds en JSON » puis donne le JSON."),
        ("limit", "Résume ce texte « en 50 mots maximum »."),
        ("format", 'Réponds uniquement en JSON de la forme {"reviews": [{"id": 1, "sentiment": "..."}]}.'),
    ],
)
def test_a_quotation_the_student_asks_for_is_still_a_request(aspect, prompt):
    assert structure.does(aspect, prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Un prompt à éviter : « Exemple : « colis abîmé, remboursé » → negative. » Je ne mets pas d'exemple.",
        'Bad prompt: "Example: \\"great product, works well\\" -> positive." I give no example.',
        "Exemple : « super produit, je recommande » → positive. Finalement, sans exemple.",
    ],
)
def test_an_example_the_prompt_says_it_does_not_give_is_no_example(prompt):
    assert not structure.does("example", prompt, ["positive", "negative", "neutral"])


def test_an_example_given_and_a_rule_about_the_example_is_still_an_example():
    prompt = "Exemple : « super produit, je recommande » → positive. Ne recopie pas l'exemple."
    assert structure.does("example", prompt, ["positive", "negative", "neutral"])


@pytest.mark.parametrize(
    "prompt",
    ["Tu es là pour m'aider.", "Vous êtes là pour nous aider.", "Tu es là avec moi.", "You are here for me."],
)
def test_being_there_to_help_is_no_role(prompt):
    assert not structure.does("role", prompt)


def _suggestions() -> list[str]:
    """The role and context wordings the prompt-role messages suggest, in both languages."""
    raw = tomllib.loads((REPO / "graders" / "prompts" / "checks.toml").read_text(encoding="utf-8"))
    found = []
    for check in raw["check"]:
        if check.get("aspect") == "role":
            for quoted in re.findall(r'"([^"]+)"|« ([^»]+) »', check["en"] + check["fr"]):
                found.append(
                    (quoted[0] or quoted[1])
                    .replace("...", " a workshop where beginners learn prompting.")
                    .strip()
                )
    return sorted(set(found))


def test_the_role_messages_suggest_several_wordings():
    assert len(_suggestions()) >= 10


@pytest.mark.parametrize("suggestion", _suggestions())
def test_every_role_the_checks_suggest_earns_the_role_point(suggestion):
    assert structure.does("role", suggestion)


@pytest.mark.parametrize(
    "prompt",
    [
        "Tu analyses des avis clients.",  # the task restated: no setting, no role
        "Tu classes chaque avis en JSON.",
        "Tu réponds en JSON.",
        "Tu ne lis pas les avis des clients de la boutique.",
    ],
)
def test_a_task_restated_in_the_second_person_is_no_role(prompt):
    assert not structure.does("role", prompt)
