"""A label per review (issue 11, session 33): the data holds the reviews, so any part of the
prompt's own words that ties an evaluation to two or more of them dictates the labels.

Principle: find, in the prompt without its data, every mention of one review (by its
number, its ordinal, its product, a quotation of its words, its position in a list or a
table) and every evaluation (a label word in any language the grader reads or a synonym of
one, an emoji, stars, a score, a sign, a thumb, a colour, a tone word) and pair them when
they sit in the same clause, line or cell. Two reviews or more paired with an evaluation
are the labels dictated. Labels named without a review ("étiquettes possibles : positif,
négatif, neutre"), a worked example on another review, or a request to justify tie
nothing."""

from __future__ import annotations


def dictates(rest: str, full: str, data: list[str]) -> bool:
    return False
