"""Labels left by constraints (round 48, fix-helper dial48): a prompt that says every review has a
different label and rules labels out review by review ("the three reviews have three different labels,
review 3 is neither positive nor negative, and review 1 is not negative", « chaque étiquette sert une
fois ; l'avis 1 n'est ni négatif ni neutre ») leaves one labelling, which it dictates as surely as
"review 2 is negative" does.

:func:`solved` reads such constraints and, when exactly one assignment of the task's labels (each used
once, as many labels as reviews) satisfies them, gives it as plain sentences ("l'avis 2 est negative.").
Without the all-different constraint, or with two assignments or more left, nothing is added: a
constraint about the format only ("une étiquette par avis, en minuscules") rules nothing out. Inputs
are folded (lower case, no accents)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from fractions import Fraction

# every review a different label: « trois sentiments différents », "all three labels are different",
# « chaque étiquette sert une fois », "each label is used exactly once"
_ALL_DIFFERENT = re.compile(
    r"(?<![a-z])(?:(?:trois|3|three)\s++(?:sentiments|etiquettes|labels|moods|classes)\s++"
    r"(?:differents|differentes|distincts|distinctes|different|distinct)"
    r"|(?:three|3)\s++(?:different|distinct)\s++(?:labels|sentiments|moods|classes)"
    r"|(?:all|tous|toutes)\s++(?:(?:three|3)\s++|les\s++(?:trois|3)\s++)?(?:the\s++)?(?:labels|etiquettes|sentiments)"
    r"\s++(?:are\s++|sont\s++)?(?:all\s++)?(?:different|distinct|differents|differentes|distincts|distinctes)"
    r"|chaque\s++(?:etiquette|sentiment|label)\s++(?:sert|est\s++utilisee?|apparait|revient)\s++"
    r"(?:exactement\s++|une\s++seule\s++)?+une?\s++(?:seule\s++)?fois"
    r"|each\s++(?:label|sentiment)\s++(?:is\s++used\s++|appears\s++|is\s++given\s++)?(?:exactly\s++|only\s++)?once)"
)
# one review and what is said of it, up to the next review named or the clause's end
_REVIEW = re.compile(
    r"(?<![a-z])(?:l'avis|avis|review|reviews|le\s++commentaire|comment)\s*+(?:n[o°]\s*+)?(?P<n>\d)(?!\d)"
    r"(?P<said>[^.;:\n]{0,80}?)(?=[.;:\n]|,?\s*+(?:et|and)?\s*+(?:l'avis|avis|review|le\s++commentaire|comment)\s*+\d|$)"
)
_DENIAL = re.compile(r"(?<![a-z])(?:n'est|ne\s|not|isn't|neither|nor|ni|jamais|never)(?![a-z])")
_COPULA = re.compile(r"(?<![a-z])(?:est|is|vaut|=)(?![a-z])")


def _stem(label: str) -> str:
    return label[:5]


def solved(folded: str, labels: set[str], count: int) -> str:
    """The one labelling the constraints of ``folded`` leave, said review by review; ``folded``
    itself when it states no all-different constraint or leaves no single labelling."""
    names = sorted(label for label in labels if len(label) >= 5)
    if count != len(names) or count < 2 or not _ALL_DIFFERENT.search(folded):
        return folded
    stems = {_stem(name): name for name in names}
    allowed = {i: set(names) for i in range(1, count + 1)}
    for found in _REVIEW.finditer(folded):
        item = int(found["n"])
        if item not in allowed:
            continue
        said = found["said"]
        named = {stems[w[:5]] for w in re.findall(r"[a-z]{5,}", said) if w[:5] in stems}
        if not named:
            continue
        if _DENIAL.search(said):
            allowed[item] -= named
        elif _COPULA.search(said) and len(named) == 1:
            allowed[item] &= named
    left = [
        assignment
        for assignment in itertools.permutations(names)
        if all(assignment[i - 1] in allowed[i] for i in allowed)
    ]
    if len(left) != 1:
        return folded
    said = " ".join(f"l'avis {i} est {label}. review {i} is {label}." for i, label in enumerate(left[0], 1))
    return said  # the labelling alone: read again, it states no constraint and adds nothing


# -- a number left by constraints (round 49, fix-helper g49) -------------------------------------------
# A self-check or guardrails that bound the answer ("verify that your final number is odd and strictly less
# than 2", "Never give an even number of sisters. Never give a number of sisters greater than 2", « ne réponds
# jamais 0, ni un nombre supérieur ou égal à 2 », "b is negative and its absolute value is a multiple of 10
# below 20", "the gcd you find must be odd and less than 3") leave one value, which they dictate as surely as
# "the answer is 1" does. :func:`pinned` reads, in each told sentence that names the quantity, its parity, its
# sign, its bounds ("less than", « au plus », "between … and …", "≤"), its digits ("a single digit", « à deux
# chiffres »), a multiple ("a multiple of 10", « divisible par 5 »), zero, a value ruled out; a negation
# before one ("never give an even number", « n'est ni pair ni … », "not a multiple") or a list of forbidden
# answers turns it round, and a bound said of "its absolute value" bounds that. A clause that supposes ("if",
# « si », "whether") is no constraint, unless it sends the model back ("if your number is even or greater
# than 1, start over": each outcome of the "or" is ruled out). A bound followed by another noun ("in fewer
# than 5 steps", « en moins de 3 phrases ») is about that noun; a modal ("can be even") permits. The integers
# of the quantity's domain (a count or a gcd from 0, an intercept any) that pass every constraint are counted:
# exactly one left is the value the prompt gives; a rule of form ("a whole number", "positive") leaves many.

_LIMIT = 10_000
_MAX_CONSTRAINTS = 60
_NUMERAL_WORDS = {
    "zero": 0, "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9,
    "nine": 9, "dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12, "twelve": 12, "vingt": 20,
    "twenty": 20,
}  # fmt: skip
_NUM = (
    r"(?P<sign>(?:-|\+|moins[ \t]++|minus[ \t]++|negative[ \t]++)?)[ \t]*+"
    r"(?P<n>\d{1,6}+(?:[.,]\d{1,6}+)?+(?![.,]\d)|(?:" + "|".join(_NUMERAL_WORDS) + r")(?![\w-]))"
)
_UPPER_STRICT = (
    r"less[ \t]++than|fewer[ \t]++than|smaller[ \t]++than|lower[ \t]++than|below|under|"
    r"inferieure?s?[ \t]++a|plus[ \t]++petite?s?[ \t]++que|moins[ \t]++(?:de|d'|que)|"
    r"en[ -]dessous[ \t]++de|au-dessous[ \t]++de|<(?!=)"
)
_UPPER = (
    r"(?:ne|n')[ \t]*+depasse\w*+[ \t]++(?:pas|jamais)|at[ \t]++most|no[ \t]++more[ \t]++than|"
    r"not[ \t]++more[ \t]++than|up[ \t]++to|au[ \t]++plus|au[ \t]++maximum|"
    r"pas[ \t]++plus[ \t]++(?:de|d'|que)|"
    r"inferieure?s?[ \t]++ou[ \t]++egale?s?[ \t]++a|less[ \t]++than[ \t]++or[ \t]++equal[ \t]++to|≤|<="
)
_LOWER_STRICT = (
    r"greater[ \t]++than|more[ \t]++than|larger[ \t]++than|bigger[ \t]++than|higher[ \t]++than|above|over|"
    r"exceed(?:s|ing)?|superieure?s?[ \t]++a|plus[ \t]++grande?s?[ \t]++que|plus[ \t]++(?:de|d'|que)|"
    r"au[ -]dessus[ \t]++de|depasse\w*|>(?!=)"
)
_LOWER = (
    r"at[ \t]++least|no[ \t]++less[ \t]++than|not[ \t]++less[ \t]++than|au[ \t]++moins|au[ \t]++minimum|"
    r"pas[ \t]++moins[ \t]++(?:de|d'|que)|superieure?s?[ \t]++ou[ \t]++egale?s?[ \t]++a|"
    r"greater[ \t]++than[ \t]++or[ \t]++equal[ \t]++to|≥|>="
)
_BOUND = re.compile(
    r"(?<![\w'])(?:(?:strictement|strictly)[ \t]++)?(?:(?P<le>" + _UPPER + r")|(?P<ge>" + _LOWER + r")|"
    r"(?P<lt>" + _UPPER_STRICT + r")|(?P<gt>" + _LOWER_STRICT + r"))[ \t]*+" + _NUM
)
_BETWEEN = re.compile(
    r"(?<![\w'])(?P<strict>(?:strictement|strictly)[ \t]++)?(?:compris[ \t]++)?(?:entre|between)[ \t]++"
    + _NUM.replace("sign", "sign1").replace("<n>", "<n1>")
    + r"[ \t]++(?:et|and)[ \t]++"
    + _NUM.replace("sign", "sign2").replace("<n>", "<n2>")
)
# an interval: "in [1, 1]", « dans ]0 ; 2[ », "∈ [-10; -10]" (round 51)
_INTERVAL = re.compile(
    r"(?<![\w'])(?:in|dans|within|∈)[ \t]*+(?P<open>[\[\]])[ \t]*+"
    + _NUM.replace("sign", "sign1").replace("<n>", "<n1>")
    + r"[ \t]*+[;,][ \t]*+"
    + _NUM.replace("sign", "sign2").replace("<n>", "<n2>")
    + r"[ \t]*+(?P<close>[\[\]])"
)
_MULTIPLE = re.compile(
    r"(?<![\w'])(?:multiples?|divisibles?)[ \t]++(?:de|of|par|by)[ \t]++(?P<k>\d{1,4}+)(?![.,]\d)"
    r"(?:[ \t]*+,?[ \t]*+(?:et|and)[ \t]++(?:(?:de|of|par|by)[ \t]++)?(?P<k2>\d{1,4}+)(?![.,]\d))?"
)
_DIGITS = re.compile(
    r"(?<![\w'])(?:(?P<one>single[ -]digit|one[ -]digit|(?:a|un)[ \t]++seul[ \t]++chiffre|"
    r"a[ \t]++un[ \t]++chiffre|"
    r"a[ \t]++single[ \t]++digit|one[ \t]++digit[ \t]++long)"
    r"|(?P<two>two[ -]digits?|(?:a[ \t]++)?deux[ \t]++chiffres))(?![\w])"
)
_PARITY = re.compile(
    r"(?<![\w'-])(?P<odd>impaire?s?|odd)(?![\w'-])|(?<![\w'-])(?P<even>paire?s?|even)(?![\w'-])"
)
_SIGN_WORD = re.compile(
    r"(?<![\w'-])(?:(?P<nonneg>non[ -]?negati(?:f|fs|ve|ves)|nonnegative"
    r"|positi(?:f|ve)s?[ \t]++(?:ou|or)[ \t]++(?:nul|zero))"
    r"|(?P<nonpos>non[ -]?positi(?:f|fs|ve|ves)|negati(?:f|ve)s?[ \t]++(?:ou|or)[ \t]++(?:nul|zero))"
    r"|(?P<neg>negati(?:f|ve|fs|ves))|(?P<pos>positi(?:f|ve|fs|ves)))(?![\w'-])"
)
# (« nul(?:le)? », not « nulle? »: CPython 3.11 misses "non nul" with the latter)
_ZERO = re.compile(
    r"(?<![\w'-])(?:(?P<nonzero>non[ -]?nul(?:le)?|non[ -]?zero|nonzero)"
    r"|(?P<zero>zero|nul(?:le)?|0(?!\d|[.,]\d)))(?![\w'-])"
)
_OTHER_THAN = re.compile(
    r"(?<![\w'])(?:autre[ \t]++que|other[ \t]++than|differente?[ \t]++de|=/=|!=)[ \t]*+" + _NUM
)
# a bare value given or answered ("never answer 0", « ne réponds jamais 3 »)
_GIVEN_VALUE = re.compile(
    r"(?<![\w'])(?:answer|answers|reply|say|give|state|reponds|repondre|repondez|donne|donner|donnez|dis|dire|"
    r"annonce|annoncer)[ \t]++(?:(?:with|par|avec)[ \t]++)?" + _NUM
)
# What a bound's number may be followed by and still bound the quantity (not "5 steps", « 3 phrases »).
_AFTER_BOUND = re.compile(
    r"[ \t]*+(?:$|[^\w \t]|(?:et|and|or|ou|nor|ni|but|mais|then|puis|alors|sinon|otherwise|if|si|as|comme|en|"
    r"in|pour|for|inclus|included|exclu|excluded|inclusive|exclusive|strictly|strictement|itself|lui-meme|"
    r"never|jamais|non|not|pas|is|est|sont|are|au|at)(?![\w'-]))"
)
_NEGATION = re.compile(
    r"(?<![\w'-])(?:not|never|no|none|nor|neither|pas|jamais|ni|aucun|aucune|non)(?![\w'-])|n't"
)
_MODAL = re.compile(
    r"(?<![\w'-])(?:can|could|may|might|peut|peuvent|pourrait|pourraient|parfois|sometimes)(?![\w'-])"
)
_ABSOLUTE = re.compile(
    r"(?<![\w'-])(?:absolute[ \t]++value|valeur[ \t]++absolue|distance[ \t]++(?:to|from|a)[ \t]++(?:zero|0))"
)
_SUPPOSED = re.compile(
    r"(?<![\w'-])(?:si|s'il|s'ils|s'elle|if|whether|when|whenever|quand|lorsque|lorsqu'|unless|suppose|imagine)"
    r"(?![\w'-])"
)
_SENT_BACK = re.compile(
    r"(?<![\w'-])(?:start[ \t]++(?:over|again)|recommence\w*|recompte\w*|recount|redo|refai\w*|reprends|"
    r"go[ \t]++back|try[ \t]++again|made[ \t]++a[ \t]++mistake|wrong|faux|erreur|mistake|trompe\w*|incorrect)"
    r"(?![\w'-])"
)
_FORBIDDEN_LIST = re.compile(
    r"^[ \t*_>•-]*+(?:\d{1,2}[.)][ \t]*+)?(?:[a-z]++[ \t]++){0,2}?"
    r"(?:forbidden|banned|excluded|not[ \t]++allowed|interdit\w*|exclu\w*|a[ \t]++eviter|avoid|never|jamais)"
    r"[^:\n]{0,30}:"
)
_NOUNS = (
    r"numbers?|integers?|counts?|values?|answers?|results?|totals?|digits?|nombres?|entiers?|valeurs?|"
    r"chiffres?|resultats?|reponses?|comptes?|solutions?"
)
_COPULA_BEFORE = re.compile(
    r"(?<![\w-])(?:is|are|est|soit|sont|reste|restent|remains?|stays?|comes[ \t]++out|"
    r"(?:must|should|has[ \t]++to|have[ \t]++to|needs?[ \t]++to|will|to|doit|doivent|devra|va)"
    r"[ \t]++(?:be|etre))"
    r"(?:[ \t]++(?:not|pas|never|jamais|neither|ni|always|toujours|strictly|strictement|bien|indeed|un|une|a|"
    r"an|nombre|number|entier|integer)(?![\w'-]))*+[ \t]*+$"  # whole words: "an", « une » (round 51)
)
_CONNECTED = re.compile(
    r"^[ \t,]*+(?:(?:and|et|or|ou|nor|ni|but|mais|not|pas|non|also|aussi|a|an|un|une)[ \t,]++)*+$"
)
_ANSWER_BEFORE_ZERO = re.compile(
    r"(?:answer|reponds|repondre|give|donne|say|dis|is|est|be|etre|pas|not|never|jamais|ni|nor)[ \t]*+$"
)
_TESTS: dict[str, Callable[[int], bool]] = {
    "odd": lambda x: x % 2 == 1,
    "even": lambda x: x % 2 == 0,
    "neg": lambda x: x < 0,
    "pos": lambda x: x > 0,
    "nonneg": lambda x: x >= 0,
    "nonpos": lambda x: x <= 0,
    "nonzero": lambda x: x != 0,
    "zero": lambda x: x == 0,
}

Constraint = tuple[int, int, Callable[[int], bool], bool]  # start, end, test, said of the absolute value


def _number(m: re.Match[str], n: str = "n", sign: str = "sign") -> Fraction:
    """The bound as written, a decimal too ("strictly between -10.5 and -9.5", round 51)."""
    raw = m[n]
    value = Fraction(_NUMERAL_WORDS[raw]) if raw in _NUMERAL_WORDS else Fraction(raw.replace(",", "."))
    return -value if m[sign].strip() in ("-", "moins", "minus", "negative") else value


def _bounds_it(clause: str, end: int, unit: re.Pattern[str]) -> bool:
    """A bound is said of the quantity when what follows it bounds it, or is its unit (after
    blanks: ``unit`` starts at a word)."""
    blanks = len(clause) - end - len(clause[end:].lstrip(" \t"))
    return bool(_AFTER_BOUND.match(clause, end) or unit.match(clause, end + blanks))


def _compared(m: re.Match[str]) -> Callable[[int], bool]:
    v = _number(m)
    if m["le"]:
        return lambda x: x <= v
    if m["ge"]:
        return lambda x: x >= v
    if m["lt"]:
        return lambda x: x < v
    return lambda x: x > v


def _between(m: re.Match[str]) -> Callable[[int], bool]:
    a, b = sorted((_number(m, "n1", "sign1"), _number(m, "n2", "sign2")))
    if m["strict"]:
        return lambda x: a < x < b
    return lambda x: a <= x <= b


def _interval(m: re.Match[str]) -> Callable[[int], bool]:
    a, b = _number(m, "n1", "sign1"), _number(m, "n2", "sign2")
    low_open, high_open = m["open"] == "]", m["close"] == "["
    return lambda x: (a < x if low_open else a <= x) and (x < b if high_open else x <= b)


def _multiple(k: int) -> Callable[[int], bool]:
    return lambda x: x % k == 0


def _other(v: Fraction) -> Callable[[int], bool]:
    return lambda x: x != v


def _equal(v: Fraction) -> Callable[[int], bool]:
    return lambda x: x == v


def _properties(clause: str, subject: re.Pattern[str], unit: re.Pattern[str]) -> list[Constraint]:
    """The constraints said in ``clause``, in order, each as it is said (no negation applied)."""
    found: list[Constraint] = []
    found += [
        (m.start(), m.end(), _compared(m), False)
        for m in _BOUND.finditer(clause)
        if _bounds_it(clause, m.end(), unit)
    ]
    found += [
        (m.start(), m.end(), _between(m), False)
        for m in _BETWEEN.finditer(clause)
        if _bounds_it(clause, m.end(), unit)
    ]
    found += [(m.start(), m.end(), _interval(m), False) for m in _INTERVAL.finditer(clause)]
    for m in _MULTIPLE.finditer(clause):
        k, k2 = int(m["k"]), int(m["k2"] or 1)
        if k and k2:
            found.append((m.start(), m.end(), _multiple(k * k2 // math.gcd(k, k2)), False))
    for m in _DIGITS.finditer(clause):
        test = (lambda x: abs(x) <= 9) if m["one"] else (lambda x: 10 <= abs(x) <= 99)
        found.append((m.start(), m.end(), test, False))
    found += [
        (m.start(), m.end(), _other(_number(m)), False)
        for m in _OTHER_THAN.finditer(clause)
        if _bounds_it(clause, m.end(), unit)
    ]
    found += [
        (m.start("sign"), m.end(), _equal(_number(m)), False)
        for m in _GIVEN_VALUE.finditer(clause)
        if _bounds_it(clause, m.end(), unit)
    ]
    for pattern in (_PARITY, _SIGN_WORD, _ZERO):
        for m in pattern.finditer(clause):
            if _attached(clause, m, subject, found):
                found.append((m.start(), m.end(), _TESTS[m.lastgroup or ""], False))
    found.sort(key=lambda c: c[0])
    kept: list[Constraint] = []
    for start, end, test, _ in found:  # overlapping readings: the first one
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, test, bool(_ABSOLUTE.search(clause, 0, start))))
    return kept


def _attached(clause: str, m: re.Match[str], subject: re.Pattern[str], found: list[Constraint]) -> bool:
    """Whether a parity, sign or zero word is said of a number: beside a noun of one or the quantity's name
    ("an even number", « un PGCD pair », "a negative intercept"), after a copula ("is odd", « doit être
    strictement positif »), after a colon that follows the quantity's name ("your answer: odd", not "Tone:
    positive"), or in a run of constraints ("odd and not zero")."""
    before = clause[max(0, m.start() - 60) : m.start()]
    if m.lastgroup == "zero" and m[0] == "0":
        return bool(_ANSWER_BEFORE_ZERO.search(before[-30:]))
    named = rf"(?:(?<![\w'-])(?:{_NOUNS})(?![\w'-])|{subject.pattern})"
    if re.match(rf"(?<![ \t])[ \t]++{named}", clause[m.end() : m.end() + 40]):
        return True
    if re.search(rf"{named}[ \t]*+$", before) or _COPULA_BEFORE.search(before):
        return True
    if re.search(r":[ \t]*+$", before) and subject.search(before):
        return True
    return any(_CONNECTED.match(clause[end : m.start()]) for _, end, _, _ in found if end <= m.start())


def _negated(test: Callable[[int], bool]) -> Callable[[int], bool]:
    return lambda x: not test(x)


def _supposition(clause: str, found: list[Constraint]) -> re.Match[str] | None:
    """The clause's first word that supposes, unless a colon or a quotation mark separates it from the
    constraint that follows it: "when I typed it, the app said « b must be even »" frames a message
    that is told, not supposed (round 51)."""
    for m in _SUPPOSED.finditer(clause):
        after = [start for start, _, _, _ in found if start > m.start()]
        if not after or not re.search(r"[:\"«»]", clause[m.end() : after[0]]):
            return m
    return None


def _clause_constraints(
    clause: str, subject: re.Pattern[str], unit: re.Pattern[str], sentence: str
) -> list[Constraint] | None:
    """The constraints a clause puts on the quantity, negations applied; None when it supposes."""
    found = _properties(clause, subject, unit)
    if not found:
        return []
    supposed = _supposition(clause, found)
    if supposed:
        if not _SENT_BACK.search(sentence):
            return None
        # "if your number is even or greater than 1, start over": each outcome of the "or" ruled out
        inside = [c for c in found if c[0] > supposed.start()]
        gaps = [clause[a[1] : b[0]] for a, b in zip(inside, inside[1:], strict=False)]
        if not inside or any(re.search(r"(?<![\w'-])(?:and|et)(?![\w'-])", gap) for gap in gaps):
            return None
        return [(start, end, _negated(test), absolute) for start, end, test, absolute in inside]
    forbidden = bool(_FORBIDDEN_LIST.match(clause))
    out: list[Constraint] = []
    last, carried = 0, False
    for start, end, test, absolute in found:
        gap = clause[last:start]
        if _MODAL.search(gap):
            return None  # "it can be even": a permission, no constraint
        negations = len(_NEGATION.findall(gap))
        # "never give an even number or one above 2": the negation spans the "or"
        spans = carried and not negations and re.search(r"(?<![\w'-])(?:or|ou|nor|ni)(?![\w'-])|,", gap)
        negated = bool(spans) or negations % 2 == 1
        carried = negated
        out.append((start, end, _negated(test) if negated != forbidden else test, absolute))
        last = end
    return out


def pinned(
    folded: str, subject: re.Pattern[str], unit: re.Pattern[str], least: int | None, value: int
) -> bool:
    """Whether ``value`` is the one integer (from ``least`` on, or any) that the constraints ``folded`` puts
    on the quantity named by ``subject`` leave (see above): False when it states none, rules ``value`` out
    or leaves another."""
    constraints: list[Constraint] = []
    # a question ends its sentence: what follows it is told (« … a Caroline ? Le nombre de sœurs doit
    # être impair… », round 51)
    for sentence in re.split(r"[.!](?=\s|$)|(?<=\?)(?=\s|$)|\n", folded):
        if "?" in sentence or not subject.search(sentence):
            continue
        for clause in sentence.split(";"):
            constraints += _clause_constraints(clause, subject, unit, sentence) or []
        if len(constraints) > _MAX_CONSTRAINTS:
            return False

    def passes(x: int) -> bool:
        return all(test(abs(x) if absolute else x) for _, _, test, absolute in constraints)

    low = -_LIMIT if least is None else least
    if not constraints or not low <= value <= _LIMIT or not passes(value):
        return False
    return not any(passes(x) for x in range(low, _LIMIT + 1) if x != value)
