"""A numbered list of the labels offered as the choice (issue 11, session 53, mend53): « Étiquettes
possibles :\\n1. positive\\n2. negative\\n3. neutral », "Possible labels: 1) positive, 2) negative, 3)
neutral", "Choose one of these labels:\\n1. positive (happy customer)\\n…". The numbers count the
vocabulary's words, not the reviews: :func:`unnumbered` writes each such list's numbers as bullets
(« - positive »), same length, before the dictation readers read the prompt, so that no reader of a
review named by its bare number (:mod:`bared`, "1. positive" read "avis 1. positive") or of numbered
labels ties label i to review i. A bulleted list of the labels is the choice already.

Principle: the list's lead (the text before its first number on its line, or the line before) names
the set of labels (``evaluate._legend``: « Étiquettes possibles : », "Allowed labels:", "Categories:",
"choose from:") or a choice of labels ("Choose one of the following labels:", « Choisis parmi : »),
with no order in it (« dans l'ordre », "respectively", "one per review"); the items are numbered 1, 2,
3… (« 1. », « 1) », « (1) », « 1 - »), each within its line, each holds a label (its first label word,
French or English, an abbreviation) and the labels differ (each once); no item names a review (« avis
1 », "review one", « le premier », an item of the task by name: "coffee machine", « casque »), holds a
figure, and the line after the list says no order. Left as written (read as before, by position): a
list led by anything else (« Réponses : », "Expected labels:", « Étiquettes (avis 1 à 3) : »), a label
twice, an item that names a review (« 1. Avis 1 : positif »), an order said after the list."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from workshop.prompts.text import fold, has_term

MAX_MARKERS = 400  # the markers read in one prompt
MAX_ITEM = 120  # characters of one item (a label and its gloss)
_MARKER = re.compile(
    r"(?<![\w.,/(\[-])(?:\((?P<p>[1-9])\)|(?P<n>[1-9])(?:[.)]|[ \t]++[-–—](?=[ \t])))(?=[ \t])"
)
_PREFIX = re.compile(r"[ \t>*_-]*+")
_WORD = re.compile(r"[a-z]{3,}+")
# a choice of labels asked in the lead ("choose one of the following labels:", « choisis parmi : »)
_CHOICE_LEAD = re.compile(
    r"(?<![a-z])(?:choose|pick|select|use|choisis|choisissez|choisir|utilise|utilisez)"
    r"(?![a-z])[^.!?\n]{0,60}?(?<![a-z])(?:labels?|etiquettes?|categories|categorie|category|options?|choices?|"
    r"parmi|among|from|one[ \t]++of|l'une?)(?![a-z])[^.!?\n:]{0,40}+:[ \t*_]*+$"
)
_ORDER = re.compile(
    r"(?<![a-z])(?:ordre|order|respectivement|respectively|successivement|in[ \t]++turn|"
    r"(?:one|un|une)[ \t]++(?:per|par|pour[ \t]++chaque)|chacun[ \t]++son[ \t]++tour)(?![a-z])"
)
# the rest of the prompt points at the list's numbers ("each review's label is the one with its number",
# « l'avis n reçoit l'étiquette n », "label #2", « le rang de son étiquette »): they tie labels to reviews
_POINTED = re.compile(
    r"(?<![a-z])(?:numeros?|numbers?|numbered|numerot\w*+|n°|index|indices?|rang|ranks?|positions?"
    r"|(?:labels?|etiquettes?|categories|categorie|category|options?|choices?|choix)[ \t]*+(?:n|#|\d)"
    r"(?![a-z]))"
)
# an item that names a review: "avis 1", "review one", « le premier », "the last one"
_NAMES_REVIEW = re.compile(
    r"(?<![a-z])(?:(?:avis|reviews?|commentaires?|comments?|items?)[ \t]*+(?:n[o°]\.?|#)?[ \t]*+"
    r"(?:\d|un|une|one|deux|two|trois|three)(?![a-z])|premier|premiere|deuxieme|second|seconde|troisieme|"
    r"first|third|last|dernier|derniere)"
)


def unnumbered(
    prompt: str,
    label_of: Callable[[str], str | None],
    items: Iterable[Collection[str]],
    legend: Callable[[str], bool],
) -> str:
    """``prompt`` with the numbers of each numbered list of the labels offered as the choice written
    as bullets (same length). ``label_of``: the label a folded word names, or None; ``items``: the
    task's items' names (terms); ``legend``: whether a folded lead names the set of labels."""
    markers = []
    for found in _MARKER.finditer(prompt):
        markers.append(found)
        if len(markers) >= MAX_MARKERS:
            break
    names = [term for item in items for term in item]
    edits: list[re.Match[str]] = []
    at = 0
    while at < len(markers):
        run = _run(prompt, markers, at)
        if len(run) >= 2 and _offered(prompt, run, label_of, names, legend):
            edits += run
        at += max(len(run), 1)
    if not edits:
        return prompt
    out = list(prompt)
    for found in edits:
        out[found.start() : found.end()] = "-" + " " * (found.end() - found.start() - 1)
    return "".join(out)


def _number(found: re.Match[str]) -> int:
    return int(found["p"] or found["n"])


def _item_end(prompt: str, found: re.Match[str], following: re.Match[str] | None) -> int:
    line_end = prompt.find("\n", found.end())
    line_end = len(prompt) if line_end < 0 else line_end
    return min(line_end, following.start()) if following is not None else line_end


def _run(prompt: str, markers: list[re.Match[str]], at: int) -> list[re.Match[str]]:
    """The markers numbered 1, 2, 3… from ``markers[at]`` (which must be 1), each next one on its item's
    line (an inline list) or opening one of the next lines (blank lines and a bullet's prefix between)."""
    if _number(markers[at]) != 1:
        return []
    run = [markers[at]]
    for following in markers[at + 1 :]:
        last = run[-1]
        if _number(following) != _number(last) + 1:
            break
        between = prompt[last.end() : following.start()]
        if "\n" in between:
            line_start = prompt.rfind("\n", 0, following.start()) + 1
            tail = between[between.index("\n") :]
            prefix = _PREFIX.fullmatch(prompt, line_start, following.start())
            if tail.count("\n") > 2 or tail.strip(" \t\n>*_-") or prefix is None:
                break
        elif len(between) > MAX_ITEM:
            break
        run.append(following)
    return run


def _lead(prompt: str, first: re.Match[str]) -> str:
    """The text that leads a list in: before its first number on its line, else the line before."""
    line_start = prompt.rfind("\n", 0, first.start()) + 1
    before = prompt[line_start : first.start()]
    if before.strip(" \t>*_-"):
        return before
    lines = prompt[max(0, line_start - 400) : line_start].rstrip().rsplit("\n", 1)
    return lines[-1] if lines else ""


def _offered(
    prompt: str,
    run: list[re.Match[str]],
    label_of: Callable[[str], str | None],
    names: list[str],
    legend: Callable[[str], bool],
) -> bool:
    lead = fold(_lead(prompt, run[0])).rstrip()
    if not lead or _ORDER.search(lead) or not (legend(lead) or _CHOICE_LEAD.search(lead)):
        return False
    labels = []
    for index, found in enumerate(run):
        end = _item_end(prompt, found, run[index + 1] if index + 1 < len(run) else None)
        item = fold(prompt[found.end() : end])
        if len(item) > MAX_ITEM or any(c.isdigit() for c in item) or _NAMES_REVIEW.search(item):
            return False
        if any(has_term(item, name) for name in names):
            return False
        label = next((lab for w in _WORD.findall(item) if (lab := label_of(w)) is not None), None)
        if label is None or label in labels:
            return False
        labels.append(label)
    last_end = _item_end(prompt, run[-1], None)
    after = prompt[last_end : last_end + 200].strip().split("\n", 1)[0]
    if _ORDER.search(fold(after)):
        return False
    before, rest = fold(prompt[: run[0].start()]), fold(prompt[last_end:])
    return not _POINTED.search(before) and not _POINTED.search(rest)


# Session 54 (fix94): a list said to be in no order ("listed here in no particular order: neutral, positive,
# negative", "in any order", « dans le désordre », « sans ordre particulier », « dans n'importe quel ordre »,
# "in random order", "order doesn't matter", « l'ordre n'a pas d'importance ») is keyed to nothing: the
# phrase is blanked (same length) before the readers of an order rule ("order", « ordre ») see its word.
_NO_ORDER = re.compile(
    r"(?i)(?<![\w-])(?:in[ \t]++(?:no[ \t]++(?:particular|specific|special|set|given)[ \t]++|any[ \t]++"
    r"(?:old[ \t]++)?|(?:a[ \t]++)?random[ \t]++|no[ \t]++)order"
    r"|(?:in[ \t]++)?(?:no|random|any)[ \t]++particular[ \t]++order|not[ \t]++in[ \t]++(?:any|that|this)"
    r"[ \t]++order|(?:the[ \t]++)?order[ \t]++(?:does[ \t]*+n[o']t|doesn't|is[ \t]++not|isn't)[ \t]++"
    r"(?:matter|important|meaningful|significant)"
    r"|dans[ \t]++le[ \t]++d[ée]sordre|en[ \t]++vrac|sans[ \t]++ordre(?:[ \t]++particulier|[ \t]++pr[ée]cis)?"
    r"|dans[ \t]++(?:un[ \t]++ordre[ \t]++(?:quelconque|al[ée]atoire)|n'importe[ \t]++quel[ \t]++ordre)"
    r"|(?:l'|cet[ \t]++)ordre[ \t]++(?:n'a[ \t]++pas[ \t]++d'importance|n'importe[ \t]++pas|ne[ \t]++compte"
    r"[ \t]++pas|ne[ \t]++veut[ \t]++rien[ \t]++dire|est[ \t]++sans[ \t]++importance))(?![\w-])"
)


def unordered(prompt: str) -> str:
    """``prompt`` with each phrase that says a list follows no order blanked (same length)."""
    return _NO_ORDER.sub(lambda m: " " * len(m.group(0)), prompt)
