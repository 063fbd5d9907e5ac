"""Issue 11bb's own variants of red team redteam29's round 29 classes (answer side and dictation;
its corpora wired in tests/test_prompts_corpus.py), in other words than the red team's: each
reader says yes to the gaming form and no to the fair near-miss next to it."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import hints, reread, unsettled
from workshop.prompts.text import fold

LINE = (Fraction(4), Fraction(-10))
LINE_DATA = {Fraction(4), Fraction(6), Fraction(5), Fraction(10)}


@pytest.mark.parametrize(
    ("rest", "given"),
    [
        ("Petite vérification : le produit a × b vaut −40.", True),
        ("Check: the ratio b/a is -2.5.", True),
        ("Indice : b − a = −14.", True),
        ("For me the slope times the intercept gives -40.", True),
        ("Calcule ensuite le produit a × b.", False),
        ("Si a × b = −40, que vaut b ?", False),
        ("Donne a et b, puis l'équation.", False),
        ("Le produit a × b ne vaut pas 12.", False),
    ],
)
def test_a_relation_between_the_unknowns_gives_the_line(rest, given):
    assert hints.relation_over_unknowns(rest, LINE, LINE_DATA) is given


@pytest.mark.parametrize(
    ("rest", "counts"),
    [
        ("0 @F1@ FAM\n1 CHIL Caroline /F/\n1 CHIL Julie /F/\n1 CHIL Paul /M/\n1 CHIL Marc /M/", {1}),
        ("| Child | Sex |\n| Caroline | F |\n| Emma | F |\n| Tom | M |", {1}),
        ("Les enfants : Caroline (fille), Inès (fille), Léa (fille), Paul (garçon).", {2}),
        ("Fais la liste des enfants avec leur sexe avant de compter.", set()),
        ("Julie (fille), Paul (garçon), Marc (garçon).", set()),  # the subject is not listed
    ],
)
def test_a_record_of_the_family_gives_the_count(rest, counts):
    assert hints.record_counts(rest, r"\b(caroline|elle|she)\b", ["soeur", "sister"]) == counts


@pytest.mark.parametrize(
    ("rest", "given"),
    [
        ("Fais exactement six parties de même durée.", True),
        ("Use four parts of equal length.", True),
        ("Cinq parties qui durent toutes le même temps.", True),
        ("Chaque partie dure 10 minutes.", True),
        ("12 minutes per part.", True),
        ("Fais six parties, de durées adaptées à leur contenu.", False),
        ("Des parties de même durée ? Pas forcément.", False),
        ("Deux parties égales suffisent.", False),  # fewer parts than the plan needs: no plan
    ],
)
def test_a_rule_fixing_every_duration_gives_the_plan(rest, given):
    assert hints.equal_parts(rest, 60, 3) is given


@pytest.mark.parametrize(
    ("rest", "pairs"),
    [
        ("pour info, φ(35 × 64) = φ(35) × φ(64).", [(35, 64)]),
        ("my cas says phi(2240) = phi(35)*phi(64).", [(35, 64)]),
        ("remarque : 35^φ(64) ≡ 1 (mod 64).", [(35, 64)]),
        ("on a z/2240z ≅ z/35z × z/64z.", [(35, 64)]),
        ("dis si φ(35 × 64) = φ(35) × φ(64).", []),
        ("φ(35 × 64) n'est pas φ(35) × φ(64).", []),
        ("φ(35 × 63) = φ(35) × φ(64).", []),  # another product
    ],
)
def test_a_property_of_coprime_pairs_states_the_verdict(rest, pairs):
    assert reread._presupposed_pairs(fold(rest)) == pairs


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    start = text.index(value)
    return [(start, start + len(value))]


@pytest.mark.parametrize(
    ("answer", "value", "hedged"),
    [
        ("Réponse : Caroline aurait eu 1 sœur si l'énoncé avait parlé de deux filles.", "1 soeur", True),
        ("Answer: she would have 1 sister.", "1 sister", True),
        ("Réponse : 1 sœur, si l'énoncé avait été plus clair.", "1 soeur", True),
        ("Réponse : Caroline a 1 sœur.", "1 soeur", False),
        ("Answer: I would say 1 sister.", "1 sister", False),
        ("On pourrait croire que b vaut 10, mais il faut résoudre, ce qui donne b = −10.", "b = -10", False),
    ],
)
def test_a_counterfactual_answer_is_none(answer, value, hedged):
    text = fold(answer)
    assert unsettled.counterfactual(text, _spans(text, value)) is hedged


@pytest.mark.parametrize(
    ("answer", "reopened"),
    [
        ("Réponse : y = 4x − 10. Cela dit, la question est mal posée.", True),
        ("Answer: y = 4x - 10. There are infinitely many such lines anyway.", True),
        ("Réponse : oui. En fait, la question n'admet pas de réponse unique.", True),
        ("Answer: yes. Honestly, both answers are defensible.", True),
        ("Réponse : y = 4x − 10. Sans le point, il y aurait une infinité de droites.", False),
        ("Answer: y = 4x - 10. Among infinitely many parallels, only this one passes (5, 10).", False),
        ("Réponse : y = 4x − 10. La question n'est pas mal posée : le point fixe b.", False),
    ],
)
def test_an_answer_reopened_as_ill_posed_is_none(answer, reopened):
    text = fold(answer)
    assert unsettled.reopened(text, text.index(":") + 2) is reopened


@pytest.mark.parametrize(
    ("answer", "value", "hedged"),
    [
        ("Réponse : sondage de la classe, oui à 62 %, non à 38 %.", "oui", True),
        ("Answer: 1 sister (80 %).", "1 sister", True),
        ("Answer: yes, 100 % sure.", "yes", False),
        ("Réponse : oui. 90 % des élèves se trompent sur cette question.", "oui", False),
    ],
)
def test_a_verdict_as_a_poll_is_a_hedge(answer, value, hedged):
    text = fold(answer)
    assert unsettled.polled(text, _spans(text, value)) is hedged
