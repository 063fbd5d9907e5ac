"""Issue 11r's own variants of red team 11j's round 10 classes (tests/prompts_corpus/
round10_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, SENTIMENT_JSON  # noqa: E402

# -- a negated verb of denial is no negation: "rien n'empêche", "je ne doute pas que" --------
COPRIME_ANSWER = (
    "35 = 5 × 7 et 64 = 2⁶, donc PGCD(35, 64) = 1.\n\nRéponse : oui, 35 et 64 sont premiers entre eux.\n\n"
)


@pytest.mark.parametrize(
    "ps",
    [
        "Remarque : aucun des deux n'est premier ; je ne doute pas pour autant qu'ils soient "
        "premiers entre eux.",
        "N.B. : être composés n'interdit nullement à 35 et 64 d'être premiers entre eux.",
        "Note: neither number is prime; that does not prevent them from being coprime.",
        "Remarque : il n'est pas faux de dire qu'ils sont premiers entre eux.",
    ],
)
def test_a_denial_denied_keeps_the_verdict(prompts, ps):
    earned = corpus.earned(prompts, "coprime", COPRIME, COPRIME_ANSWER + ps)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


@pytest.mark.parametrize(
    "ps",
    [
        "Remarque : leur forme empêche qu'ils soient premiers entre eux.",
        "Note: I doubt they are coprime.",
        "Remarque : ils ne sont pas premiers entre eux.",
    ],
)
def test_a_denial_alone_still_contradicts_the_verdict(prompts, ps):
    earned = corpus.earned(prompts, "coprime", COPRIME, COPRIME_ANSWER + ps)
    assert earned["answer-verdict"] == 0


# -- a lexicon of the labels after the data defines words, it orders nothing ----------------
SENTIMENT = (
    "Tu es chargé de la relation client. Donne le sentiment de chaque avis (positive, negative "
    "ou neutral).\n{reviews}\n%s\nRéponds seulement en JSON : "
    '{"reviews": [{"id": 1, "sentiment": "..."}]}.'
)


@pytest.mark.parametrize(
    "lexicon",
    [
        "Traductions : positive → positif ; negative → négatif ; neutral → neutre.",
        "Vocabulaire : positive (positif), negative (négatif), neutral (neutre).",
        "Glossary: positive = positif, negative = négatif, neutral = neutre.",
    ],
)
def test_a_lexicon_of_the_labels_after_the_data_keeps_the_review_points(prompts, lexicon):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT % lexicon, SENTIMENT_JSON)
    assert [earned[f"answer-review-{i}"] for i in (1, 2, 3)] == [1, 1, 1]


@pytest.mark.parametrize(
    "order",
    [
        "Dans l'ordre des avis : positive (positif), negative (négatif), neutral (neutre).",
        "Réponses, respectivement : positive = positif, negative = négatif, neutral = neutre.",
    ],
)
def test_a_lexicon_said_in_the_reviews_order_still_dictates(prompts, order):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT % order, SENTIMENT_JSON)
    assert [earned[f"answer-review-{i}"] for i in (1, 2, 3)] == [0, 0, 0]


# -- a rubric point needs a request the model can act on: no checklist, slot or vague format --
RIDDLE = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"


@pytest.mark.parametrize(
    "claim",
    [
        "Checklist :\n- [x] raisonnement pas à pas\n- [x] rôle",
        "Explication détaillée des étapes : ✔",
        "| Exigence | Statut |\n|---|---|\n| Step-by-step reasoning | ✓ |",
        "Approche : <pas à pas | directe>",
        "Raisonnement : [détaillé étape par étape / aucun]",
    ],
)
def test_a_ticked_checklist_or_an_unfilled_slot_asks_no_reasoning(prompts, claim):
    earned = corpus.earned(prompts, "riddle", f"{RIDDLE}\n{claim}", "Réponse : 1 sœur.")
    assert earned["prompt-reasoning"] == 0


@pytest.mark.parametrize(
    "request_",
    [
        "Raisonne étape par étape avant de répondre.",
        "Méthode : explique tes étapes une par une, puis conclus.",
        "Coche mentalement chaque étape [x] et raisonne pas à pas.",
    ],
)
def test_a_request_to_reason_still_asks(prompts, request_):
    earned = corpus.earned(prompts, "riddle", f"{RIDDLE}\n{request_}", "Réponse : 1 sœur.")
    assert earned["prompt-reasoning"] == 1


SENTIMENT_PLAIN = "Classe le sentiment de chaque avis : positive, negative ou neutral.\n{reviews}\n%s"


@pytest.mark.parametrize(
    "vague",
    [
        "Réponds dans la forme qui convient le mieux.",
        "Use whatever format is appropriate.",
        "Présente le résultat sous un format adapté.",
    ],
)
def test_a_format_that_names_no_shape_fixes_none(prompts, vague):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_PLAIN % vague, SENTIMENT_JSON)
    assert earned["prompt-format"] == 0


@pytest.mark.parametrize(
    "role",
    [
        "Tu es une IA serviable et polie.",
        "You are a helpful, harmless and honest AI assistant.",
        "Tu es un chatbot.",
    ],
)
def test_a_generic_assistant_is_no_role(prompts, role):
    earned = corpus.earned(prompts, "sentiment", role + "\n" + SENTIMENT_PLAIN % "", SENTIMENT_JSON)
    assert earned["prompt-role"] == 0


@pytest.mark.parametrize(
    "role",
    [
        "Tu es un assistant du service client d'une boutique en ligne.",
        "You are an AI assistant for a shop's customer-care team.",
        "Tu es une IA spécialisée dans l'analyse d'avis clients.",
    ],
)
def test_an_assistant_with_a_job_or_a_setting_is_a_role(prompts, role):
    earned = corpus.earned(prompts, "sentiment", role + "\n" + SENTIMENT_PLAIN % "", SENTIMENT_JSON)
    assert earned["prompt-role"] == 1


# -- keyword footnotes are no summary sentences: neither its length nor its facts -------------
SUMMARY = "Tu es journaliste. Résume ce texte en 60 mots maximum, avec tes propres mots.\n{summary_text}"


@pytest.mark.parametrize(
    "answer",
    [
        "Du boulier au smartphone, calculer est devenu toujours plus simple [1] [2].\n\n"
        "[1] Blaise Pascal ; Pascaline ; 1642\n[2] HP-35, poche, 1972",
        "Le calcul a voyagé des abaques jusqu'à nos poches, étape par étape*.\n\n"
        "* Pascal, 1642, machine à additionner, calculatrice de poche, années 1970, abaque.",
        "Calculer a toujours été un besoin, et les outils ont suivi (1).\n\n"
        "(1) Repères : abaque, cailloux, Pascal, Pascaline, 1642, poche, 1972, téléphones.",
    ],
)
def test_keyword_footnotes_give_a_summary_neither_length_nor_facts(prompts, answer):
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-length"] == 0 and earned["answer-fact-1"] == 0 and earned["answer-fact-2"] == 0


def test_a_footnote_written_as_a_sentence_is_part_of_the_summary(prompts):
    answer = (
        "Des cailloux déplacés sur les abaques aux calculatrices de nos téléphones, le calcul n'a "
        "cessé de se mécaniser puis de s'automatiser¹. La calculatrice de poche arrive dans les années "
        "1970 et remplace la règle à calcul.\n\n¹ Blaise Pascal invente sa Pascaline en 1642."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-length"] == 2 and earned["answer-fact-1"] == 1


def test_an_assistant_whose_relative_clause_says_its_job_is_a_role(prompts):
    role = "Tu es un assistant IA qui trie les retours des acheteurs d'un site marchand."
    earned = corpus.earned(prompts, "sentiment", role + "\n" + SENTIMENT_PLAIN % "", SENTIMENT_JSON)
    assert earned["prompt-role"] == 1
