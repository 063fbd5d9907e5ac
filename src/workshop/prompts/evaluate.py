"""One check against one prompt or one answer, and whether a prompt gives an answer away.

:func:`passes` is the check's own condition; the rules that make points earned (the
prompt must carry the task's data, must not dictate the answer, traps pay only after the
answer is right) are applied by :mod:`workshop.prompts.grade` on top of it. Every text
reaching this module is normalized already (:func:`workshop.prompts.text.normalize`)."""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from workshop.prompts import (
    arith,
    artefacts,
    bared,
    branched,
    cells,
    ciphered,
    claimed,
    computed,
    constrained,
    coprimality,
    corrected,
    crossed,
    dataforms,
    decisive,
    drawn,
    extract,
    games,
    handed,
    hashtags,
    hints,
    implied,
    instances,
    irony,
    judge,
    marks,
    notations,
    noted,
    numroles,
    offered,
    ownlife,
    parted,
    positional,
    puzzles,
    readable,
    remarks,
    replied,
    reported,
    reread,
    respective,
    respelled,
    retold,
    retyped,
    ruled,
    scanned,
    schedule,
    spelling,
    structure,
    symbols,
    tested,
    timed,
    typos,
    unachieved,
    unassigned,
    verdicts,
    voiced,
    yesno,
)
from workshop.prompts.altered import altered
from workshop.prompts.anachron import anachronism
from workshop.prompts.calque import calqued
from workshop.prompts.checks import (
    MAX_JSON_DEPTH,
    BoundCheck,
    CarriesCheck,
    Check,
    Counterfactual,
    DurationsCheck,
    Fact,
    FactsCheck,
    FinalCheck,
    GivenAway,
    JudgeCheck,
    LanguageCheck,
    OwnWordsCheck,
    RegexCheck,
    RubricCheck,
    SchemaCheck,
    json_depth,
)
from workshop.prompts.checks import (
    passes as simple_passes,
)
from workshop.prompts.decode import revealed
from workshop.prompts.extract import HEDGE_WORDS, AnswerSpec, described, final_answer, stated, statements
from workshop.prompts.filler import padded
from workshop.prompts.remarks import byline_blanked
from workshop.prompts.text import (
    COMPARISON,
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    ORDINALS,
    clean,
    fold,
    has_term,
    longest_common_run,
    normalize,
    past_blanks,
    plain_words,
    sentences,
    shingles,
    term_pattern,
    text_cache,
    without_citations,
    word_count,
    words,
)

GAP = 2  # words that may stand between two consecutive words of a fact ("3 (grands) frères")
DICTATED_SHARE = 0.5  # share of an answer's word sequences found in the prompt (not in the data)


@functools.lru_cache(maxsize=64)  # one entry per task of the exercise
def _own_words(data: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for text in data for w in re.findall(r"[a-z]{2,}", fold(text)))


@dataclass
class Task:
    """What the checks of one task share: its declared answer kind and data texts."""

    id: str
    kind: str = "text"
    data: list[str] = field(default_factory=list)
    counterfactual: Counterfactual | None = None
    labels: set[str] = field(default_factory=set)  # the strings its JSON checks allow
    finals: list[FinalCheck] = field(default_factory=list)  # its final-answer checks
    answer_words: int = 0  # the most words its answer may have (its words check's max), 0: none
    items: list[list[str]] = field(default_factory=list)  # each labelled item's names (given_away cues)
    # the exercise's other tasks with a final answer, whose facts a prompt may tie this answer to (round 40)
    others: list[Task] = field(default_factory=list, repr=False, compare=False)

    def data_words(self) -> list[list[str]]:
        return [words(fold(text)) for text in self.data]

    def own_words(self) -> set[str]:
        """Every word of the task's data, in any of its languages (folded)."""
        return set(_own_words(tuple(self.data)))

    def questions(self) -> tuple[list[list[str]], set[str]]:
        """The data's questions (stemmed words of each sentence that ends with "?"), and
        the content words its other sentences name and its questions do not ("frère",
        "girl" in the riddle): a question of the prompt that names one of them asks
        about something else ("Combien de sœurs a chaque frère de Caroline ?")."""
        asked: list[list[str]] = []
        told: set[str] = set()
        for text in self.data:
            for sentence in sentences(fold(text)):
                stems = [_stem(w) for w in words(sentence)]
                if sentence.rstrip().endswith("?"):
                    asked.append(stems)
                else:
                    told |= {
                        w for w in stems if len(w) >= 3 and not w.isdigit() and w not in structure.FUNCTION
                    }
        return asked, told - {w for stems in asked for w in stems}


def spec_of(check: FinalCheck, task: Task) -> AnswerSpec:
    kind = check.kind or task.kind
    expected: Any
    if kind == "line":
        slope, intercept = list(check.expected) if isinstance(check.expected, list) else (0, 0)
        expected = (Fraction(str(slope)), Fraction(str(intercept)))
    elif kind == "yes-no":
        expected = str(check.expected).lower()
    else:
        expected = Fraction(str(check.expected))
    return AnswerSpec(
        kind=kind,
        expected=expected,
        unit=check.unit,
        about=check.about,
        subject=check.subject,
        predicate=check.predicate,
        labels=check.labels,
        tolerance=Fraction(str(check.tolerance)),
        data=task.data,
        least=check.least,
    )


# -- the prompt carries the task's data -------------------------------------------------------


def _stem(token: str) -> str:
    return token[:-1] if len(token) > 3 and token[-1] in "sx" else token


def _same(token: str, wanted: str) -> bool:
    return token == wanted if wanted.isdigit() else token.startswith(wanted)


def _ordered(tokens: list[str], segments: list[list[str]], start: int = 0, gap: int | None = None) -> bool:
    """Whether ``segments`` occur in ``tokens`` in order: the words of a segment at most
    :data:`GAP` words apart, segments anywhere after each other."""
    return _ordered_end(tokens, segments, start, gap) is not None


def _ordered_end(
    tokens: list[str], segments: list[list[str]], start: int = 0, gap: int | None = None
) -> int | None:
    """Where the first occurrence of ``segments`` in order (see :func:`_ordered`) from
    ``start`` ends: the index of its last word, or None (``start`` when there is none to find)."""
    if not segments:
        return start - 1
    first, *rest = segments
    limit = len(tokens) if gap is None else min(len(tokens), start + gap + 1)
    for i in range(start, limit):
        if _same(tokens[i], first[0]):
            end = (
                _ordered_end(tokens, [first[1:], *rest], i + 1, GAP)
                if len(first) > 1
                else (_ordered_end(tokens, rest, i + 1, None))
            )
            if end is not None:
                return max(end, i)
    return None


# What a prompt asks is read clause by clause: a negation or the subject of a question
# counts inside the clause of the words it governs, not across a comma or an "if".
_ASK_CLAUSE = re.compile(
    r"[,;:()\[\]\"]|\s(?:et|and|puis|then|mais|but|si|if|sachant|knowing|given|since|puisque|car|because|"
    r"lorsque|quand|when|where|alors que|while|whereas|tandis que)\s"
)
# A negation before the words in their clause ("surtout pas pour des débutants", "not into
# English", "plutôt que de résumer"), or French's "ne ... pas" around them ("ne résume
# surtout pas"). French's relative "dont" before an article ("le point dont l'abscisse vaut 5",
# round 18b) is no English "dont".
_ASK_NEGATION = re.compile(
    r"\b(?:pas|not|never|jamais|no|ni|nor|neither|sans|without|don't|dont(?!\s*+(?:l'|le\b|la\b|les\b))|"
    r"doesn't|n't|avoid|avoiding|"
    r"evite|evitez|eviter|refuse|interdit|forbidden|plutot que|rather than|instead of|au lieu de|"
    r"sauf|except|excepte)\b|n't\b"
)
# Round 31: a quotation closed in single quotes ends the clause a negation reaches ("Example: '12
# and 18 are not coprime.' Now do it for 35 and 64"): its "not" is the example's, not the task's.
_QUOTE_CLOSED = re.compile(r"(?<=[a-z0-9.!?])'(?=\s|$)")
_NE = {"ne", "n'"}
_PAS = {"pas", "jamais", "point", "nullement", "guere"}


@functools.lru_cache(maxsize=4096)  # each fact of a task reads the same sentences again
def _tokens(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """The stemmed word tokens of a folded sentence, with where each stands."""
    return tuple(
        (_stem(words(m.group(0))[0]), m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", sentence)
    )


def _refused(sentence: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` of a folded sentence are refused or negated in
    their clause: "Ne résume surtout pas ce texte", "en espagnol (pas en anglais)", "pour
    des chercheurs, surtout pas pour des débutants"."""
    lead = max((m.end() for m in _ASK_CLAUSE.finditer(sentence, 0, start)), default=0)
    lead = max([lead, *(m.end() for m in _QUOTE_CLOSED.finditer(sentence, 0, start))])
    before = sentence[lead:start]
    if _ASK_NEGATION.search(before):
        return True
    ne = any(w in _NE or w.startswith("n'") for w in re.findall(r"[a-z]+'?[a-z]*", before)[-3:])
    return ne and bool(_PAS & set(re.findall(r"[a-z]+", sentence[end : end + 40])[:3]))


def _asks_else(sentence: str, start: int, end: int, others: set[str]) -> bool:
    """Whether the question whose words stand at ``start:end`` asks about something the
    task's question does not (a word of ``others`` before the end of its clause)."""
    stop = _ASK_CLAUSE.search(sentence, end)
    window = sentence[start : stop.start() if stop else len(sentence)]
    return any(_stem(w) in others for w in words(window))


def _fact_in(sentence: str, segments: list[list[str]], others: set[str] | None) -> bool:
    """The fact's words in order in the sentence, at least once neither refused nor, for
    the task's question (``others`` given), asked about something else."""
    tokens = _tokens(sentence)
    stems = [t for t, _, _ in tokens]
    for i, token in enumerate(stems):
        if not _same(token, segments[0][0]):
            continue
        first, *rest = segments
        last = (
            _ordered_end(stems, [first[1:], *rest], i + 1, GAP)
            if len(first) > 1
            else _ordered_end(stems, rest, i + 1)
        )
        if last is None:
            continue
        last = max(last, i)
        start, end = tokens[i][1], tokens[last][2]
        if _refused(sentence, start, end):
            continue
        if others is not None and _asks_else(sentence, start, end, others):
            continue
        return True
    return False


def _fact_segments(alternative: str) -> list[list[str]]:
    return [[_stem(w) for w in words(fold(part))] for part in alternative.split("...") if words(fold(part))]


def _units(text: str, by: str) -> list[list[str]]:
    pieces = text.split("\n") if by == "lines" else re.split(r"(?<=[.!?;])\s+", text)
    return [tokens for tokens in (words(fold(p)) for p in pieces) if tokens]


def _unit_present(
    unit: list[str], mine: set[tuple[str, ...]], prompt_tokens: list[str], share: float
) -> bool:
    grams = shingles(unit)
    if not grams:
        return _ordered(prompt_tokens, [unit])
    return len(grams & mine) / len(grams) >= share


# Data given as a list (round 14): "Nombres :\n- 35\n- 64" is "Nombres : 35, 64". Short
# items (at most 4 words each) listed right under a line that ends with a colon are read as
# that line's sentence; longer items stay sentences of their own.
_LIST_HEAD = re.compile(
    r"(?m)^(?P<head>[^\n]{0,200}:)[ \t]*+\n(?P<items>(?:[ \t]{0,3}[-*+•][ \t]++[^\n]{1,80}\n?){1,20})"
)
_LIST_ITEM = re.compile(r"(?m)^[ \t]{0,3}[-*+•][ \t]++([^\n]{1,80})")


def _items_inline(prompt: str) -> str:
    def inline(m: re.Match[str]) -> str:
        items = [i.group(1).strip().rstrip(";,.") for i in _LIST_ITEM.finditer(m["items"])]
        if any(len(item.split()) > 4 for item in items):
            return m.group(0)
        return m["head"] + " " + ", ".join(items) + "\n"

    return _LIST_HEAD.sub(inline, prompt)


# Data superseded (round 17b): a correction that restates the data after it ("Correction de
# l'énoncé : en fait, chaque frère a 3 sœurs", "Update: the point is actually (1, 3)",
# "Erratum : lire 36 au lieu de 35") makes the prompt pose another problem: it no longer
# carries the task's data, for every task (a value or a word of a text to translate or
# summarise restated). A correction marker followed in its sentence by a value, or "lire /
# read X au lieu de / instead of Y" ("En fait, garde les identifiants 1, 2 et 3" is none).
_VALUE = rf"(?:\d|\b(?:{NUMBER_WORD_RE})\b)"
_SUPERSEDED = re.compile(
    r"\b(?:corrections?|correctif|errata|erratum|rectificatif|rectification|mise a jour|updated?"
    r"|je me suis trompee?|i made a (?:mistake|typo)|my mistake|typo|coquille)\b"
    rf"[^.!?\n]{{0,100}}?{_VALUE}"
    rf"|\b(?:lire|lisez|lis|read)\b[^.!?\n]{{0,40}}?(?:{_VALUE}|[\"«“])[^.!?\n]{{0,60}}?"
    r"\b(?:au lieu de|a la place de|instead of|rather than)\b"
)


# A correction ASKED FOR is the exercise's worked solution, not an erratum (round 20b: "Prépare
# la correction détaillée de cet exercice : « Les nombres 35 et 64… »"): the marker as the
# object of a verb that makes or asks for something, its article between ("rédige une
# correction", "write the correction"), one adjective at most before it.
_ASKED_CORRECTION = re.compile(
    r"\b(?:prepare[rsz]?|redige[rsz]?|ecri[rstv][a-z]{0,3}|donne[rsz]?|propose[rsz]?|"
    r"etabli[rsz]?|veux|voudrais|aimerais|besoin d[e']|write|draft|give|produce|need|want)"
    r"(?:\s*+-?\s*+(?:moi|nous))?\s++(?:la|une|ta|votre|sa|the|a|an|your)\s++(?:[a-z]{2,20}\s++)?$"
)


# An SQL statement (round 23b: "UPDATE avis SET sentiment = 'x' WHERE id = 1") is code the prompt
# quotes or asks for, no erratum of its data: its "update" is blanked before the markers are read.
_SQL_UPDATE = re.compile(r"\bupdate\s++[a-z_][a-z0-9_.]*+\s++set\b")


# Round 27: "la correction" that marks the work ("Note pour la correction automatique : ce prompt
# donne un rôle", "Remarque pour la correction : ...") is the grading, no erratum of the data.
_GRADING = re.compile(r"(?:pour|a l'attention de|de|a)\s++la\s++$")
_GRADING_AFTER = re.compile(r"corrections?\s++(?:automatiques?|automatisees?|auto)\b")


def _the_grading(folded: str, marker: re.Match[str]) -> bool:
    """Whether the correction marker names the grading (see _GRADING)."""
    if not marker.group(0).startswith("correction"):
        return False
    before = folded[max(0, marker.start() - 30) : marker.start()]
    return bool(_GRADING.search(before) or _GRADING_AFTER.match(marker.group(0)))


# Session 34 (round 32's fair r32f-coprime-teacher-quiz-28-pupils): the marker as a noun with
# its determiner and no colon or "de l'énoncé" after it is the activity of correcting ("on fait
# les corrections en 2 minutes", "the correction takes 3 minutes"), no erratum; a
# possessive as the determiner or before the noun too (round 67: "my mentor's corrections on my draft",
# "the teachers' corrections"). "Une petite correction : ...", "a quick update to the statement: ..."
# still are. Round 70 (fix-helper fix70): the marker after a preposition of time is the correcting in
# class too (« En correction, toute la classe a répondu oui, sauf deux élèves », "In corrections, the
# whole class agreed").
_ACTIVITY_BEFORE = re.compile(
    r"\b(?:les|la|une|des|nos|vos|leurs|ses|ces|cette|ma|ta|sa|mes|tes|du|au|aux|the|a|an|our|your|"
    r"their|these|those|this|my|his|her|en|in|pendant|durant|during)\s++(?:[a-z]{2,15}+(?:'s?)?+\s++)?$"
    # round 67: a possessive stands for the determiner ("my mentor's corrections", "the teachers'
    # corrections", "Tom's corrections on my draft: …"): its apostrophe is inside the word
    r"|\b[a-z]{2,15}+'s?\s++$"
)
_ERRATUM_AFTER = re.compile(  # read from a blank run's start only (linear under search)
    r"(?<!\s)\s*+(?::|-\s|—|–|de\s++l'enonce|du\s++sujet|de\s++l'exercice|de\s++la\s++consigne|de\s++la\s++donnee|"
    r"des\s++donnees|(?:to|of|on)\s++the\s++(?:statement|problem|question|task|data|numbers?|point))"
)

_ACTIVITY_NOUNS = {
    "correction", "corrections", "correctif", "rectification", "mise a jour", "update", "updated"
}  # fmt: skip


def _the_activity(folded: str, marker: re.Match[str]) -> bool:
    """Whether the correction marker is the correcting done in class (see _ACTIVITY_BEFORE)."""
    word = re.match(r"[a-z]+(?:\s++a\s++jour)?", marker.group(0))
    if word is None or word.group(0) not in _ACTIVITY_NOUNS:
        return False
    before = folded[max(0, marker.start() - 30) : marker.start()]
    after = marker.start() + len(word.group(0))
    return bool(_ACTIVITY_BEFORE.search(before)) and not _ERRATUM_AFTER.match(folded, after)


# Round 56 (fix-helper r56fix): a date, a time, a version number or a code ("updated 2026-11-03", « mise à
# jour du 03/11/2026 », "v2", "v1.3", "room B12", "question 1") dates or numbers a sheet: it restates no
# value of the data (blanked before the markers are read). The correction as what a thing is for ("la
# vidéo de correction", « la grille de correction », "the correction video", "correction sheet"), no colon
# after it, is material, no erratum.
_STAMP = re.compile(
    r"(?<![\w.,/-])(?:\d{4}-\d\d-\d\d(?:t\d\d:\d\d(?::\d\d)?z?)?|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|v\d{1,3}(?:\.\d{1,3}){0,2}|[a-z]{1,2}\d{1,4}"
    r"|(?:question|exercice|exercise|ex|room|salle|page|sheet|fiche|track|piste|episode|no|#)[ \t]*+\d{1,4})"
    r"(?![\w/-])"
)
_MATERIAL_BEFORE = re.compile(r"\b(?!(?:mise|note|petite|une|la|le|les)\b)[a-z]{3,20}\s++(?:de|d')\s*+$")
_MATERIAL_AFTER = re.compile(
    r"(?<![ \t])[ \t]++(?:videos?|sheets?|keys?|grids?|guides?|sessions?|slides?|files?|notes|documents?|"
    r"recordings?|podcasts?|templates?|rubrics?)\b"
)


def _aside_closed(folded: str, marker: re.Match[str], stamps: list[int]) -> bool:
    """Whether the marker stands in a parenthesis that dates or numbers something (a stamp in it) and
    closes before its value ("Exercise sheet v2 (updated 2026-11-03), question 1 (answer key: …)"): the
    aside dates a sheet, it restates nothing ("(updated) each brother has 3 sisters" still supersedes)."""
    opened = folded.rfind("(", 0, marker.start())
    closed = folded.find(")", marker.start(), marker.end())
    return (
        opened > folded.rfind(")", 0, marker.start())
        and closed >= 0
        and any(opened < at < closed for at in stamps)
    )


def _the_material(folded: str, marker: re.Match[str]) -> bool:
    """Whether the correction marker names what a thing is for (see _STAMP's comment)."""
    word = re.match(r"[a-z]+", marker.group(0))
    if word is None or word.group(0) not in ("correction", "corrections", "corrige"):
        return False
    after = marker.start() + len(word.group(0))
    before = folded[max(0, marker.start() - 30) : marker.start()]
    named = bool(_MATERIAL_BEFORE.search(before) or _MATERIAL_AFTER.match(folded, after))
    return named and not _ERRATUM_AFTER.match(folded, after)


# Session 35 (round 33's fair r33f-coprime-en-typo-corrected): the user's own typo owned up to
# ("Quick correction: earlier I wrote 36 instead of 35 by mistake; the numbers in my homework are
# 35 and 64") restores the data: the numbers the user says they wrote are the mistake, and every
# other number of the correction's sentence is the data's, all of them there (two at least).
# "Correction: I wrote 2 by mistake, each brother has 3 sisters" restates one of the riddle's
# numbers only, and "Erratum : lire 36 au lieu de 35" owns up to nothing: both still supersede.
def _own_typo(folded: str, marker: re.Match[str], data: Sequence[str]) -> bool:
    """Whether the correction owns up to the user's typo and restores the data (see typos.py)."""
    wanted = {int(n) for text in data for n in re.findall(r"\d+", fold(text))}
    end = min([i for i in (folded.find(c, marker.end()) for c in ".!?\n") if i >= 0] or [len(folded)])
    said = folded[marker.start() : end]
    owned = [0] * len(said)
    for first, last in typos.owned(said):
        owned[first:last] = [1] * (last - first)
    mine: set[int] = set()
    kept: set[int] = set()
    for m in re.finditer(r"(?<![\w.,])\d{1,9}(?![\d])", said):
        (mine if owned[m.start()] else kept).add(int(m.group(0)))
    if mine and not kept:  # session 37: the typo owned up to alone, the data restored up to its question
        ask = folded.find("?", end)
        restored = folded[end : ask if 0 <= ask < end + 400 else end]
        kept = {int(m.group(0)) for m in re.finditer(r"(?<![\w.,])\d{1,9}(?![\d])", restored)}
    return bool(mine) and len(wanted) >= 2 and kept == wanted


# Session 45 (fair45): a correction that restates the task's own data ("Correction : la droite est y = 4x + 6"
# after a typo'd "y = 4x + 5", « Rectificatif : c'est 35 et 64 », "Correction: each brother has 2 sisters")
# poses the task's problem again: its values, from the first to its clause's end (a typo it names after a
# denial aside: ", pas 46", "not 3"), are a piece of the data as written. "Correction : chaque frère a 3
# sœurs" (another number before the data's noun) and "y = 4x + 6, so b = -14" still supersede.
_SAID_NUMBER = re.compile(r"(?<![\w.,])\d{1,9}(?![\d])")
_RESTATED_END = re.compile(
    r"[;!?]|,(?![ \t]*+\d)|\.(?!\d)|\b(?:pas|not|au lieu de|instead of|rather than|et non|and not|non)\b"
)
_DENIAL_LEAD = re.compile(r"^[ \t,]*+(?:pas|not|au lieu de|instead of|rather than|et non|and not|non)\b")


def _restores_data(folded: str, marker: re.Match[str], data: Sequence[str]) -> bool:
    """Whether the correction's values restate a piece of the data as written (see above)."""
    end = min([i for i in (folded.find(c, marker.start()) for c in "!?\n") if i >= 0] or [len(folded)])
    said = folded[marker.start() : end]  # the match runs to the correction's first value
    first = _SAID_NUMBER.search(said)
    if first is None:
        return False
    stop = _RESTATED_END.search(said, first.end())
    span = said[first.start() : stop.start() if stop else len(said)]
    tail = said[stop.start() :] if stop else ""
    denial = _DENIAL_LEAD.match(tail)
    typo = _SAID_NUMBER.search(tail, denial.end()) if denial else None
    if _SAID_NUMBER.search(tail[typo.end() :] if typo else tail):
        return False  # another value after the data's ("y = 4x + 6, so b = -14"), or after the typo named
    if any(first_ <= first.start() < last for first_, last in typos.owned(said)):
        return False  # what the user says they wrote is their mistake ("j'ai écrit 35 au lieu de 36")
    restated = " ".join(span.split())
    return bool(restated) and any(restated in " ".join(fold(text).split()) for text in data)


# Session 46 (fix-helper fair46): a correction that restates the data's counts in other words
# ("Erratum: I meant three brothers, each of them with two sisters", « Correction : trois frères, deux
# sœurs chacun ») poses the task's problem again: every value of its sentence (a number word read as its
# digits; "a", "un" left as words), with the word after it, is a value of the data with the same word after
# it (its first four letters: "3 brothers", "2 sœurs"). A count the data does not give so ("each brother
# has 3 sisters", "1 sister") still supersedes.
_COUNTED_WORD = re.compile(r"[a-z0-9]++")
_NOT_COUNTS = ("a", "an", "un", "une", "single", "none", "aucun", "aucune")
_COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if w not in _NOT_COUNTS}


def _counts_of(text: str) -> set[tuple[int, str]]:
    tokens = _COUNTED_WORD.findall(text)
    return {
        (int(t) if t.isdigit() else _COUNT_WORDS[t], nxt[:4] if nxt.isalpha() else "")
        for t, nxt in zip(tokens, [*tokens[1:], ""], strict=True)
        if (t.isdigit() and len(t) <= 9) or t in _COUNT_WORDS
    }


def _restates_counts(folded: str, marker: re.Match[str], data: Sequence[str]) -> bool:
    """Whether the correction's values restate the data's counts in other words (see above)."""
    end = min([i for i in (folded.find(c, marker.start()) for c in ".!?\n") if i >= 0] or [len(folded)])
    said = _counts_of(folded[marker.start() : end])
    given = {count for text in data for count in _counts_of(fold(text))}
    return any(word for _, word in said) and said <= given


# Session 59 (fix104sentiment, round 104: « Pronote — correction publiée : 1 positive / 2 negative / 3
# neutral. »): a correction whose every value numbers an item and is tied to one of the task's labels (« 1 :
# positif, 2 : négatif », "positive: 1", "1 → neutral", "review 2 = negative") is an answer key: it dictates
# the labels (the dictation readers take those answer points) and restates no data. A value tied to
# anything else ("review 2 has 5 stars", "1 positive review out of 3" with its 3) still supersedes.
_KEY_NUMBER_LABEL = re.compile(r"(?<![\w.,])(\d{1,2})(?!\w|[.,]\d)[ \t]*+(?:[-:=>)→.–—/][ \t]*+)?+([a-z]++)")
_KEY_LABEL_NUMBER = re.compile(r"(?<![\w-])([a-z]++)[ \t]*+[-:=(→–—][ \t]*+(\d{1,2})(?!\w|[.,]\d)")
_KEY_END = re.compile(r"[!?\n]|(?<!\d)\.(?!\d)")


def _keys_labels(folded: str, marker: re.Match[str], labels: Collection[str], items: int) -> bool:
    """Whether the correction is an answer key of the task's labels (see _KEY_NUMBER_LABEL)."""
    if not labels:
        return False
    stems = {fold(label)[:5] for label in labels}
    end = _KEY_END.search(folded, marker.end())
    said = folded[marker.start() : end.start() if end else len(folded)]
    keyed: set[int] = set()
    for m in _KEY_NUMBER_LABEL.finditer(said):
        if m.group(2)[:5] in stems:
            keyed.add(m.start(1))
    for m in _KEY_LABEL_NUMBER.finditer(said):
        if m.group(1)[:5] in stems:
            keyed.add(m.start(2))
    values = [(m.start(), int(m.group(0))) for m in _SAID_NUMBER.finditer(said)]
    return bool(values) and all(at in keyed and (not items or 1 <= value <= items) for at, value in values)


def superseded(
    prompt: str, data: Sequence[str] = (), labels: Collection[str] = (), items: int = 0
) -> bool:
    """Whether the prompt restates the task's data after giving it (see _SUPERSEDED); a
    correction asked for (see _ASKED_CORRECTION) restates nothing, nor an SQL UPDATE, nor
    the grading named "la correction" (see _GRADING), nor the correcting done in class (see
    _ACTIVITY_BEFORE), nor the user's own typo owned up to, the data restored (see _own_typo), nor
    an answer key of the task's ``labels`` for its ``items`` (see _keys_labels)."""
    folded = _SQL_UPDATE.sub(lambda m: " " * len(m.group(0)), fold(prompt))
    stamps = [m.start() for m in _STAMP.finditer(folded)]
    folded = _STAMP.sub(lambda m: " " * len(m.group(0)), folded)  # a date or a version (round 56)
    start = _data_start(prompt, data) if data and _SUPERSEDED.search(folded) else -1
    return any(
        not _ASKED_CORRECTION.search(folded[max(0, m.start() - 60) : m.start()])
        and not _the_grading(folded, m)
        and not _the_activity(folded, m)
        and not _the_material(folded, m)
        and not _aside_closed(folded, m, stamps)
        and not _own_typo(folded, m, data)
        and not _restores_data(folded, m, data)
        and not _restates_counts(folded, m, data)
        and not _before_the_data(folded, m, start)
        and not _keys_labels(folded, m, labels, items)
        for m in _SUPERSEDED.finditer(folded)
    )


def _data_start(prompt: str, data: Sequence[str]) -> int:
    """Where the task's data starts in the folded prompt: the first word :func:`without_data`
    blanks, or -1."""
    rest, full = _without_data(prompt, tuple(data)), with_revealed(prompt)
    for index in range(min(len(rest), len(full))):
        if rest[index] == " " and full[index].isalnum():
            return index
    return -1


def _before_the_data(folded: str, marker: re.Match[str], start: int) -> bool:
    """Round 52: a marker with a value in a line that ends before the task's data starts (a
    leading artefact: "[Memory updated: … 5 children …]", « Invitation : « Correction droite
    parallèle : … » mardi 10h »), the data given whole after it, corrects nothing yet given: the
    data is the problem posed. "Lire X au lieu de Y" names what it replaces: it still supersedes."""
    if start < 0 or marker.group(0).startswith(("lire", "lisez", "lis", "read")):
        return False
    end = folded.find("\n", marker.start())
    # round 56: or its first value is the data's own, the data starting after the marker ("Exercise sheet
    # v2 (updated 2026-11-03), room B12, question 1: Caroline (a girl) has 3 brothers...")
    return 0 <= end < start or marker.start() < start <= marker.end() - 1


# Data changed by a word (round 20b: "Caroline (un garçon) a 3 frères", "une présentation d'une
# heure (donc 55 minutes)"): the prompt poses another problem, for every task. Two readings:
# - a sentence of the data copied with one or two of its words swapped: the words on both
#   sides are the data's (one before at least, two after), a word the data defines in an
#   aside (its parentheses: "(une fille)", "(a girl)") is gone from the prompt and a content
#   word that no
#   data text holds (in any of its languages, by its first four letters) stands in its
#   place. How far: only the data's defining words, since swapping another word is how a
#   fair prompt rewords ("Les entiers 35 et 64"); a paraphrase or a translation copies no
#   such frame, and a word added ("une jeune fille") swaps none;
# - a quantity of the data restated (a parenthesis, a comma or a dash, then "donc", "soit",
#   "en fait", "i.e."...) as a number of a unit the data or its facts count in (a word right
#   after one of their numbers: "minutes", "sœurs") that neither holds ("une heure (soit 60
#   minutes)" restates the same; "donc 5 parties" counts what the data does not).
_SWAP_FRAME = 2  # data words that must follow the swap as they are in the data
_RESTATED = re.compile(
    r"[(,;—–-]\s*+(?:donc|soit|c'est[\s-]a[\s-]dire|en fait|en realite|autrement dit|ou plutot|plutot|"
    r"i\.?e\.?|that is|actually|in fact|really|or rather|so)\b[^()\n.;]{0,30}?"
    r"(?<![\d,.])(\d{1,4})\s*+([a-z]{2,})"
)


def _content(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word not in structure.FUNCTION


def _swapped(prompt: str, task: Task) -> bool:
    mine = [_stem(w) for w in words(fold(prompt))]
    texts = [[_stem(w) for w in words(fold(text))] for text in task.data]
    known = {w[:4] for text in texts for w in text}
    defined = {
        _stem(w)
        for text in task.data
        for aside in _ASIDE.findall(fold(text))
        for w in words(aside)
        if _content(w)
    }
    present = {w[:4] for w in mine}  # a defining word kept anywhere is not swapped
    for data in texts:
        if len(data) > 400:  # a text to translate or summarise: its own checks read it
            continue
        after: dict[tuple[str, ...], list[int]] = {}
        for i in range(1, len(data) - _SWAP_FRAME + 1):
            after.setdefault(tuple(data[i : i + _SWAP_FRAME]), []).append(i)
        for j in range(2, len(mine) - _SWAP_FRAME + 1):
            for i in after.get(tuple(mine[j : j + _SWAP_FRAME]), [])[:8]:
                for gone in (1, 2):
                    for came in (1, 2):
                        lo, start = i - gone, j - came
                        if lo < 1 or start < 1 or data[lo - 1] != mine[start - 1]:
                            continue
                        old, new = data[lo:i], mine[start:j]
                        if old == new:
                            continue
                        lost = [w for w in old if w in defined and w[:4] not in present]
                        added = [w for w in new if _content(w) and w[:4] not in known]
                        if lost and added and not _misspelt_as(lost, added):
                            return True
    return False


def _misspelt_as(lost: list[str], added: list[str]) -> bool:
    """Round 45: the defining word respelled, not swapped ("Caroline (une fiye)" is "une
    fille"): every added word is no listed word and is two edits at most from a lost one, its
    first letter kept ("un fils", a listed word, still swaps "fille")."""
    return all(
        not spelling.listed(new)
        and any(new[0] == old[0] and spelling.distance(new, old, 2) <= 2 for old in lost)
        for new in added
    )


def _restated(prompt: str, check: CarriesCheck, task: Task) -> bool:
    folded = fold(prompt)
    facts = " ".join(alt for fact in check.facts for alt in fact) + " " + " ".join(fold(t) for t in task.data)
    held = set(re.findall(r"\d+", facts))
    tokens = words(facts)
    units = {w[:4] for n, w in zip(tokens, tokens[1:], strict=False) if n.isdigit() and len(w) >= 3}
    # an example's own family ("in my example family, Paul has 3 brothers and 1 sister": session 47)
    families = ownlife.example_families(folded, instances.data_names(task.data))
    for found in _bounded_matches(_RESTATED.finditer(folded)):
        if families[found.start(1)] == " " and folded[found.start(1)] != " ":
            continue
        if (
            found.group(1) not in held
            and found.group(2)[:4] in units
            and _quantity_before(folded, found, units)
            and not instances.in_other_example(folded, found.start(), task.data)  # session 37
            and not _concluded(found, task)  # round 41
        ):
            return True
    return False


def _concluded(found: re.Match[str], task: Task) -> bool:
    """Whether a restatement (:data:`_RESTATED`) is the question's answer, not the data's quantity:
    the asked subject and a verb before a count of the asked unit (« une des 2 sœurs, donc elle a 1
    sœur », "so she has 1 sister"), in a quotation (an earlier reply pasted, round 41) or not (a memo,
    a draft declared wrong, a worked example on the same figures: round 90). Such a prompt dictates
    the answer, which costs the answer's points (:func:`gives_away`); it still carries the data
    (the README: a prompt that dictates the answer earns nothing for that answer)."""
    gap = found.string[found.start() : found.start(1)]
    # or the subject right after the count ("donc 1 sœur pour Caroline", "so 1 sister for her": round 90)
    after = _FOR_SUBJECT.match(found.string, found.end())
    for check in task.finals:
        spec = spec_of(check, task)
        if (
            spec.subject
            and any(found.group(2)[:4] == fold(unit)[:4] for unit in spec.unit)
            and (
                re.search(spec.subject, gap) or (after is not None and re.match(spec.subject, after.group(1)))
            )
        ):
            return True
    return False


_FOR_SUBJECT = re.compile(r"(?<![ \t])[ \t]++(?:pour|for|a|to|chez)[ \t]++([a-z]++)")


# Round 31: what is restated is a quantity said right before it ("d'une heure (soit 50 minutes)",
# "a 3 frères (donc 2 frères)"): a number, then at most three words, one of them a unit the data
# counts in. A conclusion after a comma with no quantity before it ("Each sister's brother is Tom
# himself, so Tom has 0 brothers", a worked example on another riddle) restates nothing.
_QUANTITY_BEFORE = re.compile(rf"(?<![\w.,])(?:\d+|{NUMBER_WORD_RE}|a|an)\s++((?:[a-z']++\s*+){{1,3}})\W*+$")


def _quantity_before(folded: str, found: re.Match[str], units: set[str]) -> bool:
    lo = max(folded.rfind(".", 0, found.start()), folded.rfind("?", 0, found.start()), found.start() - 60)
    before = _QUANTITY_BEFORE.search(folded[max(0, lo + 1) : found.start()])
    return before is not None and any(w.split("'")[-1][:4] in units for w in words(before.group(1)))


# A summary described by its constraints (round 21b: "Consignes : longueur ≤ 60 mots ; pas de
# phrase recopiée", then the text): a text made from the given one in other words and shorter
# than it. Both are needed: a limit alone may bound an answer to a question about the text,
# a rewording alone asks for no shorter text.
_REWORDED = re.compile(
    r"\b(?:(?:pas|aucune?|sans|ne|no|never|don't|do not|without)\s++(?:de\s++|d'|a\s++|any\s++)?"
    r"(?:[a-z]++\s++)?(?:recopi|copi|copy|copie)[a-z]*+|reformul[a-z]*+|(?:tes|vos|your) propres mots|"
    r"(?:in )?your own words|paraphras[a-z]*+|rephras[a-z]*+)"
)


def _described(prompt: str, task: Task) -> bool:
    if not _REWORDED.search(fold(prompt)):
        return False
    longest = max((len(words(fold(text))) for text in task.data), default=0)
    return structure.does("limit", prompt, data_words=longest)


def carries(check: CarriesCheck, prompt: str, task: Task) -> bool:
    """:func:`_carries`, or, for a check on a text's coverage, the same with the data's words the
    prompt retyped by hand written as the data writes them (:mod:`retyped`, session 41)."""
    if _carries(check, prompt, task):
        return True
    if check.coverage is None or not task.data:
        return False
    again = retyped.respelled(prompt, tuple(task.data))
    return again != prompt and _carries(check, again, task)


def _carries(check: CarriesCheck, prompt: str, task: Task) -> bool:
    """Every fact in one sentence of the prompt, its words in order, ASKED: not refused or
    negated in its clause ("ne résume surtout pas", "pas en anglais", "surtout pas pour des
    débutants"), and a fact that only the data's question holds asked about what that
    question asks (no word its other sentences name and it does not, in the same clause);
    with ``coverage``, every unit (sentence or line) of one of the task's data texts
    present at that share."""
    if superseded(prompt, task.data, task.labels, len(task.items)):  # the data restated (round 17b)
        return False
    if _swapped(prompt, task) or _restated(prompt, check, task):  # changed by a word (round 20b)
        return False
    if check.coverage is not None and altered(prompt, task.data):  # a fact of the text changed (round 24b)
        return False
    folded = fold(_items_inline(dataforms.read(voiced.punctuation_read(prompt))))  # round 22b; round 89
    folded = symbols.requests_read(folded)  # round 89: « 영어로 번역하세요 », « 要約して »
    # round 40: beginners' spelling read as the task's words, "do the same" after a timed example
    terms = spelling.terms_of(check.facts)
    known, prefixes = spelling.vocabulary(terms, tuple(task.data))
    kept = spelling.term_words(terms)
    respelt = spelling.respelled(folded, known, prefixes, kept)
    respelt = spelling.sounded(respelt, known, first_sound=True, keep=kept)  # round 45: "l'IA jenerative"
    # round 42: "do the same" after a worked example of a shorter rewrite asks a summary (offered.py)
    prompt_sentences = sentences(offered.summary_likewise(spelling.likewise(respelt)))
    asked, others = task.questions()
    told = [s for text in task.data for s in sentences(fold(text)) if not s.rstrip().endswith("?")]
    for fact in check.facts:
        alternatives = [segs for segs in (_fact_segments(alt) for alt in fact) if segs]
        question = any(_ordered(stems, segs) for stems in asked for segs in alternatives) and not any(
            _ordered([t for t, _, _ in _tokens(s)], segs) for s in told for segs in alternatives
        )
        if not any(
            _fact_in(sentence, segs, others if question else None)
            for sentence in prompt_sentences
            for segs in alternatives
        ):
            if check.described and _described(prompt, task):
                continue  # round 21b
            return False
    if check.coverage is not None and task.data:
        tokens = words(fold(prompt))
        mine = shingles(tokens)
        texts = [_units(text, check.units) for text in task.data]
        aligned = len({len(units) for units in texts}) == 1
        if aligned:  # the same units in every language: each may come from either
            present = all(
                any(_unit_present(units[i], mine, tokens, check.coverage) for units in texts)
                for i in range(len(texts[0]))
            )
            return present and (check.units != "sentences" or _in_order(texts, tokens, check.coverage))
        return any(
            all(_unit_present(u, mine, tokens, check.coverage) for u in units)
            and (check.units != "sentences" or _in_order([units], tokens, check.coverage))
            for units in texts
        )
    return True


def _in_order(texts: list[list[list[str]]], tokens: list[str], share: float) -> bool:
    """Whether the text's sentences (``texts``: the same units in each language) can be
    found in the prompt one after the other, in the text's order (round 25b: the source's
    sentences pasted shuffled are another text; a sentence quoted before the pasted text, as
    in "Attention à « Un grand modèle... »", leaves a later copy in order). A unit's start is
    read from each 4-word sequence found; it holds where enough of them follow it closely."""
    at: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(tokens) - 3):
        at.setdefault(tuple(tokens[i : i + 4]), []).append(i)
    previous = -1
    for i in range(len(texts[0])):
        best = None
        for units in texts:
            unit = units[i]
            grams = list(dict.fromkeys(tuple(unit[j : j + 4]) for j in range(len(unit) - 3)))
            starts = sorted({p - j for j, g in enumerate(grams) for p in at.get(g, []) if p - j >= previous})
            for start in starts:
                if best is not None and start >= best:
                    break
                near = 0
                for g in grams:
                    places = at.get(g, [])
                    k = bisect.bisect_left(places, start)
                    near += k < len(places) and places[k] <= start + len(unit) + 10
                if near >= share * len(grams):
                    best = start
                    break
        if best is None:
            if any(len(units[i]) >= 4 for units in texts):
                return False
            continue
        previous = best + 1
    return True


# -- facts, language ----------------------------------------------------------------------------

_META = re.compile(
    r"\b(?:le texte|ce texte|the text|this text|le passage|ce passage|the passage|this passage|l'article|"
    r"the article|l'auteur|the author|le document|the document|l'extrait|the excerpt|this excerpt)\b"
    r".{0,40}?\b(?:evoque|mentionne|parle|cite|aborde|traite|decrit|raconte|presente|resume|explique|"
    r"retrace|mention|discuss|describ|talk|cover|deal|explain|present|evoke|refer|summari|recount|trace)"
    # session 56 (fix99plansum, round 99: « Résumé en moins de soixante mots de ce texte sur l'histoire des
    # outils de calcul, des abaques jusqu'aux téléphones. »): the task restated, the answer naming itself (a
    # summary, a translation, an outline…) "of the text on …", says what the answer is, no fact of the story
    r"|\b(?:resume|summary|synthese|synthesis|abstract|apercu|overview|recap|condense|precis|traduction|"
    r"translation|version|plan|outline)\b[^.:!?\n]{0,60}?\b(?:de|du|d'|of)[ \t]*+(?:ce|cet|le|l'|this|the)"
    r"[ \t]*+(?:texte|text|passage|article|document|extrait|excerpt|paragraphe|paragraph)\b"
)
# Session 57 (fix100versions, round 100): where what a sentence about the text says it tells begins (a colon,
# "that", « que », "how", « comment »), within the sentence's next words.
_TOLD = re.compile(r"(?:que|that|how|comment)(?![\w'-])|qu'|(?:(?<!\S)[^\s:.!?]++[ \t]*+){0,8}?:")
# a sentence about the text that denies what it tells ("Ce texte ne parle ni des cailloux …", round 82)
_TOLD_DENIED = re.compile(
    r"(?<![\w'-])(?:ne|n'|ni|pas|not|never|jamais|neither|nor|no|sans|without)(?![\w-])"
)
# "et"/"and" before a verb and its object continues the clause (round 8: "La calculatrice de
# poche arrive dans les années 1990 et remplace le boulier": the abacus is what the pocket
# calculator replaces, in the clause that names it); before a new subject it opens one.
_FACT_MARK = re.compile(
    r"[,;:()]|(?<=[ \t])[-–—](?=[ \t])"
    r"|\b(?:et|and)\b(?!\s++[a-z]{1,20}?(?:e|s|ent|ait|aient|ed)\s++(?:le|la|les|l'|un|une|des|du|the|a|an)\b)"
    r"|\b(?:puis|then|while|alors que|tandis que|whereas)\b"
)
# A range told from one step to another (round 39: "Des cailloux des abaques antiques à la
# Pascaline, ...", "From the abacus to the pocket calculator, ...") names two steps: its ends
# are two clauses, as "puis" makes them. Only a piece that opens with "de"/"des"/"du"/"from"
# is a range, and French "à" ends its first part only before a determiner ("Pascal a la
# ..." is no range unless the piece opens with "de"); a term tied to the other end inside
# one part ("De l'abaque de Pascal à ...") still binds it.
_RANGE_FROM = re.compile(r"(?<![ \t])[ \t]*+(?:des|de|du|d'|from)(?![\w'-])")
_RANGE_TO = re.compile(
    r"(?<![\w'-])(?:(?:a|jusqu'a)[ \t]++(?=(?:la|le|les|l'|un|une|nos|notre|ce|cette|ces|celles?|ceux|"
    r"nombreux|tous|toutes)(?![\w-]))|(?:au|aux|jusqu'au|jusqu'aux)(?![\w'-])|(?:to|until|through)(?![\w'-]))"
)

# Round 56 (fix-helper r56fix, round 56's fair r56f-summary-en-podcast-runtime): a verb of change before
# "from"/"de" opens a range inside its piece ("Counting tools evolved from pebbles on abacus tables to
# Pascal's Pascaline", « les outils sont passés des cailloux à la Pascaline », "ranging from ... to ...").
_RANGE_VERB = re.compile(
    r"\b(?:evolv(?:ed|es|ing)|went|go(?:es)?|progress(?:ed|es|ing)|mov(?:ed|es|ing)|grew|grow(?:s|ing)?|"
    r"shift(?:ed|s|ing)?|pass(?:ed|es|ing)|rang(?:ed|es|ing)|spann?(?:ed|s|ing)|stretch(?:ed|es|ing)|"
    r"evolu[a-z]{0,5}|pass(?:e|es|ee|ees|ent|ant|erent|ait|aient)|v(?:a|ont)|allant|all(?:ait|aient|erent))"
    r"[ \t]++(?:(?:all[ \t]++the[ \t]++way|tout|ainsi)[ \t]++)?(?:des|de|du|d'|from)(?![\w'-])"
)


def _range_marks(sentence: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ends of ranges in the pieces ``marks`` cut ``sentence`` into: the span of each
    "à"/"to" of a piece that opens with "de"/"from" (see _RANGE_FROM)."""
    found = []
    starts = [0] + [e for _, e in marks]
    ends = [s for s, _ in marks] + [len(sentence)]
    for start, end in zip(starts, ends, strict=True):
        opener = _RANGE_FROM.match(sentence, start, end) or _RANGE_VERB.search(sentence, start, end)
        if opener:
            found += [m.span() for m in _RANGE_TO.finditer(sentence, opener.end(), end)]
    return found


# A comparison sign hedges a fact as it hedges a count (round 24a: "en ≥ 1642").
_FACT_HEDGE = re.compile(
    r"(?<![\w-])(?:" + HEDGE_WORDS + r")(?![\w-])|±|(?<!~)~(?!~)|≈|\([ \t]*+\?++[ \t]*+\)|" + COMPARISON
)
# Hearsay (round 9): the reported conditional ("Pascal aurait conçu la Pascaline en 1642", "la
# calculatrice de poche serait apparue") and its English words tell what someone says, not
# the fact: not stated, as a hedge is not.
_FACT_REPORTED = re.compile(
    r"\b(?:aurait|auraient|serait|seraient|reportedly|allegedly|purportedly|dit-on|parait-il|"
    r"(?:is|are|was|were) said to|(?:is|are|was|were) believed to|(?:is|are|was|were) thought to|"
    r"(?:is|are|was|were) supposed to have|would have|"
    # fix73 (round 73): a fact told as a possibility or an appearance ("People may have counted with
    # pebbles", "seemingly", « semble-t-il ») is not told either; "would go on to build" is.
    r"(?:may|might|could)(?:[ \t]++well)?[ \t]++have|seemingly|apparently|apparemment|semble-t-il|"
    r"semblerait|sembleraient)\b"
)
# Round 84: a fact put in doubt ("It is not unreasonable to doubt that pebbles … were ever used", « on
# peut douter que Pascal ait construit … », "it is doubtful whether") is not told; a doubt denied
# ("no doubt that", "I don't doubt that", « nul doute que », « sans doute que ») tells it.
_FACT_DOUBTED = re.compile(
    r"(?<!\bno )(?<!\bnot )(?<!n't )(?<!\blittle )(?<!\bwithout )(?<!\bsans )(?<!\bnul )(?<!\baucun )"
    # mend51: "nobody doubts that", "no one (has ever) doubted", « personne ne doute que », « nul ne doute »
    r"(?<!\bnobody )(?<!\bone )(?<!\bnever )(?<!\bever )(?<!\bne )"
    r"\b(?:doubt(?:s|ed|ing)?[ \t]++(?:that|whether|if)|doubtful|questionable[ \t]++whether|"
    r"dout(?:e|es|ent|er|ons|ez|ait|aient)(?:[ \t]++(?:fort|bien|beaucoup|serieusement))?[ \t]++(?:que|qu')"
    r"|douteux[ \t]++(?:que|qu'))"
)
# fix73 (round 73): a time offered with another (« les abaques de l'Antiquité (ou du Moyen Âge) », "au
# XVIIIe ou XIXe siècle", "en 1642 (ou 1652)", "in the 1960s or 1970s"): the fact's time is not told.
_TIME = (
    r"(?:\d{3,4}s?|\d{2}s|\d{1,2}(?:e|eme|th|st|nd|rd)|[xvi]{2,6}(?:e|eme)|antiquite|moyen[ -]age|"
    r"renaissance|"
    r"ancient|antiquity|medieval|middle ages)(?![\w'-])"
)
_TIME_ALTERNATIVE = re.compile(
    rf"(?<![\w-]){_TIME}(?:[ \t]++(?:siecles?|century|centuries))?[ \t]*+\(?[ \t]*+(?:ou|or)[ \t]++"
    r"(?:(?:en|in|du|de la|de l'|des|au|aux|the|les|dans les|a l'|l')[ \t]*+)?" + _TIME
)


# Modality (round 21a): a fact expected, planned, hoped for or dreamt of ("On attendait la
# calculatrice de poche dès les années 1970", "était prévue pour 1970", "Pascal rêvait d'une
# machine", "was expected in the 1970s") is not told as having happened: not stated. A
# wish or an attempt that the clause carries out ("Pascal, qui voulait aider son père,
# invente la Pascaline") is the text's own story, and no modality here.
_FACT_UNREALISED = re.compile(
    r"\b(?:attendai(?:t|ent)|attendue?s?|on attend|s'attendai(?:t|ent)|prevue?s?|prevoyai(?:t|ent)|"
    r"programmee?s?|planifiee?s?|annoncee?s? pour|esperai(?:t|ent)|esperee?s?|espere|revai(?:t|ent)|revee?s?|"
    r"envisageai(?:t|ent)|envisagee?s?|promise?s? pour|expected|anticipated|planned|scheduled|hoped|hoping|"
    r"dreamt|dreamed|dreaming|(?:was|were) due|(?:was|were) (?:supposed|meant) to)\b"
)


# A negation governing a term (in the few words before it, in its clause) denies the fact,
# and so does a clause that calls it false.
_FACT_NEGATED = re.compile(
    r"\b(?:pas|not|never|jamais|no|non|ni|nor|neither|rien a voir|nothing to do|sans rapport|unrelated|"
    r"plutot que|rather than|instead of|au lieu de|contrary to|contrairement)\b|n't\b"
)
# Negation words that deny nothing between a fact's terms ("non seulement", "not only",
# "pas avant 1970" says 1970): the rest, as the answer reader reads a negated value, deny it.
_NOT_DENIAL = re.compile(
    r"\b(?:non seulement|pas seulement|not only|not just|pas avant|not before|not until|no later than|"
    # a price said by a negation ("pas chères", round 40) denies nothing: it is a term of answer-fact-2
    r"pas cher|pas chere|pas cheres|pas chers)\b"
)
# Round 71 (fix71): a title on what the topic is not (« ce que l'IA générative n'est pas », "what
# generative AI is not", "what ChatGPT can't do") names the topic: the relative's negation is the
# title's own, blanked before the negation of a fact's clause is looked for.
_WHAT_IT_IS_NOT = re.compile(
    r"\b(?:ce\s++qu(?:e\s++|')|what\s++)(?:[a-z'-]++\s++){0,5}?"
    r"(?:(?:n'est|ne\s++sont|n'a|n'ont|ne\s++fait|ne\s++font|ne\s++peut|ne\s++peuvent|ne\s++sait)\s++pas"
    r"|(?:is|are|can|does|do|will)(?:\s++not|n't)|isn't|aren't|can't|cannot|doesn't|don't|won't)\b"
)
_FACT_REJECTED = re.compile(
    r"\b(?:faux|fausse|wrong|false|incorrect|incorrecte|erreur|erronee?|mistaken|myth|mythe|legende|legend)\b"
)


# A spaced dash (" – ", " — ", " - " once normalised) ends a fact's clause, as a comma does
# (round 23a: "Pascal invente la Pascaline en 1642 — bien avant l'électronique").
_PIECE_SPLIT = re.compile(r"[,;:()\[\]]|(?<=[ \t])[-–—](?=[ \t])")


def _words_before(text: str, position: int, start: int = 0, count: int = 4) -> str:
    """The ``count`` words of ``text`` before ``position`` (not before ``start`` nor before
    a punctuation mark), elided articles not counted ("l'", "d'")."""
    window = text[max(start, position - 60) : position]
    window = _PIECE_SPLIT.split(window)[-1]  # not across a mark: "en 1642 (et non en 1943), pascal"
    found = re.findall(r"[a-z0-9']+", window)
    return " ".join([w for w in found if not w.endswith("'")][-count:])


def _alternative_number(clause: str, span: tuple[int, int]) -> bool:
    """A number of the fact with another one offered beside it ("1642 ou 1624", "1642-1643")."""
    near = r"(?<!\s)\s*+(?:ou|or|voire|/|-|a|to|et|and)\s*+(?:en\s++|in\s++)?\d"
    return bool(re.match(near, clause[span[1] :])) or bool(
        re.search(r"\d\s*(?:ou|or|voire|/|a|to)\s*(?:en\s+|in\s+)?$", clause[: span[0]])
    )


_ASIDE = re.compile(r"\([^()\n]*\)")


def _without_asides(clause: str, offset: int, terms: list[tuple[int, int]]) -> str:
    """The clause without its parenthesised asides that hold none of the fact's terms: a
    hedge in "vers 1970 (≈ un demi-siècle avant nos smartphones), la calculatrice de poche"
    is about another quantity, not the fact's date."""

    def blank(match: re.Match[str]) -> str:
        lo, hi = offset + match.start(), offset + match.end()
        if any(lo <= s < hi for s, _ in terms):
            return match.group(0)
        # "(ou peut-être 1980)" names no other quantity: it hedges the fact's own value
        named = [
            w
            for w in re.findall(r"[a-z][a-z'-]+", _FACT_HEDGE.sub(" ", match.group(0)))
            if w not in structure.FUNCTION and len(w) > 2
        ]
        return " " if named else match.group(0)

    return _ASIDE.sub(blank, clause)


# Issue 11ba: a person called a legend in apposition ("Pascal, une légende des maths, invente la
# Pascaline", "Pascal, a legend of mathematics, …", "Pascal (une légende !) conçoit …") is
# praised, the fact is not called false: an aside inside the fact's clause, between two marks,
# that is only such a noun (an article, an adjective, a complement) says nothing of the fact.
# After the fact ("… en 1642 : pure légende", "— a myth") it still disowns it (_DISOWNING).
_PRAISE = re.compile(  # read whole (fullmatch): anchored, so a search is linear too
    r"\A[ \t!]*+(?:(?:une?|a|an|la|le|the|veritable|vraie?|true|real|authentique|grande?|great|petite?|"
    r"sacree?|absolue?|pure|vivante?|living|notre|our)[ \t]++)*+"
    r"(?:legendes?|legends?|mythes?|myths?|icones?|icons?)"
    r"(?:[ \t]++(?:vivante|living|absolue?|nationale?|national))?"
    r"(?:[ \t]++(?:des|du|de|de la|of|in|en|among|parmi)[ \t]++(?:[a-z'-]++[ \t]*+){1,4})?[ \t!.…]*+"
)
_PRAISE_ASIDE = re.compile(r"(?<=[,(])[^,;:()\[\]]*+(?=[,)])|(?<=[ \t][-–—])[^,;:()\[\]–—-]*+(?=[-–—][ \t])")


def _without_praise(clause: str) -> str:
    """``clause`` with its asides that only praise someone as a legend blanked (see _PRAISE)."""
    return _PRAISE_ASIDE.sub(
        lambda m: " " * len(m.group(0)) if _PRAISE.fullmatch(m.group(0)) else m.group(0), clause
    )


def _apart(spans: list[list[tuple[int, int]]]) -> bool:
    """Whether each term can be found in its own words: one span per term, none inside
    another's word (round 6: a word serves one term, so "Pascaline" is not also Pascal)."""
    chosen: list[tuple[int, int]] = []

    def place(i: int) -> bool:
        if i == len(spans):
            return True
        for s, e in spans[i][:8]:
            if all(e <= cs or s >= ce for cs, ce in chosen):
                chosen.append((s, e))
                if place(i + 1):
                    return True
                chosen.pop()
        return False

    return place(0)


# A counterfactual condition ("Si Pascal avait inventé la Pascaline en 1642, ...", "if Pascal
# had built...") and the conditional that follows it state nothing (round 7): a fact whose
# terms come after the "si ... avait" of its sentence is supposed, not told.
_COUNTERFACTUAL = re.compile(
    r"\b(?:si|s'il|s'ils|if|even if|meme si)\s++[^.;!?]{0,80}?\b(?:avait|avaient|etait|etaient|had|were)\b"
    # round 82: the inverted condition ("Had Pascal built … in 1642, …", "Were it …", "Should …" opening
    # its sentence or clause; « Eût-il conçu … », « Pascal eût-il … »): a supposition as well ("had to"
    # is no inversion; a question, "Should we trust ChatGPT?", supposes nothing)
    r"|(?:^[ \t*_>#-]*+(?:had|were|should)[ \t]++(?!to\b)(?=[a-z])"
    # after a comma, only with a pronoun for subject ("…, had he known", "…, were it not for"): "Pascal,
    # whose father was a tax collector, had built …" is a past perfect (the lead, session 50)
    r"|(?:(?<=[,;:(])|(?<=[,;:(][ \t]))(?:had|were|should)[ \t]++"
    r"(?:it|he|she|they|we|you|i|there|this|that)\b)"
    r"(?![^.;!?\n]{0,200}+\?)"
    r"|(?<!peine )(?<!sans doute )\b(?:eut|eussent)-(?:il|elle|on|ils|elles)\b"  # not « à peine eut-il … »
    # a supposition asked of the reader (round 8: "Imaginons que ...", "Suppose that ..."); not
    # "Leibniz imagine un mécanisme", the text's own verb
    r"|\b(?:imaginons|imaginez|supposons|supposez|admettons|admettez|mettons|faisons comme si|"
    r"(?:let's|let us) (?:imagine|suppose|assume|pretend|say)|(?:imagine|suppose|assume|pretend) that|"
    r"assuming|supposing)\b"
)


# A fact disowned by a bare verdict after it (round 25a: "Pascal conçoit la Pascaline en 1642 :
# pure légende.", "… for his father — a myth.", "… en 1642. C'est faux."): a piece of the same
# sentence after the fact's clause, or the next sentence, that is only a verdict of falsehood
# (a myth, a legend, false, made up), says the fact is not so. "Pascal, une légende des
# mathématiques, …" (a word after it) and "… en 1642, une date clé" disown nothing.
_DISOWNING = re.compile(  # read whole (fullmatch): anchored, so a search is linear too
    r"\A[\s*_«»\"'()!.…-]*+(?:(?:mais|but|sauf que|en fait|en realite|actually|in fact|in reality|"
    r"or|yet|helas|"
    r"bien sur|of course|evidemment|obviously)[ \t,]++)?"
    r"(?:(?:c'est|c'etait|tout ca|tout cela|tout ceci|cela est|ceci est|that's|that is|this is|it's|it is|"
    r"which is|ce qui est|all)[ \t]++)?"
    r"(?:(?:une|un|a|an|la|le|du|de la|pure|pur|purement|totalement|completement|entierement|absolument|"
    r"tout a fait|simplement|juste|only|just|totally|completely|entirely|absolutely|utterly|simply|mere|"
    r"complete|total|totale|grosse|belle|vieille|old|big)[ \t]++)*+"
    r"(?:faux|fausse|legendes?|mythes?|myths?|legends?|false|wrong|untrue|not true|pas vrai|inexacte?|"
    r"fiction|"
    r"invention|inventee?|fables?|fake|fake news|hoax|canular|intox|bobard|rumeur|rumour|rumor|mensonge|lie|"
    r"nonsense|n'importe quoi|balivernes?|made up|fabricated|apocryphe|apocryphal|erreur|error|incorrecte?|"
    r"erronee?)"
    r"(?:[ \t]++(?:totale?|complete|pure|absolue?|urbaine|urban|populaire|d'internet|tenace|persistent|"
    r"bien sur|of course))*+[\s*_«»\"'()!.…-]*+"
)


def _doubt_after(sentence: str, end: int, marks: list[tuple[int, int]]) -> bool:
    """Whether the clause right after a fact's (after ";", ":", a comma or a spaced dash) is
    only a hedge or a doubt of it, with no value of its own, as the answer reader reads a
    hedge alone after a value; or any piece after it only a verdict of falsehood (_DISOWNING)."""
    lo = min([e for s, e in marks if s >= end], default=len(sentence))
    hi = min([s for s, _ in marks if s >= lo], default=len(sentence))
    piece = sentence[lo:hi]
    if any(_DISOWNING.fullmatch(p) for p in _PIECE_SPLIT.split(sentence[end:]) if p.strip()):
        return True
    return bool(piece.strip()) and bool(_FACT_HEDGE.search(piece)) and not re.search(r"\d", piece)


def _doubted_next(folded: str, unit: str) -> bool:
    """Whether the piece right after ``unit`` in the answer only doubts it ("… en 1642 ; sous
    toutes réserves.", "… en 1642. Rien n'est moins sûr."): a hedge or a doubt, no value, a
    few words; such a piece is too short to be a sentence of prose of its own (round 23a)."""
    at = folded.find(unit.strip())
    if at < 0 or not unit.strip():
        return False
    rest = folded[at + len(unit.strip()) : at + len(unit.strip()) + 200]
    piece = re.split(r"(?<=[.;!?])[ \t]|\n", rest.lstrip(" \t.;!?"), maxsplit=1)[0]
    if _DISOWNING.fullmatch(piece):
        return True  # "… en 1642. Pure légende." (round 25a)
    return bool(_FACT_HEDGE.search(piece)) and not re.search(r"\d", piece) and len(piece.split()) <= 12


# Who made it, said in the piece right after the fact's clause (round 25a: "un abaque, que
# Leibniz inventa", "an abacus, which Pascal devised", "l'abaque, inventé par Pascal", "abacus
# tables, an idea Pascal later patented"): the
# fact's maker, read with its clause, so a later step's inventor there ties it to the wrong step.
_CREDIT = re.compile(  # lookbehind: read from a blank run's start only (linear)
    r"(?<![ \t])[ \t]*+(?:(?:et[ \t]++|and[ \t]++)?(?:que|qu'|dont|which|that|whose"
    r"|(?:une?|an?|the|la|le|cette|this)[ \t]++(?:idee|idea|invention|device|machine|outil|tool|concept|"
    r"procede|method|methode|technique|systeme|system)\b)[^,;:()]{0,40}?"
    r"\b(?:invent[a-z]*+|concu[a-z]*+|congu[a-z]*+|cree?[a-z]*+|imagin[a-z]*+|devised|designed|created|built|"
    r"made|credited|attribu[a-z]*+|doit|owes?|owed|fabriqu[a-z]*+|mis au point|brevet[a-z]*+|patented)\b"
    r"|(?:invente|inventee?s?|concue?s?|cree?e?s?|imagine|attribuee?s?|due?s?|invented|devised|designed|"
    r"created|built|made|credited|attributed|owed|patented)[ \t]++(?:par|by|a|to)\b)[^,;:()]{0,60}"
)


def _credit_after(sentence: str, end: int) -> str:
    """The piece right after a fact's clause when it says who made it (see _CREDIT), else ""."""
    if sentence[end : end + 1] not in (",", "(") and not sentence[end:].lstrip().startswith(("-", "–", "—")):
        return ""
    found = _CREDIT.match(sentence, end + 1)
    return found.group(0) if found else ""


# The agent of a passive is the clause's subject wherever it stands: "la Pascaline est conçue
# par le père de Pascal", "was built by Pascal's father" name the father as the maker, as "le
# père de Pascal conçoit la Pascaline" does (a ``not_before`` actor). "par" or "by", then only
# determiners, an adjective of age or a possessor ("Pascal's") before the actor.
_AGENT_BY = re.compile(
    r"\b(?:par|by)\s++(?:(?:le|la|les|l'|the|son|sa|ses|his|her|their|own|propre|jeune|young|"
    r"(?:[a-z]+\s+)?[a-z]+')\s*+)*+$"
)


def _reported_before(sentence: str, start: int, marks: list[tuple[int, int]]) -> bool:
    """Whether the short pieces right before a fact's clause report or hedge it (round 76, fix76): an
    incise (« on aurait, paraît-il, déplacé des cailloux », "they, reportedly, moved pebbles") and the
    reported auxiliary it cuts off its participle; a piece of four words at most, two pieces back."""
    before = [(s, e) for s, e in marks if e <= start]
    last = before[-3:]
    for (_, lo), (hi, _) in reversed(list(zip(last, last[1:], strict=False))):
        piece = sentence[lo:hi]
        if len(re.findall(r"[\w'-]+", piece)) > 4:
            break
        if _FACT_REPORTED.search(piece) or re.search(r"\bsupposedly\b", piece):
            return True
    return False


def _stated(fact: Fact, sentence: str) -> bool:
    """The fact's terms in one sentence, and none of its ``none`` terms in the clauses that
    hold them ("Pascal invente la Pascaline en 1642, puis la calculatrice de poche..."
    states Pascal in 1642; "En 1642, Pascal invente la calculatrice de poche" does not); no
    hedge and no alternative value in those clauses ("En 1642 ou en 1624"); no negation in
    the three words before a term ("ce n'est pas Pascal qui...", "in the 1990s, not the
    1970s", "rien à voir avec l'IA") and no word calling those clauses false ("la légende
    dit que...", "it is wrong that...")."""
    meta = _META.search(sentence)
    if meta:
        # a sentence about the text, not a fact of it, unless what it says the text tells follows it, told:
        # after a colon or "that"/« que » ("Ce texte retrace la quête d'outils pour calculer : cailloux sur
        # des abaques dans l'Antiquité, Pascaline inventée en 1642 …", session 57), a keyword list no
        verb_end = meta.end()
        while verb_end < len(sentence) and (sentence[verb_end].isalnum() or sentence[verb_end] in "'-"):
            verb_end += 1  # the rest of the verb ("describ" → "describes")
        told = _TOLD.match(sentence, past_blanks(sentence, verb_end))
        content = sentence[told.end() :] if told else ""
        if not told or not structure.sentence_like(content) or _META.search(content):
            return False
        if _TOLD_DENIED.search(sentence, 0, told.end()):
            return False
        return _stated(fact, content)
    if irony.marked(sentence):
        return False  # "… n'a évidemment rien changé 😉", "/s", "lol": said in irony (round 84)
    spans = []
    for term in fact.all:
        found = [m.span() for m in re.finditer(term_pattern(term), sentence)]
        if not found:
            return False
        spans.append(found)
    if not _apart(spans):
        return False  # "Leibniz invente la Pascaline": "pascal" only inside "Pascaline" names no one
    counterfactual = _COUNTERFACTUAL.search(sentence)
    if counterfactual and counterfactual.start() < max(found[0][1] for found in spans):
        return False  # "Si Pascal avait inventé la Pascaline en 1642, ...": a supposition
    if anachronism(sentence):
        return False  # "the 1970s' calculators inspired Pascal in 1642": a cause after its effect (round 82)
    start = min(s for s, _ in (found[0] for found in spans))
    end = max(e for _, e in (found[0] for found in spans))
    marks = [(m.start(), m.end()) for m in _FACT_MARK.finditer(sentence)]
    marks = sorted(marks + _range_marks(sentence, marks))
    start = max([e for s, e in marks if e <= start], default=0)
    end = min([s for s, e in marks if s >= end], default=len(sentence))
    clause = sentence[start:end]
    if any(m.start() < end for m in _TIME_ALTERNATIVE.finditer(sentence, start, end + 60)):
        return False  # « de l'Antiquité (ou du Moyen Âge) », "1642 (ou 1652)" (round 73)
    if _doubt_after(sentence, end, marks):
        return False  # "… en 1642 ; sous toutes réserves": the next clause doubts it (round 23a)
    firsts = [found[0] for found in spans]
    last = max(e for _, e in firsts) - start
    if (
        any(has_term(clause, t) or has_term(_credit_after(sentence, end), t) for t in fact.none)
        or any(
            m.start() < last or _AGENT_BY.search(clause[: m.start()])
            for t in fact.not_before
            for m in re.finditer(term_pattern(t), clause)
        )
        or _FACT_HEDGE.search(_without_asides(clause, start, firsts))
        or _FACT_REPORTED.search(clause)
        or _FACT_DOUBTED.search(sentence, 0, end)
        or _reported_before(sentence, start, marks)
        or _FACT_UNREALISED.search(clause)
    ):
        return False
    if (
        _FACT_REJECTED.search(_without_praise(clause))
        or any(
            _FACT_NEGATED.search(_words_before(sentence, s, start))
            # "Loin d'avoir inventé la Pascaline, ...", "Rien ne prouve que Pascal ait conçu ..."
            # (round 11): the clause a denial opens is not stated
            or extract.DENIED_LEAD.search(_PIECE_SPLIT.split(sentence[max(0, s - 80) : s])[-1])
            for s, _ in (found[0] for found in spans)
        )
    ):
        return False  # denied or contradicted: "ce n'est pas Pascal qui...", "in the 1990s, not the 1970s"
    # a negation in a piece of the clause that holds a term, from the first term on (round
    # 19a: "... de poche n'apparaît pas en 1970"); a litotes before it ("Ce n'est pas un hasard
    # si Pascal...") and an aside without a term ("Pascal, pas encore vingt ans, ...") deny nothing
    unsaid = _WHAT_IT_IS_NOT.sub(lambda m: " " * len(m.group(0)), sentence)  # round 71
    for piece in _PIECE_SPLIT.split(unsaid[min(s for s, _ in firsts) : end]):
        # round 74: a verb of failure denies too ("failed to build", « a échoué à »)
        denied = _FACT_NEGATED.search(_NOT_DENIAL.sub(" ", piece)) or unachieved.failed(piece, cannot=True)
        if denied and any(has_term(piece, t) for t in fact.all):
            return False
    for found in spans:
        s, e = found[0]
        if sentence[s:e].strip()[:1].isdigit() and (
            _alternative_number(sentence, (s, e))
            or _BEFORE_ERA.match(sentence, e)
            or (_COUNTED_AFTER.match(sentence, e) and not _DATED_BEFORE.search(sentence[max(0, s - 24) : s]))
        ):
            return False  # "1642 ou 1624", "1642 av. J.-C.", "vendait sa machine 1642 livres"
    return True


# A year reused as another quantity (round 22a: "Pascal vendait sa machine 1642 livres",
# "fabriqua 1642 exemplaires"): a number that counts a plural noun, with no word of time
# before it ("en", "in", "dès", "années"), is no year of the story. "In 1972 calculators
# shrank" is dated.
_COUNTED_AFTER = re.compile(
    r"(?<![ \t])[ \t]++(?!(?:dans|alors|apres|pres|vers|sous|plus|mais|pas|tous|toutes|ses|les|des|ces|mes|"
    r"tes|nos|vos|leurs|tres|jamais|depuis|lors|nous|vous|ils|elles|eux|is|was|has|as|this|its|his|thus|"
    r"towards|afterwards|always|perhaps|sans|chez|puis|avons|avions|etais|etait|jusqu'alors)\b)"
    r"(?:[a-z]{2,}[sx]|exemplaire|unite|piece|copie|copy|unit)\b"
)
_DATED_BEFORE = re.compile(
    r"\b(?:en|in|des|depuis|since|by|vers|around|circa|ca|annees|years|year|an|l'an|annee|of|de|du|le|the|"
    r"avant|apres|before|after|until|jusqu'en|from|des l'an|au|a|dans)[ \t]*+$|[(,;:–—-][ \t]*+$|^[ \t]*+$"
)


# A year before the era (round 16a: "1642 av. J.-C.", "1642 BC") is no year of the story.
_BEFORE_ERA = re.compile(
    r"(?<![ \t])[ \t]*+(?:av(?:ant|\.)?[ \t]*+j\.?[ \t]*+-?[ \t]*+c\b"
    r"|av(?:ant|\.)[ \t]*+(?:notre[ \t]++ere|n\.?[ \t]*+e)\b|av\.[ \t]*+$|"
    r"b\.?[ \t]?c\.?(?:e\b\.?)?(?![a-z])|before (?:christ|the common era)\b)"
)


# An aside that lists keywords ("(repères : Pascal 1642 Pascaline ; XIXe série ; poche années
# 1970)", round 9: a label or semicolons, and no sentence) states no fact: its words are cues,
# not told. "(1642)" after the fact, or "(la Pascaline)", is no list.
_KEYWORD_ASIDE = re.compile(r"\(([^()\n:;]*+[:;][^()\n]*+)\)")


_CUE_LABEL = re.compile(
    r"^\s*+(?:reperes?|a retenir|mots?[ -]cles?|keywords?|key points?|key facts?|points? cles?|faits?|facts?|"
    r"dates?|cles?|notes?|memo|aide-memoire|resume|summary|tl;?dr|bref|en bref)\s*+:"
)


def _keyword_list(aside: str) -> bool:
    pieces = re.split(r"[:;]", aside)
    if any(structure.sentence_like(p) for p in pieces):
        return False
    return bool(_CUE_LABEL.match(aside)) or aside.count(";") >= 1


def _without_keyword_asides(sentence: str) -> str:
    return _KEYWORD_ASIDE.sub(
        lambda m: " " * len(m.group(0)) if _keyword_list(m.group(1)) else m.group(0), sentence
    )


def _facts(check: FactsCheck, answer: str) -> bool:
    if check.sections:
        units = [s for line in structure.timed_lines(_plan_answer(answer)) for s in sentences(line)]
    elif check.prose:
        if structure.interrogation(fold(answer)):
            return False  # "Qui ? Pascal. Quand ? 1642.": fragments state no fact (round 14)
        units = [
            _without_keyword_asides(s)
            for s in structure.prose_sentences(structure.without_keyword_footnotes(answer))
        ]
    else:
        units = [_without_keyword_asides(s) for line in fold(answer).splitlines() for s in sentences(line)]
    units = [without_citations(u) for u in _outside_suppositions(units, fold(answer))]  # round 23a
    folded = fold(answer)
    notes = [fold(note) for note in structure.footnotes(answer)] if check.prose else []
    return all(
        any(
            _stated_any(fact, s) and not _doubted_next(folded, s) and not irony.laughing(s, folded)
            for s in units
        )
        and not any(_note_denies(note, fact) for note in notes)
        for fact in check.facts
    )


def _note_denies(note: str, fact: Fact) -> bool:
    """Whether a footnote (:func:`workshop.prompts.structure.footnotes`) takes a fact back
    (round 84: "¹ En réalité, Pascal n'a rien construit : la Pascaline est une légende"): it
    names a term of the fact and calls it false, a legend, or negates it."""
    if not any(has_term(note, term) for way in (fact, *fact.also) for term in way.all):
        return False
    rejected = _FACT_REJECTED.search(_without_praise(note))
    if rejected:
        return True
    # mend51: the negation bears on the fact (a term of it or a making verb after it in its clause:
    # "Pascal never built it"), not on a detail ("¹ Pascal was not yet twenty at the time").
    plain = _NOT_DENIAL.sub(" ", note)
    for m in _FACT_NEGATED.finditer(plain):
        end = min((i for i in (plain.find(c, m.end()) for c in ".;:!?,") if i >= 0), default=len(plain))
        clause = plain[m.end() : end]
        if _MADE.search(clause) or any(has_term(clause, t) for way in (fact, *fact.also) for t in way.all):
            return True
    return False


# What a note's negation must bear on to deny a fact (mend51): making, inventing, existing, dating.
_MADE = re.compile(
    r"\b(?:built|build|made|make|invent[a-z]*+|design[a-z]*+|creat[a-z]*+|exist[a-z]*+|produc[a-z]*+|happen[a-z]*+"
    r"|construi[a-z]*+|con[cç]u|conce[a-z]*+|fabriqu[a-z]*+|cre[ea][a-z]*+|produi[a-z]*+|fait|date[a-z]*+)\b"
)


def _stated_any(fact: Fact, sentence: str) -> bool:
    """The fact, or one of its other wordings (``also``), stated in the sentence."""
    return any(_stated(way, sentence) for way in (fact, *fact.also))


# A supposition carried past its sentence (round 22a: "Imaginons une autre histoire : si
# Pascal avait inventé … . Mais rien de tout cela n'est arrivé, et l'on compte encore avec
# des cailloux"): after a sentence that supposes (`_COUNTERFACTUAL`), a sentence that denies
# the supposition ("rien de tout cela n'est arrivé", "none of this happened") tells the other
# branch of the same fiction, and one in the conditional ("on compterait", "we would") its
# consequence: neither states a fact of the story.
_SUPPOSITION_DENIED = re.compile(
    r"\b(?:rien de (?:tout )?(?:cela|ca|ceci)|rien de tel|none of (?:this|that|it|these)|"
    r"(?:cela|ca|ceci|this|that|it) (?:n'est|n'a) (?:jamais |pas )?(?:arrive|eu lieu|ete le cas)|"
    r"(?:this|that|it) (?:never|did not|didn't) (?:happen|happened|take place)|ce ne fut pas le cas|"
    r"il n'en (?:fut|a) rien|in reality|en realite|dans la realite)\b"
)
_CONDITIONAL_MOOD = re.compile(
    r"\b(?:[a-z]{2,}(?:erait|eraient|erions|eriez|irait|iraient|rait|raient)|would)\b"
)


_SUPPOSING = re.compile(
    rf"{_COUNTERFACTUAL.pattern}|(?:^|[.!?:]\s*+)(?:suppose|imagine|et si|what if|and if)\b", re.M
)


def supposes(text: str) -> bool:
    """Whether ``text`` (folded) holds a supposition (``_SUPPOSING``: a counterfactual condition,
    "imaginons", "what if"): a closing « rien de tout cela n'est arrivé » then denies the fiction, not the
    answer (round 22a, read by :func:`workshop.prompts.turns.taken_back`)."""
    return _SUPPOSING.search(text) is not None


_SUPPOSING_START = re.compile(r"(?<![\W_])[\W_]*+(?:suppose|imagine|et si|what if|and if)\b")


def _outside_suppositions(units: list[str], text: str) -> list[str]:
    """``units`` without the sentences that carry a supposition of ``text`` (the answer,
    folded) on: its denial or its consequence in the conditional."""
    first = _SUPPOSING.search(text)
    if first is None:
        return units
    kept: list[str] = []
    for unit in units:
        if _SUPPOSING_START.match(unit):
            continue  # "Suppose Pascal had built …", "Et si Pascal n'avait pas … ?": the supposition itself
        head = unit.strip()[:40]
        at = text.find(head) if head else -1
        if (
            (at < 0 or at > first.start())
            and not _COUNTERFACTUAL.search(unit)
            and (_SUPPOSITION_DENIED.search(unit) or _CONDITIONAL_MOOD.search(unit))
        ):
            continue
        kept.append(unit)
    return kept


FOREIGN_IN_CLAUSE = 2  # words neither French nor English that make a clause another language


def _clause_language(clause: str, known: set[str]) -> str | None:
    """:func:`structure.clause_language`, and "other" for a clause with
    :data:`FOREIGN_IN_CLAUSE` words the grader reads in neither language (the task's own
    words aside): "(es decir, miles de millones)" is no English. One French-only word
    among words that are all English, one of them no French word, is an English word
    ("a famous internet meme")."""
    tokens = re.findall(r"[a-z]{2,}", clause)
    foreign = [w for w in readable.unread(tokens) if w not in known and w[:-1] not in known]
    if len(foreign) >= FOREIGN_IN_CLAUSE:
        return "other"
    found = structure.clause_language(clause)
    if found == "fr" and tokens and "'" not in clause:
        en, en_only, _ = readable.english()
        french = [w for w in tokens if w in structure.ONLY["fr"]]
        if len(french) == 1 and all(w in en for w in tokens) and any(w in en_only for w in tokens):
            return "en"
    return found


_QUOTATION = re.compile(r'"([^"\n]{0,80})"')


_GLOSS_BEFORE = re.compile(
    r"(?:\(|=|->|(?<![a-z])(?:or|ou|i\.?e\.?|aka|known as|called|c'est-a-dire|appele))[ \t]*+$"
)
_GLOSS_AFTER = re.compile(r"^[ \t]*+(?:\)|=|->)")


def _gloss(text: str, start: int, end: int) -> bool:
    """Whether the quotation at ``start:end`` glosses a term beside its rendering (a term
    the task allows): alone in brackets ('a large language model ("grand modèle de
    langage")'), after "or", "i.e.", "known as", "called" ('a large language model, or
    "grand modèle de langage"') or on one side of "=" or "->" ('« paramètres » =
    parameters')."""
    before, after = text[max(0, start - 16) : start], text[end : end + 8]
    in_brackets = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    return in_brackets or bool(_GLOSS_AFTER.match(after)) or bool(_GLOSS_BEFORE.search(before))


def _quoted_names(answer: str) -> set[str]:
    """The quotations (folded) whose words of three letters or more all start with a
    capital: a proper name ("« Le Petit Prince »") is the source's own, in any language."""
    found = set()
    for m in _QUOTATION.finditer(clean(answer)):
        long = [w for w in re.findall(r"[^\W\d_]+", m.group(1)) if len(w) >= 3]
        if long and all(w[0].isupper() for w in long):
            found.add(fold(m.group(1)).strip())
    return found


# Session 60 (fix107hedge, round 107: a translation with "#AI #MachineLearning #DeepLearning" under it): a
# hashtag is words run together, read as its words ("machine learning"), a tag and no sentence: English tags
# leave the answer English (the tags line is a note added, answer-faithful's matter), French ones
# ("#apprentissage") do not (hashtags.as_words). An answer made only of hashtags has no sentence of its own.


def _language(check: LanguageCheck, answer: str, task: Task) -> bool:
    """Every clause outside quotation marks, short fragments too, in ``lang``; at least
    ``min_sentences`` sentences that say they are. A quoted word or name ("chihuahua") is
    the source's own; a quoted sentence (words joined by function words) is text the
    answer had to translate, read like the rest, and so is a quotation that holds a French
    word no English word is (round 12: "wrong « avec beaucoup d'assurance »"), unless it is
    a proper name (:func:`_quoted_names`) or a term glossed beside its rendering
    (:func:`_gloss`)."""
    names = _quoted_names(answer)
    french_only = readable.english()[2]
    folded = fold(hashtags.as_words(answer))
    text = _QUOTATION.sub(
        lambda m: (
            m.group(0)
            if structure.sentence_like(m.group(1))
            or (
                m.group(1).strip() not in names
                and not _gloss(folded, m.start(), m.end())
                and any(len(w) >= 3 and w in french_only for w in re.findall(r"[a-z]+", m.group(1)))
            )
            else " "
        ),
        folded,
    )
    known = task.own_words()
    if check.lang == "en" and any(
        len(w) >= 3 for w in re.findall(r"[a-z]+", text) if w in readable.english()[2]
    ):
        return False  # a French word left ("a big model of langage", "milliards"): no English word is one
    if check.lang == "en" and calqued(text):
        return False  # French word for word in English words ("learns from of examples", round 82)
    for clause in structure.clauses(text):
        if _clause_language(clause, known) not in (None, check.lang):
            return False
    said = [structure.language(s) for s in sentences(text)]
    return said.count(check.lang) >= check.min_sentences


OTHER_LANGUAGE_SHARE = 0.3  # of a sentence's words, read in neither French nor English


def _other_language(sentence: str, known: set[str]) -> bool:
    """A sentence in another language: :data:`FOREIGN_IN_CLAUSE` words at least, and
    :data:`OTHER_LANGUAGE_SHARE` of its words, that the grader reads in neither French nor
    English (a French sentence with two rare inflected words is still French), and not
    English by its function words ("merchants in antiquity counted with pebbles on
    abacuses": the word list lacks rare English words)."""
    tokens = re.findall(r"[a-z]{2,}", sentence)
    foreign = [w for w in readable.unread(tokens) if w not in known and w[:-1] not in known]
    if len(foreign) < FOREIGN_IN_CLAUSE or len(foreign) < OTHER_LANGUAGE_SHARE * len(tokens):
        return False
    return structure.clause_language(sentence) != "en"  # English's function words: rare words, English


def _without_other_languages(text: str, task: Task) -> str:
    """The answer without its sentences in neither French nor English (round 13: a summary
    half in Spanish): a sentence in another language earns neither words nor facts, as a
    clause in it is no English for a translation (:func:`_clause_language`)."""
    known = task.own_words()
    lines = []
    for line in text.split("\n"):
        parts = sentences(line)
        kept = [p for p in parts if not _other_language(fold(p), known)]
        lines.append(line if len(kept) == len(parts) else " ".join(kept))
    return "\n".join(lines)


# Round 23a, decided: the intercept of a line is a parameter of the line asked only when that
# line has the asked slope (every parallel to y = 4x + 6 has slope 4; with intercept −10, the
# one through (5, 10) has it too): "y = 7x − 10" and "a = 3, b = −10" earn no intercept point.
# An answer that states no slope at all ("b = −10") keeps it: it names the parameter asked.
_SLOPE = FinalCheck(
    task="", name="slope", type="final", kind="number", expected=0, points=0, en="", fr="",
    about=["coefficient directeur", "pente", "slope", "gradient", r"re:\ba(?=\s*+=)"],
)  # fmt: skip


def _other_slope(text: str, task: Task) -> bool:
    line = next((c for c in task.finals if (c.kind or task.kind) == "line"), None)
    if line is None:
        return False
    spec = spec_of(line, task)
    expected = spec.expected[0] if isinstance(spec.expected, tuple) else None
    slopes = extract.stated_slopes(text, spec)
    said = final_answer(text, spec_of(_SLOPE, task)).value
    if isinstance(said, Fraction):
        slopes.add(said)
    return any(slope != expected for slope in slopes)


def _body_slope_differs(text: str, task: Task) -> bool:
    line = next((c for c in task.finals if (c.kind or task.kind) == "line"), None)
    if line is None:
        return False
    spec = spec_of(line, task)
    expected = spec.expected[0] if isinstance(spec.expected, tuple) else None
    return expected is not None and any(slope != expected for slope in crossed.body_slopes(fold(text)))


def too_many_values(check: Check, text: str, task: Task) -> bool:
    """Whether ``check`` reads a final answer that ``text`` buries under more values than the
    reader takes (:func:`workshop.prompts.extract.too_many_values`)."""
    return isinstance(check, FinalCheck) and extract.too_many_values(text, spec_of(check, task))


def passes(check: Check, text: str, task: Task) -> bool:
    """Whether ``text`` (the prompt or the answer, as ``check.on`` says) meets ``check``."""
    if not text.strip():
        return False
    if _passes(check, text, task):
        return True
    # Session 53 (gaps53): an answer copied through OCR (« Réponse : l sœur », "b = −l0", « Accueil — S min »)
    # is read once more with OCR's lookalikes undone (scanned.reread), for a value or a plan's durations and
    # parts only: a reading that fails as written can only pass this way, none that passed changes.
    if check.on == "answer" and (
        isinstance(check, FinalCheck | DurationsCheck) or (isinstance(check, FactsCheck) and check.sections)
    ):
        folded = fold(text)
        read = scanned.reread(folded)
        if read != folded and isinstance(check, DurationsCheck) and _padded(text, check):
            # session 55 (fix97plan): a filler stays one however OCR's lookalikes reread it (« Zeit zum
            # Plaudern » read « zelt zum plaudern », no longer a filler)
            return False
        return read != folded and _passes(check, read, task)
    return False


def _padded(text: str, check: DurationsCheck) -> bool:
    """Whether the plan ``text`` answers is filled by parts without content for more than half (filler.py)."""
    total = Fraction(str(check.total))
    return padded(structure.sections(_plan_answer(text), total) or [], total)


def _passes(check: Check, text: str, task: Task) -> bool:
    if isinstance(check, FinalCheck):
        found = final_answer(text, spec_of(check, task))
        right = found.value is not None and spec_of(check, task).matches(found.value)
        if right and "line:intercept" in check.about and _other_slope(text, task):
            return False
        if right and ((check.kind or task.kind) == "line" or "line:intercept" in check.about):
            right = not crossed.said_to_cross(fold(text))  # round 84: "the two lines cross"
            if right:  # gaps52: the working gives the line another slope ("so a = −4") than its final one
                right = not _body_slope_differs(text, task)
        return right and not (check.arithmetic and arith.errors(corrected.without_retracted(fold(text))))
    if isinstance(check, CarriesCheck):
        return carries(check, text, task)
    if isinstance(check, RegexCheck) and check.type == "not-regex" and check.on == "answer" and task.finals:
        # a trap is read where the final answer is (round 19a: one reading for both)
        return simple_passes(check, extract.answer_part(text, spec_of(task.finals[0], task)))
    if isinstance(check, RubricCheck):  # what the student asks, not the data pasted
        # a length not below the task's text limits nothing (the longest text pasted, in words)
        longest = max((word_count(data) for data in task.data), default=0) if check.aspect == "limit" else 0
        return structure.does(
            check.aspect,
            without_data(text, task),
            check.with_any,
            longest,
            task.data,
            written=text,
            answer_words=task.answer_words,
        )
    if isinstance(check, FactsCheck):
        return _facts(check, _without_other_languages(text, task))
    if isinstance(check, BoundCheck) and check.type == "words" and check.prose:
        text = _without_other_languages(text, task)
    if isinstance(check, LanguageCheck):
        return _language(check, text, task)
    if isinstance(check, DurationsCheck):
        plan, total = _plan_answer(text), Fraction(str(check.total))
        # round 82: the hour filled by breaks, buffers and questions for more than half (filler.py)
        return structure.plan_adds_up(plan, total, check.min_sections) and not padded(
            structure.sections(plan, total) or [], total
        )
    if isinstance(check, OwnWordsCheck):
        # a number written in figures ("1970") is the text's, not its wording: it continues
        # a copied run but does not lengthen it (issue 11n, round 7)
        folded = fold(text)
        mine = words(folded)
        weight = [0 if w.isdigit() else 1 for w in plain_words(folded)]
        return all(longest_common_run(mine, data, weight) < check.max_run for data in task.data_words())
    if isinstance(check, JudgeCheck):
        return True  # the judge runs in live mode only; its ``after`` checks decide here
    if isinstance(check, BoundCheck) and check.prose:
        text = structure.without_keyword_footnotes(text)  # keywords are no sentences of the text
    if isinstance(check, BoundCheck) and check.prose and not structure.is_prose(text):
        return False
    if isinstance(check, BoundCheck) and check.prose and structure.cut_off(_HASHTAG_TAIL.sub("", text)):
        return False  # stops mid-sentence: it does not say everything (round 15a)
    if isinstance(check, BoundCheck) and check.prose and structure.offers_alternatives(text):
        return False  # "labelled/tagged", "mistake/error": versions to choose from, no one text
    if (
        isinstance(check, BoundCheck)
        and check.type == "words"
        and check.prose
        and check.min is not None
        and len(_WORDED.findall(text)) < check.min
    ):
        return False  # round 21a, decided: emoji or arrows pad the count, not the summary
    if isinstance(check, BoundCheck) and check.type == "words" and structure.hyphen_glued(text):
        return simple_passes(check, structure.HYPHEN_JOINT.sub(" ", text))
    return simple_passes(check, text)


# A last line of hashtags after the text (round 21a, decided: r21ag-summary-facts-only-in-
# hashtags) is no sentence cut off: the text before it ends where it ends. Its groups still
# count against the cap, as every group does; they state no fact (no sentence).
_HASHTAG_TAIL = re.compile(r"\n[ \t]*+#[^\s#]++(?:[ \t]++#[^\s#]++)*+[ \t]*+\s*+$")
# The groups that are words, for a length's floor (round 21a, decided): the statement counts
# groups of characters between spaces, so every group counts against the cap ("60 mots
# maximum", a lone ":" too); but "un résumé de moins de 20 mots ... n'a pas la longueur
# demandée" asks for words, and a group with no letter nor digit (an emoji, an arrow) is none.
_WORDED = re.compile(r"(?<!\S)(?=\S*?[^\W_])\S++")


# -- dictation ----------------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9]+")
DATA_GRAM = 4  # a run of this many words shared with the task's data is the data


@functools.lru_cache(maxsize=1024)  # read by the dictation, the foreign-text and the data checks
def with_revealed(prompt: str) -> str:
    """The prompt folded, what its encoded runs reveal and the instances its JSON Schemas
    pin added after it (same length as :func:`without_data`'s result, line for line)."""
    return fold(prompt + "".join("\n\n" + hidden for hidden in _hidden(prompt)))


def _hidden(prompt: str) -> list[str]:
    """What encoded runs reveal, then the one instance each JSON Schema of the prompt pins
    (:func:`_instance`: ``const``, a one-value ``enum``, a ``default``, the first of its
    ``examples``) written as JSON: round 12's ``"b": {"type": "number", "examples": [-10]}``
    says "b": -10, as a JSON in the prompt would."""
    found = revealed(prompt)
    # Code's equality test states its value (round 14: "assert math.gcd(35, 64) == 1"): each
    # line that holds "==" is read again with "=" in its place.
    tested = [line for line in prompt.splitlines() if _CODE_EQUALS.search(line)][:MAX_PINNED]
    found += [_CODE_EQUALS.sub("=", line) for line in tested]
    for value in _embedded_json(prompt):
        found += [json.dumps({key: pinned}, ensure_ascii=False) for key, pinned in _pinned(value, "")]
        found += [f"{key} must be {said}." for key, said in _schema_bounds(value, "")]
    return list(dict.fromkeys(found))[:MAX_PINNED]


_SCHEMA_BOUNDS = {
    "minimum": "at least",
    "maximum": "at most",
    "exclusiveMinimum": "greater than",
    "exclusiveMaximum": "less than",
    "multipleOf": "a multiple of",
}


def _schema_bounds(schema: Any, key: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """Round 51: each property's numeric bounds in a JSON Schema (``minimum``, ``exclusiveMaximum``,
    ``multipleOf``...) said in words ("b must be at least -10 and less than -9."), which the
    constraint reader (:func:`_left_by_constraints`) reads as it reads them told: bounds that leave one
    integer pin it, as ``const`` does; a bound that leaves many ("minimum": 1) pins nothing."""
    if depth > 40:
        return
    if isinstance(schema, list):
        for v in schema:
            yield from _schema_bounds(v, key, depth + 1)
        return
    if not isinstance(schema, dict):
        return
    said = [
        f"{words} {schema[name]}"
        for name, words in _SCHEMA_BOUNDS.items()
        if isinstance(schema.get(name), int | float) and not isinstance(schema.get(name), bool)
    ]
    if key and said:
        yield key, " and ".join(said)
    for name, v in schema.items():
        inner = key if name in ("properties", "items", "prefixItems") else name
        yield from _schema_bounds(v, inner, depth + 1)


MAX_PINNED = 50
_CODE_EQUALS = re.compile(r"(?<![=!<>])={2,3}+(?!=)")


def _pinned(schema: Any, key: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    """Each value a JSON Schema pins (see :func:`_instance`), with the property it is the
    value of: only the values, never the shape, which the prompt is free to give."""
    if depth > 40:
        return
    if isinstance(schema, list):
        for v in schema:
            yield from _pinned(v, key, depth + 1)
        return
    if not isinstance(schema, dict):
        return
    pins = "const" in schema or "default" in schema or bool(schema.get("examples"))
    pins = pins or _pattern_literal(schema) is not None
    if pins or (isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1):
        value = _instance(schema)
        if key and not isinstance(value, dict | list):
            yield key, value
        return
    for name, v in schema.items():
        yield from _pinned(v, key if name in ("properties", "items", "prefixItems") else name, depth + 1)


# A data text made of numbered items, one a line ("Avis 1 : « ... »", "Review 2: ..."): the
# header, then the item's own text.
_ITEM_LINE = re.compile(
    r"(?m)^[^\S\n]*+[^\W\d_]{2,20}+[^\S\n]*+\d{1,2}[^\S\n]*+:[^\S\n]*+(?P<text>[^\n]{20,})$"
)


def items_turned_round(prompt: str, task: Task) -> str:
    """Live mode's counterfactual when the task's patterns cannot move the data (round 18b:
    reviews pasted as YAML items, CSV rows, "Avis n°1 — « ... »"): the data's items found in
    the prompt as they are, each at most once, turned round (the first item's place gets the
    last one's text, every other place its predecessor's), as the patterns turn them under
    their headers. The prompt unchanged when no data text has all its items in it."""
    for data in task.data:
        items = [m["text"].strip().strip('«»"“” ').strip() for m in _ITEM_LINE.finditer(data)]
        if len(items) < 2 or len(set(items)) < len(items):
            continue
        at = [prompt.find(item) for item in items]
        if any(i < 0 or prompt.count(item) != 1 for i, item in zip(at, items, strict=True)):
            continue
        order = sorted(range(len(items)), key=lambda k: at[k])
        out, last = [], 0
        for k in order:
            out.append(prompt[last : at[k]])
            out.append(items[k - 1])  # item k's place gets item k-1's text (the first, the last's)
            last = at[k] + len(items[k])
        out.append(prompt[last:])
        return "".join(out)
    return prompt


def counterfactual_variant(prompt: str, task: Task) -> str:
    """The prompt with the task's data changed (live mode): the task's patterns, else its
    items found as they are turned round (:func:`items_turned_round`, round 18b)."""
    assert task.counterfactual is not None
    variant = task.counterfactual.apply(prompt)
    if variant == prompt:  # round 40: the data in beginners' spelling ("2 seurs"), as prompt-data reads it
        respelt = spelling.in_place(prompt, spelling.vocabulary((), tuple(task.data))[0])
        variant = task.counterfactual.apply(respelt) if respelt != prompt else prompt
        variant = prompt if variant == respelt else variant
    if variant == prompt:  # session 41: the data retyped by hand (round 45), as carries reads it
        variant = _changed_in(retyped.respelled(prompt, tuple(task.data)), prompt, task)
    variant = variant if variant != prompt else items_turned_round(prompt, task)
    if variant == prompt:  # session 41: the data in lookalike characters (round 47's 𝟑𝟓 𝐚𝐧𝐝 𝟔𝟒), as read
        variant = _changed_in(normalize(prompt), prompt, task)
    return variant


def _changed_in(reading: str, prompt: str, task: Task) -> str:
    """The counterfactual applied to ``reading``, a rewrite of ``prompt`` in the data's own form
    (the task's patterns, else the items turned round); ``prompt`` when it changes nothing."""
    assert task.counterfactual is not None
    if reading == prompt:
        return prompt
    variant = task.counterfactual.apply(reading)
    variant = items_turned_round(reading, task) if variant == reading else variant
    return prompt if variant == reading else variant


def without_data(prompt: str, task: Task) -> str:
    """The prompt (folded) with the task's data and question blanked out: every word that
    belongs to a run of :data:`DATA_GRAM` words also found in one of the task's data texts,
    in any of its languages, number words read as numbers. What remains is what the
    student added; the encoded runs it holds are decoded and added to it."""
    return _without_data(prompt, tuple(task.data))


def rest_and_full(prompt: str, task: Task) -> tuple[str, str]:
    """The prompt without its data (:func:`without_data`) and the folded prompt it was made from
    (:func:`with_revealed`), a form's open choices (round 43) and a marking scheme's numbers
    (session 35) blanked in both: what :func:`gives_away` reads (``rest``, ``full``)."""
    rest = artefacts.unchosen(without_data(prompt, task))  # a form not filled in (round 43)
    full = artefacts.unchosen(with_revealed(prompt))
    if task.finals and not task.labels:  # timecodes, dates, versions, "(1) … (2)": no value (session 54)
        rest, full = cells.blanked(rest, refs=False), cells.blanked(full, refs=False)
    if len(rest) == len(full):  # a marking scheme's numbers count marks (session 35)
        where = marks.spans(rest)
        rest, full = marks.unmarked(rest, where), marks.unmarked(full, where)
    if task.labels:  # an open template, label definitions, a hedge: no label assigned (session 42)
        same = len(rest) == len(full)
        where = [
            (start, end)
            for start, end in unassigned.spans(rest, _label_reader(task.labels), task.items, task.data)
            if not same or rest[start:end] == full[start:end]  # the student's words, no data
        ]
        rest = unassigned.blanked(rest, where)
        full = unassigned.blanked(full, where) if same else full
    return rest, full


def _own(rest: str, full: str, task: Task) -> str:
    """``rest`` without what answers another question: a worked example of another instance
    (session 35), the student's own family, a typo corrected, a definition (session 36), every
    option of a multiple choice open ("en voilà une", round 42)."""
    own = instances.other_instances(rest, full, task.data) if full else rest
    own = ownlife.blanked(own, full, task.data) if full else own
    return offered.blanked(own)


@functools.lru_cache(maxsize=1024)  # several checks of a task read the same prompt without its data
def _without_data(prompt: str, data: tuple[str, ...]) -> str:
    folded = with_revealed(prompt)
    grams = _data_grams(data)
    tokens = [(m.start(), m.end(), w) for m, w in ((m, _read(m.group(0))) for m in _TOKEN.finditer(folded))]
    covered = [False] * len(tokens)
    for i in range(len(tokens) - DATA_GRAM + 1):
        if tuple(t[2] for t in tokens[i : i + DATA_GRAM]) in grams:
            for j in range(i, i + DATA_GRAM):
                covered[j] = True
    out = list(folded)
    for (start, end, _), gone in zip(tokens, covered, strict=True):
        if gone:
            out[start:end] = " " * (end - start)
    return "".join(out)


@functools.lru_cache(maxsize=64)  # one entry per task of the exercise
def _data_grams(data: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The runs of :data:`DATA_GRAM` words of a task's data texts (see :func:`without_data`)."""
    grams: set[tuple[str, ...]] = set()
    for text in data:  # line by line where a line ends a sentence (one review per line)
        for piece in re.split(r"(?<=[.!?\"»])\s*\n", text):
            grams |= shingles(words(fold(piece)), DATA_GRAM)
    return frozenset(grams)


@functools.lru_cache(maxsize=8192)  # a prompt's tokens are mostly the same few words
def _read(token: str) -> str:
    return words(token)[0] if words(token) else token


def _segments(rest: str) -> Iterator[str]:
    """Parts of a prompt that may hold a whole answer: each line, each paragraph, what
    follows a colon on its line, each quotation."""
    yield from re.split(r"\n\s*\n", rest)
    for line in rest.splitlines():
        yield line
        if ":" in line:
            head, tail = line.split(":", 1)
            key = fold(head) + ":"
            if not numroles.setting(key, len(key)):  # "retries: 1": a setting's value (fix-helper left52f)
                yield tail
    yield from re.findall(r'"([^"]{20,})"', rest)
    for line in rest.splitlines():  # session 46: "a) 1  b) 2  c) 3" on one line, each option a part
        labels = list(_INLINE_OPTION.finditer(line[:2000]))
        letters = [m["l"] for m in labels]
        if len(labels) >= 2 and letters == [chr(ord(letters[0]) + i) for i in range(len(labels))]:
            ends = [m.start() for m in labels[1:]] + [len(line)]
            yield from (line[m.start() : end] for m, end in zip(labels, ends, strict=True))


# an option's label inside a line, "a)" or "(b)" (session 46, fix-helper fair46): options listed on one line
# ("A) 1  B) 2  C) 3") are parts as options one a line are, so that the one a sentence points at is read
# as it stands (the open ones are blanked before: offered.blanked)
_INLINE_OPTION = re.compile(r"(?<![\w(\[])\(?(?P<l>[a-h])\)(?=[ \t])")


# Session 46 (fix-helper fair46): a list numbered with a dash after its numbers, one item a line
# ("1 - relis l'énoncé" then "2 - raisonne", "1 — reason step by step"; a Greek "Α΄ —" is read as 1 before):
# a number at a line's start, a dash (-, – or —) and a word after it, marks an item, as "1." does, when the
# line before or after opens with the number before or after it and the same dash; the mark is then read
# as "1." (its line alone no bare answer to the question above it). One such line alone ("1 — voilà") is no
# list: it is read as written.
_DASHED_ITEM = re.compile(
    r"(?m)^(?P<lead>[ \t*+>|]*+)(?P<n>\d{1,2}+)(?P<sep>[ \t]++[-\u2013\u2014])(?=[ \t]++[^\W\d_])"
)


def _dashed_dotted(rest: str) -> str:
    """``rest`` with the marks of a list numbered "1 -", "2 -" read as "1.", "2." (see above)."""
    found = [(m, int(m["n"]), m["sep"].strip()) for m in _DASHED_ITEM.finditer(rest[:20_000])]
    if len(found) < 2:
        return rest
    line_of = {m.start(): rest.count("\n", 0, m.start()) for m, _, _ in found}
    keys = {(line_of[m.start()], n, dash) for m, n, dash in found}
    for m, n, dash in reversed(found):
        line = line_of[m.start()]
        if (line + 1, n + 1, dash) in keys or (line - 1, n - 1, dash) in keys:
            dotted = "." + " " * (len(m["sep"]) - 1)
            rest = rest[: m.start("sep")] + dotted + rest[m.end("sep") :]
    return rest


_PIECE_ITEM = re.compile(r"(?<![\s\d])\s*+(?:[-*+•]|\d++\s*+[.)])\s++(.+)")
_RULE_CELL = re.compile(r":?+-*+:?+")


def _pieces(rest: str) -> Iterator[str]:
    """An answer given in pieces, read together: each column of a table (its cells one
    after the other: a glossary of the data's sentences and their translations) and the
    items of a list, one per line."""
    table: list[list[str]] = []
    items: list[str] = []
    for line in [*rest.splitlines(), ""]:
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if not all(_RULE_CELL.fullmatch(c) for c in cells):
                table.append(cells)
            continue
        if table:
            for column in range(max(len(row) for row in table)):
                yield "\n".join(row[column] for row in table if column < len(row) and row[column])
            table = []
        item = _PIECE_ITEM.match(line)
        if item:
            items.append(item.group(1))
            continue
        if len(items) >= 2:
            yield "\n".join(items)
        items = []


_DURATION_KEY = re.compile(r"dur|min|mn|temps|time|length|long|heure|hour")


def _json_plan(text: str) -> str:
    """A plan written as JSON ({"titre": "Démo", "minutes": 20}), one part per line: each
    object's texts, and its numbers named by a key of time as durations ("20 min")."""
    lines = []
    for value in _embedded_json(text):
        if not isinstance(value, dict) or any(isinstance(v, dict | list) for v in value.values()):
            continue
        shown = []
        for key, item in value.items():
            if isinstance(item, str):
                shown.append(item)
            elif isinstance(item, int | float) and not isinstance(item, bool):
                folded = fold(str(key))
                if _DURATION_KEY.search(folded):
                    shown.append(f"{item} h" if re.search(r"heure|hour", folded) else f"{item} min")
        lines.append(" — ".join(shown))
    return "\n".join(lines)


_YAML_ITEM = re.compile(r"^(?P<indent>[ \t]*+)-[ \t]++(?P<key>[^\s:][^:\n]{0,40}):[ \t]*+(?P<value>.*)$")
_YAML_FIELD = re.compile(r"^(?P<indent>[ \t]++)(?P<key>[^\s:-][^:\n]{0,40}):[ \t]*+(?P<value>.*)$")


def _yaml_field(key: str, value: str) -> str:
    value = value.strip().strip("\"'")
    folded = fold(key)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", value) and _DURATION_KEY.search(folded):
        return f"{value} h" if re.search(r"heure|hour", folded) else f"{value} min"
    return value


def _yaml_plan(text: str) -> str:
    """A plan written as a YAML list (round 15a: "- partie: Démo" then "  duree: 20 min" on
    the next line), one part per line: each item's values, a bare number under a key of time
    as a duration."""
    parts: list[list[str]] = []
    indent = -1
    for line in text.splitlines():
        item = _YAML_ITEM.match(line)
        field = _YAML_FIELD.match(line)
        if item:
            parts.append([_yaml_field(item.group("key"), item.group("value"))])
            indent = len(item.group("indent"))
        elif field and parts and len(field.group("indent")) > indent:
            parts[-1].append(_yaml_field(field.group("key"), field.group("value")))
    return "\n".join(" — ".join(v for v in part if v) for part in parts)


def _csv_plan(text: str) -> str:
    """A plan written as CSV (round 15a: "Partie;Durée (min)" then "Démo;20"), read as the
    same table between pipes, so that its header of minutes makes bare numbers durations:
    every line holds as many cells as the header, cut at ";" or ",", whichever the header
    holds."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 3:
        return ""
    for separator in (";", ","):
        cells = [line.split(separator) for line in lines]
        if len(cells[0]) >= 2 and all(len(row) == len(cells[0]) for row in cells):
            rows = ["| " + " | ".join(c.strip() for c in row) + " |" for row in cells]
            return "\n".join([rows[0], "|" + " --- |" * len(cells[0]), *rows[1:]])
    return ""


@text_cache(maxsize=1024)
def _plan_answer(answer: str) -> str:
    """A plan answered as JSON (round 6: [{"titre": ..., "duree_min": 10}]) is read as the
    prompt's is (:func:`_json_plan`), when the answer's lines time nothing as written; so is
    one answered as a YAML list or as CSV (round 15a: :func:`_yaml_plan`, :func:`_csv_plan`)."""
    if structure.sections(answer) == []:
        for form in (_json_plan, _yaml_plan, _csv_plan, _gantt_plan):  # a gantt chart too (round 20b)
            as_form = form(answer)
            if structure.sections(as_form):
                return as_form
    return answer


# A Mermaid gantt chart (round 20b: "gantt / section Plan / Partie A :a1, 00, 10m / Partie B
# :a2, after a1, 15m") is a plan's durations: each task line ("title : id, start, duration")
# read as the plan line "title — duration", minutes ("10m", "10min") or hours ("1h").
_GANTT = re.compile(r"(?m)^[ \t]*+gantt[ \t]*+$")
_GANTT_TASK = re.compile(
    r"(?m)^[ \t]*+(?P<title>[^:\n]{1,80}+):[^\n]{0,80}?(?<![\w.])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)[ \t]*+"
    r"(?P<u>m|min|mn|h)[ \t]*+$"
)


def _gantt_minutes(text: str) -> list[Fraction]:
    """The durations of a gantt chart's tasks in ``text``, in minutes (none without a chart)."""
    if not _GANTT.search(text):
        return []
    found = []
    for task in _bounded_matches(_GANTT_TASK.finditer(text), 40):
        amount = Fraction(task["n"].replace(",", "."))
        found.append(amount * 60 if task["u"] == "h" else amount)
    return found


def _gantt_plan(text: str) -> str:
    """The task lines of a gantt chart in ``text`` as plan lines, or ``text`` when it holds none."""
    if not _GANTT.search(text):
        return text
    lines = []
    for number, task in enumerate(_bounded_matches(_GANTT_TASK.finditer(text), 40), 1):
        amount = Fraction(task["n"].replace(",", "."))
        minutes = amount * 60 if task["u"] == "h" else amount
        lines.append(f"{number}. {task['title'].strip()} — {minutes} min")
    return "\n".join(lines) if lines else text


def _as_plan(text: str) -> str:
    """A plan written in prose or on one line, one part per line ("d'abord dix minutes
    pour..., puis vingt minutes sur..." / "A (10 min) / B (20 min)"). At most 20 blanks
    are taken before a separator: an unbounded run was read again from each of its blanks."""
    return re.sub(
        rf"\s{{0,20}}(?:[,;/|]|\bpuis\b|\bthen\b|\bensuite\b|\bet enfin\b|\band finally\b|\bd'abord\b|"
        rf"\bfirst\b|\b(?:et|and)\b(?=\s+(?:\d|(?:{NUMBER_WORD_RE})\b)))\s*",
        "\n",
        text,
    )


def _pairs(value: Any) -> Iterator[tuple[Any, str]]:
    """(id, label) pairs in a JSON value of any shape: {"1": "positive"}, {"review": 1,
    "label": "positive"}, nested lists and objects."""
    if isinstance(value, dict):
        ids = [v for k, v in value.items() if re.fullmatch(r"(?i)id|review|avis|n|num(ber)?|index", str(k))]
        for key, item in value.items():
            if isinstance(item, str) and re.fullmatch(r"\d+", str(key)):
                yield int(key), item
            elif isinstance(item, str) and ids:
                yield ids[0], item
            else:
                yield from _pairs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _pairs(item)


MAX_JSON_STARTS = 64  # "[" and "{" tried as the start of a JSON value
MAX_JSON_CHARS = 4000  # read from each: a draft answer is a few hundred characters


def _embedded_json(text: str) -> list[Any]:
    """The JSON values written in ``text``: from each of its first :data:`MAX_JSON_STARTS`
    openers not inside a value already found, at most :data:`MAX_JSON_CHARS` characters,
    nested at most ``MAX_JSON_DEPTH`` deep. Bounded work: a prompt of "[" or "{" only
    costs what its first openers cost."""
    found: list[Any] = []
    decoder = json.JSONDecoder()
    covered = 0
    for tried, match in enumerate(re.finditer(r"[{\[]", text)):
        if tried >= MAX_JSON_STARTS:
            break
        if match.start() < covered:
            continue  # inside a value found: its parts are read from it (see _pairs)
        window = text[match.start() : match.start() + MAX_JSON_CHARS]
        if json_depth(window) > MAX_JSON_DEPTH:
            continue
        try:
            value, end = decoder.raw_decode(window)
        except (ValueError, RecursionError):
            continue
        found += _containers(value)
        covered = match.start() + end
    return found


def _containers(value: Any) -> list[Any]:
    """``value`` and every array and object nested in it, outermost first."""
    found, stack = [], [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict | list):
            found.append(item)
            stack.extend(reversed(list(item.values()) if isinstance(item, dict) else item))
    return found


_LISTED_ID = re.compile(
    r"^[\s|>*+#-]*+(?:(?:avis|review|id|n°|no|numero|number|item)\s*+)?#?\s*+(\d{1,3})(?![\w.,]\d|\d)(?!\s*[.)]\s*\w)"
)


def constants(schema: Any) -> set[str]:
    """The strings a schema requires or allows (``const``, ``enum``): the labels it checks."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "const" and isinstance(value, str):
                found.add(value)
            elif key == "pattern" and (literal := _pattern_literal(schema)) is not None:
                found.add(literal)
            elif key == "enum" and isinstance(value, list):
                found |= {v for v in value if isinstance(v, str)}
            else:
                found |= constants(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= constants(item)
    return found


# Session 42 (fix-helper fair42a): more items named after the first ("Avis 1 à 3 :", "Avis 1, 2, 3 :",
# "Review 1 and 2"): the line speaks of several reviews.
_OFFERED = re.compile(r"\b(?:ou|or|soit|either)\b|/")
_DENIED = re.compile(r"\b(?:not|pas|non|ni|nor|never|jamais|isn't|n'est|aren't|plutot|rather)\b")
_MORE_IDS = re.compile(
    r"(?<![ \t])[ \t]*+(?:,|et|and|&|/|a|au|to|-|–|through|jusqu'a)[ \t]*+"
    r"(?:(?:avis|reviews?|n°|no|#)[ \t]*+)?\d"
)


def _listed_pairs(check: SchemaCheck, rest: str, allowed: set[str] | None = None) -> dict[str, Any] | None:
    """(id, label) pairs written as a list or a table, one per line: "| 1 | positive |",
    "1 → positif", "Avis 2 : négatif". A label is a word sharing its first five letters
    with a label the schema checks (French and English labels share them). A line that names
    several reviews and two labels or more of the task (``allowed``) offers a choice for them all
    ("Avis 1 à 3 : positif, négatif ou neutre"): no pair (session 42)."""
    labels = {fold(c)[:5]: c for c in constants(check.schema_) if len(c) >= 5}
    label_of = _label_reader(allowed) if allowed else None
    items: list[tuple[int, str]] = []
    for line in rest.splitlines():
        listed = _LISTED_ID.match(line)
        if not listed:
            continue
        if label_of is not None and _MORE_IDS.match(line, listed.end()):
            after = line[listed.end() :]
            if len({label for w in re.findall(r"[a-z]{3,}", after) if (label := label_of(w))}) >= 2:
                continue
        offered = _OFFERED.search(line, listed.end()) and not _DENIED.search(line, listed.end())
        if label_of is not None and offered:
            # round 54 (r54f-sentiment-en-keycap-instructions): an instruction's step number, its step
            # offering the labels as a choice ("2️⃣ Classify each one as positive, negative or neutral")
            after = line[listed.end() :]
            if len({label for w in re.findall(r"[a-z]{3,}", after) if (label := label_of(w))}) >= 2:
                continue
        named = {labels[w[:5]] for w in re.findall(r"[a-z]{5,}", line[listed.end() :]) if w[:5] in labels}
        if len(named) == 1:
            items.append((int(listed.group(1)), named.pop()))
    return _answer_shaped(check, items)


def _answer_shaped(check: SchemaCheck, pairs: list[tuple[int, str]]) -> dict[str, Any] | None:
    """(id, label) pairs put in the shape the check's schema asks for: an object whose one
    array property holds items with an integer property (the id) and a labelled one (the
    label). None when the schema is not of that shape or there is no pair."""
    schema = check.schema_ if isinstance(check.schema_, dict) else {}
    properties = schema.get("properties", {})
    arrays = [k for k, v in properties.items() if isinstance(v, dict) and v.get("type") == "array"]
    if len(arrays) != 1 or not pairs:
        return None
    fields = _item_fields(properties[arrays[0]])
    ids = [k for k, v in fields.items() if any(_is_integer(s) for s in v)]
    labels = [k for k, v in fields.items() if any(constants(s) for s in v)]
    if len(ids) != 1 or len(labels) != 1:
        return None
    return {arrays[0]: [{ids[0]: i, labels[0]: label} for i, label in pairs]}


def _item_fields(array: Any) -> dict[str, list[Any]]:
    """Every property an array schema says its items have, wherever it says it (``items``,
    ``contains``, inside ``allOf``/``anyOf``/``oneOf``), with each schema given for it."""
    fields: dict[str, list[Any]] = {}
    stack = [array]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for name, sub in (node.get("properties") or {}).items():
                fields.setdefault(name, []).append(sub)
            for key in ("items", "contains", "allOf", "anyOf", "oneOf"):
                if key in node:
                    stack.append(node[key])
    return fields


def _is_integer(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "integer"
        or (isinstance(schema.get("const"), int) and not isinstance(schema.get("const"), bool))
    )


# "avis 1 = 😀", "1 → bueno", "review 2: malo": an item number mapped to a word or a symbol.
_MAPPING = re.compile(
    r"(?<![\w.,])(?:(?:avis|review|item|n°|no|numero|number|#)\s*+)?(\d{1,2})\s*+(?:→|->|=>|=|:)\s*+"
    r"(?P<value>[^\s,;.]+)"
)


# Round 39: a number that indexes another thing of the prompt ("Step 1: read each review. Step 2:
# classify it", « Étape 1 : lis », "Question 2: ...") numbers that thing, not a review: it maps a
# review only to a label or a symbol ("Step 1: positive" still ties).
_OTHER_INDEX = re.compile(
    r"(?<![\w'])(?:etapes?|steps?|phases?|parties?|parts?|stages?|sections?|questions?|exercices?|exercises?|"
    r"chapitres?|chapters?|pages?|versions?|regles?|rules?|consignes?|instructions?|taches?|tasks?|"
    r"points?|temps|tours?|rounds?|niveaux?|levels?|criteres?|criteria|criterion)[ \t]*+$"
)


# Round 91 (fix91, r91f-sent-pseudocode-dict-initialised: ``labels = {1: None, 2: None, 3: None}``): a slot
# initialised empty (None, null, nil, undefined, NaN, « vide », TODO, TBD, "?") maps the item to nothing.
_EMPTY_VALUE = re.compile(
    r"(?<![\"'\[({])[\"'\[({]*+(?:none|null|nil|undefined|nan|empty|vide|todo|tbd|n/a|na|_++|\?++)[\"'\])}]*+",
    re.I,
)


def _mapped_ids(rest: str, labels: set[str] | None = None) -> set[int]:
    """Item numbers the prompt's own words (its data blanked out) map to a word or a symbol,
    whatever it is: a fair prompt has no reason to tie review numbers to anything, so two or
    more such ties dictate the labels, in any language or in emoji. A value must hold a
    letter or a symbol ("10:30" maps nothing); after another thing's index noun ("Step 1:
    read"), a label or a symbol (round 39)."""
    found = set()
    label_of = _label_reader(labels) if labels else None
    metadata = _metadata_of(rest)
    for match in _bounded_matches(_MAPPING.finditer(rest)):
        value = match.group("value")
        if not any(unicodedata.category(c)[0] in "LS" for c in value) or _EMPTY_VALUE.fullmatch(value):
            continue
        said = re.findall(r"[a-z]+", fold(value))
        symbol = any(unicodedata.category(c)[0] == "S" for c in value)
        if said and all(w in metadata for w in said) and not symbol:
            continue  # a review's channel or day, no evaluation (session 59, remarks.METADATA)
        if _OTHER_INDEX.search(rest, max(0, match.start() - 20), match.start()) and not (
            any(unicodedata.category(c)[0] == "S" for c in value) or (label_of and label_of(fold(value)))
        ):
            continue
        if _range_end(rest, match.start(1), int(match.group(1))):
            continue
        found.add(int(match.group(1)))
    return found


# Session 41 (fix-helper fairk41): a rating scale in words ("de 7 à 10 : positif, de 0 à 3 :
# négatif", "from 7 to 10: positive", "8 to 10 out of 10: positive"): the number before the colon
# ends a range of scores (or is a scale's denominator), no review's number. A range that is one
# number ("de 1 à 1 : positif") or that follows a review's name ("avis 2 à 3 : négatif") still maps.
_RANGE_BEFORE = re.compile(
    r"(?<![\w.,])(?P<item>(?:avis|reviews?|items?|n°|numeros?|numbers?|#)[ \t]*+)?(?P<lo>\d{1,3}+)[ \t]*+"
    r"(?:/[ \t]*+\d{1,3}+[ \t]*+)?(?:a|au|to|-|–|et|and|jusqu'a|through)[ \t]*+$"
    r"|(?<![\w'])(?:sur|out of|/)[ \t]*+$"
)


def _range_end(rest: str, at: int, number: int) -> bool:
    before = _RANGE_BEFORE.search(rest, max(0, at - 24), at)
    if before is None:
        return False
    if before.group("lo") is None:
        return True  # "sur 10 :", "out of 10:" — a denominator
    return before.group("item") is None and int(before.group("lo")) < number


def _bounded_matches(matches: Iterator[re.Match[str]], limit: int = 200) -> Iterator[re.Match[str]]:
    for count, match in enumerate(matches):
        if count >= limit:
            return
        yield match


# Between two labels of a list, what makes it a choice ("positive, negative ou neutral"),
# not a sequence; and how far apart two labels of one list stand.
# What joins a label to its own translation in a lexicon, and what leads in an order.
_GLOSS_GAP = re.compile(r"(?<![\s*_\"'«»])[\s*_\"'«»]*+(?:=|:|→|->|\(|means|signifie|veut dire)[\s*_\"'«»]*+")
_ORDER_LEAD = re.compile(
    r"\b(?:ordre|order|respectivement|respectively|successivement|in turn|a tour de role)\b"
)
# Round 51 (r51f-sentiment-en-pytest-shape-only): a membership test leads in a choice as "parmi" does:
# 'r["sentiment"] in {"positive", "negative", "neutral"}', "IN ('positive', …)", ".isin([…])", "∈ {…}",
# "one of positive, negative, neutral"
_CHOICE_MARK = re.compile(
    r"\b(?:ou|or|soit|either|parmi|among|entre|between|nor|ni)\b|[/|∈]"
    r"|\b(?:in|isin)[ \t]*+\(?[ \t]*+[{\[(]|\bone[ \t]++of\b|\bl'une?[ \t]++(?:de|des)\b"
)
# the set of values one type allows (round 39): "enum": [...], Literal[...], z.enum([...]) lead in a
# choice, unless the next label has its own type (one label pinned per field)
_SET_MARK = re.compile(r"\b(?:enum|literal|oneof|anyof)\b|\"examples\"")
LIST_GAP = 30
# A quotation of three words or more between two labels is the next worked example's input
# (issue 11n: '"Arrived on time." = neutral; "Broke on day two." = negative'): each label
# labels its quotation, and the two are no list; quoted labels alone ('"positive", "negative"')
# still are.
_QUOTED_PIECE = re.compile(r'"([^"\n]{0,300}+)"')


def _quoted_input(gap: str) -> bool:
    return any(len(plain_words(q.group(1))) >= 3 for q in _QUOTED_PIECE.finditer(gap))


# A list the prompt denies ("il n'y a pas forcément un positive, un negative et un neutral",
# "not necessarily one positive, one negative..."): a denial of the whole list in its own
# clause (no stop, colon or "mais" / "but" after it) gives no order.
_DENIED_LIST = re.compile(
    r"\b(?:pas|not|n't)\s++(?:forcement|necessairement|obligatoirement|toujours|necessarily|always)\b"
    r"(?P<after>[^.;:!?\n]*+)$"
)
_DENIAL_REVERSED = re.compile(r"\b(?:mais|but|pourtant|however|cependant)\b")


def _denied(lead: str) -> bool:
    match = _DENIED_LIST.search(lead)
    return match is not None and not _DENIAL_REVERSED.search(match.group("after"))


# Session 43: a list named as the set of labels right before it ("Legend:", « Étiquettes possibles : »,
# "Allowed labels:", `"labels": [`, « Valeurs autorisées pour "sentiment" : », "choose from:") is the choice,
# whatever its order, as "positive, negative ou neutral" is. A singular noun ("label: positive", one a line)
# labels one thing; a name tied to the reviews or the answers ("Review labels:", "Expected labels:", "Labels,
# in order:", "Labels (reviews 1-3):") or an order after the list ("…, in this order") makes no legend.
_LEGEND = re.compile(
    r"(?<![a-z])(?:(?:legende|legend|labels|etiquettes|categories|classes|valeurs|values"
    r"|options|choices|tags|sentiments)(?:[ \t_]++(?:possibles?|autorisee?s?|permise?s?|allowed"
    r"|available|disponibles?|valides?|valid|acceptee?s?|accepted|admise?s?|permitted|au[ \t]++choix))?"
    r"(?:[ \t]++(?:pour|for)[ \t]++(?:le[ \t]++champ[ \t]++|the[ \t]++field[ \t]++)?"
    r"[\"'`]?[a-z_]{2,20}+[\"'`]?)?"
    r"|(?:possible|allowed|available|valid|accepted|permitted)[ \t_]++(?:labels|values|categories|options"
    r"|tags|sentiments|classes)|(?:choose|pick|select)[ \t]++(?:from|among))"
    r"[ \t\"'`*_:=\[\]({-]*+$"
)
_LEGEND_TIED = re.compile(
    r"(?<![a-z])(?:avis|reviews?|items?|commentaires?|comments?|answers?|reponses?|expected|attendue?s?"
    r"|corrects?|solutions?|final|finales?|results?|resultats?|outputs?)[ \t_-]*+$"
)


def _legend(lead: str) -> bool:
    """Whether a list's lead names it as the set of labels (see :data:`_LEGEND`)."""
    found = _LEGEND.search(lead)
    return found is not None and not _LEGEND_TIED.search(lead, 0, found.start())


# Session 44 (fix-helper left52g): a bare plural noun ("Labels:", « Étiquettes : », "Categories:") names a
# list of labels, not a legend: a legend led so defines its labels ("Labels: positive = happy customer;
# negative = …"), one word at least between two labels besides "and", "or"; "Legend:", "Allowed labels:",
# « Étiquettes possibles : », "choose from:" name the choice themselves, and so does a key's list (a
# configuration's `"labels": [...]`).
_BARE_LEGEND = re.compile(
    r"(?:labels|etiquettes|categories|classes|valeurs|values|options|tags|sentiments)"
    r"[ \t*_:({-]*+$"  # a key's list ("labels": [...], labels = [...]) is a set by nature
)
_DEFINING_GAP = re.compile(r"(?<![a-z])(?!(?:and|et|or|ou|nor|ni|then|puis)(?![a-z]))[a-z]{2,}")


def _data_end(rest: str, full: str) -> int:
    """Where the task's data ends in the prompt: past the last word :func:`without_data`
    blanked (``rest`` and ``full`` are the same text, line for line), or -1."""
    for index in range(min(len(rest), len(full)) - 1, -1, -1):
        if rest[index] == " " and full[index].isalnum():
            return index + 1
    return -1


_SCALE_VALUE = re.compile(
    r"(?<![ \t])[ \t]*+(?:=|:|->|→|vaut|valent|counts[ \t]++as|"
    r"compte[ \t]++pour)[ \t]*+(?P<v>[-+]?[ \t]*+\d{1,3})(?![\d.,]\d)"
)


def _labels_observed(check: SchemaCheck, rest: str, task: Task) -> bool:
    """Labels given by position as an output: "Observation: [positive, negative, neutral]", as many
    labels as items after an output's cue (:func:`positional.labels_observed`), read in the answer's
    shape, ids 1, 2, 3... in order, and passing the check."""
    pairs = positional.labels_observed(rest, _label_reader(task.labels), len(task.items))
    shaped = _answer_shaped(check, pairs) if pairs else None
    return shaped is not None and check.accepts(shaped)


# Round 85 (fix85): a legend ties each label to a word of the student's own (a colour, a mood word, an
# emoji's name) that names no item of the task: "chuffed = positive, fuming = negative, meh = neutral",
# « on surlignera en vert les positive, en rouge les negative et en gris les neutral ». A key assigns
# labels to ITEMS; such a legend assigns none, in whatever order it lists them. A tie word is a word of
# three letters or more, no number, no position or order word, no word of the task's data ("machine =
# positive, casque = negative" names the reviews by their products: still read as dictated).
_TIE_WORD = re.compile(r"(?<![a-z0-9])[a-z][a-z'-]{2,}+(?![a-z0-9])")
_TIE_DIGIT = re.compile(r"\d")
_NO_TIE = frozenset(
    """the and then puis ensuite enfin finally next after apres avant before first second third last
    premier premiere deuxieme second seconde troisieme dernier derniere top middle bottom haut milieu bas
    left right gauche droite one two three une deux trois les des aux pour for with avec are est sont
    think like comme of it its as is en et ou or item items avis review reviews comment comments
    commentaire commentaires number numero order ordre label labels etiquette etiquettes answer answers
    reponse reponses again encore also aussi that this cela ceci qui que which who whose dont""".split()
)


def _tie_words(piece: str, data_words: set[str]) -> set[str] | None:
    """The words of one label's tie, or None when it names an item (a number, a data word)."""
    if _TIE_DIGIT.search(piece):
        return None
    words = {w.strip("'-") for w in _TIE_WORD.findall(piece)}
    if words & data_words:
        return None
    return {w for w in words if w not in _NO_TIE and not w.startswith(("l'", "d'"))} or (
        {w[2:] for w in words if w.startswith(("l'", "d'")) and w[2:] not in _NO_TIE} or set()
    )


def _words_legend(rest: str, full: str, spans: list[tuple[int, int]]) -> bool:
    """Each label of a run tied to its own word, all on the same side (see above), none an item's name."""
    if len(spans) < 2:
        return False
    blanked = "".join(f if r != f else " " for r, f in zip(rest, full, strict=False)) if full else ""
    data_words = set(_TIE_WORD.findall(blanked[:20_000])) if len(full) == len(rest) else set()
    gaps = [rest[a_end:b_start] for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False)]
    if any(len(gap) > LIST_GAP for gap in gaps):
        return False
    head = re.split(r"[.;:!?,\n(]", rest[max(0, spans[0][0] - LIST_GAP) : spans[0][0]])[-1]
    tail = re.split(r"[.;!?,\n)]", rest[spans[-1][1] : spans[-1][1] + LIST_GAP])[0]
    start, stop = spans[0][0] - len(head), spans[-1][1] + len(tail)
    elsewhere = set(_TIE_WORD.findall(rest[:start] + " " + rest[stop:]))
    for pieces in ([head, *gaps], [*gaps, tail]):
        ties = [_tie_words(piece, data_words) for piece in pieces]
        if all(ties) and len({frozenset(t) for t in ties if t}) == len(ties):
            # a tie word said elsewhere may tie it to an item ("1 en vert, 2 en rouge … (vert = positive…)")
            return not any(t & elsewhere for t in ties if t)
    return False


# Session 55 (fix97grid): the conditions of a scoring rule, before each label ("score > 0 → positive", "score
# ≥ 1 →", « si le score est négatif → », ", otherwise neutral", « sinon neutral »), and what makes it keyed to
# the items instead ("avis 1 : score > 0 → positive", "id = 1 → positive", a row, a line, a rank).
_RULE_CONDITION = re.compile(
    r"[<>≤≥≠]|(?<![=!<>])=[ \t]*+[-+−]?[ \t]*+\d|(?<![\w'-])(?:above|below|over|under|greater|less"
    r"|more[ \t]++than|at[ \t]++(?:least|most)|superieure?s?|inferieure?s?|plus[ \t]++(?:de|que)"
    r"|moins[ \t]++(?:de|que)|au-dessus|en[ \t]++dessous|au[ \t]++(?:moins|plus)|if|si|when|quand|lorsque"
    r"|otherwise|sinon|else|autrement)(?![\w'-])"
)
_RULE_OPEN = re.compile(
    r"[<>≤≥≠]|(?<![\w'-])(?:above|below|over|under|greater|less|more[ \t]++than|at[ \t]++(?:least|most)"
    r"|superieure?s?|inferieure?s?|plus[ \t]++(?:de|que)|moins[ \t]++(?:de|que)|au-dessus|en[ \t]++dessous"
    r"|au[ \t]++(?:moins|plus)|if|si|when|quand|lorsque|otherwise|sinon|else|autrement)(?![\w'-])"
)
_ITEM_NAMED = re.compile(
    r"(?<![\w'-])(?:avis|reviews?|items?|ids?|n°|no|numero|number|lignes?|lines?|rows?|index|rang|rank|entry"
    r"|entree)(?![\w'-])|#|(?<![\w'-])(?:premier|premiere|first|deuxieme|second|seconde|troisieme|third|dernier"
    r"|derniere|last)(?![\w'-])"
)
_CONTRAST_LEAD = re.compile(
    r"(?<![\w'-])(?:confond\w*+|confus\w*+|confusion|mix(?:es|ed|ing)?[ \t]++up|distingu\w*+|differenci\w*+"
    r"|differentiat\w*+|tell[ \t]++apart|hesit\w*+|versus|vs)(?![\w'-])"
)


def _rule_of_any(rest: str, full: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the conditions before the labels at ``spans`` of ``rest`` hold one inequality or one
    "if"/"otherwise" at least (equalities alone, "id = 1 → positive, id = 2 → …", key items) and no word
    of the data (« si c'est la machine à café → positive » names a review)."""
    start = max(0, spans[0][0] - LIST_GAP)
    if not _RULE_OPEN.search(rest, start, spans[-1][0]):
        return False
    blanked = "".join(f if r != f else " " for r, f in zip(rest, full, strict=False)) if full else ""
    data_words = {w for w in re.findall(r"[a-z]{4,}", blanked[:20_000])} if len(full) == len(rest) else set()
    return not data_words & set(re.findall(r"[a-z]{4,}", rest[start : spans[-1][0]]))


def _sequence_after_data(check: SchemaCheck, rest: str, full: str, allowed: set[str]) -> bool:
    """Labels given by position: after the task's data, the prompt's own words list the
    labels one after the other, not as a choice, although the prompt offers them elsewhere
    already ("Classe chaque avis avec positive, negative ou neutral. {avis} Dans l'ordre :
    positive, negative, neutral."). A second list of labels the model knows has one use:
    their order, which the answer's ids follow. Read in the answer's shape, ids 1, 2, 3...
    in order, and passing the check. ``allowed``: the labels of the task's JSON checks (a
    word is one when it shares its first five letters with one, "positif" is "positive",
    or is an abbreviation of one, "pos, neg, neu": :func:`_label_reader`)."""
    end = _data_end(rest, full)
    if end < 0:
        return False
    label_of = _label_reader(allowed)
    before = [w for w in re.findall(r"[a-z]{5,}", rest[:end]) if label_of(w)]
    if len(set(before)) < 2:
        return False  # the labels are offered here first: this list is the choice
    runs: list[tuple[list[str], bool]] = []  # (labels, offered as a choice)
    glosses: list[list[bool]] = []  # per run: each label glossed by the same label next to it
    ordered: list[bool] = []  # per run: led in by an order ("dans l'ordre", "respectivement")
    typed_only: list[bool] = []  # per run: a choice only as the values of one type (enum, Literal)
    scored: list[list[str]] = []  # per run: the score each label is given ("positive = +1"), "" for none
    legend_only: list[bool] = []  # per run: a choice only as a legend's (session 43)
    bare: list[bool] = []  # per run: a legend led by a bare plural noun ("Labels:", session 44)
    defined: list[bool] = []  # per run: a word between two of its labels (a definition, session 44)
    ruled: list[list[bool]] = []  # per run: each label the outcome of a condition on a score (session 55)
    run_ends: dict[int, int] = {}  # per run: where its last label ends
    spans: list[list[tuple[int, int]]] = []  # per run: where each of its labels stands in ``rest``
    last = -1
    for count, match in enumerate(re.finditer(r"[a-z]{3,}", rest[end:])):
        if count >= MAX_LIST_WORDS:
            break
        label = label_of(match.group(0))
        if label is None:
            continue
        gap = rest[end + last : end + match.start()] if last >= 0 else ""
        # a new list ("parmi", "either" may lead it in), or the next worked example's label
        if last < 0 or len(gap) > LIST_GAP or _quoted_input(gap):
            lead = rest[max(end, end + match.start() - LIST_GAP) : end + match.start()]
            clause = rest[max(end, end + match.start() - 2 * LIST_GAP) : end + match.start()]
            other = bool(_CHOICE_MARK.search(lead)) or _denied(clause)
            # session 55 (fix97grid): labels named as the ones confused or told apart (« comment se fait-il
            # que les modèles confondent souvent neutre et négatif ? », "mix up neutral and negative")
            said = re.split(r"[.;:!?,\n]", lead)[-1]
            other = other or bool(_CONTRAST_LEAD.search(said) and not _ORDER_LEAD.search(said))
            typed = bool(_SET_MARK.search(lead))
            legend = _legend(clause) and not _ORDER_LEAD.search(clause)  # session 43
            runs.append(([], other or typed or legend))
            typed_only.append(typed and not other)
            legend_only.append(legend and not other and not typed)
            named = _LEGEND.search(clause) if legend else None
            bare.append(
                named is not None
                and bool(_BARE_LEGEND.fullmatch(named.group(0)))
                and clause[named.start() - 1 : named.start()] not in ('"', "'", "`", "_")
            )
            defined.append(False)
            glosses.append([])
            ordered.append(bool(_ORDER_LEAD.search(clause)))
            scored.append([])
            spans.append([])
            ruled.append([])
        elif _CHOICE_MARK.search(gap):
            runs[-1] = (runs[-1][0], True)
            legend_only[-1] = False
        elif _SET_MARK.search(gap) and typed_only[-1]:
            runs[-1] = (runs[-1][0], False)  # one type per label ("avis_1: Literal["positive"]; avis_2: …")
        if last >= 0 and runs[-1][0]:
            defined[-1] = defined[-1] or bool(_DEFINING_GAP.search(gap))
        glosses[-1].append(bool(runs[-1][0]) and runs[-1][0][-1] == label and bool(_GLOSS_GAP.fullmatch(gap)))
        runs[-1][0].append(label)
        spans[-1].append((end + match.start(), end + match.end()))
        condition = gap if runs[-1][0][:-1] else re.split(r"[.!?\n]", lead)[-1]
        ruled[-1].append(bool(_RULE_CONDITION.search(condition)) and not _ITEM_NAMED.search(condition))
        value = _SCALE_VALUE.match(rest, end + match.end())
        scored[-1].append(value["v"].replace(" ", "") if value else "")
        last = value.end() - end if value else match.end()
        run_ends[len(runs) - 1] = end + last
    for index, (run, choice) in enumerate(runs):
        # A scale ("positive = +1, neutral = 0, negative = -1", round 51): each label given a score,
        # signed or zero as no review's number is; it scores labels, in whatever order.
        values = scored[index]
        if len(run) >= 2 and all(values) and any(v[0] in "+-" or v == "0" for v in values):
            continue
        # A scoring rule ("score > 0 → positive, score < 0 → negative, score = 0 → neutral", "otherwise
        # neutral", session 55): each label the outcome of a condition on a score, none naming an item nor a
        # word of the data, one at least an inequality or an "if"/"otherwise": it maps any review to a label.
        ruling = len(run) >= 2 and all(ruled[index]) and not ordered[index]
        if ruling and _rule_of_any(rest, full, spans[index]):
            continue
        if not ordered[index] and _words_legend(rest, full, spans[index]):
            continue  # "chuffed = positive, fuming = negative", « en vert les positive » (round 85)
        after = re.split(r"[.;!?\n]", rest[run_ends[index] : run_ends[index] + 60], maxsplit=1)[0]
        if legend_only[index] and (_ORDER_LEAD.search(after) or (bare[index] and not defined[index])):
            choice = False  # "Labels: positive, negative, neutral, in this order": no legend
        # A lexicon ("positive = positif, negative = négatif, ..."): each label and its
        # translation or definition, a pair of the same label; it defines words, in whatever
        # order, unless an order leads it in ("dans l'ordre des avis : positive (positif), ...").
        pairs = glosses[index]
        if len(run) >= 4 and len(run) % 2 == 0 and all(pairs[1::2]):
            if not ordered[index]:
                continue
            run = run[::2]
        shaped = _answer_shaped(check, list(enumerate(run, 1))) if len(run) >= 2 and not choice else None
        if shaped is not None and check.accepts(shaped):
            return True
    return False


# A mark of each item listed in order after the data (round 6: "Notes laissées par les
# clients, dans l'ordre : 5/5, 1/5, 3/5"): a rating, a run of stars, a score out of a scale,
# a percentage (round 15b: "Satisfaction, dans l'ordre : 100 %, 0 %, 50 %").
_MARK = re.compile(
    r"(?<![\w.,/])(?:\d{1,3}(?:[.,]\d)?[ \t]*+(?:/[ \t]*+\d{1,2}|sur[ \t]++\d{1,2}|out of[ \t]++\d{1,2}|"
    r"etoiles?|stars?|points?|pts|%|pour ?cent|percent|per cent)|[★☆✩✪✫✬✭✮✯⭐*]{1,10}+"
    # round 12: an emoji is a mark too ("Ambiance générale : 👍 👎 🤷" after the data)
    r"|[\U0001F300-\U0001FAFF\u2600-\u26FF\u2700-\u27BF]{1,3}+)(?![\w/])"
)
_MARK_GAP = re.compile(r"[\s,;.()\[\]-]*+(?:(?:puis|then|et|and)\b[\s,;]*+)?")


# An item number then a label or its abbreviation, no sign between (round 12: "corrigé :
# 1 pos / 2 neg / 3 neu"), as "1 = pos" maps it.
_NUMBERED_LABEL = re.compile(r"(?<![\w.,])(\d{1,2})[ \t]*+(?:[-.)][ \t]*+)?([a-z]{3,12})\b")


def _numbered_labels(check: SchemaCheck, rest: str, allowed: set[str]) -> bool:
    """Labels tied to the items' numbers, three or more, in order from the first, read in
    the answer's shape, that pass the check (counts of labels, "2 negative et 1 neutral",
    give none)."""
    label_of = _label_reader(allowed)
    pairs = [
        (int(m.group(1)), label)
        for m in _bounded_matches(_NUMBERED_LABEL.finditer(rest))
        if (label := label_of(m.group(2))) is not None
    ]
    ids = [i for i, _ in pairs]
    if len(set(ids)) < 3 or ids != list(range(1, len(ids) + 1)):
        return False  # a key: every item from the first, in order (never "2 positive et 1 negative")
    shaped = _answer_shaped(check, pairs)
    return shaped is not None and check.accepts(shaped)


def _keyed_labels(check: SchemaCheck, rest: str, task: Task) -> bool:
    """Labels keyed by one family of identifiers, one per item, in order (:func:`cells.keyed_labels`),
    that pass the check; a legend's codes ("Legend: a = positive, …") key no item."""
    found = cells.keyed_labels(rest, _label_reader(task.labels), len(task.items))
    if found is None:
        return False
    labels, start = found
    if _legend(rest[max(0, rest.rfind("\n", 0, start) + 1, start - 120) : start]):
        return False
    shaped = _answer_shaped(check, list(enumerate(labels, 1)))
    return shaped is not None and check.accepts(shaped)


def _marks_after_data(rest: str, full: str) -> bool:
    """Each item's mark given by position: after the task's data, the prompt's own words
    list two marks or more one after the other (only commas and the like between them,
    not a choice), and they differ: the answer's ids follow their order."""
    end = _data_end(rest, full)
    if end < 0:
        return False
    run: list[str] = []
    last = -1
    for match in _bounded_matches(_MARK.finditer(rest, end), 200):
        if last < 0 or not _MARK_GAP.fullmatch(rest, last, match.start()):
            run = []
        run.append(re.sub(r"\s", "", match.group(0)))
        last = match.end()
        if len(run) >= 2 and len(set(run)) >= 2:
            return True
    return False


def _label_reader(allowed: set[str]) -> Callable[[str], str | None]:
    """The label a word names: one sharing its first five letters ("positif" is
    "positive"), or, for a word of three or four letters, the one label it begins
    ("pos", "neg", "neu": an abbreviation names a label as well as the word does)."""
    labels = [c for c in allowed if len(c) >= 5]

    def label_of(word: str) -> str | None:
        named = (
            [c for c in labels if fold(c)[:5] == word[:5]]
            if len(word) >= 5
            else [c for c in labels if fold(c).startswith(word)]
            if len(word) >= 3
            else []
        )
        return named[0] if len(named) == 1 else None

    return label_of


MAX_LIST_WORDS = 2000  # words read after the data: a prompt part is at most 20,000 characters


def _pattern_literal(schema: dict[str, Any]) -> str | None:
    """The one string an anchored literal ``pattern`` allows (round 13: ``"^positive$"``
    pins "positive" as ``const`` does, and so does ``"^positive"``); a pattern with any other
    regex syntax pins nothing."""
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return None
    # the closing "$" may be lost when the prompt is read ("$…$" pairs are read as math): an
    # anchored literal still pins its word (round 39)
    found = re.fullmatch(r"\^\(?([^\W\d_](?:[\w '-]{0,60}\w)?)\)?\$?", pattern)
    return found.group(1) if found else None


def _instance(schema: Any, depth: int = 0) -> Any:
    """The one instance a JSON Schema allows where it pins values (round 5): ``{"const":
    v}`` and a one-value ``{"enum": [v]}`` are ``v``, and so are ``{"default": v}`` and
    ``{"examples": [v, ...]}`` (round 12: the value a model fills in), ``properties`` its object, ``items``
    or ``prefixItems`` as a list their items; anything else is kept as written. A schema
    whose values are the labels is the answer written another way."""
    if depth > 40:
        return schema
    if isinstance(schema, list):
        return [_instance(v, depth + 1) for v in schema]
    if not isinstance(schema, dict):
        return schema
    if "const" in schema:
        return _instance(schema["const"], depth + 1)
    if (literal := _pattern_literal(schema)) is not None:
        return literal
    if isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1:
        return _instance(schema["enum"][0], depth + 1)
    if "default" in schema:  # round 12: a default or an example is the value a model writes
        return _instance(schema["default"], depth + 1)
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return _instance(schema["examples"][0], depth + 1)
    if isinstance(schema.get("properties"), dict):
        return _instance(schema["properties"], depth + 1)
    for key in ("prefixItems", "items"):
        if isinstance(schema.get(key), list):
            return _instance(schema[key], depth + 1)
    return {k: _instance(v, depth + 1) for k, v in schema.items()}


def _completed(value: Any, label_of: Callable[[str], str | None], depth: int = 0) -> Any:
    """``value`` with each string that begins exactly one label, and is only that beginning
    and marks of a blank to fill ("pos…", "neg___", "neu..."), made that label (round 6: a
    template to complete that names each review's label)."""
    if depth > 40:
        return value
    if isinstance(value, list):
        return [_completed(v, label_of, depth + 1) for v in value]
    if isinstance(value, dict):
        return {k: _completed(v, label_of, depth + 1) for k, v in value.items()}
    if isinstance(value, str):
        begun = re.fullmatch(r"([a-z]{3,}+)[._*…? -]*+", fold(value).strip())
        if begun and (label := label_of(begun.group(1))) is not None:
            return label
    return value


_SCHEMA_WORDS = {"const", "enum", "pattern", "default", "examples", "properties", "type"}


def _positional(values: list[Any], label_of: Callable[[str], str | None]) -> list[list[tuple[int, str]]]:
    """(position, label) pairs a tuple schema pins (round 39): a JSON list of two schemas or
    more (objects with a schema keyword: ``const``, ``enum``, ``pattern``, ``default``,
    ``properties``, ``type``...) whose items each pin exactly one label and no id, as
    ``"items": [{"properties": {"sentiment": {"const": "positive"}}}, ...]`` does: the n-th
    item schema validates the n-th review. A list of worked examples (no schema keyword) or
    of one schema allowing every label (an ``enum`` of three values pins none) is none."""
    found: list[list[tuple[int, str]]] = []
    for value in values:
        if not isinstance(value, list) or not 2 <= len(value) <= 50:
            continue
        if not all(isinstance(v, dict) and _SCHEMA_WORDS & set(v) for v in value):
            continue
        pairs: list[tuple[int, str]] = []
        for position, item in enumerate(value, 1):
            pinned = [s for s in _strings(_instance(item)) if label_of(fold(s).strip()) is not None]
            if len(pinned) != 1 or any(True for _ in _pairs(_instance(item))) and _has_id(_instance(item)):
                break
            pairs.append((position, label_of(fold(pinned[0]).strip()) or ""))
        else:
            found.append(pairs)
    return found


def _strings(value: Any, depth: int = 0) -> list[str]:
    """The strings a JSON value holds, keys left out."""
    if depth > 40:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v, depth + 1)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, depth + 1)]
    return []


def _has_id(value: Any) -> bool:
    return isinstance(value, dict) and any(
        re.fullmatch(r"(?i)id|review|avis|n|num(ber)?|index", str(k)) for k in value
    )


def _schema_given(check: SchemaCheck, rest: str, labels: set[str] | None = None) -> bool:
    values = _embedded_json(rest)
    if any(check.accepts(v) for v in values):
        return True
    if not check.given_away:
        return False  # a shape check: the shape is the prompt's to give
    values += [pinned for v in values if (pinned := _instance(v)) != v]  # the labels pinned
    if labels:
        label_of = _label_reader(labels)
        values += [done for v in values if (done := _completed(v, label_of)) != v]  # labels begun
    if any(check.accepts(v) for v in values):
        return True
    listed = _listed_pairs(check, rest, labels)
    if listed is not None and check.accepts(listed):
        return True
    if labels:
        for pairs in _positional(values, _label_reader(labels)):
            shaped = _answer_shaped(check, pairs)
            if shaped is not None and check.accepts(shaped):
                return True
    if len(_mapped_ids(rest, labels)) >= 2:
        return True
    for value in values:  # the labels in a draft of another shape, read into the answer's shape
        pairs = [(int(i), fold(label).strip()) for i, label in _pairs(value) if str(i).isdigit()]
        shaped = _answer_shaped(check, pairs)
        if shaped is not None and check.accepts(shaped):
            return True
    return False


# What the prompt's own words say a review IS: a copula or a verb right after the review's
# name ("le client de la machine à café est ravi", "the headphones buyer is furious",
# "celui du sac à dos ne se prononce pas"), its clause's end marked by punctuation or a
# new clause.
_SAID_OF = re.compile(
    r"(?<!\s)(?:\s++(?:review|avis|customer|client|buyer|acheteur|owner|proprietaire|user|utilisateur)s?\b)?"
    r"\s++(?:est|sont|etait|semble|reste|parait|se|ne|n'|is|are|was|seems|looks|feels|sounds|remains|"
    r"isn't|doesn't|does)\b"
)
_CLAUSE_END = re.compile(r"[,;:.!?()\n]|\b(?:et|and|que|qu'|mais|but)\b")


# Session 45 (fair45): a rating posted with the review is said of it ("Review 2 was posted with 5 stars",
# "review 1 is rated 2/5"); one that goes against the review's label, with no other word of the student's
# own in its clause, tells the model nothing of that label (the rating that agrees still does).
_RATING_WORDS = frozenset(
    "posted rated given submitted left sent published marked scored graded with only just publie publiee "
    "note notee donne donnee avec seulement laisse laissee envoye envoyee attribue attribuee".split()
)
_LABEL_KINDS = {"positi": "pos", "negati": "neg", "neutr": "neu"}


def _rated_against(clause: str, label_words: list[str]) -> bool:
    """Whether ``clause`` (a review's name left out) only rates the review, against its label."""
    expected = {_LABEL_KINDS.get(w) for w in label_words} - {None}
    rated = verdicts.evaluations(clause)
    if not expected or not rated or {m.kind for m in rated} & expected:
        return False
    left = clause
    for mark in rated:
        left = left[: mark.start] + " " * (mark.end - mark.start) + left[mark.end :]
    own = [w for w in plain_words(left)[1:] if len(w) >= 3 and w not in structure.FUNCTION]
    return all(w in _RATING_WORDS for w in own)


def _said_of(near: list[str], rest: str, full: str, label_words: list[str] | None = None) -> bool:
    """Whether the prompt's own words (``rest``) say something of the review ``near``
    names in ``full`` (the same text, line for line, data not blanked): its name, then a
    copula or a verb and a word of the student's own before the clause ends. A fair
    prompt names a review to show it, never to say what it is; a rating against its label
    (``label_words``) says nothing of it (:func:`_rated_against`)."""
    if not full:
        return False
    examples = _own_examples_blanked(rest, label_words or ()) if len(rest) == len(full) else rest  # round 91
    for term in near:
        for found in _bounded_matches(re.finditer(term_pattern(term), full), 20):
            if examples[found.start()] == " " != rest[found.start()]:
                continue  # a name inside a quoted example of the student's own (round 91)
            word_end = found.end() + len(re.match(r"[a-z0-9]*+", full[found.end() :]).group(0))  # type: ignore[union-attr]
            # "headphones buyer": read past the name's plural, on a slice (the name itself
            # is blanked in ``rest``, and _SAID_OF starts only after a non-blank)
            after = rest[word_end : word_end + 200]
            said = _SAID_OF.match(after)
            if not said:
                continue
            stop = _CLAUSE_END.search(after, said.end())
            own = plain_words(after[: stop.start() if stop else len(after)])
            if label_words and _rated_against(after[: stop.start() if stop else len(after)], label_words):
                continue
            if any(len(w) >= 3 and w not in structure.FUNCTION for w in own[1:]):
                return True
    return False


# A line that holds this many letters of the task's data (blanked in ``rest``) is an item
# of the data as pasted (one review per line).
ITEM_LETTERS = 15


_metadata_of = remarks.metadata_of  # session 59 (fix105data): a review's channel or day, no mark


def _mark_of(mine: str, items: int, own: set[str], metadata: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """What the student's own words attach to one pasted item, as many times as written
    ("★★★" is not "★"): words that are neither the data's (in any of its languages) nor
    function words nor ``metadata`` (:func:`_metadata_of`), numbers other than the items' own (1 to
    ``items``), every symbol (an emoji, a star, a sign)."""
    marks = [
        w
        for w in re.findall(r"[a-z]+", mine)
        if w not in own and w not in structure.FUNCTION and w not in metadata
    ]
    marks += [n for n in re.findall(r"\d+", mine) if not 1 <= int(n) <= items]
    marks += [c for c in mine if unicodedata.category(c)[0] == "S" or c in "+-=~"]
    return tuple(sorted(marks))


def items_marked(rest: str, full: str, task: Task, near: list[str] | None = None, prompt: str = "") -> bool:
    """Whether the prompt attaches to its pasted items (the lines that hold the task's data,
    :data:`ITEM_LETTERS`) marks of its own that tell them apart: an emoji, a rating, a mood,
    a label word in any language ("Avis 1 😀 :", "Review 2 (1/5 stars, angry):"). The data
    is the same for every student and the items differ only by their text; a fair prompt
    pastes them as they are, or adds the same words to each ("Avis 1 (produit) :"). Marks
    that differ from one item to the next can only tell the model which is which: they
    determine the labels, whatever symbols they use. With ``near`` (the terms that name one
    item), only that item's label (round 8: two reviews shown as examples in English, then
    the three pasted plain, leave the third to find): it is given when a line that names it
    is marked, when no item line names it, or when it is the only item left unmarked (by
    elimination, no mark is a mark)."""
    own = task.own_words()
    raws = prompt.splitlines() if len(prompt.splitlines()) == len(full.splitlines()) else []
    lines = [
        (byline_blanked(mine, raws[i]) if raws else mine, whole)
        for i, (mine, whole) in enumerate(zip(rest.splitlines(), full.splitlines(), strict=False))
        if sum(1 for a, b in zip(mine, whole, strict=False) if a == " " and b.isalnum()) >= ITEM_LETTERS
    ]
    noted = retyped.note_lines([mine for mine, _ in lines])  # a note on one's own retyping (session 43)
    marks = [
        tuple(
            m
            for m in _mark_of(mine, len(lines), own, _metadata_of(rest))
            if not (note and retyped.note_word(m, own))
        )
        for (mine, _), note in zip(lines, noted, strict=True)
    ]
    marked = [m for m in marks if m]
    if len(marked) < 2 or len(set(marked)) < 2:
        return False
    if near is None:
        return True
    named = [
        bool(mark)
        for (_, whole), mark in zip(lines, marks, strict=True)
        if any(has_term(whole, n) for n in near)
    ]
    return not named or any(named) or len(marks) - len(marked) <= 1


# Round 17b: items filed under headings of the student's own ("Dossier « Compliments » :",
# "Happy customers:", "😀 :" on a line of its own above one or more reviews). A heading
# heads every item up to the next one; the line right above the first item heads it when
# it is short or ends with a colon (not the instructions' paragraph). Headings whose marks
# (:func:`_mark_of`) differ from one item to another tell them apart as marks on the items'
# own lines do (:func:`items_marked`): the labels are dictated by the layout.
_HEADING_CHARS = 80
_TRAILER = {"label", "labels", "etiquette", "sentiment", "verdict", "classe", "class", "reponse", "answer"}


def items_headed(rest: str, full: str, task: Task) -> bool:
    own = task.own_words()
    pairs = list(zip(rest.splitlines(), full.splitlines(), strict=False))
    item = [
        sum(1 for a, b in zip(mine, whole, strict=False) if a == " " and b.isalnum()) >= ITEM_LETTERS
        for mine, whole in pairs
    ]
    count = sum(item)
    if count < 2:
        return False
    heading: tuple[str, ...] = ()
    headed: list[tuple[str, ...]] = []
    seen = trailing = False
    trailer = task.labels | _TRAILER
    metadata = _metadata_of(rest)
    for (mine, _), is_item in zip(pairs, item, strict=True):
        line = mine.strip()
        if is_item:
            headed.append(heading)
            seen = trailing = True
            continue
        mark = _mark_of(line, count, own, metadata) if line else ()
        said = [m for m in mark if m.isalnum()]
        if trailing and said and all(m in trailer for m in said):
            continue  # "=> neutral", "Label:" under a review: the review above's (_label_below)
        trailing = False
        if line and (seen or len(line) <= _HEADING_CHARS or line.endswith(":")):
            heading = mark
        elif line:
            heading = ()
    return len({h for h in headed if h}) >= 2 and not _relisted(headed, task)


def _relisted(headed: list[tuple[str, ...]], task: Task) -> bool:
    """Whether each heading heads the whole data again (round 43: the reviews, then "the same
    reviews, exported as CSV:" and their rows): headings that group nothing label nothing."""
    items = max(
        (
            sum(1 for line in text.splitlines() if len(re.findall(r"\w", line)) >= ITEM_LETTERS)
            for text in task.data
        ),
        default=0,
    )
    sizes = Counter(h for h in headed if h)
    return items >= 2 and all(n == items for n in sizes.values())


# A fact equivalent to the line (round 5): the slope is the data's (parallel), so one more
# point fixes the line. A point other than the data's that lies on the expected line
# ("elle passe aussi par (0, -10)"), or where it crosses the x-axis ("coupe l'axe des
# abscisses en x = 2,5"), gives the equation away as its parameters would.
_DECIMAL = r"-?\d+(?:[.,]\d+)?"
_POINT = re.compile(rf"\(\s*+({_DECIMAL})\s*+(?:;|,(?=\s))\s*+({_DECIMAL})\s*+\)|\(\s*+(-?\d+),(-?\d+)\)")
_X_AXIS = re.compile(
    rf"\b(?:axe des abscisses|axe des x|axe horizontal|x-axis|x axis|horizontal axis|s'annule|"
    rf"abscisse a l'origine|x-intercept|root|racine|zero)\b[^.;!?\n]{{0,40}}?"
    rf"(?:\bx\s*+=\s*+|\ben\s++|\bat\s++|\bpour\s++)({_DECIMAL})(?![\d,.]*+\s*+[;,]\s*+\d)"
)


def _number(token: str) -> Fraction:
    return Fraction(token.replace(",", "."))


# Round 51 (r51f-line-test-pytest-parallelisme-sans-b): a line's constructor called with a slope and an
# intercept ("assert d.pente == Droite(4, 6).pente", "Line(4, 6).slope", make_line(4, 6)) names the given
# line's parameters, no point; "Point(2, -2)", "passe_par(2, -2)", "line_through(2, -2)" are points.
_LINE_CALL = re.compile(r"(?<![\w.])(?:[a-z]++[_.])?(?:droite|line|ligne|affine|lineaire|linear)$")


def _points(text: str) -> list[tuple[Fraction, Fraction]]:
    found = []
    for match in _POINT.finditer(text[:20_000]):
        if _LINE_CALL.search(text, max(0, match.start() - 24), match.start()):
            continue
        x, y = (
            (match.group(1), match.group(2))
            if match.group(1) is not None
            else (match.group(3), match.group(4))
        )
        found.append((_number(x), _number(y)))
    return found


def _fixes_line(rest: str, spec: AnswerSpec) -> bool:
    if spec.kind != "line" or not isinstance(spec.expected, tuple):
        return False
    slope, intercept = spec.expected
    folded = fold(rest)
    given = {p for data in spec.data for p in _points(fold(data))}
    points = [p for p in _points(folded) if p not in given]
    points += [(_number(m.group(1)), Fraction(0)) for m in _X_AXIS.finditer(folded[:20_000])]
    # a test's or a table's second point ("assert d(3) == 2", "| 0 | -10 |" under x and y: round 51)
    points += [p for p in tested.points(folded) if p not in given]
    if any(y == slope * x + intercept for x, y in points):
        return True
    # the answer's own line built by its constructor ("assert line == Line(4, -10)", « Droite(4, -10) »)
    return any(
        _LINE_CALL.search(folded, max(0, m.start() - 24), m.start())
        and (_number(m.group(1) or m.group(3)), _number(m.group(2) or m.group(4))) == (slope, intercept)
        for m in _POINT.finditer(folded[:20_000])
    )


# A review named by its rank among the pasted ones ("le deuxième", "the second review",
# "le troisième avis", text.ORDINALS) is that review: read as "avis 2" by the label cues (round 5).
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_REVIEW_NOUN = r"(?:avis|reviews?|commentaires?|comments?|clients?|customers?|critiques?)"
_ORDINAL_NAMED = re.compile(
    rf"\b(?:le|la|l'|the|du|au|of)\s++(?:seule?\s++|only\s++)?(?P<ordinal>{_ORDINAL_WORDS})\b"
    rf"(?=\s*+(?:{_REVIEW_NOUN}\b|[,;:.!?)\n]|$|(?:\s++(?:est|is|was|seems|semble)\b)))"
    rf"(?:\s++{_REVIEW_NOUN}\b)?"
)
# The review numbers ranked ("du plus satisfait au moins satisfait : 1, 3, 2", "sorted from
# happiest to angriest, the reviews go 1, 3, 2"): every id once, in an order other than
# their own, or in their own order beside a comparison. A fair prompt has no reason to
# order the reviews by anything (round 5).
_ID_RUN = re.compile(
    r"(?<![\d.,])[1-9](?:\s*+(?:,|;|>|<|->|→|puis|then|et|and|/)\s*+(?:puis\s++|then\s++)?[1-9](?![\d.,]\d)){2,8}"
)
_COMPARED = re.compile(
    r"\b(?:plus|moins|most|least|more|less|mieux|best|worst|pire|meilleur|classes?|classees?|"
    r"ranks?|ranked|ranking|sorted|trie|tries|triees?|\w+est)\b"
)


def _ranked_ids(text: str) -> bool:
    for sentence in sentences(text):
        for run in _bounded_matches(_ID_RUN.finditer(sentence), 20):
            ids = [int(d) for d in re.findall(r"[1-9]", run.group(0))]
            if len(set(ids)) != len(ids) or set(ids) != set(range(1, len(ids) + 1)):
                continue
            if ids != sorted(ids) or _COMPARED.search(sentence):
                return True
    return False


# The plan's durations dictated (round 5): at least ``min_sections`` durations listed in
# the prompt's own words that add up to the total ("quatre parties, de 10, 20, 20 et 10
# minutes"): only the titles are left to find.
_DURATION_RUN = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\s*+(?:min|mn|minutes?|mins)\b)?(?:\s*+(?:,|;|\+|/|-|et|and|puis|then|"
    r"\bpuis\b|, puis|, then|, et|, and)\s*+\d{1,3}(?:\s*+(?:min|mn|minutes?|mins)\b)?){2,12}"
)


# Shares of the plan's whole said as fractions (round 6: "Répartis l'heure ainsi : un
# sixième, un quart, un tiers, un quart", "1/6, 1/4, 1/3, 1/4"): durations too.
_SHARE_WORDS = {
    "sixieme": Fraction(1, 6), "sixth": Fraction(1, 6), "cinquieme": Fraction(1, 5), "fifth": Fraction(1, 5),
    "quart": Fraction(1, 4), "quarter": Fraction(1, 4), "tiers": Fraction(1, 3), "third": Fraction(1, 3),
    "moitie": Fraction(1, 2), "demi": Fraction(1, 2), "half": Fraction(1, 2),
    # round 22b: "un douzième de l'heure", every unit share of an hour in whole minutes
    "huitieme": Fraction(1, 8), "eighth": Fraction(1, 8),
    "dixieme": Fraction(1, 10), "tenth": Fraction(1, 10),
    "douzieme": Fraction(1, 12), "twelfth": Fraction(1, 12), "quinzieme": Fraction(1, 15),
    "fifteenth": Fraction(1, 15), "vingtieme": Fraction(1, 20), "twentieth": Fraction(1, 20),
    "trentieme": Fraction(1, 30), "thirtieth": Fraction(1, 30),
}  # fmt: skip
_SHARE = re.compile(
    r"(?<![\w.,/])(?:(?P<count>un|une|deux|trois|a|an|one|two|three|la|le|the|1|2|3)\s++)?"
    r"(?P<word>sixiemes?|sixths?|cinquiemes?|fifths?|quarts?|quarters?|tiers|thirds?|moitie|demi|half|"
    r"huitiemes?|eighths?|dixiemes?|tenths?|douziemes?|twelfths?|quinziemes?|fifteenths?|vingtiemes?|"
    r"twentieths?|trentiemes?|thirtieths?)\b"
    r"|(?<![\w.,/])(?P<num>\d)\s*+/\s*+(?P<den>1[025]|[2-68]|20|30)(?![\d/])"
)
_SHARE_BETWEEN = re.compile(r"[\s,;+/-]*+(?:(?:et|and|puis|then|plus)\b)?[\s,;+/-]*+")
_COUNTS = {"deux": 2, "two": 2, "2": 2, "trois": 3, "three": 3, "3": 3}


def _shares_listed(check: DurationsCheck, folded: str) -> bool:
    run: list[Fraction] = []
    last = -1
    for match in _bounded_matches(_SHARE.finditer(folded), 40):
        if match.group("word"):
            word = match.group("word")
            share = next(v for k, v in _SHARE_WORDS.items() if word.startswith(k))
            share *= _COUNTS.get(match.group("count") or "", 1)
        else:
            share = Fraction(int(match.group("num")), int(match.group("den")))
        if last < 0 or not _SHARE_BETWEEN.fullmatch(folded, last, match.start()):
            run = []
        run.append(share)
        last = match.end()
        if len(run) >= check.min_sections and sum(run) == 1:
            return True
    return False


# Clock marks that cut the whole into parts ("Repères : 0:00, 0:10, 0:25, 0:45, 0:55,
# 1:00", "9h00, 9h10, 9h30, 10h00"): the parts' durations are the gaps (issue 11p).
_CLOCK = r"\d{1,2}[:h]\d{2}"
_CLOCK_RUN = re.compile(
    rf"(?<![\d.,:]){_CLOCK}(?:\s*+(?:,|;|-|->|→|/|\bet\b|\band\b|\bpuis\b|\bthen\b)?\s*+{_CLOCK}){{2,12}}(?!\d)"
)


def _clock_marks_listed(check: DurationsCheck, folded: str) -> bool:
    for run in _bounded_matches(_CLOCK_RUN.finditer(folded), 20):
        marks = [int(h) * 60 + int(m) for h, m in re.findall(r"(\d{1,2})[:h](\d{2})", run.group(0))]
        gaps = [b - a for a, b in zip(marks, marks[1:], strict=False)]
        if all(g > 0 for g in gaps) and len(gaps) >= check.min_sections and sum(gaps) == check.total:
            return True
    return False


# Durations listed with their parts' names between them, in figures or in words, the unit
# said at least twice and left out of the others (round 12: "10 min d'intro, un quart
# d'heure sur le fonctionnement, vingt minutes de démo, dix de limites et cinq de
# questions"): each number a unit or a part's name follows is a part's duration.
_NAMED_DURATION = re.compile(
    rf"(?<![\d.,])(?P<n>\d{{1,3}}|(?:{NUMBER_WORD_RE})\b)(?![\d.,]\d)"
    r"(?:\s*+(?P<unit>min|mn|minutes?|mins)\b|(?=\s++(?:de|d'|du|des|sur|pour|of|on|for)\b))"
)


# Round 101 (fix101, "intro 5 min what AI is 10 how it learns 15 the demo 15 limits 10 questions 5"): speech
# says the unit once, at the first part, and the next parts' numbers bare, whatever word follows them; in one
# sentence, every number after a duration said with its unit is a part's duration too.
_UNIT_SAID = re.compile(r"(?<![\d.,])\d{1,3}[ \t]*+(?:min|mn|minutes?|mins)(?![\w'-])")
_BARE_DURATION = re.compile(r"(?<![\d.,:h])\d{1,3}(?![\d.,:h]\d|[\d%])")


def _durations_after_unit(check: DurationsCheck, sentence: str) -> bool:
    first = _UNIT_SAID.search(sentence)
    if first is None:
        return False
    numbers = [int(n) for n in _BARE_DURATION.findall(sentence, first.start())][:30]
    return len(numbers) >= check.min_sections and sum(numbers) == check.total


def _named_durations_listed(check: DurationsCheck, folded: str) -> bool:
    for sentence in sentences(folded)[:200]:
        if _durations_after_unit(check, sentence):
            return True
        found = [
            (int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]], bool(m["unit"]))
            for m in _bounded_matches(_NAMED_DURATION.finditer(sentence), 30)
        ]
        if (
            len(found) >= check.min_sections
            and sum(1 for _, unit in found if unit) >= 2
            and sum(n for n, _ in found) == check.total
        ):
            return True
    return False


# Durations in seconds are durations (round 15b: "parties de 600 s, 900 s, 1200 s, 600 s et
# 300 s"), and so are parts in given proportions of the whole (round 15b: "proportionnelles à
# 2, 3, 4, 2 et 1", "in the ratio 2:3:4:2:1"): the whole is the task's, so the ratios fix
# every part's duration.
_SECONDS_RUN = re.compile(
    r"(?<![\d.,])\d{1,5}(?:\s*+(?:s|sec|secs|secondes?|seconds?)\b)?(?:\s*+(?:,|;|\+|/|-|et|and|puis|then)"
    r"\s*+\d{1,5}(?:\s*+(?:s|sec|secs|secondes?|seconds?)\b)?){2,12}"
)
_RATIO_RUN = re.compile(
    r"\b(?:proportionnel(?:le)?s?\s++(?:a|aux)|proportional\s++to|au prorata de|dans les proportions|"
    r"dans le rapport|dans les rapports|selon les rapports|selon le rapport|selon les proportions|"
    r"in the (?:ratio|ratios|proportions?)(?:\s++of)?|ratios?|rapports?|proportions?)\s*+:?\s*+"
    r"(?:de\s++|of\s++)?(\d{1,2}(?:\s*+(?:,|;|:|/|-|et|and)\s*+\d{1,2}){2,12})(?![\d.,]\d)"
)


def _seconds_or_ratios_listed(check: DurationsCheck, folded: str) -> bool:
    for run in _bounded_matches(_SECONDS_RUN.finditer(folded), 20):
        after = folded[run.end() : run.end() + 16]
        if not re.search(r"\b(?:s|sec|secs|secondes?|seconds?)\b", run.group(0) + " " + after[:12]):
            continue
        numbers = [int(n) for n in re.findall(r"\d{1,5}", run.group(0))]
        if len(numbers) >= check.min_sections and sum(numbers) == check.total * 60:
            return True
    for run in _bounded_matches(_RATIO_RUN.finditer(folded), 20):
        numbers = [int(n) for n in re.findall(r"\d{1,2}", run.group(1))]
        if len(numbers) >= check.min_sections and all(numbers):
            return True
    return False


# Cumulative minute marks fix the durations (round 16b: "les transitions tombent aux minutes
# 10, 25, 45 et 55"): an increasing run of marks under the whole, named as marks, cuts the
# plan into its parts (the differences, and what is left to the whole).
_MARK_CUE = re.compile(
    r"\b(?:aux minutes|a la minute|a les minutes|at minutes?|at the minutes?|transitions?|jalons?|reperes?|"
    r"milestones?|marks?|timestamps?|changements?|changes?|bascules?|on bascule|switch(?:es)?)\b"
)
_MARK_RUN = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\s*+(?:,|;|-|et|and|puis|then|, puis|, then|, et|, and)\s*+\d{1,3}){1,12}"
    r"(?![\d.,]\d)"
)


def _cumulative_marks_listed(check: DurationsCheck, folded: str) -> bool:
    for sentence in re.split(r"[.;!?\n]", folded):
        cue = _MARK_CUE.search(sentence)
        if not cue:
            continue
        for run in _bounded_matches(_MARK_RUN.finditer(sentence, cue.start()), 20):
            marks = [int(n) for n in re.findall(r"\d{1,3}", run.group(0))]
            if (
                len(marks) + 1 >= check.min_sections
                and all(a < b for a, b in zip(marks, marks[1:], strict=False))
                and 0 < marks[0]
                and marks[-1] < check.total
            ):
                return True
    return False


def _durations_listed(check: DurationsCheck, rest: str) -> bool:
    folded = fold(rest)
    if _shares_listed(check, folded) or _clock_marks_listed(check, folded):
        return True
    if _cumulative_marks_listed(check, folded):
        return True  # round 16b
    if _seconds_or_ratios_listed(check, folded):
        return True
    if _named_durations_listed(check, folded):
        return True
    gantt = _gantt_minutes(folded)  # a gantt chart's durations, whatever its tasks' names (round 20b)
    if len(gantt) >= check.min_sections and sum(gantt) == check.total:
        return True
    for run in _bounded_matches(_DURATION_RUN.finditer(folded), 20):
        after = folded[run.end() : run.end() + 16]
        if not re.search(r"\b(?:min|mn|minutes?|mins)\b", run.group(0) + " " + after[:12]):
            continue
        numbers = [int(n) for n in re.findall(r"\d{1,3}", run.group(0))]
        if len(numbers) >= check.min_sections and sum(numbers) == check.total:
            return True
    return False


def _label_below(cue: GivenAway, rest: str, full: str) -> bool:
    """A piece of a review quoted on a line of its own, then its label alone on one of
    the next two lines (issue 11n, round 7: "« Le sac à dos correspond à la description. »"
    / "Étiquette :" / "neutral"): the same tie as a label on the quotation's line. The
    label's line holds three words at most of the student's own and no other label."""
    wholes, mine = full.splitlines(), rest.splitlines()
    for i, (whole, own) in enumerate(zip(wholes, mine, strict=False)):
        if (
            not whole.lstrip().startswith('"')
            or plain_words(own)
            or not any(has_term(whole, n) for n in cue.near)
        ):
            continue
        for below in mine[i + 1 : i + 3]:
            if (
                len(plain_words(below)) <= 3
                and any(has_term(below, w) for w in cue.words)
                and not any(has_term(below, u) for u in cue.unless)
            ):
                return True
    return False


# A quotation of an item, in any language, with its label right after it on its line (round
# 15b: "Exemple : « The headphones stopped working after a week ... » → negative"): the label
# is tied to that item as on a line of the student's own, whatever else the line lists.
_QUOTED_ITEM = re.compile(r'"([^"\n]{3,400})"')
_LABEL_NEXT = re.compile(r"(?<![ \t])[ \t]*+(?:→|->|=>|:|=|-|–|—|\()?[ \t]*+[^\w\s]{0,3}+([a-z]+)")


def _quoted_then_labelled(cue: GivenAway, full: str, items: list[str] | None = None) -> bool:
    """Also a quotation that rewords the item (``items``: the data's lines that name it;
    round 16b: "« Mes écouteurs sont tombés en panne après sept jours ... » → negative")."""
    for quoted in _QUOTED_ITEM.finditer(full):
        if not any(has_term(quoted.group(1), n) for n in cue.near) and not any(
            structure.rewords(quoted.group(1), item) for item in items or []
        ):
            continue
        label = _LABEL_NEXT.match(full, quoted.end())
        if label and any(has_term(label.group(1), w) for w in cue.words):
            return True
    return False


# The riddle's people counted or named by the student (issue 11p): a count of a kind of
# people the task's data does not count ("la famille compte 5 enfants", "exactly two
# girls"), or the people of the answer's unit named with the subject among them ("ses
# sœurs s'appellent Anne et Caroline"), stated, not asked nor supposed nor said of another
# family, gives a count of relatives away.
_KIN = ("soeur", "sister", "frere", "brother", "cousin", "enfant", "child")
_PEOPLE = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,2}}|{NUMBER_WORD_RE})\s++(?:[a-z']++\s++){{0,2}}?"
    r"(?:filles|girls|daughters|enfants|children|kids|garcons|boys|sons|fils)\b"
)
# Round 31: the user's own family ("Je suis maman de trois garçons", "mes 2 enfants", "I have two
# sons") is no count of the riddle's family when it cannot be it: boys or sons (the data counts the
# brothers already), or fewer children than Caroline and her 3 brothers, said in the first person
# right before the count, and nothing in the sentence ties it to the riddle's family (Caroline
# named, "leur", "comme", "the same", "cette famille"). A count of girls or daughters still counts.
_OWN_COUNT = re.compile(
    r"(?:\bje suis (?:la |une |l')?(?:maman|mere|papa|pere|parent|grand-mere|grand-pere|mamie|papi)"
    r"\s++(?:de\s++|d')"
    r"|\bj'ai\s++|\bmes\s++|\bnos\s++|\bnous avons\s++|\bi(?:'m| am) (?:a |the )?"
    r"(?:mom|mum|mother|dad|father|parent|grandma|grandmother|grandpa|grandfather) (?:of|to)\s++"
    r"|\bi (?:have|have got|'ve got)\s++|\bmy\s++|\bour\s++|\bwe have\s++)$"
)
_OWN_KINDS = re.compile(r"\b(?:garcons|boys|sons|fils)\b")
_OWN_CHILDREN = re.compile(r"\b(?:enfants|children|kids)\b")
_FAMILY_TIE = re.compile(
    r"\b(?:leurs?|their|comme|like|same|meme|memes|aussi|also|too|cette famille|this family|that family|"
    r"sa famille|her family|la famille de|the family of)\b"
)


def _own_family(sentence: str, match: re.Match[str], count: int, spec: AnswerSpec) -> bool:
    if not _OWN_COUNT.search(sentence[max(0, match.start() - 40) : match.start()]):
        return False
    if _FAMILY_TIE.search(sentence) or (spec.subject and re.search(spec.subject, sentence)):
        return False
    kind = match.group(0)
    numbers = {int(n) for d in spec.data for n in re.findall(r"\d+", fold(d))}
    children = bool(_OWN_CHILDREN.search(kind)) and count <= max(numbers, default=0)
    return bool(_OWN_KINDS.search(kind)) or children


# Session 34 (lead34's own fair attempts): children counted as the user's audience ("I teach a
# logic club for 12 kids", "ma classe de 25 enfants", "un atelier pour 8 enfants") are no count of
# the riddle's family: a word for a class, a club, a group or teaching in the sentence and
# nothing of a family in it (no family word, no kin of the data, not Caroline).
_AUDIENCE = re.compile(
    r"\b(?:club|clubs|classe|classes|class|groupe|group|atelier|workshop|cours|course|lecon|lesson|ecole|school|"
    r"college|lycee|camp|colonie|centre|center|bibliotheque|library|mediatheque|periscolaire|after-school|stage|"
    r"seance|session|eleves|pupils|students|eleve|pupil|student|j'enseigne|enseigne|teach|teaches|teaching|"
    r"j'anime|anime|animate|coach|coaching|tutor|tutoring|encadre|audience|public)\b"
)
_FAMILY = re.compile(
    r"\b(?:famille|family|families|parents?|mere|mother|mom|mum|pere|father|dad|freres?|brothers?|soeurs?|sisters?|"
    r"maman|papa|fratrie|siblings?|leurs?|their|same|meme|memes|comme|like)\b"
)


def _audience(sentence: str, spec: AnswerSpec) -> bool:
    """Whether the sentence counts children as the user's audience (see _AUDIENCE)."""
    if _FAMILY.search(sentence) or (spec.subject and re.search(spec.subject, sentence)):
        return False
    return bool(_AUDIENCE.search(sentence))


_NAMED = re.compile(r"\b(?:s'appellent|se nomment|se prenomment|sont nommees|are named|are called|prenoms)\b")
_ELSEWHERE = re.compile(r"\b(?:si|if|suppose|imagine|autre|another|other|exemple|example|paul)\b")


# Round 17b: the ONLY relative of a kind ("Tu es Léa, la seule sœur de Caroline", "You are
# the only sister", "sa sœur unique"), a persona or a statement, counts them: one.
_ONLY_KIN = re.compile(
    r"\b(?:seule?s?|unique|only|sole|lone)\s++(?:(?:petite?|grande?|little|big|older|younger)\s++)?"
    r"(?P<kin>soeur|sister|frere|brother)s?\b|\b(?P<kin2>soeur|frere)s?\s++unique\b"
)
_NOT_ONLY = re.compile(r"\b(?:pas|not|n'|ne|jamais|never)\b")


# Round 48: a question about the subject's ONLY relative presupposes the count ("quel âge a
# l'unique sœur de Caroline ?", "what is Caroline's only sister called?", "how old is her only
# sister?"): a wh-question, the relative the subject's by "de"/"of" after it or "'s"/"sa"/"her"
# before it. "Caroline a-t-elle une seule sœur ?" asks; "Is Caroline the only sister?" is no wh-question.
_WH = re.compile(
    r"(?<![\w'])(?:quel|quelle|quels|quelles|comment|qui|ou|quand|how|what|who|which|where|when)\b"
)
_OWNED_BEFORE = re.compile(r"(?:(?<![\w'])(?:sa|her|son)|'s|(?<![\w'])(?:l'|la|le|the))\s*+$")


def _only_kin_presupposed(sentence: str, spec: AnswerSpec) -> bool:
    if not sentence.rstrip().endswith("?") or not _WH.search(sentence) or not spec.matches(Fraction(1)):
        return False
    units = {fold(u)[:4] for u in spec.unit}
    for match in _bounded_matches(_ONLY_KIN.finditer(sentence), 20):
        kin = (match.group("kin") or match.group("kin2"))[:4]
        before = sentence[max(0, match.start() - 30) : match.start()]
        if kin not in units or _NOT_ONLY.search(sentence[: match.start()]):
            continue
        if not _OWNED_BEFORE.search(before):
            continue
        after = sentence[match.end() : match.end() + 40]
        owned = re.match(rf"(?<!\s)\s*+(?:de|d'|of)\s*+(?:{spec.subject})", after) or (
            re.search(r"(?:sa|her|son)\s*+$", before) or re.search(rf"(?:{spec.subject})'s\s*+$", before)
        )
        if owned:
            return True
    return False


def _people_given(rest: str, spec: AnswerSpec) -> bool:
    if not any(fold(u).startswith(_KIN) for u in spec.unit) or not spec.subject:
        return False
    data = " ".join(fold(d) for d in spec.data)
    units = {fold(u)[:4] for u in spec.unit}
    for sentence in sentences(rest):
        if _only_kin_presupposed(sentence, spec):
            return True
        if sentence.rstrip().endswith("?") or _ELSEWHERE.search(sentence):
            continue
        for match in _bounded_matches(_ONLY_KIN.finditer(sentence), 20):
            kin = (match.group("kin") or match.group("kin2"))[:4]
            if kin in units and spec.matches(Fraction(1)) and not _NOT_ONLY.search(sentence[: match.start()]):
                return True
        for match in _bounded_matches(_PEOPLE.finditer(sentence), 20):
            n = match.group("n")
            count = NUMBER_WORDS.get(n, 0) if not n.isdigit() else int(n)
            if (
                count >= 2
                and match.group(0) not in data
                and not _own_family(sentence, match, count, spec)
                and not _audience(sentence, spec)
            ):
                return True
        if _NAMED.search(sentence) and re.search(spec.subject, sentence):
            return True
    return False


def _template_filled(spec: AnswerSpec, prompt: str, task: Task) -> bool:
    """Whether the prompt holds a template with a blank beside a figure that the expected
    value fills ("Réponse : y = 4x − 1_"; :func:`workshop.prompts.reread.blanks_marked`), or a
    cloze whose digits it tells, read in its rest cleaned as :func:`gives_away` reads it (a worked
    example of another instance, an open choice... are no dictation: session 41)."""
    told = games.digits_filled(prompt)  # a cloze's digits told (round 44)
    if told != prompt:
        own = _own(*rest_and_full(told, task), task)
        if any(spec.matches(found.value) for found in statements(own, spec, prompt=True)[1]):
            return True
    marked = reread.blanks_marked(prompt)
    if reread.BLANK_MARK not in marked:
        return False
    rest = without_data(marked, task)
    if reread.BLANK_MARK not in rest:
        return False
    # a template is an instruction: the value it gives is read, asserted or not
    return any(
        spec.matches(found.value)
        for form in reread.filled(rest)
        for found in statements(form, spec, prompt=True)[1]
    )


# A constraint stated on the answer pins it (round 16b: "ta réponse plus le nombre de frères
# doit faire 4", "la réponse est exactement le même nombre que le PGCD de 35 et 64", "égale au
# nombre de fois où le mot « fille » apparaît", "tu dois trouver a + b = −6"): the answer
# (or, for a line, its two unknowns) in an operation with a relation and a number, or said
# equal to another quantity. A rule of form ("ta réponse doit tenir en une phrase", "un
# nombre entier") ties it to nothing; the data's own equation ("10 = 4 × 5 + b") is the method.
_THE_ANSWER_NOUN = r"\b(?:ta|la|votre|ton|le|the|your)\s++(?:reponse|answer|resultat|result|solution)\b"
_ANSWER_OPERATED = re.compile(
    _THE_ANSWER_NOUN + r"\s*+,?\s*+(?:plus|moins|fois|multipliee?\s++par|divisee?\s++par|ajoutee?\s++a|"
    r"\+|-|\*|x|/|times|minus|multiplied\s++by|divided\s++by|added\s++to)(?=[\s\d])"
    r"[^.;!?\n]{0,80}?\b(?:doit|doivent|fait|font|donne|donnent|vaut|valent|egale?|est|sera|equals?|makes?|"
    r"gives?|is|should|must|will)\b[^.;!?\n]{0,30}?(?:\d|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|"
    r"dix|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
_ANSWER_TIED = re.compile(
    # the gap holds no condition: "ta réponse sera oui si leur PGCD est égal à 1" ties no answer (round 40)
    _THE_ANSWER_NOUN + r"(?:(?!\b(?:si|s'ils?|if|when|quand|lorsqu\w*)\b)[^.;!?\n]){0,30}?"
    r"\b(?:est|sera|vaut|doit\s++etre|is|will\s++be|must\s++be|"
    r"should\s++be|"
    r"equals?)\s++(?:exactement\s++|exactly\s++|precisement\s++|precisely\s++|simply\s++|tout\s++simplement\s++)?"
    r"(?:egale?s?\s++(?:a|au|aux|a\s++la|a\s++l')|le\s++meme\s++(?:nombre\s++)?que|la\s++meme\s++(?:valeur\s++)?que|"
    r"identique\s++(?:a|au)|equal\s++to|the\s++same\s++(?:number\s++|value\s++)?as|identical\s++to)(?=\s)"
)
_UNKNOWNS_RELATED = re.compile(
    r"(?<![\w.])(?:\d++\s*+\*?\s*+)?([ab])\s*+[-+]\s*+(?:\d++\s*+\*?\s*+)?(?!\1)[ab](?![\w(])\s*+"
    r"(?:=|doit\s++(?:faire|valoir|etre)|vaut|fait|should\s++be|must\s++be|is|equals?)\s*+((?:-\s*+)?\d++)"
)


# Round 49: what names the answer in a constraint on it (a self-check, guardrails): the answer itself or
# the verb that gives it ("your final number", « ne réponds jamais »), for a count its unit too.
_ANSWER_NAMED = (
    r"(?<![\w'-])(?:reponses?|answers?|resultats?|results?|solutions?|counts?|comptes?|"
    r"(?:final|your|my|the)[ \t]++number|(?:ton|votre|mon|le)[ \t]++nombre|nombre[ \t]++final|"
    r"reponds|repondre|repondez|reply|give|donne|donner|donnez|"
    r"annonce|annoncer|state|say|dis|conclus|conclude)(?![\w'-])"
)
_NEVER_MATCHES = re.compile(r"(?!)")


_EXCEPTION_END = re.compile(r"\b(?:autre que|a part|sauf|hormis|other than|except|besides)$")


def _left_by_constraints(folded: str, spec: AnswerSpec) -> bool:
    """Round 49: constraints on the answer (parity, bounds, sign, digits, a multiple) that leave one
    value, the expected one (:func:`workshop.prompts.constrained.left`)."""
    if spec.kind != "number" or not isinstance(spec.expected, Fraction) or spec.expected.denominator != 1:
        return False
    # a name that ends on an exception ("no common divisor other than") states the value that
    # follows it, as a definition may ("Numbers with no common divisor other than 1 are coprime"):
    # the statement readers read it, not the constraints
    named = [a for a in spec.about if not _EXCEPTION_END.search(a)]
    terms = [term_pattern(a) for a in named if not a.startswith(("re:", "line:"))]
    terms += [a[3:] for a in named if a.startswith("re:")]
    if spec.about:
        least = None if any(a.startswith("line:") for a in spec.about) else 0
    else:
        terms += [_ANSWER_NAMED] + [term_pattern(u) for u in spec.unit]
        least = 0
    # session 44 (left52g): the quantity's natural floor (a gcd is at least 1, Caroline has at least one
    # sister), so that a bound on one side only ("the gcd must not exceed 1", a schema's "maximum": 1)
    # that leaves one value above it is read as the dictation it is
    least = least if spec.least is None or least is None else max(least, spec.least)
    if not terms:
        return False
    subject = re.compile("(?:" + "|".join(terms) + ")")
    units = "|".join(term_pattern(u) for u in spec.unit)
    unit = re.compile(f"(?:{units})") if spec.unit else _NEVER_MATCHES  # after the blanks
    return constrained.pinned(folded, subject, unit, least, int(spec.expected))


_ANSWER_NOUNS = (
    r"(?<![\w'-])(?:reponses?|answers?|resultats?|results?|solutions?|counts?|comptes?|"
    r"(?:final|your|my|the)[ \t]++number|(?:ton|votre|mon|le)[ \t]++nombre|nombre[ \t]++final)(?![\w'-])"
)


def _quantity_named(spec: AnswerSpec) -> re.Pattern[str] | None:
    """Round 51: the words that name the quantity asked for, nouns only ("your final number", « le nombre de
    sœurs », "le PGCD", "b"), for :func:`tested.solved`."""
    named = [a for a in spec.about if not _EXCEPTION_END.search(a)]
    terms = [term_pattern(a) for a in named if not a.startswith(("re:", "line:"))]
    terms += [a[3:] for a in named if a.startswith("re:")]
    if not spec.about:
        terms += [_ANSWER_NOUNS] + [term_pattern(u) for u in spec.unit]
    if not terms:
        return None
    count = (
        r"(?:(?<![\w'-])(?:nombre|number|count)[ \t]++(?:de[ \t]++|d'|of[ \t]++)"
        r"(?:[a-z'-]++[ \t]++){0,2}?)?"
    )
    return re.compile(count + "(?:" + "|".join(terms) + ")")


def _checked(own: str, spec: AnswerSpec) -> bool:
    """Round 51: checking material that holds the value: a test row of this instance, an equation whose one
    unknown is the answer (:mod:`tested`)."""
    if spec.kind != "number" or not isinstance(spec.expected, Fraction):
        return False
    folded = fold(own)
    for data in spec.data:
        numbers = [Fraction(n) for n in re.findall(r"(?<![\w)])-?\d+", fold(data).replace("- ", "-"))]
        if len(numbers) >= 2 and any(spec.matches(v) for v in tested.row_values(folded, numbers)):
            return True
    subject = _quantity_named(spec)
    return subject is not None and any(
        spec.matches(v) for v in tested.solved(folded, subject, _data_numbers(spec))
    )


# Fix-helper fix58 (round 58): a checksum of the answer and a data number ("la somme de ton nombre de sœurs et
# du nombre de frères doit faire 4", "the sum of the gcd and 35 must be 36", « ton nombre de sœurs plus le
# nombre de frères doit donner 4 »): a sentence that names the quantity asked, a sum, then the total it must
# make; the total minus one of the data's numbers is the expected value. A total that leaves another value
# is no dictation of this one (it is wrong, or another sum).
_SUMMED = re.compile(r"(?<![\w'-])(?:somme|sum|total|plus|ajoutee?s?|added)(?![\w'-])|\+")
_SUM_MAKES = re.compile(
    r"(?<![\w'-])(?:(?:doit|doivent|devra|must|should|will|has[ \t]++to)[ \t]++)?"
    r"(?:faire|fait|font|donner|donne|donnent|valoir|vaut|valent|etre|est|egaler|egale|be|is|equal|equals|make|"
    r"makes|give|gives|come[ \t]++to|comes[ \t]++to)(?![\w'-])[ \t]*+(?:(?:egale?"
    r"|equal)[ \t]++(?:a|to)[ \t]++)?"
    r"(?P<n>-?\d{1,4})(?![\w]|[.,]\d)"
)


def _summed_with_data(rest: str, spec: AnswerSpec) -> bool:
    if spec.kind != "number" or not isinstance(spec.expected, Fraction):
        return False
    subject = _quantity_named(spec)
    if subject is None:
        return False
    data = _data_numbers(spec)
    for sentence in sentences(fold(rest))[:200]:
        if sentence.rstrip().endswith("?") or _RULE_DENIED.search(sentence):
            continue
        for m in list(_SUM_MAKES.finditer(sentence))[:20]:
            before = sentence[max(0, m.start() - 160) : m.start()]
            if not _SUMMED.search(before) or not subject.search(before):
                continue
            total = Fraction(m["n"])
            if any(d and total - d == spec.expected for d in data):
                return True
    return False


def _answer_constrained(rest: str, spec: AnswerSpec) -> bool:
    folded = fold(rest)
    if _ANSWER_OPERATED.search(folded) or any(
        # "la longueur de ta réponse (en lignes) doit être égale au nombre de questions": the output's
        # size, not the answer's value (session 47)
        not claimed.sizes_output(folded[: m.start()], m.group(0), folded[m.end() : m.end() + 80])
        for m in list(_ANSWER_TIED.finditer(folded))[:50]
    ):
        return True
    if _summed_with_data(rest, spec):
        return True
    if _left_by_constraints(folded, spec):
        return True
    if spec.kind == "line" or any("line:" in a for a in spec.about):
        # signed: "a + b = -6" is no number of "y = 4x + 6" and its point (5, 10)
        signed = [fold(data).replace("- ", "-") for data in spec.data]
        numbers = {int(n) for data in signed for n in re.findall(r"(?<![\w)])-?\d+", data)}
        return any(
            int(re.sub(r"\s", "", m.group(2))) not in numbers for m in _UNKNOWNS_RELATED.finditer(folded)
        )
    return False


# Round 25b: the answer dictated as a one-step rule over a quantity of the data ("l'ordonnée à
# l'origine est l'opposé de l'ordonnée du point", "b vaut moins le double de l'abscisse", "le
# nombre de sœurs de chaque frère moins un", "half the number of sisters each brother has"): the
# rule applied to one of the data's numbers gives the expected value, and no other quantity
# enters it, so the model only evaluates it. A general method ("l'ordonnée du point moins le
# coefficient directeur fois son abscisse") names two quantities and no constant: it is none.
# A rule asked about, denied or supposed ("?", "pas", "not", "si") dictates nothing.
_QUANTITY = re.compile(
    r"\b(?:nombre|number|count|total|ordonnees?|abscisses?|coordonnees?|y-coordinate|x-coordinate|"
    r"coefficient|pente|slope|valeur|value|soeurs?|sisters?|freres?|brothers?|point's|point|"
    # round 81 (fix81): named in Spanish, Italian, German, Portuguese, Dutch (« hermanos menos dos »)
    + "|".join(symbols.QUANTITY_WORDS)
    + r")\b"
)
_SIGN_OP = (
    r"(?:moins|minus|l'oppose|l'inverse additif|the opposite|the negative|the additive inverse|negative)"
)
_FACTOR_OP = (
    r"(?:le double|the double|twice|deux fois|two times|double|la moitie|half|le triple|trois fois|"
    r"three times|thrice|triple)"
)
_OF = r"\s*+(?:de\s++|du\s++|des\s++|d'|of\s++)?"
_RULE_BEFORE = re.compile(
    rf"\b(?:(?P<sign>{_SIGN_OP}){_OF}(?:(?P<factor>{_FACTOR_OP}){_OF})?|(?P<factor2>{_FACTOR_OP}){_OF})"
    r"(?P<ref>(?:[a-z'-]++\s*+){1,4})"
)
# Round 78 (fix78a): the operator written as a symbol, in a formula or a spec ("result == brothers - 2",
# « réponse = frères − 2 »): its number then ends the expression (not "2 sisters - 1 of them", a remark)
_RULE_AFTER = re.compile(
    r"\b(?P<ref>(?:[a-z'-]++[\s,]++){1,7}?)(?:(?P<op>moins|minus|plus|divise par|divided by|fois|times|"
    r"multiplie par|multiplied by|"
    + "|".join(symbols.MINUS_WORDS + symbols.PLUS_WORDS + symbols.TIMES_WORDS)
    + r")\s++(?P<k>\d{1,3}|un|une|deux|trois|quatre|cinq|one|two|three|four|five|"
    + "|".join(sorted(symbols.NUMBERS_AFTER_OPERATOR, key=len, reverse=True))
    + r")\b"
    r"|(?P<sym>[-+*/])[ \t]*+(?P<ks>\d{1,3})(?![\w.,]\d|\d|[ \t]*+[a-z(*/^]))"
)
_SYMBOLS = {"-": "moins", "+": "plus", "*": "fois", "/": "divise par"}
_COPULA_BEFORE = re.compile(
    r"(?:\b(?:vaut|valoir|est|sera|egale?|egal a|soit|donne|fait|is|be|equals?|gives|makes)|[=:])\s*+$"
)
_BINARY = re.compile(r"\b(?:fois|times|plus|moins|minus|divise|divided|multiplie|multiplied)\b")
_RULE_DENIED = re.compile(r"\b(?:pas|not|ni|nor|jamais|never|si|if|suppose|imagine)\b|n't")
_FACTORS = {
    "moitie": Fraction(1, 2),
    "half": Fraction(1, 2),
    "triple": Fraction(3),
    "trois": Fraction(3),
    "three": Fraction(3),
    "thrice": Fraction(3),
}


def _factor(op: str | None) -> Fraction:
    if not op:
        return Fraction(1)
    return next((f for word, f in _FACTORS.items() if word in op), Fraction(2))


def _data_numbers(spec: AnswerSpec) -> set[Fraction]:
    """The data's numbers, signed as written ("y = 4x - 3" holds -3)."""
    signed = [fold(data).replace("- ", "-") for data in spec.data]
    return {Fraction(n) for data in signed for n in re.findall(r"(?<![\w)])-?\d+", data)}


def _ruled_over_data(rest: str, spec: AnswerSpec) -> bool:
    if spec.kind == "yes-no":
        return False
    wanted = list(spec.expected) if isinstance(spec.expected, tuple) else [spec.expected]
    numbers = _data_numbers(spec)
    values: set[Fraction] = set()
    for sentence in sentences(fold(rest)):
        if sentence.rstrip().endswith("?") or _RULE_DENIED.search(sentence):
            continue
        for m in _bounded_matches(_RULE_BEFORE.finditer(sentence), 20):
            bare = m["sign"] in ("moins", "minus")  # a binary minus after a quantity is no sign
            # "a negative slope" is an adjective, "the negative of the slope" a rule (round 39)
            bare = bare or m["sign"] == "negative" and not sentence.startswith(" of", m.end("sign"))
            if bare and not _COPULA_BEFORE.search(sentence[: m.start()]):
                continue
            if _QUANTITY.search(m["ref"]) and not _BINARY.search(m["ref"]):
                sign = -1 if m["sign"] else 1
                values |= {sign * _factor(m["factor"] or m["factor2"]) * n for n in numbers}
        for m in _bounded_matches(_RULE_AFTER.finditer(sentence), 20):
            if not _QUANTITY.search(m["ref"]):
                continue
            said = m["k"] or m["ks"]
            foreign = symbols.NUMBERS_AFTER_OPERATOR.get(said, 0)
            k = Fraction(int(said) if said.isdigit() else NUMBER_WORDS.get(said, foreign))
            op = m["op"] or _SYMBOLS[m["sym"]]
            op = "moins" if op in symbols.MINUS_WORDS else "plus" if op in symbols.PLUS_WORDS else op
            for n in numbers:
                if op in ("moins", "minus"):
                    values.add(n - k)
                elif op == "plus":
                    values.add(n + k)
                elif op.startswith("divi"):
                    values.add(n / k if k else n)
                else:
                    values.add(n * k)
    return any(isinstance(w, Fraction) and v == w for v in values for w in wanted)


# Round 25b: a verification identity over the data that holds the answer ("vérifie que 4×5−10
# donne bien 10", "check that 4 × 5 + (−10) equals 10"): an equation that holds, one of whose
# terms is a data number, whose lone term not in the data is the expected value, and whose other
# numbers are all the data's (another pair's identity is an example of the method). The same
# check with the unknown as a letter ("4 × 5 + b donne 10") is the method, no value.
_TERM = r"(?:\(\s*+-?\s*+\d{1,6}\s*+\)|\d{1,6})"
_TIMES = r"(?:[×*·]|(?<=\s)x(?=\s))"
_EXPR = rf"(?:-\s*+)?{_TERM}(?:\s*+(?:[-+]|{_TIMES})\s*+{_TERM}){{0,6}}"
_IDENTITY = re.compile(
    rf"(?<![\w.,)])(?P<l>{_EXPR})\s*+(?:=|\b(?:donnent|donne|font|fait|valent|vaut|egale?|equals?|gives|makes|is)\b"
    rf"(?:\s++bien)?)\s*+(?P<r>{_EXPR})(?![\w(]|[.,]\d)"
)
_ADDEND = re.compile(rf"(?:(?P<sign>[-+])\s*+)?(?P<a>{_TERM})(?P<more>(?:\s*+{_TIMES}\s*+{_TERM})*+)")


def _addends(expr: str) -> list[tuple[Fraction, bool, list[Fraction]]]:
    """Each term of a sum: its value, whether it is one number alone, its numbers."""
    found = []
    for m in _ADDEND.finditer(expr):
        factors = [Fraction(int(re.sub(r"[\s()]", "", f))) for f in re.findall(_TERM, m[0])]
        value = Fraction(1)
        for f in factors:
            value *= f
        found.append((-value if m["sign"] == "-" else value, len(factors) == 1, factors))
    return found


def _identity_holds_answer(rest: str, spec: AnswerSpec) -> bool:
    if spec.kind == "yes-no":
        return False
    wanted = [w for w in (spec.expected if isinstance(spec.expected, tuple) else (spec.expected,))]
    data = _data_numbers(spec)
    names = sorted(instances.data_names(spec.data))
    for sentence in sentences(fold(rest)):
        if sentence.rstrip().endswith("?"):
            continue
        if not spec.about and numroles.day_report(sentence, names):
            continue  # "We just learned that 3 − 2 equals 1": the student's day, no count (round 39)
        for m in _bounded_matches(_IDENTITY.finditer(sentence), 20):
            left, right = _addends(m["l"]), _addends(m["r"])
            if not left or not right or sum(t[0] for t in left) != sum(t[0] for t in right):
                continue
            terms = left + right
            known = {abs(d) for d in data}
            for w in wanted:
                if not isinstance(w, Fraction):
                    continue
                given = [i for i, (v, alone, _) in enumerate(terms) if alone and v == w and v not in data]
                # the other numbers are all the data's: an identity over this task's data, not
                # another pair's ("12 × 3 − 35 = 1 montre que 12 et 35 sont premiers entre eux")
                others = [
                    abs(f) for i, (_, _, fs) in enumerate(terms) if not given or i != given[0] for f in fs
                ]
                if given and others and all(f in known for f in others):
                    return True
    return False


def _hinted(rest: str, spec: AnswerSpec) -> bool:
    """Round 29: the answer given as a hint one step away (:mod:`workshop.prompts.hints`)."""
    if spec.kind == "line" and hints.relation_over_unknowns(rest, spec.expected, _data_numbers(spec)):
        return True
    if spec.subject and isinstance(spec.expected, Fraction):
        return any(spec.matches(Fraction(n)) for n in hints.record_counts(rest, spec.subject, spec.unit))
    return False


def _implied(rest: str, spec: AnswerSpec) -> bool:
    """Round 30: the answer implied by a fact one step away (:mod:`workshop.prompts.implied`)."""
    if spec.kind == "line" and isinstance(spec.expected, tuple):
        # a transform of the line, the intercept in parts, a correction (round 39, retold.py)
        return implied.line_fixed(rest, spec.expected, spec.data) or retold.line_retold(
            rest, spec.expected, spec.data
        )
    if spec.kind == "yes-no" and str(spec.expected).lower() in {"yes", "true", "oui"}:
        pair = sorted({int(n) for n in _data_numbers(spec) if n > 1 and n.denominator == 1})
        return len(pair) == 2 and implied.coprime_invariant(rest, (pair[0], pair[1]))
    if (
        spec.subject
        and isinstance(spec.expected, Fraction)
        and any(fold(u).startswith(("soeur", "sister")) for u in spec.unit)
    ):
        return any(spec.matches(Fraction(n)) for n in implied.sisters_named(rest, spec.subject))
    return False


def _corrected(rest: str, spec: AnswerSpec) -> bool:
    """Round 39: a number fixed by a correction of a wrong value the prompt shows, its unit or
    what it is about beside it ("j'avais répondu 2 sœurs ; la prof a écrit « moins 1 »"; the
    line's intercept is read with the line, :func:`_implied`)."""
    if spec.kind != "number" or not isinstance(spec.expected, Fraction):
        return False
    near = [re.escape(fold(w)) for w in [*spec.unit, *spec.about] if len(w) >= 3]
    return bool(near) and retold.corrected(rest, spec.expected, r"\b(?:" + "|".join(near) + ")")


def _coprime_told(own: str, rest: str, full: str, spec: AnswerSpec) -> bool:
    """Session 37 (round 38): the pair's coprimality told in another field's words (:mod:`coprimality`),
    read in the student's own words with the pair put back where the data alone blanked it
    ("the numbers 35 and 64 make a valid RSA pair": a run of the data's words)."""
    if spec.kind != "yes-no" or str(spec.expected).lower() not in {"yes", "true", "oui"}:
        return False
    pair = sorted({int(n) for n in _data_numbers(spec) if n > 1 and n.denominator == 1})
    if len(pair) != 2:
        return False
    text = own
    if full and len(own) == len(rest) == len(full):
        back = zip(own, rest, full, strict=True)
        text = "".join(f if r.isspace() and not f.isspace() and o == r else o for o, r, f in back)
    return coprimality.told(text, (pair[0], pair[1]))


# Round 40 (fix-helper coprime40): a verdict tied to another task's fact ("la réponse est oui si et
# seulement si Caroline, dans l'énigme des 3 frères, a exactement une sœur", "it's the same answer as
# to: does Caroline have exactly one sister?"). The grader knows the other task's answer: a condition
# that, read as a prompt for that task, gives its answer away is true, and so tells the verdict.
_TIED = re.compile(
    r"\b(?:oui|yes)\b[^.;!?\n]{0,60}?\b(?:si\s++et\s++seulement\s++si|ssi|iff|if\s++and\s++only\s++if|"
    r"(?:exactement|precisement|seulement|uniquement)\s++(?:si|quand|lorsque|lorsqu)|"
    r"(?:exactly|precisely|only|just)\s++(?:if|when)|si|if|quand|when|lorsque|lorsqu)\b(?P<cond>[^.;!?\n]{1,300})"
    r"|\b(?:(?:la\s++)?meme\s++reponse\s++qu|(?:the\s++)?same\s++answer\s++as)\w*+\b(?P<asked>[^.;!?\n]{1,300})"
)
_INTERROGATIVE = re.compile(
    r"^\W*+(?:to\s*+:?\s*+|a\s++la\s++question\s*+:?\s*+|:\s*+)?"
    r"(?:does|do|did|is|are|has|have|est-ce\s++que|est-ce\s++qu')\s++"
)
_OTHER_GENERAL = frozenset(
    "les des une est pour que qui dans avec sont the and are has have does with that this".split()
)


def _about_own(cond: str, check: FinalCheck) -> bool:
    """Whether a condition names this task's own subject or terms (its numbers, its gcd)."""
    if check.subject and re.search(check.subject, cond):
        return True
    return any(
        has_term(cond, term)
        for term in [*check.about, *check.predicate][:MAX_TIED_TERMS]
        if not term.startswith(("re:", "line:"))
    )


MAX_TIED_TERMS = 60


def _tied_to_another(own: str, spec: AnswerSpec, task: Task) -> bool:
    if spec.kind != "yes-no" or str(spec.expected).lower() not in {"yes", "true", "oui"} or not task.others:
        return False
    folded = fold(own)
    for match in _bounded_matches(_TIED.finditer(folded), 10):
        cond = match["cond"] or _INTERROGATIVE.sub("", match["asked"] or "")
        if any(_about_own(cond, check) for check in task.finals):
            continue  # a condition on this task's own numbers ("si et seulement si leur PGCD vaut 1")
        words = {w for w in re.findall(r"[a-z]{3,}", cond) if w not in _OTHER_GENERAL}
        for other in task.others:
            if other.id == task.id or not other.finals:
                continue
            named = any(c.subject and re.search(c.subject, cond) for c in other.finals)
            if not named and len(words & other.own_words()) < 2:
                continue  # the condition is not about that task ("leur PGCD vaut 1")
            alone = Task(other.id, other.kind, other.data, finals=other.finals)
            for check in other.finals:
                if gives_away(check, cond, alone):
                    return True
    return False


def _claimed(rest: str, spec: AnswerSpec) -> bool:
    """Session 36: a told sentence about the unknown itself (:mod:`workshop.prompts.claimed`)."""
    patterns = claimed.subjects(spec.unit, spec.subject, spec.about, spec.labels)
    own = {
        w
        for text_ in [*spec.data, *spec.unit, *spec.about, *spec.labels, *spec.predicate]
        for w in re.findall(r"[a-z][a-z-]*", fold(text_))
    }
    numbers = {n for text_ in spec.data for n in re.findall(r"\d+(?:[.,]\d+)?", fold(text_))}
    if spec.expected == 1 and (
        claimed.one_by_grammar(rest, spec.unit, spec.subject) or claimed.singular_asked(rest, spec.unit)
    ):
        return True
    if spec.kind == "yes-no":
        told = sorted(numbers, key=lambda n: spec.data[0].find(n) if spec.data else 0)
        if claimed.pair_told(rest, told, own):
            return True
    # the answer equated to a count of an outside thing (fix-helper fix58, round 58)
    loose = claimed.figurative(spec.about)  # "their only common friend is 1" (round 62)
    return claimed.claims(rest, patterns, own, numbers, loose) or claimed.counted(rest, patterns, own)


def _replied(text: str, full: str, task: Task) -> list[str]:
    """A question answered at once by a pro-form or a bare value, a format whose condition is
    asserted, said in full (round 41, replied.py)."""
    return replied.readings(text, full, frozenset(task.own_words()))


def _decisive_step(own: str, spec: AnswerSpec) -> bool:
    """Round 66 (fix-helper fix66): a hint that does the task's decisive step on its data
    (:mod:`decisive`): the count's subject told to be one of the counted (« Caroline fait elle-même
    partie des 2 sœurs »), or this task's numbers put into the method, an equation whose one unknown
    solves to the value ("10 = 4×5 + b")."""
    if spec.unit and spec.subject and decisive.member_told(own, spec.subject, spec.unit):
        return True
    if decisive.counterfactual(own, spec.unit or ()):  # round 72: a counterfactual that carries the answer
        return True
    expected = spec.expected
    return isinstance(expected, Fraction) and decisive.solved_for(own, decisive.letters(spec.about), expected)


def states_nothing(check: Check, text: str, task: Task) -> bool:
    """Whether ``text`` states no value at all for a final check (round 81: a later turn of a conversation
    that only agrees, "Oui, le PGCD reste 1", leaves the first turn's justification standing)."""
    return isinstance(check, FinalCheck) and final_answer(text, spec_of(check, task)).reason == "none"


# Round 91 (fix91, r91f-sent-example-is-review-two: « Exemple : « Le casque est arrivé rayé… » donnerait
# "negative" »): a line that quotes the data and labels it names the review by the data's words; a sentence of
# the student's own in quotes after an example's announcement (``instances.EXAMPLE`` earlier on its line: an
# example on other data) names none, though it shares a word with a review. Same length, blanked.
_OWN_QUOTE = re.compile(r'"(?=[^"\n]{0,400}+")(?P<q>[^"\n]*+)"')
# Session 53 (mend53): a quotation that speaks of the task's items ("the review about the headphones", « celui
# du casque », « le deuxième avis ») points at one of them, no example sentence of the student's own.
_POINTS_AT_ITEM = re.compile(
    r"(?<![\w'])(?:avis|reviews?|commentaires?|comments?|celui|celle|the[ \t]++one)(?![\w'-])"
    r"|(?<![\w'])(?:premier|premiere|deuxieme|second|seconde|troisieme|third|first|last|dernier|derniere)"
    r"[ \t]++(?:avis|reviews?|commentaires?|comments?|one)(?![\w'])"
)


def _own_examples_blanked(mine: str, label_words: Iterable[str] = ()) -> str:
    """``mine`` (folded, the data blanked) with each quoted example sentence of its own blanked, unless it
    holds a label word itself ("Example: "the headphones one is negative"" labels inside: read)."""
    labels = tuple(label_words)

    def blank(q: re.Match[str]) -> str:
        line_start = mine.rfind("\n", 0, q.start()) + 1
        announced = instances.EXAMPLE.search(mine, max(line_start, q.start() - 80), q.start())
        if not announced or len(q["q"].split()) < 3 or any(has_term(q["q"], w) for w in labels):
            return q.group(0)
        if _POINTS_AT_ITEM.search(q["q"]):
            return q.group(0)  # "the review about the headphones", « le deuxième avis »: a pointer (mend53)
        return " " * len(q.group(0))

    return _OWN_QUOTE.sub(blank, mine)


def _naming_parts(whole: str, mine: str, label_words: Iterable[str] = ()) -> tuple[str, str]:
    """What of a prompt's line (``whole``, folded; ``mine``, its data blanked) can name a review: the
    data it quotes (blanked in ``mine``) and the student's words outside quoted examples of their own.
    Lines of unequal lengths are read whole, as before."""
    if len(whole) != len(mine):
        return whole, ""
    data = "".join(w if m == " " and w != " " else " " for w, m in zip(whole, mine, strict=True))
    return data, _own_examples_blanked(mine, label_words)


def gives_away(check: Check, rest: str, task: Task, full: str = "", prompt: str = "") -> bool:
    """Whether ``rest`` (a prompt without its data, :func:`without_data`) holds what this
    answer check looks for: the expected value in any form the answer reader accepts, a
    JSON that passes, a sentence tying a review to its label (``given_away``) or a line
    that labels a piece of the data it quotes (``full``: the folded prompt the rest was
    made from, line for line), the facts of a summary, a plan whose durations add up."""
    if not rest.strip():
        return False
    # a quoted report line on this answer's check, « answer-right ✗ (réponse lue : 2) » (round 107)
    if reported.dictates(check.name, isinstance(check, FinalCheck), rest):
        return True
    # what a check's condition requires ("rejected if a part does not last 15 minutes", "PASS only if…"),
    # read as told (round 51; a final check reads it in its own words, below)
    if not isinstance(check, FinalCheck) and gives_away(check, tested.required(fold(rest)), task):
        return True
    if check.given_away and _labels_rewritten(check, rest, task, full, prompt):
        return True
    if check.given_away and prompt and _gaps_give_away(check, task, prompt):
        return True  # "mood of review 1 (8) P_S_T_V_": a label spelt with gaps (fix-helper r55fix)
    named = _ORDINAL_NAMED.sub(lambda m: f" avis {ORDINALS[m.group('ordinal')]} ", fold(rest))
    if check.given_away and _ranked_ids(named):
        return True
    # a label said through a synonym of it (« range l'avis 3 dans la catégorie sans opinion », round 57)
    synonyms = verdicts.relabelled(fold(rest)) if check.given_away else ""
    said_as = sentences(synonyms) if synonyms and synonyms != fold(rest) else []
    # a label told by its letter count when one label alone has it (« l'étiquette 3 a 7 lettres »: session 60)
    said_as += sentences(puzzles.lengths_told(fold(rest), task.labels)) if check.given_away else []
    for cue in check.given_away:
        # a quoted example sentence of the student's own names no review (round 91)
        own_rest, own_named = _own_examples_blanked(rest, cue.words), _own_examples_blanked(named, cue.words)
        for sentence in sentences(own_rest) + sentences(own_named) + said_as:
            if (
                any(has_term(sentence, n) for n in cue.near)
                and any(has_term(sentence, w) for w in cue.words)
                and not any(has_term(sentence, u) for u in cue.unless)
            ):
                return True
        # "l'avis « J'ai reçu la machine à café… » reçoit l'étiquette positive": the quoted
        # review is data, the label the student's own words on the same line.
        for whole, mine in zip(full.splitlines(), rest.splitlines(), strict=False):
            if (
                mine.strip()
                and any(has_term(part, n) for part in _naming_parts(whole, mine, cue.words) for n in cue.near)
                and any(has_term(mine, w) for w in cue.words)
                and not any(has_term(whole, u) for u in cue.unless)
            ):
                return True
        if _label_below(cue, rest, full):
            return True
        items = [
            line
            for text_ in task.data
            for line in fold(text_).splitlines()
            if any(has_term(line, n) for n in cue.near)
        ]
        if _quoted_then_labelled(cue, full, items):
            return True
        by_lexicon = {label[:5] for label in implied.lexicon_labels(full, items, task.data)}
        if len(by_lexicon) == 1 and by_lexicon <= {w[:5] for w in cue.words}:
            return True  # a lexicon of the reviews' own words (round 30)
        if _said_of(cue.near, rest, full, cue.words):
            return True
        ungapped = reread.ungapped(rest)  # round 21b
        if ungapped != rest and _said_of(cue.near, ungapped, full, cue.words):
            return True
    if full and any(items_marked(rest, full, task, cue.near, prompt) for cue in check.given_away):
        return True
    if full and check.given_away and items_headed(rest, full, task):
        return True
    if isinstance(check, FinalCheck):
        if prompt and _gaps_give_away(check, task, prompt):
            return True  # « Caroline a U_E sœur », "the verdict (3) Y_S": a word spelt with gaps (r55fix)
        spec = spec_of(check, task)
        if spec.kind == "yes-no":  # "run is_coprime(36, 64)": a test's name, no verdict (session 43)
            rest, full = coprimality.call_names_blanked(rest), coprimality.call_names_blanked(full)
        else:  # « Fiche — premiers entre eux : PGCD = 1 »: a notion defined, no gcd of the pair (r55fix)
            rest, full = coprimality.terms_blanked(rest), coprimality.terms_blanked(full)
        # a formula's result, "B3 : =B2-4*B1 → -10", read as the quantity's value (session 54, fix93)
        resulted = cells.results_read(rest, spec.about, spec.unit) if spec.kind == "number" else []
        # timecodes, dates, versions, cell references, "(1) … (2) …" numbering: no value (session 54)
        own = _own(rest, full, task)  # another instance, the student's life, open options (sessions 35-36)
        own = cells.blanked(own)  # a cell's reference ("C1:", "A1") is no value (session 54)
        marked = own  # a divisor table's marks, read as a proof by coprimality.tabled (round 40)
        own = symbols.legends_dropped(own)  # "✅ (yes) or ❌ (no)": a legend, the words alone (round 41)
        if spec.kind == "yes-no":
            own = coprimality.marks_blanked(own)  # each mark answers its cell's question, not the task's
            own = branched.blanked(own)  # "yes if they are coprime, no otherwise": a format (round 40)
        # the rest as written, then read with each disguise undone (issue 11p)
        # a little puzzle solved (an anagram, digits, a count of the statement's symbols: session 36)
        # a game's value: a higher/lower trail, a reward (round 44)
        puzzled = list(puzzles.readings(own))
        solved = [
            *puzzled,
            # a letter a puzzle solved to, read as symbols reads a letter said of the answer ("your verdict
            # starts with the 25th letter of the alphabet": "starts with y", session 60)
            *(reading for solution in puzzled for reading in symbols.readings(solution)),
            *puzzles.counted(own, task.data),
            *symbols.readings(own),
            *games.readings(own),
            *yesno.readings(fold(own)),  # a yes/no game's answered questions as statements (round 67)
            *computed.readings(fold(own)),  # a remainder, a digit sum, a power, a list's length (round 46)
        ]
        # a worked example whose answer is the task's own, read as the task's (session 36)
        transferred = instances.transferred(rest, full, task.data, task.kind, prompt) if full else []
        # a digest of one of the answer's forms read as that form (session 38)
        forms = notations.answer_forms(spec.kind, spec.expected, spec.unit, spec.data)
        undigested = notations.undigested(own, forms)
        told = notations.answer_told(spec.kind, spec.expected)
        digested = [undigested, f"{undigested}\n\n{told}"] if undigested != own else []
        # a line's parameters as a bare pair, "Observation: (4, -10)", « quatre…, moins dix… » (round 65)
        paired = positional.pair_read(own) if spec.kind == "line" or "line:intercept" in check.about else own
        digested += [paired] if paired != own else []
        # a value noted beside its quantity without "=" ("35 and 64 (gcd 1)", "their gcd (it is 1)": round 90)
        digested += noted.readings(own, spec.about, spec.unit, spec.subject) if spec.kind == "number" else []
        digested += [cells.blanked(reading) for reading in resulted]
        # a table's row under the asked quantity's column, "| parallel | 4 | -10 |" (session 54, fix96), when
        # it records the task's own case, not another pair's or family's (session 55, mendrows)
        if spec.kind != "yes-no":
            terms = cells.LINE_TERMS if spec.kind == "line" else [*spec.about, *spec.unit]
            digested += [cells.blanked(reading) for reading in cells.rows_read(own, terms, spec.data)]
        return (
            any(
                stated(reading, spec) or described(reading, spec) or _fixes_line(reading, spec)
                for reading in [own, *reread.readings(own), *solved, *transferred, *digested]
                + _replied(marked, full, task)
            )
            or any(
                _people_given(reading, spec) or _answer_constrained(reading, spec) or _hinted(reading, spec)
                for reading in solved
            )
            or _people_given(own, spec)
            or _answer_constrained(own, spec)
            or _ruled_over_data(own, spec)
            or _identity_holds_answer(own, spec)
            or (bool(prompt) and _template_filled(spec, prompt, task))
            or _hinted(own, spec)  # round 29
            or _implied(own, spec)  # round 30
            or _claimed(games.trails_blanked(own), spec)  # session 36; a guess is no claim (round 44)
            or _corrected(own, spec)  # round 39
            or _coprime_told(marked, rest, full, spec)  # session 38
            or _tied_to_another(own, spec, task)  # round 40
            or _checked(own, spec)  # round 51
            or _decisive_step(own, spec)  # round 66
            # what a check's condition requires ("PASS only if…", « si tu ne trouves pas X, recommence »),
            # read as told (round 51)
            or gives_away(check, tested.required(fold(own)), task)
        )
    if isinstance(check, SchemaCheck):
        return _schema_given(check, rest, task.labels) or (
            bool(check.given_away)
            and (
                _tied_by_verdicts(check, rest, full or rest, task, prompt)  # session 33
                or _case_mapped(rest, task.labels)
                or _sequence_after_data(check, rest, full, task.labels)
                or _labels_observed(check, rest, task)  # "Observation: [positive, …]" (round 65)
                or _marks_after_data(rest, full)
                or _numbered_labels(check, rest, task.labels)
                or _keyed_labels(check, rest, task)  # "C2 : positive | C3 : …", "?r1=positive&…" (session 54)
            )
        )
    if isinstance(check, FactsCheck):
        if any(_facts(check, data) for data in task.data):
            return False  # the data states it (the plan's topic, the text's own facts): not an answer
        if any(_facts(check, segment) for segment in _segments(rest)):
            return True
        # a cloze of the answer's words by their first letters (round 44)
        terms = [t for fact in check.facts for term in fact.all for t in term.split("|")]
        filled = games.letters_filled(prompt, terms)  # read cleaned as the rest is (session 41)
        segments = _segments(rest_and_full(filled, task)[0]) if filled != prompt else iter(())
        return any(_facts(check, segment) for segment in segments)
    if isinstance(check, DurationsCheck):
        # a worked example of another plan (another length) shows the method (session 36)
        rest = instances.other_plans(rest, full, task.data, check.total) if full else rest
        if hints.equal_parts(rest, check.total, check.min_sections):
            return True  # "six parties de même durée" (round 29)
        if implied.timetable(rest, check.total, check.min_sections):
            return True  # "mon minuteur sonnera à 5, 15, 30, 45, 55 et 60 minutes" (round 30)
        if check.total == int(check.total) and schedule.dictates(rest, int(check.total), check.min_sections):
            return True  # any partition of the total in numbers (session 33, schedule.py)
        if check.total == int(check.total) and ruled.dictates(rest, int(check.total), check.min_sections):
            return True  # a named structure's periods, a rule between parts (session 38, ruled.py)
        if check.total == int(check.total) and drawn.dictates(rest, int(check.total), check.min_sections):
            return True  # bars drawn to a unit or to scale, Roman numerals (round 40, drawn.py)
        if check.total == int(check.total) and parted.dictates(rest, int(check.total), check.min_sections):
            return True  # counts of parts: "two parts of 10 minutes, four of 10" (session 41, parted.py)
        if timed.dictates(rest, check.min_sections):
            return True  # each part named with a duration, in any notation (round 62, timed.py)
        if timed.each_fixed(rest, check.total, check.min_sections):
            return True  # every part one duration, in figures, words or a cross-reference (round 66)
        return _durations_listed(check, rest) or any(
            passes(check, form, task)
            for segment in _segments(rest)
            for form in (segment, _as_plan(segment), _json_plan(segment), _gantt_plan(segment))
        )
    return False


# Readings of a prompt's labels told in another form, each rewritten into the labels themselves and
# read again by :func:`gives_away`; a rewriter returns its input unchanged when it reads nothing.
# Round 51 (r51f-own-g-sentiment-en-assert-per-review): a review picked by its index in code counts from 0
# ('out["reviews"][2]["sentiment"] in {"neutral"}', "reviews[0].sentiment == 'positive'"): read as the
# review it is, "avis 3".
_LISTS = r"(?:reviews|avis|items|comments|commentaires|records|rows|lignes)"
_CODE_INDEX = re.compile(
    rf"(?<![\w]){_LISTS}[\"']?[ \t]*+\][ \t]*+\[[ \t]*+(\d)[ \t]*+\]"
    rf"|(?<![\w\]]){_LISTS}[ \t]*+\[[ \t]*+(\d)[ \t]*+\]"
)


def _code_indexed(folded: str, task: Task) -> str:
    """Only on a line that names one label: 'out["reviews"][2]["sentiment"] in {"positive", "negative",
    "neutral"}' checks the shape, and stays as it is."""
    count = max(len(task.items), 1)
    stems = {fold(label)[:5] for label in task.labels if len(label) >= 5}

    def named(m: re.Match[str]) -> str:
        index = int(m.group(1) or m.group(2))
        return f" avis {index + 1} " if index < count else m.group(0)

    lines = folded.split("\n")
    for at, line in enumerate(lines[:400]):
        said = {w[:5] for w in re.findall(r"[a-z]{5,}", line)} & stems
        if len(said) == 1 and _CODE_INDEX.search(line):
            lines[at] = _CODE_INDEX.sub(named, line)
    return "\n".join(lines)


_LABEL_REWRITERS: tuple[Callable[[str, Task], str], ...] = (
    # Round 51: a review picked by its index in code, counted from 0 (:func:`_code_indexed`).
    _code_indexed,
    # Round 42: the labels told by their letters ("l'étiquette de l'avis 1 commence par p", "la seule
    # de 7 lettres"), read with the one label that fits (:func:`symbols.labels_spelled`).
    lambda folded, task: symbols.labels_spelled(folded, task.labels),
    # Round 46: labels computed by a stated rule, scores in stated bands or an index formula over a
    # list of labels (:func:`computed.labelled`).
    lambda folded, task: computed.labelled(folded, max(len(task.items), 1)),
    # Round 48: the one labelling that constraints leave (every label different, labels ruled out
    # review by review) (:func:`constrained.solved`).
    lambda folded, task: constrained.solved(folded, task.labels, len(task.items)),
    # Round 48: a review named by its bare number (« le 3 … puisqu'il est neutre »), read as
    # "avis 3" (:func:`bared.named`).
    lambda folded, task: bared.named(folded, max(len(task.items), 1), {fold(label) for label in task.labels}),
    # Round 51: label scores whose told sums leave one labelling (:func:`tested.scored`).
    lambda folded, task: tested.scored(folded, task.labels, len(task.items)),
    # Round 68: review ids mapped in order to labels (« 1 et 2 sont respectivement positif et négatif »,
    # "1 and 2 are obviously positive and negative"), read "avis N est <label>" (:func:`respective.mapped`).
    lambda folded, task: respective.mapped(folded, _label_reader(task.labels), max(len(task.items), 1)),
)


# The labels' French forms, read where a label is spelt with gaps (:func:`games.gaps_filled`).
_FRENCH_LABELS = ("positif", "positive", "negatif", "negative", "neutre", "neutres")
_GAP_NUMBERS = tuple(w for w in NUMBER_WORDS if w not in ("a", "an", "single", "none", "aucun", "aucune"))


def _gaps_give_away(check: Check, task: Task, prompt: str) -> bool:
    """Whether the prompt with each label spelt with gaps written out (a crossword's given letters,
    a hangman's board: :func:`games.gaps_filled`) gives this check away."""
    if isinstance(check, FinalCheck):
        words = [*_GAP_NUMBERS, "oui", "yes", "non"]  # a count, a gcd or a verdict
    else:
        stems = {fold(label)[:5] for label in task.labels}
        words = [*task.labels, *(w for w in _FRENCH_LABELS if w[:5] in stems)]
    filled = games.gaps_filled(prompt, words)
    if filled == prompt:
        return False
    rest, full = rest_and_full(filled, task)
    return gives_away(check, rest, task, full, "")


def _labels_rewritten(check: Check, rest: str, task: Task, full: str, prompt: str) -> bool:
    """Whether one of :data:`_LABEL_REWRITERS` reads labels in ``rest`` that give this check away."""
    folded = fold(rest)
    for rewrite in _LABEL_REWRITERS:
        worked = rewrite(folded, task)
        if worked != folded and gives_away(check, worked, task, full, prompt):
            return True
    return False


def _tied_by_verdicts(check: SchemaCheck, rest: str, full: str, task: Task, prompt: str = "") -> bool:
    """Whether the prompt ties an evaluation to two items or more (:mod:`verdicts`), this
    check's item among them (the item its ``given_away`` cues name)."""
    names = [n for cue in check.given_away for n in cue.near]
    if names not in task.items:
        return False
    item = task.items.index(names) + 1
    found = verdicts.tied(rest, full, task.data, task.items)
    if len(found) >= 2 and item in found:
        return True
    return item in remarks.remarked(rest, full, task.data, task.items, prompt)  # session 34


# Round 23b: labels chosen by code the model is to run (an SQL CASE: "CASE WHEN note >= 4 THEN
# 'positive' WHEN note <= 2 THEN 'negative' ELSE 'neutral' END", "CASE id WHEN 1 THEN ...") are
# the labels dictated: the prompt decides each review's label, the model only evaluates it. Two
# labels or more of the task (by their first five letters, French or English) after THEN or
# ELSE in one CASE expression.
_CASE = re.compile(r"\bcase\b(?P<body>[^;]{0,600}?)(?:\bend\b|;|$)")
_CASE_LABEL = re.compile(r"\b(?:then|else)\s*+['\"`]?\s*+([a-z]{5,})")


# Labels written into the reviews' rows (an SQL UPDATE ... SET ... = 'positive' WHERE id = 1, an
# INSERT ... VALUES (1, 'positive')) are dictated the same way: a label quoted in such a statement.
_SQL_WRITE = re.compile(
    r"\b(?:update\b[^;\n]{1,80}?\bset|insert\s++into\b[^;\n]{1,120}?\bvalues)\b(?P<body>[^;\n]*+)"
)
_QUOTED_WORD = re.compile(r"['\"`]\s*+([a-z]{5,})")


def _case_mapped(rest: str, labels: set[str]) -> bool:
    stems = {fold(label)[:5] for label in labels if len(label) >= 5}
    for write in _SQL_WRITE.finditer(fold(rest)):
        if {w[:5] for w in _QUOTED_WORD.findall(write["body"])} & stems:
            return True
    for case in _CASE.finditer(fold(rest)):
        body = case["body"]
        if not re.search(r"\bwhen\b", body):
            continue
        if len({w[:5] for w in _CASE_LABEL.findall(body)} & stems) >= 2:
            return True
    return False


def holds_an_answer(checks: list[Check], rest: str, task: Task) -> bool:
    """Whether one part of the prompt's rest passes every one of ``checks`` (the task's
    positive answer checks), its length aside: the prompt holds an answer, whole or in
    pieces the model reads together (a table's column, a list's items), and the model had
    only to copy, translate or fill it in. A bound on length is left out: what a part
    lacks to be long enough is the little the model adds. A final value must be asserted
    there, not only read: a rule ("deux nombres sont premiers entre eux si leur PGCD vaut
    1") reads as yes and 1 to the answer reader, yet answers nothing
    (:func:`workshop.prompts.extract.asserted`)."""
    said = [c for c in checks if not isinstance(c, BoundCheck)]
    if not said or not rest.strip():
        return False

    def holds(check: Check, form: str) -> bool:
        if not passes(check, form, task):
            return False
        return not isinstance(check, FinalCheck) or stated(form, spec_of(check, task))

    plans = any(isinstance(c, DurationsCheck) for c in said)
    if any(isinstance(c, FinalCheck) and spec_of(c, task).kind == "yes-no" for c in said):
        rest = branched.blanked(rest)  # a rule's two outcomes, before pieces split it (round 40)
        rest = coprimality.call_names_blanked(rest)  # "def coprime(a, b): …": a test's name (session 43)
    rest = _dashed_dotted(rest) if not plans else rest  # "1 - relis", "2 - raisonne": a list's (session 46)
    for segment in [*_segments(rest), *_pieces(rest)]:
        forms = [segment, _as_plan(segment), _json_plan(segment)] if plans else [segment]
        for form in forms:
            if all(holds(c, form) for c in said):
                return True
    return False


GLOSSARY_PAIRS = 3  # pairs a lexicon needs, at least, to be read as one text
GLOSSARY_SENTENCE = 6  # words of its pieces read as one sentence


def glossary(text: str, task: Task) -> str:
    """What a lexicon in the prompt (folded, its data kept: the data's other languages would
    blank a translation out) gives: its right-hand sides read in order, joined into
    sentences of :data:`GLOSSARY_SENTENCE` words ("Un modèle = A model ; apprend = learns ;
    ..." reads "A model learns ..."), when it has :data:`GLOSSARY_PAIRS` pairs or more and
    its right-hand sides hold half as many words as the task's longest text at least (a
    lexicon of phrases that covers the text, not of a few terms); otherwise nothing (issue
    11p). Such a lexicon is the answer dictated in pieces."""
    sides = []
    for piece in re.split(r"[;\n]", text[:20_000]):
        for arrow in ("=", "→", "->"):
            if arrow in piece:
                sides.append(piece.split(arrow, 1)[1].strip(" .,"))
                break
    longest = max((word_count(data) for data in task.data), default=0)
    if len(sides) < GLOSSARY_PAIRS or 2 * sum(word_count(side) for side in sides) < longest:
        return ""
    text, run = "", 0
    for side in sides:  # pieces joined into sentences of six words or more
        text += side + " "
        run += word_count(side)
        if run >= GLOSSARY_SENTENCE:
            text, run = text.rstrip() + ". ", 0
    return text.rstrip(" .") + "."


# Round 66 (fix-helper fix66): a glossary's pairs, each "source → target" (=, →, ->, ⇒), one a piece between
# ";", "," or a line's end ("Lexique : « apprend » → « learns », « paramètres » → « parameters », …").
_GLOSSARY_PIECE = re.compile(r"[;,\n]")
_GLOSSARY_ARROW = re.compile(r"(?<![=<>!])(?:=(?![=>])|→|->|⇒|=>)")


def glossary_sides(text: str) -> str:
    """The right-hand sides of a glossary's pairs in ``text`` (folded), each a sentence of its own, when it
    has :data:`GLOSSARY_PAIRS` pairs or more; otherwise "" (:func:`glossary_covers`)."""
    sides = []
    for piece in _GLOSSARY_PIECE.split(text[:20_000])[:2_000]:
        arrow = _GLOSSARY_ARROW.search(piece)
        if arrow and piece[: arrow.start()].strip(" \t\"'«»:") and piece[arrow.end() :].strip(" \t\"'«».:"):
            sides.append(piece[arrow.end() :].strip(" \t\"'«».:"))
    return ". ".join(sides) + "." if len(sides) >= GLOSSARY_PAIRS else ""


def glossary_covers(check: Check, full: str, task: Task) -> bool:
    """Whether a glossary of the prompt gives the target of EVERY term a facts check pays for (the six
    terms of the translation's answer-terms: AI, train, label, parameter, large language model, billion): the
    translation handed over piecewise (round 66). The threshold is every term: a glossary of a few of them
    (two, three, five of six: rounds 10 and 13, fix64) leaves the model to find the others and stays fair; a
    lexicon that covers half the text's words is :func:`glossary`'s (issue 11p)."""
    if not isinstance(check, FactsCheck) or any(_facts(check, data) for data in task.data):
        return False
    sides = [side for side in glossary_sides(full).split(". ") if side.strip(" .")]
    return bool(sides) and all(any(_stated_any(fact, fold(side)) for side in sides) for fact in check.facts)


def repeats_prompt(answer: str, prompt: str, task: Task) -> bool:
    """Whether the answer is mostly word sequences of the prompt (what its encoded runs
    reveal included), read forwards or backwards, that are not the task's data, or the
    prompt's draft under a letter cipher (:mod:`ciphered`) or respelled (:mod:`respelled`):
    the prompt dictated it and the model repeated it."""
    mine = shingles(words(fold(answer)))
    data: set[tuple[str, ...]] = set()
    for text in task.data_words():
        data |= shingles(text)
    mine -= data
    if len(mine) < 2:
        return False
    tokens = words(fold(prompt + "".join("\n\n" + h for h in revealed(prompt))))
    # round 24b: the answer written backwards, word by word, is as readable a dictation
    given = (shingles(tokens) | shingles(tokens[::-1])) - data
    if len(mine & given) / len(mine) >= DICTATED_SHARE or _bag_dictated(answer, prompt, task):
        return True
    if _clause_handed(answer, prompt, task):  # a clause of a prose answer, word for word (round 64)
        return True
    # any letter cipher of a text (session 34), a respelling or the words' initials (session
    # 35); a JSON's shape is the prompt's to give
    return task.kind == "text" and (
        ciphered.deciphered(answer, prompt, task.data) or respelled.respelled(answer, prompt, task.data)
    )


def _clause_handed(answer: str, prompt: str, task: Task) -> bool:
    """Whether a prose answer of bounded length (a summary, a translation) holds a clause the prompt
    hands over word for word outside its data (:func:`handed.clause_handed`, round 64)."""
    if task.kind != "text" or not task.answer_words:
        return False
    # a verdict the answer gives itself or a note to its grader, asked for by the prompt, is no part of
    # what it renders: those fail on their own (answer-faithful), not as dictation (rounds 15b, 24b)
    pieces = _ANSWER_PIECES.split(answer[:65_536])
    said = "\n".join(p for p in pieces if not (judge.self_assessed(p) or judge.addresses_grader(p)))
    rest = without_data(prompt + "".join("\n\n" + h for h in revealed(prompt)), task)
    return handed.clause_handed(fold(said), rest, task.data_words())


_ANSWER_PIECES = re.compile(r"(?<=[.!?])[ \t]++|\n")


# Round 23b: a text answer's words dictated in any order (the source's words sorted or shuffled,
# "utilise exactement ces mots : …") hold no word sequence of it, yet give it away: the prompt
# without its data holds most of the answer's distinct content words (the fair corpora's
# prompts hold 0.27 of them at most, a few terms to keep).
BAG_SHARE = 0.5
BAG_WORDS = 8


def _content_words(text: str) -> set[str]:
    return {w for w in words(fold(text)) if len(w) >= 3 and w not in structure.FUNCTION}


# Round 64: a plan's titles proposed in the prompt time nothing (its durations are what it is graded
# on): a plan's words are dictated in any order only with times beside them, three clock times,
# durations or numbers of two digits or more at least in the rest (an agenda "14:00 Accueil ; 14:05 ...",
# an ICS calendar's DTSTART lines); "accueil, démonstration, questions ; à toi de choisir les durées" keeps
# its points.
_PLAN_TIMES = re.compile(
    r"(?<![\d:])\d{1,2}[:h]\d{2}(?!\d)|(?<![\w.,])\d{1,3}[ \t]*+(?:min|mn|minutes?|')(?![a-z])"
    r"|(?<![\w.,])\d{2,}+"  # a number of two digits or more: a duration, an hour, a calendar's timestamp
)
BAG_TIMES = 3


def _bag_dictated(answer: str, prompt: str, task: Task) -> bool:
    if task.kind != "text":
        return False
    mine = _content_words(answer)
    if len(mine) < BAG_WORDS:
        return False
    rest = without_data(prompt + "".join("\n\n" + h for h in revealed(prompt)), task)
    if not task.answer_words and len(_PLAN_TIMES.findall(rest[:20_000])) < BAG_TIMES:
        return False  # a list of parts without their times (a plan's titles): no duration given
    shared = mine & _content_words(rest)
    return len(shared) >= BAG_WORDS and len(shared) / len(mine) >= BAG_SHARE
