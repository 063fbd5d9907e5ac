"""Details of the source swapped in a summary or a translation (issue 11bc, round 29): a
fluent text that keeps every anchor of its source (its dates, its names, its negations) and
changes one detail for another of the same kind, or credits a machine with what it never did.

answer-faithful (faithful.py) is refused when the answer

- names a place the source does not (a capitalised name after "en", "à", "in", "of"...)
  while the passage it renders names one that the answer's sentence drops: "percepteur en
  Provence" for "en Normandie" (a name and its translation are one: Normandy, Normandie);
- uses a detail of a closed kind (who used a machine, what an abacus moved, a weight's unit
  and magnitude, today's device; in a translation, the nouns of its paragraph: what the model
  is shown, what it learns from, what its numbers determine) that its passage does not, while
  the passage uses another of that kind the sentence does not keep: "l'arithmomètre équipe
  les hôpitaux" for the banks, "pèsent quelques grammes" for "plusieurs kilos", "the numbers
  that determine its questions" for its answers;
- compares a price with another object than the source's ("coûtent une maison" where the
  source says "aussi cher qu'une voiture"), an idiom of price ("une fortune") aside;
- credits a machine with an operation the source never names (integrals, equations, square
  roots, graphs, programmable): a capability invented.

A kind's terms are its concepts, each with the words that render it in French and English:
a synonym ("galets" for "cailloux", "outputs" for "answers") is the same concept. The
passage of a summary's sentence is the source's sentences that share an anchor with it
(faithful.py); a translation's sentence is read against its source sentence when both have
as many, else against the whole paragraph.
"""

from __future__ import annotations

import re

from workshop.prompts.text import fold, sentences

_WEIGHED = r"\b(?:pes|weigh|poids|weight)\w*(?: [^ .;:!?]+){0,4}? "
# Closed kinds of details: (renders it applies to, [(concept, pattern)]).
_KINDS: list[tuple[str, list[tuple[str, str]]]] = [
    (  # who used a machine, and who Pascal's father was
        "summary",
        [
            ("bank", r"\bbanques?\b|\bbanks?\b|\bbancaires?\b|\bbanking\b|\bbankers?\b|\bbanquiers?\b"),
            ("insurance", r"\bassuran\w*|\binsur\w*|\bassureurs?\b"),
            (
                "hospital",
                r"\bhopita\w*|\bhospital\w*|\bcliniques?\b|\bclinics?\b|\bmedecins?\b|\bdoctors?\b|\bnurses?\b"
                r"|\binfirmier\w*",
            ),
            (
                "school",
                r"\becoles?\b|\bschool\w*|\beleves?\b|\bpupils?\b|\bstudents?\b|\betudiants?\b|\bcartables?\b"
                r"|\bsatchels?\b|\bclassrooms?\b|\blycee\w*|\bcollegiens?\b|\bcolleges?\b",
            ),
            ("university", r"\buniversit\w*"),
            ("army", r"\barmees?\b|\barm(?:y|ies)\b|\bmilitai\w*|\bmilitary\b|\bsoldats?\b|\bsoldiers?\b"),
            ("railway", r"\bchemins? de fer\b|\brailways?\b|\brailroads?\b"),
            ("shop", r"\bmagasins?\b|\bshops?\b|\bboutiques?\b|\bepiceri\w*|\bgrocer\w*"),
            ("lab", r"\blaboratoires?\b|\blaborator(?:y|ies)\b"),
            ("observatory", r"\bobservatoires?\b|\bobservator(?:y|ies)\b"),
            ("church", r"\beglises?\b|\bchurch\w*|\bmonaster\w*|\bmonasteres?\b|\bmoines?\b|\bmonks?\b"),
            ("engineer", r"\bingenieu\w*|\bengineer\w*"),
            (
                "merchant",
                r"\bmarchands?\b|\bmerchants?\b|\bcommercants?\b|\btraders?\b|\bnegociants?\b|\btradesm[ae]n\b"
                r"|\bshopkeepers?\b",
            ),
            ("tax", r"\bimpots?\b|\btax\w*|\bpercep\w*|\bfisc\w*|\bcollecteurs?\b|\brevenue officer"),
            ("accountant", r"\bcomptables?\b|\baccountants?\b|\bbookkeepers?\b"),
        ],
    ),
    (  # what an abacus moved
        "summary",
        [
            (
                "pebble",
                r"\bcailloux?\b|\bpebbles?\b|\bstones?\b|\bpierres?\b|\bgalets?\b|\bcalculi\b|\bgravie\w*"
                r"|\bjetons?\b|\bcounters?\b|\btokens?\b|\brocks?\b",
            ),
            ("bead", r"\bperles?\b|\bbeads?\b|\bbilles?\b|\bmarbles?\b"),
            ("shell", r"\bcoquill\w*|\bshells?\b|\bcoquilles?\b"),
            ("seed", r"\bgraines?\b|\bseeds?\b|\bharicots?\b|\bbeans?\b|\bgrains?\b"),
            ("stick", r"\bbatonnets?\b|\bbatons?\b|\bsticks?\b|\bbaguettes?\b|\brods?\b"),
            ("knot", r"\bnoeuds?\b|\bknots?\b|\bcordelettes?\b|\bstrings?\b"),
        ],
    ),
    (  # a weight's unit and magnitude (after "pèsent", "weighed", "poids": "des tonnes de calculs" is none)
        "summary",
        [
            ("grams", _WEIGHED + r"(?:grammes?|grams?|milligram\w*|ounces?|onces?)\b"),
            ("kilos", _WEIGHED + r"(?:kilo\w*|kg|pounds?|lbs?|livres)\b"),
            ("tonnes", _WEIGHED + r"(?:tonnes?|tons?|quintals?)\b"),
        ],
    ),
    (  # today's device
        "summary",
        [
            (
                "phone",
                r"\btelephones?\b|\bphones?\b|\bsmartphones?\b|\bportables?\b|\bmobiles?\b|\bcellphones?\b",
            ),
            ("watch", r"\bmontres?\b|\bwatch(?:es)?\b"),
            ("tablet", r"\btablettes?\b|\btablets?\b"),
            ("fridge", r"\bfrigo\w*|\brefrigerat\w*|\bfridges?\b"),
            ("television", r"\btelevis\w*|\btelevision\w*|\btv\b"),
        ],
    ),
    (  # what the model's numbers determine
        "translation",
        [
            (
                "answer",
                r"\banswers?\b|\bresponses?\b|\brepl(?:y|ies)\b|\boutputs?\b|\bpredictions?\b|\bguess\w*"
                r"|\bresults?\b|\bdecisions?\b|\bbehaviou?r\b|\breponses?\b",
            ),
            ("question", r"\bquestions?\b|\bquer(?:y|ies)\b|\bprompts?\b|\binputs?\b|\bqueries\b"),
        ],
    ),
    (  # what the model is shown and recognises
        "translation",
        [
            ("photo", r"\bphotos?\b|\bphotographs?\b|\bimages?\b|\bpictures?\b|\bpics\b|\bsnapshots?\b"),
            ("video", r"\bvideos?\b|\bfilms?\b|\bclips?\b|\bmovies?\b"),
            (
                "text",
                r"\btextes?\b|\btexts?\b|\bdocuments?\b|\bsentences?\b|\bbooks?\b|\barticles?\b",
            ),
            ("sound", r"\bsounds?\b|\bsons\b|\baudio\b|\bvoices?\b|\bvoix\b|\brecordings?\b|\bsongs?\b"),
            ("drawing", r"\bdrawings?\b|\bsketch(?:es)?\b|\bpaintings?\b"),
        ],
    ),
    (  # what the model learns from
        "translation",
        [
            ("example", r"\bexamples?\b|\bexemples?\b|\bsamples?\b|\binstances?\b|\bdata\b|\bdonnees\b"),
            (
                "rule",
                r"\brules?\b|\bregles?\b|\binstructions?\b|\btextbooks?\b|\bteachers?\b|\bdefinitions?\b|\bmanuals?\b",
            ),
        ],
    ),
    (  # when it is shown the photos
        "translation",
        [
            ("training", r"\btrain\w*|\blearning\b|\bentrain\w*|\bapprentissage\b"),
            ("testing", r"\btest\w*|\bevaluation\b|\binference\b|\bdeployment\b|\bexams?\b|\bexamination\b"),
        ],
    ),
    (  # what it does with images it has never seen
        "translation",
        [
            (
                "recognise",
                r"\brecogni[sz]\w*|\breconna\w*|\bidentif\w*|\bclassif\w*|\bdetect\w*|\btell apart\b",
            ),
            ("generate", r"\bgenerat\w*|\bcreat\w*|\bdraw\b|\bpaint\b|\bimagin\w*|\binvent\w*"),
        ],
    ),
]
_KIND_RE = [(renders, [(name, re.compile(p)) for name, p in group]) for renders, group in _KINDS]

# Operations a calculating machine can be credited with (add, multiply, sines: the source's
# own are in faithful.py's contrary groups); one the source never names is invented.
_OPERATIONS = re.compile(
    r"\bintegral\w*|\bintegrales?\b|\bderivatives?\b|\bderivees\b|\bracines? carrees?\b|\bsquare roots?\b"
    r"|\bequations?\b|\bgraph(?:s|ique\w*|ing)?\b|\bcourbes?\b|\bprogrammab\w*|\bprogramming\b"
    r"|\bstatisti\w*|\bmatri(?:x|ces)\b|\bpourcentages?\b|\bpercentages?\b|\bfactorielles?\b|\bfactorials?\b"
    r"|\btangentes?\b|\btangents?\b"
)

# The object a price is compared with ("aussi cher qu'une voiture", "the price of a car").
_ARTICLE = r"(?:une?|a|an|the|le|la|l'|d'une?|of an?|of the) ?"
_COMPARED = re.compile(
    r"\b(?:aussi|autant|as) (?:cher|chere?s|couteu\w*|expensive|costly|much) (?:qu'|que |as )"
    + _ARTICLE
    + r"(?P<a>[a-z]{3,}(?: [a-z]{3,})?)\b"
    r"|\b(?:prix|price|cost|cout) (?:d'une?|of an?|d'un) (?P<b>[a-z]{3,}(?: [a-z]{3,})?)\b"
    r"|\b(?:coute\w*|coutai\w*|cost|costs|costed|costing|valai\w*|valent|vaut) (?:environ |about |around "
    r"|roughly |presque |almost |nearly |autant qu'|as much as )?(?:une?|a|an) "
    r"(?P<c>[a-z]{3,}(?: [a-z]{3,})?)\b"
)
_SAME_OBJECT = [{"voiture", "car", "automobile", "auto", "vehicule", "vehicle", "bagnole"}]
# Idioms of price, no object compared: "coûter une fortune", "cost a lot", "an arm and a leg".
_PRICE_IDIOM = {
    "fortune", "somme", "lot", "bomb", "mint", "packet", "arm", "bras", "blinde", "rein", "premium",
    "great", "deal", "pile", "bundle", "tidy", "pretty", "king", "prix", "peu", "little", "bit", "few",
    "tad", "whole", "total", "veritable", "vrai", "real", "true",
}  # fmt: skip

# A capitalised name in a place's role: after "en", "à", "in", "of", "near"...
_PLACE = re.compile(
    r"(?:\b(?:en|à|a|au|aux|dans|de|du|des|in|of|from|near|pres de|around|across|throughout)\s+|\bd')"
    r"(?P<name>[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)"
)
_PLAIN_CAPITAL = {"l", "la", "le", "les", "the", "un", "une", "a", "an"}
_WIDER = {"france", "europe", "occident", "west"}  # where every place of the source is: no swap


def _concepts(folded: str, group: list[tuple[str, re.Pattern[str]]]) -> set[str]:
    return {name for name, pattern in group if pattern.search(folded)}


def _same_name(a: str, b: str) -> bool:
    """Whether two names are one in two languages (Normandie, Normandy; Chine, China):
    all but their last two letters shared."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= max(3, min(len(a), len(b)) - 2)


def _places(text: str) -> set[str]:
    return {fold(m["name"]) for m in _PLACE.finditer(text) if fold(m["name"]) not in _PLAIN_CAPITAL | _WIDER}


def _names(text: str) -> set[str]:
    """Every capitalised word of ``text`` (folded): a name the source has in any role."""
    return {fold(w) for w in re.findall(r"\b[A-Z][a-zà-ÿ]{2,}", text)}


def _compared(folded: str) -> list[set[str]]:
    """The words of each object a price is compared with (an idiom of price is none)."""
    found = []
    for m in _COMPARED.finditer(" ".join(folded.split())):
        words = set((m["a"] or m["b"] or m["c"]).split())
        if not words & _PRICE_IDIOM:
            found.append({next((min(g) for g in _SAME_OBJECT if w in g), w) for w in words})
    return found


def _pairs(answer: str, source: str, renders: str) -> list[tuple[str, str, str]]:
    """Each sentence of the answer (as written, folded) with the passage it renders (as
    written). A summary's passage is the source's whole sentences (to their full stop) that
    share an anchor with it (faithful.py), the whole source for one without."""
    plain = " ".join(source.split())
    own = sentences(answer)
    if renders == "summary":
        from workshop.prompts import faithful  # faithful.py calls this module

        origin = re.split(r"(?<=[.!?])\s+", plain)
        anchored = [faithful._anchors(s) for s in origin]
        found = []
        for sentence in own:
            mine = faithful._anchors(sentence)
            shared = [s for s, keys in zip(origin, anchored, strict=True) if mine & keys]
            found.append((sentence, fold(sentence), " ".join(shared) if shared else plain))
        return found
    origin = sentences(plain)
    if len(own) == len(origin):
        return [(a, fold(a), s) for a, s in zip(own, origin, strict=True)]
    return [(a, fold(a), plain) for a in own]


def changed(answer: str, source: str, renders: str) -> str:
    """The detail of ``source`` that ``answer`` (its ``renders``) swaps or invents, "" if none.
    A summary keeps a detail anywhere in it; a translation in the sentence that renders it."""
    said, text = fold(answer), fold(source)
    known = _names(source)
    for sentence, folded, passage in _pairs(answer, source, renders):
        kept, kept_names = (said, _names(answer)) if renders == "summary" else (folded, _names(sentence))
        new = {p for p in _places(sentence) if not any(_same_name(p, k) for k in known)}
        theirs = _places(passage)
        if new and theirs and not any(_same_name(t, n) for t in theirs for n in kept_names):
            return f"place {sorted(new)[0]}"
        for kind_renders, group in _KIND_RE:
            if kind_renders != renders:
                continue
            unknown = _concepts(folded, group) - _concepts(text, group)
            passage_concepts = _concepts(fold(passage), group)
            if unknown and passage_concepts and not _concepts(kept, group) & passage_concepts:
                return f"detail {sorted(unknown)[0]}"
    source_words = set(re.findall(r"[a-z]{3,}", text)) | {min(g) for g in _SAME_OBJECT}
    if _compared(text):
        for words in _compared(said):
            if not any(
                w in source_words or any(w[:6] == k[:6] for k in source_words if len(k) > 5) for w in words
            ):
                return f"compared with {' '.join(sorted(words))}"
    invented = _OPERATIONS.search(said)
    if invented and not _OPERATIONS.search(text):
        return f"capability {invented.group(0)}"
    return ""
