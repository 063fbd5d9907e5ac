"""Numbers spelt out as words read as digits (issue 11, round 65): a rhyme, a voicemail transcript,
speech typed as it is said (« Quatre pour monter, moins dix pour partir sous le zéro », « trente-cinq
et soixante-quatre », « accueil cinq minutes, c'est quoi l'IA dix, … les questions cinq », "a quarter
of an hour", « une demi-heure »). Many dictation readers take digits only, or the simple words of
:data:`text.NUMBER_WORDS` only; :func:`digits` writes every number word as its digits once, and
:func:`workshop.prompts.grade.dictated` reads the prompt's rest again so written, as it reads its
homophones (:mod:`homophones`).

What is read: the whole numbers from two to ninety-nine, French and English, compound ones included
(« vingt-cinq », « soixante-quatre », « quatre-vingt-dix », « dix-sept », "twenty-five", "twenty
five"); a sign said before one (« moins dix », "minus ten") when no value comes
before it (« cinq moins deux » stays a subtraction); the durations said as a fraction of an hour
(« un quart d'heure », « une demi-heure », « trois quarts d'heure », "a quarter of an hour", "half
an hour") as minutes; a number only where a value stands (or, round 101, anywhere after a duration
said with its unit in the same run of speech: "welcome five minutes … how it learns fifteen the demo
fifteen"): before a pause, a unit of time or a word that
joins or compares values (« quatre pour monter », « cinq minutes », "four to climb"). Left as written: a
number that counts a noun (« les deux nombres », « trois frères », "three steps": the data's or the task's
counts), the articles and "one" (« un diviseur », "a review", "the first one"), except « le un », "the
number one"; « une heure » (a plan's total, no part); zero (« sous
le zéro » is a place); « neuf » alone (an adjective as often as a number: « un téléphone neuf »);
« cent » (« pour cent »). Each replacement is padded with blanks on its left to the length of the
words it replaces, so that a text and the folded prompt it was made from stay aligned character for
character (:func:`workshop.prompts.evaluate.rest_and_full`)."""

from __future__ import annotations

import re

_UNITS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_ONE = {"un": 1, "une": 1, "one": 1}


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_J = r"(?:-|[ \t]++(?:et[ \t]++|and[ \t]++)?|-et-)"  # a compound's joint: "vingt-cinq", "vingt et un"
_UNIT = _alternatives({**_UNITS, **_ONE})
_TEEN = _alternatives(_TEENS)
_TEN = _alternatives(_TENS)
_B = r"(?<![\w'’-])"
_E = r"(?![\w'’]|-(?=\w))"
# a number from 2 to 99 in words, longest reading first; a unit alone never "un"/"une"/"one"
_NUMBER = (
    rf"(?:quatre-vingts?(?:-(?:dix-(?P<qvd>sept|huit|neuf)|(?P<qv>{_TEEN}|{_UNIT})))?"
    rf"|(?P<ten>{_TEN})(?:{_J}(?:(?P<teen2>{_TEEN})|dix-(?P<dixu>sept|huit|neuf)|(?P<unit2>{_UNIT})))?"
    rf"|dix-(?P<dixu1>sept|huit|neuf)"
    rf"|(?P<teen>{_TEEN})"
    rf"|(?P<unit>{_alternatives({w: n for w, n in _UNITS.items() if w != 'neuf'})}))"
)
# what may follow a number said as a value: a pause, a unit of time, a word that joins or compares values
# (« quatre pour monter », « cinq minutes », « dix et cinq », "four to climb"); a count of a noun (« les deux
# nombres », « trois frères », « deux sœurs », "three steps") is the data's or the task's and stays
_AFTER = (
    r"(?=[ \t]*+(?:[^\w\s'’]|$)|[ \t]++(?:min|mn|mins?|minutes?|secondes?|seconds?|pour|for|to|et|and|"
    r"puis|then|ou|or|a|à|au|de|d['’]|sur|over|moins|minus|plus|fois|times)(?![\w'’]))"
)
# « les deux », "the two", « tous les trois »: a pronoun or a count the sentence already made, no value
_NO_ARTICLE = r"(?<!\bles[ \t])(?<!\bces[ \t])(?<!\bthe[ \t])(?<!\bnos[ \t])(?<!\bvos[ \t])(?<!\bses[ \t])"
_SAID = re.compile(
    rf"{_B}{_NO_ARTICLE}(?P<sign>(?:moins|minus)[ \t]++)?(?P<n>{_NUMBER}){_E}{_AFTER}",
    re.IGNORECASE | re.MULTILINE,
)
# a value before the sign makes it a subtraction: « cinq moins deux », "10 minus two"
_VALUE_BEFORE = re.compile(rf"(?:\d|{_NUMBER}|[)=])[ \t]*+$", re.IGNORECASE)
# « le un », "the number one": the number itself, no article
_THE_ONE = re.compile(
    rf"{_B}(?P<lead>(?:le|the[ \t]++number|le[ \t]++nombre|le[ \t]++chiffre)[ \t]++)(?:un|one){_E}",
    re.IGNORECASE,
)
_HOUR_PARTS = re.compile(
    rf"{_B}(?:(?:un|a)[ \t]++quart[ \t]++d['’][ \t]*+heure|a[ \t]++quarter[ \t]++(?:of[ \t]++an[ \t]++)?hour"
    r"|(?:une[ \t]++)?demi[- ]heure|half[ \t]++an[ \t]++hour|a[ \t]++half[- ]hour"
    r"|trois[ \t]++quarts[ \t]++d['’][ \t]*+heure|three[ \t]++quarters[ \t]++of[ \t]++an[ \t]++hour)"
    rf"{_E}",
    re.IGNORECASE,
)
# Round 101 (fix101, r101g-plan-en-voice-dictation-durations: "welcome five minutes then what gen AI is ten
# minutes how it learns fifteen the demo fifteen limits ten"): once a run of speech (no stop, no line break)
# has said a duration with its unit, the next numbers it says are durations too, the unit left unsaid, before
# any word ("fifteen the demo", "fifteen limits"): a list of parts timed, not a count of things.
_BARE = re.compile(rf"{_B}{_NO_ARTICLE}(?P<n>{_NUMBER}){_E}(?=[ \t]++[a-z])", re.IGNORECASE)
_DURATION_BEFORE = re.compile(r"\d[ \t]*+(?:min|mn|mins?|minutes?)(?![\w'’])[^.!?;\n]*+$", re.IGNORECASE)
_RUN_BACK = 240  # characters of the run read back for its duration
MAX_CHARS = 65_536


def _value(m: re.Match[str]) -> int:
    said = m["n"].lower()
    if said.startswith("quatre-vingt"):
        if m["qvd"]:
            return 90 + _UNITS[m["qvd"].lower()]  # « quatre-vingt-dix-neuf »
        rest = m["qv"]
        return 80 + (0 if rest is None else (_TEENS.get(rest.lower()) or _UNITS.get(rest.lower()) or 1))
    if m["ten"]:
        base = _TENS[m["ten"].lower()]
        if m["teen2"]:
            return base + _TEENS[m["teen2"].lower()]  # « soixante-dix », « soixante et onze »
        if m["dixu"]:
            return base + 10 + _UNITS[m["dixu"].lower()]
        if m["unit2"]:
            return base + (_UNITS.get(m["unit2"].lower()) or 1)
        return base
    if m["dixu1"]:
        return 10 + _UNITS[m["dixu1"].lower()]
    if m["teen"]:
        return _TEENS[m["teen"].lower()]
    return _UNITS[m["unit"].lower()]


def _padded(said: str, value: str) -> str:
    return value.rjust(len(said)) if len(value) <= len(said) else value


def digits(text: str) -> str:
    """``text`` with its numbers said in words written in digits, each padded to its words' length
    (see the module); unchanged when it says none."""
    head, tail = text[:MAX_CHARS], text[MAX_CHARS:]

    def number(m: re.Match[str]) -> str:
        sign = (
            "-"
            if m["sign"] and not _VALUE_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()])
            else ""
        )
        kept = m["sign"] if m["sign"] and not sign else ""
        return kept + _padded(m.group(0)[len(kept) :], f"{sign}{_value(m)}")

    def hour_part(m: re.Match[str]) -> str:
        said = m.group(0).lower()
        minutes = (
            45 if ("trois" in said or "three" in said) else 30 if ("demi" in said or "half" in said) else 15
        )
        return _padded(m.group(0), f"{minutes} min")

    read = _HOUR_PARTS.sub(hour_part, head)
    read = _THE_ONE.sub(lambda m: m["lead"] + _padded(m.group(0)[len(m["lead"]) :], "1"), read)
    read = _SAID.sub(number, read)
    if re.search(r"\d[ \t]*+m", read):
        read = _BARE.sub(
            lambda m: (
                _padded(m.group(0), str(_value(m)))
                if _DURATION_BEFORE.search(m.string[max(0, m.start() - _RUN_BACK) : m.start()])
                else m.group(0)
            ),
            read,
        )
    return read + tail


# Session 56 (fix98hedge): a share said in words, read as a confidence is (« Confiance : soixante-dix pour
# cent », "seventy-five percent", « zéro virgule six », « quatre chances sur cinq », "one hundred per cent").
# Unlike :func:`digits`, every number word becomes its figures, unpadded, and a percent said becomes "%": the
# text is only searched for a confidence, never aligned with another.
_HUNDRED = re.compile(rf"{_B}(?:(?:one|a)[ \t]++hundred|cent|hundred){_E}", re.IGNORECASE)
_PERCENT_SAID = re.compile(rf"{_B}(?:pour[ \t]?cent|percent|per[ \t]++cent){_E}", re.IGNORECASE)
_DECIMAL_SAID = re.compile(
    rf"{_B}z[eé]ro[ \t]++(?:virgule|point)(?P<tail>(?:[ \t]++(?:{_NUMBER}|z[eé]ro|neuf|un|one){_E})++)",
    re.IGNORECASE,
)
_ONE_CHANCE = re.compile(
    rf"{_B}(?:une?|one)(?=[ \t]++(?:chances?[ \t]++)?(?:sur|in|out[ \t]++of)[ \t]++)"
    rf"|(?<=\bto[ \t])one{_E}|(?<=\bcontre[ \t])une?{_E}",  # odds: "four to one", « quatre contre un »
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(rf"{_B}(?P<n>{_NUMBER}){_E}", re.IGNORECASE)
_DECIMAL_DIGIT = re.compile(
    rf"{_B}(?:(?P<n>{_NUMBER})|(?P<zero>z[eé]ro)|(?P<nine>neuf)|(?P<one>un|one)){_E}", re.IGNORECASE
)


def _decimal(m: re.Match[str]) -> str:
    said = []
    for d in _DECIMAL_DIGIT.finditer(m["tail"]):
        said.append("0" if d["zero"] else "9" if d["nine"] else "1" if d["one"] else str(_value(d)))
    return "0," + "".join(said)


def figures(text: str) -> str:
    """``text`` with its shares said in words written in figures (see above), for a search only."""
    read = _PERCENT_SAID.sub("%", _DECIMAL_SAID.sub(_decimal, text[:MAX_CHARS]))
    read = _HUNDRED.sub("100", read)
    read = _ONE_CHANCE.sub("1", read)
    return _ANY_NUMBER.sub(lambda m: str(_value(m)), read)
