"""An answer key that names options by their letters (issue 11, round 83, fix-helper fix83): the
letters read as the options they name, before the dictation readers look at the prompt.

A prompt lists options under consecutive letters ("A) positive  B) negative  C) neutral", "(a) y =
4x + 10 (b) y = 4x − 10", "A = 0, B = 1") and an answer key names some ("Corrigé : 1-A, 2-B, 3-C",
« corrigé en bas de la page : B », « Ma correction dit (b) », "Answer key: 1 A, 2 B", "the key says
C"): each letter of the key is written as its option's text (« Corrigé : 1-positive, 2-negative,
3-neutral »), which the task's readers then read as any value told. :mod:`offered` reads a key
beside an open multiple choice too (its letters point at an option); this reader also serves
options that are no bare values (a label, a sentence).

A key: a key word (« corrigé », « correction », "answer key", "key", « solution(s) », « réponses
attendues », "expected answers", « barème », « grille », "mark scheme"), then within 40
characters a colon or a saying verb (« dit », "says", « indique », "gives"), then letters alone
(each may follow a review's number, "1-A", « avis 2 : B »), separated by commas, semicolons,
slashes, « et »/"and", the sequence ending its clause; several letters with no number are the
questions' answers in order ("Corrigé : A, B, C" is « 1-positive, 2-negative, 3-neutral »). A letter
followed by "=" ("Solution : a =
4") is a parameter, no option. Limits: options under numbers ("1) positive") are not resolved (a
key of numbers is read as values as it stands); a key that names a letter in a sentence ("la
bonne est la b") is left to :mod:`offered`.

Session 55 (fix97grid): an answer grid written in a line of prose, its cells between bars ("Answer grid: 0 |
1 | 2 | 3", « la grille est « oui | non » », "colonnes = positive | negative | neutral"), offers its cells
as a choice and tells no value (:func:`grids_blanked`, read by :func:`extract.stated`); a box of it picked
by its rank or its number ("my teacher circled the second box", « c'est la première case qui est cochée »,
"box 1 is circled", "row 1 → 2nd column") is read as that cell (:func:`grids_picked`: « réponse : 1 », «
avis 1 : negative »), as a key's letter is. A rank said in a condition ("tick the first box if yes", « on
coche la première case si oui ») or as a legend ("the first box being 0": no mark, no answer word) picks
nothing: a rule that maps any input to a box dictates nothing. Limits: a Markdown table's row (a line that
starts with a bar, or beside another line with bars) is no grid here (its own readers read its marked
cells); cells of mixed kinds ("Caroline | 1 sœur") or marked ("1 ✓", "**1**") make no grid, and are read as
written; a box ruled out ("do not circle the second box") is not read."""

from __future__ import annotations

import bisect
import re

from workshop.prompts.text import ORDINAL_RE, fold, ordinal_value

MAX_CHARS = 64 * 1024
MAX_OPTIONS = 8

_LABEL = re.compile(r"(?<![\w'(])\(?(?P<l>[a-hA-H])(?:\)|\.(?=[ \t])|[ \t]*+[:=](?![:=]))[ \t]*+")
_KEY = re.compile(
    r"(?<![\w])(?:corrig[eé]s?|corrections?|correctifs?|answer[ \t]++keys?|keys?|solutions?|solutionnaires?|"
    r"r[eé]ponses?[ \t]++attendues?|expected[ \t]++answers?|bar[eè]mes?|grilles?|mark(?:ing)?[ \t]++schemes?)"
    r"(?![\w])[^:\n.!?]{0,40}?(?::|(?<![\w])(?:dit|disent|says|said|indique|indicates|gives|donne)(?![\w]))"
    r"[ \t]*+",
    re.IGNORECASE,
)
_ITEM = (
    r"(?:(?:(?:avis|review|n°|#|q)[ \t]*+)?\d{1,2}+[ \t]*+(?:[-–:.)=→]|->)?[ \t]*+)?"
    r"\(?(?P<l>[a-hA-H])\)?(?![\w'=])(?![ \t]*+=)"
)
_ITEM_RE = re.compile(_ITEM)
_SEQUENCE = re.compile(
    rf"{_ITEM}(?:[ \t]*+(?:[,;/]|et|and)[ \t]*+{_ITEM.replace('?P<l>', '?:')}){{0,20}}+"
    r"(?=[ \t]*+(?:[,;.)!?\n]|$))"
)
_END = re.compile(r"[;\n]|\.(?=\s|$)")


def _options(text: str) -> dict[str, str]:
    """The text of each option of the first list under consecutive letters from "a" (two or more)."""
    labels = list(_LABEL.finditer(text))
    ends: list[int] | None = None  # mend51: the ends found once (a copy and a search per label: quadratic)
    for i, first in enumerate(labels):
        if first["l"].lower() != "a":
            continue
        run = [first]
        for label in labels[i + 1 : i + MAX_OPTIONS]:
            if ord(label["l"].lower()) != ord(run[-1]["l"].lower()) + 1:
                break
            between = text[run[-1].end() : label.start()]
            if _END.search(between.rstrip(" \t;,/")) or len(between) > 120:
                break
            run.append(label)
        if len(run) < 2:
            continue
        found: dict[str, str] = {}
        if ends is None:
            ends = [m.start() for m in _END.finditer(text)]
        for j, label in enumerate(run):
            end = run[j + 1].start() if j + 1 < len(run) else len(text)
            at = bisect.bisect_left(ends, label.end())
            cut = ends[at] if at < len(ends) and ends[at] < end else end
            if cut == end and end > label.end() and text[end - 1] == ".":
                cut = end - 1  # a full stop ending the body ends it, as at the text's end
            body = text[label.end() : cut]
            found[label["l"].lower()] = body.strip(" \t,;/").removesuffix(" ou").removesuffix(" or").strip()
        if all(found.values()):
            return found
    return {}


def resolved(text: str) -> str:
    """``text`` with each letter of an answer key written as the option it names (see the module)."""
    text = text[:MAX_CHARS]
    if not _KEY.search(text):
        return text
    options = _options(text)
    if not options:
        return text
    out: list[str] = []
    last = 0
    for key in _KEY.finditer(text):
        sequence = _SEQUENCE.match(text, key.end())
        if sequence is None or key.end() < last:
            continue
        items = list(_ITEM_RE.finditer(text, sequence.start(), sequence.end()))
        # several letters with no question's number: the questions in their order ("A, B, C": 1-A, 2-B, 3-C)
        numbered = len(items) < 2 or any(item.start("l") > item.start() + 1 for item in items)
        for i, item in enumerate(items):
            letter = item["l"].lower()
            if letter in options:
                out += [text[last : item.start("l")], ("" if numbered else f"{i + 1}-") + options[letter]]
                last = item.end("l")
    out.append(text[last:])
    return "".join(out)


# -- answer grids (session 55, fix97grid) ----------------------------------------------------------------
MAX_GRID_CELLS = 12
_CELL_NUMBER = re.compile(r"[-+]?\d{1,6}+(?:[.,]\d{1,4}+)?")
_CELL_WORDS = re.compile(r"[^\W\d_]++(?:[ '-][^\W\d_]++){0,2}+")
_CELL_QUOTES = " \t\"'`"
# what opens a grid's first cell (the lead's last mark) and what closes its last cell
_OPENS = re.compile(r"[:=(\[\";,]|(?<![\w-])-(?![\d\w])|(?<=\s)-(?=\s)")
_CLOSES = re.compile(r"[:;,)\]\"!?]|\.(?=\s|$)|\s-\s|\s-$")


def _cell(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The cell written between ``start`` and ``end`` (its blanks and quotes stripped), or None when empty."""
    while start < end and text[start] in _CELL_QUOTES:
        start += 1
    while end > start and text[end - 1] in _CELL_QUOTES:
        end -= 1
    return (start, end, text[start:end]) if start < end else None


def _trimmed(line: str, cell: tuple[int, int, str], count: int, last: bool) -> tuple[int, int, str]:
    """``cell`` cut to its last (``last``) or first ``count`` words."""
    start, end, said = cell
    kept = said.split()
    if len(kept) <= count:
        return cell
    if last:
        start = end - len(" ".join(kept[-count:]))
        return _cell(line, start, end) or cell
    end = start + len(" ".join(kept[:count]))
    return _cell(line, start, end) or cell


def _kind(cell: str) -> str:
    if _CELL_NUMBER.fullmatch(cell):
        return "number"
    return "words" if _CELL_WORDS.fullmatch(cell) else ""


def grids(text: str) -> list[list[tuple[int, int, str]]]:
    """The answer grids of folded ``text`` written in a line of prose (see the module): each a list of its
    cells (start, end, text), two or more, all numbers or all words of one to three."""
    found: list[list[tuple[int, int, str]]] = []
    lines = text[:MAX_CHARS].split("\n")
    offset = 0
    for index, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        if "|" not in line or line.lstrip().startswith("|") or "||" in line:
            continue
        if any("|" in lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)):
            continue  # a table's row, read with its header and its marks
        bars = [i for i, c in enumerate(line) if c == "|"][: MAX_GRID_CELLS + 1]
        opened = [m.end() for m in _OPENS.finditer(line, 0, bars[0])]
        first = opened[-1] if opened else 0
        closed = _CLOSES.search(line, bars[-1] + 1)
        last = closed.start() if closed else len(line)
        bounds = [first, *bars, last]
        pairs = enumerate(zip(bounds, bounds[1:], strict=False))
        cells = [_cell(line, a + (0 if i == 0 else 1), b) for i, (a, b) in pairs]
        if any(c is None for c in cells):
            continue
        # an end cell with no mark before or after it ("the grid is yes | no then…"): as many words as the
        # fewest of a middle cell's, one when there is none
        count = min((len(c[2].split()) for c in cells[1:-1] if c is not None), default=1)
        cells = [
            _trimmed(line, cells[0], count, True) if not opened else cells[0],  # type: ignore[arg-type]
            *cells[1:-1],
            _trimmed(line, cells[-1], count, False) if not closed else cells[-1],  # type: ignore[arg-type]
        ]
        kinds = {_kind(c[2]) for c in cells if c is not None}
        if len(kinds) != 1 or "" in kinds:
            continue
        found.append([(start + a, start + b, cell) for a, b, cell in (c for c in cells if c is not None)])
    return found


def grids_blanked(text: str) -> str:
    """Folded ``text`` with each answer grid's cells blanked: a choice offered, no value told."""
    for grid in grids(text):
        start, end = grid[0][0], grid[-1][1]
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_BOX = (
    r"(?:boxe?s?|cases?|cells?|cellules?|columns?|colonnes?|options?|choices?|choix|squares?|carres?|"
    r"bubbles?|bulles?|ronds?|circles?|cercles?)"
)
_NTH_BOX = re.compile(
    rf"(?<![\w'-])(?P<nth>{ORDINAL_RE}|last|derniere?)[ \t]++{_BOX}(?![\w'-])"
    rf"|(?<![\w'-]){_BOX}[ \t]++(?:n°[ \t]*+|no[ \t]++|#[ \t]*+|numero[ \t]++|number[ \t]++)?"
    r"(?P<n>\d{1,2}+)(?![\w.,'-])"
)
_ROW_PICK = re.compile(
    r"(?<![\w'-])(?:rows?|lignes?|lines?|reviews?|avis|items?)[ \t]*+(?:n°[ \t]*+|#[ \t]*+)?"
    r"(?P<row>\d{1,2}+)[ \t]*+"
    r"(?:→|->|=>|⇒|:|=)[ \t]*+(?:(?:the|la|le)[ \t]++)?"
    rf"(?:(?P<nth>{ORDINAL_RE})[ \t]++{_BOX}(?![\w'-])|{_BOX}[ \t]++(?P<n>\d{{1,2}}+)(?![\w.,'-]))"
)
# a box marked, or named as the answer, in the clause of its rank
_MARKED = re.compile(
    r"(?<![\w'-])(?:circl\w*+|ring(?:ed|s)?|tick\w*+|check(?:ed|s)?|cross(?:ed|es)?|mark(?:ed|s)?|highlight\w*+"
    r"|select\w*+|chos\w*+|choose|pick\w*+|shad(?:ed|e)|filled|blacken\w*+|coch\w*+|entour\w*+|barr\w*+"
    r"|selectionn\w*+|choisi\w*+|noirci\w*+|surlign\w*+|marqu\w*+|colori\w*+|correct|right|bonne|juste"
    r"|answer|reponse|solution|corrige)(?![\w'-])"
)
_IF = re.compile(
    r"(?<![\w'-])(?:si|s'il|s'ils|if|when|whenever|quand|lorsque|whether|unless|otherwise|sinon|else|depending"
    r"|selon|not|never|pas|jamais|ne|n')(?![\w'-])|\?"
)
# the grid's own noun in its lead: the quantity is named before it ("Intercept grid") or after it (« Grille de
# l'ordonnée à l'origine »)
_GRID_NOUN = re.compile(
    r"(?<![\w'-])(?:answer[ \t]++)?(?:grids?|grilles?|boxes|cases|options|choices|choix|qcm|mcq)"
    r"(?:[ \t]++de[ \t]++reponse)?(?:[ \t]++(?:on|in|of|sur|de|du|dans)[ \t]++(?:the|la|le|my|ma|mon)?[ \t]*+"
    r"(?:sheet|worksheet|fiche|copie|copy"
    r"|page|feuille))?(?![\w'-])"
)
_CLAUSE_END = re.compile(r"[,;:.!?()\n]|\s-\s")


def _clause(text: str, start: int, end: int) -> str:
    """The clause of folded ``text`` that holds ``start``-``end`` (cut at punctuation and dashes)."""
    lo = max(0, start - 120)
    head = max((m.end() for m in _CLAUSE_END.finditer(text, lo, start)), default=lo)
    tail = _CLAUSE_END.search(text, end, end + 120)
    return text[head : tail.start() if tail else min(len(text), end + 120)]


def _grid_of(found: list[list[tuple[int, int, str]]], at: int) -> list[tuple[int, int, str]] | None:
    """The grid a rank at ``at`` picks from: the last one before it within 400 characters, else the next
    one within 200."""
    before = [g for g in found if g[-1][1] <= at and at - g[-1][1] <= 400]
    if before:
        return before[-1]
    after = [g for g in found if g[0][0] >= at and g[0][0] - at <= 200]
    return after[0] if after else None


def _rank(match: re.Match[str], size: int) -> int | None:
    nth = match["nth"]
    if nth in ("last", "dernier", "derniere"):
        return size
    rank = ordinal_value(nth) if nth else int(match["n"])
    return rank if rank is not None and 1 <= rank <= size else None


def grids_picked(text: str) -> str:
    """``text`` with what each box picked on an answer grid reads added after it (see the module):
    « réponse : 1 » for a box of the answer, « avis 2 : negative » for a row's column."""
    folded = fold(text[:MAX_CHARS])
    if "|" not in folded:
        return text
    found = grids(folded)
    if not found:
        return text
    told: list[str] = []
    rows = list(_ROW_PICK.finditer(folded))
    for match in rows:
        grid = _grid_of(found, match.start())
        rank = _rank(match, len(grid)) if grid else None
        if grid and rank and not _IF.search(_clause(folded, match.start(), match.end())):
            told.append(f"avis {int(match['row'])} : {grid[rank - 1][2]}.")
    for match in _NTH_BOX.finditer(folded):
        if any(r.start() <= match.start() < r.end() for r in rows):
            continue
        clause = _clause(folded, match.start(), match.end())
        if not _MARKED.search(clause) or _IF.search(clause):
            continue  # "the first box being 0", "tick the first box if yes": no box picked
        grid = _grid_of(found, match.start())
        rank = _rank(match, len(grid)) if grid else None
        if grid and rank:  # the answer's, and the quantity the grid's lead names ("Intercept grid: … -10")
            cell = grid[rank - 1][2]
            lead = folded[folded.rfind("\n", 0, grid[0][0]) + 1 : grid[0][0]]
            named = [part.strip(" \t:=\"'-") for part in _GRID_NOUN.split(lead, maxsplit=1)]
            told.append("\n".join(f"{name} : {cell}." for name in ["reponse", *named] if name))
    return text if not told else text + "\n\n" + "\n".join(told)
