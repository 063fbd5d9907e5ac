"""A reasoning model's reply without its reasoning trace (issue 11, round 88, fix-helper fix88).

Reasoning models (DeepSeek-R1, the o-series, Claude or Gemini thinking) write a trace before their
reply. Decided (README, "How it is graded"): the trace is the model's scratch work, not its reply; the
reply is the visible text around it, and every answer check reads that reply only (:func:`reply`, used
by the grader for every answer check but ``answer-filled``, and by the JSON checks' exact reading):

* a trace in tags: ``<think>…</think>`` (also ``<thinking>``, ``<reasoning>``, ``<thought>``) is taken
  out; a closing tag with no opening one (R1's template opens it in the prompt) takes out all the text
  before it; an opening tag never closed takes out all the text after it (the model never replied);
* the interface lines of a reasoning UI, copied with the page, like the "Copy code" buttons
  (:mod:`workshop.prompts.copied`): a line that only says how long the model thought ("Thought for 12
  seconds", « Réflexion terminée en 9 s », "Pensée pendant 5 secondes", "Reasoned about primes for 8
  seconds") or only labels its folded trace ("Thought process", "Show thinking", « Afficher le
  raisonnement »). Such a line holds no value. A list's item is no such line, and a noun of thinking
  with a duration in minutes is a plan's part ("- Réflexion pendant 10 min", "Reasoning for 5 minutes",
  mend52): "Thinking for 12 seconds" is a header.

So a right value written only in the trace earns nothing when the reply is wrong or empty, a draft in
the trace that differs from the reply is no second version, and a JSON is judged on the visible one.

Limits: a trace copied unfolded from a page (DeepSeek's grey text after "Thought for 9 seconds") has no
mark of its end: it stays and is read as the reply's own text (a draft there is a version). A tag
inside a line of prose ("the model wraps it in <think> tags") opens no trace: an opening tag counts at a
line's start only.

Linear: one scan of the tags, and the header pattern runs on single lines of bounded length."""

from __future__ import annotations

import re

from workshop.prompts.text import fold

_TAG = re.compile(r"<(/?)[ \t]*+(?:think|thinking|reasoning|thought)[ \t]*+>", re.IGNORECASE)

_UNIT = r"(?:s|sec|secs|seconds?|secondes?|m|mn|min|mins|minutes?|h|hours?|heures?)"
_DURATION = (
    r"(?:(?:about|around|environ|~|plus de|more than|over)[ \t]++)?"
    r"(?:\d{1,4}(?:[.,]\d{1,2})?[ \t]*+" + _UNIT + r"\b[ \t,]*+(?:(?:and|et)[ \t]++)?){1,3}"
    r"|(?:a few|a couple of|several|quelques|plusieurs)[ \t]++(?:seconds|secondes|minutes)"
    r"|(?:a|one|une|un)[ \t]++(?:second|seconde|minute|moment|instant)"
)
_THOUGHT = (
    r"(?:thought|reasoned|worked|pense|reflechi|a reflechi|j'ai reflechi|"
    r"reflexion terminee|raisonne|a raisonne|raisonnement termine)"
)
# mend52: a noun of thinking with a duration is a header in seconds only: "Réflexion pendant 10 min",
# "Reasoning for 5 minutes" are a plan's parts
_THOUGHT_NOUN = r"(?:thinking|reasoning|pensee|reflexion|raisonnement)"
_SECONDS = (
    r"(?:\d{1,4}(?:[.,]\d{1,2})?[ \t]*+(?:s|sec|secs|seconds?|secondes?)\b"
    r"|(?:a few|quelques)[ \t]++secondes?)"
)
_HEADER = re.compile(
    r"(?<![\W_])[\W_]*+(?:"
    + _THOUGHT
    + r"(?:[ \t]++(?:about|sur)(?:[ \t]++(?!for\b|pendant\b)[\w'-]++){1,8})?"
    r"[ \t]++(?:for|pendant|durant|during|en|in)[ \t]++(?:" + _DURATION + r")"
    r"|" + _THOUGHT_NOUN + r"[ \t]++(?:for|pendant|durant|during|en|in)[ \t]++"
    r"(?:about[ \t]++|environ[ \t]++)?"
    + _SECONDS
    + r"|thought process|thinking|thoughts|show thinking|hide thinking|show reasoning|hide reasoning|"
    r"show thoughts|hide thoughts|finished thinking|done thinking|thinking completed|reasoning completed|"
    r"processus de reflexion|afficher la reflexion|masquer la reflexion|afficher le raisonnement|"
    r"masquer le raisonnement|reflexion terminee|raisonnement termine|reflexion en cours|deepthink \(r1\))"
    r"[\W_]*+"
)
MAX_HEADER = 120  # characters of a header line, at most


# mend52: a list's item ("- Réflexion pendant 10 min", "* Thinking") is a part of the answer, no UI line
_ITEM = re.compile(r"(?<![ \t>])[ \t>]*+(?:[-*+•–][ \t]|\d{1,3}[.)][ \t])")


def _header(line: str) -> bool:
    if len(line) > MAX_HEADER or not line.strip() or _ITEM.match(line):
        return False
    return _HEADER.fullmatch(fold(line).strip()) is not None


def _at_line_start(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t>")


def _without_tags(text: str) -> str:
    kept: list[str] = []
    position, opened = 0, -1
    for tag in _TAG.finditer(text):
        closing = tag.group(1) == "/"
        if not closing and opened < 0 and _at_line_start(text, tag.start()):
            kept.append(text[position : tag.start()])
            opened = tag.start()
        elif closing and opened >= 0:
            position, opened = tag.end(), -1
        elif closing and not kept and position == 0:
            position = tag.end()  # a closing tag alone: the text before it is the trace
    if opened >= 0:
        return "".join(kept)  # never closed: no reply after it
    return "".join(kept) + text[position:]


def reply(text: str) -> str:
    """``text`` without its reasoning trace and its reasoning UI's header lines (module doc)."""
    if "<" in text:
        text = _without_tags(text)
    if "\n" not in text and not _header(text):
        return text
    return "\n".join(line for line in text.split("\n") if not _header(line))
