"""A review named by its bare number (issue 11, round 48, fix-helper rid48): « le 3 n'en a pas
besoin puisqu'il est neutre », « je répondrai au 1, puisqu'il est positif », "thank 1, the
positive one; 3 needs nothing since it is neutral". :func:`named` writes each such number as
"avis N", which the readers of labels tied to reviews already read.

Principle: only in a prompt that speaks of reviews (« avis », "review"), a number from 1 to the
number of reviews after a French article or preposition (« le », « au », « du », « pour le »), or
in English after "for", "to", "thank", "answer", "reply to", "apologise for"... or opening a
clause, and followed by a clause's end (a comma, a semicolon, a stop, a bracket) or a verb
(« n'en a pas besoin », « est », « attendra », "needs", "is", "gets"). A number followed by a
noun (« le 3 mars », "for 2 minutes") or another figure is no review.
A cause said of a review (« l'avis 3 n'en a pas besoin puisqu'il est neutre », "3 needs nothing
since it is neutral") is its label, and so is an apposition ("review 2, the negative one"):
"avis 3 est neutre" is added when the word after the verb is a label (its first five letters a
label's: « neutre », "neutral"; a denied cause, « n'est pas », reads none).
Limits: a bare number read as a review is only worth a label the sentence ties to it."""

from __future__ import annotations

import re

_REVIEWS = re.compile(r"(?<![\w'-])(?:avis|reviews?|commentaires?|comments?)(?![\w'-])")
_NEXT = (
    r"(?=\s*+[,;:.!?)\n]|\s*+$|\s++n'|\s++(?:ne|est|a|qui|sera|attend\w*|merite\w*|puisqu\w*|parce|car|"
    r"needs?|is|was|gets?|will|since|because|can|deserves?|stays?)(?![\w'-]))"
)
_BARE = re.compile(
    r"(?:(?<![\w'-])(?P<fr>le|au|du|pour\s++le|sur\s++le)\s++|(?<![\w'-])(?P<en>for|to|thank|answer|"
    r"reply\s++to|apologi[sz]e\s++for|and|then|while|but)\s++|(?P<open>^|[;.!\n])\s*+)"
    rf"(?P<n>\d)(?![\w'-]|[.,]\d){_NEXT}"
)
_CAUSE = re.compile(
    r"(?<![\w'-])(?:avis|review)\s++(?P<n>\d)(?![\w'-])[^.;!?\n]{0,80}?(?:puisqu'|parce\s++qu'|car\s++|since\s++|"
    r"because\s++|as\s++)(?:il|elle|it)\s++(?:est|is|'s)\s++(?P<label>[a-z]++)"
    # an apposition: "review 2, the negative one", « l'avis 2, le seul négatif »
    r"|(?<![\w'-])(?:avis|review)\s++(?P<n2>\d),\s*+(?:the|le|la)\s++(?:only\s++|seule?\s++)?(?P<label2>[a-z]++)"
    r"(?:\s++one)?(?=\s*+[,;.)\n]|\s*+$)"
)


def named(text: str, reviews: int, labels: set[str] | frozenset[str] = frozenset()) -> str:
    """``text`` (folded) with each review named by its bare number written "avis N"."""
    if not _REVIEWS.search(text[:20_000]):
        return text

    def one(m: re.Match[str]) -> str:
        if not 1 <= int(m["n"]) <= reviews:
            return m.group(0)
        lead = m["fr"] or m["en"] or m["open"] or ""
        return f"{lead} avis {m['n']}"

    worked = _BARE.sub(one, text[:20_000]) + text[20_000:]
    stems = {label[:5] for label in labels if len(label) >= 5}
    causes = [
        f"avis {m['n'] or m['n2']} est {m['label'] or m['label2']}."
        for m in _CAUSE.finditer(worked[:20_000])
        if (m["label"] or m["label2"])[:5] in stems and 1 <= int(m["n"] or m["n2"]) <= reviews
    ]
    causes = [cause for cause in dict.fromkeys(causes) if cause not in worked]  # once: a fixed point
    return f"{worked}\n\n" + " ".join(causes) if causes else worked
