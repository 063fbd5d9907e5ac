"""Everyday signed quantities tied to the line's intercept (issue 11, round 44).

A story can give the intercept's value as an everyday quantity below a zero: a debt or an
overdraft (« 10 € de dettes », « à découvert de 10 € », "I owe my brother 10 dollars", "10 in
the red"), a golf score (« 10 sous le par », "10 under par"), a basement floor (« le 10e
sous-sol », "basement level 10"), a temperature below freezing, a depth below sea level.
:func:`signs_read` writes each such quantity with its minus sign ("-10"). The value readers
already take a value said after the intercept's name (« b, c'est son score : 10 sous le
par »); :func:`tied_facts` reads the value said BEFORE the unknown it is tied to:

- a comparison after the value, in the same sentence: « mon solde était −10 €, exactement
  comme l'ordonnée à l'origine », "my balance is -10, the same as the y-intercept";
- the unknown said to be a story's noun phrase (« b, c'est son score », "the intercept b is his
  score", « l'ordonnée à l'origine vaut mon solde ») with one negative value, and one only, in
  that sentence before it or in the sentence before (« J'ai 10 € de dettes. L'ordonnée à
  l'origine, c'est mon solde. »).

Each is read as "b = -10". Round 48: a position on the y-axis below the origin, or below the
x-axis where x = 0, is read as "b = -10" too (:func:`positions_read`). Only negative values are
tied (a story's positive numbers, a
distance, an age, stay the story's), no noun phrase that is a word of the task itself (« b,
c'est l'ordonnée à l'origine », "b is the value you must find"), and a negation ("not",
« pas », "unlike") ties nothing. Limits: a value two sentences or more before its tie, a
positive quantity that the story says is lost (only :mod:`reread`'s "as many points as b").

Round 59: the line told as an affine model of a trade's document, its start value and its rate
(:func:`started_facts`): a value said at the start, at zero, at midnight, on day 0, as an opening
or initial balance, a fixed charge (« solde au jour 0 : −10,00 € », "call-out credit (applied at
hour 0): −10.00", « la température a démarré à −10 °C à minuit », "−10 °C at midnight", « cote au
départ : −10 ») in a prompt that names a rate (per hour, « par jour », « de l'heure », a slope) and a
line, and the intercept said recorded or noted as a value ("intercept recorded as −10.00",
« ordonnée à l'origine notée −10,00 »), are each read "b = V" (decimals of zero dropped)."""

from __future__ import annotations

import re

from workshop.prompts import arith, whyasked
from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, ORDINAL_RE, ordinal_value

MAX_CHARS = 20_000
_N = rf"(?P<n>\d{{1,6}}+|{NUMBER_WORD_RE})"
_MONEY = r"(?:€|\$|£|euros?|dollars?|pounds?|balles)"
_OWES = r"(?:dois|doit|devons|devez|doivent|devais|devait|owe|owes|owed|owing)"
# each pattern reads one quantity below a zero; the number is group "n", an ordinal suffix "suf"
_BELOW = [
    re.compile(pattern)
    for pattern in (
        # golf: « 10 sous le par », « 10 coups sous le par », "10 under par", "10 strokes below par",
        # "10 under."
        rf"(?<![\w.,-]){_N}(?:\s++(?:coups?|strokes?|shots?))?\s++"
        r"(?:sous|en\s++dessous\s++du|au-dessous\s++du|under|below)\s++(?:le\s++)?par\b",
        rf"(?<![\w.,-]){_N}\s++under(?=\s*+(?:[,;.!?)\"]|$))",
        # a debt, an overdraft: « 10 € de dettes », « une dette de 10 € », « à découvert de 10 € »,
        # "I owe him $10"
        rf"(?<![\w.,-]){_N}\s*+{_MONEY}\s++(?:de\s++(?:dettes?|decouvert)|of\s++debt|in\s++debt|"
        r"in\s++the\s++red|dans\s++le\s++rouge|overdrawn|a\s++decouvert)\b",
        r"\b(?:dettes?\s++de|debts?\s++of|decouvert\s++de|overdrawn\s++by|in\s++the\s++red\s++by|"
        rf"dans\s++le\s++rouge\s++de)\s*+(?:{_MONEY}\s*+)?{_N}(?![\w.,]\d|\d)",
        rf"\b{_OWES}\s++(?:[a-z']++\s++){{0,3}}?{_MONEY}\s*+{_N}(?![\d\w])",
        rf"\b{_OWES}\s++(?:[a-z']++\s++){{0,3}}?{_N}\s*+{_MONEY}",
        # a basement: « le 10e sous-sol », « sous-sol 2 », "basement level 10", "the 2nd basement",
        # "3 floors below ground"
        r"(?<![\w.,-])(?P<n>\d{1,3})(?P<suf>e|eme|er|st|nd|rd|th)?\s*+(?:sous-sols?|basements?)\b",
        r"\b(?:sous-sol|basement(?:\s++(?:level|floor))?)\s++(?:n°\s*+|no\s*+|#\s*+)?(?P<n>\d{1,3})(?![\w.,]\d|\d)",
        rf"(?<![\w.,-]){_N}\s++(?:floors?|levels?|storeys?|stories|etages?)\s++(?:below\s++ground|underground|"
        r"sous\s++terre|en\s++sous-sol)\b",
        # a temperature below freezing, a depth below sea level
        rf"(?<![\w.,-]){_N}\s++(?:(?:degres?|degrees?|°\s*+c?)\s++)?(?:celsius\s++)?(?:below|sous|under|"
        r"en\s++dessous\s++de|au-dessous\s++de)\s++(?:freezing|zero|0|le\s++point\s++de\s++congelation)(?![\w-])",
        rf"(?<![\w.,-]){_N}\s*+(?:m|metres?|meters?|km|kilometres?|kilometers?)?\s++(?:below|sous|under|"
        r"en\s++dessous\s++du|au-dessous\s++du)\s++(?:le\s++)?(?:sea\s++level|niveau\s++de\s++la\s++mer)\b",
    )
]


# Round 48 (line48): the intercept told as a position on the y-axis below the origin ("it crosses the
# y-axis ten units below the origin", « coupe l'axe des ordonnées dix unités sous l'origine », "passes
# below the origin by 10"), or below the x-axis where x = 0 ("10 below the x-axis where x = 0": the
# y-axis or x = 0 must be named in the sentence); :func:`positions_read` writes "(b = -10)" after it,
# unless its sentence has a condition before it or asks (:func:`whyasked.conditional`,
# :func:`whyasked.asked`).
_UNDER = r"(?:below|under|beneath|sous|en\s++dessous\s++de|au-dessous\s++de)\s++(?:the\s++|l'\s*+)?"
_UNITS = r"(?:\s++(?:units?|unites?|graduations?|carreaux|squares?))?"
# session 54 (fix94b): the place as a rank on the grid ("at the tenth square under the x-axis", « au 10e
# carreau sous l'origine »): an ordinal before a unit of the grid counts as many units
_NTH = (
    rf"(?<![\w.,-])(?P<nth>{ORDINAL_RE})\s++(?:squares?|carreaux?|cases?|units?|unites?|graduations?|crans?"
    r"|gridlines?|lines?|lignes?|ticks?|marks?|traits?)"
)
_PLACE = rf"(?:(?<![\w.,-]){_N}{_UNITS}|{_NTH})"
_ORIGIN = [
    re.compile(rf"{_PLACE}\s++{_UNDER}(?:origin|origine)\b"),
    re.compile(rf"\b{_UNDER}(?:origin|origine)\s++(?:by|de)\s++{_N}(?![\w.,]\d|\d)"),
]
_X_AXIS = re.compile(
    rf"{_PLACE}\s++{_UNDER}(?:x-axis|x\s++axis|horizontal\s++axis|axe\s++des\s++(?:abscisses|x)|"
    r"axe\s++horizontal)(?![\w-])"
)
_ON_Y_AXIS = re.compile(
    r"y-axis|y\s++axis|vertical\s++axis|axe\s++des\s++(?:ordonnees|y)\b|axe\s++vertical|(?<![\w.,])x\s*+=\s*+0(?!\d|[.,]\d)"
    r"|\bx\s++(?:vaut|equals|is)\s++(?:0|zero)\b|abscisse\s++nulle"
)


def positions_read(text: str) -> str:
    """``text`` (folded) with "(b = -N)" written after each position N below the origin, or below
    the x-axis in a sentence that names the y-axis or x = 0 (see :data:`_ORIGIN`)."""
    text = text[:MAX_CHARS]

    def placed(m: re.Match[str]) -> str:
        if whyasked.conditional(m.string, m.start()) or whyasked.asked(m.string, m.start()):
            return m[0]  # "if it crosses the y-axis 10 below the origin, ...", "does it ...?": not told
        value = ordinal_value(m["nth"]) if "nth" in m.re.groupindex and m["nth"] else _value(m["n"])
        return f"{m[0]} (b = -{value})"

    def on_y_axis(m: re.Match[str]) -> str:
        whole = m.string
        start = _sentence_start(whole, m.start())
        end = min([i for i in (whole.find(c, m.end()) for c in ".!?\n;") if i >= 0] or [len(whole)])
        return placed(m) if _ON_Y_AXIS.search(whole, start, end) else m[0]

    for pattern in _ORIGIN:
        text = pattern.sub(placed, text)
    return _X_AXIS.sub(on_y_axis, text)


def _value(token: str) -> int:
    return NUMBER_WORDS[token] if token in NUMBER_WORDS else int(token)


def signs_read(text: str) -> str:
    """``text`` (folded) with each everyday quantity below a zero (see the module) written with
    its minus sign before its number: « 10 sous le par » reads "-10 sous le par"."""

    def minus(m: re.Match[str]) -> str:
        start, end = m.span("n")
        if "suf" in m.re.groupindex and m["suf"]:
            end = m.end("suf")
        return m[0][: start - m.start()] + f"-{_value(m['n'])}" + m[0][end - m.start() :]

    text = text[:MAX_CHARS]
    for pattern in _BELOW:
        text = pattern.sub(minus, text)
    return text


_NEGATIVE = re.compile(r"(?<![\w.,-])-\s?(?P<v>\d{1,6}+)(?![\w]|[.,]\d)")
_UNKNOWN = (
    r"(?:(?:l'\s*+|the\s++)?(?:ordonnee\s++a\s++l'origine|(?:y-)?intercept|y\s++intercept)(?:\s++b)?"
    r"(?:\s++(?:de|of)\s++(?:cette|la|the|this|ma|my|ta|your)\s++(?:droite|line))?|(?<![\w'-])b)(?![\w'-])"
)
_LIKE = re.compile(
    r"\b(?:(?:exactement|tout|juste|precisement|exactly|just)\s++)?(?:comme|like|pareil\s++que|identique\s++a|"
    r"(?:la|le)\s++meme\s++(?:valeur\s++|nombre\s++|chose\s++)?que|(?:the\s++)?same\s++(?:value\s++|number\s++)?as|"
    r"egale?\s++a|equal\s++to|autant\s++que)\s++(?:[a-z]++\s++){0,2}?" + _UNKNOWN
)
_NOT = re.compile(r"\b(?:pas|not|never|jamais|unlike|contrairement|different\w*|sauf|except|mais|but)\b|n'")
# "négatif comme b": the sign compared, not the value
_SIGN_ONLY = re.compile(r"\b(?:negati\w*|positi\w*|signes?|signs?|below\s++zero|sous\s++zero)")
_IS_NOUN = re.compile(
    _UNKNOWN + r"\s*+,?\s*+(?:c'est|c'etait|est|etait|vaut|valait|correspond\s++a|represente|is|was|equals|"
    r"stands\s++for|=)\s++(?:exactement\s++|exactly\s++|just\s++|simplement\s++)?"
    r"(?:mon|ma|mes|son|sa|ses|ton|ta|notre|votre|leur|le|la|l'|my|his|her|your|our|their|the)\s*+"
    r"(?P<head>[a-z]++)"
)
# a noun phrase of the task itself names the unknown, no story's quantity
_TASK_HEADS = re.compile(
    r"(?:ordonnee|pente|coefficient|constante|inconnue|parametre|terme|point|droite|line|intercept|slope|origine|"
    r"axe|axis|equation|constant|unknown|parameter|term|coordonnee|coordinate|abscisse|valeur|value|nombre|number|"
    r"resultat|result|reponse|answer|solution|lettre|letter|calcul|calculation|y|x|a|b)s?"
)


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(mark, 0, at) for mark in ".!?\n;") + 1


def tied_facts(text: str) -> list[str]:
    """The facts "b = -N." for each negative value of ``text`` (folded, its signs read) said
    before the intercept it is tied to (see the module)."""
    text = text[:MAX_CHARS]
    facts: list[str] = []
    for m in list(_NEGATIVE.finditer(text))[:20]:
        window = re.split(r"[.!?;\n]", text[m.end() : m.end() + 160])[0]
        like = _LIKE.search(window)
        if like and not _NOT.search(window[: like.end()]) and not _SIGN_ONLY.search(window[: like.start()]):
            facts.append(f"b = -{m['v']}.")
    for m in list(_IS_NOUN.finditer(text))[:20]:
        if _TASK_HEADS.fullmatch(m["head"]) or re.match(
            r"(?<!\s)\s*+(?::\s*+)?[-\d]", text[m.end() : m.end() + 4]
        ):
            continue
        here = _sentence_start(text, m.start())
        before = text[_sentence_start(text, max(0, here - 1)) : m.start()]
        values = {v["v"] for v in _NEGATIVE.finditer(before)}
        if len(values) == 1 and not _NOT.search(text[here : m.start()]):
            facts.append(f"b = -{values.pop()}.")
    return list(dict.fromkeys(facts))[:5]


# Round 59 (fix59): a start value and a rate. The value: signed or not, a currency between its sign and
# its digits, decimals after "." or "," ("-£10.00", "-10,00").
_VALUE = r"(?P<sign>-\s?)?(?:[€$£]\s*+)?(?P<v>\d{1,6}+)(?:[.,](?P<d>\d{1,4}+))?(?![\d\w]|[.,]\d|\s*+%)"
# the start: a word of a beginning, or a time, a day or a variable at zero
_ZERO_AT = (
    r"(?:jour|day|heure|hour|minute|mois|month|semaine|week|annee|year|temps|time|instant|t|x)\s*+(?:=\s*+)?"
    r"(?:0|zero)(?![\d\w]|[.,]\d)|(?:a|at)\s++0\s*+h(?:\s*+00)?(?![\w]|\s*+\d)|(?:a|at)\s++00[:h]00\b|"
    r"(?:a|at)\s++minuit|(?:a|at)\s++midnight|au\s++depart|at\s++(?:the\s++)?start|au\s++debut|"
    r"a\s++l'ouverture|at\s++(?:the\s++)?opening|initially|initialement"
)
_START_WORD = (
    r"(?:de\s++depart|initial(?:e|es|s)?|opening|d'ouverture|starting\s++(?:value|balance|point|level|reading)|"
    r"start\s++value|frais\s++fixes|fixed\s++(?:charge|fee|cost)|base\s++(?:fee|charge)|"
    r"(?:started|starts|starting|start|began|begins|begin|demarre|demarrait|commence|commencait|part|partait|parti)"
    r"\s++(?:at|a|de|from|du))"
)
# up to three words between the start and its value ("opening balance:", "at midnight it was"), none of them
# a turn to the rate ("à minuit et grimpe de 4", "then fell 10"); "=" only last ("value at x = 0 = -10")
_FILLER = (
    r",?(?:[\s:()]*+(?:(?!(?:et|and|puis|then|ensuite|mais|but|soit|ou|or|toutes|tous|every|each|chaque|par|per|"
    r"plus|[tx])\b)[a-z']++[\s:()]++){0,3}?)(?:=\s*+)?"
)
_STARTED = re.compile(rf"\b(?:{_ZERO_AT}|{_START_WORD}){_FILLER}{_VALUE}")
_UNIT = r"(?:\s*+(?:€|\$|£|°\s*+[cf]?|[a-z]{1,8}+)(?![\w]))?"
_STARTED_AFTER = re.compile(rf"(?<![\w.,]){_VALUE}{_UNIT},?\s++\b(?:{_ZERO_AT})")
_RECORDED = re.compile(
    _UNKNOWN + r"\s++(?:(?:est|is|was|a\s++ete|has\s++been|etait)\s++)?"
    r"(?:recorded|noted|logged|written|entered|listed|reported|notee?|inscrite?|relevee?|consignee?|enregistree?|reportee?)(?:\s++(?:as|at|a|comme|to))?"
    rf"\s*+:?\s*+{_VALUE}"
)
_RATE = re.compile(
    r"\b(?:(?:par|per|an?|chaque|each|every|de\s++l')\s++(?:heure|hour|jour|day|minute|min|seconde|second|semaine|"
    r"week|mois|month|annee|year|unite|unit|station|km|metre|meter)s?|pente|slope|gradient|taux|rate|"
    r"coefficient\s++directeur)\b|/\s*+(?:h|j|jour|day|min|s|an)\b"
)
_PER = re.compile(
    r"(?<!\s)\s*+(?:(?:€|\$|£|°\s*+[cf]?|[a-z]{1,8}+)(?![\w])\s*+)?"
    r"(?:par|per|/|chaque|each|every|de\s++l'|an?\s++(?:heure|hour|day|jour))(?![\w'])"
)
_A_LINE = re.compile(r"\b(?:droite|line|ordonnee\s++a\s++l'origine|intercept|y\s*+=)")


def _signed_value(m: re.Match[str]) -> str:
    value = m["v"] + (f".{m['d']}" if m["d"] and m["d"].strip("0") else "")
    return ("-" if m["sign"] else "") + value


def started_facts(text: str) -> list[str]:
    """The facts "b = V." for each start value of an affine model in ``text`` (folded, its signs
    read) that names a rate and a line, and each intercept said recorded as a value (round 59)."""
    text = text[:MAX_CHARS]
    facts: list[str] = []
    found = list(_RECORDED.finditer(text))[:20]
    if _RATE.search(text) and _A_LINE.search(text):
        found += list(_STARTED.finditer(text))[:20] + list(_STARTED_AFTER.finditer(text))[:20]
    for m in found:
        at = m.start("v")
        if m.re is _STARTED and _PER.match(text, m.end()):
            continue  # "au départ, 4 € par heure": a rate, no start value
        if whyasked.conditional(text, at) or whyasked.asked(text, at):
            continue
        if _NOT.search(text, _sentence_start(text, at), at):
            continue
        facts.append(f"b = {_signed_value(m)}.")
    return list(dict.fromkeys(facts))[:5]


# Round 78 (fix78a): a slope and an "ordonnée" given as the keys of one record (« pente = 4 ; ordonnee =
# -20/2 », "slope: 4, ordinate: -10"): the bare ordinate next to the slope is the intercept; its value may be
# written as arithmetic, read exactly (:func:`arith.value`). A point's ordinate (« d'ordonnée 10 »,
# "ordonnée du point : 10") is no key next to a slope key, and an abscissa key in the record makes it a
# point's.
_ORDINATE_KEY = re.compile(
    r"(?<![\w'])(?:ordonnee|ordinate|y_?0|intercept_?y)[ \t]*+[=:][ \t]*+(?P<e>" + arith.EXPR + r")"
    r"(?![\w(]|[.,]\d|[ \t]*+[-+*/^=][ \t]*+[\d(a-z])"
)
_SLOPE_KEY = re.compile(
    r"(?<![\w'])(?:pente|slope|coefficient[ \t]++directeur|gradient)[ \t]*+[=:][ \t]*+-?[ \t]?\d"
)
_ABSCISSA_KEY = re.compile(r"(?<![\w'])(?:abscisse|abscissa|x_?0)[ \t]*+[=:]")
_RECORD_END = re.compile(r"[.!?\n](?=\s|$)")


def keyed_facts(text: str) -> list[str]:
    """The facts "b = V." for each ordinate keyed next to a slope key in one record of ``text`` (folded)."""
    facts: list[str] = []
    for m in list(_ORDINATE_KEY.finditer(text[:MAX_CHARS]))[:20]:
        lo = max((e.end() for e in _RECORD_END.finditer(text, max(0, m.start() - 160), m.start())), default=0)
        lo = max(lo, m.start() - 160)
        end = _RECORD_END.search(text, m.end(), m.end() + 160)
        record = text[lo : end.start() if end else m.end() + 160]
        if not _SLOPE_KEY.search(record) or _ABSCISSA_KEY.search(record):
            continue
        try:
            value = arith.value(m["e"])
        except (arith.Unreadable, ZeroDivisionError):
            continue
        facts.append(f"b = {value.numerator if value.denominator == 1 else float(value)}.")
    return list(dict.fromkeys(facts))[:5]


def readings(text: str) -> list[str]:
    """``text`` (folded) read with its everyday signs, and with the values tied to the intercept
    stated; none when it has neither."""
    signed = signs_read(text)
    facts = tied_facts(signed) + started_facts(signed) + keyed_facts(signed)
    out = [signed] if signed != text[:MAX_CHARS] else []
    placed = positions_read(signed)
    if placed != signed:
        out.append(placed)
    if facts:
        out.append("\n\n".join([signed, *facts]))
    return out
