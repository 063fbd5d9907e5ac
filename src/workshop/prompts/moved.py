"""What a rendering moves in its source (issue 11az, round 28): its facts kept in the source's
own words, but given to someone else, put in another order, in another place, with cause and
effect swapped, or claimed for every case. faithful.py calls each on folded text.

- who does the act: the maker a summary names for a source's invention ("the father of
  Pascal invents"), and in a translation the acts of the model given to people ("we make a
  mistake", "the user adjusts") or the people's to the model ("it shows us the photos");
- the order of two named facts ("Leibniz, decades before Pascal", "Leibniz, then Pascal"), a
  date given to a name no source sentence dates with it ("au XIXe siècle, Leibniz");
- a place that is none of the source's nor holds one ("Japan" where it says China; "France"
  holds its Normandy, "Asia" its China);
- a cause and its effect swapped ("falling prices bring integrated circuits" where circuits
  bring the prices down; "each adjustment causes a mistake" where each mistake brings one);
- every case claimed where the source says some ("every image", "toutes les écoles"): a
  universal on a thing the source only ever names with "des", "certain", "some".
"""

from __future__ import annotations

import re

# How far a clause reaches around its verb or link, and the longest sentence read for the
# order of its names (a summary's is far shorter): each check stays linear in the text.
_REACH = 300
_LONGEST = 2000

# ---------------------------------------------------------------------------------------
# Who makes a source's invention: the head of the clause before the verb, or after "by".
_KIN = re.compile(
    r"\b(?:peres?|fathers?|dad|papa|freres?|brothers?|soeurs?|sisters?|fils|sons?|meres?|mothers?"
    r"|oncles?|uncles?|cousin\w*|maman|mum|mom|wife|epouse|husband|mari|family|famille)\b"
)
_MAKES = re.compile(
    r"\b(?:invent\w*|concoi\w*|concu\w*|concev\w*|cree\w*|crea\w*|creat\w*|imagin\w*|built|builds?"
    r"|design\w*|devis\w*|construi\w*|fabriqu\w*|mis au point|met au point|developp?\w*)"
)
_BY = re.compile(r"(?: [\w'-]+){0,3}? (?:par|by) ([^,;:.()]+)")
_GENITIVE = re.compile(r"(?:\bde|\bd'|\bof|\bdu)\s*$")
# The agent's noun phrase ends where a purpose, a time, a place or a relative clause starts:
# "par Pascal pour aider son père" is Pascal's, "by Pascal to help his father" too.
_PHRASE_END = re.compile(
    r"\s(?:pour|afin|to|in|en|au|aux|dans|qui|que|qu'|who|which|that|for|alors|while|when|quand|lorsque"
    r"|avec|with|because|car|parce|since|depuis|as|comme)\b"
)


def _actors(text: str, names: set[str]) -> list[tuple[int, str]]:
    """(position, actor) of the kin words and the names in ``text``, in order."""
    found = [(m.start(), m.group(0)) for m in _KIN.finditer(text)]
    if names:
        pattern = r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b(?!'s)"
        found += [(m.start(), m.group(0)) for m in re.finditer(pattern, text)]
    return sorted(found)


def _head(text: str, names: set[str]) -> str:
    """The actor a noun phrase names: "le pere de blaise pascal" is the father, "pascal's
    father" too, "blaise pascal" Pascal ("" when it names none)."""
    heads, dropped = [], -2
    for at, who in _actors(text, names):
        if _GENITIVE.search(text[max(0, at - 6) : at]) or (dropped >= 0 and not text[dropped:at].strip()):
            dropped = at + len(who)  # "de blaise pascal": both names the father's
        else:
            heads.append(who)
    return heads[-1] if heads else ""


def _subject(before: str) -> str:
    """The clause before a verb, an apposition right before it dropped ("Pascal, dont le
    pere leve l'impot, concoit" is Pascal's)."""
    before = before.rstrip()
    if before.endswith(","):
        before = before[: before[:-1].rfind(",")] if "," in before[:-1] else ""
    return re.split(r"[,;:]", before)[-1]


def makers(folded: str, names: set[str]) -> set[str]:
    """The actors who make what the sentence's creation verbs make."""
    found = set()
    for m in _MAKES.finditer(folded):
        by = _BY.match(folded, m.end())
        before = folded[max(0, m.start() - _REACH) : m.start()]
        who = _head(_PHRASE_END.split(by.group(1), 1)[0], names) if by else _head(_subject(before), names)
        if who:
            found.add(_KIN.sub("kin", who) if _KIN.fullmatch(who) else who)
    return found


# A translation's acts: what the people do to the model, and what the model does.
_MODEL = r"(?:it|the (?:ai|model|system|network|machine|algorithm|program)|this model|ai)"
_PEOPLE = (
    r"(?:we|you|people|humans?|users?|trainers?|engineers?|researchers?|developers?|programmers?|someone"
    r"|the (?:user|trainer|engineer|researcher|developer|programmer)s?)"
)
_ADVERBS = r"(?: (?:[a-z]+ly|also|then|first|can|could|will|may|might|must|often|each time|again))*"
_PEOPLE_ACT = (
    r"(?:shows?|showed|present(?:s|ed)?|display(?:s|ed)?|gives?|gave|feeds?|fed|teach(?:es)?|taught"
    r"|provides?|provided|labels?|labell?ed)"
)
_MODEL_ACT = (
    r"(?:makes? (?:a |an )?(?:mistake|error)s?|made (?:a |an )?(?:mistake|error)s?|errs?"
    r"|gets? (?:it |something |things )?wrong"
    r"|adjusts?|adjusted|tweaks?|tweaked|updates?|updated|learns?|learned|learnt|recogni[sz]es?)"
)
_SWAPPED_ACT = re.compile(
    rf"\b{_MODEL}{_ADVERBS} {_PEOPLE_ACT}\b(?: (?:us|you|people|them|users|the user))?(?: with)? (?:\w+ )?"
    r"(?:thousands|photos|images|pictures|examples|labell?ed|tagged|hundreds|millions)"
    rf"|\b{_PEOPLE}{_ADVERBS} {_MODEL_ACT}\b"
    rf"|\b(?:adjusted|tweaked|updated|learned|recogni[sz]ed) by {_PEOPLE}\b"
    rf"|\b(?:shown|presented|displayed|given|fed) (?:\w+ ){{0,3}}by {_MODEL}\b"
)


def swapped_act(folded: str) -> bool:
    """A translation that gives the model's acts to people or the people's to the model."""
    return bool(_SWAPPED_ACT.search(folded))


# ---------------------------------------------------------------------------------------
# The order of two named facts, and a date given to another name.
_BEFORE = re.compile(
    r"\b(?:avant|before|prior to|earlier than|ahead of|precede\w*|predat\w*|devan\w*) (?:que )?(?:\w+ )?(\w+)"
)
_AFTER = re.compile(r"\b(?:apres|after|later than|following|succede\w*|succeed\w*) (?:\w+ )?(\w+)")
_THEN = re.compile(r"\b(?:puis|then|ensuite|afterwards|plus tard|later|suivie? de|followed by)\b")


def _firsts(source: str, names: set[str]) -> dict[str, int]:
    found = {}
    for name in names:
        m = re.search(rf"\b{re.escape(name)}\b", source)
        if m:
            found[name] = m.start()
    return found


def order_flipped(folded: str, source: str, names: set[str]) -> bool:
    """A sentence that puts one name before or after another against the source's order."""
    folded = folded[:_LONGEST]
    first = _firsts(source, names)
    mine = [(at, who) for at, who in _actors(folded, names) if who in first]
    for relation, later in ((_BEFORE, False), (_AFTER, True)):
        for m in relation.finditer(folded):
            other = m.group(1)
            if other not in first:
                continue
            for _, who in mine:
                if who != other and (first[who] > first[other]) != later:
                    return True
    for (a, one), (b, two) in zip(mine, mine[1:], strict=False):
        if one != two and _THEN.search(folded[a:b]) and first[one] > first[two]:
            return True
    return False


_DATE_THEN_NAME = re.compile(r"^[\w-]*(?: (?:siecle|century|s))?,? (?:[a-z'-]+ )?$")


def date_moved(folded: str, source_sentences: list[str], names: set[str]) -> bool:
    """A date that opens a clause given to a name right after it ("au xixe siecle, leibniz
    imagine", "in 1642, leibniz built") that no source sentence holds with it."""
    from workshop.prompts.faithful import quantities

    folded = folded[:_LONGEST]
    dated = [(at, kind, key) for kind, key, at in quantities(folded) if kind in ("decade", "century")]
    held = [({(k, v) for k, v, _ in quantities(s)}, s) for s in source_sentences]
    for at, who in _actors(folded, names):
        if _KIN.fullmatch(who):
            continue
        for when, kind, key in dated:
            if when > at or not _DATE_THEN_NAME.match(folded[when:at]):
                continue
            if not any((kind, key) in keys and re.search(rf"\b{re.escape(who)}\b", s) for keys, s in held):
                return True
    return False


# ---------------------------------------------------------------------------------------
# Places: each with the places that hold it.
_PLACES = {
    "chine": ("chine|china|chinese|chinois\\w*", "asie"),
    "japon": ("japon|japan|japanese|japonais\\w*", "asie"),
    "coree": ("coree|korea|korean|coreen\\w*", "asie"),
    "inde": ("inde|india", "asie"),
    "asie": ("asie|asia|asian|asiatique\\w*", ""),
    "normandie": ("normandie|normandy|normand\\w*|norman", "france"),
    "bretagne": ("bretagne|brittany", "france"),
    "bourgogne": ("bourgogne|burgundy", "france"),
    "alsace": ("alsace", "france"),
    "provence": ("provence", "france"),
    "paris": ("paris|parisien\\w*", "france"),
    "rouen": ("rouen", "normandie"),
    "clermont": ("clermont", "france"),
    "france": ("france", "europe"),
    "allemagne": ("allemagne|germany", "europe"),
    "italie": ("italie|italy", "europe"),
    "angleterre": ("angleterre|england|britain|royaume-uni", "europe"),
    "grece": ("grece|greece", "europe"),
    "rome": ("rome|romains?|romaines?|roman|romans", "europe"),
    "egypte": ("egypte|egypt|egyptian\\w*|egyptien\\w*", ""),
    "mesopotamie": ("mesopotami\\w*|babylon\\w*|sumer\\w*", ""),
    "europe": ("europe|european|europeen\\w*", ""),
    "amerique": ("amerique|america|etats-unis|united states|usa", ""),
}
_PLACE_RE = {key: re.compile(rf"\b(?:{words})\b") for key, (words, _) in _PLACES.items()}


def _places(folded: str) -> set[str]:
    return {key for key, pattern in _PLACE_RE.items() if pattern.search(folded)}


def _holders(place: str) -> set[str]:
    found = {place}
    while _PLACES[place][1]:
        place = _PLACES[place][1]
        found.add(place)
    return found


def place_moved(folded: str, source: str) -> str:
    """A place of the text that is none of the source's nor holds one of them ("" if none):
    a summary sentence may tell several steps, each with its place."""
    theirs = _places(source)
    held = set().union(*(_holders(p) for p in theirs)) if theirs else set()
    for place in sorted(_places(folded)):
        if place not in held:
            return place
    return ""


# ---------------------------------------------------------------------------------------
# Cause and effect: what a clause makes happen, read on both sides of its link.
_CAUSES = {
    "chips": r"\bcircuits? integr\w*|\bintegrated circuits?|\bmicro-?chips?|\bpuces?\b|\bchips?\b"
    r"|\btransistor\w*"
    r"|\bmicroprocess\w*",
    "price": r"\bprix\b|\bprice\w*|\bcost\w*|\bcout\w*|\bcheap\w*|\bcher\w*|\bbon marche|\baffordab\w*"
    r"|\babordab\w*",
    "size": r"\btaille\b|\bsize\w*|\bsmall\w*|\bminiatur\w*|\bshr[iau]nk\w*|\bcompact\w*|\bencombr\w*",
    "mistake": r"\berreurs?\b|\berrors?\b|\bmistakes?\b|\bwrong\b|\btromp\w*|\bfautes?\b|\berrs?\b",
    "adjust": r"\bajust\w*|\badjust\w*|\btweak\w*|\bupdat\w*|\bmodifi\w*|\bcorrige\w*"
    r"|\bcorrect(?:s|ed|ing)\b",
}
_CAUSE_RE = {key: re.compile(pattern) for key, pattern in _CAUSES.items()}
_FORWARD = re.compile(
    r"\b(?:permet\w*|permit\w*|entrain\w*|provoqu\w*|causes?|caused|causing|mene\w* a|amen\w*|apport\w*"
    r"|bring\w*|brought|leads? to|led to|lead to|result\w* in|enabl\w*|allow\w*|made possible|makes? possible"
    r"|rend\w* possible|donn\w* naissance|gave rise|gives? rise|drive\w*|drove|trigger\w*|declench\w*"
    r"|(?:font|fait|faisaient|firent|ont fait|a fait)"
    r" (?:baisser|chuter|diminuer|naitre|apparaitre|arriver|reduire"
    r"|fondre)|made|makes?|rend(?:ent|irent|ait|aient)?)\b"
)
_BACKWARD = re.compile(
    r"\b(?:grace (?:a|aux)|thanks to|because of|due to|a cause (?:de|des|du)|owing to|du fait (?:de|des|du)"
    r"|sous l'effet (?:de|des|du)|caused by|brought (?:about )?by|driven by|made possible by|permise?s? par"
    r"|entrainee?s? par|provoquee?s? par|rendue?s? possibles? par|as a result of|enabled by|allowed by)\b"
)
_TRIGGER = re.compile(
    r"\b(?:each time|every time|whenever|(?:a )?chaque fois (?:que|qu')|a chaque|after (?:each|every)"
    r"|apres chaque|upon each|with each|with every|a la suite de chaque)\b"
)
_CUT = re.compile(r"[,;:]")


def _kinds(text: str) -> set[str]:
    return {key for key, pattern in _CAUSE_RE.items() if pattern.search(text)}


def links(folded: str) -> set[tuple[str, str]]:
    """(cause, effect) of each link a text states between two of its things."""
    found: set[tuple[str, str]] = set()
    for sentence in re.split(r"[.!?]\s", folded):
        pairs: list[tuple[str, str]] = []
        for m in _FORWARD.finditer(sentence):
            cause = _CUT.split(sentence[max(0, m.start() - _REACH) : m.start()])[-1]
            pairs.append((cause, _CUT.split(sentence[m.end() : m.end() + _REACH])[0]))
        for m in list(_BACKWARD.finditer(sentence)) + list(_TRIGGER.finditer(sentence)):
            cause = _CUT.split(sentence[m.end() : m.end() + _REACH])[0]
            rest = sentence[m.end() + len(cause) : m.end() + len(cause) + _REACH]
            pairs.append((cause, sentence[max(0, m.start() - _REACH) : m.start()] + " " + rest))
        for cause, effect in pairs:
            found |= {(c, e) for c in _kinds(cause) for e in _kinds(effect) if c != e}
    return found


def cause_swapped(folded: str, source: str) -> str:
    """A link the text states whose reverse is the source's ("" if none)."""
    theirs = links(source)
    for cause, effect in sorted(links(folded)):
        if (effect, cause) in theirs and (cause, effect) not in theirs:
            return f"{cause} causes {effect}"
    return ""


# ---------------------------------------------------------------------------------------
# Every case claimed: a universal on a thing the source names only as some of them.
_THINGS = {
    "image": r"images?|photos?|pictures?",
    "example": r"exemples?|examples?",
    "school": r"ecoles?|schools?",
    "engineer": r"ingenieurs?|engineers?",
    "pupil": r"eleves?|pupils?|students?|schoolchildren",
    "phone": r"telephones?|phones?|smartphones?",
    "mistake": r"erreurs?|errors?|mistakes?",
    "parameter": r"parametres?|parameters?",
    "number": r"nombres?|numbers?",
    "answer": r"reponses?|answers?|responses?",
    "merchant": r"marchands?|merchants?|traders?",
    "bank": r"banques?|banks?",
    "calculator": r"calculatrices?|calculators?",
    "tool": r"outils?|tools?",
}
_UNIVERSAL = re.compile(
    r"(?<!without )(?<!sans )(?<!no )(?<!not )\b(?:every|each|all(?: of)?(?: the| its| their)?|any"
    r"|tou(?:te)?s (?:les|ses|leurs|ces)|tout(?:e)? (?:le|la)|n'importe (?:quel|quelle)s?|chaque)"
    r" (?:[a-z'-]+ )?(?P<thing>" + "|".join(f"(?:{p})" for p in _THINGS.values()) + r")\b"
)
_DEFINITE = re.compile(
    r"\b(?:les|ses|leurs|ces|chaque|tous|toutes|the|all|every|each|its|their)(?: [a-z'-]+)? $"
)


def _thing(word: str) -> str:
    return next(key for key, pattern in _THINGS.items() if re.fullmatch(pattern, word))


def universal(folded: str, source: str) -> str:
    """A thing the text claims for every case while the source never names all of them
    ("" if none)."""
    for m in _UNIVERSAL.finditer(folded):
        thing = _thing(m["thing"])
        said = [s for s in re.finditer(rf"\b(?:{_THINGS[thing]})\b", source)]
        if said and not any(_DEFINITE.search(source[max(0, s.start() - 30) : s.start()]) for s in said):
            return thing
    return ""
