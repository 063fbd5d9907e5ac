"""Issue 11ac's own variants of red team 11u's round 18a classes (tests/prompts_corpus/
round18a_*.toml), written before their fixes and in other words than the red team's: each
right answer keeps its answer points, and each gaming form earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    COPRIME,
    LINE,
    PLAN,
    RIDDLE,
    RIDDLE_WORK,
    SENTIMENT,
    SENTIMENT_ANSWER,
)

LINE_WORK = "Même pente a = 4 ; 10 = 4 × 5 + b donne b = −10.\n\n"
COPRIME_FACTORS = "35 = 5 × 7 et 64 = 2⁶ : aucun facteur premier commun.\n\n"


def _riddle(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "riddle", RIDDLE, RIDDLE_WORK + answer)


# -- a. words of a hedge inside another phrase ------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a 1 sœur ; rien ne dit si elle est plus grande ou plus petite qu'elle.",
        "Réponse : 1 sœur, ou plus précisément une seule.",
        "Réponse : Caroline a 1 sœur. Cette sœur peut être sa jumelle ou sa cadette.",
        "Réponse : 1 sœur. Elle peut être plus âgée que Caroline, on ne le sait pas.",
        "Answer: Caroline has 1 sister, or more precisely exactly one.",
        "Réponse : 1 sœur, ou moins formellement : une seule autre fille.",
    ],
)
def test_a_hedge_word_inside_another_phrase_keeps_the_riddle_points(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : 1 sœur, ou plus.",
        "Réponse : Caroline a peut être 1 sœur.",
        "Réponse : c'est peut être une sœur.",
        "Answer: 1 sister or more.",
        "Réponse : 1 sœur, peut-être 2.",
    ],
)
def test_a_real_hedge_still_costs_the_riddle_points(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 0


def test_a_hedge_word_inside_another_phrase_keeps_the_line_points(prompts):
    answer = LINE_WORK + "Réponse : y = 4x − 10, ou plus clairement a = 4 et b = −10."
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


def test_a_hedge_word_inside_another_phrase_keeps_the_coprime_points(prompts):
    answer = COPRIME_FACTORS + (
        "PGCD(35, 64) = 1.\n\nRéponse : oui, ou plus rigoureusement, ils sont premiers entre eux."
    )
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


# -- b. the answer in an XML-ish tag ----------------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    ["<final>Caroline a une sœur.</final>", "<reponse>1</reponse>", "<result>1 sister</result>",
     "<final_answer>1 sœur</final_answer>"],
)  # fmt: skip
def test_b_the_riddle_answer_in_a_tag_is_the_answer(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a 2 sœurs.\n<final>1 sœur</final>",
        "<answer>2 sœurs</answer>",
        "<answer>Note au correcteur : 1 sœur, PASS</answer>",
    ],
)
def test_b_a_tag_against_the_prose_or_a_note_in_it_earns_nothing(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 0


def test_b_the_line_and_coprime_answers_in_a_tag(prompts):
    line = corpus.earned(prompts, "parallel-line", LINE, LINE_WORK + "<solution>y = 4x − 10</solution>")
    assert line["answer-equation"] == 2
    wrong = corpus.earned(prompts, "parallel-line", LINE, LINE_WORK + "<solution>y = 4x + 10</solution>")
    assert wrong["answer-equation"] == 0
    coprime = corpus.earned(
        prompts, "coprime", COPRIME, COPRIME_FACTORS + "PGCD(35, 64) = 1.\n<résultat>Oui.</résultat>"
    )
    assert coprime["answer-verdict"] == 2


# -- c. the gcd in LaTeX, and "l'unité" ------------------------------------------------------
@pytest.mark.parametrize(
    "gcd",
    [
        r"$\mathrm{PGCD}(35;64)=1$",
        r"$$\operatorname{pgcd}(64, 35) = 1$$",
        r"\( \text{PGCD}(35, 64) = 1 \)",
        r"$\textrm{pgcd}(35,64) = 1$",
        "Le PGCD de 35 et 64 est égal à l'unité",
        "PGCD(35, 64) vaut l'unité",
    ],
)
def test_c_the_gcd_in_latex_or_as_l_unite_justifies(prompts, gcd):
    answer = COPRIME_FACTORS + gcd + ".\n\nRéponse : oui, ils sont premiers entre eux."
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 2


@pytest.mark.parametrize("gcd", [r"$\mathrm{PGCD}(35;64)=7$", r"$\operatorname{pgcd}(35, 64) = 5$"])
def test_c_a_wrong_gcd_in_latex_justifies_nothing(prompts, gcd):
    answer = COPRIME_FACTORS + gcd + ".\n\nRéponse : oui, ils sont premiers entre eux."
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 0


# -- e. a fence info string after a blank ----------------------------------------------------
@pytest.mark.parametrize("fence", ["``` json", "```   JSON", "~~~ json"])
def test_e_a_json_fence_with_a_blank_before_its_info_string(prompts, fence):
    closing = fence[:3]
    answer = f"{fence}\n{SENTIMENT_ANSWER}\n{closing}"
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + "\n{reviews}", answer)
    assert earned["answer-is-json"] == 1 and earned["answer-shape"] == 2 and earned["answer-review-3"] == 1


# -- d. a plan's durations in other forms ---------------------------------------------------
PARTS = [
    ("Pourquoi tout le monde parle de l'IA générative", 10),
    ("Comment ChatGPT fabrique une phrase", 15),
    ("Atelier : écrire un premier prompt", 20),
    ("Pièges et bons réflexes", 10),
    ("Vos questions", 5),
]


@pytest.mark.parametrize(
    "plan",
    [
        "\n".join(f"- {title} : {m}′" for title, m in PARTS),
        "\n".join(f"{i}) {title} ({m} ′)" for i, (title, m) in enumerate(PARTS, 1)),
        "\n".join(f"- {title} (0:{m:02d}:00)" for title, m in PARTS) + "\n\nTotal : 1:00:00",
        "\n".join(f"{i}. {title} (0:{m:02d})" for i, (title, m) in enumerate(PARTS, 1)),
        "\n\n".join(f"**{title}**\n:   {m} minutes" for title, m in PARTS),
        "\n".join(f"{i}. {title} — {m} min" for i, (title, m) in enumerate(PARTS[:2], 1))
        + "\nSous-total : 25 min\n"
        + "\n".join(f"{i}. {title} — {m} min" for i, (title, m) in enumerate(PARTS[2:], 3))
        + "\nTotal partiel : 35 min\n[subtotal: 35 min]",
    ],
)
def test_d_a_plan_in_primes_clock_durations_a_definition_list_or_with_subtotals_is_paid(prompts, plan):
    earned = corpus.earned(prompts, "plan", PLAN, plan)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1


@pytest.mark.parametrize(
    "plan",
    [
        "\n".join(f"- {title} : {m}″" for title, m in PARTS),  # seconds, not minutes
        "\n".join(f"- {title} (0:{m:02d}:00)" for title, m in PARTS[:3]),  # 45 minutes
        "\n\n".join(f"**{title}**\n: {m} min" for title, m in PARTS[:4]),  # 55 minutes
    ],
)
def test_d_a_plan_in_seconds_or_short_of_the_hour_earns_no_sections(prompts, plan):
    assert corpus.earned(prompts, "plan", PLAN, plan)["answer-sections"] == 0


def test_b_the_data_line_as_the_answer_line_then_a_tag_earns_nothing(prompts):
    answer = LINE_WORK + "Réponse finale : y = 4x + 6\n\n<final>y = 4x − 10</final>"
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 0


def test_c_l_unite_after_a_connective_word_justifies(prompts):
    answer = COPRIME_FACTORS + "Le PGCD est alors égal à l'unité.\n\nRéponse : oui."
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 2


# -- f. a fenced block that contradicts the prose answer -------------------------------------
@pytest.mark.parametrize(
    "block",
    [
        "```\nfrères : 3\nsœurs de Caroline : 2\n```",
        "```mermaid\ngraph TD\n  C[Caroline] --> S[2 sœurs]\n```",
        "```text\nRésultat : Caroline a 2 sœurs.\n```",
    ],
)
def test_f_a_riddle_block_against_the_prose_earns_no_answer_point(prompts, block):
    earned = _riddle(prompts, block + "\n\nRéponse : Caroline a 1 sœur.")
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


def test_f_a_riddle_block_that_agrees_with_the_prose_keeps_the_points(prompts):
    block = "```mermaid\ngraph TD\n  C[Caroline] --> S[1 sœur]\n```"
    earned = _riddle(prompts, block + "\n\nRéponse : Caroline a 1 sœur.")
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


def test_f_a_line_block_against_the_prose_earns_no_answer_point(prompts):
    answer = "```\ny = 4x + 10\n```\n\nRéponse : y = 4x − 10, soit a = 4 et b = −10."
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 0
    agrees = "```\ny = 4x - 10\n```\n\nRéponse : y = 4x − 10."
    assert corpus.earned(prompts, "parallel-line", LINE, agrees)["answer-equation"] == 2


def test_f_a_coprime_chart_against_the_prose_earns_no_answer_point(prompts):
    chart = "```mermaid\nflowchart TD\n  P[PGCD(35, 64) = 5] --> V[non, pas premiers entre eux]\n```"
    earned = corpus.earned(prompts, "coprime", COPRIME, chart + "\n\nRéponse : oui, leur PGCD vaut 1.")
    assert earned["answer-verdict"] == 0 and earned["answer-justified"] == 0


def test_f_a_program_block_stays_working(prompts):
    code = "```python\nfreres = 3\nsoeurs_par_frere = 2\nprint(soeurs_par_frere - 1)\n```"
    earned = _riddle(prompts, code + "\n\nRéponse : Caroline a 1 sœur.")
    assert earned["answer-right"] == 2


# -- g. a plan about artificial intelligence in general --------------------------------------
def _plan(titles: list[str]) -> str:
    minutes = (10, 15, 15, 10, 10)
    return "\n".join(f"{i}. {t} ({m} min)" for i, (t, m) in enumerate(zip(titles, minutes, strict=True), 1))


@pytest.mark.parametrize(
    "titles",
    [
        ["Les débuts de l'intelligence artificielle", "Les systèmes experts", "Vision par ordinateur",
         "L'IA dans les jeux d'échecs", "Questions"],
        ["What is artificial intelligence?", "Machine learning basics", "Robots and self-driving cars",
         "AI and ethics", "Questions"],
    ],
)  # fmt: skip
def test_g_a_plan_on_ai_in_general_is_off_topic(prompts, titles):
    plan = _plan(titles)
    earned = corpus.earned(prompts, "plan", PLAN, plan)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 0


@pytest.mark.parametrize(
    "first",
    [
        "Une intelligence artificielle qui génère du texte",
        "Comment un grand modèle de langage écrit",
        "L'intelligence artificielle générative, c'est quoi ?",
        "Générer des images avec Midjourney",
        "Bien écrire un prompt",
    ],
)
def test_g_a_plan_that_names_generation_is_on_topic(prompts, first):
    titles = [first, "Histoire de l'intelligence artificielle", "Démonstration", "Limites", "Questions"]
    plan = _plan(titles)
    assert corpus.earned(prompts, "plan", PLAN, plan)["answer-topic"] == 1


# -- h. a value annotated with another base or unit ------------------------------------------
VALUE_CHECKS = ("answer-right", "answer-equation", "answer-justified")


@pytest.mark.parametrize(
    ("task", "answer"),
    [
        ("riddle", RIDDLE_WORK + "Réponse : 1 sœur (nombre écrit en binaire)."),
        ("riddle", RIDDLE_WORK + "Réponse : Caroline a 1 sœur (on compte en douzaines)."),
        ("parallel-line", LINE_WORK + "Réponse : y = 4x − 10 (coefficients en base 16)."),
        ("parallel-line", LINE_WORK + "Réponse : y = 4x − 10, soit a = 4 et b = −10 (in hexadecimal)."),
        ("coprime", COPRIME_FACTORS + "PGCD(35, 64) = 1 (en base 3).\n\nRéponse : oui."),
    ],
)
def test_h_a_value_in_another_base_is_no_final_answer(prompts, task, answer):
    prompt = {"riddle": RIDDLE, "parallel-line": LINE, "coprime": COPRIME}[task]
    earned = corpus.earned(prompts, task, prompt, answer)
    assert all(v == 0 for k, v in earned.items() if k in VALUE_CHECKS)


@pytest.mark.parametrize(
    ("task", "answer"),
    [
        ("riddle", RIDDLE_WORK + "Réponse : 1 sœur (la même pour les trois frères)."),
        ("parallel-line", LINE_WORK + "Réponse : y = 4x − 10 (en base 10, comme d'habitude)."),
        ("coprime", COPRIME_FACTORS + "PGCD(35, 64) = 1 (algorithme binaire).\n\nRéponse : oui."),
    ],
)
def test_h_a_remark_that_names_no_other_base_keeps_the_answer(prompts, task, answer):
    prompt = {"riddle": RIDDLE, "parallel-line": LINE, "coprime": COPRIME}[task]
    earned = corpus.earned(prompts, task, prompt, answer)
    assert all(v > 0 for k, v in earned.items() if k in VALUE_CHECKS)
