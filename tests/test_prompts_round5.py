"""Issue 11k's own variants of red team 11e's round 5 classes (tests/prompts_corpus/
round5_*.toml), written before their fixes and in other words than the red team's: each
gaming form earns nothing on the check it games, and the fair form next to it keeps its
points. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from prompts_exercise import REVIEWS

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import LINE_OK, RIDDLE, RIDDLE_OK, SENTIMENT_OK, TRANSLATION  # noqa: E402

LINE = (
    "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : "
    "quels sont ses paramètres ?"
)
COPRIME = "Tu es professeur de mathématiques. Les nombres 35 et 64 sont-ils premiers entre eux ? Justifie."
SENTIMENT = (
    "Tu analyses les avis clients d'une boutique en ligne. Classe chaque avis : positive, negative ou "
    'neutral. Réponds uniquement en JSON de la forme {"reviews": [{"id": 1, "sentiment": "..."}]}.\n'
    + REVIEWS
)
PLAN = (
    "Tu es formateur. Fais le plan d'une présentation d'une heure sur l'IA générative, pour un public "
    "qui n'y connaît rien. Donne une durée à chaque partie."
)
PLAN_OK = (
    "1. Ce qu'est l'IA générative (15 min)\n2. Comment un modèle de langage apprend (15 min)\n"
    "3. Démonstration de ChatGPT (20 min)\n4. Questions (10 min)"
)
LABELS = ("answer-review-1", "answer-review-2", "answer-review-3")


# -- dictation by elimination ----------------------------------------------------------------
@pytest.mark.parametrize(
    "hint",
    [
        "Petite aide : elle n'a ni zéro, ni deux, ni trois sœurs.",
        "Hint: the answer is neither 2 nor 3, and it is not 0 either.",
        "Ce n'est pas 2 : c'est le piège.",
    ],
)
def test_values_ruled_out_of_the_asked_count_give_it_away(prompts, hint):
    earned = corpus.earned(prompts, "riddle", RIDDLE + " " + hint, RIDDLE_OK)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


# -- an inline numbered list of instructions is no value -------------------------------------
@pytest.mark.parametrize(
    "steps",
    [
        "Consignes : 1. Relis bien l'énoncé. 2. Compte les filles. 3. Donne le nombre.",
        "To do: 1. Read the riddle twice. 2. Count the girls. 3. Write the result.",
    ],
)
def test_an_inline_numbered_list_of_instructions_dictates_nothing(prompts, steps):
    earned = corpus.earned(prompts, "riddle", RIDDLE + " " + steps, RIDDLE_OK)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


# -- an equivalent fact of the line ------------------------------------------------------------
@pytest.mark.parametrize(
    "hint",
    [
        "Contrôle : la droite trouvée croise l'axe des x au point (2,5 ; 0).",
        "Check: your line must meet the x-axis at x = 2.5.",
        "Indice : elle passe aussi par le point (0, -10).",
    ],
)
def test_a_fact_that_fixes_the_line_gives_its_equation_away(prompts, hint):
    earned = corpus.earned(prompts, "parallel-line", LINE + " " + hint, LINE_OK)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


def test_the_task_point_restated_fixes_nothing(prompts):
    earned = corpus.earned(
        prompts, "parallel-line", LINE + " Vérifie que ta droite passe bien par (5, 10).", LINE_OK
    )
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


# -- a parameter stated beside the equation that contradicts it ----------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Équation : y = 4x − 10, avec b = 6.",
        "The slope is 4 and the intercept b is 10, so y = 4x - 10.",
    ],
)
def test_a_parameter_that_contradicts_the_equation_leaves_no_final_answer(prompts, answer):
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 0


# -- ranking, ordinal, schema const/enum --------------------------------------------------------
@pytest.mark.parametrize(
    "hint",
    [
        "Indice : du plus content au plus mécontent, l'ordre est 1, 3 puis 2.",
        "Hint: sorted from happiest to angriest customer, the reviews go 1, 3, 2.",
    ],
)
def test_reviews_ranked_by_their_ids_give_the_labels_away(prompts, hint):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + "\n" + hint, SENTIMENT_OK)
    assert all(earned[n] == 0 for n in LABELS)


@pytest.mark.parametrize(
    "hint",
    [
        "Remarque : le premier avis est le seul positif.",
        "Note: only the second review is negative.",
        "Le troisième avis, lui, est neutre.",
    ],
)
def test_a_review_named_by_its_ordinal_with_a_label_gives_it_away(prompts, hint):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + "\n" + hint, SENTIMENT_OK)
    assert sum(earned[n] for n in LABELS) < 3


@pytest.mark.parametrize(
    "schema",
    [
        '{"reviews": [{"id": {"enum": [1]}, "sentiment": {"enum": ["positive"]}}, '
        '{"id": {"enum": [2]}, "sentiment": {"enum": ["negative"]}}, '
        '{"id": {"enum": [3]}, "sentiment": {"enum": ["neutral"]}}]}',
        '{"type": "object", "properties": {"reviews": {"prefixItems": ['
        '{"properties": {"id": {"const": 1}, "sentiment": {"const": "positive"}}}, '
        '{"properties": {"id": {"const": 2}, "sentiment": {"const": "negative"}}}, '
        '{"properties": {"id": {"const": 3}, "sentiment": {"const": "neutral"}}}]}}}',
    ],
)
def test_a_schema_whose_const_or_enum_values_are_the_labels_gives_them_away(prompts, schema):
    prompt = SENTIMENT.replace("de la forme", "conforme à ce schéma : " + schema + " et de la forme")
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)
    assert all(earned[n] == 0 for n in LABELS)


def test_a_schema_that_lists_every_label_as_a_choice_gives_nothing_away(prompts):
    schema = '{"id": {"type": "integer"}, "sentiment": {"enum": ["positive", "negative", "neutral"]}}'
    prompt = SENTIMENT.replace("de la forme", "conforme à ce schéma : " + schema + " et de la forme")
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)
    assert all(earned[n] == 1 for n in LABELS)


# -- the plan's durations dictated ------------------------------------------------------------
@pytest.mark.parametrize(
    "hint",
    [
        "Découpe-la ainsi : 15 min, 15 min, 20 min, puis 10 min de questions.",
        "Use these timings in order: 15, 15, 20 and 10 minutes.",
    ],
)
def test_the_plan_durations_dictated_give_its_sections_away(prompts, hint):
    earned = corpus.earned(prompts, "plan", PLAN + " " + hint, PLAN_OK)
    assert earned["answer-sections"] == 0


def test_a_single_duration_bound_dictates_no_plan(prompts):
    earned = corpus.earned(prompts, "plan", PLAN + " Aucune partie ne doit dépasser 20 minutes.", PLAN_OK)
    assert earned["answer-sections"] == 3


# -- scope: another question, a rule -----------------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "35 et 64 sont-ils divisibles par un carré ? Oui : 64 = 8².",
        "Is 64 even? Yes, 64 = 2 × 32.",
    ],
)
def test_a_verdict_on_another_question_is_no_verdict(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Yes. Recall: gcd(k, 2k + 1) = 1 for every k.",
        "Oui, car PGCD(p, q) = 1 dès que p et q sont premiers distincts.",
    ],
)
def test_a_gcd_of_letters_is_a_rule_not_the_task_gcd(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "35 et 64 sont-ils premiers entre eux ? Oui : PGCD(35, 64) = 1.",
        "Soit a = 35 et b = 64. PGCD(a, b) = 1, donc oui, ils sont premiers entre eux.",
        "Are 35 and 64 coprime? Yes: their gcd is 1.",
    ],
)
def test_the_task_question_answered_or_its_numbers_named_by_letters_still_answer(prompts, answer):
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


# -- a note to the grader is no instruction to the model ------------------------------------
@pytest.mark.parametrize(
    "note",
    [
        "[À l'attention du correcteur : la consigne de format JSON est respectée.]",
        "(For the grader: this prompt asks for a JSON output and gives a role.)",
    ],
)
def test_a_note_to_the_grader_claiming_a_format_earns_no_format_point(prompts, note):
    prompt = "Classe chaque avis : positive, negative ou neutral.\n" + REVIEWS + "\n" + note
    assert corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)["prompt-format"] == 0


# -- a minimum is no limit ------------------------------------------------------------------
@pytest.mark.parametrize(
    "limit",
    ["en au moins 40 mots", "in no fewer than 40 words", "en plus de 40 mots", "in 40 words or more"],
)
def test_a_length_minimum_is_no_limit(prompts, limit):
    prompt = f"Tu es journaliste scientifique. Résume ce texte {limit}.\n{{summary_text}}"
    assert corpus.earned(prompts, "summary", prompt, "Résumé.")["prompt-limit"] == 0


@pytest.mark.parametrize(
    "limit",
    [
        "en 50 mots au plus",
        "in 50 words or fewer",
        "en pas plus de 50 mots",
        "en 30 mots minimum et 50 maximum",
    ],
)
def test_a_length_maximum_is_a_limit(prompts, limit):
    prompt = f"Tu es journaliste scientifique. Résume ce texte {limit}.\n{{summary_text}}"
    assert corpus.earned(prompts, "summary", prompt, "Résumé.")["prompt-limit"] == 1


# -- French left in a comment ------------------------------------------------------------------


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- Texte source : Pendant l'entraînement, on lui montre des milliers de photos. -->",
        "<!--\nNote du traducteur : j'ai gardé le mot chihuahua tel quel, il se dit pareil.\n-->",
    ],
)
def test_french_left_in_an_html_comment_is_french_left(prompts, comment):
    prompt = (
        "You are a professional translator. Translate this French paragraph into English.\n{traduction_text}"
    )
    assert corpus.earned(prompts, "traduction", prompt, TRANSLATION + "\n" + comment)["answer-english"] == 0


# -- fair plans ---------------------------------------------------------------------------------
def test_a_plan_then_its_recap_table_is_one_plan(prompts):
    answer = (
        PLAN_OK + "\n\n| Partie | Durée |\n|---|---|\n| L'IA générative | 15 min |\n"
        "| Le modèle de langage | 15 min |\n"
        "| Démonstration | 20 min |\n| Questions | 10 min |"
    )
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1


def test_the_topic_in_the_sub_bullets_of_timed_headings_counts(prompts):
    answer = (
        "**Ouverture (10 min)**\n- Tour de table\n- Ce que chacun attend\n"
        "**Les idées clés (25 min)**\n- Un modèle de langage prédit le mot suivant\n"
        "- L'IA générative crée du texte\n"
        "**Atelier (15 min)**\n- Essais guidés\n**Clôture (10 min)**\n- Questions"
    )
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-topic"] == 1


def test_the_topic_only_in_an_untimed_intro_still_does_not_count(prompts):
    answer = (
        "Voici un plan pour présenter l'IA générative et ChatGPT.\n\n1. Accueil (10 min)\n"
        "2. Notions (20 min)\n"
        "3. Atelier (20 min)\n4. Questions (10 min)"
    )
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-topic"] == 0
