"""Parallel lines said to cross (issue 11, round 84: r84g-line-fr-pente-contradictoire, « la pente
… soit −4, donc les deux droites se coupent », then « Réponse : a = 4, b = −10, y = 4x − 10 »).

The task's line is parallel to the given one: an answer that says the two lines cross (« les
deux droites se coupent », « elles sont sécantes », "the two lines intersect", "they cross at
…") contradicts its own final line, wherever that sentence stands, and earns no line point. The
subject must be the two lines themselves (« les deux droites », "both lines", « elles »,
"they") right before the verb: "two lines of different slopes cross" is a general rule, not a
claim about these; the axes they cross ("both lines cross the y-axis") are no crossing. A
negation ("ne se coupent pas", "never intersect", "do not cross"), the conditional (« se
couperaient », "would cross") or a question ("do they cross?") claims nothing, nor does a sentence
that supposes it ("sinon", "if", "otherwise", "when" before it, "only if", « uniquement si » after it), a
general rule ("two lines with different slopes meet: they cross ...", any axis crossed) or a
crossing "nowhere" (mend51). Text is folded
(:func:`workshop.prompts.text.fold`)."""

from __future__ import annotations

import re
from fractions import Fraction

_CROSS = re.compile(
    r"(?<![\w'-])(?:(?:les|ces)[ \t]++(?:deux[ \t]++)?droites|elles|(?:the|these)[ \t]++(?:two[ \t]++)?lines"
    r"|both[ \t]++lines|they)[ \t]++"
    r"(?:se[ \t]++(?:coupent|croisent|couperont|croiseront)|s'intersectent|sont[ \t]++secantes"
    r"|(?:do[ \t]++)?(?:intersect|cross)|are[ \t]++secant|will[ \t]++(?:intersect|cross))"
    r"(?![\w'-])(?![ \t]++(?:pas|jamais|not|never|nowhere|nulle[ \t]++part|(?:en|at|in)[ \t]++(?:aucun|no)"
    r"|(?:only[ \t]++|uniquement[ \t]++|seulement[ \t]++)?(?:si|s'|if|unless|when|quand|lorsque?)(?![\w-])))"
    r"(?![^.!?\n]{0,80}+\?)"
    r"(?![ \t]++(?:the[ \t]++)?(?:[xy][ \t-]*+|vertical[ \t]++|horizontal[ \t]++)?ax[ie]s"
    r"|[ \t]++(?:l'axe|les[ \t]++axes|l'origine|the[ \t]++origin))"
)


# A crossing supposed ("sinon les deux droites se coupent", "if the slopes differed, the lines cross").
_SUPPOSED = re.compile(
    r"(?<![\w'-])(?:si|s'|sinon|if|otherwise|unless|a moins|quand|lorsque?|when|whenever)(?![\w-])"
    r"|(?<![\w'-])(?<!the )(?<!these )(?<!les )(?<!ces )(?:any[ \t]++)?(?:two|deux|2)[ \t]++(?:lines|droites)"
    r"(?![\w'-])"
)


def said_to_cross(folded: str) -> bool:
    """Whether the answer says the two lines cross (:data:`_CROSS`), not in a sentence that
    supposes it (:data:`_SUPPOSED` before it)."""
    for m in _CROSS.finditer(folded):
        start = max(folded.rfind(mark, 0, m.start()) for mark in ".!?\n")
        if not _SUPPOSED.search(folded, start + 1, m.start()):
            return True
    return False


# Session 52 (gaps52): the slope the answer gives the parallel line in its working ("so a = −4", "the slope
# is 1/4", « la pente vaut −4 », « donc a = −4 ») contradicts a final line of another slope, as a crossing
# does: the line is not told. Not in a sentence that supposes it (if, would, « si », a conditional), negates
# it (not, « pas »), or speaks of a perpendicular, the given line or another one.
_BODY_SLOPE = re.compile(
    r"(?<![\w'-])(?:(?:(?:the|its|la|sa|le|son)[ \t]++)?(?:slope|pente|gradient|coefficient[ \t]++directeur)"
    r"(?:[ \t]++(?:of[ \t]++the[ \t]++(?:parallel|new|required|wanted)(?:[ \t]++line)?|de[ \t]++la[ \t]++"
    r"(?:droite[ \t]++)?(?:parallele|nouvelle|cherchee)))?"
    r"(?<![ \t])[ \t]*+(?:is|vaut|est|equals|=|:|sera|will[ \t]++be)|(?<![$\\])a[ \t]*+=)"
    r"(?<![ \t])[ \t]*+(?:(?:donc|therefore|then|so|alors)[ \t]++)?"
    r"(?P<v>[-−–]?[ \t]?\d{1,4}(?:[ \t]?/[ \t]?\d{1,4})?)(?![\w.,]\d|[ \t]?[x(]|[ \t]*+[=×*+^])"
)
_NOT_THIS_LINE = re.compile(
    r"(?<![\w'-])(?:si|s'|if|would|serait|aurait|pas|not|never|jamais|perpendicular\w*+|perpendiculaire\w*+|"
    r"given|donnee|initiale|premiere|first|original|autre|other|exemple|example|e\.g)(?![\w'-])"
)


def body_slopes(folded: str) -> set[Fraction]:
    """The slopes ``folded`` gives the asked line in its sentences (:data:`_BODY_SLOPE`), each in a
    sentence that neither supposes nor negates it nor names another line (:data:`_NOT_THIS_LINE`)."""
    found: set[Fraction] = set()
    for m in _BODY_SLOPE.finditer(folded):
        lo, hi = max(0, m.start() - 300), min(len(folded), m.end() + 300)  # bounded: linear
        start = max(folded.rfind(mark, lo, m.start()) for mark in ".!?\n;")
        ends = [i for i in (folded.find(mark, m.end(), hi) for mark in ".!?\n;") if i >= 0]
        sentence = folded[max(start + 1, lo) : min(ends) if ends else hi]
        if _NOT_THIS_LINE.search(sentence):
            continue
        value = re.sub(r"[ \t]", "", m["v"]).replace("−", "-").replace("–", "-")
        num, _, den = value.partition("/")
        if den and int(den) == 0:
            continue
        found.add(Fraction(int(num), int(den) if den else 1))
    return found
