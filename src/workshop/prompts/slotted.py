"""A template slot's example or default value, read as the slot's fill (round 91, fix91).

« Termine par « Réponse : <nombre de sœurs, ex. 1> » », "a = <ex. 4>, b = <ex. -10>", "Answer: [yes/no,
default: yes]", "{gcd, e.g. 1}": a placeholder of the answer's template that holds an example or a default
value hands that value to the model, which fills the slot with it. The slot (in angle, square or curly
brackets) is read as its value, so that the answer readers see "Réponse : 1". A slot without a value ("<nombre
de sœurs>", "[pente]") is left as it is; a value the same in three slots or more ("<label, e.g. positive>" in
every review's slot) is a generic example of the form and is left too. A JSON object ("{"id": 1}") holds a
colon or a quote before any marker and is no slot.
A format hint's parenthesis that spells the value ("Give the gcd as a single digit (it's the digit one)",
« Donne le PGCD en chiffres (c'est le chiffre 1) »): the form asked for the named quantity, then "it's",
« c'est » and the value, or "the digit/number …" alone, is read as the quantity's value ("the gcd is 1").
A question's one-word parenthesis (« sont-ils premiers entre eux (oui) ? », "coprime (yes)?", "How many
sisters does Caroline have (1)?", "Are they coprime? (yes)"): a yes/no word, a number or a number word alone
in brackets before the question's mark, or a yes/no word alone right after it, is the answer written into
the question: read as an answer line after it. "(oui ou non)", "(yes/no)", "(en chiffres)" are no answer.
Limits: a slot's example that is another value than the answer reads as that wrong value (no dictation); an
example given outside brackets ("Réponse : … (par ex. 1)") is read by the example readers as before.
"""

from __future__ import annotations

import re

from workshop.prompts.text import NUMBER_WORD_RE

# The marker of an example or a default inside a slot, then its value up to the slot's end.
_SLOT = re.compile(
    r"(?P<open>[<\[{])(?P<head>[^<>\[\]{}\n\"]{0,80}?)"
    r"(?<![\w])(?:e\.?[ \t]?g\.?|ex\.?|p\.?[ \t]?ex\.?|par[ \t]++ex(?:emple)?\.?|exemples?|examples?|"
    r"for[ \t]++(?:example|instance)|default(?:[ \t]++value)?|valeur[ \t]++par[ \t]++d[ée]faut|"
    r"par[ \t]++d[ée]faut|d[ée]faut|say|like|comme|such[ \t]++as|z\.[ \t]?b\.|p\.[ \t]?ej\.|"
    r"por[ \t]++ejemplo)"
    r"(?![\w])[ \t]*+[:=]?[ \t]*+"
    r"(?P<value>[^<>\[\]{}\n,;]{1,40}?)[ \t]*+(?P<close>[>\]}])"
)
_PAIRS = {"<": ">", "[": "]", "{": "}"}
GENERIC = 3  # this many slots or more with one same value are a generic example of the form


def filled(prompt: str) -> str:
    """``prompt`` with each slot that holds an example or a default value replaced by that value."""
    slots = [m for m in _SLOT.finditer(prompt) if _PAIRS[m["open"]] == m["close"] and ":" not in m["head"]]
    if not slots:
        return prompt
    values = [m["value"].strip().lower() for m in slots]
    generic = {v for v in values if values.count(v) >= GENERIC}
    out, at = [], 0
    for m, value in zip(slots, values, strict=True):
        if value in generic:
            continue
        out += [prompt[at : m.start()], m["value"].strip()]
        at = m.end()
    return "".join(out) + prompt[at:]


# "Give the gcd as a single digit (it's the digit one)": the verb, the quantity (1 or 2 words), the form, then
# a parenthesis that says its value (a pronoun and a copula, or the form's noun and the value alone).
_FORM = (
    r"(?:digits?|numbers?|integers?|figures?|numerals?|chiffres?|nombres?|entiers?|num[ée]rique|numeric|"
    r"lettres?|letters?|words?|mots?|toutes[ \t]++lettres)"
)
_HINT = re.compile(
    r"(?<![\w'])(?:give|write|state|put|report|return|donne|donnez|[ée]cris|[ée]crivez|indique|indiquez|"
    r"note|notez)[ \t]++(?P<quantity>(?:the|le|la|l'|ton|your|son|its)[ \t]*+[\w-]++"
    r"(?:[ \t]++(?!(?:as|in|en|sous|with|avec)\b)[\w-]++)?+)[ \t]++"
    r"(?:as|in|en|sous[ \t]++forme[ \t]++d[e']|with|avec)[ \t]*+"
    rf"(?:(?:a|an|one|un|une|des|single|seul|plain|simple)[ \t]++){{0,2}}{_FORM}[^()\n.]{{0,30}}?[ \t]*+"
    r"\([ \t]*+(?:(?:it's|it[ \t]++is|that's|c'est|ce[ \t]++sera|soit|i\.?e\.?|namely|[aà][ \t]++savoir)"
    r"[ \t]++)?+"
    rf"(?:(?:the|le|la|l')[ \t]*+)?+{_FORM}[ \t]++(?P<value>-?\d{{1,6}}|{NUMBER_WORD_RE})[ \t]*+\)",
    re.I,
)


def hinted(text: str) -> str:
    """``text`` with each format hint that spells its quantity's value read as a statement of it
    ("give the gcd as a single digit (it's the digit one)" → "… (the gcd is one)")."""

    def said(m: re.Match[str]) -> str:
        head = m.group(0)[: m.group(0).rindex("(")]
        return f"{head}({m['quantity']} is {m['value']}. Answer: {m['value']})"

    return _HINT.sub(said, text)


_YES_NO = r"(?:oui|non|yes|no|vrai|faux|true|false|si|s[ií]|ja|nein|y|n)"
_YES = {w: "oui" for w in ("yes", "vrai", "true", "si", "sí", "ja", "y")} | {
    w: "non" for w in ("no", "faux", "false", "nein", "n")
}
_ANSWERED = re.compile(
    rf"\([ \t]*+(?P<inside>{_YES_NO}|-?\d{{1,4}}|{NUMBER_WORD_RE})[ \t]*+[.!]?\)[ \t]*+\?"
    rf"|\?[ \t]*+\([ \t]*+(?P<after>{_YES_NO})[ \t]*+[.!]?\)",
    re.I,
)


def answered(text: str) -> str:
    """``text`` with each question's one-word parenthesis read as an answer line after the question."""

    numbers: set[int] | None = None

    def line(m: re.Match[str]) -> str:
        nonlocal numbers
        word = m["inside"] or m["after"]
        if word.isdigit():
            numbers = _numbering(text) if numbers is None else numbers
            if {int(word) - 1, int(word) + 1} & numbers:
                return m.group(0)  # "… have (1)? Explain your reasoning (2).": a question's number (mend53)
        word = _YES.get(word.lower(), word)
        return f"?\nRéponse : {word}.\n"

    return _ANSWERED.sub(line, text)


# Session 53 (mend53): the numbers a prompt writes alone in brackets ("(1)", "(2)"): a question numbered
# "(1)" when "(2)" stands elsewhere (or "(2)" when "(1)" does) is one of a list of questions, not answered.
_BRACKETED = re.compile(r"\([ \t]*+(\d{1,2}+)[ \t]*+\)")
MAX_BRACKETED = 200


def _numbering(text: str) -> set[int]:
    found: set[int] = set()
    for count, m in enumerate(_BRACKETED.finditer(text)):
        if count >= MAX_BRACKETED:
            break
        found.add(int(m.group(1)))
    return found
