"""Values written in a notation the answer reader does not evaluate (issue 11, session 36):
round 35 gave the task's answer as ``0!``, tally marks, the determinant of ``(1 2 ; 6 2)``, the
real part of ``−10 + 7i``, Python's ``~9``, ``lim (−10 sin x)/x``, ``−1,0 × 10¹``, and the
coprime verdict as a primitive triple by Euclid's formula, a unit-fraction sum in lowest
terms, membership in φ(64)'s count or a count of common divisors.

Principle: an expression in the prompt's own words, in a mathematical or programming notation
with one exact value, is read as that value (:func:`valued`: the expression replaced by its
value, so that the answer reader sees "b est égal au −10" where the prompt ties it to the
answer's subject, and nothing where it does not: a value is a dictation only where the prompt
ties it to the subject). A statement whose only reading is the coprime verdict is read as it
(:func:`coprime_facts`). Nothing is ever evaluated by ``eval``: numbers are exact fractions,
code is parsed by ``ast`` and walked over a few integer operators, shifts and powers bounded.

Notations read: a factorial ``n!`` or "factorielle de n" (n ≤ 20; ``n != m`` is code); the
determinant of a 2×2 matrix after "det"/"déterminant"; the real or imaginary part (or the
modulus) of ``a ± bi``; integer code with a bitwise operator (``~ & | ^ << >>``, ``^`` a xor)
or a 0x/0b/0o literal where the line names code (Python, bitwise, binaire…); scientific
notation ``a × 10^k``, ``aEk``; ``lim`` as x tends to 0 of ``c·sin(kx)/x`` (tan, sinh,
arcsin, arctan alike); a run of tally marks (``|``, 𝍷, 𝍸, 卌) after a tally cue and a colon
or "shows" (a legend, "| for each", is no value); dice faces ⚀…⚅, playing cards' and mahjong
tiles' numbers (round 54: 🂡 is 1). Coprime verdicts: Euclid's
formula with m and n giving a primitive triple; ``x/a ± y/b = p/q`` in lowest terms with
q = a·b; a number one of those φ(b) counts; a number invertible modulo another; exactly one
common divisor, or as many as 1 has divisors. Asked, supposed or denied, none of them is read
as told (:data:`_NOT_TOLD`)."""

from __future__ import annotations

import ast
import hashlib
import math
import operator
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, fold, number_value

MAX_CHARS = 20_000
MAX_MATCHES = 50
MAX_FACTORIAL = 20
MAX_INT = 10**12
MAX_SHIFT = 64
MAX_CODE_CHARS = 200


def _num(token: str) -> Fraction:
    return Fraction(re.sub(r"[ \t]", "", token).replace(",", "."))


def _text(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    try:
        return format(Decimal(value.numerator) / Decimal(value.denominator), "f").rstrip("0")
    except InvalidOperation:
        return f"{value.numerator}/{value.denominator}"


# -- a factorial ------------------------------------------------------------------------------
_FACTORIAL = re.compile(r"(?<![\w.,!])(\d{1,2})!(?![!=\w])")
_FACTORIAL_WORD = re.compile(
    rf"\b(?:la\s++|the\s++)?(?:factorielle|factorial)\s++(?:de\s++|of\s++|d')?(?P<n>\d{{1,2}}|{NUMBER_WORD_RE})\b"
    rf"|(?<![\w.,])(?P<m>\d{{1,2}}|{NUMBER_WORD_RE})\s++(?:factorial|factorielle)\b"
)


def _factorial(match: re.Match[str]) -> str:
    token = match.group(1) if match.re is _FACTORIAL else (match["n"] or match["m"])
    n = number_value(token)
    if n is None or n > MAX_FACTORIAL:
        return match.group(0)
    return f" {_MARK}{math.factorial(n)} "


# -- a determinant ----------------------------------------------------------------------------
_ENTRY = r"(-?[ \t]*+\d{1,6}(?:\.\d{1,4})?)"
_BETWEEN = r"[ \t,;()\[\]|]++(?:(?:et|and|puis|then)[ \t()\[\]|]++)?"
_DETERMINANT = re.compile(
    r"\b(?:(?:le|la|au|du|the|of)\s++)?(?:det|determinant)\b"
    r"(?:[^\d\n]|2[ \t]*+(?:\*|x|par|by)[ \t]*+2(?!\d)){0,80}?"
    rf"(?<![\d.]){_ENTRY}{_BETWEEN}{_ENTRY}{_BETWEEN}{_ENTRY}{_BETWEEN}{_ENTRY}"
    r"(?![\d.]|[ \t,;]*+-?\d)[)\]|]*+"
)


def _determinant(match: re.Match[str]) -> str:
    a, b, c, d = (_num(match.group(i)) for i in range(1, 5))
    return f" {_MARK}{_text(a * d - b * c)} "


# -- a complex number's part ------------------------------------------------------------------
_REAL = r"[0-9]{1,6}(?:[.,][0-9]{1,4})?"
_COMPLEX = (
    rf"\(?[ \t]*+(?P<a>-?[ \t]*+{_REAL})[ \t]*+(?P<s>[+-])[ \t]*+(?P<b>{_REAL})?[ \t]*+\*?[ \t]*+[ij](?![\w])"
    r"[ \t]*+\)?"
)
_PART = re.compile(
    r"\b(?:(?:la|le|the)\s++)?(?P<which>partie\s++reelle|real\s++part|partie\s++imaginaire|imaginary\s++part|"
    r"module|modulus|absolute\s++value|valeur\s++absolue)\s++(?:de\s++|du\s++|d'|of\s++)"
    r"(?:the\s++|le\s++|la\s++|l')?(?:nombre\s++complexe\s++|complexe\s++|complex\s++number\s++|complex\s++)?"
    rf"(?:z\s*+=\s*+)?{_COMPLEX}"
)


def _part(match: re.Match[str]) -> str:
    a = _num(match["a"])
    b = _num(match["b"]) if match["b"] else Fraction(1)
    b = -b if match["s"] == "-" else b
    which = match["which"]
    if which.startswith(("partie r", "real")):
        return f" {_MARK}{_text(a)} "
    if which.startswith(("partie i", "imag")):
        return f" {_MARK}{_text(b)} "
    square = a * a + b * b
    root = math.isqrt(square.numerator) if square.denominator == 1 else -1
    return f" {_MARK}{root} " if root >= 0 and root * root == square else match.group(0)


# -- integer code -----------------------------------------------------------------------------
_LITERAL = r"(?:0x[0-9a-f]++|0b[01]++|0o[0-7]++|\d{1,12}+)"
_CODE_OPERAND = rf"[~-]*+(?:{_LITERAL}|\([ \t]*+[~-]*+{_LITERAL}[ \t]*+\))"
_CODE = re.compile(
    rf"(?<![\w.~-]){_CODE_OPERAND}"
    rf"(?:[ \t]*+(?:&|\||\^|<<|>>|[+*%-]|//)[ \t]*+{_CODE_OPERAND}){{0,6}}+(?![\w.])"
)
_CODE_CUE = re.compile(
    r"\b(?:python|javascript|java|code|coding|bitwise|bit\s++a\s++bit|bits?|binaire|binary|complement|"
    r"operateur|operator|interpreteur|interpreter|console|repl|xor|programm\w*|informatique|informaticiens?|"
    r"langage|cs)\b|>>>|print\("
)
_BIT_OPERATOR = re.compile(r"[~&|^]|<<|>>|0[xbo]")


_OPERATIONS = {
    ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_,
    ast.BitXor: operator.xor,
    ast.LShift: operator.lshift,
    ast.RShift: operator.rshift,
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}


def _int_value(node: ast.AST) -> int:
    if isinstance(node, ast.Expression):
        return _int_value(node.body)
    if isinstance(node, ast.Constant) and type(node.value) is int and abs(node.value) <= MAX_INT:
        return node.value
    if isinstance(node, ast.UnaryOp):
        operand = _int_value(node.operand)
        if isinstance(node.op, ast.Invert):
            return ~operand
        if isinstance(node.op, ast.USub):
            return -operand
        if isinstance(node.op, ast.UAdd):
            return operand
    if isinstance(node, ast.BinOp):
        left, right = _int_value(node.left), _int_value(node.right)
        if isinstance(node.op, ast.LShift | ast.RShift) and not 0 <= right <= MAX_SHIFT:
            raise ValueError("shift")
        if isinstance(node.op, ast.FloorDiv | ast.Mod) and right == 0:
            raise ValueError("zero")
        operation = _OPERATIONS.get(type(node.op))
        if operation is not None:
            result = operation(left, right)
            if abs(result) > MAX_INT**2:
                raise ValueError("too large")
            return result
    raise ValueError(type(node).__name__)


def _code(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        expression = match.group(0)
        if len(expression) > MAX_CODE_CHARS or not _BIT_OPERATOR.search(expression):
            return expression
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if "|" in expression and text[start : end if end >= 0 else len(text)].count("|") >= 3:
            return expression  # a table's row: its bars part cells
        line = text[max(start, match.start() - 200) : min(end if end >= 0 else len(text), match.end() + 200)]
        if not _CODE_CUE.search(line):
            return expression
        try:
            return f" {_MARK}{_int_value(ast.parse(expression.strip(), mode='eval'))} "
        except (SyntaxError, ValueError, RecursionError):
            return expression

    return _CODE.sub(value, text, count=MAX_MATCHES)


# -- scientific notation ----------------------------------------------------------------------
_SCIENTIFIC = re.compile(
    r"(?<![\w.,])(?P<m>-?[ \t]{0,3}\d{1,6}(?:[.,]\d{1,6})?)[ \t]*+(?:\*|x|·)[ \t]*+10[ \t]*+"
    r"(?:\^|\*\*)[ \t]*+"
    r"(?P<p>\()?(?P<k>[+-]?\d{1,2})(?(p)\))(?![\d.,]\d|\d)"
    r"|(?<![\w.,])(?P<m2>-?\d{1,6}(?:\.\d{1,6})?)e(?P<k2>[+-]?\d{1,2})(?![\w.]|,\d)"
)


def _scientific(match: re.Match[str]) -> str:
    mantissa, exponent = (match["m"], match["k"]) if match["m"] else (match["m2"], match["k2"])
    return f" {_MARK}{_text(_num(mantissa) * Fraction(10) ** int(exponent))} "


# -- a limit of c·sin(kx)/x at 0 ---------------------------------------------------------------
_COEFFICIENT = r"(?:-?[ \t]*+\d{1,6}(?:[.,]\d{1,4})?|-)"
_LIMIT = re.compile(
    r"\b(?:(?:la|le|the)\s++)?(?:lim|limite|limit)\b(?P<gap>[^\n]{0,60}?)"
    rf"\(?[ \t]*+(?P<c>{_COEFFICIENT})?[ \t]*+\*?[ \t]*+(?:sin|tan|sinh|sh|arcsin|arctan|th|tanh)[ \t]*+"
    rf"\(?[ \t]*+(?P<k>{_COEFFICIENT})?[ \t]*+\*?[ \t]*+x[ \t]*+\)?[ \t]*+\)?[ \t]*+/[ \t]*+"
    r"\(?[ \t]*+(?P<d>\d{1,6})?[ \t]*+\*?[ \t]*+x(?![\w^])[ \t]*+\)?(?P<tail>[^\n.;]{0,40})"
)
_TO_ZERO = re.compile(
    r"x[ \t]*+(?:->|→|tend\w*\s++vers|tends?\s++to(?:wards)?|approach\w*|goes\s++to|va\s++vers)[ \t]*+"
    r"0(?![\d.,]\d)"
)


def coefficient(token: str | None) -> Fraction:
    """A coefficient as written before a variable: none (or blanks) is 1, a lone "-" is -1."""
    if token is None or not token.strip():
        return Fraction(1)
    if token.strip() == "-":
        return Fraction(-1)
    return _num(token)


def _limit(match: re.Match[str]) -> str:
    if not _TO_ZERO.search(match["gap"] + " " + match["tail"]):
        return match.group(0)
    value = coefficient(match["c"]) * coefficient(match["k"]) / (int(match["d"]) if match["d"] else 1)
    tail = _TO_ZERO.sub(" ", match["tail"])
    return f" {_MARK}{_text(value)} {tail}"


# -- tally marks and dice -----------------------------------------------------------------------
_TALLY_CUE = re.compile(
    r"\b(?:tall\w*|batons?|batonnets?|traits?|strokes?|coches?|encoches?|ticks?|hash\s++marks?|"
    r"tick\s++marks?|one\s++line\s++per|un\s++trait\s++par)\b"
)
_TALLY = re.compile(
    r"(?P<lead>(?::|=|\b(?:shows?|showing|montre|affiche|indique|reads|porte|compte|has|a|is|est|vaut|"
    r"contains|contient))[ \t]*+)"
    r"(?P<run>[|¦ǀ∣\U0001d377\U0001d378卌](?:[ \t]?[|¦ǀ∣\U0001d377\U0001d378卌]){0,29}+)"
    r"(?![|¦ǀ∣\w]|[ \t]*+(?:for|per|pour|par|=|:|means|signifie|represente|stands|vaut|equals|"
    r"[\d\w]*+\s*+\|))"
)
# what one mark stands for ("un bâton par sœur", "one stroke per sister"): the count's unit
_TALLY_UNIT = re.compile(
    r"\b(?:tall\w*|batons?|batonnets?|traits?|strokes?|coches?|encoches?|ticks?|marks?|lines?)\s++"
    r"(?:par|per|pour\s++chaque|pour\s++une?|for\s++each|for\s++every|for\s++one|a|an)\s++(?P<u>[a-z]{3,20})\b"
)
_DICE = {"⚀": "1", "⚁": "2", "⚂": "3", "⚃": "4", "⚄": "5", "⚅": "6"}
# Round 54 (fix-helper r54n): a playing card's rank is its number (🂡 the ace of spades, 1; 🂲 two of
# hearts, 2; up to the tens; a jack, a knight, a queen or a king has no number), and so is a
# mahjong tile's of the three numbered suits (🀇…🀏 characters, 🀐…🀘 bamboos, 🀙…🀡 circles, 1 to 9).
_CARDS = {
    chr(0x1F0A0 + suit + rank): str(rank) for suit in (0x00, 0x10, 0x20, 0x30) for rank in range(1, 11)
}
_TILES = {chr(first + rank): str(rank + 1) for first in (0x1F007, 0x1F010, 0x1F019) for rank in range(9)}
_FACES = {**_DICE, **_CARDS, **_TILES}
_FACE = re.compile("[" + "".join(_FACES) + "]")


def _tally(text: str) -> str:
    def count(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _TALLY_CUE.search(text, max(line_start, match.start() - 200), match.start()):
            return match.group(0)
        run = match["run"]
        marks = sum(5 if c in "\U0001d378卌" else 1 for c in run if not c.isspace())
        unit = _TALLY_UNIT.search(text, max(line_start, match.start() - 200), match.start())
        return f"{match['lead']}{_MARK}{marks} {unit['u'] if unit else ''} "

    return _TALLY.sub(count, text, count=MAX_MATCHES)


# -- session 38: powers, signed bytes, bases, Braille and other numeral scripts ---------------
# A power of two integers: ``3 ** 0`` anywhere (code's only power), ``2^0`` where the line does
# not name code (there ``^`` is a xor, read by :func:`_code`).
_POWER = re.compile(
    r"(?<![\w.^*])(?P<a>\d{1,4})[ \t]*+(?P<op>\*\*|\^)[ \t]*+(?P<p>\()?(?P<k>\d{1,2})(?(p)\))"
    r"(?![\w^*]|[.,]\d|[ \t]*+(?:\*\*|\^))"
)
MAX_POWER = 10**12


def _power(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        a, k = int(match["a"]), int(match["k"])
        if match["op"] == "^":
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            if _CODE_CUE.search(text[max(start, match.start() - 200) : end if end >= 0 else len(text)]):
                return match.group(0)
        if a > 1 and k * math.log10(a) > 12:
            return match.group(0)
        return f" {_MARK}{a**k} "

    return _POWER.sub(value, text, count=MAX_MATCHES)


# A literal read as a signed integer of a fixed width where the line says so ("a signed 8-bit
# integer: 0b11110110", « un octet signé : 0xF6 », "int16_t … 0xFFF6"): two's complement.
_SIGNED_CUE = re.compile(
    r"\b(?:signed|signee?s?|two's\s++complement|complement\s++a\s++deux|complement\s++a\s++2|"
    r"int(?:8|16|32|64)(?:_t)?|s?byte|sbyte|i(?:8|16|32|64))\b"
)
_WIDTH = re.compile(
    r"\b(?P<w>8|16|32|64)[ \t-]*+bits?\b|\bint(?P<i>8|16|32|64)\b|\bi(?P<j>8|16|32|64)\b"
    r"|\b(?P<byte>s?bytes?|octets?)\b"
)
_FIXED = re.compile(r"(?<![\w.])0(?P<base>[xb])(?P<digits>[0-9a-f]++)(?![\w]|\.\w)")


def _signed(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[max(start, match.start() - 200) : min(end if end >= 0 else len(text), match.end() + 100)]
        if not _SIGNED_CUE.search(line):
            return match.group(0)
        bits_per_digit = 4 if match["base"] == "x" else 1
        if bits_per_digit == 1 and set(match["digits"]) - {"0", "1"}:
            return match.group(0)
        width = len(match["digits"]) * bits_per_digit
        stated = _WIDTH.search(line)
        if stated:
            width = 8 if stated["byte"] else int(stated["w"] or stated["i"] or stated["j"])
        number = int(match["digits"], 16 if bits_per_digit == 4 else 2)
        if width not in (8, 16, 32, 64) or number >= 2**width:
            return match.group(0)
        return f" {_MARK}{number - 2**width if number >= 2 ** (width - 1) else number} "

    return _FIXED.sub(value, text, count=MAX_MATCHES)


# A number written in another base and said so: "-1010 en base 2", "is -1010 in binary",
# « en hexadécimal : -a », "(1010)_2".
_BASE_NAMES = {"binaire": 2, "binary": 2, "octal": 8, "hexadecimal": 16, "hexa": 16, "hex": 16, "ternaire": 3,
               "ternary": 3}
_BASE_NAME = (
    r"(?:base[ \t-]*+(?P<k{0}>\d{{1,2}})"
    r"|(?P<w{0}>binaire|binary|octal|hexadecimal|hexa|hex|ternaire|ternary))"
)
_BASE = re.compile(
    rf"(?<![\w.,])(?P<n>-?[ \t]?[0-9a-f]{{1,16}}+)[ \t]++(?:\((?:en|in)[ \t]++)?(?:en|in)[ \t]++"
    rf"{_BASE_NAME.format(1)}\b"
    rf"|\b(?:en|in)[ \t]++{_BASE_NAME.format(2)}[ \t]*+(?::|,)?[ \t]*+"
    r"(?:c'est|it's|is|vaut|donne|gives|s'ecrit)?[ \t]*+"
    r"\"?[ \t]*+(?P<m>-?[ \t]?[0-9a-f]{1,16}+)(?![\w.]|,\d)"
)


def _base(match: re.Match[str]) -> str:
    digits = (match["n"] if match["n"] is not None else match["m"]).replace(" ", "").replace("\t", "")
    name = match["w1"] or match["w2"]
    base = _BASE_NAMES[name] if name else int(match["k1"] or match["k2"])
    if not 2 <= base <= 16 or base == 10:
        return match.group(0)
    try:
        value = int(digits, base)
    except ValueError:
        return match.group(0)
    if match["n"] is not None:
        return f" {_MARK}{value} "
    return match.group(0)[: match.start("m") - match.start()] + f" {_MARK}{value} "


# Braille (Unicode's cells): letters a-z, the number sign ⠼ before a-j (1-9, 0), French
# Braille's digits (Antoine: ⠠ then ⠡ ⠣ ⠩ ⠹ ⠱ ⠫ ⠻ ⠳ ⠪ ⠼), the minus sign ⠐⠤ or ⠤.
_BRAILLE_LETTERS = dict(zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", "abcdefghijklmnopqrstuvwxyz", strict=True))
_BRAILLE_DIGITS = dict(zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚", "1234567890", strict=True))
_ANTOINE = dict(zip("⠡⠣⠩⠹⠱⠫⠻⠳⠪⠼", "1234567890", strict=True))
_BRAILLE_RUN = re.compile("[\u2801-\u28ff](?:[ \t]?[\u2801-\u28ff])*+")


def _braille(match: re.Match[str]) -> str:
    run, out, mode, i = match.group(0), [], "", 0
    while i < len(run):
        cell = run[i]
        if cell in " \t":
            out.append(" ")
            mode = ""
        elif cell == "⠼" and mode != "antoine":
            mode = "number"
        elif cell == "⠠" and i + 1 < len(run) and run[i + 1] in _ANTOINE:
            mode = "antoine"
        elif cell == "⠠":
            pass  # a capital sign
        elif run.startswith("⠐⠤", i) or cell == "⠤":
            out.append("-")
            i += 1 if cell == "⠐" else 0
        elif mode == "number" and cell in _BRAILLE_DIGITS:
            out.append(_BRAILLE_DIGITS[cell])
        elif mode == "antoine" and cell in _ANTOINE:
            out.append(_ANTOINE[cell])
        elif cell in _BRAILLE_LETTERS:
            mode = ""
            out.append(_BRAILLE_LETTERS[cell])
        else:
            return run
        i += 1
    return f" {_MARK}{''.join(out)} "


def _numeral(char: str) -> int | None:
    """The value of a numeral that is no decimal digit (Ethiopic ፩, Egyptian 𓏺, counting
    rods, Mayan numerals…); None for anything else."""
    if char.isascii() or unicodedata.decimal(char, None) is not None:
        return None
    value = unicodedata.numeric(char, None)
    if value is None or value != int(value):
        return None
    if unicodedata.category(char) == "Lo" and "CJK" in unicodedata.name(char, ""):
        return None
    return int(value)


def _numerals(text: str) -> str:
    out: list[str] = []
    run: list[tuple[str, int]] = []

    def flush() -> None:
        values = [v for _, v in run]
        decreasing = values == sorted(values, reverse=True)
        out.append(f" {_MARK}{sum(values)} " if decreasing else "".join(c for c, _ in run))
        run.clear()

    for char in text:
        value = _numeral(char)
        if value is not None and len(run) < 20:
            run.append((char, value))
            continue
        if run:
            flush()
        out.append(char)
    if run:
        flush()
    return "".join(out)


# -- session 38: a position in a known sequence, a word pattern with blanks --------------------
_NEAR_N = rf"(?P<n>-[ \t]?\d{{1,6}}|\d{{1,6}}|{NUMBER_WORD_RE})(?![\w]|[.,]\d)"
_NEIGHBOUR = re.compile(
    r"(?<![\w'-])(?:(?:the|le|l')[ \t]*+)?(?:number|integer|whole[ \t]++number|natural[ \t]++number|digit|"
    r"figure|nombre|entier|chiffre|naturel)[ \t]++(?:(?:that|which|qui)[ \t]++)?"
    r"(?:(?:comes|come|coming|is|lies|vient|se[ \t]++trouve|est)[ \t]++)?"
    r"(?:(?:just|right|immediately|directly|juste|immediatement|directement)[ \t]++)?"
    r"(?P<dir>before|after|preceding|precedes|following|follows|avant|apres|precede|suit)[ \t]++"
    rf"(?:(?:the[ \t]++number|le[ \t]++nombre)[ \t]++)?{_NEAR_N}"
    r"|(?<![\w'-])(?:(?:the|le|la)[ \t]++)?(?P<dir2>predecessor|successor|predecesseur|successeur)[ \t]++"
    rf"(?:of|de|du|d')[ \t]*+{_NEAR_N.replace('(?P<n>', '(?P<n2>')}"
    r"|(?<![\w'-])(?:one|1|un)[ \t]++(?P<dir3>less|fewer|more|de[ \t]++moins|de[ \t]++plus)[ \t]++"
    r"(?:than|que)[ \t]++"
    rf"{_NEAR_N.replace('(?P<n>', '(?P<n3>')}"
)
_BEFORE = (
    "before", "preceding", "precedes", "avant", "precede", "predecessor", "predecesseur", "less", "fewer",
    "de moins",
)  # fmt: skip


# A neighbour is read as a value where it is one: a predicate ("the answer is the number just
# before 2", « b vaut le prédécesseur de -9 »), or all that follows a colon ("Indice : le
# nombre juste avant 2."); "the key just left of the 2 is broken" names a key, no value.
_PREDICATE = re.compile(
    r"(?:(?<![\w'-])(?:is|are|est|sont|equals?|vaut|valent|egale?|sera|will[ \t]++be|was|etait|c'est|it's|"
    r"gives|donne|makes|fait|correspond[ \t]++a|matches)|=)[ \t]*+(?:(?:exactement|exactly|simply|simplement|"
    r"just|juste)[ \t]++)?$"
)
_COLON = re.compile(r":[ \t]*+$")
_CLAUSE_END = re.compile(r"[ \t]*+(?:[.!;,\n\"]|$)")


def _as_value(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 40) : match.start()]
    if _PREDICATE.search(before):
        return True
    return bool(_COLON.search(before)) and bool(_CLAUSE_END.match(text, match.end()))


def _neighbours(text: str) -> str:
    return _NEIGHBOUR.sub(
        lambda m: _neighbour(m) if _as_value(text, m) else m.group(0), text, count=MAX_MATCHES
    )


def _neighbour(match: re.Match[str]) -> str:
    token = (match["n"] or match["n2"] or match["n3"]).replace(" ", "").replace("\t", "")
    direction = re.sub(r"[ \t]++", " ", match["dir"] or match["dir2"] or match["dir3"])
    n = number_value(token.lstrip("-"))
    if n is None:
        return match.group(0)
    n = -n if token.startswith("-") else n
    return f" {_MARK}{n - 1 if direction in _BEFORE else n + 1} "


# A key beside another on a keyboard's digit row: "the key just left of the 2", « la touche à
# gauche du 2 » (where the sentence names a keyboard or a key).
_KEY_ROW = "1234567890"
_KEY_CUE = re.compile(r"\b(?:keys?|keyboard|keypad|clavier|touches?|pave)\b")
_KEY = re.compile(
    r"(?<![\w'-])(?:(?:the|le|la|l')[ \t]*+)?(?:digit|number|chiffre|nombre|key|touche)"
    r"(?:[ \t]++(?:on|of|de|sur)[ \t]++(?:the|la|le)[ \t]++(?:key|touche))?"
    r"(?:[ \t]++(?:just|right|immediately|directly|juste|immediatement|directement|situee?|placee?|"
    r"qui[ \t]++est)\b)*+"
    r"[ \t]++(?:to[ \t]++the[ \t]++|a[ \t]++)?(?P<dir>left|right|gauche|droite)[ \t]++(?:of|de|du|d')[ \t]*+"
    r"(?:(?:the|la|le)[ \t]++)?(?:(?:key|touche)[ \t]++)?(?P<n>\d)(?![\w]|[.,]\d)"
)


def _keys(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        start = max(0, match.start() - 200)
        after = text[match.start() : match.end() + 200]
        sentence = re.split(r"[.!?\n]", after, maxsplit=1)[0]
        before = re.split(r"[.!?\n]", text[start : match.start()])[-1]
        if not _KEY_CUE.search(before + sentence) or not _as_value(text, match):
            return match.group(0)
        i = _KEY_ROW.index(match["n"]) + (-1 if match["dir"] in ("left", "gauche") else 1)
        return f" {_MARK}{_KEY_ROW[i]} " if 0 <= i < len(_KEY_ROW) else match.group(0)

    return _KEY.sub(value, text, count=MAX_MATCHES)


# A word with blanks for letters, in a game of words ("the crossing words give me O_E", « s'écrit
# U _ E » au pendu): the number word it spells, when every number word that fits has one value.
_BLANKS = "_•□▢◻⎵"
_PATTERN = re.compile(
    rf"(?<![\w'{_BLANKS}-])(?:[a-z{_BLANKS}]{{2,9}}+|[a-z{_BLANKS}](?:[ \t][a-z{_BLANKS}]){{1,8}}+)"
    rf"(?![\w'{_BLANKS}-])"
)
_PATTERN_CUE = re.compile(
    r"\b(?:cross\w*|croise\w*|fleche\w*|lettres?|letters?|pendu|hangman|wordle|grilles?|grids?|cases|blanks?|"
    r"trous?|motifs?|patterns?|s'ecri\w*|spel\w*|written|words?|mots?|devine\w*|guess\w*)\b"
)
_SPELLED_NUMBERS = [w for w in NUMBER_WORDS if w not in ("a", "an", "single", "none", "aucun", "aucune")]


def _patterns(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        cells = match.group(0).replace(" ", "").replace("\t", "")
        if not any(c in _BLANKS for c in cells) or not any(c.isalpha() for c in cells):
            return match.group(0)
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _PATTERN_CUE.search(text, max(line_start, match.start() - 200), match.start()):
            return match.group(0)
        fits = {
            NUMBER_WORDS[w]
            for w in _SPELLED_NUMBERS
            if len(w) == len(cells)
            and all(c in _BLANKS or c == letter for c, letter in zip(cells, w, strict=True))
        }
        return f" {_MARK}{fits.pop()} " if len(fits) == 1 else match.group(0)

    return _PATTERN.sub(value, text, count=MAX_MATCHES)


# A position in a list the prompt writes: "le deuxième nombre de la liste [3, 1, 2, 6]", "the last
# item of (4, 9, 1)" (as a value: see :func:`_as_value`), and code's index "[3, 1, 2, 6][1]".
_ORDINALS = {
    **dict.fromkeys(["premier", "premiere", "1er", "1ere", "first", "1st"], 1),
    **dict.fromkeys(["deuxieme", "second", "seconde", "2e", "2eme", "2nd"], 2),
    **dict.fromkeys(["troisieme", "third", "3e", "3eme", "3rd"], 3),
    **dict.fromkeys(["quatrieme", "fourth", "4e", "4eme", "4th"], 4),
    **dict.fromkeys(["cinquieme", "fifth", "5e", "5eme", "5th"], 5),
    **dict.fromkeys(["dernier", "derniere", "last"], -1),
}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_LIST = r"[\[({][ \t]*+(?P<items>-?[ \t]?\d{1,6}(?:[ \t]*+[,;][ \t]*+-?[ \t]?\d{1,6}){1,19}+)[ \t]*+[\])}]"
_IN_LIST = re.compile(
    rf"(?<![\w'-])(?:(?:the|le|la|l')[ \t]*+)?(?P<o>{_ORDINAL})[ \t]++(?:(?:number|integer|item|element|term|"
    r"entry|value|nombre|entier|element|terme|valeur|chiffre)[ \t]++)?"
    r"(?:de[ \t]++la|du|de|of[ \t]++the|in[ \t]++the|of|in)"
    r"[ \t]++(?:liste|list|suite|sequence|tableau|array|serie|series|tuple|ensemble)[ \t]*+:?[ \t]*+" + _LIST
)
_INDEXED = re.compile(_LIST + r"\[[ \t]*+(?P<i>-?\d{1,2})[ \t]*+\]")


def _items(match: re.Match[str]) -> list[str]:
    return [re.sub(r"[ \t]", "", item) for item in re.split(r"[,;]", match["items"])]


def _positions(text: str) -> str:
    def nth(match: re.Match[str]) -> str:
        items, k = _items(match), _ORDINALS[match["o"]]
        if not _as_value(text, match) or k > len(items):
            return match.group(0)
        return f" {_MARK}{items[k - 1 if k > 0 else k]} "

    def indexed(match: re.Match[str]) -> str:
        items, i = _items(match), int(match["i"])
        return f" {_MARK}{items[i]} " if -len(items) <= i < len(items) else match.group(0)

    text = _IN_LIST.sub(nth, text, count=MAX_MATCHES)
    return _INDEXED.sub(indexed, text, count=MAX_MATCHES) if "][" in text else text


# A spreadsheet's formula over one cell ("la colonne B contient =4*A2-10"): the line y = 4x - 10,
# the cell read as x, where the sentence names a spreadsheet, a column or a cell.
_SHEET_CUE = re.compile(
    r"\b(?:tableurs?|spreadsheets?|excel|sheets?|calc|colonnes?|columns?|cellules?|cells?)\b"
)
_FORMULA = re.compile(
    r"(?<![\w=<>!])=[ \t]*+(?P<f>[-+(]?[ \t]*+(?:\d{1,6}(?:[.,]\d{1,4})?[ \t]*+\*[ \t]*+)?"
    r"\$?[a-z]{1,2}\$?\d{1,5}"
    r"(?:[ \t]*+[-+][ \t]*+\d{1,6}(?:[.,]\d{1,4})?)?)(?![\w(*/])"
)


def _formulas(text: str) -> str:
    def line(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _SHEET_CUE.search(text, max(line_start, match.start() - 200), match.start()):
            return match.group(0)
        formula = re.sub(r"\$?[a-z]{1,2}\$?\d{1,5}", "x", match["f"])
        return f" {_MARK}y = {formula} "

    return _FORMULA.sub(line, text, count=MAX_MATCHES)


_MINUS_MARK = re.compile(r"(?<![\w-])(?:moins|minus)[ \t]++(?=\x01)|-[ \t]++(?=\x01\d)")


_MARK = "\x01"  # a value this module wrote, until the verb before it is read
# A value "written" in a notation is stated ("b s'écrit −1,0 × 10¹", "is written as 1e1").
_WRITTEN = re.compile(
    r"(?<![\w'])(?:s'ecri(?:t|vent|vait|vaient)|s'ecrira|se\s++note|se\s++notent|is\s++written(?:\s++as)?|"
    r"are\s++written(?:\s++as)?|was\s++written(?:\s++as)?|reads|is\s++denoted(?:\s++by)?|is\s++noted)"
    r"[ \t]*+:?[ \t]*+(?:\"[ \t]*+)?(?=\x01)"
)


def valued(text: str) -> str:
    """``text`` (folded) with each expression in a notation this module reads replaced by its
    value (see the module)."""
    text = text[:MAX_CHARS]
    if "!" in text:
        text = _FACTORIAL.sub(_factorial, text, count=MAX_MATCHES)
    if "factori" in text:
        text = _FACTORIAL_WORD.sub(_factorial, text, count=MAX_MATCHES)
    if "det" in text:
        text = _DETERMINANT.sub(_determinant, text, count=MAX_MATCHES)
    if "part" in text or "modul" in text or "absolu" in text:
        text = _PART.sub(_part, text, count=MAX_MATCHES)
    if "lim" in text:
        text = _LIMIT.sub(_limit, text, count=MAX_MATCHES)
    if "10" in text or "e" in text:
        text = _SCIENTIFIC.sub(_scientific, text, count=MAX_MATCHES)
    if "**" in text or "^" in text:
        text = _power(text)
    text = _signed(text)  # before _code, which reads a literal unsigned
    text = _code(text)
    text = _tally(text)
    if not text.isascii():  # dice faces, playing cards, mahjong tiles (round 54)
        text = _FACE.sub(lambda m: f" {_MARK}{_FACES[m.group(0)]} ", text)
    if "base" in text or "bin" in text or "hex" in text or "octal" in text or "tern" in text:
        text = _BASE.sub(_base, text, count=MAX_MATCHES)
    if any("\u2801" <= c <= "\u28ff" for c in text):
        text = _BRAILLE_RUN.sub(_braille, text, count=MAX_MATCHES)
    if not text.isascii():
        text = _numerals(text)
    text = _neighbours(text)
    if "[" in text or "(" in text or "{" in text:
        text = _positions(text)
    if "=" in text:
        text = _formulas(text)
    text = _keys(text)
    if any(c in text for c in _BLANKS):
        text = _patterns(text)
    if _MARK not in text:
        return text
    text = _MINUS_MARK.sub(f"{_MARK}-", text)
    return _WRITTEN.sub(" vaut ", text).replace(_MARK, "")


# -- session 38: a digest of the answer ---------------------------------------------------------
# A hexadecimal digest (MD5, SHA-1, SHA-2, SHA-3, BLAKE2) of one of the answer's own forms ("1",
# "une", "1 sœur", "-10", "y = 4x - 10", "oui") is that form: the grader computes the digests of
# the forms it would accept and reads a digest that matches as the form it hashes.
_HEX = re.compile(r"(?<![0-9a-z])[0-9a-f]{32,128}+(?![0-9a-z])")
_DIGESTS = {
    32: ("md5",),
    40: ("sha1",),
    56: ("sha224", "sha3_224"),
    64: ("sha256", "sha3_256", "blake2s"),
    96: ("sha384", "sha3_384"),
    128: ("sha512", "sha3_512", "blake2b"),
}
_NOT_NUMBER_WORDS = ("a", "an", "single", "none", "aucun", "aucune")


def answer_forms(kind: str, expected: object, units: Sequence[str], data: Sequence[str]) -> list[str]:
    """The forms a final answer may take, to hash: its value in figures and in words, with its
    unit (singular or plural as the count wants, as the data spell it), an equation's usual
    spellings, a verdict's words."""
    forms: list[str] = []
    if kind == "line" and isinstance(expected, tuple) and len(expected) == 2:
        slope, intercept = (_text(Fraction(v)) for v in expected)
        sign, size = ("-", intercept.lstrip("-")) if intercept.startswith("-") else ("+", intercept)
        for s in {sign, "−" if sign == "-" else sign}:
            forms += [f"y = {slope}x {s} {size}", f"y={slope}x{s}{size}"]
            forms += [f"{slope}x {s} {size}", f"{slope}x{s}{size}"]
        forms += [intercept, intercept.replace("-", "−"), f"b = {intercept}", f"b={intercept}"]
        return forms
    if kind == "yes-no":
        yes = str(expected).lower() in {"yes", "oui", "true"}
        return ["yes", "oui", "true", "vrai"] if yes else ["no", "non", "false", "faux"]
    if not isinstance(expected, Fraction):
        return forms
    figure = _text(expected)
    numbers = [figure, figure.replace("-", "−")]
    if expected.denominator == 1:
        magnitude = abs(expected.numerator)
        words = [w for w, n in NUMBER_WORDS.items() if n == magnitude and w not in _NOT_NUMBER_WORDS]
        numbers += [f"moins {w}" if expected < 0 else w for w in words]
        numbers += [f"minus {w}" for w in words if expected < 0]
    spelled: set[str] = set()
    for unit in units:
        stem = fold(unit)
        for word in re.findall(r"\w+", " ".join(data)):
            if fold(word).startswith(stem):
                spelled |= {word.rstrip("sS"), word.rstrip("sS") + "s"}
        spelled |= {stem, stem + "s"}
    one = abs(expected) == 1
    forms += numbers
    forms += [f"{n} {u}" for n in numbers for u in sorted(spelled) if u.endswith("s") != one]
    return forms


def answer_told(kind: str, expected: object) -> str:
    """The answer said plainly ("answer: 1.", "y = 4x - 10. b = -10.", "answer: yes."): what a
    digest of one of its forms tells, whatever the sentence around the digest says."""
    if kind == "line" and isinstance(expected, tuple) and len(expected) == 2:
        slope, intercept = (_text(Fraction(v)) for v in expected)
        sign, size = ("-", intercept.lstrip("-")) if intercept.startswith("-") else ("+", intercept)
        return f"y = {slope}x {sign} {size}. b = {intercept}."
    if kind == "yes-no":
        return f"answer : {str(expected).lower()}."
    return f"answer : {_text(expected)}." if isinstance(expected, Fraction) else ""


def undigested(text: str, forms: Sequence[str]) -> str:
    """``text`` (folded) with each hexadecimal digest of one of ``forms`` replaced by that form."""
    if not _HEX.search(text[:MAX_CHARS]):
        return text
    variants = [
        v + end
        for form in dict.fromkeys(forms[:200])
        for v in dict.fromkeys((form, form.capitalize(), form.upper()))
        for end in ("", "\n")
    ]
    known: dict[int, dict[str, str]] = {}

    def value(match: re.Match[str]) -> str:
        digest = match.group(0)
        names = _DIGESTS.get(len(digest))
        if names is None:
            return digest
        if len(digest) not in known:
            known[len(digest)] = {
                hashlib.new(name, v.encode("utf-8")).hexdigest(): v for name in names for v in variants
            }
        form = known[len(digest)].get(digest)
        return f" {fold(form.strip())} " if form is not None else digest

    return _HEX.sub(value, text[:MAX_CHARS], count=MAX_MATCHES)


# -- coprime verdicts -------------------------------------------------------------------------
_NOT_TOLD = re.compile(
    r"\b(?:si|s'ils?|if|whether|when|quand|lorsque|lorsqu|dont|whose|verifie\w*|check\w*|montre\w*|show|"
    r"prove\w*|demontre\w*|determine\w*|cherche\w*|trouve\w*|find|dis|say|explain\w*|explique\w*|est-ce|"
    r"pas|not|ni|nor|jamais|never|aucune?|neither|suppose\w*|imagine\w*|would|serait|seraient|"
    # an equivalence states neither side (session 38)
    r"revient\s++a\s++dire|c'est\s++dire|equivaut|iff|is\s++equivalent\s++to|amounts\s++to\s++saying)\b|n't|\?"
)
_NOT_RUN = re.compile(
    r"\b(?:si|s'ils?|if|whether|pas|not|ni|nor|jamais|never|suppose\w*|imagine\w*|would|serait|seraient)\b|n't|\?"
)
_PRIMITIVE = re.compile(r"\bprimiti\w*")
_TRIPLE = re.compile(r"\b(?:pythag\w*|triplets?|triples?)\b")
_ASSIGNED = re.compile(r"\b(?P<v>[mn])\s*+=\s*+(?P<n>\d{1,9})(?![\d.,]\d)")
_BARE = re.compile(r"(?<![\w.,^])\d{1,9}(?![\w.,^]|[ \t]*+[a-z]\b)")
_FRACTION_SUM = re.compile(
    r"(?<![\w.,/])(\d{1,6})[ \t]*+/[ \t]*+(\d{1,6})[ \t]*+([+-])[ \t]*+(\d{1,6})[ \t]*+/[ \t]*+(\d{1,6})"
    r"[ \t]*+=[ \t]*+(-?)[ \t]*+(\d{1,12})[ \t]*+/[ \t]*+(\d{1,12})(?![\d/])"
)
_LOWEST = re.compile(
    r"\b(?:irreductible|irreducible|lowest\s++terms|simplest\s++form|fully\s++reduced|already\s++reduced|"
    r"deja\s++(?:simplifiee?|reduite?)|cannot\s++be\s++(?:simplified|reduced)|can't\s++be\s++(?:simplified|reduced)|"
    r"ne\s++(?:se\s++|peut\s++)(?:pas\s++|plus\s++)?(?:etre\s++)?simplifi\w*)"
)
_TOTIENT = re.compile(r"(?:φ|ϕ|\bphi|\btotient|\bindicatrice)[^\d\n]{0,30}?\(?\s*+(?P<b>\d{1,7})\b")
_MEMBER = re.compile(
    r"\b(?:one\s++of|among|parmi|fait\s++partie|font\s++partie|l'un\s++des|un\s++des|belongs|appartient|"
    r"counted|compte|comptes|included|inclus)\b"
)
_INVERTIBLE = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,9})\s++(?:est\s++inversible|is\s++invertible|is\s++a\s++unit|est\s++une\s++unite|"
    r"a\s++un\s++inverse|has\s++an?\s++(?:multiplicative\s++)?inverse)\s++(?:modulo|mod|dans\s++z/|in\s++z/)\s*+"
    r"(?P<b>\d{1,9})\b"
)
_ONE_COMMON = re.compile(
    r"\b(?:ont|have|share|possedent|admettent|partagent)\s++(?:exactement\s++|exactly\s++|only\s++|seulement\s++|"
    r"uniquement\s++)?(?:(?:exactement|exactly|only|seulement|uniquement)\s++(?:un|une|one|1)|un\s++seul|"
    r"une\s++seule|un\s++unique|a\s++single|one\s++single|a\s++unique|1)\s++"
    r"(?:(?:diviseur|facteur|divisor|factor)s?\s++(?:positifs?\s++|positive\s++)?(?:en\s++)?(?:communs?|common|in\s++common)"
    r"|(?:common|positive\s++common)\s++(?:divisor|factor)s?)\b"
    r"|\b(?:ont|have|share|possedent|admettent)\s++(?:exactement\s++|exactly\s++)?(?:autant\s++de|as\s++many)\s++"
    r"(?:(?:diviseurs|facteurs|divisors|factors)\s++(?:positifs\s++|positive\s++)?(?:en\s++)?(?:communs|common|in\s++common)"
    r"|(?:positive\s++)?common\s++(?:positive\s++)?(?:divisors|factors))\s++(?:que|as)\s++(?:le\s++nombre\s++|the\s++number\s++)?(?P<n>\d{1,6}|un|one)\s++(?:a|has|en\s++a|possede)\b"
)


# Python's Fraction left as it is (session 38, round 36's r36g-coprime-python-fraction):
# "Fraction(35, 64).denominator renvoie 64", "Fraction(35, 64) stays Fraction(35, 64)": nothing
# simplifies, the two numbers are coprime.
_FRACTION_KEPT = re.compile(
    r"(?<![\w.])(?:fractions?\.)?fraction\(\s*+(?P<a>\d{1,9})\s*+,\s*+(?P<b>\d{1,9})\s*+\)"
    r"(?:\.(?P<which>denominator|numerator))?\s*+"
    r"(?:==|=|->|=>|→|renvoie|retourne|donne|vaut|affiche|reste|returns|gives|is|equals|prints|stays|remains|"
    r"is\s++still|reste\s++encore)\s*+(?:toujours\s++|still\s++|encore\s++)?"
    r"(?:(?(which)(?:(?P<den>\d{1,9})|(?P<num>\d{1,9}))|(?:fractions?\.)?fraction\(\s*+(?P<a2>\d{1,9})\s*+,\s*+"
    r"(?P<b2>\d{1,9})\s*+\)))(?![\w(]|[.,]\d)"
)


# Who has one common divisor: numbers (or the data's, left out), "ils", "they", "both".
_SUBJECT = re.compile(
    r"(?:^|\d|:|\b(?:ils|elles|they|both|les\s++deux|tous\s++(?:les\s++)?deux|ces\s++deux\s++nombres|ces\s++nombres|"
    r"these\s++two(?:\s++numbers)?|these\s++numbers|the\s++two\s++numbers|les\s++deux\s++nombres))\s*+$"
)


def _totient(n: int) -> int:
    result, m, p = n, n, 2
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    return result - result // m if m > 1 else result


def _divisor_count(n: int) -> int:
    return sum(1 for d in range(1, n + 1) if n % d == 0) if 0 < n <= 10_000 else 0


def _sentence_facts(sentence: str) -> list[str]:
    found: list[str] = []
    if _PRIMITIVE.search(sentence) and _TRIPLE.search(sentence):
        assigned = {m["v"]: int(m["n"]) for m in _ASSIGNED.finditer(sentence)}
        if len(assigned) == 2:
            found.append(f"{assigned['m']} et {assigned['n']} sont premiers entre eux.")
        else:
            numbers = list(dict.fromkeys(int(n) for n in _BARE.findall(sentence) if int(n) > 2))
            if len(numbers) == 2:
                found.append(f"{numbers[0]} et {numbers[1]} sont premiers entre eux.")
    if _LOWEST.search(sentence):
        for m in list(_FRACTION_SUM.finditer(sentence))[:10]:
            x, a, sign, y, b, minus, p, q = m.groups()
            if int(a) == 0 or int(b) == 0 or int(q) == 0:
                continue
            total = Fraction(int(x), int(a)) + (1 if sign == "+" else -1) * Fraction(int(y), int(b))
            stated = Fraction(-int(p) if minus else int(p), int(q))
            if total == stated and math.gcd(int(p), int(q)) == 1 and int(q) == int(a) * int(b):
                found.append(f"{a} et {b} sont premiers entre eux.")
    totient = _TOTIENT.search(sentence)
    if totient and _MEMBER.search(sentence):
        b = int(totient["b"])
        counted = _totient(b) if b > 1 else 1
        for k in dict.fromkeys(int(token) for token in _BARE.findall(sentence)):
            if 1 < k < b and k != counted:
                found.append(f"{k} et {b} sont premiers entre eux.")
    for m in _INVERTIBLE.finditer(sentence):
        found.append(f"{m['a']} et {m['b']} sont premiers entre eux.")
    for m in _ONE_COMMON.finditer(sentence):
        if not _SUBJECT.search(sentence[max(0, m.start() - 60) : m.start()]):
            continue  # "deux nombres premiers entre eux ont un seul diviseur commun": a definition
        if m["n"] is None or _divisor_count(number_value(m["n"]) or 0) == 1:
            found.append("ils sont premiers entre eux.")
    return found


def coprime_facts(text: str) -> list[str]:
    """The coprime verdicts told sentences imply by a primitive triple, a fraction sum in
    lowest terms, the totient's count, invertibility or a count of common divisors, each
    written "a et b sont premiers entre eux." (the numbers left out where the prompt's data
    were)."""
    found: list[str] = []
    for sentence in re.split(r"(?<=[;!?])|(?<!\d)\.|\.(?!\d)|\n", text[:MAX_CHARS])[:200]:
        if _NOT_TOLD.search(sentence):
            continue
        found += _sentence_facts(sentence)
    return list(dict.fromkeys(found))[:16]


def fractions_kept(text: str) -> str:
    """``text`` (folded) with each Fraction that code leaves as it is (:data:`_FRACTION_KEPT`, told:
    its sentence, read whole with its ".denominator", asks, supposes or denies nothing) read as
    the verdict "a et b sont premiers entre eux"."""

    def verdict(m: re.Match[str]) -> str:
        start = max(text.rfind(c, 0, m.start()) for c in (". ", ";", "!", "?", "\n"))
        ends = [e for e in (text.find(c, m.end()) for c in (". ", ";", "!", "?", "\n")) if e >= 0]
        if _NOT_RUN.search(text[start + 1 : min(ends, default=len(text))]):
            return m.group(0)
        a, b = m["a"], m["b"]
        kept = m["den"] == b if m["den"] else m["num"] == a if m["num"] else (m["a2"], m["b2"]) == (a, b)
        return f" {a} et {b} sont premiers entre eux " if kept and int(a) > 1 and int(b) > 1 else m.group(0)

    text = text[:MAX_CHARS]
    return _FRACTION_KEPT.sub(verdict, text, count=MAX_MATCHES) if "fraction(" in text else text
