"""The answer set as a little puzzle the prompt solves for the model (issue 11, session 36; round 33's
r33g-line-anagram, r33g-line-digits-of-b, r33g-riddle-spelled-like-the-article,
r33g-riddle-chemical-formula, r33g-riddle-en-question-mark-count).

Each reading below is the folded text with one puzzle replaced by its solution, which the answer
readers of :func:`workshop.prompts.evaluate.gives_away` then read as a plain statement:

- an anagram the prompt names as one ("l'anagramme de « SNIOM XID »", "an anagram of 'NEU'") whose
  letters are those of a number in words, signed or not ("moins dix"), or of a yes or a no: the
  number in digits ("b est -10");
- a number described by its digits place by place, the units' among them ("b est un nombre négatif à
  deux chiffres, dont le chiffre des dizaines est 1 et celui des unités 0", "whose tens digit is 1 and
  whose units digit is 0"): its subject stated equal to it ("b = -10");
- a word said to be the same word as a word of a quotation ("le même mot que l'article dans « une
  fille »", "the same word as the first word of 'one for all'"): that word;
- a formula of letters with counts and its legend ("G₃F₂ (G pour garçon, F pour fille)", "B3G2 (B
  for boy, G for girl)"): the counts of the nouns ("3 garcons et 2 filles");
- the count of a symbol in the statement ("the number of question marks in the riddle", "le nombre
  de points d'interrogation de l'énoncé"): that count, taken in the data (:func:`counted`), when every
  version of the data has the same.

A reading only replaces a puzzle by its solution: a prompt with an anagram of no number ("« CHIEN »
est l'anagramme de « NICHE »"), a data number's digit ("le chiffre des unités de 64 est 4"), a number
written "de la même façon que « trois »" or a chemical formula says nothing of the answer in it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workshop.prompts.text import NUMBER_WORDS, fold

_QUOTE = "[\"'`]"
_WORDS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an", "none", "aucun", "aucune", "single")}
_VERDICTS = ("oui", "non", "yes", "no")


def _letters(text: str) -> str:
    return "".join(sorted(c for c in text if c.isalpha()))


def _anagram_values() -> dict[str, str]:
    """Sorted letters -> the value they spell: a number word, "moins"/"minus" and one, a verdict."""
    found: dict[str, str] = {}
    for word, n in _WORDS.items():
        found.setdefault(_letters(word), str(n))
        for minus in ("moins", "minus"):
            found.setdefault(_letters(minus + word), str(-n))
    for verdict in _VERDICTS:
        found.setdefault(_letters(verdict), verdict)
    return found


_ANAGRAMS = _anagram_values()
_ANAGRAM_OF = re.compile(
    r"(?<![\w'])(?:l'|un |une |an |the )?anagram(?:me)?s?[ \t]++(?:de|du mot|of|of the word)[ \t]*+"
    rf"{_QUOTE}[ \t]*+(?P<w>[a-z][a-z \t-]{{0,40}}?)[ \t]*+{_QUOTE}"
)


def _unscrambled(match: re.Match[str]) -> str:
    word = match["w"]
    value = _ANAGRAMS.get(_letters(word))
    if value is None or re.sub(r"[^a-z]", "", word) in _WORDS:
        return match.group(0)  # no number's letters, or no anagram at all (the word as it is)
    return value


_PLACES = {"unites": 0, "units": 0, "ones": 0, "unite": 0, "dizaines": 1, "tens": 1, "dizaine": 1,
           "centaines": 2, "hundreds": 2, "centaine": 2, "milliers": 3, "thousands": 3}  # fmt: skip
_DIGIT_WORDS = {w: n for w, n in _WORDS.items() if n < 10}
_DIGIT = rf"(?P<d>\d|{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))})(?![\w])"
_PLACE = re.compile(
    r"\b(?:chiffre des|celui des|the|its|whose|and whose|digit of the)?[ \t]*+"
    rf"(?P<p>{'|'.join(_PLACES)})(?:[ \t]++digit|[ \t]++place)?[ \t]++"
    r"(?:est[ \t]++|is[ \t]++|vaut[ \t]++|=[ \t]*+|:[ \t]*+)?" + _DIGIT
)
# The number so described: "b est un nombre (négatif) à deux chiffres, dont…", "b is a negative
# two-digit number whose…".
_DESCRIBED = re.compile(
    r"(?<![a-z'-])(?P<subject>(?:[a-z'-]++[ \t]++){0,3}?[a-z'-]++)[ \t]++(?:est|is)[ \t]++"
    r"(?:un|une|a|an)[ \t]++"
    r"(?P<what>[^.;!?\n]{0,80}?)(?:nombre|entier|number|integer)\b(?P<rest>[^.;!?\n]{0,200})"
)
_NEGATIVE = re.compile(r"\b(?:negatif|negative|strictement negatif|moins|minus)\b")


def _digits_read(text: str) -> str:
    """Each number described by its digits place by place stated equal to its subject."""
    out, last = [], 0
    for m in list(_DESCRIBED.finditer(text))[:20]:
        places: dict[int, int] = {}
        for p in _PLACE.finditer(m["rest"]):
            d = p["d"]
            places.setdefault(_PLACES[p["p"]], int(d) if d.isdigit() else _DIGIT_WORDS[d])
        if 0 not in places or set(places) != set(range(max(places) + 1)):
            continue  # no units digit, or a place missing: no number
        value = sum(d * 10**k for k, d in places.items())
        sign = "-" if _NEGATIVE.search(m["what"] + m["rest"]) else ""
        out.append(text[last : m.start()] + f"{m['subject']} = {sign}{value}.")
        last = m.end()
    return "".join(out) + text[last:] if out else text


_SAME_WORD = re.compile(
    r"\b(?:le meme mot que|the same word as|s'ecrit comme|spelt like|"
    r"spelled like|"
    r"spelled the same as|written like)[ \t]++"
    r"(?:(?P<which>l'article|le determinant|le premier mot|le dernier mot|l'adjectif numeral|the article|"
    r"the first word|the last word|the determiner|the number word)[ \t]++(?:dans|de|du|in|of)[ \t]++"
    r"(?:l'expression[ \t]++|la phrase[ \t]++|the phrase[ \t]++|the expression[ \t]++)?)?"
    rf"{_QUOTE}[ \t]*+(?P<q>[a-z][a-z' \t-]{{0,60}}?)[ \t]*+{_QUOTE}"
)


def _same_word(match: re.Match[str]) -> str:
    words = match["q"].split()
    which = match["which"] or ""
    if "dernier" in which or "last" in which:
        return f"est {words[-1]}" if match.group(0).startswith("s'ecrit") else words[-1]
    if which or len(words) == 1:
        return f"est {words[0]}" if match.group(0).startswith("s'ecrit") else words[0]
    return match.group(0)


# A formula of letters with counts ("g3f2", "b3g2", "f2g3": folded subscripts) and its legend.
_FORMULA = re.compile(r"(?<![\w])(?:[a-z]\d{0,3}){2,6}(?![\w])")
_LEGEND = re.compile(
    r"(?<![\w'])(?P<l>[a-z])[ \t]*+(?:pour|=|for|:|stands for|signifie|veut dire|means)[ \t]*+"
    r"(?:une?[ \t]++|an?[ \t]++|les?[ \t]++|the[ \t]++)?(?P<noun>[a-z]{3,20})\b"
)


def _plural(noun: str, n: int) -> str:
    return noun if n == 1 or noun.endswith("s") else noun + "s"


def _formulas_read(text: str) -> str:
    legend: dict[str, str] = {}
    for m in list(_LEGEND.finditer(text))[:40]:
        legend.setdefault(m["l"], m["noun"])
    if len(legend) < 2:
        return text

    def read(m: re.Match[str]) -> str:
        parts = re.findall(r"([a-z])(\d{0,3})", m.group(0))
        if not any(n for _, n in parts) or any(letter not in legend for letter, _ in parts):
            return m.group(0)
        counts = [(int(n) if n else 1, legend[letter]) for letter, n in parts]
        return " et ".join(f"{n} {_plural(noun, n)}" for n, noun in counts)

    return _FORMULA.sub(read, text)


# "écrite en toutes lettres", "spelled out": said of the word a puzzle stood for, not of its solution.
_SPELLED_OUT = re.compile(
    r",[ \t]*+(?:ecrite?s?|written|spelt|spelled)[ \t]++"
    r"(?:en[ \t]++(?:toutes[ \t]++)?lettres|out|in[ \t]++(?:full|words|letters)|"
    r"out[ \t]++in[ \t]++(?:full|words|letters))[ \t]*+,"
)


def readings(text: str) -> Iterator[str]:
    """``text`` (folded) with each kind of puzzle replaced by its solution, each reading that changes it."""
    candidates = []
    if "anagram" in text:
        candidates.append(_ANAGRAM_OF.sub(_unscrambled, text))
    if "unit" in text or "ones" in text:
        candidates.append(_digits_read(text))
    candidates.append(_SAME_WORD.sub(_same_word, text))
    candidates = [_SPELLED_OUT.sub("", c) if c != text else c for c in candidates]
    candidates.append(_formulas_read(text))
    for candidate in candidates:
        if candidate != text:
            yield candidate


_SYMBOLS = {
    "points d'interrogation": "?", "point d'interrogation": "?", "question marks": "?",
    "question mark": "?",
    "points d'exclamation": "!", "exclamation marks": "!", "virgules": ",", "commas": ",",
    "parentheses ouvrantes": "(", "parentheses fermantes": ")", "opening brackets": "(",
    "closing brackets": ")",
    "opening parentheses": "(", "closing parentheses": ")", "round brackets": "()", "parentheses": "()",
    "brackets": "()", "chiffres": "0123456789", "digits": "0123456789", "full stops": ".",
    "periods": ".", "deux-points": ":", "colons": ":",
}  # fmt: skip
# The count tied to the answer by an equality ("must equal the number of", "est égal au nombre de").
_COUNT_OF = re.compile(
    r"\b(?P<lead>(?:equals?|equal to|be|is|egale?s?|vaut|valoir|est|=)[ \t]++)"
    r"(?:le nombre (?:de|d')|au nombre (?:de|d')|the number of|autant (?:de|d')|as many)[ \t]*+"
    rf"(?P<s>{'|'.join(sorted((re.escape(s) for s in _SYMBOLS), key=len, reverse=True))})[ \t]++"
    r"(?:de|du|dans|in|of)[ \t]++(?:l'|le |la |mon |ma |the |my |this |cet |cette )?[ \t]*+"
    r"(?:enonce|enigme|devinette|probleme|exercice|question|riddle|puzzle|statement|problem|exercise|question)s?\b"
)


def counted(text: str, data: Sequence[str]) -> Iterator[str]:
    """``text`` (folded) with "the number of question marks in the riddle" replaced by that count in
    the data, when every version of the data has the same count."""
    if not data or (
        "nombre" not in text and "number" not in text and "autant" not in text and "as many" not in text
    ):
        return

    def count(m: re.Match[str]) -> str:
        signs = _SYMBOLS[m["s"]]
        counts = {sum(fold(d).count(c) for c in signs) for d in data}
        return f"{m['lead']}{counts.pop()}" if len(counts) == 1 else m.group(0)

    reading = _COUNT_OF.sub(count, text)
    if reading != text:
        yield reading
