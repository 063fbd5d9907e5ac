"""Beginners' spelling read as the words it stands for (issue 11, session 38, round 40), before
prompt-data looks for the task's facts: "Cmb de sœurs a Caroline ?", "une droite paralele a
y=4x+6", "hw many sistrs", "35 et 64 sont il premié entre eux", "un plan sur l'IA generativ".

Principle: a word of the prompt is read as another only when it is no word at all:
- an SMS abbreviation of :data:`SMS` ("cmb", "cb", "chak", "koi", "ds", "pr", "bcp", "tt",
  "ts", "k", "c", "slt", "stp"; "hw", "mny", "bro", "sis", "abt", "nothin") is read as the
  word it abbreviates, standing alone (not glued to an apostrophe: "c'est" is no "c");
- a word that neither French nor English lists (:func:`workshop.prompts.readable.unread`)
  and that is not already one of the task's words is read as the word of the task's
  vocabulary (the words of its data, and the terms of its facts, read as prefixes as the
  facts read them) it is one edit away from (two from a word of eight letters or more): a
  letter doubled, dropped, swapped with the next, or replaced, the first letter kept (or
  "k"/"q" for "c"). Accents are already gone (:func:`workshop.prompts.text.fold`).
Numbers are never respelled, nor a listed word ("notice" stays "notice", never "novice";
"sitters" stays "sitters"), nor a word far from every word of the task: another number,
another question, another kind of line or another language stays what it is, and a prompt
without the data gains none. Limits: a typo that makes another listed word ("soeur" typed
"sieur") is read as that word; a word at most :data:`MAX_FUZZY` distinct unknown words into
the prompt is read, the rest left as written (a long text's cost stays bounded).

Round 40 too (r40f-plan-worked-example-other-talk): a plan asked by a worked example of
another talk's plan ("Exemple de format pour un exposé de 20 min sur le tri : 1. Pourquoi
trier — 5 min ; 2. … Fais pareil pour une présentation d'une heure…"): "do the same"
(:data:`LIKEWISE`) after :data:`TIMED_PARTS` durations or more is read as asking a plan
(:func:`likewise`). "Fais pareil" after an introduction or after nothing asks no plan."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable

from workshop.prompts import readable
from workshop.prompts.text import fold, text_cache

# French and English SMS abbreviations, folded, read as the words they stand for.
SMS = {
    # French
    "cmb": "combien", "cb": "combien", "cbn": "combien", "cbien": "combien", "combi1": "combien",
    "chak": "chaque", "chaq": "chaque", "chq": "chaque", "koi": "quoi", "ds": "dans", "pr": "pour",
    "bcp": "beaucoup", "tt": "tout", "ts": "tous", "k": "que", "ke": "que", "ki": "qui", "c": "c'est",
    "slt": "salut", "stp": "s'il te plait", "svp": "s'il vous plait", "pk": "pourquoi", "pq": "pourquoi",
    "qd": "quand", "dc": "donc", "pb": "probleme", "avc": "avec", "st": "sont", "mrc": "merci",
    "pa": "pas", "jms": "jamais", "ya": "il y a", "ell": "elle",
    # English
    "hw": "how", "mny": "many", "bro": "brother", "bros": "brothers", "sis": "sister", "sist": "sister",
    "abt": "about", "nothin": "nothing", "ppl": "people", "pls": "please", "plz": "please", "u": "you",
    "r": "are", "ur": "your", "wat": "what", "wut": "what", "hav": "have", "haz": "has", "ea": "each",
    "w": "with", "thru": "through",
}  # fmt: skip
MAX_FUZZY = 300  # distinct unknown words of one text compared with the task's words
_TOKEN = re.compile(r"(?<![a-z0-9'])[a-z0-9]++(?![a-z0-9'])|[a-z]++")
_FIRST = str.maketrans("kq", "cc")


def _distance(a: str, b: str, bound: int) -> int:
    """The optimal string alignment distance of ``a`` and ``b`` (an adjacent swap is one
    edit), or ``bound + 1`` once it exceeds ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > bound:
            return bound + 1
        previous2, previous = previous, row
    return previous[-1]


def _bound(word: str) -> int:
    return 1 if len(word) < 8 else 2


@functools.lru_cache(maxsize=64)
def vocabulary(terms: tuple[str, ...], data: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The task's words (its data's, folded, plurals also singular) and its facts' terms
    (read as prefixes), four letters or more, letters only."""
    found = {w for text in data for w in re.findall(r"[a-z]{4,}", fold(text))}
    words = frozenset(found | {w[:-1] for w in found if len(w) > 4 and w[-1] in "sx"})  # singulars too
    prefixes = frozenset(w for term in terms for w in re.findall(r"[a-z]{4,}", fold(term)))
    return words, prefixes


@functools.lru_cache(maxsize=64)
def _index(words: frozenset[str], prefixes: frozenset[str]) -> dict[str, list[tuple[str, bool]]]:
    found: dict[str, list[tuple[str, bool]]] = {}
    for word, prefix in sorted([(w, False) for w in words] + [(p, True) for p in prefixes]):
        found.setdefault(word[0].translate(_FIRST), []).append((word, prefix))
    return found


def _nearest(token: str, words: frozenset[str], prefixes: frozenset[str]) -> str | None:
    """The task's word ``token`` is a misspelling of, or None."""
    best: tuple[bool, int, str] | None = None
    for word, prefix in _index(words, prefixes).get(token[0].translate(_FIRST), []):
        bound = _bound(word)
        if prefix:
            lengths = range(max(4, len(word) - bound), min(len(token), len(word) + bound) + 1)
            cost = min((_distance(token[:n], word, bound) for n in lengths), default=bound + 1)
        else:
            cost = _distance(token, word, bound)
        # the data's own words first ("premie" is the data's "premiers", not the Italian term
        # "primi"; "generativ" its "generative", not "generativa"), then the nearest
        if cost <= bound and (best is None or (prefix, cost) < best[:2]):
            best = (prefix, cost, word)
    return best[2] if best else None


_ENDINGS = ("s", "x", "es", "e", "ee", "ees", "ed", "ing", "ly", "ment", "ent", "er", "r")


def _listed(token: str) -> bool:
    """Whether ``token`` is a French or English word as listed, or a listed word with an
    ending added ("sitters"); a stem respelled with another ending ("premie" read as
    "premier" by :mod:`readable`) is not."""
    if readable.read_word(token, exact=True):
        return True
    return any(
        token.endswith(e)
        and len(token) - len(e) >= 3
        and not token[: -len(e)].endswith(e)  # "sisterss" is a letter doubled, no ending
        and readable.read_word(token[: -len(e)], exact=True)
        for e in _ENDINGS
    )


@functools.lru_cache(maxsize=64)
def term_words(terms: tuple[str, ...]) -> frozenset[str]:
    """Every word of the facts' terms, whatever its length ("ki" of "uber generative ki")."""
    return frozenset(w for term in terms for w in re.findall(r"[a-z]++", fold(term)))


@text_cache(maxsize=1024)  # each check reads the prompt respelled
def respelled(
    folded: str, words: frozenset[str], prefixes: frozenset[str], keep: frozenset[str] = frozenset()
) -> str:
    """The folded text with its SMS abbreviations and its misspellings of the task's words
    read as those words (see the module); a word of ``keep`` (the facts' own words: "generative
    KI" is German, no SMS "qui") stays as it is."""
    return _TOKEN.sub(_reader(folded, words, prefixes, keep), folded)


def respelled_along(
    folded: str, along: str, words: frozenset[str], prefixes: frozenset[str]
) -> tuple[str, str]:
    """:func:`respelled` of ``folded`` and ``along`` (the same text with more in it, character for
    character: a prompt's rest and the folded prompt it was made from), each word of ``folded`` it
    rewrites rewritten in ``along`` at the same place, so their lines still match one for one
    whatever length a respelled word has (session 43: "r" read "are" no longer shifts a line's
    review numbers against the full prompt's). ``along`` of another length is left as it is."""
    read = _reader(folded, words, prefixes, frozenset())
    out: list[str] = []
    changed: list[tuple[int, int, str]] = []
    last = 0
    for match in _TOKEN.finditer(folded):
        new = read(match)
        if new != match.group(0):
            out += [folded[last : match.start()], new]
            changed.append((match.start(), match.end(), new))
            last = match.end()
    if not changed:
        return folded, along
    out.append(folded[last:])
    if len(along) != len(folded):
        return "".join(out), along
    pieces: list[str] = []
    last = 0
    for start, end, new in changed:
        pieces += [along[last:start], new if along[start:end] == folded[start:end] else along[start:end]]
        last = end
    pieces.append(along[last:])
    return "".join(out), "".join(pieces)


def _reader(
    folded: str, words: frozenset[str], prefixes: frozenset[str], keep: frozenset[str]
) -> Callable[[re.Match[str]], str]:
    """The word :func:`respelled` reads for one token of ``folded``."""
    looked: dict[str, str] = {}

    def read(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in keep:
            return token
        if token in SMS and (match.start() == 0 or folded[match.start() - 1] != "'"):
            return SMS[token] if match.end() == len(folded) or folded[match.end()] != "'" else token
        if len(token) < 4 or not token.isalpha() or token in words:
            return token
        if token in looked:
            return looked[token]
        if len(looked) >= MAX_FUZZY or any(token.startswith(p) for p in prefixes):
            return token
        near = None if _listed(token) else _nearest(token, words, prefixes)
        looked[token] = near or token
        return looked[token]

    return read


_WORD = re.compile(r"[^\W\d_]++")


def in_place(text: str, words: frozenset[str]) -> str:
    """``text`` as written, with each misspelling of one of the task's ``words`` (see the
    module) replaced by that word, folded: what live mode's counterfactual changes ("2
    seurs" is "2 soeurs", whose 2 it makes 3), so that the data prompt-data reads in
    beginners' spelling is changed too (it fails closed otherwise)."""
    looked: dict[str, str] = {}

    def read(match: re.Match[str]) -> str:
        token = fold(match.group(0))
        if len(token) < 4 or not token.isalpha() or token in words or len(looked) >= MAX_FUZZY:
            return match.group(0)
        if token not in looked:
            looked[token] = ("" if _listed(token) else _nearest(token, words, frozenset())) or ""
        return looked[token] or match.group(0)

    return _WORD.sub(read, text)


@functools.lru_cache(maxsize=16)
def _keyed(words: frozenset[str]) -> dict[str, list[str]]:
    from workshop.prompts.phonetic import key

    keyed: dict[str, list[str]] = {}
    for word in sorted(words):
        keyed.setdefault(key(word), []).append(word)
    return keyed


def sounded(
    folded: str, words: frozenset[str], first_sound: bool = False, keep: frozenset[str] = frozenset()
) -> str:
    """The folded text with each word that neither French nor English lists, four letters or
    more, read as the word of ``words`` it sounds like (:func:`workshop.prompts.phonetic.key`)
    within three edits, first letter kept ("explik" is "explique", "explane" "explain") (session
    40: a rubric's own words spelled as they sound, which :func:`respelled`'s one or two edits
    miss). Only ``words`` are read so; any other word stays as written. With ``first_sound``
    (round 45, the data's own words), a first letter that sounds the same is kept too
    ("jenerative" is "generative": the sound keys already hold it); a word of ``keep`` (the facts'
    own words: Italian "generativa") stays as it is."""
    from workshop.prompts.phonetic import key  # the sound keys; phonetic imports nothing of ours

    keyed = _keyed(words)
    looked: dict[str, str] = {}

    def read(match: re.Match[str]) -> str:
        token = match.group(0)
        if len(token) < 4 or not token.isalpha() or token in words or token in keep:
            return token
        if token not in looked:
            near = [] if len(looked) >= MAX_FUZZY or _listed(token) else keyed.get(key(token), [])
            near = [w for w in near if w[0].translate(_FIRST) == token[0].translate(_FIRST) or first_sound]
            near = [w for w in near if _distance(token, w, 3) <= 3]
            looked[token] = near[0] if near else token
        return looked[token]

    return _TOKEN.sub(read, folded)


def listed(token: str) -> bool:
    """Whether ``token`` is a listed word, or one with an ending added (see :func:`_listed`)."""
    return _listed(token)


def distance(a: str, b: str, bound: int) -> int:
    """The optimal string alignment distance, or ``bound + 1`` past ``bound`` (see :func:`_distance`)."""
    return _distance(a, b, bound)


# -- a plan asked by a worked example of another talk's plan ------------------------------------

TIMED_PARTS = 2  # durations the worked example holds, at least
_DURATION = re.compile(r"(?<![\w.,])\d{1,3}+\s*+(?:min|minutes?|mn|h|heures?|hours?)(?![a-z])")
LIKEWISE = re.compile(
    r"\b(?:fais|faites|fait|refais|do|make)\s++"
    r"(?:pareil|de meme|la meme chose|le meme|the same|one like it|likewise)"
    r"|\b(?:meme chose|pareil|idem|same thing|the same)\s++(?:pour|for)\b"
    r"|\b(?:sur le meme modele|sur ce modele|de la meme (?:facon|maniere)|au meme format|meme format|"
    r"in the same way|the same format|following this (?:model|example|format))\b"
)


def likewise(folded: str) -> str:
    """The folded text with "do the same" read as asking a plan when a worked example with
    two durations or more stands before it (see the module)."""

    timed = [m.start() for m in _DURATION.finditer(folded)]

    def read(match: re.Match[str]) -> str:
        before = bisect.bisect_left(timed, match.start())
        return match.group(0) + " plan" if before >= TIMED_PARTS else match.group(0)

    return LIKEWISE.sub(read, folded)


def terms_of(facts: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Every term of a check's facts (alternatives), as one tuple (a cache key)."""
    return tuple(term for fact in facts for term in fact)
