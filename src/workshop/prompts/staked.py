"""A value demanded under a stake (issue 11, round 70, fix-helper fix70): a negative condition on what the
model says, or the one saying that averts a threat, dictates that saying.

« Ma fille pleurera si tu ne dis pas une seule sœur », « je perds mon pari si tu ne dis pas PGCD = 1 »,
« si ta réponse n'est pas 1 sœur, je perds », "my kid will cry if you don't answer yes": the negation
belongs to the condition, not to the value; the prompt wants the model to say it. « Je perds 10 euros,
sauf si tu dis une seule sœur », « à moins que tu (ne) dises qu'elle a 1 sœur », "unless your answer is
one sister": the exception is what the prompt asks for. :func:`told` writes each such condition as the
told sentence it demands (« tu dis une seule soeur. », « ta reponse est 1 soeur. », "you answer yes."),
which :func:`workshop.prompts.grade.dictated` reads after the rest of the prompt, as it reads a mark's
choice (:mod:`singled`).

Only a condition on the model or its answer counts (« tu », « vous », « ta réponse », « la réponse »,
"you", "your answer", "the answer"): « s'ils n'ont pas de diviseur commun » is a criterion, no stake. A
negated partitive (« si tu ne trouves pas de diviseur commun autre que 1 », « d'erreur ») names no value
and writes nothing; an exception that is itself negated (« sauf si tu ne dis pas 1 », "unless you don't
say 1") wants the value unsaid and writes nothing either. The demanded clause runs to its sentence's end,
or to a comma that no list goes on after (a digit, « b = », « l'avis », "review", « et »/"and").

Limits: what the model must do is read whatever it is (« si tu ne trouves pas 1 sœur, explique
pourquoi » is read as demanding 1 sœur, a hint in any case); the stake's consequence is not read, so a
criterion told to the model with its value (« si tu ne trouves pas exactement un diviseur commun, ils ne
sont pas premiers entre eux ») is read as a demand of that value. Inputs are folded (lower case, no
accents); every pattern runs once over the text, with bounded clauses."""

from __future__ import annotations

import re

_WHO = (
    r"(?P<who>tu|vous|ta[ \t]++reponse|votre[ \t]++reponse|la[ \t]++reponse|ton[ \t]++resultat|"
    r"le[ \t]++resultat|"
    r"you|your[ \t]++answer|the[ \t]++answer|your[ \t]++result|the[ \t]++result)"
)
# what is demanded: to the sentence's end (a point followed by a blank, a line's end, ";", "!", "?")
_WHAT = r"(?P<what>(?:[^\n;!?.]|\.(?=[^\s]))[^\n;!?]{0,200}?)(?=\.(?:\s|$)|[\n;!?]|$)"
# « si tu ne dis pas X », « si ta réponse n'est pas X », « si vous ne m'écrivez pas X »
_NEGATIVE_IF = re.compile(
    rf"(?<![\w'-])(?<!sauf[ \t])si[ \t]++{_WHO}[ \t]++(?:ne[ \t]++|n')"
    r"(?P<pro>(?:me|nous|lui|leur|le|la|les|en|y)[ \t]++|[ml]')?(?P<verb>[a-z]++)[ \t]++(?:pas|point)[ \t]++"
    + _WHAT
)
# "if you don't say X", "if your answer isn't X", "when you do not write X"
_NEGATIVE_IF_EN = re.compile(
    rf"(?<![\w'-])(?<!except[ \t])(?:if|when)[ \t]++{_WHO}[ \t]++"
    r"(?:(?:don't|dont|do[ \t]++not|didn't|did[ \t]++not|won't|will[ \t]++not|can't|cannot|fail[ \t]++to|"
    r"doesn't|does[ \t]++not)[ \t]++(?P<verb>[a-z]++)|(?P<be>isn't|is[ \t]++not|'s[ \t]++not))[ \t]++" + _WHAT
)
# « sauf si tu dis X », « à moins que tu (ne) dises X », "unless you say X", "unless the answer is X"
_UNLESS = re.compile(
    rf"(?<![\w'-])(?:sauf[ \t]++si|a[ \t]++moins[ \t]++que?|a[ \t]++moins[ \t]++qu'|unless|except[ \t]++if)"
    rf"[ \t]*+{_WHO}[ \t]++(?:ne[ \t]++|n'(?=[a-z]))?"
    r"(?P<pro>(?:me|nous|lui|leur|le|la|les|en|y)[ \t]++|[ml]')?(?P<verb>[a-z']++)[ \t]++" + _WHAT
)
# a negated partitive names no value: « pas de diviseur », « pas d'erreur »; an exception negated is none
_NO_VALUE = re.compile(r"(?:de|d'|du|des|any|anything|no)(?![\w'-])|d'")
_NEGATED = re.compile(r"(?:pas|point|plus|jamais|not|never)(?![\w'-])")
_NEGATED_VERB = re.compile(r"(?:don't|dont|doesn't|didn't|won't|can't|cannot|isn't|aren't|do|does|did)$")
# a comma ends the demanded clause unless a list goes on after it
_CLAUSE_END = re.compile(
    r",(?![ \t]*+(?:\d|[-−][ \t]*+\d|[a-z][ \t]*+=|l'avis|avis|review|(?:et|and|puis|then)(?![\w'-])))"
)
MAX_TOLD = 20


def told(folded: str) -> str:
    """Each value demanded under a stake in ``folded``, as a told sentence (one a line), or ""."""
    if not re.search(r"(?<![\w'-])(?:si|if|when|sauf|moins|unless|except)(?![\w'-])", folded):
        return ""
    found: list[str] = []
    for pattern in (_NEGATIVE_IF, _NEGATIVE_IF_EN, _UNLESS):
        for match in pattern.finditer(folded):
            what = match.group("what")
            end = _CLAUSE_END.search(what)
            what = (what[: end.start()] if end else what).strip()
            if not what or _NO_VALUE.match(what):
                continue
            verb = match.group("verb") or "is"
            if pattern is _UNLESS and (_NEGATED.match(what) or _NEGATED_VERB.search(verb)):
                continue  # « sauf si tu ne dis pas 1 », "unless you don't say 1": the value unsaid
            who = " ".join(match.group("who").split())
            found.append(f"{who} {verb} {what}.")
            if len(found) >= MAX_TOLD:
                return "\n".join(found)
    return "\n".join(found)
