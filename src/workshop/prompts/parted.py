"""A plan told as counts of parts (issue 11, round 45, session 41): "two parts of 10 minutes,
four of 10", « 2 blocs de 15 et 3 de 10 », "three 15-minute blocks, then one of 15", and the
same dictated by voice in homophones ("won part of five, to parts of ten, too of fifteen",
« une partie de dis minutes, deux parties de vain minutes »).

Principle: a group is a count, a part's noun (or none, elided after a first group that names
it: "four of 10", « 3 de 10 »), then "of"/« de » and one duration, or a count then a
duration-adjective and the noun ("three 15-minute blocks"). Groups that follow one another
(at most :data:`GAP` characters apart) make a chain; a run of the chain whose counts times
durations add up to the total, with at least ``min_sections`` parts, dictates the plan. A
duration without a unit is read in minutes only where nothing but a joiner or a place
follows it ("of ten, ...", "of five at the end"; "de 20 diapos" is no duration). Homophones
are read only inside a group: "won", "to", "too", "for", "fore", "tree", "ate" as counts;
« dis », « vain », « vin », « cet », « set », « wi » as durations.
Bounds are none: a group after a bound word ("at least two parts of 10", « au moins »), after
another count ("four or five parts of 10"), or before a range or a bound ("of 10 to 15
minutes", "of 10 minutes max") counts nothing.
Per group (round 48, session 41): a duration then "each"/« chacun(e) »/"apiece" closes a group
whose count is in its clause (cut at the last comma, semicolon or colon outside brackets): a
count before the duration ("the two core parts (...) 15 each", « les deux autres 10 chacune »), or
two names joined by "and"/« et » ("welcome and Q&A take 5 minutes each"), a count of two.
All but the last (round 48): three durations or more with their unit, one after another, that
leave a positive remainder of the total are the plan's when the number of parts is known to be
one more: a count of parts stated once ("in 6 parts", « en six parties »; not "steps", « étapes
», which may be a method's), or a dialogue whose every duration answers a question and whose
last question is left open ("Me: and the Q&A?").
Limits: a part said with its duration first (« 10 minutes d'intro, deux fois 15 ») is
:mod:`schedule`'s; a count past twelve or a duration past the total is not read."""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORDS

GAP = 80  # characters between two groups of one chain
MAX_GROUPS = 60

_COUNT_SOUNDS = {"won": 1, "to": 2, "too": 2, "tree": 3, "for": 4, "fore": 4, "ate": 8}
_DURATION_SOUNDS = {"dis": 10, "vain": 20, "vin": 20, "cet": 7, "set": 7, "wi": 8}
_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n > 0 and w not in ("a", "an", "single")}
_COUNTS = {**_WORDS, **_COUNT_SOUNDS}
_DURATIONS = {**_WORDS, **_DURATION_SOUNDS}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NOUN = (
    r"(?:parties|partie|parts?|sections?|segments?|blocs?|blocks?|modules?|sequences?|temps|moments?|etapes?|"
    r"steps?|chapitres?|chapters?|tranches?|creneaux|creneau|slots?|periodes?|periods?|chunks?|phases?|"
    r"volets?|seances?|sessions?|themes?|topics?|sujets?)"
)
_ADJECTIVE = (
    r"(?:more|other|others|autres?|last|final|derniere?s?|premieres?|first|petites?|grandes?|longues?|"
    r"courtes?|short|long|big|small|main)"
)
_UNIT = r"(?:minutes?|mins?|mn|heures?|hours?|hrs?|h)"
_COUNT = rf"(?:\d{{1,2}}|{_alternation(_COUNTS)})"
_DURATION = rf"(?:\d{{1,3}}|{_alternation(_DURATIONS)})"
_GROUP = re.compile(
    rf"(?<![\w'-])(?P<c>{_COUNT}|an?)\s++(?:{_ADJECTIVE}\s++)?(?:(?P<noun>{_NOUN})\s++)?"
    rf"(?:of|de|d'|lasting|durant)\s*+(?P<d>{_DURATION})(?![\w'-])(?:\s*+(?P<u>{_UNIT})(?![\w'-]))?"
    rf"|(?<![\w'-])(?P<c2>{_COUNT}|an?)\s++(?P<d2>\d{{1,2}}|{_alternation(_WORDS)})[\s-]?+"
    rf"(?P<u2>minutes?|mins?)\s++(?:{_ADJECTIVE}\s++)?(?P<noun2>{_NOUN})(?![\w'-])"
)
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:entre|between|au\s++moins|at\s++least|au\s++plus|at\s++most|maximum|minimum|max|"
    r"pas\s++plus\s++de|pas\s++moins\s++de|no\s++more\s++than|no\s++less\s++than|more\s++than|less\s++than|"
    r"fewer\s++than|plus\s++de|moins\s++de|up\s++to|jusqu'a|environ|about|around|roughly|approximately|"
    r"only|seulement|under|over)|[<>~])\s*+$"
)
_ALTERNATIVE_BEFORE = re.compile(rf"(?<![\w'-])(?:\d{{1,2}}|{_alternation(_WORDS)})\s*+(?:ou|or|a|to|-)\s*+$")
_AFTER_RANGE = re.compile(
    rf"^\s*+(?:ou|or|a|to|-|voire)\s*+(?:\d|(?:{_alternation(_WORDS)})(?![\w'-]))"
    r"|^\s*+(?:max|maximum|au\s++maximum|au\s++plus|minimum|au\s++minimum|au\s++moins|at\s++most|at\s++least|"
    r"or\s++less|or\s++more|ou\s++moins|ou\s++plus|tops|au\s++max|maxi)\b"
)
# what may follow a duration said without its unit: a joiner, a place, an end
_UNITLESS_NEXT = re.compile(
    r"^\s*+(?:[,;.!)]|$|(?:et|and|puis|then|at|in|for|pour|to|a|au|aux|en|each|chacune?|apiece|plus|with|"
    r"avec|on|sur|the|le|la|les|l'|du|des|ensuite|after|apres|enfin|finally|in\s++the|au\s++debut|"
    r"a\s++la|je|i|we|on)(?![\w'-]))"
)
_MINUTES = {"min": 1, "mn": 1, "mi": 1, "h": 60, "he": 60, "ho": 60, "hr": 60}


def _in_minutes(duration: int, unit: str | None) -> Fraction:
    """``duration`` in ``unit`` (minutes when none is written) as minutes."""
    return Fraction(duration * (_MINUTES.get(unit[:2], 1) if unit else 1))


def _value(token: str, words: dict[str, int]) -> int:
    return int(token) if token.isdigit() else words.get(token, 1 if token in ("a", "an") else 0)


def _bounded(text: str, start: int, end: int, alternatives: bool = True) -> bool:
    """Whether the value at ``text[start:end]`` follows a bound ("at least", « au moins ») or, with
    ``alternatives``, another count ("four or five"), or comes before a range or a bound ("10 to 15")."""
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    return bool(
        _BOUND_BEFORE.search(before)
        or (alternatives and _ALTERNATIVE_BEFORE.search(before))
        or _AFTER_RANGE.match(after)
    )


def _groups(text: str) -> list[tuple[int, int, int, Fraction, bool]]:
    """(start, end, count, duration in minutes, names its noun) for each group of ``text``."""
    found = []
    for m in list(_GROUP.finditer(text))[:MAX_GROUPS]:
        c = m["c"] or m["c2"]
        d, unit, noun = (m["d"], m["u"], m["noun"]) if m["c"] else (m["d2"], m["u2"], m["noun2"])
        count, duration = _value(c, _COUNTS), _value(d, _DURATIONS)
        if c in ("a", "an") and not noun or not 1 <= count <= 12 or duration <= 0:
            continue
        if _bounded(text, m.start(), m.end()):
            continue  # a bound or an alternative: "at least two parts of 10", "four or five parts"
        if not unit and not _UNITLESS_NEXT.match(text[m.end() : m.end() + 40]):
            continue  # "de 20 diapos": not a duration
        minutes = _in_minutes(duration, unit)
        found.append((m.start(), m.end(), count, minutes, bool(noun)))
    return found


_EACH = re.compile(
    rf"(?<![\w'-])(?P<d>{_DURATION})(?:\s*+(?P<u>{_UNIT}))?\s*+(?:each|apiece|chacune?s?|par\s++personne)(?![\w'-])"
)
_BRACKETS = re.compile(r"\([^()]{0,200}+\)")
_CLAUSE_COUNT = re.compile(
    rf"(?<![\w'-])(?P<c>{_COUNT})\s++(?:{_ADJECTIVE}\s++|(?!{_DURATION}(?![\w'-]))[a-z]++\s++)?"
    rf"(?P<noun>{_NOUN}|others?|autres?)?(?![\w'-])"
)
_CLAUSE_PAIR = re.compile(r"(?<![\w'-])[\w&'-]++\s++(?:and|et|&)\s++(?:(?:the|le|la|les|l')\s*+)?[\w&'-]++")


def _each_groups(text: str) -> list[tuple[int, int, int, Fraction, bool]]:
    """Groups closed by "each" (see the module): (start, end, count, minutes, names its parts)."""
    found = []
    for m in list(_EACH.finditer(text))[:MAX_GROUPS]:
        duration, unit = _value(m["d"], _DURATIONS), m["u"]
        before = text[max(0, m.start() - 120) : m.start()]
        if duration <= 0 or _bounded(text, m.start(), m.end(), alternatives=False):
            continue
        clause = re.split(r"[,;:.!?\n]", _BRACKETS.sub(" ", before))[-1]
        # the clause's last count, as a number word or figure
        end = len(clause.rstrip())
        counts = [c for c in _CLAUSE_COUNT.finditer(clause) if c["noun"] or c.end() >= end - 30]
        if counts and _value(counts[-1]["c"], _COUNTS) > 0:
            count, named = _value(counts[-1]["c"], _COUNTS), bool(counts[-1]["noun"])
            named = named and counts[-1]["noun"] not in ("other", "others", "autre", "autres")
        elif _CLAUSE_PAIR.search(clause):
            count, named = 2, True
        else:
            continue
        if not 1 <= count <= 12:
            continue
        minutes = _in_minutes(duration, unit)
        start = m.start() - len(clause)
        found.append((max(0, start), m.end(), count, minutes, named))
    return found


_UNIT_DURATION = re.compile(
    rf"(?<![\w'-])(?P<d>\d{{1,3}}|{_alternation(_WORDS)})\s*+(?P<u>{_UNIT})(?![\w'-])"
)
_PARTS_STATED = re.compile(
    rf"(?<![\w'-])(?P<c>{_COUNT})\s++(?:{_ADJECTIVE}\s++)?(?:parties|parts|sections|segments|blocs|blocks|"
    r"chapitres|chapters|phases|modules)(?![\w'-])(?!\s*+(?:de|of|d')\s)"
)


def _joined(rest: str, end: int, start: int) -> bool:
    return start - end <= GAP and "\n\n" not in rest[end:start]


def _remainder(rest: str, total: int, min_sections: int) -> bool:
    """Every duration but the last, the number of parts known (see the module)."""
    durations: list[tuple[int, int, Fraction] | None] = []
    for m in list(_UNIT_DURATION.finditer(rest))[:MAX_GROUPS]:
        if _bounded(rest, m.start(), m.end()):
            durations.append(None)  # a bound or a range breaks the run
            continue
        minutes = _in_minutes(_value(m["d"], _DURATIONS), m["u"])
        durations.append((m.start(), m.end(), Fraction(minutes)) if 0 < minutes < total else None)
    stated = {
        _value(c["c"], _COUNTS)
        for c in _PARTS_STATED.finditer(rest)
        if not _BOUND_BEFORE.search(rest[max(0, c.start() - 40) : c.start()])
    }
    runs: list[list[tuple[int, int, Fraction]]] = []
    for d in durations:
        if d is None:
            runs.append([])
        elif runs and runs[-1] and _joined(rest, runs[-1][-1][1], d[0]):
            runs[-1].append(d)
        else:
            runs.append([d])
    for run in runs:
        given = sum(d[2] for d in run)
        if len(run) < 3 or given >= total or len(run) + 1 < min_sections:
            continue
        if stated == {len(run) + 1}:
            return True
        # a dialogue: each duration answers a question, and a last question is left open
        gaps = [rest[max(0, run[i - 1][1] if i else d[0] - GAP) : d[0]] for i, d in enumerate(run)]
        tail = rest[run[-1][1] : run[-1][1] + GAP]
        if all("?" in g for g in gaps) and "?" in tail and not _UNIT_DURATION.search(rest[run[-1][1] :]):
            return True
    return False


def dictates(rest: str, total: int, min_sections: int) -> bool:
    """Whether counts of parts in ``rest`` (a prompt without its data, folded) partition
    ``total`` minutes into ``min_sections`` parts or more (see the module)."""
    rest = rest[:20_000]
    if _remainder(rest, total, min_sections):
        return True
    groups = _groups(rest)
    spans = [(g[0], g[1]) for g in groups]
    groups += [g for g in _each_groups(rest) if not any(a <= g[1] - 1 < b for a, b in spans)]
    groups.sort()
    chains: list[list[tuple[int, int, int, Fraction, bool]]] = []
    for group in groups:
        if (
            chains
            and group[0] - chains[-1][-1][1] <= GAP
            and "\n\n" not in rest[chains[-1][-1][1] : group[0]]
        ):
            chains[-1].append(group)
        else:
            chains.append([group])
    for chain in chains:
        for i in range(len(chain)):
            if not chain[i][4]:
                continue  # a run starts where the parts are named
            parts, minutes = 0, Fraction(0)
            for _, _, count, duration, _ in chain[i:]:
                parts, minutes = parts + count, minutes + count * duration
                if minutes == total and parts >= min_sections:
                    return True
                if minutes > total:
                    break
    return False
