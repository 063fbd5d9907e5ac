"""Text as the prompts checks read it: one normal form for every way a student or a model
writes the same thing (unicode spaces and minus signs, superscripts, Markdown emphasis,
accents, case, number words), split into lines, sentences and word runs.

Every check compares folded text (:func:`fold`) with folded trainer terms, so "Sœur",
"soeur" and "SŒUR", "−10" and "-10", "**1**" and "1" are the same to it."""

from __future__ import annotations

import functools
import re
import unicodedata

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUP_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_DASHES = re.compile(r"[\u2212\u2012\u2013\u2014\u2015\u2010\u2011\ufe63\uff0d]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_TIMES = re.compile(r"[×⋅·∙✕]")
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})
# Markdown emphasis: doubled marks anywhere, a single * or _ only at a word's edge (4*5 stays).
_EMPHASIS = re.compile(r"\*\*|__|~~|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "aucun": 0, "aucune": 0, "none": 0,
    "un": 1, "une": 1, "one": 1, "a": 1, "an": 1, "single": 1,
    "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5,
    "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10,
    "onze": 11, "eleven": 11, "douze": 12, "twelve": 12, "quinze": 15, "fifteen": 15,
    "vingt": 20, "twenty": 20, "trente": 30, "thirty": 30, "quarante": 40, "forty": 40,
    "cinquante": 50, "fifty": 50, "soixante": 60, "sixty": 60,
}  # fmt: skip
# Words that may stand for a small number in a count ("une sœur", "one sister"); the
# articles "a"/"an" only where the checks say so.
NUMBER_WORD_RE = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))


def clean(text: str) -> str:
    """Unicode and Markdown noise removed, case and accents kept.

    >>> clean("b = **−10**")
    'b = -10'
    """
    text = _SUP_RUN.sub(lambda m: "^" + m.group(0).translate(_SUPERSCRIPT), text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    text = _EMPHASIS.sub("", _DASHES.sub("-", text).translate(_QUOTES))
    return _TIMES.sub("*", text)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)  # the same prompt, answer and data texts are read by every check
def fold(text: str) -> str:
    """:func:`clean`, then lower case without accents: the form every comparison uses.

    >>> fold("Sœur ÉTAPE")
    'soeur etape'
    """
    return strip_accents(clean(text)).casefold()


_WORD = re.compile(r"[a-z0-9]+")  # "l'ia" is "l" "ia", "hp-35" is "hp" "35"


def words(folded: str) -> list[str]:
    """Word tokens of folded text; number words become digits ("trois" -> "3")."""
    return [str(NUMBER_WORDS[w]) if w in NUMBER_WORDS and w not in ("a", "an", "none") else w
            for w in _WORD.findall(folded)]  # fmt: skip


def plain_words(folded: str) -> list[str]:
    """Word tokens of folded text, as written."""
    return _WORD.findall(folded)


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def sentences(text: str) -> list[str]:
    """Sentences and lines, stripped, without empty ones (decimals such as 0.5 stay whole)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def shingles(tokens: list[str], size: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def term_pattern(term: str) -> str:
    """A trainer's term ("sœur", "premiers entre eux", "pascal|1642") as a regex on folded
    text: each word matches at a word start, plural and longer forms included."""
    options = []
    for option in term.split("|"):
        parts = [re.escape(w) for w in fold(option).split()]
        if parts:
            options.append(r"\b" + r"[\s'-]+".join(parts))
    return "(?:" + "|".join(options) + ")"


def has_term(folded: str, term: str) -> bool:
    return re.search(term_pattern(term), folded) is not None


def longest_common_run(a: list[str], b: list[str]) -> int:
    """The longest run of consecutive words that ``a`` and ``b`` share."""
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best
