"""Session 54 (fix96) and 55: a comparison the source has not adds a scene of its own
(:func:`workshop.prompts.faithful.unfaithful` reads "simile"); a litotes ("not unlike") hedges
a statement and adds none."""

from __future__ import annotations

import pytest

from workshop.prompts import faithful

SOURCE = (
    "Depuis l'Antiquité, on cherche à compter vite et juste. En 1642, Blaise Pascal invente la Pascaline "
    "pour aider son père. Dans les années 1960, les calculatrices de bureau coûtent aussi cher "
    "qu'une voiture."
)


@pytest.mark.parametrize(
    ("answer", "simile"),
    [
        ("In 1642, much as a mother shows her toddler books, Pascal built the Pascaline.", True),
        ("In 1642, just as a child learns to read, Pascal built the Pascaline for his father.", True),
        ("En 1642, Pascal, tout comme un écolier qui fait ses devoirs, invente la Pascaline.", True),
        ("Not unlike today's users, the ancients wanted quick sums; in 1642 Pascal built a machine.", False),
        ("In the 1960s desk calculators cost not unlike a car; in 1642 Pascal built one.", False),
        ("In 1642 Pascal built the Pascaline to help his father.", False),
    ],
)
def test_an_added_comparison_is_a_simile_and_a_litotes_is_none(answer: str, simile: bool) -> None:
    assert faithful.unfaithful(answer, SOURCE, "summary").startswith("simile") is simile
