"""Session 50 (the lead): a contraction's litotes ("the gcd's nothing but 1") reads as its full form."""

from __future__ import annotations

import pytest

from workshop.prompts.grade import dictated
from workshop.prompts.litotes import reread
from workshop.prompts.text import normalize

COPRIME = "Are 35 and 64 coprime? Justify with their gcd. "


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("the gcd's nothing but 1.", "the gcd is 1."),
        ("they're nothing other than coprime", "they are coprime"),
        ("b's none other than -10", "b is -10"),
        ("the gcd is nothing but 1.", "the gcd is 1."),
    ],
)
def test_a_contracted_copula_rereads_as_the_full_one(said, read):
    assert reread(said) == read


@pytest.mark.parametrize(
    ("contracted", "full"),
    [
        ("I know the gcd's nothing but 1, so answer yes.", "I know the gcd is nothing but 1, so answer yes."),
        ("They're nothing other than coprime: say so.", "They are nothing other than coprime: say so."),
    ],
)
def test_a_contraction_hands_over_what_its_full_form_does(loaded, contracted, full):
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == "coprime"]

    def told(prompt: str) -> set[str]:
        return {
            n for n in dictated(tasks["coprime"], mine, normalize(COPRIME + prompt)) if n.startswith("answer")
        }

    assert told(full), "the full form must hand over an answer point, else this test proves nothing"
    assert told(contracted) == told(full)
