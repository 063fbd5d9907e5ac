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
- A debate's ruling for one side (round 50): sides' lines ("Agent A : « 2 sœurs… »", "Student B: …"),
  then a told ruling naming the side that wins ("B l'emporte", "B wins", "B's answer is upheld",
  « l'élève B a raison ») or the one that loses ("A a tort", "A is wrong"): the losing side's claim
  is read as a wrong answer ("A a repondu 2 soeurs…") right before the ruling, so that a reason that
  names the error corrects it ("A a compté Caroline comme sa propre sœur": one too many); the
  winning side's claim is read as told; the first side's leading yes or no, as the answer where it
  wins, as the wrong one where it loses (« réponse : oui » when « Non… » loses).
- A board's layout (round 53): the reviews' cards ("Review 1", « Avis 2 », "#3", "R1") under a column of a
  table whose header names the labels (Markdown, box-drawing, a kanban), under a header of labels aligned
  with blanks, or in a group a label heads (a Markdown heading, a bold label, a mindmap's node, a Mermaid
  subgraph): "avis N : label". A card line is short and holds no label nor question; a column or a group
  that no label heads ("To do", « À trier », "Inbox"), or an empty one, ties nothing.
- A graph's edges of a family relation (round 53: Graphviz "caroline -> lea [label="sœur"]", Mermaid
  "C -->|sister| A", PlantUML "Caroline -- Léa : sœur"): a node's relatives of that kind counted from the
  node the edge leaves (either end of an undirected edge or one drawn both ways), "caroline a 1 soeur"; a
  node left to find ("X[?]") is no relative.
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
read as it stands. A debate with no side ruled for ("Decide which agent wins", « Dis qui
l'emporte »), a ruling asked, supposed or denied, a side named by a bare digit (a numbered list)
are no ruling."""

from __future__ import annotations

import re
import unicodedata

from workshop.prompts import artefacts
from workshop.prompts.offered import bare
from workshop.prompts.text import NUMBER_WORDS, fold, strip_accents
from workshop.prompts.ticks import CROSSES, TICKS

MAX_LINES = 400

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
    folded = _LABEL.sub("", _ANSWER_BY.sub("", folded)).strip(" \t" + TICKS + CROSSES)
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
        if stripped[-1] in TICKS or stripped[0] in TICKS:
            mark = "+"
        elif stripped[-1] in CROSSES or stripped[0] in CROSSES:
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


# Round 53: a board whose columns are the labels (a Markdown or box-drawing table, a kanban) with the
# reviews' cards under them ("| POSITIVE | NEGATIVE |" then "| [Review 1] | Review 2 |", "│ Avis 1 │"),
# or a diagram's groups named by a label holding the cards (Mermaid "subgraph Positive … end"): each card
# "avis N : label". A card names its review: "Review 1", « Avis 2 », "#3", "R1", "[1]"; a column with no
# label ("To do", « À trier ») or an empty one ties nothing.
_CARD = re.compile(
    r"(?<![\w#])(?:(?:avis|reviews?|commentaires?|comments?|cards?|cartes?)[ \t]*+(?:n[o°][ \t]*+)?|#|r)"
    r"(\d)(?!\d)"
)
_BOX_BAR = str.maketrans("│┃║", "|||")
_SUBGRAPH = re.compile(r"^[ \t]*+subgraph[ \t]++(?P<title>[^\n]{1,60}+)$")
_GROUP_END = re.compile(r"^[ \t]*+end[ \t]*+$")


def _cards(cell: str) -> list[str]:
    return _CARD.findall(fold(cell))


def _columns_read(prompt: str) -> list[str]:
    said: list[str] = []
    labels: list[str | None] | None = None
    for row in _ROW.finditer(prompt.translate(_BOX_BAR)):
        cells = [c.strip() for c in row["cells"].rstrip().rstrip("|").split("|")]
        names = [_SENTIMENTS.get(fold(c).strip(" *_[]")) for c in cells]
        if sum(n is not None for n in names) >= 2:
            labels = names
            continue
        if labels is None or len(cells) != len(labels):
            continue
        for cell, label in zip(cells, labels, strict=True):
            if label is not None and not _FILLED.issuperset(cell.replace(" ", "") or "-"):
                said += [f"avis {n} : {label}" for n in _cards(cell)]
    return said + _groups_read(prompt) + _aligned_read(prompt)


def _card_line(line: str) -> bool:
    """Whether a line is a card alone: short, a review named, no label nor question in it."""
    folded = fold(line).strip()
    return (
        len(folded) <= 40
        and bool(_cards(folded))
        and "?" not in folded
        and not any(w in _SENTIMENTS for w in re.findall(r"[a-z]+", folded))
    )


def _heading_label(line: str) -> str | None:
    """The label a line stands for as a group's heading: a Markdown heading, a Mermaid subgraph, a bold
    label, a label alone on its line (a mindmap's node, "Positive:"); None for anything else."""
    folded = fold(line).strip()
    group = _SUBGRAPH.match(folded)
    title = group["title"] if group else _HEADING.fullmatch(folded)
    if title is None:
        return None
    words = re.findall(r"[a-z]+", title if isinstance(title, str) else title["title"])
    found = {_SENTIMENTS[w] for w in words if w in _SENTIMENTS}
    if len(found) != 1 or (not group and len(words) > 2):
        return None
    return found.pop()


_HEADING = re.compile(r"(?:#{1,6}[ \t]++)?(?:\*\*|__)?(?P<title>[a-z][a-z ]{2,30}+)(?:\*\*|__)?[ \t]*+:?")


def _groups_read(prompt: str) -> list[str]:
    said: list[str] = []
    label: str | None = None
    blank_ok = False
    for line in prompt.splitlines()[:MAX_LINES]:
        heading = _heading_label(line)
        if heading is not None:
            label, blank_ok = heading, True
        elif _GROUP_END.match(line):
            label = None
        elif not line.strip():
            label = label if blank_ok else None
        elif label is not None and _card_line(line):
            said += [f"avis {n} : {label}" for n in _cards(line)]
            blank_ok = False
        elif label is not None and not re.fullmatch(r"(?<![ \t])[ \t]*+[-=_*~`]*+[ \t]*+", line):
            label = None  # any other line ends the group
    return said


def _aligned_read(prompt: str) -> list[str]:
    """Cards under a header of labels aligned with blanks ("POSITIVE      NEGATIVE" then "Review 1
    Review 2"): each card under the column whose start is the last at or before its own."""
    said: list[str] = []
    columns: list[tuple[int, str | None]] | None = None
    for line in prompt.splitlines()[:MAX_LINES]:
        folded = fold(line)
        cells = [(m.start(), m.group(0)) for m in re.finditer(r"\S++(?:[ \t]\S++)*+", folded)]
        names = [_SENTIMENTS.get(c.strip("*_:[]")) for _, c in cells]
        if len(cells) >= 2 and sum(n is not None for n in names) >= 2 and all(len(c) <= 20 for _, c in cells):
            columns = [(at, n) for (at, _), n in zip(cells, names, strict=True)]
            continue
        if columns is None or not folded.strip() or len(folded) > 200:
            columns = None
            continue
        for m in _CARD.finditer(folded):
            under = [n for at, n in columns if at <= m.start() + 2]
            if under and under[-1] is not None:
                said.append(f"avis {m[1]} : {under[-1]}")
    return said


# A count of a graph's edges of one relation (round 53): "caroline -> lea [label="sœur"]" (Graphviz),
# "C[Caroline] -->|sœur| L[Léa]", "C -- sœur --> L" (Mermaid), "Caroline -- Léa : sœur" (PlantUML): the
# node's relatives of that kind, counted from the node the edge leaves (either end of an undirected
# edge or one drawn both ways), said "caroline a 1 soeur". A node left to find ("X[?]") is no relative. The
# edges are read by :func:`workshop.prompts.artefacts.edges` (session 45, fix-helper tidy45).
_KIN_WORD = r"(?:soeurs?|sisters?|freres?|brothers?)"
_KIN_LABEL = re.compile(rf"{_KIN_WORD}(?![\w'-])")


# Session 45 (fair45): a node named as one of the brothers ("Brother1", « Frère 2 », "brother_3") counts the
# brother's sisters, which the riddle gives (2 each): no count of Caroline's.
_A_BROTHER = re.compile(r"(?:brothers?|freres?)(?![a-z])")


_KIN_NODE = re.compile(
    r"(?<![(\[{ \t\"'])[(\[{ \t\"']*+(?P<k>soeurs?|sisters?)(?:[ \t]*+\d{1,2})?[)\]} \t\"']*+"
)


def _edges_read(prompt: str) -> list[str]:
    folded = fold(prompt)
    if not re.search(_KIN_WORD, folded):
        return []
    kin: dict[tuple[str, str], set[str]] = {}
    for edge in artefacts.edges("\n".join(folded.splitlines()[:MAX_LINES])):
        # an undirected edge (or one drawn both ways) reads from either end
        ends = ((edge.source, edge.target, edge.target_id), (edge.target, edge.source, edge.source_id))
        label = _KIN_LABEL.match(edge.label)
        if label:
            for one, other, _ in ends if edge.both else ends[:1]:
                if _A_BROTHER.match(one) or _A_BROTHER.match(other):
                    continue  # session 45 (fair45): a brother's sisters are the data's ("B1 -- sister --> C")
                if re.search(r"[a-z]", one + other) and "?" not in one + other:
                    kin.setdefault((one, label[0].rstrip("s")), set()).add(other)
        elif not edge.label:  # session 45 (fair45): a node that is a sister ("C --- S((Sister))"), by its id
            for one, other, node in ends:
                kind = _KIN_NODE.fullmatch(other)
                left = "?" in one + other or _A_BROTHER.match(one) or _KIN_NODE.fullmatch(one)
                if kind and not left:
                    kin.setdefault((one, kind["k"].rstrip("s")), set()).add(node)
    return [f"{one} a {len(others)} {label}" for (one, label), others in kin.items()]


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


# A debate: its sides' lines, a ruling for one of them (accents stripped, case kept: a side is an
# upper-case letter, or a digit after a speaker's noun, never the French verb "a").
_SPEAKER = (
    r"(?i:agent|student|eleve|expert|debatteur|debater|side|camp|equipe|team|model|modele|assistant"
    r"|participant|candidat|candidate|joueur|player|orateur|speaker|ia|ai|bot|llm)"
)
_SIDE = rf"(?:{_SPEAKER}[ \t]++)?(?P<id>[A-D])(?![\w])|{_SPEAKER}[ \t]++(?P<num>[1-4])(?![\w])"
_SIDE_LINE = re.compile(
    rf"^[ \t>*_-]*+(?:{_SIDE})[ \t*_]*+(?:\([^()\n]{{0,40}}\)[ \t*_]*+)?:[ \t]*+"
    r"(?P<claim>\S[^\n]{0,2000}+)$",
    re.M,
)
_REF = _SIDE.replace("(?P<id>", "(?P<rid>").replace("(?P<num>", "(?P<rnum>")
_THE = r"(?:(?i:l'|la[ \t]++|le[ \t]++|the[ \t]++)?)"
# "B l'emporte", "B wins", « l'élève B a raison »
_WINS_SIDE = re.compile(
    rf"(?:{_REF})[ \t]++(?i:l'emporte|gagne|a[ \t]++gagne|remporte\w*|a[ \t]++raison|wins|won|is[ \t]++right"
    r"|is[ \t]++correct|prevails)(?![\w'])"
)
# "B's answer is upheld", "Agent B's split is adopted"
_WINS_THING = re.compile(
    rf"(?:{_REF})'s[ \t]++[a-z]{{2,20}}(?:[ \t]++[a-z]{{2,20}})?[ \t]++(?i:is|are)[ \t]++(?i:upheld|adopted"
    r"|accepted|retained|kept|validated|confirmed|right|correct)(?![\w'])"
)
# « victoire de B », « je donne raison à B », "winner: B", "in favour of B"
_WINS_FOR = re.compile(
    r"(?i:victoire|raison|gagnant|vainqueur|winner|in[ \t]++favou?r[ \t]++of|en[ \t]++faveur[ \t]++de"
    rf"|sides?[ \t]++with)[ \t]*+(?i:de|a|au|pour|:)?[ \t]*+{_THE}(?:{_REF})"
)
# « la position de B est retenue », « l'argument de l'agent B l'emporte »
_WINS_POSITION = re.compile(
    r"(?i:la[ \t]++position|la[ \t]++reponse|l'argument|le[ \t]++raisonnement|la[ \t]++proposition"
    rf"|le[ \t]++decoupage|l'etiquetage)[ \t]++(?i:de|d')[ \t]*+{_THE}(?:{_REF})[ \t]++(?i:est[ \t]++)?"
    r"(?i:retenue?|adoptee?|validee?|confirmee?|l'emporte)(?![\w'])"
)
_WINS = (_WINS_SIDE, _WINS_THING, _WINS_FOR, _WINS_POSITION)
_LOSES = re.compile(
    rf"(?:{_REF})[ \t]++(?i:a[ \t]++tort|se[ \t]++trompe|s'est[ \t]++trompee?|perd|a[ \t]++perdu|loses|lost"
    r"|is[ \t]++wrong|is[ \t]++mistaken|is[ \t]++incorrect|was[ \t]++wrong)(?![\w'])"
)
# a ruling asked, supposed or still to make: none given
_NO_RULING = re.compile(
    r"\?|(?i:\b(?:si|if|whether|suppose|imagine|dis[ \t]++qui|say[ \t]++who|decide[ \t]++who"
    r"|qui[ \t]++l'emporte|who[ \t]++wins)\b)"
)
# Session 43: a ruling left to a condition the model checks ("B wins, unless his count is wrong", « B
# l'emporte, sauf si … », « à moins que … », "provided …") is none; a politeness that doubts nothing
# ("unless I'm mistaken", « sauf erreur de ma part », « si je ne me trompe pas », "if I'm not wrong") is
# read out first, so it neither makes a ruling a condition nor, as an "if", a supposition.
_POLITE = re.compile(
    r"(?i:\b(?:unless|if)[ \t]++i(?:'m|[ \t]++am)[ \t]++(?:not[ \t]++)?(?:mistaken|wrong)\b"
    r"|\bif[ \t]++i[ \t]++(?:remember|recall|read[ \t]++(?:it|this)|counted)[ \t]++(?:right|correctly|well)\b"
    r"|\bsauf[ \t]++erreur(?:[ \t]++de[ \t]++ma[ \t]++part)?"
    r"|\bsi[ \t]++je[ \t]++ne[ \t]++(?:me[ \t]++trompe|m'abuse)(?:[ \t]++pas)?"
    r"|\ba[ \t]++moins[ \t]++que[ \t]++je[ \t]++(?:ne[ \t]++)?me[ \t]++trompe"
    r"|\bsi[ \t]++j'ai[ \t]++bien[ \t]++(?:compris|compte|lu|suivi))"
)
_CONDITION = re.compile(
    r"(?i:\b(?:unless|provided|providing|as[ \t]++long[ \t]++as|only[ \t]++if|except[ \t]++if|a[ \t]++moins"
    r"|pourvu[ \t]++qu|a[ \t]++condition|seulement[ \t]++si|sauf[ \t]++si|sauf[ \t]++s'))"
)
# a ruling denied, right before or after it: "B ne l'emporte pas", "B doesn't win", "not B"
_DENIED_BEFORE = re.compile(r"(?i:\b(?:ne|n'|not|never|jamais|ni|nor|no)\b|n't)[^.;,!?]{0,20}+$")
_DENIED_AFTER = re.compile(r"^[ \t]*+(?i:pas|not|point|jamais|never)\b")
_LEAD_VERDICT = re.compile(r"^[\W_]*+(?P<v>oui|non|yes|no|si)\b", re.I)
_VERDICT = {"oui": "oui", "si": "oui", "yes": "oui", "non": "non", "no": "non"}
_NUMBER_NAMES = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
_WORD_NUMBER = re.compile(rf"(?<![\w'-])(?P<w>{_NUMBER_NAMES})(?![\w'-])", re.I)
_INNER_STOP = re.compile(r"(?<![.;!])[.;!]++(?=\s)")  # from a run's start only: linear
_SENTENCE_CUT = re.compile(r"(?<=[.!?])\s++")


def _side(m: re.Match[str], letter: str, digit: str) -> str:
    return m[letter] or m[digit]


def _claim(text: str) -> str:
    """A side's claim as one sentence, its quotes and inner stops dropped."""
    text = text.strip().strip("«»\"“”'").strip()
    return _INNER_STOP.sub(",", text).rstrip(".;! ")


def _ruled(sentence: str, sides: dict[str, str]) -> str | None:
    """The one side a told sentence rules for (the others lose), or None."""
    sentence = _POLITE.sub(" ", sentence)
    if _NO_RULING.search(sentence) or _CONDITION.search(sentence):
        return None
    found = [
        (m, True) for pattern in _WINS for m in pattern.finditer(sentence)
    ] + [(m, False) for m in _LOSES.finditer(sentence)]
    won: set[str] = set()
    lost: set[str] = set()
    for m, wins in found:
        if _DENIED_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]) or _DENIED_AFTER.match(
            sentence[m.end() :]
        ):
            continue
        (won if wins else lost).add(_side(m, "rid", "rnum"))
    winners = {w for w in won if w in sides} | ({s for s in sides if s not in lost} if lost else set())
    return next(iter(winners)) if len(winners) == 1 else None


def _ruling_read(prompt: str) -> list[str]:
    plain = strip_accents(prompt[:20_000])
    sides: dict[str, str] = {}  # each side's claims, one sentence
    told: dict[str, str] = {}  # each side's claims as written
    order: list[str] = []
    side_lines = set()
    for m in _SIDE_LINE.finditer(plain):
        side = _side(m, "id", "num")
        if side not in sides:
            order.append(side)
        sides[side] = (sides.get(side, "") + " " + _claim(m["claim"])).strip()
        told[side] = (told.get(side, "") + "\n" + m["claim"].strip().strip("«»\"“”'").strip()).strip()
        side_lines.add(m.start())
    if len(sides) < 2:
        return []
    said: list[str] = []
    start = 0
    for line in plain.split("\n")[:MAX_LINES]:
        at, start = start, start + len(line) + 1
        if at in side_lines:
            continue
        for sentence in _SENTENCE_CUT.split(line):
            winner = _ruled(sentence, sides)
            if winner is None:
                continue
            said.append(told[winner])  # told now
            for loser in (s for s in order if s != winner):  # a wrong answer, the ruling's reason after it
                claim = _WORD_NUMBER.sub(lambda m: str(NUMBER_WORDS[m["w"].lower()]), sides[loser])
                said.append(f"{loser} a repondu {claim}. {_POLITE.sub(' ', sentence).replace(';', ',')}")
            verdict = _LEAD_VERDICT.match(sides[order[0]])
            if verdict:  # the first side's yes or no answers the question itself
                value = _VERDICT[verdict["v"].lower()]
                if order[0] != winner:
                    value = "non" if value == "oui" else "oui"
                said.append(f"reponse : {value}")
    return said


def read(prompt: str, reviews: int = 0) -> str:
    """What the prompt's marks, counts, acrostics and debate rulings state, one sentence a line
    ("" when none); ``reviews``: how many items the task's labels go to (a label singled out for
    all of them ties none)."""
    said = (
        _options_read(prompt, reviews) + _grid_read(prompt) + _count_read(prompt) + _acrostic_read(prompt)
        + _ruling_read(prompt) + _columns_read(prompt) + _edges_read(prompt)
    )  # fmt: skip
    return "\n".join(dict.fromkeys(said))
