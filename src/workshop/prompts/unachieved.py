"""An act told as not achieved by its verb, not by a negation word (round 74, fix74): "Pascal
failed to build any calculating machine", "never managed to", "was unable to", "refused to",
« n'a pas réussi à » (a negation already), « a échoué à », « a renoncé à », « sans parvenir à »,
"in vain". Such a clause denies the fact as "Pascal n'invente pas" does: the facts reading
(:func:`workshop.prompts.evaluate._stated`) and a summary's faithfulness (faithful.py) read it as
a negation.

What is not one: a failure that is the story's own ("sans erreur", "to count without mistakes"),
an effort that succeeds ("managed to", « parvient à », « réussit à »), "attempted" or "tried"
alone (told, not denied: left to the judge), a tool given up or abandoned ("engineers gave up their
slide rules": the story's replacement), a decline. Inputs are folded."""

from __future__ import annotations

import re

FAILED = re.compile(
    # session 49 (the lead): a present participle is an aside's ("Pascal, refusant de voir son père
    # s'épuiser en calculs, invente…", "failing to find a clerk, he built…"), not the fact's denial
    r"\b(?:fail(?:s|ed)?\s++(?:to|at|in)\b|unable\s++to|incapable\s++(?:of|de|d')|unsuccessful\w*"
    r"|refus(?!ant)\w*\s++(?:to|de|d')|(?:in|en)\s++vain|vainly|vainement|to\s++no\s++avail"
    r"|without\s++(?:success|succeeding|managing)|echou\w*\s++(?:a|au|aux|dans|en)\b|renon\w*\s++(?:a|au|aux)\b"
    r"|impuissant\w*\s++a\b|sans\s++(?:y\s++)?(?:parvenir|reussir|arriver|succes)|(?:a|ont|avait|avaient)\s++rate\b)"
)


# "cannot" is one word "not" does not find: a fact's clause that holds it is denied ("phones still
# cannot calculate"); a summary's "a chatbot's answer cannot be trusted unchecked" is the source's.
_CANNOT = re.compile(r"\bcannot\b")


def failed(folded: str, cannot: bool = False) -> bool:
    """Whether ``folded`` (a clause) tells its act as not achieved by a verb of failure (or,
    with ``cannot``, by "cannot")."""
    return FAILED.search(folded) is not None or (cannot and _CANNOT.search(folded) is not None)
