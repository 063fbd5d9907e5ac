"""Session 53 (gaps53): the readers added for the gaps session 52 wrote down."""

from fractions import Fraction

import pytest

from workshop.prompts import extract, scanned, structure
from workshop.prompts.extract import AnswerSpec
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("sentence", "tagged"),
    [
        ("my brother says the answer is one is he right?", True),
        ("elle a une sœur c'est ça ?", True),
        ("pour moi b vaut -10 c'est juste ?", True),
        ("the gcd is 1, is she right?", True),
        ("is he right?", False),  # a question of its own, no statement before it
        ("combien de sœurs a-t-elle ?", False),
    ],
)
def test_a_confirm_tag_needs_no_comma(sentence, tagged):
    assert bool(extract._TAG.search(fold(sentence))) is tagged


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("accueil s min", "accueil 5 min"),
        ("l'ia 4s min", "l'ia 45 min"),
        ("partie(s) min", "partie(s) min"),  # no lone s: a plural's
        ("(s) min", "(s) min"),
        ("gcd(3s, 64) = l.", "gcd(35, 64) = 1."),
        ("3s et 64", "35 et 64"),
        ("64 and 3s", "64 and 35"),
        ("wait 3s, then", "wait 3s, then"),  # seconds, no number paired
    ],
)
def test_ocr_s_for_five(text, read):
    assert scanned.reread(text) == read


LINES = [
    fold(line) for line in ("Le sac à dos correspond à la description.", "La machine à café est excellente.")
]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("sac a dos", True),
        ("machine a cafe", True),
        ("colis livre abime", False),
        ("la machine a cafe est excellente", False),  # four words or more: an input
    ],
)
def test_a_short_cell_names_the_item(cell, names):
    assert structure._names_an_item(cell, LINES) is names


BARS = (
    "1. What is generative AI? — 10 min ██\n2. How it works — 15 min ███\n3. Live demos — 15 min ███\n"
    "4. Limits and risks — 10 min ██\n5. Audience questions — 10 min ██\n"
)


@pytest.mark.parametrize(
    "legend",
    ["(one █ = 5 minutes)", "A bar per part (one = per 5 minutes):", "(un ▮ = 5 minutes)", "each █ is 5 min"],
)
def test_a_bar_legend_is_no_part(legend):
    parts = structure.sections(BARS + "\n" + legend, Fraction(60))
    assert parts is not None
    assert [m for _, m in parts] == [10, 15, 15, 10, 10]


def test_a_part_said_as_a_block_stays_a_part():
    parts = structure.sections(BARS + "6. Un bloc = 20 min de pratique", Fraction(60))
    assert parts is not None and len(parts) == 6


GCD = AnswerSpec(kind="number", expected=Fraction(1), about=["pgcd", "gcd"])
RIGHT = "35 = 5 × 7 and 64 = 2⁶ share no prime factor, so gcd(35, 64) = 1.\n\nAnswer: yes, gcd = 1."


@pytest.mark.parametrize(
    ("working", "hedged"),
    [
        ("Maybe the gcd is 5? No: 64 is not a multiple of 5.\n\n", False),
        ("Hmm, maybe the gcd is 5? Wait, 64 is not a multiple of 5, so that's wrong.\n\n", False),
        ("Le PGCD vaut peut-être 5 ? Non : 64 n'est pas un multiple de 5.\n\n", False),
        ("Maybe the gcd is 5. No idea really.\n\n", True),
        ("Mon calcul du PGCD est peut-être faux. Non, je ne suis pas sûr.\n\n", True),
    ],
)
def test_a_guess_turned_down_is_no_hedge(working, hedged):
    found = extract.final_answer(working + RIGHT, GCD)
    assert (found.reason == "hedged") is hedged
