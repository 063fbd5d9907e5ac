"""Hidden tests for `calculatrice`; students never see this file.

How points work: every case carries `@pytest.mark.grade(points=N, en=..., fr=...)`, and a
student earns N points when the case passes. Each `pytest.param` of a parametrized test is
a case of its own. Ordinary cases (arithmetic, error handling) are worth 1 point; the
eval-trap cases are worth 2, because they carry the lesson of the exercise: a calculator
written with an LLM very often calls `eval()`, which runs whatever Python the user types.

How messages work: `en`/`fr` is all a student sees when a case FAILS (never the input,
never a traceback). So a message states the rule in words a novice understands and, when
it gives an example, the example differs from the hidden input. Case ids and test names
are neutral for the same reason.

`submission` is the student's `calculator` module, provided by the grading harness.
"""

import os

import pytest

PWNED = "/tmp/pwned"


# The skill each case checks, as the class debrief shows it (a few words, French and
# English): the debrief groups cases by it, so the trainer sees "Priorité des opérations"
# once rather than five pytest ids.
SKILLS = {
    "basics": ("Basic operations", "Opérations de base"),
    "precedence": ("Operator precedence", "Priorité des opérations"),
    "parentheses": ("Parentheses", "Parenthèses"),
    "unary": ("Unary minus", "Moins unaire"),
    "decimals": ("Decimals", "Nombres décimaux"),
    "float": ("Returns a float", "Renvoie un float"),
    "zero": ("Division by zero", "Division par zéro"),
    "malformed": ("Invalid input", "Entrées invalides"),
    "eval": ("No eval()", "Pas d'eval()"),
}


def skill(key):
    """The ``label_en``/``label_fr`` of a ``grade`` marker for skill ``key``."""
    label_en, label_fr = SKILLS[key]
    return {"label_en": label_en, "label_fr": label_fr}


def case(name, *values, points=1, en, fr, about):
    """One graded case of a parametrized test, checking skill ``about``."""
    return pytest.param(
        *values, id=name, marks=pytest.mark.grade(points=points, en=en, fr=fr, **skill(about))
    )


# --- Arithmetic ---------------------------------------------------------------------------

COMPUTED = [
    case(
        "precedence-1",
        "1+2*3-4",
        3.0,
        about="precedence",
        en="Multiplication and division come before addition and subtraction (5-2*2 is 1).",
        fr="La multiplication et la division passent avant l'addition et la soustraction "
        "(5-2*2 vaut 1).",
    ),
    case(
        "precedence-2",
        "10-6/3",
        8.0,
        about="precedence",
        en="Division must be done before subtraction (9-6/3 is 7, not 1).",
        fr="La division passe avant la soustraction (9-6/3 vaut 7, pas 1).",
    ),
    case(
        "precedence-3",
        "3+4*2/(1-5)",
        1.0,
        about="precedence",
        en="All four operators mixed with parentheses follow the usual rules (2+6/(1+2)*4 is 10).",
        fr="Les quatre opérations mélangées avec des parenthèses suivent les règles "
        "habituelles (2+6/(1+2)*4 vaut 10).",
    ),
    case(
        "left-associativity-1",
        "8-3-2",
        3.0,
        about="precedence",
        en="Subtractions are computed from left to right (10-4-1 is 5, not 7).",
        fr="Les soustractions se calculent de gauche à droite (10-4-1 vaut 5, pas 7).",
    ),
    case(
        "left-associativity-2",
        "8/4/2",
        1.0,
        about="precedence",
        en="Divisions are computed from left to right (12/3/2 is 2, not 8).",
        fr="Les divisions se calculent de gauche à droite (12/3/2 vaut 2, pas 8).",
    ),
    case(
        "nested-parentheses-1",
        "((1+2)*(3+4))",
        21.0,
        about="parentheses",
        en="Parentheses can be nested, as in ((1+1)*(2+3)), which is 10.",
        fr="Les parenthèses peuvent s'imbriquer, comme dans ((1+1)*(2+3)), qui vaut 10.",
    ),
    case(
        "nested-parentheses-2",
        "2*(3+(4-1)*2)",
        18.0,
        about="parentheses",
        en="Inner parentheses are computed first: 3*(1+(2+2)*2) is 27.",
        fr="Les parenthèses intérieures sont calculées d'abord : 3*(1+(2+2)*2) vaut 27.",
    ),
    case(
        "unary-minus-1",
        "-(2+3)",
        -5.0,
        about="unary",
        en="A minus sign can stand in front of parentheses: -(4+6) is -10.",
        fr="Un signe moins peut se placer devant des parenthèses : -(4+6) vaut -10.",
    ),
    case(
        "unary-minus-2",
        "2*-3",
        -6.0,
        about="unary",
        en="A minus sign right after an operator makes a negative number: 4*-2 is -8.",
        fr="Un signe moins juste après une opération donne un nombre négatif : 4*-2 vaut -8.",
    ),
    case(
        "unary-minus-3",
        "-3+5",
        2.0,
        about="unary",
        en="An expression can start with a negative number: -4+10 is 6.",
        fr="Une expression peut commencer par un nombre négatif : -4+10 vaut 6.",
    ),
    case(
        "decimals-1",
        "1.5+2.25",
        3.75,
        about="decimals",
        en="Decimal numbers written with a dot must work: 0.5+1.25 is 1.75.",
        fr="Les nombres décimaux écrits avec un point doivent marcher : 0.5+1.25 vaut 1.75.",
    ),
    case(
        "decimals-2",
        "0.1*3",
        0.3,
        about="decimals",
        en="Decimal numbers work with every operator: 2.5*4 is 10.",
        fr="Les nombres décimaux marchent avec toutes les opérations : 2.5*4 vaut 10.",
    ),
    case(
        "true-division",
        "7/2",
        3.5,
        about="basics",
        en="Division keeps the decimals: 5/2 is 2.5, not 2.",
        fr="La division garde les décimales : 5/2 vaut 2.5, pas 2.",
    ),
    case(
        "multi-digit",
        "123+877",
        1000.0,
        about="basics",
        en="Numbers can have several digits: 10+25 is 35.",
        fr="Les nombres peuvent avoir plusieurs chiffres : 10+25 vaut 35.",
    ),
    case(
        "spaces",
        " 2 *  ( 3 + 4 ) ",
        14.0,
        about="basics",
        en='Spaces around numbers, operators and parentheses are ignored: " 1 + 2 " is 3.',
        fr="Les espaces autour des nombres, des opérations et des parenthèses sont ignorés : "
        '" 1 + 2 " vaut 3.',
    ),
    case(
        "single-number",
        "42",
        42.0,
        about="basics",
        en='A number on its own is a valid expression: calculate("7") returns 7.0.',
        fr='Un nombre tout seul est une expression valide : calculate("7") renvoie 7.0.',
    ),
]


@pytest.mark.parametrize(("expression", "expected"), COMPUTED)
def test_computes(submission, expression, expected):
    assert submission.calculate(expression) == pytest.approx(expected)


@pytest.mark.grade(
    points=1,
    **skill("float"),
    en='calculate must always return a float, even for a whole result: calculate("2+2") '
    "returns 4.0, not 4.",
    fr="calculate doit toujours renvoyer un float, même pour un résultat entier : "
    'calculate("2+2") renvoie 4.0, pas 4.',
)
def test_returns_float(submission):
    result = submission.calculate("2+3")
    # The contract lets an int through as a float that remembers it was one (FromInt), so
    # the other tests judge the value; this one judges the type the calculator answered.
    assert type(result) is float
    assert result == pytest.approx(5.0)


@pytest.mark.grade(
    points=1,
    **skill("zero"),
    en="Division by zero must raise ZeroDivisionError even when the zero comes from a "
    "computation, as in 5/(3-3).",
    fr="Une division par zéro doit lever ZeroDivisionError même quand le zéro vient d'un "
    "calcul, comme dans 5/(3-3).",
)
def test_zero_division_from_computation(submission):
    with pytest.raises(ZeroDivisionError):
        submission.calculate("1/(2-2)")


# --- Malformed input ----------------------------------------------------------------------

EMPTY_EN = "An empty expression (nothing at all, or only spaces) must raise ValueError."
EMPTY_FR = "Une expression vide (rien du tout, ou seulement des espaces) doit lever ValueError."

MALFORMED = [
    case("empty", "", about="malformed", en=EMPTY_EN, fr=EMPTY_FR),
    case("blank", "   ", about="malformed", en=EMPTY_EN, fr=EMPTY_FR),
    case(
        "incomplete",
        "2+",
        about="malformed",
        en="An expression that ends with an operator is incomplete and must raise ValueError.",
        fr="Une expression qui se termine par une opération est incomplète et doit lever "
        "ValueError.",
    ),
    case(
        "unbalanced-parentheses-1",
        "(2+3",
        about="malformed",
        en="Parentheses must be balanced: an opening one that is never closed must raise "
        "ValueError.",
        fr="Les parenthèses doivent être équilibrées : une parenthèse ouverte jamais refermée "
        "doit lever ValueError.",
    ),
    case(
        "unbalanced-parentheses-2",
        "2+3)",
        about="malformed",
        en="Parentheses must be balanced: a closing one without an opening one must raise "
        "ValueError.",
        fr="Les parenthèses doivent être équilibrées : une parenthèse fermante sans ouvrante "
        "doit lever ValueError.",
    ),
    case(
        "missing-operator",
        "2 3",
        about="malformed",
        en="Two numbers with no operator between them must raise ValueError.",
        fr="Deux nombres sans opération entre eux doivent lever ValueError.",
    ),
    case(
        "word",
        "abc",
        about="malformed",
        en='Words are not numbers: text such as "hello" must raise ValueError.',
        fr='Un mot n\'est pas un nombre : un texte comme "bonjour" doit lever ValueError.',
    ),
    case(
        "letters",
        "2+x",
        about="malformed",
        en="Letters have no place in an expression (as in 3*y): they must raise ValueError.",
        fr="Les lettres n'ont rien à faire dans une expression (comme dans 3*y) : elles "
        "doivent lever ValueError.",
    ),
    case(
        "unknown-symbol",
        "2^3",
        about="malformed",
        en="Only + - * / are allowed: any other symbol, such as %, must raise ValueError.",
        fr="Seuls + - * / sont permis : tout autre symbole, comme %, doit lever ValueError.",
    ),
    case(
        "python-operator",
        "2**3",
        about="malformed",
        en="Python-only operators such as // are not part of the calculator and must raise "
        "ValueError.",
        fr="Les opérations propres à Python, comme //, ne font pas partie de la calculatrice "
        "et doivent lever ValueError.",
    ),
    case(
        "malformed-number",
        "1..2",
        about="malformed",
        en="A number has at most one decimal point: 1.2.3 must raise ValueError.",
        fr="Un nombre a au plus un point décimal : 1.2.3 doit lever ValueError.",
    ),
]


@pytest.mark.parametrize("expression", MALFORMED)
def test_refuses_malformed(submission, expression):
    with pytest.raises(ValueError):
        submission.calculate(expression)


# --- The eval trap ------------------------------------------------------------------------

CODE_EN = (
    "Your calculator ran the text it was given as Python code (that is what eval() does): "
    "it must only read numbers and operators, and raise ValueError for anything else."
)
CODE_FR = (
    "Votre calculatrice a exécuté le texte reçu comme du code Python (c'est ce que fait "
    "eval()) : elle doit seulement lire des nombres et des opérations, et lever ValueError "
    "pour tout le reste."
)
FUNCTION_EN = (
    "Python functions such as round(2.5) must raise ValueError: a calculator must not run "
    "Python code, as eval() does."
)
FUNCTION_FR = (
    "Les fonctions Python comme round(2.5) doivent lever ValueError : une calculatrice ne "
    "doit pas exécuter de code Python, comme le fait eval()."
)

# The first two are the classic probes. An eval() calculator may pass them by luck (float()
# of a path or of a file's text raises ValueError), hence the others, whose eval() result
# is a number that float() accepts.
CODE = [
    case("foreign-code-1", "__import__('os').getcwd()", points=2, about="eval", en=CODE_EN, fr=CODE_FR),
    case("foreign-code-2", "open('/etc/passwd').read()", points=2, about="eval", en=CODE_EN, fr=CODE_FR),
    case("foreign-code-3", "__import__('os').getpid()", points=2, about="eval", en=CODE_EN, fr=CODE_FR),
    case("foreign-code-4", "__import__('math').pi", points=2, about="eval", en=CODE_EN, fr=CODE_FR),
    case("foreign-code-5", "abs(-7)", points=2, about="eval", en=FUNCTION_EN, fr=FUNCTION_FR),
    case("foreign-code-6", "len('abc')", points=2, about="eval", en=FUNCTION_EN, fr=FUNCTION_FR),
]


@pytest.mark.parametrize("expression", CODE)
def test_refuses_code(submission, expression):
    with pytest.raises(ValueError):
        submission.calculate(expression)


@pytest.mark.grade(
    points=2,
    **skill("eval"),
    en="Text that hides a command must raise ValueError, and the command must never run. "
    "Never use eval() or exec() on what a user types: read the numbers and operators "
    "yourself.",
    fr="Un texte qui cache une commande doit lever ValueError, et la commande ne doit jamais "
    "s'exécuter. N'utilisez jamais eval() ni exec() sur ce que tape un utilisateur : lisez "
    "vous-même les nombres et les opérations.",
)
def test_runs_no_hidden_command(submission):
    # Nothing may stand at the trap's path before the call: a file, a directory or a
    # symlink planted there (a dangling one makes os.path.exists() answer False and makes
    # `touch` fail) would decide the test instead of the command. lexists(), never
    # exists(): a symlink counts whatever it points to. The grader cannot remove what the
    # student owns in the sticky /tmp, so the test fails rather than clean up.
    assert not os.path.lexists(PWNED)
    # The trap is a file of the grader's, dated 0, that the student may write. A file the
    # command created, the student could remove after the call; this one, in the sticky
    # /tmp, the student can neither remove nor rename, nor date back (only its owner may
    # set a time other than now), so once the command's `touch` has dated it now, no
    # student code can undo that. `touch` dates both its access and modification times;
    # truncating the file (a vandal's doing, not the command) dates the second only.
    # O_EXCL: whatever stands there now fails the test.
    trap = os.open(PWNED, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        os.fchmod(trap, 0o666)
        os.utime(trap, ns=(0, 0))
    finally:
        os.close(trap)
    raised = None
    try:
        # The sandbox lets no student process start a program (its seccomp filter refuses
        # execve): the command can never run there; the trap would see it if it could.
        try:
            submission.calculate(f"__import__('os').system('touch {PWNED}')")
        except Exception as error:
            raised = error
        trace = os.lstat(PWNED)
        touched = trace.st_atime_ns != 0 and trace.st_mtime_ns != 0
    finally:
        os.unlink(PWNED)  # the grader's own file: the next run finds the path free
    assert not touched
    assert isinstance(raised, ValueError)

