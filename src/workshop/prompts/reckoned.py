"""Durations reckoned (issue 11, session 35): the plan's durations given through arithmetic
the model only has to carry out, the total being the task's.

Principle: :mod:`schedule` reads the numbers that partition the hour; round 33 gave none of
them and still fixed every part:
- *multiples of one unknown* ("si l'accueil dure x minutes, les questions x, la définition
  2x, le fonctionnement 3x…", "n + 5", "t/2"): with the total known, terms over one letter
  fix every part, whatever the letter; ``min_sections`` terms or more in one passage, two of
  them different (a bare "x" said again is the unknown named, not a system), none a bound
  ("keep the questions under x"), make the durations dictated. A letter with an index ("d1 +
  d2 + … = 60") names each part apart and fixes nothing; a letter before a number is a
  multiplication sign ("2 x 10 min": two parts of ten minutes, a hint that only constrains);
- *levels at a rate*: a quantity that moves at a stated rate per unit of time ("my
  projector's battery drops by 1 % per minute", "le thermomètre monte de 2 degrés par
  minute", "3 litres a minute") turns its levels into times: the levels the passage lists
  (numbers in the rate's unit or bare), read as marks (their differences, either way) or as
  amounts used per part, times the rate's minutes, that make the total in ``min_sections``
  parts or more are the durations dictated;
- *turns of a period*: a timer, a song, a cycle of a stated length ("un sablier de 5 minutes",
  "a 5-minute egg timer", "une chanson de 3 minutes") turned, run or played a number of times
  per part ("je le retourne 1 fois pour l'accueil, 2 fois…", "twice for the welcome, 3 times…"):
  ``min_sections`` counts of turns or more in one passage that, times one duration the prompt
  states, make the total are the durations dictated. A count that compares ("2 fois plus
  long", "three times as long") is no turn; a timer used once is one part, not a partition.

Session 36 (round 36's pie chart, football match, formula per part):
- *angles of a disc*: numbers in degrees ("30°, 60°, 90°…", "30, 60 et 90 degrés") that fill the
  disc (360°) in ``min_sections`` parts or more are shares of the whole: the durations dictated;
- *fractions of another whole*: fractions ("1/18, 1/9, 1/6…", percentages too) of a duration the
  same sentence states ("of a 90-minute football match", "d'un film de 2 heures") that, times it,
  make the total in ``min_sections`` parts or more;
- *a formula over the part's index*: "la partie numéro k dure 5 × min(k, 7 − k) minutes", "part i
  lasts 5*(3.5 - |i - 3.5|) minutes": an arithmetic expression in the letter that numbers the
  parts (numbers, + - * / ( ), min, max, |…|, abs), evaluated for the index from 1 to the end its
  range states (or any end from ``min_sections`` to 12), whose positive values make the total.
  Only a letter the prompt ties to a part ("partie k", "part number i", "for each part n") is an
  index; an expression it cannot read whole is read as nothing."""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORDS

GAP = 160  # characters between two terms of one passage
MAX_TERMS = 200
MAX_WINDOW = 16

_NOT_COUNTS = ("a", "an", "one", "single", "zero", "aucun", "aucune", "none")
_WORDS = "|".join(
    sorted((w for w in NUMBER_WORDS if w.isalpha() and w not in _NOT_COUNTS), key=len, reverse=True)
)
_NUMBER = r"\d{1,4}(?:[.,]\d{1,2})?"
# a letter that is a word of its own in French or English, or a unit, is no unknown
_TERM = re.compile(
    rf"(?<![\w'’.,/-])(?:(?P<c>{_NUMBER})\s*+[*×·]?\s*+)?(?P<x>[b-gj-lnp-rt-xz])(?!\s*+\d)"
    rf"(?:\s*+/\s*+(?P<d>\d{{1,2}}))?(?:\s*+(?P<sign>[+-])\s*+(?P<k>{_NUMBER})(?!\s*+[a-z]\b))?(?![\w'’-])"
)
_BOUND = re.compile(
    r"\b(?:under|over|below|above|within|less\s++than|more\s++than|at\s++most|at\s++least|up\s++to|"
    r"moins\s++de|plus\s++de|au\s++plus|au\s++moins|jusqu'a|sous|pas\s++plus|no\s++more|"
    r"inferieure?s?\s++a|superieure?s?\s++a|depasse\w*|exceed\w*|choose|choisis\w*|fixe\w*|pick)\s*+$|[<>≤≥]\s*+$"
)
_UNIT = r"(?:%|pour\s*+cent|percent|per\s*+cent|°|[a-z]{1,12})"
_RATE = re.compile(
    rf"(?<![\w.,])(?P<r>{_NUMBER})\s*+(?P<u>{_UNIT})?(?:\s++(?:de\s++|d'|of\s++)?[a-z]{{1,12}})?\s*+"
    r"(?:/|par|per|a|an|each|every|chaque|toutes\s++les)\s*+"
    r"(?P<per>minute|min|mn|heure|hour|hr|h|seconde|second|sec|s)s?\b"
)
_LEVEL = re.compile(rf"(?<![\w.,])(?P<v>{_NUMBER})(?![\d])")
_TIME_UNIT = re.compile(r"^\s*+(?:minutes?|mins?|mn|heures?|hours?|h|secondes?|seconds?|s)\b")
_JOINER = re.compile(r"^\s*+(?:[,;/)]|et\b|and\b|puis\b|then\b|ou\b|or\b|$)")


def _value(token: str) -> Fraction:
    return Fraction(token.replace(",", "."))


def _parts(terms: list[tuple[Fraction, Fraction]], total: int) -> list[Fraction] | None:
    """The durations the terms ``c·x + k`` make when they add up to ``total``."""
    slope = sum((c for c, _ in terms), Fraction(0))
    if slope <= 0:
        return None
    x: Fraction = (Fraction(total) - sum((k for _, k in terms), Fraction(0))) / slope
    parts = [c * x + k for c, k in terms]
    return parts if x > 0 and all(p > 0 for p in parts) else None


def _unknowns(text: str, total: int, min_sections: int) -> bool:
    found: dict[str, list[tuple[int, int, Fraction, Fraction]]] = {}
    for m in list(_TERM.finditer(text))[:MAX_TERMS]:
        if _BOUND.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        c = _value(m["c"]) if m["c"] else Fraction(1)
        if m["d"]:
            if int(m["d"]) == 0:
                continue
            c /= int(m["d"])
        k = _value(m["k"]) if m["k"] else Fraction(0)
        found.setdefault(m["x"], []).append((m.start(), m.end(), c, -k if m["sign"] == "-" else k))
    for terms in found.values():
        passages: list[list[tuple[int, int, Fraction, Fraction]]] = []
        for term in terms:
            end = passages[-1][-1][1] if passages else -GAP - 1
            if term[0] - end <= GAP and "\n\n" not in text[end : term[0]]:
                passages[-1].append(term)
            else:
                passages.append([term])
        for passage in passages:
            for i in range(len(passage)):
                for j in range(i + min_sections, min(len(passage), i + MAX_WINDOW) + 1):
                    window = [(c, k) for _, _, c, k in passage[i:j]]
                    if len(set(window)) >= 2 and _parts(window, total):
                        return True
    return False


def _levels(text: str, rate: re.Match[str]) -> list[list[Fraction]]:
    """The passages of levels around ``rate``: numbers in its unit or bare, the rate's own left out."""
    unit = rate["u"]
    same = re.compile(r"^\s*+" + re.escape(unit)) if unit else None
    passages: list[list[Fraction]] = []
    last = -GAP - 1
    for m in list(_LEVEL.finditer(text))[:MAX_TERMS]:
        if rate.start() <= m.start() < rate.end():
            continue
        after = text[m.end() : m.end() + 30]
        if _TIME_UNIT.match(after):
            continue
        if not ((same and same.match(after)) or _JOINER.match(after)):
            continue
        if m.start() - last > GAP or "\n\n" in text[last : m.start()]:
            passages.append([])
        passages[-1].append(_value(m["v"]))
        last = m.end()
    return passages


def _at_rate(text: str, total: int, min_sections: int) -> bool:
    for rate in list(_RATE.finditer(text))[:10]:
        amount = _value(rate["r"])
        if amount <= 0:
            continue
        per = {"h": Fraction(60), "s": Fraction(1, 60)}.get(rate["per"][0], Fraction(1))
        minutes = per / amount  # minutes per unit of the quantity
        for levels in _levels(text, rate):
            for i in range(len(levels)):
                for j in range(i + 2, min(len(levels), i + MAX_WINDOW) + 1):
                    window = levels[i:j]
                    if len(window) >= min_sections and sum(window) * minutes == total:
                        return True  # amounts used per part
                    steps = [b - a for a, b in zip(window, window[1:], strict=False)]
                    monotone = all(s > 0 for s in steps) or all(s < 0 for s in steps)
                    span = abs(window[-1] - window[0])
                    if monotone and len(steps) >= min_sections and span * minutes == total:
                        return True  # marks: their differences
    return False


_PERIOD = re.compile(  # a duration the prompt states: "de 5 minutes", "a 5-minute timer", "3 min"
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*+-?\s*+"
    r"(?P<u>minutes?|mins?|mn|secondes?|seconds?|secs?|s|heures?|hours?|h)(?![a-z])"
)
_TURN = re.compile(  # a count of turns: "2 fois", "3 times", "twice", "une fois", "4 turns", "3x"
    r"(?<![\w.,])(?:(?P<c>\d{1,2}|" + _WORDS + r")\s*+(?:fois|times?|turns?|tours?|x|×|cycles?|rounds?|laps?|"
    r"plays?|loops?|boucles?|retournements?|flips?|passages?|sonneries?|rings?)|(?P<w>once|twice|thrice))(?![\w-])"
    r"(?!\s*+(?:plus|moins|more|less|longer|shorter|as\b|aussi|autant|slots?|limits?))"
)
_ONCE = {"once": 1, "twice": 2, "thrice": 3}


def _turns(text: str, total: int, min_sections: int) -> bool:
    periods = {
        _value(m["n"]) * {"s": Fraction(1, 60), "h": Fraction(60)}.get(m["u"][0], Fraction(1))
        for m in list(_PERIOD.finditer(text))[:20]
    }
    periods.discard(Fraction(0))
    if not periods:
        return False
    passages: list[list[int]] = []
    last = -GAP - 1
    for m in list(_TURN.finditer(text))[:MAX_TERMS]:
        c = m["c"] or m["w"]
        count = _ONCE.get(c) or (int(c) if c.isdigit() else NUMBER_WORDS.get(c, 0))
        if not count:
            continue
        if m.start() - last > GAP or "\n\n" in text[last : m.start()]:
            passages.append([])
        passages[-1].append(count)
        last = m.end()
    for counts in passages:
        for i in range(len(counts)):
            for j in range(i + min_sections, min(len(counts), i + MAX_WINDOW) + 1):
                if any(sum(counts[i:j]) * period == total for period in periods):
                    return True
    return False


_DEGREE = re.compile(r"(?<![\w.,])(?P<v>\d{1,3}(?:[.,]\d{1,2})?)\s*+(?P<deg>°|degres?\b|degrees?\b)?")
_DEGREE_JOIN = re.compile(r"^\s*+(?:°|degres?|degrees?)?\s*+(?:[,;/+]|et\b|and\b|puis\b|then\b|-|–)?\s*+$")


def _angles(text: str, total: int, min_sections: int) -> bool:
    """Degrees that fill a disc: shares of the whole (see the module)."""
    runs: list[list[tuple[Fraction, bool]]] = []
    last = -1
    for m in list(_DEGREE.finditer(text))[:MAX_TERMS]:
        if last < 0 or not _DEGREE_JOIN.match(text[last : m.start()]):
            runs.append([])
        runs[-1].append((_value(m["v"]), bool(m["deg"])))
        last = m.end()
    for run in runs:
        if not any(deg for _, deg in run):
            continue
        values = [v for v, _ in run]
        for i in range(len(values)):
            for j in range(i + min_sections, min(len(values), i + MAX_WINDOW) + 1):
                if all(v > 0 for v in values[i:j]) and sum(values[i:j]) == 360:
                    return True
    return False


_SHARE = re.compile(
    r"(?<![\w.,/])(?:(?P<num>\d{1,3})\s*+/\s*+(?P<den>\d{1,3})(?![\d/])|(?P<pc>\d{1,3}(?:[.,]\d{1,2})?)\s*+%)"
)
_SHARE_JOIN = re.compile(r"^\s*+(?:[,;+]|et\b|and\b|puis\b|then\b)?\s*+(?:et\b|and\b)?\s*+$")
_WHOLE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*+-?\s*+(?P<u>minutes?|mins?|mn|heures?|hours?|h)(?![a-z])"
)


def _fractions_of(text: str, total: int, min_sections: int) -> bool:
    """Fractions of a duration the sentence states that, times it, make the total (see the module)."""
    runs: list[list[tuple[int, int, Fraction]]] = []
    last = -1
    for m in list(_SHARE.finditer(text))[:MAX_TERMS]:
        share = Fraction(int(m["num"]), int(m["den"])) if m["num"] else _value(m["pc"]) / 100
        if m["num"] and not 0 < share < 1:
            continue
        if last < 0 or not _SHARE_JOIN.match(text[last : m.start()]):
            runs.append([])
        runs[-1].append((m.start(), m.end(), share))
        last = m.end()
    for run in runs:
        if len(run) < min_sections:
            continue
        start = max(text.rfind(c, 0, run[0][0]) for c in ".!?\n") + 1
        ends = [e for e in (text.find(c, run[-1][1]) for c in ".!?\n") if e >= 0]
        sentence = text[start : min(ends) if ends else len(text)]
        wholes = {
            _value(w["n"]) * (60 if w["u"][0] == "h" else 1) for w in list(_WHOLE.finditer(sentence))[:20]
        }
        wholes.discard(Fraction(total))  # shares of the total itself are schedule's
        shares = [s for _, _, s in run]
        for i in range(len(shares)):
            for j in range(i + min_sections, min(len(shares), i + MAX_WINDOW) + 1):
                if any(sum(shares[i:j]) * whole == total for whole in wholes):
                    return True
    return False


_PART_NOUN = r"(?:partie|parts?|section|etape|step|sequence|bloc|block|module|chapitre|chapter|segment)"
_INDEX = re.compile(
    rf"\b{_PART_NOUN}\s++(?:(?:numero|number|n°|no|#|d'indice|of\s++index|index)\s*+)?(?P<v>[a-z])(?![\w'’])"
)
_EXPRESSION = re.compile(r"[\d\s+\-*/().,|a-z]{3,120}+")
_RANGE_END = re.compile(
    r"\b(?P<v>[a-z])\s*+(?:de|from|=|allant\s++de|going\s++from|in)\s*+1\s*+(?:a|à|to|\.\.|-|–|…)\s*+(?P<n>\d{1,2})\b"
)


_PIECE_STOP = re.compile(
    r"\b(?:minutes?|mins?|mn)\b(?!\s*+\()|\b(?:dure|durera|lasts?|vaut|takes?|equals?)\b|=|:"
)


def _evaluate(expression: str, letter: str, index: int) -> Fraction | None:
    """``expression`` (folded) for ``letter`` = ``index``, or None when it is not plain arithmetic."""
    tokens = re.findall(r"\d++(?:[.,]\d++)?|min|max|abs|[a-z]|[-+*/(),|]|\S", expression)
    pos = 0
    bars = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom() -> Fraction:
        nonlocal bars
        t = take()
        if t == "-":
            return -atom()
        if t == "(":
            v = add()
            if take() != ")":
                raise ValueError
            return v
        if t == "|" and bars == 0:
            bars += 1
            v = add()
            bars -= 1
            if take() != "|":
                raise ValueError
            return abs(v)
        if t in ("min", "max", "abs"):
            if take() != "(":
                raise ValueError
            args = [add()]
            while peek() == ",":
                take()
                args.append(add())
            if take() != ")":
                raise ValueError
            return abs(args[0]) if t == "abs" else min(args) if t == "min" else max(args)
        if t == letter:
            return Fraction(index)
        if t[0].isdigit():
            return _value(t)
        raise ValueError

    def mul() -> Fraction:
        v = atom()
        while peek() is not None and (peek() in ("*", "/") or peek() in ("(", letter, "min", "max", "abs")):
            op = take() if peek() in ("*", "/") else "*"  # "5k", "5 min(...)": a product
            w = atom()
            if op == "/":
                if w == 0:
                    raise ValueError
                v /= w
            else:
                v *= w
        return v

    def add() -> Fraction:
        v = mul()
        while peek() in ("+", "-"):
            op = take()
            w = mul()
            v = v + w if op == "+" else v - w
        return v

    try:
        value = add()
    except (ValueError, IndexError, ZeroDivisionError):
        return None
    return value if pos == len(tokens) else None


def _formula(text: str, total: int, min_sections: int) -> bool:
    """A duration per part given by an expression in the part's index (see the module)."""
    for index in list(_INDEX.finditer(text))[:20]:
        letter = index["v"]
        start = max(text.rfind(c, 0, index.start()) for c in ".!?\n;") + 1
        stops = [e for e in (re.search(r"(?<![.\d])[.!?](?![\d.])|\n|;", text[index.end() :]),) if e]
        sentence = text[start : index.end() + stops[0].start() if stops else len(text)]
        ranges = {int(r["n"]) for r in _RANGE_END.finditer(sentence) if r["v"] == letter}
        ends = ranges or set(range(min_sections, 13))
        for m in _EXPRESSION.finditer(sentence):
            for piece in _PIECE_STOP.split(m[0]):
                piece = piece.strip(" ,")
                if letter not in re.findall(r"[a-z]++", piece) or not re.search(r"[-+*/|(]", piece):
                    continue
                piece = re.sub(r"(?<=\d),(?=\d)", ".", piece)
                for end in ends:
                    if end < min_sections or end > 20:
                        continue
                    values = [_evaluate(piece, letter, k) for k in range(1, end + 1)]
                    known = [v for v in values if v is not None and v > 0]
                    if len(known) == len(values) and sum(known) == total:
                        return True
    return False


def reckoned(text: str, total: int, min_sections: int) -> bool:
    """Whether ``text`` (a prompt without its data, folded) fixes ``min_sections`` durations
    or more that make ``total`` minutes through terms over one unknown, levels at a rate or
    turns of a period (see the module)."""
    text = text[:20_000]
    return (
        _unknowns(text, total, min_sections)
        or _at_rate(text, total, min_sections)
        or _turns(text, total, min_sections)
        or _angles(text, total, min_sections)  # session 36
        or _fractions_of(text, total, min_sections)
        or _formula(text, total, min_sections)
    )
