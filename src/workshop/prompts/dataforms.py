"""The task's data in an equivalent written form, read as what it defines (round 22b), before
prompt-data looks for its facts: a line's equation in any linear form ("4x − y + 6 = 0",
"y = 6 + 4x", "−4x + y = 6", "y − 6 = 4x") is written as the slope and intercept it defines
("y = 4x + 6", a negative one as "neg4": "y = −4x + 6" is another line); a clock span ("de
14 h à 15 h", "from 2 pm to 3 pm", "9h00–10h00") as the duration it lasts ("de 60
minutes"). Only the form changes: another line or another length
is read as such (another line stays another line, two hours stay 120 minutes).

Round 24b: a line described by its slope and intercept in words ("la droite de coefficient
directeur 4 et d'ordonnée à l'origine 6", "the line with a slope of 4 and a y-intercept of
6", in either order) is that line, written "y = 4x + 6"; one number alone defines no line."""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from workshop.prompts import voiced

# An equation of x and y: a run of digits, x, y, signs, products and "=" (no comma: "x = 5, y =
# 10" is a point, read elsewhere), one "=" in it. One possessive run: linear
# (tests/test_prompts_redos.py); the run is cut in Python.
_EQUATION = re.compile(r"[\dxy \t+*×.−–=-]++")
_TERM = re.compile(r"[+-]?+[^+-]++")
_COEFFICIENT = re.compile(r"([+-]?+)(\d++(?:\.\d++)?+)?+([xy]?+)")


def _side(side: str) -> dict[str, Fraction] | None:
    """A side's coefficients of x, y and 1, or None when it is not a sum of such terms."""
    total = {"x": Fraction(0), "y": Fraction(0), "": Fraction(0)}
    terms = _TERM.findall(side)
    if not terms:
        return None
    for term in terms:
        found = _COEFFICIENT.fullmatch(term)
        if found is None or not (found.group(2) or found.group(3)):
            return None
        value = Fraction(found.group(2)) if found.group(2) else Fraction(1)
        total[found.group(3)] += -value if found.group(1) == "-" else value
    return total


def _number(value: Fraction) -> str:
    """A coefficient as one word: "4", "0.5", "neg4" (a minus sign is no word of its own, so
    "y = −4x + 6" is not read as the line y = 4x + 6)."""
    plain = str(abs(value.numerator)) if value.denominator == 1 else f"{float(abs(value)):g}"
    return ("neg" if value < 0 else "") + plain


def _line(found: re.Match[str]) -> str:
    raw = found.group(0)
    before = found.string[found.start() - 1] if found.start() else " "
    if (
        raw.count("=") != 1
        or not (set(raw) & {"x", "y"})
        or (before.isalnum() or before in "_.")
        and raw[0] not in " \t"
    ):
        return raw  # no equation, or the end of a word ("ax = 5")
    lead = raw[: len(raw) - len(raw.lstrip(" \t.*×"))]
    kept = raw.rstrip(" \t+*×.−–-")
    tail = raw[len(kept) :]
    plain = re.sub(r"[ \t*×]", "", kept[len(lead) :]).replace("−", "-").replace("–", "-")
    sides = plain.split("=")
    if len(sides) != 2:
        return raw
    left, right = _side(sides[0]), _side(sides[1])
    if left is None or right is None:
        return raw
    x, y, c = (left[k] - right[k] for k in ("x", "y", ""))
    if x == 0 or y == 0:  # a vertical or horizontal line: no slope-intercept data to restate
        return raw
    slope, intercept = -x / y, -c / y
    return f"{lead}y = {_number(slope)}x + {_number(intercept)}{tail}"


def lines_read(prompt: str) -> str:
    """Every linear equation of x and y written as "y = mx + p"."""
    return _EQUATION.sub(_line, prompt)


# A clock span: two times, each with its mark (h, :mm, am/pm), joined by "à", "to", "-"...,
# after "de", "from", "entre", "between" or alone ("9h00–10h00").
def _time(n: int) -> str:
    return (
        rf"(?P<h{n}>\d{{1,2}})[ \t]*+"
        rf"(?:h(?![^\W\d_])[ \t]*+(?P<m{n}>\d{{2}})?+|:(?P<c{n}>\d{{2}})|(?=[ \t]*+[ap]\.?m\b))"
        rf"[ \t]*+(?:(?P<p{n}>[ap])\.?m\b\.?)?+"
    )


_SPAN = re.compile(
    r"(?i)(?:\b(?P<lead>de|from|entre|between)[ \t]++)?+(?<![\d:])"
    + _time(1)
    + r"[ \t]*+(?:a|à|to|and|et|until|jusqu'?à|-|–|—)[ \t]*+"
    + _time(2)
    + r"(?!\d|:\d)"
)


def _minutes(hours: str, minutes: str | None, half: str | None) -> int | None:
    hour = int(hours)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 24 or (minutes and int(minutes) > 59):
        return None
    return hour * 60 + int(minutes or 0)


def _duration(found: re.Match[str]) -> str:
    start = _minutes(found["h1"], found["m1"] or found["c1"], found["p1"] or found["p2"])
    end = _minutes(found["h2"], found["m2"] or found["c2"], found["p2"])
    if start is None or end is None or end <= start:
        return found.group(0)
    lead = found["lead"]
    word = {"de": "de ", "entre": "de ", "from": "of ", "between": "of "}.get((lead or "").lower(), "")
    tail = found.group(0)[len(found.group(0).rstrip(" \t")) :]
    return f"{word}{end - start} minutes{tail}"


def spans_read(prompt: str) -> str:
    """Every clock span written as the minutes it lasts."""
    return _SPAN.sub(_duration, prompt)


# A line's slope and intercept named in words, each noun then its number ("pente 4", "slope of
# 4", "dont le coefficient directeur est 4"), joined by "et"/"and" and a few small words.
_SLOPE = r"(?:coefficient[ \t]++directeur|pente|slope|gradient)"
_INTERCEPT = r"(?:ordonn[ée]e[ \t]++[àa][ \t]++l['’][ \t]*+origine|y[ \t-]?+intercept|intercept)"
_IS = r"[ \t]*+(?:(?:est|vaut|égal[ \t]++à|egal[ \t]++a|is|of|equal[ \t]++to|equals|=|:)[ \t]*+)?+"
_VALUE = r"([+−–-]?+)[ \t]*+(\d++(?:\.\d++)?+)(?![\d.,]?+\d)"
_JOIN = (
    r"[ \t]*+,?+[ \t]*+(?:et|and)[ \t]++(?:(?:(?:de|pour|with|has|a|an|its|son|sa|whose|dont|le|la|the)"
    r"(?![a-z])|[dl]['’])[ \t]*+){0,3}"
)
_SLOPE_FIRST = re.compile(rf"(?i)\b{_SLOPE}{_IS}{_VALUE}{_JOIN}{_INTERCEPT}{_IS}{_VALUE}")
_INTERCEPT_FIRST = re.compile(rf"(?i)\b{_INTERCEPT}{_IS}{_VALUE}{_JOIN}{_SLOPE}{_IS}{_VALUE}")


def _signed(sign: str, digits: str) -> Fraction:
    return -Fraction(digits) if sign and sign != "+" else Fraction(digits)


def _slope_first(found: re.Match[str]) -> str:
    return f"y = {_number(_signed(found[1], found[2]))}x + {_number(_signed(found[3], found[4]))}"


def _intercept_first(found: re.Match[str]) -> str:
    return f"y = {_number(_signed(found[3], found[4]))}x + {_number(_signed(found[1], found[2]))}"


def slopes_read(prompt: str) -> str:
    """Every line told by its slope and intercept in words written as "y = mx + p"."""
    return _INTERCEPT_FIRST.sub(_intercept_first, _SLOPE_FIRST.sub(_slope_first, prompt))


# Round 25b: the sign of parallel lines between two lines ("(Δ) ∥ (D)", "(d) // (D)", "d' ∥ y = 4x
# + 6") is the word "parallel": a line's name (a letter, maybe with a digit or a prime, in
# brackets or alone) on its left, a name or an equation on its right. "//" between other
# things (a comment, a link, "6 // 2") and "⊥" (perpendicular) say nothing of it.
_NAME = r"(?:\([ \t]*+[^\W\d_][\d'’]?+[ \t]*+\)|(?<![\w'’])[^\W\d_][\d'’]?+(?![\w'’]))"
_PARALLEL_SIGN = re.compile(rf"({_NAME})[ \t]*+(?:∥|//|\|\|)[ \t]*+(?={_NAME}|\(?+[ \t]*+y[ \t]*+=)")


def parallels_read(prompt: str) -> str:
    """Every sign of parallel lines written as the word."""
    return _PARALLEL_SIGN.sub(r"\1 parallel to ", prompt)


# Round 30: a translation's direction written as language codes ("Traducteur technique FR→EN",
# "FR -> EN", "fr → en", "Traduction FR-EN", "Langue cible : EN", "target language: EN-GB",
# "from FR into EN") names its target language as "en anglais" or "into English" does: the
# target code is read as the language's name. Only the target after an arrow, a dash or a
# word of direction, or after "cible", "target", "into", is read: "EN→FR" asks for French,
# "FR→ES" for Spanish, and "en" alone stays the French preposition (a code is written in capitals
# unless an arrow stands before it).
_LANGUAGES = dict(
    pair.split("=")
    for pair in "EN=english ENG=english FR=french FRA=french ES=spanish DE=german IT=italian PT=portuguese"
    .split()
)
_CODE = r"(?:EN|ENG|FR|FRA|ES|DE|IT|PT)"
_REGION = r"(?:[-_](?:US|GB|UK|AU|CA|FR|BE|CH))?+"
_ARROW = r"(?:→|->|-->|=>|⇒|➔|➜|⟶|>)"
_TARGET_CODE = re.compile(
    # an arrow then a code in any case ("fr → en"), the source code before it
    rf"(?i:\b{_CODE}[ \t]*+{_ARROW}[ \t]*+)(?P<arrowed>(?i:{_CODE}))(?i:{_REGION})(?![\w-])|"
    # a dash or a word between two codes in capitals ("FR-EN", "FR to EN", "FR vers EN")
    rf"\b{_CODE}[ \t]*+(?:[-–—]|(?i:to|into|vers))[ \t]*+(?P<dashed>{_CODE}){_REGION}(?![\w-])|"
    # the target named by its role, the code in capitals ("Langue cible : EN", "into EN")
    r"(?i:\b(?:langue[ \t]++(?:cible|d'arriv[ée]e|de[ \t]++sortie)|cible|target(?:[ \t]++language)?|"
    r"output[ \t]++language|into|vers)[ \t]*+:?[ \t]*+)"
    rf"(?P<named>{_CODE}){_REGION}(?![\w-])|"
    # "en EN", "in EN": English only ("in IT" is a trade's field)
    rf"(?i:\b(?:en|in)[ \t]++)(?P<plain>EN|ENG){_REGION}(?![\w-])"
)
_GROUPS = ("arrowed", "dashed", "named", "plain")


def _language_named(found: re.Match[str]) -> str:
    group = next(name for name in _GROUPS if found[name])
    head = found.group(0)[: found.start(group) - found.start()]
    return head + " " + _LANGUAGES[found[group].upper()] + " "


def languages_read(prompt: str) -> str:
    """Every target language written as a code ("FR→EN") written as its name ("FR→ english ")."""
    return _TARGET_CODE.sub(_language_named, prompt)


# Round 42 (fix-helper fairmcq42): a count given as a record's field, its verb left out ("Each
# brother: 2 sisters", « Chaque frère → 2 sœurs », "each brother = 2 sisters"), as in a code block
# of data: written with its verb ("each brother has 2 sisters", « chaque frère a 2 sœurs »). Only
# after each/every/chaque, a count in digits before its noun (so live mode's counterfactual, which
# rewrites a count before its noun, changes it: "Sisters per brother: 2" is not read, it could not).
_WORD = r"[^\W\d_]{3,20}+"
_FIELD = r"[ \t]*+(?::|=|->|→|=>|⇒)[ \t]*+"
_EACH = re.compile(
    rf"(?i)\b(?P<each>chaque|each|every)[ \t]++(?P<whole>{_WORD}){_FIELD}"
    rf"(?P<n>\d{{1,3}}+)[ \t]++(?P<part>{_WORD})"
)


def _each(found: re.Match[str]) -> str:
    verb = "a" if found["each"].lower() == "chaque" else "has"
    return f"{found['each']} {found['whole']} {verb} {found['n']} {found['part']}"


def records_read(prompt: str) -> str:
    """Every count given as a record's field after "each" written with its verb."""
    return _EACH.sub(_each, prompt)


# Session 54 (fix-helper fix93, round 92's r92f-coprime-tableau-nombres): the data given in a Markdown table,
# one value a row ("| n° | nombre |", "| 1 | 35 |", "| 2 | 64 |"), is the data as a list: each column's
# cells are also read on a line of their own after the table ("nombre 35 64"), so that the values a column
# holds stand side by side as prose would write them (a row's index column reads "n° 1 2", no fact).
_TABLE_ROW = re.compile(r"^[ \t]*+\|[^\n|]*+\|[^\n]*+$", re.M)  # its end checked in Python
_RULE_CELL = re.compile(r":?-{2,}+:?")  # a stripped cell
MAX_TABLE_ROWS = 60


def columns_read(prompt: str) -> str:
    """The prompt with each Markdown table's columns written after it, one line a column."""
    rows = [
        m
        for count, m in enumerate(_TABLE_ROW.finditer(prompt))
        if count < MAX_TABLE_ROWS and m.group(0).rstrip().endswith("|")
    ]
    if len(rows) < 2:
        return prompt
    blocks: list[list[re.Match[str]]] = []
    for m in rows:
        if blocks and prompt[blocks[-1][-1].end() : m.start()] == "\n":
            blocks[-1].append(m)
        else:
            blocks.append([m])
    out, last = [], 0
    for block in blocks:
        cells = [
            [c.strip() for c in m.group(0).strip().strip("|").split("|")]
            for m in block
            if not all(_RULE_CELL.fullmatch(c.strip()) for c in m.group(0).strip().strip("|").split("|"))
        ]
        width = len(cells[0]) if cells else 0
        if len(cells) < 2 or width < 1 or any(len(row) != width for row in cells):
            continue
        columns = "\n".join(" ".join(row[i] for row in cells) for i in range(width))
        out += [prompt[last : block[-1].end()], "\n", columns]
        last = block[-1].end()
    return "".join(out) + prompt[last:] if out else prompt


@functools.lru_cache(maxsize=256)  # each data fact of a task reads the same prompt
def read(prompt: str) -> str:
    """The prompt with its lines, clock spans, languages and counts as fields in the forms
    prompt-data's facts name."""
    said = voiced.equations_read(prompt)  # round 45: "y égale quatre x plus six"
    said = columns_read(said)  # session 54: a table's columns, one line each
    return records_read(languages_read(spans_read(slopes_read(lines_read(parallels_read(said))))))
