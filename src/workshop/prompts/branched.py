"""A yes/no rule with both branches tells how to answer, not which answer (round 40,
session 38, fix-helper cond40).

"Answer yes if they are coprime and no otherwise", « Réponds oui s'ils le sont, non sinon »,
"Answer 'yes' if their gcd is 1, otherwise 'no'", "no if they share a divisor greater than
1, yes otherwise", « écris « oui » si c'est le cas et « non » si ce n'est pas le cas »: each
outcome is tied to a condition or to "otherwise", and both outcomes are offered. The model
still has to decide the condition; the prompt states the answer's format, as "réponds par oui
ou par non" does (:data:`workshop.prompts.extract._YES_OR_NO`).

:func:`blanked` blanks the outcome words of such a rule (same length) so that the answer
reader does not read them as the verdict stated. It blanks nothing when:

- only one outcome is given ("answer yes if they are coprime"), or both branches give the same
  one ("yes if they are coprime and yes otherwise"): the answer is said;
- a condition is not about the question (the notion's words, its gcd, its divisors, or an
  anaphora of the question: "if so", « s'ils le sont », « si c'est le cas »): "yes if 7 > 3,
  otherwise no", « oui si 35 est impair, non sinon » decide the answer by a fact;
- the prompt decides the condition anaphorically elsewhere (« Ils le sont. », "(they are,
  since …)", "(it is)", « (c'est le cas) »). A condition asserted in full elsewhere ("They are
  coprime.", "Their gcd is 1.") is read there by the answer reader, which this leaves alone.

Inputs are folded (lower case, no accents)."""

from __future__ import annotations

import re

# a yes/no word as an outcome, quoted or not
_VALUE = re.compile(r"(?<![\w'-])(?:[\"'`]\s?+)?(?P<v>oui|yes|non|no)(?:\s?+[\"'`])?+(?![\w'-])")
_IF = re.compile(
    r"(?<![\w'])(?:(?:si|if|when|whenever|quand|lorsqu'|lorsque|des que|as long as|provided)(?![\w'])"
    r"|s'(?=(?:ils?|elles?)\b))"
)
_OTHERWISE = re.compile(
    r"(?<![\w'])(?:sinon|otherwise|else|dans le cas contraire|autrement|if not|si non|in any other case|"
    r"in the other case|dans l'autre cas|dans les autres cas|si ce n'est pas le cas|if that is not the case|"
    r"if they are not|if they aren't|s'ils ne le sont pas|if it is not|if it isn't)(?![\w'])"
)
# words that may stand between an outcome and its condition or "otherwise"
_FILLER = re.compile(
    r"[\s,:;\"'`()]*+(?:(?:et|and|then|alors|puis|par|with|by|avec|answer|reply|respond|say|write|"
    r"conclude|reponds|repondez|reponse|ecris|ecrivez|dis|dites|conclus|concluez|mets|put|output|print|"
    r"return|renvoie|affiche|it's|it is|c'est|the answer is|la reponse est|sera|will be|is|est|"
    r"the|la|le|l'|ta|your|votre|answer:|reponse:)[\s,:;\"'`()]*+){0,4}+"
)
# a condition about the question: the notion, its gcd, its divisors, or an anaphora of it
_ABOUT = re.compile(
    r"(?<![\w'])(?:premiers? entre eux|premieres? entre elles|copremiers?|coprimes?|co-primes?|"
    r"relatively prime|mutually prime|etrangers|pgcd|gcd|hcf|gcf|diviseurs?|divisors?|facteurs?|factors?|"
    r"commun|common|divise|divides?|divisible)(?![\w'])"
)
_ANAPHORA = re.compile(
    r"(?:so|oui|yes|c'est le cas|tel est le cas|that is the case|that's the case|the case|"
    r"(?:ils|elles) le sont|they are|they're|it is|it's|il (?:vaut|est|egale)|it (?:equals|is)|"
    r"it does|it doesn't|they do|they don't|ils en ont|ils n'en ont|il ne vaut pas|"
    r"(?:vaut|est|egale|equals|is)\b)(?![\w'])"  # whole words: "some week", "yesterday", « sous » are none
)
# the condition decided in other words: « Ils le sont. », "(they are, since …)", "(it is)"
_DECIDED = re.compile(
    r"(?<![\w'])(?:ils le sont|elles le sont|ils ne le sont pas|elles ne le sont pas|they are|they're|"
    r"they are not|they aren't|it is|it's|it is not|it isn't|c'est le cas|ce n'est pas le cas|"
    r"ce qui est le cas|tel est le cas|that is the case|that's the case|which they are|which it is)"
    r"(?=\s*+(?:[),.;!]|$|(?:since|because|car|puisque|parce)\b))"
)
_OPENED = re.compile(r"(?:si|if|when|whether|quand|lorsque|unless|sauf|s'|not)\s*+$")
_NEXT = re.compile(r"(?<! ) ++([a-z']++)")
_JOINS = {
    "si", "s'ils", "s'il", "if", "when", "whenever", "quand", "lorsque", "lorsqu'", "otherwise", "sinon",
    "else", "dans", "autrement", "et", "and", "then", "puis", "alors", "ou", "or", "in",
}
_SENTENCE = re.compile(r"[^.!?\n]++")
MAX_SENTENCE = 400


def _decided(text: str) -> bool:
    for match in _DECIDED.finditer(text):
        if not _OPENED.search(text[max(0, match.start() - 8) : match.start()]):
            return True
    return False


def _branch(sentence: str, start: int, end: int, stops: list[int]) -> tuple[bool, bool, bool] | None:
    """(conditioned, about the question, otherwise) for the outcome at [start, end), or
    None when it stands alone (no condition nor "otherwise" next to it)."""
    after = _FILLER.match(sentence, end)
    at = after.end() if after else end
    if _OTHERWISE.match(sentence, at) and not re.search(r"[,;:]", sentence[end:at]):
        return False, True, True  # "no otherwise", "non sinon" ("oui ; sinon non": the next one's)
    if _IF.match(sentence, at):
        opener = _IF.match(sentence, at)
        assert opener is not None
        stop = min([s for s in stops if s > opener.end()] + [len(sentence)])
        mark = _OTHERWISE.search(sentence, opener.end())
        if mark:
            stop = min(stop, mark.start())
        condition = sentence[opener.end() : stop]
        return True, bool(_ABOUT.search(condition) or _ANAPHORA.match(condition.strip())), False
    before = sentence[:start]
    for otherwise in _OTHERWISE.finditer(before):
        filler = _FILLER.match(before, otherwise.end())
        if filler and filler.end() == len(before):
            return False, True, True
    openers = list(_IF.finditer(before))
    if openers:
        condition = before[openers[-1].end() :]
        crossed = any(openers[-1].end() < s < start for s in stops)
        if crossed or _OTHERWISE.search(condition) or len(condition) > 120:
            return None
        return True, bool(_ABOUT.search(condition) or _ANAPHORA.match(condition.strip())), False
    return None


def blanked(text: str) -> str:
    """``text`` (folded) with the outcome words of each two-branch yes/no rule about the
    question blanked (same length), unless the prompt decides the condition elsewhere."""
    if not _VALUE.search(text) or _decided(text):
        return text
    out = list(text)
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group(0)
        if len(said) > MAX_SENTENCE:
            continue
        values: list[re.Match[str]] = []
        for value in _VALUE.finditer(said):
            head = said[max(0, value.start() - 4) : value.start()]
            if re.search(r"(?:si|if)\s*+$", head):
                continue  # "si oui", "if yes": a condition, not an outcome
            word = _NEXT.match(said, value.end())
            if value.group("v") in ("no", "non") and word and word.group(1) not in _JOINS:
                continue  # "no common factor": a determiner, not an outcome
            values.append(value)
        stops = [v.start() for v in values]
        outcomes: list[tuple[re.Match[str], tuple[bool, bool, bool]]] = []
        for value in values:
            branch = _branch(said, value.start("v"), value.end(), stops)
            if branch is None:
                outcomes = []
                break  # an outcome said outright beside the rule: left to the reader
            outcomes.append((value, branch))
        verdicts = {"yes" if o.group("v") in ("oui", "yes") else "no" for o, _ in outcomes}
        if verdicts != {"yes", "no"}:
            continue
        if not any(b[0] for _, b in outcomes) or not all(b[1] for _, b in outcomes):
            continue
        for value, _ in outcomes:
            a, b = sentence.start() + value.start("v"), sentence.start() + value.end("v")
            out[a:b] = " " * (b - a)
    return "".join(out)
