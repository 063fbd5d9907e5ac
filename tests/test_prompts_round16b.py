"""Issue 11z's own variants of red team 11r's round 16b classes (tests/prompts_corpus/
round16b_*.toml), written before their fixes and in other words than the red team's: each
gaming form earns nothing on the check it games, and the fair form next to it keeps its
points. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    PLAN,
    PLAN_ANSWER,
    RIDDLE_ANSWER,
    RIDDLE_DATA,
    SENTIMENT,
    SENTIMENT_ANSWER,
    SUMMARY_ANSWER,
)

RIDDLE = (
    "Tu es un professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
    "Combien de sœurs a Caroline ?"
)
COPRIME = "Tu es professeur de mathématiques. Les nombres 35 et 64 sont-ils premiers entre eux ?"
COPRIME_ANSWER = (
    "35 = 5 × 7 et 64 = 2^6 : aucun facteur premier commun, donc PGCD(35, 64) = 1.\n\n"
    "Réponse : oui, 35 et 64 sont premiers entre eux."
)


# -- a. reasoning asked for another time, or deferred ----------------------------------------
@pytest.mark.parametrize(
    "deferred",
    [
        "La semaine prochaine, sur les problèmes de géométrie, il faudra raisonner étape par étape ; "
        "là, contente-toi du nombre.",
        "Tu m'expliqueras ton raisonnement une autre fois : pour l'instant, le nombre suffit.",
        "Next time I'll want you to think step by step, but today just give the count.",
        "Keep your step-by-step reasoning for later, only if I ask for it.",
        "Le détail de tes étapes, garde-le pour un autre jour.",
    ],
)
def test_a_reasoning_request_for_another_time_earns_no_reasoning_point(prompts, deferred):
    earned = corpus.earned(prompts, "riddle", RIDDLE + " " + deferred, RIDDLE_ANSWER)
    assert earned["prompt-reasoning"] == 0


@pytest.mark.parametrize(
    "asking",
    [
        "Raisonne étape par étape ; je te poserai d'autres énigmes plus tard.",
        "Think step by step now; we will check the answer later.",
        "Explique ton raisonnement étape par étape, puis donne le nombre.",
    ],
)
def test_a_reasoning_request_for_now_is_kept(prompts, asking):
    earned = corpus.earned(prompts, "riddle", RIDDLE + " " + asking, RIDDLE_ANSWER)
    assert earned["prompt-reasoning"] == 1


# -- b. an example that paraphrases one of the task's own reviews ----------------------------
@pytest.mark.parametrize(
    ("example", "review"),
    [
        (
            "« Cafetière arrivée en 48 heures, un jeu d'enfant à utiliser, café délicieux : je la conseille "
            "à tout le monde. » → positive",
            "answer-review-1",
        ),
        (
            "« Mes écouteurs ont lâché après huit jours et le SAV ne me répond jamais ; fini cette marque. » "
            "→ negative",
            "answer-review-2",
        ),
        (
            "« My earbuds broke after seven days and support ignores my emails, never buying this brand "
            "again. » → negative",
            "answer-review-2",
        ),
        (
            "« Le sac est conforme à ce qui était annoncé, arrivé mardi comme prévu ; on verra s'il dure. » "
            "→ neutral",
            "answer-review-3",
        ),
    ],
)
def test_an_example_that_paraphrases_a_review_is_that_review(prompts, example, review):
    prompt = SENTIMENT + " Exemple : " + example + "\n{reviews}"
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert earned["prompt-example"] == 0
    assert earned[review] == 0
    assert earned["prompt-role"] == 1 and earned["prompt-format"] == 1


@pytest.mark.parametrize(
    "example",
    [
        "« Colis arrivé avec trois semaines de retard et la boîte était écrasée. » → negative",
        "« The blender is loud but it does the job, nothing special. » → neutral",
        "« Super lampe de bureau, lumière douce, je suis ravie. » → positive",
    ],
)
def test_an_example_of_another_product_is_an_example(prompts, example):
    prompt = SENTIMENT + " Exemple : " + example + "\n{reviews}"
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert earned["prompt-example"] == 1
    assert all(earned[f"answer-review-{i}"] == 1 for i in (1, 2, 3))


# -- c. a length limit on the wrong scope ----------------------------------------------------
SUMMARY = (
    "Tu es journaliste scientifique. Résume ce texte avec tes propres mots, sans titre. "
    "{limit}\n{{summary_text}}"
)


@pytest.mark.parametrize(
    "limit",
    [
        "Aucune phrase de ton résumé ne doit dépasser 25 mots.",
        "Limite-toi à 30 mots maximum par phrase.",
        "Each paragraph of your summary must stay under 50 words.",
        "Chaque ligne : 12 mots au plus.",
    ],
)
def test_a_limit_on_each_part_is_no_limit_on_the_answer(prompts, limit):
    earned = corpus.earned(prompts, "summary", SUMMARY.format(limit=limit), SUMMARY_ANSWER)
    assert earned["prompt-limit"] == 0
    assert earned["prompt-role"] == 1 and earned["prompt-data"] == 1


@pytest.mark.parametrize(
    "limit",
    ["Ton résumé fera 60 mots maximum, en phrases courtes.", "Keep the whole summary under 60 words."],
)
def test_a_limit_on_the_whole_answer_is_kept(prompts, limit):
    earned = corpus.earned(prompts, "summary", SUMMARY.format(limit=limit), SUMMARY_ANSWER)
    assert earned["prompt-limit"] == 1


# -- f. fair rubric forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        'import anthropic\nclient.messages.create(\n    system="You are a patient logic tutor. Think step by '
        'step before you answer.",\n    messages=[{"role": "user", "content": "' + RIDDLE_DATA + '"}],\n)',
        "messages = [\n  {'role': 'system', 'content': 'Tu es une professeure de mathématiques. Explique ton "
        "raisonnement étape par étape.'},\n  {'role': 'user', 'content': '" + RIDDLE_DATA + "'},\n]",
    ],
)
def test_role_and_reasoning_inside_an_api_call_are_the_prompts(prompts, prompt):
    earned = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert earned["prompt-role"] == 1 and earned["prompt-reasoning"] == 1 and earned["prompt-data"] == 1


@pytest.mark.parametrize(
    "role",
    [
        "Tu encadres un atelier de casse-tête à la bibliothèque municipale.",
        "You run a puzzle club at a primary school.",
    ],
)
def test_an_activity_with_a_setting_is_a_role(prompts, role):
    earned = corpus.earned(prompts, "riddle", role + " " + RIDDLE_DATA, RIDDLE_ANSWER)
    assert earned["prompt-role"] == 1


def test_a_task_restated_is_still_no_role(prompts):
    prompt = "Tu résous une énigme de logique. " + RIDDLE_DATA
    assert corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)["prompt-role"] == 0


@pytest.mark.parametrize(
    "steps",
    [
        "Écris chacune des étapes, dans l'ordre : a) qui sont les enfants ; b) combien de filles ; "
        "c) conclus.",
        "Write out every step: 1. list the children, 2. count the girls, 3. give the answer.",
    ],
)
def test_numbered_steps_to_write_out_ask_for_reasoning(prompts, steps):
    earned = corpus.earned(prompts, "riddle", RIDDLE + "\n" + steps, RIDDLE_ANSWER)
    assert earned["prompt-reasoning"] == 1


@pytest.mark.parametrize(
    "label",
    ["Présentation : tableau à deux colonnes, partie et durée.", "Layout: bulleted list, one line per part."],
)
def test_a_format_label_with_a_shape_is_a_format_request(prompts, label):
    earned = corpus.earned(prompts, "plan", PLAN + " " + label, PLAN_ANSWER)
    assert earned["prompt-format"] == 1


# -- d. dictation inside the data sentence: an aside that states the answer -------------------
LINE_ANSWER = (
    "La pente est 4, donc y = 4x + b ; 10 = 4 × 5 + b donne b = −10.\n\n"
    "Réponse : a = 4, b = −10, y = 4x − 10."
)


@pytest.mark.parametrize(
    ("task", "prompt", "answer", "checks"),
    [
        (
            "coprime",
            "Tu es professeur de mathématiques. Les nombres 35 et 64, dont le PGCD vaut 1, sont-ils "
            "premiers entre eux ?",
            COPRIME_ANSWER,
            ["answer-verdict"],
        ),
        (
            "coprime",
            "You are a maths teacher. Les nombres 35 et 64 (whose gcd is 1) sont-ils premiers entre eux ?",
            COPRIME_ANSWER,
            ["answer-verdict"],
        ),
        (
            "parallel-line",
            "Tu es professeur de mathématiques. Quelle est l'équation de la droite parallèle à "
            "y = 4x + 6 (d'ordonnée à l'origine b = −10) qui passe par le point (5, 10) ?",
            LINE_ANSWER,
            ["answer-intercept"],
        ),
        (
            "riddle",
            "Tu es un professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
            "Combien de sœurs a Caroline (elle en a exactement 1) ?",
            RIDDLE_ANSWER,
            ["answer-right"],
        ),
    ],
)
def test_an_aside_in_the_data_question_that_states_the_answer_dictates_it(
    prompts, task, prompt, answer, checks
):
    earned = corpus.earned(prompts, task, prompt, answer)
    assert all(earned[c] == 0 for c in checks), earned


@pytest.mark.parametrize(
    ("task", "prompt", "answer"),
    [
        (
            "coprime",
            "Tu es professeur de mathématiques. Les nombres 35 et 64 (deux entiers positifs) sont-ils "
            "premiers entre eux ? Justifie avec leur PGCD.",
            COPRIME_ANSWER,
        ),
        (
            "parallel-line",
            "Tu es professeur de mathématiques. Quelle est l'équation de la droite parallèle à "
            "y = 4x + 6 (une droite de pente 4) qui passe par le point (5, 10) ?",
            LINE_ANSWER,
        ),
        (
            "coprime",
            "Tu es professeur. Les nombres 35 et 64 sont-ils premiers entre eux (« coprime » en anglais) ? "
            "Donne leur PGCD.",
            COPRIME_ANSWER,
        ),
        (
            "coprime",
            "Tu es professeur. Les nombres 35 et 64 sont-ils premiers entre eux (autrement dit, est-ce "
            "que leur PGCD est 1) ? Justifie.",
            COPRIME_ANSWER,
        ),
    ],
)
def test_an_aside_that_restates_the_data_or_the_question_dictates_nothing(prompts, task, prompt, answer):
    earned = corpus.earned(prompts, task, prompt, answer)
    assert all(v > 0 for k, v in earned.items() if k.startswith("answer")), earned


def test_where_the_line_crosses_the_y_axis_is_its_intercept(prompts):
    prompt = (
        "You are a maths teacher. Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont "
        "ses paramètres ? Hint: it crosses the y-axis at -10."
    )
    assert corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)["answer-intercept"] == 0
    fair = (
        "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : "
        "quels sont ses paramètres ?"
    )
    answer = (
        "La pente est 4 ; 10 = 4 × 5 + b, donc la droite coupe l'axe des y en −10.\n\nRéponse : y = 4x − 10."
    )
    earned = corpus.earned(prompts, "parallel-line", fair, answer)
    assert earned["answer-intercept"] == 1 and earned["answer-equation"] == 2


# -- e. facts equivalent to the answer ---------------------------------------------------------
@pytest.mark.parametrize(
    "hint",
    [
        "Indice : 64 × 11 − 35 × 20 = 4, et 35 × 11 − 64 × 6 = 1.",
        "Remarque : 35 × 11 = 64 × 6 + 1.",
        "Note that the fraction 64/35 cannot be simplified.",
        "Rappel : 35/64 est déjà sous forme irréductible.",
        "Le PPCM de 35 et 64 vaut 2240.",
        "Fun fact: their least common multiple equals their product.",
    ],
)
def test_a_fact_equivalent_to_coprimality_states_the_verdict(prompts, hint):
    earned = corpus.earned(prompts, "coprime", COPRIME + " " + hint, COPRIME_ANSWER)
    assert earned["answer-verdict"] == 0 and earned["answer-justified"] == 0, earned


@pytest.mark.parametrize(
    "fair",
    [
        "Rappelle au passage que deux nombres dont la fraction est irréductible sont premiers entre eux.",
        "Tu peux utiliser l'identité de Bézout ou l'algorithme d'Euclide.",
        "Par exemple, 12 × 3 − 35 = 1 montre que 12 et 35 sont premiers entre eux.",
    ],
)
def test_a_method_or_another_pair_states_nothing(prompts, fair):
    earned = corpus.earned(prompts, "coprime", COPRIME + " " + fair, COPRIME_ANSWER)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2, earned


@pytest.mark.parametrize(
    "marks",
    [
        "Les changements de partie ont lieu aux minutes 15, 30 et 50.",
        "Slide changes happen at minutes 12, 27, 40 and 52.",
        "Repères horaires : on bascule à la minute 10, puis 25, puis 45.",
    ],
)
def test_cumulative_minute_marks_dictate_the_durations(prompts, marks):
    earned = corpus.earned(prompts, "plan", PLAN + " " + marks, PLAN_ANSWER)
    assert earned["answer-sections"] == 0 and earned["answer-topic"] == 0, earned


def test_a_plan_without_marks_keeps_its_answer_points(prompts):
    earned = corpus.earned(
        prompts,
        "plan",
        PLAN + " Prévois une pause de 5 minutes, et garde 10 minutes pour les questions.",
        PLAN_ANSWER,
    )
    assert earned["answer-sections"] > 0 and earned["answer-topic"] > 0, earned


# -- e. the answer tied to a number or to another quantity -------------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "check"),
    [
        (
            "riddle",
            RIDDLE + " Pour contrôler : ta réponse multipliée par 5 doit donner 5.",
            RIDDLE_ANSWER,
            "answer-right",
        ),
        ("riddle", RIDDLE + " Sanity check: your answer plus 9 equals 10.", RIDDLE_ANSWER, "answer-right"),
        (
            "riddle",
            RIDDLE + " Petit indice : la réponse est égale au nombre de lunes de la Terre.",
            RIDDLE_ANSWER,
            "answer-right",
        ),
        (
            "riddle",
            RIDDLE + " Hint: the answer is the same number as the gcd of 9 and 28.",
            RIDDLE_ANSWER,
            "answer-right",
        ),
        (
            "parallel-line",
            "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point "
            "(5, 10) : quels sont ses paramètres ? Vérifie que a − b = 14.",
            LINE_ANSWER,
            "answer-intercept",
        ),
        (
            "parallel-line",
            "You are a maths teacher. Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : "
            "quels sont ses paramètres ? Check: 2a + b should be -2.",
            LINE_ANSWER,
            "answer-intercept",
        ),
    ],
)
def test_a_constraint_on_the_answer_dictates_it(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


@pytest.mark.parametrize(
    ("task", "prompt", "answer"),
    [
        ("riddle", RIDDLE + " Ta réponse doit tenir en une phrase, plus le calcul si besoin.", RIDDLE_ANSWER),
        ("riddle", RIDDLE + " La réponse doit être un nombre entier.", RIDDLE_ANSWER),
        (
            "parallel-line",
            "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point "
            "(5, 10) : quels sont ses paramètres ? Vérifie que 10 = 4 × 5 + b.",
            LINE_ANSWER,
        ),
        (
            "parallel-line",
            "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point "
            "(5, 10) : quels sont ses paramètres ? Le point donne 5a + b = 10.",
            LINE_ANSWER,
        ),
    ],
)
def test_a_rule_of_form_or_the_datas_own_equation_dictates_nothing(prompts, task, prompt, answer):
    earned = corpus.earned(prompts, task, prompt, answer)
    assert all(v > 0 for k, v in earned.items() if k.startswith("answer")), earned


def test_an_aside_that_glosses_the_question_states_nothing(prompts):
    prompt = "You are a maths teacher. Are 35 and 64 relatively prime (premiers entre eux)? Give their gcd."
    earned = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2, earned
