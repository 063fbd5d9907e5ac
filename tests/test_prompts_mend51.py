"""Mend-helper mend51 (session 51): the review's fair refusals mended, and two readers made linear.

Correctness only (no timing): the linear readers give what the rescanning ones gave."""

from __future__ import annotations

from workshop.prompts import crossed, irony, keyed, structure
from workshop.prompts.text import fold


def test_agreeing_notes_many_star_lines() -> None:
    rows = "* ab\n" * 2000
    assert structure.without_agreeing_notes(rows) == rows


def test_agreeing_note_dropped_once_called_once() -> None:
    plan = "Intro* — 10 min\n* 10 min\nPause — 5 min"
    assert structure.without_agreeing_notes(plan) == "Intro* — 10 min\nPause — 5 min"


def test_note_called_twice_kept() -> None:
    plan = "Intro* — 10 min\nFin* — 10 min\n* 10 min"
    assert structure.without_agreeing_notes(plan) == plan


def test_options_read_to_their_end() -> None:
    assert keyed._options("a) 1 sœur b) 2 sœurs c) 3 sœurs. Explique.") == {
        "a": "1 sœur",
        "b": "2 sœurs",
        "c": "3 sœurs",
    }


def test_options_last_body_ends_the_text() -> None:
    assert keyed._options("a) oui ; b) non.") == {"a": "oui", "b": "non"}


def test_options_empty_runs_none() -> None:
    assert keyed._options("a) b) " * 500) == {}


def test_crossing_said_in_general_or_denied_is_none() -> None:
    for sentence in (
        "when the slopes differ, the lines intersect at one point.",
        "two lines with different slopes always meet: they cross at exactly one point.",
        "the two lines cross the vertical axis at 6 and -10.",
        "the two lines intersect nowhere.",
        "ici les deux droites se coupent uniquement si a ≠ 4.",
    ):
        assert not crossed.said_to_cross(fold(sentence)), sentence
    assert crossed.said_to_cross(fold("the slope is -4, so the two lines cross at one point."))


def test_a_wink_alone_marks_nothing() -> None:
    assert not irony.marked(fold("Oui, ils sont premiers entre eux 😉"))
    assert irony.marked(fold("Oui, ils sont premiers entre eux (ironie)."))
    assert irony.laughing(fold("Quel génie, lol."), fold("Quel génie, lol. Bravo /s"))
    assert not irony.laughing(fold("Quel génie, lol."), fold("Quel génie, lol."))
