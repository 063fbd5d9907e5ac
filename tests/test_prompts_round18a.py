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
