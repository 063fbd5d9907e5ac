"""A value said through negation (issue 11, round 71, fix-helper fix71): litotes, double negatives and
negative questions a model resolves at once, reread as the plain statement they make.

- exactly, by negating both sides: "no fewer and no more than one sister", "neither more nor less than 1",
  « ni plus ni moins qu'une sœur », « pas moins et pas plus d'une sœur » read "exactly" (« exactement »);
- the value by negating all others: "b isn't anything but −10", "the gcd is nothing but 1", "is none other
  than", « n'est autre que », « n'est rien d'autre que », « ne vaut rien d'autre que », « n'est pas autre
  chose que » read as the copula alone ("b is −10", « vaut 1 »); under a doubt or a denied thought, « je
  doute que leur PGCD soit autre chose que 1 », "I doubt the gcd is anything other than 1", « je ne pense
  pas qu'il vaille autre chose que 1 » read « leur pgcd est 1 »;
- a negative yes/no question states what it presupposes: "Isn't b −10?" reads "b is −10.", "Aren't they
  coprime?", "Wouldn't that be 1 sister?", « N'est-ce pas −10 ? » (« c'est −10. »), « b ne vaut-il pas
  −10 ? » (« b vaut −10. »), « Ne sont-ils pas premiers entre eux ? »;
- a double negation on a statement: "I wouldn't say they aren't coprime", « je ne dirais pas qu'ils ne
  sont pas premiers entre eux », "it's not untrue that …", « il n'est pas faux que … », "not un-coprime".

:func:`reread` returns the text with these rewritten; :func:`workshop.prompts.grade.dictated` reads it as
it reads the homophones' rereading, so a limit ("no more than 60 words"), a warning without a value
(« ne suppose pas que Caroline n'est pas une des sœurs ») or a question with no value ("Isn't this a
classic?") give nothing away: the rewritten sentence is only read for the task's answer values.

Limits: the subject of an English negative question is read as one word or "the"/"their" and a noun
(two words at most); a longer one ("Isn't the y-intercept of the new line −10?") is read with the rest as
its predicate, which the answer readers still take for a statement of the value. A tag question ("they're
not un-coprime, are they?") is read through its negated antonym only. Inputs are folded (lower case, no
accents); every pattern is bounded and runs once over the text."""

from __future__ import annotations

import re

# "no fewer and no more than", "no more and no less than", "not more and not fewer than", "neither more nor
# less than"; « ni plus ni moins que », « pas plus et pas moins de », « pas moins, pas plus que »
_EXACTLY_EN = re.compile(
    r"(?<![\w'-])(?:(?:no|not)[ \t]++(?:fewer|less|more)[ \t]*+(?:,|and|nor|or|,[ \t]*+and)[ \t]*+(?:no|not)"
    r"[ \t]++(?:fewer|less|more)|neither[ \t]++(?:more|less|fewer)[ \t]++nor[ \t]++(?:more|less|fewer))"
    r"[ \t]++than(?![\w'-])"
)
_EXACTLY_FR = re.compile(
    r"(?<![\w'-])(?:(?P<ne>ne[ \t]++|n')(?P<verb>[a-z]++)[ \t]++)?"
    r"(?:ni[ \t]++(?:plus|moins)[ \t]++ni[ \t]++(?:plus|moins)"
    r"|pas[ \t]++(?:plus|moins)[ \t]*+(?:,|et|ni|,[ \t]*+ni|,[ \t]*+et)[ \t]*+(?:pas[ \t]++)?(?:plus|moins))"
    r"[ \t]++(?:que[ \t]++|qu'|de[ \t]++|d')"
)
# "is not anything but", "isn't anything other than", "is nothing but", "is none other than", "the gcd's
# nothing but 1" (a contraction follows its word)
_ALL_OTHERS_EN = re.compile(
    r"(?P<verb>(?<![\w'-])(?:is|are|was|were|be|equals?)|(?<=\w)(?:'s|'re))"
    r"(?:(?:[ \t]++not|n't)[ \t]++(?:anything|something)[ "
    r"\t]++(?:but|other[ \t]++than|else[ \t]++than|except)"
    r"|[ \t]++(?:nothing|none|no[ \t]++one)[ \t]++(?:but|ot"
    r"her[ \t]++than|else[ \t]++than|except|else[ \t]++but))"
    r"[ \t]++"
)
# « n'est autre que », « n'est rien d'autre que », « ne vaut rien d'autre que », « n'est pas autre chose
# que », « ne vaut pas autre chose que », « ce n'est rien de plus que »
_ALL_OTHERS_FR = re.compile(
    r"(?<![\w'-])(?P<ce>c'|ce[ \t]++)?(?:ne[ \t]++|n')(?P<verb>est|sont|vaut|valent|fait|font|egale|egalent)"
    r"[ \t]++(?:autres?|(?:pas|rien|en[ \t]++rien)[ \t]++(?:d'"
    r"autre|de[ \t]++plus|autre[ \t]++chose)|pas[ \t]++autres?)"
    r"[ \t]++(?:que[ \t]++|qu')"
)
# a modal restriction (round 76, fix76): « b ne peut être que −10 », « ne peut être rien d'autre que »,
# « ne peut pas valoir autre chose que », « ne saurait être que », "b can only be −10", "can't be anything
# but −10"
_ONLY_MODAL_FR = re.compile(
    r"(?<![\w'-])(?:ne[ \t]++|n')(?:peut|peuvent|pourrait|pourraient|saurait|sauraient|doit|doivent)"
    r"(?:[ \t]++pas)?+[ \t]++(?P<verb>etre|valoir|faire|egaler)"
    r"(?:[ \t]++(?:rien[ \t]++d'autre|autre[ \t]++chose|autre|rien[ \t]++de[ \t]++plus))?+"
    r"[ \t]++(?:que[ \t]++|qu')"
)
_ONLY_MODAL_EN = re.compile(
    r"(?<![\w'-])(?:(?:can|could|must)[ \t]++only[ \t]++be"
    r"|(?:can(?:not|'t|[ \t]++not)|couldn't|could[ \t]++not"
    r"|mustn't|must[ \t]++not)[ \t]++be[ \t]++(?:(?:anything|something)[ \t]++(?:but|other[ \t]++than|else"
    r"[ \t]++than|except)|other[ \t]++than))(?=[ \t])"
)
_MODAL_PRESENT = {"etre": "est", "valoir": "vaut", "faire": "fait", "egaler": "egale"}
# under a doubt or a denied thought: « je doute que X soit autre chose que N », "I doubt X is anything other
# than N", « je ne pense pas que X vaille autre chose que N »
_DOUBTED_OTHER = re.compile(
    r"(?<![\w'-])(?:je[ \t]++doute|j'ai[ \t]++du[ \t]++mal["
    r" \t]++a[ \t]++croire|je[ \t]++ne[ \t]++(?:pense|crois)"
    r"[ \t]++pas|i[ \t]++doubt|i[ \t]++(?:don't|do[ \t]++not)[ \t]++(?:think|believe))[ \t]++"
    r"(?:que[ \t]++|qu'|that[ \t]++)?(?P<what>[^\n.;!?]{1,80}?)[ \t]*+"
    r"(?:(?P<fr>soit|soient|vaille|vaillent|fasse|fassent|ega"
    r"le|egalent)[ \t]++(?:autre[ \t]++chose|autre|rien[ \t]++"
    r"d'autre|quoi[ \t]++que[ \t]++ce[ \t]++soit[ \t]++d'autre)[ \t]++(?:que[ \t]++|qu')"
    r"|(?P<en>is|are|was|be|equals)[ \t]++(?:anything|some"
    r"thing)[ \t]++(?:other[ \t]++than|else[ \t]++than|but|"
    r"except|besides)[ \t]++)"
)
_INDICATIVE = {
    "soit": "est",
    "soient": "sont",
    "vaille": "vaut",
    "vaillent": "valent",
    "fasse": "fait",
    "fassent": "font",
    "egale": "egale",
    "egalent": "egalent",
}
# "Isn't b −10?", "Aren't they coprime?", "Wouldn't that be 1 sister?": at a sentence's start
_NEGATIVE_QUESTION_EN = re.compile(
    r"(?:^|(?<=[.!?:;\n(])|(?<=[.!?:;(][ \t])|(?<=and[ \t])|(?<=but[ \t])|(?<=so[ \t]))[ \t]*+"
    r"(?P<aux>is|are|was|were|would|will|wo|does|do|did|sh"
    r"ould|could|can|ca|has|have)(?:n't|[ \t]++not)[ \t]++"
    r"(?P<subject>(?:the|their|its|her|his|your|our|my)[ \t]++[a-z0-9-]++|[a-z0-9-]++)[ \t]++"
    r"(?P<rest>[^\n?.!;]{1,100})\?"
)
# « N'est-ce pas −10 ? », « b ne vaut-il pas −10 ? », « Ne sont-ils pas premiers entre eux ? »,
# « N'a-t-elle pas une seule sœur ? »
_NEGATIVE_QUESTION_FR = re.compile(
    r"(?P<comma>,[ \t]*+)?(?<![\w'-])(?:ne[ \t]++|n')(?P<ver"
    r"b>[a-z]++)(?:-t)?-(?P<pronoun>il|elle|ils|elles|ce|on)"
    r"[ \t]++pas"
    r"(?![\w'-])[ \t]*+(?P<rest>[^\n?.!;]{1,100})\?"
)
# "I wouldn't say they aren't coprime", « je ne dirais pas qu'ils ne sont pas premiers entre eux »
_DENIED_DENIAL_EN = re.compile(
    r"(?<![\w'-])i[ \t]++(?:wouldn't|would[ \t]++not|don't|do[ \t]++not|can't|cannot|won't|couldn't)[ \t]++"
    r"(?:say|claim|think|believe|agree|pretend|argue)[ \t]++(?:that[ \t]++)?(?P<what>[^\n.;:!?]{1,60}?)"
    r"(?P<verb>[ \t]++(?:is|are|was|were|do|does|have|has|would|will)|'re|'s)(?:[ \t]++not|n't)[ \t]++"
)
_DENIED_DENIAL_FR = re.compile(
    r"(?<![\w'-])je[ \t]++(?:ne[ \t]++|n')(?:dirais|dirai|dis|pense|crois|pretendrais|affirmerais)[ \t]++pas"
    r"[ \t]++(?:que[ \t]++|qu')(?P<what>[^\n.;:!?]{1,60}?)[ "
    r"\t]*+(?:ne[ \t]++|n')(?P<verb>[a-z]++)[ \t]++pas[ \t]++"
)
# "it's not untrue that", "it wouldn't be wrong to say that", « il n'est pas faux que », « il ne serait
# pas faux de dire que »: what follows is said
_NOT_FALSE = re.compile(
    r"(?<![\w'-])(?:it(?:'s[ \t]++not|[ \t]++is[ \t]++not|[ \t]++isn't|[ \t]++wouldn't[ \t]++be|[ \t]++would"
    r"[ \t]++not[ \t]++be)[ \t]++(?:untrue|false|wrong|incorrect|inaccurate)[ \t]++(?:to[ \t]++say[ \t]++)?"
    r"(?:that[ \t]++)?"
    r"|il[ \t]++(?:n'est|ne[ \t]++serait)[ \t]++pas[ \t]++("
    r"?:faux|inexact|errone)[ \t]++(?:de[ \t]++dire[ \t]++)?"
    r"(?:que[ \t]++|qu'))"
)
# "not un-coprime", "not uncoprime", "not non-coprime"
_NOT_UN = re.compile(r"(?<![\w'-])(?:not|n't)[ \t]++(?:un|non)-?(?=coprime|relatively[ \t]++prime)")
_CUES = re.compile(
    r"(?:not|no|nothing|none|neither|ne|ni|pas|rien|doubt|doute|only)(?![\w'-])|n'", re.IGNORECASE
)
_COPULA = {"'s": "is", "'re": "are", "equal": "equals"}
_POSITIVE_AUX = {"ca": "can", "wo": "will"}


def _question_en(match: re.Match[str]) -> str:
    aux = _POSITIVE_AUX.get(match.group("aux"), match.group("aux"))
    return f"{match.group('subject')} {aux} {match.group('rest').strip()}."


def _question_fr(match: re.Match[str]) -> str:
    verb, pronoun = match.group("verb"), match.group("pronoun")
    if match.string[: match.start()].rstrip()[-1:].isalnum() and (pronoun != "ce" or match.group("comma")):
        # « b ne vaut-il pas −10 ? », « l'ordonnée à l'origine, n'est-ce pas −10 ? »: the subject is before
        return f" {verb} {match.group('rest').strip()}."
    said = match.group("comma") or ""
    said += f"c'{verb}" if pronoun == "ce" and verb[:1] in "aeiou" else f"{pronoun} {verb}"
    return f"{said} {match.group('rest').strip()}."


def _exactly_fr(match: re.Match[str]) -> str:
    verb = match.group("verb")
    return f"{verb} exactement " if verb else "exactement "


def _all_others_en(match: re.Match[str]) -> str:
    verb = match.group("verb")
    return f" {_COPULA[verb]} " if verb.startswith("'") else f"{_COPULA.get(verb, verb)} "


def _all_others_fr(match: re.Match[str]) -> str:
    verb = match.group("verb")
    return f"c'{verb} " if match.group("ce") else f"{verb} "


def _doubted(match: re.Match[str]) -> str:
    verb = _INDICATIVE[match.group("fr")] if match.group("fr") else match.group("en")
    return f"{match.group('what').strip()} {verb} "


def _denied_denial(match: re.Match[str]) -> str:
    verb = match.group("verb").strip()
    what = match.group("what").strip()
    return f"{what} {_COPULA.get(verb, verb)} " if verb.startswith("'") else f"{what} {verb} "


def reread(text: str) -> str:
    """``text`` (folded) with its values said through negation written plainly (see the module)."""
    if not _CUES.search(text):
        return text
    read = _EXACTLY_EN.sub("exactly", text)
    read = _EXACTLY_FR.sub(_exactly_fr, read)
    read = _DOUBTED_OTHER.sub(_doubted, read)
    read = _ALL_OTHERS_EN.sub(_all_others_en, read)
    read = _ALL_OTHERS_FR.sub(_all_others_fr, read)
    read = _ONLY_MODAL_FR.sub(lambda m: f"{_MODAL_PRESENT[m.group('verb')]} ", read)
    read = _ONLY_MODAL_EN.sub("is", read)
    read = _DENIED_DENIAL_EN.sub(_denied_denial, read)
    read = _DENIED_DENIAL_FR.sub(lambda m: f"{m.group('what').strip()} {m.group('verb')} ", read)
    read = _NOT_FALSE.sub("", read)
    read = _NOT_UN.sub("", read)
    read = _NEGATIVE_QUESTION_EN.sub(_question_en, read)
    return _NEGATIVE_QUESTION_FR.sub(_question_fr, read)
