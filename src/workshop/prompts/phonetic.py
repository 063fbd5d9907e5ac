"""The answer spelled as it sounds (issue 11, session 35): a draft written phonetically
("Otrefoi, on déplassait dé caiyou…", "An artifishul intelijens modle lerns…") that the model
only has to put back into spelling is a dictation, whatever the misspellings.

Principle: every word is read into a *sound key* that French and English sound-alike
spellings share: ``ph``/``f``, ``qu``/``ck``/``k``/hard ``c``, ``ç``/soft ``c``/``ss``/``z``/``s``,
soft ``g``/``j``, silent ``h``, ``gh``, initial ``kn`` and ``wr``, ``y``/``i``, ``ill`` after a
vowel, doubled letters, silent final letters (``s``, ``x``, ``t``, ``d``, ``p``, ``e``, ``-er``,
``-ez``), every run of vowels one vowel. The keys of the words, run together (so that "lé
zanné" and "ojourd'ui" read as "les années" and "aujourd'hui" up to a liaison), make a
sound stream; as :mod:`respelled` does with letters, the answer is dictated when runs of
``RUN`` sounds of the prompt's stream cover ``SHARE`` of the answer's, the runs of the data's
own stream left out (a summary copies the source's words, which the prompt holds). A
student's own misspelt words count only inside such a long run: a fair prompt holds no run
of twenty sounds of the answer (four to six words) beyond the source's own."""

from __future__ import annotations

import re

from workshop.prompts.text import fold, text_cache

RUN = 20  # sounds in a row (four to six words)
SHARE = 0.5  # of the answer's sounds
MAX_LETTERS = 40_000
_WORD = re.compile(r"[a-z0-9]++")
_RULES = [
    (re.compile(p), r)
    for p, r in (
        (r"^kn", "n"), (r"^wr", "r"), (r"^wh", "w"), (r"(?<=.)gh", ""), (r"mb$", "m"),
        (r"(?<=.)ent$", ""), (r"ph", "f"), (r"th", "t"), (r"dge", "j"), (r"tch", "s"),
        (r"ch(?=[lnrt])", "k"), (r"sch", "sk"), (r"[cs]h", "s"), (r"[ct]i(?=on|a|ou)", "si"),
        (r"qu|ck|q", "k"), (r"c(?=[eiy])", "s"), (r"g(?=[eiy])", "j"), (r"c", "k"),
        (r"(?<=[aeiou])ill", "i"), (r"gn", "n"), (r"h", ""), (r"z", "s"), (r"y", "i"),
        (r"(?<=[aeiou])w", "u"),
    )
]  # fmt: skip
_DOUBLE = re.compile(r"([a-z])\1++")
_INNER_VOWELS = re.compile(r"(?<=.)[aeiou]++")


def _silent_end(word: str) -> str:
    """``word`` without its silent final letters, its first letter kept."""
    return word.rstrip("sxtdpe") or word[:1]


@text_cache(maxsize=8192)  # a text's words recur: read each once per grading
def key(word: str) -> str:
    """The sound key of one folded word (digits kept as they are): its consonants'
    sounds, a vowel it starts with read as "a"."""
    if word.isdigit():
        return word
    for pattern, repl in _RULES:
        word = pattern.sub(repl, word)
    word = _silent_end(word)
    if len(word) >= 5 and word.endswith("er"):
        word = _silent_end(word[:-1])  # "seconder", "premier": a closed e
    word = word.replace("x", "ks")
    word = _INNER_VOWELS.sub("", _DOUBLE.sub(r"\1", word))
    return _DOUBLE.sub(r"\1", re.sub(r"^[aeiou]", "a", word))


def stream(text: str) -> str:
    """The text's sound stream: its words' keys run together."""
    folded = fold(text[:MAX_LETTERS].replace("ç", "s").replace("Ç", "S"))
    return "".join(key(w) for w in _WORD.findall(folded))


def _runs(text: str) -> set[str]:
    return {text[j : j + RUN] for j in range(len(text) - RUN + 1)}


def sounded(answer: str, prompt: str, data: list[str]) -> bool:
    """Whether the answer's sounds are mostly runs of the prompt's sound stream that are not
    the data's (see the module)."""
    mine = stream(answer)
    if len(mine) < 2 * RUN:
        return False
    given = _runs(stream(prompt))
    for text in data:
        given -= _runs(stream(text))
    covered = [False] * len(mine)
    for i in range(len(mine) - RUN + 1):
        if mine[i : i + RUN] in given:
            covered[i : i + RUN] = [True] * RUN
    return sum(covered) >= SHARE * len(mine)
