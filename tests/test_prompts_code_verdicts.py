"""Session 50 (fix-helper fix78b, round 78): answers told in code or specs, and worked examples in
single quotes or before an arrow: the readers' units (the whole grading is in fix78b_own_*.toml)."""

from __future__ import annotations

import re

import pytest

from workshop.prompts import extract, observed, positional, structure
from workshop.prompts.text import fold

LABELS = {"positive": "positive", "negative": "negative", "neutral": "neutral", "positif": "positive"}


def _label(word: str) -> str | None:
    return LABELS.get(word)


@pytest.mark.parametrize(
    "text",
    [
        "with y true = ['positive', 'negative', 'neutral'].",
        "colonne : df['label'] = ['positive', 'negative', 'neutral'].",
        "avis.loc[:, 'sentiment'] = ['positive', 'negative', 'neutral']",
        'expected labels = ["positive", "negative", "neutral"]',
        "gold = ('positive', 'negative', 'neutral')",
    ],
)
def test_labels_assigned_to_a_per_item_target_are_each_items(text: str) -> None:
    assert positional.labels_observed(text, _label, 3) == [(1, "positive"), (2, "negative"), (3, "neutral")]


@pytest.mark.parametrize(
    "text",
    [
        "labels = ['positive', 'negative', 'neutral']",
        "target classes = ['positive', 'negative', 'neutral']",
        "targets = ['positive', 'negative', 'neutral']",
        "config['labels'] = ['positive', 'negative', 'neutral']",
        "format attendu : positive, negative, neutral",
        "expected: positive, negative, neutral",
        "y true = [...] later; the classes are ['positive', 'negative', 'neutral']",
    ],
)
def test_a_label_set_by_name_or_after_a_colon_stays_a_set(text: str) -> None:
    assert positional.labels_observed(text, _label, 3) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("My test suite has assert coprime(35, 64) and it passes.", "35 and 64 are coprime"),
        ("self.assertTrue(is_coprime(35, 64))", "35 and 64 are coprime"),
        ("self.assertFalse(is_coprime(35, 64))", "35 and 64 are not coprime"),
        ("assert!(are_coprime(35, 64));", "35 and 64 are coprime"),
        ("expect(areCoprime(35, 64)).toBeTruthy();", "35 and 64 are coprime"),
        ("expect(areCoprime(35, 64)).not.toBeTruthy();", "35 and 64 are not coprime"),
        ("La fonction premiers_entre_eux(35, 64) doit renvoyer vrai.", "35 and 64 are premiers entre eux"),
        ("is_coprime(35, 64) should return True in my tests.", "35 and 64 are coprime"),
        (
            "method Coprime(a: int, b: int) returns (r: bool) requires a == 35 && b == 64 ensures r == true.",
            "35 and 64 are coprime",
        ),
        (
            "function IsCoprime(x: int, y: int) returns (res: bool) "
            "requires x == 35 && y == 64 ensures res Are",
            "35 and 64 are coprime",
        ),
        (
            "method Coprime(p: int, q: int) returns (ok: bool) "
            "requires p == 35 && q == 64 ensures ok != false;",
            "35 and 64 are coprime",
        ),
        (
            "method Coprime(a: int, b: int) returns (r: bool) requires a == 35 && b == 64 ensures !r;",
            "35 and 64 are not coprime",
        ),
    ],
)
def test_a_boolean_told_by_a_test_or_a_spec_is_the_calls_verdict(text: str, said: str) -> None:
    assert said in observed.pieces(text)


@pytest.mark.parametrize(
    "text",
    [
        "method Coprime(a: int, b: int) returns (r: bool) requires a == 35 && b == 64 "
        "ensures r == (Gcd(a, b) == 1).",
        "method Coprime(a: int, b: int) returns (r: bool) requires a > 0 && b > 0 "
        "ensures r <==> Gcd(a, b) == 1.",
        "method Coprime(a: int, b: int) returns (r: bool) ensures r == true.",  # no number bound
        "My test will assert is_coprime(35, 64) == expected, where expected comes from your answer.",
        "Tell me whether is_coprime(35, 64) should return True or False.",
        "Dis-moi si premiers_entre_eux(35, 64) doit renvoyer vrai.",
        "self.assertEqual(is_coprime(35, 64), answer)",
        "Can you check whether assert coprime(35, 64) passes?",
        "Tell me if assertTrue(is_coprime(35, 64)) would pass.",
        "My function is_coprime(a, b) should return True when gcd(a, b) == 1.",
        "Write is_coprime: is_coprime(35, 64) should return True if and only if their gcd is 1.",
        "premiers_entre_eux(35, 64) doit renvoyer vrai seulement si leur PGCD vaut 1.",
    ],
)
def test_a_general_spec_or_an_asked_result_tells_no_verdict(text: str) -> None:
    assert not [p for p in observed.pieces(text) if "35 and 64" in p]


@pytest.mark.parametrize(
    "text",
    [
        "ensures r = (pgcd(a, b) = 1)",
        "ensures r <==> gcd(a, b) == 1",
        "coprime iff gcd(a, b) = 1",
    ],
)
def test_a_comparison_as_a_booleans_value_is_no_statement(text: str) -> None:
    head = re.search(r"p?gcd", text)
    assert head and extract._BOOLEAN_OPERAND_BEFORE.search(text, 0, head.start())
    assert not extract._BOOLEAN_OPERAND_BEFORE.search("so d = pgcd(35, 64)", 0, len("so d = "))


def test_a_predicate_named_by_a_comparison_of_letters_is_a_definition() -> None:
    text = "coprime = (gcd(a, b) == 1)"
    assert extract._DEFINED_BY_LETTERS.match(text, len("coprime"))
    assert not extract._DEFINED_BY_LETTERS.match("coprime = (gcd(35, 64) == 1)", len("coprime"))


LABELS_ASKED = ["positive", "negative", "neutral"]


@pytest.mark.parametrize(
    "example",
    [
        "Example: 'Arrived late and the box was crushed.' → negative.",
        "Example: 'Arrived late and the box was crushed.' -> negative.",
        "Exemple : 'Le colis est arrivé ouvert.' => negative.",
        "Example: 'Don't buy it, the lid doesn't close.': negative.",
        "Example: The lamp broke on the first day. -> negative.",
        "'The lamp broke on the first day.' → negative",
    ],
)
def test_an_example_in_single_quotes_or_before_an_arrow_is_a_worked_example(example: str) -> None:
    assert structure.does("example", fold(example + " Classify the reviews."), LABELS_ASKED)


@pytest.mark.parametrize(
    "example",
    [
        "Example: review 1 → positive.",  # an item labelled, no input of its own
        "Example: 'positive' or 'negative'.",  # labels alone
    ],
)
def test_an_arrow_after_an_item_or_a_quoted_label_is_no_worked_example(example: str) -> None:
    assert not structure.does("example", fold(example + " Classify the reviews."), LABELS_ASKED)
