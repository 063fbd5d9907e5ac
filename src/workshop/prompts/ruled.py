"""Durations ruled (issue 11, session 38): the plan's durations fixed without a number per
part, by a named structure whose part length is well known or by a rule between parts.

Principle: :mod:`schedule` and :mod:`reckoned` read the numbers that partition the hour;
round 38 gave none of them and still fixed every part:
- *a named structure*: a sport's period ("un quart-temps de match NBA": 12 minutes; a FIBA
  quarter 10, an NFL quarter 15, an NHL or ice-hockey period 20, a UFC round 5, a boxing
  round 3…) given to each part in a told sentence ("chaque partie doit durer un quart-temps
  NBA", "make each section as long as one NHL period") cuts the total into equal parts when
  it divides it into ``min_sections`` parts or more; listed with counts ("l'intro dure un
  quart-temps NBA, la démo deux…") it is read as its minutes by :mod:`schedule`. A bound
  ("shorter than an NBA quarter", « pas plus d'un quart-temps par partie ») or a hedge is no
  duration; a sport named without a period tied to the parts is nothing;
- *a rule between consecutive parts*: the Fibonacci rule from two starting values ("starting
  from 5 and 5", "each part lasts as long as the two before it together"), a constant
  difference ("6 minutes de plus que la précédente", "8 minutes longer than the previous
  one") or a constant ratio ("twice as long as the one before", « le double de la
  précédente »), with the first part's duration or the count of parts stated: the terms
  that make the total in ``min_sections`` parts or more are the durations dictated. A rule
  without numbers ("each part a bit longer than the previous one") or hedged fixes nothing."""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts import hints
from workshop.prompts.text import NUMBER_WORDS, sentences

MAX_PARTS = 16
MAX_SENTENCES = 200
_NOT_COUNTS = ("a", "an", "un", "une", "one", "zero", "aucun", "aucune", "none", "single")

_QUARTER = r"(?:quarts?[\s-]++temps|quarters?)"
_HALF = r"(?:mi[\s-]++temps|halves|half|demi[\s-]++temps)"
_PERIOD = r"(?:periodes?|periods?|tiers[\s-]++temps)"
_ROUND = r"(?:rounds?|reprises?)"
# (league, its period's name, minutes): the periods of a game that every fan knows
_LEAGUES: list[tuple[str, str, int]] = [
    (r"(?:wnba|fiba|euroleague|euroligue)", _QUARTER, 10),
    (r"nba", _QUARTER, 12),
    (r"nba", _HALF, 24),
    (r"(?:nfl|football\s++americain|american\s++football)", _QUARTER, 15),
    (r"(?:nfl|football\s++americain|american\s++football)", _HALF, 30),
    (r"(?:nhl|lnh|hockey(?:\s++sur\s++glace)?|ice\s++hockey)", _PERIOD, 20),
    (r"(?:netball)", _QUARTER, 15),
    (r"(?:afl|australian\s++(?:rules\s++)?football|football\s++australien)", _QUARTER, 20),
    (r"(?:handball|hand)", _HALF, 30),
    (r"(?:futsal)", _HALF, 20),
    (r"(?:water[\s-]++polo)", _QUARTER, 8),
    (r"(?:ufc|mma)", _ROUND, 5),
    (r"(?:boxe|boxing)", _ROUND, 3),
]
# the league after the period ("un quart-temps de match NBA", "a quarter of an NBA game") or
# before it ("an NBA quarter", "une période de hockey"), a few words apart at most
_GAP = r"(?:\s++(?:de|du|d'|of|in|an|a|the|un|une|le|la|l'|match|game|partie|rencontre)){0,3}?\s*+"
_STRUCTURES = [
    (
        re.compile(
            rf"(?<![\w-]){period}{_GAP}{league}(?![\w-])"
            rf"|(?<![\w-]){league}(?:\s++(?:match|game))?\s++{period}(?![\w-])"
        ),
        minutes,
    )
    for league, period, minutes in _LEAGUES
]  # fmt: skip
_COUNT_WORDS = {"un": 1, "une": 1, "one": 1, "a": 1, "an": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
                "quatre": 4, "four": 4, "cinq": 5, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}  # fmt: skip
_COUNT_BEFORE = re.compile(
    r"(?:^|(?<=\s))(un|une|one|a|an|deux|two|trois|three|quatre|four|cinq|five|[2-5])\s*+$"
)
_PART = re.compile(
    r"\b(?:parties|partie|parts?|sections?|blocs?|blocks?|segments?|etapes?|steps?|chapitres?|chapters?|"
    r"modules?|sequences?|moments?)\b"
)
_EACH = re.compile(r"\b(?:chaque|chacune|chacun|each|every|toutes|all|apiece)\b")
_BOUND = re.compile(
    r"\b(?:under|below|less|fewer|more|over|most|least|max\w*+|min(?:imum)?|up\s++to|no\s++longer|shorter|"
    r"longer|exceed\w*+|moins|plus|jusqu\w*+|depasse\w*+|inferieure?s?|superieure?s?|within|environ|about|around|"
    r"roughly|approximately|approximativement|a\s++peu\s++pres|si|if|pas|not|never|jamais|comme|like|than|que|"
    r"dynamique|dynamic|rythme|pace|energie|energy)(?!\w)|[<>≤≥~?]"
)

_TAIL_BOUND = re.compile(
    r"\b(?:or\s++(?:shorter|less|under|fewer)|ou\s++(?:moins|plus\s++courte?s?)|max\w*+|at\s++(?:the\s++)?most|au\s++plus|"
    r"tops|or\s++so|environ|about|at\s++least|au\s++moins|min(?:imum)?)(?!\w)"
)


def _minutes(match: re.Match[str], text: str, minutes: int) -> int:
    """The structure's minutes, times the count just before it ("deux quart-temps NBA")."""
    before = _COUNT_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
    return minutes * (_COUNT_WORDS[before[1]] if before else 1)


def _named(text: str) -> list[tuple[int, int, int]]:
    """(start, end, minutes) of each named structure in ``text``, its count included."""
    found: list[tuple[int, int, int]] = []
    for pattern, minutes in _STRUCTURES:
        for m in list(pattern.finditer(text))[:20]:
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            before = _COUNT_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
            start = m.start() - (len(before[0]) if before else 0)
            found.append((start, m.end(), _minutes(m, text, minutes)))
    return sorted(found)


def _each_named(text: str, total: int, min_sections: int) -> bool:
    """A told sentence that gives each part one named structure (see the module)."""
    for sentence in sentences(text)[:MAX_SENTENCES]:
        named = _named(sentence)
        if not named or not _PART.search(sentence) or not _EACH.search(sentence):
            continue
        for start, end, minutes in named:
            lead = sentence[max(0, start - 60) : start]
            if _BOUND.search(lead.split(":")[-1]) or _TAIL_BOUND.search(sentence[end : end + 40]):
                continue  # "…, or shorter", « un quart-temps NBA maximum »
            if minutes and total % minutes == 0 and total // minutes >= min_sections:
                return True
    return False


def _as_minutes(text: str) -> str:
    """``text`` with each named structure written as its minutes ("12 minutes")."""
    out, last = [], 0
    for start, end, minutes in _named(text):
        out += [text[last:start], f"{minutes} minutes"]
        last = end
    return "".join(out) + text[last:]


# -- rules between consecutive parts -----------------------------------------------------------------
_WORD_ALT = "|".join(
    sorted((w for w in NUMBER_WORDS if w.isalpha() and w not in _NOT_COUNTS), key=len, reverse=True)
)
_NUM = rf"(?P<n>\d{{1,3}}(?:[.,]5)?|{_WORD_ALT})"
_PREVIOUS = (
    r"(?:(?:que|than)\s++(?:la|le|celle|celui|the)\s*+(?:precedente?|d'avant|one\s++before(?:\s++it)?|previous(?:\s++one)?|"
    r"last(?:\s++one)?|prior\s++one|one\s++before)|(?:que|than)\s++(?:the\s++)?(?:one\s++)?before(?:\s++it)?)"
)
_STEP = re.compile(
    rf"(?<![\w.,]){_NUM}\s*+(?:minutes?|mins?|mn)?\s++(?:de\s++)?(?P<way>plus|more|longer|moins|less|shorter|fewer)"
    rf"(?:\s++(?:minutes?|mins?))?\s++{_PREVIOUS}"
    rf"|\b(?P<grow>augmente|augmenter|increase|increases|grow|grows|diminue|diminuer|decrease|decreases|shrink|shrinks)"
    rf"\s++(?:de|by)\s++(?P<n2>\d{{1,3}}|{_WORD_ALT})\s*+(?:minutes?|mins?|mn)\b"
    # session 40 (known43): "add 6 minutes each time", « ajoute 6 minutes à chaque nouvelle partie »
    rf"|\b(?:add|adds|adding|ajoute|ajouter|ajoutant|rajoute|rajouter)\s++(?P<n3>\d{{1,3}}|{_WORD_ALT})\s*+"
    rf"(?:more\s++|de\s++plus\s++)?(?:minutes?|mins?|mn)\s++(?:more\s++|de\s++plus\s++)?"
    rf"(?:(?:a|à|at|to|for|pour|with|on)\s++)?(?:chaque|each|every)\s++(?:nouvelle\s++|new\s++|next\s++)?"
    rf"(?:fois|time|partie|part|section|step|etape|bloc|block)\b"
)
_RATIO = re.compile(
    r"\b(?:(?P<word>twice|deux\s++fois|double|trois\s++fois|three\s++times|thrice|triple|half|moitie)"
    r"(?:\s++(?:as\s++long|plus\s++longue?s?|plus|aussi\s++longue?s?|longer))?"
    r"(?:\s++(?:the\s++length|the\s++duration)(?=\s++of\b))?"  # "half the length of the one before" (known43)
    r"(?:\s++(?:as|que|than|de|of))?\s++(?:la|le|celle|celui|the)?\s*+(?:duree\s++de\s++la\s++)?"
    r"(?:precedente?|d'avant|one\s++before(?:\s++it)?|previous(?:\s++one)?|last(?:\s++one)?|prior\s++one))"
)
# a ratio said as a share more (session 40, known43): "a third longer than the one before", « un tiers de plus
# que la précédente », "50% longer than the previous one"
_RATIO_MORE = re.compile(
    rf"\b(?P<f>a\s++third|one\s++third|un\s++tiers|a\s++quarter|one\s++quarter|un\s++quart|half|moitie|"
    rf"50\s*+%|25\s*+%)\s++(?:longer|more|de\s++plus|plus\s++longue?)\s++{_PREVIOUS}"
)
_MORE: dict[str, Fraction] = {"third": Fraction(4, 3), "tiers": Fraction(4, 3), "quarter": Fraction(5, 4),
                              "quart": Fraction(5, 4), "half": Fraction(3, 2), "moitie": Fraction(3, 2),
                              "50": Fraction(3, 2), "25": Fraction(5, 4)}  # fmt: skip
# a constant ratio said without "the previous one" (round 42): "double it each time", « on double à chaque
# partie », "each part doubles", "multiply by 2 each time"
_RATIO_EACH = re.compile(
    r"\b(?:(?P<word>double|doubles|doubled|doubling|doubler|triple|triples|tripled|tripler)|"
    r"(?:multipl\w*+|multiplie\w*+)\s++(?:it\s++|la\s++duree\s++)?(?:by|par)\s++(?P<by>2|3|deux|two|trois|three))"
    r"(?:\s++(?:it|la\s++duree|the\s++duration))?\s++(?:a|à|at|each|every|pour|with)\s++(?:chaque|each|every)?\s*+"
    r"(?:fois|time|partie|part|section|step|etape|bloc|block|nouvelle\s++partie|new\s++part)\b"
    r"|\b(?:each|every|chaque)\s++(?:part|section|partie|step|etape|bloc|block)\s++(?:doubles|triples|double|triple)\b"
)
# the terms of a named progression (round 42): "the first four multiples of six", « les multiples de 6
# de 6 à 24 », "a common difference of 6", « de raison 6 »
_MULTIPLES = re.compile(
    rf"\b(?:(?:les|the)\s++)?(?:{_NUM}\s++)?(?:premiers|first)\s++(?P<k>\d{{1,2}}|{_WORD_ALT})?\s*+multiples\s++"
    rf"(?:de|of)\s++(?P<m>\d{{1,2}}|{_WORD_ALT})(?![\w.,]\d)"
    rf"|\bmultiples\s++(?:de|of)\s++(?P<m2>\d{{1,2}}|{_WORD_ALT})\s++(?:de|from)\s++(?P<a>\d{{1,3}})\s++"
    rf"(?:a|à|to|through|until|jusqu'a)\s++(?P<b>\d{{1,3}})(?![\w.,]\d|\d)"
)
_DIFFERENCE = re.compile(
    rf"\b(?:common\s++difference|difference\s++commune|raison|step|increment)\s++(?:de\s++|of\s++|=\s*+)?"
    rf"(?P<n>\d{{1,3}}|{_WORD_ALT})(?![\w.,]\d|\d)"
)
_RATIOS: dict[str, Fraction] = {
    "twice": Fraction(2), "deux fois": Fraction(2), "double": Fraction(2), "trois fois": Fraction(3),
    "three times": Fraction(3), "thrice": Fraction(3), "triple": Fraction(3),
    "half": Fraction(1, 2), "moitie": Fraction(1, 2),
}  # fmt: skip
_FIRST = re.compile(
    rf"\b(?:(?:(?:la|the)\s++)?(?:premiere|first)(?:\s++(?:partie|part|section|bloc|block|step|etape))?\s++"
    rf"(?:dure|durera|lasts?|will\s++last|takes?|fait|is|de|of)\s++|(?:start|starting|begin|beginning|commence|"
    rf"commencer|commencant|demarre|part|partant)\s++(?:with|at|from|par|a|avec|de)\s++(?:an?\s++|une?\s++)?){_NUM}"
    # the unit may be left out (session 40, known43: "double each time starting at 4"), not for a clock's
    # hour, a percentage or a sum
    rf"(?:[\s-]*+(?:minutes?|mins?|mn)\b|(?![\w:]|[\s-]*+(?:(?:h|heures?|hours?|hrs?|o'clock|am|pm|euros?)\b|%)))"
)
_COUNT = re.compile(
    rf"(?<![\w.,]){_NUM}\s++(?:grandes?\s++|main\s++)?(?:parties|parts|sections|blocs|blocks|etapes|steps)\b"
)
_FIBONACCI = re.compile(
    r"\bfibonacci\b|\b(?:autant\s++que|as\s++long\s++as|la\s++somme\s++des|the\s++sum\s++of)\s++(?:les|the)\s++"
    r"(?:deux|two)\s++(?:precedentes?|parties\s++precedentes|previous(?:\s++ones|\s++parts)?|before\s++it|"
    r"ones?\s++before(?:\s++it)?|parts?\s++before(?:\s++it)?)"
    # round 42: "the sum of the previous two", « la somme des deux dernières »
    r"|\b(?:the\s++sum\s++of|la\s++somme\s++d)\S*+\s++(?:the\s++|les\s++)?(?:previous|preceding|last|deux)\s++"
    r"(?:two|deux|precedentes?|dernieres?)\b"
)
# the first two terms given as one duration each (round 42): "the first two are 5 minutes each", « les deux
# premières durent 5 minutes chacune »
_FIRST_TWO = re.compile(
    rf"\b(?:(?:the\s++)?first\s++two|(?:les\s++)?deux\s++premieres?|(?:les\s++)?premieres?\s++deux)"
    rf"(?:\s++[a-z']++){{0,3}}?\s++{_NUM}\s*+(?:minutes?|mins?|mn)\s++(?:each|apiece|chacune?|each\s++one)\b"
)
_PAIR = re.compile(
    rf"(?<![\w.,]){_NUM}\s*+(?:minutes?|mins?|mn)?\s*+(?:et|and|,|&|puis|then)\s*+"
    rf"(?P<m>\d{{1,3}}|{_WORD_ALT})(?![\w]|[.,]\d)"
)
_HEDGE = re.compile(
    r"\b(?:environ|about|around|roughly|approximately|approximativement|a\s++peu\s++pres|un\s++peu|a\s++bit|"
    r"si|if|pas|not|never|jamais|ou|or|peut|peuvent|can|may|might|could|pourrait|au\s++moins|at\s++least|"
    r"au\s++plus|at\s++most|minimum|maximum)\b|[?]"
)


def _value(token: str) -> Fraction | None:
    token = token.replace(",", ".")
    if re.fullmatch(r"\d{1,3}(?:\.5)?", token):
        return Fraction(token)
    return Fraction(NUMBER_WORDS[token]) if token in NUMBER_WORDS else None


def _fits(terms: list[Fraction], total: int, min_sections: int, counts: set[int]) -> bool:
    """Whether a prefix of ``terms`` (a count the prompt states, or any) of positive
    durations makes ``total``, in ``min_sections`` parts or more."""
    running = Fraction(0)
    for n, term in enumerate(terms, 1):
        if term <= 0:
            return False
        running += term
        if running == total and n >= min_sections and (not counts or n in counts):
            return True
        if running > total:
            return False
    return False


def _counts(text: str) -> set[int]:
    """The counts of parts ``text`` states ("five parts", « quatre parties »)."""
    return {int(v) for m in list(_COUNT.finditer(text))[:50] if (v := _value(m["n"])) and v.denominator == 1}


def _ruled(text: str, total: int, min_sections: int) -> bool:
    counts = _counts(text)
    for sentence in sentences(text)[:MAX_SENTENCES]:
        if _HEDGE.search(sentence):
            continue
        firsts = [v for m in _FIRST.finditer(sentence) if (v := _value(m["n"])) is not None]
        here = _counts(sentence) or counts
        if _FIBONACCI.search(sentence):
            pairs = [(m["n"], m["m"]) for m in list(_PAIR.finditer(sentence))[:10]]
            pairs += [(m["n"], m["n"]) for m in list(_FIRST_TWO.finditer(sentence))[:10]]
            for n, m in pairs:
                a, b = _value(n), _value(m)
                if a is None or b is None:
                    continue
                terms = [a, b]
                while len(terms) < MAX_PARTS:
                    terms.append(terms[-1] + terms[-2])
                if _fits(terms, total, min_sections, here):
                    return True
        for m in list(_STEP.finditer(sentence))[:10]:
            step = _value(m["n"] or m["n2"] or m["n3"] or "")
            if step is None:
                continue
            down = (m["way"] or "") in ("moins", "less", "shorter", "fewer") or (m["grow"] or "")[:3] in (
                "dim",
                "dec",
                "shr",
            )
            step = -step if down else step
            for n in sorted(here) if not firsts else range(min_sections, MAX_PARTS + 1):
                starts = firsts or [(total - step * n * (n - 1) / 2) / n]
                for a in starts:
                    if _fits([a + step * k for k in range(n)], total, min_sections, here or {n}):
                        return True
        if _progression(sentence, firsts, here, total, min_sections):
            return True
        ratios = [_RATIOS[re.sub(r"\s++", " ", m["word"])] for m in list(_RATIO.finditer(sentence))[:10]]
        more = list(_RATIO_MORE.finditer(sentence))[:10]
        ratios += [_MORE[m["f"].replace("%", " ").split()[-1]] for m in more]
        for q in ratios:
            for n in sorted(here) if not firsts else range(min_sections, MAX_PARTS + 1):
                powers = [Fraction(1)]
                while len(powers) < n:
                    powers.append(powers[-1] * q)
                starts = firsts or [Fraction(total) / sum(powers)]
                for a in starts:
                    if _fits([a * p for p in powers], total, min_sections, here or {n}):
                        return True
    return False


def _progression(
    sentence: str, firsts: list[Fraction], here: set[int], total: int, min_sections: int
) -> bool:
    """A progression named by its terms (round 42): the first k multiples of m, the multiples of m
    from a to b, a common difference after a first duration, a ratio "each time" after one."""
    for m in list(_MULTIPLES.finditer(sentence))[:10]:
        step = _value(m["m"] or m["m2"] or "")
        if not step:
            continue
        if m["a"]:
            a, b = Fraction(m["a"]), Fraction(m["b"])
            if a % step or b % step or b < a:
                continue
            terms = [a + step * k for k in range(int((b - a) / step) + 1)][:MAX_PARTS]
            if sum(terms) == total and len(terms) >= min_sections:
                return True
            continue
        k = _value(m["k"]) if m["k"] else None
        counts = {int(k)} if k and k.denominator == 1 else here
        if _fits([step * i for i in range(1, MAX_PARTS + 1)], total, min_sections, counts):
            return True
    for m in list(_DIFFERENCE.finditer(sentence))[:10]:
        difference = _value(m["n"]) or Fraction(0)
        for a in firsts if difference else []:
            if _fits([a + difference * k for k in range(MAX_PARTS)], total, min_sections, here):
                return True
    for m in list(_RATIO_EACH.finditer(sentence))[:10]:
        word = (m["word"] or "")[:3]
        q = Fraction(2) if word == "dou" or (m["by"] or "") in ("2", "deux", "two") else Fraction(3)
        for a in firsts:
            if _fits([a * q**k for k in range(MAX_PARTS)], total, min_sections, here):
                return True
    return False


# -- a mirrored rule (round 40): "durées symétriques", "a palindrome", "rising then falling" ---------------
_MIRROR = re.compile(
    r"\b(?:symetri\w*+|symmetr\w*+|palindrom\w*+|(?:en\s++)?miroir|mirror\w*+|reflet|reflete\w*+|"
    r"redescend\w*+|come\w*+\s++(?:back\s++)?down|(?:go|goes|going)\s++(?:back\s++)?down|back\s++down|"
    r"decroissant\w*+\s++ensuite|then\s++fall\w*+|puis\s++(?:de)?croi\w*+|puis\s++diminu\w*+|"
    r"la\s++derniere\s++comme\s++la\s++premiere|the\s++last\s++(?:one\s++)?(?:like|as\s++long\s++as)\s++the\s++first)"
)
_LIST = re.compile(
    r"(?<![\w.,])(?P<run>\d{1,3}(?:\s*+(?:minutes?|mins?|mn))?(?:\s*+(?:,|;|/|et|and|puis|then)\s*+\d{1,3}"
    r"(?:\s*+(?:minutes?|mins?|mn))?)++)(?![\w.,]\d|\d)"
)


def _mirrored(text: str, total: int, min_sections: int) -> bool:
    """Whether a told sentence fixes the first half of the parts (a first duration and a step,
    or the first half listed) and mirrors it for the second half (round 40)."""
    counts = _counts(text)
    told = sentences(text)[:MAX_SENTENCES]
    for k, sentence in enumerate(told):
        near = " ".join(told[max(0, k - 1) : k + 2])  # the mirror said in the sentence before or after
        if not _MIRROR.search(near) or _HEDGE.search(sentence):
            continue
        here = _counts(sentence) or counts
        halves: list[list[Fraction]] = []
        firsts = [v for m in _FIRST.finditer(sentence) if (v := _value(m["n"])) is not None]
        for m in list(_STEP.finditer(sentence))[:10]:
            step = _value(m["n"] or m["n2"] or m["n3"] or "")
            if step is None or (m["way"] or "") in ("moins", "less", "shorter", "fewer"):
                continue
            halves += [
                [a + step * k for k in range(half)] for a in firsts for half in range(2, MAX_PARTS // 2 + 1)
            ]
        for m in list(_LIST.finditer(sentence))[:10] if _MIRROR.search(sentence) else []:
            values = [Fraction(v) for v in re.findall(r"\d{1,3}", m["run"])]
            if len(values) >= 2:
                halves.append(values)
        for half in halves:
            for whole in (half + half[::-1], half + half[-2::-1]):
                if sum(whole) == total and len(whole) >= min_sections and (not here or len(whole) in here):
                    if all(v > 0 for v in whole):
                        return True
    return False


def dictates(rest: str, total: int, min_sections: int) -> bool:
    """Whether ``rest`` (a prompt without its data, folded) fixes ``min_sections`` durations
    or more that make ``total`` minutes through a named structure or a rule between parts
    (see the module)."""
    from workshop.prompts import schedule  # schedule reads the structures' minutes as numbers

    text = rest[:20_000]
    if _each_named(text, total, min_sections) or _ruled(text, total, min_sections):
        return True
    if _indexed(text, total, min_sections):  # parts by their numbers (fix-helper fix58, round 58)
        return True
    if _mirrored(text, total, min_sections):  # a first half mirrored (round 40)
        return True
    if _named(text):
        written = _as_minutes(text)
        return hints.equal_parts(written, total, min_sections) or schedule.dictates(
            written, total, min_sections
        )
    return False


# Fix-helper fix58 (round 58): the parts' durations fixed part by part, by their numbers: a value or a
# schema that leaves one ("parts 1 and 6 use {"minimum": 5, "maximum": 5}", « parties 2 et 5 : 10 min »),
# the bound of a range stated for every part ("each duration between 5 and 15, parts 1 and 6 take the
# minimum, parts 3 and 4 the maximum"), parts said equal ("parts 2 and 5 are equal"), over one line or
# several. Parts that all get a value, the equal ones sharing what the total leaves, in ``min_sections``
# parts or more, dictate the plan. The shortest or longest parts ("parts 1 and 6 are the shortest": shorter
# than the others, not the range's bound), a range per part or parts left open fix nothing.
_PARTS_NAMED = re.compile(
    r"(?<![\w'-])(?:parties|partie|parts?|sections?|blocs?|blocks?|segments?)[ \t]++"
    r"(?P<ids>\d{1,2}(?:[ \t]*+(?:,|et|and|&)[ \t]*+\d{1,2}){0,11})(?![\w.,]\d|\d)"
)
_RANGE = re.compile(
    r"(?<![\w'-])(?:entre|between)[ \t]++(?P<lo>\d{1,3})[ \t]++(?:et"
    r"|and)[ \t]++(?P<hi>\d{1,3})(?!\d)")
_PINNED_SCHEMA = re.compile(
    r"\"minimum\"[ \t]*+:[ \t]*+(?P<a>\d{1,3})[ \t]*+,[ \t]*+\"maximum\"[ \t]*+:[ \t]*+(?P<b>\d{1,3})(?!\d)"
    r"|\"const\"[ \t]*+:[ \t]*+(?P<c>\d{1,3})(?!\d)"
)
_PART_MINUTES = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})[ \t]*+(?:minutes?|mins?|mn)(?![\w'-])")
# the range's own bound ("take the minimum"), not a comparison between parts ("the shortest")
_PART_LEAST = re.compile(r"(?<![\w'-])(?:le|the)[ \t]++(?:minimum|min)(?![\w'-])")
_PART_MOST = re.compile(r"(?<![\w'-])(?:le|the)[ \t]++(?:maximum|max)(?![\w'-])")
_PART_EQUAL = re.compile(
    r"(?<![\w'-])(?:egales?|egaux|equal|the[ \t]++same"
    r"|identiques?|meme[ \t]++duree)(?![\w'-])")
_PART_CLAUSE_END = re.compile(r"[;\n]|\.(?!\d)")


def _indexed(text: str, total: int, min_sections: int) -> bool:
    heads = list(_PARTS_NAMED.finditer(text))[:40]
    if len(heads) < 2:
        return False
    span = _RANGE.search(text)
    lo, hi = (int(span["lo"]), int(span["hi"])) if span else (None, None)
    values: dict[int, Fraction] = {}
    ties: list[list[int]] = []
    for k, head in enumerate(heads):
        ids = [int(i) for i in re.findall(r"\d{1,2}", head["ids"])]
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        clause = text[head.end() : end]
        stop = _PART_CLAUSE_END.search(clause)
        clause = clause[: stop.start()] if stop else clause
        pinned = _PINNED_SCHEMA.search(clause)
        minutes = _PART_MINUTES.search(clause)
        value: int | None = None
        if pinned and (pinned["c"] or pinned["a"] == pinned["b"]):
            value = int(pinned["c"] or pinned["a"])
        elif pinned:
            continue  # a range per part leaves a choice
        elif _PART_LEAST.search(clause) and lo is not None:
            value = lo
        elif _PART_MOST.search(clause) and hi is not None:
            value = hi
        elif minutes and not _BOUND.search(clause[: minutes.start()]):
            value = int(minutes["n"])
        elif _PART_EQUAL.search(clause) and len(ids) >= 2:
            ties.append(ids)
            continue
        if value is None or value <= 0:
            continue
        for i in ids:
            if values.setdefault(i, Fraction(value)) != value:
                return False  # two values for one part: no one plan
    count = max([*values, *(i for tie in ties for i in tie)], default=0)
    if count < min_sections or count > MAX_PARTS:
        return False
    left = [tie for tie in ties if not any(i in values for i in tie)]
    for tie in ties:
        known = [values[i] for i in tie if i in values]
        for i in tie:
            if known:
                values.setdefault(i, known[0])
    if len(left) > 1:
        return False
    if left:
        free = sorted(set(left[0]))
        rest = total - sum(values.values())
        if rest <= 0:
            return False
        for i in free:
            values[i] = Fraction(rest, len(free))
    return set(values) == set(range(1, count + 1)) and sum(values.values()) == total
