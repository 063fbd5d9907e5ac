"""The riddle's answer told as the one other girl (issue 11, round 48, fix-helper rid48): a phrase
that names exactly one girl besides Caroline ("Caroline herself, and just one other girl", "apart
from Caroline there is exactly one more girl", « Caroline elle-même et une seule autre fille »,
« exactement une fille de plus ») counts her sisters. :func:`told` adds the count as a plain
sentence ("reponse : 1 soeur"), a reading :func:`evaluate.gives_away` tries like the others.

Principle: "one"/"1" (or « une » with « seule », « exactement », « seulement », « juste », or
right after « Caroline (elle-même) et ») then "other"/"more"/"additional"/"extra" and a girl's
noun, or « autre fille », « fille de plus », « fille supplémentaire ». Not in a question ("is there
one other girl?", « y a-t-il une autre fille ? »), nor after a condition, a negation or a doubt in
its sentence ("if there were one other girl", "don't assume exactly one other girl", « peut-être »).
"another girl" and « une autre fille » alone count nothing; "how many other girls" is a question.
Session 42 (fix-helper fair42b): nor when another set of girls follows as an alternative ("the sisters are
Caroline and one other girl, or two girls other than Caroline", « …, ou bien deux autres filles »), nor when
the girl's existence is left open right after it ("Caroline and one other girl if there is one", « s'il y en
a une », "if any", « le cas échéant »). "…, or rather exactly one other girl" and "…, if you read it right"
still count.
Limits: only girls and sisters of the riddle's own family (the prompt names Caroline)."""

from __future__ import annotations

import re

_GIRL = r"(?:girls?|sisters?|daughters?|filles?|soeurs?)"
_ONE_OTHER = re.compile(
    r"(?<![\w'-])(?:(?:just|only|exactly|precisely|but)\s++)?(?:one|1|a\s++single)\s++(?:single\s++)?"
    rf"(?:other|more|additional|extra|further)\s++{_GIRL}(?![\w'-])"
    r"|(?<![\w'-])(?:(?:une\s++seule|exactement\s++une|seulement\s++une|juste\s++une|rien\s++qu'une|une|1)\s++)"
    rf"(?:seule\s++)?(?:autre\s++{_GIRL}|{_GIRL}\s++(?:de\s++plus|supplementaire|en\s++plus))(?![\w'-])"
)
# an alternative right after it (read with .match at the phrase's end; the lookbehind keeps a search
# linear): "or"/« ou » then another count of girls, or "or not"
_ALTERNATIVE = re.compile(
    r"(?<!\s)\s*+,?\s*+(?:or|ou)(?:\s++(?:bien|else|alors|instead))?\s++(?:(?:not|non|pas)\b|"
    r"(?:[a-z'-]++\s++){0,3}?(?:two|deux|2|three|trois|3|no|aucune|zero|0|several|plusieurs|none)\b)"
)
# the girl's existence left open right after it
_IF_ANY = re.compile(
    r"(?<!\s)\s*+,?\s*+(?:if\s++(?:there\s++(?:is|are)\s++(?:one|any)|any)|s'il\s++y\s++en\s++a\s++une|"
    r"s'il\s++y\s++a\s++lieu|le\s++cas\s++echeant|eventuellement|if\s++she\s++exists|si\s++elle\s++existe)\b"
)
_FR_BARE = re.compile(r"^(?:une|1)\s++(?:autre|fille|soeur)")  # « une autre fille » alone: an article
_AFTER_CAROLINE = re.compile(r"caroline(?:\s*+(?:elle-meme|herself))?\s*+,?\s*+(?:et|and)\s*+$")
_DOUBT = re.compile(
    r"(?<![\w'-])(?:si|s'il|if|whether|suppose\w*|assume\w*|imagine\w*|peut-etre|maybe|perhaps|pas|not|n't|"
    r"ne|never|jamais|ou|or|est-ce|y\s++a-t-il|combien|how)(?![\w'-])"
)


def told(text: str) -> str:
    """``text`` with "reponse : 1 soeur" added when it names exactly one girl besides Caroline."""
    if "caroline" not in text:
        return text
    for sentence in re.split(r"(?<=[.;!?\n])", text[:20_000]):
        for m in _ONE_OTHER.finditer(sentence):
            phrase = m.group(0)
            if _FR_BARE.match(phrase) and not _AFTER_CAROLINE.search(sentence[: m.start()]):
                continue  # « une autre fille »: « une » is an article, unless the set is Caroline and her
            if sentence.rstrip().endswith("?") or _DOUBT.search(sentence[: m.start()]):
                continue
            if _ALTERNATIVE.match(sentence, m.end()) or _IF_ANY.match(sentence, m.end()):
                continue  # session 42: one case of two, or a girl who may not exist
            return f"{text}\n\nreponse : 1 soeur."
    return text
