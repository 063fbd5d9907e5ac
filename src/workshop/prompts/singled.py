"""Answers a prompt dictates by marks on listed options, by a count of items, or by an acrostic
(issue 11, round 47, fix-helper mark47). :func:`read` writes what such a prompt states as plain
sentences ("réponse : 1", "avis 2 : negative", "pgcd = 1"), which :func:`grade.dictated` reads
as the rest of the prompt.

- One option singled out among listed options of the same run: the only one in bold, italics,
  underlined, highlighted ("==1==", ``<mark>``, ``<b>``, ``<u>``...) or ticked ("1 ✔", "✓ 1"),
  the others unmarked or crossed; or the only one left unstruck ("<s>0</s> 1 <s>2</s>",
  ``<del>``, ``<strike>``, "0 ✘ · 1 · 2 ✘", or "~~0~~" deleted by the normal form, leaving an empty
  slot between separators: « Choix :  / 1 / . ») when one at least is struck. Options
  all marked alike, or none marked, are open: nothing chosen. Ticked common divisors name the
  gcd as well (the greatest of them).
- A label grid (a Markdown table whose header names the sentiment labels): a row with one
  filled mark ("●", "•", "✔", "x") and every other cell empty or hollow ("◦", "○", "☐").
- A count of items standing for the number: a list or a run of emoji announced as one per
  unit ("one bullet per sister", « un emoji par sœur », "one line per sister").
- An acrostic: the marked first letters of three lines or more ("**O**bjectif", "<u>O</u>rganise"),
  or the first letters of three consecutive lines or more when the prompt speaks of first
  letters or an acrostic, when they spell a verdict or a number word.

A sentiment label singled out is read for the reviews the text right before its run names ("Avis 3 :
positif, négatif ou **neutre**", "Avis 1 et 2 : …": each of them); for no review, or for every review
("Avis 1 à 3 :", "Review 1-3:", « Avis 1, 2, 3 : », the task's count of items), it ties none: it
stresses a label of the format (session 42, fix-helper fair42a).

Limits: an option is a bare value (:func:`offered.bare`: digits, an equation, yes or no, a
number word) or a sentiment label; a mark on a word inside a sentence is no option; an
acrostic of plain first letters with no word about it, or one hidden in words' middles, is
read as it stands."""

from __future__ import annotations

import re
import unicodedata

from workshop.prompts.offered import bare
from workshop.prompts.text import NUMBER_WORDS, fold

# Positive marks around an option: bold, italics, underline, highlight (Markdown or HTML).
_POSITIVE_TAGS = "b|strong|em|i|u|ins|mark"
_NEGATIVE_TAGS = "s|del|strike"
_MARKED_SPAN = re.compile(
    rf"<(?P<ptag>{_POSITIVE_TAGS})(?:\s[^<>\n]{{0,80}}+)?>(?P<pbody>[^<>\n]{{1,60}}+)</(?P=ptag)\s*+>"
    rf"|<(?P<ntag>{_NEGATIVE_TAGS})(?:\s[^<>\n]{{0,80}}+)?>(?P<nbody>[^<>\n]{{1,60}}+)</(?P=ntag)\s*+>"
    r"|(?<![\w*~=])(?P<pmd>\*\*|__|\*|_)(?=[^\s*_])(?P<mbody>[^*_~\n]{1,60}?)(?<=[^\s*_])(?P=pmd)(?![\w*~])"
    r"|(?<![\w=])==(?=[^\s=])(?P<hbody>[^=\n]{1,60}?)(?<=[^\s=])==(?![\w=])"
    r"|(?<![\w~])~~(?=[^\s~])(?P<sbody>[^~\n]{1,60}?)(?<=[^\s~])~~(?![\w~])",
    re.I,
)
_TICK = "✔✓☑✅"
_CROSS = "✘✗☒❌"
# Pieces of a run of options: split at separators and at each marked span.
_SEPARATOR = re.compile(
    r"(?<![ \t])[ \t]*+(?:[,;·•|/]|:(?!\d)|[.!?](?=\s|$)|(?<![\w'])(?:ou|or)(?:[ \t]++(?:par|by))?(?![\w']))"
    r"[ \t]*+"
    r"|(?<![ \t])[ \t]*+\n[ \t]*+(?:[-*+•]|\(?[a-hA-H1-9][.)])?[ \t]*+"
)
_LABEL = re.compile(r"^(?:[-*+•]|\(?[a-hA-H][.)]|\[ \])[ \t]++")
# "Réponds par non ou par oui": the verb before the first option
_ANSWER_BY = re.compile(r"^(?:reponds|repondez|answer|reply|dis|say)[ \t]++(?:par|by|with)[ \t]++")
_SENTIMENTS = {
    "positive": "positive", "positif": "positive", "negative": "negative", "negatif": "negative",
    "neutral": "neutral", "neutre": "neutral",
}  # fmt: skip
_SENTIMENT_VALUES = set(_SENTIMENTS.values())


def _value(piece: str) -> str | None:
    """A piece's option value, canonical, or None."""
    folded = fold(piece).strip().rstrip(".:!?").strip()
    folded = _LABEL.sub("", _ANSWER_BY.sub("", folded)).strip(" \t" + _TICK + _CROSS)
    if folded in _SENTIMENTS:
        return _SENTIMENTS[folded]
    return bare(folded) if folded else None


# An empty slot between a list's separators ("Choix :  / y = 4x - 10 / ."): an option struck
# with "~~", which the transcript's normal form deletes before any reader.
_EMPTY_SLOT = re.compile(r"(?<=[/|·;,:])[ \t]*+(?=[/|·;,][ \t]|[.!?](?:\s|$))")
_DELETED = "\x00"


def _pieces(line: str) -> list[tuple[str, str]]:
    """The pieces of a text: (text, mark), mark "+" (marked), "-" (struck) or "" (plain)."""
    line = _EMPTY_SLOT.sub(f" {_DELETED} ", line)
    out: list[tuple[str, str]] = []
    at = 0
    for span in _MARKED_SPAN.finditer(line):
        out += _plain(line[at : span.start()])
        if span["nbody"] is not None or span["sbody"] is not None:
            out.append((span["nbody"] or span["sbody"], "-"))
        else:
            out.append((span["pbody"] or span["mbody"] or span["hbody"], "+"))
        at = span.end()
    return out + _plain(line[at:])


def _plain(text: str) -> list[tuple[str, str]]:
    found = []
    for piece in _SEPARATOR.split(text):
        stripped = piece.strip()
        if not stripped:
            continue
        mark = ""
        if stripped[-1] in _TICK or stripped[0] in _TICK:
            mark = "+"
        elif stripped[-1] in _CROSS or stripped[0] in _CROSS:
            mark = "-"
        found.append((stripped, mark))
    return found


def _chosen(pieces: list[tuple[str, str]]) -> list[tuple[str, list[str], str]]:
    """Each run of two options or more with one singled out: (the piece before the run, its
    values, the one singled out). A run of labels right after bare values ("Avis 1, 2, 3 :
    **positif**, négatif, neutre") is a run of its own, the values read into the text before it
    (session 42)."""
    found = []
    run: list[tuple[str, str, str]] = []
    before = ""

    def close() -> None:
        if len(run) >= 2 and any(v != _DELETED for v, _, _ in run):
            marked = [v for v, m, _ in run if m == "+"]
            kept = [v for v, m, _ in run if m != "-"]
            struck = [v for v, m, _ in run if m == "-"]
            if len(marked) == 1 or (not marked and len(kept) == 1 and struck):
                values = [v for v, _, _ in run if v != _DELETED]
                found.append((before, values, marked[0] if marked else kept[0]))

    for text, mark in [*pieces, ("", "end")]:
        value = _DELETED if text == _DELETED else _value(text) if mark != "end" else None
        mark = "-" if text == _DELETED else mark
        if value is not None:
            kinds = {v in _SENTIMENT_VALUES for v, _, _ in run if v != _DELETED}
            if value != _DELETED and kinds and kinds != {value in _SENTIMENT_VALUES}:
                close()
                before = ", ".join([before, *(t for _, _, t in run)] if before else [t for _, _, t in run])
                run = []
            run.append((value, mark, text))
            continue
        close()
        run = []
        before = text
    return found


_DIVISORS = re.compile(r"\b(?:diviseurs?\s++communs?|common\s++(?:divisors?|factors?))\b")


# The run's lead-in asks for the answer in a format ("Réponds d'abord par **oui** ou non", "Classify
# each review as positive, negative or **neutral**", session 41's review): a mark there stresses a
# word of the format, it picks no answer. A sentiment label singled out for no review ties none.
_FORMAT_LEAD = re.compile(
    r"\b(?:reponds?|repondez|answer|reply|say|dis|ecris|write|classe[sz]?|classify|label|etiquette[sz]?|"
    r"tag|mark|note)\b[^.!?\n]{0,60}+$"
)
# The reviews a lead names: "Avis 3", "review #2", "Avis 1 et 2", "Reviews 1 to 3", "avis 1, 2, 3".
_REVIEWS_NAMED = re.compile(
    r"\b(?:avis|reviews?|commentaires?|comments?)\b[^\n\d]{0,12}?(?P<first>\d)(?!\d)"
    r"(?P<more>(?:[ \t]*+(?:,|et|and|&|/|ou|or|a|au|to|-|–|through|jusqu'a)[ \t]*+"
    r"(?:(?:avis|reviews?|n°|#)[ \t]*+)?\d(?!\d)){0,8}+)"
)
_RANGE_WORD = re.compile(r"^[ \t]*+(?:a|au|to|-|–|through|jusqu'a)[ \t]*+(?:(?:avis|reviews?|n°|#)[ \t]*+)?$")


def _reviews_named(lead: str) -> list[int]:
    """The numbers of the reviews the lead's last mention names ("avis 1 à 3": 1, 2, 3), or []."""
    mentions = list(_REVIEWS_NAMED.finditer(lead))
    if not mentions:
        return []
    last = mentions[-1]
    ids = [int(last["first"])]
    at = last.end("first")
    for number in re.finditer(r"\d", last["more"]):
        gap = last.string[at : last.start("more") + number.start()]
        value = int(number.group(0))
        ids += list(range(ids[-1] + 1, value + 1)) if _RANGE_WORD.match(gap) else [value]
        at = last.start("more") + number.end()
    return sorted(set(ids))


def _options_read(prompt: str, reviews: int = 0) -> list[str]:
    said = []
    for before, values, value in _chosen(_pieces(prompt)):
        lead = fold(before)
        if _FORMAT_LEAD.search(lead[-200:]):
            continue
        if value in _SENTIMENT_VALUES:
            # a label singled out for no review ties none, nor one for every review: "Avis 1 à 3 :
            # **positif**, négatif ou neutre (le plus fréquent)" (session 42); for some, each of them
            named = _reviews_named(lead[-40:])
            if not named or (reviews and set(range(1, reviews + 1)) <= set(named)):
                continue
            said += [f"avis {n} : {value}" for n in named]
            continue
        said.append(f"reponse : {value}")
        if before and len(before) <= 40:  # "Avis 2 : <s>positive</s> negative"
            said.append(f"{before} : {value}")
        if value.isdigit() and all(v.isdigit() for v in values) and _DIVISORS.search(fold(prompt)):
            said.append(f"pgcd = {value}")
    return said


# A label grid: a Markdown table row "| 1 | ● |   |   |".
_ROW = re.compile(r"(?m)^[ \t]*+\|(?P<cells>[^\n]{1,400}+)$")
_FILLED = set("●•✔✓☑✅xX■◉★⬤")
_HOLLOW = set("◦○☐□◯-–·")


def _grid_read(prompt: str) -> list[str]:
    said: list[str] = []
    labels: list[str | None] | None = None
    for row in _ROW.finditer(prompt):
        cells = [c.strip() for c in row["cells"].rstrip().rstrip("|").split("|")]
        names = [_SENTIMENTS.get(fold(c).strip(" *_")) for c in cells]
        if sum(n is not None for n in names) >= 2:
            labels = names
            continue
        if labels is None or len(cells) != len(labels) or all(set(c) <= set("-: ") for c in cells):
            continue
        filled = [i for i, c in enumerate(cells) if c and set(c.replace(" ", "")) <= _FILLED]
        others = [i for i, c in enumerate(cells) if i not in filled and labels[i] is not None]
        if (
            len(filled) == 1
            and labels[filled[0]] is not None
            and all(not cells[i] or set(cells[i].replace(" ", "")) <= _HOLLOW for i in others)
            and re.fullmatch(r"\D{0,20}?\d{1,2}", fold(cells[0]).strip())
        ):
            said.append(f"avis {re.sub(r'[^0-9]', '', cells[0])} : {labels[filled[0]]}")
    return said


# "one bullet per sister", « un emoji par sœur », "one line per sister", « une puce par sœur »
_PER_UNIT = re.compile(
    r"(?<![\w'])(?:one|une?|1)\s++(?:bullet|item|line|emoji|dot|entry|row|tiret|ligne|puce|element|point|case)s?"
    r"\s++(?:per|for\s++each|par|pour\s++chaque)\s++(?P<unit>[a-z]++)"
)
_ITEM = re.compile(r"(?m)^[ \t]*+(?:[-*+•]|\d{1,2}[.)])[ \t]++(?P<body>[^\n]*+)$")


def _emoji(text: str) -> int:
    """The count of pictographs in ``text``, or 0 when it holds anything else but blanks."""
    count = 0
    for char in text:
        if char.isspace() or char in "\u200d\ufe0f":
            continue
        if unicodedata.category(char) != "So":
            return 0
        count += 1
    return count


def _count_read(prompt: str) -> list[str]:
    folded = fold(prompt)
    said = []
    for per in _PER_UNIT.finditer(folded):
        after = folded[per.end() : per.end() + 400]
        # the list of items right after, or a run of emoji on the same line
        first = after.split("\n", 1)
        same = first[0].split(":", 1)[-1] if ":" in first[0] else ""
        if _emoji(same):
            said.append(f"reponse : {_emoji(same)} {per['unit']}")
            continue
        bodies: list[str] = []
        at = 0
        for item in _ITEM.finditer(first[1] if len(first) > 1 else ""):
            if item.start() != at:  # the items follow one another, line after line
                break
            bodies.append(item["body"])
            at = item.end() + 1
        if bodies and all(_emoji(body) == 1 for body in bodies):
            said.append(f"reponse : {len(bodies)} {per['unit']}")
    return said


# The words an acrostic may spell: a verdict or a number word.
_SPELLED = {"oui", "non", "yes", "no"} | {w for w in NUMBER_WORDS if len(w) >= 3}
_INITIAL = re.compile(
    rf"^[ \t>#]*+(?:[-*+•][ \t]++)?(?:\*\*|__|==|<(?:{_POSITIVE_TAGS})>)(?P<letter>[A-Za-z])"
    rf"(?:\*\*|__|==|</(?:{_POSITIVE_TAGS})>)(?=[a-zà-ÿ])",
    re.I,
)
_ACROSTIC_SAID = re.compile(
    r"\b(?:acrostiche|acrostic|premieres?\s++lettres?|first\s++letters?|initiales?|initials?)\b"
)


def _acrostic_read(prompt: str) -> list[str]:
    lines = prompt.split("\n")
    said = []
    marked = [(m["letter"] if (m := _INITIAL.match(line)) else None) for line in lines]
    plain = bool(_ACROSTIC_SAID.search(fold(prompt)))
    for letters in (marked, [(line.lstrip(" \t>#*_-•(")[:1] or None) for line in lines] if plain else []):
        run = ""
        for letter in [*letters, None]:
            if letter is not None and letter.isalpha():
                run += letter.lower()
                continue
            if len(run) >= 3:
                for size in range(3, len(run) + 1):
                    for start in range(len(run) - size + 1):
                        word = run[start : start + size]
                        if word in _SPELLED:
                            said.append(f"reponse : {word}")
            run = ""
    return said


def read(prompt: str, reviews: int = 0) -> str:
    """What the prompt's marks, counts and acrostics state, one sentence a line ("" when none);
    ``reviews``: how many items the task's labels go to (a label singled out for all of them ties none)."""
    said = _options_read(prompt, reviews) + _grid_read(prompt) + _count_read(prompt) + _acrostic_read(prompt)
    return "\n".join(dict.fromkeys(said))
