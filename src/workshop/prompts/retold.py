"""The line's answer retold (round 39, issue 11): the value told by a statement the grader
can undo, read by what it computes from the prompt's own statements rather than by its words
(:mod:`workshop.prompts.implied` reads intersections and translation vectors):

- *a transform of the line* (``transformed``): another line the prompt states, said to be the
  line's mirror image across the x-axis, the y-axis or through the origin ("son symétrique par
  rapport à l'axe des abscisses est y = −4x + 10", "reflected in the x-axis it becomes …"), or
  shifted by a stated amount ("décalée de 3 vers le haut, elle devient y = 4x − 7", "y = 4x + 6
  shifted down by 16"), a parametric form ("x = t, y = 4t − 10"), an x-intercept said with
  "is" ("its x-intercept is 2.5": the slope is the data's): undone, it is the expected line;
- *the intercept told in parts* (``in_parts``): its sign ("b est négatif", "the intercept is
  negative") and its magnitude ("sa valeur absolue est le double de l'abscisse du point", "its
  size is 10"), a number or a factor of one of the data's quantities (the point's abscissa or
  ordinate, the slope): the signed product is the expected intercept;
- *a correction* (``corrected``): a wrong value the student shows ("j'avais trouvé b = 30 en
  faisant 10 + 20") and a correction told of it that fixes the value: its sign wrong or its
  opposite ("mauvais signe", "wrong sign", "c'est l'opposé"), its minus sign forgotten ("he only forgot the
  minus sign", « il a juste oublié le signe moins », round 48), its operator struck or circled
  ("le prof a barré le +"), an offset ("your result minus 40", "enlever 40 à mon résultat").

Asked or supposed sentences tell nothing (:func:`implied.told_sentences`): a sign asked ("b
est-il négatif ?"), a hint with no value ("attention au signe"), a wrong attempt shown to be
checked or marked wrong without the correction, another line's mirror (its undoing is not the
expected line) fix no answer. Every reading must give the expected value exactly.
Inputs are folded (:func:`workshop.prompts.text.fold`)."""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts import implied, indirect
from workshop.prompts.notations import coefficient
from workshop.prompts.text import fold, sentences, value_of

MAX_MATCHES = 20
NEAR = 30  # characters either side of a wrong value where its unit must be
_NUM = r"-?\d{1,6}(?:[.,]\d{1,4})?"


# A sentence is told unless it asks: a question mark, a check or a supposition asked. Unlike
# :func:`implied.told_sentences`, "si"/"if" stays told ("si on la décale de 3 vers le haut, on
# obtient…", "si ça peut aider" state a fact), and so does "j'ai trouvé" (a value shown).
_QUERY = re.compile(
    r"\?|\b(?:suppose|supposons|imagine|whether|est-ce|verifie\w*|check\w*|dis\s++si|say\s++whether|"
    r"calcule\w*|compute\w*|calculate\w*|determine\w*)\b"
)


def _told(text: str) -> list[str]:
    folded = fold(text).replace("- ", "-")
    return [s for s in sentences(folded)[: implied.MAX_SENTENCES] if not _QUERY.search(s)]


# -- a transform of the line ------------------------------------------------------------------
_MIRROR = re.compile(r"\b(?:symetri\w*|mirror\w*|reflect\w*|reflet\w*|reflechi\w*|flip\w*|retourne\w*)")
_X_AXIS = re.compile(
    r"\b(?:axe\s++des\s++(?:abscisses|x)|axe\s++horizontal|x[- ]axis|horizontal\s++axis|(?:l')?axe\s++\(ox\))"
)
_Y_AXIS = re.compile(
    r"\b(?:axe\s++des\s++(?:ordonnees|y)|axe\s++vertical|y[- ]axis|vertical\s++axis|(?:l')?axe\s++\(oy\))"
)
_CENTRE = re.compile(
    r"\b(?:symetrie\s++centrale|centre\s++o|center\s++o|origine?|demi-tour|half[- ]turn|"
    r"point\s++reflection)\b"
)
_SHIFT = re.compile(
    r"\b(?:decal\w*|translat\w*|shift\w*|mov\w*|deplac\w*|monte\w*|descend\w*|raise\w*|lower\w*|glisse\w*|slid\w*|slide\w*|"
    r"abaiss\w*|baiss\w*|remont\w*|hauss\w*|drop\w*|pushed)"
)
_AMOUNT = re.compile(
    r"(?<![\w.,])(?:(?:(?P<verb>est|is|vaut)|de|by|of)\s++(?P<k>\d{1,6}(?:[.,]\d{1,4})?)(?![\w]|[.,]\d)|"
    r"(?P<k2>\d{1,6}(?:[.,]\d{1,4})?)\s++(?:units?|unites?|squares?|carreaux|cases?|crans?)\b)"
)
_RIGHT = re.compile(r"\b(?:(?:vers\s++la|a)\s++droite|to\s++the\s++right|rightwards?)\b")
_LEFT = re.compile(r"\b(?:(?:vers\s++la|a)\s++gauche|to\s++the\s++left|leftwards?)\b")
_GAP = re.compile(
    r"\b(?:(?:ecart|gap|distance|difference|espace\w*|offset|spacing)\s++vertica\w*|"
    r"vertical\s++(?:gap|distance|offset|spacing|difference)|verticalement)\b"
)
_UP = re.compile(r"\b(?:haut|up|upward\w*|monte\w*|remonte\w*|hausse\w*|raise\w*|au-dessus|above)\b")
_DOWN = re.compile(
    r"\b(?:bas|down|downward\w*|descend\w*|lower\w*|abaisse\w*|baisse\w*|dropped|au-dessous|en\s++dessous|below)\b"
)
_PARAMETER = r"\s*+\*?\s*+(?P<t>[tksu]|lambda|λ)\b"
_CONSTANT = r"[+-]\s*+\d{1,6}(?:[.,]\d{1,4})?"
_PARAM_X = re.compile(rf"(?<![\w.])x\s*+=\s*+(?P<p>{_NUM})?{_PARAMETER}(?:\s*+(?P<q>{_CONSTANT}))?")
_PARAM_Y = re.compile(rf"(?<![\w.])y\s*+=\s*+(?P<r>{_NUM})?{_PARAMETER}(?:\s*+(?P<s>{_CONSTANT}))?")
_ZERO_AT = re.compile(
    r"\b(?:x-intercept|abscisse\s++a\s++l'origine|racine|root|zero)\b[^.;!?\n\d-]{0,20}?"
    rf"(?:=|:|\bis\b|\bvaut\b|\best\b|\bequals\b)\s*+(?P<v>{_NUM})(?![\w]|[.,]\d)"
)


def transformed(rest: str, expected: tuple[Fraction, Fraction], data: list[str]) -> bool:
    """Whether a told sentence states a line that, a mirror, a shift, a parametric form or an
    x-intercept undone, is the expected line (the slope being the data's)."""
    slope, intercept = expected
    data_lines = {line for text in data for line in implied._lines(fold(text).replace("- ", "-"))}
    for sentence in _told(rest):
        lines = implied._lines(sentence)
        if _MIRROR.search(sentence):
            images: set[tuple[Fraction, Fraction]] = set()
            x_axis, y_axis = _X_AXIS.search(sentence), _Y_AXIS.search(sentence)
            centre = _CENTRE.search(sentence)
            for m, c in lines:
                if x_axis or not (y_axis or centre):
                    images.add((-m, -c))
                if y_axis or not (x_axis or centre):
                    images.add((-m, c))
                if centre or not (x_axis or y_axis):
                    images.add((m, -c))
            if expected in images:
                return True
        shift, gap = _SHIFT.search(sentence), _GAP.search(sentence)
        if (shift or gap) and not _NEGATED.search(sentence):
            # "is 16" is a gap's amount; a shift's is "by 16", "de 16", "4 squares"
            amounts = [
                value_of(a["k"] or a["k2"])
                for a in list(_AMOUNT.finditer(sentence))[:MAX_MATCHES]
                if gap or not a["verb"]
            ]
            up, down = bool(_UP.search(sentence)), bool(_DOWN.search(sentence))
            right, left = bool(_RIGHT.search(sentence)), bool(_LEFT.search(sentence))
            # a vertical gap between the lines is the data's line moved by it; so is a shift that
            # states no line of its own ("the first one moved down by 16 units", round 87)
            for m, c in set(lines) | (data_lines if gap or not lines else set()):
                if m != slope:
                    continue
                for k in amounts:
                    if shift and (right or left):  # slid sideways: y = m(x - h) + c
                        h = k if right else -k
                        if (c - m * h if (m, c) in data_lines else c + m * h) == intercept:
                            return True
                        continue
                    # the data's line moved onto the answer, or the answer moved onto the stated line
                    moved = (c + k, c - k) if (m, c) in data_lines else (c - k, c + k)
                    if (up or not down) and moved[0] == intercept:
                        return True
                    if (down or not up) and moved[1] == intercept:
                        return True
        for px in list(_PARAM_X.finditer(sentence))[:MAX_MATCHES]:
            for py in list(_PARAM_Y.finditer(sentence))[:MAX_MATCHES]:
                p, r = coefficient(px["p"]), coefficient(py["r"])
                q = value_of(px["q"]) if px["q"] else Fraction(0)
                s = value_of(py["s"]) if py["s"] else Fraction(0)
                if px["t"] == py["t"] and p and r / p == slope and s - r * q / p == intercept:
                    return True
        for zero in list(_ZERO_AT.finditer(sentence))[:MAX_MATCHES]:
            if slope and -slope * value_of(zero["v"]) == intercept:
                return True
    return False


# -- the intercept told in parts ----------------------------------------------------------------
_INTERCEPT = re.compile(r"(?<![\w'])b(?![\w'])|\b(?:ordonnee\s++a\s++l'origine|(?:y-)?intercept)\b")
_SUPPOSED = re.compile(r"\b(?:si|if|ou|or|peut-etre|maybe|perhaps|might|could|pourrait)\b")
_NEGATIVE = re.compile(
    r"\b(?:negati\w*|strictement\s++inferieur\s++a\s++0|below\s++zero|less\s++than\s++(?:0|zero)|<\s*+0)"
)
_POSITIVE = re.compile(r"\b(?:positi\w*|greater\s++than\s++(?:0|zero)|>\s*+0)")
_NEGATED = re.compile(r"\b(?:pas|not|ni|nor|jamais|never)\b|n't")
_MAGNITUDE = re.compile(
    r"\b(?:valeur\s++absolue|absolute\s++value|magnitude|size|taille|grandeur|sans\s++(?:le\s++|son\s++)?signe|"
    r"without\s++(?:the\s++|its\s++)?sign)\b"
)
_COMPARED = re.compile(
    r"\b(?:plus|moins|smaller|larger|greater|bigger|less|more|inferieure?|superieure?|au\s++plus|au\s++moins|"
    r"at\s++(?:most|least)|entre|between|proche|close|environ|about|around)\b|[<>]"
)
_FACTOR: dict[str, int | Fraction] = {
    "le double": 2, "double": 2, "twice": 2, "deux fois": 2, "two times": 2, "le triple": 3, "triple": 3,
    "trois fois": 3, "three times": 3, "thrice": 3, "la moitie": Fraction(1, 2), "half": Fraction(1, 2),
}
_FACTOR_RE = re.compile(r"\b(?:" + "|".join(sorted(_FACTOR, key=len, reverse=True)) + r")\b")
_X_OF_POINT = re.compile(r"\b(?:abscisse|x-coordinate|x\s++coordinate)\b(?!\s++a\s++l'origine)")
_Y_OF_POINT = re.compile(r"\b(?:ordonnee|y-coordinate|y\s++coordinate)\b(?!\s++a\s++l'origine)")
_SLOPE_WORD = re.compile(r"\b(?:pente|slope|coefficient\s++directeur|gradient)\b")
_BARE = re.compile(
    rf"^[^\d]{{0,40}}?(?:=|:|\bvaut\b|\best\b|\bis\b|\bequals\b|\bde\b|\bof\b)\s*+(?P<v>{_NUM})(?![\w]|[.,]\d)"
)


_POINT = re.compile(rf"\(\s*+(?P<x>{_NUM})\s*+[,;]\s*+(?P<y>{_NUM})\s*+\)")


def _data_quantities(data: list[str]) -> tuple[tuple[Fraction, Fraction] | None, Fraction | None]:
    point = None
    for text in data:
        found = _POINT.search(fold(text).replace("- ", "-"))
        if found:
            point = (value_of(found["x"]), value_of(found["y"]))
            break
    slopes = [m for text in data for m, _ in implied._lines(fold(text).replace("- ", "-"))]
    return point, (slopes[0] if slopes else None)


def _magnitudes(tail: str, point: tuple[Fraction, Fraction] | None, slope: Fraction | None) -> set[Fraction]:
    """The magnitude a clause after "sa valeur absolue" states: a number, or a factor (one when
    none is said) of the point's abscissa or ordinate or the slope."""
    if _COMPARED.search(tail):
        return set()
    bare = _BARE.search(tail)
    if bare:
        return {abs(value_of(bare["v"]))}
    factor_match = _FACTOR_RE.search(tail)
    factor = Fraction(_FACTOR[factor_match.group(0)]) if factor_match else Fraction(1)
    found = set()
    if point and _X_OF_POINT.search(tail):
        found.add(factor * abs(point[0]))
    if point and _Y_OF_POINT.search(tail):
        found.add(factor * abs(point[1]))
    if slope is not None and _SLOPE_WORD.search(tail):
        found.add(factor * abs(slope))
    return found


def in_parts(rest: str, intercept: Fraction, data: list[str]) -> bool:
    """Whether told sentences give the intercept's sign and its magnitude (a number or a factor
    of one of the data's quantities) whose signed product is the expected intercept."""
    point, slope = _data_quantities(data)
    signs: set[int] = set()
    sizes: set[Fraction] = set()
    for sentence in _told(rest):
        subject = _INTERCEPT.search(sentence)
        if subject and not _NEGATED.search(sentence) and not _SUPPOSED.search(sentence):
            after = sentence[subject.start():]
            negative, positive = _NEGATIVE.search(after), _POSITIVE.search(after)
            if negative and not positive:
                signs.add(-1)
            elif positive and not negative:
                signs.add(1)
        for m in list(_MAGNITUDE.finditer(sentence))[:MAX_MATCHES]:
            sizes |= _magnitudes(sentence[m.end(): m.end() + 80], point, slope)
    return any(sign * size == intercept for sign in signs for size in sizes)


# -- a correction of a wrong value ----------------------------------------------------------------
_WRONG = re.compile(
    rf"(?:(?<![\w'])b\s*+=\s*+|\b(?:trouve|obtenu|found|got|had|avais|ecrit|wrote|resultat|result|repondu|answered"
    # round 67: what a draft or a try said or gave ("my draft said the intercept is 10", « donnait PGCD = 2 »)
    r"|disait|dit|said|says|donnait|gave|proposait|proposed|mettait|put|indiquait|showed)\b"
    rf"[^.;!?\n\d-]{{0,30}}?)(?P<v>{_NUM})(?![\w]|[.,]\d)"
)
# round 67: a line's equation shown ("my draft: y = 4x + 10") shows its intercept
_EQUATION = re.compile(
    r"(?<![\w'])y\s*+=\s*+-?\d{0,6}+\s*+\*?\s*+x\s*+(?P<op>[+-])\s*+(?P<c>\d{1,6})(?![\w]|[.,]\d)"
)
_SUM = re.compile(
    r"(?<![\w*×/])(?<!\d[.,])(?P<a>\d{1,6})\s*+(?P<op>[+-])\s*+(?P<b>\d{1,6})(?![\w*×/]|[.,]\d)"
)
_SIGN_WRONG = re.compile(
    r"\b(?:mauvais\s++signe|wrong\s++sign|erreur\s++de\s++signe|faute\s++de\s++signe|sign\s++(?:error|mistake|slip)|"
    r"signe\s++(?:est\s++)?faux|sign\s++is\s++wrong|l'oppose|the\s++opposite|(?:change|changer|inverse|inverser|flip)\s++"
    r"(?:le\s++|the\s++)?sign\w*"
    # round 67: the sign of a named part said wrong (« seul le signe de b est faux », "the sign of b is off")
    r"|signe\s++(?:de\s++|du\s++|d')[a-z' ]{1,30}?\s++(?:est\s++)?(?:faux|errone|mauvais|inverse)"
    r"|sign\s++of\s++[a-z' ]{1,30}?\s++(?:is\s++)?(?:wrong|off|flipped|reversed|inverted))\b"
    r"|\b(?:signe|sign)\s*+!"
    # round 48 (line48): the gap named, the minus sign forgotten or left out ("he only forgot the minus
    # sign", « il a juste oublié le signe moins », "he dropped the minus")
    r"|\b(?:oubli\w*|forg[eo]t\w*|omis|omitted|dropp\w*|perdu|lost|left\s++out|missed|manque|miss(?:es|ing))\s++"
    r"(?:(?:juste|seulement|simplement|only|just|simply)\s++)?(?:le\s++|the\s++|un\s++|a\s++|son\s++|his\s++|her\s++|"
    r"its\s++|their\s++)?(?:signe\s++(?:moins|negatif|-)|(?:minus|negative)\s++sign|moins|minus|signe|sign)\b"
)
_OPERATOR_STRUCK = re.compile(
    r"\b(?:entour\w*|barr\w*|ray\w*|circled|crossed\s++out|struck|souligne\w*|underlined)\s++(?:le\s++|the\s++)?"
    r"\"?\s*+(?:[+-]|plus|minus|moins)(?![\w])"
)
_OFFSET = re.compile(
    r"\b(?P<op>minus|moins|enlever|enleve|retire\w*|ote\w*|soustrai\w*|subtract\w*|take\s++away|plus|ajoute\w*|add)\s++"
    r"(?P<k>\d{1,6})(?![\w]|[.,]\d)"
)


def corrected(rest: str, wanted: Fraction, near: str = "", equations: bool = False) -> bool:
    """Whether a told correction fixes ``wanted`` from a wrong value the prompt shows, in the
    correction's sentence or the one before: the value negated or its operation's operator
    flipped (a sign said wrong, an operator struck or circled), or the value moved by a stated
    offset. ``near`` (a pattern: the answer's name, unit or what it is about: "b", "soeur",
    "pgcd") must stand beside a wrong value, and a mark out of a total ("10/20") is none. With
    ``equations`` (the line's intercept), a line's equation shown ("y = 4x + 10") shows its intercept."""
    units = re.compile(near) if near else None
    shown: list[tuple[set[Fraction], list[tuple[int, str, int]]]] = []
    for sentence in sentences(fold(rest).replace("- ", "-"))[: implied.MAX_SENTENCES]:
        values = {
            value_of(m["v"])
            for m in list(_WRONG.finditer(sentence))[:MAX_MATCHES]
            if not sentence.startswith("/", m.end())
            and (units is None or units.search(sentence[max(0, m.start() - NEAR): m.end() + NEAR]))
        }
        if equations:  # the intercept of a line's equation shown (round 67)
            values |= {
                Fraction(int(m["c"]) * (1 if m["op"] == "+" else -1))
                for m in list(_EQUATION.finditer(sentence))[:MAX_MATCHES]
            }
        sums = [(int(m["a"]), m["op"], int(m["b"])) for m in list(_SUM.finditer(sentence))[:MAX_MATCHES]]
        shown.append((values, sums if values else []))
        if _QUERY.search(sentence):
            continue
        before = shown[-2:]
        values = {v for vs, _ in before for v in vs}
        sums = [t for _, ts in before for t in ts]
        if _SIGN_WRONG.search(sentence) or _OPERATOR_STRUCK.search(sentence):
            if any(-v == wanted for v in values):
                return True
            if any((a - b if op == "+" else a + b) == wanted for a, op, b in sums):
                return True
        for m in list(_OFFSET.finditer(sentence))[:MAX_MATCHES]:
            k = int(m["k"])
            sign = 1 if m["op"].startswith(("plus", "ajout", "add")) else -1
            if any(v + sign * k == wanted for v in values):
                return True
        # any operation a correction names (half, ÷2, double, the subject taken out: round 40,
        # :func:`indirect.correction_ops`, the reader of corrected values said without a unit)
        ops = indirect.correction_ops(sentence)
        if any(v * factor + offset == wanted for factor, offset in ops for v in values):
            return True
    return False


# the line's intercept named beside a wrong value of it
LINE_NEAR = r"(?<![\w'])b(?![\w'])|ordonnee\s++a\s++l'origine|intercept"


def line_retold(rest: str, expected: tuple[Fraction, Fraction], data: list[str]) -> bool:
    """Whether the prompt tells the expected line by a transform, in parts or as a correction."""
    return (
        transformed(rest, expected, data)
        or in_parts(rest, expected[1], data)
        or corrected(rest, expected[1], LINE_NEAR, equations=True)
    )
