"""Values told through another quantity (issue 11, round 39, fix-helper riddle39): round 39 gave
the riddle's answer as the size of a group holding the subject ("les filles de la fratrie ont un
groupe WhatsApp : il compte 2 membres, Caroline comprise"), as a correction of a wrong value
("everyone answers 2, but that's exactly one too many") and as a character code ("the answer is
the character whose ASCII code is 49").

Principle: each is a value the grader can compute from the prompt's own words, so each is read
as that value and appended to the text as a plain statement the answer reader reads (a reading
only adds: a fair prompt says none of these).

* :func:`group_counts`: a set of the family's girls (or boys), sisters (or brothers), given a
  size N in the sentence that names the subject as one of them ("Caroline comprise", "including
  Caroline", "Caroline is one of them") is the subject and her N − 1 sisters (brothers); "K stay
  empty" is taken off first. A set that is not of girls or sisters (a class chat, a team of
  eleven) says nothing of the sisters.
* :func:`corrected`: a value someone says or finds (``N``) with, in the same sentence or the
  next, how far it is from the right one ("c'est K de trop", "K too many", "K more than the real
  answer", "the right answer is K less", "la moitié", "that minus K") is the right value; it is
  written "la bonne reponse est V." and, where the sentence names ``b``, "b = V.". A value called
  wrong without how far ("c'est faux") tells nothing; "one too many cookies" is no value said.
* :func:`char_codes`: a character named by its code (ASCII or Unicode code, code point,
  ``chr(n)``, ``U+hhhh``, ``&#n;``, ``\\uhhhh``), decimal or ``0x`` hexadecimal, one or a list,
  replaced by the characters it names where the phrase is a value ("the answer is ...", "b s'écrit
  avec ..."): the answer reader then reads what the codes spell. A code mentioned of another
  character ("the character whose ASCII code is 65 is 'A'") spells no answer value.
"""

from __future__ import annotations

import re
from fractions import Fraction

from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, number_value, told_value

MAX_CHARS = 20_000
MAX_SENTENCES = 200


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?;\n])", text[:MAX_CHARS])[:MAX_SENTENCES]


# -- a group's size with the subject in it ---------------------------------------------------------
_N = rf"(?P<n>\d{{1,3}}|{NUMBER_WORD_RE})"
_SET = re.compile(
    r"\b(?P<set>filles|girls|soeurs|sisters|frangines|garcons|boys|freres|brothers|frangins)\b"
    r"(?:[ \t]++(?:de|of|du|d')[ \t]*+(?:la|the|sa|her|his|cette|this)?[ \t]*+"
    r"(?P<family>famille|family|fratrie|siblings|maison|household))?"
)
_OF_FAMILY = re.compile(
    r"\b(?:famille|family|fratrie|siblings|soeurs|sisters|frangines|freres|brothers|frangins)\b"
)
_SIZE = re.compile(
    rf"(?<![\w.,-])(?:{_N.replace('(?P<n>', '(?:')})"
    r"[ \t]++(?:membres?|members?|filles|girls|personnes|people|places|seats|lits|beds|runners|coureuses|"
    r"joueuses|players|sisters|soeurs|participantes?|participants?|couchettes|bunks|visages|faces)\b"
    r"|\b(?:elles[ \t]++(?:y[ \t]++)?sont|they[ \t]++are"
    r"|on[ \t]++voit|we[ \t]++see|exactly|exactement)[ \t]++"
    rf"{_N.replace('(?P<n>', '(?:')}\b"
)
_NUMBER = re.compile(rf"(?<![\w.,-])(?P<n>\d{{1,3}}|{NUMBER_WORD_RE})(?![\w]|[.,]\d)")
_INCLUDED = re.compile(
    r"\b(?P<a>[a-z]{3,20})[ \t,]++(?:comprise?|incluse?|included|counted|comptee?|inclusivement)\b"
    r"|\b(?:y[ \t]++compris|including|dont|among[ \t]++them)[ \t]++(?P<b>[a-z]{3,20})\b"
    r"|\b(?P<c>[a-z]{3,20})[ \t]++(?:is|est"
    r"|en[ \t]++est)[ \t]++(?:one[ \t]++of[ \t]++them|l'une[ \t]++d'(?:elles|eux)|"
    r"l'un[ \t]++d'eux|l'une|one)\b"
    r"|\b(?P<d>[a-z]{3,20})[ \t]++(?:occupe|takes|has|a"
    r"|(?:dort|sleeps|sits|s'assoit)[ \t]++(?:dans|in|on|sur))"
    r"[ \t]++(?:l'une|l'un|one)\b"
    r"|\b(?P<e>[a-z]{3,20})[ \t]++(?:en[ \t]++fait[ \t]++partie"
    r"|y[ \t]++est|is[ \t]++in[ \t]++it|is[ \t]++a[ \t]++member)\b"
)
_EMPTY = re.compile(
    r"(?<![\w-])(?P<k>\d{1,2}|une?|one)[ \t]++(?:\w++[ \t]++)?(?:reste"
    r"|restent|stays?|remains?|is|are|est|sont)"
    r"[ \t]++(?:toujours[ \t]++|always[ \t]++)?(?:vides?|empty|libres?|free|inoccupees?|unused)\b"
)
_NOT_TOLD = re.compile(r"\b(?:si|if|suppose\w*|imagine\w*|would|serait)\b|\?")
_NOT_A_NAME = {
    "elle",
    "lui",
    "she",
    "her",
    "him",
    "moi",
    "toi",
    "me",
    "you",
    "les",
    "the",
    "them",
    "elles",
    "eux",
}


def group_counts(text: str) -> list[str]:
    """Statements "<subject> a V soeurs." for each group of the family's girls or sisters whose
    size is told with the subject in it (see the module)."""
    found: list[str] = []
    sentences = _sentences(text)
    for i, first in enumerate(sentences):
        sentence = first + (sentences[i + 1] if i + 1 < len(sentences) else "")
        if _NOT_TOLD.search(sentence):
            continue
        kind = _SET.search(first)
        size = _SIZE.search(sentence)
        who = _INCLUDED.search(sentence)
        if not kind or not size or not who or not _OF_FAMILY.search(sentence):
            continue
        name = who["a"] or who["b"] or who["c"] or who["d"] or who["e"]
        if name in _NOT_A_NAME:
            continue
        number = _NUMBER.search(size.group(0))
        n = number_value(number["n"]) if number else None
        if n is None or not 1 <= n <= 50:
            continue
        empty = _EMPTY.search(sentence, size.end())
        if empty:
            n -= 1 if empty["k"] in ("un", "une", "one") else (number_value(empty["k"]) or 0)
        girls = kind["set"] in ("filles", "girls", "soeurs", "sisters", "frangines")
        found.append(f"{name} a {n - 1} {'soeurs' if girls else 'freres'}.")
    return found[:8]


# -- a value told by how far a wrong one is ----------------------------------------------------------
_V = r"(?P<v>-?[ \t]?\d{1,6}|" + NUMBER_WORD_RE + r")"
_K = r"(?P<k>\d{1,6}|" + NUMBER_WORD_RE + r")"
_SAID = re.compile(
    r"\b(?:answer|reponse|value|valeur|result|resultat)[ \t]++(?:b[ \t]*+=[ \t]*+)?"
    + _V.replace("(?P<v>", "(?P<v2>")
    + r"[ \t]++(?:is|est)[ \t]++(?:off[ \t]++by|faux[ \t]++de|decalee?[ \t]++de|wrong[ \t]++by)[ \t]++"
    + _K.replace("(?P<k>", "(?P<off>")
    + r"|"
    r"\b(?:dit|disent|repond\w*|trouve\w*|a[ \t]++trouve|obtien\w*|propose\w*|says?|said|answers?|answered|"
    r"finds?|found|gets?|got|gives?|gave|claims?|writes?"
    r"|wrote|ecrit|pensent|pense|thinks?|think|donnent|donne|mis|put|had|y[ \t]++avait|there[ \t]++was"
    r"|(?:answer|reponse|result|resultat)[ \t]++(?:was|etait|is|est)"
    r"|(?:entoure|barre|circled|crossed[ \t]++out|struck)[ \t]++(?:le|mon|son|sa|ma|my|his|her|the"
    r"|their|your|ton))"
    r"[ \t,]++(?:(?:que|that|b[ \t]*+=|b[ \t]++vaut|(?:(?:un|le|a|the)[ \t]++)?(?:pgcd|gcd)[ \t]*+="
    r"|(?:un|le|a|the)[ \t]++(?:pgcd|gcd)[ \t]++(?:de|of)|(?:their"
    r"|the)[ \t]++gcd[ \t]++is|le[ \t]++pgcd[ \t]++(?:est|vaut)|"
    r"the[ \t]++answer[ \t]++is|la[ \t]++reponse[ \t]++est)[ \t]*+){0,2}+"
    r"(?:(?:tout[ \t]++le[ \t]++monde|everyone|everybody|les[ \t]++gens|people|most[ \t]++people)[ \t]*+)?"
    r"(?:,[ \t]*+)?(?:(?:a[ \t]++savoir|namely|soit|:)[ \t]*+)?"
    r"(?:b[ \t]*+=[ \t]*+)?" + _V + r"(?![\w]|[.,]\d)"
    # a value shown before an arrow to its correction ("b = -5 → ×2": round 40)
    r"|(?<![\w.,])(?P<v3>-?\d{1,6})[ \t]*+(?=->|=>|[\u2192\u27f6\u279d\u21d2])"
)
_SMALLER = re.compile(
    r"\b(?:smaller|lower|less|fewer|below|plus[ \t]++petite?"
    r"|inferieure?|moins[ \t]++grande?|en[ \t]++dessous)\b"
)
_LARGER = re.compile(
    r"\b(?:larger|bigger|higher|greater|more|above|plus[ \t]++grande?|superieure?|au[ \t]++dessus)\b"
)
_WRONG_BY = re.compile(  # how far the said value is: taken off (de trop) or added (too few)
    r"(?:c'est|c'etait|that's|that[ \t]++is|which[ \t]++is|it's|soit|ce[ \t]++qui[ \t]++fait|is)[ \t]++"
    r"(?:(?:exactement|exactly|juste|just|precisement|precisely)[ \t]++)?" + _K + r"[ \t]++"
    r"(?:(?P<over>de[ \t]++trop|too[ \t]++many|too[ \t]++much|too[ \t]++high|more[ \t]++than[ \t]++the[ \t]++"
    r"(?:real|right|true|correct)|de[ \t]++plus[ \t]++que[ \t]++la[ \t]++(?:vraie|bonne))"
    r"|(?P<under>de[ \t]++moins[ \t]++que[ \t]++la[ \t]++(?:vraie|bonne)|too[ \t]++few|too[ \t]++low|"
    r"less[ \t]++than[ \t]++the[ \t]++(?:real|right|true|correct)|short))"
)
_TOO_BY = re.compile(  # "2, est trop grande de 1", "is too high by one"
    r"\b(?:est|is|are|sont|c'est|it's"
    r"|that's)[ \t]++(?P<dir>trop[ \t]++(?:grande?s?|haute?s?|elevee?s?|forte?s?)|"
    r"too[ \t]++(?:big|high|large|much)|trop[ \t]++(?:petite?s?"
    r"|basse?s?|faibles?)|too[ \t]++(?:small|low|little))"
    r"[ \t]++(?:de|by|d')[ \t]*+" + _K
)
_RIGHT = (
    r"(?:la[ \t]++(?:bonne|vraie)[ \t]++(?:reponse|valeur)|the[ \t]++(?:real|right|true|correct)[ \t]++"
    r"(?:answer|value|count|one)|la[ \t]++reponse[ \t]++juste|la[ \t]++solution)"
)
_RIGHT_BY = re.compile(  # the right value told from the said one
    _RIGHT + r"[ \t,]*+(?:,[ \t]*+c'est|est|is|vaut|c'est|is[ \t]++just)[ \t]++"
    r"(?:(?:exactement|exactly|juste|just|simplement|simply)[ \t]++)?"
    r"(?:" + _K + r"[ \t]++(?P<less>de[ \t]++moins|less|fewer|lower|smaller|below)"
    r"|" + _K.replace("(?P<k>", "(?P<k2>") + r"[ \t]++(?P<more>de[ \t]++plus|more|higher|greater|above)"
    r"|(?P<half>la[ \t]++moitie|half)|(?P<twice>le[ \t]++double|twice|double))\b"
    r"|\b(?P<lead>un|une|one|\d{1,6})[ \t]++(?P<lead_dir>de[ \t]++moins|de[ \t]++plus|less|more|fewer)[ \t]++"
    r"(?:que|than)[ \t]++(?:ce[ \t]++que|what)\b"
    r"|\b(?:la[ \t]++moitie|half)[ \t]++(?:de[ \t]++ce[ \t]++que|of[ \t]++what)\b(?P<half2>)"
    r"|\b(?:that|cela|ca|this)[ \t]++(?P<op>minus|moins|plus)[ \t]++" + _K.replace("(?P<k>", "(?P<k3>")
)
_GCD = re.compile(r"\b(?:pgcd|gcd|hcf)\b")
_B = re.compile(r"(?<![\w'])b(?![\w'])")


def _corrected_value(said: Fraction, sentence: str) -> Fraction | None:
    moved = _TOO_BY.search(sentence) or _WRONG_BY.search(sentence)  # "too high by 1", "1 too many"
    if moved:
        k = number_value(moved["k"])
        if k is None:
            return None
        if moved.re is _TOO_BY:
            over = moved["dir"].startswith(("too big", "too high", "too large", "too much")) or any(
                w in moved["dir"] for w in ("grand", "haut", "elev", "fort")
            )
        else:
            over = bool(moved["over"])
        return said - k if over else said + k
    right = _RIGHT_BY.search(sentence)
    if not right:
        return None
    if right["half"] or right["half2"] is not None:
        return said / 2
    if right["twice"]:
        return said * 2
    for key, sign in (
        ("k", -1 if right["less"] else 1),
        ("k2", 1),
        ("k3", -1 if right["op"] in ("minus", "moins") else 1),
    ):
        if right[key]:
            k = number_value(right[key])
            return None if k is None else said + sign * k
    if right["lead"]:
        k = number_value(right["lead"])
        return None if k is None else said + (-k if right["lead_dir"] in ("de moins", "less", "fewer") else k)
    return None


# Round 41 (fix-helper fair41): an error's size told without the forms above ("he is wrong by two",
# « il s'est trompé de deux », "off by 2, too many"): the said value moved by it in the direction told
# ("too many", « de trop », "too few"), or either way round when none is told: "found 3, wrong by two"
# may mean 1; "found 5, wrong by two" means 3 or 7, never 1.
# the phrase that sizes an error, before its size (shared with numroles.error_size)
ERROR_BY = (
    r"(?<![\w'])(?:(?:off|out|wrong|wrongly|mistaken)(?:[ \t]++(?!by(?![\w']))[a-z]++){0,2}[ \t]++by"
    r"|(?:error|mistake|slip)s?[ \t]++of|(?:erreurs?|ecarts?|decalages?)[ \t]++(?:de(?![\w'])|d')"
    r"|(?:trompee?s?|trompent|tromper|trompes|faux|fausse|decalee?s?)(?:[ \t]++(?!de(?![\w']))[a-z]++){0,2}"
    r"[ \t]++(?:de(?![\w'])|d'))"
)
_BY_ONLY = re.compile(ERROR_BY + r"[ \t]*+" + _K + r"(?![\w])")
_OVER = re.compile(
    r"\b(?:too[ \t]++(?:many|much|high|big|large)|de[ \t]++trop|trop[ \t]++(?:grande?s?|haute?s?|elevee?s?)|"
    r"more[ \t]++than|de[ \t]++plus|en[ \t]++trop|overcount\w*|surestim\w*)\b"
)
_UNDER = re.compile(
    r"\b(?:too[ \t]++(?:few|little|low|small)|pas[ \t]++assez|trop[ \t]++(?:petite?s?|basse?s?|faibles?)|"
    r"less[ \t]++than|fewer[ \t]++than|de[ \t]++moins|en[ \t]++moins|short|undercount\w*|sous-estim\w*)\b"
)


def _by_only(said: Fraction, after: str) -> list[Fraction]:
    """The right values an error's size after a said value tells (see :data:`_BY_ONLY`)."""
    found = _BY_ONLY.search(after)
    k = number_value(found["k"]) if found else None
    if found is None or k is None:
        return []
    tail = after[found.end() :]
    over, under = bool(_OVER.search(tail)), bool(_UNDER.search(tail))
    if over != under:
        return [said - k if over else said + k]
    return [said - k, said + k]


# -- an operation a correction names on a wrong value (round 40, fix-helper corr40) -----------------
# The operation must stand as a clause of its own after a frame (a quote, an arrow, a colon, the
# start of a clause, an obligation, "take"/"write"/"c'est"), end its clause or quote (or name what
# it acts on: "de ça", "of that", "du compte"); the subject taken out or counted twice is an error
# told of the count. "la moitié de la classe", 'half marks', « moins de bavardage » are none.
_K_OP = r"(?P<k>\d{1,6}|" + NUMBER_WORD_RE + r")"
_REFERENT = (
    r"(?:[ \t]++(?:de|of|d'|a|au|to|from|du)[ \t]*+(?:ca|cela|ceci|it|that|this|ce[ \t]++nombre"
    r"|cette[ \t]++valeur"
    r"|ce[ \t]++resultat|that[ \t]++(?:number|value)|(?:(?:la|le|the)[ \t]++)?(?:compte|count|total)"
    r"|(?:sa|ta|ma|leur|votre|son|ton|mon|his|her|my|your|their)[ \t]++(?:reponse|answer|resultat"
    r"|result|valeur"
    r"|value|nombre|number)))?"
)
_OP_FRAME = (
    r"(?:^|[\"'(:;,]|->|=>|[\u2192\u27f6\u279d\u21d2]|\b(?:et|and|puis|then|faut|must|need[ \t]++to|should"
    r"|dois|doit|devez|told[ \t]++\w++[ \t]++to|asked[ \t]++\w++[ \t]++to|a[ \t]++dit[ \t]++de|please|stp"
    r"|take|prends|prenez|prendre|write|ecris|ecrire|c'est|it's|that's|it[ \t]++is|that[ \t]++is"
    r"|should[ \t]++be"
    r"|devrait[ \t]++etre))[ \t]*+"
)
_OP_END = r"(?=[ \t]*+(?:$|[\"'.,;:!?)\n»”]|(?:et|and|puis|then|en|in|au|next|beside|juste|a[ \t]++cote)\b))"
_NOUN_OP = re.compile(
    _OP_FRAME + r"(?:(?P<half>(?:la[ \t]++)?moitie|(?:a[ \t]++|one[ \t]++)?half)"
    r"|(?P<third>(?:le[ \t]++|un[ \t]++)?tiers|(?:a|one)[ \t]++third)"
    r"|(?P<quarter>(?:le[ \t]++|un[ \t]++)?quart|(?:a|one)[ \t]++quarter)"
    r"|(?P<double>(?:le[ \t]++)?double|twice)|(?P<triple>(?:le[ \t]++)?triple|thrice)"
    r"|(?P<opposite>l'oppose|(?:the|its)[ \t]++opposite)"
    r"|(?:ca[ \t]++|cela[ \t]++|that[ \t]++|it[ \t]++)?(?P<sign>moins|minus|plus)[ \t]++" + _K_OP
    + r"|(?P<sym>[\u00f7/*+-]|x(?=[ \t]*+\d))[ \t]*+" + _K_OP.replace("(?P<k>", "(?P<k2>")
    # a French object pronoun before the verb (round 67: « il faut le diviser par deux »)
    + r"|(?:(?:le|la)[ \t]++|l')?(?P<divide>divise[rz]?|divide|partage[rz]?)(?:-le|-la)?"
    r"(?:[ \t]++(?:it|that|this|le|ca))?"
    r"[ \t]++(?:par|by)[ \t]++" + _K_OP.replace("(?P<k>", "(?P<k3>")
    + r"|(?:(?:le|la)[ \t]++|l')?(?P<multiply>multiplie[rz]?|multiply)(?:-le|-la)?"
    r"(?:[ \t]++(?:it|that|this|le|ca))?"
    r"[ \t]++(?:par|by)[ \t]++" + _K_OP.replace("(?P<k>", "(?P<k4>")
    + r"|(?P<halve>halve|double)(?:[ \t]++(?:it|that|this)|-le|-la)"
    r"|(?P<minus>enleve[rz]?|retire[rz]?|ote[rz]?|soustrai(?:s|re|t|ez)|subtract|take[ \t]++away"
    r"|remove|deduct)"
    r"[ \t]++" + _K_OP.replace("(?P<k>", "(?P<k5>")
    + r"|(?P<add>ajoute[rz]?|rajoute[rz]?|add)[ \t]++" + _K_OP.replace("(?P<k>", "(?P<k6>")
    + r"|(?P<out>(?:enleve[rz]?|retire[rz]?|ote[rz]?|sors|sortir|exclu(?:s|re|ez)|remove|exclude"
    r"|subtract)[ \t]++(?P<who>[a-z]{3,20})|(?:take|leave)[ \t]++(?P<who4>[a-z]{3,20})[ \t]++out"
    r"|(?:enleve|retire|ote|sors|exclus)-la"
    r"|(?:la|l')[ \t]*+(?:retirer|enlever|oter|sortir|exclure))"
    r")" + _REFERENT + _OP_END
)
_COUNTED_TWICE = re.compile(  # an error told of the count: the subject counted once too many
    r"\b(?:(?P<twice>(?:counted|compte|comptee|count)[ \t]++(?P<who>[a-z]{3,20})[ \t]++(?:twice"
    r"|two[ \t]++times"
    r"|deux[ \t]++fois)|l'(?:as|a|avez|ont)[ \t]++comptee?[ \t]++deux[ \t]++fois|(?P<who2>[a-z]{3,20})[ \t]++"
    r"(?:est|a[ \t]++ete|is|was)[ \t]++(?:comptee?|counted)[ \t]++(?:deux[ \t]++fois|twice)"
    r"|s'est[ \t]++comptee?|counted[ \t]++herself"
    # round 50: the subject counted among her own kin ("A a compté Caroline comme sa propre sœur",
    # "counted Caroline among her own sisters", « compté Caroline parmi ses sœurs »)
    r"|(?:counted|compte|comptee)[ \t]++(?P<who5>[a-z]{3,20})[ \t]++(?:comme|parmi|as|among)[ \t]++"
    r"(?:(?:sa|ses|son|her|his|their|its|one[ \t]++of[ \t]++her|l'une[ \t]++de[ \t]++ses)[ \t]++)?"
    r"(?:(?:propres?|own)[ \t]++)?(?:soeurs?|freres?|sisters?|brothers?)\b)"
    r"|(?P<forgot>(?:oublie|forgot)[ \t]++(?:de[ \t]++compter[ \t]++"
    r"|to[ \t]++count[ \t]++)?(?P<who3>[a-z]{3,20})"
    r"|l'(?:as|a|avez|ont)[ \t]++oubliee?))\b"
)
_PRONOUN_SUBJECT = {"her", "herself", "elle", "elle-meme", "la", "lui", "him", "himself"}
_NOT_WHO = frozenset(
    "the les des une ces ses son ton mon sa ta ma leur leurs vos nos votre notre your his their our that this"
    " these those away out from par all tout tous toutes cela ceci care time note notes them everything"
    " duplicates doublons".split()
)
_DOUBT = re.compile(
    r"\?|\b(?:si|s'il|s'ils|if|whether|suppose\w*|imagine\w*|would|serait|peut-etre|maybe|perhaps|might"
    r"|wonder\w*|demande|not[ \t]++sure|pas[ \t]++sur\w*)\b"
)
_NOT_DONE = re.compile(r"\b(?:pas|not|never|jamais|no)\b|n't")

Op = tuple[Fraction, Fraction]  # the right value is said * factor + offset


def _named(who: str | None) -> bool:
    """A subject: a pronoun or a name (« Caroline »), not an article, a number or "it"."""
    if not who:
        return True
    if who in _PRONOUN_SUBJECT:
        return True
    return who not in _NOT_WHO and who not in NUMBER_WORDS


def correction_ops(told: str) -> list[Op]:
    """The operations a correction names in ``told`` (folded: what follows a wrong value, a
    sentence at a time; a doubted or asked sentence names none): half, a third, a quarter,
    double, triple, the opposite, minus or plus K, ÷K, ×K, divide or multiply by K, subtract or
    add K, the subject taken out of the count ("il faut enlever Caroline", "retire-la", "take her
    out") or counted twice (minus one), forgotten (plus one)."""
    found: list[Op] = []
    for part in re.split(r"(?<=[.!?;\n])", told[:2000])[:4]:
        if _DOUBT.search(part):
            continue
        for m in list(_NOUN_OP.finditer(part))[:MAX_SENTENCES]:
            if _NOT_DONE.search(part, max(0, m.start() - 30), m.start()):
                continue
            k_token = next((m[g] for g in ("k", "k2", "k3", "k4", "k5", "k6") if m[g]), None)
            k = number_value(k_token) if k_token else None
            op: Op | None = None
            if m["half"]:
                op = (Fraction(1, 2), Fraction(0))
            elif m["third"]:
                op = (Fraction(1, 3), Fraction(0))
            elif m["quarter"]:
                op = (Fraction(1, 4), Fraction(0))
            elif m["double"]:
                op = (Fraction(2), Fraction(0))
            elif m["triple"]:
                op = (Fraction(3), Fraction(0))
            elif m["opposite"]:
                op = (Fraction(-1), Fraction(0))
            elif m["halve"]:
                op = (Fraction(1, 2) if m["halve"] == "halve" else Fraction(2), Fraction(0))
            elif m["out"]:
                if _named(m["who"] or m["who4"]):
                    op = (Fraction(1), Fraction(-1))
            elif k is not None and k > 0:
                if m["sign"]:
                    op = (Fraction(1), Fraction(k if m["sign"] == "plus" else -k))
                elif m["sym"]:
                    sym = m["sym"]
                    op = {"+": (Fraction(1), Fraction(k)), "-": (Fraction(1), Fraction(-k)),
                          "*": (Fraction(k), Fraction(0)), "x": (Fraction(k), Fraction(0))}.get(
                        sym, (Fraction(1, k), Fraction(0)))
                elif m["divide"]:
                    op = (Fraction(1, k), Fraction(0))
                elif m["multiply"]:
                    op = (Fraction(k), Fraction(0))
                elif m["minus"]:
                    op = (Fraction(1), Fraction(-k))
                elif m["add"]:
                    op = (Fraction(1), Fraction(k))
            if op:
                found.append(op)
        for m in list(_COUNTED_TWICE.finditer(part))[:MAX_SENTENCES]:
            if _NOT_DONE.search(part, max(0, m.start() - 30), m.start()):
                continue
            if m["twice"] and _named(m["who"] or m["who2"] or m["who5"]):
                found.append((Fraction(1), Fraction(-1)))
            elif m["forgot"] and _named(m["who3"]):
                found.append((Fraction(1), Fraction(1)))
    return list(dict.fromkeys(found))


def corrected(text: str) -> list[str]:
    """Statements of the right value told by how far a said value is from it (see the module)."""
    found: list[str] = []
    sentences = _sentences(text)
    for i, sentence in enumerate(sentences):
        said = _SAID.search(sentence)
        if not said or _NOT_TOLD.search(sentence):
            continue
        value = told_value(said["v"] or said["v2"] or said["v3"])
        if value is None:
            continue
        pair = sentence + (sentences[i + 1] if i + 1 < len(sentences) else "")
        rights: list[Fraction] = []
        if said["off"]:  # "the answer 2 is off by one", its direction told after
            k = number_value(said["off"])
            rest = pair[said.end() :]
            smaller, larger = _SMALLER.search(rest), _LARGER.search(rest)
            if k is None:
                continue
            if bool(smaller) == bool(larger):
                rights = [value - k, value + k]  # either way round (round 41)
            else:
                rights = [value - k if smaller else value + k]
        else:
            right = _corrected_value(value, sentence) or _corrected_value(value, pair)
            rights = [right] if right is not None else _by_only(value, pair[said.end() :])
        if not rights:  # an operation a correction names after the value (round 40)
            after = sentence[said.end() :] + (sentences[i + 1] if i + 1 < len(sentences) else "")
            rights = [value * factor + offset for factor, offset in correction_ops(after)]
        for right in rights:
            if right == value:
                continue
            shown = str(right.numerator) if right.denominator == 1 else f"{float(right):g}"
            found.append(f"la bonne reponse est {shown}.")
            if _B.search(pair):
                found.append(f"b = {shown}.")
            if _GCD.search(pair):
                found.append(f"le pgcd de ces deux nombres est {shown}.")
    return list(dict.fromkeys(found))[:8]


# -- characters named by their codes ----------------------------------------------------------------
_CODE_NUMBER = r"(?:0x[0-9a-f]{1,6}|\d{1,7})"
_CODE_LIST = rf"(?P<codes>{_CODE_NUMBER}(?:[ \t]*+(?:,|et|and|puis|then)[ \t]*+{_CODE_NUMBER}){{0,15}}+)"
_CHAR_CODE = re.compile(
    r"(?<![\w'])(?:(?:the|le|la|les|un|une|a)[ \t]++)?(?:characters?"
    r"|caracteres?|chars?|symboles?|symbols?|signes?|"
    r"lettres?|letters?|chiffres?|digits?)[ \t]++"
    r"(?:(?:whose|dont[ \t]++(?:le|les)|de|du|with|having|of"
    r"|avec[ \t]++(?:le|les)|ayant[ \t]++(?:le|les|pour))[ \t]++)?"
    r"(?:(?:ascii|unicode)[ \t]++)?(?:codes?[ \t]++points?"
    r"|points?[ \t]++de[ \t]++code|codes?|valeurs?|values?)"
    r"(?:[ \t]++(?:ascii|unicode|decimale?|decimal))?[ \t]*+(?:(?:is"
    r"|are|est|sont|vaut|valent|=|:|of)[ \t]*+)?" + _CODE_LIST + r"(?![\w.,]\d|\w)"
    r"|(?<![\w'])(?:(?:the|les|des)[ \t]++)?(?:codes?|code[ \t]++points?|points[ \t]++de[ \t]++code)[ \t]++"
    r"(?:ascii|unicode)[ \t]*+:?[ \t]*+"
    + _CODE_LIST.replace("(?P<codes>", "(?P<codes2>")
    + r"(?![\w.,]\d|\w)"
    r"|(?<![\w'])(?:(?P<poss>(?:the[ \t]++)?answer's"
    r"|its)[ \t]++)?(?:(?:the|les|des)[ \t]++)?(?:ascii|unicode)[ \t]++"
    r"(?:codes?[ \t]++points?|codes?)[ \t]*+(?:(?P<verb>is|est|=|vaut)[ \t]*+)?:?[ \t]*+"
    + _CODE_LIST.replace("(?P<codes>", "(?P<codes3>")
    + r"(?![\w.,]\d|\w)"
)
_IN_CODE = re.compile(
    r"(?<![\w'])(?:en|in)[ \t]++(?:ascii|unicode)[ \t]*+,?[ \t]*+(?P<verb>c'est"
    r"|it's|is|est|vaut|donne|gives|:)[ \t]*+"
    r"(?P<n>0x[0-9a-f]{1,6}|\d{1,7})(?![\w.,]\d|\w)"
)
_CODE_CUE = re.compile(r"\b(?:ascii|unicode)\b")
_CHR = re.compile(
    r"(?<![\w.])(?:chr|unichr|string\.fromcharcode|char)\([ \t]*+(?P<n>0x[0-9a-f]{1,6}|\d{1,7})[ \t]*+\)"
)
_U_PLUS = re.compile(
    r"(?<![\w'])(?:(?:the|le|la|un|une|a)[ \t]++)?(?:(?:character"
    r"|caractere|char|symbol|symbole|signe)[ \t]++)?"
    r"(?:u\+|\\u|\\x|&#x)(?P<h>[0-9a-f]{2,6})(?![0-9a-f])(?:;)?|&#(?P<d>\d{1,7});"
)
# "the answer is <codes>", "b s'écrit avec <codes>", "a écrit b avec <codes>": the value stated.
_WRITTEN_WITH = re.compile(
    r"(?<![\w'])(?:s'ecri(?:t|vent|ra)|se[ \t]++note|is[ \t]++written|are[ \t]++written|is[ \t]++spelled|"
    r"(?:a[ \t]++)?ecrit[ \t]++(?P<subj>[a-z])|wrote[ \t]++(?P<subj2>[a-z])|writes[ \t]++(?P<subj3>[a-z]))"
    r"[ \t]++(?:avec|with|as|en|using|par)[ \t]++\x02"
)


def _char(code: str) -> str | None:
    n = int(code, 16) if code.startswith("0x") else int(code)
    if not 32 <= n <= 0x10FFFF or 0xD800 <= n <= 0xDFFF:
        return None
    char = chr(n)
    return char if char.isprintable() else None


def char_codes(text: str) -> str:
    """``text`` (folded) with each character named by its code replaced by that character (see
    the module)."""
    text = text[:MAX_CHARS]

    def codes(match: re.Match[str]) -> str:
        run = match["codes"] or match["codes2"] or match["codes3"]
        if not (
            _CODE_CUE.search(match.group(0))
            or _CODE_CUE.search(text, max(0, match.start() - 120), match.start())
        ):
            return match.group(0)
        chars = [_char(c) for c in re.findall(_CODE_NUMBER, run)]
        if any(c is None for c in chars):
            return match.group(0)
        told = "".join(c for c in chars if c)
        return f"the answer is \x02{told}" if match["poss"] and match["verb"] else "\x02" + told

    def one(match: re.Match[str]) -> str:
        code = match["n"] if "n" in match.groupdict() else None
        if code is None:
            code = f"0x{match['h']}" if match["h"] else match["d"]
        char = _char(code)
        return "\x02" + char if char else match.group(0)

    out = text
    if "ascii" in out or "unicode" in out:
        out = _CHAR_CODE.sub(codes, out, count=50)
        out = _IN_CODE.sub(
            lambda m: f"{m['verb']} \x02{_char(m['n'])}" if _char(m["n"]) else m.group(0), out, count=50
        )
    if "(" in out:
        out = _CHR.sub(one, out, count=50)
    if "u+" in out or "\\" in out or "&#" in out:
        out = _U_PLUS.sub(one, out, count=50)
    if "\x02" not in out:
        return text
    out = _WRITTEN_WITH.sub(lambda m: f" {m['subj'] or m['subj2'] or m['subj3'] or ''} vaut \x02", out)
    return out.replace("\x02", " ")


def readings(text: str) -> list[str]:
    """The readings this module adds to ``text`` (folded): each told value stated after it, the
    codes replaced by their characters; none where nothing is told."""
    found = [f"{text}\n\n{fact}" for fact in (*group_counts(text), *corrected(text))]
    coded = char_codes(text)
    if coded != text:
        found.append(coded)
    return found
