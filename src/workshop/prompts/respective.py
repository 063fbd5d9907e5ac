"""Review ids mapped in order to labels (issue 11, round 68: r68g-sentiment-en-footnote-review-3, "Review 3
was tagged neutral…, and 1 and 2 are obviously positive and negative."): a list of review numbers, a
copula or an arrow, then a list of as many labels in the same order (« 1 et 2 sont respectivement positif
et négatif », "1, 2 and 3 are positive, negative and neutral", "1/2 → pos/neg") ties each number to the
label at its rank, as "respectively" says. :func:`mapped` rewrites each such pair of lists as "avis N est
<label>" sentences, which the readers of labels tied to reviews already read.

Principle: the numbers are reviews (1 to the number of reviews, two or more, joined by commas, « et »,
"and", "&" or "/"), the labels words the task's labels name (their first five letters, or an abbreviation:
"pos", "neg"), as many as the numbers, joined the same way; between them a copula (« sont », "are",
"were") or "→", "->", "=", ":", with adverbs only (« respectivement », « évidemment », "obviously",
"clearly"). Left as written: labels offered as a choice (« ou », "or" joins them), a question (the
sentence ends with "?"), a denial (no negator may stand between the lists), lists of different lengths."""

from __future__ import annotations

import re
from collections.abc import Callable

MAX_CHARS = 20_000
_JOIN = r"[ \t]*+(?:,|/|&|et|and)[ \t]*+(?:(?:et|and)[ \t]++)?"
_MAPPING = re.compile(
    r"(?<![\w.,'-])(?:(?:les\s++avis|avis|reviews|the\s++reviews|les|the)\s++)?"
    rf"(?P<ids>[1-9](?:{_JOIN}[1-9]){{1,5}}+)(?![\w.,'-])"
    r"(?:[ \t]++(?:sont|are|were|etaient|seront|will\s++be|get|got)(?![\w'-])|[ \t]*+(?:→|->|=>|=|:))"
    r"(?:[ \t]++(?:respectivement|respectively|evidemment|obviously|clearly|clairement|bien|surely|certainly|"
    r"simply|just|plainly|donc|so|tout\s++simplement|plutot|rather))*+"
    rf"[ \t]*+(?P<labels>[a-z]{{3,12}}+(?:{_JOIN}[a-z]{{3,12}}+){{1,5}}+)(?![\w'-])"
)
_WORD = re.compile(r"[a-z]{3,12}+")


def mapped(folded: str, label_of: Callable[[str], str | None], count: int) -> str:
    """``folded`` with each list of review numbers mapped in order to a list of labels rewritten as
    "avis N est <label>" sentences (see the module's docstring); ``folded`` itself when none is."""
    text = folded[:MAX_CHARS]

    def rewrite(m: re.Match[str]) -> str:
        ids = [int(n) for n in re.findall(r"[1-9]", m["ids"])]
        labels: list[str] = []
        upto = m.start("labels")
        for word in _WORD.finditer(m["labels"]):  # the labels' run, up to its first other word (", mais")
            if word.group(0) in ("and", "et"):
                continue
            label = label_of(word.group(0))
            if label is None:
                break
            labels.append(label)
            upto = m.start("labels") + word.end()
        if len(ids) != len(labels) or len(set(ids)) != len(ids) or any(n > count for n in ids):
            return m.group(0)
        end = re.search(r"[.!?\n]", text[upto:])
        if end and end.group(0) == "?":
            return m.group(0)  # "are 1 and 2 positive and negative?": asked
        # one sentence a review: a label's readers look for no other label in its sentence
        said = ". ".join(f"avis {n} est {label}" for n, label in zip(ids, labels, strict=True))
        return f". {said}. " + text[upto : m.end()]

    return _MAPPING.sub(rewrite, text) + folded[MAX_CHARS:]
