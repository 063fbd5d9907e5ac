"""Checking and validation material that holds the answer (round 51, fix-helper r51g). A prompt that
asks the model to verify its work may hand the answer over in the check itself:

- a condition of acceptance or a self-check that sends the model back ("PASS only if the gcd you give is
  the multiplicative identity", « si tu ne trouves pas exactement le nombre de frères moins deux, c'est que
  tu t'es trompé, recommence », "if you find a common divisor other than 1, you made a mistake"):
  :func:`required` writes what it requires as told sentences ("the gcd is the multiplicative identity",
  « tu trouves exactement le nombre de frères moins deux », « ils n'ont aucun diviseur commun autre que 1 »),
  which the answer readers then read as they read a statement; a rejection on a denied condition requires it
  (« le plan est refusé si une partie ne dure pas 15 minutes »: each part lasts 15 minutes). A supposition
  with no acceptance word or no sending back ("if either check fails, redo it", « si tu en trouves une,
  recommence ») writes nothing, nor does a rejection on a condition said positively (a bound);
- an equation whose one unknown is the answer ("seven times your final number, plus three, must equal 10",
  « PGCD + 35 + 64 = 100 »): :func:`solved` gives the value that solves it. An equation whose numbers are
  all the data's ("4 × 5 + b = 10") is the method, not a value, and gives nothing;
- a test row for the same instance ("@pytest.mark.parametrize(..., [(3, 2, 1), ...])", « | 35 | 64 | 1 | »):
  :func:`row_values` gives the last cell of a row whose other cells are the data's numbers (rows of other
  instances, "truth tables of other pairs", give nothing);
- a second point of a line in a test ("assert d(3) == 2", « pour x = 0, y vaut -10 », a table of x and the
  expected y; round 53: a drawing's attributes, <circle cx="0" cy="-10"/>, a record's {"x": 0, "y": -10}, TikZ
  "(axis cs:0,-10)"): :func:`points` gives them, for the line reader to see whether they fix the line (the
  data's own point fixes nothing);
- label scores whose stated sums leave one labelling ("positive = +1, neutral = 0, negative = -1; review 1
  minus review 2 is 2 and the three sum to 0"): :func:`scored` writes that labelling review by review.

Limits: one unknown per equation, linear; a row's answer is its last cell; a condition is read in one
sentence. Inputs are folded (lower case, no accents)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORDS, sentences

MAX_SENTENCES = 200
MAX_TOKENS = 60

# -- a requirement said as the condition of a check ------------------------------------------------------
_ACCEPTED = (
    r"(?:pass|passes|passed|accept|accepts|accepted|valid|validated|ok|okay|correct|right|green|succeeds?|"
    r"counts?|"
    r"passe|passera|accepte|acceptee|acceptera|valide|validee|validera|juste|bonne|reussi|compte|comptera|"
    r"vert)"
)
# a rejection on a denied condition requires it: « le plan est refusé si une partie ne dure pas 15 minutes »
# (each part lasts 15 minutes), "the form rejects b if it is not even"
_REJECTED_IF = re.compile(
    r"(?<![\w-])(?:refuse|refusee|refusera|refused|refuses|rejete|rejetee|rejettera|rejected|rejects|rejet|"
    r"fails?|echoue|echouera|invalide|invalid|marque[ \t]++faux|marked[ \t]++wrong)"
    r"(?P<what>(?:[ \t]++[a-z'-]++){0,3}?)[ \t]++(?:si|s'il|if|when|whenever|quand|des[ \t]++que)[ \t]++"
    r"(?P<p>[^.;!?\n]{3,160})"
)
_ANY = re.compile(r"^(?:une|un|a|an|any|one|some)[ \t]++")
# what is accepted ("b", « la réponse », "your answer"), then the condition: "accepts b only if it is even",
# "only accepts your answer if…", « n'accepte la réponse que si… », "PASS only if the gcd is…"
_ONLY_IF = re.compile(
    rf"(?<![\w-])(?:(?P<only>only)[ \t]++)?{_ACCEPTED}(?P<what>(?:[ \t]++[a-z'-]++){{0,3}}?)[ \t]++"
    r"(?:only[ \t]++(?:if|when)|if[ \t]++and[ \t]++only[ \t]++if|(?:seulement|uniquement)[ \t]++(?:si|s'il|"
    r"quand)|"
    r"que[ \t]++si|que[ \t]++s'il|a[ \t]++condition[ \t]++que|a[ \t]++condition[ \t]++qu'|"
    r"provided[ \t]++that|(?P<if>if|when))"
    r"[ \t]*+(?P<p>[^.;!?\n]{3,160})"
)
_IF = re.compile(
    r"(?<![\w'-])(?:si|s'il|if)[ \t]++(?P<c>[^.;!?\n]{3,120}?)[ \t]*+[,:](?P<then>[^.;!?\n]{0,80})"
)
_SENT_BACK = re.compile(
    r"(?<![\w'-])(?:start[ \t]++(?:over|again)|recommence\w*|recompte\w*|recount|redo|refai\w*|reprends|"
    r"go[ \t]++back|try[ \t]++again|made[ \t]++a[ \t]++mistake|wrong|faux|fausse|erreur|mistake|trompe\w*|"
    r"incorrect|rate|failed|fails|fail|echoue)(?![\w'-])"
)
_NEGATION = re.compile(
    r"(?<![\w'-])(?:ne(?![\w'-])|n')[ \t]*+|(?<![ \t])[ \t]++(?:pas|point)(?![\w'-])|n't|"
    r"(?<![ \t])[ \t]++not(?![\w'-])"
)
_FIND = re.compile(
    r"^(?:tu|you|vous|we|nous|on)[ \t]++(?:do[ \t]++|did[ \t]++)?"
    r"(?:trouves|trouvez|trouve|trouvons|obtiens|obtenez|obtient|tombes[ \t]++sur|arrives[ \t]++a|"
    r"aboutis[ \t]++a|"
    r"find|get|obtain|arrive[ \t]++at|end[ \t]++up[ \t]++with|reach|come[ \t]++up[ \t]++with)"
    r"[ \t]++(?:(?:exactement|precisement|exactly|precisely)[ \t]++)?(?P<object>.+)$"
)
_ARTICLE = re.compile(r"^(?:un|une|des|de|d'|a|an|any|some)[ \t]++(?P<rest>.+)$")
# "the gcd you give", « le PGCD que tu donnes »: the quantity itself
_YOURS = re.compile(
    r"(?<![ \t])[ \t]++(?:(?:that|que|qu')[ \t]*+)?(?:you|tu|vous)[ \t]++(?:give|find|get|state|compute|"
    r"report|write|"
    r"donnes|donnez|trouves|trouvez|obtiens|obtenez|calcules|calculez|annonces|annoncez|ecris|"
    r"ecrivez)(?![\w'-])"
)


@functools.lru_cache(maxsize=1024)  # read for every check of a task, in every reading of its prompt
def required(folded: str) -> str:
    """What the checks of ``folded`` require, as told sentences ("" when none)."""
    told: list[str] = []
    for sentence in sentences(folded)[:MAX_SENTENCES]:
        for m in _ONLY_IF.finditer(sentence):
            if m["if"] and not m["only"]:
                continue  # "it passes if…": a sufficient condition, no requirement
            told.append(_YOURS.sub("", f"{m['what']} {m['p']}".strip()))
        for m in _REJECTED_IF.finditer(sentence):
            condition = _YOURS.sub("", m["p"].strip())
            unsaid = re.sub(r"[ \t]{2,}", " ", _NEGATION.sub(" ", condition)).strip()
            if unsaid != condition:  # rejected if any part is not X: each part is X
                every = _ANY.sub(lambda a: "chaque " if a[0].strip() in ("une", "un") else "each ", unsaid)
                told.append(f"{m['what']} {every}".strip())
        for m in _IF.finditer(sentence):
            then = re.split(r"(?<![\w'-])(?:si|s'il|if|sinon|otherwise|else)(?![\w'-])", m["then"])[0]
            if not _SENT_BACK.search(then) or _SENT_BACK.search(m["c"]):
                continue
            condition = _YOURS.sub("", m["c"].strip())
            unsaid = _NEGATION.sub(" ", condition)
            if unsaid != condition:  # "if you don't get exactly X, start over": X is told
                told.append(re.sub(r"[ \t]{2,}", " ", unsaid).strip())
                continue
            found = _FIND.match(condition)
            article = _ARTICLE.match(found["object"]) if found else None
            if article:  # "if you find a common divisor other than 1, you are wrong": there is none
                told.append(f"ils n'ont aucun {article['rest']}")
                told.append(f"they have no {article['rest']}")
    return "\n".join(f"{t.strip()}." for t in told)


# -- a linear equation over named quantities --------------------------------------------------------------
_WORDS_ALT = "|".join(
    sorted(
        (w for w in NUMBER_WORDS if w not in ("a", "an", "single", "aucun", "aucune", "none")),
        key=len,
        reverse=True,
    )
)
_TOKEN = re.compile(
    r"(?P<var>\bv\d{1,2}\b)"
    r"|(?P<num>(?<![\w.,])\d{1,6}(?:[.,]\d{1,4})?(?![\w]|[.,]\d))"
    rf"|(?P<word>\b(?:{_WORDS_ALT})\b)"
    r"|(?P<eq>={1,3}|\b(?:must[ \t]++(?:be[ \t]++)?equal(?:[ \t]++to)?|"
    r"should[ \t]++(?:be[ \t]++)?equal(?:[ \t]++to)?|"
    r"must[ \t]++(?:give|make|come[ \t]++to|add[ \t]++up[ \t]++to)|equals?|gives|makes|comes[ \t]++to|"
    r"adds[ \t]++up[ \t]++to|is[ \t]++equal[ \t]++to|is|doit[ \t]++(?:valoir|faire|donner|"
    r"etre[ \t]++egale?[ \t]++a)|"
    r"doivent[ \t]++(?:valoir|faire|donner)|vaut|valent|fait|font|donne|donnent|est[ \t]++egale?[ \t]++a|"
    r"egale?)\b)"
    r"|(?P<op>[-+*/×÷]|\b(?:plus|moins|minus|fois|times|multiplied[ \t]++by|multiplie[ \t]++par|"
    r"divided[ \t]++by|"
    r"divise[ \t]++par)\b|(?<=\s)x(?=\s))"
    r"|(?P<lp>\()|(?P<rp>\))"
    r"|(?P<filler>,|\b(?:your|my|the|its|their|ton|ta|tes|votre|mon|ma|le|la|les|l'|de|du|des|d'|of|final|"
    r"finale|then|puis|ensuite|et|additionne|added|ajoute)\b|'s\b)"
    r"|(?P<other>\w++|\S)"
)
_OPS = {"+": "+", "plus": "+", "-": "-", "moins": "-", "minus": "-", "*": "*", "×": "*", "x": "*",
        "fois": "*", "times": "*", "/": "/", "÷": "/"}  # fmt: skip
Linear = dict[str, Fraction]  # variable -> coefficient, "" the constant


def _op(word: str) -> str:
    word = re.sub(r"[ \t]++", " ", word)
    if word.startswith(("multipl",)):
        return "*"
    if word.startswith(("divid", "divis")):
        return "/"
    return _OPS[word]


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind == "other":
            out.append(("break", m[0]))  # a word of no expression, a mark: the expression ends
        elif kind != "filler":
            out.append((kind, m[0]))
        if len(out) > 400:
            break
    return out


class _Parser:
    """Sums of products of numbers, variables and brackets, into linear forms (None when not linear)."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.at = tokens, 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "")

    def expression(self) -> Linear | None:
        total = self.term()
        while total is not None and self.peek()[0] == "op" and _op(self.peek()[1]) in "+-":
            sign = _op(self.tokens[self.at][1])
            self.at += 1
            other = self.term()
            if other is None:
                return None
            factor = 1 if sign == "+" else -1
            for k, v in other.items():
                total[k] = total.get(k, Fraction(0)) + factor * v
        return total

    def term(self) -> Linear | None:
        value = self.factor()
        while value is not None and self.peek()[0] == "op" and _op(self.peek()[1]) in "*/":
            op = _op(self.tokens[self.at][1])
            self.at += 1
            other = self.factor()
            if other is None:
                return None
            if op == "*" and set(other) <= {""}:
                value = {k: v * other.get("", Fraction(0)) for k, v in value.items()}
            elif op == "*" and set(value) <= {""}:
                value = {k: v * value.get("", Fraction(0)) for k, v in other.items()}
            elif op == "/" and set(other) <= {""} and other.get("", Fraction(0)):
                value = {k: v / other[""] for k, v in value.items()}
            else:
                return None
        return value

    def factor(self) -> Linear | None:
        kind, text = self.peek()
        self.at += 1
        if kind == "op" and _op(text) == "-":
            inner = self.factor()
            return None if inner is None else {k: -v for k, v in inner.items()}
        if kind == "num":
            return {"": Fraction(text.replace(",", "."))}
        if kind == "word":
            return {"": Fraction(NUMBER_WORDS[text])}
        if kind == "var":
            return {text: Fraction(1)}
        if kind == "lp":
            inner = self.expression()
            if inner is None or self.peek()[0] != "rp":
                return None
            self.at += 1
            return inner
        return None


def _side(tokens: list[tuple[str, str]]) -> Linear | None:
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    parser = _Parser(tokens)
    value = parser.expression()
    return value if value is not None and parser.at == len(tokens) else None


_EXPRESSION_KINDS = {"var", "num", "word", "op", "lp", "rp"}


def _depth(tokens: list[tuple[str, str]]) -> int:
    return sum(1 for k, _ in tokens if k == "lp") - sum(1 for k, _ in tokens if k == "rp")


def equations(text: str) -> Iterator[tuple[Linear, list[Fraction]]]:
    """Each equation of ``text`` (variables written ``v1``, ``v2``...) as one linear form equal to zero,
    with the numbers it holds."""
    tokens = _tokens(text)
    for i, (kind, _) in enumerate(tokens):
        if kind != "eq":
            continue
        start = i
        while start > 0 and tokens[start - 1][0] in _EXPRESSION_KINDS:
            start -= 1
        end = i + 1
        while end < len(tokens) and tokens[end][0] in _EXPRESSION_KINDS:
            end += 1
        # an operator or a bracket at either end that opens or closes nothing belongs to no side
        left, right = tokens[start:i], tokens[i + 1 : end]
        while left and (
            left[0][0] == "rp"
            or left[0][0] == "op"
            and _op(left[0][1]) != "-"
            or left[0][0] == "lp"
            and _depth(left) > 0
        ):
            left = left[1:]
        while right and (right[-1][0] in ("op", "lp") or right[-1][0] == "rp" and _depth(right) < 0):
            right = right[:-1]
        a, b = _side(left), _side(right)
        if a is None or b is None:
            continue
        form = dict(a)
        for k, v in b.items():
            form[k] = form.get(k, Fraction(0)) - v
        numbers = [
            Fraction(t.replace(",", ".")) if k == "num" else Fraction(NUMBER_WORDS[t])
            for k, t in left + right
            if k in ("num", "word")
        ]
        yield form, numbers


_SUPPOSED = re.compile(r"(?<![\w'-])(?:si|if|whether|suppose|imagine|unless|sauf[ \t]++si)(?![\w'-])")


def solved(folded: str, subject: re.Pattern[str], data: set[Fraction]) -> list[Fraction]:
    """The values of the quantity ``subject`` names that a told equation of ``folded`` gives, when the
    quantity is its one unknown and a number of its own (not the data's) enters it."""
    found: list[Fraction] = []
    for sentence in sentences(folded)[:MAX_SENTENCES]:
        if sentence.rstrip().endswith("?") or _SUPPOSED.search(sentence) or not subject.search(sentence):
            continue
        marked = subject.sub(" v1 ", sentence)
        for form, numbers in equations(marked):
            unknown = form.get("v1", Fraction(0))
            if set(form) - {"", "v1"} or not unknown:
                continue
            if len(numbers) < 2:
                continue  # "le PGCD vaut 1": a statement, the statement readers' (a generic one is none)
            if not any(n not in data and -n not in data for n in numbers):
                continue  # "4 × 5 + b = 10": the data's numbers, the method
            found.append(-form.get("", Fraction(0)) / unknown)
    return found


# -- a test row for the same instance -----------------------------------------------------------------------
_CELL_NUMBER = re.compile(r"^[ \t]*+(-?[ \t]*+\d{1,6}(?:\.\d{1,4})?)[ \t]*+$")
_TUPLE = re.compile(r"[(\[](?P<cells>[ \t]*+-?\d{1,6}(?:[ \t]*+,[ \t]*+-?\d{1,6}){2,7})[ \t]*+[)\]]")


# Fix-helper left52f: a last cell that numbers the row, not its result: a header naming the last column an id,
# a case's or a row's number (« | frères | sœurs par frère | cas | », "a;b;id"), or the comment after a tuple
# naming its last element so ("(3, 2, 1)  # brothers, sisters per brother, case id"). A header or a comment
# that names the last cell an answer, a result, an expected value (or names it nothing) leaves it the answer.
_ID_NAME = re.compile(
    r"^[ \t`\"'*_]*+(?:(?:the|le|la|l')[ \t]++)?(?:(?:case|test|row|line|ligne|cas|rang|record|entry|entree)"
    r"(?:[ \t_-]*+(?:id|ids|#|no|n°|nr|num|number|numero|index))?|id|ids|#|n°|no|num|numero|index|idx|key|"
    r"rank|"
    r"(?:id|num|numero|index)[ \t_-]*+(?:du|de|of|of[ \t]++the)?[ \t_-]*+(?:cas|case|test|row|ligne))"
    r"[ \t`\"'*_.;:!]*+$"
)
_TUPLE_NOTE = re.compile(r"(?<![ \t])[ \t]*+(?:#|//|--)(?P<note>[^\n]{1,120}+)")


def id_column(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a cell of a table's or a CSV's row (other cells numbers too) under a
    header that names its column an id (see :data:`_ID_NAME`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    separator = "|" if line.count("|") >= 2 else next((c for c in ";," if c in line), "")
    if not separator:
        return False
    cells = line.strip().strip("|").split(separator)
    before = text[line_start:start].lstrip().lstrip("|")
    column = before.count(separator)
    if len(cells) < 2 or column >= len(cells) or not all(_CELL_NUMBER.match(c) for c in cells):
        return False
    above = text[max(0, line_start - 2000) : line_start].splitlines()[-6:]
    for previous in reversed(above):
        if re.fullmatch(r"[\s|:\-]*+", previous):
            continue
        header = previous.strip().strip("|").split(separator)
        if all(_CELL_NUMBER.match(c) for c in header):
            continue  # another row of numbers
        return len(header) == len(cells) and bool(_ID_NAME.match(header[column]))
    return False


def _id_named(names: list[str], count: int) -> bool:
    """Whether ``names`` (a header's cells or a comment's items) name ``count`` cells, the last an id."""
    names = [n.strip() for n in names if n.strip()]
    return len(names) == count and bool(_ID_NAME.match(names[-1]))


def _rows(text: str) -> Iterator[list[Fraction]]:
    for m in _TUPLE.finditer(text[:20_000]):
        cells = m["cells"].split(",")
        note = _TUPLE_NOTE.match(text, m.end())
        if note and _id_named(note["note"].split(","), len(cells)):
            continue
        yield [Fraction(c.replace(" ", "")) for c in cells]
    header: list[str] = []
    for line in text[:20_000].splitlines():
        separator = "|" if line.count("|") >= 2 else next((c for c in ";," if c in line), ";")
        cells = line.strip().strip("|").split(separator)
        if len(cells) < 3:
            header = []
            continue
        numbers = [_CELL_NUMBER.match(c) for c in cells]
        if all(numbers):
            if not _id_named(header, len(cells)):
                yield [Fraction(n[1].replace(" ", "")) for n in numbers if n]
        elif not re.fullmatch(r"[\s|:\-]*+", line):  # a rule line keeps the header above it
            header = cells


def row_values(text: str, data: list[Fraction]) -> list[Fraction]:
    """The last cell of each row of ``text`` (a tuple of numbers, a table's line) whose other cells are the
    data's numbers, in any order."""
    wanted = sorted(data)
    return [row[-1] for row in _rows(text) if len(row) == len(wanted) + 1 and sorted(row[:-1]) == wanted]


# -- points of a line in a test -----------------------------------------------------------------------------
_SIGNED = r"-?[ \t]*+\d{1,6}(?:[.,]\d{1,4})?"
_CALL_POINT = re.compile(
    rf"(?<![\w.])[a-z_][a-z_0-9]{{0,15}}\([ \t]*+(?:x[ \t]*+=[ \t]*+)?(?P<x>{_SIGNED})[ \t]*+\)[ \t]*+"
    r"(?:={1,3}|(?:vaut|equals|is|donne|gives|returns|renvoie|retourne|doit[ \t]++valoir|must[ \t]++be|"
    r"should[ \t]++be)(?![\w'-]))"
    rf"[ \t]*+(?P<y>{_SIGNED})(?![\d.,]\d|[ \t]*+[*x/+])"
)
_XY_POINT = re.compile(
    rf"(?<![\w'-])x[ \t]*+(?:=|==|vaut|equals|is)[ \t]*+(?P<x>{_SIGNED})(?![\d.,]\d)[^.;\n=]{{0,30}}?"
    r"(?:(?<![\w'-])y[ \t]*+(?:={1,3}|vaut|equals|is|doit[ \t]++valoir|must[ \t]++be|should[ \t]++be)|->|→|"
    r"=>|(?<![\w'-])(?:(?:doit|devra|va)[ \t]++(?:donner|valoir|renvoyer|etre)|donne|vaut|gives?|returns?|"
    r"(?:should|must|will)[ \t]++(?:give|return|be|equal)|equals?)(?![\w'-]))"
    rf"[ \t]*+(?P<y>{_SIGNED})(?![\d.,]\d|[ \t]*+[*x/+]|[ \t]*+-[ \t]*+\d)"
)
# a test framework's expectation: "expect(line.at(3)).toBe(2)", "assertEquals(2, d(3))"
_EXPECT_POINT = re.compile(
    rf"\([ \t]*+(?P<x>{_SIGNED})[ \t]*+\)[ \t]*+\)?[ \t]*+\.[ \t]*+to(?:be|equal|strictequal)[ \t]*+\("
    rf"[ \t]*+(?P<y>{_SIGNED})[ \t]*+\)"
    rf"|assert_?equals?[ \t]*+\([ \t]*+(?P<y2>{_SIGNED})[ \t]*+,[ \t]*+[a-z_][\w.]{{0,20}}\("
    rf"[ \t]*+(?P<x2>{_SIGNED})[ \t]*+\)[ \t]*+\)"
)
# Round 53: a point given as a drawing's attributes or a record's fields (an SVG <circle cx="0" cy="-10"/>,
# <text x="0" y="-10">, a line's x1/y1 end, a JSON {"x": 0, "y": -10}) or at TikZ axis coordinates
# ("(axis cs:0,-10)").
_ATTR_POINT = re.compile(
    r"(?<![\w'-])[\"']?(?P<p>c?)x(?P<i>\d?)[\"']?[ \t]*+[=:][ \t]*+[\"']?"
    rf"(?P<x>{_SIGNED})(?![\d.,]\d)[\"']?[ \t]*+[,;]?[ \t]*+"
    r"[\"']?(?P=p)y(?P=i)[\"']?[ \t]*+[=:][ \t]*+[\"']?"
    rf"(?P<y>{_SIGNED})(?![\d.,]\d)"
    rf"|\([ \t]*+axis[ \t]++cs[ \t]*+:[ \t]*+(?P<x2>{_SIGNED})[ \t]*+,[ \t]*+(?P<y2>{_SIGNED})[ \t]*+\)"
)
_X_HEAD = re.compile(r"^(?:x|entree|input|abscisse)(?![\w'-])")
_Y_HEAD = re.compile(
    r"^(?:y|f[ \t]*+\(x\)|[a-z][ \t]*+\(x\)|sortie|output|ordonnee)(?![\w'-])|attendu|expected|resultat"
)


def _number(token: str) -> Fraction:
    return Fraction(re.sub(r"[ \t]", "", token).replace(",", "."))


def points(text: str) -> list[tuple[Fraction, Fraction]]:
    """The points (x, y) a test, a check or a table of cases gives of the line."""
    text = text[:20_000]
    found = [(_number(m["x"]), _number(m["y"])) for m in _CALL_POINT.finditer(text)]
    found += [(_number(m["x"]), _number(m["y"])) for m in _XY_POINT.finditer(text)]
    found += [(_number(m["x"] or m["x2"]), _number(m["y"] or m["y2"])) for m in _EXPECT_POINT.finditer(text)]
    found += [(_number(m["x"] or m["x2"]), _number(m["y"] or m["y2"])) for m in _ATTR_POINT.finditer(text)]
    header: tuple[int, int] | None = None
    for line in text.splitlines():
        separator = "|" if line.count("|") >= 2 else next((c for c in ";," if c in line), "")
        if not separator:
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(separator)]
        xs = [i for i, c in enumerate(cells) if _X_HEAD.search(c)]
        ys = [i for i, c in enumerate(cells) if _Y_HEAD.search(c) and i not in xs]
        if xs and ys:
            header = (xs[0], ys[0])
            continue
        if header and max(header) < len(cells):
            x, y = _CELL_NUMBER.match(cells[header[0]]), _CELL_NUMBER.match(cells[header[1]])
            if x and y:
                found.append((_number(x[1]), _number(y[1])))
    return found


# -- label scores whose sums leave one labelling ---------------------------------------------------------
_SCORE_OF = re.compile(
    r"(?:(?:le|la|the)[ \t]++)?(?:(?:score|note|points)[ \t]++(?:de[ \t]++l'|of[ \t]++)?|"
    r"celui[ \t]++de[ \t]++l'|celle[ \t]++de[ \t]++l'|"
    r"that[ \t]++of[ \t]++)?"
    r"(?:avis|review|commentaire|comment)[ \t]*+(?:n[o°][ \t]*+)?(?P<n>\d)(?!\d)(?:'s[ \t]++score)?"
)
_SUM = re.compile(
    r"(?:(?:la|le|the)[ \t]++)?(?:somme|total|sum)[ \t]++(?:des|of[ \t]++the|of)[ \t]++"
    r"(?:(?:trois|three|3|deux|two|2|quatre|four|4)[ \t]++)?(?:scores|notes|reviews|avis)"
    r"|(?:the[ \t]++)?(?:three|3|trois)[ \t]++(?:scores[ \t]++)?(?:sum|add[ \t]++up)[ \t]++to"
)


def scored(folded: str, labels: set[str], count: int) -> str:
    """The one labelling that the scores given to the labels and the told equations over the reviews' scores
    leave, said review by review; ``folded`` itself when they leave none or several."""
    names = sorted(label for label in labels if len(label) >= 4)
    if count < 2 or count > 6 or len(names) < 2:
        return folded
    values: dict[str, Fraction] = {}
    for name in names:
        m = re.search(
            rf"(?<![\w'-]){re.escape(name)}[ \t]*+(?:=|:|vaut|->|→|counts[ \t]++as|compte[ \t]++pour)"
            r"[ \t]*+(?P<v>[-+]?[ \t]*+\d{1,3})(?!\d)",
            folded,
        )
        if m:
            values[name] = Fraction(m["v"].replace(" ", "").replace("+", ""))
    if len(values) != len(names) or len(set(values.values())) != len(names):
        return folded
    forms: list[Linear] = []
    every = "( " + " + ".join(f"v{i}" for i in range(1, count + 1)) + " )"
    for sentence in sentences(folded)[:MAX_SENTENCES]:
        if sentence.rstrip().endswith("?") or _SUPPOSED.search(sentence):
            continue
        marked = _SCORE_OF.sub(lambda m: f" v{m['n']} ", sentence)
        marked = _SUM.sub(lambda m: f" {every} " + ("= " if m[0].endswith(" to") else ""), marked)
        for clause in re.split(r",|;|(?<![\w'-])(?:et|and)(?![\w'-])[ \t]++(?=(?:la|le|the|v\d|\())", marked):
            for form, _ in equations(clause):
                if {k for k in form if k} and all(
                    k == "" or k[1:].isdigit() and 1 <= int(k[1:]) <= count for k in form
                ):
                    forms.append(form)
    if not forms:
        return folded
    left = [
        assignment
        for assignment in itertools.product(names, repeat=count)
        if all(
            form.get("", Fraction(0))
            + sum(v * values[assignment[int(k[1:]) - 1]] for k, v in form.items() if k)
            == 0
            for form in forms
        )
    ]
    if len(left) != 1:
        return folded
    return " ".join(f"l'avis {i} est {label}. review {i} is {label}." for i, label in enumerate(left[0], 1))
