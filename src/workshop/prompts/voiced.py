"""A line's equation said in words (issue 11, round 45), before prompt-data looks for it: a
voice-typed prompt writes "y égale quatre x plus six", "y equals four x minus ten", "y est égal à
4 fois x plus 6"; each is read as the equation it says ("y = 4x + 6"), which
:func:`workshop.prompts.dataforms.lines_read` then reads as any other.

Only the form changes: the numbers said are the numbers read ("y égale quatre x plus sept" is y =
4x + 7, another line), numbers from zero to twenty in words or in digits; "plus"/"moins" and
"plus"/"minus" are the signs. Anything else (a slope said without "x", "y" missing, a number past
twenty in words) is left as written."""

from __future__ import annotations

import re

_VALUES = {
    "zero": 0, "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
    "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8,
    "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12,
    "twelve": 12, "treize": 13, "thirteen": 13, "quatorze": 14, "fourteen": 14, "quinze": 15,
    "fifteen": 15, "seize": 16, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "vingt": 20, "twenty": 20,
}  # fmt: skip
_NUMBER = r"(?:\d{1,4}+(?![\d]|[.,]\d)|(?:" + "|".join(sorted(_VALUES, key=len, reverse=True)) + r")(?![\w]))"
_SIGN = r"(?:\s*+[+−–-]\s*+|\s++(?:plus|moins|minus)\s++)"
_SAID = re.compile(
    r"(?<![\w])y\s++(?:=|(?:est\s++)?+[ée]gale?+s?+(?:\s++[àa])?+|equals?+|is\s++equal\s++to|is)\s++"
    rf"(?P<neg>(?:moins|minus|[-−–])\s*+)?+(?P<slope>{_NUMBER})\s*+(?:fois\s++|times\s++)?+x"
    rf"(?:(?P<sign>{_SIGN})(?P<const>{_NUMBER}))?+(?![\w])",
    re.IGNORECASE,
)


def _value(word: str) -> str:
    return word if word.isdigit() else str(_VALUES[word.lower()])


def _equation(found: re.Match[str]) -> str:
    slope = ("-" if found["neg"] else "") + _value(found["slope"])
    if not found["sign"]:
        return f"y = {slope}x"
    sign = "+" if found["sign"].strip().lower() in ("plus", "+") else "-"
    return f"y = {slope}x {sign} {_value(found['const'])}"


def equations_read(prompt: str) -> str:
    """The prompt with each equation of a line said in words written in symbols (see the module)."""
    return _SAID.sub(_equation, prompt)


# A question voice-typed without its question mark (round 45: "est-ce que trente-cinq et
# soixante-quatre sont premiers entre eux justifie en donnant le pgcd"): "est-ce que" then the
# words of its clause, up to the first word that opens another (a pronoun of the speakers, a
# "oui"/"non", an imperative: "justifie", "moi je dis oui"), are ended with "?", so that the
# verdict asked about is read as asked, not stated. "est-ce que tu peux expliquer pourquoi..."
# (a pronoun or "pourquoi" first) closes nothing: what follows it is stated, as before; nor does a
# clause that already has its "?" or "!".
_STOP = (
    r"(?:je|j|moi|tu|toi|nous|vous|on|me|my|i|you|oui|non|yes|no|pourquoi|comment|why|how|"
    r"justifie[rz]?|explique[rz]?|donne[rz]?|calcule[rz]?|montre[rz]?|verifie[rz]?|vérifie[rz]?|"
    r"reponds|réponds|repondez|répondez|dis|dites|prouve[rz]?|detaille[rz]?|détaille[rz]?|"
    r"raisonne[rz]?|indique[rz]?|precise[rz]?|précise[rz]?|ecris|écris|mais|car|parce)(?![\w'])"
)
_ASKED = re.compile(
    rf"(?<![\w-])est[\s-]ce\s++qu(?:e(?![\w])|')(?:[ \t]*+(?!{_STOP})[\w'-]++)++(?![ \t]*+[?!])",
    re.IGNORECASE,
)


def questions_closed(prompt: str) -> str:
    """The prompt with each "est-ce que" question that lacks its question mark ended by one."""
    return _ASKED.sub(lambda m: f"{m[0]} ?", prompt)
