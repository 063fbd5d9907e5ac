"""Values computed over numbers the prompt states (issue 11, round 46): the answer given as "le
reste de la division de 17 par 4", "the digit sum of 100", "2 puissance 0", "the length of this
Python list: ["Anna"]", "la moitié de 6 moins 2", "10 % de 10".

Like :mod:`puzzles`, each reading is the folded text with the computations replaced by their values,
which the answer readers of :func:`workshop.prompts.evaluate.gives_away` then read as plain
statements ("la réponse est 1"): a computation is a dictation only where those readers tie its value
to the asked quantity. A worked example ("le reste de 17 par 4 est 1, mais…"), a duration ("2
puissance 3 minutes") or a count of students reads as that number, which no reader ties to the
answer. The computations read:

- a remainder: "le reste de la division (euclidienne) de A par B", "the remainder of A divided by
  B", "the remainder when A is divided by B", "A modulo B", "A mod B";
- a digit sum: "la somme des chiffres de A", "the digit sum of A", "the sum of the digits of A";
- a power: "A puissance B", "A à la puissance B", "A to the power (of) B", "A au carré", "A squared",
  "A au cube", "A cubed" (exponents up to 64, bases up to 10**6);
- a literal list's length: "len([...])", "la longueur de la liste [...]", "the length of this
  (Python) list: [...]", "the number of items in [...]" (items split on commas outside quotes);
- a set's size (round 53): a set written out as an equation's last member ("Sœurs(Caroline) = Filles ∖
  {Caroline} = {Léa}", "sisters = {'Anna'}") or counted ("|{Anna}|", "card({Léa})");
- a part or a multiple: "la moitié / le tiers / le quart / le double / le triple de A", "half of A",
  "a third / a quarter of A", "double / twice / triple A", then "plus / moins / minus / times / fois
  B" steps: both readings are given, the steps applied after the part ((6 / 2) − 2) and inside it
  (6 − 2) / 2, since words carry no brackets;
- a percentage of a number: "A % de B", "A percent of B", "A pour cent de B".

Numbers are digits (a sign allowed); a value that is not a whole number is written as a fraction
``p/q``; a remainder by 0 or an unbounded power is left as written."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from fractions import Fraction

from workshop.prompts import arith

_N = r"(?<![\w.,])(?P<a>-?\d{1,9})(?![\d])"
_M = r"(?P<b>-?\d{1,9})(?![\d.,]\d)"
_MAX_EXPONENT = 64
_MAX_BASE = 10**6

_REMAINDER = re.compile(
    r"(?<!\w)(?:le |the )?(?:reste|remainder)[ \t]++(?:de la division[ \t]++(?:euclidienne[ \t]++)?"
    r"|of the division[ \t]++)?(?:de |d'|of |when |after |from )?(?:dividing[ \t]++)?"
    r"(?P<a>-?\d{1,9})(?!\d)[ \t]++(?:is[ \t]++)?(?:par|by|divided by|divise par)[ \t]++" + _M
)
_MODULO = re.compile(rf"{_N}[ \t]++(?:mod|modulo)[ \t]++{_M}")
_DIGIT_SUM = re.compile(
    r"(?<!\w)(?:la |the )?(?:somme des chiffres|digit sum|sum of (?:the |its )?digits)"
    r"[ \t]++(?:de |du nombre |of (?:the number )?)"
    r"(?P<a>\d{1,30})(?![\d.,]\d)"
)
_POWER = re.compile(
    rf"{_N}[ \t]++(?:puissance|a la puissance|(?:raised )?to the power(?: of)?|to the)"
    rf"[ \t]++{_M}(?:th|st|nd|rd)?"
)
_SQUARE = re.compile(rf"{_N}[ \t]++(?P<p>au carre|squared|au cube|cubed)(?!\w)")
_LIST = r"\[(?P<{}>[^\[\]\n]{{0,200}})\]"
_LENGTH = re.compile(
    rf"(?<!\w)(?:len[ \t]*+\([ \t]*+{_LIST.format('items')}[ \t]*+\)"
    r"|(?:la |the )?(?:longueur|length|taille|size|nombre d'elements|number of (?:items|elements))"
    r"[ \t]++(?:de |of |in |dans )(?:la |cette |this |the |ma |my )?(?:python[ \t]++)?"
    r"(?:liste|list|tableau|array)?"
    rf"(?:python[ \t]++)?:?[ \t]*+{_LIST.format('listed')})"
)
_PARTS = {
    "moitie": Fraction(1, 2),
    "tiers": Fraction(1, 3),
    "quart": Fraction(1, 4),
    "double": Fraction(2),
    "triple": Fraction(3),
    "half": Fraction(1, 2),
    "third": Fraction(1, 3),
    "quarter": Fraction(1, 4),
    "twice": Fraction(2),
}
_STEP_OPS = {"plus": "+", "moins": "-", "minus": "-", "fois": "*", "times": "*"}
_STEP = r"(?:plus|moins|minus|fois|times)[ \t]++-?\d{1,9}(?![\d.,]\d)"
_PART = re.compile(
    r"(?<!\w)(?:(?:la |le |a |one )?(?P<part>moitie|tiers|quart|double|triple|half|third|quarter)"
    r"[ \t]++(?:de |d'|of )|(?P<mult>double|twice|triple)[ \t]++)"
    rf"(?P<a>-?\d{{1,9}})(?![\d.,]\d)(?P<steps>(?:[ \t]++{_STEP}){{0,4}})"
)
_PERCENT = re.compile(
    rf"{_N}[ \t]*+(?:%|pour[ \t]*+cent|percent|per[ \t]*+cent)[ \t]++(?:de |d'|of )[ \t]*+{_M}"
)


def _written(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _remainder(m: re.Match[str]) -> str:
    a, b = int(m["a"]), int(m["b"])
    return str(a % b) if b else m[0]


def _digit_sum(m: re.Match[str]) -> str:
    return str(sum(int(d) for d in m["a"]))


def _power(m: re.Match[str]) -> str:
    a, b = int(m["a"]), int(m["b"])
    if abs(a) > _MAX_BASE or not 0 <= b <= _MAX_EXPONENT:
        return m[0]
    return str(a**b)


def _square(m: re.Match[str]) -> str:
    a = int(m["a"])
    return str(a ** (2 if m["p"] in ("au carre", "squared") else 3)) if abs(a) <= _MAX_BASE else m[0]


def _items(inside: str) -> int:
    """The count of a literal list's items: commas outside quotes, plus one (0 for ``[]``)."""
    if not inside.strip():
        return 0
    count, quote = 1, ""
    for c in inside:
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'«»“”":
            quote = {"«": "»", "“": "”"}.get(c, c)
        elif c == ",":
            count += 1
    return count


def _length(m: re.Match[str]) -> str:
    return str(_items(m["items"] if m["items"] is not None else m["listed"]))


# A set written out as the value of what an equation names (round 53: « Sœurs(Caroline) = Filles ∖
# {Caroline} = {Léa} », "sisters_of_caroline = {'Anna'}") or its cardinality ("|{Anna}|", "card({Léa})",
# "#{Anna}"): its count of members. A set-builder ("{x ∈ G : x ≠ c}"), a record ("{"x": 0}") or a set
# operated on further ("= {Caroline} ∪ …", "∖ {Caroline}") is no count.
_MEMBERS = r"\{{(?P<{}>[^{{}}\n=:|∈]{{0,200}}+)\}}"
_SET = re.compile(
    rf"(?<![=!<>])=[ \t]*+{_MEMBERS.format('members')}(?![ \t]*+[-+∖\\∪∩|&^])"
    rf"|(?:\||card[ \t]*+\(|#)[ \t]*+{_MEMBERS.format('counted')}[ \t]*+(?:\||\))?"
)


def _set_size(m: re.Match[str]) -> str:
    if m["members"] is not None:
        return "= " + str(_items(m["members"]))
    return str(_items(m["counted"]))


def _percent(m: re.Match[str]) -> str:
    return _written(Fraction(int(m["a"]), 100) * int(m["b"]))


def _apply(value: Fraction, steps: list[tuple[str, int]]) -> Fraction:
    for op, n in steps:
        value = value + n if op == "+" else value - n if op == "-" else value * n
    return value


def _part(inner: bool) -> Callable[[re.Match[str]], str]:
    def read(m: re.Match[str]) -> str:
        factor = _PARTS[m["part"] or m["mult"]]
        steps = [(_STEP_OPS[w], int(n)) for w, n in re.findall(r"([a-z]+)[ \t]++(-?\d+)", m["steps"])]
        a = Fraction(int(m["a"]))
        return _written(factor * _apply(a, steps) if inner else _apply(factor * a, steps))

    return read


_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str], str], ...] = (
    (_REMAINDER, _remainder, "re"),
    (_MODULO, _remainder, "mod"),
    (_DIGIT_SUM, _digit_sum, "chiffres|digit"),
    (_POWER, _power, "puissance|power|to the"),
    (_SQUARE, _square, "carre|squared|cube"),
    (_LENGTH, _length, "["),
    (_SET, _set_size, "{"),
    (_PERCENT, _percent, "%|cent"),
)
# A run of numbers joined by operator words ("3 moins 2", "2 plus 5 minus 6"), read left to right.
_CHAIN = re.compile(
    rf"(?<![\w.,])(?P<a>-?\d{{1,9}})(?![\d.,]\d)(?P<steps>(?:[ \t]++{_STEP}){{1,4}})(?![ \t]*+[*/^(%])"
)
# The count of common divisors said 1 (round 46: "le nombre de diviseurs communs positifs vaut 1"):
# only the gcd 1 has a single positive common divisor, so the count is the gcd's verdict.
_COUNT_OF_COMMON = re.compile(
    r"(?<!\w)(?:le |the |leur |their )?(?:nombre|number|count)[ \t]++(?:de |d'|of )(?:leurs |their )?"
    r"(?:diviseurs[ \t]++(?:positifs[ \t]++)?communs"
    r"|(?:positive[ \t]++)?common[ \t]++(?:positive[ \t]++)?divisors)"
    r"(?:[ \t]++(?:positifs|positive))?"
    r"(?:[ \t]++(?:de ces deux nombres|of the two numbers|of these numbers))?"
    r"[ \t]*+(?:vaut|est|=|egale|is|equals)[ \t]++(?:a[ \t]++|to[ \t]++)?1(?![\d.,]\d|[ \t]*+[-+*/%^])"
)


def _chain(m: re.Match[str]) -> str:
    steps = [(_STEP_OPS[w], int(n)) for w, n in re.findall(r"([a-z]+)[ \t]++(-?\d+)", m["steps"])]
    return _written(_apply(Fraction(int(m["a"])), steps))


def _counted(text: str) -> str:
    if "divis" not in text:
        return text
    return _COUNT_OF_COMMON.sub(lambda m: "leur pgcd vaut 1", _CHAIN.sub(_chain, text))


_PART_CUE = re.compile(r"moitie|tiers|quart|double|triple|half|third|quarter|twice")


def readings(folded: str) -> Iterator[str]:
    """The folded text with every computation read replaced by its value: one reading, or two when a
    part has steps after it (the steps outside the part, then inside it); nothing when none is read."""
    text = folded
    for pattern, read, cue in _READERS:
        if any(c in text for c in cue.split("|")):
            text = pattern.sub(read, text)
    if _PART_CUE.search(text):
        outer = _counted(_PART.sub(_part(False), text))
        if outer != folded:
            yield outer
        inner = _counted(_PART.sub(_part(True), text))
        if inner != outer:
            yield inner
        return
    text = _counted(text)
    if any(w in text for w in _STEP_OPS):
        text = _CHAIN.sub(_chain, text)
    if text != folded:
        yield text


# -- labels computed by a stated rule (round 46's sentiment) ----------------------------------------
# Bands stated with their labels ("9-10 means positive, 0-6 negative", "above 0.3 is positive,
# below -0.3 is negative, anything else is neutral", « de 0 à 6 : négatif », « au-dessus de 0,3 :
# positif »): the other numbers of the sentence that fall in exactly one band are replaced by its
# label, so that :mod:`verdicts` reads the scores given to the reviews as their labels. A scale
# explained with no score, a band left unstated read nothing.
_LABEL = r"(?P<label>positi\w*|negati\w*|neutr\w*)"
_NUMBER = r"[+-]?\d{1,3}(?:[.,]\d{1,3})?"
_RANGE_BAND = re.compile(
    rf"(?<![\w.,+-])(?P<lo>{_NUMBER})[ \t]*+(?:-|–|a|à|to)[ \t]*+(?P<hi>{_NUMBER})(?![\d.,]\d)"
    rf"[ \t]*+(?:(?:means?|is|are|=|:|->|→|signifie|veut dire|est|sont|gives?|donne)[ \t]*+)?{_LABEL}"
)
_SIDE_BAND = re.compile(
    r"(?<!\w)(?P<side>above|over|more than|greater than|au-dessus de|au dessus de|plus de|superieure? a"
    r"|below|under|less than|lower than|en dessous de|en-dessous de|au-dessous de|moins de|inferieure? a)"
    rf"[ \t]++(?P<v>{_NUMBER})(?![\d.,]\d)[ \t]*+"
    r"(?:(?:means?|is|are|=|:|->|→|signifie|est|sont|gives?|donne)[ \t]*+)?" + _LABEL
)
_ELSE_BAND = re.compile(
    r"(?<!\w)(?:(?:anything|everything|all)[ \t]++else[ \t]++(?:is[ \t]++|means[ \t]++)?"
    r"|(?:tout[ \t]++le[ \t]++reste|sinon|otherwise|entre[ \t]++les[ \t]++deux|in[ \t]++between)[ \t]*+"
    r"(?::[ \t]*+|,[ \t]*+|(?:est|is|means)[ \t]++)?)" + _LABEL
)
_SCORE = re.compile(
    rf"(?<![\w.,+-])(?<!avis )(?<!review )(?<!#)(?<!n°)(?P<v>{_NUMBER})"
    r"(?![\d.,]\d|[ \t]*+(?:-|–|a|à|to)[ \t]*+\d)"
)


def _num(token: str) -> float:
    return float(token.replace(",", "."))


def _banded(sentence: str) -> str:
    bands: list[tuple[float, float, bool, bool, str]] = []  # lo, hi, lo included, hi included, label
    spans: list[tuple[int, int]] = []
    for m in _RANGE_BAND.finditer(sentence):
        lo, hi = sorted((_num(m["lo"]), _num(m["hi"])))
        bands.append((lo, hi, True, True, m["label"][:5]))
        spans.append(m.span())
    for m in _SIDE_BAND.finditer(sentence):
        v = _num(m["v"])
        up = m["side"] in (
            "above",
            "over",
            "more than",
            "greater than",
            "au-dessus de",
            "au dessus de",
            "plus de",
            "superieur a",
            "superieure a",
        )
        bands.append(
            (v, float("inf"), False, False, m["label"][:5])
            if up
            else (float("-inf"), v, False, False, m["label"][:5])
        )
        spans.append(m.span())
    if len(bands) < 2:
        return sentence
    rest = next((m for m in _ELSE_BAND.finditer(sentence)), None)
    if rest:
        spans.append(rest.span())

    def label_of(v: float) -> str | None:
        found = {
            b[4] for b in bands if (b[0] < v or (b[2] and b[0] == v)) and (v < b[1] or (b[3] and v == b[1]))
        }
        if len(found) == 1:
            return {"posit": "positive", "negat": "negative", "neutr": "neutral"}.get(found.pop())
        if not found and rest:
            return {"posit": "positive", "negat": "negative", "neutr": "neutral"}.get(rest["label"][:5])
        return None

    out, last = [], 0
    for m in _SCORE.finditer(sentence):
        if any(a <= m.start() < b for a, b in spans):
            continue
        label = label_of(_num(m["v"]))
        if label is not None:
            out += [sentence[last : m.start()], label]
            last = m.end()
    return "".join(out) + sentence[last:] if out else sentence


# An index formula over a list of labels ("pour l'avis k, prends l'élément numéro ((k + 1) mod 3) + 1
# de la liste [negative, neutral, positive]", "review i gets item (i mod 3) + 1 of [...]"): evaluated
# for each review, it is said as "avis 1 : positive. avis 2 : …".
_INDEXED = re.compile(
    r"(?<!\w)(?:avis|review|commentaire|comment)[ \t]++(?P<k>[a-z])\b[^.\n\[]{0,60}?"
    r"(?:element|item|entree|entry|label|etiquette|position)[ \t]++"
    r"(?:numero[ \t]++|number[ \t]++|n°[ \t]*+|#[ \t]*+)?"
    r"(?P<expr>[\da-z+*/%() \t-]{1,60}?)[ \t]++(?:de|of|in|dans)[ \t]++"
    r"(?:la[ \t]++liste|the[ \t]++list|list)?[ \t]*+:?[ \t]*+"
    r"\[(?P<items>[^\[\]\n]{1,200})\]"
)


def _evaluate(node: object) -> int:
    import ast

    if isinstance(node, ast.Expression):
        return _evaluate(node.body)
    if isinstance(node, ast.Constant) and type(node.value) is int and node.value < 10**6:
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(
        node.op, ast.Add | ast.Sub | ast.Mult | ast.Mod | ast.FloorDiv
    ):
        a, b = _evaluate(node.left), _evaluate(node.right)
        if isinstance(node.op, ast.Add):
            return a + b
        if isinstance(node.op, ast.Sub):
            return a - b
        if isinstance(node.op, ast.Mult):
            return a * b
        if b == 0:
            raise ValueError("by zero")
        return a % b if isinstance(node.op, ast.Mod) else a // b
    raise ValueError("not read")


def _indexed(text: str, count: int) -> str:
    import ast

    def read(m: re.Match[str]) -> str:
        items = [i.strip(" \t\"'") for i in m["items"].split(",")]
        expr = re.sub(r"\bmodulo\b|\bmod\b", "%", m["expr"])
        said = []
        for k in range(1, count + 1):
            filled = re.sub(rf"\b{m['k']}\b", str(k), expr)
            if not re.fullmatch(r"[\d+*/%() \t-]+", filled):
                return m[0]
            try:
                i = _evaluate(ast.parse(filled.replace("/", "//"), mode="eval"))
            except (SyntaxError, ValueError, RecursionError):
                return m[0]
            if not 1 <= i <= len(items):
                return m[0]
            said.append(f"avis {k} : {items[i - 1]}")
        return ". ".join(said)

    return _INDEXED.sub(read, text)


def labelled(folded: str, count: int) -> str:
    """The folded text with scores in stated bands replaced by their labels and an index formula over a
    list of labels said review by review (``count`` reviews); the text itself when neither is read."""
    text = _indexed(folded, count) if "[" in folded else folded
    if re.search(r"positi|negati|neutr", text):
        text = "".join(_banded(part) for part in re.split(r"((?<=[.!?])\s++|\n)", text))
        text = _scored_apart(text)
    return text


# Session 41 (fix-helper fairk41): the bands in one sentence, the reviews' scores in another (« Notes :
# avis 1 : 9, avis 2 : 2. Échelle : de 7 à 10 : positif, de 0 à 3 : négatif », "review 1 scored 9"):
# a score said right after a review's name is read as its band's label wherever the bands stand.
_NAMED_SCORE = re.compile(
    r"(?<!\w)(?P<name>(?:avis|review|commentaire|comment)[ \t]*+(?:n°|#|no\.?)?[ \t]*+\d{1,2}+)"
    r"(?P<sep>[ \t]*+(?::|=|->|→|scored|scores|rated|got|gets|has|a obtenu|obtient|a eu|note|a la note)"
    r"[ \t]*+)"
    rf"(?P<v>{_NUMBER})(?![\d.,]\d)"
)


def _scored_apart(text: str) -> str:
    if not _NAMED_SCORE.search(text):
        return text
    stated = [*_RANGE_BAND.finditer(text), *_SIDE_BAND.finditer(text), *_ELSE_BAND.finditer(text)]
    bands_text = " ; ".join(m[0] for m in stated)

    def read(m: re.Match[str]) -> str:
        said = _banded(f"{bands_text} {m['v']}")
        label = said[len(bands_text) + 1 :]
        return m[0] if label == m["v"] else f"{m['name']}{m['sep']}{label}"

    return _NAMED_SCORE.sub(read, text)


# -- a value given by reference to an expression (session 54, fix94b) ----------------------------------
# « PGCD : <entier, le même que PGCD(2, 3)> », "gcd: <integer, the same as gcd(8, 15)>", "Answer: <number,
# same as 7 − 6>", « b = <entier, égal à 1 − 11> »: an expression said equal to the slot's value (a gcd of
# two numbers, or two to five numbers joined by + − × /) hands its value over; it is written as that value
# (« le même que 1 »), which :func:`workshop.prompts.slotted.filled` then reads as the slot's fill. An
# expression made of the task's own data numbers only (« égal à PGCD(35, 64) », "the same as 10 − 4 × 5")
# names the asked quantity, it computes nothing the model would not: left as written.
_REFERS = (
    r"(?<![\w])(?:(?:the|le|la)[ \t]++)?(?:same|m[eê]me)(?:[ \t]++(?:value|number|valeur|nombre|result"
    r"|r[ée]sultat))?[ \t]++(?:as|que|qu')|[ée]gale?s?[ \t]++[aà]|equal[ \t]++to|equals|identique[ \t]++[aà]"
    r"|equivalent[ \t]++to|[ée]quivalente?[ \t]++[aà]"
)
_REFERRED = re.compile(
    r"(?P<lead>" + _REFERS + r")[ \t]*+(?P<e>(?:p?gcd|hcf|pgcd)[ \t]*+\([ \t]*+\d{1,9}+[ \t]*+[,;][ \t]*+"
    r"\d{1,9}+[ \t]*+\)|[-−]?\d{1,9}+(?:[ \t]*+[-−+×*/÷][ \t]*+[-−]?\d{1,9}+){1,4}+)(?![\w.,]?\d)",
    re.IGNORECASE,
)
_OPERATORS = str.maketrans({"−": "-", "×": "*", "÷": "/"})


# A verdict given by reference to another pair (session 55, fix97why, round 97): "Answer: <yes or no, the same
# verdict as for 8 and 9>", « <oui ou non, la même réponse que pour 8 et 15> », "same answer as with (9, 10)":
# whether the other pair is coprime is known, so the reference is written as that verdict ("the same as yes",
# which :func:`workshop.prompts.slotted.filled` reads as the slot's fill). Only a verdict, an answer or a
# conclusion is referred so ("the same method as for 8 and 9", « le même format que pour 14 et 21 » name
# none); the task's own pair names the asked question and is left.
_PAIR_REFERRED = re.compile(
    r"(?<![\w])(?:(?:the|le|la)[ \t]++)?(?P<same>same|m[eê]me)[ \t]++(?:(?:verdict|answer|r[ée]ponse"
    r"|conclusion)[ \t]++)?(?P<as>as|que)[ \t]++(?:for|with|in|pour|avec|dans)[ \t]++(?:(?:the|les|le"
    r"|la)[ \t]++)?(?:(?:numbers|pair|couple|paire|nombres|entiers|integers|cas(?:[ \t]++de)?)[ \t]++)?"
    r"\(?+[ \t]*+(?P<a>\d{1,9}+)[ \t]*+(?:,|and|et|&)[ \t]*+(?P<b>\d{1,9}+)[ \t]*+\)?+(?![\w.,]?\d)",
    re.IGNORECASE,
)


def _pair_referred(text: str, own: set[str]) -> str:
    def verdict(m: re.Match[str]) -> str:
        if {m["a"], m["b"]} <= own:
            return m.group(0)  # the task's own pair: the question asked
        coprime = math.gcd(int(m["a"]), int(m["b"])) == 1
        if m["as"].lower() == "que":
            return f"{m['same']} que {'oui' if coprime else 'non'}"
        return f"{m['same']} as {'yes' if coprime else 'no'}"

    return _PAIR_REFERRED.sub(verdict, text)


def referred(text: str, data: tuple[str, ...] | list[str] = ()) -> str:
    """``text`` with each expression said equal to a value (see above) written as its value, and each
    verdict given by reference to another pair written as that verdict."""
    if _PAIR_REFERRED.search(text):
        own = {n for said in data for n in re.findall(r"(?<![\d.,])\d++(?![\d])", said)}
        text = _pair_referred(text, own)
    if not _REFERRED.search(text):
        return text
    own = {n for said in data for n in re.findall(r"(?<![\d.,])\d++(?![\d])", said)}

    def value(m: re.Match[str]) -> str:
        expression = m["e"].translate(_OPERATORS).lower()
        if set(re.findall(r"\d++", expression)) <= own:
            return m.group(0)  # « égal à PGCD(35, 64) »: the asked quantity named
        try:
            result = arith.value(expression)
        except (arith.Unreadable, ZeroDivisionError, SyntaxError, ValueError):
            return m.group(0)
        return f"{m['lead']} {_written(result)}"

    return _REFERRED.sub(value, text)


# A calculator's line (session 58, fix102enc, round 102: « Sur ma Casio j'ai tapé : 10-4×5 → −10 (c'est
# l'ordonnée) », "B3: =B2-4*B1 → -10"): an arithmetic expression of numbers, an arrow, the number it
# computes. The arrow is the screen's "=": read as one where the value is the expression's exact value
# (a sketch's "10 → 20 min", "5 → 15" maps, it computes nothing), so that the readers tie the value to
# the quantity the line names, as they do "10-4×5 = −10 (c'est l'ordonnée)".
_ARROWED = re.compile(
    r"(?<![\w.,])(?P<e>[-(]?\d++(?:[.,]\d++)?(?:[ \t]*+[-+*/×÷−^][ \t]*+\(?\d++(?:[.,]\d++)?\)?){1,8}+)"
    r"[ \t]*+(?:→|->|=>|⇒|⟶|➜)[ \t]*+(?P<v>[-−]?\d++(?:[.,]\d++)?)(?![\d.,]\d)"
)


def arrowed(text: str) -> str:
    """``text`` with each calculator line "EXPR → VALUE" whose value is exact written "EXPR = VALUE"."""

    def read(m: re.Match[str]) -> str:
        try:
            exact = arith.value(m["e"].translate(_OPERATORS)) == arith.value(m["v"].translate(_OPERATORS))
        except (arith.Unreadable, ZeroDivisionError, SyntaxError, ValueError):
            return m.group(0)
        return f"{m['e']} = {m['v']}" if exact else m.group(0)

    return _ARROWED.sub(read, text) if any(a in text for a in "→⇒⟶➜>") else text
