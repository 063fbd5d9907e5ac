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
or "shows" (a legend, "| for each", is no value); dice faces ⚀…⚅. Coprime verdicts: Euclid's
formula with m and n giving a primitive triple; ``x/a ± y/b = p/q`` in lowest terms with
q = a·b; a number one of those φ(b) counts; a number invertible modulo another; exactly one
common divisor, or as many as 1 has divisors. Asked, supposed or denied, none of them is read
as told (:data:`_NOT_TOLD`)."""

from __future__ import annotations

import ast
import math
import operator
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS

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


def _number_word(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    value = NUMBER_WORDS.get(token)
    return value if isinstance(value, int) else None


# -- a factorial ------------------------------------------------------------------------------
_FACTORIAL = re.compile(r"(?<![\w.,!])(\d{1,2})!(?![!=\w])")
_FACTORIAL_WORD = re.compile(
    rf"\b(?:la\s++|the\s++)?(?:factorielle|factorial)\s++(?:de\s++|of\s++|d')?(?P<n>\d{{1,2}}|{NUMBER_WORD_RE})\b"
    rf"|(?<![\w.,])(?P<m>\d{{1,2}}|{NUMBER_WORD_RE})\s++(?:factorial|factorielle)\b"
)


def _factorial(match: re.Match[str]) -> str:
    token = match.group(1) if match.re is _FACTORIAL else (match["n"] or match["m"])
    n = _number_word(token)
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


def _coefficient(token: str | None) -> Fraction:
    if token is None or not token.strip():
        return Fraction(1)
    if token.strip() == "-":
        return Fraction(-1)
    return _num(token)


def _limit(match: re.Match[str]) -> str:
    if not _TO_ZERO.search(match["gap"] + " " + match["tail"]):
        return match.group(0)
    value = _coefficient(match["c"]) * _coefficient(match["k"]) / (int(match["d"]) if match["d"] else 1)
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


_MARK = "\x01"  # a value this module wrote, until the verb before it is read
# A value "written" in a notation is stated ("b s'écrit −1,0 × 10¹", "is written as 1e1").
_WRITTEN = re.compile(
    r"(?<![\w'])(?:s'ecri(?:t|vent)|s'ecrira|se\s++note|se\s++notent|is\s++written(?:\s++as)?|"
    r"are\s++written(?:\s++as)?|reads|is\s++denoted(?:\s++by)?|is\s++noted)[ \t]*+:?[ \t]*+(?=\x01)"
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
    text = _code(text)
    text = _tally(text)
    if any(face in text for face in _DICE):
        text = re.sub("[⚀-⚅]", lambda m: f" {_MARK}{_DICE[m.group(0)]} ", text)
    if _MARK not in text:
        return text
    return _WRITTEN.sub(" vaut ", text).replace(_MARK, "")


# -- coprime verdicts -------------------------------------------------------------------------
_NOT_TOLD = re.compile(
    r"\b(?:si|s'ils?|if|whether|when|quand|lorsque|lorsqu|dont|whose|verifie\w*|check\w*|montre\w*|show|"
    r"prove\w*|demontre\w*|determine\w*|cherche\w*|trouve\w*|find|dis|say|explain\w*|explique\w*|est-ce|"
    r"pas|not|ni|nor|jamais|never|aucune?|neither|suppose\w*|imagine\w*|would|serait|seraient|"
    # an equivalence states neither side (session 38)
    r"revient\s++a\s++dire|c'est\s++dire|equivaut|iff|is\s++equivalent\s++to|amounts\s++to\s++saying)\b|n't|\?"
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
        if m["n"] is None or _divisor_count(_number_word(m["n"]) or 0) == 1:
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
