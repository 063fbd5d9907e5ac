"""Public tests for `calculatrice`: run them with `workshop check`.

They are a small sample. The trainer's hidden tests check much more (precedence,
parentheses, decimals, error cases, and that your calculator never runs the text it
is given as Python code).

`submission` is your `calculator` module, handed to each test by the grader.
"""

import pytest


@pytest.mark.grade(
    points=1,
    label_en="Basic operations",
    label_fr="Opérations de base",
    en='Simple addition must work: calculate("2+3") returns 5.0.',
    fr='L\'addition simple doit marcher : calculate("2+3") renvoie 5.0.',
)
def test_addition(submission):
    assert submission.calculate("2+3") == pytest.approx(5.0)


@pytest.mark.grade(
    points=1,
    label_en="Operator precedence",
    label_fr="Priorité des opérations",
    en="Multiplication must be done before addition (2+3*4 is 14, not 20).",
    fr="La multiplication passe avant l'addition (2+3*4 vaut 14, pas 20).",
)
def test_precedence(submission):
    assert submission.calculate("2+3*4") == pytest.approx(14.0)


@pytest.mark.grade(
    points=1,
    label_en="Parentheses",
    label_fr="Parenthèses",
    en="Parentheses are computed first: (2+3)*4 is 20.",
    fr="Les parenthèses sont calculées en premier : (2+3)*4 vaut 20.",
)
def test_parentheses(submission):
    assert submission.calculate("(2+3)*4") == pytest.approx(20.0)


@pytest.mark.grade(
    points=1,
    label_en="Division by zero",
    label_fr="Division par zéro",
    en="Dividing by zero must raise ZeroDivisionError (for example 1/0).",
    fr="Une division par zéro doit lever ZeroDivisionError (par exemple 1/0).",
)
def test_division_by_zero(submission):
    with pytest.raises(ZeroDivisionError):
        submission.calculate("1/0")


@pytest.mark.grade(
    points=1,
    label_en="Invalid input",
    label_fr="Entrées invalides",
    en='An incomplete expression such as "1+" must raise ValueError.',
    fr='Une expression incomplète comme "1+" doit lever ValueError.',
)
def test_malformed_input(submission):
    with pytest.raises(ValueError):
        submission.calculate("1+")
