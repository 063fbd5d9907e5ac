"""A yes/no game's transcript read as what it states (round 67, fix-helper fix67).

« Est-ce plus que 0 ? » → oui. « Est-ce plus que 1 ? » → non », "Is the gcd even? No. Is it greater
than 1? No.", "Moi : Est-ce que b est plus grand que −11 ?\\nTuteur : Oui.": each question about the
unknown, with its one-word reply (oui/non, yes/no, next to it, after "→", "R :", a chat label or a new
line), says as much as the statement it amounts to ("la réponse est plus que 0", "… n'est pas plus que
1"). :func:`readings` gives the folded text with those statements added, once with each name the
answer readers know the unknown by (the answer, the gcd, the intercept ``b``), for the bound and
property reader (:func:`workshop.prompts.constrained.pinned`) to read as it reads a told hint: an
exchange that leaves one value dictates it; one that leaves several (« Est-ce un entier ? Oui »)
dictates nothing.

Read only: a question about a number's property (a figure, a bound, parity, sign, zero, a multiple) whose
subject is no figure ("Is 35 greater than 1? Yes." is about the data), and a reply that is one word of
assent or denial standing alone ("No idea", "yes or no", "Yes, if…", « Oui, mais… » are no reply).
Inputs are folded; questions over :data:`MAX_QUESTION` characters are not read."""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_CHARS = 20_000
MAX_QUESTION = 200
MAX_PAIRS = 40

# the question's start: the last boundary before its "?" (a sentence's end, a colon, a quotation mark)
_BOUNDARY = re.compile(r"[.!?;:\n«»\"“”→]")
# after the "?": a closing quote, a new line, an arrow or a dash, a speaker's label (« R : », "Tutor:"), an
# opening quote, then the reply standing alone
_REPLY = re.compile(
    r"\?[ \t]*+(?:[»\"”'][ \t]*+)?(?:\n[ \t]*+)?(?:(?:→|->|=>|—|–|-)[ \t]*+)?"
    r"(?:[a-z]{1,12}+[ \t]*+:[ \t]*+)?(?:[«\"“'][ \t]*+)?"
    r"(?P<reply>oui|ouais|non|nan|yes|yep|yeah|no|nope)(?![\w'-])"
    r"(?![ \t]*+(?:ou|or|/)(?![\w'-]))"
    # a reply under a condition or a doubt ("Yes, if they are coprime", « Oui, mais… ») is none
    r"(?![ \t]*+,[ \t]*+(?:if|si|s'il|s'ils|only|seulement|but|mais|unless|sauf|when|quand|maybe|peut)"
    r"(?![\w'-]))"
    r"(?=[ \t]*+(?:[.!,;»\"”')\n]|→|$))"
)
_YES = ("oui", "ouais", "yes", "yep", "yeah")
# the interrogative frame taken off ("est-ce que", "is it", "does it"), an inverted pronoun dropped
_OPENER = re.compile(
    r"^[ \t]*+(?:(?P<fr>est[ -]ce[ \t]++qu(?:e[ \t]++|')|est[ -]ce[ \t]++|c'est[ \t]++"
    r"|ca[ \t]++(?:fait|vaut|est)[ \t]++"
    r"|(?:est|vaut|fait)-(?:t-)?(?:il|elle)[ \t]++)"
    r"|(?P<en>(?:is|are|was|does|do|did)[ \t]++(?:it|that|this)[ \t]++|(?:is|are|was|does|do)[ \t]++))?"
)
_INVERTED = re.compile(r"-(?:t-)?(?:il|elle|ils|elles)(?![\w'-])")
_PROPERTY = re.compile(
    r"\d|(?<![\w'-])(?:paire?|impaire?|even|odd|positi\w*|negati\w*|nul(?:le)?|zero|multiples?|divisibles?"
    r"|entiers?|integers?)(?![\w'-])"
)
_FIGURE_FIRST = re.compile(r"^[ \t]*+(?:le[ \t]++nombre[ \t]++|the[ \t]++number[ \t]++)?[-+]?[ \t]?\d")
# the names the answer readers know the unknown by
_HEADS = ("la reponse", "le pgcd", "b")


def _pairs(text: str) -> list[tuple[str, bool, bool]]:
    """(the question's body, its frame French, the reply a yes) for each question answered in ``text``."""
    found: list[tuple[str, bool, bool]] = []
    for m in _REPLY.finditer(text):
        window = text[max(0, m.start() - MAX_QUESTION) : m.start()]
        starts = [b.end() for b in _BOUNDARY.finditer(window)]
        if not starts and m.start() > MAX_QUESTION:
            continue
        question = window[starts[-1] if starts else 0 :]
        opener = _OPENER.match(question)
        body = question[opener.end() if opener else 0 :]
        french = (
            bool(opener and opener["fr"]) or not (opener and opener["en"]) and bool(_INVERTED.search(body))
        )
        body = _INVERTED.sub("", body).strip()
        if not body or not _PROPERTY.search(body) or _FIGURE_FIRST.match(body):
            continue
        found.append((body, french, m["reply"] in _YES))
        if len(found) >= MAX_PAIRS:
            break
    return found


def readings(text: str) -> Iterator[str]:
    """The folded ``text`` with each answered question said as a statement, once per name of the unknown
    (see the module); nothing when it holds no such question."""
    text = text[:MAX_CHARS]
    if "?" not in text:
        return
    pairs = _pairs(text)
    if not pairs:
        return
    for head in _HEADS:
        said = [
            f"{head} {'est' if french else 'is'} {'' if yes else ('pas ' if french else 'not ')}{body}."
            for body, french, yes in pairs
        ]
        yield text + "\n\n" + "\n".join(said)
