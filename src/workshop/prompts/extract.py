"""The ONE final answer of a text, for a task whose answer is a number, a line or a yes/no.

Where to look, in order:
1. lines labelled as the answer ("Réponse :", "Answer:", "Réponse finale :", "Final
   answer:" and the check's own labels; a "final" label outranks the others, and every
   label kept must say the same thing);
2. else the last conclusion: the last sentence with a conclusion word ("donc", "so",
   "therefore", ...), read after that word and before any justification ("car",
   "because", ...);
3. else every statement of the text (questions, conditionals and, when the check names a
   subject, statements about something else left out) must say the same thing.
The part kept must hold exactly one candidate value: several values ("1 ou 2"), a hedge
("au moins", "either", "±") or a negated value ("n'a pas une seule sœur") leave no final
answer. What counts as a candidate depends on the kind: a count of a unit ("une seule
sœur", "1 sister"), the value given for a named quantity ("PGCD(35, 64) = 1", "b = 10 − 20
= −10"), an equation of a line (any form: ``y=4x-10``, ``y = 4x + (-10)``,
``y − 10 = 4(x − 5)``), or a yes/no verdict ("Oui", "ils ne sont pas premiers entre eux")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from workshop.prompts import arith
from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, fold, term_pattern

Value = Fraction | tuple[Fraction, Fraction] | str


@dataclass
class AnswerSpec:
    """What a ``final`` check looks for (see :class:`workshop.prompts.checks.FinalCheck`)."""

    kind: str  # number, line, yes-no
    expected: Value
    unit: list[str] = field(default_factory=list)
    about: list[str] = field(default_factory=list)
    subject: str = ""
    predicate: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    tolerance: Fraction = Fraction(0)

    def matches(self, value: Value) -> bool:
        if isinstance(value, Fraction) and isinstance(self.expected, Fraction):
            return abs(value - self.expected) <= self.tolerance
        return value == self.expected


@dataclass
class Candidate:
    value: Value
    start: int
    negated: bool = False


@dataclass
class Final:
    """The final answer, or why there is none (``none``, ``several``, ``negated``, ``hedged``)."""

    value: Value | None
    reason: str = "ok"


_LABEL = re.compile(
    r"^\W*(?P<label>(?:la\s+)?(?:reponse|answer|resultat|result|conclusion|solution|verdict|"
    r"final\s+answer|en\s+conclusion|in\s+conclusion)(?:\s+(?:finale?|definitive))?)"
    r"[^:\n]{0,30}?:\s*(?P<rest>.*)$"
)
_FINAL_LABEL = re.compile(r"final|definitive")
_CONCLUSION = re.compile(
    r"\b(?:donc|ainsi|alors|so|therefore|thus|hence|finalement|finally|en conclusion|in conclusion|"
    r"au total|in total|en tout|in all|bref|en resume|in short|soit|that is|autrement dit|in other words)\b"
)
_JUSTIFICATION = re.compile(
    r"\b(?:car|parce que|parce qu|puisque|puisqu|en effet|since|because|given that|etant donne)\b"
)
_HEDGE = re.compile(
    r"\b(?:au moins|at least|au plus|at most|environ|approximately|around|roughly|peut-etre|maybe|perhaps|"
    r"probably|probablement|possibly|possiblement|sans doute|either|plus ou moins|more or less|depending|"
    r"depend|ou plus|or more|ou moins|or less|voire)\b|±|\+/-|\+-|~|≈"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:si|s'il|s'ils|s'elle|if|whether|when|quand|lorsque|lorsqu|would|serait|seraient|etait|etaient|"
    r"suppose|supposons|imagine|imaginons|could|pourrait|pourraient|croire|think|penser|tempting|tentant)\b"
)
_NEGATORS = set(
    "pas not jamais never ni nor neither non no wrong faux incorrect isn't aren't doesn't don't "
    "isnt arent doesnt dont plutot instead".split()
)
_CLAUSE = re.compile(r"[,;:()\[\]\"]|\bmais\b|\bbut\b|\bhowever\b|\bcependant\b|\bpourtant\b")
_NUM = rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORD_RE})"
_SEP = r"\s*(?:,|ou|or|to|a|et|and|/|-)\s*"
_ADJ = (
    r"(?:(?:seule?s?|only|single|unique|petite?s?|other|autres?|additional|supplementaires?|de plus)\s+){0,2}"
)
_VERDICT = re.compile(r"^\W*(oui|yes|non|no)\b(?P<more>(?:\s*(?:ou|or|/|,)\s*(?:oui|yes|non|no)\b)*)")
_EQUATION_RUN = re.compile(r"(?<![a-z])[-+*/().,\d\sxy=^]*=[-+*/().,\d\sxy=^]*")
_COPULA = (
    r"(?:=|:|\best\s+egale?\s+a\b|\bis\s+equal\s+to\b|\best\b|\bvaut\b|\bis\b|\bequals?\b|\bsont\b|\bare\b)"
)


def _number(token: str) -> Fraction | None:
    token = token.strip()
    if token in NUMBER_WORDS:
        return Fraction(NUMBER_WORDS[token])
    try:
        return Fraction(token.replace(",", "."))
    except ValueError:
        return None


def _clause_before(text: str, start: int) -> str:
    """The clause that ends where a candidate starts."""
    head = text[:start]
    cut = 0
    for match in _CLAUSE.finditer(head):
        cut = match.end()
    return head[cut:]


def _negated(text: str, start: int, between: str = "") -> bool:
    window = _clause_before(text, start).split()[-4:] + between.split()
    return any(w.strip(".!?'\"") in _NEGATORS or w.endswith("n't") for w in window)


def _hypothetical(text: str, start: int) -> bool:
    return _HYPOTHETICAL.search(_clause_before(text, start)) is not None


def _counts(text: str, spec: AnswerSpec) -> list[Candidate]:
    units = "|".join(term_pattern(u) for u in spec.unit)
    found = []
    pattern = re.compile(rf"(?<![\w.,])(?P<nums>{_NUM}(?:{_SEP}{_NUM})*)\s+{_ADJ}(?:{units})")
    for match in pattern.finditer(text):
        values = [_number(n) for n in re.split(_SEP, match.group("nums"))]
        for number in values:
            if number is not None:
                found.append(Candidate(number, match.start(), _negated(text, match.start())))
    for match in re.finditer(rf"\b(?:pas de|pas d'|no|aucune?|zero)\s+{_ADJ}(?:{units})", text):
        found.append(Candidate(Fraction(0), match.start()))
    return found


def _quantities(text: str, spec: AnswerSpec) -> list[Candidate]:
    """Values given for a named quantity: ``PGCD(35, 64) = 1``, ``b = 10 − 20 = −10``,
    ``the greatest common divisor of 35 and 64 is 1``."""
    about = "|".join(term_pattern(a) if not a.startswith("re:") else a[3:] for a in spec.about)
    chain = rf"(?P<chain>(?>{arith.EXPR})(?:\s*=\s*(?:p?gcd\s*\([^()]*\)|(?>{arith.EXPR})))*)"
    pattern = re.compile(
        rf"(?:{about})(?:\s*\([^()\n]{{0,20}}\))?"
        rf"(?P<between>(?:\s+(?:de|of|entre|between|du|des)\s+[^=:.;\n]{{0,30}}?)?"
        rf"(?:\s*(?:=\s*p?gcd\s*\([^()\n]*\)\s*)*)\s*{_COPULA}\s*"
        rf"(?:(?:pas|not|n'est pas|ne vaut pas)\s+)?|\s+)"
        rf"{chain}(?P<alts>(?:\s*(?:ou|or|/|,|et|and)\s*-?\d+(?:[.,]\d+)?(?!\s*[=*+/^\d]))*)"
    )
    found = []
    for match in pattern.finditer(text):
        last = match.group("chain").split("=")[-1]
        try:
            number = arith.value(last)
        except (arith.Unreadable, ZeroDivisionError):
            continue
        negated = _negated(text, match.start(), match.group("between"))
        found.append(Candidate(number, match.start(), negated))
        for alt in re.findall(r"-?\d+(?:[.,]\d+)?", match.group("alts")):
            found.append(Candidate(Fraction(alt.replace(",", ".")), match.start(), negated))
    return found


def _bare_numbers(text: str) -> list[Candidate]:
    return [
        Candidate(Fraction(m.group(0).replace(",", ".")), m.start(), _negated(text, m.start()))
        for m in re.finditer(r"(?<![\w.,])-?\d+(?:[.,]\d+)?(?![\w,.]\d)", text)
    ]


def _lines(text: str) -> list[Candidate]:
    text = re.sub(r"f\s*\(\s*x\s*\)", "y", text)
    found = []
    for match in _EQUATION_RUN.finditer(text):
        run = match.group(0)
        core = run.strip(" .,(")
        if "x" not in core or "y" not in core or core.count("=") != 1:
            continue
        end = match.start() + len(run.rstrip())
        after = text[end:].lstrip(" ")
        if run.rstrip()[-1:] in "+-*/=" and after[:1].isalpha():
            continue  # "y = 4x + b": cut by a letter, not a line
        while core.count("(") > core.count(")") and "(" in core:
            core = core[: core.rindex("(")].rstrip(" .,")
        try:
            slope, intercept = arith.line(core)
        except (arith.Unreadable, ZeroDivisionError):
            continue
        start = match.start() + (len(run) - len(run.lstrip()))
        found.append(Candidate((slope, intercept), start, _negated(text, start)))
    return found


def _verdicts(text: str, spec: AnswerSpec) -> list[Candidate]:
    found = []
    start = _VERDICT.match(text)
    if start:
        first = "yes" if start.group(1) in ("oui", "yes") else "no"
        found.append(Candidate(first, start.start(1)))
        for other in re.findall(r"oui|yes|non|no", start.group("more")):
            found.append(Candidate("yes" if other in ("oui", "yes") else "no", start.start(1)))
    predicate = "|".join(term_pattern(p) for p in spec.predicate)
    for match in re.finditer(rf"(?:{predicate})", text):
        clause = _clause_before(text, match.start())
        words = clause.split()[-8:]
        if not re.search(r"\b(?:sont|sont-ils|are|is|est|soient|be|being|etre)\b", " ".join(words)):
            continue
        negated = any(w in _NEGATORS or w.endswith("n't") for w in words) or clause.rstrip().endswith("non")
        found.append(Candidate("no" if negated else "yes", match.start()))
    return found


def candidates(text: str, spec: AnswerSpec, whole: bool = False) -> list[Candidate]:
    """Every candidate value written in ``text`` (folded), by the kind of the answer."""
    if spec.kind == "line":
        return _lines(text)
    if spec.kind == "yes-no":
        return _verdicts(text, spec)
    if spec.about:
        return _quantities(text, spec)
    if spec.unit:
        found = _counts(text, spec)
        return found if found or whole else _bare_numbers(text)
    return _bare_numbers(text)


def _decide(found: list[Candidate], segment: str) -> Final:
    if not found:
        return Final(None, "none")
    if any(c.negated for c in found):
        return Final(None, "negated")
    if _HEDGE.search(segment):
        return Final(None, "hedged")
    values = {c.value for c in found}
    if len(values) > 1:
        return Final(None, "several")
    return Final(found[0].value)


def _labelled(lines: list[str], spec: AnswerSpec) -> list[tuple[bool, str]]:
    extra = [
        re.compile(rf"^\W*(?:{term_pattern(label)})[^:\n]{{0,30}}?:\s*(?P<rest>.*)$") for label in spec.labels
    ]
    found = []
    for index, line in enumerate(lines):
        match = _LABEL.match(line) or next((m for p in extra if (m := p.match(line))), None)
        if not match:
            continue
        rest = match.group("rest").strip()
        if not rest:
            rest = next((n.strip() for n in lines[index + 1 :] if n.strip()), "")
        final = bool(_FINAL_LABEL.search(match.group("label") if "label" in match.groupdict() else ""))
        found.append((final, rest))
    return found


def _statements(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


def final_answer(answer: str, spec: AnswerSpec) -> Final:
    """The one final answer of ``answer`` for ``spec``, or why there is none."""
    text = fold(answer)
    labelled = _labelled(text.splitlines(), spec)
    if labelled:
        finals = [rest for is_final, rest in labelled if is_final] or [rest for _, rest in labelled]
        decided = [
            d for d in (_decide(candidates(rest, spec), rest) for rest in finals) if d.reason != "none"
        ]
        for d in decided:  # a label that says nothing of this quantity leaves it to the text
            if d.value is None:
                return d
        if len({d.value for d in decided}) > 1:  # type: ignore[arg-type]
            return Final(None, "several")
        if decided:
            return decided[0]
    for statement in reversed(_statements(text)):
        if statement.endswith("?"):
            continue
        markers = list(_CONCLUSION.finditer(statement))
        if not markers:
            continue
        clause = statement[markers[-1].end() :]
        cut = _JUSTIFICATION.search(clause)
        clause = clause[: cut.start()] if cut else clause
        found = candidates(clause, spec, whole=True)
        if not found:
            whole = statement[: cut.start() + markers[-1].end()] if cut else statement
            clause, found = whole, candidates(whole, spec, whole=True)
        if found:
            return _decide(found, clause)
    kept: list[Candidate] = []
    hedged = False
    for statement in _statements(text):
        if statement.endswith("?"):
            continue
        cut = _JUSTIFICATION.search(statement)
        statement = statement[: cut.start()] if cut else statement
        found = [c for c in candidates(statement, spec, whole=True) if not _hypothetical(statement, c.start)]
        if not any(_about_subject(statement, c, spec) for c in found):
            continue  # a statement about something else (the riddle's premise, a definition)
        hedged = hedged or _HEDGE.search(statement) is not None
        kept += found
    if hedged:
        return Final(None, "hedged")
    return _decide([c for c in kept if not c.negated], "") if kept else Final(None, "none")


def _about_subject(statement: str, candidate: Candidate, spec: AnswerSpec) -> bool:
    """Whether the clause that gives the candidate names the check's subject (if any)."""
    if not spec.subject or candidate.start == 0:
        return True
    return re.search(spec.subject, _clause_before(statement, candidate.start)) is not None


def _asserted(statement: str, candidate: Candidate, spec: AnswerSpec) -> bool:
    """A statement of the value, not a hypothesis, nor about something else than the subject."""
    return not _hypothetical(statement, candidate.start) and _about_subject(statement, candidate, spec)


_ANSWER_CUE = re.compile(
    r"\b(?:reponse|answer|resultat|result|solution|reponds|repondez|reply|respond|ecris|ecrivez|write|"
    r"dis|dites|say|affirme|state|conclus|conclude|indice|hint|sachant|knowing)\b"
)
_POSSESSION = re.compile(r"\b(?:a|as|avez|ont|has|have|possede|possedes|compte|en a|n'a|n'en a|qu)\W*$")


def stated(prompt: str, spec: AnswerSpec) -> bool:
    """Whether ``prompt`` itself states the expected answer (dictation): in a statement that
    is not a question or a hypothesis, not negated and not hedged, either as an answer
    ("la réponse est 1", "réponds : ...") or as a fact about the subject ("Caroline a une
    seule sœur"; "Caroline est une sœur" is a hint, not the count)."""
    for statement in _statements(fold(prompt)):
        if statement.endswith("?"):
            continue
        found = candidates(statement, spec, whole=True)
        if spec.kind == "number" and _ANSWER_CUE.search(statement):
            found += _bare_numbers(statement)
        for candidate in found:
            if candidate.negated or _hypothetical(statement, candidate.start):
                continue
            before = _clause_before(statement, candidate.start)
            if not _ANSWER_CUE.search(statement[: candidate.start]):
                if not _about_subject(statement, candidate, spec):
                    continue
                if spec.kind == "number" and spec.unit and not _POSSESSION.search(before):
                    continue
            if spec.matches(candidate.value):
                return True
    return False
