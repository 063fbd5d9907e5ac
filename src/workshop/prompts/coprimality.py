"""The pair's coprimality told in another field's words (session 38, fix-helper coprime38).

Many notions hold exactly when two integers are coprime, and each is another way to tell the
verdict: 35 invertible modulo 64, 35 a generator of (ℤ/64ℤ, +), x ↦ 35x + 3 a valid affine
cipher on 64 symbols, e = 35 a valid RSA exponent for φ(n) = 64, 35/64 a node of the
Stern–Brocot or Calkin–Wilf tree or a term of the Farey sequence, the fraction or ratio 35/64
irreducible, the Frobenius ("Chicken McNugget") number of 35 and 64 existing, periods of 35 and
64 meeting again after their product, a star or spirograph with 64 branches, the Chinese
remainder theorem applying, their lcm equal to their product, an empty Venn intersection of
their prime factors, Python's ``Fraction(35, 64)`` keeping its terms, a hunting-tooth gear pair,
35ᵏ ≡ 1 (mod 64). A value only a coprime pair has tells it too: ab − a − b (the Frobenius
number, 2141), (a − 1)(b − 1)/2 (the amounts that cannot be paid, 1071), an inverse k with
a·k ≡ 1 (mod b), a difference b − a whose prime factors are said not to divide a.

The reader is driven by the task's data numbers (the pair), not by 35 and 64: a told sentence
(:func:`workshop.prompts.implied.told_sentences`: not asked, supposed or to compute) that names
both numbers of the pair and either one of these notions, in its positive form (the notion's
own words aside, no negation), or one of these values.

What is no claim: a question ("35 est-il inversible modulo 64 ?"), a supposition ("si 35/64
est irréductible…", "whether 35 generates ℤ/64ℤ"), an instruction ("Use Bézout…", "Calcule
l'inverse…"), a definition or an equivalence ("k engendre ℤ/nℤ exactement quand…", « dire que
35 est inversible modulo 64 revient à dire que… »), the notion on other numbers (the pair is not
named: "5 engendre ℤ/12ℤ"), the notion in passing ("I learned about RSA keys today"), a law
over the pair's gcd and lcm ("PGCD × PPCM = 35 × 64"), and the notion denied ("35/64 n'est
pas dans l'arbre", which tells another verdict, read elsewhere). Inputs are folded."""

from __future__ import annotations

import re

from workshop.prompts import instances
from workshop.prompts.implied import prime_factors, tagged, told_sentences
from workshop.prompts.text import fold, sentences

MAX_NUMBERS = 12
MAX_SENTENCES = 60

_INT = re.compile(r"(?<![\d.,])\d{1,9}(?![\d.,]\d|\d)")
_NOT = re.compile(
    r"\b(?:pas|not|ni|nor|jamais|never|aucune?|no|neither|none|nothing|rien|plus\s++jamais)\b|n't"
)
# an instruction, a definition, an equivalence or an alternative: no claim about the pair
_INSTRUCTION = re.compile(
    r"^\W*+(?:\w++\s*+:\s*+)?(?:calcule\w*|cherche\w*|trouve\w*|montre\w*|demontre\w*|prouve\w*|verifie\w*|"
    r"utilise\w*|applique\w*|explique\w*|determine\w*|dis|decide\w*|compute|calculate|find|show|prove|check|"
    r"use|apply|explain|determine|decide|tell|say|give|donne\w*|work\s++out)\b"
)
_GENERIC = re.compile(
    r"\b(?:deux\s++(?:entiers|nombres)|two\s++(?:integers|numbers)|n'importe|en\s++general|in\s++general|"
    r"any\s++(?:two\s++)?(?:integers?|numbers?|pair|[abkmn])|for\s++(?:all|every|each)\s++(?:integers?|numbers?|[abkmn])|"
    r"pour\s++tout|quel(?:le)?s?\s++que\s++soi\w*|par\s++definition|by\s++definition|iff|si\s++et\s++seulement|"
    r"if\s++and\s++only|exactement\s++(?:si|quand|lorsque)|(?:exactly|precisely|only)\s++(?:if|when)|"
    r"seulement\s++(?:si|quand|lorsque)|revient\s++a|reviennent\s++a|equivaut|equivalent\w*|amounts\s++to|means|"
    r"signifie|veut\s++dire|ou\s++non|ou\s++pas|or\s++not)\b"
)
# a condition on the pair's gcd: a law ("35 est inversible modulo 64 quand leur PGCD vaut 1")
_WHEN = re.compile(r"\b(?:quand|lorsque|lorsqu|when|whenever|des\s++que|as\s++soon\s++as|provided|pourvu)\b")
_COPRIME_WORD = re.compile(
    r"\b(?:premiers?\s++entre\s++eux|copremiers?|coprimes?|co-primes?|relatively\s++prime)\b"
)
_FAILED = re.compile(
    r"\b(?:wrong|faux|fausse|rate|ratee|failed|fails?|erreurs?|errors?|mistakes?|incorrecte?s?|invalide?s?|"
    r"broken|impossible|echou\w*|refus\w*|rejected|rejet\w*)\b"
)
_WITHOUT = re.compile(r"\b(?:sans|without)(?:\s++[a-z']++){1,3}")
# a question reported ("…, my friend asks"), not told
_REPORTED = re.compile(r"\b(?:asks?|asked|asking|wonders?|wondered|wondering|demande\w*|se\s++demande\w*)\b")
_GCD_WORD = re.compile(
    r"\b(?:pgcd|gcd|hcf|gcf|plus\s++grand\s++commun|greatest\s++common|highest\s++common)\b"
)

# -- notions told in words: (cue, context the sentence must hold too or None) ---------------------
# the pair written as a fraction or a ratio: "35/64", "64/35", "35:64"
_FRACTION_FORM = re.compile(r"(?<![\d.,])\d{1,9}\s*+[/:]\s*+\d{1,9}(?![\d.,]\d|\d)")
_MODULAR = r"\b(?:modulo|mod|congru\w*|residus|residues|classes?)\b|\bz/|\bz\d"
_VALID = (
    r"\b(?:valid\w*|valable\w*|accept\w*|legal\w*|legitim\w*|works?|worked|working|marche|marchait|"
    r"fonctionne\w*|convient|conviennent|autoris\w*|allowed|permis\w*|admissible|ok|okay|correcte?s?|"
    r"(?:se\s++)?dechiffr\w*|decrypt\w*|decipher\w*|reversible|invertible|inversible|bijecti\w*)\b|"
    r"\bsans\s++(?:aucun\s++)?(?:probleme|souci|erreur)|\bwithout\s++(?:any\s++|a\s++)?(?:problem|issue|error)"
)
_NOTIONS: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = [
    # an inverse modulo the other: "l'inverse de 35 modulo 64 existe", "35 is a unit mod 64"
    (
        re.compile(r"\b(?:inverse|inverses|inversible|invertible|reciproque|unite|unit)\b|\bpow\s*+\(\s*+\d++\s*+,\s*+-\s*+1\b"),
        re.compile(_MODULAR + r"|\bpow\s*+\("),
    ),
    # a generator of Z/nZ or a primitive root: "35 engendre le groupe (z/64z, +)"
    (
        re.compile(
            r"\b(?:engendr\w*|generates?|generated|generating|generee?s?|genere|generateurs?|generators?|"
            r"racines?\s++primitives?|primitive\s++roots?)\b"
        ),
        re.compile(r"\bz/|\bz\d|\b(?:groupe|group|groups|cycli\w*|modulo|mod|unite|unity)\b"),
    ),
    # an affine cipher or a bijection modulo the other, said to work
    (
        re.compile(r"\baffine\b"),
        re.compile(_VALID),
    ),
    (
        re.compile(r"\b(?:bijecti\w*|permute\w*|permutation|injecti\w*|surjecti\w*)\b"),
        re.compile(_MODULAR + r"|\b(?:alphabet|symboles|symbols|lettres|letters|caracteres|characters)\b"),
    ),
    # an RSA exponent or key said to be valid
    (re.compile(r"\brsa\b"), re.compile(_VALID)),
    # a node of the Stern-Brocot or Calkin-Wilf tree, a term of the Farey sequence
    (re.compile(r"\b(?:stern|brocot|farey|calkin|wilf)\b"), _FRACTION_FORM),
    # an irreducible fraction or ratio
    (
        re.compile(
            r"\b(?:irreductible\w*|irreducible|lowest\s++terms|simplest\s++form|fully\s++reduced|already\s++reduced|"
            r"deja\s++(?:simplifiee?s?|reduite?s?)|(?:can\s*+not|can't|won't|doesn't|does\s++not|cannot)\s++"
            r"(?:be\s++)?(?:simplif\w*|reduc\w*)(?:\s++(?:any\s++)?further)?|"
            r"(?:n'est\s++(?:pas|plus)|non|pas|plus)\s++simplifiable|insimplifiable|"
            r"ne\s++(?:se\s++)?(?:peut\s++)?(?:pas\s++|plus\s++)(?:etre\s++|se\s++)?simplifi\w*|"
            r"ne\s++se\s++simplifie\s++(?:pas|plus)|impossible\s++a\s++simplifier|rien\s++a\s++simplifier|"
            r"nothing\s++to\s++(?:simplify|cancel)|no\s++further\s++simplif\w*)"
        ),
        None,
    ),
    # the Frobenius number or the coin problem's answer said to exist
    (
        re.compile(r"\b(?:frobenius|mcnugget|mc\s++nugget|sylvester)\b"),
        re.compile(r"\b(?:exist\w*|fini|finite|defini|defined|well-defined|bien\s++defini)\b"),
    ),
    # the Chinese remainder theorem said to apply, Z/abZ isomorphic to the product
    (
        re.compile(r"\b(?:restes?\s++chinois|chinese\s++remainder|crt|sunzi)\b"),
        re.compile(
            r"\b(?:s'appliqu\w*|appliqu\w*|appl(?:y|ies|ied)|marche|works?|fonctionne\w*|valid\w*|valable|"
            r"holds?|garanti\w*|guarantee\w*)\b|\bz/"
        ),
    ),
    (re.compile(r"\bisomorph\w*|≅"), re.compile(r"\bz/|\bz\d")),
    # stepping round a circle through every point: "on avance de 35 en 35 : on passe par tous les points"
    # (a star or a spirograph with as many branches as one of the numbers: checked with its count below)
    (
        re.compile(
            r"\b(?:tous|toutes|all|every|chaque|each)\s++(?:(?:les|the|des|of\s++the|ses|its|their|leurs)\s++)?"
            r"(?:\d{1,9}\s++)?(?:points|sommets|vertices|cases|slots|positions|places|seats|chaises|sieges|"
            r"branches|dents|teeth|pointes|crans|notches|emplacements|spots|dots|pegs|clous|nails|trous|holes|"
            r"stations|arrets|stops|numeros|heures|hours|residus|residues|classes)\b"
        ),
        re.compile(
            r"\b(?:pass\w*|visit\w*|atteint|atteindre|reach\w*|touch\w*|parcour\w*|travers\w*|hits?|lands?|tomb\w*|"
            r"couvr\w*|cover\w*|dessin\w*|trac\w*|draws?|drawn|arriv\w*|explor\w*|goes\s++through|gets?\s++to)\b"
        ),
    ),
    # a hunting-tooth gear pair
    (re.compile(r"\b(?:dent\s++chasseuse|dents\s++chasseuses|hunting[\s-]++tooth)\b"), None),
    # a lattice point visible from the origin, a primitive vector
    (
        re.compile(r"\bvisible\b|\b(?:vecteur\s++primitif|primitive\s++vector)\b"),
        re.compile(r"\b(?:origine|origin|reseau|lattice|vecteur|vector)\b"),
    ),
    # an empty Venn intersection of their factors
    (
        re.compile(
            r"\b(?:venn|intersection|overlap|chevauchement|zone\s++commune|partie\s++commune)\b"
            r"[^.;!?]{0,60}?\b(?:vide|vides|empty|nothing|rien|aucune?|none|no\s++\w++|personne|nobody)\b"
            r"|\b(?:vide|vides|empty|nothing|rien|aucune?|none)\b[^.;!?]{0,40}?"
            r"\b(?:venn|intersection|overlap|chevauchement|milieu|middle)\b"
        ),
        None,
    ),
]

# an lcm equal to the product, in words or as an expression (no gcd in the sentence: that is a law)
_LCM = re.compile(
    r"\b(?:ppcm|lcm|plus\s++petit\s++(?:commun\s++multiple|multiple\s++commun)|least\s++common\s++multiple|"
    r"lowest\s++common\s++multiple)\b"
)
_PRODUCT_WORD = re.compile(r"\b(?:produit|product)\b")
# periods meeting again: "seen together in 2000 and next in 4240", "alignées de nouveau"
_MEETING = re.compile(
    r"\b(?:ensemble|together|simultan\w*|coincid\w*|align\w*|"
    r"rencontr\w*|meet|meets|met|meeting|retrouv\w*|synchron\w*|conjonction|conjunction|in\s++sync|"
    r"in\s++phase|en\s++phase)\b"
)
# a bound, not an equality: "le PPCM de 35 et 64 est au plus leur produit"
_COMPARED = re.compile(
    r"\b(?:inferieure?s?|superieure?s?|au\s++plus|au\s++moins|at\s++most|at\s++least|less|greater|smaller|"
    r"larger|bigger|plus\s++petite?s?|plus\s++grande?s?|divise\w*|divides?|multiples?)\b|[<>≤≥]"
)
_MULTIPLIED = re.compile(r"\bmultipli\w*\s++(?:ensemble|together)\b")
# a star with as many branches as one of the numbers: "une étoile à 64 branches"
_SHAPE = r"\b(?:etoiles?|stars?|spiro\w*|rosaces?|rosettes?)\b"
_TIPS = r"(?:branches|pointes|points|pointed|sommets|vertices|tips|spikes|rayons|lobes|petales|petals)\b"
_STAR = re.compile(
    rf"{_SHAPE}[^.;!?]{{0,40}}?(?<![\d.,])(?P<n>\d{{1,9}})(?:\s++|-){_TIPS}"
    rf"|(?<![\d.,])(?P<m>\d{{1,9}})(?:\s++|-){_TIPS}[^.;!?]{{0,20}}?{_SHAPE}"
)
# Python's Fraction(a, b) keeping its terms
_FRACTION = re.compile(r"\bfraction\s*+\(\s*+(?P<x>\d{1,9})\s*+,\s*+(?P<y>\d{1,9})\s*+\)")
_ATTRIBUTE = re.compile(
    r"(?<!\s)\s*+\.\s*+(?P<attr>denominator|numerator)\b[^\d\n]{0,30}?(?<![\d.,])(?P<v>\d{1,9})(?![\d.,]\d|\d)"
)
# a product or a power congruent to 1 modulo the other: "35^32 ≡ 1 (mod 64)", "35 * 11 ≡ 1 [64]"
_CONGRUENT_ONE = re.compile(
    r"(?<![\w.,])(?P<x>\d{1,9})\s*+(?P<op>\^|\*\*|\*)\s*+\(?\s*+(?P<k>\d{1,9}|[a-z\u03c6]{1,8}(?:\(\s*+\d{1,9}\s*+\))?)"
    r"\s*+\)?\s*+(?:≡|=|est\s++congrue?\s++a|is\s++congruent\s++to)\s*+1\s*+(?:\(\s*+)?(?:mod(?:ulo)?|\[)\s*+"
    r"(?P<m>\d{1,9})(?![\d.,]\d|\d)"
)
_DIVIDES = re.compile(
    r"\b(?:divisible|divise|divisent|divides|divide|multiple|facteur|factor|diviseur|divisor)"
)


def _denies(text: str) -> bool:
    """Whether a text denies or tells a failure ("it was wrong"), "sans problème" and "without an
    error" aside."""
    text = _WITHOUT.sub(" ", text)
    return _NOT.search(text) is not None or _FAILED.search(text) is not None


def _negated(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the sentence denies, the cue's own words aside ("cannot be simplified", "the
    overlap is empty" are the notion's words)."""
    return _denies(sentence[: cue.start()] + " " + sentence[cue.end() :])


def _notion(sentence: str) -> bool:
    for cue, context in _NOTIONS:
        for match in list(cue.finditer(sentence))[:5]:
            if (context is None or context.search(sentence)) and not _negated(sentence, match):
                return True
    return False


def _values(sentence: str, numbers: list[int], pair: tuple[int, int]) -> bool:
    """A value only the coprime pair has, told beside both numbers."""
    a, b = pair
    others = [n for n in numbers if n not in pair]
    frobenius, unpaid = a * b - a - b, (a - 1) * (b - 1) // 2
    if any(n in (frobenius, unpaid) and n > a + b for n in others):
        return True
    product = a * b
    times = re.compile(rf"(?<![\d.,])(?:{a}\s*+\*\s*+{b}|{b}\s*+\*\s*+{a})(?![\d.,]\d|\d)")
    said_product = (
        product in numbers or times.search(sentence) is not None or _PRODUCT_WORD.search(sentence) is not None
    ) and not _COMPARED.search(sentence)
    if _LCM.search(sentence) and said_product and not _GCD_WORD.search(sentence):
        return True
    meeting = _MEETING.search(_MULTIPLIED.sub(" ", sentence))
    if meeting and not _denies(sentence):
        if said_product or any(y - x == product for x in others for y in others):
            return True
    for star in list(_STAR.finditer(sentence))[:5]:
        if int(star["n"] or star["m"]) in pair and not _denies(sentence):
            return True
    for fraction in list(_FRACTION.finditer(sentence))[:5]:
        x, y = int(fraction["x"]), int(fraction["y"])
        if {x, y} != {a, b}:
            continue
        attribute = _ATTRIBUTE.match(sentence, fraction.end())
        if attribute and int(attribute["v"]) == (y if attribute["attr"] == "denominator" else x):
            return True
    for congruent in list(_CONGRUENT_ONE.finditer(sentence))[:5]:
        x, k, m = int(congruent["x"]), congruent["k"], int(congruent["m"])
        if congruent["op"] == "*":  # a product: an inverse of one number modulo the other
            if k.isdigit() and m in pair and (pair[0] if m == pair[1] else pair[1]) in (x, int(k)):
                if x * int(k) % m == 1:
                    return True
        elif {x, m} == {a, b} and (not k.isdigit() or int(k) >= 1):  # a power: x is a unit modulo m
            return True
    # an inverse's value: "l'inverse de 35 modulo 64 est 11"
    if re.search(r"\b(?:inverse|inverses|reciproque)\b", sentence):
        if any(n > 1 and (a * n % b == 1 or b * n % a == 1) for n in others):
            return True
    # a difference whose prime factors are said not to divide one of the pair: "64 - 35 = 29 est
    # premier et 29 ne divise pas 35" (every common divisor divides the difference)
    difference = abs(a - b)
    if difference > 1 and _DIVIDES.search(sentence) and _NOT.search(sentence):
        if prime_factors(difference) <= set(others):
            return True
    return False


# Round 48: a self-correction's interjection ("simplifie la fraction 35/64 ; ah non, elle est déjà
# irréductible", "simplify 35/64 - no wait, it can't be reduced") takes back the request before it,
# and denies nothing of what follows: read as a comma, the sentence (and its pair) read as told.
_SELF_CORRECTED = re.compile(
    r"(?:[;:.-][ \t]*+)?(?<![\w'])(?:(?:ah|oh|euh|heu|ben|bah|ah\s++ben|ah\s++bah|ah\s++mais|mais)\s++non|"
    r"no\s*+,?\s*+wait|oh\s++no|oh\s++wait)(?:\s*+[,!.-])++"
)


def told(text: str, pair: tuple[int, int]) -> bool:
    """Whether a told sentence of ``text`` (folded) names both numbers of ``pair`` and tells
    that they are coprime in another field's words (see the module)."""
    a, b = pair
    if a == b or min(pair) < 2:
        return False
    text = _SELF_CORRECTED.sub(", ", text)
    # a notion told in the clause that names the pair; a value told anywhere in the sentence, a
    # semicolon joining its clauses ("alignées en 1800 ; elles le seront de nouveau en 4040")
    for joined in (False, True):
        for sentence in told_sentences(text.replace(";", ",") if joined else text):
            numbers = _claim_numbers(sentence, pair)
            if numbers and (_values(sentence, numbers, pair) if joined else _notion(sentence)):
                return True
    return grouped(text, pair) or tabled(text, pair)  # round 40


def _claim_numbers(sentence: str, pair: tuple[int, int]) -> list[int]:
    """The numbers of a sentence that may tell about the pair: it names both and is no question,
    instruction, definition or law (see the module); otherwise none."""
    if "?" in sentence and not tagged(sentence):
        return []  # a question (a tag question tells: implied's reading)
    numbers = [int(n) for n in _INT.findall(sentence)[: MAX_NUMBERS * 4]]
    if pair[0] not in numbers or pair[1] not in numbers:
        return []
    if _INSTRUCTION.search(sentence) or _GENERIC.search(sentence) or _REPORTED.search(sentence):
        return []
    if _WHEN.search(sentence) and (_GCD_WORD.search(sentence) or _COPRIME_WORD.search(sentence)):
        return []
    return numbers


# -- round 40: equal groups only of one, a unit tiling, a diagonal through no grid corner ------------
# (fix-helper coprime40). Sharing both numbers' things into equal groups (teams, bouquets, packs,
# piles, square tiles of a 35 × 64 rectangle) where the only, the largest or the forced size is one
# tells that their largest common divisor is 1. A setting that opens "if we want to…" is the story's
# frame, not a supposition about the pair ("si on veut répartir 35 arbitres et 64 joueurs en équipes
# de même taille, la seule taille possible est une personne").
_PURPOSE = re.compile(
    r"\b(?:si|quand|lorsque|lorsqu|if|when|whenever)\s*+(?:on|l'on|je|j'|tu|nous|vous|you|we|i|one|they|they've)\s*+"
    r"(?:veu\w*|voul\w*|essai\w*|essay\w*|cherch\w*|tent\w*|trac\w*|dessin\w*|repart\w*|partag\w*|pav\w*|"
    r"carrel\w*|rang\w*|fai\w*|want\w*|tr(?:y|ies|ied)|attempt\w*|draw\w*|tile\w*|split\w*|mak\w*|shar\w*|"
    r"pack\w*|divid\w*|arrang\w*)\b"
)
_GROUPING = re.compile(
    r"\b(?:equipes?|groupes?|paquets?|lots?|sachets?|bouquets?|piles?|rangees?|colonnes?|tas|kits?|boites?|"
    r"portions?|teams?|groups?|packs?|packets?|bundles?|bags?|rows?|columns?|boxes|batches|"
    r"repart\w*|partag\w*|regroup\w*|split\w*|shar\w*|carres|carreaux|dalles?|squares?|tiles?|tiling|"
    r"pav\w*|carrel\w*)\b"
)
_SAME = re.compile(
    r"\b(?:(?:de\s++)?(?:la\s++)?meme\s++(?:taille|nombre|effectif|cote|composition)|identiques?|egale?s?|egaux|"
    r"(?:tous|toutes)\s++pareil\w*|sans\s++(?:aucun\s++)?(?:reste|decoupe|perte)|equal|equally|evenly|"
    r"(?:the\s++)?same\s++(?:size|number|side)|identical|(?:with\s++)?nothing\s++left(?:\s++over)?|"
    r"(?:with\s++)?no\s++(?:leftovers?|remainder|cutting)|without\s++(?:any\s++)?(?:leftovers?|remainder|cutting))\b"
)
_ONE = re.compile(
    r"\b(?:d'une\s++(?:seule\s++)?\w++|d'un\s++(?:seul\s++)?\w++|de\s++(?:1|un|une)\b|une\s++(?:seule\s++)?personne|"
    r"un\s++seul|une\s++seule|un\s++par\s++un|une\s++par\s++une|(?:of|with|has|have)\s++(?:one|1|a\s++single)|"
    r"single|solo|unit\s++squares?|carres?\s++unite|one\s++(?:person|each|by\s++one|member|player)|"
    r"(?:taille|size|cote|side)\s++(?:1|un|one)|(?:est|is|vaut|equals?|=)\s++(?:de\s++)?(?:1|un|une|one))\b"
    r"|(?<![\d.,])1\s*+[x×*]\s*+1(?![\d.,]\d|\d)"
)
_LIMIT = re.compile(
    r"\b(?:seule?s?|seulement|uniquement|only|exclusivement|(?:la|le|les)\s++plus\s++grande?s?|largest|biggest|"
    r"greatest|maximum|maximale?|must|il\s++faut|forcement|necessarily|ends?\s++up|have\s++to|has\s++to)\b|\bn(?:e\s|')[^.;!?]{0,40}?\bqu(?:e\b|')"
)
# the diagonal of the pair's rectangle on a grid, said to pass through no grid corner
_DIAGONAL = re.compile(r"\bdiagonale?s?\b")
_CORNER = re.compile(
    r"\b(?:coins?|corners?|noeuds?|nodes?|croisements?|intersections?|sommets?|lattice\s++points?|grid\s++points?|"
    r"points?\s++(?:du|de\s++la)\s++(?:quadrillage|grille|reseau)|points?\s++entiers?)\b"
)


_CLAUSE = re.compile(r"[,:;()]|\b(?:so|donc|puis|then|mais|but|alors|and\s++then|et\s++puis)\b")


def _limited_to_one(sentence: str) -> bool:
    """Whether a clause says the size is one and only one ("la seule taille possible est une
    personne", "they can only be unit squares"), the size's own words ("d'une seule personne")
    aside: "teams of one always work, so look for the largest" limits nothing."""
    for clause in _CLAUSE.split(sentence)[:40]:
        for one in list(_ONE.finditer(clause))[:5]:
            if _LIMIT.search(clause[: one.start()] + " " + clause[one.end() :]):
                return True
    return False


def _framed(sentence: str) -> str:
    """The sentence with its story frame ("si on veut répartir…", "if you want to split…") made a
    statement: the frame is the setting of a told fact, not a supposition about the pair."""
    return _PURPOSE.sub(lambda m: " " + m.group(0).split(None, 1)[1], sentence)


def grouped(text: str, pair: tuple[int, int]) -> bool:
    """Whether ``text`` tells that both numbers' things split into equal groups only of one (the
    only, largest or forced size), that only unit squares tile the pair's rectangle, or that its
    diagonal crosses no grid corner: their largest common divisor told as a sharing story."""
    a, b = pair
    if a == b or min(pair) < 2:
        return False
    for raw in sentences(fold(text))[:MAX_SENTENCES]:
        sentence = _framed(raw)
        if "?" in sentence or next(told_sentences(sentence), None) is None:
            continue  # a question, or a supposition once the frame is read
        numbers = _claim_numbers(sentence, pair)
        if not numbers:
            continue
        if _DIAGONAL.search(sentence) and _CORNER.search(sentence) and _NOT.search(sentence):
            if not _FAILED.search(sentence):
                return True
        if not (_GROUPING.search(sentence) and _limited_to_one(sentence)):
            continue
        same = _SAME.search(sentence)
        if same is None:
            continue
        if not _denies(sentence[: same.start()] + " " + sentence[same.end() :]):
            return True
    return False


# -- round 40: a divisor table filled in -------------------------------------------------------
# A table with a column per number of the pair ("divides 35", "divise 64", "35") and a row per
# divisor, every mark filled and right, whose rows cover every prime factor of one of the numbers
# and whose only divisor marked under both is 1, proves the verdict; so does a column listing every
# divisor of each number, or a column of the common divisors holding 1 alone. A table left to fill
# (a blank, "?", "…") is the model's work.
_YES = {"oui", "yes", "y", "o", "vrai", "true", "✓", "✔", "☑", "✅", "x", "v"}
_NO = {"non", "no", "n", "faux", "false", "✗", "✘", "×", "❌", "-", "—", "–", "/"}
_COMMON = re.compile(r"\b(?:communs?|commune?s?|common|shared|both|les\s++deux|partages?)\b")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _divisors(n: int) -> set[int]:
    return {d for d in range(1, min(n, 100_000) + 1) if n % d == 0} if n <= 100_000 else set()


def tabled(text: str, pair: tuple[int, int]) -> bool:
    """Whether a table of ``text`` fills in the pair's divisors so that 1 alone divides both."""
    a, b = pair
    if a == b or min(pair) < 2 or max(pair) > 100_000:
        return False
    tables: list[list[list[str]]] = []
    previous = False
    for line in fold(text).splitlines()[:400]:
        if line.count("|") >= 2:
            if not previous:
                tables.append([])
            if not re.fullmatch(r"[\s|:\-]*+", line):
                tables[-1].append(_cells(line))
            previous = True
        else:
            previous = False
    for table in tables[:10]:
        if len(table) >= 2 and _table_proves(table[0], table[1:40], pair):
            return True
    return False


def _table_proves(header: list[str], rows: list[list[str]], pair: tuple[int, int]) -> bool:
    a, b = pair
    columns: dict[int, int] = {}
    for i, cell in enumerate(header):
        named = {int(n) for n in _INT.findall(cell)}
        if len(named & set(pair)) == 1:
            columns.setdefault(next(iter(named & set(pair))), i)
    common = [i for i, cell in enumerate(header) if _COMMON.search(cell) and i not in columns.values()]
    full = {n: False for n in pair}
    for row in rows:
        for n, i in columns.items():
            if i < len(row):
                listed = {int(m) for m in _INT.findall(row[i])}
                if len(listed) > 1 and listed == _divisors(n):
                    full[n] = True
        for i in common:
            if i < len(row) and re.fullmatch(r"\{?\s*+1\s*+\}?(?:\s++(?:seulement|only|seul))?", row[i]):
                if len(columns) == 2:
                    return True
    if all(full.values()):
        return True
    if len(columns) != 2:
        return False
    marked: dict[int, tuple[bool, bool]] = {}
    for row in rows:
        first = _INT.fullmatch(row[0]) if row else None
        if first is None:
            continue
        d = int(first.group(0))
        marks = []
        for n in pair:
            i = columns[n]
            cell = row[i] if i < len(row) else ""
            if cell in _YES:
                marks.append(True)
            elif cell in _NO:
                marks.append(False)
            else:
                return False  # a table left to fill: no verdict
            if d < 1 or marks[-1] != (n % d == 0):
                return False  # a wrong mark: not a proof
        marked[d] = (marks[0], marks[1])
    if len(marked) < 2 or any(d > 1 and both == (True, True) for d, both in marked.items()):
        return False
    covered = [prime_factors(n) <= set(marked) for n in pair]
    return any(covered)


_DIVISIBILITY = re.compile(
    r"\b(?:divis\w*|divides?|diviseurs?|divisors?|facteurs?|factors?|multiples?)\b|^\s*+\d{1,9}\s*+$"
)


def marks_blanked(text: str) -> str:
    """``text`` with the yes/no marks of a divisor table's divisibility columns blanked (same
    length): each mark answers its cell's question ("does 5 divide 35?"), not the task's; a table
    that proves the verdict is read by :func:`tabled` on the text as written (round 40)."""
    if text.count("|") < 4:
        return text
    out: list[str] = []
    header: list[str] | None = None
    for line in text.split("\n"):
        if line.count("|") < 2:
            header = None
            out.append(line)
            continue
        if header is None:
            header = _cells(line)
            out.append(line)
            continue
        if re.fullmatch(r"[\s|:\-]*+", line):
            out.append(line)
            continue
        pieces = line.split("|")
        offset = 1 if line.lstrip().startswith("|") else 0
        for i, piece in enumerate(pieces):
            column = i - offset
            if 0 <= column < len(header) and _DIVISIBILITY.search(header[column]):
                if piece.strip() in _YES or piece.strip() in _NO:
                    pieces[i] = " " * len(piece)
        out.append("|".join(pieces))
    return "\n".join(out)


# Session 43 (fix-helper g43): a function's name that holds the verdict's words (``is_coprime(36, 64)``,
# ``sont_premiers_entre_eux(35, 64)``, ``coprime?(a, b)``, ``coprime_check(35, 64)``; folded, its
# underscores are blanks) names a test to run or to write, no verdict: the words glued to the call's
# parenthesis (or one code word after them) are blanked. The call's RESULT given ("is_coprime(35, 64) →
# True", "is_coprime returned False") is still read: by :mod:`workshop.prompts.observed` as the call's
# output, and a name with no parenthesis is left as it is.
_CALL_NAME = re.compile(
    r"(?<![\w-])(?:premiers?\s++entre\s++eux|copremiers?|coprimes?|co-primes?|relatively\s++prime|mutually\s++prime)"
    r"(?:\s(?:check|checker|test|tester|fn|func|function|predicate|pred|bool|p|q|helper|impl|verif|verifier|"
    r"teste|testeur|fonction|calc))?\??(?=\()"
)


# Fix-helper left52f: a field that names the task ({"task": "coprime check"}, {"tache": "premiers entre eux"},
# "name", "mode", "exercise"...) names what to do, no verdict: its value, a few words without a digit that
# neither assert nor deny ("are", "sont", "not", "oui", "true", "passed", "pair"...), is blanked. A type or a
# kind ({"type": "coprime"}) classifies the pair: still read. A field that gives the result
# ({"coprime": true}, {"result": "coprime"}) is another key and is still read.
_TASK_FIELD = re.compile(
    r"(?P<key>(?<![\w-])[\"']?(?:task|tache|taches|name|nom|title|titre|mode|operation|op|exercise|exercice|"
    r"job|action|check|test)[\"']?[ \t]*+:[ \t]*+)[\"'](?P<value>[^\"'\n\d]{1,40}+)[\"']",
    re.I,
)
_TELLS = re.compile(
    r"(?<![\w'])(?:are|is|sont|est|not|pas|non|no|yes|oui|true|false|vrai|faux|indeed|bien|donc|so|passed|passes|"
    r"pass|ok|okay|reussie?|valide|validee?|confirmed|confirmee?|verified|verifiee?|pairs?|paires?|couples?)(?![\w'])",
    re.I,
)


# Round 52 (r52f-coprime-en-todo-unticked: "[ ] coprime question (35 and 64)"): the verdict's words as the
# NAME of a piece of work (a to-do item, a worksheet's part, a calendar entry: "coprime question", "the
# 'coprime' exercise", « exercice premiers entre eux », « la question sur les nombres premiers entre eux »)
# name the task, no verdict: the name is blanked. A claim next to a box ("[x] 35 and 64 are coprime") names
# no piece of work and is still read.
_QUOTE = r"[\"'«»“”]"
_VERDICT_WORDS = (
    r"(?:coprimes?|co-primes?|coprimality|relatively[ \t]++prime|mutually[ \t]++prime|"
    r"premiers?[ \t]++entre[ \t]++eux|copremiers?)"
)
_TASK_NAME = re.compile(
    rf"(?<![\w-])(?:{_QUOTE}[ \t]*+)?{_VERDICT_WORDS}(?:[ \t]*+{_QUOTE})?[ \t]++"
    r"(?:questions?|exercises?|tasks?|problems?|homework|items?|worksheets?|sheets?|parts?|sections?|quiz)(?![\w-])"
    r"|(?<![\w-])(?:questions?|exercices?|exos?|problemes?|devoirs?|parties|partie|taches?|fiches?)[ \t]++"
    r"(?:(?:sur|des|de|du)[ \t]++)?(?:(?:les|la)[ \t]++)?(?:nombres[ \t]++)?"
    rf"(?:{_QUOTE}[ \t]*+)?{_VERDICT_WORDS}(?:[ \t]*+{_QUOTE})?(?![\w-])"
)


# Fix-helper r55fix (round 55's r55f-coprime-en-quizlet-definition-card, "Term: coprime; Definition: two
# numbers whose gcd is 1"): a study card's or a glossary's term field (« Terme : », "Word:", "Notion:",
# « Recto : », "Front:") whose value is the verdict's words alone names the notion to define, no verdict
# for the pair: the value is blanked. "Front: 35 and 64 are coprime" holds more than the words, and a card
# that names a pair after it ("Example: 35 and 64") gives an instance: both read.
_TERM_FIELD = re.compile(
    r"(?P<key>(?<![\w-])(?:terms?|termes?|mots?|words?|notions?|concepts?|vocabulary|vocabulaire|keywords?|"
    r"mots?-cles?|headword|entry|entree|recto|front|face[ \t]++avant)[ \t]*+:[ \t]*+)"
    rf"(?P<value>(?:{_QUOTE}[ \t]*+)?{_VERDICT_WORDS}(?:[ \t]*+{_QUOTE})?)(?=[ \t]*+(?:[;.,)\n]|$))"
    # the card's definition field after it ("; Definition: the gcd is 1", « Verso : PGCD = 1 »)
    r"(?:[ \t]*+[;.,]?[ \t\n]*+(?:definitions?|def|verso|back|dos|meaning|sens|signification)[ \t]*+:"
    r"(?P<definition>[^.;\n]{0,120}+))?"
)

# the term as a glossary's key (« Fiche de révision — premiers entre eux : PGCD = 1 », "Glossary — coprime:
# having gcd 1"): the key and its definition, one that says a verdict word or names a pair aside
_GLOSSARY_KEY = re.compile(
    r"(?P<key>(?<![\w-])(?:glossary|glossaire|lexique|fiche(?:[ \t]++de[ \t]++revision)?|revision|rappel|"
    r"reminder|"
    r"memo|flashcard|vocabulary|vocabulaire|definitions?|cheat[ \t]++sheet|antiseche)[ \t]*+[-—–:][ \t]*+)"
    rf"(?P<value>{_VERDICT_WORDS}[ \t]*+:(?P<definition>[^.;\n]{{0,120}}+))"
)


# round 57 (fix-helper fix57): a glossary's entry with no glossary key, opening its sentence (« Premiers entre
# eux : dont le PGCD vaut 1 », "Coprime: two integers whose gcd is 1"): a definition that opens like one
_DEFINITION_ENTRY = re.compile(
    r"(?P<key>(?:^|(?<=[.!?\n—–]))[ \t]*+)"
    rf"(?P<value>{_VERDICT_WORDS}[ \t]*+:(?P<definition>[ \t]*+(?:dont|whose|having|ayant|se[ \t]++dit|"
    r"said[ \t]++of|deux|two|des|any|tout|toute|tous|lorsque|quand|when|if|si|nombres|entiers|numbers|"
    r"integers|se[ \t]++disent)\b[^.;\n]{0,120}+))",
    re.M,
)


_SAYS = re.compile(r"(?<![\w'])(?:oui|non|yes|no|true|false|vrai|faux)(?![\w'])")


def _term_blanked(m: re.Match[str]) -> str:
    """The term field's value blanked, unless the card names a pair after it ("Example: 35 and 64"): up
    to its line's end or its first question, the question's own sentence left out."""
    back = min(12, m.end() - m.start())  # a locator's numbers are no pair's ("(manuel, p. 312)", round 57)
    after = instances.locators_blanked(m.string[m.end() - back : m.end() + 400])[back:]
    after = re.split(r"[\n?]", after, maxsplit=1)[0]
    card = after[: max(after.rfind("."), after.rfind(";"), 0)]
    if re.search(r"\d\d", card):
        return m.group(0)
    definition = instances.locators_blanked(m.groupdict().get("definition") or "")
    if re.search(r"\d\d", definition) or _SAYS.search(definition):
        return m.group(0)  # "Glossary — coprime: yes", « premiers entre eux : 35 et 64 »: read
    return m["key"] + " " * (len(m.group(0)) - len(m["key"]))


# Round 91 (fix91, r91f-co-tags-line-with-value: "Tags: arithmetic, coprime, gcd"): a tags, topics or
# categories line lists what the exercise is about, and the verdict's words as one of its items name the
# notion, no verdict for the pair: each such item is blanked. An item with more ("gcd=1", "coprime: yes",
# "not coprime", "35 and 64 coprime") stays read.
_TOPIC_LIST = re.compile(
    r"(?<![\w-])#?(?:tags?|hashtags?|topics?|themes?|theme|sujets?|subjects?|categories|categorie|category|"
    r"keywords?|mots?[ -]cles?|domaines?|chapitres?|chapters?|notions?)[ \t]*+:(?P<items>[^\n]{1,200}+)"
)
_TOPIC_ITEM = re.compile(
    rf"(?:(?<=:)|(?<=[,;/|]))(?P<item>[ \t]*+#?(?:{_QUOTE}[ \t]*+)?{_VERDICT_WORDS}"
    rf"(?:[ \t]*+{_QUOTE})?[ \t]*+)"
    r"(?=[,;/|.]|$)"
)


# Session 53 (mend53): a list named as the answer's ("Expected answer tags: coprime", "Verdict tag:",
# « Étiquette de la réponse : ») is no topics line: its items are read.
_ANSWER_TAGS = re.compile(
    r"(?<![\w-])(?:expected|answers?|verdicts?|results?|reponses?|attendue?s?|solutions?|corrects?|outputs?|"
    r"sorties?|conclusions?|finale?s?|(?:labels?|etiquettes?)[ \t]++"
    r"(?:de[ \t]++la[ \t]++reponse|du[ \t]++verdict|of[ \t]++the[ \t]++answer))[ \t_-]*+$"
)


def _topics_blanked(m: re.Match[str]) -> str:
    """A topic list's items that are the verdict's words alone, blanked (same length)."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if _ANSWER_TAGS.search(m.string, max(line_start, m.start() - 40), m.start()):
        return m.group(0)
    return _TOPIC_ITEM.sub(lambda i: " " * len(i.group(0)), m.group(0))


# Session 54 (fix94): a title or a subject that names the notion (« diapo 7 intitulée « Nombres premiers entre
# eux » », "my slide 7 is about coprime numbers", 'chapter 3, titled "Coprime integers"') is the topic, no
# verdict: the title (the verdict's words, with "numbers"/« nombres » or an article at most) is blanked. A
# title that says more ("« 35 et 64 sont premiers entre eux »", "Coprime: yes") is read.
_TITLE_TOPIC = re.compile(
    r"(?<![\w-])(?:intitulee?s?|titled|entitled|called|named|nommee?s?|appelee?s?|titre|title|heading"
    r"|about|concerning|parle[ \t]++(?:des|de|du)|porte[ \t]++sur|traite[ \t]++(?:des|de|du)"
    r"|(?:sur|on)(?=[ \t]++(?:les|des|the|nombres|numbers|integers|entiers)[ \t]))"
    r"[ \t]*+:?[ \t]*+(?P<title>(?:" + _QUOTE + r"[ \t]*+)?(?:(?:les|des|the|nombres|numbers|integers"
    r"|entiers)[ \t]++){0,2}" + _VERDICT_WORDS + r"(?:[ \t]++(?:numbers|integers|nombres|entiers))?+"
    r"(?:[ \t]*+" + _QUOTE + r")?)(?=[ \t]*+(?:[,.;:!?)\n]|$))"
)


def _title_blanked(m: re.Match[str]) -> str:
    return m.group(0)[: m.start("title") - m.start()] + " " * len(m["title"])


def terms_blanked(text: str) -> str:
    """``text`` (folded) with each study card's term field and each glossary's entry for the verdict's
    words blanked (:data:`_TERM_FIELD`, :data:`_GLOSSARY_KEY`): a notion defined, no verdict and no gcd."""
    text = _GLOSSARY_KEY.sub(_term_blanked, _TERM_FIELD.sub(_term_blanked, text))
    text = _TOPIC_LIST.sub(_topics_blanked, text)  # round 91
    text = _TITLE_TOPIC.sub(_title_blanked, text)  # session 54
    return _DEFINITION_ENTRY.sub(_term_blanked, text)


def call_names_blanked(text: str) -> str:
    """``text`` (folded) with each call name that holds the verdict's words blanked (same length),
    and each task field's value (see :data:`_TASK_FIELD`) and each name of a piece of work that
    holds them (round 52, see :data:`_TASK_NAME`), and a study card's term field's (:data:`_TERM_FIELD`)."""
    text = _CALL_NAME.sub(lambda m: " " * len(m.group(0)), text)
    text = _TASK_NAME.sub(lambda m: " " * len(m.group(0)), text)
    text = terms_blanked(text)
    return _TASK_FIELD.sub(
        lambda m: m.group(0)
        if _TELLS.search(m["value"])
        else m["key"] + " " * (len(m.group(0)) - len(m["key"])),
        text,
    )
