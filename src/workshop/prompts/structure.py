"""Checks on the shape of a text rather than on one word: what a prompt does (gives a role
or a context, asks for reasoning, fixes a format, shows an example, sets a length), whether
an answer is prose (not a keyword list or filler), which language its sentences are in,
and the durations of a plan. All work on folded text (:func:`workshop.prompts.text.fold`)."""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, fold, plain_words, sentences

# -- what a prompt does -------------------------------------------------------------------
_ROLE = re.compile(
    r"(?:^|[.!?:\n]\s*|\b)(?:tu es|vous etes|you are|you're|agis comme|agissez comme|act as|"
    r"joue le role|jouez le role|incarne|imagine que tu es|imaginez que vous etes|"
    r"play the role of|take the role of)"
    r"\s+(?:(?:un|une|le|la|l'|a|an|the|mon|my|notre|our)\s+)?[a-z'-]{3,}"
)
_ROLE_START = re.compile(r"^\W*(?:en tant qu(?:e|')|as an?|as the)\s*[a-z'-]{3,}")
_CONTEXT = re.compile(r"\b(?:contexte|context)\s*:\s*(?:\S+\s+){4,}\S")
_USER_CONTEXT = re.compile(
    r"^\W*(?:je suis|je prepare|nous sommes|i am|i'm|we are|i teach|j'enseigne)\b(?:\s+\S+){4,}"
)
_REASON_PHRASE = re.compile(
    r"\b(?:etape par etape|step by step|step-by-step|pas a pas|une etape apres l'autre)\b"
)
_REASON_VERB = re.compile(
    r"\b(?:raisonne|raisonnez|reflechis|reflechissez|explique|expliquez|justifie|justifiez|detaille|detaillez|"
    r"montre|montrez|verifie|verifiez|decompose|decomposez|reason|think|explain|justify|show|detail|verify|"
    r"check|walk me through|break down)\b"
)
_REASON_OBJECT = re.compile(
    r"\b(?:etapes?|steps?|raisonnement|reasoning|calculs?|calculations?|work|pourquoi|why|demarche|"
    r"justification|chaque|every|each|avant de|before)\b"
)
_FORMAT_VERB = re.compile(
    r"\b(?:reponds|repondez|repond|donne|donnez|ecris|ecrivez|renvoie|renvoyez|formate|presente|presentez|"
    r"termine|terminez|utilise|utilisez|fais|faites|indique|indiquez|precise|precisez|liste|propose|fournis|"
    r"reply|answer|respond|return|give|write|format|output|end|finish|use|produce|provide|make|draft|list|"
    r"include|put|en|in|as|sous|under|avec|with)\b"
)
_FORMAT_NOUN = re.compile(
    r"\b(?:json|liste|list|tableau|table|ligne|line|format|forme|shape|puces|bullets?|markdown|csv|"
    r"sections?|parties|parts?|durees?|durations?|timings?|minutage|minutes|phrases?|sentences?|"
    r"paragraphes?|paragraphs?|titres?|headings?)\b"
)
_EXAMPLE = re.compile(r"\b(?:exemple|example|par exemple|for example|for instance|e\.g\.|ex\.)\s*:?\s*")
_LIMIT = re.compile(
    rf"\b(?:\d+|{NUMBER_WORD_RE})[\s-]+(?:mots?|words?|caracteres?|characters?|phrases?|sentences?|lignes?|lines?)\b"
)


def _has_sentence(text: str, *patterns: re.Pattern[str], min_words: int = 4) -> bool:
    for sentence in sentences(text):
        if len(plain_words(sentence)) >= min_words and all(p.search(sentence) for p in patterns):
            return True
    return False


def does(aspect: str, prompt: str, with_any: list[str] | None = None) -> bool:
    """Whether the prompt does ``aspect``: ``role`` (a role or a context, in a sentence),
    ``reasoning`` (asks to reason before answering), ``format`` (fixes the answer's
    shape), ``example`` (shows a worked case: a marker then at least six words, with one of
    ``with_any`` when given), ``limit`` (sets a length)."""
    text = fold(prompt)
    if aspect == "role":
        return any(
            len(plain_words(s)) >= 4
            and (_ROLE.search(s) or _ROLE_START.search(s) or _CONTEXT.search(s) or _USER_CONTEXT.search(s))
            for s in sentences(text)
        )
    if aspect == "reasoning":
        return _has_sentence(text, _REASON_PHRASE) or _has_sentence(text, _REASON_VERB, _REASON_OBJECT)
    if aspect == "format":
        return '{"' in text.replace(" ", "") or _has_sentence(text, _FORMAT_VERB, _FORMAT_NOUN)
    if aspect == "example":
        for match in _EXAMPLE.finditer(text):
            stretch = text[match.end() :].split("\n\n", 1)[0]
            stretch = re.split(r"\n(?=\W*(?:avis|review|\d+[.)]))", stretch, maxsplit=1)[0]
            if len(plain_words(stretch)) >= 6 and (
                not with_any or any(re.search(rf"\b{re.escape(fold(w))}", stretch) for w in with_any)
            ):
                return True
        return False
    if aspect == "limit":
        return _has_sentence(text, _LIMIT, min_words=3)
    raise ValueError(aspect)


# -- prose ----------------------------------------------------------------------------------
_KEYWORD_LINE = re.compile(r"^\W*(?:mots[- ]cles?|keywords?|key words|tags?|termes?|terms)\s*:")
STOPWORDS = {
    "fr": set(
        "le la les l' un une des du de d' et est sont a au aux en dans pour sur par qui que qu' il elle ils "
        "elles ne n' pas avec ses son sa ces cette on se s' ce c' lui leur leurs mais ou donc puis tres plus "
        "aussi comme tout tous chaque".split()
    ),
    "en": set(
        "the a an and is are of to in for on with it its that this was were be by from at have has "
        "can but they their them his her he she not which who also then each its very more every".split()
    ),
}


_FUNCTION = STOPWORDS["fr"] | STOPWORDS["en"]


def _sentence_like(folded: str) -> bool:
    """Words joined by function words, not items between commas."""
    tokens = plain_words(folded)
    function = sum(1 for w in tokens if w in _FUNCTION or w + "'" in _FUNCTION)
    return len(tokens) >= 5 and function >= 2 and folded.count(",") < len(tokens) / 3


def is_prose(answer: str) -> bool:
    """Sentences, not a keyword list or filler: no "Keywords:" line, sentences made with
    function words, words mostly distinct, no word (other than short function words)
    written more than three times."""
    text = fold(answer)
    if any(_KEYWORD_LINE.match(line) for line in text.splitlines()):
        return False
    if not any(_sentence_like(s) for s in sentences(text)):
        return False
    tokens = [w for w in plain_words(text) if not w.isdigit()]
    if len(tokens) < 5:
        return False
    if len(set(tokens)) / len(tokens) < 0.5:
        return False
    counts = Counter(w for w in tokens if w not in STOPWORDS["fr"] | STOPWORDS["en"] and len(w) > 2)
    return not counts or counts.most_common(1)[0][1] <= 3


def prose_sentences(answer: str) -> list[str]:
    """The folded sentences of ``answer`` that are prose: at least five words, outside a
    keyword line."""
    text = fold(answer)
    kept = []
    for line in text.splitlines():
        if _KEYWORD_LINE.match(line):
            continue
        kept += [s for s in sentences(line) if _sentence_like(s)]
    return kept


def language(sentence: str) -> str | None:
    """``fr`` or ``en`` by function words, or None when the sentence does not say."""
    tokens = re.findall(r"[a-z]+'?", sentence)
    fr = sum(1 for w in tokens if w in STOPWORDS["fr"])
    en = sum(1 for w in tokens if w in STOPWORDS["en"])
    if fr >= 2 and fr > en:
        return "fr"
    if en >= 2 and en > fr:
        return "en"
    return None


# -- durations of a plan ----------------------------------------------------------------------
_N = rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORD_RE})"
_CLOCK = r"(\d{1,2})\s*[:h]\s*(\d{2})"
_RANGE = re.compile(rf"(?:\bde\s+|\bfrom\s+)?{_CLOCK}\s*(?:-|a|to|jusqu'a)\s*{_CLOCK}")
_HOURS = re.compile(rf"\b({_N})\s*(?:h|heures?|hours?|hrs?)\b(?:\s*(\d{{1,2}})\s*(?:min|mn|minutes?)?\b)?")
_MINUTES = re.compile(rf"\b({_N})\s*(?:min|mn|minutes?|mins)\b|\b(\d+)\s*'(?!\w)")
_AMBIGUOUS = re.compile(rf"\b{_N}\s*(?:ou|or|a|to|-|/)\s*{_N}\s*(?:min|mn|minutes?|h|heures?|hours?|')")
_TOTAL = re.compile(r"\b(?:total|au total|en tout|in total|overall|duree totale|soit)\b")
_BULLET = re.compile(r"^\s*(?:[-*+>|]|\d+\s*[.)-]|[a-z]\))\s*")


def _amount(token: str) -> Fraction:
    return Fraction(NUMBER_WORDS[token]) if token in NUMBER_WORDS else Fraction(token.replace(",", "."))


def sections(answer: str) -> list[tuple[str, Fraction]] | None:
    """The plan's sections as (title, minutes), or None when a duration is ambiguous ("5
    ou 10 min", "15 à 20 min"). A line is a section when it has one duration (or one clock
    range, "de 0:10 à 0:25") and a title; lines about the total are left out."""
    found: list[tuple[str, Fraction, int]] = []
    for raw in fold(answer).splitlines():
        line = raw.replace("–", "-")
        if not line.strip():
            continue
        if _AMBIGUOUS.search(line):
            return None
        rest = line
        minutes: list[Fraction] = []
        for m in _RANGE.finditer(line):
            start, end = int(m[1]) * 60 + int(m[2]), int(m[3]) * 60 + int(m[4])
            if end <= start:
                return None
            minutes.append(Fraction(end - start))
        rest = _RANGE.sub(" ", rest)
        for m in _HOURS.finditer(rest):
            minutes.append(_amount(m[1]) * 60 + (int(m[2]) if m[2] else 0))
        rest = _HOURS.sub(" ", rest)
        for m in _MINUTES.finditer(rest):
            minutes.append(_amount(m[1] or m[2]))
        rest = _MINUTES.sub(" ", rest)
        if not minutes:
            continue
        if len(minutes) > 1 and not _RANGE.search(line):
            return None
        if _TOTAL.search(line):
            continue
        title = [w for w in plain_words(_BULLET.sub("", rest)) if len(w) >= 3 and not w.isdigit()]
        indent = len(raw) - len(raw.lstrip())
        found.append((" ".join(title), minutes[0], indent))
    if not found:
        return []
    top = min(indent for _, _, indent in found)
    return [(title, minutes) for title, minutes, indent in found if indent == top]


def plan_adds_up(answer: str, total: Fraction, min_sections: int) -> bool:
    """Sections with titles, at least ``min_sections``, whose durations add up to ``total``
    minutes (a line that gives the whole duration is the plan's title, not a section)."""
    found = sections(answer)
    if not found:
        return False
    found = [(title, minutes) for title, minutes in found if minutes != total]
    return (
        len(found) >= min_sections
        and all(title for title, _ in found)
        and sum(minutes for _, minutes in found) == total
    )
