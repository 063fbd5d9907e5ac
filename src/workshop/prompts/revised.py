"""An answer line that the rest of the answer revises (issue 11, round 73, fix-helper fix73).

The final-answer reader (:func:`workshop.prompts.extract.final_answer`) reads from the answer line
on; three shapes around that line give another value without a statement its readers see:

- an ALTERNATIVE IN AN ASIDE right after the answer's value (« Réponse : 1 (ou 2 selon
  l'interprétation) », "y = 4x − 10 (or y = 4x + 6 if you keep the intercept)", "oui (or no, with
  another definition)"): a bracket that opens on "ou"/"or"/"alternatively"/"sinon" offers a second
  candidate; one that supposes another world ("(or 2 if Caroline were a boy)") explains.
  :func:`aside_after` gives the aside's words; the caller reads a value of the answer's
  kind in them (the same readers, as an answer line's) and compares it. An aside that rejects its
  value ("(or 2 if you wrongly count her)", « (et non 2) ») offers nothing.
- an EDIT after the answer line whose first words are a bare value ("Edit: actually 2 — …",
  « Modif : non, 2 »): the edit's label is a correction's cue (:mod:`workshop.prompts.corrected`), but
  a bare number there counts nothing the count reader sees. :func:`edited_value` gives that value's
  word, right after the label and its cue words; an edit that adds a remark ("Edit: typo fixed in
  step 2") opens on no value.
- a CONCLUSION in the working that the final line contradicts with nothing in between (« Conclusion :
  Caroline a donc 2 sœurs. » then « Réponse : 1 »): the answer contradicts itself. The caller finds
  the working's statements of another value whose sentence concludes (:data:`_CONCLUDES`, a
  "donc"/"so"/"therefore" before the value); :func:`unrevised` says whether the text between that
  statement and the answer line turns from it (a contrast, a correction, a negation, a doubt: "But",
  « Mais », "wait", "actually", "not", "faux", « j'ai d'abord cru »). A first try corrected before the
  final line ("I first thought 2, but … so 1") keeps its points.

Text is folded (:func:`workshop.prompts.text.fold`). Limits: an alternative written in prose after the
value without a bracket is the several-values readers' ("1, or 2 if …"); a conclusion without a marker
("Caroline a 2 sœurs." then « Réponse : 1 ») is read as working, as before."""

from __future__ import annotations

import re

from workshop.prompts.text import NUMBER_WORD_RE, fold

# An aside right after the value (and its unit's words: "1 sister [or 2 …]") that opens on an
# alternative's word.
_ASIDE = re.compile(
    r"(?<![ \t])(?:[ \t]++[a-z]{1,15}+){0,2}?[ \t]*+[(\[][ \t]*+"
    r"(?:ou[ \t]++bien|ou[ \t]++peut-etre|or[ \t]++maybe|or[ \t]++perhaps|ou|or|"
    r"alternatively|alternativement|sinon|otherwise|voire|either)(?![\w'-])[ \t,:]*+"
    r"(?P<rest>[^()\[\]\n]{1,160}+)[)\]]"
)
# An aside that rejects what it names offers no candidate.
_REJECTS = re.compile(
    r"(?<![\w'-])(?:faux|fausse|wrong|wrongly|incorrect|incorrecte|incorrectly|erronee?|erreur|mistake|mistaken|"
    r"mistakenly|piege|trap|pas|not|never|jamais|non|naive|naively|naivement|a tort|"
    # a counterfactual's other world ("(or 2 if Caroline were a boy)", « (2 si elle était un garçon) »)
    r"were|etait|had been|avait ete|would be|serait)(?![\w'-])|n't\b"
)


def aside_after(text: str, end: int) -> str | None:
    """The words of an alternative's aside right after ``end`` (a value's end), or None."""
    if text[end - 1 : end] in ("(", "["):  # a line's reader may end its equation on the aside's bracket
        end -= 1
        while end > 0 and text[end - 1] in " \t":
            end -= 1
    found = _ASIDE.match(text, end)
    if found is None or _REJECTS.search(found.group("rest")):
        return None
    return found.group("rest")


# A line opening on an edit's label, then cue words, then a bare value.
_EDIT = re.compile(
    r"^[ \t*_#>-]*+(?:edit|edited|update|updated|mise a jour|modif|modification|erratum|rectification|"
    r"correction)(?:[ \t]*+\d{1,2})?[ \t*_]*+(?::|-|—|–)[ \t*_]*+"
    r"(?:(?:actually|en fait|in fact|finalement|non|no|nope|wait|attends|oops|oups|sorry|pardon|desole|"
    r"plutot|rather|c'est|it's|it is|the answer is|la reponse est|answer|reponse)(?![\w'-])[ \t,:;!.—–-]*+)*+"
    r"(?P<value>\d{1,6}+(?![\w.,]\d|[ \t]*+=|[ \t]*+[-+*/x×][ \t]*+[\d(])"
    rf"|(?:{NUMBER_WORD_RE}|oui|yes)(?![\w'-]))",
    re.M,
)


def edited_value(text: str, after: int, unit: list[str] | None = None) -> str | None:
    """The bare value an edit line after ``after`` (the answer line) opens on, the last one, or None.
    With ``unit`` (the answer's count nouns), a value followed by another noun counts that thing, not the
    answer ("Edit: 2 typos fixed", « Modif : deux fautes corrigées »: session 49)."""
    found = [
        m.group("value")
        for m in _EDIT.finditer(text, after)
        if unit is None or not counts_another(text[m.end() : m.end() + 40], unit)
    ]
    return found[-1] if found else None


# Session 49 (the lead): a number whose next words (up to three, before a mark) hold a plural noun other
# than the answer's unit counts another thing ("2 girls", « 2 filles en tout », "2 typos", "two small
# wording fixes"); a word that goes on with an alternative ("2 selon l'interprétation", "2 under the other
# reading", "2 if you count her", « 2 voire 3 ») leaves it the answer's.
_NEXT_WORDS = re.compile(r"(?<![ \t])[ \t]*+((?:[a-z][a-z'-]{0,30}+[ \t]*+){1,3})")
_GOES_ON = frozenset(
    "selon si s'il if depending according en au aux a with avec dans in maybe perhaps peut-etre plutot "
    "rather probablement probably sinon otherwise voire even or ou et and pour for when quand lorsque from "
    "de du des par by at under sous given assuming counting comptant because car since puisque not pas is "
    "est".split()
)
_NOT_PLURAL = frozenset(
    "plus sous dans sans mais alors this is was as less unless has does its his us yes".split()
)


def counts_another(after: str, unit: list[str]) -> bool:
    """Whether the words right after a value (``after`` starts there) count something other than ``unit``."""
    found = _NEXT_WORDS.match(after)
    if found is None:
        return False
    words = found.group(1).split()
    if words[0] in _GOES_ON or words[0].startswith(("d'", "l'", "qu'", "s'", "n'")):
        return False
    units = [fold(u) for u in unit if u]
    for word in words:
        if word in _GOES_ON:
            return False
        if len(word) > 3 and word.endswith(("s", "x")) and word not in _NOT_PLURAL:
            return not any(word.startswith(u) or u.startswith(word) for u in units)
    return False


# A sentence that concludes: the marker before the value, in the same sentence.
_CONCLUDES = re.compile(
    r"(?<![\w'-])(?:donc|so|therefore|thus|hence|ainsi|conclusion|par consequent|consequently|d'ou|"
    r"en conclusion|in conclusion|au final|in the end|au total|in total|en tout)(?![\w'-])"
)


# After the marker, the value must be claimed of the subject (a verb of having or being, a sign, or
# nothing: « donc 2 »), not named inside a partitive ("so she is one of each brother's 2 sisters",
# « elle fait donc partie des 2 sœurs »: the data's count, no conclusion of the answer's).
_PARTITIVE = re.compile(
    r"(?<![\w'-])(?:of|de|des|du|d'|parmi|among|each|chaque|chacun|chacune|partie)(?![\w-])"
)
_CLAIMED = re.compile(
    r"(?<![\w'-])(?:has|have|had|a|ont|avait|possede|possedent|is|est|are|sont|was|vaut|equals|gives|donne|"
    r"makes|fait|font|obtient|obtenons|obtain|get|gets|reste|remains)(?![\w'-])|[=:]"
)


def concludes(sentence_head: str) -> bool:
    """Whether the words of a sentence before a value conclude (see _CONCLUDES) and claim the value
    (see _CLAIMED), not inside a partitive."""
    marks = list(_CONCLUDES.finditer(sentence_head))
    if not marks:
        return False
    tail = sentence_head[marks[-1].end() :]
    if _PARTITIVE.search(tail):
        return False
    return not re.search(r"[a-z0-9]", tail) or _CLAIMED.search(tail) is not None


# What turns from a conclusion before the answer line: a contrast, a correction, a negation, a
# doubt or a first try said as such.
_TURNS = re.compile(
    r"(?<![\w'-])(?:mais|but|however|cependant|pourtant|toutefois|neanmoins|sauf|except|yet|or|wait|"
    r"attends|attendez|hold on|hmm+|non|no|not|pas|jamais|never|faux|fausse|wrong|erreur|error|mistake|"
    r"oops|oups|en fait|actually|en realite|in reality|in fact|really|vraiment|correction|corrige|"
    r"rectification|reprenons|recompte|recount|reconsider|d'abord|first|thought|pensais|croyais|cru|"
    r"pense|semble|seems|piege|trap|naive|naively|naivement|tempting|tentant|careful|attention|"
    r"instead|plutot|rather|sinon|otherwise|unless|sauf si|except if|si|if|would|serait|aurait|"
    # a frame that reports a mistake or a thought ("a common trap is to conclude: so …", « on pourrait
    # penser que Caroline a donc 2 sœurs », « une erreur fréquente consiste à dire que … »)
    r"pourrait|pourraient|could|might|penser|think|thinks|croire|believe|erreurs|frequente?|common|"
    r"classique|classic|typical|typique|usual|souvent|often)(?![\w'-])"
    r"|n't\b|[?\"«»“”]"
)


def unrevised(between: str) -> bool:
    """Whether ``between`` (the text from a concluded value to the answer line, or the words of its
    sentence before it) turns from it in no way (see _TURNS): then a different final value
    contradicts the conclusion."""
    return _TURNS.search(between) is None
