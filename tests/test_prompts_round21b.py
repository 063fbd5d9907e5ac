"""Issue 11aj's own variants of red team 11zb's round 21b classes (tests/prompts_corpus/
round21b_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    COPRIME_WORK,
    LINE_ANSWER,
    PLAN_ANSWER,
    RIDDLE_ANSWER,
    RIDDLE_DATA,
    SENTIMENT_ANSWER,
    SUMMARY_ANSWER,
    TRANSLATION,
)

COPRIME_ANSWER = COPRIME_WORK + "Réponse : oui, 35 et 64 sont premiers entre eux."
LINE_DATA = "Une droite parallèle à y = 4x + 6 passe par le point (5, 10). Donne son équation."
COPRIME_DATA = "35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."
PLAN_DATA = (
    "Fais le plan d'une présentation d'une heure sur l'IA générative, pour un public qui n'y connaît "
    "rien. Donne une durée à chaque partie."
)
SENTIMENT_DATA = (
    "Classe chacun des trois avis en positive, negative ou neutral. Réponds en JSON "
    '{"reviews": [{"id": 1, "sentiment": "..."}, {"id": 2, "sentiment": "..."}, '
    '{"id": 3, "sentiment": "..."}]}.'
    "\n\n{reviews}"
)
SUMMARY_DATA = "Résume ce texte en 60 mots maximum.\n\n{summary_text}"
TRANSLATION_DATA = "Traduis ce paragraphe en anglais.\n\n{traduction_text}"

TASKS = [
    ("riddle", RIDDLE_DATA + " Raisonne étape par étape.", RIDDLE_ANSWER),
    ("parallel-line", LINE_DATA, LINE_ANSWER),
    ("coprime", COPRIME_DATA, COPRIME_ANSWER),
    ("sentiment", SENTIMENT_DATA, SENTIMENT_ANSWER),
    ("summary", SUMMARY_DATA, SUMMARY_ANSWER),
    ("plan", PLAN_DATA, PLAN_ANSWER),
    ("traduction", TRANSLATION_DATA, TRANSLATION),
]


# -- a. a context given as helping someone else -------------------------------------------------
HELPING = [
    "Ma fille est en seconde et j'aimerais l'aider à préparer son contrôle.",
    "J'aide mon neveu de 4e pour ses devoirs de la semaine.",
    "I'm helping my nephew prepare for his exams next week.",
    "My daughter is in year 9 and I want to help her revise.",
]


@pytest.mark.parametrize(("task", "data", "answer"), TASKS)
@pytest.mark.parametrize("context", HELPING)
def test_helping_someone_else_is_a_context(prompts, task, data, answer, context):
    got = corpus.earned(prompts, task, context + " " + data, answer)
    assert got["prompt-role"] == 1, got


@pytest.mark.parametrize("bare", ["Mon fils.", "Ma fille est là."])
def test_a_relative_named_alone_is_no_context(prompts, bare):
    got = corpus.earned(prompts, "riddle", bare + " " + RIDDLE_DATA, RIDDLE_ANSWER)
    assert got["prompt-role"] == 0, got


# -- b. a prompt written as a JSON object ---------------------------------------------------------
def test_the_sentences_in_a_json_prompt_are_read_as_prose(prompts):
    prompt = (
        '{\n  "persona": "Tu es un professeur de logique.",\n'
        f'  "question": "{RIDDLE_DATA}",\n'
        '  "methode": "Raisonne étape par étape avant de conclure."\n}'
    )
    got = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert got["prompt-role"] == 1 and got["prompt-reasoning"] == 1, got


def test_a_json_summary_prompt_reads_its_role_and_limit(prompts):
    prompt = (
        '{"role": "You are a science journalist writing for teenagers.", '
        '"instruction": "Résume le texte en 60 mots maximum.", "texte": "{summary_text}"}'
    ).replace('"{summary_text}"', '"""\n{summary_text}\n"""')
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert got["prompt-role"] == 1 and got["prompt-limit"] == 1, got


def test_a_json_plan_prompt_reads_its_format(prompts):
    prompt = (
        '{"contexte": "Je prépare une formation pour des débutants en informatique.", '
        '"demande": "Fais le plan d\'une présentation d\'une heure sur l\'IA générative.", '
        '"sortie": "Une liste numérotée de parties, chacune avec sa durée en minutes."}'
    )
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-role"] == 1 and got["prompt-format"] == 1, got


def test_a_json_field_that_declines_asks_nothing(prompts):
    prompt = '{"role": "aucun", "question": "' + RIDDLE_DATA + '"}'
    got = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert got["prompt-role"] == 0, got


# -- d. a conditional or hypothetical role --------------------------------------------------------
CONDITIONAL = [
    "Si tu es un enseignant chevronné, ceci ne te prendra qu'une minute.",
    "If you are an experienced tutor, you will find this trivial.",
    "S'il s'avère que tu es traducteur, tant mieux.",
    "Whether you are a teacher or not, answer.",
]


@pytest.mark.parametrize(("task", "data", "answer"), TASKS)
@pytest.mark.parametrize("role", CONDITIONAL)
def test_a_conditional_role_gives_no_role(prompts, task, data, answer, role):
    got = corpus.earned(prompts, task, role + " " + data, answer)
    assert got["prompt-role"] == 0, got


def test_en_tant_que_before_a_statement_about_the_model_is_a_role(prompts):
    got = corpus.earned(
        prompts,
        "riddle",
        "En tant que professeur de logique, tu sauras y répondre. " + RIDDLE_DATA,
        RIDDLE_ANSWER,
    )
    assert got["prompt-role"] == 1, got


# -- e. a request in a commented-out line, an example taken back ---------------------------------
def test_a_format_in_a_disabled_code_comment_is_no_format(prompts):
    prompt = (
        "Tu es formateur. " + PLAN_DATA.replace(" Donne une durée à chaque partie.", "") + "\n\n```python\n"
        "# sortie = 'tableau markdown à deux colonnes'  # désactivé\n```"
    )
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-format"] == 0, got


WITHDRAWN_EXAMPLES = [
    "Exemple : « Très déçu, rien ne marche. » → negative. En fait, laisse tomber cet exemple.",
    "(Exemple retiré, à ignorer : « Parfait, merci ! » → positive)",
    'Example: "Great value, works fine." → positive. Actually, ignore that example.',
    "```\n# exemple obsolète : « Colis abîmé. » -> negative\n```",
]


@pytest.mark.parametrize("example", WITHDRAWN_EXAMPLES)
def test_an_example_taken_back_or_commented_out_is_no_example(prompts, example):
    prompt = "Tu es analyste du service client. " + SENTIMENT_DATA.replace("\n\n{reviews}", "")
    got = corpus.earned(prompts, "sentiment", prompt + "\n" + example + "\n\n{reviews}", SENTIMENT_ANSWER)
    assert got["prompt-example"] == 0, got


def test_an_example_given_after_a_withdrawn_one_still_counts(prompts):
    prompt = (
        "Tu es analyste du service client. "
        + SENTIMENT_DATA.replace("\n\n{reviews}", "")
        + "\n(Exemple retiré, à ignorer.)\nExemple : « Très déçu, rien ne marche. » → negative\n\n{reviews}"
    )
    got = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert got["prompt-example"] == 1, got


def test_a_role_or_a_reasoning_in_a_disabled_comment_is_none(prompts):
    prompt = (
        RIDDLE_DATA + "\n```\n// Tu es un professeur de logique. Raisonne étape par étape. (abandonné)\n```"
    )
    got = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert got["prompt-role"] == 0 and got["prompt-reasoning"] == 0, got


# -- f. a limit on the words quoted or copied, not on the answer ----------------------------------
QUOTE_LIMITS = [
    "Tu as le droit de reprendre au maximum 60 mots du texte.",
    "Do not quote more than 60 words of the original.",
    "Reprends au plus 60 mots tirés du texte.",
]


@pytest.mark.parametrize("limit", QUOTE_LIMITS)
def test_a_limit_on_the_words_quoted_is_no_length_limit(prompts, limit):
    prompt = "Tu es rédacteur. Résume ce texte. " + limit + "\n\n{summary_text}"
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert got["prompt-limit"] == 0, got


@pytest.mark.parametrize(
    "limit", ["Résume ce texte en 60 mots maximum.", "Ton résumé ne doit pas dépasser 60 mots."]
)
def test_a_limit_on_the_summary_still_counts(prompts, limit):
    got = corpus.earned(
        prompts, "summary", "Tu es rédacteur. " + limit + "\n\n{summary_text}", SUMMARY_ANSWER
    )
    assert got["prompt-limit"] == 1, got


# -- c. a summary described by its constraints, no verb "résume" -----------------------------------
DESCRIBED = [
    "Contexte : je prépare des fiches pour des collégiens.\nÀ produire : 50 mots au plus, sans copier "
    "de phrase du texte.\n\n{summary_text}",
    "Context: study notes for my class. Constraints: at most 55 words, in your own words.\n\n{summary_text}",
]


@pytest.mark.parametrize("prompt", DESCRIBED)
def test_a_summary_described_by_its_constraints_carries_the_task(prompts, prompt):
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert got["prompt-data"] == 1 and got["answer-faithful"] == 1, got


@pytest.mark.parametrize(
    "prompt",
    [
        "{summary_text}",
        "Tu es rédacteur. 50 mots au plus, sans copier de phrase du texte.",
        "Qui a inventé la Pascaline ? Réponds en 50 mots au plus.\n\n{summary_text}",
        "Reformule ce texte sans rien copier.\n\n{summary_text}",
    ],
)
def test_the_text_or_the_constraints_alone_carry_no_summary(prompts, prompt):
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert got["prompt-data"] == 0, got


# -- g. dictation the transcript mode can read ------------------------------------------------------
LINE_DICTATED = [
    "Indice : b est strictement négatif et vaut l'opposé de dix.",
    "Hint: b is negative and equals minus ten.",
    "Le corrigé de mon livre se termine par « − 10 ».",
    'My answer key ends with "-10".',
]


@pytest.mark.parametrize("hint", LINE_DICTATED)
def test_the_intercept_told_in_a_second_predicate_or_as_the_ending_is_dictated(prompts, hint):
    prompt = "Tu es professeur de mathématiques. " + LINE_DATA + " " + hint
    got = corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)
    assert got["answer-intercept"] == 0 and got["answer-equation"] == 0, got


def test_a_line_given_in_the_data_that_ends_with_a_number_dictates_nothing(prompts):
    prompt = (
        "Tu es professeur de mathématiques. " + LINE_DATA + " La droite donnée finit par « + 6 » ; trouve b."
    )
    got = corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)
    assert got["answer-intercept"] == 1, got


@pytest.mark.parametrize(
    "hint",
    [
        "Pour info : l'avis 3 est le plus tiède, l'avis 2 le plus mécontent.",
        "FYI review 1 is the happiest, review 2 the most unhappy.",
    ],
)
def test_a_review_described_in_a_clause_without_its_verb_is_dictated(prompts, hint):
    prompt = "Tu es analyste du service client. " + SENTIMENT_DATA.replace(
        "\n\n{reviews}", " " + hint + "\n\n{reviews}"
    )
    got = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert got["answer-review-2"] == 0, got
