"""What a why-question or Euclid's remainders presuppose (issue 11, round 48, fix-helper line48).

"Explain why their gcd is 1" states its content, and the value readers read it; a why-question in
a question's word order presupposes the same content but is a question, which they leave:
:func:`why_told` writes it as the request it is ("Why is their gcd one?" reads "explain why their
gcd is one.", « Pourquoi leur PGCD vaut-il 1 ? » reads « explique pourquoi leur pgcd vaut 1. »).
Only a why-question whose subject is the answer's (the gcd, the intercept, b) and whose predicate is
a value (a number, "one", « un », "equal to ...") is rewritten: "why is the gcd useful?", « pourquoi
le PGCD est-il utile ? » stay questions.

:func:`euclid_told` writes Euclid's algorithm told to end on a remainder of 1 ("Euclid's algorithm
on 64 and 35 reaches a remainder of 1 just before 0", "the last non-zero remainder ... is 1", « le
dernier reste non nul ... vaut 1 ») as the gcd it gives ("the gcd is 1"), in place, so that a
question around it is read as before; in a condition ("if the last non-zero remainder is 1, ...") it
stays unread, as before. Inputs are folded
(:func:`workshop.prompts.text.fold`)."""

from __future__ import annotations

import re

MAX_CHARS = 20_000
_SUBJECT = (
    r"(?P<subj>(?:(?:their|the|its|this|le|leur|son|l')\s*+)?(?:gcd|pgcd|hcf|greatest\s++common\s++divisor|"
    r"highest\s++common\s++factor|plus\s++grand\s++diviseur\s++commun|(?:y-)?intercept|ordonnee\s++a\s++l'origine|"
    r"(?<![\w'-])b(?![\w'-])))"
    r"(?P<of>\s++(?:of|de|d')\s*+[^?.!;:\n]{1,40}?)?"
)
_VALUE = (
    r"(?P<pred>(?:(?:equal\s++to|egale?\s++a)\s++)?(?:-\s*+)?"
    r"(?:\d{1,6}+|one|un|une|minus\s++\w++|moins\s++\w++))"
)
_WHY_EN = re.compile(
    rf"(?<![\w'])why\s++(?P<verb>is|was|does)\s++{_SUBJECT}\s++(?:(?:still|really|always)\s++)?"
    rf"(?:(?P<equal>equal)\s++)?{_VALUE}\s*+\?"
)
_WHY_FR = re.compile(
    rf"(?<![\w'])pourquoi\s++(?:est-ce\s++que?\s*+)?{_SUBJECT}\s++(?P<verb>vaut|est|fait)(?:-t)?(?:-(?:il|elle))?\s++"
    rf"{_VALUE}\s*+\?"
)


def why_told(text: str) -> str:
    """``text`` (folded) with each why-question about the answer's value written as a request to
    explain it (see the module)."""
    text = text[:MAX_CHARS]

    def english(m: re.Match[str]) -> str:
        verb = "equals" if m["equal"] else ("is" if m["verb"] == "does" else m["verb"])
        return f"explain why {m['subj']}{m['of'] or ''} {verb} {m['pred']}."

    def french(m: re.Match[str]) -> str:
        return f"explique pourquoi {m['subj']}{m['of'] or ''} {m['verb']} {m['pred']}."

    return _WHY_FR.sub(french, _WHY_EN.sub(english, text))


_ONE = r"(?:1|one|un)(?![\w.,]\d|\d|\w)"
_EUCLID = (
    r"(?:euclid'?s\s++algorithm|the\s++euclidean\s++algorithm|euclid|l'algorithme\s++d'euclide|"
    r"l'algorithme\s++euclidien|euclide)(?:\s++(?:on|for|applied\s++to|with|sur|pour|applique\s++a|avec|entre)"
    r"\s++[^.?!;:\n]{1,30}?)?"
)
_EUCLID_TOLD = [
    re.compile(pattern)
    for pattern in (
        # "Euclid's algorithm on 64 and 35 reaches a remainder of 1",
        # « l'algorithme d'Euclide donne un reste de 1 »
        rf"(?<![\w']){_EUCLID}\s++(?:reaches|gives|ends\s++(?:with|on)|stops\s++(?:at|on|with)|finishes\s++(?:with|on)|"
        r"yields|produces|leaves|arrives\s++at|donne|aboutit\s++a|finit\s++(?:sur|par)|s'arrete\s++sur|"
        r"se\s++termine\s++(?:sur|par)|produit|laisse|arrive\s++a)\s++(?:a\s++|the\s++|un\s++|le\s++)?"
        r"(?:last\s++non-zero\s++|dernier\s++)?(?:remainder|reste)(?:\s++non\s++nul)?\s++"
        r"(?:of\s++|de\s++|egal\s++a\s++|=\s*+)?"
        + _ONE,
        # "the last non-zero remainder (of Euclid's algorithm on ...) is 1",
        # « le dernier reste non nul ... vaut 1 »
        r"(?<![\w'])(?:the\s++last\s++non-?zero\s++remainder|le\s++dernier\s++reste\s++non\s++nul)"
        rf"(?:\s++(?:of|in|de|dans)\s++{_EUCLID})?\s++(?:is|equals|=|est|vaut|est\s++egal\s++a)\s*+" + _ONE,
    )
]


_CONDITION = re.compile(
    r"\b(?:si|s'il|s'ils|if|when|whenever|quand|lorsque|lorsqu|suppose|supposons|imagine|unless|whether|"
    r"verifie\w*|check\w*)\b"
)


def conditional(text: str, at: int) -> bool:
    """Whether the sentence of ``text`` holding ``at`` has a condition, a supposition or a check
    before it ("if", « si », "when", "check whether"): what follows is not told."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n;") + 1
    return any(not _LABEL.match(text, m.end()) for m in _CONDITION.finditer(text, start, at))


# session 54 (fix94b): a check's label ("Sanity check: on my graph paper it hits …", « Vérification : … »)
# heads what it tells; it sets no condition
_LABEL = re.compile(r"(?<=[a-z])(?<![ \t](?:si|if))[ \t]*+:")


def asked(text: str, at: int) -> bool:
    """Whether the sentence of ``text`` holding ``at`` is a question other than a why-question
    ("does it cross the y-axis 10 below the origin?" asks; "why does it ...?" presupposes)."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n;") + 1
    ends = [i for i in (text.find(mark, at) for mark in ".!?\n;") if i >= 0]
    end = min(ends) if ends else len(text)
    return text.startswith("?", end) and not re.search(r"\b(?:why|pourquoi)\b", text[start:end])


def euclid_told(text: str) -> str:
    """``text`` (folded) with Euclid's algorithm told to end on a remainder of 1 written as the
    gcd it gives (see the module); not in a condition ("if the last non-zero remainder is 1")."""
    text = text[:MAX_CHARS]

    def told(m: re.Match[str]) -> str:
        if conditional(m.string, m.start()):
            return m[0]
        return "the gcd is 1" if re.search(r"\b(?:the|remainder)\b", m[0]) else "le pgcd vaut 1"

    for pattern in _EUCLID_TOLD:
        text = pattern.sub(told, text)
    return text


# Round 49 (fix-helper g49): a how-question about the way to a value presupposes the value as surely ("How
# do we get from the data to y = 4x − 10?", "Can you explain how one arrives at 1 sister?", « Comment
# arrive-t-on à b = −10 ? », « Pourrais-tu expliquer comment on aboutit à un PGCD de 1 ? »): written as the
# request "explain how to get to …", which the value readers read as they read "Explain how to get to y = 4x
# − 10." A destination with no value ("how do we get to the equation?") or in a condition stays a question.
_HOW = re.compile(
    r"(?<![\w'])(?:how|comment)(?![\w'])[^?.!;\n]{0,60}?(?<![\w'])"
    r"(?:get(?:s|ting)?(?:[ \t]++from[ \t]++[^?.!;\n]{1,40}?)?[ \t]++to|arrive[sd]?[ \t]++at|reach(?:es|ed)?|"
    r"end(?:s|ed)?[ \t]++up[ \t]++(?:at|with)|lands?[ \t]++on|comes?[ \t]++to|"
    r"(?:arrive|aboutit|aboutir|parvient|parvenir|tombe|passe|passer|va|aller)(?:-t-on|-t-il|-t-elle|-on)?"
    r"(?:[ \t]++(?:des|de|du)[ \t]++[^?.!;\n]{1,40}?)?[ \t]++(?:a|au|sur|jusqu'a)|"
    r"(?:go|gets?|goes)[ \t]++(?:all[ \t]++the[ \t]++way[ \t]++)?to)"
    r"[ \t]++(?P<dest>[^?.!;\n]{1,60}?)[ \t]*+\?"
)
_DEST_VALUE = re.compile(
    r"\d|=|(?<![\w'-])(?:one|un|une|two|deux|ten|dix|minus|moins|yes|oui|coprime|"
    r"premiers[ \t]++entre[ \t]++eux)(?![\w'-])"
)


def how_told(text: str) -> str:
    """``text`` (folded) with each how-question about the way to a value written as a request to explain
    the way to it (see above)."""
    text = text[:MAX_CHARS]

    def told(m: re.Match[str]) -> str:
        if not _DEST_VALUE.search(m["dest"]) or conditional(m.string, m.start()):
            return m[0]
        return f"explain how to get to {m['dest']}."

    return _HOW.sub(told, text)


def readings(text: str) -> list[str]:
    """``text`` (folded) with its why-questions and Euclid's remainders told, when it has any."""
    read = euclid_told(why_told(text))
    how = how_told(read)
    return [r for r in dict.fromkeys((read, how)) if r != text[:MAX_CHARS]]
