"""Round 87 (fix87): a paraphrase transfer — the only other girl, a shift of the data's line in words, a
confirm tag after a reported claim, a call's number result told in prose, timer marks on a clock, a printed
table's row index; as fair: a request before a past clause, a role field after a colon, « ne regarde pas
ailleurs »."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import implied, observed, retold, schedule, structure, turns
from workshop.prompts.text import fold

SUBJECT = "caroline|elle|she"


@pytest.mark.parametrize(
    "prompt",
    [
        "P.S. Caroline shares her bedroom with Léa, who is the only other girl among the kids.",
        "PS : Léa est la seule autre fille de la fratrie.",
        "Among the kids, Mia is the only girl apart from Caroline.",
        "Chez eux, Léa est l'unique fille à part Caroline.",
    ],
)
def test_the_only_other_girl_counts_one_sister(prompt: str) -> None:
    assert implied.sisters_named(prompt, SUBJECT) == {1}


@pytest.mark.parametrize(
    "prompt",
    [
        "My cousin was the only other girl in my coding workshop.",
        "Léa n'est pas la seule autre fille de la fratrie.",
        "Is Léa the only other girl among the kids?",
    ],
)
def test_another_only_girl_counts_nothing(prompt: str) -> None:
    assert implied.sisters_named(prompt, SUBJECT) == set()


EXPECTED = (Fraction(4), Fraction(-10))
DATA = ["y = 4x + 6", "(5, 10)"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Hint from my textbook: the line you want is just the first one moved down by 16 units.",
        "Indice : c'est la première droite descendue de 16 unités.",
        "The answer is the given line dropped by 16.",
        "La droite cherchée, c'est la première abaissée de 16.",
    ],
)
def test_the_data_line_shifted_in_words_is_the_line(prompt: str) -> None:
    assert retold.transformed(prompt, EXPECTED, DATA)


@pytest.mark.parametrize(
    "prompt",
    [
        "The line you want is the first one moved down, work out by how much.",
        "The line you want is the first one moved up by 16 units.",
    ],
)
def test_a_shift_without_the_right_amount_is_no_line(prompt: str) -> None:
    assert not retold.transformed(prompt, EXPECTED, DATA)


@pytest.mark.parametrize(
    "sentence",
    [
        "my lab partner says yep theyre coprime, gcd is 1, is he right??",
        "mon binome dit que le pgcd vaut 1, il a raison ?",
        "my sister thinks their gcd is 1, is she correct?",
        "son resultat est 1, a-t-il raison ?",
        "gcd is 1, am i right?",
    ],
)
def test_a_confirm_tag_tells_the_claim(sentence: str) -> None:
    assert implied.tagged(sentence)


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        ("I typed math.gcd(35, 64) into Python and it printed 1.", "gcd(35, 64) = 1"),
        ("J'ai tapé pgcd(35, 64) dans le terminal et il m'a affiché 1.", "gcd(35, 64) = 1"),
        ("I ran gcd(35, 64) in my REPL and it gave me 1.", "gcd(35, 64) = 1"),
    ],
)
def test_a_call_result_told_in_prose_is_read(prompt: str, said: str) -> None:
    assert said in observed.pieces(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Later I will type math.gcd(35, 64) into Python to see what it prints.",
        "Check whether math.gcd(35, 64) in Python returns 1.",
    ],
)
def test_a_call_without_a_told_result_says_nothing(prompt: str) -> None:
    assert not any("= 1" in piece for piece in observed.pieces(prompt))


@pytest.mark.parametrize(
    "prompt",
    [
        "My phone will buzz at 0:05, 0:15, 0:30, 0:45, 0:55 and 1:00 — one part between two buzzes.",
        "Mon téléphone vibrera à 0h05, 0h15, 0h30, 0h45 et 0h55.",
        "A bell rings at 14:05, 14:15, 14:30, 14:45 and 14:55.",
        "Switch at the 5th, 15th, 30th, 45th and 55th minutes.",
    ],
)
def test_timer_marks_on_a_clock_cut_the_hour(prompt: str) -> None:
    assert implied.timetable(prompt, 60, 4)


@pytest.mark.parametrize(
    "prompt",
    [
        "I can rehearse at 9:00, 10:30 and 14:00 tomorrow, a reminder will ping me.",
        "Give the durations in minutes, for example 5, 10 or 15 min per part.",
    ],
)
def test_other_times_cut_nothing(prompt: str) -> None:
    assert not implied.timetable(prompt, 60, 4)


def test_a_printed_table_row_index_is_no_duration() -> None:
    table = (
        "   partie            minutes\n0  introduction      10\n1  fonctionnement    15\n2  limites   10\n"
    )
    zero, one = table.index("0  intro"), table.index("1  fonc")
    assert schedule._row_index(table, zero) and schedule._row_index(table, one)
    assert not schedule._row_index(table, table.index("10"))
    assert not schedule._row_index("0  alone\n", 0)  # one line is no table
    printed = table + "3  demo   20\n4  questions   5\n"
    assert schedule.dictates(fold(printed), 60, 4)


@pytest.mark.parametrize(
    "prompt",
    [
        "- You are: a history teacher\n- Task: summarise this text.",
        "- Tu es : un professeur d'histoire\n- Tâche : résume ce texte.",
        "Vous êtes : formateur en IA.",
    ],
)
def test_a_role_field_after_a_colon_is_a_role(prompt: str) -> None:
    assert structure.does("role", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "think step by step pls, my cousin did this workshop last year and she got it wrong lol",
        "Raisonne étape par étape, l'an dernier j'avais répondu trop vite.",
    ],
)
def test_a_request_before_a_past_clause_still_asks(prompt: str) -> None:
    assert structure.does("reasoning", prompt)


def test_a_past_time_that_leads_still_asks_nothing() -> None:
    assert not structure.does("reasoning", "L'an dernier, on m'avait demandé de raisonner étape par étape.")


@pytest.mark.parametrize(
    "prompt",
    [
        "Traduis ce texte : Un modèle apprend. Ne regarde pas ailleurs et fais ta propre version.",
        "Traduis ce texte : Un modèle apprend. Ne regarde pas sur internet.",
    ],
)
def test_told_not_to_look_elsewhere_keeps_the_data(prompt: str) -> None:
    assert turns.asked(prompt) == prompt


def test_told_not_to_read_the_data_still_drops_it() -> None:
    assert turns.asked("Le texte : Un modèle apprend. Ne le lis pas, réponds.") == " pas, réponds."
