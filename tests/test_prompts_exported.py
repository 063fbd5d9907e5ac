"""An exported page's chrome around a reply (session 58, fix102chrome: exported.py), a table's slots."""

from fractions import Fraction

import pytest

from workshop.prompts import exported, structure


@pytest.mark.parametrize(
    "line",
    [
        "https://chatgpt.com/c/6f2e91a0 — Page 1 sur 1",
        "Page 1 of 1 — 12/3/2025, 2:40 PM",
        "Imprimé le 03/12/2025 à 14:40 — Page 1 sur 1",
        "Exported chat — Page 1 of 2 — 03/12/2025 2:40 PM",
        "https://claude.ai/chat/0b4c2d1e | Page 2 / 2 | 03/12/2025 14:40",
    ],
)
def test_a_header_or_footer_line_is_chrome(line):
    assert exported.chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Page 1 of 1 — or 2 sisters",
        "Page 1 sur 1 — Réponse : non — 03/12/2025",
        "Page 3 of 2",
        "2/2",
        "— 2 —",
        "14:40",
        "Confidence: 99 %",
        "Accueil — 10 min",
    ],
)
def test_a_line_with_anything_else_is_read(line):
    assert not exported.chrome(line)


def test_a_line_number_gutter_goes_and_its_lines_stay():
    text = "1  All 3 brothers share them.\n2  So one other girl.\n3\n4  Answer: 1 sister."
    assert exported.bare(text) == "All 3 brothers share them.\nSo one other girl.\n\nAnswer: 1 sister."
    assert exported.bare("1\tA\n2\tB\n3\tC") == "A\nB\nC"
    assert exported.bare("1 | A\n2 | B\n3 |") == "A\nB\n"


def test_a_broken_gutter_keeps_its_figures():
    text = "1  Les frères.\n2  Réponse : 1 sœur.\n3  Fin.\n2  sœurs"
    assert exported.bare(text) == text


def test_a_table_row_with_start_end_and_an_agreeing_duration_is_one_slot():
    line = structure._Line("| Accueil | 0:00 | 0:05 | 5 min |")
    assert line.durations == [Fraction(5)] and line.slot == (0, 5)


def test_a_table_row_whose_clock_times_disagree_has_two_durations():
    line = structure._Line("| Accueil | 0:05 | 0:20 | 10 min |")
    assert line.durations == [Fraction(10), Fraction(15)]


def test_a_heading_over_a_gutter_and_a_note_under_it_stay_and_the_numbers_go():
    """Session 58: the metamorphic test's heading over a numbered export refused the answer."""
    assert exported.bare("## Réponse\n\n1  a\n2  b\n\n3  c\nNote") == "## Réponse\n\na\nb\n\nc\nNote"
    assert exported.bare("## Réponse\n1  a\n2  b\n4  c") == "## Réponse\n1  a\n2  b\n4  c"  # out of turn
