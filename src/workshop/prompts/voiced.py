"""A line's equation said in words (issue 11, round 45), before prompt-data looks for it: a
voice-typed prompt writes "y égale quatre x plus six", "y equals four x minus ten", "y est égal à
4 fois x plus 6"; each is read as the equation it says ("y = 4x + 6"), which
:func:`workshop.prompts.dataforms.lines_read` then reads as any other.

Only the form changes: the numbers said are the numbers read ("y égale quatre x plus sept" is y =
4x + 7, another line), numbers from zero to twenty in words or in digits; "plus"/"moins" and
"plus"/"minus" are the signs. Anything else (a slope said without "x", "y" missing, a number past
twenty in words) is left as written. Round 89 (fix89): the letter x said as it sounds, as a speech-to-text
tool writes it (« quatre iks », « 4 ixe », "four ex"), is x."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from workshop.prompts.text import NUMBER_WORDS

# the numbers from zero to twenty in words (the shared table's, without its articles and
# quantifiers, and the three teens it lacks)
VALUES: dict[str, int] = {
    **{
        w: n
        for w, n in NUMBER_WORDS.items()
        if n <= 20 and w not in ("a", "an", "single", "aucun", "aucune", "none")
    },
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_SIGN = r"(?:\s*+[+−–-]\s*+|\s++(?:plus|moins|minus)\s++)"


def equation_reader(values: Mapping[str, int | str]) -> Callable[[str], str]:
    """A reader that writes each equation of a line said in words in symbols ("y equals four x
    minus ten" as "y = 4x - 10"), its numbers in digits or among ``values`` (word: number;
    :mod:`homophones` adds "won", "for"...)."""
    table = {w.lower(): str(n) for w, n in values.items()}
    words = "|".join(sorted(table, key=len, reverse=True))
    number = rf"(?:\d{{1,4}}+(?![\d]|[.,]\d)|(?:{words})(?![\w]))"
    said = re.compile(
        r"(?<![\w])y(?:\s*+=\s*+|\s++(?:(?:est\s++)?+[ée]gale?+s?+(?:\s++[àa])?+|equals?+|is\s++equal\s++to|is)\s++)"
        rf"(?P<neg>(?:moins|minus|[-−–])\s*+)?+(?P<slope>{number})\s*+(?:fois\s++|times\s++)?+(?:x|iks|ixe|ix|ex)"
        rf"(?:(?P<sign>{_SIGN})(?P<const>{number}))?+(?![\w])",
        re.IGNORECASE,
    )

    def value(word: str) -> str:
        return word if word.isdigit() else table[word.lower()]

    def equation(found: re.Match[str]) -> str:
        slope = ("-" if found["neg"] else "") + value(found["slope"])
        if not found["sign"]:
            return f"y = {slope}x"
        sign = "+" if found["sign"].strip().lower() in ("plus", "+") else "-"
        return f"y = {slope}x {sign} {value(found['const'])}"

    return lambda prompt: said.sub(equation, prompt)


_READ = equation_reader(VALUES)


def equations_read(prompt: str) -> str:
    """The prompt with each equation of a line said in words written in symbols (see the module)."""
    return _READ(prompt)


# A question voice-typed without its question mark (round 45: "est-ce que trente-cinq et
# soixante-quatre sont premiers entre eux justifie en donnant le pgcd"): "est-ce que" then the
# words of its clause, up to the first word that opens another (a pronoun of the speakers, a
# "oui"/"non", an imperative: "justifie", "moi je dis oui"), are ended with "?", so that the
# verdict asked about is read as asked, not stated. "est-ce que tu peux expliquer pourquoi..."
# (a pronoun or "pourquoi" first) closes nothing: what follows it is stated, as before; nor does a
# clause that already has its "?" or "!". Session 52 (fix86): the cleft « c'est ce que » («
# la réponse c'est une
# sœur c'est ce que la prof a dit ») asks nothing: an "est" glued to an apostrophe opens no question.
_STOP = (
    r"(?:je|j|moi|tu|toi|nous|vous|on|me|my|i|you|oui|non|yes|no|pourquoi|comment|why|how|"
    r"justifie[rz]?|explique[rz]?|donne[rz]?|calcule[rz]?|montre[rz]?|verifie[rz]?|vérifie[rz]?|"
    r"reponds|réponds|repondez|répondez|dis|dites|prouve[rz]?|detaille[rz]?|détaille[rz]?|"
    r"raisonne[rz]?|indique[rz]?|precise[rz]?|précise[rz]?|ecris|écris|mais|car|parce)(?![\w'])"
)
_ASKED = re.compile(
    rf"(?<![\w'’-])est[\s-]ce\s++qu(?:e(?![\w])|')(?:[ \t]*+(?!{_STOP})[\w'-]++)++(?![ \t]*+[?!])",
    re.IGNORECASE,
)


def questions_closed(prompt: str) -> str:
    """The prompt with each "est-ce que" question that lacks its question mark ended by one."""
    return _ASKED.sub(lambda m: f"{m[0]} ?", prompt)


# Round 89 (fix89): punctuation said aloud, as speech-to-text writes it when it is not set to punctuate
# (« tu es formateur virgule fais le plan … rien point donne une durée »): on a line that has no
# punctuation mark of its own, « virgule »/« point »/"comma"/"period"/"full stop" between two words is the
# mark, so that the statement's sentences are read as sentences. A determiner or a preposition before it
# (« le point », "the period", « à ce point »), « de »/"of" after it (« point de vue »), a digit on either
# side (« 5 virgule 10 ») keep it a word.
_NOT_BEFORE = (
    r"le|la|un|une|ce|cet|du|au|aux|de|des|les|mon|ton|son|notre|votre|leur|quel|chaque|a|à|en|sur|par|"
    r"the|an|this|that|each|one|of|to|at|in|on|my|your|his|her|its|our|their|which|what|no|same|time|grace"
)
_SPOKEN_MARK = re.compile(
    rf"(?<![\w'’-])(?!(?:{_NOT_BEFORE})[ \t])(?P<word>[^\W\d_]++)[ \t]++"
    r"(?P<mark>virgule|point|comma|period|full[ \t]++stop)"
    r"(?=[ \t]++(?!(?:de|d['’]|du|des|of|par|by)(?![\w]))[^\W\d_])",
    re.IGNORECASE,
)
_PUNCTUATED = re.compile(r"[.,;!?]")


def punctuation_read(prompt: str) -> str:
    """The prompt with its punctuation said aloud written as marks on its unpunctuated lines (see above)."""
    if not _SPOKEN_MARK.search(prompt):
        return prompt

    def line_read(line: str) -> str:
        if _PUNCTUATED.search(line):
            return line
        return _SPOKEN_MARK.sub(
            lambda m: m["word"] + ("," if m["mark"].lower() in ("virgule", "comma") else "."), line
        )

    return "\n".join(line_read(line) for line in prompt.split("\n"))
