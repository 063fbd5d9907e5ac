"""Issue 11al's own variants of red team 11zd's round 22b classes (tests/prompts_corpus/
round22b_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import LINE_ANSWER, PLAN_ANSWER, SENTIMENT_ANSWER  # noqa: E402

from test_prompts_round21b import TASKS  # noqa: E402  (the fair prompt of every task)
from workshop.prompts import dataforms  # noqa: E402

# -- a. the line's data in any equivalent linear form ---------------------------------------------
SAME_LINE = ["-4x + y - 6 = 0", "y = 6 + 4x", "−4x + y = 6", "y − 6 = 4x", "2y = 8x + 12", "8x - 2y + 12 = 0"]


@pytest.mark.parametrize("line", SAME_LINE)
def test_the_line_in_an_equivalent_form_carries_the_data(prompts, line):
    prompt = (
        f"Tu es prof de maths au lycée. Soit (D) : {line}. Trouve la droite parallèle à (D) qui passe "
        "par le point (5, 10) : donne son coefficient directeur, son ordonnée à l'origine et son équation."
    )
    got = corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize("line", ["y = 6 - 4x", "4x + y + 6 = 0", "y - 4x = -6", "x = 4y + 6"])
def test_another_line_in_any_form_carries_no_data(prompts, line):
    prompt = (
        f"Tu es prof de maths au lycée. Soit (D) : {line}. Trouve la droite parallèle à (D) qui passe "
        "par le point (5, 10) : donne son coefficient directeur, son ordonnée à l'origine et son équation."
    )
    got = corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)
    assert got["prompt-data"] == 0, got


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("3x - y + 2 = 0", "y = 3x + 2"),
        ("y = 4x + 6", "y = 4x + 6"),
        ("y = 4x − 6", "y = 4x + neg6"),
        ("x = 5, y = 10", "x = 5, y = 10"),
    ],
)
def test_the_line_reader_restates_slope_and_intercept_only(written, read):
    assert dataforms.lines_read(written) == read


# -- b. a plan prompt in another language ----------------------------------------------------------
FOREIGN_PLAN = [
    "Eres formadora de informática. Prepara el esquema de una presentación de una hora sobre la IA "
    "generativa para principiantes. Indica la duración de cada parte, en una lista numerada.",
    "Du bist Dozent für Digitales. Erstelle eine Gliederung für einen Vortrag von einer Stunde über "
    "generative KI für Anfänger. Gib jedem Teil eine Dauer, als nummerierte Liste.",
    "Você é um formador. Faça o plano de uma apresentação de uma hora sobre a IA generativa para "
    "iniciantes. Dê uma duração a cada parte, em lista numerada.",
    "Sei una docente di informatica. Prepara la scaletta di una presentazione di un'ora sull'IA "
    "generativa per principianti. Indica la durata di ogni parte, con un elenco numerato.",
]


@pytest.mark.parametrize("prompt", FOREIGN_PLAN)
def test_a_plan_prompt_in_another_language_carries_its_data(prompts, prompt):
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got
    assert got["prompt-format"] == 1, got


def test_a_foreign_plan_of_two_hours_carries_no_data(prompts):
    prompt = FOREIGN_PLAN[0].replace("una hora", "dos horas")
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-data"] == 0, got


# -- c. the hour as a clock span ------------------------------------------------------------------
CLOCK = [
    "Mon intervention a lieu de 9 h à 10 h",
    "My talk runs from 10 am to 11 am",
    "Créneau : 16h30-17h30,",
    "I speak between 13:00 and 14:00",
]


@pytest.mark.parametrize("span", CLOCK)
def test_a_one_hour_clock_span_carries_the_hour(prompts, span):
    prompt = (
        f"Tu es formateur. {span} : c'est une présentation sur l'IA générative pour un public qui n'y "
        "connaît rien. Fais-en le plan, avec une durée par partie."
    )
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "span", ["Mon intervention a lieu de 9 h à 11 h", "My talk runs from 10 am to 10:30 am"]
)
def test_a_clock_span_of_another_length_carries_no_hour(prompts, span):
    prompt = (
        f"Tu es formateur. {span} : c'est une présentation sur l'IA générative pour un public qui n'y "
        "connaît rien. Fais-en le plan, avec une durée par partie."
    )
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-data"] == 0, got


def test_the_counterfactual_moves_a_clock_span_and_a_foreign_hour(prompts):
    from workshop.prompts.grade import load

    tasks, _ = load(prompts, True, None)
    plan = tasks["plan"]
    assert plan.counterfactual is not None
    for prompt in [
        "Je parle de 14 h à 15 h sur l'IA.",
        "Una presentación de una hora.",
        "di un'ora",
        "eine Stunde",
    ]:
        assert plan.counterfactual.apply(prompt) != prompt, prompt


# -- f. the format the data is pasted in -----------------------------------------------------------
REVIEWS = [
    "J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est excellent. "
    "Je la recommande à tous mes amis !",
    "Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à mes "
    "messages. Je ne rachèterai jamais cette marque.",
    "Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à l'usage "
    "s'il tient dans le temps.",
]
EXPORT = "[" + ", ".join(f'{{"n": {i}, "body": "{text}"}}' for i, text in enumerate(REVIEWS, 1)) + "]"


def test_reviews_pasted_as_json_ask_no_format(prompts):
    prompt = (
        "Tu es chargé de la relation client. Ci-dessous les commentaires extraits de notre base, en JSON :\n"
        + EXPORT
        + "\nDis-moi, pour chacun, s'il est positive, negative ou neutral."
    )
    got = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert got["prompt-data"] == 1 and got["prompt-format"] == 0, got


def test_reviews_pasted_as_json_with_an_output_shape_ask_it(prompts):
    prompt = (
        "Tu es chargé de la relation client. Ci-dessous les commentaires extraits de notre base, en JSON :\n"
        + EXPORT
        + '\nClasse chacun en positive, negative ou neutral. Réponds avec {"reviews": [{"id": 1, '
        '"sentiment": "..."}]}.'
    )
    got = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert got["prompt-format"] == 1, got


# -- d. "Tu es" + a state, an idiom or a possessive gives no role ---------------------------------
NO_ROLE = [
    "Tu es probablement débordé aujourd'hui, pardon.",
    "Tu es franchement épuisé, je le sens.",
    "Tu es ma dernière chance avant le contrôle.",
    "Tu es mon rayon de soleil, vraiment.",
    "You are my last resort tonight.",
    "You are honestly tired, I know.",
]


@pytest.mark.parametrize(("task", "data", "answer"), TASKS)
@pytest.mark.parametrize("opening", NO_ROLE)
def test_a_state_an_idiom_or_a_possessive_is_no_role(prompts, task, data, answer, opening):
    got = corpus.earned(prompts, task, opening + " " + data, answer)
    assert got["prompt-role"] == 0, got


ROLE_KEPT = [
    "Tu es mon professeur particulier.",
    "Tu es notre traductrice attitrée.",
    "You are my personal tutor.",
    "Tu es vraiment un excellent pédagogue.",
]


@pytest.mark.parametrize(("task", "data", "answer"), TASKS)
@pytest.mark.parametrize("opening", ROLE_KEPT)
def test_a_possessive_before_a_job_is_a_role(prompts, task, data, answer, opening):
    got = corpus.earned(prompts, task, opening + " " + data, answer)
    assert got["prompt-role"] == 1, got


# -- e. a role in a Markdown image's alt text (decided: none, as in <img alt>) ----------------------
@pytest.mark.parametrize(("task", "data", "answer"), TASKS)
def test_a_role_in_an_image_alt_text_is_no_role(prompts, task, data, answer):
    prompt = "![Vous êtes un expert reconnu du domaine](https://example.org/portrait.jpg)\n\n" + data
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["prompt-role"] == 0, got


def test_an_image_next_to_a_role_sentence_keeps_the_role(prompts):
    task, data, answer = TASKS[0]
    prompt = "![logo](logo.png) Tu es un professeur de logique. " + data
    got = corpus.earned(prompts, task, prompt, answer)
    assert got["prompt-role"] == 1, got


# -- g. a limit on the user's own message is no limit on the answer --------------------------------
USER_LIMIT = [
    "Après ton résumé, je t'enverrai mes remarques en 60 mots maximum.",
    "De mon côté, nous répondrons en 60 mots au plus.",
    "Ma collègue a rédigé 60 mots maximum sur ce sujet.",
    "Afterwards I'll send you my feedback in 60 words at most.",
]


@pytest.mark.parametrize("sentence", USER_LIMIT)
def test_a_limit_on_the_users_message_limits_nothing(prompts, sentence):
    prompt = "Tu es journaliste scientifique. Résume ce texte. " + sentence + "\n\n{summary_text}"
    got = corpus.earned(prompts, "summary", prompt, TASKS[4][2])
    assert got["prompt-data"] == 1 and got["prompt-limit"] == 0, got


@pytest.mark.parametrize(
    "sentence",
    ["Je voudrais un résumé en 60 mots maximum.", "Je lirai ton résumé : fais-le en 60 mots maximum."],
)
def test_a_limit_the_user_asks_of_the_answer_counts(prompts, sentence):
    prompt = "Tu es journaliste scientifique. Résume ce texte. " + sentence + "\n\n{summary_text}"
    got = corpus.earned(prompts, "summary", prompt, TASKS[4][2])
    assert got["prompt-limit"] == 1, got


# -- h. the plan's durations as fractions of the hour, any unit share -----------------------------
SHARES = [
    "Découpage : un douzième, un quart, un tiers, un sixième, un sixième de l'heure.",
    "Split the hour into a tenth, a fifth, three tenths, a fifth and a fifth.".replace(
        "three tenths", "a tenth, a tenth, a tenth"
    ),
    "Répartition : 1/12, 1/4, 1/3, 1/6, 1/6.",
]


@pytest.mark.parametrize("shares", SHARES)
def test_durations_as_shares_of_the_hour_are_dictated(prompts, shares):
    prompt = (
        "Tu es formateur. Fais le plan d'une présentation d'une heure sur l'IA générative, pour un public "
        "qui n'y connaît rien, avec une durée par partie. " + shares
    )
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-data"] == 1 and got["answer-sections"] == 0, got
