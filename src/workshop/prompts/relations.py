"""Relations between a source's actors and things (issue 11bg, round 31): who or what helps,
replaces, improves or is compared with whom or what, read in the source and in a summary's
sentence with the same words (faithful.py calls :func:`invented` on folded text).

A relation is (subject, kind, object): the kind from its verb ("aider", "épauler", "help";
"remplacer", "supplanter", "replace"; "perfectionner", "improve"; "plus puissant que", "more
powerful than"), the subject the last actor or thing of the clause before the verb, the object
the first one after it ("par", "by" after a participle swap them: "épaulé par son père" is the
father's help). An actor is a name of the source, a kin word ("son père") or one of the
source's things (:data:`_THINGS`). A summary's relation is refused when

- its object is an actor or thing the source never gives that relation to ("la calculatrice
  remplace son père", "supplante les ordinateurs des années 1950" where the source only
  compares them, "son père aide Pascal" where Pascal helps his father);
- it improves something where the source improves nothing ("Leibniz la perfectionne").
"""

from __future__ import annotations

import re

_REACH = 200

_KINDS = {
    "help": r"aid(?:e|es|ent|er|ait|aient|a|ant|ee|ees|ed|ing|s)?|epaul\w*|second(?:e|er|ait|ant|ee)\b"
    r"|soulag\w*"
    r"|help(?:s|ed|ing)?|assist(?:s|ed|ing)?",
    "replace": r"remplac\w*|supplant\w*|replac\w*|supersed\w*|detron\w*|dethron\w*|evinc\w*|displac\w*"
    r"|pren\w* la place d[eu']|took the place of|takes? the place of",
    "improve": r"perfectionn\w*|amelior\w*|improv\w*|perfect(?:s|ed|ing)\b|enhanc\w*|refin(?:e|es|ed|ing)\b"
    r"|optimis\w*|optimiz\w*|upgrad\w*",
    "compare": r"(?:bien |far |much )?(?:plus|moins|more|less) (?:puissant\w*|performant\w*|rapide\w*"
    r"|powerful|capable|efficient\w*) (?:que|qu'|than)"
    r"|(?:comparable|compared|comparee?s?|similar|semblable\w*|pareil\w*)"
    r" (?:a|au|aux|to|with)|outperform\w*|surpass\w*|depass\w*|faster than|slower than|stronger than",
}
_VERB = re.compile("|".join(rf"\b(?P<{k}>{p})\b" for k, p in _KINDS.items()))
# A participle then its agent: "aidé par son père", "replaced by the calculator".
_PASSIVE = re.compile(r" (?:par|by)\b")
# The relation's noun with its agent after it: "avec l'aide de son père", "with the help of".
_AGENT_NOUN = re.compile(r"(?:l'|the |with |avec )$")
_AGENT_OF = re.compile(r"(?<![ \t])[ \t]++(?:de|du|des|of)\b|(?<![ \t])[ \t]++d'")
_THINGS = {
    "father": r"peres?|fathers?|dad|papa",
    "kin": r"freres?|brothers?|soeurs?|sisters?|meres?|mothers?|oncles?|uncles?|famille|family",
    # round 49: « la règle des ingénieurs » is the slide rule too (the text's only « règle »)
    "slide-rule": r"regles? a calcul|regles?(?! generale| d'or| du jeu)|slide[- ]rules?",
    "computer": r"ordinateurs?|computers?",
    "calculator": r"calculatrices?|calculettes?|calculators?|hp-35",
    "abacus": r"bouliers?|abaques?|abacus\w*|abaci|counting boards?|cailloux|pebbles?",
    "arithmometer": r"arithmometres?|arithmometers?",
    "phone": r"telephones?|phones?|smartphones?",
    "machine": r"machines?|mecanismes?|mechanisms?|pascaline",
    "assistant": r"assistants?|chatbots?",
    "merchant": r"marchands?|merchants?|traders?",
    "engineer": r"ingenieurs?|engineers?",
}
_THING = re.compile("|".join(rf"\b(?P<{k.replace('-', '_')}>{p})\b" for k, p in _THINGS.items()))
_CLAUSE = re.compile(r"[,;:.!?()]")


def _actors(text: str, names: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each name of the source and each thing in ``text``."""
    found = [
        (m.start(), m.end(), m.lastgroup.replace("_", "-")) for m in _THING.finditer(text) if m.lastgroup
    ]
    if names:
        pattern = r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"
        found += [(m.start(), m.end(), m.group(0)) for m in re.finditer(pattern, text)]
    found.sort()
    # "pascal" inside "la machine de pascal" names the machine's maker: the head is kept
    kept: list[tuple[int, int, str]] = []
    for start, end, who in found:
        if kept and re.fullmatch(r" (?:de|d'|du|des|of|of the) ?", text[kept[-1][1] : start]):
            continue
        if kept and kept[-1][1] > start:
            continue
        if kept and re.fullmatch(r"'s? ?", text[kept[-1][1] : start]):
            kept[-1] = (start, end, who)  # "the engineers' slide rule": the thing owned is the head
            continue
        kept.append((start, end, who))
    return kept


# Round 74 (fix74): the object said by a pronoun ("the pocket calculator then replaced them",
# « la calculatrice de poche la remplace », « l'a remplacée »): the actor it stands for is the
# last one named before the verb's subject (before the clause when the subject is a pronoun).
_PRONOUN_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:it|them)\b")
_PRONOUN_BEFORE = re.compile(r"(?:\bl'|\bla[ \t]++|\bles[ \t]++)(?:(?:a|ont|avait|avaient)[ \t]++)?$")


def _pronoun_object(sentence: str, start: int, end: int) -> bool:
    return bool(_PRONOUN_AFTER.match(sentence, end)) or bool(
        _PRONOUN_BEFORE.search(sentence[max(0, start - 14) : start])
    )


def _antecedent(actors: list[tuple[int, int, str]], cut: int, verb: int, before: list[str]) -> str:
    """The actor a pronoun object of the verb at ``verb`` stands for (see above)."""
    subject_at = max([s for s, _, _ in actors if cut <= s < verb], default=cut) if before else cut
    return next((who for s, _, who in reversed(actors) if s < subject_at), "")


def relations(folded: str, names: set[str], context: str = "") -> set[tuple[str, str, str]]:
    """(subject, kind, object) of each relation ``folded`` states; "" for an actor not named
    (a pronoun, a clause with none). ``context``: the text before ``folded``, where a pronoun
    object of its first sentence may find what it stands for."""
    found = set()
    for sentence in re.split(r"(?<=[.!?])\s", folded):
        earlier = _actors(context, names)[-1:] if context else []
        context = ""
        actors = _actors(sentence, names)
        for m in _VERB.finditer(sentence):
            kind = m.lastgroup or ""
            if sentence[max(0, m.start() - 4) : m.start()] in ("a l'", "by means of "):
                continue  # "à l'aide de cailloux" is "with pebbles": no one helps
            start = max(0, m.start() - _REACH)
            cut = max([start] + [c.end() for c in _CLAUSE.finditer(sentence, start, m.start())])
            before = [who for s, _, who in actors if cut <= s < m.start()]
            stop = _CLAUSE.search(sentence, m.end())
            end = stop.start() if stop else len(sentence)
            after = [who for s, _, who in actors if m.end() <= s < end]
            subject, obj = (before[-1] if before else ""), (after[0] if after else "")
            if not obj and kind == "replace" and _pronoun_object(sentence, m.start(), m.end()):
                # round 74: "... then replaced them", « la calculatrice la remplace »
                obj = _antecedent(actors, cut, m.start(), before) or "".join(w for _, _, w in earlier)
            # the noun with its agent ("l'aide de son père"), not the verb with a pronoun object ("pour
            # l'aider": session 54, fix96)
            passive = _PASSIVE.match(sentence, m.end()) or (
                _AGENT_NOUN.search(sentence[max(0, m.start() - 5) : m.start()])
                and _AGENT_OF.match(sentence, m.end())
            )
            if passive and kind != "compare":
                subject, obj = obj, subject
                if not obj:  # "Pascal, helped by his father, built": the clause's subject, before it
                    obj = next((who for s, _, who in reversed(actors) if s < m.start()), "")
                if not obj:  # "with the help of his father, Pascal built": after it
                    obj = next((who for s, _, who in actors if s >= end), "")
            found.add((subject, kind, obj))
    return found


def invented(sentence: str, source: str, names: set[str], context: str = "") -> str:
    """A relation ``sentence`` states that ``source`` does not hold ("" if none); ``context``
    is the text before ``sentence`` (:func:`relations`)."""
    theirs = relations(source, names)
    for subject, kind, obj in sorted(relations(sentence, names, context)):
        same = [(s, o) for s, k, o in theirs if k == kind]
        if kind == "improve" and not same and (subject in names or obj):
            return f"{subject or '?'} improves {obj or '?'}"
        if obj and same and not any(o == obj for _, o in same):
            return f"{subject or '?'} {kind} {obj}"
        if obj and not same and kind in ("help", "replace") and subject in names | {"father", "kin"}:
            return f"{subject} {kind} {obj}"
    return ""
