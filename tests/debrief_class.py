"""A synthetic class of the one-hour session, for the debrief's tests: twelve students
on the calculator and the prompts exercise, three of the roster not handed in."""

from __future__ import annotations

from workshop.gradebook import GradedRow
from workshop.results import GradeResult, Status, TestOutcome, TestResult
from workshop.roster import RosterEntry

ATTEMPT = "20240101T000000000000Z-0123456789ab.tar.gz"
# (test name, points, label_en, label_fr): parametrised cases share their label.
CALCULATOR = [
    ("test_addition", 1, "Basic operations", "Opérations de base"),
    ("test_computes[precedence-1]", 1, "Operator precedence", "Priorité des opérations"),
    ("test_computes[precedence-2]", 1, "Operator precedence", "Priorité des opérations"),
    ("test_computes[nested-parentheses-1]", 1, "Parentheses", "Parenthèses"),
    ("test_computes[unary-minus-1]", 1, "Unary minus", "Moins unaire"),
    ("test_computes[decimals-1]", 1, "Decimals", "Nombres décimaux"),
    ("test_returns_float", 1, "Returns a float", "Renvoie un float"),
    ("test_zero_division_from_computation", 1, "Division by zero", "Division par zéro"),
    ("test_refuses_malformed[empty]", 1, "Invalid input", "Entrées invalides"),
    ("test_refuses_malformed[word]", 1, "Invalid input", "Entrées invalides"),
    ("test_refuses_code[foreign-code-1]", 2, "No eval()", "Pas d'eval()"),
    ("test_refuses_code[foreign-code-2]", 2, "No eval()", "Pas d'eval()"),
]
PROMPTS = [
    ("riddle: prompt-data", 1, "Reasoning riddle", "Énigme de raisonnement"),
    ("riddle: correct", 3, "Reasoning riddle", "Énigme de raisonnement"),
    ("sentiment: is-json", 2, "Sentiment, in JSON", "Sentiment, en JSON"),
    ("plan: durations", 3, "One-hour plan", "Plan d'une heure"),
]
STUDENTS = [
    "alice", "bruno", "chloe", "david", "emma", "farid", "gael", "hugo", "ines", "jules",
    "karim", "lea",
]  # fmt: skip
MISSING = ["manon", "nora", "oscar"]
# Who fails what: the calculator's eval trap the most, then precedence, then decimals.
FAILS = {
    "No eval()": {"alice", "bruno", "chloe", "david", "emma", "farid", "gael"},
    "Operator precedence": {"bruno", "hugo", "ines", "jules"},
    "Decimals": {"chloe", "karim"},
    "Unary minus": {"lea"},
    "Reasoning riddle": {"alice", "bruno", "chloe", "david", "emma"},
    "Sentiment, in JSON": {"hugo", "ines"},
    "One-hour plan": {"jules"},
}


def _tests(plan: list[tuple[str, int, str, str]], student: str) -> list[TestResult]:
    out = []
    for name, points, en, fr in plan:
        failed = student in FAILS.get(en, set())
        out.append(
            TestResult(
                id=name,
                name=name,
                visibility="hidden",
                points=points,
                earned=0.0 if failed else float(points),
                outcome=TestOutcome.failed if failed else TestOutcome.passed,
                label_en=en,
                label_fr=fr,
            )
        )
    return out


def rows() -> list[GradedRow]:
    out = []
    for slug, plan, most in (("calculatrice", CALCULATOR, 48.0), ("prompts", PROMPTS, 29.0)):
        for student in STUDENTS:
            tests = _tests(plan, student)
            # the real exercise has more tests than this sample: scale to its maximum
            earned = sum(t.earned for t in tests) / sum(t.points for t in tests) * most
            status = Status.passed if all(t.outcome == "passed" for t in tests) else Status.failed
            result = GradeResult(status=status, score=round(earned, 2), max_score=most, tests=tests)
            out.append(GradedRow(slug, student, ATTEMPT, 1, result, "2024-01-01T10:00:00+00:00"))
    return out


def roster() -> list[RosterEntry]:
    return [
        RosterEntry(id=s, name=s.capitalize() + " Martin", email=f"{s}@example.org")
        for s in STUDENTS + MISSING
    ]
