"""Answers a prompt gives in another form (round 29, issue 11bb): a "hint" that is the answer
once one step is taken. Three kinds, each read by what it implies rather than by its words:

- a relation between the unknowns stated with a number (``relation_over_unknowns``: "le
  produit a × b vaut −40", "a + b = −6", "the difference a - b comes out at 14"): with the
  slope the data fixes, the number gives the intercept;
- a record of the people the question counts (``record_counts``: a family register, a GEDCOM
  extract, "les enfants : Caroline (fille), Inès (fille), Paul (garçon)"): the count asked is
  read off the list;
- a rule that fixes every part's duration (``equal_parts``: "six parties de même durée",
  "four parts of equal length", "chaque partie dure 10 minutes"): the whole is the task's, so
  each part's duration follows.

A hint asked about, supposed or denied ("calcule le produit a × b", "si a × b = …", "?")
gives nothing. The inputs are the prompt without its data (folded, ``rest``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, fold, sentences

MAX_SENTENCES = 200
_ASKED = re.compile(
    r"\b(?:si|if|suppose|supposons|imagine|whether|calcule\w*|compute\w*|calculate\w*|donne\w*|give|"
    r"trouve\w*|find|determine\w*|verifie\s++si|check\s++whether|dis\s++si|say\s++whether)\b"
)
_NOT = re.compile(r"\b(?:pas|not|ni|nor|jamais|never)\b|n't")


def _told(sentence: str) -> bool:
    """A sentence that tells (no question, condition, request or denial)."""
    return not (sentence.rstrip().endswith("?") or _ASKED.search(sentence) or _NOT.search(sentence))


def _numbers(sentence: str) -> Iterator[Fraction]:
    for m in re.finditer(r"(?<![\w.,])(-\s*+)?(\d{1,6})(?:[.,](\d{1,4}))?(?![\w]|[.,]\d)", sentence):
        value = Fraction(int(m[2])) + (Fraction(int(m[3]), 10 ** len(m[3])) if m[3] else 0)
        yield -value if m[1] else value


# -- a relation between the line's two unknowns --------------------------------------------------
_UNKNOWN_A = r"(?:(?<![\w'])a(?![\w'])|pente|slope|gradient|coefficient\s++directeur)"
_UNKNOWN_B = r"(?:(?<![\w'])b(?![\w'])|ordonnee\s++a\s++l'\s*+origine|(?:y-)?intercept)"
_BOTH = re.compile(rf"{_UNKNOWN_A}[^.;!?\n]{{0,60}}?{_UNKNOWN_B}|{_UNKNOWN_B}[^.;!?\n]{{0,60}}?{_UNKNOWN_A}")


def _relations(a: Fraction, b: Fraction) -> set[Fraction]:
    found = {a + b, a - b, b - a, a * b}
    if b:
        found.add(a / b)
    if a:
        found.add(b / a)
    return found


def relation_over_unknowns(rest: str, expected: Any, data_numbers: set[Fraction]) -> bool:
    """Whether a told sentence names both unknowns of the line and a number, not the data's,
    that one operation on the expected slope and intercept gives (their sum, differences,
    product or ratios)."""
    if not isinstance(expected, tuple):
        return False
    wanted = _relations(*expected) - data_numbers
    for sentence in sentences(fold(rest).replace("- ", "-"))[:MAX_SENTENCES]:
        if not _told(sentence) or not _BOTH.search(sentence):
            continue
        if any(n in wanted for n in _numbers(sentence)):
            return True
    return False


# -- a record of the people counted ----------------------------------------------------------------
_FEMALE = r"(?:f|fille|girl|femme|female|woman|soeur|sister|♀)"
_MALE = r"(?:m|h|garcon|boy|homme|male|man|frere|brother|♂)"
_ENTRY = re.compile(
    r"(?P<name>[a-z][a-z'-]{1,20})[ \t]*+(?:[(/|,:=-][ \t]*+|[ \t]++(?:sex[ \t]++|sexe[ \t]++)?)"
    rf"(?:(?P<f>{_FEMALE})|(?P<m>{_MALE}))(?![\w'])"
)
ENTRIES = 3  # named people with a sex at least, so that a list, not a remark, is read


def record_counts(rest: str, subject: str, unit: list[str]) -> set[int]:
    """The counts a list of named people with their sex gives for the question: the number of
    the subject's sisters (the women of the list but the subject), when the prompt lists
    three people or more, the subject among them, and the unit asked is sisters."""
    if not any(fold(u).startswith(("soeur", "sister")) for u in unit):
        return set()
    folded = fold(rest)
    entries: dict[str, bool] = {}
    for m in list(_ENTRY.finditer(folded))[:100]:
        entries.setdefault(m["name"], bool(m["f"]))
    named = [n for n in entries if re.fullmatch(subject, n)]
    if len(entries) < ENTRIES or not named or not entries[named[0]]:
        return set()
    return {sum(entries.values()) - 1}


# -- a rule that fixes every part's duration --------------------------------------------------------
_EQUAL = (
    r"(?:de\s++(?:meme|la\s++meme)\s++(?:duree|longueur|taille)|(?:de\s++)?durees?\s++(?:egales?|identiques?)|"
    r"egales?|egaux|identiques?|equal(?:ly)?|of\s++(?:equal|the\s++same)\s++(?:length|duration|time|size)|"
    r"(?:the\s++)?same\s++(?:length|duration|amount\s++of\s++time)|even(?:ly)?|equitablement|a\s++parts\s++egales|"
    r"(?:qui\s++)?dur(?:ent|ant)\s++(?:toutes?\s++|tous\s++)?(?:le\s++meme\s++temps|autant)|"
    r"(?:lasting|last|take|taking)\s++the\s++same\s++(?:time|length))"
)
_PARTS = (
    r"(?:parties|sections|parts|segments|blocs|blocks|sequences|temps|moments|etapes|steps|chapitres|chapters)"
)
_COUNT = rf"(?P<n>\d{{1,2}}|{NUMBER_WORD_RE})"
_EQUAL_COUNT = re.compile(
    rf"\b{_COUNT}\s++{_PARTS}\b[^.;!?\n]{{0,40}}?\b{_EQUAL}\b"
    rf"|\b{_EQUAL}\b[^.;!?\n]{{0,20}}?\b(?P<n2>\d{{1,2}}|{NUMBER_WORD_RE})\s++{_PARTS}\b"
)
_EACH = re.compile(
    rf"\b(?:chaque|chacune\s++des|each|every|toutes\s++les|tous\s++les|all(?:\s++the)?)\s++"
    rf"(?:partie|section|part|segment|bloc|block|etape|step)s?\b"
    rf"[^.;!?\n]{{0,30}}?\b(?P<d>\d{{1,3}}|{NUMBER_WORD_RE})\s*+(?:min|mn|minutes?|mins)\b"
    rf"|\b(?P<d2>\d{{1,3}}|{NUMBER_WORD_RE})\s*+(?:min|mn|minutes?|mins)\s++(?:par|per|a|for\s++each)\s++"
    r"(?:partie|section|part|segment|bloc|block|etape|step)\b"
)

# Round 38: a bound on each part ("keep each part under 15 minutes", « pas plus de 12 min par
# partie », "at most 12 minutes per part") leaves the durations open; "min" after a number is its unit,
# no bound (« chaque partie dure exactement 10 min », round 51), and a range is one ("between 5 and 20 min").
_EACH_BOUND = re.compile(
    r"\b(?:under|below|less\s++than|fewer\s++than|more\s++than|over|at\s++(?:most|least)|max(?:imum)?|"
    r"(?<!\d)(?<!\d\s)min(?!\w)|minimum|up\s++to|no\s++longer|shorter|longer|exceed\w*+|moins|plus\s++de|plus\s++d'|"
    r"au\s++plus|au\s++moins|jusqu|maxi|depasse\w*+|inferieure?s?|superieure?s?|within|between|entre|from)(?!\w)|[<>≤≥]"
    # a range or a choice: "5-15 min", « 10 ou 15 min »
    r"|(?<![\d.,])\d{1,3}[ \t]*+(?:-|–|/|a|à|to|ou|or)[ \t]*+\d"
)


def _count(token: str | None) -> int:
    if not token:
        return 0
    return int(token) if token.isdigit() else int(NUMBER_WORDS.get(token, 0))


def equal_parts(rest: str, total: float, min_sections: int) -> bool:
    """Whether a told sentence fixes every part's duration: a count of parts said equal (or
    all lasting the same), or one duration given to each part, that cut the whole into at
    least ``min_sections`` parts."""
    for sentence in sentences(fold(rest))[:MAX_SENTENCES]:
        if sentence.rstrip().endswith("?") or re.search(r"\b(?:si|if|pas|not)\b", sentence):
            continue
        for m in list(_EQUAL_COUNT.finditer(sentence))[:20]:
            if _count(m["n"] or m["n2"]) >= min_sections:
                return True
        for m in list(_EACH.finditer(sentence))[:20]:
            if _EACH_BOUND.search(sentence[max(0, m.start() - 30) : m.end() + 20]):
                continue  # a bound, not a duration: "keep each part under 15 minutes" (round 38)
            minutes = _count(m["d"] or m["d2"])
            if minutes and total / minutes >= min_sections and (total / minutes).is_integer():
                return True
    return False
