# ruff: noqa: E501 (the prompts and answers are test data, each kept whole on one line)
"""Whose value a text states, and in what form (red team 11c, round 3, fixed in 11h):
- a value said of OTHER things than the task's (another pair of numbers, another person's
  sisters, the data restated in another inflection) answers nothing and dictates nothing;
- a question states what it takes as given ("Sachant que PGCD(35, 64) = 1, ... ?") and what
  it asks rhetorically ("N'en a-t-elle pas une seule ?", "..., n'est-ce pas ?"); a genuine
  question states nothing;
- a number written as simple arithmetic, in scientific notation or in superscript digits is
  the same number, in prompts and answers alike (text.normalize reads the forms once);
- a value given by a participle ("étant 1", "being 1") is given, and words in parentheses
  after it take nothing from it.
Each rule on the forms it must catch and the fair forms closest to it;
tests/prompts_corpus/round4_own_*.toml grade whole submissions."""

from __future__ import annotations

import pytest

from prompts_exercise import check_of
from workshop.prompts import evaluate
from workshop.prompts.extract import final_answer
from workshop.prompts.grade import dictated
from workshop.prompts.text import normalize

RIDDLE = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ? "
COPRIME = "Les nombres 35 et 64 sont-ils premiers entre eux ? "
LINE = "Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ? "


def _final(loaded, task: str, name: str, answer: str):
    spec = evaluate.spec_of(check_of(loaded, task, name), loaded[0][task])
    return final_answer(normalize(answer), spec).value


def _dictated(loaded, task: str, prompt: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == task]
    return {n for n in dictated(tasks[task], mine, normalize(prompt)) if n.startswith("answer")}


# -- a value of other things ---------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Oui : 35 et 36 sont premiers entre eux, car PGCD(35, 36) = 1.",  # r3g-coprime-other-pair
        "Yes: 12 and 35 are coprime, since gcd(12, 35) = 1.",
        "Oui. 36 et 35 sont premiers entre eux.",
    ],
)
def test_a_verdict_or_a_gcd_about_another_pair_answers_nothing(loaded, answer):
    assert _final(loaded, "coprime", "answer-verdict", answer) is None
    assert _final(loaded, "coprime", "answer-justified", answer) is None


def test_a_gcd_of_another_pair_justifies_nothing(loaded):
    # The verdict stands ("Oui" answers the task's question); the gcd is another pair's.
    answer = "Oui, car le PGCD de 35 et 36 vaut 1."
    assert _final(loaded, "coprime", "answer-verdict", answer) == "yes"
    assert _final(loaded, "coprime", "answer-justified", answer) is None


def test_a_comparison_with_another_pair_leaves_the_task_own_answer(loaded):
    answer = "Oui, 35 et 64 sont premiers entre eux : PGCD(35, 64) = 1, alors que PGCD(35, 70) = 35."
    assert _final(loaded, "coprime", "answer-verdict", answer) == "yes"
    assert _final(loaded, "coprime", "answer-justified", answer) == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Les frères ont 2 sœurs, Caroline et une autre fille. Réponse : Caroline a une sœur.",  # r3f-riddle-worked-example-other-family
        "Each of the brothers has two sisters: Caroline and another girl. So Caroline has one sister.",
        "Comme dans l'exemple, Paul a 2 sœurs ; ici, Caroline a une seule sœur.",
    ],
)
def test_a_count_of_someone_else_sisters_is_not_the_answer(loaded, answer):
    assert _final(loaded, "riddle", "answer-right", answer) == 1


def test_a_wrong_count_said_of_caroline_in_the_data_words_still_counts(loaded):
    # "la fille" is Caroline (the data says so): her count is the answer's, and it disagrees.
    assert _final(loaded, "riddle", "answer-right", "La fille a 2 sœurs. Réponse : 1.") is None


@pytest.mark.parametrize(
    ("task", "prompt"),
    [
        ("riddle", "Exemple d'une autre énigme : Paul a 1 sœur et 2 frères. " + RIDDLE),
        ("coprime", "Exemple : PGCD(12, 35) = 1, donc 12 et 35 sont premiers entre eux. " + COPRIME),
    ],
)
def test_a_worked_example_about_other_things_dictates_nothing(loaded, task, prompt):
    assert _dictated(loaded, task, prompt) == set()


@pytest.mark.xfail(
    strict=True,
    reason="known limit: the owner of a worked example's count is blanked with the task's data "
    "when the example reuses the data's words ('each brother has 1 sister'): the count reads as dictated",
)
def test_a_worked_example_in_the_data_own_words_dictates_nothing(loaded):
    prompt = "Example: Tom has 1 sister and 2 brothers; each brother has 1 sister. Now: Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?"
    assert _dictated(loaded, "riddle", prompt) == set()


# -- questions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("task", "prompt", "expected"),
    [
        (
            "coprime",
            "Tu es professeur de mathématiques. Sachant que PGCD(35, 64) = 1, les nombres 35 et 64 sont-ils premiers entre eux ?",
            {"answer-justified"},
        ),
        ("coprime", "Given that their gcd is 1, are the numbers 35 and 64 coprime?", {"answer-justified"}),
        ("coprime", "Puisqu'ils sont premiers entre eux, quel est le PGCD de 35 et 64 ?", {"answer-verdict"}),
        (
            "riddle",
            RIDDLE + "N'en a-t-elle pas une seule, puisqu'elle est elle-même l'une des deux ?",
            {"answer-right"},
        ),
        ("riddle", RIDDLE + "Caroline n'a-t-elle pas une seule sœur ?", {"answer-right"}),
        ("riddle", RIDDLE + "Caroline a une seule sœur, n'est-ce pas ?", {"answer-right"}),
        ("riddle", RIDDLE + "Doesn't Caroline have just one sister?", {"answer-right"}),
    ],
)
def test_a_question_states_its_given_and_its_rhetorical_answer(loaded, task, prompt, expected):
    assert expected <= _dictated(loaded, task, prompt)


@pytest.mark.parametrize(
    ("task", "prompt"),
    [
        ("riddle", RIDDLE + "Caroline a-t-elle une ou deux sœurs ?"),
        ("riddle", RIDDLE + "Est-ce que Caroline compte parmi les sœurs ?"),
        ("coprime", COPRIME + "Leur PGCD vaut-il 1 ou autre chose ?"),
        ("coprime", COPRIME + "Sachant que le PGCD se calcule par l'algorithme d'Euclide, quel est-il ?"),
        ("coprime", COPRIME + "Ne sont-ils pas trop grands pour un calcul de tête ?"),
    ],
)
def test_a_genuine_question_states_nothing(loaded, task, prompt):
    assert _dictated(loaded, task, prompt) == set()


@pytest.mark.parametrize(
    "remark",
    [
        "They are big for mental arithmetic.",
        "Ils sont trop grands, utilise l'algorithme d'Euclide.",
        "Ils sont gros pour un calcul de tête, pose la division.",
    ],
)
def test_a_remark_on_the_numbers_size_states_no_verdict(loaded, remark):
    """Session 49: a sentence about the pair's size for working it out is how hard the task
    is, not a property of the pair (claimed._META): no verdict told."""
    assert _dictated(loaded, "coprime", COPRIME + remark) == set()


# -- number forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("b = ⁻¹⁰", "b = -10"),
        ("b = ₋₁₀", "b = -10"),
        ("64 = 2⁶", "64 = 2^6"),
        ("(x + 1)²", "(x + 1)^2"),
        ("intercept -1e1", "intercept -10"),
        ("1.5e3 et 2,5E-1", "1500 et 0.25"),
        ("la 2e étape, le 1er avis, 3e1x", "la 2e étape, le 1er avis, 3e1x"),
    ],
)
def test_number_forms_are_read_once_as_plain_numbers(written, read):
    assert normalize(written) == read


@pytest.mark.parametrize(
    ("task", "prompt", "expected"),
    [
        ("riddle", RIDDLE + "Indice pour toi : le nombre de sœurs de Caroline vaut 3 − 2.", {"answer-right"}),
        ("riddle", RIDDLE + "Indice : Caroline a 4 / 4 sœur.", {"answer-right"}),
        ("parallel-line", LINE + "Hint: the intercept is -1e1.", {"answer-intercept", "answer-equation"}),
        ("parallel-line", LINE + "(Pour vérifier : b = ⁻¹⁰.)", {"answer-intercept", "answer-equation"}),
        ("coprime", COPRIME + "Indice : leur PGCD vaut 1e0.", {"answer-justified"}),
    ],
)
def test_a_value_written_as_arithmetic_or_another_number_form_still_dictates(loaded, task, prompt, expected):
    assert expected <= _dictated(loaded, task, prompt)


@pytest.mark.parametrize(
    "answer",
    ["Réponse : 3 − 2 = 1 sœur.", "Caroline a 3 − 2 sœurs, soit une seule.", "Réponse : 3 − 2."],
)
def test_an_answer_in_arithmetic_gives_its_value(loaded, answer):
    assert _final(loaded, "riddle", "answer-right", answer) == 1


def test_arithmetic_steps_to_another_count_are_not_the_answer(loaded):
    answer = "Il y a 3 × 2 = 6 liens frère-sœur, mais Caroline a une seule sœur."
    assert _final(loaded, "riddle", "answer-right", answer) == 1


# -- a participle gives a value --------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Oui : 35 et 64 sont étrangers l'un à l'autre, leur plus grand diviseur commun étant 1 (35 n'a que 5 et 7 comme facteurs premiers, 64 n'a que 2).",  # r3f-coprime-etrangers
        "Oui, leur PGCD est 1 (35 = 5 × 7 et 64 = 2^6 n'ont aucun facteur commun).",
        "Yes, their gcd being 1, they are coprime.",
        "Oui : le PGCD valant 1, ils sont premiers entre eux.",
    ],
)
def test_a_gcd_given_by_a_participle_or_before_words_in_parentheses_is_given(loaded, answer):
    assert _final(loaded, "coprime", "answer-justified", answer) == 1


def test_a_gcd_before_an_expression_in_parentheses_is_still_a_product(loaded):
    # "1(35 - 34)" is a product: the value read is the whole expression's, never "1" alone.
    assert _final(loaded, "coprime", "answer-justified", "Leur PGCD vaut 7(35 - 34).") != 1


@pytest.mark.parametrize(
    ("task", "prompt", "expected"),
    [
        ("parallel-line", LINE + "L'ordonnée à l'origine, c'est −10.", {"answer-intercept"}),
        ("parallel-line", LINE + "b : c'est −10, montre-le.", {"answer-intercept"}),
        ("parallel-line", LINE + "The intercept? That's −10.", {"answer-intercept"}),
        ("coprime", COPRIME + "Leur PGCD, c'est 1.", {"answer-verdict"}),
        ("parallel-line", LINE + "Le piège, c'est de garder 6.", set()),
        ("coprime", COPRIME + "Le PGCD, c'est la clé.", set()),
    ],
)
def test_a_subject_taken_up_by_a_pro_form_is_read_with_its_value(loaded, task, prompt, expected):
    """Session 49: a dislocation (« L'ordonnée à l'origine, c'est −10. ») states its value as
    the plain sentence would; a pro-form whose predicate holds no value states nothing."""
    told = _dictated(loaded, task, prompt)
    assert expected <= told if expected else told == set()
