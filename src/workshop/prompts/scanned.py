"""Text recognised from a screenshot (OCR) read as it was written (issue 11, session 52, round 86: « Réponse :
l sceur (Caroline + 1 autre fiIle) », a classmate's conversation pasted as the OCR tool gave it back).

OCR confuses a few shapes: "1" with "l", "I" or "|", "0" with "O", "5" with "S", "m" with "rn", "d" with
"cl", "w" with "vv", "œ" with "ce", "l" with "I". :func:`reread` reads a folded text (lower case, no
accents: "I" is "i", "O" is "o") with those confusions undone where only one reading makes sense:

- a word that French and English do not list (:func:`workshop.prompts.readable.read_word`) and that one
  confusion undone makes a listed word: "sceur" is "soeur", "fiile" "fille", "prerniers" "premiers",
  "cornbien" "combien";
- a lone "l", "|" or "i" (or "!") where a count stands: before a noun the tasks count (« l sceur », "I
  sister", « l partie ») or alone as a value (« Réponse : l », "pgcd = l", "b = -lO"); a "|" with another
  one on its line or a line beside it separates a table's columns ("| Prénom | Sœurs |", mend52);
- a run of digits with a letter among them that only stands for a digit ("l0", "6l", "1O", "-lo" after a
  sign): the digits it stands for.

Only the prompt's reading for dictation changes (:func:`workshop.prompts.grade.dictated`). Limits: a
confusion that makes another listed word ("rnoins" is read "moins", but "bon" for "bou" stays), "s" for
"5" at a run's end ("3s" may be seconds) unless a unit of minutes follows (round 89: "IS min"; session 53:
a lone "S min") or another number is paired with it ("gcd(3S, 64)") and "o"
alone for "0" are left as written; a lone English "I"
before a counted noun ("I sister") is read "1" (no English sentence puts it there)."""

from __future__ import annotations

import functools
import re

from workshop.prompts import readable
from workshop.prompts.text import text_cache

# confusions undone in a word, each one at a time: what OCR read -> what was written
_IN_WORDS = (("ce", "oe"), ("rn", "m"), ("cl", "d"), ("vv", "w"), ("i", "l"), ("l", "i"), ("0", "o"),
             ("1", "l"), ("5", "s"))  # fmt: skip
_WORD = re.compile(r"(?<![\w'])[a-z0-9]{3,30}+(?![\w])")
MAX_WORDS = 3000  # the words looked at (a long prompt's cost stays bounded)
# the nouns the tasks count, folded (OCR'd forms read first)
_COUNTED = (
    r"(?:soeurs?|sisters?|freres?|brothers?|filles?|girls?|garcons?|boys?|enfants?|children|child|parties?|"
    r"parts?|sections?|minutes?|min|heures?|hours?|avis|reviews?)"
)
_LONE_ONE = re.compile(
    rf"(?<![\w'’.,|!-])[l|i!](?=[ \t]++{_COUNTED}(?![\w]))"
    r"|(?:(?<=[:=])|(?<=[:=][ \t])|(?<=[:=][ \t]{2})|(?<=[-−][ \t])|(?<=[-−]))[l|]"
    r"(?=[ \t]*+(?:[.,;)\]»\"\n]|$))"
)
# a run of digits and lookalikes with a digit in it and a lookalike one in it, or an "o" after a "1" ("1o":
# "gpt-4o" stays), or a lookalike one then lookalike zeros after a sign, an equals sign or a colon ("-lo",
# "= lo")
_MIXED = re.compile(
    r"(?<![\w.,])(?=[l|io]{0,11}+[0-9])(?=[0-9o]{0,11}+[l|i]|1[0-9]{0,10}+o)[0-9l|io]{2,12}+(?![\w]|[.,]\d)"
    r"|(?:(?<=[-−=:])|(?<=[-−=:][ \t]))[l|][o0]{1,3}+(?![\w])"
)
_DIGIT_OF = str.maketrans({"l": "1", "|": "1", "i": "1", "!": "1", "o": "0"})
# Round 89 (fix89): a duration of two characters before a unit of minutes, a lookalike in it ("lo min", "is
# min", "2o min", "l5 mn"): its digits, "s" read "5" there (« Démos : IS min »); "is" or "so" before
# "min" in a sentence ("it is min. 10") is no duration: a number must not follow the unit.
# Session 53 (gaps53): a lone "s" there is 5 too (« Accueil S min »), not after a bracket or a slash
# ("(s) min").
_DURATION = re.compile(
    r"(?<![\w.,'])(?:[l|i!1][o0s5]|[1-9][os]|(?<![(/])s)(?=[ \t]*+(?:min|minutes?|mn)(?![\w])(?![ \t.]*+\d))"
)
# Session 53 (gaps53): an "s" for a 5 in a number paired with another number ("gcd(3S, 64)", « 3S et 64 »,
# "64 and 3S"): a count of seconds is never paired so.
_PAIRED_S = re.compile(
    r"(?<![\w.,])(?:\d{1,3}+s|s\d{1,3}+)(?![\w])(?=[ \t]*+(?:[,;&]|et(?![\w])|and(?![\w]))[ \t]*+\d)"
    r"|(?:(?<=\d,)|(?<=\d, )|(?<=\d et )|(?<=\d and )|(?<=\d & ))(?:\d{1,3}+s|s\d{1,3}+)(?![\w])"
)
_DURATION_DIGIT_OF = str.maketrans({"l": "1", "|": "1", "i": "1", "!": "1", "o": "0", "s": "5"})


def _word(match: re.Match[str]) -> str:
    return _respelled(match.group(0))


@functools.lru_cache(maxsize=4096)
def _respelled(word: str) -> str:
    if any(c.isdigit() for c in word) and not any(c.isalpha() for c in word):
        return word
    if readable.read_word(word):
        return word
    for seen, meant in _IN_WORDS:
        start = word.find(seen)
        while start >= 0:
            candidate = word[:start] + meant + word[start + len(seen) :]
            if candidate.isalpha() and readable.read_word(candidate):
                return candidate
            start = word.find(seen, start + 1)
    return word


@text_cache(64)
def reread(text: str) -> str:
    """``text`` (folded) with OCR's confusions undone (see the module)."""
    text = text[:65_536]
    words = 0

    def word(match: re.Match[str]) -> str:
        nonlocal words
        words += 1
        return _word(match) if words <= MAX_WORDS else match.group(0)

    read = _WORD.sub(word, text)
    read = _MIXED.sub(lambda m: m.group(0).translate(_DIGIT_OF), read)
    read = _DURATION.sub(lambda m: m.group(0).translate(_DURATION_DIGIT_OF), read)
    read = _PAIRED_S.sub(lambda m: m.group(0).replace("s", "5"), read)
    return _LONE_ONE.sub(lambda m: m.group(0) if _separator(read, m.start()) else "1", read)


def _separator(text: str, at: int) -> bool:
    """Whether the "|" at ``at`` separates a table's columns: another "|" stands on its line or on a line
    beside it ("| Prénom | Sœurs |", "Prénom | Sœurs" over "---|---", mend52), where « Réponse : | sœur »
    stands alone. Read within 300 characters each side (linear however many matches)."""
    if text[at] != "|":
        return False
    lo, hi = max(0, at - 300), min(len(text), at + 300)
    start = end = at
    for _ in range(2):  # back to the line before's start, on to the line after's end
        found = text.rfind("\n", lo, start)
        start = lo if found < 0 else found
        found = text.find("\n", end + 1, hi)
        end = hi if found < 0 else found
    return text.count("|", start, end) > 1
