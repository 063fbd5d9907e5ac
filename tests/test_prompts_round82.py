"""Round 82 (fix-helper fix82): the readers added or extended for the free-text tasks."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import evaluate, verdicts
from workshop.prompts.altered import altered
from workshop.prompts.anachron import anachronism
from workshop.prompts.calque import calqued
from workshop.prompts.filler import filler, padded
from workshop.prompts.text import fold
from workshop.prompts.turns import taken_back


@pytest.mark.parametrize(
    "text",
    [
        "En 1642, Pascal. Les historiens ont depuis démenti tout ce récit : rien de cela n'a eu lieu.",
        "In 1642, Pascal. The text, however, concludes that none of this ever really happened.",
        "En 1642, Pascal. Bien sûr, tout cela relève de la légende.",
        "In 1642, Pascal. Historians have since debunked this whole story.",
        "In 1642, Pascal. All of this allegedly happened.",
    ],
)
def test_a_closing_denial_of_the_whole_takes_the_answer_back(text):
    assert taken_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "En 1642, Pascal. Aujourd'hui, tout cela tient dans un téléphone.",
        "In 1642, Pascal. None of this is a legend.",
        "En 1642, Pascal. Tout cela n'est pas une légende.",
        "Rien de tout cela n'a eu lieu, dit la légende. En 1642, Pascal invente la Pascaline.",
    ],
)
def test_a_closing_sentence_that_denies_nothing_takes_nothing_back(text):
    assert not taken_back(text)


@pytest.mark.parametrize(
    ("sentence", "supposes"),
    [
        ("had pascal built an adding machine in 1642, history would have sped up.", True),
        ("were pocket calculators to have spread in the 1970s, slide rules would have vanished.", True),
        ("pascal eut-il concu en 1642 une machine, le calcul en eut ete change.", True),
        ("pascal, who had to help his father, built a machine in 1642.", False),
        ("should we trust chatgpt?", False),
        ("en 1642, pascal eut l'idee d'une machine a additionner.", False),
        ("a peine eut-il invente sa machine en 1642 que pascal la vendit.", False),
    ],
)
def test_an_inverted_condition_supposes(sentence, supposes):
    assert bool(evaluate._COUNTERFACTUAL.search(sentence)) is supposes


def test_a_cause_dated_after_its_effect_is_an_anachronism():
    assert anachronism("pocket calculators of the early 1970s inspired pascal to build his machine in 1642")
    assert anachronism("les calculatrices des annees 1970 ont inspire a pascal sa machine de 1642")
    assert not anachronism("the desk machines of the 1960s led to the pocket calculators of 1972")
    assert not anachronism("the hp-35 came out in 1972; before that, pascal's machine of 1642")


def test_a_paraphrased_label_tied_to_each_review_by_ordinal_dictates():
    names = [["avis 1"], ["avis 2"], ["avis 3"]]
    data = ["J'adore.", "Je déteste.", "Bof."]
    for said in (
        "le premier client est ravi, le deuxième furieux, et le troisième ni content ni mécontent",
        "the first customer is thrilled, the second fuming, the third meh",
    ):
        rest = fold(said)
        assert verdicts.tied(rest, rest, data, names) == {1, 2, 3}, said
    general = fold("positive means the customer is happy, negative angry, neutral neither happy nor unhappy")
    assert verdicts.tied(general, general, data, names) == set()


def test_neither_happy_nor_unhappy_is_one_neutral_evaluation():
    kinds = [
        m.kind for m in verdicts.evaluations(fold("ni content ni mécontent ; neither happy nor unhappy"))
    ]
    assert kinds == ["neu", "neu"]


def test_filler_parts_may_take_half_the_hour_at_most():
    assert (
        filler("marge imprevus retards")
        and filler("q")
        and filler("pause cafe")
        and filler("questions public")
    )
    assert not filler("ia generative quoi") and not filler("demonstration chatgpt")
    hour = Fraction(60)
    fair = [
        ("accueil", Fraction(5)),
        ("ia generative", Fraction(30)),
        ("pause", Fraction(10)),
        ("q", Fraction(15)),
    ]
    half = [("ia generative", Fraction(30)), ("pause", Fraction(10)), ("questions", Fraction(20))]
    buffer = [("accueil", Fraction(5)), ("ia generative", Fraction(15)), ("buffer slack", Fraction(40))]
    assert not padded(fair, hour) and not padded(half, hour) and padded(buffer, hour)


def test_a_french_calque_in_english_words_is_not_english():
    assert calqued(fold("A model of intelligence artificial learns from of examples."))
    assert calqued(fold("It learns from of examples. It recognises images that he not has never seen."))
    assert not calqued(fold("An artificial intelligence model learns from of examples."))  # one typo forgiven
    assert not calqued(fold("A large language model has billions of them; it is not always right."))


def test_a_paraphrase_given_as_help_is_no_altered_source():
    text = "La calculatrice entre dans les cartables des élèves. Aujourd'hui, chaque téléphone en a une."
    helped = "En gros : elle se répand dans les années 1970 ; aujourd'hui, chaque téléphone en a une."
    assert not altered(helped, [text])
    assert altered("La calculatrice entre dans les cartables de 1990 élèves. Aujourd'hui, chaque", [text])
