"""Answers that state a value without settling on it (round 29, issue 11bb), read on the folded
answer from its answer on (:func:`workshop.prompts.extract.final_answer`):

- a value given in a counterfactual (``counterfactual``): "Caroline aurait eu 1 sœur si
  l'énoncé avait parlé de deux filles", "le nombre serait de 1 si l'on admettait…", "she would
  have 1 sister": what would hold in another case is not said to hold in this one. A
  conditional verb before the value in its clause, or a condition in a past tense right
  after the value's span (a unit between, "1 sœur si l'énoncé avait dit…" where the reader's
  span is "1", hides it).
- the question reopened once answered (``reopened``): "Cela dit, la question est mal posée : il
  existe une infinité de droites qui conviennent", "there is no single answer", "les deux
  réponses se défendent", "any intercept would do": the answer given is then one of many, so
  none. Said under a condition or of another case ("sans le point, il y aurait une infinité
  de droites", "among infinitely many parallels only one…") or denied, it reopens nothing.
- a value given as a share of votes or chances (``polled``): "oui à 62 %, non à 38 %", "1 sœur
  (80 %)": a share short of certainty next to the value, in its clause.

The working before the answer may weigh cases freely: only the answer's own clause and what
follows it are read."""

from __future__ import annotations

import re

from workshop.prompts import numwords

# A conditional verb (French conditional forms of the verbs an answer uses, English modals); a
# verb of saying after it ("je dirais", "I would say") is a manner of answering, not a case.
_CONDITIONAL = re.compile(
    r"\b(?:(?:au|se|pour|dev|vaud|faud|fe|obtiend|compte|trouve|donne|reste|existe|tiend|vaud)"
    r"(?:rais|rait|rions|riez|raient)|would|could|might|'d)\b(?![ \t]++(?:say|dire|answer|repondre|think))"
)
# a condition in a past tense after the value ("1 sœur si l'énoncé avait parlé de…", "if there had been")
_PAST_CONDITION = re.compile(
    r"\b(?:si|s'il|s'ils|if)\b[^.;!?\n]{0,60}?\b(?:avait|avaient|etait|etaient|aurait|had|were|would)\b"
)


# The value's unit may stand between it and the condition ("1 sœur si l'énoncé avait dit…",
# "1 sister if the riddle had said…"); "même si"/"even if" concedes, it supposes nothing.
_UNIT_THEN_CONDITION = re.compile(
    r"(?<![a-z()'-])(?:(?!meme\b|even\b)[a-z()'-]++[ \t]++){0,2}?" + _PAST_CONDITION.pattern
)


_CLAUSE_CUT = re.compile(
    r".*(?:[.!?;:,\n]|\b(?:mais|but|donc|so|ainsi|thus|hence|ce qui|which|et|and)\b)", re.S
)


def _clause_before(text: str, start: int) -> str:
    """The value's clause up to it (80 characters at most): from the last punctuation or
    connective ("On pourrait croire que b vaut 10, mais … donne b = −10": the second is said)."""
    head = text[max(0, start - 80) : start]
    cut = _CLAUSE_CUT.match(head)
    return head[cut.end() :] if cut else head


_CLAUSE_END = re.compile(r"[;!?\n]|\.(?=\s|$)")


def _clause_after(text: str, end: int) -> str:
    found = _CLAUSE_END.search(text, end)
    return text[end : found.start() if found else len(text)]


def counterfactual(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a value is stated in a counterfactual: a conditional verb before it in its clause,
    or a condition in a past tense right after it."""
    for start, end in spans:
        if _CONDITIONAL.search(_clause_before(text, start)):
            return True
        after = _clause_after(text, end).lstrip(" ,")
        if _PAST_CONDITION.match(text, end) or _UNIT_THEN_CONDITION.match(after):
            return True
    return False


_OPEN_POSITIVE = re.compile(
    r"\b(?:mal[ \t]++posee?|mal[ \t]++formulee?|ill[ \t-]posed|poorly[ \t]++posed|badly[ \t]++posed|"
    r"under-?determined|sous-determinee?|une[ \t]++infinite[ \t]++de|infinitely[ \t]++many|"
    r"(?:an[ \t]++)?infinite[ \t]++number[ \t]++of|an[ \t]++infinity[ \t]++of|"
    r"plusieurs[ \t]++(?:reponses|solutions|droites|valeurs)[ \t]++(?:sont[ \t]++)?"
    r"(?:possibles|conviennent|acceptables|valables|correctes|justes)|"
    r"several[ \t]++(?:answers|solutions|lines|values)[ \t]++(?:are[ \t]++)?"
    r"(?:possible|fit|valid|acceptable|correct|work)|"
    r"more[ \t]++than[ \t]++one[ \t]++(?:answer|solution|line)|"
    r"les[ \t]++deux[ \t]++(?:reponses|verdicts|options)[ \t]++(?:se[ \t]++defendent|sont[ \t]++"
    r"(?:possibles|valables|acceptables|correctes|justes))|"
    r"both[ \t]++(?:answers|verdicts|options)[ \t]++(?:are[ \t]++)?"
    r"(?:valid|possible|acceptable|correct|defensible|work)|"
    r"either[ \t]++answer|n'importe[ \t]++quel(?:le)?[ \t]++(?:valeur|reponse|ordonnee|droite|b)\b|"
    r"any[ \t]++(?:value|answer|intercept|line|b)[ \t]++"
    r"(?:would[ \t]++do|works|fits|is[ \t]++fine|will[ \t]++do))"
)
_OPEN_NEGATIVE = re.compile(
    r"\b(?:pas[ \t]++(?:de|d'|une)[ \t]*+(?:seule[ \t]++)?(?:reponse|solution)[ \t]++(?:unique|definitive)|"
    r"pas[ \t]++de[ \t]++(?:bonne|vraie)[ \t]++reponse|aucune[ \t]++reponse[ \t]++(?:unique|definitive)|"
    r"no[ \t]++(?:single|unique|one|definite|right)[ \t]++(?:answer|solution)|"
    r"(?:doesn't|does[ \t]++not)[ \t]++have[ \t]++(?:a[ \t]++)?(?:single|unique|definite)[ \t]++"
    r"(?:answer|solution))"
)
_ELSEWHERE = re.compile(
    r"\b(?:sans|without|si|if|sinon|otherwise|unless|a[ \t]++moins|except|parmi|among|en[ \t]++general|"
    r"in[ \t]++general|generally|seule?|only|unique|single)\b"
)
_DENIED = re.compile(r"\b(?:pas|not|no|aucune?|jamais|never|ni|nor)\b|n't")


def reopened(text: str, after: int) -> bool:
    """Whether a sentence from ``after`` on says the question has no single answer."""
    lo = max(text.rfind(c, 0, after) for c in ".!?;\n") + 1
    for sentence in re.split(r"[.!?;\n](?=\s|$)|\n", text[lo:])[:200]:
        if _OPEN_NEGATIVE.search(sentence):
            return True
        found = _OPEN_POSITIVE.search(sentence)
        if found and not _ELSEWHERE.search(sentence) and not _DENIED.search(sentence, 0, found.start()):
            return True
    return False


_SHARE = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)[ \t]*+(?:%|pour[ \t]?cent|percent|per[ \t]++cent)"
)


# Round 88 (fix88): a confidence of 95 % or more the clause says is the model's own ("Réponse : 1 sœur
# (confiance : 99 %)", "1 sister (95% confident)") is a high confidence, no share of chances; a lower
# one, or a share with no word of confidence ("1 sœur (96 %)"), still polls.
HIGH_CONFIDENCE = 95
_CONFIDENT = re.compile(
    r"\b(?:confiance|confidence|confident|certitude|certainty|certaine?|sure?|fiabilite|reliability)\b"
)


def _table_header(text: str, at: int) -> str:
    """Session 58 (fix102hedge, r102f-riddle-en-confidence-cell-high): the header row of the Markdown table
    whose row holds ``at`` ("" if none): a share under a column of confidence (« | Réponse | Confiance | »
    over « | 1 sœur | 99 % | ») is said with its word of confidence, as in a sentence."""
    start = text.rfind("\n", 0, at) + 1
    if not text[start:at].lstrip().startswith("|"):
        return ""
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        if not text[previous : start - 1].lstrip().startswith("|"):
            break
        start = previous
    return text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]


def polled(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a share short of certainty (a percentage under 100) stands in a value's clause, but a
    confidence said high (:data:`HIGH_CONFIDENCE` or more, a word of confidence in the clause)."""
    for start, end in spans:
        around = _clause_before(text, start) + text[start:end] + _clause_after(text, end)
        if "cent" in around:
            around = numwords.figures(around)  # « sûr à soixante pour cent » (session 56, fix98hedge)
        confident = _CONFIDENT.search(around) or _CONFIDENT.search(_table_header(text, start))
        floor = HIGH_CONFIDENCE if confident else 100
        if any(float(m[1].replace(",", ".")) < floor for m in _SHARE.finditer(around)):
            return True
    return False
