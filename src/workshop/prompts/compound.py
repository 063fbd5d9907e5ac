"""Durations written in two pieces, read as one (issue 11, round 39): "2 min 30", "2'30",
"5 min 00 s", "deux minutes et demie", "two and a half minutes", and a product written out
("2 × 2,5 min", "4 x 150 s", "3 fois 5 minutes"). :mod:`schedule` reads each quantity as one
number and one unit, so a pace of "2 min 30 par diapo" or a part of "4 × 2,5 min" was two
numbers, neither of them the duration. :func:`normalized` rewrites each such duration as one
quantity in minutes (seconds when the minutes are not whole), the rest of the text untouched,
before the schedule is read. Seconds above 59 are no seconds ("5 min 75" is left alone), and
a number followed by its own unit ("5 min 10 min") is the next duration, not seconds."""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts import arith
from workshop.prompts.text import NUMBER_WORDS, value_of

_SMALL = "|".join(
    sorted((w for w, v in NUMBER_WORDS.items() if 1 <= v <= 20 and w not in ("a", "an", "un", "une", "one")),
           key=len, reverse=True)
)  # fmt: skip
_NUM = rf"(?:\d{{1,3}}|{_SMALL}|une?|one)"
_MIN = r"(?:minutes?|mins?|mn|'|′)"
_SEC = r"(?:secondes?|seconds?|secs?|s|\"|″)"
# "2 min 30", "2'30", "2 min 30 s", "5 min 00 s"
_MIN_SEC = re.compile(
    rf"(?<![\w.,:'])(?P<m>\d{{1,3}})\s*+{_MIN}\s*+(?P<s>[0-5]\d)(?:\s*+{_SEC}(?![a-z]))?"
    r"(?![\w:'%]|[.,]\d)(?!\s*+(?:minutes?|mins?|mn|m\b|h\b|heures?|hours?|'|%))"
)
# "deux minutes et demie", "two and a half minutes", "2 minutes and a half"
_HALF = re.compile(
    rf"(?<![\w.,])(?P<n>{_NUM})\s++(?:(?:minutes?|mins?)\s++(?:et\s++demie?|and\s++a\s++half)"
    r"|and\s++a\s++half\s++(?:minutes?|mins?))(?![a-z])"
)
# "2 × 2,5 min", "4 x 150 s", "3 fois 5 minutes", "2 times 2.5 minutes"
_PRODUCT = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,3})(?:\s++(?!(?:mins?|mn|secs?|minutes?|secondes?|seconds?|heures?|hours?)\b)[a-z]{2,15}+){0,2}?\s*+(?:[×x*✕]|fois|times)\s*+"
    rf"(?P<b>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*+(?P<u>{_MIN}|{_SEC})(?![a-z])"
    # the rate first: "5 min × 2", "150 s x 4"
    rf"|(?<![\w.,])(?P<b2>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*+(?P<u2>{_MIN}|{_SEC})\s*+(?:[×x*✕]|fois|times)\s*+"
    r"(?P<a2>\d{1,3})(?![\w.,]\d|\d|\s*+(?:min|mn|s\b|sec|'|h\b))"
)


def _written(minutes: Fraction) -> str:
    if minutes.denominator == 1:
        return f"{minutes} min"
    seconds = minutes * 60
    if seconds.denominator == 1:
        return f"{seconds} s"
    return f"{float(minutes):.2f} min"


# a list of numbers joined by slashes (round 41: « 5 / 10 / 15 / 15 / 10 / 5 »): no fraction, a list; four
# numbers or more, or three spaced out ("20 / 20 / 20"), not a date ("3/10/2026")
_SLASHED = re.compile(
    r"(?<![\w.,/])\d{1,3}(?:\s*+/\s*+\d{1,3}(?!\d)){3,}+(?![\w/]|[.,]\d)"
    r"|(?<![\w.,/])\d{1,3}(?:\s++/\s++\d{1,3}(?!\d)){2}+(?![\w/]|[.,]\d|\s*+/)"
)


def normalized(text: str) -> str:
    """``text`` with its two-piece durations and written-out products as one quantity, and a
    list of numbers joined by slashes as a list."""
    text = _SLASHED.sub(lambda m: re.sub(r"(?<!\s)\s*+/\s*+", ", ", m[0]), text)
    text = _MIN_SEC.sub(lambda m: _written(Fraction(int(m["m"])) + Fraction(int(m["s"]), 60)), text)
    text = _HALF.sub(lambda m: _written(value_of(m["n"]) + Fraction(1, 2)), text)

    def product(m: re.Match[str]) -> str:
        rate = value_of(m["b"] or m["b2"])
        unit = m["u"] or m["u2"]
        minutes = rate if re.match(r"m|'|′", unit) else rate / 60
        return _written(int(m["a"] or m["a2"]) * minutes)

    return _PRODUCT.sub(product, text)


# Round 81 (fix81): durations a prompt dictates through arithmetic ("Accueil (2 + 3 min)", "(20 / 2 min)",
# "(10 − 5 min)") or in another language's number words ("cinco minutos", "quindici minuti", "zwanzig
# Minuten"). :func:`reckoned` rewrites each as one quantity in minutes: a second reading the schedule tries
# beside the text as written (a list joined by "+" stays a list there). A difference is read only when it is
# positive and not a range ("5 - 10 min" is one); a quotient only by a divisor of two digits at most.
_OPERAND = r"\d{1,3}(?:[.,]\d{1,2})?"
_EXPRESSION = re.compile(
    rf"(?<![\w.,/+*×-])(?P<e>{_OPERAND}(?:[ \t]*+[-+/÷*×][ \t]*+{_OPERAND}){{1,3}}+)[ \t]*+"
    rf"(?P<u>{_MIN}|{_SEC})(?![a-z])"
)
# the numbers of the other common European languages (Spanish, Italian, Portuguese, German, Dutch), folded,
# one to sixty; a word that is also a French or an English word ("tres", "dos", "due", "sei", "set",
# "quinze", "vier", "tien") is read there only before a minute word of its own language's
_FOREIGN_NUMBERS = {
    **dict.fromkeys(["uno", "una", "um", "uma", "eins", "een"], 1),
    **dict.fromkeys(["dos", "due", "dois", "duas", "zwei", "twee"], 2),
    **dict.fromkeys(["tres", "tre", "drei", "drie"], 3),
    **dict.fromkeys(["cuatro", "quattro", "quatro", "vier"], 4),
    **dict.fromkeys(["cinco", "cinque", "funf", "vijf"], 5),
    **dict.fromkeys(["seis", "sei", "sechs", "zes"], 6),
    **dict.fromkeys(["siete", "sette", "sete", "sieben", "zeven"], 7),
    **dict.fromkeys(["ocho", "otto", "oito", "acht"], 8),
    **dict.fromkeys(["nueve", "nove", "neun", "negen"], 9),
    **dict.fromkeys(["diez", "dieci", "dez", "zehn", "tien"], 10),
    **dict.fromkeys(["once", "undici", "onze", "elf"], 11),
    **dict.fromkeys(["doce", "dodici", "doze", "zwolf", "twaalf"], 12),
    **dict.fromkeys(["quince", "quindici", "quinze", "funfzehn", "vijftien"], 15),
    **dict.fromkeys(["veinte", "venti", "vinte", "zwanzig", "twintig"], 20),
    **dict.fromkeys(["veinticinco", "venticinque", "vinte e cinco", "funfundzwanzig", "vijfentwintig"], 25),
    **dict.fromkeys(["treinta", "trenta", "trinta", "dreissig", "dertig"], 30),
    **dict.fromkeys(["cuarenta", "quaranta", "quarenta", "vierzig", "veertig"], 40),
    **dict.fromkeys(["cuarenta y cinco", "quarantacinque", "quarenta e cinco", "funfundvierzig"], 45),
    **dict.fromkeys(["cincuenta", "cinquanta", "cinquenta", "funfzig", "vijftig"], 50),
}


def _compounds() -> dict[str, int]:
    """Session 51 (gaps51): the teens and the compound tens up to ninety-nine of the same languages, folded
    (« treinta y cinco », « venticinque », « trentotto », « quarenta e cinco », « fünfundfünfzig »,
    « vijfenveertig »), and the tens above fifty."""
    found: dict[str, int] = {}
    es_units = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
    it_units = ["uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
    pt_units = ["um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]
    de_units = ["ein", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun"]
    nl_units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    tens = {
        "es": ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
        "it": ["trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
        "pt": ["trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
        "de": ["dreissig", "vierzig", "funfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
        "nl": ["dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
    }
    for i, ten in enumerate(tens["es"]):
        found[ten] = 30 + 10 * i
        found.update({f"{ten} y {u}": 31 + 10 * i + j for j, u in enumerate(es_units)})
    found.update({f"veinti{u}": 21 + j for j, u in enumerate(es_units)})
    for i, ten in enumerate(["venti", *tens["it"]]):
        found[ten] = 20 + 10 * i
        # « ventuno », « trentotto »: the tens' vowel elided before a vowel
        found.update(
            {(ten[:-1] if u[0] in "uo" else ten) + u: 21 + 10 * i + j for j, u in enumerate(it_units)}
        )
    for i, ten in enumerate(["vinte", *tens["pt"]]):
        found[ten] = 20 + 10 * i
        found.update({f"{ten} e {u}": 21 + 10 * i + j for j, u in enumerate(pt_units)})
    for i, ten in enumerate(["zwanzig", *tens["de"]]):
        found[ten] = 20 + 10 * i
        found.update({f"{u}und{ten}": 21 + 10 * i + j for j, u in enumerate(de_units)})
    for i, ten in enumerate(["twintig", *tens["nl"]]):
        found[ten] = 20 + 10 * i
        # « tweeëntwintig », folded « tweeentwintig »
        found.update({f"{u}en{ten}": 21 + 10 * i + j for j, u in enumerate(nl_units)})
    teens = {
        13: ["trece", "tredici", "treze", "dreizehn", "dertien"],
        14: ["catorce", "quattordici", "catorze", "quatorze", "vierzehn", "veertien"],
        16: ["dieciseis", "sedici", "dezesseis", "dezasseis", "sechzehn", "zestien"],
        17: ["diecisiete", "diciassette", "dezessete", "dezassete", "siebzehn", "zeventien"],
        18: ["dieciocho", "diciotto", "dezoito", "achtzehn", "achttien"],
        19: ["diecinueve", "diciannove", "dezenove", "dezanove", "neunzehn", "negentien"],
    }
    for value, words in teens.items():
        found.update(dict.fromkeys(words, value))
    found.pop("quatorze")  # French: read by numwords
    found.update(_more_languages())
    return found


def _more_languages() -> dict[str, int]:
    """Session 52 (gaps52): Turkish, Polish and Swedish, folded, five to ninety-five by fives and the tens
    with their units (« kırk beş », « czterdzieści pięć », « fyrtiofem »): their compounds and the words
    no French or English text holds (a shared one, "on", "fem", "tio", is read before a minute word)."""
    found: dict[str, int] = {}
    langs = {
        "tr": (["bir", "iki", "uc", "dort", "bes", "alti", "yedi", "sekiz", "dokuz"],
               ["on", "yirmi", "otuz", "kirk", "elli", "altmis", "yetmis", "seksen", "doksan"], "{t} {u}"),
        "pl": (["jeden", "dwa", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec"],
               ["dziesiec", "dwadziescia", "trzydziesci", "czterdziesci", "piecdziesiat", "szescdziesiat",
                "siedemdziesiat", "osiemdziesiat", "dziewiecdziesiat"], "{t} {u}"),
        "sv": (["en", "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio"],
               ["tio", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "attio", "nittio"],
               "{t}{u}"),
    }
    for units, tens, form in langs.values():
        for j, unit in enumerate(units):
            found.setdefault(unit, j + 1)
        for i, ten in enumerate(tens):
            found.setdefault(ten, 10 * (i + 1))
            if i:  # the teens have words of their own
                found.update({form.format(t=ten, u=u): 10 * (i + 1) + j + 1 for j, u in enumerate(units)})
    found.update(dict.fromkeys(["pietnascie", "femton", "on bes"], 15))
    found.update(dict.fromkeys(["on iki", "dwanascie", "tolv"], 12))
    return found


_FOREIGN_NUMBERS.update({w: v for w, v in _compounds().items() if w not in _FOREIGN_NUMBERS})
_FOREIGN_MINUTES = r"(?:minutos|minuto|minuti|minuten|minuter|minutter|minut|minuty|dakika|dk|phut)"
_FOREIGN_WORDS = "|".join(sorted(map(re.escape, _FOREIGN_NUMBERS), key=len, reverse=True))
_FOREIGN_DURATION = re.compile(
    rf"(?<![\w'-])(?P<n>{_FOREIGN_WORDS})[ \t]++(?P<u>{_FOREIGN_MINUTES})(?![\w'-])"
)
# Session 51 (gaps51): a foreign number word with no minute word ("Begrüßung fünf; Hauptteil
# fünfundvierzig; Fragen zehn"), read as its bare digits (the schedule's unitless numbers, with their own
# filters: counts of parts, indexes, bounds): only words no French or English text holds ("tres", "dos",
# "due", "sei", "once", "elf", "quince", "twee", "otto"… are read before a minute word only).
_SHARED_WORDS = frozenset(
    "uno una um uma een dos due tres tre vier sei set sete dez nove otto once onze elf quince quinze tien "
    "twee zes doze ein "
    # gaps52: Turkish, Polish, Swedish words French or English text holds
    "bir on en tre fem sex nio tio elli dwa atta iki alti".split()
)
_FOREIGN_BARE = re.compile(
    r"(?<![\w'-])(?P<n>"
    + "|".join(
        sorted((re.escape(w) for w in _FOREIGN_NUMBERS if w not in _SHARED_WORDS), key=len, reverse=True)
    )
    + r")(?![\w'-])"
)
_OPERATORS = {"÷": "/", "×": "*"}


def _expression(m: re.Match[str]) -> str:
    expr = m["e"]
    terms = [Fraction(t.replace(",", ".")) for t in re.findall(r"\d{1,3}(?:[.,]\d{1,2})?", expr)]
    ops = [_OPERATORS.get(o, o) for o in re.findall(r"(?<=[\d \t])[-+/÷*×](?=[ \t]*+\d)", expr)]
    if len(ops) != len(terms) - 1:
        return m[0]
    if len(terms) == 2 and ops == ["-"] and terms[0] <= terms[1]:
        return m[0]  # a range ("5 - 10 min"), no difference
    if any(o == "/" and (t == 0 or t >= 100) for o, t in zip(ops, terms[1:], strict=True)):
        return m[0]
    try:
        value = arith.value(expr.replace("÷", "/").replace("×", "*").replace(",", "."))
    except (arith.Unreadable, ZeroDivisionError, ValueError, SyntaxError):
        return m[0]
    if value <= 0:
        return m[0]
    return _written(value if re.match(r"m|'|′", m["u"]) else value / 60)


def reckoned(text: str) -> str:
    """``text`` (folded) with each duration reckoned by arithmetic or said in another language's numbers
    written as one quantity in minutes ("2 + 3 min", "cinco minutos": "5 min")."""
    text = _FOREIGN_DURATION.sub(lambda m: f"{_FOREIGN_NUMBERS[m['n']]} min", text)
    text = _FOREIGN_BARE.sub(lambda m: str(_FOREIGN_NUMBERS[m["n"]]), text)
    return _EXPRESSION.sub(_expression, text)
