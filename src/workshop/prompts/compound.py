"""Durations written in two pieces, read as one (issue 11, round 39): "2 min 30", "2'30",
"5 min 00 s", "deux minutes et demie", "two and a half minutes", and a product written out
("2 × 2,5 min", "4 x 150 s", "3 fois 5 minutes"). :mod:`schedule` reads each quantity as one
number and one unit, so a pace of "2 min 30 par diapo" or a part of "4 × 2,5 min" was two
numbers, neither of them the duration. :func:`normalized` rewrites each such duration as one
quantity in minutes (seconds when the minutes are not whole), the rest of the text untouched,
before the schedule is read. Seconds above 59 are no seconds ("5 min 75" is left alone), and
a number followed by its own unit ("5 min 10 min") is the next duration, not seconds."""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORDS, value_of

_SMALL = "|".join(
    sorted((w for w, v in NUMBER_WORDS.items() if 1 <= v <= 20 and w not in ("a", "an", "un", "une", "one")),
           key=len, reverse=True)
)  # fmt: skip
_NUM = rf"(?:\d{{1,3}}|{_SMALL}|une?|one)"
_MIN = r"(?:minutes?|mins?|mn|'|′)"
_SEC = r"(?:secondes?|seconds?|secs?|s|\"|″)"
# "2 min 30", "2'30", "2 min 30 s", "5 min 00 s"
_MIN_SEC = re.compile(
    rf"(?<![\w.,:'])(?P<m>\d{{1,3}})\s*+{_MIN}\s*+(?P<s>[0-5]\d)(?:\s*+{_SEC}(?![a-z]))?"
    r"(?![\w:'%]|[.,]\d)(?!\s*+(?:minutes?|mins?|mn|m\b|h\b|heures?|hours?|'|%))"
)
# "deux minutes et demie", "two and a half minutes", "2 minutes and a half"
_HALF = re.compile(
    rf"(?<![\w.,])(?P<n>{_NUM})\s++(?:(?:minutes?|mins?)\s++(?:et\s++demie?|and\s++a\s++half)"
    r"|and\s++a\s++half\s++(?:minutes?|mins?))(?![a-z])"
)
# "2 × 2,5 min", "4 x 150 s", "3 fois 5 minutes", "2 times 2.5 minutes"
_PRODUCT = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,3})(?:\s++(?!(?:mins?|mn|secs?|minutes?|secondes?|seconds?|heures?|hours?)\b)[a-z]{2,15}+){0,2}?\s*+(?:[×x*✕]|fois|times)\s*+"
    rf"(?P<b>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*+(?P<u>{_MIN}|{_SEC})(?![a-z])"
    # the rate first: "5 min × 2", "150 s x 4"
    rf"|(?<![\w.,])(?P<b2>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*+(?P<u2>{_MIN}|{_SEC})\s*+(?:[×x*✕]|fois|times)\s*+"
    r"(?P<a2>\d{1,3})(?![\w.,]\d|\d|\s*+(?:min|mn|s\b|sec|'|h\b))"
)


def _written(minutes: Fraction) -> str:
    if minutes.denominator == 1:
        return f"{minutes} min"
    seconds = minutes * 60
    if seconds.denominator == 1:
        return f"{seconds} s"
    return f"{float(minutes):.2f} min"


# a list of numbers joined by slashes (round 41: « 5 / 10 / 15 / 15 / 10 / 5 »): no fraction, a list; four
# numbers or more, or three spaced out ("20 / 20 / 20"), not a date ("3/10/2026")
_SLASHED = re.compile(
    r"(?<![\w.,/])\d{1,3}(?:\s*+/\s*+\d{1,3}(?!\d)){3,}+(?![\w/]|[.,]\d)"
    r"|(?<![\w.,/])\d{1,3}(?:\s++/\s++\d{1,3}(?!\d)){2}+(?![\w/]|[.,]\d|\s*+/)"
)


def normalized(text: str) -> str:
    """``text`` with its two-piece durations and written-out products as one quantity, and a
    list of numbers joined by slashes as a list."""
    text = _SLASHED.sub(lambda m: re.sub(r"(?<!\s)\s*+/\s*+", ", ", m[0]), text)
    text = _MIN_SEC.sub(lambda m: _written(Fraction(int(m["m"])) + Fraction(int(m["s"]), 60)), text)
    text = _HALF.sub(lambda m: _written(value_of(m["n"]) + Fraction(1, 2)), text)

    def product(m: re.Match[str]) -> str:
        rate = value_of(m["b"] or m["b2"])
        unit = m["u"] or m["u2"]
        minutes = rate if re.match(r"m|'|′", unit) else rate / 60
        return _written(int(m["a"] or m["a2"]) * minutes)

    return _PRODUCT.sub(product, text)
