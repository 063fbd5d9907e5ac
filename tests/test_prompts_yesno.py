"""Round 67 (fix-helper fix67): a yes/no game's answered questions read as statements, higher/lower games
in other words, a draft's value transformed by a correction, a possessive before "corrections"."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from workshop.prompts import constrained, evaluate, games, indirect, retold, yesno
from workshop.prompts.text import fold


def _said(text: str) -> list[str]:
    return [reading.split("\n\n")[-1] for reading in yesno.readings(fold(text))]


def test_an_answered_question_is_said_as_its_statement():
    said = _said("Jeu : « Est-ce plus que 0 ? » → oui. « Est-ce plus que 1 ? » → non. Explique.")
    assert said[0] == "la reponse est plus que 0.\nla reponse est pas plus que 1."
    assert len(said) == 3  # once per name of the unknown
    said = _said("Is the gcd even? No. Is it greater than 1? No.")
    assert "le pgcd is not greater than 1." in said[1]


@pytest.mark.parametrize(
    "text",
    [
        "Moi : Est-ce que b est plus grand que -11 ?\nTuteur : Oui.",
        "Is it less than 3? R: yes.",
        "« Le PGCD est-il pair ? » — « Non. »",
        "Is it odd? -> yes",
    ],
)
def test_replies_in_their_usual_places(text):
    assert _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is their gcd greater than 1? Yes or no, then explain.",  # a question asked of the model
        "Est-ce plus que 0 ? Je ne sais pas, à toi de trouver.",  # no reply
        "Is it more than 0? No idea.",
        "Is the gcd 1? Yes, if they are coprime.",  # a condition
        "Est-ce moins que 2 ? Oui, mais seulement si tu comptes Caroline.",
        "Does 5 divide 64? No. Is 35 greater than 1? Yes.",  # about the data's numbers
        "Tu es prof. Combien de sœurs a Caroline ? Réponds.",  # no property, no reply
        "Is it a good idea? Yes.",  # no number's property
    ],
)
def test_no_statement_without_an_answered_question_about_a_number(text):
    assert not _said(text)


_ANSWER = re.compile(r"(?<![\w'-])(?:reponses?|answers?)(?![\w'-])")
_NONE = re.compile(r"(?!)")


def _pinned(text: str, least: int | None, value: int) -> bool:
    return any(constrained.pinned(r, _ANSWER, _NONE, least, value) for r in yesno.readings(fold(text)))


def test_an_exchange_that_leaves_one_value_pins_it_and_one_that_leaves_several_does_not():
    assert _pinned("« Est-ce plus que 0 ? » → oui. « Est-ce plus que 1 ? » → non.", 0, 1)
    assert _pinned("Est-ce un nombre pair ? Non. Est-ce moins que 3 ? Oui.", 0, 1)
    assert not _pinned("« Est-ce un nombre entier ? » → oui. « Est-ce positif ? » → oui.", 0, 1)
    assert not _pinned("Is it more than 0? Yes.", 0, 1)


def test_plus_que_is_a_strict_lower_bound():
    assert constrained.pinned("la reponse est plus que 0 et moins que 2.", _ANSWER, _NONE, 0, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("au plus ou moins, un entier : b = -11 → « plus grand » ; b = -9 → « plus petit ».", -10),
        (
            "au plus ou moins : b = -5 → « plus bas » ; b = -11 → « plus haut » ; "
            "b = -9 → « plus bas » (un entier)",
            -10,
        ),
        ("on a joue au plus ou moins : j'ai dit 2 : « plus bas » ; j'ai dit 0 : « plus haut ».", 1),
        ("i said 0: 'go higher'. i said 2: 'go lower'.", 1),
        ("-12 : « c'est plus ». -10 : « c'est pile ».", -10),
    ],
)
def test_higher_lower_in_other_words(text, value):
    assert games._trail_value(fold(text)) == value


def test_a_wide_higher_lower_game_pins_nothing():
    assert (
        games._trail_value(
            fold("au plus ou moins sur b (un entier) : b = 0 → « plus bas » ; b = -20 → « plus haut »")
        )
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mon brouillon disait y = 4x + 10, et la prof a écrit : « a est juste, seul le signe de b est faux ».",  # noqa: E501
        "My draft said the intercept is 10; the teacher wrote 'right size, wrong sign' next to it.",
        "J'avais écrit y = 4x + 10 et pour b la prof a noté : « c'est l'opposé de ce que tu as écrit ».",
        "My draft: y = 4x + 10. Teacher's note: only the sign of b is wrong.",
    ],
)
def test_a_draft_value_transformed_gives_the_intercept(text):
    assert retold.corrected(text, Fraction(-10), retold.LINE_NEAR, equations=True)


def test_a_sign_said_wrong_without_a_value_gives_nothing():
    assert not retold.corrected(
        "Your sign was wrong somewhere, check again.", Fraction(-10), retold.LINE_NEAR, True
    )
    assert not retold.corrected("A draft said 2, which was wrong.", Fraction(1), r"\b(?:soeur|sister)")


def test_an_object_pronoun_before_divide():
    assert indirect.correction_ops("le prof a ecrit : « il faut le diviser par deux ».") == [
        (Fraction(1, 2), 0)
    ]


@pytest.mark.parametrize("before", ["my mentor's ", "the teachers' ", "tom's ", "my "])
def test_a_possessive_is_the_activity_s_determiner(before):
    assert evaluate._ACTIVITY_BEFORE.search(before)
