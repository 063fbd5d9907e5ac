"""Dictations transcript mode used to miss (issue 11, round 11d): a value described in
words, a sentence in a language the grader does not read, labels given by position after
the data. Each rule is tested here on its own, on the forms it must catch and on the fair
forms closest to it; tests/prompts_corpus/dictation_*.toml grade whole submissions."""

from __future__ import annotations

import pytest

from conftest import REPO
from workshop.course import Course
from workshop.i18n import t
from workshop.prompts import evaluate, readable
from workshop.prompts.checks import FinalCheck, SchemaCheck
from workshop.prompts.extract import described
from workshop.prompts.grade import dictated, grade_prompts, load
from workshop.prompts.text import normalize

COPRIME = "Les nombres 35 et 64 sont-ils premiers entre eux ? "
REVIEWS = (
    "Avis 1 : « J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est "
    "excellent. Je la recommande à tous mes amis ! »\n"
    "Avis 2 : « Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à "
    "mes messages. Je ne rachèterai jamais cette marque. »\n"
    "Avis 3 : « Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à "
    "l'usage s'il tient dans le temps. »"
)
CHOICES = "Tu analyses des avis clients. Classe chaque avis avec positive, negative ou neutral.\n"


@pytest.fixture(scope="module")
def loaded():
    return load(Course.locate(REPO).exercise("prompts"))


def _check(loaded, task: str, name: str):
    return next(c for _, c in loaded[1] if c.task == task and c.name == name)


def _described(loaded, prompt: str) -> bool:
    tasks, _ = loaded
    check = _check(loaded, "coprime", "answer-justified")
    assert isinstance(check, FinalCheck)
    rest = evaluate.without_data(normalize(prompt), tasks["coprime"])
    return described(rest, evaluate.spec_of(check, tasks["coprime"]))


@pytest.mark.parametrize(
    "hint",
    [
        "Indice : leur PGCD est le plus petit entier naturel non nul.",
        "Hint: the gcd of these numbers is the multiplicative identity.",
        "Astuce : le PGCD de ces deux nombres vaut le nombre de lunes de la Terre.",
        "Note : PGCD(35, 64) est égal au neutre de la multiplication.",
    ],
)
def test_the_task_own_quantity_said_in_words_is_a_described_value(loaded, hint):
    assert _described(loaded, COPRIME + hint)


@pytest.mark.parametrize(
    "hint",
    [
        "Leur PGCD est à calculer avec l'algorithme d'Euclide.",  # a task, not a value
        "Rappel : le PGCD est le plus grand diviseur commun.",  # the notion, not this one
        "Le PGCD de 35 et 64 est ce que tu dois trouver d'abord.",  # the unknown
        "Quel est leur PGCD ? Justifie.",  # a question
        "Deux nombres sont premiers entre eux quand leur PGCD est le plus petit entier.",  # a definition
        "Si leur PGCD est grand, ils ne le sont pas.",  # a condition
        "Leur PGCD n'est pas forcément évident.",  # what it is not
        "Calcule leur PGCD, qui est la clé.",  # the quantity, then a clause about it
        "Their gcd is given by Euclid's algorithm.",  # a way to find it
    ],
)
def test_asking_for_defining_or_conditioning_the_quantity_describes_no_value(loaded, hint):
    assert not _described(loaded, COPRIME + hint)


@pytest.mark.parametrize(
    "sentence",
    [
        "Carolina tiene una sola hermana.",
        "Caroline hat nur eine einzige Schwester.",
        "Ecco la soluzione: sono primi tra loro, il loro massimo comune divisore vale uno.",
        "A primeira avaliação é positiva, a segunda é negativa.",
    ],
)
def test_a_sentence_in_another_language_is_foreign(sentence):
    assert readable.foreign(normalize(sentence).lower(), set()) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tâche : équation droite parallèle, méthode pas à pas, format LaTeX.",
        "Résous, détaille, justifie, puis recopie proprement.",
        "Tu es professeur à la Universidad de Salamanca.",
        "You are a maths tutor; think step by step and answer in JSON.",
        "Traduis ce paragraphe fidèlement, sans rien ajouter.",
    ],
)
def test_french_and_english_telegraphic_or_with_a_foreign_name_are_read(sentence):
    from workshop.prompts.text import fold

    assert readable.foreign(fold(normalize(sentence)), set()) == []


def test_a_foreign_sentence_in_the_prompt_takes_the_answer_points_with_its_own_message():
    exercise = Course.locate(REPO).exercise("prompts")
    prompt = (
        "Tu es un professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
        "Combien de sœurs a Caroline ? Raisonne étape par étape. Carolina tiene una sola hermana."
    )
    text = f"## riddle\n### prompt\n{prompt}\n### answer\nCaroline a une seule sœur.\n"
    result = grade_prompts(exercise, {"prompts.md": text.encode()}, tasks_only=["riddle"])
    right = next(r for r in result.tests if r.id == "hidden/riddle/answer-right")
    assert (right.earned, right.en, right.fr) == (
        0,
        t("prompts_gate_foreign", "en"),
        t("prompts_gate_foreign", "fr"),
    )
    assert right.en.startswith("Not counted: your prompt has a sentence in a language other than French")
    reasoning = next(r for r in result.tests if r.id == "hidden/riddle/prompt-reasoning")
    assert reasoning.earned == reasoning.points  # the prompt's own checks are not content


def _given_labels(loaded, prompt: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == "sentiment"]
    assert any(isinstance(c, SchemaCheck) and c.given_away for c in mine)
    return {n for n in dictated(tasks["sentiment"], mine, normalize(prompt)) if n.startswith("answer-review")}


@pytest.mark.parametrize(
    "after",
    [
        "Dans l'ordre : positive, negative, neutral.",
        "Going down the list: positive, negative, neutral.",
        "Corrigé : positif, puis négatif, puis neutre.",
    ],
)
def test_labels_listed_again_as_a_sequence_after_the_data_give_every_label_away(loaded, after):
    given = _given_labels(loaded, CHOICES + REVIEWS + "\n" + after)
    assert given == {"answer-review-1", "answer-review-2", "answer-review-3"}


@pytest.mark.parametrize(
    "prompt",
    [
        CHOICES + REVIEWS + "\nPour chaque avis, une étiquette parmi positive, negative, neutral.",
        CHOICES + REVIEWS + "\nRéponds par positive, negative ou neutral.",
        "Étiquettes : positive, negative, neutral.\n" + REVIEWS + "\nUne étiquette par avis.",
        "Tu analyses des avis clients.\n" + REVIEWS + "\nÉtiquettes : positive, negative, neutral.",
    ],
)
def test_labels_offered_as_a_choice_or_only_once_give_nothing_away(loaded, prompt):
    assert _given_labels(loaded, prompt) == set()
