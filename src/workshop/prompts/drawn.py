"""Durations drawn or written in another notation (issue 11, round 40): the plan's durations
dictated as the lengths of bars ("Accueil █ / Définition ██ … (chaque █ = 5 min)", "[=====]",
"🟩🟩", "####" with "each # is 2.5 minutes") or as a list of Roman numerals ("V, X, XV, XV, X, V
minutes").

Principle: :mod:`schedule` reads the quantities the student wrote in digits and words; a
length drawn is a quantity too. A bar is a run of one glyph (a block, a square, an emoji
square, or "#", "=", "*" and the like inside brackets or given a unit); the runs of one glyph
that follow one another (each after a label, no blank line between) are the parts' lengths.
A legend that gives the glyph a duration ("█ = 5 min", "each # is 2.5 minutes", "one = per
minute", "1 case 🟩 = 5 min") makes each run that many minutes: the runs that make the total
in ``min_sections`` parts or more are dictated. Without a legend, a bar chart of
``min_sections`` labelled lines or more, each with one run of a block glyph, drawn where the
lead speaks of time or scale ("drawn to scale", "timeline", "planning"), cuts the total in
proportion: its shares are dictated. A run of ``min_sections`` Roman numerals or more joined as
a list ("v, x, xv", "V, X et XV") is read as its numbers, then by :mod:`schedule`. A single
glyph (a progress bar ▮▮▮▯▯▯, an underline "=====", one bar asked for) or a numeral alone
("chapitre V", "Louis XIV", "parts I, II") fixes nothing."""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts.reread import roman_value

MAX_RUNS = 200
# glyphs drawn as bars on their own; "#", "=", "*", "-" only inside brackets or with a legend
_BLOCKS = "█▮■▓▒▬◼⬛▰🟩🟦🟥🟨🟧🟪🟫⬜"
_MARKS = "#=*+~"
_UNIT = r"(?P<u>minutes?|mins?|mn|m(?![a-z])|secondes?|seconds?|secs?|s(?![a-z])|heures?|hours?|h(?![a-z]))"
_VERB = (
    r"(?:=|:|vaut|valent|represente\w*+|represents?|is|are|stands?\s++for|equals?|means?|correspond\w*+(?:\s++a)?|"
    r"egale?|signifie|fait|->|→)"
)
_TIME_LEAD = re.compile(
    r"\b(?:temps|time|timing|timeline|durees?|durations?|minutes?|heures?|hours?|planning|schedule|gantt|"
    r"chronolog\w*+|echelle|scale|proportion\w*+|minutage|agenda)\b"
)


def _legend(text: str, glyph: str) -> tuple[Fraction, int, int] | None:
    """The minutes one ``glyph`` stands for, and the legend's span, or None."""
    g = re.escape(glyph)
    legend = re.compile(
        rf"(?<!{g}){g}\s*+(?:{_VERB}\s*+(?:a\s++|to\s++)?(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?|une?|one|a)\s*+{_UNIT}"
        rf"|(?:par|per|pour|a|an|/)\s*+(?P<u1>minute|min|mn)\b)"
    )
    m = legend.search(text)
    if not m:
        return None
    if m["u1"]:
        return Fraction(1), m.start(), m.end()
    number = Fraction(1) if m["n"] in ("un", "une", "one", "a") else Fraction(m["n"].replace(",", "."))
    unit = m["u"]
    minutes = number / 60 if unit.startswith("s") else number * 60 if unit.startswith("h") else number
    return minutes, m.start(), m.end()


def _runs(text: str, glyph: str, legend: tuple[int, int] | None) -> list[list[tuple[int, int, int]]]:
    """Passages of (start, end, length) runs of ``glyph``, each run after a label, no blank line
    between two runs of a passage, the legend's own glyph left out."""
    g = re.escape(glyph)
    passages: list[list[tuple[int, int, int]]] = []
    last_end = -1
    for m in list(re.finditer(rf"(?:{g})++", text))[:MAX_RUNS]:
        if legend and legend[0] <= m.start() < legend[1]:
            continue
        start, end = m.start(), m.end()
        if glyph in _MARKS:  # a mark is a bar only inside brackets: "[=====]", "|####|"
            if not (text[start - 1 : start] in "[|(" and text[end : end + 1] in "]|)") and not legend:
                continue
        run = (start, end, (end - start) // len(glyph))
        gap = text[last_end:start] if last_end >= 0 else ""
        if (
            passages
            and len(gap) <= 120
            and not re.search(r"\n[ \t]*+\n", gap)
            and re.search(r"[a-z0-9]", gap)
        ):
            passages[-1].append(run)
        else:
            passages.append([run])
        last_end = end
    return passages


def _lined(text: str, passage: list[tuple[int, int, int]]) -> bool:
    """Whether each run of ``passage`` has a line of its own (a bar chart's rows)."""
    lines = [text.count("\n", 0, start) for start, _, _ in passage]
    return len(set(lines)) == len(lines)


def _bars(text: str, total: int, min_sections: int) -> bool:
    glyphs = {c for c in text if c in _BLOCKS} | {c for c in _MARKS if c in text}
    for glyph in sorted(glyphs)[:20]:
        legend = _legend(text, glyph)
        for passage in _runs(text, glyph, legend[1:] if legend else None):
            lengths = [n for _, _, n in passage]
            if legend:
                minutes = [n * legend[0] for n in lengths]
                for i in range(len(minutes)):
                    running = Fraction(0)
                    for j in range(i, min(len(minutes), i + 16)):
                        running += minutes[j]
                        if running == total and j - i + 1 >= min_sections:
                            return True
                        if running > total:
                            break
                continue
            if glyph in _BLOCKS and len(passage) >= min_sections and _lined(text, passage):
                lead = text[max(0, passage[0][0] - 160) : passage[0][0]]
                lead = re.split(r"[.!?](?!\d)", lead)[-1]
                if _TIME_LEAD.search(lead):
                    return True  # a bar chart of the hour: its shares (proportions)
    return False


# -- Roman numerals --------------------------------------------------------------------------------
_ROMAN_TOKEN = r"(?=[ivxlc])(?:c{0,3}+(?:xc|xl|l?+x{0,3}+)(?:ix|iv|v?+i{0,3}+))"
_ROMAN_RUN = re.compile(
    rf"(?<![\w'-]){_ROMAN_TOKEN}(?![\w'-])(?:\s*+(?:,|;|/|-|–|et|and|puis|then)\s*+{_ROMAN_TOKEN}(?![\w'-]))++"
)
# a list of numerals is durations when its lead speaks of time or a unit follows it ("durées : V, X, XV",
# "V, X et XV minutes"), not after the noun of what they number ("parts I, II, III", "Louis XIV")
_TIMED_AFTER = re.compile(r"(?<![\s(])\s*+(?:\(\s*+)?(?:minutes?|mins?|mn|secondes?|seconds?|secs?)\b")
_TIMED = re.compile(
    r"\b(?:durees?|durations?|minutes?|mins?|temps|times?|timing|lengths?|longueurs?|secondes?|seconds?)\b"
)
_INDEXED = re.compile(
    r"\b(?:parties|partie|parts?|sections?|chapitres?|chapters?|tomes?|volumes?|livres?|books?|actes?|acts?|"
    r"episodes?|saisons?|seasons?|scenes?|louis|henri|henry|charles|napoleon|pie|jean|george|elizabeth|"
    r"siecles?|centur\w*+|numeros?|numbers?|annexes?|appendix\w*+|articles?|titres?|titles?)\s*+$"
)


def romans_read(text: str, min_sections: int) -> str:
    """``text`` with each list of ``min_sections`` Roman numerals or more written in digits."""

    def digits(m: re.Match[str]) -> str:
        tokens = re.findall(r"[ivxlc]++", m[0])
        if len(tokens) < min_sections or all(t == "i" for t in tokens):
            return m[0]
        lead = re.split(r"[.!?\n](?!\d)", text[max(0, m.start() - 80) : m.start()])[-1]
        if _INDEXED.search(lead) or not (_TIMED.search(lead) or _TIMED_AFTER.match(text, m.end())):
            return m[0]  # "parts I, II and III", "chapitres V, VI, VII": numbers of things, no durations
        return ", ".join(str(roman_value(t)) for t in tokens)  # "v / x" is no fraction

    return _ROMAN_RUN.sub(digits, text) if re.search(r"(?<![\w'-])[ivxlc]++(?![\w'-])", text) else text


def dictates(rest: str, total: int, min_sections: int) -> bool:
    """Whether ``rest`` (a prompt without its data, folded) fixes ``min_sections`` durations or
    more that make ``total`` minutes as drawn lengths or Roman numerals (see the module)."""
    from workshop.prompts import schedule

    text = rest[:20_000]
    if _bars(text, total, min_sections):
        return True
    read = romans_read(text, min_sections)
    return read != text and schedule.dictates(read, total, min_sections)
