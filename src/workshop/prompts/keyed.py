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
bonne est la b") is left to :mod:`offered`."""

from __future__ import annotations

import bisect
import re

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
