"""The task's data retyped by hand (session 41, fix-helper fairk41; round 45's
r45f-sentiment-dyslexic-reviews-retyped): « J'ai resu la machine a café en deu jour, elle é tré
simple a utilisé é le café é excelent », accents dropped, phonetic or dyslexic spelling. The
prompt-data check compares runs of four words as written, so such a copy carried nothing.

:func:`respelled` aligns each line of the data with the prompt (a local alignment, word by
word) and, where the prompt's word stands for the data's word at the aligned place and only
looks or sounds like it, writes the data's word there instead: the same edit distance as
:mod:`spelling` (one edit, two from eight letters), or the same sound key
(:func:`workshop.prompts.phonetic.key`) and the same first letter; a word of three letters or
less, or a word that turns a sentence round (a negation, "très", "peu"), only within one edit
and with the same first letter (« Je » is no « ne »). A word read by OCR ("rnardi", round 89) is the data's
word its two-letter confusions undone make.
A word of its own (another adjective, a negation added or dropped, another number) stays as it
is, so a review "retyped" into another review still differs from the data, as the same review
changed in clean spelling does. Only the lines of the data the prompt holds at half their words
or more are respelled (a line copied as it is, or with under a third of its words as written, is
not aligned); a prompt of more than :data:`MAX_TOKENS` words is left as it is."""

from __future__ import annotations

import functools
import re

from workshop.prompts.phonetic import key
from workshop.prompts.spelling import distance
from workshop.prompts.text import NUMBER_WORDS, fold

MAX_TOKENS = 3000
MAX_LINE = 150
_TOKEN = re.compile(r"[^\W\d_]++|\d++")
# words that turn a sentence round: read only within one edit
_POLAR = frozenset(
    "ne n pas plus jamais rien aucun aucune personne peu tres trop sans not no never nothing none nobody "
    "very too without hardly".split()
)
_MATCH, _MISS, _GAP = 2, -1, -1
# Round 89 (fix89): OCR's confusions of two letters for one (scanned.py): "rn" for "m", "cl" for "d", "vv"
# for "w", "ce" for "oe" (« sceur »): the data's word once each is undone
_OCR = (("rn", "m"), ("cl", "d"), ("vv", "w"), ("ce", "oe"))
# a French nasal vowel, however spelt (« an », « en », « am », « em », « ant », « emps »: session 43)
_NASAL = re.compile(r"[ae][mn]++(?=[^aeiouy]|$)")


@functools.lru_cache(maxsize=65536)
def _alike(mine: str, theirs: str) -> bool:
    """Whether the prompt's word ``mine`` may be the data's word ``theirs`` misspelled ("|" in
    ``theirs``: its soft c written "ss", « reçu » heard as « ressu »)."""
    if "|" in theirs:
        return any(_alike(mine, one) for one in theirs.split("|"))
    if mine == theirs:
        return True
    if mine.isdigit() or theirs.isdigit() or mine in NUMBER_WORDS:
        return False  # another number is another fact
    if any(seen in mine and mine.replace(seen, meant) == theirs for seen, meant in _OCR):
        return True  # round 89: a copy read by OCR, « rnachine », « sernaine », « jarnais »
    if key(mine) == key(theirs) == "a" and theirs not in _POLAR:
        return True  # a vowel sound alone: « é » for « et », « o » for « au »
    if mine[0] != theirs[0]:
        return False
    if min(len(mine), len(theirs)) <= 3 or theirs in NUMBER_WORDS:
        return distance(mine, theirs, 1) <= 1  # « deu » for « deux », « tré » for « très »
    if key(mine) == key(theirs) or key(_NASAL.sub("an", mine)) == key(_NASAL.sub("an", theirs)):
        return True  # « jamé » for « jamais », « mésaje » for « messages », « tant » for « temps »
    if mine in _POLAR or theirs in _POLAR:
        return distance(mine, theirs, 1) <= 1
    return distance(mine, theirs, 2) <= 2


def _aligned(mine: list[str], theirs: list[str]) -> list[tuple[int, int]]:
    """The pairs (prompt token, data token) of the best local alignment of ``theirs`` in ``mine``."""
    rows, cols = len(mine) + 1, len(theirs) + 1
    score = [[0] * cols for _ in range(rows)]
    best, at = 0, (0, 0)
    for i in range(1, rows):
        above, row = score[i - 1], score[i]
        for j in range(1, cols):
            diagonal = above[j - 1] + (_MATCH if _alike(mine[i - 1], theirs[j - 1]) else _MISS)
            row[j] = max(0, diagonal, above[j] + _GAP, row[j - 1] + _GAP)
            if row[j] > best:
                best, at = row[j], (i, j)
    pairs: list[tuple[int, int]] = []
    i, j = at
    while i > 0 and j > 0 and score[i][j] > 0:
        here = score[i][j]
        if here == score[i - 1][j - 1] + (_MATCH if _alike(mine[i - 1], theirs[j - 1]) else _MISS):
            if _alike(mine[i - 1], theirs[j - 1]):
                pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif here == score[i - 1][j] + _GAP:
            i -= 1
        else:
            j -= 1
    return pairs


def _soft(word: str) -> str:
    folded = fold(word)
    soft = fold(word.replace("ç", "ss").replace("Ç", "SS"))
    return folded if soft == folded else f"{folded}|{soft}"


@functools.lru_cache(maxsize=256)
def respelled(prompt: str, data: tuple[str, ...]) -> str:
    """``prompt`` (as written) with its misspellings of the data's words, aligned word for word
    with a line of the data, written as the data writes them (see the module)."""
    spans = [m.span() for m in _TOKEN.finditer(prompt)]
    if not spans or len(spans) > MAX_TOKENS:
        return prompt
    mine = [fold(prompt[a:b]) for a, b in spans]
    joined, present = " ".join(mine), set(mine)
    replaced: dict[int, str] = {}
    for text in data:
        for line in text.splitlines():
            written = [m.group(0) for m in _TOKEN.finditer(line)][:MAX_LINE]
            theirs = [_soft(w) for w in written]
            if len(theirs) < 4 or " ".join(t.split("|")[0] for t in theirs) in joined:
                continue  # too short to align, or copied as it is
            if 10 * sum(w.split("|")[0] in present for w in theirs) < 3 * len(theirs):
                continue  # not a copy: under a third of its words as written
            pairs = _aligned(mine, theirs)
            if 2 * len(pairs) < len(theirs):
                continue
            for i, j in pairs:
                if mine[i] != theirs[j].split("|")[0]:
                    replaced.setdefault(i, written[j])
    if not replaced:
        return prompt
    out, last = [], 0
    for i, (a, b) in enumerate(spans):
        if i in replaced:
            out += [prompt[last:a], replaced[i]]
            last = b
    return "".join(out) + prompt[last:]


# Session 43 (pending/fair42b_left_fair.toml): a note on the student's own retyping, next to a review
# or about one ("In review 2 I typed « cesser » where the customer wrote « cessé »", « dans l'avis 3
# j'ai mis « tant » au lieu de « temps » », "(sorry, I could not type the word « cessé »)"), says how
# the copy was made, nothing of the review: a line where the student owns up to their typing ("I typed",
# « j'ai mis », "my typos", « recopié », "typo"; not "the customer wrote"), or under a heading that does,
# holds a note, whose typing words and misspellings of the data's words (:func:`note_word`) are no words
# of the student's own about the review.
_NOTE = re.compile(
    r"\b(?:i(?:'ve|[ \t]++have)?[ \t]++(?:typed|mistyped|retyped|wrote|copied|misspel\w*|misspelt|forgot)"
    r"|i[ \t]++(?:could|can)(?:[ \t]++not|n't|not)[ \t]++(?:type|write|spell|copy)"
    r"|(?:my|mes|ma)[ \t]++(?:typos?|mistakes?|spelling|copy|fautes?|coquilles?|orthographe|copie)"
    r"|typos?|retyped|mistyped|misspel\w*|recopi\w*|fautes?[ \t]++de[ \t]++frappe|coquilles?"
    r"|j'ai[ \t]++(?:[a-z]++[ \t]++)?(?:ecrit|tape|mis|recopie|copie|oublie)"
    r"|je[ \t]++(?:voulais|n'ai[ \t]++pas[ \t]++su)[ \t]++(?:ecrire|taper|mettre|recopier)"
    r"|desolee?[ \t]++pour[ \t]++les[ \t]++fautes)\b"
)
NOTE_WORDS = frozenset(
    """
    typed typing retyped retype type wrote written write writes copied copy misspelled misspelt misspelling
    spelt spelled spelling typo typos mistake mistakes instead should meant mean word words letter letters
    accent accents forgot forgotten sorry could couldn hand customer original actually fix fixed
    recopie recopies recopiee recopiees recopier copie copies ecrit ecrits ecrite ecrire ecris tape tapee
    tapes taper faute fautes orthographe coquille coquilles frappe oublie oublies mis mise lieu place voulais
    voulu voulait mot mots lettre lettres desole desolee pardon excuse corrige corriger client cliente main
    """.split()
)


def note_lines(lines: list[str]) -> list[bool]:
    """Per line (folded), whether it holds a note on the student's own retyping: the student owning up
    to their typing in it, or in the line above when that one ends with a colon (a heading: « Mes fautes
    de frappe : »), and the bullets that follow a note."""
    noted: list[bool] = []
    for index, line in enumerate(lines):
        above = lines[index - 1].rstrip() if index else ""
        noted.append(
            bool(_NOTE.search(line))
            or (above.endswith(":") and bool(_NOTE.search(above)))
            or (index > 0 and noted[-1] and line.lstrip().startswith(("-", "*", "•")))
        )
    return noted


def note_word(word: str, data_words: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` (folded), in a note on the retyping, is a typing word or a misspelling of one
    of the data's words (``data_words``, folded): one edit away (two from eight letters), or the same
    sound, nasal vowels alike (« tant » for « temps »); no alignment tells more here, so « déçu » is no
    « deux »."""
    if word in NOTE_WORDS:
        return True
    if len(word) < 3 or not word.isalpha():
        return False
    sound = _heard(word)
    return any(
        w[:1] == word[:1]
        and w != word
        and (distance(word, w, 2) <= (2 if max(len(w), len(word)) >= 8 else 1) or _heard(w) == sound)
        for w in data_words
    )


def _heard(word: str) -> str:
    """``word`` with its nasal vowels alike and its silent final letters dropped (« tant », « temps »:
    « tan »)."""
    return _NASAL.sub("an", word).rstrip("sxtdpe") or word[:1]
