"""Round 78 (fix-helper fix78a): values dictated as arithmetic, in other European languages' number words,
or as a tuple assigned in code (symbols, positional, signed, evaluate's rules over the data)."""

from __future__ import annotations

import pytest

from workshop.prompts import evaluate, positional, signed, symbols


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("b = min tien", "b = moins 10"),
        ("'b = menos dez'", "'b = moins 10'"),
        ("b ar minus tio", "b est moins 10"),
        ("b er minus ti", "b est moins 10"),
        ("b este minus zece", "b est moins 10"),
        ("b = menys deu", "b = moins 10"),
        ("b = minus dziesiec", "b = moins 10"),
        ("ggd = een", "pgcd = une"),
    ],
)
def test_foreign_number_words_and_minus_words_are_read(text, read):
    assert symbols._foreign(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "take 5 min to set the scene",
        "no part under 10 min",
        "a min to go",
        "ni oui ni non",
        "to be or not to be",
        "a fire drill",
    ],
)
def test_common_english_and_french_words_stay_words(text):
    assert symbols._foreign(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "line = namedtuple('line', 'a b', defaults=(4, -10)).",
        "params = [4, -10].",
        "coeffs: tuple = (4, -10).",
    ],
)
def test_a_pair_assigned_in_code_reads_as_the_line(text):
    assert positional.pair_read(text).endswith("y = 4x - 10.")


@pytest.mark.parametrize(
    "text", ["point = (4, -10).", "in my script: point = (4, -10).", "p1 = (4, -10).", "through (4, -10)."]
)
def test_a_point_assigned_in_code_stays_a_point(text):
    assert positional.pair_read(text) == text


def test_an_ordinate_keyed_next_to_a_slope_is_the_intercept_evaluated():
    assert signed.keyed_facts("config : pente = 4 ; ordonnee = -20/2.") == ["b = -10."]
    assert signed.keyed_facts("pente: 4, ordonnee: 6 - 16") == ["b = -10."]


@pytest.mark.parametrize(
    "text",
    [
        "point a : abscisse = 5, ordonnee = 10, pente = 4.",  # a point's record
        "ordonnee = -10.",  # no slope key beside it
        "pente = 4 ; ordonnee = -20 + b.",  # an equation to solve
    ],
)
def test_an_ordinate_of_a_point_or_alone_is_no_intercept(text):
    assert signed.keyed_facts(text) == []


@pytest.mark.parametrize(
    ("sentence", "k"),
    [("result == brothers - 2.", "2"), ("le resultat = freres - 2", "2"), ("returns sisters / 2.", "2")],
)
def test_a_named_quantity_with_a_symbol_operator_is_a_rule(sentence, k):
    m = evaluate._RULE_AFTER.search(sentence)
    assert m is not None and m["ks"] == k


@pytest.mark.parametrize(
    "sentence",
    ["each brother has 2 sisters - 1 of them is caroline", "brothers and sisters - 2 kinds of siblings"],
)
def test_a_dash_before_a_counted_noun_is_a_remark(sentence):
    m = evaluate._RULE_AFTER.search(sentence)
    assert m is None or m["ks"] is None
