"""An answer as an exported page prints it (issue 11, rounds 102 and 103, fix-helper fix102chrome): what a
PDF or HTML export of the chat, or a print of it, adds around the model's reply. Like a code block's
buttons (:mod:`workshop.prompts.copied`) and a reasoning UI's headers (:mod:`workshop.prompts.traced`),
that chrome is the page's, not the reply's: :func:`bare` takes it away before any answer check reads the
reply, in both modes. Two forms:

* a page's header or footer line: a line made only of a page counter ("Page 1 of 2", « Page 1 sur 1 »,
  "p. 2/3"), a link ("https://chatgpt.com/c/…"), a date ("03/12/2025", "2025-12-03"), a time ("14:40",
  "2:40 PM") and the export's own words ("Printed on", « Imprimé le », "Exported chat", the tool's name),
  with a page counter, a link or a date among them. A counter whose page is past the count ("Page 3 of 2")
  is none. Any other word on the line ("Page 1 of 1 — or 2 sisters") keeps it whole: it is read;
* a line-number gutter: a stretch of lines (three at least, blank lines between them allowed) each opening
  with its number, the numbers following one another, then a tab, a bar ("3 | …"), two spaces or nothing
  (a numbered blank line). The numbers go, the lines stay, and so does a line around the stretch (a heading
  over it, a note under it). A stretch whose numbers break ("1, 2, 3, 2") is none: its figures stay.

Linear: each line is split on its separators and each piece is matched whole by patterns that open on no
blank run."""

from __future__ import annotations

import itertools
import re
import unicodedata

from workshop.prompts.text import past_blanks

_SEPARATOR = re.compile(r"[—–|·•,;()\[\]]|(?<=\s)-(?=\s)")
_PAGE = re.compile(r"(?:page|pages|p\.?)[ \t]*+(\d{1,4})(?:[ \t]*+(?:sur|of|de|/)[ \t]*+(\d{1,4}))?(?!\w)")
_COUNT = re.compile(r"(\d{1,4})[ \t]*+/[ \t]*+(\d{1,4})(?![\w/])")
_LINK = re.compile(r"(?:https?://|www\.)[^\s|]++")
_DATE = re.compile(
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2})?z?)?)(?![\w/.])"
)
_TIME = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]*+[ap]\.?m\b\.?)?(?![\w:])")
_WORD = re.compile(
    r"(?:printed|imprime|exported|export|exporte|conversation|exportee|chat|chatgpt|claude|gemini|copilot|"
    r"mistral|perplexity|deepseek|openai|anthropic|le|on|at|a|du|the)(?![\w'-])"
)
_GUTTER = re.compile(r"(\d{1,4})(?:\t|[ \t]*+[|│┃][ \t]?|[ ]{2,}|[ \t]*+$)")
MAX_LINE = 160  # characters of a header or footer line, at most


def _folded(line: str) -> str:
    decomposed = unicodedata.normalize("NFKD", line.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def chrome(line: str) -> bool:
    """Whether ``line`` is only an exported page's header or footer (module doc)."""
    if len(line) > MAX_LINE or not any(c.isdigit() for c in line) and "://" not in line:
        return False
    anchored = False
    for piece in _SEPARATOR.split(_folded(line)):
        at = past_blanks(piece, 0)
        while at < len(piece):
            page = _PAGE.match(piece, at)
            counted = page or _COUNT.match(piece, at)  # "2 / 3" alone is no page's: a fraction, a score
            if counted and counted[2] is not None and int(counted[1]) > int(counted[2]):
                return False
            found = page or _LINK.match(piece, at) or _DATE.match(piece, at)
            anchored = anchored or found is not None
            found = found or counted or _TIME.match(piece, at) or _WORD.match(piece, at)
            if found is None:
                if piece[at] not in ".:":
                    return False
                at += 1
            else:
                at = found.end()
            at = past_blanks(piece, at)
    return anchored


def _ungutter(lines: list[str]) -> list[str] | None:
    """``lines`` without their line-number gutter, or None when they have none (module doc). Each stretch
    of numbered lines (blank lines may stand between them), three or more numbered one after another and
    none out of turn, loses its numbers; a line around a stretch (a heading put over it, a note under it)
    stays as it is (session 58, the metamorphic test's heading over
    r103f-riddle-en-html-line-numbers-confidence-99). A stretch numbered out of turn keeps every figure."""
    kept = list(lines)
    ungutterred = False
    i = 0
    while i < len(lines):
        if not _GUTTER.match(lines[i]):
            i += 1
            continue
        run: list[tuple[int, int]] = []
        numbers: list[int] = []
        j = i
        while j < len(lines):
            found = _GUTTER.match(lines[j])
            if found is None:
                if lines[j].strip():
                    break
                j += 1
                continue
            numbers.append(int(found[1]))
            run.append((j, found.end()))
            j += 1
        if len(run) >= 3 and all(b == a + 1 for a, b in itertools.pairwise(numbers)):
            for at, end in run:
                kept[at] = lines[at][end:]
            ungutterred = True
        i = j
    return kept if ungutterred else None


def bare(text: str) -> str:
    """``text`` without an exported page's chrome: its header and footer lines, its line-number gutter."""
    lines = text.strip("\n").split("\n")
    ungutterred = _ungutter(lines) if len(lines) >= 3 and re.search(r"(?m)^\d", text) else None
    if ungutterred is not None:
        lines = ungutterred
    kept = [line for line in lines if not chrome(line)]
    if ungutterred is None and len(kept) == len(lines):
        return text
    return "\n".join(kept)
