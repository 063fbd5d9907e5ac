"""Session 51 (fix-helper gaps51): the gaps session 50 left, read by class (docs/design.md)."""

from __future__ import annotations

import re

import pytest

from workshop.prompts import schedule
from workshop.prompts.calque import calqued
from workshop.prompts.compound import reckoned
from workshop.prompts.filler import filler
from workshop.prompts.text import fold
from workshop.prompts.turns import _ANSWERS_AGAIN, taken_back


@pytest.mark.parametrize(
    "said, read",
    [
        ("begrussung funf; hauptteil funfundvierzig; fragen zehn", "begrussung 5; hauptteil 45; fragen 10"),
        ("hauptteil dreiundfunfzig minuten", "hauptteil 53 min"),
        ("charla treinta y ocho minutos", "charla 38 min"),
        ("parte centrale trentotto minuti, ventuno", "parte centrale 38 min, 21"),
        ("hoofddeel achtendertig minuten, tweeentwintig", "hoofddeel 38 min, 22"),
        ("parte principal cinquenta e um minutos", "parte principal 51 min"),
        # words a French or an English text holds are read before a minute word only
        ("tres dos once elf quince due sei", "tres dos once elf quince due sei"),
        ("quince minutos", "15 min"),
    ],
)
def test_foreign_numbers_read_with_or_without_a_minute_word(said, read):
    assert reckoned(said) == read


def test_foreign_durations_without_a_unit_dictate_a_timetable():
    prompt = fold("Meine Chefin möchte: Begrüßung fünf; Hauptteil fünfundvierzig; Fragen zehn.")
    assert schedule.dictates(prompt, 60, 3)
    assert not schedule.dictates(fold("Das Publikum: zwanzig Lehrer und vierzig Schüler aus Berlin."), 60, 3)


@pytest.mark.parametrize(
    "title, is_filler",
    [
        ("mort", True),  # « Temps mort » once « temps » is gone
        ("libre", True),
        ("open floor", True),
        ("echanges public", True),
        ("entracte", True),
        ("networking", True),
        ("downtime", True),
        ("la mort des metiers ia et emploi", False),
        ("echanges de donnees et vie privee", False),
        ("open discussion on ethics and jobs", False),
        ("atelier temps libre pour essayer chatgpt", False),
    ],
)
def test_a_filler_named_otherwise(title, is_filler):
    assert filler(title) is is_filler


@pytest.mark.parametrize(
    "text, marked",
    [
        (
            "during the training, one shows to him thousands of photos labelled. "
            "the model adjusts a little its parameters.",
            True,
        ),
        ("one him shows thousands of photos. one time trained, it can recognise images.", True),
        (
            "during training, one shows it thousands of labelled photos. "
            "the model adjusts its parameters a little.",
            False,
        ),
        ("he explains to them that the model adjusts its parameters a bit. once trained, it works.", False),
    ],
)
def test_calque_marks_of_the_object_pronoun_and_un_peu(text, marked):
    assert calqued(text) is marked


@pytest.mark.parametrize(
    "turn, again",
    [
        ("Then gcd(35, 64) = 5, so they are not coprime.", True),
        ("Alors Caroline a 2 sœurs.", True),
        ("Caroline has 2 sisters, then.", True),
        ("So b = 10 and the line is y = 4x + 10.", True),
        ("Caroline has 2 sisters.", False),  # a bare value: still dropped (design.md's limit)
        ("The gcd is computed from the prime factors.", False),
    ],
)
def test_a_later_turn_that_concludes_anew(turn, again):
    assert bool(_ANSWERS_AGAIN.search(fold(turn))) is again


@pytest.mark.parametrize(
    "answer, back",
    [
        ("Pascal built a machine in 1642. None of this ever happened. Today every phone holds one.", True),
        ("Pascal built a machine in 1642.\n\nP.S. None of this is true.\n\nBest regards,\nAlex", True),
        ("Pascal built a machine in 1642. None of this is a legend. Today every phone holds one.", False),
        ("None of this ever happened. Pascal built a machine in 1642.", False),  # nothing before it to deny
        ("Pascal built a machine in 1642. None of this ever happened? No: it is well documented.", False),
    ],
)
def test_a_denial_of_the_whole_before_the_last_sentence(answer, back):
    assert taken_back(answer) is back


def test_the_later_turn_pattern_is_linear_on_a_long_blank_run():
    assert re.search(r"\(\?<!\[ \\t,\]\)", _ANSWERS_AGAIN.pattern)
