"""What a room pastes from other tools, read for what it is (session 54, fix-helper fix93: rounds 92 and 93).

- *Stamps and numberings* (:func:`blanked`, for a final answer's readers): a timecode or a clock time
  ("00:01:05,000 --> 00:01:10,500", "[01:01]", "14:01"), a date ("01/02/2025", "2025-01-01"), a version
  ("v1.1.0", "1.2.3"), a spreadsheet cell's reference ("A1", "C2") and the numbers of a list of
  instructions numbered in brackets ("(1) … (2) … (3)", from 1, each once, in order) are no value of the
  task's quantity: blanked, same length, before the value readers run (round 93's SRT cue read its "01" as
  a dictated 1; round 92's "(1)" before "Caroline" as a noted 1).
- *A formula's result* (:func:`results_read`): "B3 : =B2-4*B1 → -10", "=GCD(35, 64) returns 1", « C1 :
  =PGCD(A1;B1) → 1 », "=10-4*5 ⇒ -10": the value a cell's formula shows is a value computed for the
  model, read as the asked quantity's ("ordonnee a l'origine = -10"), whatever the cell.
- *Labels keyed by identifiers* (:func:`keyed_labels`): "C2 : positive | C3 : negative | C4 : neutral",
  "?r1=positive&r2=negative&r3=neutral", "entry.1001=positive&…", "review_a: positive", "D5 → positive":
  keys of one family (the same prefix, then consecutive numbers or letters), one per item, each tied to a
  label, map the items to their labels in order, as "1: positive" does. A record's attributes key them too
  (session 54, fix96: round 96's XML export): in one markup tag or one braced record ('<review id="1"
  sentiment="positive"/>', '<li data-id="a" data-label="negative">', "{id=3, label=neutral}"), an attribute
  whose value is an index and another whose value is a label read as "review1: positive".
- *A table's rows* (:func:`rows_read`, session 54, fix96: round 96's "| line | slope | intercept |" over "|
  parallel through (5, 10) | 4 | -10 |"): a Markdown table's data are data, but a cell under a column that
  names the asked quantity holds a value of it: each body row is read "header : cell ;" one cell after
  the other, so the row of the line asked hands its intercept over, a "?" or an empty cell nothing.
  Session 55 (mendrows): only a row that records the task's own case is read: a row with a column that
  names the asked quantity (its terms, or "answer"/« réponse ») and no number but the task's data in its
  other cells. A row of another pair, line or family ("| 8 | 27 | 1 | yes |" under "a | b | gcd |", the
  worked examples or test cases a student pastes) is about other data, and a row's number ("n°", "#",
  « cas », "id": the row's index) is no value: neither read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from workshop.prompts.slotted import BRACKETED
from workshop.prompts.text import fold, number_value, term_pattern

# A timecode or a clock time (minutes and seconds under 60, milliseconds after a comma or a dot), a date,
# a version (a "v" and one to three numbers, or three or four dotted numbers), a cell's reference.
_STAMP = re.compile(
    r"(?<![\w.,:/-])(?:"
    r"\d{4}-\d\d-\d\d(?:t\d\d:\d\d(?::\d\d)?+(?:[.,]\d{1,3})?+z?)?+"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{1,2}:[0-5]\d(?::[0-5]\d)?+(?:[.,]\d{1,3})?+"
    r"|v\d{1,3}(?:\.\d{1,3}){0,3}"
    r"|\d{1,4}(?:\.\d{1,4}){2,3}"
    r")(?![\w/:]|[.,]\d)",
    re.I,
)
# A spreadsheet in view: a formula ("=B2-4*B1", "=PGCD(", "= SUM(") or a word for one: only then is "A1"
# a cell (a CSV's header "n1;n2;gcd" names columns, read as they are).
_SHEET = re.compile(
    r"(?<![\w=<>!])=[ \t]?+[a-z$]{1,12}+[\d(]|\b(?:tableurs?|feuilles?[ \t]++de[ \t]++calcul|classeurs?|"
    r"cellules?|cells?|spreadsheets?|sheets?|excel|calc|workbooks?)\b",
    re.I,
)
_CELL = re.compile(r"(?<![\w.,:/$-])\$?+[a-z]{1,2}\$?+[1-9]\d{0,3}(?![\w.$]|,\d)", re.I)
MAX_STAMPS = 400


def _numbering(text: str) -> list[re.Match[str]]:
    """The bracketed numbers of a list numbered from (1), each once, in order, two at least."""
    found = []
    for count, m in enumerate(BRACKETED.finditer(text)):
        if count >= MAX_STAMPS:
            return []
        found.append(m)
    numbers = [int(m.group(1)) for m in found]
    return found if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) else []


def blanked(text: str, refs: bool = True) -> str:
    """``text`` with its stamps, bracketed numbering and (with ``refs``, a spreadsheet in view: a formula or
    a word for one) cell references blanked, same length (the prompt's rest is blanked without its
    references first, :func:`results_read` reading them in a formula before a final check blanks them
    too)."""
    out = list(text)
    spans = [m.span() for m in _numbering(text)]
    for pattern in (_STAMP, _CELL) if refs and _SHEET.search(text) else (_STAMP,):
        for count, m in enumerate(pattern.finditer(text)):
            if count >= MAX_STAMPS:
                break
            spans.append(m.span())
    for start, end in spans:
        if 0 < start and end < len(text) and text[start - 1] + text[end] in ("[]", "()"):
            start, end = start - 1, end + 1  # "[10:02] Prof : …": the line opens on its speaker again
        out[start:end] = " " * (end - start)
    return "".join(out)


# A spreadsheet formula ("=" right before a cell, a function, a figure or a bracket; or any "=" run that
# holds a cell's reference or a function's call), then the result it shows after an arrow or a verb.
_RESULT = re.compile(
    r"(?<![\w=<>!])=(?P<formula>[ \t]?+[\w$(][^=\n→⇒]{0,80}?)"
    r"[ \t]*+(?:→|->|=>|⇒|\b(?:returns|gives|shows|displays|evaluates[ \t]++to|renvoie|donne|affiche"
    r"|retourne)\b)"
    r"[ \t]*+:?[ \t]*+(?P<value>[-+−]?[ \t]?+\d{1,6}(?:[.,]\d{1,4})?+)(?![\d\w])",
    re.I,
)
_CELLISH = re.compile(r"(?<![\w])(?:[a-z]{1,2}\$?+[1-9]\d{0,3}(?![\w])|[a-z]{2,12}\()", re.I)


def results_read(folded: str, about: list[str], unit: list[str]) -> list[str]:
    """[``folded`` with each formula's result written "quantity = value"] when it holds one, else []:
    the quantity is the check's first plain ``about`` term, or "reponse" for a count (its ``unit``)."""
    plain = [a for a in about if not a.startswith(("re:", "line:"))]
    if not plain and not unit:
        return []
    term = plain[0] if plain else "reponse"

    def read(m: re.Match[str]) -> str:
        formula = m.group("formula")
        if formula[:1] in (" ", "\t") and not _CELLISH.search(formula):
            return m.group(0)  # "= 10 - 20 → …" in prose: a computation, read as written
        value = m.group("value").replace(" ", "").replace("\t", "").replace("−", "-")
        return f"={formula} ; {term} = {value} ;"

    text = _RESULT.sub(read, folded)
    return [text] if text != folded else []


# A key then a label: an identifier of a few letters, maybe a separator, then an index of digits or one
# letter (or an index alone), ":", "=", "→" or "->", and a word.
_KEYED = re.compile(
    r"(?<![\w.])(?P<prefix>[a-z_]{0,20}?[._-]?+)(?P<index>\d{1,6}|[a-z])"
    r"[ \t]*+(?::|=|→|->|=>)[ \t]*+[\"'«]?[ \t]*+(?P<word>[a-z]{3,12})(?![\w])",
    re.I,
)


# One record: a markup tag or a braced record on one line; in it, attributes "name=value", "name: value".
_RECORD = re.compile(r"<[a-z][\w:.-]{0,30}+[^<>\n]{0,400}+>|\{[^{}\n]{0,400}+\}", re.I)
_ATTRIBUTE = re.compile(
    r"(?<![\w-])[\"']?+(?P<name>[a-z_][\w:.-]{0,30}+)[\"']?+[ \t]*+[=:][ \t]*+[\"'«]?+[ \t]*+"
    r"(?P<value>[\w.-]{1,20}+)",
    re.I,
)


def _recorded(folded: str, label_of: Callable[[str], str | None]) -> list[tuple[str, str, str, int]]:
    """(family, index, label, start) of each record that holds one index attribute (digits or one letter)
    and one label attribute; the family is the tag's name and the two attributes' names."""
    found = []
    for number, record in enumerate(_RECORD.finditer(folded)):
        if number >= MAX_STAMPS:
            break
        tag = re.match(r"<([\w:.-]++)", record.group(0))
        indexes, labels = [], []
        for m in _ATTRIBUTE.finditer(record.group(0)):
            value = m.group("value")
            if re.fullmatch(r"\d{1,6}|[a-z]", value, re.I):
                indexes.append((m.group("name").lower(), value.lower()))
            elif (label := label_of(value)) is not None:
                labels.append((m.group("name").lower(), label))
        if len(indexes) == 1 and len(labels) == 1:
            family = f"<{tag.group(1).lower() if tag else ''} {indexes[0][0]} {labels[0][0]}>"
            found.append((family, indexes[0][1], labels[0][1], record.start()))
    return found


def keyed_labels(
    folded: str, label_of: Callable[[str], str | None], count: int | None
) -> tuple[list[str], int] | None:
    """The labels of the items in order, and where their first key starts, when ``folded`` keys ``count``
    labels (``count`` three or more; None: any number from three) by one family of identifiers, their indexes
    consecutive; else None."""
    families: dict[str, list[tuple[str, str, int]]] = {}
    for number, m in enumerate(_KEYED.finditer(folded)):
        if number >= MAX_STAMPS:
            break
        label = label_of(m.group("word"))
        if label is None:
            continue
        key = m.group("prefix").lower()
        families.setdefault(key, []).append((m.group("index").lower(), label, m.start()))
    for family, index, label, start in _recorded(folded, label_of):
        families.setdefault(family, []).append((index, label, start))
    for pairs in families.values():
        if len(pairs) < 3 or (count is not None and len(pairs) != count):
            continue
        indexes = [int(i) if i.isdigit() else ord(i) for i, _, _ in pairs]
        if all(i.isdigit() for i, _, _ in pairs) or all(i.isalpha() for i, _, _ in pairs):
            if indexes == list(range(indexes[0], indexes[0] + len(pairs))):
                return [label for _, label, _ in pairs], pairs[0][2]
    return None


# A Markdown table's row: "|" cells "|", maybe a sentence after its last bar on the same line.
_ROW = re.compile(r"(?m)^[ \t]*+\|(?P<cells>[^\n]{0,600})\|(?P<after>[^|\n]{0,600}+)$")
_RULE = re.compile(r"(?<![ \t])[ \t]*+:?-{2,}+:?[ \t]*+")


# Session 55 (mendrows): what a header names. A column of the answer itself, whatever the quantity; a column
# of the rows' own numbers (« n° », "#", "id", « cas », "row"): an index, no value and no data.
_ANSWER_HEADER = re.compile(r"(?<![\w])(?:reponses?|answers?|resultats?|results?|solutions?)(?![\w])")
_INDEX_HEADER = re.compile(r"(?:n[°º]|nos?|nr|#|ids?|cas|cases?|rows?|lignes?|rangs?|index|num|numero)\.?+")
_INDEX_CELL = re.compile(r"(?:#|n[°º])?+[ \t]?+(?:\d{1,4}+|[a-z])\.?+")
_HEADER_WORD = re.compile(r"[a-z]{3,20}+")
_NUMBER = re.compile(r"(?<![\d.,])\d{1,12}+(?:[.,]\d{1,12}+)?+")
# The line's parameters as a table's header names them ("slope", « pente », "b"), for a check of the line.
LINE_TERMS = [
    "coefficient directeur",
    "pente",
    "slope",
    "gradient",
    "ordonnee a l'origine",
    "intercept",
    "equation",
    "re:[abmp]",
]


# A count in the task's data, a number then its noun ("3 freres", "2 sisters"): a column so headed holds it.
_COUNTED = re.compile(r"(?<![\w.,])(?P<n>\d{1,6}+)[ \t]++(?P<noun>[a-z]{3,20}+)")


def _numbers(text: str) -> set[str]:
    """The numbers a cell (folded) holds: its figures, or the number it writes in one word (« deux »)."""
    found = [m.group(0) for count, m in enumerate(_NUMBER.finditer(text)) if count < MAX_STAMPS]
    if not found and (value := number_value(text.strip())) is not None:
        found = [str(value)]
    return {n.replace(",", ".") for n in found}


def _counted(data: Sequence[str]) -> dict[str, set[str]]:
    """Each noun counted in the task's data (its first five letters) and the numbers that count it."""
    counts: dict[str, set[str]] = {}
    for text in data:
        for count, m in enumerate(_COUNTED.finditer(fold(text))):
            if count < MAX_STAMPS:
                counts.setdefault(m["noun"][:5], set()).add(m["n"])
    return counts


def _asked(terms: Sequence[str]) -> Callable[[str], bool]:
    """Whether a header (folded) names the quantity of ``terms`` (a check's ``about`` and ``unit``: a word
    matches at a word's start, a "re:" regex the whole header) or the answer itself."""
    plain = [term_pattern(t) for t in terms if not t.startswith(("re:", "line:"))]
    named = re.compile("|".join(plain)) if plain else None
    whole = [t[3:] for t in terms if t.startswith("re:")]

    def asked(header: str) -> bool:
        if _ANSWER_HEADER.search(header) or (named is not None and named.search(header)):
            return True
        return any(re.fullmatch(pattern, header) for pattern in whole)

    return asked


def _indexed(header: str, cell: str) -> bool:
    """Whether a cell numbers its row: a bare number or letter under « n° », "#", « cas », "id"."""
    return bool(_INDEX_HEADER.fullmatch(header) and _INDEX_CELL.fullmatch(cell))


def _own_case(
    header: list[str],
    row: list[str],
    asked: Callable[[str], bool],
    given: set[str],
    counted: dict[str, set[str]],
) -> bool:
    """Whether a body row records the task's own case: a cell under a column of the asked quantity, and in
    its other cells (an index's left out) no number the task's data does not hold; under a header that
    names a noun the data counts ("frères": "3 frères"), that count."""
    under = [asked(h) for h in header]
    if not any(a and c for a, c in zip(under, row, strict=True)):
        return False
    for h, c, a in zip(header, row, under, strict=True):
        if a or _indexed(h, c):
            continue
        numbers = _numbers(c)
        nouns = [w[:5] for w in _HEADER_WORD.findall(h) if w[:5] in counted]
        if not numbers <= given or (nouns and not numbers <= counted[nouns[0]]):
            return False
    return True


def rows_read(folded: str, terms: Sequence[str] = (), data: Sequence[str] = ()) -> list[str]:
    """[``folded`` with each Markdown table's body rows that record the task's own case read "header : cell
    ; …" under it] when it holds one, else []. A row records it when a column of the header names the asked
    quantity (``terms``: a check's ``about`` and ``unit``; or the answer, « réponse ») and its other cells
    hold no number the task's ``data`` (texts) does not: a row of other data (another pair's gcd, another
    family, a test case) is a worked example, no answer. An index column (« n° », "#", « cas ») is no value:
    left out of the reading."""
    asked = _asked(terms)
    given, counted = {n for text in data for n in _numbers(fold(text))}, _counted(data)
    rows = [m for count, m in enumerate(_ROW.finditer(folded)) if count < MAX_STAMPS]
    blocks: list[list[re.Match[str]]] = []
    for m in rows:
        joined = blocks and folded[blocks[-1][-1].end() : m.start()] == "\n"
        if joined and not blocks[-1][-1].group("after").strip():
            blocks[-1].append(m)
        else:
            blocks.append([m])
    read = []
    for block in blocks:
        cells = [[c.strip() for c in m.group("cells").split("|")] for m in block]
        cells = [row for row in cells if not all(_RULE.fullmatch(c) or not c for c in row)]
        if len(cells) < 2:
            continue
        header = cells[0]
        for row in cells[1:]:
            if len(row) == len(header) and _own_case(header, row, asked, given, counted):
                said = [
                    f"{h} : {c}" for h, c in zip(header, row, strict=True) if h and c and not _indexed(h, c)
                ]
                read.append(" ; ".join(said) + " .")
    return [folded + "\n\n" + "\n".join(read)] if read else []
