"""Scored records that are not about the task's question (session 47, fix-helper fair47).

Round 60's reader of machine-learning outputs (:func:`artefacts.ml_outputs`) reads a record with a label
and a score ({"label": "yes", "score": 0.97}) as the model's answer, and the answer readers read a
record's "answer"/"label" field as told. A prompt also shows such records about something else:

- a few-shot example on ANOTHER question, announced as such ("Format example, on another pair: …",
  « Exemples sur d'autres paires : … », "on another question ("How many moons…?"): {"answer": "1", …}"),
  or whose lead's words (before any brace or bracket) hold two numbers of their own or more and none of
  the data's ("Are 9 and 10 coprime?" → {…});
- a model card's or a report's metrics ("per-class F1 on last year's test reviews: {"label":
  "positive", "score": 0.93}, …", {"label": "yes", "precision": 0.97});
- the other inputs of such an example, numbered and quoted in its lead (round 79: « Exemple pour deux autres
  avis (1 : « Très déçu, l'écran est rayé. » ; 2 : « Parfait, rien à redire. ») : {…} »): their numbers name
  the example's inputs, not the task's items, unless the quotation shares two words of five letters or more
  with the task's data (a review retyped as "another" stays read);
- a rubric's points ("Rubric: [{"label": "reasoning", "score": 1}]", « barème : … »), when what it scores
  is no value of an answer (a number, a verdict, a label): a rubric that scores the answer's values
  ({"answer": "1", "score": 2}) dictates them and is read.

:func:`blanked` writes those records as blanks (same length) before the dictation readers run. The lead is
the record's sentence before it (at most 240 characters, from the last line break or full stop): a record
of a list inherits its neighbours' lead. Limits: a record about the task's own question that a student
announces as "another pair", a per-class metric list in the reviews' order, are read as no answer; a lead
two sentences before the records is not seen; a full stop that closes a quotation or an aside ends no lead
(round 79). Other inputs numbered without quotation marks ("1: very disappointed; 2: perfect") stay read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from workshop.prompts.instances import data_numbers, digits
from workshop.prompts.text import fold

MAX_RECORDS = 200
_RECORD = re.compile(r"\{[^{}\n]{1,300}\}")
# a record's field of a metric, not of a probability: {"label": "yes", "precision": 0.97}
_METRIC_FIELD = re.compile(
    r"[\"']?(?:precision|recall|rappel|f1|f1_score|f1-score|f_score|accuracy|exactitude|support|auc|roc_auc"
    r"|bleu|rouge|mae|rmse)[\"']?[ \t]*+:",
)
_OTHER = re.compile(
    r"(?<![\w'-])(?:another|other|others|autres?|d'autres|differente?s?|different)[ \t]++"
    r"(?:[a-z'-]++[ \t]++)?"
    r"(?:questions?|pairs?|paires?|couples?|reviews?|avis|riddles?|enigmes?|puzzles?|inputs?|entrees?|examples?"
    r"|exemples?|cases?|cas|problems?|problemes?|sentences?|phrases?|texts?|textes?|numbers?|nombres|data"
    r"|donnees|famil(?:y|ies|les?)|lines?|droites?|tasks?|taches?)(?![\w'-])"
)
_METRIC = re.compile(
    r"(?<![\w'-])(?:model[ \t]++card|fiche[ \t]++(?:[a-z']++[ \t]++){0,2}?modele|f1|f-score|f1-score|accuracy"
    r"|precision|recall|rappel|exactitude|per[ -]class|par[ \t]++classe|test[ \t]++set"
    r"|jeu[ \t]++de[ \t]++test"
    r"|benchmark)(?![\w'-])"
)
_RUBRIC = re.compile(
    r"(?<![\w'-])(?:rubric|bareme|grading|scoring|marking|mark[ \t]++scheme|grille|criteres|criteria)"
    r"(?![\w'-])"
)
# a rubric that scores the answer's values ({"answer": "1", "score": 2}, {"label": "yes", "points": 1})
# dictates them, as reread's marking scheme does ("1 pt si b = -10"): its records are read
_VALUE = re.compile(
    r":[ \t]*+[\"']?[ \t]*+(?:-?\d|(?:yes|no|oui|non|true|false|vrai|faux|positive?|negative?|neutral|neutre)"
    r"[\"'\s,}])"
)
_JOINED = re.compile(r"[\s,;\]\[]*+(?:(?:and|et|or|ou)[\s,;]++)?")


# a full stop that closes a quotation or an aside (« … est rayé. » ; 2 : …) ends no sentence of the lead
# (round 79)
_STOP = re.compile(r"[.!](?=\s)(?![ \t\u00a0]*+[»”\")])")


def _lead(text: str, start: int) -> str:
    """The record's sentence before it: from the last line break or full stop, 240 characters at most."""
    window = text[max(0, start - 240) : start]
    stops = [m.start() for m in _STOP.finditer(window)]
    cut = max([window.rfind("\n"), *stops])
    return window[cut + 1 :]


def _others(lead: str, known: set[Fraction], record: str) -> bool:
    folded = fold(lead)
    if _OTHER.search(folded) or _METRIC.search(folded):
        return True
    if _RUBRIC.search(folded) and not _VALUE.search(_label_part(fold(record))):
        return True
    prose = re.split(r"[{\[]", folded, maxsplit=1)[0]  # the lead's words before any structure
    numbers = {abs(n) for n in digits(prose)}
    return len(numbers - known) >= 2 and not numbers & (known - {Fraction(0)})


def _label_part(record: str) -> str:
    """The record without its score fields: what it labels."""
    return re.sub(
        r"[\"']?(?:score|scores|points?|pts?|note|weight|poids)[\"']?[ \t]*+:[ \t]*+[^,}]{0,20}+", "", record
    )


# an input of the example numbered and quoted: « 1 : « … » », "2: \"…\"", "(1) “…”"
_NUMBERED_QUOTE = re.compile(
    r"(?<![\w.,])[1-9][ \t]*+[:.)=\u2013\u2014-]?[ \t]*+"
    r"(?:«[^»\n]{1,300}+»|\"[^\"\n]{1,300}+\"|“[^”\n]{1,300}+”)"
)
_LONG_WORD = re.compile(r"[a-z]{5,}+")


def _retyped(quoted: str, data_words: set[str]) -> bool:
    return len(set(_LONG_WORD.findall(fold(quoted))) & data_words) >= 2


def _other_inputs_blanked(text: str, data: Sequence[str]) -> str:
    """``text`` with the numbered, quoted inputs of an example announced for other inputs blanked (see
    above)."""
    data_words = {w for d in data for w in _LONG_WORD.findall(fold(d))}
    out = text
    for m in list(_NUMBERED_QUOTE.finditer(text))[:MAX_RECORDS]:
        if _OTHER.search(fold(_lead(text, m.start()))) and not _retyped(m.group(0), data_words):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def blanked(text: str, data: Sequence[str]) -> str:
    """``text`` with its scored records about something else than the task's question blanked, and the
    numbered inputs of an example for other inputs."""
    known = data_numbers(data) | {Fraction(0)}
    text = _other_inputs_blanked(text, data)
    out = text
    previous_end, previous_other = -1, False
    for m in list(_RECORD.finditer(text))[:MAX_RECORDS]:
        listed = previous_end >= 0 and _JOINED.fullmatch(text, previous_end, m.start()) is not None
        other = (listed and previous_other) or _others(_lead(text, m.start()), known, m.group(0))
        other = other or bool(_METRIC_FIELD.search(fold(m.group(0))))
        if other:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
        previous_end, previous_other = m.end(), other
    return out
