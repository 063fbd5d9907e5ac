"""A draft to rewrite, given in the prompt (issue 11, round 45, session 41): "My draft, half in
English, just put it all in French: « To count faster, l'humanité a d'abord moved pebbles on
abacuses. In 1642, Pascal construit la Pascaline... »".

Principle: the grader blanks the task's data out of the prompt before it looks for a whole
answer there, so a draft that reuses the text's own phrases («la calculatrice de poche ») loses
its facts with them, and a half-English draft is left in pieces no answer check passes. A
quotation of the rest that keeps words of its own (at least :data:`OWN_WORDS`: a draft, not an
excerpt of the data) is read again as written, the data's phrases restored; when it is no longer
than an answer may be (the task's most words, half as many again for the little a rewrite
changes), it is a draft, which :func:`workshop.prompts.evaluate.holds_an_answer` then reads as
any part of the prompt. Limits: a draft outside quotation marks, or longer than that, is not read
(the data retyped whole stays data)."""

from __future__ import annotations

import re

OWN_WORDS = 5
_QUOTED = re.compile(r'"([^"\n]{20,2000})"')


def drafts(rest: str, full: str, answer_words: int) -> list[str]:
    """The quotations of ``rest`` (the prompt with its data blanked) that are drafts, as ``full``
    (the prompt with its data, same length) writes them; none when the task's answer has no
    length or ``rest`` and ``full`` do not line up."""
    if not answer_words or len(rest) != len(full):
        return []
    found = []
    for m in list(_QUOTED.finditer(rest))[:50]:
        written = full[m.start(1) : m.end(1)]
        if len(m.group(1).split()) >= OWN_WORDS and len(written.split()) <= answer_words * 3 // 2:
            found.append(written)
    return found
