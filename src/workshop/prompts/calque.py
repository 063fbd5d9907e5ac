"""English written in French word order, word for word (round 82, fix-helper fix82).

Round 82 handed in "A model of intelligence artificial learns from of examples. … One time trained, he can
recognise of images that he not has never seen": every word is English, so the language check read it as
English. A word-for-word calque of French leaves marks no English sentence has:

- a preposition doubled by the French partitive « de/des »: "from of", "with of", "by of", "of of";
- the French negation's two parts around the verb: "he not has", "it not is", "they not can";
- « jamais » kept after "not": "not has never", "not … never";
- the adjective after its noun where English never puts it: "intelligence artificial", "model(s) of
  language" for « modèle de langage », "network(s) neural".

Two marks or more (the same mark twice counts twice) and the answer is not English (``answer-english``
fails). One mark is forgiven (a typo "from of" in an honest translation). Session 51 (gaps51) added the
French object pronoun's place ("one shows to him thousands", "one to him shows"), « un peu » before its
object ("adjusts a little its parameters") and « une fois » before a participle ("One time trained").
Limits: a calque that avoids these marks too ("During the training, thousands of photos labelled are
shown") is not seen; the live judge's faithfulness reads it."""

from __future__ import annotations

import re

_MARK = re.compile(
    r"(?<![a-z'-])(?:"
    r"(?:from|with|by|at|of|into|since|during|for|in|on|to) of"
    r"|(?:he|she|it|they|we|i|you|one|this|that) not (?:has|have|is|are|was|were|can|could|does|do|did|will)"
    r"|not (?:has|have|is|are|was|were) never"
    r"|intelligence artificial|models? of language|networks? neural|language models? large"
    # session 51 (gaps51): the French object pronoun's place and « à » kept ("one shows to him thousands",
    # "one to him shows", "one him shows"), « un peu » before its object ("adjusts a little its
    # parameters"), « une fois » before a participle ("One time trained, …")
    r"|(?:show|give|tell|teach|offer|send)s? to (?:him|her|them|us|me) "
    r"(?!(?:that|what|how|why|who|whom|which|and|or|but|because|if|when|as|so)(?![a-z]))[a-z]++"
    r"|(?:one|he|she|we|they) (?:to )?(?:him|her|them|us|me) "
    r"(?:shows|gives|tells|teaches|offers|sends|show|give|tell|teach)"
    r"|(?:a little|a bit) (?:its|his|her|their|our|your|my|the|these|those|ses|les)"
    r"|one time (?:trained|done|finished|learned|learnt|ready|built|made|installed|launched|started|seen)"
    r")(?![a-z'-])"
)
MARKS = 2  # marks at least


def calqued(folded: str) -> bool:
    """Whether ``folded`` (an English answer, folded) shows :data:`MARKS` marks of a French calque or more."""
    found = 0
    for _ in _MARK.finditer(folded):
        found += 1
        if found >= MARKS:
            return True
    return False
