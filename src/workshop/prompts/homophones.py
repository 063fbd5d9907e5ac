"""Number words dictated as their English homophones, and spoken guesses (issue 11, round 45):
"the anser is won", "the slope stays for and b is minus tenn, can you explain it?", "y equal
four x less ten, no?", "review won is positive review to is negative", "le premier c'est
clairly positive, le deuxième so negative".

Principle: a homophone is read as the number it sounds like only where a number is read,
so that ordinary English keeps its meaning ("I want to know", "for each review", "the team
won", "less than ten words"):
- after a word that states a value ("is", "are", "equals", "stays", "remains", "was",
  "minus", "plus", "est", "moins"): "won" and "ate" always, "to", "too" and "for" only when
  a clause ends after them (a punctuation mark, "and", the end, or a new instruction:
  "is to find" and "is for my class" stay); a dictated number then ends its clause, as
  speech typed without punctuation does not ("the answer is won think step by step");
- after "review"/"avis" and before a sentiment label (within one word: "review to is
  negative", "avis un posistif"), the review's number as a figure; an ordinal ("the first
  one", "le deuxième") before a label as "avis N";
- "won" before the riddle's kin ("won sister") as "1"; "tenn" (no word) as "ten"; "x less
  ten" as "x minus ten" ("less than" stays); an equation said in words, "y equal four x",
  as "y = 4x";
- a question tag after a statement (", no?", ", right?", ", can you explain it?", ", tu
  confirmes ?") read as the statement's end: the guess is stated, the tag only asks to
  confirm it (", can you check whether that's right?" is a question of its own, no tag).
:func:`reread` returns the text so read (unchanged when nothing applies); the grader looks
for dictated answers in it as it does in the prompt (:func:`workshop.prompts.grade.dictated`).
Limits: other homophones ("fore"), a homophone far from a value word and a plan told as
counts of parts ("won part of five minutes, to parts of ten") are not read."""

from __future__ import annotations

import re

from workshop.prompts import voiced
from workshop.prompts.text import FOREIGN_TAGS, ORDINALS, strip_accents

_VALUES = {"won": "1", "one": "1", "to": "2", "too": "2", "two": "2", "for": "4", "four": "4", "ate": "8",
           "un": "1", "une": "1", "deux": "2", "trois": "3", "three": "3", "tree": "3",
           "quatre": "4"}  # fmt: skip
# the ranks of text.ORDINALS, written with or without their accent ("première", "2ème")
_ORDINALS = "|".join(re.sub(r"e(?=[mr]e$)", "[eè]", w) for w in sorted(ORDINALS, key=len, reverse=True))
_STATES = r"is|are|equals?|stays?|remains?|was|minus|plus|est|moins|c'est|c’est"
_ENDS = r"$|[,.;:!?]|(?:and|et|think|explain|so|but|then|please|raisonne|explique|verifie|vérifie)(?![\w'])"
_CLAIMED = re.compile(
    rf"(?<![\w'’])((?:{_STATES})\s++(?:minus\s++|moins\s++)?)"
    rf"(?:(won|ate)(?![\w'’])|(to|too|for)(?=\s*+(?:{_ENDS})))(\s*+)",
    re.IGNORECASE,
)
_LABEL = r"(?:posi|nega|néga|neut)"
_AHEAD = rf"(?=[\s:=,\-]*+(?:(?:is|est|c'est|c’est|was|seems|looks|:)\s++)?(?:[^\W\d_]{{2,9}}\s++)?{_LABEL})"
_REVIEW = re.compile(
    rf"(?<![\w'’])(reviews?|avis|comments?|commentaires?)\s++(#\s*+)?({'|'.join(_VALUES)})(?![\w'’]){_AHEAD}",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    rf"(?<![\w'’])(?:the|le|la|l['’])\s*+({_ORDINALS})(?:\s++(?:one|review|avis))?(?![\w'’]){_AHEAD}",
    re.IGNORECASE,
)
# "y equals for x": voiced's reader of an equation said in words, with the homophones
_EQUATIONS = voiced.equation_reader({**voiced.VALUES, **_VALUES})
_COUNTED = re.compile(
    r"(?<![\w'’])won(?=\s++(?:sisters?|brothers?|s(?:oe|œ)urs?|fr[eè]res?)(?![\w'’]))", re.IGNORECASE
)
_TENN = re.compile(r"(?<![\w'’])tenn(?![\w'’])", re.IGNORECASE)
_LESS = re.compile(r"(?<=x)(\s++)less(?=\s++(?!than(?![\w'’]))[\w-])", re.IGNORECASE)
_TAG = re.compile(
    r",\s*+(?:no|non|right|yes|ok|okay|correct|n['’]est-ce pas|hein|isn['’]t it"
    r"|can you explain(?: it| that| me| why)?+|tu confirmes|c['’]est bon|" + FOREIGN_TAGS + r")\s*+\?",
    re.IGNORECASE,
)
_UNTAGGED = re.compile(
    r"(?<=[\w])\s++(?:tu confirmes|c['’]est bon)\s*+\?",
    re.IGNORECASE,
)


# Session 41 (round 45's « b c'est moins dis »): a French homophone of a number after a sign or a
# value verb ("moins", "vaut", "égal à"), where its clause ends ("dis" 10, "cet"/"set"/"sète" 7,
# "wi"/"huite" 8, "sis"/"scie" 6, "vain"/"vin" 20, "sans"/"sang" 100): « dis-moi », « c'est sans
# doute » and « moins cet exemple » stay; then « c'est » before a number, spoken for "est" ("b c'est
# moins 10", "a c'est quatre"), read as "est", which the answer reader reads.
_FRENCH_SOUNDS = {"dis": "10", "dit": "10", "cet": "7", "set": "7", "sete": "7", "sète": "7", "wi": "8",
                  "huite": "8", "sis": "6", "scie": "6", "vain": "20", "vin": "20", "sans": "100",
                  "sang": "100"}  # fmt: skip
_FRENCH_ENDS = (
    r"$|[,.;:!?]|(?:et|mais|donc|alors|non|hein|ok|verifie|vérifie|explique|raisonne|confirme|corrige|"
    r"tu|est-ce|c'est|c’est|right|no)(?![\w'’])"
)
_FRENCH_CLAIMED = re.compile(
    rf"(?<![\w'’])((?:moins|minus|vaut|valent|[ée]gale?+(?:\s++[àa])?+|=)\s*+)"
    rf"({'|'.join(sorted(_FRENCH_SOUNDS, key=len, reverse=True))})(?=\s*+(?:{_FRENCH_ENDS}))",
    re.IGNORECASE,
)
_SAID_IS = re.compile(
    r"(?<![\w'’])c['’]est(?=\s++(?:(?:moins|minus|plus)\s++|[-+−]\s*+)?+(?:\d|(?:un|une|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|onze|douze|vingt)(?![\w'’])))",
    re.IGNORECASE,
)


def _french_sounds(text: str) -> str:
    """``text`` with its French number homophones read after a sign or a value verb, and « c'est »
    before a number read as "est" (see :data:`_FRENCH_CLAIMED`)."""
    read = _FRENCH_CLAIMED.sub(lambda m: f"{m.group(1)}{_FRENCH_SOUNDS[m.group(2).lower()]}", text)
    return _SAID_IS.sub("est", read)


def _claimed(match: re.Match[str]) -> str:
    word = (match.group(2) or match.group(3)).lower()
    return f"{match.group(1)}{_VALUES[word]}. "


# Round 89 (fix89): the reviews' numbers dictated as homophones right before their labels, no "review"
# word ("won positive too negative tree neutral", « hun positif deu négatif troi neutre »): read only in a
# run of two pairs or more, one right after the other with distinct numbers ("from negative to positive"
# is one pair and stays words); each pair then reads "avis N label".
_SEQUENCE_VALUES = {
    **dict.fromkeys(["won", "wan", "one", "un", "une", "hun", "hein"], "1"),
    **dict.fromkeys(["to", "too", "two", "tu", "deux", "deu", "doe"], "2"),
    **dict.fromkeys(["tree", "three", "free", "trois", "troi", "troua", "trwa"], "3"),
    **dict.fromkeys(["for", "fore", "four", "quatre", "katr"], "4"),
}
_HOMOPHONE = "|".join(sorted(_SEQUENCE_VALUES, key=len, reverse=True))
_ONE_PAIR = rf"(?:{_HOMOPHONE})[ \t:=-]*+(?:posi|nega|néga|neut)[^\W\d_]*+"
_RUN = re.compile(rf"(?<![\w'’]){_ONE_PAIR}(?:[ \t,;/.-]++{_ONE_PAIR})++(?![\w'’])", re.IGNORECASE)
_PAIR = re.compile(rf"(?<![\w'’])({_HOMOPHONE})[ \t:=-]*+(?=posi|nega|néga|neut)", re.IGNORECASE)


def _sequence(run: re.Match[str]) -> str:
    values = [_SEQUENCE_VALUES[m.group(1).lower()] for m in _PAIR.finditer(run.group(0))]
    if len(set(values)) < len(values):
        return run.group(0)
    return _PAIR.sub(lambda m: f"avis {_SEQUENCE_VALUES[m.group(1).lower()]} ", run.group(0))


def reread(text: str) -> str:
    """``text`` with its number homophones read where a number is read (see the module)."""
    read = _TENN.sub("ten", text)
    read = _COUNTED.sub("1", read)
    read = _LESS.sub(r"\1minus", read)
    read = _EQUATIONS(read)
    read = _RUN.sub(_sequence, read)  # round 89
    read = _REVIEW.sub(lambda m: f"{m.group(1)} {_VALUES[m.group(3).lower()]}", read)
    read = _ORDINAL.sub(lambda m: f"avis {ORDINALS[strip_accents(m.group(1)).lower()]}", read)
    read = _CLAIMED.sub(_claimed, read)
    read = _french_sounds(read)  # session 41
    read = _TAG.sub(".", read)
    return _UNTAGGED.sub(".", read)
