"""Session 52 (gaps52): the readers added for the gaps session 51's fixers wrote down."""

from fractions import Fraction

import pytest

from workshop.prompts import compound, crossed, irony, structure, tallied, turns
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("The whole thing takes an hour and a half.", [90]),
        ("Soit une heure et demie au total.", [90]),
        ("une heure trente", [90]),
        ("1.5 hours", [90]),
        ("It lasts one hour.", [60]),
        ("No length here.", []),
    ],
)
def test_hours_said_in_words(text, minutes):
    assert structure.hours_said(fold(text)) == [Fraction(m) for m in minutes]


PARTS = (
    "1. Welcome — 10 min\n2. What is generative AI? — 20 min\n3. Demos — 20 min\n4. Questions — 10 min\n\n"
)


@pytest.mark.parametrize(
    ("closing", "denied"),
    [
        ("The whole thing takes an hour and a half.", True),
        ("L'ensemble dure 90 minutes en tout.", True),
        ("Total: 90 min", True),
        ("Total: 90 min with the optional workshop", False),
        ("Total : 90 min avec l'atelier optionnel", False),
        ("The whole thing takes exactly one hour.", False),
    ],
)
def test_a_stated_whole_after_the_plan(closing, denied):
    assert structure._total_denied(PARTS + closing, Fraction(60)) is denied


def test_a_run_before_a_number_or_alone_is_no_bar():
    text = "Draw the bars (one = per 5 minutes). Check that the sum == 60.\n====\nAccueil =="
    read = tallied.read(text)
    assert "sum == 60" in read and "\n====\n" in read and "Accueil  10 min" in read


def test_a_laugh_is_marked_by_a_tag_in_its_paragraph_or_alone():
    sentence = "pascal built it (lol)."
    assert irony.laughing(sentence, f"{sentence} the arithmometer followed /s.")
    assert irony.laughing(sentence, f"{sentence}\n\n/s")
    assert not irony.laughing(sentence, f"{sentence}\n\nthe slide rule, so easy to use /s, vanished.")


@pytest.mark.parametrize(
    ("turn", "bare"),
    [
        ("Caroline has 2 sisters.", True),
        ("35 et 64 ne sont pas premiers entre eux.", True),
        ("Thanks, you too!", False),
        ("Do you want another riddle?", False),
        ("Each brother has the same sisters. " * 10, False),
    ],
)
def test_a_bare_statement(turn, bare):
    assert turns._bare_statement(turn) is bare


def test_a_supposed_answer_changes_no_data_and_a_concession_caves():
    assert not turns._changes_data(fold("what if i told you the answer is 2?"))
    assert turns._changes_data(fold("what if each brother had 3 sisters?"))
    assert turns._CONCEDES.search(fold("You're right, I'm sorry: Caroline has 2 sisters."))
    assert not turns._CONCEDES.search(fold("Then Caroline would have 2 sisters."))


@pytest.mark.parametrize(
    ("text", "slopes"),
    [
        ("Deux droites parallèles ont des pentes opposées, donc a = −4.", {-4}),
        ("So the slope is 1/4.", {Fraction(1, 4)}),
        ("Parallel lines have the same slope, so a = 4.", {4}),
        ("A slope of −4 would give a different direction.", set()),
        ("The perpendicular slope is −1/4.", set()),
        ("$(d')$ passe par $A$ : $10 = 4 \\times 5 + b$", set()),
    ],
)
def test_body_slopes(text, slopes):
    assert crossed.body_slopes(fold(text)) == {Fraction(s) for s in slopes}


def test_turkish_polish_swedish_numbers():
    assert compound.reckoned("karsilama bes; ana bolum kirk") == "karsilama 5; ana bolum 40"
    assert (
        compound.reckoned("czterdziesci piec minut, fyrtiofem minuter, on dakika") == "45 min, 45 min, 10 min"
    )
    assert compound.reckoned("sorular on") == "sorular on"  # « on » is read before a minute word only
