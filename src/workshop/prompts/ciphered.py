"""The answer copied from the prompt under a cipher (issue 11, session 34): a draft in the
prompt that the model only has to decipher is a dictation, whatever the cipher.

Principle: :mod:`decode` reads the encodings it knows (base64, ROT13, mirror writing, Pig
Latin, SMS shorthand) without the answer; each new round brought one it did not know (a
Caesar shift of one, the text typed on a Russian keyboard, the draft without its vowels).
With the answer in hand no cipher needs to be known. Two families cover the letter-level
ones:
- a *substitution* (any Caesar shift, Atbash, a keyboard layout, any one-to-one map of
  characters): the answer's words, as whitespace-separated chunks, line up with a run of the
  prompt's chunks of the same lengths under one map of characters that is one-to-one and is
  not the identity (a plain copy is :func:`evaluate.repeats_prompt`'s);
- a *deletion* (vowels dropped, "Dns l'ntqt"): the answer's words without their vowels line up
  with the prompt's words without theirs, the data's own runs left out (a summary copies the
  source, which the prompt holds);
- a substitution of the prompt read *backwards*, character by character (session 35: round
  33's draft upside down, its characters flipped and in reverse order), the identity included
  (the draft written backwards).
Read for the answers that are texts (a summary, a translation, a plan): a JSON's shape is
the prompt's to give. The answer is dictated when runs of at least ``RUN`` chunks, read either way, cover
``SHARE`` of its chunks. A fair prompt holds no run of eight words that maps onto the answer
letter for letter, nor the answer's consonants in order beyond the source's own."""

from __future__ import annotations

import re

from workshop.prompts.text import fold, strip_accents

RUN = 8  # chunks in a row
SHARE = 0.5  # of the answer's chunks
MAX_CHUNKS = 3000
_VOWELS = re.compile(r"[aeiouy]")
_NOT_LETTER = re.compile(r"[^a-z0-9]")


def _signature(chunk: str) -> tuple[int, ...]:
    seen: dict[str, int] = {}
    return tuple(seen.setdefault(c, len(seen)) for c in chunk)


def _mapped(a: list[str], p: list[str], identity: bool = False) -> bool:
    """Whether one one-to-one map of characters, not the identity unless ``identity``, sends
    ``a`` onto ``p``."""
    forward: dict[str, str] = {}
    backward: dict[str, str] = {}
    for x, y in zip("".join(a), "".join(p), strict=True):
        if forward.setdefault(x, y) != y or backward.setdefault(y, x) != x:
            return False
    return identity or any(x != y for x, y in forward.items())


def _covered_by_substitution(answer: list[str], prompt: list[str], identity: bool = False) -> int:
    sigs = [_signature(c) for c in prompt]
    where: dict[tuple[tuple[int, ...], ...], list[int]] = {}
    for j in range(len(prompt) - RUN + 1):
        where.setdefault(tuple(sigs[j : j + RUN]), []).append(j)
    mine = [_signature(c) for c in answer]
    covered = [False] * len(answer)
    for i in range(len(answer) - RUN + 1):
        for j in where.get(tuple(mine[i : i + RUN]), [])[:20]:
            if _mapped(answer[i : i + RUN], prompt[j : j + RUN], identity):
                for k in range(i, i + RUN):
                    covered[k] = True
                break
    return sum(covered)


def _skeleton(text: str) -> list[str]:
    out = []
    for chunk in fold(text).split()[:MAX_CHUNKS]:
        bare = _VOWELS.sub("", _NOT_LETTER.sub("", chunk))
        if bare:
            out.append(bare)
    return out


def _covered_by_deletion(answer: str, prompt: str, data: list[str]) -> int:
    mine = _skeleton(answer)
    theirs = _skeleton(prompt)
    runs = {tuple(theirs[j : j + RUN]) for j in range(len(theirs) - RUN + 1)}
    for text in data:
        own = _skeleton(text)
        runs -= {tuple(own[j : j + RUN]) for j in range(len(own) - RUN + 1)}
    covered = [False] * len(mine)
    for i in range(len(mine) - RUN + 1):
        if tuple(mine[i : i + RUN]) in runs:
            for k in range(i, i + RUN):
                covered[k] = True
    return sum(covered)


def deciphered(answer: str, prompt: str, data: list[str]) -> bool:
    """Whether the answer is the prompt's draft under a substitution or without its vowels
    (see the module); ``data``: the task's texts (a draft of them is the source, no answer)."""
    chunks = answer.lower().split()[:MAX_CHUNKS]
    if len(chunks) < RUN:
        return False
    substituted = _covered_by_substitution(chunks, prompt.lower().split()[: MAX_CHUNKS * 3])
    if substituted >= SHARE * len(chunks):
        return True
    # the draft written backwards, character by character, under any map or none (upside down:
    # flipped characters in reverse order, round 33); accents dropped, as such a draft drops them
    bare = strip_accents(answer.lower()).split()[:MAX_CHUNKS]
    backwards = strip_accents(prompt[-MAX_CHUNKS * 30 :][::-1].lower()).split()[: MAX_CHUNKS * 3]
    if _covered_by_substitution(bare, backwards, identity=True) >= SHARE * len(bare):
        return True
    skeleton = len(_skeleton(answer))
    return skeleton >= RUN and _covered_by_deletion(answer, prompt, data) >= SHARE * skeleton
