"""Answers offering several candidates (candidates.py) and self-corrections (corrected.py), round 63."""

from __future__ import annotations

import pytest

from workshop.prompts import candidates, corrected, extract
from workshop.prompts.extract import AnswerSpec
from workshop.prompts.text import fold

LABELS = {"positive", "negative", "neutral"}
SOURCE = frozenset("modele intelligence artificielle apprend partir exemples".split())


@pytest.mark.parametrize(
    "answer",
    [
        "It is shown thousands of labeled [or: tagged] photos.",
        "On comptait avec des cailloux (ou : des jetons) sur des abaques.",
        "It can be wrong with great confidence (alt.: confidently wrong).",
        "It is shown labelled (or tagged) photos.",
        "It is shown labelled¹ photos.\n\n¹ Or: tagged.",
        "A summary.\n\nAlternatively: another summary.",
        "Un résumé.\n\nVariante courte : un autre.",
        "Option A: one text.\n\nOption B: another text.",
        "Version 1 (formal): one.\nVersion 2 (casual): two.",
        "It is shown labeled/labelled photos.",
        "It can recognize (recognise) images.",
        "With each mistake [error], it adjusts.",
    ],
)
def test_free_text_with_several_candidates(answer):
    assert candidates.offered(answer, set())


@pytest.mark.parametrize(
    "answer",
    [
        "A large language model (LLM) has billions of them.",
        'An artificial intelligence (AI) model learns, for example "chihuahua" or "muffin".',
        "It adjusts its parameters (that is, the numbers that determine its answers).",
        "Thousands (or even millions) of photos.",
        "Once trained, it [the model] can recognise images.",
        "Pascal invente la Pascaline (une machine à additionner) ; la HP-35 (1972).",
        "1. Accueil — 5 min\n2. Questions/réponses — 5 min\n3. Démo : deux options — 50 min",
        "Users and/or developers use input/output devices.",
        "Version finale : un seul résumé.",
        "An artificial intelligence model [modèle d'intelligence artificielle] learns.",
    ],
)
def test_free_text_near_misses_offer_one(answer):
    assert not candidates.offered(answer, set(), SOURCE)


@pytest.mark.parametrize(
    "three",
    [
        '"sentiment": "neutral (60%) / positive (40%)"',
        '"sentiment": ["neutral", "positive"]',
        '"sentiment": "neutral or positive"',
        '"sentiment": {"neutral": 0.6, "positive": 0.4}',
        '"sentiment": "neutral", "alternative": "positive"',
    ],
)
def test_json_label_with_several_candidates(three):
    answer = (
        '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 2, "sentiment": "negative"}, '
        f'{{"id": 3, {three}}}]}}'
    )
    assert candidates.offered(answer, LABELS)


def test_json_review_listed_twice_with_two_labels():
    answer = '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 1, "sentiment": "negative"}]}'
    assert candidates.offered(answer, LABELS)
    assert candidates.offered(
        answer.replace('"id": 1, "sentiment": "neg', '"id": "1", "sentiment": "neg'), LABELS
    )


@pytest.mark.parametrize(
    "answer",
    [
        '{"reviews": [{"id": 0, "sentiment": "positive"}, {"id": 1, "sentiment": "negative"}]}',
        '{"reviews": [{"id": 3, "sentiment": "neutral", "note": "avis 3 neutral, compter juste"}]}',
        '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 1, "sentiment": "positive"}]}',
        '{"sentiments": ["positive", "negative", "neutral"]}',
        "not json [at all]",
    ],
)
def test_json_single_answers_even_wrong_offer_one(answer):
    assert not candidates.offered(answer, LABELS)


def test_spelling_variants():
    assert candidates._variant("labeled", "labelled")
    assert candidates._variant("recognize", "recognise")
    assert not candidates._variant("model", "models")
    assert not candidates._variant("train", "trained")
    assert not candidates._variant("labelled", "tagged")


def test_correction_points():
    text = fold("Chaque frère a 2 sœurs. Attendons.\n\nCorrection : 1 sœur.\nFinal answer after checking: 1")
    doc = extract._document(text, AnswerSpec(kind="number", expected=1))
    opened = [text[p:].strip()[:10] for p in corrected.points(text, doc.sentences)]
    assert opened == ["correction", "final answ"]
    assert corrected.points("it is in fact 1.", [(0, 16)]) == []


RIDDLE = AnswerSpec(kind="number", expected=1, unit=["soeur", "sister"], subject=r"\b(caroline|elle|she)\b")


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Chaque frère a 2 sœurs, donc Caroline aurait 2 sœurs... Attendons.\n\nCorrection : 1 sœur.", 1),
        ("Caroline a 2 sœurs.\n\nRéponse : 2 sœurs.\n\nFinal answer after checking: 1 sister.", 1),
        ("Réponse : 1 sœur.\n\nCorrection : 2 sœurs.", 2),
        # an answer line after the correction is read from, as before
        ("Chaque frère a 2 sœurs.\n\nCorrection : 1 sœur.\n\nRéponse : 2 sœurs.", 2),
        ("Réponse : 2 sœurs.\n\nCorrection : 1 sœur.\n\nRéponse : 2 sœurs.", None),
        ("Caroline a 2 sœurs.\n\nCorrection : 1 sœur. Ou peut-être 2, je ne sais plus.", None),
    ],
)
def test_a_self_correction_is_the_final_answer_unless_left_open(answer, value):
    assert extract.final_answer(answer, RIDDLE).value == value


PLAN = (
    "1. Introduction : ce qu'est une IA générative, avec des exemples du quotidien — 10 min\n"
    "2. Démonstration en direct : un assistant rédige un courriel devant la salle — 20 min\n"
    "3. Limites et bons usages : erreurs, biais et vérification des réponses — 20 min\n"
    "4. Questions du public et conclusion avec trois conseils pour débuter — 10 min\n"
)
RECAP = (
    "| Partie | Durée |\n|---|---|\n"
    "| Introduction : ce qu'est une IA générative, avec des exemples du quotidien, 10 min ;"
    " démonstration en direct d'un assistant, 20 min | 30 min |\n"
    "| Limites et bons usages : erreurs, biais et vérification des réponses, 20 min ;"
    " questions et conclusion, 10 min | 30 min |\n"
)


def test_a_plan_and_its_recap_table_are_one_answer():
    """Session 56 (the lead): a plan's list and its recap table time the same parts by design; two
    whole summaries side by side are still two (the near twin)."""
    assert not candidates.offered(PLAN + "\nRécapitulatif :\n" + RECAP, set())
    one = (
        "Depuis l'Antiquité, on compte avec des cailloux sur des abaques, puis avec le boulier chinois."
        " En 1642, Pascal invente la Pascaline ; au XIXe siècle l'arithmomètre est fabriqué en série."
    )
    other = (
        "Des cailloux des abaques antiques au boulier chinois, on a toujours compté. En 1642, Pascal invente"
        " la Pascaline, et l'arithmomètre est fabriqué en série au XIXe siècle."
    )
    assert candidates.offered(one + "\n\nOu, plus court :\n\n" + other, set())
