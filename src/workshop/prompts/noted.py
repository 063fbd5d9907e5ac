"""A value noted beside the quantity it is the value of, with no "=" or ":" (issue 11, round 90,
fix-helper fix90), read as "quantity = value" before the dictation readers look at the prompt.

The answer reader reads a quantity, a connector ("=", ":", "is", « vaut »…) and a value; a student's
note drops the connector or hides it in an aside, and says the same thing:

- the value right after the quantity, closing a parenthesis: "35 and 64 (gcd 1)", « (PGCD 1) »,
  "(their gcd being 1)", "(number of sisters 1)", « (ordonnée à l'origine -10) »;
- the value in a parenthesis right after the quantity, alone or after a pronoun and a copula:
  "their gcd (1)", "Compute their gcd (it is 1)", « leur PGCD (c'est 1) », "the intercept (which is
  −10)", "b (−10)" (a one-letter name, the intercept's "b", is read in this form only);
- the value bare after the quantity, ending its clause: "gcd 1.", « 35 et 64, de PGCD 1, sont-ils… »;
- the value in apposition, between commas or dashes: "Their gcd, 1, should appear", "their gcd — 1 —";
- an aside between the copula and the value: "whose gcd is, as I computed, 1".

Each is written "quantity = value" in a reading of its own (:func:`readings`); whether the value is
the answer, asserted and not a condition, is then :func:`extract.stated`'s to say, as for "gcd = 1".
Not read: a number that another number continues ("gcd 35 and 64", "gcd 35, 64": the pair), a value
followed by a word ("gcd (1 line)", "sisters (2 each)"), a question's value ("Is their gcd 1?"), a
word that is no number ("gcd (the greatest common divisor)", "(gcd?)")."""

from __future__ import annotations

import re
from functools import lru_cache

from workshop.prompts.text import NUMBER_WORD_RE, term_pattern

# a number, signed, with its decimals; or a number word (not the start of a longer word)
_VALUE = rf"(?P<value>[-+]?[ \t]?\d{{1,6}}(?:[.,]\d{{1,6}})?(?![\d\w])|(?:{NUMBER_WORD_RE})(?![\w-]))"
# a pronoun and a copula, or a copula alone, before the value inside a parenthesis or an apposition
_COPULA = (
    r"(?:(?:it|that|this|which|who)(?:[ \t]++is|'s)|c'est|ca[ \t]++fait|ca[ \t]++donne"
    r"|qui[ \t]++(?:est|vaut|fait)"
    r"|soit|i\.?e\.?|namely|equal[ \t]++to|equals?|egale?[ \t]++a|being|etant|valant|vaut|is|est|=|:)"
)
# no pair, list or decimal goes on after the value
_NO_MORE = r"(?![ \t]*+(?:[.,;]|et|and|&|ou|or)?[ \t]*+\d)"


@lru_cache(maxsize=64)
def _patterns(terms: tuple[str, ...], letters: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    quantity = "(?:" + "|".join(terms) + r")[a-z]*+"
    named = "(?:" + "|".join((*terms, *letters)) + r")[a-z]*+" if letters else quantity
    return (
        # "(gcd 1)", "(their gcd being 1)": the value closes the parenthesis
        re.compile(rf"(?P<q>{quantity})[ \t]++(?:{_COPULA}[ \t]*+)?{_VALUE}(?=[ \t]*+\))"),
        # "gcd (1)", "gcd (it is 1)", "b (-10)"
        re.compile(rf"(?P<q>{named})[ \t]*+\([ \t]*+(?:{_COPULA}[ \t]*+)?{_VALUE}[ \t]*+\)"),
        # "gcd 1.", "de PGCD 1, sont-ils": bare, ending its clause (no "?")
        re.compile(rf"(?P<q>{quantity})[ \t]++{_VALUE}{_NO_MORE}(?=[ \t]*+(?:[,;.!]|$))", re.M),
        # "their gcd, 1, should", "their gcd - 1 -"
        re.compile(rf"(?P<q>{quantity})[ \t]*+([,-])[ \t]*+(?:{_COPULA}[ \t]++)?{_VALUE}[ \t]*+\2{_NO_MORE}"),
        # "whose gcd is, as I computed, 1"
        re.compile(
            rf"(?P<q>{quantity})[ \t]++(?:is|est|vaut|equals|=)[ \t]*+,[^,\n\d()]{{1,40}}+,[ \t]*+"
            rf"{_VALUE}{_NO_MORE}"
        ),
    )


def read(folded: str, terms: tuple[str, ...], letters: tuple[str, ...] = ()) -> str:
    """``folded`` with each value noted beside a quantity of ``terms`` (regexes on folded text, each
    matching at a word's start) written "quantity = value"; ``letters``: one-letter names of the
    quantity (``\\bb\\b``), read only before a parenthesis that holds the value alone."""
    if not terms:
        return folded
    text = folded

    def noted(m: re.Match[str]) -> str:
        if _TITLED.search(m.string, max(0, m.start() - TITLE_REACH), m.start()):
            return m.group(0)  # "Exercice PGCD 1.", "Worksheet gcd 1, question 3": a title's number
        return f"{m.group('q')} = {m.group('value').replace(' ', '')}"

    for pattern in _patterns(terms, letters):
        text = pattern.sub(noted, text)
    return text


# Session 53 (mend53): a quantity named in a title, right after its noun (« Exercice PGCD 1. », « Fiche
# PGCD 1 », "Worksheet gcd 1, question 3", « Exercice sur le PGCD 2 »), is numbered there, not given a value.
# A title noun then a colon or an article ("Exercise: gcd 1.", "this exercise the gcd 1") reads as before.
TITLE_REACH = 40
_TITLED = re.compile(
    r"(?<![\w])(?:exercices?|exercises?|ex|fiches?|worksheets?|sheets?|chapitres?|chapters?|lecons?|lessons?|"
    r"parties?|parts?|sections?|td|tp|seances?|units?|unites?|modules?|series?|quiz|devoirs?|homework|"
    r"cours|courses?|niveaux?|levels?|questions?|problemes?|problems?|activites?|activity|activities|"
    r"ateliers?|workshops?|themes?|notions?|revisions?)\.?+[ \t]++"
    r"(?:(?:sur|on|about)[ \t]++(?:(?:le|la|les|l'|the)[ \t]*+)?+|(?:du|de|des|d')[ \t]*+)?+\Z"
)


def readings(folded: str, about: list[str], unit: list[str], subject: str = "") -> list[str]:
    """[the prompt with its noted values read] when it differs from ``folded``, else []: the
    quantity named by an answer check's ``about`` words (its one-letter regexes, "re:\\bb\\b", as
    letters) or, for a count, by its ``unit`` ("sister", « sœur »); with the count's ``subject``
    (a regex), a count given to the subject after it ("donc 1 sœur pour Caroline", "so 1 sister for
    Caroline") is written as the subject's ("caroline a 1 soeur")."""
    terms = tuple(term_pattern(a) for a in [*about, *unit] if not a.startswith(("re:", "line:")))
    letters = tuple(a[3:] for a in about if re.fullmatch(r"re:\\b[a-z]\\b", a))
    text = read(folded, terms, letters)
    if subject and unit:
        text = _given_to(tuple(term_pattern(u) for u in unit), subject).sub(_owned, text)
    return [text] if text != folded else []


@lru_cache(maxsize=16)
def _given_to(units: tuple[str, ...], subject: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w.,])(?P<value>\d{{1,4}}|(?:{NUMBER_WORD_RE})(?![\w-]))"
        rf"[ \t]++(?P<u>(?:{'|'.join(units)})[a-z]*+)[ \t]++(?P<for>pour|for)[ \t]++(?P<s>{subject})"
    )


def _owned(m: re.Match[str]) -> str:
    verb = "a" if m.group("for") == "pour" else "has"
    return f"{m.group('s')} {verb} {m.group('value')} {m.group('u')}"


_GIVEN_TO = _given_to((term_pattern("soeur"), term_pattern("sister")), r"\b(caroline|elle|she)\b")
# The patterns as they run on the exercise's quantities, at module level so that the ReDoS scan
# (tests/test_prompts_redos.py) reads their shapes: the terms are the checks' own, the rest is fixed.
_NOTE_CLOSING, _NOTE_IN_PARENS, _NOTE_BARE, _NOTE_APPOSED, _NOTE_ASIDE = _patterns(
    (term_pattern("pgcd"), term_pattern("ordonnee a l'origine"), term_pattern("sister")), (r"\bb\b",)
)
