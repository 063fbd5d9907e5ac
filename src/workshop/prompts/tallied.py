"""Values written as tallies, unary runs or sets (issue 11, round 83, fix-helper fix83), read as
the numbers they count before the dictation readers look at the prompt.

- A run of one block symbol (``▮▮▮``, ``■■``, ``●●●``, ``█``, ``🟩🟩``...) counts its symbols. The
  runs are read only when a legend gives one symbol's worth ("one ▮ per five minutes", "▮ = 5 min",
  « chaque ● vaut 5 minutes », "each ■ is 10 minutes": each run is then written as its minutes,
  "15 min") or when one run at least has two symbols: then each run is written as its share of the
  talk's whole duration when the prompt names one ("a one-hour presentation", twelve ▮ in all: 5 min
  each), else as its count. A list whose every item opens with one bullet ("• Intro • Demo") counts
  nothing.
- A run of tally bars (``|||``, ``IIII`` not) right after ``=`` or ``:`` and ending its clause
  ("PGCD(35, 64) = |", « sœurs : | ») counts its bars; a bar inside a table's row is no tally.
- A LaTeX macro's definition ("\\def\\nbSoeurs{1}", "\\newcommand{\\nbSoeurs}{1}") is written as an
  assignment, "nbSoeurs = 1" (session 59).
- A set of integers in braces ("les diviseurs communs : {1}", "{1, 5}") is written as its list
  ("1", "1, 5"); an empty set ("{}", "∅") after "=" or ":" said of common divisors or factors as « aucun »
  (after a French word) or "none" (a JSON's "{}" stays).
- The common divisors listed ("les diviseurs communs positifs de 35 et 64 : 1", "common factors of
  35 and 64: 1, 5") are followed by their largest, the gcd ("(PGCD = 1)"); not the common prime
  factors (their product is the gcd), not a part of the list ("some common divisors: 1").

- A list of equal slots, one part's name a slot ("my 5-minute slots: Welcome, AI, AI, Demo, Demo,
  Demo, …"), six items or more, a part on consecutive slots and never back after another, is written
  as each part with its minutes (the slot's length from "5-minute slots", « créneaux de 5 min », else
  the talk's whole duration shared by the slots).

Each reader keeps the text's other characters; star ratings (★☆) are no runs here (a review's
stars are the sentiment task's own data). Limits: a legend in hours or in another unit than the
minute is not read (the runs are then written as counts); a run of two different symbols
("▮▯") is two runs; tally bars grouped by fives with a slash ("||||/") are not read."""

from __future__ import annotations

import re

from workshop.prompts.text import NUMBER_WORDS

MAX_CHARS = 64 * 1024
_BLOCKS = "▮▯■□▪▫█▆▇◼◻⬛⬜◾◽●○◉⬤🟩🟦🟥🟨🟧🟪🟫⏺"
_RUN = re.compile(
    "(?P<run>" + "|".join(f"{re.escape(s)}++" for s in sorted(_BLOCKS, key=len, reverse=True)) + ")"
)
_WORDS = "|".join(
    sorted(
        (w for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 1 <= n <= 60 and len(w) > 2),
        key=len,
        reverse=True,
    )
)
_AMOUNT = rf"(?P<n>\d{{1,3}}+|{_WORDS})[ \t]*+(?:-[ \t]*+)?(?:minutes?|mins?|mn|')(?![\w])"
# a legend: the symbol, then within a short span a duration ("▮ = 5 min", "one ▮ per five minutes",
# « chaque ● vaut 5 minutes »), or the duration then the symbol ("5 min per ▮", « 5 minutes par ■ »)
_AFTER = re.compile(rf"[^\n.;!?]{{0,30}}?(?<![\w]){_AMOUNT}", re.IGNORECASE)
_BEFORE = re.compile(
    rf"(?<![\w]){_AMOUNT}[ \t]*+(?:par|per|pour|for|each|chaque|=|:)?[ \t]*+(?:un|une|one|a|1)?[ \t]*+\Z",
    re.IGNORECASE,
)
_TALLY = re.compile(r"(?<=[=:])[ \t]*+(?P<bars>\|{1,20}+)(?=[ \t]*+(?:[.;,)\n]|\Z))")
# Session 59 (fix105enc, round 105): a LaTeX macro's definition ("\\def\\nbSoeurs{1}",
# "\\newcommand{\\nbSoeurs}{1}", "\\renewcommand*\\pgcd{1}") is an assignment, "nbSoeurs = 1", read as
# any other.
_MACRO = re.compile(
    r"\\[gex]?def[ \t]*+\\(?P<name>[a-zA-Z@]{1,40}+)[ \t]*+\{[ \t]*+(?P<value>[^{}\n]{1,40}+)\}"
    r"|\\(?:re|provide)?newcommand\*?+[ \t]*+(?P<open>\{[ \t]*+)?\\(?P<name2>[a-zA-Z@]{1,40}+)"
    r"(?(open)[ \t]*+\})[ \t]*+\{[ \t]*+(?P<value2>[^{}\n]{1,40}+)\}"
)
_SET = re.compile(r"\{[ \t]*+(?P<items>\d{1,9}+(?:[ \t]*+[,;][ \t]*+\d{1,9}+){0,20}+)[ \t]*+\}")
_EMPTY = re.compile(r"(?<=[=:])(?P<blank>[ \t]*+)(?:\{[ \t]*+\}|∅)")


# The common divisors listed (a set read as its list first): their largest is the gcd. Not the
# common PRIME factors (their product is), not a part of the list ("some", « quelques », « parmi »).
_DIVISORS = re.compile(
    r"(?<![\w])(?:(?:les|des|leurs|their|the|its|ses)[ \t]++)?"
    r"(?P<noun>diviseurs[ \t]++(?:positifs[ \t]++)?communs|"
    r"common[ \t]++(?:positive[ \t]++)?(?:divisors|factors)|"
    r"facteurs[ \t]++communs|diviseurs[ \t]++en[ \t]++commun|"
    r"divisors[ \t]++in[ \t]++common|factors[ \t]++in[ \t]++common)(?P<between>[^\n.;:=!?]{0,80}+)[:=][ \t]*+"
    r"(?P<list>\d{1,9}+(?:[ \t]*+(?:,|et|and)[ \t]*+\d{1,9}+){0,30}+)(?=[ \t]*+(?:[.;,)!?\n(]|$))",
    re.IGNORECASE,
)
_PART = re.compile(
    r"\b(?:quelques|certains|parmi|some|few|among|including|dont|premiers|prime|autres|other)\b",
    re.IGNORECASE,
)


def _gcd_written(found: re.Match[str]) -> str:
    if _PART.search(found["between"]):
        return found.group(0)
    largest = max(int(n) for n in re.findall(r"\d++", found["list"]))
    french = found["noun"].lower().startswith(("diviseurs", "facteurs"))
    return f"{found.group(0)} ({'PGCD' if french else 'gcd'} = {largest})"


_EMPTY_OF = re.compile(r"(?P<fr>commun|diviseur|facteur|premier)|common|divisor|factor|prime", re.IGNORECASE)


def _empty_read(found: re.Match[str]) -> str:
    """An empty set said of common divisors or factors (« facteurs premiers communs : ∅ ») as
    « aucun » / "none"; any other (a JSON's "{}") as it stands."""
    before = _EMPTY_OF.search(found.string, max(0, found.start() - 60), found.start())
    if before is None:
        return found.group(0)
    return found["blank"] + ("aucun" if before["fr"] else "none")


def _minutes(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = NUMBER_WORDS.get(word.lower())
    return value if isinstance(value, int) else None


# the talk's whole duration: "a one-hour presentation", « un exposé d'une heure », "45-minute talk"
_TOTAL = re.compile(
    r"(?<![\w])(?:(?P<hour>one|1|an|une|a)[ \t-]*+(?:hour|heure|h)(?![\w])|"
    r"(?P<hours>\d)[ \t]*+h(?:ours?|eures?)?(?![\w])|"
    r"(?P<min>\d{2,3}+)[ \t-]*+(?:minutes?|min|mn)(?![\w]))",
    re.IGNORECASE,
)


def _total(text: str) -> float:
    found = _TOTAL.search(text)
    if found is None:
        return 0.0
    if found["hour"]:
        return 60.0
    return 60.0 * int(found["hours"]) if found["hours"] else float(found["min"])


def _legend(text: str, symbol: str) -> tuple[int, int, float] | None:
    """The first legend of ``symbol``: (its run's start, end, minutes per symbol)."""
    for run in _RUN.finditer(text):
        if run.group(0)[0] != symbol or len(run.group(0)) != 1:
            continue
        after = _AFTER.match(text, run.end())
        before = _BEFORE.search(text, max(0, run.start() - 30), run.start())
        found = after or before
        if found is not None:
            minutes = _minutes(found["n"])
            if minutes:
                return run.start(), run.end(), minutes
    return None


# A list of equal slots, one part's name per slot ("5-minute slots: Welcome, AI, AI, Demo, Demo, Demo…"):
# a part repeated on consecutive slots counts them. Items: up to 6 words, split by , / | ; → or a line.
_SEGMENT = re.compile(r"[^\n.!?:]{10,1500}+")
_ITEM_SPLIT = re.compile(r"(?<![ \t])[ \t]*+(?:[,/|;→]|->)[ \t]*+")
_SLOT_NOUN = r"(?:slots?|cr[eé]neaux|cr[eé]neau|blocks?|blocs?|tranches?|cases?|boxes|cells?|cellules?)"
_SLOT = re.compile(
    rf"(?<![\w])(?P<n>\d{{1,3}}+|{_WORDS})[ \t-]*+(?:minutes?|mins?|mn)[ \t-]++{_SLOT_NOUN}(?![\w])"
    rf"|{_SLOT_NOUN}[^\n.;!?]{{0,20}}?(?<![\w])(?P<m>\d{{1,3}}+|{_WORDS})[ \t-]*+"
    r"(?:minutes?|mins?|mn)(?![\w])",
    re.IGNORECASE,
)


_NAMED = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def _slots_read(text: str) -> str:
    out: list[str] = []
    last = 0
    for segment in _SEGMENT.finditer(text):
        items = _ITEM_SPLIT.split(segment.group(0).strip())
        if (
            not 6 <= len(items) <= 60
            or any(not i or len(i.split()) > 6 or not _NAMED.search(i) or _DIGIT.search(i) for i in items)
        ):  # a part's name a slot, no figure ("5, 10, 15, 15, 10 et 5 minutes": a timing, read elsewhere)
            continue
        keys = [i.strip().lower() for i in items]
        runs: list[tuple[str, int]] = []
        for item, key in zip(items, keys, strict=True):
            if runs and runs[-1][0].strip().lower() == key:
                runs[-1] = (runs[-1][0], runs[-1][1] + 1)
            else:
                runs.append((item.strip(), 1))
        if len(runs) < 2 or len(runs) == len(items) or len({k for k, _ in runs}) != len(runs):
            continue  # no part repeated on consecutive slots, or a part back after another: no slots
        slot = _SLOT.search(text)
        minutes = _minutes(slot["n"] or slot["m"]) if slot else None
        scale = float(minutes) if minutes else _total(text) / len(items)
        if not scale:
            continue
        out += [text[last : segment.start()], " / ".join(f"{name} {n * scale:g} min" for name, n in runs)]
        last = segment.end()
    out.append(text[last:])
    return "".join(out)


# Round 85 (fix85): bars of an ASCII character ("Intro ==, How it works ===") once a legend gives one
# character's worth ("one = per 5 minutes", « un # = 5 min », "each * is 10 minutes"): each run is written
# as its minutes. Without such a legend the characters are ordinary ("==", "**", "--" mean nothing here).
_ASCII = "=#*+~|"
_ASCII_LEGEND = {
    c: re.compile(
        rf"(?<![\w{re.escape(c)}])(?:one|un|une|1|each|every|chaque|a)[ \t]*+[\"'`«]?[ \t]*+"
        rf"(?P<c>{re.escape(c)})"
        rf"[ \t]*+[\"'`»]?[ \t]*+(?:per|par|pour|for|=|:|vaut|is|stands[ \t]++for|means|equals|egale)?"
        rf"[ \t]*+(?:every|chaque|each|toutes[ \t]++les)?[ \t]*+{_AMOUNT}",
        re.IGNORECASE,
    )
    for c in _ASCII
}


def _operator_or_rule(text: str, start: int, end: int) -> bool:
    """Session 52 (gaps52): a run of characters is no bar when a number follows it ("check that the sum
    == 60", "x = 5") or when it fills its line alone (a "====" separator): a bar stands after its label."""
    after = text[end : end + 12].lstrip(" \t")
    if after[:1].isdigit():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not line.replace(text[start], "").strip()


def _ascii_read(text: str) -> str:
    for c in _ASCII:
        if c not in text:
            continue
        legend = _ASCII_LEGEND[c].search(text)
        minutes = _minutes(legend["n"]) if legend else None
        if legend is None or not minutes:
            continue
        runs = re.compile(rf"(?<![\w{re.escape(c)}])(?:{re.escape(c)}){{1,24}}+(?![\w{re.escape(c)}])")
        here = legend.start("c")

        def _written(m: re.Match[str], here: int = here, minutes: int = minutes, text: str = text) -> str:
            if m.start() == here or _operator_or_rule(text, m.start(), m.end()):
                return m.group(0)
            return f" {len(m.group(0)) * minutes:g} min "

        text = runs.sub(_written, text)
    return text


def read(text: str) -> str:
    """``text`` with its tallies, unary runs and sets of integers written as numbers (see the module)."""
    text = text[:MAX_CHARS]
    if "\\" in text:  # before the sets: "\\def\\nbSoeurs{1}" is no set glued to a word (session 59)
        text = _MACRO.sub(lambda m: f"{m['name'] or m['name2']} = {m['value'] or m['value2']}", text)
    text = _SET.sub(lambda m: re.sub(r"(?<![ \t])[ \t]*+;", ",", m["items"]), text)
    text = _EMPTY.sub(_empty_read, text)
    text = _DIVISORS.sub(_gcd_written, text)
    text = _TALLY.sub(lambda m: f" {len(m['bars'])}", text)
    text = _slots_read(text)
    text = _ascii_read(text)
    runs = list(_RUN.finditer(text))
    if not runs:
        return text
    out: list[str] = []
    last = 0
    symbols = {r.group(0)[0] for r in runs}
    legends: dict[str, tuple[int, int, float] | None] = {s: _legend(text, s) for s in symbols}
    counted = {
        s for s in symbols if legends[s] or any(len(r.group(0)) >= 2 for r in runs if r.group(0)[0] == s)
    }
    total = _total(text)
    for symbol in counted:
        if legends[symbol] is None and total:
            # no legend: the runs share the talk's whole duration ("a one-hour talk": 12 ▮ in all, 5 min each)
            symbols_all = sum(len(r.group(0)) for r in runs if r.group(0)[0] == symbol)
            legends[symbol] = (-1, -1, total / symbols_all) if symbols_all >= 2 else None
    for run in runs:
        symbol = run.group(0)[0]
        legend = legends[symbol]
        if symbol not in counted or (legend and legend[0] == run.start()):
            continue
        n = len(run.group(0))
        out += [text[last : run.start()], f" {n * legend[2]:g} min " if legend else f" {n} "]
        last = run.end()
    out.append(text[last:])
    return "".join(out)
