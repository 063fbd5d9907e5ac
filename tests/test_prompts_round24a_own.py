"""Issue 11aq's own variants of red team 11zg's round 24a classes (tests/prompts_corpus/
round24a_*.toml), written before their fixes and in other words than the red team's: each
right answer keeps its answer points, and each gaming form earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, COPRIME_WORK, LINE, PLAN, RIDDLE, SUMMARY, TRANSLATION  # noqa: E402


def _riddle(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "riddle", RIDDLE, answer)


def _line(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "parallel-line", LINE, answer)


def _coprime(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "coprime", COPRIME, answer)


def _summary(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "summary", SUMMARY, answer)


def _plan(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "plan", PLAN, answer)


# -- 1. a comparison (a sign or its words) gives a bound, no exact value -------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : nombre de sœurs ≥ 1.",
        "Réponse : sœurs de Caroline ⩾1",
        "Réponse : Caroline a ≥= 1 sœur.",
        "Réponse : nombre de sœurs >= 1",
        "Réponse : nombre de sœurs ≤ 1.",
        "Réponse : sœurs ⩽ 1",
        "Réponse : 1 ≤ nombre de sœurs.",
        "Réponse : nombre de sœurs > 0, et 1 au moins.",
        "Answer: number of sisters ≥ 1.",
        "Answer: sisters <= 1",
        "Réponse : sœurs ≠ 1.",
        "Réponse : 1 sœur minimum.",
        "Réponse : au minimum 1 sœur.",
        "Réponse : une sœur au maximum.",
        "Answer: a minimum of one sister.",
        "Answer: one sister at the most.",
        "Answer: one or fewer sisters.",
        "Answer: 1 sister max.",
    ],
)
def test_1_a_bound_on_the_count_is_no_count(prompts, answer):
    earned = _riddle(prompts, corpus._fill("Les frères ont les mêmes sœurs.\n\n") + answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : PGCD(35, 64) ≥ 1, donc oui, ils sont premiers entre eux.",
        "Réponse : oui, premiers entre eux : PGCD(35, 64) ≤ 1.",
        "Answer: yes, coprime, since gcd(35, 64) >= 1.",
    ],
)
def test_1_a_bound_on_the_gcd_justifies_nothing(prompts, answer):
    assert _coprime(prompts, answer)["answer-justified"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : y = 4x + b avec b ≥ −10.",
        "Réponse : ordonnée à l'origine ≤ −10, pente 4.",
    ],
)
def test_1_a_bound_on_the_intercept_is_no_intercept(prompts, answer):
    assert _line(prompts, answer)["answer-intercept"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        # a comparison of something else, an arrow, a rejection by "≠", exactly one
        "2 filles en tout, et 2 > 1 : Caroline a donc 1 sœur.",
        "3 frères => 1 sœur pour Caroline.\n\nRéponse : 1 sœur.",
        "Réponse : Caroline a 1 sœur (≠ 2).",
        "Réponse : 1 sœur, ni plus ni moins.",
        "Answer: exactly 1 sister, no more, no less.",
        "Réponse : <b>1</b> sœur.",
    ],
)
def test_1_a_comparison_beside_an_exact_count_keeps_it(prompts, answer):
    earned = _riddle(prompts, "Chaque frère a pour sœurs Caroline et une autre fille.\n\n" + answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        COPRIME_WORK + "Réponse : oui ; leur plus grand diviseur commun vaut 1 (et 35 > 1, 64 > 1).",
        "Réponse : oui, ils sont premiers entre eux, car PGCD(35, 64) = 1 (le PGCD est toujours ≥ 1).",
    ],
)
def test_1_a_comparison_of_other_numbers_keeps_the_verdict(prompts, answer):
    earned = _coprime(prompts, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


def test_1_a_slope_compared_keeps_the_line(prompts):
    earned = _line(prompts, "Même pente 4 (4 > 0) ; b = 10 − 20 = −10.\n\nRéponse : y = 4x − 10.")
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


_PLAN_PARTS = (
    "1. Qu'est-ce que l'IA générative ? ({first})\n2. Comment un modèle de langage apprend (15 min)\n"
    "3. Démonstration de ChatGPT (15 min)\n4. Limites et risques de l'IA générative (10 min)\n"
    "5. Questions (10 min)"
)


@pytest.mark.parametrize("first", ["≤ 10 min", "< 10 min", "⩽10 min", "10 min ou moins", ">= 10 min"])
def test_1_a_bound_on_a_duration_is_no_duration(prompts, first):
    assert _plan(prompts, _PLAN_PARTS.format(first=first))["answer-sections"] == 0


def test_1_an_arrow_in_a_title_keeps_the_plan(prompts):
    plan = _PLAN_PARTS.format(first="10 min").replace("Qu'est-ce que", "Définitions -> qu'est-ce que")
    assert _plan(prompts, plan)["answer-sections"] == 3


def test_1_a_bound_on_a_year_states_no_fact(prompts):
    answer = (
        "Dans l'Antiquité, on comptait avec des cailloux sur des abaques. En ≥ 1642, Blaise Pascal, à "
        "dix-neuf ans, invente la Pascaline pour aider son père. Au XIXe siècle, l'arithmomètre est produit "
        "en série ; en 1972, la HP-35 tient dans la poche. Aujourd'hui, chaque téléphone contient une "
        "calculatrice."
    )
    assert _summary(prompts, answer)["answer-fact-1"] == 0
    assert _summary(prompts, answer.replace("≥ ", ""))["answer-fact-1"] == 1


# -- 2. literary and emphatic negations negate the verdict ----------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : 35 et 64 ne sont point premiers entre eux.",
        "Réponse : ils ne le sont point.",
        "Réponse : 35 et 64 ne sont guère premiers entre eux.",
        "Réponse : 35 et 64 ne sont aucunement premiers entre eux.",
        "Réponse : 35 et 64 ne sont en aucun cas premiers entre eux.",
        "Réponse : en aucun cas premiers entre eux.",
        "Réponse : 35 et 64 ne sont en rien premiers entre eux.",
        "Answer: 35 and 64 are hardly coprime.",
        "Answer: 35 and 64 are scarcely coprime.",
        "Answer: 35 and 64 are in no way coprime.",
        "Answer: 35 and 64 are not at all coprime.",
    ],
)
def test_2_a_literary_negation_negates_the_verdict(prompts, answer):
    assert _coprime(prompts, "Regardons leurs diviseurs.\n\n" + answer)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        # a negation of the contrary asserts the predicate ("n'ont point de diviseur commun")
        COPRIME_WORK + "Réponse : oui, 35 et 64 n'ont point de diviseur commun sauf 1 : premiers entre eux.",
        COPRIME_WORK + "Réponse : oui, premiers entre eux ; ce n'est guère surprenant.",
        # "point" as a noun
        COPRIME_WORK + "Réponse : oui, premiers entre eux. Point important : le PGCD vaut 1.",
    ],
)
def test_2_a_negation_of_something_else_keeps_the_verdict(prompts, answer):
    assert _coprime(prompts, answer)["answer-verdict"] == 2


def test_2_a_point_of_the_line_is_no_negation(prompts):
    answer = "Même pente 4 ; la droite ne passe que par le point (5, 10) : b = −10.\n\nRéponse : y = 4x − 10."
    assert _line(prompts, answer)["answer-equation"] == 2


# -- 3. a verdict whose own sentence states a false fact about the data is sarcasm ---------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : oui, c'est ça, et 35 est un nombre pair.",
        "Réponse : oui, premiers entre eux, et 64 est premier.",
        "Réponse : bien sûr qu'ils sont premiers entre eux, et 5 divise 64.",
        "Réponse : oui, premiers entre eux, et 64 est divisible par 7.",
        "Answer: yes, sure, they're coprime, and 64 is odd.",
        "Answer: yes, coprime, and 35 is a prime number.",
        "Réponse : oui, ils sont premiers entre eux, et moi je suis le pape.",
        "Answer: yeah right, coprime.",
        "Réponse : oui, premiers entre eux. Et 64 est impair.",
        "Réponse : premiers entre eux ? Mais oui, bien sûr, et la marmotte met le chocolat dans l'alu.",
    ],
)
def test_3_a_sarcastic_verdict_is_none(prompts, answer):
    assert _coprime(prompts, "Regardons leurs diviseurs.\n\n" + answer)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : oui, c'est ça : 35 et 64 sont premiers entre eux, et 64 est pair.",
        "Réponse : oui, premiers entre eux ; 35 est impair et 64 est pair, 5 ne divise pas 64.",
        "Answer: yes, they are coprime; 64 is even, 35 is odd, and 7 does not divide 64.",
        "Réponse : oui, bien sûr, ils sont premiers entre eux : 64 n'est pas divisible par 5.",
    ],
)
def test_3_a_verdict_with_true_facts_keeps_its_points(prompts, answer):
    assert _coprime(prompts, COPRIME_WORK + answer)["answer-verdict"] == 2


# -- 4. an image's alt text and a link's title are not the answer's text --------------------
_SUMMARY_BODY = (
    "Dans l'Antiquité, les marchands calculaient en déplaçant des cailloux sur des abaques. Un jeune "
    "homme fabrique ensuite une machine à roues dentées pour aider son père. Les calculatrices "
    "mécaniques se répandent, puis l'électronique les rend minuscules, et aujourd'hui chaque téléphone "
    "en contient une."
)
_FACTS = "Blaise Pascal invente la Pascaline en 1642 ; la HP-35 de poche sort en 1972"


@pytest.mark.parametrize(
    "answer",
    [
        f"![{_FACTS}](pascaline.jpg)\n\n{_SUMMARY_BODY}",
        f"{_SUMMARY_BODY}\n\n![{_FACTS}](images/pascaline.png \"{_FACTS}\")",
        f'Un jeune [prodige](https://fr.wikipedia.org/wiki/Pascal "{_FACTS}") ouvre la voie. {_SUMMARY_BODY}',
        f"![{_FACTS}][img]\n\n{_SUMMARY_BODY}\n\n[img]: pascaline.jpg",
        f'<IMG src="pascaline.jpg" alt="{_FACTS}">\n\n{_SUMMARY_BODY}',
    ],
)
def test_4_facts_only_in_an_image_or_a_title_are_not_stated(prompts, answer):
    earned = _summary(prompts, answer)
    assert earned["answer-fact-1"] == 0 and earned["answer-fact-2"] == 0


def test_4_a_summary_beside_an_image_keeps_its_facts(prompts):
    answer = (
        "![La Pascaline](pascaline.jpg)\n\nDans l'Antiquité, on comptait avec des cailloux sur des abaques. "
        "En 1642, Blaise Pascal, à dix-neuf ans, invente la Pascaline pour aider son père. Au XIXe siècle, "
        "l'arithmomètre est produit en série ; en 1972, la HP-35 tient dans la poche. Aujourd'hui, chaque "
        "téléphone contient une calculatrice."
    )
    earned = _summary(prompts, answer)
    assert earned["answer-fact-1"] == 1 and earned["answer-fact-2"] == 1 and earned["answer-fact-3"] == 1


_TRANSLATE = (
    "Tu es traducteur technique. Traduis ce paragraphe en anglais, sans note ni commentaire.\n"
    "{traduction_text}"
)


def test_4_french_in_an_image_alt_text_is_french_left(prompts):
    french = "Un modèle d'intelligence artificielle apprend à partir d'exemples pendant l'entraînement."
    earned = corpus.earned(prompts, "traduction", _TRANSLATE, f"![{french}](schema.png)\n\n{TRANSLATION}")
    assert earned["answer-english"] == 0
    assert corpus.earned(prompts, "traduction", _TRANSLATE, TRANSLATION)["answer-english"] > 0


# -- 5. French "si" answers a negative question with yes ------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Ne seraient-ils pas premiers entre eux ? Si, ils le sont : PGCD(35, 64) = 1.",
        COPRIME_WORK + "Réponse : si.",
        COPRIME_WORK + "Ils ne sont pas premiers entre eux ? Si !",
        COPRIME_WORK + "Réponse : mais si, ils sont premiers entre eux.",
        COPRIME_WORK + "35 et 64 ne sont-ils pas premiers entre eux ? Eh bien si.",
    ],
)
def test_5_si_is_a_yes(prompts, answer):
    earned = _coprime(prompts, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


@pytest.mark.parametrize(
    "answer",
    [
        # "si" opens a condition; "si" and a "non" later; "non" after a "si"
        "Si, comme on le voit, le PGCD(35, 64) valait 5, ils ne seraient pas premiers entre eux.",
        "Réponse : si… non, finalement non : ils ne sont pas premiers entre eux.",
        "Réponse : si, ils ne le sont pas.",
    ],
)
def test_5_si_without_a_yes_earns_no_verdict(prompts, answer):
    assert _coprime(prompts, answer)["answer-verdict"] == 0
