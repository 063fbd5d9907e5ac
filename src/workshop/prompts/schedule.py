"""A schedule in numbers (issue 11, session 33): the plan's data fixes only its total (60
minutes) and its topic, so any set of numbers in the prompt's own words that partitions
that total fixes the answer's durations, whatever reading makes it a partition.

Principle: every quantity the student wrote (figures or number words, with a unit or none)
is read into minutes — a duration in minutes, seconds or hours, a share of the whole (a
percentage, a fraction, "un quart d'heure"), a mark on a clock or a timer, the ends of a
start–end range, "deux mi-temps de 25 minutes" as two parts — and the quantities that
follow one another in a passage are tried as a partition under each reading: as durations
(they add up to the total), as marks (their consecutive differences do, the start or the
end of the hour added), as ratios after a word for proportions. At least ``min_sections``
positive parts that make the total are the durations dictated. The instruction's own
constraints are bounds, not parts: a number a bound word governs ("entre 5 et 15 minutes
par partie", "au moins 4 parties", "pas plus de 20 min"), a count of parts, an item's or a
part's number, an alternative ("5 ou 10 min") is read as none. A pace the prompt states ("2
minutes par diapo", "each card takes me 90 seconds"), a speed ("je lis 150 mots par
minute", "at 12 km/h") or a dial's degrees (the minute hand turns 6° a minute) turns counts
into durations: the counts and bare numbers of a passage, times that pace, are tried as
durations too (round 31's "3 diapos d'introduction, 6 sur « c'est quoi », 8 sur le
fonctionnement…"; round 32's words at a reading pace, kilometres at a running pace, the
minute hand's degrees). A countdown (the minutes left after each part) is read as marks from the end
(session 36). Durations reckoned through arithmetic (multiples of one unknown, levels
of a quantity at a rate per minute) are :mod:`reckoned`'s (session 35)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from workshop.prompts import compound
from workshop.prompts.compound import normalized
from workshop.prompts.reckoned import reckoned
from workshop.prompts.text import NUMBER_WORDS

MAX_QUANTITIES = 300  # read in a prompt part (a few hundred numbers at most)
MAX_WINDOW = 16  # quantities tried together as one partition
GAP = 160  # characters between two quantities of one passage (a table row, a JSON item)

_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an", "un", "une", "one", "single",
                                                                 "zero", "aucun", "aucune", "none")),
                         key=len, reverse=True))  # fmt: skip
_UNIT = (
    r"(?P<unit>minutes?|mins?|mn|m(?![a-z'])|'(?!\w)|secondes?|seconds?|secs?|s(?![a-z'])|"
    r"heures?|hours?|hrs?|h(?![a-z0-9]))"
)
_SHARE_WORD = {
    "sixieme": Fraction(1, 6), "sixth": Fraction(1, 6), "cinquieme": Fraction(1, 5),
    "fifth": Fraction(1, 5), "quart": Fraction(1, 4), "quarter": Fraction(1, 4),
    "tiers": Fraction(1, 3), "third": Fraction(1, 3), "moitie": Fraction(1, 2),
    "demi": Fraction(1, 2), "half": Fraction(1, 2), "huitieme": Fraction(1, 8),
    "eighth": Fraction(1, 8), "dixieme": Fraction(1, 10), "tenth": Fraction(1, 10),
    "douzieme": Fraction(1, 12), "twelfth": Fraction(1, 12), "quinzieme": Fraction(1, 15),
    "fifteenth": Fraction(1, 15), "vingtieme": Fraction(1, 20), "twentieth": Fraction(1, 20),
    "trentieme": Fraction(1, 30), "thirtieth": Fraction(1, 30),
}  # fmt: skip
_SHARE_COUNT = {"deux": 2, "two": 2, "trois": 3, "three": 3, "2": 2, "3": 3}
_QUANTITY = re.compile(
    # a clock or timer mark: 14:10, 14h10, 0:10:00
    r"(?<![\w.,:])(?P<ch>\d{1,2})[:h](?P<cm>\d{2})(?::(?P<cs>\d{2}))?(?![\d:])"
    # a share: 1/4, 25 %, "un quart (d'heure)", "une demi-heure", "half an hour"
    r"|(?<![\w.,/])(?P<num>\d{1,2})\s*+/\s*+(?P<den>\d{1,2})(?![\d/])"
    r"|(?<![\w.,])(?P<pc>\d{1,3}(?:[.,]\d{1,2})?)\s*+(?:%|pour\s*+cent|percent|per\s++cent)"
    r"|(?<![\w.,/])(?:(?P<sc>un|une|deux|trois|a|an|one|two|three|la|le|the|[23])[\s-]++)?"
    r"(?P<sw>sixiemes?|sixths?|cinquiemes?|fifths?|quarts?|quarters?|tiers|thirds?|moitie|demi|half|"
    r"huitiemes?|eighths?|dixiemes?|tenths?|douziemes?|twelfths?|quinziemes?|fifteenths?|vingtiemes?|"
    r"twentieths?|trentiemes?|thirtieths?)(?![a-z])"
    r"(?P<hour>(?:\s*+-\s*+|\s++)(?:d'heure|de\s++l'heure|d'une\s++heure|heure|of\s++an\s++hour|"
    r"of\s++the\s++hour|an\s++hour|hour)\b)?"
    # a number, its unit if any: 10, 10 min, 600 s, 0,5 h, vingt minutes
    rf"|(?P<n>(?<=,)\d{{1,4}}(?:\.\d{{1,2}})?|(?<![\w.,])\d{{1,4}}(?:\.\d{{1,2}}|,\d{{1,2}}(?![,\d]))?|"
    rf"(?<![\w.,])(?:{_WORDS})(?![a-z'-])|(?<![\w.,])(?:une|un|one)(?![a-z'-]))\s*+(?:{_UNIT})?"
)
_JOIN = r"(?:\s*+(?:,|;|/|\+|-|–|—|et|and|puis|then|&)\s*+)"
_COUNT_NOUN = re.compile(  # read from a blank run's start only (linear)
    r"(?<!\s)\s*+(?:grandes?\s++|petites?\s++|main\s++|big\s++|short\s++|courtes?\s++)?"
    r"(?:parties|partie|parts?|sections?|points?|etapes?|steps?|blocs?|blocks?|slides?|diapos?|diapositives?|"
    r"chapitres?|chapters?|segments?|themes?|topics?|temps|moments?|sequences?|modules?|sujets?|"
    r"exemples?|examples?|idees?|ideas?|questions?|personnes?|participants?|people|mi-temps|halves|"
    r"ateliers?|activites?|activities|sous-parties|items?|elements?|titres?|titles?|niveaux?|levels?|"
    r"phrases?|mots?|words?|lignes?|lines?|ans|years?|euros?|mois|months?|jours?|days?|semaines?|weeks?|"
    r"fois|times|pauses?|breaks?|seances?|sessions?|intervenants?|speakers?|demos?|demonstrations?|"
    r"videos?|periodes?|periods?|tranches?|creneaux|slots?|rounds?|actes?|acts?|volets?|axes?)\b"
)
_INDEX_BEFORE = re.compile(
    r"(?:\b(?:partie|part|section|etape|step|chapitre|chapter|point|slide|diapo|diapositive|numero|number|"
    r"no|n°|avis|id|item|version|niveau|level|module|sequence|seance|session|bloc|block|page|ligne|line|"
    r"question|exemple|example|theme|topic|atelier|acte|act|volet|axe|temps)|[#§])\s*+$"
)
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:entre|between|au\s++moins|at\s++least|au\s++plus|at\s++most|au\s++maximum|au\s++minimum|"
    r"maximum|max|minimum|pas\s++plus\s++de|pas\s++moins\s++de|no\s++more\s++than|no\s++less\s++than|"
    r"not\s++more\s++than|not\s++less\s++than|more\s++than|less\s++than|fewer\s++than|plus\s++de|"
    r"moins\s++de|under|over|jusqu'a|up\s++to|depasse\w*|exceed\w*|inferieure?s?\s++a|superieure?s?\s++a|"
    r"limite\w*\s++a|limited\s++to|capped\s++at|within|en\s++dessous\s++de|au-dessus\s++de|ne\s++\w+\s++que|"
    r"only|seulement|environ|about|around|approximately|approx|roughly|vers|toward|towards)"
    r"|[<>≤≥~≈])\s*+$"
)
_BOUND_AFTER = re.compile(
    r"^\s*+(?:max|maximum|au\s++maximum|au\s++plus|minimum|au\s++minimum|au\s++moins|at\s++most|at\s++the\s++most|"
    r"at\s++least|or\s++less|or\s++more|ou\s++moins|ou\s++plus|tops|au\s++max|maxi)\b"
)
_ALTERNATIVE = re.compile(r"^\s*+(?:ou|or|voire|a|à|to|-|–)\s*+(?=\d|(?:" + _WORDS + r")\b)")
_EACH_AFTER = re.compile(
    r"^\s*+(?:(?:min|mn|minutes?)\s++)?(?:par|per|chacune?|each|apiece|pour\s++chaque|for\s++each)\b"
)
_SPAN = re.compile(r"^\s*+(?:a|à|to|-|–|—|->|→|jusqu'a|until|till)\s*+$")
_FROM = re.compile(r"\b(?:de|from|entre|between)\s*+$")
_OF = re.compile(r"^\s*+(?:de|d'|of|a|à|lasting|durant|chacune?\s++de|each\s++of)\s*+$")
_ITEM_START = re.compile(r"(?m)^[ \t>*-]*+\(?\d{1,2}[.)]")
# round 87: a printed table's row index ("0  introduction      10" under "partie  minutes", pandas'
# print(df), a CSV's "1,intro,10"): an integer that opens its line before two blanks, a tab, a "|" or a
# comma, the line before or after opening on the next or previous integer so, is a row's number
# round 91 (fix91, r91g-plan-en-filled-duration-column): a Markdown table's index column too ("| 1 | 10 |")
_ROW_INDEX = re.compile(
    r"(?<![ \t])[ \t]*+(?:\|[ \t]*+)?+(?P<i>\d{1,3})(?:[ \t]{2,}+|\t|[ \t]*+[|,;])(?=[ \t]*+\S)"
)


def _row_index(text: str, start: int) -> bool:
    """Whether the integer at ``start`` is a printed table's row index (:data:`_ROW_INDEX`)."""
    line_start = text.rfind("\n", 0, start) + 1
    here = _ROW_INDEX.match(text, line_start)
    if here is None or here.start("i") != start:
        return False
    i = int(here["i"])
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
    after = text.find("\n", start)
    for lo, want in ((before, i - 1), (after + 1 if after >= 0 else -1, i + 1)):
        if lo < 0 or lo == line_start:
            continue
        other = _ROW_INDEX.match(text, lo)
        if other is not None and int(other["i"]) == want:
            return True
    return False


_NAMED_AFTER = re.compile(r"^\s*+(?:de|d'|du|des|sur|pour|of|on|for|:)\s*+[a-z]")
# a unit of time said once for the numbers that follow: "in seconds", "en heures décimales", "in decimal
# hours", "counted in quarter-hours", "en dixièmes d'heure" (minutes per unit)
_UNIT_SAID = re.compile(
    r"\b(?:en|in|as)\s++(?:(?:decimal|fractional)\s++)?(?P<u>secondes|seconds|heures|hours|"
    r"quarts?\s++d'heure|quarter[\s-]hours|quarters\s++of\s++an\s++hour|demi-heures|half[\s-]hours|"
    r"dixiemes\s++d'heure|tenths\s++of\s++an\s++hour|vingtiemes\s++d'heure|twentieths\s++of\s++an\s++hour|"
    r"douziemes\s++d'heure|twelfths\s++of\s++an\s++hour)(?![a-z])|\((?P<p>s|sec|h)\)"
)
_SAID_MINUTES = {
    "quar": Fraction(15), "demi": Fraction(30), "half": Fraction(30), "dixi": Fraction(6),
    "tent": Fraction(6), "ving": Fraction(3), "twen": Fraction(3), "douz": Fraction(5), "twel": Fraction(5),
}  # fmt: skip
# a share is of the time: the passage says so ("répartition du temps", "de l'heure", "of the time")
_TIME_CUE = re.compile(
    r"\b(?:temps|time|timing|duree\w*|durations?|heures?|hours?|minutes?|minutage|repartition|repartis\w*|split|"
    r"allou\w*|allocat\w*|consacr\w*|spend|spent|devote\w*|budget\w*|parties|partie|parts?|sections?|plan)\b"
)
_RATIO_CUE = re.compile(
    r"\b(?:proportion\w*|ratios?|rapports?|prorata|poids|weights?|weighted|ponder\w*|coefficients?)\b"
)
_MARK_CUE = re.compile(
    r"\b(?:sonn\w*|ring\w*|alarm\w*|alarme\w*|minuteur|timer|transitions?|tomb\w*|tops?|bips?|"
    r"beeps?|horaires?|timetable|schedule|marks?|reperes?|jalons?|milestones?|changements?|changes?|"
    r"switch\w*|bascul\w*|timestamps?|horodatages?|chapitres?|chapters?|aux\s++minutes|a\s++la\s++minute|"
    r"at\s++minutes?|at\s++the\s++minutes?)\b"
)

# shares that are positions along the hour, not parts of it: "my progress bar shows 1/12, 1/4…",
# "la barre de progression affiche 10 %, 25 %…", "at 25 % of the hour", "avancement", "so far"
_POSITION_CUE = re.compile(
    r"\b(?:progress\w*|avancement|barre|bar|jauge|gauge|cumul\w*|so\s++far|elapsed|ecoule\w*|deja|already|"
    r"reach\w*|atteint\w*|position\w*|curseur|cursor|completed?|completion|accompli\w*|rempli\w*|filled)\b"
)


# a countdown: the time left after each part ("il me reste 55, 45, 30… minutes", "minutes left after
# each part: 55, 45, 30, 15, 5, 0", "compte à rebours"), read as marks from the end (session 36)
_REMAINING_CUE = re.compile(
    r"\b(?:reste\w*|restant\w*|remain\w*|left|countdown|compte\s++a\s++rebours|rebours|to\s++go)\b"
)


@dataclass
class _Quantity:
    start: int
    end: int
    value: Fraction  # in minutes (a mark: minutes from the start)
    unit: str  # "min", "s", "h", "share", "clock", "" (none said)
    clock_ms: Fraction | None = None  # a "mm:ss" reading of a clock mark
    mark_only: bool = False  # a range's end: a mark, never a duration


def _number(token: str) -> Fraction | None:
    if token in NUMBER_WORDS:
        return Fraction(NUMBER_WORDS[token])
    try:
        return Fraction(token.replace(",", "."))
    except ValueError:
        return None


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    if raw.startswith(("mi", "mn")) or raw in ("m", "'"):
        return "min"
    if raw.startswith("s"):
        return "s"
    return "h"


def _quantities(text: str, total: int) -> list[_Quantity]:
    found: list[_Quantity] = []
    for m in list(_QUANTITY.finditer(text))[:MAX_QUANTITIES]:
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 40]
        if m["ch"] is not None:
            hours, mins, secs = int(m["ch"]), int(m["cm"]), int(m["cs"] or 0)
            if mins >= 60:
                continue
            mark = Fraction(hours * 60 + mins) + Fraction(secs, 60)
            ms = mark if m["cs"] is not None else Fraction(hours) + Fraction(mins, 60)
            found.append(_Quantity(m.start(), m.end(), mark, "clock", ms))
            continue
        if m["num"] is not None:
            num, den = int(m["num"]), int(m["den"])
            if 0 < num < den <= 60:
                found.append(_Quantity(m.start(), m.end(), Fraction(num, den) * total, "share"))
            continue
        if m["pc"] is not None:
            percent = Fraction(m["pc"].replace(",", "."))
            found.append(_Quantity(m.start(), m.end(), percent * total / 100, "share"))
            continue
        if m["sw"] is not None:
            word = m["sw"]
            share = next(v for k, v in _SHARE_WORD.items() if word.startswith(k))
            share *= _SHARE_COUNT.get(m["sc"] or "", 1)
            whole = Fraction(60 if m["hour"] else total)
            found.append(_Quantity(m.start(), m.end(), share * whole, "share"))
            continue
        token = m["n"]
        unit = _unit(m["unit"])
        number = _number(token)
        if number is None:
            continue
        worded = not token[0].isdigit()
        if worded and not unit and (token in ("un", "une", "one") or not _NAMED_AFTER.match(after)):
            continue  # a number word is a quantity with its unit, or a part's duration before its name
        if token in ("un", "une", "one") and not unit:
            continue
        if unit == "h" and token[0].isdigit() and re.match(r"(?<!\s)\s*+\d", text[m.end() :]):
            continue  # "14 h 10" is read by the clock pattern elsewhere; keep it simple
        if not unit and _COUNT_NOUN.match(after):
            continue  # a count of parts (expanded below when it is given a duration)
        if not unit and number >= 1900 and number.denominator == 1:
            continue  # a year
        if _INDEX_BEFORE.search(before) or _BOUND_BEFORE.search(before) or _BOUND_AFTER.match(after):
            continue
        if _row_index(text, m.start()):
            continue  # a printed table's row number (round 87)
        if _ITEM_START.match(text, text.rfind("\n", 0, m.start()) + 1) and not text[
            text.rfind("\n", 0, m.start()) + 1 : m.start()
        ].strip(" \t>*-("):
            continue  # "1. Introduction": an item's number
        minutes = {"min": number, "s": number / 60, "h": number * 60, "": number}[unit]
        found.append(_Quantity(m.start(), m.end(), minutes, unit))
    return _joined(text, found)


# the things a pace is given per ("2 minutes par diapo", "chaque carte me prend 90 secondes")
_THINGS = (
    r"(?:parties|partie|parts?|sections?|points?|etapes?|steps?|slides?|diapos?|diapositives?|"
    r"cartes?|cards?|fiches?|exercices?|exercises?|questions?|exemples?|examples?|activites?|activities|"
    r"videos?|demos?|pages?|themes?|topics?|items?|elements?|blocs?|blocks?|modules?|sujets?)"
)
_PACE = re.compile(  # a duration per thing: "2 minutes par diapo", "90 s per card", "une minute/slide"
    rf"(?<![\w.,])(?P<r>\d{{1,3}}(?:[.,]\d{{1,2}})?|{_WORDS}|une?|one|an?)\s*+{_UNIT}\s*+"
    r"(?:par|per|pour\s++chaque|pour\s++une?|for\s++each|for\s++every|each|every|a|an|/|chaque|"
    r"sur\s++chaque|on\s++each|on\s++every)\s*+"
    rf"(?:\w++\s++)?{_THINGS}\b"
)
_PACE_AFTER = re.compile(  # "chaque diapo me prend 2 minutes", "each card takes me 90 seconds"
    rf"\b(?:chaque|each|every|une?|one|a)\s++{_THINGS}(?:\s++[\w']++){{0,3}}?\s++"
    rf"(?P<r>\d{{1,3}}(?:[.,]\d{{1,2}})?|{_WORDS}|une?|one|an?)\s*+{_UNIT}"
)


# a speed: things per unit of time ("je lis 150 mots par minute", "at 12 km/h", "90 words a minute")
_SPEED = re.compile(
    r"(?<![\w.,])(?P<r>\d{1,5}(?:[.,]\d{1,2})?)\s*+(?:[a-z°]{1,12}(?:\s++[a-z]{1,12})?\s*+)?"
    r"(?:/|par|per|a\s++l'|an|a|each|every|chaque)\s*+(?P<per>heure|hour|hr|h|minute|min|mn|seconde|second|sec|s)s?\b"
)
# a pace said as a count of things in a duration (round 44: "I read 1 page every 2 minutes", « il me faut 4
# minutes pour 2 pages », "2 minutes to read one page", « 2 pages en 4 minutes »): the duration over the count
_COUNT_RATE = rf"(?P<c>\d{{1,3}}|{_WORDS}|une?|one|an?)"
_PER_COUNT = (
    re.compile(
        rf"(?<![\w.,])(?P<r>\d{{1,3}}(?:[.,]\d{{1,2}})?|{_WORDS}|une?|one|an?)\s*+{_UNIT}\s++"
        r"(?:pour(?:\s++(?:lire|faire|passer|presenter|montrer))?|for|"
        r"to\s++(?:read|do|cover|show|present|go\s++through))"
        rf"\s++{_COUNT_RATE}\s++(?:[a-z]++\s++)?{_THINGS}\b"
    ),
    re.compile(
        rf"(?<![\w.,]){_COUNT_RATE}\s++(?:[a-z]++\s++)?{_THINGS}\s++(?:every|toutes\s++les|tous\s++les|en|in)\s++"
        rf"(?P<r>\d{{1,3}}(?:[.,]\d{{1,2}})?|{_WORDS})\s*+{_UNIT}"
    ),
)


def _count_paces(text: str) -> set[Fraction]:
    """The durations per thing a count of things in a duration says (:data:`_PER_COUNT`)."""
    paces: set[Fraction] = set()
    for pattern in _PER_COUNT:
        for m in list(pattern.finditer(text))[:20]:
            one = ("un", "une", "one", "a", "an")
            count = Fraction(1) if m["c"] in one else _number(m["c"])
            number = Fraction(1) if m["r"] in one else _number(m["r"])
            if count and number:
                paces.add({"min": number, "s": number / 60, "h": number * 60}[_unit(m["unit"])] / count)
    return paces


# the minute hand's turn: 360 degrees an hour
_DIAL = re.compile(r"\b(?:aiguille|hand|cadran|dial|horloge|clock|pendule|montre|watch)\b")


# a circle cut into the parts: a pie chart's angles are shares of the whole (round 42: « mon diagramme
# circulaire : accueil 30°, c'est quoi 60°… »), 360 degrees the total
_PIE = re.compile(
    r"\b(?:camemberts?|circulaires?|pie|pies|piechart|cercles?|circles?|disques?|discs?|secteurs?|sectors?|"
    r"slices?|tartes?|pizzas?|donuts?|doughnuts?|rosaces?)\b"
)


def _paces(text: str) -> set[Fraction]:
    """The durations per thing (in minutes) the prompt states: a duration per thing, a
    speed (things per unit of time), a dial's degrees."""
    paces: set[Fraction] = set()
    for pattern in (_PACE, _PACE_AFTER):
        for m in list(pattern.finditer(text))[:20]:
            number = Fraction(1) if m["r"] in ("un", "une", "one", "a", "an") else _number(m["r"])
            unit = _unit(m["unit"])
            if number:
                paces.add({"min": number, "s": number / 60, "h": number * 60}[unit])
    for m in list(_SPEED.finditer(text))[:20]:
        number = _number(m["r"])
        if number:
            paces.add({"min": Fraction(1), "s": Fraction(1, 60), "h": Fraction(60)}[_unit(m["per"])] / number)
    if "°" in text or re.search(r"\bdegre", text):
        if _DIAL.search(text):
            paces.add(Fraction(1, 6))
    return paces | _count_paces(text)  # round 44


def _counts(text: str, pace: Fraction) -> list[_Quantity]:
    """The counts and bare numbers of ``text`` (no unit, no bound, no index), each times ``pace``."""
    found: list[_Quantity] = []
    for m in list(_QUANTITY.finditer(text))[:MAX_QUANTITIES]:
        token = m["n"]
        if token is None or m["unit"]:
            continue  # not a number, or a duration already
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 40]
        if not token[0].isdigit() and not (_NAMED_AFTER.match(after) or _COUNT_NOUN.match(after)):
            continue  # a number word counts only before a name or a count noun
        number = _number(token)
        if not number or number.denominator != 1 or 1900 <= number <= 2100:
            continue  # a year is no count
        if _INDEX_BEFORE.search(before) or _BOUND_BEFORE.search(before) or _BOUND_AFTER.match(after):
            continue
        found.append(_Quantity(m.start(), m.end(), number * pace, "min"))
    return found


# a pace per any thing (session 35, round 34's songs): "chaque chanson de ma playlist faisant
# 5 minutes", "every song runs 5 minutes", "4 minutes par tour de piste"
_RATE = rf"(?P<r>\d{{1,3}}(?:[.,]\d{{1,2}})?|{_WORDS}|une?|one|an?)\s*+{_UNIT}"
_THING_PACE_AFTER = re.compile(
    rf"\b(?:chaque|each|every)\s++(?P<thing>[a-z]{{3,20}})(?:\s++[\w']++){{0,6}}?\s++{_RATE}"
)
_THING_PACE = re.compile(
    rf"(?<![\w.,]){_RATE}\s*+(?:par|per|pour\s++chaque|for\s++each|for\s++every|each|every|an?|/|chaque)\s*+"
    r"(?P<thing>[a-z]{3,20})\b"
)
# a pace said as the thing's length (round 42): "one 5-minute track", "5-minute songs", « un morceau de
# 5 minutes », "a song of 5 minutes"
_THING_PACE_ADJ = re.compile(
    rf"(?<![\w.,])(?P<r>\d{{1,3}}(?:[.,]\d{{1,2}})?|{_WORDS})-?+(?P<unit>minutes?|mins?|secondes?|seconds?|secs?)"
    r"[\s-]++(?:long\s++)?(?P<thing>[a-z]{3,20})\b"
    rf"|\b(?:un|une|one|a|an)\s++(?P<thing2>[a-z]{{3,20}})\s++(?:de|of|d'|lasting)\s*+"
    rf"(?P<r2>\d{{1,3}}(?:[.,]\d{{1,2}})?|{_WORDS})\s*+(?P<unit2>minutes?|mins?|secondes?|seconds?|secs?)\b"
)
_NOT_THING = {
    "les", "des", "the", "our", "mon", "ton", "son", "ses", "mes", "tes", "nos", "vos", "leur", "leurs",
    "your", "their", "his", "her", "its", "this", "that", "these", "those", "une", "one", "personne",
}  # fmt: skip
_COUNT = re.compile(rf"(?<![\w.,'])(?P<c>\d{{1,3}}|{_WORDS}|une?|one)(?![\w'-])")
_JOINER = {"et", "and", "ou", "or", "puis", "then", "plus", "&"}


def _thing_paces(text: str) -> dict[str, Fraction]:
    """{a thing's stem: its duration in minutes} for the paces per any thing the prompt states."""
    paces: dict[str, Fraction] = {}
    for pattern in (_THING_PACE_AFTER, _THING_PACE):
        for m in list(pattern.finditer(text))[:20]:
            thing = m["thing"]
            number = Fraction(1) if m["r"] in ("un", "une", "one", "a", "an") else _number(m["r"])
            if thing in _NOT_THING or not number:
                continue
            stem = thing[:-1] if len(thing) > 3 and thing[-1] in "sx" else thing
            paces.setdefault(stem, {"min": number, "s": number / 60, "h": number * 60}[_unit(m["unit"])])
    for m in list(_THING_PACE_ADJ.finditer(text))[:20]:
        thing, rate, unit = m["thing"] or m["thing2"], m["r"] or m["r2"], m["unit"] or m["unit2"]
        number = _number(rate)
        if thing in _NOT_THING or not number:
            continue
        stem = thing[:-1] if len(thing) > 3 and thing[-1] in "sx" else thing
        paces.setdefault(stem, number / 60 if unit.startswith("s") else number)
    return paces


def _thing_counts(text: str, stem: str, pace: Fraction) -> list[_Quantity]:
    """The counts of the thing ``stem`` names ("deux chansons"), and the numbers standing for
    them elliptically in the same list ("le fonctionnement trois, les questions une"), each
    times ``pace``; a list without one count naming the thing has none."""
    noun = re.compile(
        rf"^\s++(?:[a-z]++\s++|\d{{1,3}}-?+(?:minutes?|mins?)[\s-]++)?{re.escape(stem)}(?:s|x|es)?\b"
    )
    elliptic = re.compile(r"^\s*+(?:[,;.)]|et\b|and\b|$)")
    # "5-minute songs: 1, 2, 3…", "block 3 = three": a count labelled, and the list it opens (round 42)
    labelled = re.compile(rf"(?:\b{re.escape(stem)}(?:s|x|es)?\s*+:|=)\s*+$")
    found: list[tuple[_Quantity, bool]] = []
    accepted: set[int] = set()
    for m in list(_COUNT.finditer(text))[:MAX_QUANTITIES]:
        number = _number(m["c"]) if m["c"] not in ("un", "une", "one") else Fraction(1)
        if not number or number.denominator != 1 or number > 60:
            continue
        after = text[m.end() : m.end() + 60]
        before = text[max(0, m.start() - 40) : m.start()]
        if _INDEX_BEFORE.search(before) or _BOUND_BEFORE.search(before):
            continue
        named = bool(noun.match(after)) or bool(labelled.search(before) and elliptic.match(after))
        if not named:
            previous = re.findall(r"[a-z0-9&]++", before)
            if not elliptic.match(after) or not previous or previous[-1] in _JOINER:
                continue
            gap = len(before) - len(before.rstrip(" ,;"))
            listed = m.start() - gap in accepted and bool(_COUNT.fullmatch(previous[-1]))
            if not listed and (previous[-1].rstrip("sx") == stem or _COUNT.fullmatch(previous[-1])):
                continue  # "episodes one, two": things named by their numbers
        found.append((_Quantity(m.start(), m.end(), number * pace, "min"), named))
        accepted.add(m.end())
    out: list[_Quantity] = []
    for passage in _passages(text, [q for q, _ in found]):
        if any(named for q, named in found if q in passage):
            out += passage
    return out


def _joined(text: str, found: list[_Quantity]) -> list[_Quantity]:
    """Alternatives dropped ("5 ou 10 min"), ranges read as marks ("de 10 à 25"), a bound over
    every part dropped ("de 5 à 15 minutes par partie"), and a unit said once carried back
    over the numbers listed before it ("10, 15 et 20 minutes")."""
    keep = [True] * len(found)
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        gap = text[a.end : b.start]
        if re.fullmatch(r"(?<!\s)\s*+(?:ou|or|voire)\s*+", gap):
            keep[i] = keep[i + 1] = False
        elif _SPAN.match(gap) and a.unit != "share":
            if _EACH_AFTER.match(text[b.end : b.end + 30]) or re.search(
                r"\b(?:entre|between)\s*+$", text[: a.start]
            ):
                keep[i] = keep[i + 1] = False  # a bound on each part
            elif _FROM.search(text[max(0, a.start - 12) : a.start]) or a.unit == "clock" or b.unit == "clock":
                a.mark_only = b.mark_only = True
    kept = [q for q, k in zip(found, keep, strict=True) if k]
    for q in kept:
        said = _UNIT_SAID.search(re.split(r"[.!?](?!\d)", text[max(0, q.start - 80) : q.start])[-1])
        if not q.unit and said:  # "in seconds: 720; 1080; ...", "durées en heures : ...", "in quarter-hours"
            u = said["u"] or said["p"]
            q.unit = "s" if u.startswith("s") else "h"
            q.value *= _SAID_MINUTES.get(u[:4], Fraction(1, 60) if u.startswith("s") else Fraction(60))
    for i in range(len(kept) - 2, -1, -1):
        a, b = kept[i], kept[i + 1]
        if not a.unit and b.unit in ("min", "s", "h") and re.fullmatch(_JOIN, text[a.end : b.start]):
            a.unit = b.unit
            a.value = {"min": a.value, "s": a.value / 60, "h": a.value * 60}[b.unit]
    return kept


# a count of parts, then each one's duration after a comma (round 44: « trois parties, chacune d'un tiers
# d'heure », "three parts, a third of an hour each", "four parts: each a quarter of an hour")
_EACH_GAP = re.compile(
    r"^\s*+[,:]\s*+(?:(?:chacune?|each)(?:\s++(?:of\s++them\s++|d'entre\s++elles\s++)?(?:de|d'|durant|lasting|"
    r"dure|lasts|of))?\s*+)?$"
)


def _each_gap(text: str, gap: str, q: _Quantity) -> bool:
    """Whether ``gap``, between a count of parts and the duration ``q``, gives that duration to each
    part (:data:`_EACH_GAP`): "each" said before it, or after it ("a third of an hour each")."""
    if not _EACH_GAP.match(gap):
        return False
    return bool(re.search(r"chacune?|each", gap)) or bool(_EACH_AFTER.match(text[q.end : q.end + 30]))


def _expanded(text: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """``quantities`` with each count of parts given one duration ("deux mi-temps de 25
    minutes", "three parts of 20 minutes") read as that many parts."""
    out: list[_Quantity] = []
    for q in quantities:
        out.append(q)
        if q.unit not in ("min", "s", "h", "share") or q.mark_only:
            continue
        before = text[max(0, q.start - 60) : q.start]
        count = re.search(
            rf"(?<![\w.,])(?P<c>\d{{1,2}}|{_WORDS})(?P<noun>{_COUNT_NOUN.pattern})(?P<of>[^\d]{{0,25}}?)$",
            before,
        )
        gap = count["of"] if count else ""
        if not count or gap.strip() and not _OF.match(gap) and not _each_gap(text, gap, q):
            continue
        c = int(count["c"]) if count["c"].isdigit() else NUMBER_WORDS.get(count["c"], 0)
        if 2 <= c <= 12 and not _BOUND_BEFORE.search(before[: count.start()]):
            out += [_Quantity(q.start, q.end, q.value, q.unit) for _ in range(c - 1)]
    return out


def _passages(text: str, quantities: list[_Quantity]) -> list[list[_Quantity]]:
    passages: list[list[_Quantity]] = []
    for q in quantities:
        if passages:
            last = passages[-1][-1]
            gap = text[last.end : q.start]
            if len(gap) <= GAP and not re.search(r"\n[ \t]*+\n", gap):
                passages[-1].append(q)
                continue
        passages.append([q])
    return passages


def _as_durations(window: list[_Quantity], total: int, min_sections: int) -> bool:
    if len(window) < min_sections or any(q.mark_only or q.unit == "clock" for q in window):
        return False
    values = [q.value for q in window]
    return all(v > 0 for v in values) and sum(values) == total


def _as_marks(
    text: str, window: list[_Quantity], total: int, min_sections: int, cued: bool, placed: bool = False
) -> bool:
    """Whether ``window`` read as marks (shares too when ``placed``: positions along the hour)
    partitions ``total``."""
    if any(q.unit == "s" or q.unit == "share" and not placed for q in window):
        return False
    cued = cued or placed
    tight = all(
        re.fullmatch(_JOIN + "?", text[a.end : b.start]) for a, b in zip(window, window[1:], strict=False)
    )
    readings = [[q.value for q in window]]
    if all(q.unit == "clock" and q.clock_ms is not None for q in window):
        readings.append([q.clock_ms for q in window if q.clock_ms is not None])
    clocks = all(q.unit == "clock" for q in window)
    for marks in readings:
        marks = [v for i, v in enumerate(marks) if i == 0 or v != marks[i - 1]]
        if len(marks) < 2 or any(b <= a for a, b in zip(marks, marks[1:], strict=False)):
            continue
        if clocks:
            if marks[-1] - marks[0] == total and len(marks) - 1 >= min_sections:
                return True
            continue
        if marks[0] == 0 and marks[-1] <= total:  # starts from the beginning, the end of the hour added
            if len(marks) - (marks[-1] == total) >= min_sections:
                return True
            continue
        if not (tight or cued):
            continue  # "5 minutes d'accueil, 10 minutes de questions, 60 minutes au total": no marks
        if marks[-1] == total and len(marks) >= min_sections:
            return True
        if cued and marks[-1] < total and len(marks) + 1 >= min_sections:
            return True
    return False


def _countdown(text: str, window: list[_Quantity], total: int, min_sections: int) -> bool:
    """Whether ``window``, falling numbers of minutes a countdown cue governs, is the time left
    after each part: its complements to the total read as marks (session 36)."""
    if len(window) < min_sections - 1 or any(q.unit not in ("min", "") or q.mark_only for q in window):
        return False
    values = [q.value for q in window]
    if any(b >= a for a, b in zip(values, values[1:], strict=False)) or values[0] > total or values[-1] < 0:
        return False
    if not _REMAINING_CUE.search(text[max(0, window[0].start - 80) : window[-1].end + 20]):
        return False
    flipped = [_Quantity(q.start, q.end, total - q.value, "min") for q in window]
    return _as_marks(text, flipped, total, min_sections, True)


# the start of each part: the clock times are the parts' ("chaque partie commence à", "each part kicks off
# at", "horaires de début")
_STARTS_CUE = re.compile(
    r"\b(?:parties|partie|parts?|sections?|etapes?|steps?|blocs?|blocks?|commenc\w*|debut\w*|demarr\w*|"
    r"starts?|starting|begins?|beginning|kicks?\s++off|opens?)\b"
)


def _clock_read(text: str, window: list[_Quantity], total: int, min_sections: int) -> bool:
    """Whether ``window``, marks in clock notation only, fixes the parts another way (round 39):
    as durations ("00:05:00, 00:10:00…" a timer's presets, "05:00, 10:00…" read as mm:ss), as
    a countdown in clock notation ("60:00, 55:00, 45:00…" left when each part begins), or as the
    start times of ``min_sections`` + 1 parts or more inside one span shorter than the total
    ("9h00, 9h05, 9h15, 9h30, 9h45, 9h55": the last part runs to the end of the hour)."""
    if not all(q.unit == "clock" and not q.mark_only for q in window):
        return False
    readings = [[q.value for q in window]]
    if all(q.clock_ms is not None for q in window):
        readings.append([q.clock_ms for q in window if q.clock_ms is not None])
    for values in readings:
        as_minutes = [_Quantity(q.start, q.end, v, "min") for q, v in zip(window, values, strict=True)]
        if _as_durations(as_minutes, total, min_sections):
            return True
        if _countdown(text, as_minutes, total, min_sections):
            return True
    marks = [q.value for q in window]
    rising = all(b > a for a, b in zip(marks, marks[1:], strict=False))
    if not (rising and len(marks) >= min_sections + 1 and marks[-1] - marks[0] < total):
        return False
    lead = re.split(r"[.!?\n](?!\d)", text[max(0, window[0].start - 120) : window[0].start])[-1]
    return bool(_STARTS_CUE.search(lead))  # the parts' starts, said in the sentence leading them in


# Round 46 (fair46): shares of ANOTHER event's length ("for a 30-minute talk last month I used 10 % intro,
# 80 % body and 10 % end", « la formation de deux heures de ma collègue : 25 %, 50 %, 25 % », "my colleague's
# 90-minute workshop went 20 % theory…") are shares of that length, not of the plan's: the event named with
# a length other than the total in the shares' sentence before them, nothing tying them to this plan ("same
# split", « reprends », "of our hour", "here", "again") around them, no share "of the hour" among them.
_EVENT = (
    r"(?:talks?|expose|exposes|presentations?|workshops?|ateliers?|sessions?|seances?|conferences?|keynotes?|"
    r"formations?|cours|class(?:es)?|lessons?|lecons?|meetings?|reunions?|journees?|days?|webinars?|webinaires?|"
    r"trainings?|courses?|speech(?:es)?|discours|interventions?|pitch(?:es)?)"
)
_LENGTH = rf"(?:\d{{1,3}}|{_WORDS})[ \t-]*+(?:minutes?|mins?|mn|heures?|hours?|h)(?![a-z])"
_OTHER_LENGTH = re.compile(
    rf"(?<![\w.,])(?P<a>{_LENGTH})[ \t]++(?:[a-z']++[ \t]++)?{_EVENT}\b"
    rf"|\b{_EVENT}(?:[ \t]++[a-z']++){{0,4}}?[ \t]++(?:de|d'|of|lasting|sur)[ \t]*+(?P<b>{_LENGTH})"
)
_THIS_PLAN = re.compile(
    r"\b(?:same|memes?|again|encore|reuse\w*|reutilis\w*|reprend\w*|reprends|keep|garde\w*|pareil\w*|identi\w*|"
    r"this\s++time|cette\s++fois|ici|here|our\s++hour|notre\s++heure|this\s++hour|cette\s++heure|"
    r"of\s++the\s++hour|de\s++l'heure|scale\w*|echelle|apply|appliqu\w*|copy|copie\w*)\b"
)


def _of_another_length(text: str, window: list[_Quantity], total: int) -> bool:
    """Whether the shares of ``window`` are another event's length's (see :data:`_OTHER_LENGTH`)."""
    if any(re.search(r"heure|hour", text[q.start : q.end]) for q in window):
        return False
    lead = re.split(r"[.!?\n](?!\d)", text[max(0, window[0].start - 200) : window[0].start])[-1]
    tail = text[window[-1].end : window[-1].end + 200]
    if _THIS_PLAN.search(lead) or _THIS_PLAN.search(tail):
        return False
    for m in _OTHER_LENGTH.finditer(lead):
        said = re.match(r"(\d{1,3}|[a-z]+)[ \t-]*+([a-z]+)", m["a"] or m["b"])
        if said is None:
            continue
        number = _number(said[1])
        if number is not None and number * (60 if said[2].startswith("h") else 1) != total:
            return True
    return False


# Session 46 (fix-helper fair46): a bound on every part that leaves no choice: N parts, each at least (or at
# most) M minutes, where N × M is the total (« six parties, au moins 10 min chacune », "four parts of at
# least 15 minutes each", "no more than 10 minutes per part" beside "six sections"): every part lasts M, as
# dictated as "six parties de 10 min"; a count bounded the same way too (« au moins 4 parties, au moins
# 15 min chacune »).
# A bound whose parts could still differ (N × M not the total, a count bounded the other way or loosely, no
# count of parts named near it) dictates nothing.
_PART_NOUN = (
    r"(?:parties|partie|parts?|sections?|etapes?|steps?|blocs?|blocks?|sequences?|modules?|segments?|"
    r"chapitres?|chapters?|moments?|temps)"
)
_PARTS_COUNT = re.compile(
    rf"(?<![\w.,])(?P<c>\d{{1,2}}|{_WORDS})[ \t]++(?:grandes?[ \t]++|main[ \t]++)?{_PART_NOUN}\b"
)
_FLOOR = (
    r"au\s++moins|at\s++least|au\s++minimum|minimum|pas\s++moins\s++de|no\s++less\s++than|not\s++less\s++than"
)
_CEILING = (
    r"au\s++plus|at\s++most|au\s++maximum|maximum|pas\s++plus\s++de|no\s++more\s++than|not\s++more\s++than"
)
_PART_BOUND = re.compile(
    rf"\b(?:(?P<floor>{_FLOOR})|{_CEILING})\s*+(?P<m>\d{{1,3}}|{_WORDS})\s*+(?:minutes?|mins?|mn)\b"
)
_PART_BEFORE = re.compile(rf"{_PART_NOUN}\s*+(?:de|d'|of|lasting|durant)?\s*+$")


def _tight_bound(text: str, total: int, min_sections: int) -> bool:
    """Whether a bound on each part fixes every part's duration (see above)."""
    for m in _PART_BOUND.finditer(text):
        lead_in = text[max(0, m.start() - 30) : m.start()]
        each = _EACH_AFTER.match(text[m.end() : m.end() + 30]) or _PART_BEFORE.search(lead_in)
        value = _number(m["m"])
        if not each or value is None or value <= 0:
            continue
        near = text[max(0, m.start() - 160) : m.end() + 160]
        for c in _PARTS_COUNT.finditer(near):
            count = _number(c["c"])
            if count is None or count < min_sections or count * value != total:
                continue
            lead = near[max(0, c.start() - 30) : c.start()]
            if re.search(rf"(?:\d|\b(?:{_WORDS}))\s*+(?:et|and|a|à|to|ou|or|-|–)\s*+$", lead):
                continue  # "entre 4 et 6 parties", "4 to 6 parts": a range of counts
            if _BOUND_BEFORE.search(lead):  # a bound on the count: tight the same way only ("au moins 4")
                same = re.search(rf"(?:{_FLOOR})\s*+$" if m["floor"] else rf"(?:{_CEILING})\s*+$", lead)
                if not same:
                    continue
            return True
    return False


def dictates(rest: str, total: int, min_sections: int) -> bool:
    """Whether numbers of ``rest`` (a prompt without its data, folded) partition ``total``
    minutes into ``min_sections`` parts or more under some reading (see the module), its durations
    reckoned by arithmetic or said in another language read as their values too (round 81,
    :func:`compound.reckoned`)."""
    if _dictates(rest, total, min_sections):
        return True
    reckoned = compound.reckoned(rest[:20_000])
    return reckoned != rest[:20_000] and _dictates(reckoned, total, min_sections)


def _dictates(rest: str, total: int, min_sections: int) -> bool:
    text = normalized(rest[:20_000])  # "2 min 30", "2 × 2,5 min" as one quantity (round 39)
    quantities = _expanded(text, _quantities(text, total))
    for passage in _passages(text, quantities):
        for i in range(len(passage)):
            lead = text[max(0, passage[i].start - 80) : passage[i].start]
            cued = bool(_MARK_CUE.search(lead.split(".")[-1]))
            ratio = bool(_RATIO_CUE.search(lead))
            placed = bool(_POSITION_CUE.search(lead))
            for j in range(i + 2, min(len(passage), i + MAX_WINDOW) + 1):
                window = passage[i:j]
                shares = [q for q in window if q.unit == "share"]
                if shares and len(shares) == len(window) and placed:
                    if _as_marks(text, window, total, min_sections, cued, placed=True):
                        return True  # positions along the hour (session 35)
                if shares and not _TIME_CUE.search(text[max(0, window[0].start - 80) : window[-1].end + 30]):
                    continue  # shares of something else ("60 % du public")
                if shares and _of_another_length(text, window, total):
                    continue  # shares of another talk's length (round 46)
                if _as_durations(window, total, min_sections) or _as_marks(
                    text, window, total, min_sections, cued
                ):
                    return True
                if ratio and len(window) >= min_sections and all(not q.unit and q.value > 0 for q in window):
                    return True
                if _countdown(text, window, total, min_sections):
                    return True
                if _clock_read(text, window, total, min_sections):
                    return True
    paces = _paces(text)
    if ("°" in text or re.search(r"\bdegre", text)) and _PIE.search(text):
        paces.add(Fraction(total, 360))  # a pie chart's angles (round 42)
    for pace in paces:
        for passage in _passages(text, _counts(text, pace)):
            for i in range(len(passage)):
                for j in range(i + min_sections, min(len(passage), i + MAX_WINDOW) + 1):
                    if _as_durations(passage[i:j], total, min_sections):
                        return True
    for stem, pace in _thing_paces(text).items():
        for passage in _passages(text, _thing_counts(text, stem, pace)):
            for i in range(len(passage)):
                for j in range(i + min_sections, min(len(passage), i + MAX_WINDOW) + 1):
                    if _as_durations(passage[i:j], total, min_sections):
                        return True
    if _tight_bound(text, total, min_sections):  # "six parties, au moins 10 min chacune" (session 46)
        return True
    return reckoned(text, total, min_sections)  # an unknown's multiples, levels at a rate (session 35)
