"""Answers given by position instead of by name (issue 11, round 65): a bare ordered sequence of the
answer's values whose place says what each one is.

- A line's two parameters as a bare pair (:func:`pair_read`): one sentence of the prompt's own
  words (number words read as digits first, :mod:`numwords`) whose numbers are exactly two, with no
  operation nor "x"/"y" between them (a computation, a point's coordinates), nor a point ("le point
  (4, -10)", "through (4, -10)"), nor a range (« entre 4 et -10 », "from 4 to -10"): « Quatre pour
  monter, moins dix pour partir sous le zéro », "Observation: (4, -10)", « Indice : 4 et -10 ». It
  is read as the line "y = Xx + Y", the order of a line's parameters in y = ax + b.
- Labels as a tool's or a model's output (:func:`labels_observed`): a list of labels only (brackets,
  quotes and commas between them), as many as the task's items, right after an output's cue
  ("Observation:", "Output:", "Result:", "Returns", « Résultat : », « Sortie : », "→", "=>"): the
  i-th label is item i's. A list of the labels offered as the choice ("Labels possibles : [positive,
  negative, neutral]", « avec positive, negative ou neutral ») has no output's cue and stays a set,
  whatever its order: the cue, not the order, tells an assignment from the label set. After a cue
  too, labels followed by a choice ("Result: positive, negative, neutral (choose one per review)",
  « au choix ») are the set, and so are labels between slashes or bars ("Output: positive / negative
  / neutral", a format's choices) unless the cue tells an output observed (« Sortie du modèle → »,
  "Observation:", "returned").

- Labels assigned to what holds one label per item (session 50, :data:`_PER_ITEM_CUE`): a gold or
  expected vector, a dataframe's column ("y_true = ['positive', 'negative', 'neutral']", "df['label'] =
  [...]"), by an assignment's sign only; a set's name (LABELS, classes) or a colon cue stays the set.

Limits: a pair told across two sentences, or with a third number in its sentence (« 4 pour
monter, -10 pour descendre, 2 fois plus vite »), is not read; an output list without a cue (a
bare "[positive, negative, neutral]" line) is read as the label set."""

from __future__ import annotations

import re
from collections.abc import Callable

from workshop.prompts import numwords
from workshop.prompts.text import sentences

MAX_SENTENCES = 400
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<sign>[-−–][ \t]?)?(?P<v>\d{1,4}+)(?:[.,](?P<d>\d{1,3}+))?(?![\w]|[.,]\d)"
)
# an operation or an equation between the two: a computation, a point's coordinates named ("x = 4, y = -10")
_BETWEEN = re.compile(r"[=<>≤≥×*/^+]|\b[xy]\b")
# a point or a range before the pair, a count's or a list's noun right before its first number, a range,
# a ratio or a product as all that stands between them ("4 to 10", « 4 sur 10 », "3 x 5"): no line's
# parameters
_POINT_BEFORE = re.compile(
    r"\b(?:points?|through|passe|passant|passing|par|via|entre|between|from|coordonnees|coordinates)\b|[(\[]"
)
_COUNTED_BEFORE = re.compile(
    r"\b(?:de|du|des|d|from|x|y|n°|no|numero|number|exercices?|exercises?|questions?|pages?|etapes?|steps?|"
    r"parties|parts?|lignes?|lines?)[ \t#°]*+$"
)
_PERCENT_AFTER = re.compile(r"(?<![ \t])[ \t]*+(?:%|pour[ \t]++cent|percent|per[ \t]++cent)")
_RANGE_BETWEEN = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?:to|a|au|jusqu'a|till|until|fois|times|sur|over|out[ \t]++of|par|per|x)"
    r"(?![\w'])|-)[ \t]*+"
)


# Round 78 (fix78a): a tuple or a list of numbers assigned in code, a default, a constant or a fixture's value
# ("defaults=(4, -10)", "PARAMS = [4, -10]", "params: tuple = (4, -10)"): the values in a bracket, no point,
# unless the name assigned is a point's ("point = (5, 10)", "p0 = (5, 10)", "xy = (5, 10)")
_ASSIGNED = re.compile(
    r"(?<![\w])(?P<name>[a-z_][\w]{0,30}+)(?:[ \t]*+:[ \t]*+(?P<type>[a-z_][\w.\[\],]{0,30}+))?"
    r"[ \t]*+=[ \t]*+[(\[]$"
)
_POINT_NAME = re.compile(r"(?:points?|pts?|p\d?|coords?|coordinates?|coordonnees|xy|[a-z]|passage)_?\d?")


def _assigned(before: str) -> bool:
    m = _ASSIGNED.search(before)
    return m is not None and not any(_POINT_NAME.fullmatch(n) for n in (m["name"], m["type"] or "") if n)


def _values(sentence: str) -> list[tuple[re.Match[str], str]]:
    return [
        (m, ("-" if m["sign"] else "") + m["v"] + (f".{m['d']}" if m["d"] else ""))
        for m in list(_NUMBER.finditer(sentence))[:3]
    ]


def pair_read(folded: str) -> str:
    """``folded`` with "y = Xx + Y" added after it for each sentence that tells a bare pair of
    numbers (see the module); unchanged when none does."""
    said = numwords.digits(folded)
    found = []
    for sentence in sentences(said)[:MAX_SENTENCES]:
        values = _values(sentence)
        if len(values) != 2:
            continue
        (first, a), (second, b) = values
        if any(_PERCENT_AFTER.match(sentence, m.end()) for m, _ in values):
            continue  # a percentage is a share, no line's parameter (« une remise de −10 % »)
        before = sentence[max(0, first.start() - 24) : first.start()]
        between = sentence[first.end() : second.start()]
        if _BETWEEN.search(between):
            continue
        if _COUNTED_BEFORE.search(before) or _RANGE_BETWEEN.fullmatch(between):
            continue
        if _POINT_BEFORE.search(before) and not (_OUTPUT_CUE.search(before) or _assigned(before)):
            # "Observation: (4, -10)" is an output, "defaults=(4, -10)" a constant: their brackets no point
            continue
        sign = "-" if b.startswith("-") else "+"
        found.append(f"y = {a}x {sign} {b.lstrip('-')}")
    return folded if not found else folded + "\n\n" + "\n".join(f"{line}." for line in found)


# a tool's, a model's or a program's output
_OUTPUT_CUE = re.compile(
    r"(?:\b(?:observations?|outputs?|results?|resultats?|sorties?|returns?|returned|retourne|renvoie|"
    r"predictions?|predicted|predit|prediction|stdout|console|repl)\b[ \t]*+(?:de[ \t]++l'outil[ \t]*+|"
    r"of[ \t]++the[ \t]++tool[ \t]*+)?[:=>]*+|→|=>|->)[ \t]*+[\[({\"'«`]*+[ \t]*+$"
)
_LABEL_RUN = re.compile(
    r"(?<![a-z])[a-z]{3,}+(?:[\"'»`\])}]*+[ \t]*+[,;/|][ \t]*+[\[({\"'«`]*+[ \t]*+[a-z]{3,}+){1,30}+"
)
# labels between slashes or bars are alternatives ("positive / negative / neutral"), the set offered
_ALTERNATIVES = re.compile(r"[a-z][\"'»`\])}]*+[ \t]*+[/|]")
# an output observed, not a format asked for: a tool's or a model's, returned, predicted, an arrow
_OBSERVED = re.compile(
    r"\b(?:observations?|returns?|returned|retourne|renvoie|predictions?|predicted|predit|stdout|console|repl|"
    r"(?:du|of[ \t]++the|de[ \t]++l'|the)[ \t]*+"
    r"(?:modele|model|outil|tool|ia|ai|llm|assistant|programme|program))\b"
    r"|→|=>|->"
)
# Session 50 (fix78b): a list assigned to what holds one label per item (a gold or expected vector, a
# dataframe's column): "y_true = ['positive', …]", "expected_labels = […]", « attendus = […] »,
# "df['label'] = […]", "data.loc[:, 'sentiment'] = […]"; an assignment only (=, ==, :=, <-), never a
# colon ("Format attendu : positive, negative, neutral" offers the set), and never a set's name (LABELS,
# classes, choices: no name here holds them)
_PER_ITEM_CUE = re.compile(
    r"(?:\b(?:y|y[_ ]?(?:true|test|gold|ref|expected|attendus?|vrai)|(?:true|gold|golden|expected|reference|"
    r"annotated|attendu|vrai)e?s?[_ ]?(?:labels?|sentiments?|etiquettes?|outputs?|y)|"
    r"gold(?:en)?|ground[_ ]?truth|truth|expected|attendue?s?|annotations?|verite[_ ]?terrain)"
    # a column by its key: not a set's key ("config['labels']", "schema['enum']")
    r"|\b[a-z_]\w{0,30}+(?:\.i?loc)?[ \t]*+\[[ \t]*+(?:[^\[\]\n\"',]{0,12}+,[ \t]*+)?[\"']"
    r"(?!(?:labels|classes|categories|choices|options|enum|allowed|valeurs|values)[\"'])[a-z_ ]{1,30}+[\"']"
    r"[ \t]*+\])"
    r"[ \t]*+(?:==?|:=|<-)[ \t]*+[\[({\"'«`]*+[ \t]*+$"
)
# a choice said right after the list: « (choose one per review) », « au choix », "pick one"
_CHOICE_AFTER = re.compile(
    r"^[\"'»`\])}]*+[ \t]*+[(,;:—–-]?[ \t]*+(?:choose|choisis|choisir|choisissez|pick|select|au[ \t]++choix|"
    r"one(?:[ \t]++[a-z]{2,12}){0,2}[ \t]++(?:per|for|of|each)|"
    r"une?(?:[ \t]++[a-z]{2,12}){0,2}[ \t]++(?:par|pour|parmi)|"
    r"parmi|either|or\b|ou\b)"
)


def labels_observed(folded: str, label_of: Callable[[str], str | None], count: int) -> list[tuple[int, str]]:
    """The (item, label) pairs of the first list of labels only, as many as ``count`` (two or
    more), that an output's cue leads in (see the module); [] when none does."""
    if count < 2:
        return []
    for run in list(_LABEL_RUN.finditer(folded[:65_536]))[:200]:
        words = re.findall(r"[a-z]{3,}+", run.group(0))
        labels = [label_of(w) for w in words]
        if len(labels) != count or None in labels:
            continue
        before = folded[max(0, run.start() - 60) : run.start()]
        if _CHOICE_AFTER.search(folded[run.end() : run.end() + 40]):
            continue  # the label set offered, not one label an item
        if _ALTERNATIVES.search(run.group(0)) and not _OBSERVED.search(before):
            continue  # "Output: positive / negative / neutral", a format's choices
        lead = folded[max(0, run.start() - 40) : run.start()]
        if _OUTPUT_CUE.search(lead) or _PER_ITEM_CUE.search(lead):
            return [(i, label) for i, label in enumerate(labels, 1) if label is not None]
    return []
