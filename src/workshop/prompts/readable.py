"""Which of the student's own sentences the grader can read: it reads French and English.

A prompt that says something in another language ("En espagnol : Carolina tiene una sola
hermana. Traduis-la.") may give the answer away in words no reader of the grader sees, so
such a sentence fails closed, as a word that mixes scripts does: the answer checks on
content earn nothing (:mod:`workshop.prompts.grade`). What the grader can read is a
measure, not a list written by hand: the most frequent words of French and of English
(``wordfreq``'s lists, folded as every text is), the task's own data and the check terms.
A sentence is foreign when most of its words, and at least :data:`FOREIGN_WORDS` of them,
are none of those: a French or English sentence, telegraphic or full of jargon, keeps most
of its words in the lists."""

from __future__ import annotations

import functools
import re

from wordfreq import top_n_list

from workshop.prompts.text import fold

# The most frequent words of each language that count as read: 15,000 reaches words seen
# about 3 times per million (Zipf 3.5: "parallele", "coefficient", "ordonnee"), and stops
# before most of the foreign words that French and English web text also holds.
COMMON_WORDS = 15_000
FOREIGN_WORDS = 3  # unread words a sentence needs, at least, to be foreign
FOREIGN_SHARE = 0.6  # and their share of its words
# French inflections the frequency lists underrate (the imperative of a prompt: "traduis",
# "résous", "recopie"; plurals, adverbs): a word is read when, one ending taken off and a
# dictionary form's put on, it is a listed word of at least four letters.
_ENDINGS = ("s", "x", "e", "es", "ee", "ees", "t", "ons", "ez", "ent", "ement", "ment")
_FORMS = ("", "e", "er", "ir", "r", "re", "dre", "tre")
_PIECES = re.compile(r"[.!?;:\n()\[\]{}\"«»<>|]")
_WORD = re.compile(r"[a-z]{2,}")


@functools.lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """The words read as French or English (folded). Loaded once per process: the grading
    fork server loads it before it forks (:mod:`workshop.prompts.isolate`)."""
    found: set[str] = set()
    for lang in ("fr", "en"):
        for word in top_n_list(lang, COMMON_WORDS):
            found.update(_WORD.findall(fold(word)))
    return frozenset(found)


def _read(word: str, read: frozenset[str]) -> bool:
    if word in read:
        return True
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            if any(len(stem + form) >= 4 and stem + form in read for form in _FORMS):
                return True
    return False


def foreign(rest: str, known: set[str]) -> list[str]:
    """The pieces of ``rest`` (a prompt without its data, folded) written in a language the
    grader does not read; ``known``: the task's own words (its data, its checks' terms)."""
    read = lexicon()
    found = []
    for piece in _PIECES.split(rest):
        tokens = _WORD.findall(piece)
        unread = [w for w in tokens if w not in known and not _read(w, read)]
        if len(unread) >= FOREIGN_WORDS and len(unread) >= FOREIGN_SHARE * len(tokens):
            found.append(piece.strip())
    return found
