"""A run of hashtags read as a topic list, each hashtag as the words it runs together (round 92, fix92).

« #énigme #logique #unesœur », "#maths #y4xminus10", « #premiersentreeux #pgcd1 »: a hashtag is words
written without their blanks, and one that holds the answer ("une sœur", "y = 4x minus 10", "pgcd 1")
dictates it as plainly as the words apart would. Each run of hashtags is read as a tags line, « Tags :
énigme, logique, 1 sœur. », its hashtags split into words: CamelCase humps, letters and digits apart, then
each run of letters cut into the fewest words of a vocabulary (the prompt's own words and their singulars,
the number words, a few words of a value's statement: "is", "minus", "gcd"…); a number word alone is read
as its digit ("une sœur" → "1 sœur"), a leading "y" before a term as an equation ("y = 4x minus 10").
A tags line is what the readers already judge: a topic alone ("#gcd #coprime", "#premiersentreeux") names
the notion, no verdict (coprimality's topic list, round 91), while "pgcd 1" or "1 sœur" states the value.
Limits: a letter run the vocabulary does not cut whole is kept as one word (a hashtag in words the prompt
never uses, "#justthesoleone", stays unread); a hashtag in the middle of a sentence is read as a tags line
too (it breaks that sentence in two)."""

from __future__ import annotations

import re

from workshop.prompts import numwords
from workshop.prompts.text import fold

# A run of hashtags: "#" then a letter (no "#1", no "C#", no "page#anchor"), blanks between them.
_RUN = re.compile(r"(?<![\w#&/])#[^\W\d_][^\s#]{0,60}+(?:[ \t]++#[^\W\d_][^\s#]{0,60}+)*+")
_TAG = re.compile(r"#([^\s#]++)")
_HUMP = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
_PIECE = re.compile(r"\d++|[^\W\d_]++")
_WORD = re.compile(r"[^\W\d_]{2,30}+")
# Words a value's statement glues between the prompt's own ones.
_GLUE = frozenset(
    "is est es the le la les l de du des a an y x it its c ce sa son their leur leurs answer reponse "
    "resultat result yes no oui non vrai faux true false minus plus moins equals equal egal egale egalent "
    "vaut gcd pgcd just only seul seule seulement juste exactly exactement sister sisters soeur soeurs "
    "intercept slope pente ordonnee origine coprime premiers entre eux".split()
)
_NUMBERS = {**numwords._ONE, **numwords._UNITS, **numwords._TEENS, **numwords._TENS, "zero": 0}
LONGEST = 30  # a vocabulary word's longest length


def read(prompt: str) -> str:
    """``prompt`` with each run of hashtags read as a tags line of the words they hold."""
    if "#" not in prompt:
        return prompt
    vocabulary = _vocabulary(fold(_RUN.sub(" ", prompt)))  # the prompt's words outside its hashtags
    return _RUN.sub(lambda m: _tags(m.group(0), vocabulary), prompt)


# One hashtag, '#' then a letter (as a run's first, :data:`_RUN`): session 60's language check and
# faithfulness read a tags line under a translation through it.
TAG = re.compile(r"(?<![\w#&/])#([^\W\d_][^\s#]{0,60}+)")


def as_words(text: str) -> str:
    """``text`` with each hashtag written as its words, split at its CamelCase humps ("#MachineLearning" →
    " Machine Learning "), for the language check (evaluate.py, session 60)."""
    return TAG.sub(lambda m: " " + _HUMP.sub(" ", m.group(1)) + " ", text) if "#" in text else text


def _vocabulary(folded: str) -> frozenset[str]:
    words = {w for w in _WORD.findall(folded[:65_536])}
    words |= {w[:-1] for w in words if w.endswith(("s", "x")) and len(w) > 3}
    return frozenset(words | _GLUE | set(_NUMBERS))


def _tags(run: str, vocabulary: frozenset[str]) -> str:
    items = [words(tag, vocabulary) for tag in _TAG.findall(run)]
    return "Tags: " + ", ".join(items) + "."


def words(tag: str, vocabulary: frozenset[str]) -> str:
    """A hashtag's body (without its "#") as the words it runs together ("unesœur" → "1 soeur")."""
    pieces: list[str] = []
    for hump in _HUMP.split(tag):
        for piece in _PIECE.findall(fold(hump)):
            pieces += [piece] if piece.isdigit() else split(piece, vocabulary)
    pieces = [str(_NUMBERS[p]) if p in _NUMBERS else p for p in pieces]
    glued: list[str] = []
    for piece in pieces:  # "4", "x" → "4x": a coefficient and its variable
        if piece in ("x", "y") and glued and glued[-1].lstrip("-").isdigit():
            glued[-1] += piece
        else:
            glued.append(piece)
    if len(glued) > 1 and glued[0] == "y" and re.match(r"\d|x\b", glued[1]):
        glued.insert(1, "=")  # "y4x…": an equation whose sign the hashtag dropped
    return " ".join(glued)


def split(letters: str, vocabulary: frozenset[str]) -> list[str]:
    """``letters`` cut into the fewest words of ``vocabulary`` (itself alone when no cut covers it).
    Linear in its length: each end looks back at most :data:`LONGEST` letters."""
    if letters in vocabulary or len(letters) > 200:
        return [letters]
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - LONGEST), end):
            before = best[start]
            if before is not None and letters[start:end] in vocabulary:
                if best[end] is None or len(before) + 1 < len(best[end] or ()):
                    best[end] = [*before, letters[start:end]]
    return best[-1] or [letters]
