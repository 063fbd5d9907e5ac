"""Arithmetic written in answers, read exactly: equalities such as ``64 = 1 × 35 + 29`` or
``PGCD(35, 64) = 1`` are checked, and equations such as ``y − 10 = 4(x − 5)`` are read as a
line. Python's own parser (``ast``) reads the expression once the text allows nothing but
digits, ``x``, ``y``, operators, parentheses and gcd calls; nothing is ever evaluated by
``eval``, numbers are exact fractions, and powers are bounded."""

from __future__ import annotations

import ast
import functools
import math
import re
from fractions import Fraction

from workshop.prompts.text import text_cache

MAX_EXPONENT = 64
MAX_BASE = 10**6
MAX_EXPR_CHARS = 200


class Unreadable(ValueError):
    """Not an expression this module reads (it is then ignored, never held against anyone)."""


# A linear form cx·x + cy·y + c0, as (cx, cy, c0).
Linear = tuple[Fraction, Fraction, Fraction]
_ZERO = Fraction(0)


def _prepare(expr: str) -> str:
    """Folded, cleaned text of one expression -> Python syntax."""
    if len(expr) > MAX_EXPR_CHARS:
        raise Unreadable(expr[:20])
    expr = re.sub(
        r"p?gcd\s*\(\s*(\d+)\s*[,;]\s*(\d+)\s*\)", lambda m: str(math.gcd(int(m[1]), int(m[2]))), expr
    )
    expr = re.sub(r"(\d),(\d)", r"\1.\2", expr)  # decimal comma
    expr = re.sub(r"(?<=\d)\s+x\s+(?=\d)", "*", expr)  # "4 x 5": a times sign between numbers
    expr = expr.replace("^", "**")
    expr = re.sub(r"(?<=[\dxy)])\s*(?=[xy(])", "*", expr)  # implicit products: 4x, 4(x - 5), (x)(y)
    if not re.fullmatch(r"[\dxy+\-*/(). ]+", expr):
        raise Unreadable(expr[:20])
    return expr


def _eval(node: ast.AST, variables: bool) -> Linear:
    if isinstance(node, ast.Expression):
        return _eval(node.body, variables)
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, int | float)
        and not isinstance(node.value, bool)
    ):
        return (_ZERO, _ZERO, Fraction(str(node.value)))
    if isinstance(node, ast.Name) and variables and node.id in ("x", "y"):
        one = Fraction(1)
        return (one, _ZERO, _ZERO) if node.id == "x" else (_ZERO, one, _ZERO)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        a = _eval(node.operand, variables)
        return a if isinstance(node.op, ast.UAdd) else (-a[0], -a[1], -a[2])
    if isinstance(node, ast.BinOp):
        a, b = _eval(node.left, variables), _eval(node.right, variables)
        if isinstance(node.op, ast.Add):
            return (a[0] + b[0], a[1] + b[1], a[2] + b[2])
        if isinstance(node.op, ast.Sub):
            return (a[0] - b[0], a[1] - b[1], a[2] - b[2])
        if isinstance(node.op, ast.Mult):
            if a[0] == a[1] == 0:
                return (a[2] * b[0], a[2] * b[1], a[2] * b[2])
            if b[0] == b[1] == 0:
                return (b[2] * a[0], b[2] * a[1], b[2] * a[2])
            raise Unreadable("not linear")
        if isinstance(node.op, ast.Div) and b[0] == b[1] == 0 and b[2] != 0:
            return (a[0] / b[2], a[1] / b[2], a[2] / b[2])
        if isinstance(node.op, ast.Pow) and a[:2] == b[:2] == (0, 0):
            base, exponent = a[2], b[2]
            if exponent.denominator != 1 or not 0 <= exponent <= MAX_EXPONENT or abs(base) > MAX_BASE:
                raise Unreadable("power too large")
            return (_ZERO, _ZERO, base ** int(exponent))
    raise Unreadable(type(node).__name__)


@text_cache(maxsize=4096)
def _parse(expr: str, variables: bool) -> Linear:
    try:
        tree = ast.parse(_prepare(expr).strip(), mode="eval")
    except (SyntaxError, ValueError) as exc:  # ValueError: a literal too long to convert
        raise Unreadable(expr[:20]) from exc
    return _eval(tree, variables)


def value(expr: str) -> Fraction:
    """The exact value of a numeric expression (``10 − 4 × 5`` -> -10)."""
    return _parse(expr, variables=False)[2]


@text_cache(maxsize=4096)
def line(equation: str) -> tuple[Fraction, Fraction]:
    """(slope, intercept) of an equation in x and y that describes a non-vertical line.

    >>> line("y - 10 = 4(x - 5)")
    (Fraction(4, 1), Fraction(-10, 1))
    """
    left, sep, right = equation.partition("=")
    if not sep or "=" in right:
        raise Unreadable(equation[:20])
    a, b = _parse(left, True), _parse(right, True)
    cx, cy, c0 = a[0] - b[0], a[1] - b[1], a[2] - b[2]
    if cy == 0:
        raise Unreadable("no y")
    return (-cx / cy, -c0 / cy)


# Linear on any text (tests/test_prompts_redos.py): blanks are possessive (``\s*+``), at most
# three blanks stand around an operator, and a chain starts neither inside a number nor
# right after an operator (a failed start never reads the rest of a long expression again).
_NUM = r"\d+(?:[.,]\d+)?(?:(?:\^|\*\*)\d+)?"  # a power: 2^6, 2**6
_OP = r"(?:[ \t]{0,3}[-+*/][ \t]{0,3}|[ \t]{1,3}x[ \t]{1,3})"
# A bracketed step of numbers ("10 - (4 x 5)", "4x + (10 - 20)", round 19a) is one operand.
_GROUP = rf"\(\s*+-?\s*+{_NUM}(?:{_OP}-?[ \t]{{0,3}}{_NUM})*+\s*+\)"
_ATOM = rf"(?:p?gcd\s*+\(\s*+\d+\s*+[,;]\s*+\d+\s*+\)|{_GROUP}|{_NUM})"
EXPR = rf"-?[ \t]{{0,3}}{_ATOM}(?:{_OP}{_ATOM})*+"
_NOT_INSIDE = r"(?<![\w.,^)(+*/-])(?<![+*/-][ \t])(?<![+*/-][ \t][ \t])(?<![+*/-][ \t][ \t][ \t])"
_LIST_MARK = re.compile(r"(?m)^([ \t]*+)[-*+](?=[ \t])")
_CHAIN = re.compile(rf"{_NOT_INSIDE}(?=\S)(?>{EXPR})(?:[ \t]*+=[ \t]*+(?>{EXPR}))+")


def _continues(text: str, start: int, end: int) -> bool:
    """Whether the match is part of a longer expression with letters (``10 = 20 + b``)."""
    after = text[end : end + 40].lstrip(" ")  # windows: never a copy of the rest of the text
    if text[end : end + 1].isalpha() or text[end : end + 1] == "(":
        return True  # an implicit product: 4(x - 5), 4x
    before = text[max(0, start - 40) : start].rstrip(" ")
    if text[start] in "+-" and (before[-1:].isalnum() or before[-1:] == ")"):
        return True  # "y - 10 = ...": the sign belongs to a longer expression
    if after[:1] in "+-*/=^" and after[:1]:
        rest = after[1:].lstrip(" ")
        if rest[:1].isalpha() or rest[:1] == "(":
            return True
    if before[-1:] in "+-*/^" and before[-1:]:
        rest = before[:-1].rstrip(" ")
        if rest[-1:].isalpha() or rest[-1:] == ")":
            return True
    return False


# A number said to be prime, or not (round 8: "64 est un nombre premier..., donc leur seul
# diviseur commun est 1" justifies with a false fact). Not "premier avec", "prime to",
# "premiers entre eux": coprime, another claim.
_NOT_COPRIME = r"(?!\s*+(?:avec|with|to|entre|relative|each|l'un|one))"
_PRIME_CLAIM = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,7})\s++(?:(?P<no>n'est pas|n'est|is not|isn't)|est|is)\s++"
    r"(?:pas\s++)?(?:un\s++nombre\s++|a\s++|an\s++)?(?:premier|prime)(?:\s++number)?\b" + _NOT_COPRIME
)
_PRIMES_CLAIM = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,7})\s++(?:et|and)\s++(?P<b>\d{1,7})\s++"
    r"(?:(?P<no>ne sont pas|are not|aren't)|sont|are)"
    r"\s++(?:tous (?:les )?deux\s++|both\s++)?(?:des\s++nombres\s++)?(?:premiers|primes?)(?:\s++numbers)?\b"
    + _NOT_COPRIME
)


# "Neither 35 nor 64 is prime" (fix73, round 73): the claim after "nor" is denied. Not French « ni … ni »:
# its verb carries the negation itself (« ni 35 ni 64 n'est premier », read as "n'est" already).
_NOR_BEFORE = re.compile(r"(?<![\w'])nor[ \t]++$")


def nor_before(text: str, start: int) -> bool:
    """Whether a "neither … nor" denies the claim that opens at ``start``."""
    # a window before ``start`` only: searched from 0, each claim rescanned the whole prefix (quadratic)
    return _NOR_BEFORE.search(text, max(0, start - 16), start) is not None


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n**0.5) + 1))


# A list of divisors (round 16a: "Diviseurs de 64 : 1, 2, 4, 7, 8…", "diviseurs communs de
# 35 et 64 : 1 et 7"): each listed number must divide the number (both numbers) it is of.
_DIVISOR_LIST = re.compile(
    r"\b(?:diviseurs?|divisors?|facteurs?|factors?)(?:[ \t]++(?:communs?|common|premiers?|prime))?"
    r"[ \t]++(?:de|of|a)[ \t]++(?P<n>\d{1,9})(?![\d.,]\d)"
    r"(?:[ \t]*+(?:et|and|,)[ \t]*+(?P<m>\d{1,9})(?![\d.,]\d))?"
    r"[ \t]*+(?:sont|are|:|=)[ \t]*+\{?[ \t]*+"
    r"(?P<list>\d{1,9}(?:[ \t]*+(?:,|;|et|and)[ \t]*+\d{1,9}){0,60})(?![\d.,]\d)"
)


def _false_divisors(folded: str) -> list[str]:
    wrong = []
    for match in _DIVISOR_LIST.finditer(folded):
        of = [int(match["n"])] + ([int(match["m"])] if match["m"] else [])
        listed = [int(d) for d in re.findall(r"\d+", match["list"])]
        if any(d == 0 or any(n % d for n in of) for d in listed):
            wrong.append(match.group(0))
    return wrong


# Round 74 (fix74): a parity or a divisibility said of a number ("35 et 64 sont tous les deux
# impairs", "64 is odd", "35 est divisible par 7", "64 n'est pas un multiple de 8") is a fact
# about the data too: a false one justifies nothing. A negated claim about two numbers ("ne sont
# pas tous les deux pairs") may say "not both": only the positive one is checked.
_PARITY_CLAIM = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,9})\s++(?:(?P<no>n'est pas|is not|isn't)|est|is)\s++(?:un\s++nombre\s++|an?\s++)?"
    r"(?P<kind>pair|impair|even|odd)\b"
)
_PARITIES_CLAIM = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,9})\s++(?:et|and)\s++(?P<b>\d{1,9})\s++(?:sont|are)\s++"
    r"(?:tous\s++(?:les\s++)?deux\s++|both\s++)?(?:des\s++nombres\s++)?(?P<kind>pairs|impairs|even|odd)\b"
)
_DIVISIBLE_CLAIM = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,9})\s++(?:(?P<no>n'est pas|is not|isn't)|est|is)\s++"
    r"(?:(?:divisible|divisibles)\s++(?:par|by)|(?:un\s++|a\s++)?multiple\s++(?:de|d'|of))\s*+(?P<d>\d{1,9})(?![\d.,]\d|\d)"
)


def _false_parity(folded: str) -> list[str]:
    wrong = []
    for match in _PARITY_CLAIM.finditer(folded):
        even = int(match["n"]) % 2 == 0
        said = match["kind"] in ("pair", "even")
        if (even == said) == bool(match["no"]):
            wrong.append(match.group(0))
    for match in _PARITIES_CLAIM.finditer(folded):
        said = match["kind"] in ("pairs", "even")
        if any((int(match[k]) % 2 == 0) != said for k in "ab"):
            wrong.append(match.group(0))
    for match in _DIVISIBLE_CLAIM.finditer(folded):
        divisor = int(match["d"])
        holds = divisor != 0 and int(match["n"]) % divisor == 0
        if holds == bool(match["no"]):
            wrong.append(match.group(0))
    return wrong


def _false_primality(folded: str) -> list[str]:
    wrong = _false_divisors(folded) + _false_parity(folded)
    for match in _PRIME_CLAIM.finditer(folded):
        if _is_prime(int(match.group("n"))) == (bool(match.group("no")) != nor_before(folded, match.start())):
            wrong.append(match.group(0))
    for match in _PRIMES_CLAIM.finditer(folded):
        said = not match.group("no")
        if said and not all(_is_prime(int(match.group(k))) for k in "ab"):
            wrong.append(match.group(0))  # "ne sont pas premiers" may say: not both
    return wrong


# Steps written in words (round 15a): "64 moins 35 font 27", "27 minus three times 8 is 3"
# are read as "64 - 35 = 27", "27 - 3 * 8 = 3". Only a run of numbers joined by operator
# words and closed by a word of equality and a number is read; numbers in words are the
# documented number words (text.NUMBER_WORDS, "a"/"an"/"un"/"une" left out: articles).
_WORD_OPS = {
    "plus": "+", "moins": "-", "minus": "-", "fois": "*", "times": "*", "multiplie par": "*",
    "multiplied by": "*", "divise par": "/", "divided by": "/",
}
_WORD_EQUALS = (
    r"(?:font|fait|egalent|egale|egal|equals?|is|are|gives?|donne|donnent|vaut|valent|makes?|reste|leaves?)"
)


@functools.lru_cache(maxsize=1)
def _worded() -> tuple[re.Pattern[str], dict[str, int]]:
    from workshop.prompts.text import NUMBER_WORDS

    articles = ("a", "an", "un", "une", "aucun", "aucune", "none")
    numbers = {w: n for w, n in NUMBER_WORDS.items() if w not in articles}
    number = r"(?:\d{1,6}|" + "|".join(sorted(numbers, key=len, reverse=True)) + r")\b"
    ops = "|".join(sorted(_WORD_OPS, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w.,]){number}(?:[ \t]++(?:{ops})[ \t]++{number}){{1,6}}"
        rf"[ \t]++{_WORD_EQUALS}[ \t]++(?:a[ \t]++)?{number}"
        rf"(?P<remainder>,?[ \t]++(?:(?:et|and|with|avec)[ \t]++(?:a[ \t]++|un[ \t]++)?)?"
        rf"(?:reste|remainder|r)[ \t]++(?:de[ \t]++|of[ \t]++)?{number})?"
    )
    return pattern, numbers


def _worded_errors(folded: str) -> list[str]:
    pattern, numbers = _worded()
    ops = sorted(_WORD_OPS, key=len, reverse=True)
    wrong = []
    for count, match in enumerate(pattern.finditer(folded)):
        if count >= 200:
            break
        step = match.group(0)
        remainder = match.group("remainder")
        if remainder:  # "64 divisé par 35 font 1, reste 29": a division with its remainder
            step = step[: match.start("remainder") - match.start()]
        symbolic = re.sub(rf"(?<![ \t])[ \t]++{_WORD_EQUALS}[ \t]++(?:a[ \t]++)?", " = ", step)
        for word in ops:
            symbolic = re.sub(rf"\b{word}\b", _WORD_OPS[word], symbolic)
        symbolic = re.sub(r"[a-z]+", lambda m: str(numbers.get(m.group(0), m.group(0))), symbolic)
        left, _, right = symbolic.partition("=")
        try:
            if remainder:
                rest = remainder.split()[-1]
                dividend, slash, divisor = left.partition("/")
                r = Fraction(int(rest) if rest.isdigit() else numbers[rest])
                if slash and "/" not in divisor and value(dividend) != value(divisor) * value(right) + r:
                    wrong.append(match.group(0))
            elif value(left) != value(right):
                wrong.append(step)
        except (Unreadable, ZeroDivisionError):
            continue
    return wrong


# Euclid written with a remainder operator (round 23a: "64 mod 35 = 29", "35 % 29 = 6"): the
# operation is its remainder, so the step is checked as written ("64 mod 35 = 28" is false).
_MODULO = re.compile(r"(?<![\w.,])(\d{1,9})[ \t]*+(?:mod|modulo|%)[ \t]*+(\d{1,9})(?![\w.,]|[ \t]*+[*/^(])")


def _remainder(match: re.Match[str]) -> str:
    divisor = int(match[2])
    return str(int(match[1]) % divisor) if divisor else match[0]


def errors(folded: str) -> list[str]:
    """Equalities between numbers that are false, as written (``35 = 1 * 29 + 5``) or in
    words (``64 moins 35 font 27``), and numbers said prime that are not, or not prime that
    are (``64 est premier``)."""
    wrong = _false_primality(folded) + _worded_errors(folded)
    folded = _MODULO.sub(_remainder, folded) if ("mod" in folded or "%" in folded) else folded
    folded = _LIST_MARK.sub(lambda m: m.group(1) + " ", folded)  # "- 64 = ...": an item, not -64
    for match in _CHAIN.finditer(folded):
        if _continues(folded, match.start(), match.end()):
            continue
        parts = match.group(0).split("=")
        try:
            values = [value(p) for p in parts]
        except (Unreadable, ZeroDivisionError):
            continue
        if any(v != values[0] for v in values[1:]) and not _in_base(folded, match.start(), parts):
            wrong.append(match.group(0).strip())
    return wrong


# Round 42 (fix-helper fairmcq42): a number written in another base, its sentence saying which
# ("35 = 100011 en binaire, 64 = 1000000", "35 = 203 in base 4"): an equality in that base.
_BASE = re.compile(r"\b(?:binaire|binary|base[ \t]*+(?P<base>\d{1,2}+)|octal)\b")
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")


def _in_base(folded: str, start: int, parts: list[str]) -> bool:
    """Whether the equality ``parts`` (two sides) holds with one side, digits only, read in
    the base its sentence names."""
    if len(parts) != 2:
        return False
    window = max(0, start - 200)
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, window, start)), default=window)
    end = _SENTENCE_END.search(folded, start)
    sentence = folded[lo : end.start() if end else min(len(folded), start + 200)]
    bases = {
        int(m["base"]) if m["base"] else 8 if m.group(0) == "octal" else 2 for m in _BASE.finditer(sentence)
    }
    left, right = (p.strip() for p in parts)
    for base in bases - {0, 1, 10}:
        if base > 36:
            continue
        for digits, other in ((right, left), (left, right)):
            if not digits.isdigit() or any(int(d) >= base for d in digits):
                continue
            try:
                if int(digits, base) == value(other):
                    return True
            except (Unreadable, ZeroDivisionError):
                continue
    return False
