"""Session 54 (fix-helpers fix94, fix94b): a presupposition or an expected result told
(:func:`workshop.prompts.supposed.told`), the intercept as a rank on the grid
(:mod:`workshop.prompts.signed`), a value given by reference to an expression
(:func:`workshop.prompts.computed.referred`), a rating scale's bounds (:mod:`workshop.prompts.marks`) and a
check's label (:func:`workshop.prompts.whyasked.conditional`); session 55 (mendrows): a table's row read
only when it records the task's own case (:func:`workshop.prompts.cells.rows_read`)."""

from __future__ import annotations

import pytest

from workshop.prompts import cells, computed, marks, reread, signed, supposed, whyasked
from workshop.prompts.text import fold, ordinal_value

DATA = ["Les nombres 35 et 64", "y = 4x + 6, (5, 10)", "3 frères, 2 sœurs"]


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("Étape 3 : retire Caroline, il doit te rester une fille.", "caroline has 1 sister."),
        ("Take Caroline out of the girls; you should be left with one girl.", "caroline has 1 sister."),
        ("Cross Caroline off the list of girls, and exactly one girl must remain.", "caroline has 1 sister."),
        ("Calcule le PGCD de 35 et 64 ; tu dois obtenir 1.", "le pgcd = 1."),
        ("Compute their gcd with Euclid's algorithm; you should get 1.", "their gcd = 1."),
        ("Plug in the point and solve for b; you will find −10.", "b = -10."),
        ("Work out the intercept: it should come out as -10.", "the intercept = -10."),
        ("Why does the line cross the y-axis at −10?", "the line crosses the y-axis at -10."),
        ("Why does Caroline have one sister rather than two?", "caroline has one sister rather than two."),
    ],
)
def test_a_presupposed_or_expected_value_is_told(said, told):
    assert supposed.told(fold(said), DATA) == told


@pytest.mark.parametrize(
    "said",
    [
        "Take Caroline out of the girls; you should then count the girls who are left.",
        "Calcule le PGCD de 35 et 64 ; tu dois obtenir un entier positif.",
        "Solve for b; you will find an integer.",
        "You should not get 2.",
        "You would get 2 if you counted Caroline.",
        "You will get 2 points for the reasoning.",
        "Explain why your answer is right.",
        "Why is the answer not obvious?",
        "Show whether they are coprime.",
        "Tu dois trouver la pente puis l'ordonnée à l'origine.",
    ],
)
def test_a_modal_or_a_why_with_no_value_tells_nothing(said):
    assert supposed.told(fold(said), DATA) == ""


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("the line hits the y-axis at the tenth square under the x-axis.", True),
        ("la droite coupe l'axe des ordonnées au dixième carreau sous l'axe des abscisses.", True),
        ("elle coupe l'axe des y au 10e carreau en dessous de l'axe des x.", True),
        ("it meets the y-axis at the 10th square below the x-axis.", True),
        ("the origin is on the tenth square from the bottom of the page.", False),
        ("if it crosses the y-axis at the tenth square under the x-axis, is b negative?", False),
    ],
)
def test_the_intercept_as_a_rank_on_the_grid(said, read):
    assert ("(b = -10)" in signed.positions_read(fold(said))) is read


@pytest.mark.parametrize(("token", "value"), [("dixieme", 10), ("tenth", 10), ("10th", 10), ("10e", 10)])
def test_ordinal_values(token, value):
    assert ordinal_value(token) == value


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("« PGCD : <entier, le même que PGCD(2, 3)> »", "« PGCD : <entier, le même que 1> »"),
        ("b = <entier relatif, égal à 1 − 11>", "b = <entier relatif, égal à -10>"),
        ("gcd: <integer, the same as gcd(8, 15)>", "gcd: <integer, the same as 1>"),
        ("« PGCD : <entier, égal à PGCD(35, 64)> »", "« PGCD : <entier, égal à PGCD(35, 64)> »"),
        ("b: <the same as 10 − 4 × 5>", "b: <the same as 10 − 4 × 5>"),
    ],
)
def test_a_value_given_by_reference_to_an_expression(said, read):
    assert computed.referred(said, DATA[:2]) == read


@pytest.mark.parametrize(
    ("said", "blanked"),
    [
        ("rate the riddle's difficulty from 1 to 5.", True),
        ("note-la de 1 a 10.", True),
        ("les notes 8, 1 et 5 sur 10 ; de 7 a 10 : positif, de 0 a 3 : negatif, de 4 a 6 : neutre.", False),
        ("on a scale from 0 to 3: negative.", False),
    ],
)
def test_a_rating_scale_is_no_value_but_bands_are(said, blanked):
    spans = marks._scale_bounds(said)
    assert bool(spans) is blanked


@pytest.mark.parametrize(
    ("text", "conditional"),
    [
        ("sanity check: on my graph paper it hits the y-axis at the tenth square", False),
        ("check whether it hits the y-axis at the tenth square", True),
        ("verification : elle coupe l'axe au dixieme carreau", False),
    ],
)
def test_a_checks_label_is_no_condition(text, conditional):
    assert whyasked.conditional(text, text.index("tenth" if "tenth" in text else "dixieme")) is conditional


COPRIME = ["Les nombres 35 et 64 sont-ils premiers entre eux ?", "Are the numbers 35 and 64 coprime?"]
RIDDLE = [
    "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?",
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?",
]
LINE = ["A line parallel to y = 4x + 6 passes through the point (5, 10): what are its parameters?"]
GCD = (["pgcd", "gcd"], COPRIME)
SISTERS = (["soeur", "sister"], RIDDLE)
INTERCEPT = (["ordonnee a l'origine", "intercept", r"re:\bb\b"], LINE)


def _table(*rows: str) -> str:
    header, *body = rows
    rule = "|" + "---|" * header.count("|", 1)
    return "\n".join([header, rule, *body])


@pytest.mark.parametrize(
    ("table", "quantity", "told"),
    [
        # the task's own case, its answer in the asked column: read
        (_table("| a | b | PGCD |", "| 35 | 64 | 1 |"), GCD, "pgcd : 1"),
        (_table("| a | b | gcd |", "| 64 | 35 | 1 |"), GCD, "gcd : 1"),
        (_table("| pair | gcd |", "| 35 and 64 | 1 |"), GCD, "gcd : 1"),
        (
            _table("| line | slope | intercept |", "| parallel through (5, 10) | 4 | -10 |"),
            INTERCEPT,
            "intercept : -10",
        ),
        (_table("| line | slope | b |", "| sought | 4 | -10 |"), INTERCEPT, "b : -10"),
        (_table("| frères | sœurs de Caroline |", "| 3 | 1 |"), SISTERS, "soeurs de caroline : 1"),
        (_table("| cas | frères | réponse |", "| 1 | 3 | 1 |"), SISTERS, "reponse : 1"),
        (_table("| personne | nombre de sœurs |", "| Caroline | 1 |"), SISTERS, "nombre de soeurs : 1"),
        (_table("| cas | pgcd |", "| 35 et 64 | 1 |"), GCD, "pgcd : 1"),
    ],
)
def test_a_table_row_of_the_tasks_own_case_is_read(table, quantity, told):
    terms, data = quantity
    (reading,) = cells.rows_read(fold(table), terms, data)
    assert told in reading


@pytest.mark.parametrize(
    ("table", "quantity", "untold"),
    [
        # rows of other pairs, lines or families (worked examples, test cases): no answer of the task
        (
            _table(
                "| a | b | gcd | coprime? |",
                "| 14 | 21 | 7 | no |",
                "| 8 | 27 | 1 | yes |",
                "| 35 | 64 | ? | ? |",
            ),
            GCD,
            "gcd : 1",
        ),
        (_table("| a | b | pgcd |", "| 12 | 18 | 6 |", "| 8 | 15 | 1 |"), GCD, "pgcd : 1"),
        (_table("| pair | gcd |", "| 8 and 15 | 1 |"), GCD, "gcd : 1"),
        (_table("| cas | pgcd |", "| 8 et 15 | 1 |"), GCD, "pgcd : 1"),
        (
            _table("| line | slope | intercept |", "| y = 2x + 1 through (3, 7) | 2 | 1 |"),
            INTERCEPT,
            "intercept : 1",
        ),
        (_table("| fille | frères | sœurs de la fille |", "| Julie | 2 | 1 |"), SISTERS, ": 1"),
        (_table("| frères | sœurs |", "| deux | une |"), SISTERS, "une"),
        # the task's own data, but the 1 is the row's number, not its answer
        (_table("| frères | sœurs par frère | cas |", "| 3 | 2 | 1 |"), SISTERS, ": 1"),
        (
            _table("| n° | personne | genre |", "| 1 | Caroline | fille |", "| 2 | frère A | garçon |"),
            SISTERS,
            ": 1",
        ),
    ],
)
def test_a_table_row_of_other_data_or_an_index_tells_nothing(table, quantity, untold):
    terms, data = quantity
    assert not any(
        untold in reading[len(fold(table)) :] for reading in cells.rows_read(fold(table), terms, data)
    )


# -- mendmust (session 55): a rule of coprime numbers, or one under the verdict as condition, expects nothing
@pytest.mark.parametrize(
    "said",
    [
        "Remind the student that for two numbers to be coprime, their gcd must be 1.",
        "Rappelle que pour que deux nombres soient premiers entre eux, leur PGCD doit valoir 1.",
        "If they are coprime, the gcd must be 1; check it.",
        "S'ils le sont, le PGCD doit valoir 1 : vérifie-le.",
        "Si les nombres 35 et 64 sont premiers entre eux, leur PGCD doit valoir 1.",
        "When two numbers are coprime, their gcd will be 1.",
        "The gcd of two coprime numbers must be 1.",
        "Their gcd must be 1 if they are coprime.",
        "Le PGCD doit valoir 1 pour qu'ils soient premiers entre eux.",
        "If the answer is yes, the gcd should be 1.",
        "If so, the gcd must be 1.",
        "Si les nombres sont premiers entre eux, alors leur PGCD doit valoir 1.",
        "In order for them to be coprime, the gcd has to be 1.",
    ],
)
def test_a_rule_or_a_verdicts_condition_expects_nothing(said):
    assert supposed.told(fold(said), DATA) == ""


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("If you work carefully, the gcd must be 1.", "the gcd = 1."),
        ("Even if they are coprime, their gcd must be 1.", "their gcd = 1."),
        ("For these coprime numbers, the gcd must be 1.", "the gcd = 1."),
        ("If they are coprime (and they are), the gcd must be 1.", "the gcd = 1."),
        ("S'ils le sont, et c'est le cas, le PGCD doit valoir 1.", "le pgcd = 1."),
        ("Two numbers are coprime when their gcd is 1, and here their gcd must be 1.", "their gcd = 1."),
        ("By definition, their gcd must be 1.", "their gcd = 1."),
        ("The gcd will get you 2 points, and it must be 1.", "the gcd = 1."),
        ("For them to be coprime, their gcd must be 1, so you should get 1.", "their gcd = 1."),
        ("Pour qu'ils soient premiers entre eux, le PGCD vaut 1, donc tu dois trouver 1.", "le pgcd = 1."),
        ("Pour les nombres 35 et 64, le PGCD doit valoir 1.", "le pgcd = 1."),
    ],
)
def test_an_expected_result_for_the_tasks_pair_is_told_beside_a_rule(said, told):
    assert supposed.told(fold(said), DATA) == told


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Chez moi, pgcd(35, 64) donne le même résultat que pgcd(2, 3).", True),
        ("Chez moi, pgcd(35, 64) donne le même résultat que 1.", True),
        ("Here gcd(35, 64) returns the same value as 7 − 6.", True),
        ("gcd(35, 64) gives the same result as 1 step of Euclid's algorithm.", False),
        ("Chez moi, pgcd(35, 64) donne le même résultat que l'algorithme d'Euclide.", False),
    ],
)
def test_a_gcd_said_to_give_the_same_result_as_a_value_states_it(said, read):
    """mendmust: computed.referred writes « … que pgcd(2, 3) » as « … que 1 » before reread reads it."""
    text = reread.values_stated(fold(computed.referred(said, DATA[:1])))
    assert ("pgcd(35, 64) = 1." in text) is read
