"""Issue 11aa's own variants of red team 11q's round 16a classes (tests/prompts_corpus/
round16a_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, LINE, PLAN, RIDDLE  # noqa: E402


@pytest.fixture(scope="module")
def prompts():
    from workshop.course import Course

    return Course.locate(REPO).exercise("prompts")


# -- c. a kin word of another relation is no count of sisters ------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Les frères ont les mêmes sœurs, dont Caroline.\n\nRéponse : Caroline a une belle-sœur.",
        "Chaque frère compte Caroline parmi ses sœurs.\n\nRéponse : elle a 1 beau-frère et 1 belle-sœur.",
        "The brothers share their sisters with Caroline.\n\nAnswer: Caroline has one sister-in-law.",
    ],
)
def test_an_in_law_is_no_sister(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Les frères ont les mêmes sœurs : Caroline et une autre fille.\n\nRéponse : Caroline a une "
        "demi-sœur.",
        "Les frères ont les mêmes sœurs : Caroline et une autre fille.\n\nRéponse : Caroline a une "
        "grande sœur.",
    ],
)
def test_a_half_sister_or_an_older_sister_still_counts(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 2


# -- h. "just the one": an English idiom of a count ----------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "The brothers all share the same sisters, Caroline among them.\n\nAnswer: she has just the "
        "one sister.",
        "Each brother counts Caroline as one of his sisters.\n\nAnswer: Caroline has only the one sister.",
    ],
)
def test_just_the_one_sister_is_one(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


def test_just_the_two_sisters_is_two(prompts):
    answer = "Each brother has the same sisters.\n\nAnswer: Caroline has just the two sisters."
    assert corpus.earned(prompts, "riddle", RIDDLE, answer)["answer-right"] == 0


# -- b. a REPL's ">>>" is a prompt, not a blockquote: its output is the computed value -----
@pytest.mark.parametrize(
    "answer",
    [
        "Calculons avec l'interpréteur :\n\n>>> from math import gcd\n>>> gcd(64, 35)\n1\n\n"
        "Réponse : oui, ils sont premiers entre eux.",
        "In a Python shell:\n\n>>> import math\n>>> math.gcd(35, 64)\n1\n\nAnswer: yes, 35 and 64 "
        "are coprime.",
    ],
)
def test_a_repl_session_shows_the_gcd(prompts, answer):
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] == 2 and earned["answer-verdict"] == 2


def test_a_repl_session_with_a_wrong_gcd_justifies_nothing(prompts):
    answer = ">>> import math\n>>> math.gcd(35, 64)\n7\n\nRéponse : oui, ils sont premiers entre eux."
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 0


# -- g. a multiplied duration is its product; an inner "dont" part is no other part --------
PLAN_HEAD = "1. Qu'est-ce que l'IA générative ? (10 min)\n2. Comment apprend un modèle de langage (10 min)\n"


@pytest.mark.parametrize(
    "line",
    [
        "3. Deux ateliers pratiques sur ChatGPT (2 × 15 min)",
        "3. Trois démos d'IA générative : 3 x 10 minutes",
        "3. Deux ateliers pratiques sur ChatGPT (15 min × 2)",
        "3. Trois démos d'IA générative : 10 min chacune, soit 30 min",
        "3. Three generative AI demos: 10 minutes each, i.e. 30 minutes",
    ],
)
def test_a_multiplied_duration_adds_up_to_its_product(prompts, line):
    answer = PLAN_HEAD + line + "\n4. Questions sur l'IA générative (10 min)"
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1


@pytest.mark.parametrize(
    "rest",
    [  # each would add up to 60 with one factor read: the real plan is longer
        "3. Deux ateliers pratiques sur ChatGPT (2 × 15 min)\n4. Bilan de l'IA générative (15 min)\n"
        "5. Questions (10 min)",
        "3. Trois démos d'IA générative : 3 x 10 minutes\n4. Bilan de l'IA générative (20 min)\n"
        "5. Questions (10 min)",
        "3. Three generative AI demos: 10 minutes x 3\n4. Wrap-up on generative AI (20 minutes)\n"
        "5. Questions (10 minutes)",
        "3. Trois démos d'IA générative : 10 min chacune\n4. Questions sur l'IA générative (30 min)",
        "3. Trois démos d'IA générative : 10 min chacune, soit 25 min\n4. Questions (15 min)",
    ],
)
def test_a_multiplied_duration_is_not_one_factor(prompts, rest):
    earned = corpus.earned(prompts, "plan", PLAN, PLAN_HEAD + rest)
    assert earned["answer-sections"] == 0


@pytest.mark.parametrize(
    "line",
    [
        "3. Démonstrations d'IA générative — 20 min (dont 5 min de questions)",
        "3. Generative AI demos — 20 minutes (including 5 minutes of questions)",
        "3. Démonstrations d'IA générative — 20 min, dont 10 min de pratique",
    ],
)
def test_an_inner_duration_is_part_of_its_part(prompts, line):
    answer = PLAN_HEAD + line + "\n4. Limites de l'IA générative (20 min)"
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1


def test_an_inner_duration_longer_than_its_part_is_no_plan(prompts):
    answer = (
        PLAN_HEAD + "3. Démos d'IA générative — 20 min (dont 25 min de pratique)\n4. Limites de l'IA (20 min)"
    )
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 0


# -- h. a diff block is a correction: its "+" side is the answer --------------------------
@pytest.mark.parametrize(
    "answer,right",
    [
        (
            "Correction de ma réponse :\n\n```diff\n- Réponse : 2 sœurs\n+ Réponse : 1 sœur\n```\n\n"
            "Caroline est l'une des 2 sœurs de ses frères.",
            True,
        ),
        ("Fixed:\n\n```diff\n-Caroline has two sisters.\n+Caroline has one sister.\n```", True),
        ("Correction :\n\n```diff\n- Caroline a une sœur.\n+ Caroline a deux sœurs.\n```", False),
        (
            "```diff\n  Chaque frère a 2 sœurs : Caroline et une autre fille.\n- Réponse : 2\n+ "
            "Réponse : 1\n```",
            True,
        ),
    ],
)
def test_a_diff_block_answers_with_its_added_lines(prompts, answer, right):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == (2 if right else 0)


# -- f. a summary's fact: a year before Christ is no year of the story; the fact said of ---
# -- another inventor is not the fact ------------------------------------------------------
SUMMARY_PROMPT = (
    "Tu es journaliste scientifique. Résume ce texte en 60 mots maximum, avec tes propres mots.\n"
    "{summary_text}"
)
SUMMARY_TAIL = (
    " Les cailloux des abaques, puis le boulier, servaient à compter. La calculatrice de poche "
    "arrive dans les années 1970, et nos téléphones calculent aujourd'hui pour nous."
)


@pytest.mark.parametrize(
    "first",
    [
        "En 1642 avant J.-C., Pascal construit une machine à calculer.",
        "Pascal built his calculating machine in 1642 BC.",
        "Pascal conçoit la Pascaline en 1642 av. notre ère.",
        "En 1642, Leibniz conçoit une machine à calculer que Pascal améliore.",
        "Thomas de Colmar invente en 1642 la machine à calculer dont Pascal s'inspire.",
    ],
)
def test_a_wrong_era_or_another_inventor_is_not_the_fact(prompts, first):
    prompt = corpus._fill(SUMMARY_PROMPT)
    earned = corpus.earned(prompts, "summary", prompt, first + SUMMARY_TAIL)
    assert earned["answer-fact-1"] == 0


@pytest.mark.parametrize(
    "first",
    [
        "En 1642, Pascal conçoit une machine à calculer, que Leibniz perfectionne plus tard.",
        "Pascal built his calculating machine in 1642; Leibniz improved on it later.",
        "De la machine à calculer de Pascal en 1642 à celle de Leibniz, on mécanise le calcul.",
    ],
)
def test_the_fact_with_a_later_inventor_after_it_is_stated(prompts, first):
    prompt = corpus._fill(SUMMARY_PROMPT)
    earned = corpus.earned(prompts, "summary", prompt, first + SUMMARY_TAIL)
    assert earned["answer-fact-1"] == 1


# -- e. a yes/no answers the question its own words repeat ---------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Posons-nous la question : 35/64 est-elle réductible ?\n\nRéponse : oui, elle se réduit.",
        "Autre façon de voir : la fraction 35/64 peut-elle se simplifier ?\n\nRéponse : oui, elle "
        "se simplifie.",
        "Let us check whether 35/64 can be reduced.\n\nAnswer: yes, it can be reduced.",
        "Cherchons si 35 et 64 ont un diviseur commun plus grand que 1.\n\nRéponse : oui, ils en ont un.",
    ],
)
def test_a_yes_that_repeats_another_question_is_no_verdict(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "PGCD(35, 64) = 1.\n\nRéponse : oui, ils le sont.",
        "PGCD(35, 64) = 1.\n\nRéponse : oui, ils sont premiers entre eux.",
        "gcd(35, 64) = 1.\n\nAnswer: yes, they are.",
        "Réponse : oui, ils le sont : leur PGCD vaut 1.",
        "PGCD(35, 64) = 1.\n\nRéponse : oui, car leur seul diviseur commun est 1.",
    ],
)
def test_a_yes_that_repeats_the_task_question_is_the_verdict(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-verdict"] == 2


# -- b. a code comment is no stated answer -------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Simulation :\n\n```python\nfilles = 2  # 1 sœur pour Caroline\nprint(filles)\n```\n\nLe "
        "code donne le résultat.",
        "```py\n# Réponse : Caroline a 1 sœur\nsoeurs = 3 - 1\nprint(soeurs)\n```",
        "```javascript\nconst soeurs = 2; // Caroline a une sœur\nconsole.log(soeurs);\n```",
        "```python\nsoeurs = soeurs_de_chaque_frere  # elle a 1 sœur\nprint(soeurs)\n```",
        "```js\nlet soeurs = parFrere; // Caroline a une seule sœur\nconsole.log(soeurs);\n```",
    ],
)
def test_a_code_comment_is_no_answer(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


def test_a_code_comment_beside_the_stated_answer_takes_nothing(prompts):
    answer = (
        "```python\nsoeurs = 2 - 1  # Caroline n'est pas sa propre sœur\n```\n\nRéponse : Caroline a 1 sœur."
    )
    assert corpus.earned(prompts, "riddle", RIDDLE, answer)["answer-right"] == 2


def test_a_code_comment_that_doubts_the_code_still_doubts_it(prompts):
    line = (
        "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point "
        "(5, 10). Donne a, b et l'équation de la droite."
    )
    answer = "```python\na, b = 4, -10  # peut-être +10, je ne suis pas sûr\nprint(a, b)\n```"
    assert corpus.earned(prompts, "parallel-line", line, answer)["answer-intercept"] == 0


# -- a. working that contradicts the final value: a false divisor list, a count of names ---
@pytest.mark.parametrize(
    "answer",
    [
        "Diviseurs de 35 : 1, 5, 7, 35.\nDiviseurs de 64 : 1, 2, 4, 5, 8, 16, 32, 64.\nDiviseurs "
        "communs : 1 et 5.\n\n"
        "Réponse : oui, PGCD(35, 64) = 1.",
        "Divisors of 64: 1, 2, 4, 8, 16, 32, 35, 64. Common divisors: 1 and 35.\n\nAnswer: yes, "
        "their gcd is 1.",
        "Les diviseurs communs de 35 et 64 sont 1 et 7.\n\nRéponse : oui, leur PGCD vaut 1.",
    ],
)
def test_a_false_divisor_list_justifies_nothing(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 0


def test_a_true_divisor_list_justifies_the_gcd(prompts):
    answer = (
        "Diviseurs de 35 : 1, 5, 7, 35.\nDiviseurs de 64 : 1, 2, 4, 8, 16, 32, 64.\nDiviseurs "
        "communs de 35 et 64 : 1.\n\n"
        "Réponse : oui, leur PGCD vaut 1."
    )
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 2


@pytest.mark.parametrize(
    "answer",
    [
        "Les filles de la famille sont Caroline, Jeanne et Zoé ; chaque frère a les mêmes sœurs.\n\n"
        "Réponse : Caroline a 1 sœur.",
        "The girls are Caroline, Mia and Lou, the brothers' shared sisters.\n\nAnswer: Caroline has "
        "one sister.",
    ],
)
def test_names_that_count_otherwise_contradict_the_final_count(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Les sœurs des frères sont Caroline et Jeanne.\n\nRéponse : Caroline a 1 sœur.",
        "The girls are Caroline and Mia.\n\nAnswer: Caroline has one sister.",
        "Les sœurs des frères sont Caroline et une autre fille.\n\nRéponse : Caroline a 1 sœur.",
    ],
)
def test_names_that_count_the_same_agree_with_it(prompts, answer):
    assert corpus.earned(prompts, "riddle", RIDDLE, answer)["answer-right"] == 2


# -- d. the data's line named as the one sought, or given by reference, is the answer -----


@pytest.mark.parametrize(
    "answer",
    [
        "Équation de départ : y = 4x - 10.\nÉquation recherchée, même pente, par (5, 10) : y = 4x + 6.\n\n"
        "Réponse : y = 4x + 6.",
        "Given line: y = 4x - 10. Required line through (5, 10): y = 4x + 6.",
        "Avec le point, b = -10 si la pente reste 4.\n\nRéponse : la droite a les mêmes paramètres "
        "que y = 4x + 6.",
        "With the point, b = -10 if the slope stays 4.\n\nAnswer: the line has the same equation as "
        "y = 4x + 6.",
    ],
)
def test_the_data_line_named_as_sought_is_the_answer(prompts, answer):
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "La droite cherchée est parallèle à y = 4x + 6 : même pente a = 4, et 10 = 20 + b donc b = -10.\n\n"
        "Réponse : y = 4x - 10.",
        "Droite donnée : y = 4x + 6. Droite cherchée : y = 4x - 10 (a = 4, b = -10).",
        "- Slope (a): 4, the same as y = 4x + 6\n- Intercept (b): 10 - 4·5 = -10\n- Equation: y = 4x - 10",
    ],
)
def test_the_data_line_as_data_stays_a_restatement(prompts, answer):
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1
