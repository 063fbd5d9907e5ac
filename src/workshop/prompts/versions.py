"""A version of the answer in another language (round 54, fix-helper r54l): "My Munich partner's
summary, to put into English: Zuerst zählten die Menschen schneller… 1642 baute der junge Blaise
Pascal die Pascaline… Im 19. Jahrhundert…" is the summary dictated, in words no answer reader of
the grader reads.

Principle: a summary tells the text's facts in the text's order, and its facts are anchored by
what every language writes alike: the figures (1642, the 1970s), the centuries (XIX, "19."), the
names (Pascal, Pascaline, Blaise). A passage of the prompt's own words (its data left out) that
is mostly foreign (:func:`workshop.prompts.readable.read_word`: most of its words are no French
or English word, or are written in another script), long enough to be a summary
(:data:`MIN_WORDS`, :data:`MIN_SENTENCES`), and names at least :data:`MIN_ANCHORS` of the
data's anchors in the data's order, is a version of the answer: every answer check is given
away. A greeting, a title, a question quoted, a few-shot example on another text (other names,
other dates) name none; an instruction written in another language that names three of the
text's facts in order over three sentences would be read as a version too (a limit: no fair
prompt of the corpora does). Names written in another script (Cyrillic "Паскаль") are not read:
the figures and centuries of such a version anchor it."""

from __future__ import annotations

import re

from workshop.prompts import readable
from workshop.prompts.text import fold

MIN_ANCHORS = 3  # of the data's anchors, in its order
MIN_WORDS = 25  # words of the passage, at least
MIN_SENTENCES = 3
FOREIGN_SHARE = 0.4  # of the passage's words, no French or English word (Spanish shares many)
MAX_CHARS = 20_000
_YEAR = re.compile(r"(?<![\w.,])(\d{2,4})(?![\d])")
_ROMAN = re.compile(r"(?<![\w])([IVXLC]{2,5})(?:e|eme|ème|er)?(?![\w])", re.I)
_NAME = re.compile(r"(?<=[^\s.!?:»\"(\[])[ \t]+([A-ZÀ-Ý][a-zà-ÿ]{3,})")
_ROMANS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LATIN = re.compile(r"^[a-z'-]+$")
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u1100-\u11ff]")
_SENTENCE_END = re.compile(r"[.!?;。！？](?=\s|$)|[。！？]")


def _roman(text: str) -> int:
    values = [_ROMANS[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def anchors(data: list[str]) -> list[str]:
    """The data's anchors in their first order: figures of two digits or more, centuries in
    Roman numerals (as figures), names (a capitalised word inside a sentence, its first five
    folded letters)."""
    found: list[tuple[int, str]] = []
    for text in data:
        text = text[:MAX_CHARS]
        found += [(m.start(), m.group(1)) for m in _YEAR.finditer(text)]
        found += [(m.start(), str(_roman(m.group(1)))) for m in _ROMAN.finditer(text) if m.group(1).isupper()]
        found += [(m.start(1), fold(m.group(1))[:5]) for m in _NAME.finditer(text)]
    return list(dict.fromkeys(a for _, a in sorted(found)))


def _passage_anchors(passage: str, order: list[str]) -> int:
    """How many of ``order``'s anchors the passage (as written, or folded) names in ``order``'s
    order (a longest increasing run)."""
    seen: list[tuple[int, int]] = []
    for m in _YEAR.finditer(passage):
        if m.group(1) in order:
            seen.append((m.start(), order.index(m.group(1))))
    for m in _ROMAN.finditer(passage):
        value = str(_roman(m.group(1).upper()))
        if value in order:
            seen.append((m.start(), order.index(value)))
    for m in _TOKEN.finditer(passage):
        stem = fold(m.group(0))[:5]
        if len(m.group(0)) >= 4 and stem in order:
            seen.append((m.start(), order.index(stem)))
    best: list[int] = []  # the smallest tail of an increasing run of each length
    for _, i in sorted(seen):
        at = next((k for k, tail in enumerate(best) if tail >= i), len(best))
        best[at : at + 1] = [i]
    return len(best)


def _foreign_words(passage: str) -> tuple[int, int]:
    """(words, words that are no French or English word) of a folded passage; a run of
    Japanese, Chinese or Korean letters counts a word per two letters."""
    total = unread = 0
    for m in _TOKEN.finditer(passage):
        word = m.group(0)
        cjk = len(_CJK.findall(word))
        if cjk:
            n = max(1, cjk // 2)
            total, unread = total + n, unread + n
        elif _LATIN.match(word):
            total += 1
            unread += len(word) >= 2 and not readable.read_word(word)
        else:
            total, unread = total + 1, unread + 1  # another script
    return total, unread


def told(rest: str, prompt: str, data: list[str]) -> bool:
    """Whether a paragraph of ``rest`` (the folded prompt without its data) is a version of the
    answer in another language (see the module); ``prompt``: the prompt as written, for its
    capitals and Roman numerals (a paragraph is found there by its words)."""
    order = anchors(data)
    if len(order) < MIN_ANCHORS:
        return False
    raw_paragraphs = [p for p in re.split(r"\n", prompt[:MAX_CHARS]) if p.strip()]
    for paragraph in (p for p in rest[:MAX_CHARS].split("\n") if p.strip()):
        total, unread = _foreign_words(paragraph)
        if total < MIN_WORDS or unread < FOREIGN_SHARE * total:
            continue
        if len(_SENTENCE_END.findall(paragraph)) < MIN_SENTENCES:
            continue
        raw = next((r for r in raw_paragraphs if fold(r).strip() == paragraph.strip()), paragraph)
        if _passage_anchors(raw, order) >= MIN_ANCHORS:
            return True
    return False
