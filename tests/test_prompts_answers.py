"""Reading rules of the final answer added after red team 11d (round 4,
tests/prompts_corpus/round4_*.toml): each test names a class of forms and tries it on
phrasings of its own (the corpus entries are in round4_own_answers_*.toml)."""

from __future__ import annotations

import pytest

from conftest import REPO
from workshop.course import Course
from workshop.prompts import evaluate
from workshop.prompts.grade import load
from workshop.prompts.text import normalize


@pytest.fixture(scope="module")
def loaded():
    return load(Course.locate(REPO).exercise("prompts"))


def _passes(loaded, task: str, name: str, answer: str) -> bool:
    tasks, checks = loaded
    check = next(c for _, c in checks if c.task == task and c.name == name)
    return evaluate.passes(check, normalize(answer), tasks[task])


# -- G1, G2: verdicts in JSON and tables ---------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        '{"relatively_prime": [false, true], "pgcd": 1}',  # a list of booleans: several verdicts
        '```json\n{"coprime": ["no", "yes"]}\n```',  # a list of yes/no words
        '{"premiers entre eux": "non", "gcd": 1}',  # the key is a label, "non" the verdict
        '{"coprime": false}',
        "| Question | Premiers entre eux ? |\n|---|---|\n| 35 et 64 | non |",  # header, then "non |"
        "| | 35 ; 64 | 12 ; 18 |\n|---|---|---|\n| Copremiers | non | oui |",  # a row of verdicts
        "Coprime: no",
    ],
)
def test_a_predicate_as_json_key_or_table_header_is_a_label_and_its_values_are_the_verdicts(loaded, answer):
    assert not _passes(loaded, "coprime", "answer-verdict", answer)


@pytest.mark.parametrize(
    "answer",
    [
        '{"coprime": true, "gcd": 1}',
        '{"sont_premiers_entre_eux": "oui", "pgcd": 1}',
        "| Nombres | PGCD | Premiers entre eux |\n|---|---|---|\n| 35 et 64 | 1 | oui |",
        "Coprime: yes (gcd 1).",
    ],
)
def test_one_verdict_given_as_json_value_or_table_cell_is_read(loaded, answer):
    assert _passes(loaded, "coprime", "answer-verdict", answer)


# -- G3, G4: equations in parentheses ------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "La droite cherchée est y = 4x − 10 (ou plutôt y = 4x + 10, après vérification).",
        "Answer: y = 4x - 10 (sorry, I meant y = 4x + 10)",
        "On obtient (y = 4x + 10) puis, en simplifiant, y = 4x − 10.",
    ],
)
def test_an_equation_inside_parentheses_is_read_so_a_correction_in_brackets_is_a_second_value(loaded, answer):
    assert not _passes(loaded, "parallel-line", "answer-equation", answer)


@pytest.mark.parametrize("answer", ["L'équation est (y = 4x − 10).", "Donc : (y = 4x - 10)"])
def test_an_equation_written_in_parentheses_alone_is_the_answer(loaded, answer):
    assert _passes(loaded, "parallel-line", "answer-equation", answer)


# -- G11: a value stated for another point ---------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Pour la parallèle qui passe par (1, −6), l'équation est y = 4x − 10.",
        "For the line through (2, -2): y = 4x - 10.",
    ],
)
def test_an_equation_stated_for_another_point_than_the_tasks_answers_nothing(loaded, answer):
    assert not _passes(loaded, "parallel-line", "answer-equation", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Pour la parallèle qui passe par (5, 10), l'équation est y = 4x − 10.",
        "The line through (5, 10) and (0, -10) is y = 4x - 10.",
        "La droite coupe l'axe des ordonnées en (0, −10) : y = 4x − 10.",
        "La parallèle passe aussi par (0, −10) et a pour équation y = 4x − 10.",
    ],
)
def test_an_equation_stated_for_the_tasks_point_or_beside_another_point_is_read(loaded, answer):
    assert _passes(loaded, "parallel-line", "answer-equation", answer)


# -- F1: the labelled answer line, a first idea discounted across sentences --------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "On pourrait croire que Caroline a deux sœurs. Mais elle est l'une des deux. Réponse : une sœur.",
        "It is tempting to say she has two sisters. However, she is one of them.\n\nAnswer: 1 sister.",
        "Caroline a peut-être deux sœurs ? Comptons : les filles sont Caroline et Emma.\n"
        "**Conclusion : Caroline a une sœur.**",
    ],
)
def test_the_answer_line_decides_after_a_first_idea_the_next_sentence_contradicts(loaded, answer):
    assert _passes(loaded, "riddle", "answer-right", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : une sœur.\nRéponse : deux sœurs.",  # two answer lines
        "Conclusion : une sœur. En fait non, deux sœurs.",  # a correction after the answer line
        "Réponse : une ou deux sœurs.",
    ],
)
def test_the_answer_line_does_not_hide_a_second_answer_line_or_a_later_correction(loaded, answer):
    assert not _passes(loaded, "riddle", "answer-right", answer)


# -- F2: row labels are no counts --------------------------------------------------------------------


def test_a_row_label_with_a_number_is_an_index_not_a_count(loaded):
    table = "| Enfant | Genre |\n|---|---|\n| Frère 1 | G |\n| Frère 2 | G |\n| Frère 3 | G |\n"
    assert _passes(loaded, "riddle", "answer-right", table + "\nCaroline a donc une seule sœur.")
    listed = "Child 1: boy\nChild 2: boy\nChild 4: girl (Caroline)\nShe has one sister."
    assert _passes(loaded, "riddle", "answer-right", listed)


# -- F3, F4: facts in the summary ----------------------------------------------------------------


SUMMARY_FR = (
    "On a d'abord compté avec des cailloux sur des abaques. En 1642, Pascal imagine une machine à "
    "additionner. Au début des années 1970 (peut-être un peu avant pour les modèles de bureau), la "
    "calculatrice de poche remplace la règle à calcul."
)


def test_a_hedge_about_another_quantity_in_a_parenthesis_does_not_cancel_the_fact(loaded):
    assert _passes(loaded, "summary", "answer-fact-2", SUMMARY_FR)
    hedged = "Vers 1970 (ou peut-être 1980), la calculatrice de poche remplace la règle à calcul."
    assert not _passes(loaded, "summary", "answer-fact-2", hedged)
    plain = "Au début des années 1970, environ, la calculatrice de poche remplace la règle à calcul."
    assert not _passes(loaded, "summary", "answer-fact-2", plain)


def test_a_short_english_sentence_with_one_function_word_is_a_sentence(loaded):
    answer = (
        "Pebbles on abacuses came first. Pascal built an adding machine in 1642. "
        "By 1972, pocket calculators replaced slide rules. Phones now do everything."
    )
    assert _passes(loaded, "summary", "answer-fact-2", answer)
    keywords = "Pascal 1642. Pocket calculators 1972. Abacus pebbles."
    assert not _passes(loaded, "summary", "answer-fact-2", keywords)


# -- F5, G12: plans -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "- Ce qu'est l'IA générative : ½ h\n- Démonstration : ¼ h\n- Questions : ¼ h",
        "1. What generative AI is (1/2 h)\n2. A live demo (1/4 h)\n3. Questions (1/4 hour)",
        "1. L'IA générative, c'est quoi ? — une demi-heure\n2. Démo — un quart d'heure\n"
        "3. Questions — un quart d'heure",
    ],
)
def test_fractions_of_an_hour_are_durations(loaded, answer):
    assert _passes(loaded, "plan", "answer-sections", answer)
    assert _passes(loaded, "plan", "answer-topic", answer)


def test_a_plans_topic_is_read_in_its_parts_not_in_an_intro_line(loaded):
    intro = (
        "Plutôt qu'un exposé sur ChatGPT, voici mieux :\n"
        "1. Les volcans d'Islande — 30 min\n2. Les geysers — 20 min\n3. Questions — 10 min"
    )
    assert _passes(loaded, "plan", "answer-sections", intro)
    assert not _passes(loaded, "plan", "answer-topic", intro)
    heading = "Plan (1 h) : l'IA générative pour tous\n1. Définitions — 20 min\n2. Démo — 30 min\n"
    heading += "3. Questions — 10 min"
    assert _passes(loaded, "plan", "answer-topic", heading)
