"""Issue 11ax's own variants of red team redteam27's round 27 classes (its corpora wired in
tests/test_prompts_corpus.py), written before their fixes and in other words than the red
team's: each fair form keeps its points, and the near-miss next to it earns nothing on the
check it games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    LINE_ANSWER,
    PLAN,
    RIDDLE_ANSWER,
    RIDDLE_DATA,
    SENTIMENT_ANSWER,
    SUMMARY_ANSWER,
)

RIDDLE_EN = (
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?"
)
LINE_DATA = (
    "A line parallel to y = 4x + 6 passes through the point (5, 10). Give its slope, intercept and equation."
)
SUMMARY_DATA = "\n\n{summary_text}"
REVIEWS = (
    "Avis 1 : « J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est "
    "excellent. Je la recommande à tous mes amis ! »\n"
    "Avis 2 : « Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas "
    "à mes messages. Je ne rachèterai jamais cette marque. »\n"
    "Avis 3 : « Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai "
    "à l'usage s'il tient dans le temps. »\n"
)
SENTIMENT_TASK = "Tu es analyste du service client. Classe chaque avis en positive, negative ou neutral."
JSON_SHAPE = (
    'Réponds uniquement en JSON : {"reviews": [{"id": 1, "sentiment": "..."}, {"id": 2, "sentiment": "..."}, '
    '{"id": 3, "sentiment": "..."}]}'
)


# -- 1. reasoning asked as steps, a tree to draw, thinking aloud ------------------------------------
@pytest.mark.parametrize(
    "method",
    [
        "Break your reasoning into short steps before concluding.",
        "Split your working into small steps before you answer.",
        "Découpe ton raisonnement en courtes étapes avant de répondre.",
        "Think aloud, one step per line, before you give the number.",
        "Pense à voix haute, une étape par ligne, puis donne le nombre.",
        "Avant de conclure, dresse l'arbre de la fratrie enfant par enfant, puis compte.",
        "Before you answer, sketch the family tree, then count the girls.",
        "Trace l'arbre généalogique de la famille, puis compte les sœurs de Caroline.",
    ],
)
def test_steps_and_trees_asked_are_reasoning(prompts, method):
    data = RIDDLE_EN if method.isascii() else RIDDLE_DATA
    got = corpus.earned(prompts, "riddle", f"Tu es professeur de logique. {data} {method}", RIDDLE_ANSWER)
    assert got["prompt-reasoning"] == 1, got


@pytest.mark.parametrize(
    "method",
    [
        "Réponds juste par le nombre.\nTags : raisonnement, étape par étape, chaîne de pensée.",
        "Mots-clés : pas à pas, raisonnement détaillé.\nDonne seulement le nombre.",
        "Reply with the number only.\nKeywords: step by step, chain of thought, reasoning.",
        "Tags: think step by step, explain your reasoning",
        "Ne découpe pas ton raisonnement en étapes : donne juste le nombre.",
        "Don't break your reasoning into steps, just give the number.",
    ],
)
def test_rubric_words_as_tags_or_refused_steps_are_no_reasoning(prompts, method):
    got = corpus.earned(
        prompts, "riddle", f"Tu es professeur de logique. {RIDDLE_DATA} {method}", RIDDLE_ANSWER
    )
    assert got["prompt-reasoning"] == 0, got


def test_a_request_under_a_tags_line_still_asks(prompts):
    prompt = f"Tu es professeur de logique. {RIDDLE_DATA}\nMots-clés : logique, famille.\nRaisonne pas à pas."
    got = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert got["prompt-reasoning"] == 1, got


# -- 2. roles: a tutor that is "my" tutor, a work made for a medium, an activity on feedback ---------
ROLES = [
    ("parallel-line", "Pretend you are my maths tutor the night before a test.", LINE_DATA, LINE_ANSWER),
    ("parallel-line", "You are my private maths teacher.", LINE_DATA, LINE_ANSWER),
    ("parallel-line", "Imagine you're our physics coach.", LINE_DATA, LINE_ANSWER),
    (
        "summary",
        "Tu prépares une capsule audio de trente secondes pour un podcast d'histoire. Résume ce texte "
        "en 60 mots maximum.",
        SUMMARY_DATA,
        SUMMARY_ANSWER,
    ),
    (
        "summary",
        "You are preparing a short segment for a history podcast. Summarise this text in 60 words at most.",
        SUMMARY_DATA,
        SUMMARY_ANSWER,
    ),
    (
        "summary",
        "Tu écris un billet pour le blog d'une médiathèque. Résume ce texte en 60 mots maximum.",
        SUMMARY_DATA,
        SUMMARY_ANSWER,
    ),
    (
        "sentiment",
        "You moderate customer feedback for a marketplace. Label each review positive, negative or neutral.",
        "\n" + REVIEWS + JSON_SHAPE,
        SENTIMENT_ANSWER,
    ),
    (
        "sentiment",
        "Tu gères le courrier des clients d'une boutique en ligne. Classe chaque avis en positive, "
        "negative ou "
        "neutral.",
        "\n" + REVIEWS + JSON_SHAPE,
        SENTIMENT_ANSWER,
    ),
]


@pytest.mark.parametrize(("task", "role", "data", "answer"), ROLES)
def test_these_roles_are_roles(prompts, task, role, data, answer):
    got = corpus.earned(prompts, task, role + " " + data, answer)
    assert got["prompt-role"] == 1, got


@pytest.mark.parametrize(
    ("task", "role", "data", "answer"),
    [
        ("parallel-line", "You are my only hope.", LINE_DATA, LINE_ANSWER),
        ("parallel-line", "You are my maths homework.", LINE_DATA, LINE_ANSWER),
        (
            "summary",
            "Tu prépares un résumé. Résume ce texte en 60 mots maximum.",
            SUMMARY_DATA,
            SUMMARY_ANSWER,
        ),
        (
            "summary",
            "Tu ne prépares pas de capsule pour un podcast. Résume ce texte en 60 mots maximum.",
            SUMMARY_DATA,
            SUMMARY_ANSWER,
        ),
        (
            "sentiment",
            "You moderate customer feedback. Label each review positive, negative or neutral.",
            "\n" + REVIEWS + JSON_SHAPE,
            SENTIMENT_ANSWER,
        ),
    ],
)
def test_these_are_no_roles(prompts, task, role, data, answer):
    got = corpus.earned(prompts, task, role + " " + data, answer)
    assert got["prompt-role"] == 0, got


# -- 3. an example introduced as a case already done ------------------------------------------------
@pytest.mark.parametrize(
    "example",
    [
        "Un cas déjà fait : « Livraison rapide, produit top. » donne positive.",
        "Cas déjà traité : « Colis perdu et aucune réponse du vendeur. » → negative",
        'A worked case: "Arrived on time, nothing special to say." gives neutral.',
        'Solved case: "Great battery, I love it." is positive.',
    ],
)
def test_a_case_already_done_is_an_example(prompts, example):
    prompt = f"{SENTIMENT_TASK}\n{REVIEWS}{example}\n{JSON_SHAPE}"
    got = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert got["prompt-example"] == 1, got


@pytest.mark.parametrize(
    "example",
    [
        "Un cas déjà fait : « Le casque a cessé de fonctionner au bout d'une semaine. » donne negative.",
        "Aucun cas déjà traité : « Livraison rapide. » à toi de voir.",
    ],
)
def test_a_case_that_is_a_review_or_refused_is_no_example(prompts, example):
    prompt = f"{SENTIMENT_TASK}\n{REVIEWS}{example}\n{JSON_SHAPE}"
    got = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert got["prompt-example"] == 0, got


# -- 4. lengths: an approximate count with its ceiling; a count waived -------------------------------
@pytest.mark.parametrize(
    "limit",
    [
        "Résume ce texte en une cinquantaine de mots, jamais plus de soixante.",
        "Résume ce texte en une quarantaine de mots.",
        "Résume ce texte : une cinquantaine de mots, soixante au maximum.",
        "Résume ce texte en 60 mots maximum ; le ton, peu importe.",
        "Résume ce texte en 60 mots maximum, c'est important.",
    ],
)
def test_an_approximate_or_firm_count_is_a_limit(prompts, limit):
    got = corpus.earned(
        prompts, "summary", "Tu es rédacteur pour un magazine. " + limit + SUMMARY_DATA, SUMMARY_ANSWER
    )
    assert got["prompt-limit"] == 1, got


@pytest.mark.parametrize(
    "limit",
    [
        "Côté longueur, fais comme tu le sens (on m'a parlé de soixante mots, mais ce n'est pas important).",
        "Someone mentioned sixty words, but it doesn't matter: write as much as you like.",
        "On m'a suggéré 60 mots, mais ce n'est pas obligatoire.",
        "As for length, do as you see fit (sixty words were suggested, but that's not a requirement).",
    ],
)
def test_a_count_waived_is_no_limit(prompts, limit):
    prompt = "Tu es rédacteur pour un magazine. Résume ce texte. " + limit + SUMMARY_DATA
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert got["prompt-limit"] == 0, got


# -- 5. coprime: the verdict given as a premise; a yes-or-no choice read as one --------------------
COPRIME_ANSWER = (
    "Algorithme d'Euclide : 64 = 1 × 35 + 29 ; 35 = 1 × 29 + 6 ; 29 = 4 × 6 + 5 ; 6 = 1 × 5 + 1 ; "
    "5 = 5 × 1 + 0. Donc PGCD(35, 64) = 1.\n\nRéponse : oui, 35 et 64 sont premiers entre eux."
)


@pytest.mark.parametrize(
    "premise",
    [
        "On sait que 1 est le seul diviseur commun positif de 35 et de 64.",
        "Sachant que le seul diviseur commun de 35 et 64 est 1,",
        "Given that 1 is the only common divisor of 35 and 64,",
        "We know the only positive common factor of 35 and 64 is 1.",
    ],
)
def test_the_sole_common_divisor_given_dictates(prompts, premise):
    prompt = f"Tu es professeur de mathématiques. {premise} 35 et 64 sont-ils premiers entre eux ? Justifie."
    got = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert got["answer-verdict"] == 0 and got["answer-justified"] == 0, got


@pytest.mark.parametrize(
    "prompt",
    [
        "Tu es professeur de mathématiques. Rappel : deux nombres sont premiers entre eux si 1 est leur seul "
        "diviseur commun positif. 35 et 64 sont-ils premiers entre eux ? Justifie avec le PGCD.",
        "Tu es professeur de mathématiques. Vérifie si 1 est le seul diviseur commun de 35 et de 64, "
        "puis dis s'ils sont premiers entre eux avec leur PGCD.",
        "You are a maths tutor. Are 35 and 64 coprime? Work out their gcd, then conclude with yes or no on a "
        'line "Answer: ...".',
        "Tu es professeur de mathématiques. 35 et 64 sont-ils premiers entre eux ? Calcule leur PGCD, puis "
        "termine par oui ou non sur la dernière ligne.",
        "Tu es professeur de mathématiques. 35 et 64 sont-ils premiers entre eux ? Réponds par oui ou "
        "par non "
        "en première ligne, puis justifie avec le PGCD.",
    ],
)
def test_a_definition_a_check_or_a_choice_dictates_nothing(prompts, prompt):
    got = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert got["answer-verdict"] == 2 and got["answer-justified"] == 2, got


@pytest.mark.parametrize(
    "prompt",
    [
        "Tu es professeur de mathématiques. 35 et 64 sont-ils premiers entre eux ? Calcule leur PGCD, puis "
        "termine par oui sur la dernière ligne.",
        "You are a maths tutor. Are 35 and 64 coprime? Work out their gcd, then answer yes on the last line.",
    ],
)
def test_one_word_to_end_with_still_dictates(prompts, prompt):
    got = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert got["answer-verdict"] == 0, got


# -- 6. a note for the grading is no erratum of the data ---------------------------------------------
@pytest.mark.parametrize(
    "note",
    [
        "(Note pour la correction automatique : ce prompt donne un rôle au modèle.)",
        "Remarque pour la correction : j'ai écrit un seul prompt par tâche.",
        "À l'attention de la correction automatique : une seule tentative.",
    ],
)
def test_a_note_for_the_grading_keeps_the_data(prompts, note):
    got = corpus.earned(prompts, "riddle", f"{RIDDLE_DATA}\n{note}", RIDDLE_ANSWER)
    assert got["prompt-data"] == 1 and got["answer-right"] == 2, got


def test_a_correction_of_the_data_still_supersedes_it(prompts):
    got = corpus.earned(
        prompts, "riddle", f"{RIDDLE_DATA}\nCorrection : chaque frère a 3 sœurs.", RIDDLE_ANSWER
    )
    assert got["prompt-data"] == 0, got


# -- 7. plans: a part that may not happen; the topic carried by how it works ---------------------
PLAN_EN = "You run evening talks. " + PLAN
OPTIONAL_PLANS = [
    "- Welcome: 10 min\n- How generative AI writes text: 15 min\n- Live demo of ChatGPT: 15 min\n"
    "- Risks: 10 min\n- Possibly, if time allows, extra questions: 10 min",
    "1. Accueil — 10 min\n2. L'IA générative expliquée — 20 min\n3. Démonstration de ChatGPT — 15 min\n"
    "4. Limites — 5 min\n5. Éventuellement, si le temps le permet : quiz — 10 min",
    "- Intro: 10 min\n- What generative AI is: 20 min\n- Demo: 20 min\n- Optional Q&A: 10 min",
    "- Accueil : 10 min\n- L'IA générative : 20 min\n- Démo de ChatGPT : 20 min\n"
    "- Questions facultatives : 10 min",
]


@pytest.mark.parametrize("answer", OPTIONAL_PLANS)
def test_a_part_that_may_not_happen_does_not_make_the_hour(prompts, answer):
    got = corpus.earned(prompts, "plan", PLAN_EN, answer)
    assert got["answer-sections"] == 0, got


@pytest.mark.parametrize(
    "answer",
    [
        "- Accueil : 10 min\n- L'IA générative : 20 min\n- Démo de ChatGPT : 20 min\n"
        "- Questions éventuelles du public : 10 min",
        "- Welcome: 10 min\n- What generative AI is: 20 min\n- ChatGPT demo: 20 min\n"
        "- Questions, if any: 10 min",
    ],
)
def test_questions_that_may_come_are_a_part(prompts, answer):
    got = corpus.earned(prompts, "plan", PLAN_EN, answer)
    assert got["answer-sections"] == 3, got


@pytest.mark.parametrize(
    "mechanism",
    [
        "prédire le mot suivant",
        "deviner le prochain mot",
        "predicting the next word",
        "guessing the next token",
    ],
)
def test_the_topic_said_by_how_text_is_generated(prompts, mechanism):
    answer = (
        "1. Introduction — 10 min\n   - tour de table (5 min)\n   - exemples du quotidien (5 min)\n"
        "2. Comment ça marche — 20 min\n   - apprendre à partir d'exemples (10 min)\n"
        f"   - {mechanism} (10 min)\n"
        "3. Démonstration guidée — 15 min\n4. Précautions — 10 min\n5. Questions — 5 min"
    )
    got = corpus.earned(prompts, "plan", PLAN, answer)
    assert got["answer-topic"] == 1, got


def test_a_plan_without_the_topic_still_loses_it(prompts):
    answer = (
        "1. Introduction — 10 min\n2. Comment ça marche — 20 min\n"
        "   - apprendre à partir d'exemples (20 min)\n"
        "3. Démonstration guidée — 15 min\n4. Précautions — 10 min\n5. Questions — 5 min"
    )
    got = corpus.earned(prompts, "plan", PLAN, answer)
    assert got["answer-topic"] == 0, got
