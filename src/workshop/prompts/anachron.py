"""A cause dated after its effect (round 82, fix-helper fix82).

Round 82 wrote "Pocket calculators, which spread in the early 1970s thanks to electronics, inspired Pascal
to build his adding machine in 1642": both facts' terms are there, but the sentence says the 1970s caused
1642, a chronology the text never tells. A sentence that joins a year to a later-placed, earlier year by a
verb of cause or descent between them ("inspired", "led to", "gave rise to", "paved the way for", "made
possible", « inspire », « a inspiré », « donne naissance à », « ouvre la voie à », « conduit à », « mène
à », « permet à ») states neither fact: the sentence is an anachronism.

Years are four digits from 1000 to 2099 (a decade's "1970s", « années 1970 » read as its year). Limits: a
cause dated by a century or in words (« au XIXe siècle », "in the nineteenth century") is not read; the
verb of time alone ("before", « avant », « bien avant ») is left out, since "the HP-35 in 1972; before that,
the Pascaline in 1642" is a fair order; an earlier year that is not the verb's own (after a comma, « après »,
"since", a relative, or more than 80 characters on) is left out, so "in the 1970s electronics enabled pocket
calculators, three centuries after Pascal's 1642 machine" is a fair order too."""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?<![\d.,])(1\d{3}|20\d{2})(?:'?s)?(?![\d.,]\d)")
_CAUSE = re.compile(
    r"(?<![a-z])(?:inspired|inspires|inspire|inspira|inspirent|inspirerent|a inspire|ont inspire|"
    r"led to|leads to|lead to|gave rise to|gives rise to|gave birth to|paved the way for|paves the way for|"
    r"made possible|make possible|makes possible|enabled|allowed|caused|triggered|"
    r"donne naissance|donna naissance|a donne naissance|ouvre la voie|ouvrit la voie|a ouvert la voie|"
    r"conduit a|conduisit a|a conduit a|mene a|mena a|a mene a|permet a|permit a|a permis a|"
    r"provoque|provoqua|a provoque|engendre|engendra|a engendre)(?![a-z])"
)
MAX_YEARS = 12
# The earlier year must be the verb's own: within a few words after it, with no comma, no time link and no
# relative between ("the 1970s allowed pocket calculators, three centuries after Pascal's 1642 machine"
# joins the 1970s to the calculators, not to 1642: the lead, session 50)
_OBJECT_SPAN = 80
_NOT_ITS_OWN = re.compile(
    r"[,;:()]"
    r"|(?<![a-z])(?:apres|after|since|depuis|which|who|that|qui|que|qu'|than|plus tard|later|ago)(?![a-z])"
)


def anachronism(sentence: str) -> bool:
    """Whether ``sentence`` (folded) ties a later year, by a verb of cause, to an earlier year after it."""
    years = [(m.start(), m.end(), int(m.group(1))) for m in _YEAR.finditer(sentence)][:MAX_YEARS]
    for i, (_, end, first) in enumerate(years):
        for start, _, second in years[i + 1 :]:
            if first <= second:
                continue
            cause = _CAUSE.search(sentence, end, start)
            if cause is None:
                continue
            tie = sentence[cause.end() : start]
            if len(tie) <= _OBJECT_SPAN and not _NOT_ITS_OWN.search(tie):
                return True
    return False
