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
import unicodedata

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


# -- the draft in Greek or Cyrillic letters (round 54, fix-helper r54l) ----------------------------
# "Αν αρτιφίσιαλ ιντέλιτζενς μόντελ λερνζ…", "Эн артифишл интеллидженс модел…": the English (or
# French) answer spelled as it sounds in another alphabet. A line mostly written in Greek or Cyrillic
# is read back into Latin letters (its letters that look Latin, which the normal form made Latin,
# read as the letters they stand for: "ρ", "ν", "р", "с"), each word to a loose sound key (voiced and
# voiceless consonants one, "s" and "z" one); the answer is dictated when most of its words of four
# letters or more (:data:`ABROAD_SHARE` of them, the data's own words left out) have their key among
# the line's, and the line has :data:`ABROAD_WORDS` words or more. A greeting ("Γεια σας!"), a name
# or a title in another script is too short; a text in Russian or Greek (not a rendering of the
# answer) shares few keys with it.
ABROAD_WORDS = 20
ABROAD_SHARE = 0.5
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_BACK = {
    "greek": dict(zip("aoprivuyABEHIKMNOPTYXZ", "αορριννγΑΒΕΗΙΚΜΝΟΡΤΥΧΖ", strict=True)),
    "cyrillic": dict(zip("acepxyoABEHKMOPCTXr", "асерхуоАВЕНКМОРСТХг", strict=True)),
}
_GREEK_DIGRAPHS = [
    ("ου", "u"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("τσ", "ch"), ("τζ", "j"),
    ("γγ", "ng"), ("γκ", "g"), ("μπ", "b"), ("ντ", "d"),
]  # fmt: skip
_GREEK_LETTERS = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t i f h ps o".split(),
        strict=True,
    )
)
_CYRILLIC_LETTERS = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяі",
        "a,b,v,g,d,e,yo,zh,z,i,y,k,l,m,n,o,p,r,s,t,u,f,h,ts,ch,sh,sch,,y,,e,yu,ya,i".split(","),
        strict=True,
    )
)
_LOOSE = str.maketrans("dbgvzjw", "tpkfssu")
_ALPHA_WORD = re.compile(r"[^\W\d_]+")


def _script(line: str) -> str | None:
    words = _ALPHA_WORD.findall(line)
    greek = sum(bool(_GREEK.search(w)) for w in words)
    cyrillic = sum(bool(_CYRILLIC.search(w)) for w in words)
    if max(greek, cyrillic) < max(1, len(words) // 2):
        return None
    return "greek" if greek >= cyrillic else "cyrillic"


def _latin(word: str, script: str) -> str:
    back = _BACK[script]
    word = "".join(back.get(c, c) for c in word).lower()
    word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    if script == "greek":
        for pair, sound in _GREEK_DIGRAPHS:
            word = word.replace(pair, sound)
        return "".join(_GREEK_LETTERS.get(c, c) for c in word)
    return "".join(_CYRILLIC_LETTERS.get(c, c) for c in word)


def _loose(word: str) -> str:
    return _DOUBLE.sub(r"\1", key(word).translate(_LOOSE))


def abroad(answer: str, prompt: str, data: list[str]) -> bool:
    """Whether a line of the prompt (normalized) in Greek or Cyrillic letters renders the answer's
    sounds (see above)."""
    keys: set[str] = set()
    for line in prompt[:MAX_LETTERS].splitlines():
        script = _script(line)
        words = _ALPHA_WORD.findall(line) if script else []
        if script and len(words) >= ABROAD_WORDS:
            keys |= {_loose(fold(_latin(w, script))) for w in words}
    if not keys:
        return False
    theirs = {_loose(w) for text in data for w in _WORD.findall(fold(text))}
    mine = {_loose(w) for w in _WORD.findall(fold(answer)) if len(w) >= 4} - theirs
    mine = {k for k in mine if len(k) >= 2}
    return len(mine) >= ABROAD_WORDS // 2 and len(mine & keys) >= ABROAD_SHARE * len(mine)
