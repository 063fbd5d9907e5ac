"""A source text pasted with one of its facts changed (round 24b: the summary's text with
"En 1642" made "En 1672", the translation's "des milliards" made "des millions", a review's
"en deux jours" made "en dix jours"): the prompt carries another text, so it does not carry
the task's data, for every task whose data is a text (its ``coverage`` check).

The texts are compared word by word (folded, number words as digits): where the prompt
copies four words of the data, then words of its own, then two words of the data again that
follow in the data at most :data:`SPAN` words later, the words in between were replaced; a
replacement is a changed fact when a number, a quantity ("milliers", "billions") or a name
(a capitalised word inside a sentence: "Pascal", "Colmar") of the data's words is gone and
other words stand in its place, or a number the data's words do not hold stands there. A
review's header laid out otherwise ("Avis 2 :" made "id: 2", "(2)") keeps its number; a
number inserted (sentences numbered "1.", "2.") replaces nothing. A word added or left out,
a line broken elsewhere, a typographic difference the folding erases (accents, "dix-neuf"
and "19", "1 642") change no fact."""

from __future__ import annotations

import re

from workshop.prompts.structure import FUNCTION
from workshop.prompts.text import fold, words

SPAN = 3  # words replaced, at most, on either side
FRAME = 2  # words copied around the replacement
RUN = 4  # words copied before it, at least (a pasted source copies more than a phrase)
_QUANTITIES = frozenset(
    "dizaine dizaines centaine centaines millier milliers million millions milliard milliards "
    "dozen dozens hundred hundreds thousand thousands billion billions".split()
)
_NAME = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]{2,}+")
_DIGITS = re.compile(r"\d++")
_OPENING = re.compile(r"[.!?:;«»\"\n]")  # what a sentence, a quotation or a line opens after


def _names(text: str) -> frozenset[str]:
    """The data's capitalised words that open no sentence, quotation or line, folded."""
    found: set[str] = set()
    for part in _OPENING.split(text):
        for name in _NAME.finditer(part):
            if part[: name.start()].strip(" \t'(-—–") and fold(name.group(0)) not in FUNCTION:
                found.update(words(fold(name.group(0))))
    return frozenset(found)


def _fact(token: str, names: frozenset[str]) -> bool:
    return any(c.isdigit() for c in token) or token in _QUANTITIES or token in names


def altered(prompt: str, data: list[str]) -> bool:
    """Whether ``prompt`` copies one of ``data``'s texts with a fact of it changed."""
    mine = words(fold(prompt))
    for text in data:
        theirs = words(fold(text))
        names = _names(text)
        headers = _headers(text, len(theirs))
        at: dict[tuple[str, ...], list[int]] = {}
        for k in range(FRAME, len(theirs) - FRAME):
            at.setdefault(tuple(theirs[k - FRAME : k]), []).append(k)
        for j in range(FRAME, len(mine) - FRAME):
            for k in at.get(tuple(mine[j - FRAME : j]), [])[:8]:
                if theirs[k] == mine[j] or not _copied_before(theirs, k, mine, j):
                    continue
                if _replaced(theirs, k, mine, j, names, headers):
                    return True
    return False


def _headers(text: str, count: int) -> set[int]:
    """The places (in ``words(fold(text))``) of the words that head a line of the data before its
    colon ("Avis 2 :", "Review 3:"): session 59 (fix105data, round 105: the reviews pasted as TOML
    « avis2 = "…" », YAML "avis_2:", a Python dict "review2", a label key between them), the header laid
    out as the student's own key or line is the data's layout, no fact of a review changed."""
    found: set[int] = set()
    at = 0
    for line in text.splitlines():
        head, colon, _ = line.partition(":")
        if colon and len(words(fold(head))) <= 3:
            found.update(range(at, at + len(words(fold(head)))))
        at += len(words(fold(line)))
    return found if at == count else set()


def _copied_before(theirs: list[str], k: int, mine: list[str], j: int) -> bool:
    """Whether the words before the replacement are a copy (round 82, fix82): at least :data:`RUN` words
    of the data copied, or all of them up to the data's start; two common words met again ("dans les"
    in « … se répand dans les années 1970 », a paraphrase given as help) copy nothing."""
    run = 0
    while run < RUN and k - run > 0 and j - run > 0 and theirs[k - run - 1] == mine[j - run - 1]:
        run += 1
    return run >= RUN or k - run == 0


def _numbers(tokens: list[str]) -> list[str]:
    """The runs of digits of ``tokens``, in order."""
    return [run for token in tokens for run in _DIGITS.findall(token)]


def _replaced(
    theirs: list[str], k: int, mine: list[str], j: int, names: frozenset[str], headers: set[int]
) -> bool:
    for gone in range(1, SPAN + 1):
        for came in range(1, SPAN + 1):
            if (
                theirs[k + gone : k + gone + FRAME] == mine[j + came : j + came + FRAME]
                and len(theirs[k + gone : k + gone + FRAME]) == FRAME
            ):
                if headers & set(range(k, k + gone)):
                    # a line's header laid out otherwise (:func:`_headers`): its number kept last, or none
                    # written (a YAML list); another number renumbers it (r25bo-sentiment-ids-permuted)
                    kept, said = _numbers(theirs[k : k + gone]), _numbers(mine[j : j + came])
                    return bool(said) and said[len(said) - len(kept) :] != kept
                old, new = set(theirs[k : k + gone]), set(mine[j : j + came])
                lost = {t for t in old - new if _fact(t, names)}
                added = {t for t in new - old if any(c.isdigit() for c in t)}
                # the texts meet again (read once): a word of the data replaced, not one inserted
                return bool(old - new and new - old and (lost or added))
    return False
