"""A plan's parts named one by one, each given its duration in any notation (issue 11, round 62).

Round 62 gave every section's title with a duration said through shared knowledge ("accueil : les
doigts d'une main ; définition : le quart d'heure de Warhol ; fonctionnement : un XV de rugby ; …",
"intro: a high five; what it is: Warhol's fifteen minutes; …; Q&A: the Jackson 5"): the grader need
not know what each reference is worth to see that the prompt writes the plan, part by part, and leaves
the model nothing to choose.

Principle: a run of ``min_sections`` items or more, one a line or separated by ";", each "title :
value" (or "—", "–", "=", "→"), announced as durations (a word of time — durée, minutage, minutes,
duration, timing — in the lead of the run or in its items), every value filled (no "?", "…", "à
définir", "libre"), and at least half the values holding a number of some kind (a figure, a number
word, a share of an hour, a Roman numeral, "numéro"/"number"), dictates the durations. Titles alone
("intro ; démo ; questions"), titles with their content ("intro : contexte ; démo : un exemple"),
titles with words of length only ("intro : courte ; démo : longue") leave the durations open.

Limits: items written in one sentence with commas ("accueil les doigts d'une main, définition le quart
d'heure…") are not read; a list of titles with numbered contents under a word of time ("durées à ta
main : intro : 3 exemples ; démo : 2 cas ; questions : 5 questions") would be read as dictated."""

from __future__ import annotations

import re

from workshop.prompts.text import NUMBER_WORDS, fold

MAX_CHUNKS = 400
MAX_TITLE_WORDS = 6

_SEPARATOR = re.compile(r"(?<![ \t])[ \t]*+(?::|—|–|=|→|->|(?<=\s)-(?=\s))[ \t]*+")
_TITLE = re.compile(r"[a-z&][\w&'? -]{0,60}+")
_TIME_CUE = re.compile(
    r"\b(?:durees?|duration\w*|minutes?|mins?|minutage|chronometr\w*|timing|timings|temps|times?|"
    r"longueurs?|lengths?|horaires?|schedule|timetable)\b"
)
_PLACEHOLDER = re.compile(
    r"^\W*+(?:\?+|\.\.\.|…|_+|x+|tbd|todo|a\s++definir|a\s++voir|a\s++toi\s++de\s++voir|libre|free|open|"
    r"to\s++be\s++decided|as\s++needed|selon\s++besoin)?\W*+$"
)
_WORDS = sorted(
    (w for w in NUMBER_WORDS if w not in ("a", "an", "un", "une", "one", "single")), key=len, reverse=True
)
_NUMBERED = re.compile(
    r"\d|\b(?:" + "|".join(_WORDS) + r")\b|\b(?:quarts?|quarters?|demie?|half|moitie|tiers|third|"
    r"numeros?|numbers?|nombres?|n°)\b|\b(?=[ivxlc]{2,7}\b)(?:x{0,3})(?:ix|iv|v?i{0,3})\b"
)


def _items(chunk: str) -> tuple[str, str, str] | None:
    """(lead, title, value) of a chunk that ends with an item "title : value", the lead being what stands
    before its title."""
    chunk = chunk.strip(" \t*-•>")
    chunk = re.sub(r"^\d{1,2}\s*+[.)]\s*+", "", chunk)  # "1. intro : …"
    found = list(_SEPARATOR.finditer(chunk))
    if not found:
        return None
    last = found[-1]
    value = chunk[last.end() :].strip(" \t.!")
    head = chunk[: last.start()]
    title = re.split(r"[:.!?»«\"]", head)[-1].strip()
    if not value or not _TITLE.fullmatch(title) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    return head[: len(head) - len(title)].rstrip(), title, value


def dictates(rest: str, min_sections: int) -> bool:
    """Whether ``rest`` (a prompt without its data) names ``min_sections`` parts or more, each with a
    duration of its own (see the module)."""
    text = fold(rest[:20_000])
    chunks = re.split(r"[;\n]", text)[:MAX_CHUNKS]
    run: list[tuple[str, str, str]] = []
    before = ""
    for chunk in [*chunks, ""]:
        item = _items(chunk) if chunk.strip() else None
        if item and (not run or not item[0].strip()):
            if not run:
                before = item[0]
            run.append(item)
            continue
        if len(run) >= min_sections and _durations(before, run):
            return True
        run, before = ([item], item[0]) if item else ([], "")
    return False


def _durations(lead: str, run: list[tuple[str, str, str]]) -> bool:
    values = [value for _, _, value in run]
    if any(_PLACEHOLDER.match(v) for v in values):
        return False
    if not (_TIME_CUE.search(lead[-200:]) or any(_TIME_CUE.search(v) for v in values)):
        return False
    return 2 * sum(1 for v in values if _NUMBERED.search(v)) >= len(values)


# Round 66 (fix-helper fix66): every part given one duration, in figures, in words or by a cross-reference
# (« de 10 minutes chacune », "each part lasts ten minutes", "each part lasts as many minutes as five times
# Caroline's brothers", « chacune durant cinq fois le nombre de frères de Caroline en minutes »). With the
# plan's total, one duration for every part leaves nothing to choose: the count is the total over it, and a
# duration told through another quantity (another task's answer, the statement's numbers) is a duration in
# another notation, as round 62's references were. The lead's rule (session 48): a fixed count AND per-part
# duration, whatever their notation, dictate the durations; a total alone, a range or a bound ("at least 5
# minutes each", « entre 5 et 15 minutes »), an approximate one ("about 10 minutes each"), a count alone or
# durations left to the model do not.
_EACH = re.compile(
    r"\b(?:chaque\s++(?:partie|section|sequence|bloc|etape|point|chapitre|segment|moment)|chacune|chacun|"
    r"each(?:\s++(?:part|section|segment|block|step|chapter|slot|one))?|every\s++(?:part|section|segment|block))\b"
)
_PER_PART = re.compile(r"\b(?:par\s++partie|per\s++(?:part|section|segment|block)|apiece)\b")
_CROSS = re.compile(
    r"\b(?:autant\s++de\s++minutes|as\s++many\s++minutes|(?:fois|times)\b[^.;:!?\n]{1,80}?\b(?:en\s++)?minutes?)\b"
)
_EACH_MINUTES = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}|" + "|".join(_WORDS) + r")[ \t]*+(?:-[ \t]*+)?(?:minutes?|mins?|mn)\b"
)
_LOOSE = re.compile(
    r"\b(?:au\s++moins|au\s++plus|at\s++least|at\s++most|au\s++minimum|au\s++maximum|minimum|maximum|max|min|"
    r"environ|about|around|roughly|approximately|approx|jusqu'a|up\s++to|entre|between|from|moins\s++de|"
    r"plus\s++de|less\s++than|more\s++than|under|over|sous|pas\s++plus|no\s++more|ou|or|a|to|et|and|sauf|except|"
    r"total|tout|en\s++tout|in\s++all|ne|pas|not|never|jamais|no)\s*+$"
)


# after the minutes: a range, a bound, a comparison ("10 to 15", "10 minutes or less", "10 minutes longer
# than I'd like", « 10 minutes de plus »): no duration of its own
_RANGE_NEXT = re.compile(
    r"(?<!\s)\s*+(?:(?:-|a|to|ou|or|et|and)\s*+\d|(?:or|ou)\s++(?:less|more|moins|plus)|"
    r"(?:longer|shorter|more|less|earlier|later|extra|too|over|de\s++plus|de\s++moins|en\s++plus|en\s++moins|"
    r"plus|moins|supplementaires?)\b)"
)


# before the minutes: the top of a range ("5–15 minutes each"), a step ("a multiple of 5 minutes",
# « par tranches de 5 minutes »)
_RANGE_BEFORE = re.compile(
    r"\d[ \t]*+[-–—][ \t]*+$"
    r"|\b(?:multiples?|tranches?|steps?|blocks?|increments?|pas|paliers?|chunks?)[ \t]++(?:of|de|d')[ \t]*+$"
)
_PART_NOUN = re.compile(
    r"\b(?:parties|partie|parts?|sections?|segments?|blocs?|blocks?|etapes?|steps?|chapitres?|chapters?|"
    r"sequences?|moments?|slots?)\b"
)


def _value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


# Round 85 (fix85): "per 5 minutes", « par tranche de 5 minutes », "every 5 minutes": a rate, no duration
_RATE_BEFORE = re.compile(r"\b(?:per|par|every|toutes\s++les|tranches?\s++de)\s*+$")


def each_fixed(rest: str, total: float, min_sections: int) -> bool:
    """Whether ``rest`` (a prompt without its data) gives every part one duration: a number of minutes
    that leaves ``min_sections`` parts or more of the ``total``, or a duration told by a cross-reference
    (see above), in the clause that says "each"."""
    text = fold(rest[:20_000])
    for clause in re.split(r"[.;:!?\n]|,\s++(?:et|and|puis|then|mais|but)\b", text)[:MAX_CHUNKS]:
        if not (_EACH.search(clause) or _PER_PART.search(clause)) or not _PART_NOUN.search(clause):
            continue  # "slides are 2 minutes each": each of something else (r45g41's fair near miss)
        if re.search(r"\b(?:si|if|whether|ne|n'|not|pas|never|jamais)\b", clause):
            continue
        if _CROSS.search(clause):
            return True
        # a number of minutes in the comma-clause that says "each", no complement after it ("keep each part
        # under 15 minutes, with 5 minutes of questions at the end": those 5 minutes are the questions')
        said = [c for c in clause.split(",") if _EACH.search(c) or _PER_PART.search(c)]
        for m in [m for c in said for m in list(_EACH_MINUTES.finditer(c))[:MAX_CHUNKS]]:
            if re.match(r"(?<!\s)\s*+(?:de|d'|des|du|of|for|pour)\b", m.string[m.end() :]):
                continue
            if _RATE_BEFORE.search(m.string[max(0, m.start() - 20) : m.start()]):
                continue  # "a text bar (one = per 5 minutes) for each part": a legend's rate (round 85)
            value = _value(m["n"])
            before = m.string[max(0, m.start() - 30) : m.start()]
            if not value or _LOOSE.search(before) or _RANGE_BEFORE.search(before):
                continue
            if _RANGE_NEXT.match(m.string, m.end()):
                continue  # a range or a bound, "10 to 15 minutes", "10 minutes or less"
            if value < total and total % value == 0 and total // value >= min_sections:
                return True
    return False
