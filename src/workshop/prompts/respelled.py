"""The answer respelled in the prompt (issue 11, session 35): a draft the model only has to
write out again is a dictation, whatever spelling it is given in.

Principle: :func:`evaluate.repeats_prompt` reads the prompt's words and :mod:`ciphered` its
chunks under a map of characters; round 33 gave the draft with its spaces removed
("AnArtificialIntelligenceModel…") and as the initial of every word ("A a i m l f e."). Both
are read on letter streams (the folded text, letters and digits only, so spaces, case and
punctuation drop out), forwards and backwards:
- a *respelling*: the answer's letter stream is mostly made of runs of ``RUN`` letters of
  the prompt's stream (read either way), runs of the data's own stream left out (a summary
  copies the source, which the prompt holds);
- an *acrostic*: the initials of the answer's words are mostly made of runs of ``INITIALS``
  letters of the prompt's stream, runs of the data's own streams (letters and initials) left
  out: the source's own initials given as a mnemonic give no answer away, nor does a short
  acronym ("LLM").
A draft spelled as it sounds is :mod:`phonetic`'s (session 35), in Greek or Cyrillic letters too (round 54).
A draft in a language game that slips a syllable before vowels (session 36, round 36's javanais:
"Pavour cavomptaver plavus vavitave", Ubbi Dubbi's "ub", any "ag", "ob"…) is read with the game
undone: the prompt's most frequent two- or three-letter string between a consonant (or a word's
start) and a vowel, when it occurs ``INFIX_MIN`` times or more, is removed there, and the runs of
that reading count as the prompt's (the data read the same way left out).
Read for the answers that are texts. A fair prompt holds no run of thirty letters of the
answer that is not the data's, nor twelve of its initials in a row."""

from __future__ import annotations

import re

from workshop.prompts.phonetic import abroad, sounded
from workshop.prompts.text import fold

RUN = 30  # letters in a row (five or six words)
INITIALS = 12  # initials in a row
SHARE = 0.5  # of the answer's letters, or of its initials
MAX_LETTERS = 40_000
INFIX_MIN = 15  # times a language game's syllable is slipped in before a vowel
_NOT_LETTER = re.compile(r"[^a-z0-9]++")
_WORD = re.compile(r"[a-z]++")


def _stream(text: str) -> str:
    return _NOT_LETTER.sub("", fold(text[:MAX_LETTERS]))


def _initials(text: str) -> str:
    return "".join(w[0] for w in _WORD.findall(fold(text[:MAX_LETTERS])))


def _runs(text: str, size: int) -> set[str]:
    return {text[j : j + size] for j in range(len(text) - size + 1)}


def _covered(mine: str, given: set[str], size: int) -> int:
    covered = [False] * len(mine)
    for i in range(len(mine) - size + 1):
        if mine[i : i + size] in given:
            covered[i : i + size] = [True] * size
    return sum(covered)


_VOWEL = "aeiouy"
_SLIPPED = re.compile(r"(?:(?<=[b-df-hj-np-tv-xz])|(?<![a-z]))(?=[aeiouy][b-df-hj-np-tv-xz][a-z]?[aeiouy])")


def _infixes(text: str) -> list[str]:
    """The syllables a language game slips before vowels in ``text`` (folded), most frequent first."""
    counts: dict[str, int] = {}
    for m in _SLIPPED.finditer(text[:MAX_LETTERS]):
        i = m.start()
        for size in (2, 3):
            piece, after = text[i : i + size], text[i + size : i + size + 1]
            if after and after in _VOWEL and all(c.isalpha() for c in piece) and piece[1] not in _VOWEL:
                counts[piece] = counts.get(piece, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    return [k for k in ranked[:2] if counts[k] >= INFIX_MIN]


def _ungamed(text: str, infix: str) -> str:
    """``text`` (folded) with ``infix`` removed between a consonant (or a word's start) and a vowel."""
    return re.sub(rf"(?:(?<=[b-df-hj-np-tv-xz])|(?<![a-z])){re.escape(infix)}(?=[aeiouy])", "", text)


def _unslipped(answer: str, prompt: str, data: list[str]) -> bool:
    """Whether the answer's letters are mostly runs of the prompt with a language game undone."""
    mine = _stream(answer)
    if len(mine) < 2 * RUN:
        return False
    folded = fold(prompt[:MAX_LETTERS])
    for infix in _infixes(folded):
        theirs = _NOT_LETTER.sub("", _ungamed(folded, infix))
        given = _runs(theirs, RUN)
        for text in data:
            ungamed = _NOT_LETTER.sub("", _ungamed(fold(text[:MAX_LETTERS]), infix))
            given -= _runs(_stream(text), RUN) | _runs(ungamed, RUN)
        if _covered(mine, given, RUN) >= SHARE * len(mine):
            return True
    return False


def respelled(answer: str, prompt: str, data: list[str]) -> bool:
    """Whether the answer's letters, or its words' initials, are mostly runs of the prompt's
    letter stream read either way that are not the data's (see the module), or its sounds
    runs of the prompt's sounds (:mod:`phonetic`)."""
    if sounded(answer, prompt, data) or abroad(answer, prompt, data) or _unslipped(answer, prompt, data):
        return True
    theirs = _stream(prompt)
    own = [_stream(text) for text in data]
    mine = _stream(answer)
    if len(mine) >= 2 * RUN:
        given = _runs(theirs, RUN) | _runs(theirs[::-1], RUN)
        for stream in own:
            given -= _runs(stream, RUN)
        if _covered(mine, given, RUN) >= SHARE * len(mine):
            return True
    letters = re.sub(r"[0-9]", "", theirs)
    initials = _initials(answer)
    if len(initials) < 2 * INITIALS:
        return False
    given = _runs(letters, INITIALS) | _runs(letters[::-1], INITIALS)
    for text, stream in zip(data, own, strict=True):
        given -= _runs(re.sub(r"[0-9]", "", stream), INITIALS) | _runs(_initials(text), INITIALS)
    return _covered(initials, given, INITIALS) >= SHARE * len(initials)
