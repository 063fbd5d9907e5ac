"""The final answer of a text, fail-closed, for a task whose answer is a number, a line or
a yes/no.

The reader collects EVERY statement of the text that gives a value for the asked
quantity, wherever it stands (a label, a "donc" conclusion, a correction, a joke, a
quoted line), and leaves out values not asserted of the task (:func:`asserted`: a
condition, a rule about numbers in general), restatements of the task's data ("chaque
frère a 2 sœurs", "les frères ont 2 sœurs"), values said of other things than the task's
(another pair of numbers, "PGCD(35, 36) = 1"; another person's count, "Paul a 2 sœurs")
and values that are not statements of the quantity (a count of other things, a list
index, a step of arithmetic, "the two sisters" referring back). The answer
is right only when:
1. at least one statement outside a block quote (``> ...``) gives the value: quoted text
   is someone else's words, it can contradict an answer, never make one;
2. every statement that is not negated gives the same value ("1 ou 2", "y = 4x + 10 ou
   y = 4x − 10", "Oui. ... en réalité, non" have none);
3. no statement negates that value ("n'a pas une seule sœur"); a negated OTHER value is a
   rejection and agrees ("une sœur (et non deux)", "gcd 7, not 1" says 7);
4. no hedge (:data:`HEDGES`, a documented list) stands in a sentence that gives a value,
   or alone in the sentence right after one ("1 sœur. Ou pas.").

What a statement is depends on the kind:
- ``number`` with ``unit``: a count of the unit ("une seule sœur", "1 sister", "aucune
  sœur"), or a bare number that counts nothing else ("Réponse : une seule.", "Je plaisante
  : 2"); not a list index, a step number, a partitive ("one of"), a count after "the" or
  "les" (a reference), an article after a copula ("Caroline est une sœur"), an operand;
- ``number`` with ``about``: the value given for the named quantity ("PGCD(35 ; 64) = 1",
  "est de −10", "a y-intercept of −10", "b = 10 − 20 = −10"), with every alternative
  written after it ("= 1 ou 5", "−10 ou +10");
- ``line``: every equation of a line in x and y (``y=4x-10``, ``y − 10 = 4(x − 5)``);
- ``yes-no``: a yes/no word standing as an answer ("Oui,", "the answer is yes", "en
  réalité, non") and every assertion of the predicate about the task's numbers ("ils ne
  sont pas premiers entre eux", "they're not"); definitions ("deux nombres sont premiers
  entre eux si...") and questions are not statements.
A value is negated by a negation before it in its clause ("pas", "not", "et non"), by a
rejection word in its clause ("faux", "wrong", "piège"), or by a frame ("on pourrait
penser", "it is tempting") that the same sentence then contradicts ("mais", "but").

The same reader finds a dictated answer in a prompt (:func:`stated`): the prompt minus the
task's data, every value the answer reader would accept, except choices offered ("oui ou
non") and values not asserted of the task (:func:`asserted`: a condition, a rule about
numbers in general)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction

from workshop.prompts import (
    arith,
    branched,
    checklist,
    corrected,
    doubted,
    instances,
    irony,
    keyed,
    numroles,
    numwords,
    revised,
    unsettled,
)
from workshop.prompts.text import (
    COMPARISON_SIGN,
    CONFIRM_TAG,
    FOREIGN_TAGS,
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    TAG_QUESTION,
    copied_cache,
    fold,
    past_blanks,
    term_pattern,
    without_citations,
    words,
)

Value = Fraction | tuple[Fraction, Fraction] | str

HEDGES = (
    "au moins", "at least", "au plus", "at most", "environ", "approximately", "approximativement",
    "roughly", "peut-etre", "peut etre", "maybe", "perhaps", "probably", "probablement", "possibly",
    "possiblement", "sans doute", "either", "plus ou moins", "more or less", "depending", "depend",
    "depends", "ou plus", "or more", "ou moins", "or less", "voire", "a peu pres", "a priori",
    "sauf erreur", "unless", "a moins que", "a moins qu", "sauf si", "except if", "ou pas", "or not",
    "ou non", "je pense", "je crois", "i think", "i believe", "i guess", "il me semble", "it seems",
    "il semble", "likely", "vraisemblablement", "presumably", "supposedly", "not sure", "pas sur",
    "pas certain", "not certain", "si je ne me trompe", "if i'm not mistaken", "if i am not mistaken",
    "selon les cas", "selon le cas", "selon le sens", "selon comment", "en gros", "grosso modo",
    "ou bien", "or else", "i suppose", "je suppose",
    # a value given with a reservation (round 8): "oui (sous réserve de vérification)", "# à vérifier"
    "sous reserve", "sous toute reserve", "sous toutes reserves", "a verifier", "a confirmer",
    "a revoir", "to be checked", "to be confirmed", "to be verified", "subject to", "tbc", "unverified",
    "non verifie", "pending verification",
    # a value given as likely, or with a low confidence (round 9: a "Certitude" cell
    # "probable", "certitude": "faible", "(confiance : moyenne)")
    "probable", "improbable", "peu probable", "incertain", "incertaine", "uncertain", "unsure",
    "douteux", "douteuse", "doubtful", "plausible", "a la louche", "au pif", "a vue de nez",
    "ballpark", "give or take",
    # a possibility said by a denial denied (round 11: "il n'est pas exclu que ...", "not
    # impossible"): it allows, it does not assert ("il n'est pas faux que" does, `_DENIAL`)
    "pas exclu", "pas exclue", "pas exclus", "pas a exclure", "pas exclure", "n'exclut pas",
    "pas impossible", "not impossible", "not excluded", "not ruled out", "can't rule out",
    "cannot rule out", "can't be ruled out", "cannot be ruled out", "il se peut", "il est possible",
    "it is possible", "it's possible", "possible que",
    # a verdict said to hold as a rule, in theory, on average or as a bet (round 22a:
    # "normalement oui", "en principe premiers entre eux", "(sans garantie)", "en moyenne, 1
    # sœur", "je parierais sur 1 sœur"): what usually holds, not what holds here
    "normalement", "normally", "en principe", "in principle", "en theorie", "in theory",
    "theoriquement", "theoretically", "sans garantie", "no guarantee", "without guarantee",
    "not guaranteed", "pas garanti", "en moyenne", "on average", "je parierais", "je parie", "je miserais",
    "arrondi", "arrondie", "arrondis", "en arrondissant", "rounded", "rounding", "tronque", "truncated",
    "i'd bet", "i would bet", "i bet", "i'd wager", "i would wager",
)  # fmt: skip
# A hedge is about the answer's value, not any phrase that holds its words (round 18a): "ou
# plus" and "or more" compare when a word they modify follows ("plus jeune ou plus âgée",
# "ou plus simplement", "or more precisely": an adverb in -ment or -ly, an adjective of age
# or size), and "peut être" without its hyphen is the verb pouvoir when a comparison or a
# possessive follows ("elle peut être son aînée", "peut être plus âgée"); "peut être une
# sœur", "1 sœur ou plus" and "2 or more" still hedge.
_COMPARED = (
    r"[ ]++(?:[a-z]{1,30}?(?:ment|ly)|jeunes?|vieux|vieilles?|agee?s?|ainee?s?|grande?s?|petite?s?|"
    r"older|younger|bigger|smaller|exact|exacte|precise?|simple|clair|clairement)\b"
)
_VERB_POUVOIR = r"[ ]++(?:plus|moins|aussi|son|sa|ses|leur|leurs|mon|ma|mes|notre|votre)\b"
_NOT_A_HEDGE_AFTER = {
    "ou plus": _COMPARED, "ou moins": _COMPARED, "or more": _COMPARED, "or less": _COMPARED,
    "peut etre": _VERB_POUVOIR,
}  # fmt: skip
# A doubt the writer casts on the value (round 23a), by the structure rather than a list of
# idioms: a certainty said to be missing or the least of all ("rien n'est moins sûr",
# "nothing is less certain", "loin d'être sûr", "far from certain", "rien ne permet de
# l'affirmer"), a commitment refused ("je n'en mettrais pas ma main au feu", "je ne le
# jurerais pas", "I wouldn't bet on it", "don't quote me", "ne me citez pas"), a value never
# checked ("je ne l'ai pas vérifié", "not verified") or to be taken with care ("à prendre avec
# des pincettes", "with a grain of salt").
_DOUBT = (
    r"(?:rien|nothing)[ \t]++(?:n'est[ \t]++|is[ \t]++)?(?:moins|less)[ \t]++"
    r"(?:sur|sure|certain|certaine|evident|acquis)"
    r"|(?:loin|far)[ \t]++(?:d'etre|de|from)[ \t]++(?:being[ \t]++)?"
    r"(?:sur|sure|certain|certaine|acquis|garanti|"
    r"guaranteed|settled|established|evident|clear|prouve|proven|demontre)"
    r"|rien[ \t]++ne[ \t]++(?:permet|prouve|garantit|dit|assure)[ \t]++(?:de[ \t]++|d')?(?:l'|le[ \t]++)?"
    r"(?:affirmer|dire|conclure|trancher|garantir|assurer|certifier|que)"
    r"|nothing[ \t]++(?:proves|guarantees|confirms|shows)"
    r"|pas[ \t]++(?:ma|la|sa|notre)[ \t]++main[ \t]++au[ \t]++feu"
    r"|(?:wouldn't|would[ \t]++not|won't)[ \t]++put[ \t]++my[ \t]++hand[ \t]++in[ \t]++the[ \t]++fire"
    r"|(?:ne|n')[ \t]*+(?:le[ \t]++|l'|en[ \t]++|y[ \t]++)?"
    r"(?:jurerais|parierais|garantirais|affirmerais|certifierais|"
    r"miserais|jure|garantis|certifie)[ \t]++(?:pas|rien)"
    r"|(?:wouldn't|would[ \t]++not|won't|will[ \t]++not|can't|cannot|don't|do[ \t]++not)[ \t]++"
    r"(?:(?:really|necessarily|actually)[ \t]++)?(?:bet|swear|vouch|guarantee|stake|quote[ \t]++me)"
    r"|ne[ \t]++me[ \t]++citez[ \t]++pas|ne[ \t]++me[ \t]++cite[ \t]++pas"
    r"|(?:pas|not|never|jamais)[ \t]++(?:(?:ete|been|encore|yet|vraiment|really)[ \t]++){0,2}"
    r"(?:verifie|verifiee|reverifie|checked|verified|double-checked|confirme|confirmee|confirmed)"
    r"|avec[ \t]++des[ \t]++pincettes|(?:grain|pinch)[ \t]++of[ \t]++salt"
    r"|with[ \t]++(?:all[ \t]++due[ \t]++|some[ \t]++|certain[ \t]++)?reservations?"
)
HEDGE_WORDS = (
    "|".join(
        re.escape(h) + (f"(?!{_NOT_A_HEDGE_AFTER[h]})" if h in _NOT_A_HEDGE_AFTER else "") for h in HEDGES
    )
    + "|"
    + _DOUBT
)
_HEDGE_WORDS = HEDGE_WORDS
# A value given within a margin (round 12): "à une près", "à 1 sœur près", "give or take
# one", "within one", "off by one at most".
_MARGIN = (
    r"a\s++(?:un|une|\d++|deux|trois|quelques?|a\s++few)(?:\s++[a-z]++)?\s++pres"
    r"|within\s++(?:one|\d++)\b|plus\s++or\s++minus"
)
# A value given as provisional (round 21a): a clause that holds it only until something else
# is known ("jusqu'à preuve du contraire", "jusqu'à nouvel ordre", "until proven otherwise",
# "until further notice", "sauf preuve contraire"), or only as far as the writer knows ("à ma
# connaissance", "as far as I know", "to my knowledge", "pour autant que je sache", "que je
# sache"): the verdict is left open.
_PROVISIONAL = (
    r"(?:jusqu'a|jusqu'au|until|till|pending)\s++(?:preuve|proof|evidence|demonstration|nouvel|nouvelle|"
    r"nouveaux|nouvelles|plus\s++ample|autre\s++chose|contre-ordre|contrordre|proven|shown|told|further|"
    r"disproven|refuted|confirmed|verified|otherwise)"
    r"|(?:sauf|barring|absent|faute\s++de)\s++(?:preuve|proof|evidence|indication)\s++(?:du\s++)?contraire"
    r"|(?:proof|evidence)\s++to\s++the\s++contrary"
    r"|(?:a|selon)\s++(?:ma|notre)\s++connaissance|(?:to|from)\s++(?:the\s++best\s++of\s++)?(?:my|our)\s++knowledge"
    r"|as\s++far\s++as\s++(?:i|we)\s++(?:know|can\s++tell|can\s++see|am\s++aware|understand)"
    r"|(?:pour\s++autant\s++)?que\s++je\s++sache|(?:d'apres|selon|de)\s++ce\s++que\s++je\s++(?:sais|vois|comprends)"
    r"|for\s++all\s++i\s++know|from\s++what\s++i\s++(?:know|can\s++tell|understand)"
)
# A count that leaves the rest open (round 21a): a clause that says nothing is known of the
# others ("pour les éventuelles autres, l'énoncé ne dit rien", "on ne sait rien des autres",
# "any others are unknown") makes the count a part, not the answer.
_REST_OPEN = (
    r"(?:les|des|d'|the|any|de)\s*+(?:eventuelles?\s++|possibles?\s++|other\s++)?"
    r"(?:autres|others|other\s++(?:ones|sisters|girls)|reste|rest)\b[^.;\n]{0,80}?"
    r"\b(?:ne\s++(?:le\s++|les\s++|en\s++)?dit\s++(?:rien|pas)|ne\s++(?:le\s++|les\s++)?precise\s++pas"
    r"|on\s++ne\s++(?:le\s++|les\s++|en\s++)?sait|inconnue?s?|unknown|says\s++nothing|(?:doesn't|does\s++not)\s++say"
    r"|not\s++(?:known|said|stated)|(?:can't|cannot)\s++(?:say|tell|know)|impossible\s++(?:a|de)\s++(?:dire|savoir)"
    r"|aucune\s++idee|no\s++idea|rien\s++n'est\s++dit|nothing\s++is\s++(?:said|known))"
    r"|(?:ne\s++dit\s++rien|ne\s++sait\s++rien|rien\s++n'est\s++dit|nothing\s++is\s++(?:said|known)"
    r"|says\s++nothing)\s++(?:de\s++|d'|des\s++|sur\s++|about\s++|of\s++)(?:les\s++|the\s++)?"
    r"(?:eventuelles?\s++|possibles?\s++)?(?:autres|others|other)"
)
# ... and so does a restrictive qualifier that selects some of them by where or how they
# still are ("1 sœur qui vit encore à la maison", "1 sister who still lives at home"); with a
# comma ("1 sœur, qui vit à Lyon") it is a remark about the one sister.
_SUBSET = (
    r"(?:soeurs?|sisters?)[ \t]++(?:qui|that|who)[ \t]++(?:[a-z']++[ \t]++){0,2}?"
    r"(?:vit|vivent|habite|habitent|reste|restent|lives?|stays?|encore|still|toujours|actuellement|currently)"
)
# ... and a verdict given as odds or only as far as one wishes to call it so (round 22a: "à 3
# contre 1", "3 to 1 odds", "oui, si l'on veut", "if you like"): "si l'on veut vérifier"
# (a verb follows) is a step of the working, read as ever.
_ODDS = (
    r"a\s++(?:\d++|un|une|deux|trois|quatre|cinq|dix|cent)\s++contre\s++(?:\d++|un|une|deux|trois|quatre|cinq|dix)"
    r"|\d++\s++(?:to|-)\s++\d++\s++odds|odds\s++(?:of|are)\b"
    r"|(?:si\s++l'on|si\s++on|if\s++you|if\s++one)\s++(?:veut|le\s++veut|like|will|wish|prefer|prefere)(?=\s*+[-,.;:!?)»\"]|\s*+$)"
)
# A value given as approximate or rounded (round 25a: "y = 4x − 10 (valeurs arrondies à la
# dizaine près)", "b = env. −10", "approx.", "about −10", "b ≃ −10"): what is close to the
# answer is not the answer. Every form of "arrondir" and "round", a precision "à la dizaine
# près", "to the nearest ten", an approximation named ("valeur approchée", "ordre de grandeur"),
# and the words that only approximate before a value ("about", "around", "presque", "nearly",
# "autour de": "a question about the gcd" is none, a value must follow).
_APPROX_VALUE = (
    rf"(?=[ \t]*+[=:]?[ \t]*+(?:[-+−][ \t]*+)?(?:\d|(?:{NUMBER_WORD_RE})(?![\w-])))"
    r"(?![ \t]*+\d++[ \t]*+(?:et|and|&|,)[ \t]*+\d)"  # "a word about 35 and 64": the pair, no value
)
_APPROXIMATE = (
    r"arrondi[a-z]*+|arrondir|round(?:ed|ing)?[ \t]++(?:up|down|off|to)|rounded|approx(?:\.|imat[a-z]*+)?"
    r"|appr\.|env\.?|circa|approchees?|(?:valeur|resultat|calcul)s?[ \t]++approches?|approximations?"
    r"|a[ \t]++(?:la|l')[ \t]*+(?:dizaine|centaine|unite|douzaine|demi-unite|decimale|virgule|minute|annee)"
    r"[ \t]++pres|au[ \t]++(?:dixieme|centieme|millieme|chiffre)[ \t]++pres"
    r"|a[ \t]++peu[ \t]++de[ \t]++choses?[ \t]++pres"
    r"|a[ \t]++quelque[ \t]++chose[ \t]++pres|to[ \t]++the[ \t]++nearest|ordre[ \t]++de[ \t]++grandeur"
    r"|de[ \t]++l'ordre[ \t]++de|(?:on|of)[ \t]++the[ \t]++order[ \t]++of"
    r"|in[ \t]++the[ \t]++(?:region|ballpark|vicinity)[ \t]++of"
    r"|aux[ \t]++alentours[ \t]++de|avoisin[a-z]*+|or[ \t]++so|ou[ \t]++a[ \t]++peu[ \t]++pres"
    r"|estimee?s?|estimated|estimate"
    r"|(?:presque|quasi|quasiment|pratiquement|nearly|almost|about|around|autour[ \t]++de|proche[ \t]++de|"
    r"close[ \t]++to|voisine?[ \t]++de|some)" + _APPROX_VALUE
)
# A value given on a condition it leaves open, or beside a check it says it has not done (round 84:
# "yes, provided 7 does not divide 64 (I have not checked)", « oui, pourvu que 7 ne divise pas 64 »,
# « à condition que », « sous réserve que », « je n'ai pas vérifié », "unchecked", "not verified").
_UNCHECKED = (
    r"(?:provided(?:[ \t]++that)?|providing[ \t]++that|pourvu[ \t]++qu(?:e|')"
    r"|a[ \t]++condition[ \t]++qu(?:e|')|sous[ \t]++reserve[ \t]++qu(?:e|'))"
    # ... not a definition's condition ("coprime provided their gcd is 1", « à condition que leur PGCD
    # soit 1 », "provided we use the usual definition": mend51).
    r"(?![ \t]*+(?:that[ \t]++)?(?:their|leurs?|(?:we|on|nous|one)[ \t]++(?:use|utilis|pren|take|adopt)"
    r"|(?:the|la|l')[ \t]*+(?:usual[ \t]++|habituelle[ \t]++|usuelle[ \t]++)?defini))"
    r"|(?:i|we)[ \t]++(?:have[ \t]++not|haven't|did[ \t]++not|didn't)[ \t]++(?:yet[ \t]++)?"
    r"(?:checked|verified)"
    r"|(?:je[ \t]++n'ai|nous[ \t]++n'avons)[ \t]++pas[ \t]++(?:encore[ \t]++)?verifie|unchecked|unverified"
    r"|not[ \t]++(?:yet[ \t]++)?(?:checked|verified)|pas[ \t]++(?:encore[ \t]++)?verifiee?s?"
)
# Session 59 (fix104hedge, round 104): a confidence said in words or emoji that is middling or low is a hedge,
# whatever it is called (« J'en suis plutôt sûr, sans plus », "Certainty: 🪙 coin flip", "it's a toss-up",
# « Mouais », « moitié-moitié », "🤷"): a sureness qualified below certainty (plutôt, assez, moyennement,
# fairly, reasonably, pretty, almost, not entirely…) or a chance of one in two. A firm certainty (« certain »,
# "I'm sure", « tout à fait sûr », "💯") is none, and a middling sureness about the method in a sentence that
# gives no value nor names the quantity asked hedges nothing (:func:`_hedged`'s rule).
_MIDDLING = (
    r"(?:(?:plutot|assez|moyennement|relativement|raisonnablement|moderement|presque|quasi|quasiment|"
    r"(?:pas|non)[ \t]++(?:tout[ \t]++a[ \t]++fait|entierement|totalement|completement|absolument"
    r"|100[ \t]*+%)|"
    r"fairly|reasonably|pretty|somewhat|moderately|mostly|almost|nearly|kinda|kind[ \t]++of|sort[ \t]++of|"
    r"not[ \t]++(?:entirely|totally|completely|fully|quite|absolutely|100[ \t]*+%))[ \t]++"
    r"(?:sure?|sures|certaine?s?|confiante?s?|confident|convaincue?s?|convinced)"
    r"|toss[ \t-]?up|coin[ \t-]?(?:flip|toss)|flip[ \t]++of[ \t]++a[ \t]++coin|pile[ \t]++ou[ \t]++face"
    r"|fifty[ \t-]?fifty|cinquante[ \t-]cinquante|moitie[ \t-]moitie"
    r"|(?<![\d.,/])50[ \t]*+(?:/|-|sur)[ \t]*+50(?![\d.,/])"
    r"|une[ \t]++chance[ \t]++sur[ \t]++deux|one[ \t]++chance[ \t]++in[ \t]++two|even[ \t]++odds"
    r"|mouais|bof|meh)"
    r"|🤷|🎲|🪙|🤔"
)
# Session 60 (fix106notes, round 106): a hedge carried by tone, with no hedge word (:data:`doubted.TONE`).
_TONE = doubted.TONE
_TONE_HEDGE = re.compile(rf"(?<![\w-])(?:{_TONE})(?![\w-])")
_HEDGE = re.compile(
    rf"(?<![\w-])(?:{_HEDGE_WORDS}|{_MARGIN}|{_PROVISIONAL}|{_REST_OPEN}|{_SUBSET}|{_ODDS}|{_APPROXIMATE}"
    rf"|{_UNCHECKED}|{_MIDDLING}|{_TONE})(?![\w-])"
    r"|±|\+/-|\+-|(?<!~)~(?!~)|≈|≃|≅|\([ \t]*+\?++[ \t]*+\)"  # "1 sœur (?)": a doubt (round 23a)
)
# A confidence said low, middling or as a share short of certainty, in a sentence, a JSON
# field or a table's column of confidence (round 9).
# A probability is a confidence too (round 11: "oui, avec une probabilité de 0,9"): any
# share short of certainty hedges (0,9, 90 %, 9/10); a certainty the prompt asked for
# ("certitude : 100 %", "probabilité : 1", "10/10") does not. Round 88 (fix88): nor does a confidence of
# HIGH_CONFIDENCE or more ("Réponse : 1 sœur (confiance : 99 %)", "confidence: 0.95"), the figure a reasoning
# model gives for "confiance : élevée" (:data:`_SURE`); "confiance : 90 %" still hedges (round 11's 0,9).
# Session 56 (fix98hedge): the chance the answer is right is a confidence too, whatever it is called
# (« probabilité que ce soit juste : 0,8 », « chances d'avoir raison », "chance of being right", "likelihood
# that this is correct": :data:`_RIGHT_CLAUSE`), as are chances counted (« 4 chances sur 5 », "three chances
# in four": :data:`_CHANCES`) and a share said in words (« soixante-dix pour cent », "zero point eight":
# :func:`numwords.figures`, read by :func:`_low_confidence`). A certainty so said (« cent pour cent »,
# "ninety-nine percent", « probabilité : 1 ») still hedges nothing.
_RIGHT_CLAUSE = (
    r"(?:(?:que|qu'|that|of|d')\W{0,3}(?:(?:ce|ca|cela|la|le|ma|mon|cette|this|it|the|my|reponse|answer|"
    r"resultat|result|it's|this's|soit|est|sois|be|is|being|avoir|etre|having)\W{1,3}){0,4}"
    r"(?:juste|correcte?|exacte?|bonne?|vraie?|right|correct|true|raison|accurate)\b\W{0,6})?"
)
_CONFIDENCE_WORD = (
    r"\b(?:certitude|confiance|confidence|certainty|fiabilite|reliability|niveau de confiance|"
    r"confidence level|probabilite|probability|likelihood|chances?)\b\W{0,6}"
    + _RIGHT_CLAUSE
    + r"(?:(?:de|d'|of|about|environ|est|is|estimee?|estimated|evaluee?|subjective|overall|globale?"
    # session 57 (fix100hedge): the notation named ("Confidence grade: C+", « indice de confiance : 3/5 »)
    r"|grade|note|rating|score|level|niveau|indice|degre|scale|echelle"
    r"|ma|mon|my|this|cette|reponse|answer|resultat|result)"
    r"\W{1,3}){0,3}"
)
_CONFIDENCE_LEAD = re.compile(_CONFIDENCE_WORD + r"$")
_LOW_CONFIDENCE = re.compile(
    _CONFIDENCE_WORD + r"(?:faible|basse|moyenne|moderee|partielle|limitee|relative|low|medium|"
    r"moderate|"
    r"partial|limited|middling|(?<!\d)(?:[0-8]?\d|9[0-4])(?:[.,]\d+)?\s*+%|(?<![\d.,])0[.,](?:[0-8]|9[0-4]|9(?!\d))\d*+|"
    # session 57 (fix100hedge): a rating counted in stars or points ("3 étoiles sur 5", "2 stars out of 5")
    r"(?<!\d)(\d+)\s*+(?:(?:etoiles?|stars?|points?|pts)\s*+)?(?:/|sur|out of)\s*+(?!\1\b)\d+|"
    # ... and a letter grade below A ("Confidence grade: C+", « Note de confiance : B− »), its own word
    r"(?<![\w'-])(?:a[-−–]|[b-f][-+−–]?)(?=[ \t]*+(?:$|[\n).,;(]))"
    r")",
    re.M,
)
# Session 57 (fix100hedge, round 100): a confidence in stars (« Fiabilité : ★★★☆☆ ») is the filled stars out
# of all of them, and one ticked on a scale (« Mon degré de certitude : ☐ peu sûr ☒ moyennement sûr ☐ sûr »,
# "[ ] not sure [x] somewhat sure [ ] very sure") is the level ticked, the others unticked said nothing:
# :func:`_scales` writes both so (stars as "3/5"; a scale as its ticked level, a certainty as « sûr »), then
# read as any confidence. A level ticked is certain when it says sure, certain or high, unqualified or
# strengthened (« tout à fait sûr », "very sure", « forte »); any other (« moyennement sûr », "somewhat
# sure", « faible ») hedges.
_STARS = re.compile(r"[★⭐✭✮✯]{1,10}+(?:[ \t]*+[☆✩]{1,10}+)?")
_TICKED = r"☒|☑|✅|✔|✓|■|◉|●|\[[ \t]*+[x✓✔][ \t]*+\]|\([ \t]*+[x✓✔][ \t]*+\)"
_UNTICKED = r"☐|□|○|◯|\[[ \t]*+\]|\([ \t]*+\)"
_BOX = re.compile(rf"{_TICKED}|{_UNTICKED}")
_TICKED_LEVEL = re.compile(rf"(?:{_TICKED})[ \t]*+(?P<level>[^☐□○◯☒☑✅✔✓■◉●\[(\n]{{1,60}}+)")
_CERTAIN_LEVEL = re.compile(
    r"^\W*(?:(?:tout[ \t]++a[ \t]++fait|totalement|entierement|completement|absolument|tres|parfaitement|"
    r"very|completely|totally|absolutely|fully|extremely|highly)[ \t]++)?"
    r"(?:sur|sure|certain|certaine|confiant|confiante|confident|convaincue?|convinced|haute|elevee|high|forte"
    r"|strong|100[ \t]*+%)\W*$"
)


def _stars_counted(stars: re.Match[str]) -> str:
    filled = sum(stars[0].count(c) for c in "★⭐✭✮✯")
    return f"{filled}/{len(stars[0].replace(' ', '').replace(chr(9), ''))}"


# Session 58 (fix102hedge, rounds 102-103): a confidence however it is stated is one. A bar of filled and
# empty blocks (« Confiance : ■■■■■■■□□□ », "████████░░", "●●●○○") is its filled blocks out of all, as stars
# are; the probability notation of being right ("P(correct) ≈ 0.85", « P(juste) = 0,8 », "Pr(answer is right):
# 0.7") names a confidence, its "≈" is the notation's, no hedge of its own; and a sureness said with its share
# (« Je suis sûr à 80 % », "I'm 80% sure", "75 % certain", "confident at 60%") is a confidence of that share.
# :func:`_confidences_said` writes each as "confidence <share>", then read as any confidence: 95 % or more
# still hedges nothing (« sûr à 99 % », "P(correct) ≈ 0.99", a full bar).
_FILLED = "■█▰◼⬛▮▓●"
_EMPTY = "□░▱◻⬜▯▒○"
_BAR = re.compile(
    rf"(?<![{_FILLED}{_EMPTY}])(?=[{_FILLED}{_EMPTY}]{{3}})([{_FILLED}]{{1,30}}+)([{_EMPTY}]{{1,30}}+)"
)
_RIGHT_WORD = (
    r"(?:correcte?|right|juste|exacte?|vraie?|true|bonne?|accurate|success|succes|reussite|ok)"
)
_PROBABILITY_OF_RIGHT = re.compile(
    r"(?<![\w'-])(?:p|pr|prob|proba)[ \t]*+\([ \t]*+(?:[a-z']{1,15}+[ \t]++){0,4}" + _RIGHT_WORD
    + r"[ \t]*+\)[ \t]*+(?:≈|≃|~|=|:|est de|is)?+"
)
_SHARE = r"(?<![\d.,])\d{1,3}(?:[.,]\d+)?[ \t]*+%|(?<![\d.,])0[.,]\d++"
_SURE_AT = re.compile(
    r"(?<![\w'-])(?:sure?|certaine?|certain|confiante?|confident|convaincue?|convinced)[ \t]++(?:a|at)[ \t]++"
    rf"(?P<share>{_SHARE})"
    r"|(?<![\w.,])(?P<share2>\d{1,3}(?:[.,]\d+)?[ \t]*+%)[ \t]*+"
    r"(?:sure|certaine?|certain|confiante?|confident|convaincue?|convinced)(?![\w'-])"
)


# Session 59 (fix105notes, round 105): a confidence's figure in another number form is read by its value:
# scientific notation ("7.5 × 10^-1", « 9,9·10⁻¹ », "$8 \\times 10^{-1}$"), Roman numerals ("LXX %") and a
# fraction (« ⁹⁹⁄₁₀₀ », "7/10", "19 out of 20") are written as the share they are, then read as any
# confidence:
# "LXX %" and "7.5 × 10^-1" hedge, « ⁹⁹⁄₁₀₀ » (99 %) does not.
_OTHER_FIGURE = re.compile(
    "(?P<lead>" + _CONFIDENCE_WORD + r")\$?+(?:"
    r"(?P<mantissa>\d{1,3}(?:[.,]\d+)?)[ \t]*+(?:[*x×·.]|\\times|\\cdot)[ \t]*+10[ \t]*+\^[ \t]*+\{?+"
    r"(?P<exponent>[-+]?\d{1,2})\}?+"
    r"|(?P<roman>(?=[ivxlc])c{0,3}+(?:xc|xl|l?+x{0,3}+)(?:ix|iv|v?+i{0,3}+))(?![\w'-])(?P<percent>[ \t]*+%)?+"
    r"|(?<![\d.,])(?P<num>\d{1,3})[ \t]*+(?:/|⁄|∕|sur|out[ \t]++of)[ \t]*+(?P<den>\d{1,3})(?![\d.,]?\d)"
    r")\$?+"
)


_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _figure_valued(m: re.Match[str]) -> str:
    """A confidence's figure in another number form (:data:`_OTHER_FIGURE`) as its share, "<n> %"."""
    if m["exponent"] is not None:
        share = Fraction(m["mantissa"].replace(",", ".")) * Fraction(10) ** int(m["exponent"]) * 100
    elif m["roman"] is not None:
        if len(m["roman"]) < 2 and not m["percent"]:  # a letter grade ("C"), no numeral
            return m.group(0)
        values = [_ROMAN_DIGITS[c] for c in m["roman"]]
        total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
        share = Fraction(total)  # "Confidence: LXX" alone is 70 too
    else:
        if not 0 < int(m["num"]) <= int(m["den"]):
            return m.group(0)
        share = Fraction(int(m["num"]), int(m["den"])) * 100
    return f"{m['lead']}{float(share):g} %" if 0 <= share <= 100 else m.group(0)


def _confidences_said(text: str) -> str:
    """``text`` with its bars, probabilities of being right and sureness by a share written "confidence
    <share>", and a confidence's figure in another number form by its value (see above)."""
    if any(c.isdigit() for c in text) or re.search(r"(?<![\w'-])[ivxlc]{2}", text):
        text = _OTHER_FIGURE.sub(_figure_valued, text)
    if any(c in text for c in _FILLED):
        text = _BAR.sub(lambda m: f"confidence {len(m[1])}/{len(m[1]) + len(m[2])}", text)
    if "(" in text:
        text = _PROBABILITY_OF_RIGHT.sub("confidence ", text)
    if any(c.isdigit() for c in text):
        text = _SURE_AT.sub(lambda m: f"confidence {m['share'] or m['share2']}", text)
    return text


def _scales(text: str) -> str:
    """``text`` with its stars counted ("3/5") and its scales read as their ticked level (:data:`_STARS`)."""
    text = _confidences_said(text)
    if not _STARS.search(text) and not re.search(_TICKED, text):
        return text
    text = _STARS.sub(_stars_counted, text)

    lines = text.split("\n")
    for index, line in enumerate(lines):
        boxes = list(_BOX.finditer(line))
        ticked = list(_TICKED_LEVEL.finditer(line))
        if len(boxes) >= 2 and len(ticked) == 1:
            said = "sur" if _CERTAIN_LEVEL.match(ticked[0]["level"].strip()) else "moyenne"
            lines[index] = line[: boxes[0].start()] + said
    return "\n".join(lines)
_CHANCES = re.compile(
    r"(?<![\d.,])(\d+)[ \t]*+chances?[ \t]++(?:sur|in|out[ \t]++of)[ \t]++(?!\1\b)\d+"
    # odds as a ratio, said below certainty whatever they are ("Odds 4:1 that this is right", "3:1 odds")
    r"|\b(?:odds|cote)[ \t]*+(?:of[ \t]++|de[ \t]++)?[:=]?[ \t]*+\d++[ \t]*+(?:[:/]|to|contre)[ \t]*+\d++"
    r"|(?<![\d.,])\d++[ \t]*+(?::|to|-)[ \t]*+\d++[ \t]++odds\b"
)


def _low_confidence(text: str) -> re.Match[str] | None:
    """A confidence short of certainty in ``text`` (:data:`_LOW_CONFIDENCE`, :data:`_CHANCES`), its figures
    written in digits or in words (session 56)."""
    text = _scales(text)
    found = _LOW_CONFIDENCE.search(text) or _CHANCES.search(text)
    if found or not re.search(r"[a-z]", text):
        return found
    said = _confidences_said(numwords.figures(text))
    return _LOW_CONFIDENCE.search(said) or _CHANCES.search(said) if said != text else None


def _without_confidence(text: str) -> str:
    """``text`` without its confidences short of certainty (figures in words read as digits)."""
    text = _scales(text)
    low = _LOW_CONFIDENCE.search(text) or _CHANCES.search(text)
    said = text if low else _confidences_said(numwords.figures(text))
    return _CHANCES.sub(" ", _LOW_CONFIDENCE.sub(" ", said))


_CONFIDENCE_HEADER = re.compile(
    r"^\W*(?:certitude|confiance|confidence|certainty|fiabilite|reliability|sure|sur|niveau de confiance|"
    r"confidence level)\W*$"
)
_SURE = re.compile(r"^\W*(?:sur|sure|certain|certaine|certitude|haute|elevee|high|total|totale|100\s*%)\W*$")
_NEGATORS = set(
    "pas not jamais never ni nor neither non no isn't aren't doesn't don't isnt arent doesnt n't cannot "
    "can't nullement aucunement hardly scarcely".split()
)
_REJECTION = re.compile(
    r"\b(?:faux|fausse|wrong|incorrect|incorrecte|erreur|erronee?|mistake|mistaken|piege|trap|false)\b"
)
# Verbs and words that deny what follows them (round 10): negated themselves, they assert it.
_DENIAL = re.compile(
    r"\b(?:empech\w*|interdi\w*|exclu\w*|nie|nient|nier|doute\w*|contredi\w*|faux|fausse|prevent\w*|"
    r"preclud\w*|den(?:y|ies|ied)|doubt\w*|exclud\w*|rules? out|ruled out|stops?|stopped|wrong|false|"
    r"incorrect\w*)\b"
)
_FRAME = re.compile(
    r"\b(?:pourrait|pourraient|could|might|tentant|tempting|penser|think|croire|believe|intuitivement|"
    r"intuitively|naivement|naively|premiere vue|first glance|first sight|semble|seems|appears|on dirait)\b"
)
_CONTRAST = re.compile(
    r"\b(?:mais|but|however|cependant|pourtant|en realite|en fait|actually|in fact|in reality|toutefois)\b"
)
_CLAUSE = re.compile(r"[,;:()\[\]\"]|\bmais\b|\bbut\b|\bhowever\b|\bcependant\b|\bpourtant\b")
_BOUNDARY = re.compile(r"[,;:()\[\]\"]|\bmais\b|\bbut\b|\bet\b|\band\b|\bcar\b|\bbecause\b|\bdonc\b|\bso\b")
_COPULA = set("est es sont suis etait is are am was were be etre reste remains devient becomes 's re".split())
_COPULA_ADVERBS = set(
    "elle-meme elle meme herself itself aussi also bien donc evidemment forcement necessarily indeed clearly "
    "simply just".split()
)
_REFERENCE = {"le", "la", "les", "l", "the", "ces", "these", "those", "ce", "cette", "des", "aux", "du", "au"}
# A possessive determiner refers back to someone's things. The asked quantity belongs to one
# subject: after a plural owner's ("leurs 2 sœurs") a count is never it; after a singular
# owner's, only in a clause that names the subject ("elle a ses 2 sœurs").
_PLURAL_POSSESSIVE = {"leur", "leurs", "their", "nos", "vos", "our", "your"}
_POSSESSIVE = {"ses", "sa", "son", "his", "her", "its"}
_PARTITIVE = re.compile(r"^\s*(?:de\b|des\b|d'|of\b|parmi\b|among\b|d'entre\b|entre\b)")
_IDIOM = re.compile(r"^\s*(?:a|par|by|after|apres|after)\s+(?:un|une|one|\d+)\b")
# Round 62 (fix62): a number against another number or "all" in a saying (« un pour tous, tous pour un »,
# « jamais deux sans trois », "all for one", "one against all") is a relation between them, no count told
_SAYING_JOIN = {"pour", "for", "sans", "without", "contre", "against"}
_SAYING_TERMS = {"tous", "toutes", "all", "everyone", "rien", "nothing", "personne", "nobody"}
_BETTER = {"better", "worse", "mieux", "pire", "rather", "plutot"}
_SAYING = re.compile(
    r"^\s*(?:pour|for|sans|without|contre|against)\s+(?:tous|toutes|all|everyone|rien|nothing|personne|nobody|\d+|"
    + NUMBER_WORD_RE
    + r")\b"
)
_ONE_POINTED = {"this", "that", "which", "each", "every", "any", "another", "other", "next"}
# "this is the second one", "the last one", "the same one" (session 35, round 35's fair
# r35f-riddle-en-own-situation-role-question): an ordinal or a comparison points too
_ONE_POINTED |= {
    "first", "second", "third", "fourth", "fifth", "sixth", "last", "previous", "same", "latest", "final",
    "former", "latter", "right", "wrong", "easy", "hard", "easier", "harder", "tricky", "new", "old",
}  # fmt: skip
# Round 49 (r49f-riddle-en-persona-guardrails-method): "one" after a verb of choice ("commit to one", "pick
# one", « choisis-en une », « tiens-t'en à une ») stands for one of the things named before (answers,
# options), no count; a noun after it ("pick one sister") counts as ever.
_ONE_CHOSEN = {
    ("commit", "to"), ("stick", "to"), ("settle", "on"), ("settle", "for"), ("choose",), ("pick",),
    ("select",), ("keep",), ("choisis-en",), ("choisissez-en",), ("garde-en",), ("gardez-en",),
    ("retiens-en",), ("t'en", "tenir", "a"), ("tiens-t'en", "a"), ("tenez-vous-en", "a"),
    ("vous", "en", "tenir", "a"),
}  # fmt: skip


def _one_chosen(previous: list[str], text: str, end: int) -> bool:
    if re.match(r"(?<![ \t])[ \t]*+[a-z]", text[end : end + 3]) and not re.match(
        r"(?<![ \t])[ \t]*+(?:and|et|or|ou|only|seulement|seule?)\b", text[end : end + 14]
    ):
        return False  # a noun after it ("pick one sister"): counted as ever
    return any(tuple(previous[-len(verb) :]) == verb for verb in _ONE_CHOSEN)


_IDIOM_JOIN = {"a", "par", "by", "after", "apres"}  # "un par un": the second "un" ends the idiom
_MODAL = re.compile(r"^\s*(?:can|could|would|should|must|may|might|will|cannot|can't|shall)\b")
# round 57 (fix-helper fix57): a source's locator ("chap. 1", "p. 1", "[chunk 1, score 0.82]", "§ 1",
# "vol. 1", "slide 1", "doc 1") numbers a place in a cited or retrieved source, no count
# session 47 (fair47): so does a numbered instance of a collection the riddle was taken from ("puzzle 1",
# "riddle 1", « énigme n° 1 », "worksheet 1", « fiche 1 », "lesson 1", « séance 1 », "level 1"): the noun
# right before the number, nothing between ("riddle: 1", "the riddle's answer is 1" are read as ever)
_INDEX_BEFORE = re.compile(
    r"(?:\b(?:etape|step|partie|part|question|point|phase|section|option|cas|case|exemple|example|"
    r"ligne|line|avis|review|numero|number|no|n°|item|chapitre|chapter|hint|indice|clue|tip|astuce|piste|"
    r"chap|ch|chunk|chunks|extrait|excerpt|passage|p|pp|page|pages|vol|volume|tome|fig|figure|slide|diapo|"
    r"doc|document|source|ref|reference|result|snippet|art|article|para|paragraphe|paragraph|"
    r"puzzle|riddle|enigme|devinette|exercice|exercise|exo|ex|probleme|problem|fiche|worksheet|feuille|sheet|"
    r"quiz|quizz|lecon|lesson|seance|module|unit|unite|niveau|level|episode|saison|season|activite|activity|"
    r"tache|task|defi|challenge|serie|series|atelier|workshop|tp|td|lab|annexe|appendix|tableau|table|"
    r"semaine|week|jour|day)\.?|#|§)\s*$"
)
_LIST_MARKER = re.compile(r"^\s*(?:[-*+>|]\s*)*$")
_LIST_PREFIX = re.compile(r"\s*+(?:[-*+>|]\s*+)*+")
_ITEM_NUMBER = re.compile(r"(?<!\s)\s*+(?:[-*>]\s*+)?\d++")  # used at a line's start
_ADJ = re.compile(
    r"^(?:[ \t]*(?:seule?s?|seul|only|single|unique|petite?s?|autres?|other|another|additional|"
    r"supplementaires?|sole|lone|vraie?s?|real|exactement|exactly|precisement|bien)\b){0,3}"
)
_FUNCTION = set(
    "le la les l un une des du de d et ou est sont a au aux en dans pour sur par qui que qu il elle ils "
    "elles ne n pas avec ses son sa ces cette on se s ce c lui leur leurs mais donc puis car si "
    "the a an and or is are of to in for on with it its that this was were be by from at have has "
    "can but they their them his her he she not which who also then so because if since as".split()
)
# English function words that are no French word: after "un"/"une", the French word they
# spell is a noun ("un as", an ace; round 15b).
_ENGLISH_ONLY = set("as is are was were be by at has have can so if since".split())
_LABEL = re.compile(r"^[\s>*_#|-]*+(?:\d+[.)]\s*+)?(?P<label>[^:\n]{1,60}?)\s*:\s*(?P<rest>\S.*)$")
_ANSWER_WORDS = re.compile(
    r"\b(?:reponse|answer|resultat|result|conclusion|solution|verdict|final|finale|nombre|number|count|tl;?dr|"
    r"bottom line)\b"
)
# A line labelled as THE answer ("Réponse :", "Conclusion :", "Final answer:"): the issue's
# rule, the explicit answer line, else the last conclusion. Round 88 (fix88): a reasoning model's
# closing "TL;DR:" / "Bottom line:" restates its conclusion: an answer line too (a table of the
# working before it is working; a TL;DR that differs from an "Answer:" line is a second answer).
_ANSWER_LINE = re.compile(
    r"\b(?:reponse|answer|resultat|result|conclusion|solution|verdict|tl;?dr|bottom line)\b"
)
_NUMBER = re.compile(
    rf"(?<![\w.,])(?:(?P<neg>moins|minus|negatif|negative|(?:l')?oppose de|the opposite of|opposite of)\s+)?"
    rf"(?P<num>[-+]?\d+(?:[.,]\d+)?|(?:{NUMBER_WORD_RE})\b|(?<=[\s'])an?(?=\s+(?:single|sole|lone)\b))(?![\w]|[.,]\d)"
)
# Issue 11ba: "No — gcd = 1", "Non – le PGCD vaut 1" (a dash, folded to a spaced "-"; an
# ellipsis is "...") answer too: the word before a dash is a verdict, not a negator of what
# follows (:data:`_VERDICT_DASH`).
_VERDICT = re.compile(
    r"\b(?:oui|yes|yep|yeah)\b|\b(?:non|no|nope)\b(?=\s*(?:[.,;:!?)\]\"'|]|-(?=\s)|$|\n|\b(?:et|and|mais|but|car|because|since|puisque|parce|"
    r"si|if|sauf|unless|quand|when|selon|according)\b))"
)
_GENERIC = re.compile(  # an indefinite subject: "les deux nombres" are the task's own
    r"(?<!\bles )(?<!\bces )(?<!\bthe )(?<!\bthese )(?<!\bboth )(?<!\btwo )(?<!\bdeux )"
    r"\b(?:deux nombres|two numbers|deux entiers|two integers|des nombres|numbers are|a et b|a and b|"
    r"on dit|we say|par definition|by definition|definition|signifie|means|lorsque deux|when two|if two|"
    r"si deux)\b"
)
# Session 54 (fix94b): "prove or disprove that they are coprime", « démontre ou réfute qu'ils sont… »,
# "confirm or refute that…" leave the verdict open, as "whether" does.
_CONDITIONAL = re.compile(
    r"\b(?:si|s'il|s'ils|s'elle|if|whether|would|serait|seraient|etaient|savoir|determine|determiner|"
    r"check|verifier|verifie|verify|demande|ask|or[ \t]++(?:disprove|refute|deny)|ou[ \t]++(?:refute\w*"
    r"|infirme\w*|invalide\w*))\b"
)
_ELLIPTIC_NO = re.compile(
    r"\b(?:they|ils|elles|both|these numbers|ces nombres|35 et 64|35 and 64)\s*(?:are|'re|re|sont)\s+not\b"
    r"(?=\s*(?:[.,;:!?]|$))|\b(?:ne|n')\s*le\s+sont\s+pas\b|\baren't\b(?=\s*(?:[.,;:!?]|$))"
)
# French "si" answers a negative question with yes (round 24a: "Ne sont-ils pas premiers entre
# eux ? Si, ils le sont.", "Réponse : si.", "Eh bien si !"): the word alone, or before a
# pronoun's echo or an adverb of assent, opening its sentence, a line, a label or after
# "mais", "eh bien"; "Si, comme on le voit, …" opens a condition, no answer.
_SI = re.compile(
    r"(?<![\w'-])si(?=[ \t]*+(?:[.!;)\n]|\Z)|[ \t]*+,[ \t]*+(?:ils|elles|ce sont|c'est|bien sur|absolument|"
    r"tout a fait|evidemment|certainement|oui)(?![\w'-]))"
)
_SI_BEFORE = re.compile(r"(?:^|[.!?:;\n]|(?<![\w'-])(?:mais|eh bien|ben|bah|oh que|ah))[ \t*_>\"-]*+\Z")
_EQUATION_CHARS = re.compile(r"[-+*/().,\d \txy=^]++")


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
    data: list[str] = field(default_factory=list)  # the task's data texts, as pasted
    least: int | None = None  # the number's natural floor (a gcd is at least 1), None: the reader's own

    def matches(self, value: Value) -> bool:
        if isinstance(value, Fraction) and isinstance(self.expected, Fraction):
            return abs(value - self.expected) <= self.tolerance
        return value == self.expected


@dataclass
class Statement:
    value: Value
    start: int
    end: int
    negated: bool = False
    quoted: bool = False
    labelled: bool = False


@dataclass
class Final:
    """The final answer, or why there is none (``none``, ``several``, ``negated``, ``hedged``,
    ``retracted``)."""

    value: Value | None
    reason: str = "ok"


# -- the text: sentences and quoted lines ----------------------------------------------------


# How far the reader looks around a value for its clause, its negation, its frame: a clause
# is a few dozen characters; a window keeps each value's reading constant-time, so reading
# a text costs time linear in its length however it is written (no punctuation at all).
WINDOW = 120
# A text that gives more values than this (numbers, equations, yes/no words) is a list or
# filler, not an answer: it has no final answer, and as a prompt it is read as dictating
# (fail closed). Bounds the reading of a pumped text ("1, 1, 1, ...") to a few such values.
MAX_VALUES = 200


class _TooMany(Exception):
    """More than :data:`MAX_VALUES` values in one text."""


def _bounded(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    for count, match in enumerate(matches):
        if count >= MAX_VALUES:
            raise _TooMany
        yield match


def _within(spans: list[tuple[int, int]], starts: list[int], pos: int) -> int:
    """The index of the span (sorted, not overlapping) that holds ``pos``, or -1."""
    index = bisect.bisect_right(starts, pos) - 1
    return index if index >= 0 and spans[index][0] <= pos < spans[index][1] else -1


@dataclass
class _Doc:
    text: str
    sentences: list[tuple[int, int]]
    quoted: list[tuple[int, int]]
    labelled: list[tuple[int, int]]
    answer_lines: list[tuple[int, int]] = field(default_factory=list)
    blocks: list[tuple[int, int]] = field(default_factory=list)
    # the values an answer line gives then asks back (« Réponse : 1 sœur ? », session 57: :func:`_asked_back`)
    asked: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.sentences]
        self._quoted = [start for start, _ in self.quoted]
        self._labelled = [start for start, _ in self.labelled]

    def sentence_of(self, pos: int) -> int:
        index = _within(self.sentences, self._starts, pos)
        return index if index >= 0 else len(self.sentences) - 1

    def is_quoted(self, pos: int) -> bool:
        return _within(self.quoted, self._quoted, pos) >= 0

    def is_labelled(self, pos: int) -> bool:
        return _within(self.labelled, self._labelled, pos) >= 0


# A Markdown link's text cites the page it points to (round 11: "Voir [PGCD(35, 64) = 1,
# oui](https://...) pour la correction officielle"): quoted, as a `>` line is, it can
# contradict an answer, never make one.
_LINK_TEXT = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?:|www\.|/|\.)[^\s()]{0,300}\)")


# A Python shell's prompt (">>> gcd(35, 64)", round 16a) is no blockquote: what it computes
# is the answer's own working.
_REPL = re.compile(r"(?<![ \t])[ \t]*+>>>[ \t]")  # lookbehind: linear
# A call and the value the shell prints under it (">>> math.gcd(35, 64)" then "1") are read
# as one equality ("math.gcd(35, 64)=1"), the prompt's marks made blanks (same length).
# Session 59 (fix105enc, round 105): other consoles alike, their output's marks made blanks too: R's
# "> numbers::GCD(35, 64)" then "[1] 1", IPython's "In [1]: gcd(35, 64)" then "Out[1]: 1", Julia's
# "julia> gcd(35, 64)", MATLAB's ">> gcd(35, 64)" then "ans = 1" ("ans =" or "[1]" needed after a bare
# ">" or ">>", which may be a quotation's mark).
_REPL_OUTPUT = re.compile(
    r"(?m)^([ \t]*+)(>>>|>>|>|julia>|in[ \t]?\[\d{1,4}\]:)([ \t][^\n=]{1,200}?[^\s=])\n"
    r"([ \t]*+(?:\[1\]|out\[\d{1,4}\]:|ans[ \t]*+=)?)(?=[ \t]*+-?\d+(?:[.,]\d+)?[ \t]*+$)"
)


def _repl_output(match: re.Match[str]) -> str:
    """A console's call and the value printed under it as one equality, of the same length."""
    if match[2] in (">", ">>") and not match[4].strip():
        return match.group(0)
    return match[1] + " " * len(match[2]) + match[3] + "=" + " " * len(match[4])


# A comment in a fenced block of code ("soeurs = soeurs_par_frere  # Caroline a 1 sœur",
# round 16a) is no stated value: the code is the working, its comment a note beside it.
_CODE_FENCE = re.compile(r"[ \t]{0,3}+(`{3,}+|~{3,}+|'{3,}+)[ \t]*+([\w+#-]*+)")  # fold makes ` a '
_FENCE_LINE = re.compile(r"^[ \t]{0,3}+(?:`{3}|~{3}|'{3})", re.M)
_INDENTED = re.compile(r"(?:^|\n)[ \t]*+\n(?:    |\t)[ \t]*+\S")
_CODE_LANGUAGES = set(
    "python py python3 py3 ipython pycon js javascript ts typescript node java c cpp c++ cs csharp go "
    "rust rs "
    "ruby rb r julia sh bash shell zsh php kotlin swift scala perl lua sql".split()
)
_CODE_COMMENT = re.compile(r"(?:^|(?<=[ \t;]))(?:#|//|--(?=[ \t]))[^\n]*+")


# Round 23a: a block indented by four spaces (Markdown's indented code block: after a blank
# line, not under a list item) is a code block as a fence is, and a block without a language
# (indented, or a bare ``` fence) is a program when its lines read as code (an assignment to
# a name, a call, a keyword of a program): its comments are notes beside the code, and it is
# working; otherwise it is a plain block, said (:func:`_blocks`). One reading for both forms.
_PROGRAM_LINE = re.compile(
    r"^[ \t]*+(?:[a-z_][\w.]++[ \t]*+(?:[-+*/%]?=)(?!=)"
    r"|(?:print|len|range|gcd|math\.gcd|console\.log)[ \t]*+\(|(?:def|import|return|while|lambda|function|"
    r"const|let|var)\b|from[ \t]++\S++[ \t]++import\b|for[ \t]++\w++[ \t]++in\b)"
)
_LIST_LINE = re.compile(r"^[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]")


def _code_blocks(lines: list[str]) -> list[tuple[int, int, bool]]:
    """(first line, last line, program?) of each fenced or indented block of code."""
    found: list[tuple[int, int, bool]] = []
    fence, opened, language = "", 0, ""
    listed = False  # under a list item: an indented line continues the item
    i = 0
    while i < len(lines):
        line = lines[i]
        opening = _CODE_FENCE.match(line)
        if fence:
            if opening and opening[1].startswith(fence) and not line[opening.end() :].strip():
                body = lines[opened + 1 : i]
                program = language in _CODE_LANGUAGES or (
                    not language and any(_PROGRAM_LINE.match(b) for b in body)
                )
                found.append((opened, i, program))
                fence = ""
            i += 1
            continue
        if opening and not line[opening.end() :].strip() or opening and opening[2] in _CODE_LANGUAGES:
            fence, opened, language = opening[1], i, opening[2]
            i += 1
            continue
        blank_before = i == 0 or not lines[i - 1].strip()
        if line.startswith(("    ", "\t")) and line.strip() and blank_before and not listed:
            j = i
            while j < len(lines) and (lines[j].startswith(("    ", "\t")) or not lines[j].strip()):
                j += 1
            while j > i and not lines[j - 1].strip():
                j -= 1
            found.append((i, j - 1, any(_PROGRAM_LINE.match(b) for b in lines[i:j])))
            i = j
            continue
        if line.strip():
            listed = bool(_LIST_LINE.match(line)) or (listed and line.startswith((" ", "\t")))
        i += 1
    return found


# Session 56 (fix98hedge, round 98): a comment that offers another value (`b = -10   # or b = 10`, `line =
# "y = 4x - 10"   # ou bien "y = 4x + 10"`, `// alt: false`) is a second option beside the code's, as it would
# be in a sentence; one that explains (`# from the point (5, 10)`), or names a value as wrong (`# pas y = 4x +
# 10, qui ne passe pas par (5, 10)`), is a note beside the code and stays blanked.
_OFFERED = re.compile(
    r"(?:#|//|--)[ \t*>-]*+(?:ou|or|sinon|otherwise|else|alternativement|alternatively|alt|alternative|"
    r"variante|"
    r"autre[ \t]++(?:option|possibilite|reponse|valeur)|other[ \t]++(?:option|answer|value)|another[ \t]++"
    r"(?:option|answer|value))(?![\w'-])"
)


def _blank_comment(comment: re.Match[str]) -> str:
    """A comment that doubts the code ("# ou +10 ? pas sûr du signe", round 13) still does; so does one that
    offers another value (:data:`_OFFERED`)."""
    if _OFFERED.match(comment[0]) and not _REJECTION.search(comment[0]):
        # session 57: offered as a question (`# sinon b = 30 ?`), it is offered still, read as said
        return comment[0].replace("?", " ")
    if "?" in comment[0] or _HEDGE.search(comment[0]) or _low_confidence(comment[0]):
        return comment[0]
    return " " * len(comment[0])


def _without_code_comments(folded: str) -> str:
    lines = folded.split("\n")
    for first, last, program in _code_blocks(lines):
        if program:
            for i in range(first, last + 1):
                if not _CODE_FENCE.match(lines[i]):
                    lines[i] = _CODE_COMMENT.sub(_blank_comment, lines[i])
    return "\n".join(lines)


def _blocks(folded: str) -> list[tuple[int, int]]:
    """The spans of the fenced (or indented) blocks that are no program (round 18a: a
    ```mermaid chart, a plain ``` block, a table in a fence): what they say is said, never
    working the answer line leaves behind (a program's block is its working, round 16a)."""
    lines = folded.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return [(starts[a], starts[b] + len(lines[b])) for a, b, program in _code_blocks(lines) if not program]


# A blockquote that ends the text after the answer's own working ("> [!NOTE]" then "> Réponse :
# 1 sœur", "> **Réponse :** oui", round 19a: the callout GitHub, Obsidian and chat UIs render)
# is the answer's conclusion, not a quotation: a quote of the statement or of the data comes
# before the working it is worked from, a conclusion after it. Its marks are blanked (same
# length); an erratum in it then contradicts the answer as any later line does.
_QUOTE_MARK = re.compile(r"(?m)^([ \t]{0,3}+)>(?!>>)")


# It is a paragraph of its own (a blank line before it), and it names no other voice: one
# that cites another's words ("> Réponse finale attendue par le correcteur : 1", "> Selon le
# manuel...", "> Énoncé : ...") stays a quotation.
_OTHER_VOICE = re.compile(
    r"\b(?:correcteur|correctrice|grader|marker|examinateur|examiner|professeur|teacher|manuel|textbook|"
    r"corrige|attendue?|expected|selon|according|enonce|statement|source|citation|quote|cite|dit|says|said)\b"
)


def _own_conclusion(folded: str) -> str:
    lines = folded.rstrip().split("\n")
    i = len(lines)
    while i > 0 and (lines[i - 1].lstrip().startswith(">") and not _REPL.match(lines[i - 1])):
        i -= 1
    if i == len(lines) or not any(line.strip() for line in lines[:i]) or lines[i - 1].strip():
        return folded
    if _OTHER_VOICE.search("\n".join(lines[i:])):
        return folded
    head = len("\n".join(lines[:i])) + (1 if i else 0)
    return folded[:head] + _QUOTE_MARK.sub(lambda m: m[1] + " ", folded[head:])


_ABBREVIATION = re.compile(r"(?<![\w-])(?:env|approx|appr)\.$")


def _document(folded: str, spec: AnswerSpec) -> _Doc:
    folded = _REPL_OUTPUT.sub(_repl_output, folded)  # before R's "[1]" is read as a citation's key
    folded = without_citations(folded)  # "1 sœur [2]": a source's key, no value (round 23a)
    folded = _own_conclusion(folded) if ">" in folded else folded
    coded = _FENCE_LINE.search(folded) or _INDENTED.search(folded)
    folded = _without_code_comments(folded) if coded else folded
    sentences: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    labelled: list[tuple[int, int]] = []
    answer_lines: list[tuple[int, int]] = []
    offset = 0
    labels = [
        re.compile(term_pattern(label))
        for label in spec.labels + spec.unit + spec.about
        if not label.startswith("re:")
    ]
    for line in folded.split("\n"):
        end = offset + len(line)
        if line.lstrip().startswith(">") and not _REPL.match(line):
            quoted.append((offset, end))
        else:
            for link in _LINK_TEXT.finditer(line):
                quoted.append((offset + link.start(1), offset + link.end(1)))
        label = _LABEL.match(line)
        if label and not line.lstrip().startswith(">"):
            name = label.group("label")
            if _ANSWER_WORDS.search(name) or any(p.search(name) for p in labels):
                labelled.append((offset + label.start("rest"), end))
            if (
                _ANSWER_LINE.search(name) and name.lstrip(" *_#>|-")[:1].isalpha()
            ):  # not "(Réponse du manuel :"
                answer_lines.append((offset, end))
        start, depth = offset, 0
        item = _ITEM_NUMBER.match(line)  # "1." opens a list item
        for i, char in enumerate(line):
            depth += (char in "([") - (char in ")]")
            depth = max(depth, 0)
            after = line[i + 1 : i + 2]
            if char in ".!?" and (after in (" ", "") and (i == 0 or line[i - 1] != ".")) and depth == 0:
                if char == "." and item and item.end() == i:
                    continue  # "1." opens a list item
                if char == "." and i + 1 < len(line) and line[i + 1 : i + 2] == ".":
                    continue
                if char == "." and _ABBREVIATION.search(line, 0, i + 1):
                    continue  # "b = env. −10", "approx. 1": the abbreviation's point (round 25a)
                sentences.append((start, offset + i + 1))
                start = offset + i + 1
            elif char == ";" and after == " " and depth == 0:
                sentences.append((start, offset + i + 1))
                start = offset + i + 1
        if line[start - offset :].strip():
            sentences.append((start, end))
        offset = end + 1
    blocks = _blocks(folded) if coded else []
    return _Doc(folded, sentences or [(0, len(folded))], quoted, labelled, answer_lines, blocks)


def _clause_before(text: str, start: int) -> str:
    """The clause that ends at ``start``, at most :data:`WINDOW` characters."""
    lo = max(0, start - WINDOW)
    cut = lo
    for match in _CLAUSE.finditer(text, lo, start):
        cut = match.end()
    return text[cut:start]


def _clause_around(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The clause holding [start, end), inside the sentence [lo, hi) and the window."""
    lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
    left = lo
    for match in _BOUNDARY.finditer(text, lo, start):
        left = match.end()
    right = hi
    found = _BOUNDARY.search(text, end, hi)
    if found:
        right = found.start()
    return text[left:right]


# What denies the clause it opens (round 11): "loin de" and an infinitive ("Loin d'en avoir
# deux, Caroline n'a qu'une sœur": the 2 is denied, the main clause asserts; "Loin des puces
# actuelles" and "Loin de là" deny no clause), and a proof said missing ("Rien ne prouve
# que ...", "nothing shows that", "aucune preuve que"): not stated. Facts read it too.
DENIED_LEAD = re.compile(
    r"\b(?:loin d(?:e\s++|')(?:en\s++|y\s++|l'|le\s++|la\s++|les\s++)?[a-z]+(?:er|ir|re|oir)|"
    r"far from [a-z]+ing|"
    r"rien ne (?:prouve|montre|dit|indique|garantit|permet d'affirmer|confirme|atteste)|"
    r"rien n'(?:indique|atteste|etablit|affirme)|aucune preuve|pas de preuve|sans preuve|"
    r"nothing (?:proves|shows|suggests|indicates|confirms)|no (?:evidence|proof)|"
    r"there is no (?:evidence|proof))\b(?![^,;:()]*[,;:()])"
)


_VERDICT_DASH = re.compile(r"\b(?:non|no|nope|oui|yes)[ \t]*+(?:-|\.\.\.)(?=\s)")


# Session 57 (fix100hedge, round 100): a value the rest of its sentence names as the trap or as wrong,
# pointing back at it ("Most people would bet on 2: that is the trap.", « Beaucoup répondraient 2 : c'est le
# piège. », "2, the classic mistake"), is rejected as "2 (faux)" is, though a colon or a comma ends its
# clause: in the answer only (:func:`final_answer`; a prompt's "A draft said 2, which was wrong" is read as
# ever).
_NAMED_WRONG = re.compile(
    r"(?<![ \t])(?:[ \t]++[a-z']++){0,3}?[ \t]*+[:,—–(-][ \t]*+"
    r"(?:(?:that|this|it|which|c'|ce|cela|ca|qui)[ \t]*+"
    r"(?:'s|is|was|would[ \t]++be|est|serait|etait)?[ \t]*+)?"
    r"(?:(?:the|a|le|la|un|une|l')[ \t]*+)?"
    r"(?:(?:classic|usual|common|typical|classique|fameux|grand)[ \t]++)?"
    r"(?:trap|piege|mistake|erreur|wrong|faux|fausse|error)(?![\w'-])"
)


def _negated(doc: _Doc, start: int, end: int, between: str = "") -> bool:
    text = doc.text
    lo, hi = doc.sentences[doc.sentence_of(start)]
    lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
    before = _clause_before(text[lo:start], start - lo)
    dashes = [m.end() for m in _VERDICT_DASH.finditer(before)]
    if dashes:
        before = before[dashes[-1] :]  # "No — gcd = 1": the verdict answers, it negates nothing after it
    window = before.split()[-4:] + between.split()
    if any(w.strip(".!?'\"") in _NEGATORS or w.endswith("n't") for w in window):
        return True
    if re.search(r"\b(?:plutot que|rather than|instead of|au lieu de)\s*$|(?:=/=|!=)[ \t]*+$", before):
        return True  # "1 sœur (≠ 2)": "≠" (folded "=/=") rejects the value after it (round 24a)
    if DENIED_LEAD.search(before):
        return True  # "Loin d'en avoir deux, ...", "Rien ne prouve qu'elle en ait deux"
    clause = _clause_around(text, start, end, lo, hi)
    if _REJECTION.search(clause):
        return True
    head = text[lo:start]
    return bool(_FRAME.search(head)) and (
        bool(_CONTRAST.search(text[end:hi])) or _contradicted_next(doc, start)
    )


def _contradicted_next(doc: _Doc, pos: int) -> bool:
    """Whether the sentence after the one holding ``pos`` opens with a contrast ("On
    pourrait penser qu'elle a deux sœurs. Mais elle est l'une d'elles."): a frame's idea
    contradicted across a full stop is discounted as in one sentence."""
    index = doc.sentence_of(pos) + 1
    if index >= len(doc.sentences):
        return False
    lo, hi = doc.sentences[index]
    return _CONTRAST.match(doc.text[lo : min(hi, lo + 40)].lstrip(" \t\n*_>#-")) is not None


# -- numbers ---------------------------------------------------------------------------------


def _number_value(match: re.Match[str]) -> Fraction | None:
    token = match.group("num")
    if token in ("a", "an"):
        number = Fraction(1)
    elif token in NUMBER_WORDS:
        number = Fraction(NUMBER_WORDS[token])
    else:
        try:
            number = Fraction(token.replace(",", "."))
        except ValueError:
            return None
    return -number if match.group("neg") else number


def _previous_words(text: str, start: int, count: int = 3) -> list[str]:
    return re.findall(r"[\w'-]+", text[max(0, start - 60) : start])[-count:]


def _is_operand(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" ")
    after = text[end : end + 40].lstrip(" ")
    if re.search(r"[\dxy)]\s*[-+*/^=×]\s*$", text[max(0, start - 12) : start]) and not re.search(
        r"[a-z]{2,}\s*=\s*$", before[-14:]
    ):
        return True
    if re.match(r"[-+*/^×]\s*[\dxy(]|=\s*[-\d(]", after):
        return True
    return bool(re.match(r"[xy]\b|\(", text[end : end + 1]))


# A count written as arithmetic ("vaut 3 − 2", "3 − 2 = 1 sœur") is one value, its last
# member's: an expression of numbers that no operator, "=" or letter continues on either side.
_COUNT_EXPR = re.compile(
    rf"(?<![\w.,^)(+*/=-])(?<![+*/=-][ \t])(?>{arith.EXPR})(?:[ \t]*+=[ \t]*+(?P<last>(?>{arith.EXPR})))*+"
    r"(?![\w(]|[.,]\d|[ \t]*+[-+*/^=][ \t]*+[\d(xy])"
)
_OPERATION = re.compile(r"[\d)][ \t]*+(?:[-+*/=]|x[ \t])[ \t]*+[-\d(]")
# Whose count a clause gives: "Paul a 2 sœurs" gives Paul's, not the asked subject's.
_OWNER_BEFORE = re.compile(
    r"\b([a-z][a-z-]{2,})\s++(?:a|ont|has|have|had|avait|avaient|possede|possedent)\s++$"
)


def _counted(text: str) -> Iterator[tuple[int, int, Fraction, str]]:
    """(start, end, value, number word or "") of each number and arithmetic count of ``text``."""
    spans = []
    for match in _bounded(_COUNT_EXPR.finditer(text)):
        if not _OPERATION.search(match.group(0)):
            continue
        try:
            value = arith.value(match.group("last") or match.group(0).split("=")[0])
        except (arith.Unreadable, ZeroDivisionError):
            continue
        spans.append((match.start(), match.end(), value, ""))
    starts = [start for start, *_ in spans]
    found = list(spans)
    for match in _bounded(_NUMBER.finditer(text)):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and spans[index][0] <= match.start() < spans[index][1]:
            continue  # an operand of an arithmetic count
        number = _number_value(match)
        if number is not None:
            found.append((match.start(), match.end(), number, match.group("num")))
    return iter(sorted(found, key=lambda item: item[0]))


def _someone_else(text: str, start: int, spec: AnswerSpec) -> bool:
    """Whether the count at ``start`` is said of an owner who is neither the asked subject
    nor anyone the task's data names ("Paul a 2 sœurs" in a worked example)."""
    owner = _OWNER_BEFORE.search(_clause_before(text, start))
    if not owner or owner.group(1) in _FUNCTION:
        return False
    name = owner.group(1)
    if spec.subject and re.search(spec.subject, name):
        return False
    known = {_stem(w) for data in spec.data for w in words(fold(data))}
    return _stem(name) not in known


def _stem(token: str) -> str:
    return token[:-1] if len(token) > 3 and token[-1] in "sx" else token


# A cell or a line's label made of one word and a number ("| Brother 3 |", "Child 4: girl"):
# the number names an item of a series, as a count never follows its noun.
_LABEL_WORD = re.compile(r"(?<![\s*_>#-])[*_>#-]*+\s*+([a-z][\w'-]*)")  # lookbehinds: linear
_LABEL_END = re.compile(r"(?<![ \t*_])[ \t*_]*+(?:[|:]|$)", re.M)


def _row_label(text: str, line_start: int, start: int, end: int, unit: re.Pattern[str] | None) -> bool:
    cell = text[max(line_start, start - 64) : start].rsplit("|", 1)[-1].strip()
    word = _LABEL_WORD.fullmatch(cell) if text[start - 1 : start] in (" ", "\t") else None
    if word is None or not _LABEL_END.match(text, end):
        return False
    name = word.group(1)
    return not (name in _FUNCTION or _ANSWER_WORDS.match(name) or (unit and unit.match(name)))


_ITEM_LEAD = re.compile(r"(?:^|[:.!?;]|\n)[ \t*_]*+$")


def _inline_item(text: str, start: int, end: int, value: Fraction) -> bool:
    """Whether the number at ``start:end`` marks an item of a numbered list written on one
    line ("Consignes : 1. Relis l'énoncé. 2. Compte..."): after a colon or a sentence's end,
    followed by "." or ")" and a word, with the item before or after it marked the same way
    (round 5: "1." there is no value)."""
    if value.denominator != 1 or not re.match(r"[.)][ \t]++[a-z]", text[end : end + 8]):
        return False
    if not _ITEM_LEAD.search(text[max(0, start - 8) : start]):
        return False
    mark = text[end]
    number = value.numerator
    after = re.search(rf"(?:^|[.!?;:][ \t]*+){number + 1}\{mark}[ \t]", text[end : end + 400])
    before = re.search(
        rf"(?:^|[.!?;:][ \t]*+){number - 1}\{mark}[ \t][^\n]*+$", text[max(0, start - 400) : start]
    )
    return bool(after or before)


# The words that make a hyphenated kin word still a count of the kin (round 15a's
# "demi-sœur"); any other ("belle-sœur", "beau-frère") names another relation (round 16a).
_KIN_PREFIX = {"demi", "half", "grande", "petite", "big", "little", "older", "younger", "twin"}
_IN_LAW = {"belle", "beau", "belles", "beaux"}


def _unit_after_word(after: str, next_word: re.Match[str] | None, unit: re.Pattern[str]) -> bool:
    """Whether the unit follows a count past one word or in a hyphenated word ("une grande
    sœur", "one older sister", "une demi-sœur"): still a count of the unit (round 15a)."""
    if next_word is None or next_word.group(1) in _COPULA or next_word.group(1) in _FUNCTION:
        return False
    word = next_word.group(1)
    if "-" in word:  # round 16a: "une belle-sœur" (an in-law) is no sister, "une demi-sœur" is
        head, _, noun = word.rpartition("-")
        return head in _KIN_PREFIX and bool(unit.match(noun))
    if word in _IN_LAW:  # "une belle sœur" written without its hyphen
        return False
    return bool(re.match(r"[ \t]++", after[next_word.end() :])) and bool(
        unit.match(after[next_word.end() :].lstrip(" \t"))
    )


# A bare number that answers a question the answer asks itself (round 21a: "Combien y en
# a-t-il ? 2.", "How many sisters does each brother have? 2.") answers that question: it is
# a candidate only when that question is the task's own (it names the asked subject, or asks
# for "the answer"). An existential count with nothing asked before it ("Il y en a 2.",
# "There are 2.") counts what "en" points back to, not the subject's own.
_BARE_LEAD = re.compile(
    r"[ \t*_>-]*+(?:(?:il[ \t]++y[ \t]++en[ \t]++a|il[ \t]++en[ \t]++reste|there[ \t]++(?:are|is)|there's)"
    r"(?P<exist>[ \t]++(?:donc|alors|so|then|bien))?[ \t]++)?"
)
_ASKED_BEFORE = re.compile(r"[^.?!\n]{1,300}+\?[ \t*_]*+\n?[ \t*_>-]*+$")
_THE_ANSWER = re.compile(r"\b(?:reponse|answer|resultat|result)\b")


def _answers_asked(text: str, start: int, spec: AnswerSpec) -> bool:
    head = text[max(0, start - 320) : start]
    cut = max(head.rfind(c) for c in ".!?\n:")
    lead = _BARE_LEAD.fullmatch(head, cut + 1)
    if lead is None:
        return False
    before = head[: cut + 1]
    asked = _ASKED_BEFORE.search(before)
    if asked is None:
        if lead.group(0).strip(" \t*_>-") == "":
            return False  # "Réponse : 1", "… ? \n1": read as ever
        # "Il y en a 2.", "Les sœurs d'un frère : il y en a 2": what "en" points back to
        said = before[max(before.rfind(c, 0, len(before) - 1) for c in ".!?\n") + 1 :]
        return not (spec.subject and re.search(spec.subject, said))
    question = asked.group(0)
    own = bool(spec.subject and re.search(spec.subject, question)) or bool(_THE_ANSWER.search(question))
    # what is left after the task's own question, its data blanked out of the prompt: « [data] ? Il en reste
    # une. » (r55fix); a bare list after it ("- 0 - 1", "[ ] 0 [ ] 1", "ⅰ) think") answers nothing
    own = own or (
        "reste" in lead.group(0)
        and _BLANKED.search(question) is not None
        and not re.search(r"[a-z]", question)
    )
    return not own


# Round 49 (r49f-riddle-en-persona-guardrails-method): "one" after a verb of choice whose clause
# names answers in the plural ("Never give two possible answers; commit to one", "pick one") is one
# of those answers, a pronoun, no count of the unknown's unit; in French the clitic « en » points back
# to them on its own (« garde-en une seule », « choisis-en une », « n'en donne qu'une »), the noun
# perhaps in the sentence before a colon. "Commit to one sister" is a count of sisters, read before.
_CHOICE_BEFORE = re.compile(
    r"\b(?:commit(?:ting)?[ \t]++to|settle[ \t]++on|stick[ \t]++(?:to|with)|go[ \t]++with|pick|choose|"
    r"select|keep|give[ \t]++(?:only|just))[ \t]*+$"
)
_CHOICE_OF_THEM = re.compile(
    r"(?:\b(?:choisis|choisissez|garde|gardez|retiens|retenez|prends|prenez|donne|donnez|propose|proposez)-en"
    r"|\btiens-t'en[ \t]++a|\btenez-vous-en[ \t]++a"
    r"|\bn'en[ \t]++(?:donne|donnez|garde|gardez|retiens|retenez|choisis|choisissez|propose|proposez)"
    r"[ \t]++qu')"
    r"[ \t]*+$"
)
_ANSWERS_NAMED = re.compile(
    r"\b(?:answers|reponses|solutions|options|possibilities|possibilites|values|valeurs|candidates|candidats"
    r"|nombres|numbers|results|resultats)\b"
)


def _one_of_the_answers(text: str, start: int) -> bool:
    head = text[max(0, start - 160) : start]
    clause = head[max(head.rfind(c) for c in ".!?\n") + 1 :]
    if _CHOICE_OF_THEM.search(clause):
        return True
    choice = _CHOICE_BEFORE.search(clause)
    return choice is not None and bool(_ANSWERS_NAMED.search(clause, 0, choice.start()))


# Round 51 (r51f-riddle-boucle-d-autocritique): a self-check's "one" stands for the slip it asks the model
# to look for (« cherche une erreur dans ton raisonnement. Si tu en trouves une, recommence », "look for a
# mistake; if you spot one, start over"): the last thing named before it in its sentence or the one before
# is a fault, not the unit, and the clause's subject is the model (« tu », "you", « il y en a »), not the
# riddle's ("Caroline en a une" after « une erreur » still counts).
_FAULT_NAMED = re.compile(
    r"\b(?:erreurs?|fautes?|incoherences?|contradictions?|oublis?|problemes?|soucis?|bugs?|coquilles?|defauts?|"
    r"failles?|lacunes?|doublons?|errors?|mistakes?|flaws?|slips?|issues?|problems?|inconsistenc(?:y|ies)|"
    r"oversights?|faults?|typos?|gaps?|double[ -]counts?)\b"
)
_FAULT_FINDER = re.compile(
    r"(?:\b(?:tu|vous|on|il|you(?:'ve|'ll)?|we|i|je|j')[ \t]++(?:en[ \t]++)?(?:[a-z]++[ \t]++)?[a-z]++"
    r"|\b(?:il[ \t]++)?y[ \t]++en[ \t]++a"
    r"|\bs'il[ \t]++y[ \t]++en[ \t]++a|\bthere[ \t]++(?:is|are|was)|\bthere'?s)[ \t]*+$"
)


def _one_fault(text: str, start: int, spec: AnswerSpec) -> bool:
    head = text[max(0, start - 240) : start]
    stops = [i for i, c in enumerate(head) if c in ".!?\n"]
    head = head[stops[-2] + 1 :] if len(stops) >= 2 else head  # its sentence and the one before
    clause = _clause_before(text, start)
    if not _FAULT_FINDER.search(clause) or (spec.subject and re.search(spec.subject, clause)):
        return False
    faults = [m.end() for m in _FAULT_NAMED.finditer(head)]
    if not faults:
        return False
    units = [u for u in spec.unit if re.search(term_pattern(u), head[faults[-1] :])]
    return not units


# A count left in terms of an unknown (round 21a: "Caroline a f − 1 sœurs", "n - 1 sisters",
# "1 + k sœurs") states no number: a one-letter name (a digit or "_" may follow it) joined to
# the number by an operator. "3 x 2" is a product of numbers, read as ever.
_IN_UNKNOWN_BEFORE = re.compile(r"(?<![\w'])(?<!\d[ \t])[a-z](?:_?[a-z0-9])?[ \t]*+[-+*/×−][ \t]*+$")
_IN_UNKNOWN_AFTER = re.compile(r"(?<![ \t])[ \t]*+[-+*/×−][ \t]*+[a-z](?:_?[a-z0-9])?(?![\w'(])")


# A reason that says the subject has no sister (round 21a: "1 sœur, puisqu'elle est la
# seule fille de la famille", "car elle est fille unique", "she is the only girl") counts
# zero sisters: with the count it gives two candidates, and takes the answer back.
_ONLY_GIRL = re.compile(
    r"\b(?:(?:la|l')\s*+seule\s++(?:fille|enfant\s++fille)|fille\s++unique|enfant\s++unique"
    r"|(?:the|an?)\s++only\s++(?:girl|daughter|child)|only\s++(?:girl|daughter)\s++(?:in|of)\b)(?![\w-])"
)


# « la réponse attendue était une sœur », "the only answer they accepted was one sister": the answer's noun
# subject of the copula, no clause between them (nor the subject's name: « ta réponse : Caroline est… »)
_ANSWER_IS = re.compile(
    r"\b(?:reponses?|answers?|resultats?|results?|solutions?|verdicts?)\b([^.,;:!?()\n«»\"]{0,40}?)"
    r"(?<![\w'-])(?:est|etait|sera|serait|fut|is|was|will[ \t]++be|would[ \t]++be)[ \t]*+$"
)


def _answer_is(text: str, start: int, spec: AnswerSpec) -> bool:
    said = _ANSWER_IS.search(text[max(0, start - 80) : start])
    if said is None:
        return False
    return not (spec.subject and re.search(spec.subject, said.group(1)))


# Round 68 (r68f-riddle-j-ai-une-soeur-moi-meme): "un(e) autre" / "one other" with no noun after it, in a
# clause that named "un(e) <noun>" or "one <noun>" before it in its sentence (« mon frère disait une chose, ma
# sœur une autre », "my brother said one thing, my sister another"), is a pronoun for another such thing, no
# count. « Caroline en a une autre » (nothing named before), « une sœur, Léa, et une autre » (the count's own
# noun named before) and « une autre sœur » (a noun after) stay read.
_ANOTHER_ONLY = re.compile(r"(?<![ \t])[ \t]*+(?:autres?|other)")
_PRONOUN_END = re.compile(r"(?<![ \t])[ \t]*+(?:[,;:.!?)\n]|$|(?:et|and|mais|but|puis|then)\b)")
_THING_NAMED = re.compile(r"(?<![\w'-])(?:un|une|one)[ \t]++(?!(?:autres?|other)\b)[a-z]{3,}+")


def _another_thing(
    text: str, start: int, rest: str, adjectives: re.Match[str] | None, unit: re.Pattern[str] | None
) -> bool:
    if adjectives is None or not adjectives.group(0) or not _ANOTHER_ONLY.fullmatch(adjectives.group(0)):
        return False
    if not _PRONOUN_END.match(rest, adjectives.end()):
        return False
    lead = text[max(0, start - 100) : start]
    cut = max(lead.rfind(c) for c in ".!?\n")
    named = list(_THING_NAMED.finditer(lead[cut + 1 :]))
    # the nearest thing named is not the count's unit: « une sœur, Léa, et une autre » counts two sisters
    return bool(named) and not (unit and unit.match(named[-1].group(0).split()[-1]))


def _counts_and_bare(doc: _Doc, spec: AnswerSpec, prompt: bool = False) -> list[tuple[Statement, str]]:
    """Number statements for a count: (statement, "unit" | "bare"); in a ``prompt``, a unit's name
    assigned a number too."""
    text = doc.text
    unit = re.compile(r"^(?:" + "|".join(term_pattern(u) for u in spec.unit) + ")") if spec.unit else None
    found: list[tuple[Statement, str]] = []
    for start, end, value, token in _counted(text):
        line_start = text.rfind("\n", max(0, start - 64), start) + 1
        if (
            (line_start or start < 64)
            and _LIST_PREFIX.fullmatch(text, line_start, start)
            and re.match(r"[.)]\s", text[end : end + 2] + " ")
        ):
            continue  # "1." or "2)" opening a list item
        if _inline_item(text, start, end, value):
            continue  # "Étapes : 1. Lis l'énigme. 2. Raisonne.": items of a list written inline
        if _INDEX_BEFORE.search(text[max(0, start - 20) : start]):
            continue
        if _row_label(text, line_start if line_start or start < 64 else start, start, end, unit):
            continue
        if token and _is_operand(text, start, end):
            continue
        if _IN_UNKNOWN_BEFORE.search(text, max(0, start - 12), start) or _IN_UNKNOWN_AFTER.match(text, end):
            continue  # "f − 1 sœurs", "n - 1 sisters": a count in terms of an unknown (round 21a)
        share = re.match(r"(?<!\s)\s*+%", text[end : end + 4])
        if share or _CONFIDENCE_LEAD.search(_confidences_said(text[max(0, start - 40) : start])):
            continue  # "(certitude : 100 %)", "probabilité : 0,9", "P(correct) ≈ 0.99": how sure (round 11)
        previous = _previous_words(text, start)
        if (
            previous
            and previous[-1].lstrip("'") in _REFERENCE
            and not (previous[-1] == "the" and previous[-2:-1] in (["just"], ["only"]))
        ):  # "just the one sister" (round 16a): an idiom of the count
            continue  # "les 2 sœurs de chaque frère", "the two sisters": a reference back
        if previous and (
            previous[-1] in _PLURAL_POSSESSIVE
            # session 58 (fix102versions, round 102): an English plural owner's ("the brothers' 2 sisters",
            # "the boys' two sisters"): someone else's count, as "their 2 sisters"
            or (len(previous[-1]) > 2 and previous[-1].endswith("s'"))
            or (
                previous[-1] in _POSSESSIVE
                and not (spec.subject and re.search(spec.subject, _clause_before(text, start)))
            )
        ):
            continue  # "leurs 2 sœurs", "his two sisters": someone else's, unless the subject's own
        rest = text[end : end + WINDOW]
        adjectives = _ADJ.match(rest)
        after = rest[adjectives.end() if adjectives else 0 :]
        if _PARTITIVE.match(rest) or _IDIOM.match(rest) or _MODAL.match(rest):
            continue
        if len(previous) >= 2 and previous[-1] in _IDIOM_JOIN and fold(previous[-2]) == fold(text[start:end]):
            continue  # "pose les faits un par un", "one by one", "deux à deux": a manner (round 25b)
        if _SAYING.match(rest) or (
            len(previous) >= 2
            and previous[-1] in _SAYING_JOIN
            and (previous[-2] in _SAYING_TERMS or previous[-2] in NUMBER_WORDS or previous[-2].isdigit())
        ):
            continue  # « un pour tous, tous pour un », « jamais deux sans trois »: a saying (round 62)
        if len(previous) >= 2 and previous[-1] in ("than", "que", "qu'") and previous[-2] in _BETTER:
            continue  # "two heads are better than one": a comparison of things, no count (round 62)
        if token == "one" and previous and previous[-1] in _ONE_POINTED:
            continue  # "Be a logic teacher for this one", "which one": a pronoun, no count (round 25b)
        if _SYMBOL_LEGEND.match(rest):
            continue  # "(one | per child)", « un ▮ par enfant »: a symbol's worth in a legend (round 85)
        if token in ("one", "un", "une") and _one_chosen(previous, text, end):
            continue  # "never give two possible answers; commit to one": one of them, no count (round 49)
        if token in ("un", "une", "one") and _another_thing(text, start, rest, adjectives, unit):
            continue  # « mon frère disait une chose, ma sœur une autre »: "another one", a pronoun (round 68)
        next_word = re.match(r"(?<![ \t])[ \t]*+([a-z][\w'-]*)", after)
        if next_word and next_word.group(1).endswith("-in-law"):
            continue  # "one sister-in-law": another relation (round 16a)
        if unit and (unit.match(after.lstrip(" \t")) or _unit_after_word(after, next_word, unit)):
            if (
                token in ("un", "une", "one", "a", "an")
                and any(w in _COPULA for w in previous[-3:])
                and all(w in _COPULA or w in _COPULA_ADVERBS for w in previous[-1:])
                # session 43: "there is one sister", "there will be one sister" say an existence, a count
                and "there" not in previous[-3:-1]
                and not _impersonal_remainder(previous)  # fix-helper r55fix: « il (lui) reste une sœur »
                # round 57 (fix57): « la réponse attendue était une sœur », "the accepted answer was one
                # sister": the answer's noun is the copula's subject, the number its count
                and not _answer_is(text, start, spec)
            ):
                continue  # "Caroline est (elle-même) une sœur": an article, not a count
            if _someone_else(text, start, spec):
                continue  # "Paul a 2 sœurs": another person's count
            found.append((Statement(value, start, end), "unit"))
        elif prompt and unit and _assigned_to_unit(text, start, spec):
            found.append((Statement(value, start, end), "unit"))  # "nb_soeurs = 1 Raisonne…" (round 39)
        elif (
            next_word
            and next_word.group(1).split("'")[0] not in _FUNCTION
            and not (
                next_word.group(1) in _LEFT_OVER
                and _LEFT_END.match(after, next_word.end())
                and _remainder_of_the_subject(text, start, spec)
            )
        ):  # fix-helper r55fix: "Take Caroline away, there's one left", not "three tries, one left"
            item = _BARE_ITEM.match(text, end)
            noun = item and _NOUN_NEXT.match(text[item.end() : item.end() + 8])
            if unit and item and not noun:
                found.append((Statement(value, start, end), "item"))  # "et une cadette": read if enumerated
            continue  # a count of something else: "3 frères", "une autre fille", "un professeur"
        elif token in ("un", "une") and next_word and next_word.group(1) in _ENGLISH_ONLY:
            continue  # "Tu es un as des énigmes" (round 15b): French "as" is a noun, an ace
        elif (
            token in ("un", "une", "one")
            and len(previous) >= 2
            and previous[-1] in _COPULA
            and previous[-2].split("'")[-1] in ("en", "to")
            # « Caroline en est, il en reste une »: a remainder of the subject's (fix-helper r55fix)
            and not (previous[-1] in _REMAINS and _remainder_of_the_subject(text, start, spec))
        ):
            continue  # "faire semblant d'en être un", "pretend to be one": being one of a kind
        elif _answers_asked(text, start, spec):
            continue  # "Combien y en a-t-il ? 2.": the answer to the text's own question (round 21a)
        elif token in ("un", "une", "one") and _one_of_the_answers(text, start):
            continue  # "never give two answers; commit to one": one of the answers, no count (round 49)
        elif token in ("un", "une", "one") and _one_fault(text, start, spec):
            continue  # "look for a mistake; if you spot one, start over": the slip, no count (round 51)
        elif unit and _other_column(text, start, unit):
            continue  # "| Brothers | Sisters of each brother |" over "| 3 | 2 |": other counts (session 57)
        else:
            found.append((Statement(value, start, end), "bare"))
    if unit:
        zero = re.compile(
            rf"\b(?:pas de|pas d'|no|zero)\s+(?:{'|'.join(term_pattern(u) for u in spec.unit)})"
        )
        for match in _bounded(zero.finditer(text)):
            found.append((Statement(Fraction(0), match.start(), match.end()), "unit"))
        if any(fold(u) in ("soeur", "sister") for u in spec.unit):
            for match in _bounded(_ONLY_GIRL.finditer(text)):
                if not _negated(doc, match.start(), match.end()):  # "n'est pas la seule fille": none
                    found.append((Statement(Fraction(0), match.start(), match.end()), "unit"))
    return found


# Session 57 (fix100hedge, round 100's r100f-riddle-en-table-caption-family): a bare number in a Markdown
# table's body counts what its column's header names: "| Brothers | Sisters of each brother | Caroline's
# sisters |" over "| 3 | 2 | 1 |" gives 3 brothers and each brother's 2 sisters, no second count of
# Caroline's. A column is another count when its header names people or kin and not the asked unit ("Boys",
# « Frères », "Girls"), or the unit as someone else's ("of each brother", « par frère »); a header that names
# nothing of the kind ("Other reading", « Variante », "Also possible") still offers its number.
_KIN_HEADER = re.compile(
    r"(?<![\w'-])(?:brothers?|freres?|boys?|garcons?|girls?|filles?|children|enfants?|siblings?|members?|"
    r"membres?|people|personnes?|family|famille|parents?|kids?)(?![\w'-])"
)
_OWNED_BY_OTHER = re.compile(
    r"(?<![\w'-])(?:of|de|per|par|for|pour)[ \t]++(?:(?:each|every|chaque|un|a|one|le|the|du)[ \t]++)?"
    r"(?:brothers?|freres?|boys?|garcons?)(?![\w'-])"
)


def _other_column(text: str, start: int, unit: re.Pattern[str]) -> bool:
    """Whether the number at ``start`` stands in a Markdown table's body cell under a header that counts
    something else (see :data:`_KIN_HEADER`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not line.lstrip().startswith("|"):
        return False
    lines = text[:line_start].split("\n")[:-1]
    above = []
    while lines and lines[-1].lstrip().startswith("|"):
        above.append(lines.pop())
    if len(above) < 2 or not re.fullmatch(r"[ \t|:-]*+", above[-2]) or "-" not in above[-2]:
        return False
    header = [cell.strip() for cell in above[-1].strip().strip("|").split("|")]
    column = line[: start - line_start].lstrip().lstrip("|").count("|")
    if column >= len(header):
        return False
    named = header[column]
    if _OWNED_BY_OTHER.search(named):
        return True
    own = any(unit.match(named, m.start()) for m in re.finditer(r"(?<![\w'-])[a-z]", named))
    return not own and _KIN_HEADER.search(named) is not None


# Fix-helper r55fix (round 55's r55g-riddle-comptine-mnemotechnique, « Caroline en est, il en reste une »):
# what is left is counted. A number then "left", "remaining" or "remains" is the count of what remains ("one
# is left", "there's one left", "one remains"), no count of another noun; « il (en, lui) reste une (sœur) » is
# impersonal, a count, not "Caroline reste une sœur" (an article) nor « d'en être une » (one of a kind).
_LEFT_OVER = frozenset("left remaining remains remain".split())
_REMAINS = frozenset("reste restent remains".split())
# what may follow "left": the clause's end or a preposition ("one left turn": a noun)
_LEFT_END = re.compile(r"[ \t]*+(?:[.,;:!?)'\"»\n]|$|(?:over|to|now|for|in|then|when|after)\b)")


def _impersonal_remainder(previous: list[str]) -> bool:
    """Whether the words before a count end on an impersonal « il reste », « il en reste », « il lui
    reste »."""
    if not previous or previous[-1] not in _REMAINS:
        return False
    before = previous[-3:-1]
    return before[-1:] == ["il"] or (len(before) == 2 and before[0] == "il" and before[1] in _CLITICS)


_CLITICS = frozenset("en lui leur nous vous y".split())


def _remainder_of_the_subject(text: str, start: int, spec: AnswerSpec) -> bool:
    """Whether what is left at ``start`` is the subject's: its clause (back to a sentence's end or a ";")
    names the subject or the unit ("Take Caroline away, one is left", « deux sœurs chacun, il en reste une »),
    or it answers the task's question, the data blanked before it (« [data] ? Il en reste une. »); "three
    tries, one left", « trois essais ; il t'en reste un » count something else."""
    head = text[max(0, start - 240) : start]
    cut = max(head.rfind(c) for c in ".!?\n;")
    clause = head[cut + 1 :]
    if spec.subject and re.search(spec.subject, clause):
        return True
    if any(re.search(term_pattern(u), clause) for u in spec.unit):
        return True
    asked = _ASKED_BEFORE.search(head[: cut + 1]) if cut >= 0 and head[cut] in "?\n" else None
    return asked is not None and not re.search(r"[a-z]", asked.group(0))


# Two numbers a quantity or a predicate is said of: "PGCD(35, 36)", "de 35 et 36", "12 and 35 are".
_PAIR = re.compile(r"(?<![\d.,])(\d+)\s*+(?:et|and|,|;|&)\s*+(\d+)(?![.,]?\d)")


_PRIME_WITH = re.compile(
    r"\b(?:premiers?|premieres?|copremiers?|coprimes?|co-primes?|relatively prime|mutually prime|prime)"
    r"\s++(?:avec|with|to|a)\s++(?:le\s++nombre\s++|the\s++number\s++)?(\d+)(?![.,]?\d)"
)


def _task_numbers(spec: AnswerSpec) -> set[int]:
    return {int(n) for data in spec.data for n in re.findall(r"\d+", fold(data))}


def _other_numbers(said: str, spec: AnswerSpec) -> bool:
    """Whether ``said`` (what a quantity or a predicate is said of) names a pair of numbers
    one of which is not among the task's: the value is another pair's, no answer to the
    task and no dictation of its answer ("Oui : 35 et 36 sont premiers entre eux, car
    PGCD(35, 36) = 1"; "Exemple : PGCD(12, 35) = 1")."""
    task = {int(n) for data in spec.data for n in re.findall(r"\d+", fold(data))}
    return bool(task) and any(int(a) not in task or int(b) not in task for a, b in _PAIR.findall(said))


# Session 50 (fix78b): a comparison that is the operand of a boolean equality or equivalence ("ensures r ==
# (Pgcd(a, b) == 1)", "coprime = (gcd(a, b) == 1)", "r <==> gcd(a, b) == 1", "… iff gcd(a, b) = 1", « ssi
# pgcd(a, b) = 1 ») states no value: it is what the boolean's truth is, a definition of the predicate.
_BOOLEAN_OPERAND_BEFORE = re.compile(
    r"(?:(?:[=!]=|<=?=>|(?<![<>!=])=)[ \t]*+\([ \t]*+"
    r"|(?:<=?=>|⟺|⇔|↔|\biff\b|\bssi\b|if and only if|si et seulement si|exactly when|exactement quand)"
    r"[ \t]*+\(?[ \t]*+)$"
)


def _symbolic(args: str, text: str) -> bool:
    """Whether a gcd's arguments hold a letter the text does not set to a number ("PGCD(n,
    n + 1)", "gcd(k, 2k + 1)", "PGCD(p, q)"): a general rule, not the task's pair ("soit a =
    35 et b = 64 ; PGCD(a, b) = 1" names the task's numbers) (round 5)."""
    letters = set(re.findall(r"(?<![a-z])[a-z](?![a-z])|(?<=\d)[a-z](?![a-z])", args))
    return any(not re.search(rf"(?<![a-z]){letter}\s*+=\s*+\d", text[:20_000]) for letter in letters)


def _data_numbers(spec: AnswerSpec) -> list[tuple[Fraction, set[str]]]:
    """Each number of the task's data with the content words of its sentence."""
    facts = []
    for data in spec.data:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", fold(data)):
            content = {w for w in words(sentence) if not w.isdigit() and w not in _FUNCTION and len(w) > 2}
            for token in words(sentence):
                if token.isdigit():
                    facts.append((Fraction(int(token)), content))
    return facts


# Who a restated data sentence is said of (round 15a): a distributive or plural pronoun for
# the data's others ("Chacun en a 2 : Caroline et une autre fille", "they each have two").
_DISTRIBUTIVE = re.compile(r"\b(?:chacun|chacune|each|ils|they|tous|all of them)\b")
_TOO = r"\s++(?:aussi|egalement|de meme|too|also|as well)\b"  # "..., elle aussi": the subject's too


def _restates_data(
    doc: _Doc, statement: Statement, spec: AnswerSpec, data: list[tuple[Fraction, set[str]]]
) -> bool:
    lo, hi = doc.sentences[doc.sentence_of(statement.start)]
    clause = _clause_around(doc.text, statement.start, statement.end, lo, hi)
    lo = max(lo, statement.start - WINDOW)
    holder = _clause_before(doc.text[lo : statement.start], statement.start - lo)
    if spec.subject and re.search(spec.subject, holder):
        return False  # the answer's own subject holds the count: "Caroline a 2 sœurs"
    # Round 88 (fix88): in an answer line, only the data's own sentence said of the data's others
    # ("Revised answer: with 2 girls each brother has exactly 2 sisters ✓", a check of the answer) restates.
    held = {_stem(w) for w in words(holder)} if doc.is_labelled(statement.start) else set()
    if doc.is_labelled(statement.start) and not (
        _DISTRIBUTIVE.search(holder)
        and any(value == statement.value and held & {_stem(w) for w in content} for value, content in data)
    ):
        return False
    if (
        _DISTRIBUTIVE.search(holder)
        and any(value == statement.value for value, _ in data)
        and not (spec.subject and re.search(spec.subject + _TOO, doc.text[statement.end : hi]))
    ):
        return True  # "Chacun en a 2", "each of them has two": the data's count, said of the others
    mine = {w for w in words(clause) if not w.isdigit() and w not in _FUNCTION and len(w) > 2}
    units = {w for u in spec.unit for option in u.split("|") for w in words(fold(option))}
    mine = {w for w in mine if not any(w.startswith(u) for u in units)}
    mine = {_stem(w) for w in mine}  # "les frères ont 2 sœurs" restates "chaque frère a 2 sœurs"
    return any(value == statement.value and (mine & {_stem(w) for w in content}) for value, content in data)


# Counts said by enumeration (round 15a): "une grande sœur et une petite sœur", "one older
# sister and one younger (sister)" are two. Two counts of the unit (the second may be a bare
# count that an adjective follows) joined by "et", "and", "plus", "&", "+", "ainsi que", "as
# well as" with at most the unit and two words between them, and no negation, choice or
# punctuation that ends a clause, are one count: their sum.
_ENUMERATION_JOIN = re.compile(
    r"(?:^|[\s,])(?:et|and|plus|&|\+|ainsi qu(?:e|')|as well as)(?:[\s,]|$|(?<='))"
)
_ENUMERATION_STOP = re.compile(
    r"[.;:!?()\[\]\n]|\b(?:ou|or|non|pas|not|no|ni|nor|mais|but|donc|so|soit|sinon|seule?s?|only|"
    r"est|is|c'est|it's|a|has|ont|have)\b"
)
_NOUN_NEXT = re.compile(r"(?<![ \t])[ \t]++(?!(?:et|and|ou|or)\b)[a-z]")  # "une autre fille": a noun
_BARE_ITEM = re.compile(
    r"(?<![ \t])[ \t]++(?:petite?s?|grande?s?|ainee?s?|cadette?s?|jumelle?s?|autres?|older|younger|elder|big|"
    r"little|twin|other|another)\b"
)


def _enumerated(
    text: str, found: list[tuple[Statement, str]], unit: re.Pattern[str] | None
) -> list[tuple[Statement, str]]:
    if unit is None:
        return found
    merged: list[tuple[Statement, str]] = []
    for statement, kind in found:
        if merged and merged[-1][1] == "unit" and isinstance(statement.value, Fraction):
            last = merged[-1][0]
            gap = text[last.end : statement.start]
            item = kind == "unit" or (kind in ("bare", "item") and _BARE_ITEM.match(text, statement.end))
            if (
                item
                and isinstance(last.value, Fraction)
                and len(words(gap)) <= 5
                and re.search(r"(?<!\w)" + unit.pattern.lstrip("^"), gap)
                and _ENUMERATION_JOIN.search(gap)
                and not _ENUMERATION_STOP.search(gap)
            ):
                merged[-1] = (Statement(last.value + statement.value, last.start, statement.end), "unit")
                continue
        merged.append((statement, kind))
    return [(statement, kind) for statement, kind in merged if kind != "item"]


# Whose count a clause gives, by its grammatical holder (round 22a): a count whose subject is
# the data's others ("ses 3 frères ont chacun 2 sœurs", ", et chaque frère en a 2", "each of
# her brothers has 2 sisters") or that a distributive word follows ("3 frères, 2 sœurs chacun
# → 2 filles") is theirs, wherever it stands (before or after the answer line, in a
# parenthesis, on a labelled line): never a candidate for the subject's count. The others
# are the holders of the data's counts other than the subject ("Chaque frère a 2 sœurs",
# "Each brother has 2 sisters": frère, brother).
_HAVE = r"(?:a|ont|has|have|had|avait|avaient|possede|possedent|compte|comptent|gets?|got)"
_HOLDER_FILLER = (
    r"(?:[ \t]++(?:en|bien|donc|alors|aussi|also|chacun|chacune|each|so|then|thus|only|seulement))*+"
)
_DISTRIBUTIVE_AFTER = re.compile(
    r"(?<![ \t])[ \t]*+(?:chacun|chacune|each|apiece|par (?:tete|personne)|pour chacun|pour chaque [a-z]++"
    r"|per [a-z]++)\b"
)


_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]*+(?<![a-z])[a-z]++")
_HOLDER_SPAN = re.compile(
    r"(?<![ \t,a-z0-9'])(?:[ \t,]++(?:de|des|of|d'|her|his|ses|sa|son|leurs?|the|les|their|\d+|trois|three"
    r"|[a-z]+'s|eux|ils|they))*+,?"
    rf"(?:[ \t]++[a-z]+){{0,4}}{_HOLDER_FILLER}[ \t]++{_HAVE}{_HOLDER_FILLER}[ \t]++"
)


def _others_pattern(spec: AnswerSpec) -> re.Pattern[str] | None:
    names: set[str] = set()
    for data in spec.data:
        for holder in re.finditer(rf"\b([a-z]{{3,}})[ \t]++{_HAVE}[ \t]++\d", fold(data)):
            word = holder.group(1)
            if not (spec.subject and re.search(spec.subject, word)):
                names.add(re.escape(_stem(word)) + "[sx]?")
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(names)) + r"|chacun|chacune|each|chaque|every)\b")


def _others_count(doc: _Doc, statement: Statement, spec: AnswerSpec, others: re.Pattern[str] | None) -> bool:
    """Whether the count is said of the data's others by its holder (round 22a)."""
    if others is None or not isinstance(statement.value, Fraction):
        return False
    text = doc.text
    lo, hi = doc.sentences[doc.sentence_of(statement.start)]
    if spec.subject and re.search(spec.subject + _TOO, text[statement.end : hi]):
        return False  # "Chacun en a 2, et elle aussi": the subject's too (round 15a)
    lo = max(lo, statement.start - WINDOW)
    before = text[lo : statement.start]
    for last in list(others.finditer(before))[-3:]:
        span = before[last.end() :]
        if span.strip(" \t*_") in (":", "="):
            return True  # "Frères : 3", "brothers = 3": a count labelled by the others' noun
        if not (spec.subject and re.search(spec.subject, span)) and _HOLDER_SPAN.fullmatch(span):
            return True  # "chaque frère en a 2", "ses 3 frères ont chacun 2", "each brother has 2"
    after = _NEXT_WORD.match(text, statement.end, statement.end + 40)
    if after and _DISTRIBUTIVE_AFTER.match(text, after.end()):
        clause = _clause_before(text, statement.start)
        return not (spec.subject and re.search(spec.subject, clause))  # "3 frères, 2 sœurs chacun"
    return False


# A count whose one member is the subject herself (round 22a: "1 sœur, qui n'est autre
# qu'elle-même", "1 sister, namely herself", "une sœur : elle-même") counts no one else: zero.
# "1 sœur, sans compter elle-même", "1 sister besides herself" exclude her, read as ever. "Herself" that
# opens a clause going on (a verb after it: « une sœur : elle-même compte parmi les deux ») names no sister.
_SELF_REFERENT = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?<![a-z])[a-z]++[ \t]*+)?(?:[ \t]*+[,:(—–-][ \t]*+)?"
    r"(?:(?:qui[ \t]++(?:n'est[ \t]++autre[ \t]++qu'|n'est[ \t]++autre[ \t]++que|est)|c'est-a-dire|c'est|soit"
    r"|a[ \t]++savoir"
    r"|namely|that[ \t]++is|i\.e\.,?|who[ \t]++is|which[ \t]++is|to[ \t]++wit)[ \t]*+)?"
    r"(?:(?:caroline|elle)[ \t]*+-?[ \t]*+)?(?:elle-meme|herself|caroline[ \t]++herself)(?![\w-])"
    # the subject of a clause that goes on ("une sœur : elle-même compte parmi les deux", session 54, fix96)
    r"(?![ \t]++(?!(?:included|incluse?|inclus|comprise?|only|seule?|alone|et|and|ou|or)(?![\w-]))[a-z])"
)


# A count relative to another (round 23a: "1 sœur de plus que ses frères", "une de moins
# que Paul", "1 more sister than", "one sister fewer than"): a difference between two
# counts, not the count asked. "1 sœur, pas plus" compares with nothing ("que"/"than").
_RELATIVE = re.compile(  # lookbehind: read from a blank run's start only (linear)
    r"(?<![ \t])(?:[ \t]++[a-z]++)?[ \t]++(?:(?:de|en)[ \t]++(?:plus|moins)|more|fewer|less)\b"
    r"(?:[ \t]++[a-z]++)?[ \t]++(?:que\b|qu'|than\b)"
)


def _assigned_to_unit(text: str, start: int, spec: AnswerSpec) -> bool:
    """Whether a name of the count's unit is assigned the number at ``start`` ("nb soeurs = 1", "sisters:
    1"), whatever word follows it (a run-on "nb_soeurs = 1 Raisonne…" is no count of "raisonne")."""
    units = "|".join(term_pattern(u) for u in spec.unit)
    return bool(re.search(rf"(?:{units})[a-z]{{0,3}}+[ \t]*+[=:][ \t]*+$", text[max(0, start - 30) : start]))


def _count_statements(doc: _Doc, spec: AnswerSpec, prompt: bool = False) -> list[Statement]:
    data = _data_numbers(spec)
    kept = []
    unit = re.compile(r"^(?:" + "|".join(term_pattern(u) for u in spec.unit) + ")") if spec.unit else None
    others = _others_pattern(spec) if spec.unit else None
    names = sorted(instances.data_names(spec.data)) if prompt else []
    for statement, kind in _enumerated(doc.text, _counts_and_bare(doc, spec, prompt), unit):
        if prompt and kind == "bare" and _claimed_by_another(doc.text, statement, unit, names):
            continue  # "the key 1 on my keyboard", "b is not 6", "we saw 1 and 2 today" (round 39)
        if _others_count(doc, statement, spec, others):
            continue  # "ses 3 frères ont chacun 2 sœurs": the others' count (round 22a)
        if unit and _RELATIVE.match(doc.text, statement.end):
            continue  # "1 sœur de plus que ses frères": a difference, no count (round 23a)
        if not _restates_data(doc, statement, spec, data):
            if unit and _SELF_REFERENT.match(doc.text, statement.end):
                statement.value = Fraction(0)  # "1 sœur, qui n'est autre qu'elle-même": none other
            statement.negated = _negated(doc, statement.start, statement.end)
            kept.append(statement)
    return kept


def _claimed_by_another(
    text: str, statement: Statement, unit: re.Pattern[str] | None, names: list[str]
) -> bool:
    """Whether a bare number of a prompt names another thing than the count (numroles.py):
    a noun's label, another subject's value, a number of the student's own day."""
    start, end = statement.start, statement.end
    return (
        numroles.labelled(text, start, unit)
        or numroles.other_subject(text, start, unit, names)
        or numroles.own_day(text, start, end, names)
        or numroles.error_size(text, start)  # "off by one", « trompé de deux » (round 41)
        or numroles.indexed(text, start)  # "This is exercise 1", "problem 1 on page 1" (round 41)
        or numroles.setting(text, start)  # "retries: 1", « nombre d'essais : 1 » (fix-helper left52f)
        or numroles.membership(text, start, end)  # « tu n'en es pas un », "you are not one" (round 79)
    )


_ALTERNATIVE = re.compile(
    rf"(?<!\s)\s*+(?:,|/|\bou\b|\bor\b|\bvoire\b|\bsinon\b|\botherwise\b)\s*+(?:\bou\b\s*+|\bbien\b\s*+)?"
    rf"(?P<value>[-+]?\d+(?:[.,]\d+)?|(?:{NUMBER_WORD_RE})\b)(?!\s*[=*/^\d]|\s*[-+]\s*\d)"
)
# A signed value opening an aside right after a value ("b = −10 (+10 avec l'autre
# convention)", "(-10 selon ...)") is a second candidate (round 15a); "1 (35 n'a que 5 et 7)"
# stays a remark.
_ASIDE_ALTERNATIVE = re.compile(
    r"(?<!\s)\s*+\(\s*+(?:(?:ou|or|soit|voire|sinon|otherwise)\s++)?(?P<value>[-+]\s*+\d+(?:[.,]\d+)?)"
    r"(?!\s*[=*/^\d]|\s*[-+]\s*\d)"
)
_NEGATED_ALTERNATIVE = re.compile(
    rf"(?<!\s)\s*+,?\s*+(?:\bet non\b|\band not\b|\bnot\b|\bnon\b|\bpas\b|\bmais pas\b|\bbut not\b)\s*+"
    rf"(?P<value>[-+]?\d+(?:[.,]\d+)?|(?:{NUMBER_WORD_RE})\b)"
)
# Possessive blanks (``\s++``, ``\s*+``) throughout: "pgcd de" then 4 KiB of spaces took 23 s
# when every blank could be given back to the next one (tests/test_prompts_redos.py).
_CONNECTOR = (
    r"(?P<connector>\s*+(?:\"\s*+)?(?:=|:)\s*+|\s++(?:est\s++egale?\s++a|est\s++de|is\s++equal\s++to|equals?|egale?|vaut|"
    r"est|is|are|sont|of|de|etant|being|valant|n'est\s++pas|ne\s++vaut\s++pas|is\s++not|isn't|n'est\s++pas\s++egale?\s++a"
    # round 76 (fix76): a verb of outcome is a copula ("comes out at −10", « ressort à −10 »)
    r"|comes?\s++out\s++(?:at|to|as)|works?\s++out\s++(?:at|to|as)|turns?\s++out\s++to\s++be|ends?\s++up\s++(?:at|as|being)"
    r"|lands?\s++(?:at|on)|ressort\s++a|s'etablit\s++a|tombe\s++(?:a|sur)"
    # session 59 (fix105enc, round 105): "the key lists the intercept as -1.0×10^1": "as" before a number
    r"|as(?=\s++[-+]?\d)"
    # round 78 (fix78a): a modal before the copula tells the value as surely ("the intercept should come
    # out as -2 × 5", « le PGCD doit valoir 64^0 », "b must be -10"); a negation after the modal tells none
    r"|(?:doit|doivent|devrait|devraient|devra|should|must|will|ought\s++to|has\s++to|needs?\s++to)\s++"
    r"(?:etre(?:\s++egale?\s++a)?|valoir|egaler|be(?:\s++equal\s++to)?|equal|come\s++out\s++(?:at|to|as)|"
    r"work\s++out\s++(?:at|to|as)|turn\s++out\s++to\s++be|end\s++up\s++(?:at|as|being)))\s++"
    r"(?:(?:donc|so|bien|alors|thus|therefore|clairement|clearly|simplement|simply|exactement|exactly|"
    r"encore|also|aussi|egale?\s++a|egal|egale)\s++)*(?::\s*+)?)"  # "est donc égal à 1" (round 18a)
)
# What makes a value part of a product: x or y after it, or an expression in parentheses
# ("7(35 - 34)"); words in parentheses after it ("1 (35 n'a que 5 et 7...)") are a remark.
_PRODUCT = r"\s*+(?:[xy]|\((?=[-+*/^\d.,\sxy()]{0,40}\)))"
# A member that an operator and a letter continue ("10 = 20 + b, donc b = -10") is a step
# of an equation with an unknown, not the quantity's value.
_UNKNOWN = r"[ \t]*+(?:[-+*/][ \t]*+[a-z](?![a-z'])|=)"
_VALUE = (
    rf"(?P<signword>(?:moins|minus|negatif|negative|(?:l')?oppose de|the opposite of|opposite of)\s++)?"
    rf"(?P<chain>(?:\+[ \t]{{0,3}}(?=\d))?"
    rf"(?>{arith.EXPR})(?:\s*+=\s*+(?:p?gcd\s*+\([^()]*\)|(?>{arith.EXPR})))*|"
    rf"(?:{NUMBER_WORD_RE})\b)"
)


_PAIR_NEXT = re.compile(r"(?<!\s)\s*+(?:et|and|,)\s*+(?:de\s++|d'|of\s++)?[-+]?\d")


# A test asked of a machine (round 21a, decided): an equation on a query line (an SQL
# SELECT, a Python or SQL prompt: "=> SELECT gcd(35, 64) = 1;", ">>> gcd(35, 64) == 1") is a
# question; the printed boolean after it answers it ("t", "True": stated; "f", "False":
# denied), and with none it states nothing.
_QUERY_LINE = re.compile(
    r"(?<![ \t])[ \t]*+(?:[a-z_]{0,12}[=#-]?[>#][ \t]*+|>>>[ \t]*+|\?-[ \t]*+)?select\b"
    r"|(?<![ \t])[ \t]*+>>>"
)
_QUERY_RESULT = re.compile(r"^[ \t|]*+(t|true|vrai|f|false|faux)[ \t|]*+$", re.MULTILINE)


# Session 59 (fix105enc, round 105): the condition of a conditional formula or statement
# ("=IF(GCD(35,64)=1,\"coprime\",\"not\")", « =SI(PGCD(35;64)=1;…) », "if (gcd(35, 64) == 1)") asks
# the comparison; a formula with no result shown tells nothing.
_CONDITION_OPEN = re.compile(r"\b(?:if|si|iif|ifs|sierreur)\(\s*+$|\bif[ \t]++\([ \t]*+$")


def _queried(text: str, start: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    if not _QUERY_LINE.match(text, line_start, start):
        return None
    line_end = text.find("\n", start)
    if line_end < 0:
        return ""
    after = text[line_end : line_end + 240]
    stop = re.search(r"\n[ \t]*+(?:```|~~~|[a-z_]{0,12}[=#-]?[>#][ \t]|>>>)", after)
    result = _QUERY_RESULT.search(after[: stop.start()] if stop else after)
    if result is None:
        return ""
    return "true" if result.group(1) in ("t", "true", "vrai") else "false"


def _about_statements(doc: _Doc, spec: AnswerSpec) -> list[Statement]:
    text = doc.text
    found: list[Statement] = []
    data_lines = {value for data in spec.data for value, _, _ in _line_values(fold(data))}
    for about in spec.about:
        if about in ("line:slope", "line:intercept"):  # every equation of a line states both
            part = 0 if about == "line:slope" else 1
            for line, start, end in _line_values(text):
                if _part_of_line(text, start, end):
                    found.append(Statement(PART, start, end, _negated(doc, start, end)))  # round 23a
                elif line not in data_lines or _piece(text, start, end) or _named_sought(text, start):
                    found.append(Statement(line[part], start, end, _negated(doc, start, end)))
            continue
        head = about[3:] if about.startswith("re:") else term_pattern(about)
        # A value may follow the quantity directly when it ends with "que", "than", "à part"
        # ("aucun diviseur commun autre que 1") or, for a regex, with a separator.
        direct = re.search(
            r"(?:\b(?:que|qu|than|part|sauf|hormis|excepte|except|besides)|[;,(\]])$", about.rstrip("\\s*?+")
        )
        loose = r"(?P<weak>\s++(?:of|de)\s++" + (r"|[ ]*+" if direct else "") + ")"
        pattern = re.compile(
            rf"(?:{head})(?P<args>\s*+\([^()\n]{{0,20}}\))?"
            rf"(?P<between>(?:\s++(?:de|of|entre|between|du|des)\s++[^=:.;\n]{{0,30}}?)?)"
            rf"(?:{_CONNECTOR}|{loose})(?P<notword>(?:pas|not)\s++)?{_VALUE}(?![\w]|[.,]\d|{_PRODUCT}|{_UNKNOWN})"
            r"(?(weak)(?!\s*+(?:et|and|,)\s*+[-+]?\d))"
        )
        for match in _bounded(pattern.finditer(text)):
            between = match.group("between") or ""
            if _other_numbers((match.group("args") or "") + " " + between, spec):
                continue  # "PGCD(35, 36) = 1": another pair's gcd is no answer, and dictates nothing
            if _symbolic(match.group("args") or "", text):
                continue  # "PGCD(n, n + 1) = 1": a rule about any pair, not this pair's gcd
            if _BOOLEAN_OPERAND_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                # "ensures r == (Pgcd(a, b) == 1)", "r <==> gcd(a, b) == 1": a boolean's meaning (session 50)
                continue
            if re.search(r"[\d)][ \t]*+[-+*/][ \t]*+$", text[max(0, match.start() - 12) : match.start()]):
                continue  # "20 + b = 10": the quantity is an operand of an equation to solve
            if (match.group("connector") or "").strip() in ("de", "of") and (
                _PAIR_NEXT.match(text, match.end())
                or re.search(r"\d\s*+(?:et|and|,)\s*+$", match.group("between"))
            ):
                continue  # "On calcule le PGCD de 35 et 64 :" names the pair, no value (round 20b)
            lead = text[match.end("between") : match.start("chain")]
            if ":" in lead and "\n" in lead and "=" in match.group("chain"):
                continue  # "PGCD de 35 et 64 :" over the lines of Euclid's steps heads them (round 20b)
            chain = match.group("chain")
            # A label with a colon that opens the working (round 20a: "PGCD(35, 64) : 64 = 1 ×
            # 35 + 29 ; …", "gcd(64, 35): 64 = 35 + 29"): an equation of numbers after it is the
            # first step, no value; "PGCD : 7" and "gcd: gcd(35, 64) = 1" still state one.
            if (
                "=" in chain
                and not chain.lstrip().startswith(("pgcd", "gcd"))
                and ":" in (match.group("connector") or "")
                and "=" not in match.group("connector")
            ):
                continue  # "PGCD(35, 64) : 64 = 1 × 35 + 29": a label that opens the working (round 20a)
            if _MODAL_RULE.search(match.group("connector") or "") and _RULE_IF.search(
                re.split(r"[.!?;\n]", text[max(0, match.start() - 80) : match.start()])[-1]
            ):
                continue  # "if they are coprime, the gcd must be 1": a rule's consequence, no value (fix78a)
            if _REMAINDER_NEXT.match(text, match.end()):
                continue  # "gcd(64, 35): 64 mod 35 = 29": the first step's dividend, no value (round 29)
            last = chain.split("=")[-1]
            try:
                number = (
                    Fraction(NUMBER_WORDS[last.strip()])
                    if last.strip() in NUMBER_WORDS
                    else arith.value(last)
                )
            except (arith.Unreadable, ZeroDivisionError):
                continue
            if chain.strip() in NUMBER_WORDS and _article(text, match.end()):
                continue  # "le PGCD est une clé", "the gcd is one of the clues": no value
            value = -number if match.group("signword") else number
            start = match.start()
            said = between + " " + (match.group("connector") or "") + " " + (match.group("notword") or "")
            negated = _negated(doc, start, match.end(), said)
            if _CONDITION_OPEN.search(text, max(0, start - 24), start):
                continue  # "=IF(GCD(35,64)=1, ...)": a formula's condition asks, no result shown (round 105)
            query = _queried(text, start)
            if query is not None:
                if not query:
                    continue  # "SELECT gcd(35, 64) = 1;" and no result: a question to the machine
                negated = negated or query == "false"  # "=> SELECT gcd(35, 64) = 1 … f"
            found.append(Statement(value, start, match.end(), negated))
            tail = match.end()
            while True:
                alternative = _ALTERNATIVE.match(text, tail) or _ASIDE_ALTERNATIVE.match(text, tail)
                rejected = _NEGATED_ALTERNATIVE.match(text, tail)
                if rejected:
                    found.append(
                        Statement(
                            _word_or_number(rejected.group("value")),
                            rejected.start("value"),
                            rejected.end(),
                            True,
                        )
                    )
                    tail = rejected.end()
                elif alternative and _pair_opens(text, alternative, spec):
                    break  # "Comme leur PGCD vaut 1, 35 et 64 sont premiers entre eux" (round 31)
                elif alternative:
                    found.append(
                        Statement(
                            _word_or_number(alternative.group("value")),
                            alternative.start("value"),
                            alternative.end(),
                            negated,
                        )
                    )
                    tail = alternative.end()
                else:
                    break
    unique: dict[tuple[int, int], Statement] = {}
    for statement in found:
        unique.setdefault((statement.start, statement.end), statement)
    return list(unique.values())


# Round 31: the task's pair after a comma opens the next clause, no second value: "Comme leur PGCD
# vaut 1, 35 et 64 sont premiers entre eux", "Since their gcd is 1, 64 and 35 are coprime" (both
# numbers the data's, two different ones, joined by "et"/"and"); "vaut 1, 35 ou 64" still offers two.
_PAIR_AFTER = re.compile(r"(?<!\s)\s*+(?:et|and|&)\s*+(\d+)(?![.,]?\d)")


def _pair_opens(text: str, alternative: re.Match[str], spec: AnswerSpec) -> bool:
    if "," not in text[alternative.start() : alternative.start("value")]:
        return False
    first = alternative.group("value")
    second = _PAIR_AFTER.match(text, alternative.end())
    task = _task_numbers(spec)
    return (
        first.isdigit()
        and bool(second)
        and int(first) in task
        and int(second.group(1)) in task  # type: ignore[union-attr]
        and int(first) != int(second.group(1))  # type: ignore[union-attr]
    )


# Words that may follow a value written as a word ("vaut un ici", "is one, so"): after any
# other word, a number word is an article or counts something else ("une clé", "one key").
_AFTER_VALUE = set(
    "ici here exactement exactly precisement precisely seulement aussi too encore bien comme".split()
)


def _article(text: str, end: int) -> bool:
    """Whether the number word ending at ``end`` is an article or a count of something else
    ("est une clé", "est un nombre impair", "is one of the clues"), not a value."""
    after = text[end : end + 40]
    if _PARTITIVE.match(after):
        return True
    following = re.match(r"(?<![ \t])[ \t]++([a-z][\w'-]*)", after)
    if following is None:
        return False
    word = following.group(1).split("'")[0]
    # a French article before a word that is a function word in English only is a noun:
    # "Tu es un as des énigmes" (an ace, round 15b), no value 1 and English "as"
    if re.search(r"\b(?:un|une)$", text[:end]) and word in _ENGLISH_ONLY:
        return True
    return word not in _FUNCTION | _AFTER_VALUE


def _word_or_number(token: str) -> Fraction:
    return Fraction(NUMBER_WORDS[token]) if token in NUMBER_WORDS else Fraction(token.replace(",", "."))


# -- lines -----------------------------------------------------------------------------------


def _equation_runs(text: str) -> Iterator[tuple[int, str]]:
    """(start, run) for each run of equation characters that holds "=" and does not start
    right after a letter: what ``(?<![a-z])[...]*=[...]*`` finds, in one pass (that regex
    reads a long run again from each of its characters when it holds no "=").

    A comma followed by a space ends a run: it lists ("a = 4, b = −10, y = 4x − 10", round
    8), where a decimal comma is followed by its digits. So does a full stop followed by a space
    (round 49: "Show that it is y = 4x − 10. A line parallel to y = 4x + 6…", the data blanked
    after it leaving its "=" and "+" on the same line): it ends a sentence."""
    for match in _EQUATION_CHARS.finditer(text):
        for piece in _LIST_COMMA.finditer(match.group(0)):
            yield from _equation_run(text, piece.group(0), match.start() + piece.start())


_LIST_COMMA = re.compile(r"(?:[^,.]|[,.](?![ \t]))++[,.]?")


def _equation_run(text: str, run: str, start: int) -> Iterator[tuple[int, str]]:
    last = run.rfind("=")
    if last == -1:
        return
    offset = 0
    while (
        offset <= last
        and offset < len(run)
        and ("a" <= (run[offset - 1] if offset else text[start - 1 : start]) <= "z")
    ):
        offset += 1  # a run may not start right after a letter (x and y are letters too)
    if offset <= last:
        yield start + offset, run[offset:]


# Round 52: a spaced dash that ends a run before a word of three letters or more (no number word)
# separates a title's parts ("y = 4x - 10 - desmos"); "y = 4x - b" and "y = 4x - ten" stay cut.
_TITLE_DASH = re.compile(r"\d[ \t]++-[ \t]*+$")
# Round 89 (fix89): or two letters of another script (« y = 4x − 10 — εξήγησέ το », "— 설명해 줘", « — इसे »).
_TITLE_WORD = re.compile(rf"(?!(?:{NUMBER_WORD_RE})(?![a-z]))[a-z]{{3}}|[^\W\d_a-z]{{2}}")


# A line written as a function (round 53: "g(x) = 4x − 10" typed in Desmos, « h : x ↦ 4x − 10 »,
# "f: x -> 4x + 6"): the function's value is the line's y, whatever the function's one-letter name
# (with an index: "f1(x)", "g_2(x)"); a call at a number ("g(5) = 10") is a point, no line.
_FUNCTION_OF_X = re.compile(
    r"(?<![\w.])[a-z](?:_?\d)?[ \t]*+\([ \t]*+x[ \t]*+\)"
    r"|(?<![\w.])[a-z](?:_?\d)?[ \t]*+:[ \t]*+x[ \t]*+(?:↦|\|->|->|→|⟼)"
    r"|(?<![\w.:])x[ \t]*+(?:↦|⟼)"
)


def _as_y(m: re.Match[str]) -> str:
    return "y".rjust(len(m.group(0))) if "(" in m.group(0) else "y =".ljust(len(m.group(0)))


@copied_cache(maxsize=1024)
def _line_values(folded: str) -> list[tuple[tuple[Fraction, Fraction], int, int]]:
    text = _FUNCTION_OF_X.sub(_as_y, folded)
    # A line written as code (round 6: "def f(x): return 4*x - 10", "lambda x: 4*x - 10",
    # "x => 4*x - 10") is the equation y = ... it computes.
    text = _CODE_LINE.sub(lambda m: "y =".ljust(len(m.group(0))), text)
    found = []
    for count, (match_start, run) in enumerate(_equation_runs(text)):
        if count >= MAX_VALUES:
            raise _TooMany
        core = run.strip(" .,(")
        if "x" not in core or "y" not in core or "=" not in core:
            continue
        if core.count("=") > 1:  # a chain ("y = 4x + (10 - 20) = 4x - 10", round 19a)
            chain_start = match_start + (len(run) - len(run.lstrip()))
            found.extend(_chain_lines(core, chain_start, match_start + len(run.rstrip())))
            continue
        if len(core) > 2 * arith.MAX_EXPR_CHARS + 1:
            continue  # longer than two sides arith reads: no line, and no time spent on it
        end = match_start + len(run.rstrip())
        after = text[end : end + 40].lstrip(" ")
        if _TITLE_DASH.search(run) and _TITLE_WORD.match(after):
            # round 52: a title's separator ("y = 4x - 10 - Desmos Graphing Calculator", a tab's or a
            # window's title): the equation ends before the spaced dash
            run = run.rstrip()[:-1].rstrip()
            core, end = run.strip(" .,("), match_start + len(run)
        elif run.rstrip()[-1:] in "+-*/=" and after[:1].isalpha():
            continue  # "y = 4x + b": cut by a letter, not a line
        while core.count("(") > core.count(")") and "(" in core:
            core = core[: core.rindex("(")].rstrip(" .,")
        while core.count(")") > core.count("(") and core.endswith(")"):
            core = core[:-1].rstrip(" .,")  # "(non, c'est y = 4x + 10)": the aside's own bracket
        try:
            slope, intercept = arith.line(core)
        except (arith.Unreadable, ZeroDivisionError):
            continue
        start = match_start + (len(run) - len(run.lstrip()))
        found.append(((slope, intercept), start, end))
    return found


def _part_of_line(text: str, start: int, end: int) -> bool:
    """Whether the equation at ``start:end`` describes a segment or a half-line (see below)."""
    return bool(_PART_OF_LINE.search(text[max(0, start - 60) : start]) or _RESTRICTED.match(text, end))


PART = "part of a line"  # the value of a segment's or a half-line's equation: no line


# Round 23a, decided: a segment or a half-line ("le segment de y = 4x − 10 entre (0, −10) et
# (5, 10)", "the ray y = 4x − 10, x ≥ 0", "y = 4x − 10 pour 0 ≤ x ≤ 5") is part of a line, not
# the line the task asks for (a line, infinite, parallel to another): its equation states no
# line (its value is :data:`PART`, so neither the equation nor the intercept is paid for it,
# and beside a line it is a second value: a piecewise answer). "(pour tout x réel)" and
# "la droite y = 4x − 10 ; le segment … en fait partie" still state the line.
_PART_OF_LINE = re.compile(
    r"\b(?:segments?|demi-droites?|demi[ \t]++droites?|half-lines?|half[ \t]++lines?|rays?|"
    r"line[ \t]++segments?)"
    r"(?:[ \t]++(?:de|d'|du|of|the|la|le|sur|on|[a-z]{1,2}))*+[ \t]*+"
    r"(?:(?:d'equation|with[ \t]++equation|of[ \t]++equation|given[ \t]++by)[ \t]*+)?[:=]?[ \t]*+$"
)
_RESTRICTED = re.compile(  # lookbehind: read from a blank run's start only (linear)
    r"(?<![ \t])(?:[ \t]*+[,;(]?[ \t]*+(?:(?:avec|with|pour|for|ou|where|when|quand|si|if|sur|on)[ \t]++)?"
    r"(?:(?:(?<![\d.,])-?\d++(?:[.,]\d++)?|(?<![a-z])[a-z])[ \t]*+(?:<=?|≤|<)[ \t]*+)?"
    r"x[ \t]*+(?:>=?|≥|<=?|≤|∈|in\b|appartient)"
    r"|[ \t]*+,?[ \t]*+(?:entre|between|from|de)[ \t]++(?:le[ \t]++point[ \t]++|the[ \t]++point[ \t]++)?\()"
)


def _chain_lines(core: str, start: int, end: int) -> list[tuple[tuple[Fraction, Fraction], int, int]]:
    """A chain of equalities whose first member is a side of the line: each later member
    equated with the first is a statement of the line (all agree when every step is right:
    the last member is the value; a wrong step is a second line, which contradicts it)."""
    members = core.split("=")
    if len(members) > 6 or any(len(m) > arith.MAX_EXPR_CHARS or not m.strip(" /!") for m in members):
        return []  # "y =/= 4x - 10" (a folded "≠") is no chain
    lines = []
    for member in members[1:]:
        try:
            line = arith.line(members[0] + "=" + member)
        except (arith.Unreadable, ZeroDivisionError):
            return []  # a step it cannot read: no statement
        if line not in lines:
            lines.append(line)
    return [(line, start, end) for line in lines]


_CODE_LINE = re.compile(
    r"\breturn\b|\blambda[ \t]*+x[ \t]*+:|\b[a-z_]\w*+[ \t]*+=[ \t]*+\(?x\)?[ \t]*+=>"
    r"|(?<![\w(])\(?x\)?[ \t]*+=>"
)


# A parameter of the line stated beside its equation (round 5): "b = 10" then "y = 4x −
# 10" are two answers, so none. Each stated intercept (slope) is read as the line with the
# expected slope (intercept) and that value, only when the text writes an equation (a
# parameter alone is no equation) and states the parameter plainly (a hedged one, "b = −10
# ou +10 selon le sens", is the intercept check's to refuse: round 1 pays its equation).
_INTERCEPT_TERMS = ["ordonnee a l'origine", "y-intercept", "intercept", r"re:\bb\b"]
_SLOPE_TERMS = ["coefficient directeur", "pente", "slope", "gradient", r"re:\ba\b(?=\s*+=)"]


# A piece of a piecewise answer (round 15a): a line with a condition on x right after it
# ("y = 4x + 6 pour x < 0", "for x >= 0", "si x est négatif") or right before it ("pour x <
# 0 : y = ..."): even the data's own line is then a candidate, not a restatement.
_CONDITION_ON_X = (
    r"(?:pour|si|for|if|when|quand|lorsque|where|ou|avec|with|on)\s++(?:tout\s++|all\s++)?x\s*+"
    r"(?:[<>≤≥⩽⩾∈]|=<|>=|<=|\bin\b|\best\b|\bis\b|\bpositi|\bnegati|\bstrictement)"
)
_PIECE_AFTER = re.compile(r"(?<![ \t])[ \t]*+[,;]?[ \t]*+\(?" + _CONDITION_ON_X)
_PIECE_BEFORE = re.compile(_CONDITION_ON_X + r"[^:;,\n]{0,20}[:;,][ \t]*+$")


def _piece(text: str, start: int, end: int) -> bool:
    return bool(_PIECE_AFTER.match(text, end) or _PIECE_BEFORE.search(text[max(0, start - 40) : start]))


# The data's own line named as the one sought (round 16a): labelled so ("Droite cherchée,
# parallèle à … : y = 4x + 6", "la droite cherchée est y = 4x + 6", "the required line is")
# or given by reference to it ("a les mêmes paramètres que y = 4x + 6", "the same equation
# as"): a candidate, not a restatement. "la droite parallèle à y = 4x + 6" stays the data.
_SOUGHT_BEFORE = re.compile(
    r"(?:\b(?:cherchee|recherchee|demandee|sought|required|wanted)\b[^\n:]{0,50}?(?::|\best\b|\bis\b|=)"
    r"|\b(?:memes?|same)[ \t]++(?:parametres|parameters|equation|coefficients)[ \t]++(?:que|as)"
    r"|\b(?:confondue avec|identique a|identical to|the same line as))[ \t]*+$"
)


# The data's line given alone as the answer ("Réponse : y = 4x + 6", round 18a: an answer in
# a tag after it no longer hides it) is named as the line sought.
_ANSWER_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t>*_#-]*+(?:reponse|answer|resultat|result|solution)(?:[ \t]++(?:finale?|final))?"
    r"[ \t*_]*+:[ \t*_]*+(?:y[ \t]*+=[ \t]*+)?$"
)


def _named_sought(text: str, start: int) -> bool:
    before = text[max(0, start - 80) : start]
    parallel = re.search(r"\b(?:parallele|parallel)[ \t]++(?:a|to)[ \t]*+$", before)
    return bool(_SOUGHT_BEFORE.search(before) or _ANSWER_LABEL_BEFORE.search(before)) and not parallel


# An intercept left open (round 84: "b between −10 and 10", « b entre −10 et 10 », "b ∈ [−10, 10]",
# "the intercept depends on …"): the slope beside it writes no equation.
_INTERCEPT_OPEN = re.compile(
    r"(?<![\w'])(?:b|(?:y-)?intercept|ordonnee a l'origine)[ \t]*+(?:(?:is|est|lies|se situe)[ \t]++)?"
    r"(?:between|entre|somewhere|quelque part|anywhere|∈|in[ \t]*+[\[\]]|dans[ \t]*+[\[\]]"
    r"|depends|depend|from[ \t]++-?[ \t]*+\d|de[ \t]++-?[ \t]*+\d[^\n.;]{0,20}+[ \t]a[ \t])"
)


# Session 59 (fix104hedge, round 104): a sentence after the answer's line that opens on an offering ("||or b =
# 30, depending on the sign||", « Ou b = 30 selon le signe. ») offers a second line, hedged or not: its
# intercept is read as one more equation, unlike a hedged intercept in the working (round 1's "b = −10 ou +10
# selon le sens" before « y = 4x − 10 », the intercept check's to refuse).
_OFFER_OPENING = re.compile(
    r"[^\w\n]{0,6}+(?:ou|or|sinon|otherwise|else|alternatively|alternativement|alternative|alt)(?![\w'-])"
)


def _offered_after_answer(doc: _Doc, start: int) -> bool:
    after = bool(doc.answer_lines) and start > doc.answer_lines[0][0]
    return after and bool(_OFFER_OPENING.match(doc.text, start))


def _line_statements(doc: _Doc, spec: AnswerSpec, prompt: bool = False) -> list[Statement]:
    data = {value for text in spec.data for value, _, _ in _line_values(fold(text))}
    found = [
        Statement(
            PART if _part_of_line(doc.text, start, end) else value, start, end, _negated(doc, start, end)
        )
        for value, start, end in _line_values(doc.text)
        if value not in data
        or _piece(doc.text, start, end)
        or _named_sought(doc.text, start)
        or _part_of_line(doc.text, start, end)
    ]
    if found and isinstance(spec.expected, tuple):  # a parameter alone writes no equation
        slope, intercept = spec.expected
        # the slope alone, in a prompt, is the data's (every parallel keeps it): it states no line
        # ("ChatGPT : a = 4 et b = 10, donc y = 4x + 10" is no y = 4x − 10, round 50)
        for part, terms in ((1, _INTERCEPT_TERMS),) if prompt else ((1, _INTERCEPT_TERMS), (0, _SLOPE_TERMS)):
            params = AnswerSpec(kind="number", expected=Fraction(0), about=terms, data=spec.data)
            restated = {line[part] for line in data}
            for said in _about_statements(doc, params):
                if not isinstance(said.value, Fraction):
                    continue
                lo, hi = doc.sentences[doc.sentence_of(said.start)]
                offered = not prompt and _offered_after_answer(doc, lo)
                if _HEDGE.search(doc.text, lo, hi) and not offered:
                    continue  # "b = −10 ou +10 selon le sens": the intercept's check refuses it
                if not part and _INTERCEPT_OPEN.search(doc.text, lo, hi):
                    continue  # "a = 4, b between −10 and 10": the intercept left open (round 84)
                if said.value in restated and any(v in data for v, _, _ in _line_values(doc.text[lo:hi])):
                    continue  # the data's own line's parameter ("y = 4x + 6 a pour ordonnée 6")
                value = (slope, said.value) if part else (said.value, intercept)
                found.append(Statement(value, said.start, said.end, said.negated))
    return found


# -- yes / no --------------------------------------------------------------------------------


# A word that names a field rather than asserts it: a JSON key, a table cell of its own, a
# line's label ("Coprime: no"). Only markup, a cell's or an object's opening before it in its
# cell, and a colon or the cell's end after it (a "?" allowed).
_FIELD_BEFORE = re.compile(r"(?:^|[|{,\n])[\s*_#>\"'-]*+$")
_FIELD_AFTER = re.compile(r"[ \t*_]*+\??[ \t*_\"']*+(?P<end>[:|]?)")
# A JSON key whose value is a boolean or a list of them: {"coprime": [true, false]}.
_BOOLEAN_FIELD = re.compile(
    r"\"(?P<key>[^\"\n]{1,60})\"\s*+:\s*+(?P<value>true|false|\[\s*+(?:true|false)(?:\s*+,\s*+(?:true|false))*+\s*+\])"
)


def _names_a_field(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    after = _FIELD_AFTER.match(text, end)
    assert after is not None  # every part of it is optional
    if _csv_header_cell(text, line_start, start, after.end()):
        return True
    before = text[max(line_start, start - 60) : start]
    if not _FIELD_BEFORE.search(before if start - line_start <= 60 else "x" + before):
        return False
    if after.group("end"):
        return True
    # a table's last cell without its closing "|"
    return text[after.end() : after.end() + 1] in ("\n", "") and "|" in text[line_start:start]


# Round 51 (r51f-coprime-en-truth-table-of-other-pairs): the predicate as the name of a piece of code, an
# identifier read as words ("my function is_coprime already passes", « la fonction sont_premiers_entre_eux »,
# "is_coprime(a, b)" with letters for its arguments, a table's header cell "| is_coprime |" over its
# separator line), says no verdict of the task's pair; a call on numbers ("assert is_coprime(35, 64)") or a
# value given to the name ("is_coprime returns True for 35 and 64", a row's "true") is read as ever.
_CODE_NOUN_BEFORE = re.compile(
    r"\b(?:function|fonction|method|methode|helper|predicate|predicat|routine|procedure|column|colonne|field|champ"
    r"|variable|flag|attribute|attribut|def|fn|func"
    # session 44 (left52g): a form's box or a record's key named by the predicate ("a checkbox 'coprime' to
    # tick", « la case premiers entre eux »), its value given or not (observed._field_values reads a value)
    r"|checkbox|check[ \t]++box|case|cell|cellule|box|boolean|booleen|indicateur|drapeau|key|cle|property"
    r"|propriete)[ \t]++(?:(?:named|called|nommee?|appelee?)[ \t]++)?[\"'`«“‘]?[ \t]*+"
    r"(?:(?:is|are|est|sont)[ \t]++)?$"
)
_LETTER_ARGUMENTS = re.compile(r"(?<![ \t])[ \t]*+\([ \t]*+[a-z](?:[ \t]*+,[ \t]*+[a-z])*+[ \t]*+\)")
_HEADER_CELL_BEFORE = re.compile(r"\|[ \t*_]*+(?:(?:is|are|est|sont)[ \t]++)?$")
_SEPARATOR_LINE = re.compile(r"\n[ \t]*+\|?[ \t]*+:?-{3,}+")


_RESULT_AFTER = re.compile(
    r"(?<![ \t])(?:[ \t]*+\([^()\n]{0,30}+\))?[ \t]*+"
    r"(?:returns?|renvoie|retourne|gives?|donne|outputs?|yields?|prints?|affiche|says|dit|indique|shows|montre"
    r"|evaluates?[ \t]++to|vaut|==|=|→|->|=>|:|is|est)[ \t]*+(?:(?:bien|donc|so|then|alors)[ \t]++)?"
    r"(?:true|false|vrai|faux|yes|no|oui|non)\b"
)


# Session 50 (fix78b): the predicate's name given a comparison of letters as its value or its equivalent
# ("coprime = (gcd(a, b) == 1)", "coprime := gcd(a, b) = 1", "coprime <==> pgcd(a, b) = 1"): a definition
# of the notion, no verdict of the task's pair.
_DEFINED_BY_LETTERS = re.compile(
    r"(?<![ \t])(?:[ \t]*+\([ \t]*+[a-z](?:[ \t]*+,[ \t]*+[a-z])*+[ \t]*+\))?[ \t]*+"
    r"(?:=|:=|==|<=?=>|⟺|⇔|\biff\b|\bssi\b)[ \t]*+\(?[ \t]*+(?:math\.)?(?:gcd|pgcd|hcf)[ \t]*+"
    r"\([ \t]*+[a-z][ \t]*+,[ \t]*+[a-z][ \t]*+\)"
)


# A JSON Schema's list of required keys (or a list of fields, keys or columns): {"required": ["coprime",
# "gcd"]} names the keys a reply must hold, no value of theirs.
_KEY_LIST_BEFORE = re.compile(
    r"\"(?:required|fields|keys|columns|colonnes|champs|cles|propertyorder)\""
    r"[ \t]*+:[ \t]*+\[[^\[\]\n]{0,120}+$"
)


def _names_a_predicate(text: str, start: int, end: int) -> bool:
    quoted = text[start - 1 : start] == '"' and text[end : end + 1] == '"'
    if quoted and _KEY_LIST_BEFORE.search(text, max(0, start - 160), start - 1):
        return True
    if _RESULT_AFTER.match(text, end):
        return False  # "is_coprime returns True for 35 and 64", "is_coprime(a, b) == True": a value given
    if _DEFINED_BY_LETTERS.match(text, end):
        return True  # "coprime = (gcd(a, b) == 1)", "coprime <==> pgcd(a, b) = 1": a definition (session 50)
    if _LETTER_ARGUMENTS.match(text, end):
        return True
    if _CODE_NOUN_BEFORE.search(text, max(0, start - 40), start) and not _LETTER_ARGUMENTS.match(text, end):
        return text[end : end + 1] != "("  # a call on numbers states its pair's verdict
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        bool(_HEADER_CELL_BEFORE.search(text, line_start, start))
        and line_end >= 0
        and bool(_SEPARATOR_LINE.match(text, line_end))
        and bool(re.match(r"[ \t*_]*+\|", text[end:]))
    )


# Round 43 (fix-helper fairans43, r43f-coprime-en-csv-with-a-blank-row): a CSV header's cell
# ("a,b,gcd,coprime", « a;b;pgcd;premiers_entre_eux ») names a column, as a table's header cell
# does: a line of 2 to 12 short cells of words (no digit, no sentence mark) split by one separator,
# over a row of as many cells.
_CSV_HEADER = re.compile(
    r"(?<![ ]) *+[^\W\d][\w '-]{0,40}+(?: *+(?P<sep>[,;\t]) *+[^\W\d][\w '-]{0,40}+){1,11}[ \t?]*+"
)


# A tab-separated block reads with spaces ("a b coprime" over "14 21 no"): one-word names over a
# row of as many one-word cells, the first a number.
_SPACED_HEADER = re.compile(r"[^\W\d]\w{0,30}+(?: ++[^\W\d]\w{0,30}+){1,11}+")
_SPACED_ROW = re.compile(r"-?\d{1,9}+(?: ++[^\s,;]{1,30}+){1,11}+")


def _csv_header_cell(text: str, line_start: int, start: int, end: int) -> bool:
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    row_end = text.find("\n", line_end + 1)
    row = text[line_end + 1 : len(text) if row_end < 0 else row_end]
    if line_end - line_start > 400 or len(row) > 400:
        return False
    line = text[line_start:line_end].strip(" ?")
    if _SPACED_HEADER.fullmatch(line) and _SPACED_ROW.fullmatch(row.strip()):
        return 0 <= len(row.split()) - len(line.split()) <= 1  # "a b" may read "ab" (reread.py)
    header = _CSV_HEADER.fullmatch(text, line_start, line_end)
    if header is None or text[end : end + 1] not in (header["sep"], "\n", ""):
        return False
    return row.count(header["sep"]) == header.group(0).count(header["sep"])


# Round 51: a Markdown table's boolean cell ("| 35 | 64 | VRAI |", "| 35 | 64 | true | 1 |") under a header
# cell that names the predicate or the answer ("is_coprime", « résultat »), in the row of the task's own
# pair (its first two numbers): true is yes, false is no, as a JSON boolean is (:func:`_boolean_statements`).
_TABLE_LINE = re.compile(r"(?<![ \t])[ \t]*+\|[^\n]*+")
_BOOLEAN_CELL = {"true": "yes", "vrai": "yes", "false": "no", "faux": "no"}


def _table_booleans(text: str, key: re.Pattern[str], numbers: set[int]) -> list[Statement]:
    found: list[Statement] = []
    header: list[str] = []
    offset = 0
    for line in text[:20_000].split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not _TABLE_LINE.fullmatch(line):
            header = []
            continue
        if "---" in line and not line.strip(" \t:|-"):
            continue  # the header's separator line
        cells = line.split("|")
        if not header:
            header = cells
            continue
        values = [int(n) for cell in cells for n in re.findall(r"(?<![\w.,])\d{1,9}(?![\w.,])", cell)]
        if len(numbers) != 2 or set(values[:2]) != numbers:
            continue
        at = start
        for index, cell in enumerate(cells):
            word = cell.strip(" \t*_`")
            named = index < len(header) and key.search(re.sub(r"[_-]", " ", header[index]))
            if word in _BOOLEAN_CELL and named:
                begin = at + cell.index(word)
                found.append(Statement(_BOOLEAN_CELL[word], begin, begin + len(word)))
            at += len(cell) + 1
    return found


def _boolean_statements(text: str, key: re.Pattern[str]) -> list[Statement]:
    """Each JSON boolean given for a key that names the predicate or the answer: true is
    yes, false is no; a list of them is as many verdicts."""
    found = []
    for match in _bounded(_BOOLEAN_FIELD.finditer(text)):
        if not key.search(re.sub(r"[_-]", " ", match.group("key"))):
            continue
        for value in re.finditer(r"true|false", match.group("value")):
            at = match.start("value") + value.start()
            found.append(Statement("yes" if value.group(0) == "true" else "no", at, at + len(value.group(0))))
    return found


# The answer's own question (round 25a: "Question reformulée : 35 et 64 ont-ils un diviseur
# commun plus grand que 1 ?  Réponse : oui"): a yes/no word right after a question, with only
# marks, blank lines and an answer label between them, answers that question, and the question's
# polarity decides what it says of the task's. The task's predicate negated as an attribute
# ("Sont-ils non premiers entre eux ?", "Are they not coprime?") or its converse, a common
# divisor or factor ("ont-ils un diviseur commun autre que 1 ?", "do they share a factor?",
# "leur PGCD est-il plus grand que 1 ?"), reverse the word; the converse with a negation of its
# own ("N'ont-ils aucun diviseur commun ?") is ambiguous and answers nothing. "Ne sont-ils pas
# premiers entre eux ? Si." is read as ever (the negative question's own yes).
_ASKED_RIGHT_BEFORE = re.compile(
    r"\?[^\w?]{0,12}+(?:(?:reponse|answer|verdict|conclusion|resultat|result)"
    r"(?:[ \t]++(?:finale?|courte|short|breve))?[^\w?]{0,12}+)?\Z"
)
_CONVERSE = re.compile(
    r"\b(?:diviseurs?[ \t]++communs?|facteurs?[ \t]++communs?|common[ \t]++(?:divisors?|factors?)"
    r"|en[ \t]++commun|in[ \t]++common"
    r"|share[ \t]++(?:an?[ \t]++|any[ \t]++|some[ \t]++)?(?:common[ \t]++)?(?:divisor|factor)"
    r"|(?:p?gcd|hcf|gcf)\b[^?]{0,30}?"
    r"(?:plus[ \t]++grand|superieur|greater|larger|bigger|more|>|different|autre|other))"
)
_ONLY_ONE = re.compile(
    r"\b(?:seul|seule|unique|only|sole|single)\b|\bque[ \t]++1\b|\bthan[ \t]++1\b(?![ \t]*+\?)"
)
_OTHER_THAN = re.compile(r"\b(?:autre|other|plus grand|greater|larger)\b")
_QUESTION_NEGATION = re.compile(r"\b(?:ne|n'|pas|aucun|aucune|no|not|none|never|jamais|sans|without)\b|n't\b")


def _own_question(text: str, start: int, predicate: str) -> str | None:
    """ "reversed" or "ambiguous" when the yes/no word at ``start`` answers the answer's own
    question of that polarity (see _ASKED_RIGHT_BEFORE), else None."""
    if not _ASKED_RIGHT_BEFORE.search(text, max(0, start - 60), start):
        return None
    end = text.rfind("?", 0, start)
    lo = max(0, end - 2 * WINDOW)
    begin = max(text.rfind(mark, lo, end) for mark in ".!?\n:") + 1
    question = text[max(begin, lo) : end]
    said = re.search(rf"(?:{predicate})", question)
    if said:
        before = question[: said.start()].split()
        attribute = bool(before) and before[-1] in ("non", "not")
        others = _QUESTION_NEGATION.findall(" ".join(before[:-1] if attribute else before))
        return "reversed" if attribute and not others else None
    converse = _CONVERSE.search(question)
    if converse is None:
        return None
    if _QUESTION_NEGATION.search(question):
        return "ambiguous"
    if _ONLY_ONE.search(question) and not _OTHER_THAN.search(question):
        return None  # "Ont-ils 1 pour seul diviseur commun ?": the task's own question
    return "reversed"


# Each number called prime (round 25a: "oui, 35 et 64 sont premiers", "yes, 35 and 64 are
# prime"): a claim about each number, false here, and not the pair's relation; a yes/no word
# before it answers that claim, as "oui, 35 est impair" does (_ECHO_SUBJECT).
_EACH_PRIME = re.compile(
    r"\b(?:\d++[ \t]*+(?:et|and|&)[ \t]*+\d++|ils|elles|they|les deux nombres|ces (?:deux )?nombres"
    r"|both numbers|both|the two numbers|these (?:two )?numbers|tous les deux|tous deux)"
    r"[ \t]*+(?:sont|are|'re)[ \t]++"
    r"(?:(?:tous[ \t]++(?:les[ \t]++)?deux|tous|both|all|each|chacun|bien|indeed|"
    r"vraiment|really|deux)[ \t]++)*+"
    r"(?:(?:des[ \t]++(?:nombres[ \t]++|entiers[ \t]++)?)?premiers"
    r"(?![ \t]*+\(?[ \t]*+(?:entre|avec|l'un|mutuellement|"
    r"relativement|ensemble))|(?:prime[ \t]++numbers|primes|prime)(?![ \t-]*+\(?[ \t]*+(?:to|with|relative|"
    r"relatively|mutually|each|one|together|among|between))(?![\w-]))"
)


def _answers_another_question(text: str, start: int, predicate: str) -> bool:
    """Whether the yes/no word at ``start`` comes right after a question (only marks
    between them) that does not ask the task's predicate: it answers that question (round 5)."""
    if not re.search(r"\?[^\w?]{0,5}$", text[max(0, start - 6) : start]):
        return False
    end = text.rfind("?", 0, start)
    lo = max(0, end - 2 * WINDOW)
    begin = max(text.rfind(mark, lo, end) for mark in ".!?\n") + 1
    return not re.search(rf"(?:{predicate})", text[max(begin, lo) : end])


# The clause a yes/no word opens with a pronoun ("oui, elle se simplifie", "yes, it can be
# reduced", round 16a) repeats the question it answers: another question than the task's
# when it says neither the predicate, nor only the copula ("oui, ils le sont", "yes, they
# are"), nor a negation (no common divisor agrees with the predicate).
_ECHO = re.compile(
    r"(?<![ \t])[ \t]*+[,:;-][ \t]*+"
    r"(?:elle|il|ils|elles|it|they|la fraction|cette fraction|the fraction|this fraction)"
    r"[ \t]++(?P<rest>[^.;:,!?\n()]{1,80}+)"
)
_ELLIPTIC_ECHO = re.compile(
    r"(?:le[ \t]++|l')?(?:sont|est|are|is|do|does)"
    r"(?:[ \t]++(?:bien|vraiment|indeed|really|tous les deux|both))?[ \t]*+"
)
_ECHO_NEGATION = re.compile(r"\b(?:ne|n'|pas|aucun|aucune|no|not|none|never|jamais)\b|n't\b")


# A yes/no attached to a proposition about another number or fact (round 20a: "oui, 29 est
# premier", "oui, 99 est divisible par 9", "oui, 35 est impair", "yes, their sum is odd"): the
# clause's subject is a number or a noun phrase, and it answers the question that clause
# repeats; only a proposition about the pair together (the predicate, their gcd, a divisor or
# factor in common) carries the task's verdict ("oui, 1 est leur seul diviseur commun", "oui,
# leur PGCD vaut 1").
_ECHO_SUBJECT = re.compile(
    r"(?<![ \t])[ \t]*+[,:;-][ \t]*+"
    r"(?:(?:le nombre|the number|l'entier)[ \t]++)?"
    r"(?:\d++(?![ \t]*+(?:et|and|&|,)[ \t]*+\d)|(?:l'|(?:la|le|leur|sa|son|the|their|its)[ \t]++)[a-z]++)"
    r"[ \t]++(?:est|n'est|sont|ne sont|is|isn't|is not|are|aren't|a|has|have|divise|divides|vaut|"
    r"equals)\b"
    r"(?P<rest>[^.;:,!?\n()]{0,80}+)"
)
_TOGETHER = re.compile(
    r"\b(?:p?gcd|hcf|gcf|diviseurs? communs?|facteurs? communs?|common (?:divisors?|factors?)|en commun|"
    r"in common|premiers? avec|prime (?:to|with)|coprime (?:to|with))\b"
)


def _echoes_another_question(text: str, end: int, predicate: str) -> bool:
    about = _ECHO_SUBJECT.match(text, end)
    if about is not None and not (
        re.search(rf"(?:{predicate})", about.group(0)) or _TOGETHER.search(about.group(0))
    ):
        return True
    echo = _ECHO.match(text, end)
    if echo is None:
        return False
    rest = echo.group("rest")
    return not (
        re.search(rf"(?:{predicate})", rest) or _ELLIPTIC_ECHO.fullmatch(rest) or _ECHO_NEGATION.search(rest)
    )


# A negation prefix glued by a hyphen ("non-premiers", "non-coprime", "not-coprime") is the
# negation (round 15a): read as "non premiers", same offsets.
_HYPHEN_NEGATION = re.compile(r"\b(non|not)-(?=[a-z])")
# The complementizer that opens a denial's clause: what comes after it is the clause's own.
_THAT = re.compile(r"^(?:que|qu'.*|that|de|d'.*|to)$")


def _denial_negates(before: list[str], after: list[str]) -> tuple[bool, bool]:
    """(the denial is denied itself, the clause it opens is negated): the denial's own
    negation stands in the words before it and after it up to "que"/"that" ("cela
    n'empêche pas qu'ils ..."); a negation after that is the clause's own ("il n'est pas
    faux de dire qu'ils ne sont pas ...", round 15a)."""
    cut = next((i for i, w in enumerate(after) if _THAT.match(w)), None)
    if cut is None:  # "I don't doubt they're ...": the negation words right after it are its own
        cut = next((i for i, w in enumerate(after) if not (w in _NEGATORS or w.endswith("n't"))), len(after))
    own, inner = before + after[:cut], after[cut:]
    negated = any(w in _NEGATORS or w.endswith("n't") for w in own)
    if cut < len(after) and _THAT.match(after[cut]) and after[cut].startswith(("qu'", "d'")):
        inner = [after[cut].split("'", 1)[1], *inner[1:]]
    return negated, any(w in _NEGATORS or w.endswith("n't") or w in ("ne", "n'") for w in inner)


# A speaker's line ("Professeur B : non, ils ont un diviseur commun", "Bob: no, they share a
# factor", round 19a): the yes/no word that opens it answers the question asked, whatever
# its clause says next; two speakers who disagree are two candidates (no final answer)
# unless a later answer line settles it (:func:`_from_answer_line`).
_SPEAKER = re.compile(
    r"(?:^|\n)[ \t*_>-]*+[a-z][\w.'-]{0,20}+(?:[ \t]++[\w.'-]{1,12}+){0,2}[ \t*_]*+:[ \t*_]*+\Z"
)


# Round 68 (r68f-coprime-oui-je-sais-signature): a yes or a no opening its sentence or line, alone or
# repeated ("oui oui"), then a phrase of the writer's own aside, a greeting or an apology (« Oui, je sais,
# encore moi ! », "Yes, I know, me again!", « Non mais sérieusement », "No, seriously", « Oui oui, j'ai bien
# relu », "yes, sorry") answers the writer's own aside, not the task's question. A yes/no on an answer line
# or after a verb of answering (« Réponse : oui, je sais... », "say: yes, I know") stays a verdict, and so
# does what the sentence says after it ("Yes, I know: they are coprime" is read by the predicate). Read in a
# prompt only: a model's answer is read as before.
_ASIDE_OPEN = re.compile(
    r"(?:\A|[.!?;\n]|(?<![\w'-])(?:oui|yes|yep|yeah|non|no|nope)[ \t]*+[,!.…]*+)[ \t*_>\"«(-]*+\Z"
)
_ASIDE_PHRASE = re.compile(
    r"(?<![ \t,!.…])[ \t]*+[,!.…]*+[ \t]*+"
    r"(?:(?:oui|yes|yep|yeah|non|no|nope)(?![\w'-])[ \t]*+[,!.…]*+[ \t]*+){0,2}+"
    # a word or two may come first ("Yes, well, I know", a reading that respells one: ROT13's "v know")
    r"(?:[a-z']{1,12}+[ \t]*+[,!.…]*+[ \t]*+){0,2}?"
    r"(?:je\s++(?:le\s++)?sais|j'sais|je\s++comprends|"
    # "I know" as any reading writes its one-letter pronoun (ROT13's undone runs give "v know")
    r"[a-z]\s++know|[a-z]\s++get\s++it|[a-z]\s++understand|"
    r"(?:c'est\s++)?encore\s++moi|c'est\s++moi|(?:it's\s++)?me\s++again|again\s++me|it's\s++me|"
    r"(?:mais\s++)?serieusement|seriously|really|vraiment|bonjour|bonsoir|hello|hi|hey|merci|thanks|thank\s++you|"
    r"d'accord|ok|okay|desolee?|sorry|pardon|excuse|no\s++worries|pas\s++de\s++souci|"
    r"j'ai\s++bien|i\s++did|i've|je\s++suis|i'm|i\s++am)(?![\w'-])"
)
_ASIDE_ANSWERED = re.compile(
    r"(?<![\w'-])(?:reponses?|answers?|verdicts?|conclusions?|resultats?|results?|reponds|repondez|repondre|"
    r"answer|reply|dis|dites|say|ecris|ecrivez|write|conclus|conclude)(?![\w'-])"
)


def _aside_assent(text: str, start: int, end: int) -> bool:
    """Whether the yes/no at ``start`` answers the writer's own aside (see :data:`_ASIDE_PHRASE`)."""
    if not _ASIDE_OPEN.search(text[max(0, start - 40) : start]):
        return False
    if not _ASIDE_PHRASE.match(text, end):
        return False
    if text[max(0, start - 40) : start].rstrip(' \t\n*_>"«(-').endswith("?"):
        return False  # "… premiers entre eux ? Oui, merci.": it answers the question before it
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return not _ASIDE_ANSWERED.search(line)


def _speaker(text: str, start: int) -> bool:
    """Whether a speaker's label (no answer label: "Réponse :" is the writer's) opens the
    line right before ``start``."""
    label = _SPEAKER.search(text, max(0, start - 40), start)
    return label is not None and not (_ANSWER_WORDS.search(label[0]) or _ANSWER_LINE.search(label[0]))


# Round 48: "démontre si, oui ou non, 35 et 64 sont premiers entre eux", "prove whether, or not,
# ...": the open alternative set off by commas after "si"/"whether"/"if" leaves the question's
# clause whole (blanked to spaces, same length: the clause before the predicate keeps its "si"; the
# words may be blanked already, :data:`_YES_OR_NO`).
_OPEN_INCISE = re.compile(
    r"(?<![\w'])(?:si|whether|if)(?P<incise>[ \t]*+,[ \t]*+"
    r"(?:oui[ \t]++ou[ \t]++non|non[ \t]++ou[ \t]++oui|ou[ \t]++non|"
    r"ou[ \t]++pas|yes[ \t]++or[ \t]++no|no[ \t]++or[ \t]++yes|or[ \t]++not)?[ \t]*+,)"
)


def _incise_blanked(m: re.Match[str]) -> str:
    return m.group(0)[: m.start("incise") - m.start()] + " " * len(m["incise"])


def _verdict_statements(doc: _Doc, spec: AnswerSpec, prompt: bool = False) -> list[Statement]:
    text = _HYPHEN_NEGATION.sub(r"\1 ", doc.text)
    text = _OPEN_INCISE.sub(_incise_blanked, text)
    found = []
    words_found = []
    for match in _bounded(_VERDICT.finditer(text)):
        value = "yes" if match.group(0) in ("oui", "yes", "yep", "yeah") else "no"
        words_found.append(
            Statement(value, match.start(), match.end(), _negated(doc, match.start(), match.end()))
        )
    for match in _bounded(_SI.finditer(text)):
        if _SI_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            words_found.append(
                Statement("yes", match.start(), match.end(), _negated(doc, match.start(), match.end()))
            )
    for match in _bounded(_ELLIPTIC_NO.finditer(text)):
        found.append(Statement("no", match.start(), match.end()))
    predicate = "|".join(term_pattern(p) for p in spec.predicate)
    said_of: list[tuple[int, bool]] = []  # each assertion of the predicate: (start, of another pair)
    if predicate:
        key = re.compile(rf"(?:{predicate})|{_ANSWER_WORDS.pattern}")
        found += _boolean_statements(text, key)
        found += _table_booleans(text, key, _task_numbers(spec))  # round 51
        for match in _bounded(re.finditer(rf"(?:{predicate})", text)):
            if _names_a_field(text, match.start(), match.end()):
                continue  # "coprime": ..., "| Premiers entre eux | oui |": a label, its values say
            if _names_a_predicate(text, match.start(), match.end()):
                continue  # "my function is_coprime", "is_coprime(a, b)", "| a | b | is_coprime |" (round 51)
            lo, hi = doc.sentences[doc.sentence_of(match.start())]
            head = text[max(lo, match.start() - WINDOW) : match.start()]
            clause = _clause_before(text, match.start())
            if _GENERIC.search(head) or _CONDITIONAL.search(clause):
                continue
            with_another = _PRIME_WITH.match(text, match.start())
            said_of.append(
                (
                    match.start(),
                    _other_numbers(clause, spec)
                    or bool(with_another and int(with_another.group(1)) not in _task_numbers(spec)),
                )
            )
            if said_of[-1][1]:
                continue  # "35 et 36 sont premiers entre eux": another pair's verdict
            words_before = clause.split()[-8:]
            negated = any(
                w in _NEGATORS or w.endswith("n't") for w in words_before
            ) or clause.rstrip().endswith("non")
            near = " ".join(clause.split()[-12:])
            denials = list(_DENIAL.finditer(near))
            if denials:
                # A verb of denial negates what follows ("cela empêche qu'ils soient ...", "I
                # doubt they are ..."), and a denial denied asserts it ("cela n'empêche pas
                # qu'ils soient ...", "je ne doute pas que ...", "il n'est pas faux que ...");
                # its own negation stands in the words before it, however far the predicate
                # is ("Il n'est donc pas faux de dire que 35 et 64 sont ...", round 11).
                denial = denials[-1]
                before, after = near[: denial.start()].split()[-4:], near[denial.end() :].split()
                denied, inner = _denial_negates(before, after)
                inner = inner or clause.rstrip().endswith("non")
                negated = inner if denied else not inner
            elif not negated and _REJECTION.search(_clause_around(text, match.start(), match.end(), lo, hi)):
                negated = True
            found.append(Statement("no" if negated else "yes", match.start(), match.end()))
    # "Premier(s) avec 3", "coprime to 3" (round 9): the relation said of another number than
    # the task's pair; a yes/no word before it answers for that pair.
    if predicate:
        task = _task_numbers(spec)
        for match in _bounded(_PRIME_WITH.finditer(text)):
            if task and int(match.group(1)) not in task:
                said_of.append((match.start(), True))
        said_of.sort()
    # A yes/no word is said of what the next assertion in its sentence or the next one is
    # about: "Oui : 35 et 36 sont premiers entre eux" answers for another pair.
    if predicate:
        for match in _bounded(_EACH_PRIME.finditer(text)):
            said_of.append((match.start(), True))  # "oui, 35 et 64 sont premiers": each prime, no pair
        said_of.sort()
    for word in words_found:
        if prompt and _aside_assent(text, word.start, word.end):
            continue  # « Oui, je sais, encore moi ! », "No, seriously": the writer's aside (round 68)
        polarity = _own_question(text, word.start, predicate) if predicate else None
        if polarity == "ambiguous":
            continue  # "N'ont-ils aucun diviseur commun ? Non.": which way it answers is unsaid
        if polarity == "reversed":  # "Ont-ils un diviseur commun plus grand que 1 ? Non." says yes
            word = Statement("no" if word.value == "yes" else "yes", word.start, word.end, word.negated)
        elif predicate and _answers_another_question(text, word.start, predicate):
            continue  # "35 et 64 sont-ils des nombres composés ? Oui": not this task's question
        if (
            predicate
            and not _speaker(text, word.start)
            and _echoes_another_question(text, word.end, predicate)
        ):
            continue  # "oui, elle se simplifie": the yes of another question (round 16a)
        index = doc.sentence_of(word.start)
        _, reach = doc.sentences[min(index + 1, len(doc.sentences) - 1)]
        following = [other for start, other in said_of if word.end <= start < reach]
        if not (following and following[0]):
            found.append(word)
    return found


# -- deciding --------------------------------------------------------------------------------


# What a question takes as given states it: "Sachant que PGCD(35, 64) = 1, ... ?".
_GIVEN = re.compile(
    r"\b(?:sachant|given|since|puisqu(?:e\b|')|etant donne|vu que|knowing|assuming|en supposant|considering|"
    r"du fait que|comme on sait|as we know)"
)

# An aside of a question states what it holds (round 16b: "Les nombres 35 et 64 (dont le seul
# diviseur commun est 1) sont-ils premiers entre eux ?", "Une droite parallèle à y = 4x + 6 (et
# qui coupe l'axe des y en −10) passe par ... ?"): a statement inside parentheses left open
# before it, or after a comma and a relative pronoun with no comma since, is not asked.
_ASIDE_RELATIVE = re.compile(r",\s*+(?:et\s++|and\s++)?(?:qui|dont|ou|whose|which|where)\b[^,()?]*+$")


def _in_aside(folded: str, lo: int, start: int) -> bool:
    """A quotation in parentheses is a term mentioned ("Are 35 and 64 coprime (« premiers
    entre eux »)?"), no aside; nor is an aside that asks (:data:`_ASKING_ASIDE`)."""
    before = folded[lo:start]
    opened = before.rfind("(")
    if opened > before.rfind(")"):
        close = folded.find(")", start)
        aside = folded[lo + opened + 1 : close if close >= 0 else len(folded)]
        return bool(_ASIDE_SAYS.search(aside)) and not _ASKING_ASIDE.search(aside) and '"' not in aside
    return bool(_ASIDE_RELATIVE.search(before))


# An aside asserts with a verb, a relative pronoun or "=": "(premiers entre eux)" after
# "coprime" is a gloss of the question's words (r5g-coprime-bilingual-contradiction).
_ASIDE_SAYS = re.compile(
    r"=|\b(?:est|sont|vaut|valent|a|ont|fait|font|coupe|passe|is|are|has|have|equals?|makes?|crosses|"
    r"qui|dont|whose|which|who)\b"
)
# An aside that asks or says the question again asserts nothing: "(c'est-à-dire leur PGCD
# vaut-il 1)", "(autrement dit, est-ce que leur PGCD est 1)", "(« coprime » en anglais)".
_ASKING_ASIDE = re.compile(
    r"\?|\b(?:c'est-a-dire|autrement dit|en d'autres termes|i\.e|in other words|that is|est-ce|whether|si|"
    r"if)\b|"
    r"\b[a-z]+-(?:t-)?(?:il|elle|ils|elles|on)\b"
)


_POINT = re.compile(r"\(\s*+(-?\d+(?:[.,]\d+)?)\s*+[,;]\s*+(-?\d+(?:[.,]\d+)?)\s*+\)")
# What makes a point the one a value is stated for: "pour la droite qui passe par (0, −10)",
# "for the line through (2, 3)"; not a point the line is said to pass through ("la
# parallèle passe par (0, −10) et a pour équation ...").
_FOR_POINT = re.compile(r"\b(?:pour|for|dans le cas de|in the case of)\b[^.;:\n()]{0,60}$")


def _other_row(folded: str, pos: int, numbers: set[Fraction]) -> bool:
    """Whether ``pos`` is in a table row, after its first cell, and that cell names numbers
    the task's data does not hold (another pair, another point): the row's values are
    for them."""
    line_start = folded.rfind("\n", 0, pos) + 1
    cells = folded[line_start:pos].strip().split("|")
    if not folded[line_start:pos].lstrip().startswith("|") or len(cells) < 3:
        return False
    named = {Fraction(n) for n in re.findall(r"\d+", cells[1])}
    return bool(named) and not named <= numbers


# Round 43 (fix-helper fairans43): a record of another instance, as :func:`_other_row` reads a
# table's row: a CSV row ("9,28,1,true", « 9;28;1;oui ») or a JSON object ({"a": 4, "b": 9,
# "pgcd": 1, "premiers_entre_eux": true}) with two numbers of its own or more before the value (as
# instances.py reads a worked example of another instance): the value is that record's. The task's
# own row filled ("35,64,1,true": one number of its own) is the task's.
_CSV_ROW = re.compile(r"(?<![ \t])[ \t]*+-?\d[^,;\t\n]{0,30}+(?P<sep>[,;\t])[^\n]*+")


# A schema's column type with its width: "CHAR(1)", "VARCHAR(20)", "character varying(1)".
_TYPE_WIDTH = re.compile(
    r"(?<![\w])(?:n?char|n?varchar2?|character(?:[ \t]++varying)?|varbinary|binary|bit)[ \t]*+\([ \t]*+\Z"
)


_FIELD_NUMBER = re.compile(r":[ \t]*+(\d{1,9}+)(?![\w.])")


def _other_record(folded: str, pos: int, numbers: set[Fraction]) -> bool:
    line_start = folded.rfind("\n", 0, pos) + 1
    opening = folded.rfind("{", max(0, pos - 400), pos)
    row = _CSV_ROW.match(folded, line_start)
    line_end = folded.find("\n", pos)
    spaced = _SPACED_ROW.fullmatch(folded[line_start : len(folded) if line_end < 0 else line_end].strip())
    if opening >= 0 and folded.rfind("}", opening, pos) < 0:
        values = _FIELD_NUMBER.findall(folded, opening, pos)  # a key's number, no list's
    elif (row or spaced) and pos - line_start <= 200:
        cells = [c.strip() for c in folded[line_start:pos].split(row["sep"] if row else None)]
        if any(not re.fullmatch(r"[^\s,;]{0,30}+", c) for c in cells):
            return False  # a sentence after numbers ("1, 5, 7, so gcd = 1"), no row
        values = [c for c in cells if c.isdigit()]
    else:
        return False
    named = {Fraction(int(v)) for v in values if len(v) <= 9}
    return len(named - numbers - {Fraction(0)}) >= 2


def _points(folded: str) -> list[tuple[Fraction, Fraction]]:
    return [
        (Fraction(m.group(1).replace(",", ".")), Fraction(m.group(2).replace(",", ".")))
        for m in _POINT.finditer(folded)
    ]


def _for_other_point(head: str, task_points: set[tuple[Fraction, Fraction]]) -> bool:
    """Whether the sentence, before a value, says the value is for a point (the line
    through it) and names none of the task's points: a value for another point is no
    answer to the task, whatever it is."""
    scoped = [m for m in _POINT.finditer(head) if _FOR_POINT.search(head, 0, m.start())]
    if not scoped:
        return False
    return not task_points & set(_points(head))


# A value given as an equation in one letter (round 6: "le nombre s de sœurs vérifie 3s =
# 3", "2n - 1 = 1"): its solution is the value the prompt states, read in prompts only.
_NUM = r"-?\d{1,6}(?:[.,]\d{1,6})?"
_POS = r"\d{1,6}(?:[.,]\d{1,6})?"
_ONE_LETTER = re.compile(
    rf"(?<![\w.,^)])(?:(?P<a>{_NUM})[ \t]*+[*×]?[ \t]*+)?(?P<v>[b-z])(?![\w'(])"
    rf"(?:[ \t]*+(?P<sign>[-+])[ \t]*+(?P<b>{_POS}))?[ \t]*+=[ \t]*+(?P<c>{_NUM})(?![\w(]|[.,]\d)"
    rf"|(?<![\w.,^)])(?P<c2>{_NUM})[ \t]*+=[ \t]*+"
    rf"(?:(?P<a2>{_NUM})[ \t]*+[*×]?[ \t]*+)?(?P<v2>[b-z])(?![\w'(])"
    rf"(?:[ \t]*+(?P<sign2>[-+])[ \t]*+(?P<b2>{_POS}))?(?![\w(]|[ \t]*+[-+*/^=]|[.,]\d)"
)


def _solved_statements(doc: _Doc) -> list[Statement]:
    found = []
    for match in _bounded(_ONE_LETTER.finditer(doc.text)):
        tail = "2" if match.group("v2") else ""
        a = Fraction(match.group("a" + tail).replace(",", ".")) if match.group("a" + tail) else Fraction(1)
        b = Fraction(match.group("b" + tail).replace(",", ".")) if match.group("b" + tail) else Fraction(0)
        if match.group("sign" + tail) == "-":
            b = -b
        c = Fraction(match.group("c" + tail).replace(",", "."))
        if a != 0:
            found.append(
                Statement((c - b) / a, match.start(), match.end(), _negated(doc, match.start(), match.end()))
            )
    return found


def statements(folded: str, spec: AnswerSpec, prompt: bool = False) -> tuple[_Doc, list[Statement]]:
    """Every statement of the asked quantity in ``folded`` text, questions left out (in a
    ``prompt``, a question's given is kept: what it takes for granted, it states)."""
    doc = _document(folded, spec)
    if spec.kind == "line":
        found = _line_statements(doc, spec, prompt)
    elif spec.kind == "yes-no":
        found = _verdict_statements(doc, spec, prompt)
    elif spec.about:
        found = _about_statements(doc, spec)
    else:
        found = _count_statements(doc, spec, prompt)
    if prompt and spec.kind == "number":
        found += _solved_statements(doc)
    kept = []
    points = {point for data in spec.data for point in _points(fold(data))}
    numbers = {Fraction(n) for data in spec.data for n in re.findall(r"\d+", fold(data))}
    for statement in found:
        lo, hi = doc.sentences[doc.sentence_of(statement.start)]
        if folded[lo:hi].rstrip().endswith("?") and doc.text[lo:hi].rstrip().endswith("?") and not (
            prompt
            and (
                _GIVEN.search(folded, lo, statement.start)
                or _in_aside(folded, lo, statement.start)
                or _data_asks(folded, statement.end, hi)
            )
        ):
            if not prompt and _asked_back(doc, statement):
                doc.asked.append(statement.start)
            continue
        if _other_row(folded, statement.start, numbers) or _other_record(folded, statement.start, numbers):
            continue  # "| 35 et 63 | 7 | non |", "9;28;1;oui": a row about other numbers than the task's
        if (
            _TYPE_WIDTH.search(folded, max(0, statement.start - 30), statement.start)
            and folded[statement.end : statement.end + 1] == ")"
        ):
            continue  # "sexe CHAR(1)": a column's width (round 43)
        if points and _for_other_point(folded[max(lo, statement.start - WINDOW) : statement.start], points):
            continue  # "pour celle qui passe par (0, −10), c'est y = 4x − 10": not the task's line
        if _ruled_out(folded, statement.start, statement.end):
            continue  # "2 sœurs : faux", "Hypothèse b = 6 : impossible": a hypothesis rejected
        if checklist.unchosen(folded, statement.start):
            continue  # "☑ Oui, …" then "☐ Non, …": an option left unticked (round 77)
        if spec.kind != "yes-no" and _bound(doc.text, statement.start, statement.end):
            continue  # "nombre de sœurs ⩾ 1", "PGCD ≤ 1", "1 sœur minimum": a bound (round 24a)
        fraction = _FRACTION_IN_WORDS.match(folded, statement.end)
        if fraction and not _FRACTION_IN_WORDS_NOT.match(folded, fraction.end()):
            statement.value = _plus_fraction(statement.value, _FRACTION_WORDS[fraction.group("part")])
        statement.quoted = doc.is_quoted(statement.start)
        statement.labelled = doc.is_labelled(statement.start)
        kept.append(statement)
    return doc, sorted(kept, key=lambda s: s.start)


# Round 49 (fix-helper g49, r49g-line-en-costar-objective-names-the-equation): a prompt's sentence that runs
# into the task's data ("Objective: explain how to get from the data to y = 4x − 10 in this exercise: A line
# parallel to … what are its parameters?") ends on the data's question mark; blanked out (a run of blanks,
# then no letter up to the "?"), the data asks its own question, and what the student wrote before it is no
# question.
_BLANKED = re.compile(r"[ \t]{8}")


def _data_asks(text: str, start: int, end: int) -> bool:
    run = _BLANKED.search(text, start, end)
    return run is not None and not re.search(r"[a-z]", text[run.start() : end])


# A value given as a bound (round 24a): a comparison sign (`text.COMPARISON_SIGN`) or its
# words right before it ("⩾ 1", ">= 1", "au minimum 1", "plus d'une", "at the most one", "up
# to 1") or right after it ("1 ≤ nombre de sœurs", "1 sœur minimum", "one or fewer", "1
# sister max"): a comparison, no statement of the value (an exact one elsewhere stands);
# "au moins", "at most" and "≈" are hedges of their sentence (:data:`HEDGES`), "≠" a negation.
_BOUND_BEFORE = re.compile(
    rf"(?:{COMPARISON_SIGN}|(?<![\w-])(?:(?:(?:au|a|at)[ \t]++)?(?:minimum|maximum)(?:[ \t]++(?:de|d'|of))?"
    r"|max|at[ \t]++the[ \t]++(?:very[ \t]++)?(?:least|most)|(?:plus|moins)[ \t]++d(?:e|')"
    r"|(?:more|less|fewer)[ \t]++than|up[ \t]++to|jusqu'a))[ \t*_:(]*+$"
)
_BOUND_AFTER = re.compile(
    rf"(?<![ \t])[ \t*_]*+(?:{COMPARISON_SIGN}"
    r"|(?:(?<=[ \t])[a-z]++[ \t]*+)?[,(]?[ \t]*+(?:(?:au|at)[ \t]++(?:minimum|maximum)"
    r"|tout[ \t]++au[ \t]++plus|minimum|maximum|max|at[ \t]++the[ \t]++(?:very[ \t]++)?(?:least|most)"
    r"|or[ \t]++(?:fewer|above|below)|ou[ \t]++davantage"
    r"|and[ \t]++(?:up|over|above))(?![\w-]))"
)


def _bound(text: str, start: int, end: int) -> bool:
    head = text[max(0, start - 40) : start]
    if "=" in text[start:end] and not _BOUND_AFTER.match(text, end):
        return False  # an equation is no bound: « le chemin jusqu'à y = 4x − 10 » names it (round 49)
    return bool(_BOUND_BEFORE.search(head) or _BOUND_AFTER.match(text, end))


# A fraction added in words after a value changes it (round 22a: "une sœur et demie" is 1.5,
# "y = 4x − 10 et demi" has the intercept −10.5, "1 sister and a half"): "et demie" takes the
# value away from the answer's; "et une demi-sœur" (a hyphen) names a relation, read as ever.
_FRACTION_WORDS = {
    "demi": Fraction(1, 2), "demie": Fraction(1, 2), "half": Fraction(1, 2), "quart": Fraction(1, 4),
    "quarter": Fraction(1, 4), "tiers": Fraction(1, 3), "third": Fraction(1, 3),
}  # fmt: skip
_FRACTION_IN_WORDS = re.compile(
    r"(?<![ \t])(?:[ \t]++[a-z]++)?[ \t]++(?:et|and)[ \t]++(?:(?:un|une|a)[ \t]++)?"
    r"(?P<part>demie?|half|quart|quarter|tiers|third)(?![\w-])"
)
_FRACTION_IN_WORDS_NOT = re.compile(r"(?<![ \t])[ \t]++(?:(?:de|d'|of)\b|soeur|sister|frere|brother)")


def _plus_fraction(value: Value, part: Fraction) -> Value:
    if isinstance(value, Fraction):
        return value + part if value >= 0 else value - part
    if isinstance(value, tuple):
        slope, intercept = value
        return (slope, intercept + part if intercept >= 0 else intercept - part)
    return value


# A hypothesis tested and ruled out (round 20a: "Si Caroline avait 2 sœurs, chaque frère en
# aurait 3 : faux", "0 sœur : faux ; 1 sœur : vrai, donc Caroline a 1 sœur", "b = 6 :
# impossible", "PGCD = 7 → rejeté", "…, ce qui contredit l'énoncé"): the first verdict that
# follows a value in its piece (the sentence up to a ";" or a line's end) is a clause of its own
# (after a ",", ":", "→", "(" or "—", nothing but the verdict word before the clause ends); a
# false one ("faux", "impossible", "exclu", "rejected"…) makes every value before it, since the
# piece's start or the previous verdict, no candidate. A true one ("vrai", "convient", "c'est
# l'énoncé") keeps them; a verdict inside a clause ("ce serait faux de dire 2") is no verdict.
_RULED_OUT = re.compile(
    r"(?:[,:(]|->|=>|→|—|–|[ \t]-)[ \t*_]*+(?:(?:c'est|donc|so|it's|this is|that's)[ \t]++)?"
    r"(?:(?P<false>faux|fausse|impossible|absurde|exclue?|rejetee?|a rejeter|eliminee?|incoherente?|"
    r"contradictoire|false|wrong|rejected|ruled out|eliminated|contradiction|ne convient pas|"
    r"ne marche pas|doesn't work|does not work|doesn't fit|does not fit|"
    r"(?:ce qui|cela|which|this|that)[ \t]++(?:contredit|contradicts|est impossible|is impossible)"
    r"[^,;:()\n]{0,40}+)"
    r"|vrai|vraie|true|correcte?|juste|convient|valide|valid|ok|fits|works|c'est l'enonce|"
    r"conforme)(?![\w'-])[ \t*_]*+(?:[!.),;:]|\n|$)"
)
_PIECE_END = re.compile(r"[;\n?]|[.!](?!\d)")


_WOULD = re.compile(
    r"\b(?:aurait|auraient|aurais|serait|seraient|serais|ferait|feraient|donnerait|donneraient|would)\b"
)


def _ruled_out(folded: str, start: int, end: int) -> bool:
    """Whether the value at ``start:end`` is a hypothesis its piece rules out (see
    :data:`_RULED_OUT`), or the consequence in the conditional that rules it out ("Hypothèse 2
    sœurs : impossible, chaque frère en aurait 3")."""
    stop = _PIECE_END.search(folded, end)
    verdict = _RULED_OUT.search(folded[end : stop.start() if stop else len(folded)])
    if verdict is not None and verdict.group("false") is not None:
        return True
    lo = max((m.end() for m in _PIECE_END.finditer(folded, max(0, start - 300), start)), default=0)
    before = [v for v in _RULED_OUT.finditer(folded, lo, start)]
    return (
        bool(before)
        and before[-1].group("false") is not None
        and bool(_WOULD.search(folded, before[-1].end(), start))
    )


_ANY_VALUE = re.compile(rf"\d|\b(?:{NUMBER_WORD_RE}|oui|yes|non|no)\b")


def _unsure_rows(text: str) -> list[tuple[int, int]]:
    """The spans of a table's rows whose cell under a column of confidence ("Certitude",
    "Confidence") says less than sure."""
    rows: list[tuple[int, int]] = []
    column: int | None = None
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        row = line.lstrip().startswith("|")
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if row else []
        if not cells:
            column = None
        elif column is None:
            column = next((i for i, c in enumerate(cells) if _CONFIDENCE_HEADER.match(c)), None)
        elif column < len(cells) and not re.fullmatch(r"[\s:-]*", cells[column]):
            # session 58 (fix102hedge, r102f-riddle-en-confidence-cell-high): a share of 95 % or more is sure
            # in a cell as in a sentence (« | 1 sœur | 99 % | »), the README's rule; a lower one is not
            share = re.fullmatch(r"\W*+\d[\d.,]*+[ \t]*+%?+\W*+", cells[column])
            high = share and not _low_confidence(f"confidence {cells[column]}")
            if not (_SURE.match(cells[column]) or high):
                rows.append((offset, end))
        offset = end + 1
    return rows


# A value of the answer approximated anywhere (round 25a: "b = env. −10 ; y = 4x − 10", "b is
# roughly −10; so y = 4x − 10"): the approximation stands before a number that the answer's
# statements give (the count, the value asked, a parameter of the line), in another sentence.
_APPROXIMATE_HEDGES = (
    "environ", "approximately", "roughly", "a peu pres", "grosso modo", "en gros", "plus ou moins",
    "more or less",
)  # fmt: skip
_APPROXIMATED = re.compile(
    rf"(?<![\w-])(?:{_APPROXIMATE}|{'|'.join(re.escape(h) for h in _APPROXIMATE_HEDGES)})"
    rf"[ \t]*+[=:]?[ \t]*+(?P<num>(?:[-+−][ \t]*+)?\d++(?:[.,]\d++)?|(?:{NUMBER_WORD_RE})(?![\w-]))"
    rf"|(?:≈|≃|≅|(?<!~)~(?!~))[ \t]*+(?P<sign>(?:[-+−][ \t]*+)?\d++(?:[.,]\d++)?)"
)


def _approximated(text: str, found: list[Statement], start: int) -> bool:
    """Whether a number the statements give is approximated from ``start`` on (the answer
    line: the working before it may estimate, then compute)."""
    values: set[Fraction] = set()
    for statement in found:
        if isinstance(statement.value, Fraction):
            values.add(statement.value)
        elif isinstance(statement.value, tuple):
            values.update(statement.value)
    if not values:
        return False
    for match in _bounded(_APPROXIMATED.finditer(text, start)):
        token = re.sub(r"[ \t]", "", (match.group("num") or match.group("sign"))).replace("−", "-")
        try:
            number = _word_or_number(token)
        except (ValueError, ZeroDivisionError):
            continue
        if number in values:
            return True
    return False


def _gives_a_part(sentence: str, found: list[Statement]) -> bool:
    """Whether ``sentence`` gives, hedged, a number the statements' values are made of (a
    line's slope or intercept, a count): "b = −10 (ordre de grandeur)", "intercept about −10".
    Such a hedge, in the clause or the line right before the answer (after a ";", a line
    break), hedges the answer given from it (issue 11ba). A hedge is the number's when it
    stands right before it, or after it before any other number and not right before one
    ("a = 4 (un angle d'environ 76°)" hedges the angle)."""
    parts: set[Fraction] = set()
    for statement in found:
        if isinstance(statement.value, Fraction):
            parts.add(statement.value)
        elif isinstance(statement.value, tuple):
            parts.update(statement.value)
    numbers = list(_bounded(_NUMBER.finditer(sentence)))
    for index, match in enumerate(numbers):
        number = _number_value(match)
        if number is None:
            continue
        signed = -number if sentence[max(0, match.start() - 2) : match.start()].strip() == "-" else number
        if number not in parts and signed not in parts:
            continue
        lead = sentence[max(0, match.start() - 24) : match.start()]
        if any(not re.sub(r"[\s=:-]", "", lead[h.end() :]) for h in _HEDGE.finditer(lead)):
            return True  # "about −10", "≈ −10"
        stop = numbers[index + 1].start() if index + 1 < len(numbers) else len(sentence)
        tail = sentence[match.end() : stop]
        for hedge in _HEDGE.finditer(tail):
            own = not re.match(r"[\s=:]*+(?:de\s++|d'|of\s++)?[-+]?\s*+$", tail[hedge.end() :])
            if own or stop == len(sentence):
                return True  # "b = −10 (ordre de grandeur)", not "(environ 76°)"
    return False


# A value computed in the answer's own sentence ("b = 10 − 4 × 5 = −10"): an estimate said
# before it ("On estime d'abord b ≈ −10") does not hedge what is then worked out (round 25a).
_COMPUTED = re.compile(r"=[^=\n]{0,40}?\d\s*+[-+×x*/−]\s*+[(\d][^=\n]{0,40}?=\s*+[-−+]?\s*+\d")


def _hedged(doc: _Doc, found: list[Statement], spec: AnswerSpec | None = None) -> bool:
    """A hedge in a sentence that gives a value, or alone in the sentence right after one,
    or in a sentence without a value that names the asked quantity (round 14: "mon calcul
    du PGCD est peut-être faux", in a footnote or anywhere)."""
    with_values = {doc.sentence_of(s.start) for s in found}
    if _approximated(doc.text, found, doc.answer_lines[0][0] if doc.answer_lines else 0):
        return True
    named = [re.compile(term_pattern(t)) for t in (spec.about if spec else []) if not t.startswith("re:")]
    unsure = _unsure_rows(doc.text)
    answered = doc.answer_lines[0][0] if doc.answer_lines else None
    for index, (start, end) in enumerate(doc.sentences):
        sentence = _scales(doc.text[start:end])  # a scale's unticked levels say nothing (session 57)
        if doubted.doubts(sentence) and (
            index in with_values or index - 1 in with_values or (answered is not None and start >= answered)
        ):
            return True  # the writer's doubt on their answer, by tone (session 60, :mod:`doubted`)
        if (
            not _HEDGE.search(sentence)
            and not _low_confidence(sentence)
            and not any(lo < end and start < hi for lo, hi in unsure)
        ):
            continue
        if index in with_values:
            return True
        # round 89 (fix89): a confidence's own figure is no value ("Confiance : 80 %" on the line after the
        # answer hedges it, as in its sentence: the README's rule, a share short of 95 % hedges)
        if index - 1 in with_values and not _ANY_VALUE.search(_without_confidence(sentence)):
            return True
        if _TONE_HEDGE.search(sentence) and (
            index - 1 in with_values or (index + 1 in with_values and not _ANY_VALUE.search(sentence))
        ):
            # session 60: "Answer: 1 sister. Take it as a guess to check, b = −10 included.", « Prenez ça
            # comme une piste » (its "une" is no value), "I would trust a calculator more than what follows."
            return True
        if (
            index + 1 in with_values
            and _gives_a_part(sentence, found)
            and not _COMPUTED.search(doc.text[slice(*doc.sentences[index + 1])])
        ):
            return True  # "b = −10 (ordre de grandeur) ; y = 4x − 10": the answer built on it (11ba)
        if found and _HEDGE.search(sentence) and any(p.search(sentence) for p in named):
            if _guess_turned_down(doc, index):
                continue  # "Maybe the gcd is 5? No: 64 is not a multiple of 5." (session 53)
            return True
    return False


# Session 57 (fix100hedge, round 100): a final value asked rather than said (« Réponse : Caroline a 1
# sœur ? », "Answer: y = 4x − 10?", "Answer: 1 sister, right?"): on an answer line, a declarative sentence
# that gives the value and ends on a question mark puts it to the reader to confirm, a hedge as "(?)" is
# (round 23a), not the working's question it would be elsewhere. A question asked in the interrogative form
# ("Answer: is it 2? No, 1.", « Réponse : combien ? 1 ») or a question before the value asks nothing back.
_INTERROGATIVE = re.compile(
    r"(?:^|[:;,(—–-]|\b(?:so|donc|alors|and|et|mais|but))[ \t*_]*+"
    r"(?:is|are|does|do|did|was|were|could|can|would|will|has|have|how|what|why|which|who|est-ce|combien|"
    r"comment|pourquoi|quel|quelle|quels|quelles|qui|que|qu'est-ce|y a-t-il|a-t-elle|a-t-il)(?![\w'-])"
    r"|-t-(?:il|elle)\b|\b[a-z]{2,}-(?:il|elle|ils|elles|on)\b"
)


def _asked_back(doc: _Doc, statement: Statement) -> bool:
    """Whether ``statement``, in a sentence that ends on a question mark, is a value an answer line asks back
    (see :data:`_INTERROGATIVE`)."""
    line = next(((lo, hi) for lo, hi in doc.answer_lines if lo <= statement.start < hi), None)
    if line is None:
        return False
    lo, _ = doc.sentences[doc.sentence_of(statement.start)]
    label = _ANSWER_LINE.search(doc.text, line[0], statement.start)
    head = doc.text[max(lo, label.end() if label else line[0]) : statement.start]
    return _INTERROGATIVE.search(head) is None


# Session 53 (gaps53): a guess in the working that the next sentence turns down at once ("Maybe the gcd is
# 5? No: 64 is not a multiple of 5.", "Hmm, maybe the gcd is 5? Wait, that's wrong", « Le PGCD vaut
# peut-être 5 ? Non, … ») is a step tried and dropped, a reasoning model's way (its trace copied unfolded),
# not a doubt on the answer. The next sentence must open with the denial and hedge nothing itself.
_TURNED_DOWN = re.compile(
    r"(?<![ \t*_>-])[ \t*_>-]*+(?:(?:wait|hm++|attends|euh|oh)[ \t]*+[,.!…:;-]*+[ \t]*+)?"
    r"(?:no|non|nope|nah|pas du tout|not at all|"
    r"(?:that|this|it)(?:'s|[ \t]++is)[ \t]++(?:wrong|false|incorrect)|"
    r"c'est[ \t]++(?:faux|incorrect))(?![\w'-])[ \t]*+[,.!…:;—-]"
)


# … or closes with it: "Wait, 64 is not a multiple of 5, so that's wrong."
_TURNED_DOWN_LAST = re.compile(
    r"(?<![\w'-])(?:so|donc|hence|thus|alors)[ \t]++(?:(?:that|this|it)(?:'s|[ \t]++is)|c'est)[ \t]++"
    r"(?:wrong|false|incorrect|faux)[ \t]*+[.!…]*+[ \t]*+$"
)


def _guess_turned_down(doc: _Doc, index: int) -> bool:
    if index + 1 >= len(doc.sentences):
        return False
    start, end = doc.sentences[index + 1]
    after = doc.text[start:end]
    turned = _TURNED_DOWN.match(after) or _TURNED_DOWN_LAST.search(after)
    return bool(turned) and not _HEDGE.search(after) and not _low_confidence(after)


def _final_start(doc: _Doc, found: list[Statement]) -> int | None:
    """Where the final answer is read from: the first answer line that gives a value, or a
    later self-correction that gives one (:mod:`workshop.prompts.corrected`, round 63: the last
    such); None when there is neither."""
    start = None
    for lo, hi in doc.answer_lines:
        if any(lo <= s.start < hi and not s.negated and not s.quoted for s in found):
            start = lo
            break
    for point in reversed(corrected.points(doc.text, doc.sentences)):
        if start is not None and point <= start:
            break
        if any(s.start >= point and not s.negated and not s.quoted for s in found):
            return point
    return start


def _from_answer_line(doc: _Doc, found: list[Statement]) -> list[Statement]:
    """The statements from the first answer line that gives a value on: the reasoning
    before it (a first idea, a count tried and dropped) is not the answer; the answer line
    and everything after it are (a second answer line after it still makes several values, a
    negation of it still negates it), and so is a fenced block's value before it
    (:func:`_blocks`, round 18a: a chart that ends on another value contradicts it). A
    self-correction after it that gives a value replaces it (round 63, :func:`_final_start`):
    read from there on, so what follows the correction (a doubt, an answer line) still counts."""
    lo = _final_start(doc, found)
    if lo is None:
        return found
    return [s for s in found if s.start >= lo or any(a <= s.start < b for a, b in doc.blocks)]


# A value a remainder operator follows is a division's dividend (round 29: "gcd(64, 35): 64 mod 35
# = 29; 35 mod 29 = 6; …", "PGCD : 64 % 35 = 29"), in either language: the working Euclid's
# steps open, read as the "=" form is (a label with a colon that opens the working).
_REMAINDER_NEXT = re.compile(r"(?<![ \t])[ \t]*+(?:mod|modulo|%)[ \t]*+\d")


def answer_part(answer: str, spec: AnswerSpec) -> str:
    """The lines of ``answer`` the final answer is read from (:func:`_from_answer_line`):
    from the first answer line that gives a value on, with the fenced blocks before it; the
    whole answer when there is none. The trap's reader reads the same part (round 19a: a
    count an expert gives, then corrects before the consensus line, is working, for both)."""
    try:
        doc, found = statements(fold(answer), spec)
    except _TooMany:
        return answer
    lines = answer.split("\n")
    if doc.text.count("\n") + 1 != len(lines):
        return answer  # a shell's output joined to its call: read it all
    found = [s for s in found if asserted(doc, s)]
    lo = _final_start(doc, found)
    if lo is None:
        return answer
    first = doc.text.count("\n", 0, lo)
    kept = set(range(first, len(lines)))
    for a, b in doc.blocks:
        kept |= set(range(doc.text.count("\n", 0, a), doc.text.count("\n", 0, b) + 1))
    return "\n".join(line for i, line in enumerate(lines) if i in kept)


# Round 15a: a value taken back ("1 sœur… non, je plaisante !", "just kidding") is no
# answer, whatever follows; "je ne plaisante pas", "not kidding" take nothing back.
_RETRACTION = re.compile(
    r"(?<!\bnot )(?<!\bno )(?<!\bpas )\b(?:je plaisante|je rigole|j'rigole|je blague|je deconne|"
    r"c'(?:est|etait) une blague|c'(?:est|etait) pour rire|pour rire|just kidding|kidding|just joking|"
    r"i'm joking|i am joking|i was joking|jk|psych|lol non|nan je rigole|poisson d'avril|april fool)\b"
)
# An answer disowned at the end (round 19a): the text's last line denies the answer's
# validity ("ma réponse est donc fausse", "this answer is wrong", "je ne suis pas sûr que ce
# soit juste") or the possibility to conclude ("on ne peut tout simplement pas conclure",
# "this cannot be decided", "impossible de trancher"). The structure, not a list of phrases:
# the answer (a possessive or demonstrative "answer", "result") said false, or a negated
# "can" before a verb of concluding, or the question said undecidable.
_CONCLUDE = (
    r"(?:conclure|conclude|trancher|decider|decide|determiner|determine|savoir|know|dire|say|tell|"
    r"repondre|answer|settle|resoudre|solve)"
)
_DISOWNED = re.compile(
    r"\b(?:(?:ma|cette|notre|la presente)[ \t]++(?:reponse|conclusion|solution)|(?:mon|ce|notre)[ \t]++"
    r"(?:resultat|calcul|raisonnement)|(?:my|this|our|that)[ \t]++"
    r"(?:answer|result|conclusion|solution|reasoning))"
    r"(?:[ \t]++[\w']++){0,2}?[ \t]++(?:est|is|seems|semble|was|etait|doit etre|must be)[ \t]++"
    r"(?:(?:donc|so|therefore|probablement|probably|sans doute|surement|certainement|clearly|clairement)"
    r"[ \t]++)?"
    r"(?:faux|fausse|wrong|incorrect|incorrecte|erronee?|invalid|invalide|"
    r"pas (?:juste|bonne?|correcte?|exacte?)|not (?:right|correct|valid))\b"
    rf"|\b(?:on|we|one|i|je|nous)[ \t]++(?:(?:ne[ \t]++|n')(?:peut|peux|pouvons)|cannot|can't|can[ \t]++not)"
    rf"(?:[ \t]++[\w']++){{0,3}}?[ \t]++(?:(?:pas|rien)[ \t]++)?{_CONCLUDE}"
    r"\b(?![ \t]++(?:que|qu'|that|autre chose|autrement|rien d'autre|anything else|otherwise)\b)"
    rf"|\bimpossible[ \t]++(?:de|d'|to)[ \t]*+{_CONCLUDE}\b"
    r"|\b(?:cannot|can't|can[ \t]++not|ne peut pas)[ \t]++(?:etre[ \t]++|be[ \t]++)"
    r"(?:decided|determined|known|concluded|answered|settled|tranche|decide|determine|conclu)\b"
    r"|\b(?:undecidable|indecidable)\b"
    r"|\b(?:je ne suis pas|i'm not|i am not)[ \t]++(?:sure|sur|certain|certaine)[ \t]++(?:que|that)[ \t]++"
    r"(?:ce soit|c'est|ca soit|ce soit bien|this is|it's|it is|that's|that is)[ \t]++"
    r"(?:juste|bon|correct|exact|right)\b"
)


# A doubt reopened at the end and never settled (round 20a: "Hmm, attends… je dois reprendre le
# calcul avant de conclure", "Wait, I need to recompute"): the last line says the work is still
# to be redone or checked (a first person's obligation or intention to redo, recheck,
# reconsider; "reste à vérifier", "needs to be checked") and gives no value after it, so the
# answer is suspended, as one disowned is. "Je vais vérifier : chaque frère a bien 2 sœurs"
# settles it (a value follows).
_REOPENED = re.compile(
    r"\b(?:je dois|il faut(?:[ \t]++que je)?|il me faut|il faudrait|je vais devoir|je devrais|faut que je|"
    r"laisse-moi|laissez-moi|je vais|on doit|nous devons|i need to|i must|i have to|i should|"
    r"i'll have to|i'll need to|let me|we need to|we must|we should)"
    r"(?:[ \t]++(?:tout|bien|d'abord|encore|vraiment|first|again|all|really|still|just))*+[ \t]++"
    r"(?:reprendre|refaire|recalculer|reverifier|recompter|revoir|relire|reconsiderer|repenser|verifier|"
    r"recompute|recalculate|redo|recheck|re-check|double-check|check|verify|rework|recount|reconsider|"
    r"rethink|go over|start over|recommencer)\b"
    r"|\b(?:reste|restent|est|sont|is|are|remains?|needs?)[ \t]++(?:a|to be)[ \t]++"
    r"(?:verifier|reverifier|revoir|confirmer|reprendre|checked|verified|confirmed|rechecked|redone)\b"
)


def _reopened(line: str) -> bool:
    """Whether ``line`` reopens the work and settles nothing after (see _REOPENED)."""
    found = list(_REOPENED.finditer(line))
    return bool(found) and _ANY_VALUE.search(line, found[-1].end()) is None


def _disowned(text: str, after: int) -> bool:
    """Whether the text's last line disowns the answer given at ``after`` (see _DISOWNED), or
    reopens it unsettled (see _REOPENED)."""
    last = text.rstrip().rfind("\n") + 1
    line = text[last:]
    if last >= after and _reopened(line) or last < after and _reopened(text[after:]):
        return True
    if _DISOWNED.search(line) is None:
        return False
    return any(m.start() + last >= after for m in _DISOWNED.finditer(line))


# An answer cut off after a connective ("Donc Caroline a 1 sœur, ou", "oui, mais"): the
# alternative or the condition it opens is missing, so the value is not given alone.
# A value written in another base or counted in another unit, said in a remark right after
# it (round 18a: "b = −10 (en base 8)", "1 (en binaire)", "2 (en dizaines)"): the value meant
# is another number, so there is no final answer (a remark in parentheses is otherwise
# dropped). Base ten and "décimal" are the value itself.
_OTHER_BASE = re.compile(
    r"[^()\n]{0,40}?\([^()\n]{0,40}?\b(?:base[ \t]*+(?!10\b|dix\b|ten\b)\w|(?:en|in)[ \t]++(?:binaire|binary|"
    r"octal|octale|hexadecimal|hexadecimale|hexa|dizaines|centaines|milliers|douzaines|tens|hundreds|thousands|dozens)\b)"
)
_DANGLING = re.compile(
    r"(?:\b(?:ou|or|ou bien|soit|voire|sinon|otherwise|either|et|and|mais|but|unless|sauf|sauf si|"
    r"a moins que|except|excepte|si|if)|,)[\s.…*_]*+\Z"
)


def too_many_values(answer: str, spec: AnswerSpec) -> bool:
    """Whether ``answer`` gives more values than the reader takes (:data:`MAX_VALUES`): then
    it has no final answer, and the check that reads one says why (round 23b: a long worked
    answer live, 28,000 characters of figures, earned nothing and no note said so)."""
    try:
        statements(fold(answer), spec)
    except _TooMany:
        return True
    return False


# Session 54 (fix94): a rating the answer gives ("Difficulty: 3/5.", « Note : 4/10 », "Confidence:
# 9/10") rates the question or the answer, it states no value of the asked quantity: a fraction after a
# rating's label.
_RATING = re.compile(
    r"(?<![a-z])(?:difficulty|difficulte|rating|note|score|niveau|level|confidence|confiance|interest|interet"
    r"|fun|plaisir)(?:[ \t]++(?:level|rating|score))?[ \t*_]*+[:=-]?[ \t*_]*+$"
)
_RATED = re.compile(r"\d{1,3}[ \t]*+/[ \t]*+\d{1,3}(?![\d/])")  # matched past the blanks


def _rating(text: str, s: Statement) -> bool:
    """Whether ``s`` is a rating's fraction (a label such as "Difficulty:" right before "3/5")."""
    line = text[text.rfind("\n", 0, s.start) + 1 : s.start]
    rated = _RATED.match(text, past_blanks(text, s.start))
    return rated is not None and _RATING.search(line) is not None


def final_answer(answer: str, spec: AnswerSpec) -> Final:
    """The one final answer of ``answer`` for ``spec``, or why there is none."""
    try:
        doc, found = statements(fold(answer), spec)
    except _TooMany:
        return Final(None, "several")
    found = [s for s in found if asserted(doc, s)]  # "si leur PGCD vaut 1, ..." answers nothing
    for s in found:  # "Most people would bet on 2: that is the trap." (session 57): rejected
        sentence_end = doc.sentences[doc.sentence_of(s.start)][1]
        s.negated = s.negated or _NAMED_WRONG.match(doc.text, s.end, sentence_end) is not None
    found = [s for s in found if not _rating(doc.text, s)]  # "Difficulty: 3/5." (session 54)
    found = [s for s in found if not _example(doc, s)]  # "avec par exemple b = −10" (round 22a)
    working = found
    found = _from_answer_line(doc, found)
    final_start = _final_start(doc, working)
    # « Réponse : Caroline a 1 sœur ? » (session 57); not when a value said follows the one asked back
    # (« Réponse : 1 sœur et une demi-sœur ? Non : 1 sœur. », round 22a)
    asked_last = [at for at in doc.asked if not any(s.start > at for s in found)]
    if any(final_start is None or at >= final_start for at in asked_last):
        return Final(None, "hedged")
    positive = [s for s in found if not s.negated]
    if not any(not s.quoted for s in positive):
        return Final(None, "negated" if found else "none")
    if _RETRACTION.search(doc.text, min(s.start for s in positive)):
        return Final(None, "retracted")
    if _disowned(doc.text, min(s.start for s in positive)):
        return Final(None, "retracted")
    if unsettled.reopened(doc.text, min(s.start for s in positive)):
        return Final(None, "retracted")  # "…, mais la question est mal posée" (round 29)
    spans = [(s.start, s.end) for s in positive if not s.quoted]
    if unsettled.counterfactual(doc.text, spans) or unsettled.polled(doc.text, spans):
        return Final(None, "hedged")  # "elle aurait eu 1 sœur si…", "oui à 62 %" (round 29)
    if _DANGLING.search(doc.text.rstrip()[-40:]) and not _si_at_end(doc.text.rstrip()):
        return Final(None, "hedged")  # cut off mid-alternative ("Réponse : si." answers, round 24a)
    if _hedged(doc, found, spec):
        return Final(None, "hedged")
    if spec.kind == "yes-no" and any(_ironic(doc, s, spec) for s in working if not s.negated):
        return Final(None, "ironic")  # "Oui, c'est ça, et 64 est impair" (round 24a, irony.py)
    values = {s.value for s in positive}
    if len(values) > 1:
        return Final(None, "several")
    value = values.pop()
    if any(s.negated and s.value == value for s in found):
        return Final(None, "negated")
    if _another_question(doc.text, spec, value):
        return Final(None, "another")
    if any(_OTHER_BASE.match(doc.text, s.end - (doc.text[s.end - 1 : s.end] == "(")) for s in positive):
        return Final(None, "another")
    if spec.unit and spec.subject and _named_count(doc.text, spec) not in (None, value):
        return Final(None, "contradicted")
    if _decimal_working(doc, spec, working, found, value):
        return Final(None, "contradicted")
    if any(_other_in_aside(doc.text, s, spec) for s in positive if not s.quoted):
        return Final(None, "several")  # « Réponse : 1 (ou 2 selon l'interprétation) » (round 73)
    if _edited_away(doc.text, min(s.start for s in positive), value, spec.unit):
        return Final(None, "contradicted")  # "Answer: 1. … Edit: actually 2" (round 73)
    if _concluded_otherwise(doc, spec, working, value):
        return Final(None, "contradicted")  # « Caroline a donc 2 sœurs. » then « Réponse : 1 » (round 73)
    if _concluded_other_intercept(doc, spec, working, value):
        return Final(None, "contradicted")  # « … donc b = 10. » then « Réponse : y = 4x − 10 » (round 76)
    return Final(value)


# The intercept a line's working concludes (round 76, fix76): « donc b = 20 − 10 = 10 », « Conclusion :
# l'ordonnée à l'origine vaut 10 », read by the number reader with the intercept's own names.
_INTERCEPT_ABOUT = ["ordonnee a l'origine", "y-intercept", "intercept", r"re:\bb\b"]


def _concluded_other_intercept(doc: _Doc, spec: AnswerSpec, working: list[Statement], value: Value) -> bool:
    """For a line answer, whether the working concludes another intercept than the final line's, with
    nothing between that conclusion and the answer line turning from it (as :func:`_concluded_otherwise`)."""
    if spec.kind != "line" or not isinstance(value, tuple):
        return False
    lo = _final_start(doc, working)
    if lo is None:
        return False
    intercept = AnswerSpec(kind="number", expected=value[1], about=_INTERCEPT_ABOUT)
    try:
        _, said = statements(doc.text[:lo], intercept)
    except _TooMany:
        return False
    for s in said:
        if s.negated or s.quoted or s.value == value[1] or not isinstance(s.value, Fraction):
            continue
        head = _conclusion_head(doc, intercept, s)
        if revised.concludes(head) and revised.unrevised(head) and revised.unrevised(doc.text[s.end : lo]):
            return True
    return False


def _conclusion_head(doc: _Doc, spec: AnswerSpec, s: Statement) -> str:
    """The words of a statement's sentence before its value: a statement of a named quantity starts at
    its name ("the intercept is 6"), so its words up to its value are read (round 76, fix76)."""
    start = doc.sentences[doc.sentence_of(s.start)][0]
    if not spec.about:
        return doc.text[start : s.start]
    number = list(re.finditer(r"-?[ \t]*+\d[\d.,/]*+", doc.text[s.start : s.end]))
    return doc.text[start : s.start + number[-1].start()] if number else doc.text[start : s.start]


def _other_in_aside(text: str, statement: Statement, spec: AnswerSpec) -> bool:
    """Whether an aside right after the statement's value offers another value of the answer's
    kind (:func:`workshop.prompts.revised.aside_after`), read as an answer line's words are."""
    rest = revised.aside_after(text, statement.end)
    if rest is None:
        return False
    try:
        _, offered = statements("reponse : " + rest, spec)
    except _TooMany:
        return True
    values: set[Value] = {s.value for s in offered if not s.negated and s.value != PART}
    parts = [a for a in spec.about if a in ("line:slope", "line:intercept")]
    for line, _, _ in _line_values(rest):  # "(ou y = 4x + 6 si …)": a line wherever it stands
        values |= {line} if spec.kind == "line" else {line[a == "line:intercept"] for a in parts}
    lead = _ASIDE_LEAD.match(rest)  # "(ou 2 selon l'interprétation)": the value it opens on
    if lead and spec.kind == "number" and revised.counts_another(rest[lead.end() :], spec.unit):
        lead = None  # "1 sister (or 2 girls in total, counting Caroline)": another count (session 49)
    if lead and spec.kind == "number" and not parts:
        values.add(_word_or_number(lead.group(1)))
    elif lead and spec.kind == "yes-no" and lead.group(1) in _YES_NO_WORDS:
        values.add(_YES_NO_WORDS[lead.group(1)])
    return any(v != statement.value for v in values)


_ASIDE_LEAD = re.compile(
    rf"(?<![ \t])[ \t]*+(\d{{1,6}}+(?![\w.,]\d)|(?:{NUMBER_WORD_RE}|oui|non|yes|no)(?![\w'-]))"
)
_YES_NO_WORDS = {"oui": "yes", "yes": "yes", "non": "no", "no": "no"}


def _edited_away(text: str, after: int, value: Value, spec_unit: list[str]) -> bool:
    """Whether an edit after the answer line opens on another bare value (revised.edited_value)."""
    word = revised.edited_value(text, text.rfind("\n", 0, after) + 1, spec_unit)
    if word is None:
        return False
    if isinstance(value, Fraction):
        return word not in ("oui", "yes") and _word_or_number(word) != value
    return value == "no" and word in ("oui", "yes")


# Session 58 (fix102versions, round 103): a verdict concluded in the negative (« donc PGCD = 7 : ils ne sont
# pas premiers entre eux », "so they are not coprime") holds its negation right before the predicate: that
# negation makes the verdict "no", it turns from nothing. The last words of the head that only say it are left
# out before :func:`revised.unrevised` reads the head; a negation further back ("if they shared one they would
# not be …") still turns.
_VERDICT_NEGATION = frozenset(
    "ne n' n'est n'etaient n'etait ne sont pas not aren't isn't weren't wasn't are is were was sont est "
    "etaient etait donc so therefore thus then alors".split()
)


def _verdict_negation_dropped(head: str) -> str:
    words = head.split()
    while words and words[-1] in _VERDICT_NEGATION:
        words.pop()
    return " ".join(words)


def _concluded_otherwise(doc: _Doc, spec: AnswerSpec, working: list[Statement], value: Value) -> bool:
    """Whether the working concludes another value (a "donc" in its sentence before it) and
    nothing between that conclusion and the answer line turns from it (revised.unrevised)."""
    if spec.kind not in ("number", "yes-no"):
        return False
    lo = _final_start(doc, working)
    if lo is None:
        return False
    for s in working:
        if s.start >= lo or s.negated or s.quoted or s.value == value or type(s.value) is not type(value):
            continue
        head = _conclusion_head(doc, spec, s)
        if spec.subject and not re.search(spec.subject, head):
            continue  # « les filles de la famille sont donc 2 »: a count of others (round 31's fair)
        said = _verdict_negation_dropped(head) if spec.kind == "yes-no" else head
        if revised.concludes(head) and revised.unrevised(said) and revised.unrevised(doc.text[s.end : lo]):
            return True
    return False


def stated_slopes(answer: str, spec: AnswerSpec) -> set[Fraction]:
    """The slopes of the lines ``answer`` states for a ``line`` spec: asserted, not negated nor
    quoted, from its answer line on, as :func:`final_answer` reads them (round 23a: the
    intercept of a line of another slope is no parameter of the line asked)."""
    try:
        doc, found = statements(fold(answer), spec)
    except _TooMany:
        return set()
    found = _from_answer_line(doc, [s for s in found if asserted(doc, s) and not _example(doc, s)])
    return {s.value[0] for s in found if not s.negated and not s.quoted and isinstance(s.value, tuple)}


def _si_at_end(text: str) -> bool:
    """Whether ``text`` ends on a "si" that answers (:data:`_SI`), not one cut off."""
    found = _SI.search(text, max(0, len(text) - 6))
    return found is not None and bool(_SI_BEFORE.search(text, max(0, found.start() - 12), found.start()))


def _ironic(doc: _Doc, statement: Statement, spec: AnswerSpec) -> bool:
    """A verdict's sentence, and the next one when it goes on with "et"/"and" (a rider), said
    in irony (:mod:`workshop.prompts.irony`)."""
    index = doc.sentence_of(statement.start)
    lo, hi = doc.sentences[index]
    if index + 1 < len(doc.sentences):
        start, end = doc.sentences[index + 1]
        opening = doc.text[start:end].lstrip(" \t\n*_>-").split(" ", 1)[0].rstrip(",;:")
        if opening in ("et", "and"):  # compared as a string: linear (test_prompts_redos)
            hi = end
    return irony.ironic(doc.text[lo:hi], _task_numbers(spec))


# A value given as an example (round 22a: "y = 4x + b, avec par exemple b = −10", "b = −10
# for instance", "say b = −10"; round 84: "e.g." folds to "eg", "b between −10 and 10, e.g. y = 4x − 10"):
# one value of a free parameter, no answer. Answer side only: a
# prompt's example still dictates.
# "I would say 1" / "I'd say 1" answer, as "je dirais 1" does (review 33); "say 1", "let's say 1"
# are examples.
_EXAMPLE_BEFORE = re.compile(
    r"(?:par exemple|for example|for instance|e\.g\.|(?<![\w'-])eg|par ex|p ex|exemple|example|disons|mettons"
    r"|let's say"
    r"|(?<!would )(?<!'d )say|prenons|take)"
    r"[ \t]*+[:,]?[ \t]*+(?:(?:b|a|y|x)[ \t]*+=[ \t]*+)?$"
    r"|\b(?:par exemple|for example|for instance|e\.g\.|eg|par ex|disons|mettons|let's say)\b"
    r"[^.;:!?\n]{0,120}+$"
)
_EXAMPLE_AFTER = re.compile(
    r"(?<![ \t])[ \t]*+,?[ \t]*+(?:par exemple|for example|for instance|e\.g\.|say)[ \t]*+(?:[.;)!\n]|$)"
)


# ... and after an abbreviation that ends a sentence for the splitter (round 84: « par ex. y = 4x − 10 »).
_EXAMPLE_ABBREVIATED = re.compile(r"(?<![\w'-])(?:par[ \t]++ex|p\.[ \t]?ex|ex|e\.g|eg)\.[ \t]*+$")
_EXAMPLE_HEAD = re.compile(r"(?<![ \t])[ \t]*+(?:[abxy][ \t]*+=[ \t]*+)?")


def _example(doc: _Doc, statement: Statement) -> bool:
    lo, _ = doc.sentences[doc.sentence_of(statement.start)]
    head = doc.text[max(lo, statement.start - WINDOW) : statement.start]
    if _EXAMPLE_BEFORE.search(head) or _EXAMPLE_AFTER.match(doc.text, statement.end):
        return True
    abbreviated = _EXAMPLE_ABBREVIATED.search(doc.text, max(0, lo - 12), lo)
    return bool(_EXAMPLE_HEAD.fullmatch(head)) and abbreviated is not None


# A final value that is not the working's result (round 22a, round 16's "working that
# contradicts the final value" extended to decimals): the working computes a value that is no
# whole number ("b = 10 − 4 × 5,125 = −10,5", a count of 1,5) and the answer gives another
# ("Réponse : y = 4x − 10", rounded or not): the final value is not the model's own result.
_INTERCEPT_COMPUTED = re.compile(
    r"(?<![\w'])(?:b|ordonnee a l'origine|y-intercept|intercept)[ \t]*+(?:=[^=\n]{0,80}?)?="
    r"[ \t]*+(?P<v>[-+−]?[ \t]*+\d++[.,]\d++)(?![\d]|[.,]\d)"
)


def _decimal_working(
    doc: _Doc, spec: AnswerSpec, working: list[Statement], found: list[Statement], value: Value
) -> bool:
    first = min((s.start for s in found), default=0)
    if spec.kind == "line" or (spec.about and isinstance(value, Fraction)):
        target = value[1] if isinstance(value, tuple) else value
        computed = [m for m in _INTERCEPT_COMPUTED.finditer(doc.text, 0, first)]
        if computed:
            raw = re.sub(r"[ \t]", "", computed[-1].group("v")).replace("−", "-").replace(",", ".")
            number = Fraction(raw)
            return number.denominator != 1 and number != target
        return False
    before = [s for s in working if s.start < first and not s.negated and not s.quoted]
    return any(
        isinstance(s.value, Fraction) and s.value.denominator != 1 and s.value != value for s in before[-1:]
    )


# The girls named in the working (round 16a: "les filles de la famille sont Caroline, Léa et
# Inès" then "Réponse : 1 sœur"): a list of names that holds the asked subject counts her
# sisters (the others); a final count that differs contradicts the answer's own working.
_NAMED_GIRLS = re.compile(
    r"\b(?:les|the)[ \t]++(?:filles|girls|daughters|soeurs|sisters)"
    r"(?:[ \t]++(?:de la famille|of the family|des (?:3 |trois )?freres|of the (?:3 |three )?brothers))?"
    r"[ \t]*+(?:sont|are|:)[ \t]*+"
    r"(?P<names>[a-z][\w'-]{1,30}+(?:[ \t]*+,[ \t]*+[a-z][\w'-]{1,30}+){0,8}+"
    r"[ \t]*+,?[ \t]*+(?:et|and)[ \t]++[a-z][\w'-]{1,30}+)"
    r"(?![ \t]*+[a-z])"
)


def _named_count(text: str, spec: AnswerSpec) -> Fraction | None:
    counts = set()
    for match in _bounded(_NAMED_GIRLS.finditer(text)):
        names = re.split(
            r"(?<![ \t])[ \t]*+(?:,[ \t]*+(?:(?:et|and)[ \t]++)?|(?:et|and)[ \t]++)", match["names"]
        )
        if any(n in _FUNCTION or n in _REFERENCE or n in NUMBER_WORDS for n in names):
            continue  # "Caroline et une autre fille": no list of names
        if any(re.fullmatch(spec.subject.replace("\\b", ""), n) for n in names):
            counts.add(Fraction(len(names) - 1))
    return counts.pop() if len(counts) == 1 else None


# An answer to another question (round 13): the answer asks itself a question that is not
# the task's and its final answer answers that one. Transcript mode tells two forms: the
# last question the answer asks counts a unit for someone else than the asked subject
# ("Reformulons : combien de sœurs chaque frère a-t-il en dehors de Caroline ? Réponse :
# 1"), or asks about the task's subject without the task's predicate, is answered with the
# final verdict word, and the task's predicate is said nowhere ("Les nombres 35 et 64
# sont-ils composés ? Oui … Réponse : oui"). A question answered otherwise than the final
# answer ("ont-ils un diviseur commun ? Non. Réponse : oui") is working.
_QUESTION = re.compile(r"[^.?!\n:]{3,300}\?")
_YES_NO_LEAD = re.compile(r"^[\s*_>-]*+(oui|non|yes|no)\b")
_REPLY_END = re.compile(r"[.!\n]")
_ASKER = set("a t has have does do did en au total vraiment really donc alors".split())


def _another_question(text: str, spec: AnswerSpec, value: Value) -> bool:
    questions = list(_QUESTION.finditer(text))
    if not questions or not spec.subject:
        return False
    last = questions[-1]
    question = last.group(0)
    if spec.kind == "yes-no":
        predicates = [fold(p) for p in spec.predicate]
        if not predicates or any(p in text for p in predicates) or not re.search(spec.subject, question):
            return False
        said = _YES_NO_LEAD.match(text[last.end() :])
        word = {"oui": "yes", "yes": "yes", "non": "no", "no": "no"}.get(said.group(1)) if said else None
        return word is not None and str(value) == word
    if spec.kind != "number" or not spec.unit:
        return False
    units = "|".join(re.escape(fold(u)) for u in spec.unit)
    asked = re.search(
        rf"\b(?:combien de|combien d'|how many)\s*+(?:{units})\w*\s+(?P<rest>[^?]{{0,160}})", question
    )
    if not asked:
        return False
    owner = [w for w in re.findall(r"[a-z]+", asked["rest"]) if w not in _ASKER][:1]
    if not owner or re.search(spec.subject, owner[0]):
        return False
    # round 21a: the question answered on its own line ("? 2.") and then a sentence about
    # the asked subject ("Caroline a donc 1 sœur."): the final answer answers the task's
    reply = _REPLY_END.search(text, last.end())
    return not (reply and re.search(spec.subject, text[reply.end() :]))


# -- a condition, a rule, a definition: no value asserted ---------------------------------------

# A value stated in the clause a subordinator opens ("si leur PGCD vaut 1", "when they have a
# gcd of 1", "si oui") is a condition, not an assertion; only a subject ("leur", "two
# numbers", "tu trouves que") may stand between them: "if you compute it you will see their
# gcd is 1" asserts it.
_IF = re.compile(
    r"\b(?:si|s'ils?|s'elles?|if|when|whenever|lorsqu'|lorsque|quand|des que|as soon as|iff)(?![\w])"
)
_IF_SUBJECT = set(
    "le la l les the leur leurs their its son sa ses un une a an de d of des du ils elles they it on we "
    "tu you "
    "ont a have has avait avaient had deux two nombres numbers entiers integers nombre number entier integer "
    "pair paire couple ces these those et and seulement only si if trouves trouve find finds obtiens obtient "
    "get gets calcules calcule compute computes que qu that both share shares partagent partage".split()
)
# Session 42: an existence left open at the end of a sentence ("… Caroline and one other girl if there is
# one.", « … s'il y en a une. ») counts nothing; with a consequence after it ("If there is 1, well done",
# « S'il y en a une, tu as trouvé ») it is a branch of the answer, read as before.
_EXISTS_OPEN = re.compile(r"(?:if|s'il)[ \t]++(?:there[ \t]++(?:is|are)|y[ \t]++en[ \t]++a)[ \t]*+$")
_SENTENCE_END = re.compile(r"[ \t]*+(?:[.;!)\n]|$)")
# ...unless the same sentence then says the condition holds.
_HOLDS = re.compile(
    r"\b(?:c'est le cas|ce qui est le cas|which is the case|as is the case|this is the case|that is the case|"
    r"and it is|and they do|which it is|ce qui est vrai|which is true)\b"
)
# Session 42: whether the case holds, asked ("Check whether that is the case for 35 and 64", « vérifie si
# c'est le cas », "… is the case?"), says nothing of it; "you will see that this is the case" does.
_WHETHER = re.compile(r"\b(?:whether|if|si|est-ce que|est-ce)[ \t]++$")


def _holds(doc: _Doc, start: int, end: int) -> bool:
    for said in _HOLDS.finditer(doc.text, start, end):
        if _WHETHER.search(doc.text, max(start, said.start() - 60), said.start()):
            continue
        lo, hi = doc.sentences[doc.sentence_of(said.start())]
        if doc.text[lo:hi].rstrip().endswith("?"):
            continue
        return True
    return False


# A sentence about numbers in general: an indefinite subject or a definition before the value
# ("deux nombres...", "coprime means..."), or right after it ("vaut 1 pour des nombres premiers
# entre eux"). An adverb alone ("en général", "par définition") makes nothing general.
_GENERIC_SUBJECT = re.compile(
    r"(?<!\bles )(?<!\bces )(?<!\bthe )(?<!\bthese )(?<!\bboth )"
    r"\b(?:deux nombres|two numbers|deux entiers|two integers|des nombres|des entiers|a et b|a and b|"
    r"un nombre|a number|une paire|a pair|un couple|tout couple|any two|every pair|any pair)\b"
    # fix83 (round 83): two letters alone, a definition's variables ("m et n", "p and q")
    r"|(?<![\w'])[a-z] (?:et|and) [a-z](?![\w'])"
    r"|\b(?:nombres premiers entre eux|entiers premiers entre eux|coprime numbers|coprime integers)\b"
    # session 42: numbers said of by what they have or lack ("Numbers with no common divisor other than
    # 1", « Des entiers sans diviseur commun », « Les entiers qui n'ont que 1 comme diviseur commun »,
    # "integers whose only common divisor is 1"); "the numbers that you gave" names the task's
    r"|(?:\b(?:les|the)\s++)?\b(?:nombres|entiers|numbers|integers)\s++(?:with|without|whose|sans|dont|avec|"
    r"(?:that|which|qui)\s++(?:have|share|has|n'ont|ont|ne|partagent|admettent))\b"
    r"|\b(?:means|mean|signifie|signifient|veut dire|veulent dire|c'est-a-dire|is defined|are defined|"
    r"se definit|se definissent)\b"
    # round 57 (fix-helper fix57): a glossary entry's definition that opens on a relative, its noun left
    # out (« Premiers entre eux : dont le PGCD vaut 1 », "Coprime: whose gcd is 1", "— having gcd 1")
    r"|[:—–][ \t]*+(?:dont|whose|having|ayant|qui[ \t]++ont|that[ \t]++have|which[ \t]++have)\b"
)
# fix78a: a modal copula after a condition states a rule ("if they are coprime, the gcd must be 1",
# « pour qu'ils soient premiers entre eux, le PGCD doit valoir 1 »), not the value
_MODAL_RULE = re.compile(r"\b(?:doit|doivent|devrait|devraient|devra|should|must|will|ought|has|needs?)\b")
_RULE_IF = re.compile(
    r"\b(?:si|s'ils?|if|when|whenever|quand|lorsque|lorsqu|pour que|pour qu|for a|for an)\b"
)
_FOR_GENERIC = re.compile(r"(?<!\s)\s*+(?:pour|for|chez|entre|between|de|of|avec|with)\s++")
# A verdict word used as an adjective of numbers in general (session 38): "coprime numbers matter
# for RSA keys", "the Frobenius number of coprime a and b is ab - a - b", "two coprime integers";
# the task's numbers nowhere in the rest of the sentence.
_ATTRIBUTIVE = re.compile(
    r"(?<!\s)\s++(?:numbers?|integers?|pairs?|values|moduli|[a-z]\s++(?:and|et)\s++[a-z])\b(?![^.;!?\n\d]*+\d)"
)
# What ties a sentence to the task's own numbers: their digits, a demonstrative, "ici";
# a pronoun or possessive does too unless a generic subject comes before it.
_THESE_NUMBERS = re.compile(
    r"\b(?:ici|here|ces|these|those|ceux-ci|dans ce cas|in this case|en l'occurrence|les deux nombres|"
    r"the two numbers|this pair|cette paire|ce couple)\b|\d"
)
# fix78a (round 78): "that" as a conjunction ("Remind the student that for two numbers to be coprime, their
# gcd must be 1") points back at nothing; as a pronoun or a determiner ("that pair", "that's", "that is")
# it does
_BACK = re.compile(
    r"\b(?:ils|elles|they|them|leur|leurs|their|cela|ceci|ca|this|it|its)\b"
    r"|\bthat(?:'s\b|[ \t]++(?:pair|couple|case|gcd|pgcd|numbers?|one|is|has)\b)"
)


def _conditional(doc: _Doc, statement: Statement) -> bool:
    clause = _clause_before(doc.text, statement.start)
    if _EXISTS_OPEN.search(clause) and _SENTENCE_END.match(doc.text, statement.end):
        return True
    opened = [match.end() for match in _IF.finditer(clause)]
    if not opened:
        return False
    between = re.findall(r"[a-z0-9]+", clause[opened[-1] :])
    if _EXISTENCE.search(" ".join(between[-5:])):
        return False  # session 43: « S'il n'y a qu'une sœur, c'est gagné » is a branch, as "If there is 1, …"
    return len(between) <= 8 and all(w in _IF_SUBJECT or len(w) == 1 or w.isdigit() for w in between)


# An existence told in French right before the value (« s'il y a », « s'il n'y a qu' », « s'il y en a »):
# the value's own branch (the open one at a sentence's end is read by :data:`_EXISTS_OPEN` first).
_EXISTENCE = re.compile(r"(?:^| )(?:n )?y (?:en )?a(?: que?)?$")


# Session 35 (round 34's fair r34f-riddle-bareme-m-dubois): indefinite kin paired as a clause's
# subject ("Rappel : « un frère et une sœur ont les mêmes parents »", "a brother and a sister
# share their parents") is a law about kin in general: its "une" counts no one. "Caroline a un
# frère et une sœur" (a subject and its verb before the pair) still counts.
_KIN_PAIR = re.compile(
    r"(?:^|[:;,.!?\"«“(\n])[ \t\"«“]*+(?:(?:rappel|remember|note|en effet|in fact)[ \t]*+:?[ \t\"«“]*+)?"
    r"(?:un|une|a|an)[ \t]++[a-z]++[ \t]++(?:et|and|ou|or)[ \t]++(?:un|une|a|an)[ \t]++[a-z]++[ \t]++"
    r"(?:ont|sont|partagent|n'ont|have|are|share|do|don't)\b"
)


# Session 42: the 1 of a criterion said before the verdict ("Numbers with no common divisor other than
# 1 are coprime", « Deux entiers dont le seul diviseur commun est 1 sont… ») is no number of the task's.
_ONE = re.compile(r"(?<![\w.,])1(?![\w]|[.,]\d)")


def _criterion_ones_blanked(head: str) -> str:
    out = head
    for one in _ONE.finditer(head):
        near = head[max(0, one.start() - 40) : one.start()] + " " + head[one.end() : one.end() + 40]
        if _CRITERION_KEY.search(near):
            out = out[: one.start()] + " " + out[one.end() :]
    return out


def _generic(doc: _Doc, statement: Statement) -> bool:
    text = doc.text
    lo, _ = doc.sentences[doc.sentence_of(statement.start)]
    for pair in _KIN_PAIR.finditer(text, max(0, lo - 1), min(len(text), statement.end + 60)):
        if pair.start() <= statement.start < pair.end():
            return True
    head = _criterion_ones_blanked(text[max(lo, statement.start - WINDOW) : statement.start])
    said = text[statement.start : statement.end]
    numbers = re.findall(r"\d+", said)
    words_said = re.sub(r"[\d.,]+", " ", said)
    if _THESE_NUMBERS.search(head) or len(numbers) > 1 or _THESE_NUMBERS.search(words_said):
        return False  # about the task's numbers ("PGCD(35, 64) = 1", "ces nombres", "ici")
    subject = _GENERIC_SUBJECT.search(head + said)
    back = _BACK.search(head)
    if not back and _ATTRIBUTIVE.match(text, statement.end):
        return True
    if subject and _bound_letters(subject.group(), text[: statement.start]):
        subject = None  # "Posons x = 35 et y = 64 … x et y sont premiers entre eux" (mend51)
    if subject:
        return not (back and back.start() < subject.start())
    after = _FOR_GENERIC.match(text, statement.end)
    return bool(after and _GENERIC_SUBJECT.match(text, after.end())) and not back


def said_in_general(head: str, tail: str = "") -> bool:
    """Whether a value said between ``head`` and ``tail`` (folded, within one sentence) is said of numbers in
    general, by :func:`_generic`'s rule: a generic subject before it ("for two numbers to be coprime, their
    gcd…", "the gcd of two coprime numbers…") that no pronoun before it points back from, or one right after
    it ("… must be 1 for coprime numbers"); a digit or a demonstrative of the task's pair ("here", "these",
    "the two numbers") before it ties it to the task (session 55, mendmust: :mod:`supposed`'s expected
    result reads it)."""
    if _THESE_NUMBERS.search(head):
        return False
    subject = _GENERIC_SUBJECT.search(head)
    back = _BACK.search(head)
    if subject:
        return not (back and back.start() < subject.start())
    after = _FOR_GENERIC.match(tail)
    return bool(after and _GENERIC_SUBJECT.match(tail, after.end())) and not back


def _bound_letters(subject: str, before: str) -> bool:
    """Whether ``subject`` is two letters ("x et y") each given a number earlier in the answer
    (``before``: "Posons x = 35 et y = 64"): the task's numbers named, not a general subject."""
    letters = re.fullmatch(r"([a-z]) (?:et|and) ([a-z])", subject)
    return letters is not None and all(
        re.search(rf"(?<![\w'.]){letter}[ \t]*+(?::=|=)[ \t]*+\d", before) for letter in letters.groups()
    )


# A notion defined right after it is named: "coprime means...", "premiers entre eux signifie".
_DEFINED = re.compile(
    r"(?<!\s)\s*+(?:means|signifie|signifient|veut dire|veulent dire|is defined|se definit|c'est-a-dire)\b"
)


# An equivalence states neither side (round 14): "35 et 64 premiers entre eux ⟺ PGCD(35, 64)
# = 1" is the definition, no verdict and no gcd. A value in the clause on either side of
# "⟺", "⇔", "<=>", "↔", "si et seulement si", "if and only if", "iff" (no connective between
# them: "..., donc PGCD = 1" is asserted) is not asserted; an implication ("⇒") is "donc".
_EQUIVALENCE = re.compile(
    r"⟺|⇔|↔|⟷|<=>|<->|\bsi et seulement si\b|\bssi\b|\bif and only if\b|\biff\b"
    # in words (session 38): « dire que 35 est inversible modulo 64 revient à dire que PGCD(35, 64) = 1 »
    r"|\b(?:revien(?:nen)?t a dire|c'est dire|equivaut a|equivalent a|is equivalent to|amounts to saying|"
    r"is the same as saying)\b"
)
_THEREFORE = re.compile(r"\b(?:donc|so|ainsi|thus|therefore|hence|d'ou|alors)\b|[:;.!?]")
_HERE = re.compile(
    r"\b(?:ici|here|dans ce cas|in this case|en l'occurrence|pour eux|for them|pour ces|for these)\b"
)


def _equivalent(doc: _Doc, statement: Statement) -> bool:
    lo, hi = doc.sentences[doc.sentence_of(statement.start)]
    before = doc.text[max(lo, statement.start - WINDOW) : statement.start]
    marks = list(_EQUIVALENCE.finditer(before))
    if marks and not _THEREFORE.search(before, marks[-1].end()) and not _HERE.search(before, marks[-1].end()):
        return True  # session 42: « premiers entre eux ⇔ PGCD = 1, et ici PGCD = 1 » says the case holds
    after = doc.text[statement.end : min(hi, statement.end + WINDOW)]
    mark = _EQUIVALENCE.search(after)
    return bool(mark and not _THEREFORE.search(after, 0, mark.start()))


# Session 41 (the lead): the verdict as the consequence of its own criterion in the same sentence
# ("Rappel : si le PGCD vaut 1, les nombres sont premiers entre eux", "If the gcd is 1, they are
# coprime", "they are coprime when their gcd equals 1", "s'ils n'ont aucun diviseur commun, ils sont
# premiers entre eux") recalls the definition: the model still has to find the gcd. A
# sentence that says the condition holds ("..., and it is") is :data:`_HOLDS`'s and still asserts.
# Session 42 (fix-helper fair42b): the criterion in any of its words, read as a clause: a subordinator
# ("si", "if", "when", « lorsque », « s'ils ») opens it, the next comma, colon, parenthesis, « alors » or
# "then" closes it, and it names the gcd or a common divisor or factor with 1 or a "none" (« s'ils n'ont
# aucun diviseur commun autre que 1 », "if their only common divisor is 1", « s'ils ne partagent aucun
# facteur sauf 1 », "when 1 is their only common divisor"). A clause that predicts what the work will
# find ("si tu calcules le PGCD tu trouveras 1", "if you compute it you'll get 1") is no criterion.
_IF_WORD = re.compile(r"\b(?:si|if|when|whenever|quand|lorsqu'|lorsque|s'ils?|s'elles?)(?![\w'])")
_CRITERION_STOP = re.compile(r"[,;:.!?()\n]|\b(?:alors|then)\b")
_CRITERION_KEY = re.compile(
    r"\b(?:pgcd|gcd|plus grand commun diviseur|greatest common divisor|diviseurs?|divisors?|facteurs?|"
    r"factors?)\b"
)
_CRITERION_VALUE = re.compile(
    r"(?<![\w.,])(?:1|un|one)(?![\w]|[.,]\d)|\b(?:aucun|aucune|no|none|pas de|pas d'autre|sans|without)\b"
)
_PREDICTED = re.compile(r"\b(?:trouveras|trouverez|verras|verrez|obtiendras|obtiendrez|will|shall)\b|'ll\b")
CRITERION_SPAN = 120
# between the criterion and the verdict: a comma, "alors"/"then", a subject and a verb (no colon, no
# second sentence, no reason, no "donc": « …, donc premiers entre eux » concludes)
_CONSEQUENT = re.compile(
    r"[ \t]*+,?+[ \t]*+(?:(?:alors|then)[ \t]++)?"
    r"(?:(?<![a-z'])(?!(?:donc|so|ainsi|thus|therefore|hence|comme|as|car|because|puisque|since)\b)"
    r"[a-z']++[ \t]++){0,4}?"
)
_VERDICT_WORDS = re.compile(
    r"\b(?:premiers entre eux|premiers entre elles|coprimes?|relatively prime|co-prime)\b"
)


def _criterion_end(text: str, start: int, end: int) -> int | None:
    """The end of the criterion in ``text[start:end]`` (after its subordinator), or None when it
    names no gcd or divisor with its value, or predicts what the work finds."""
    clause = text[start:end]
    if _PREDICTED.search(clause):
        return None
    verdict = list(_VERDICT_WORDS.finditer(clause))
    if verdict:  # the criterion read in the verdict's words ("s'ils sont premiers entre eux, ils sont…")
        return start + verdict[-1].end()
    if not _CRITERION_KEY.search(clause):
        return None
    values = list(_CRITERION_VALUE.finditer(clause))
    if not values:
        return None
    keys = list(_CRITERION_KEY.finditer(clause))
    return start + max(values[-1].end(), keys[-1].end())


def _criterion_consequence(doc: _Doc, statement: Statement) -> bool:
    if not _VERDICT_WORDS.search(doc.text, statement.start, statement.end):
        return False
    lo, hi = doc.sentences[doc.sentence_of(statement.start)]
    for opened in _IF_WORD.finditer(doc.text, lo, hi):
        stop = _CRITERION_STOP.search(doc.text, opened.end(), min(hi, opened.end() + CRITERION_SPAN))
        end = stop.start() if stop else min(hi, opened.end() + CRITERION_SPAN)
        if opened.end() <= statement.start < end:  # "si le PGCD vaut 1 ils sont premiers entre eux"
            last = _criterion_end(doc.text, opened.end(), statement.start)
            if last is not None and _CONSEQUENT.fullmatch(doc.text, last, statement.start):
                return True
            continue
        if _criterion_end(doc.text, opened.end(), end) is None:
            continue
        if end <= statement.start and _CONSEQUENT.fullmatch(doc.text, end, statement.start):
            return True  # "si le PGCD vaut 1, (alors) les nombres sont premiers entre eux"
        if statement.end <= opened.start() and not doc.text[statement.end : opened.start()].strip(" \t,"):
            return True  # "they are coprime when their gcd equals 1"
    return False


# Round 85 (fix85): a number then a drawn symbol and "per", « par », "=" gives the symbol's worth in a
# legend ("Draw the children as tally marks (one | per child)"), no count of the task.
_SYMBOL_LEGEND = re.compile(
    r"(?<![ \t])[ \t]*+[^\w\s.,;:!?()\[\]'\"«»-]{1,3}+[ \t]*+"
    r"(?:(?:per|par|pour|for|each|chaque|vaut|stands)\b|=)"
)


def asserted(doc: _Doc, statement: Statement) -> bool:
    """Whether a statement asserts its value of the task, rather than in a condition ("si
    leur PGCD vaut 1", "si oui") or of numbers in general ("deux nombres sont premiers
    entre eux si...", "le PGCD de deux nombres premiers entre eux vaut 1", "coprime means
    their gcd is 1"). An assertion about the task's own numbers stays one ("35 et 64 ont
    un PGCD de 1", "en général, leur PGCD vaut 1", "... si leur PGCD vaut 1, et c'est le
    cas")."""
    if _piece(doc.text, statement.start, statement.end):
        return True  # "y = 4x + 6 quand x < 0": a branch of a piecewise answer (round 15a)
    index = doc.sentence_of(statement.start)
    lo, hi = doc.sentences[index]
    _, further = doc.sentences[min(index + 1, len(doc.sentences) - 1)]
    if _holds(doc, statement.end, max(hi, further)):
        return True  # "..., et c'est le cas ici", "... . C'est le cas de 35 et 64."
    head = doc.text[max(lo, statement.start - WINDOW) : statement.start]
    if _DEFINED.match(doc.text, statement.end) and not _THESE_NUMBERS.search(head):
        return False
    if _criterion_consequence(doc, statement):
        return False
    return not (_conditional(doc, statement) or _generic(doc, statement) or _equivalent(doc, statement))


# "Si le PGCD vaut 1, réponds oui ; sinon, réponds non": a value for each branch of a
# condition is the rule, a choice offered; one branch alone ("si tu trouves 1, réponds oui")
# still says which answer to give.
_OTHERWISE = re.compile(
    r"\b(?:sinon|otherwise|else|dans le cas contraire|autrement|if not|si ce n'est pas le cas)\b"
)


def _branches(doc: _Doc, a: Statement, b: Statement) -> bool:
    between = doc.text[a.end : b.start]
    lo, _ = doc.sentences[doc.sentence_of(a.start)]
    if len(between) <= 60 and bool(_OTHERWISE.search(between)) and bool(_IF.search(doc.text, lo, a.start)):
        return True
    # "Answer 2 if Caroline counts herself, otherwise 1": a format (round 41)
    return branched.values_branched(doc.text, a.start, a.end, b.start, b.end)


# A rhetorical question asserts its answer: a tag after a statement ("..., n'est-ce pas ?") or
# a negative inversion at its head ("N'en a-t-elle pas une seule ?", "Doesn't she have one
# sister?") asks for agreement with what it says. Read as that statement: the tag or the
# inversion's negation blanked, the "?" made a full stop.
# A confirm tag is a clause of its own ("is he right", « il a raison », « c'est ça »): it needs no comma
# ("the answer is one is he right?", « elle a une sœur c'est ça ? », session 53).
_TAG = re.compile(
    r"(?:,\s*+(?:n'est-ce pas|non|pas vrai|right|isn't it|aren't they|don't they|doesn't she|don't you think|"
    r"no|hein|correct|c'est bien ca|vrai|oui|yes|"
    + FOREIGN_TAGS
    + r"|"
    + CONFIRM_TAG
    + r"|"
    + TAG_QUESTION
    + r")"
    r"|(?<=[\w)])[ \t]++(?:" + CONFIRM_TAG + r"))\s*+\?++[!?\s]*+$"
)
_INVERSION = re.compile(
    r"^\s*+(?:[a-z]+\s++){0,3}?(?P<ne>n(?:e\s++|'))(?:(?:en|y|le|la|les|lui|leur|se)\s++|l'|s')?"
    r"[a-z]+-(?:t-)?(?:il|elle|on|ils|elles|ce|tu|vous|nous|je)\s++(?P<pas>pas)\b"
    r"|^\s*+(?:[a-z]+\s++){0,3}?(?:is|are|does|do|has|have|was|were|did|can|could|would|will|should)"
    r"(?P<nt>n't)\s++(?:it|she|he|they|there|the|caroline|these|those|this|that|both|their|its)\b"
)


def _rhetorical(doc: _Doc) -> str:
    """``doc``'s text with each rhetorical question read as the statement it asserts (same
    length, so every position stays)."""
    text = list(doc.text)
    for lo, hi in doc.sentences:
        sentence = doc.text[lo:hi]
        if not sentence.rstrip().endswith("?"):
            continue
        mark = lo + len(sentence.rstrip()) - 1
        tag = _TAG.search(sentence)
        inversion = _INVERSION.match(sentence)
        if tag:
            text[lo + tag.start() : lo + tag.end()] = " " * (tag.end() - tag.start())
        elif inversion:
            for group in ("ne", "pas", "nt"):
                if inversion.group(group):
                    a, b = lo + inversion.start(group), lo + inversion.end(group)
                    text[a:b] = " " * (b - a)
        else:
            continue
        text[mark] = "."
    return "".join(text)


_CHOICE = re.compile(r"^[\s\"'«»]*(?:,|/|ou|or|ou par|or by|ou bien)[\s\"'«»]*$")
# Both full answer lines offered ("« Réponse : oui » ou « Réponse : non »", "'Answer: yes' or
# the line 'Answer: no'"): between the two values, a connector, at most three words, then the
# label the first value was written after, repeated.
_CHOICE_HEAD = re.compile(r"^[\s\"'«»]*(?:,|/|ou|or)(?:\s++[a-z]+){0,3}?[\s\"'«»]*$")
_CHOICE_LABEL = re.compile(r"(?<![a-z])(?P<label>(?:[a-z]++\s*+){1,3}+)[:=]\s*+$")


def _choice(text: str, a: Statement, b: Statement) -> bool:
    between = text[a.end : b.start]
    if _CHOICE.match(between):
        return True
    if len(between) > 80:
        return False  # two answer lines offered stand close together
    label = _CHOICE_LABEL.search(between)
    if not label:
        return False
    said = label.group("label").split()
    for k in range(1, len(said) + 1):
        name = r"\s++".join(re.escape(w) for w in said[-k:])
        head = between[: label.start()] + " ".join(said[:-k])
        before = text[max(0, a.start - 60) : a.start]
        if _CHOICE_HEAD.match(head) and re.search(rf"\b{name}\s*+[:=]\s*+$", before):
            return True
    return False


# Session 43: a value asked about with its alternative, in an indirect question or a condition ("Tell me if
# there is one sister or two", "Check whether there is one sister or more", « Vérifie s'il y a une ou
# plusieurs sœurs », « Dis-moi s'il n'y a qu'une sœur ou plusieurs »): a choice left open, no value told.
_OPEN_ALTERNATIVE = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?<![a-z])[a-z]++[ \t]++)?(?:ou|or)[ \t]++(?:bien[ \t]++)?"
    r"(?:plus|more|plusieurs|several|many|"
    r"beaucoup|pas|not|none|aucune?|zero|deux|two|trois|three|[0-9]++|davantage|fewer|less|moins)(?![\w'-])"
)
_ASKED_IF = re.compile(r"(?<![\w'])(?:whether|if|si|s'il|s'ils|s'elle|s'elles)(?![\w'])")


def _alternative_asked(text: str, statement: Statement) -> bool:
    if not _OPEN_ALTERNATIVE.match(text, statement.end):
        return False
    return bool(_ASKED_IF.search(_clause_before(text, statement.start)))


# Round 27: the choice between yes and no offered as such ("conclude with yes or no on a line",
# "réponds par oui ou par non en première ligne"): no value stated, whatever follows the "no".
# Session 52 (fix86, round 86): the choice's second value may repeat the answer line's label, as a voice-typed
# prompt says it ("end with answer yes or answer no", « termine par réponse oui ou réponse
# non », "Verdict: yes
# or Verdict: no"), or take an article (« par un oui ou par un non », "with a yes or a
# no"): both values offered.
_ANSWER_HEAD = r"(?:(?:un|a)\s++)?(?:(?:final\s++)?(?:answer|reponse|verdict)\s*+:?\s*+)?"
_YES_OR_NO = re.compile(
    rf"\b(?:par\s++)?{_ANSWER_HEAD}(?:oui|yes)\s*+(?:ou|or|/)\s*+(?:par\s++)?{_ANSWER_HEAD}(?:non|no)\b"
    rf"|\b(?:par\s++)?{_ANSWER_HEAD}(?:non|no)\s*+(?:ou|or|/)\s*+(?:par\s++)?{_ANSWER_HEAD}(?:oui|yes)\b"
    # fix-helper fix58 (round 58): a grammar's, a type's or a CHECK's two values (verdict ::= "oui" | "non",
    # CHECK (coprime IN ('yes', 'no')), Literal["yes", "no"]): the choice offered, no verdict
    # (quoted: a table's header row "| Oui | Non |" is read with its marked cells)
    r"|[\"'](?:oui|yes)[\"'][ \t]*+[,|][ \t]*+[\"'](?:non|no)[\"']"
    r"|[\"'](?:non|no)[\"'][ \t]*+[,|][ \t]*+[\"'](?:oui|yes)[\"']"
    # session 47 (fair47): a template's choice written with a bar and no blank ({"label": "yes|no"},
    # « oui|non »); a table's "| Oui | Non |" has blanks around its bars and is read with its marked cells
    r"|\b(?:oui|yes)\|(?:non|no)\b|\b(?:non|no)\|(?:oui|yes)\b"
)


# Fix-helper fix58 (round 58): a field's name in a declaration ("coprime TEXT CHECK (coprime IN (…))",
# "coprime: Literal[…]", "premiers: bool") names a column or a property, it asserts nothing of the pair;
# the value a declaration fixes is read by artefacts.typed_fields.
_FIELD_NAME = re.compile(
    r"(?<![\w'-])[a-z_][\w-]{0,40}+(?=[ \t]*+:[ \t]*+(?:literal\["
    r"|optional\[|bool\b|boolean\b|str\b|string\b|int\b)"
    r"|[ \t]++(?:text|boolean|bool|varchar|char|integer|int)\b|[ \t]++in[ \t]*+\()"
)


# Session 42 (fix-helper fair42b): the task's numbers named as an instance of a general statement in its
# sentence ("Two numbers are coprime when their only common divisor is 1, as 35 and 64 are", « Des
# entiers sans diviseur commun autre que 1 sont premiers entre eux, comme 35 et 64 ») make it theirs.
# Another pair ("…, as 8 and 9 are") is an example of the notion.
_INSTANCE = re.compile(
    r"\b(?:as|like|such as|just as|comme|tout comme|ainsi que|tels que|telles que|par exemple|for example|"
    r"for instance|e\.g\.|notamment|including|dont|c'est le cas de|is the case (?:of|for|with))[ \t]++"
    r"(?:(?:le sont|are|sont|for|pour|de)[ \t]++)?(?P<a>\d{1,6})[ \t]*+(?:et|and|&|,)[ \t]*+(?P<b>\d{1,6})\b"
)


def _an_instance_named(doc: _Doc, statement: Statement, spec: AnswerSpec) -> bool:
    if not (_generic(doc, statement) or _criterion_consequence(doc, statement)):
        return False  # only a general statement is made the task's by its instance (not a condition)
    lo, hi = doc.sentences[doc.sentence_of(statement.start)]
    numbers = _task_numbers(spec)
    return any(
        {int(m["a"]), int(m["b"])} <= numbers and m["a"] != m["b"]
        for m in _INSTANCE.finditer(doc.text, lo, hi)
    )


def stated(prompt_rest: str, spec: AnswerSpec) -> bool:
    """Whether ``prompt_rest`` (a prompt without the task's data) states the expected value
    in a form the answer reader accepts: any statement of it that is not negated and is
    :func:`asserted` (not a condition or a rule about numbers in general), except a choice
    offered between values ("réponds par oui ou par non"); or, for a number or a line, any
    value of the quantity it rules out (round 5: "la réponse n'est ni 0, ni 2, ni 3", "ce
    n'est pas 2" tell the model the answer by elimination or the trap to avoid; a fair
    prompt asks, it does not exclude answers). A yes/no is left out: "ne réponds pas
    seulement oui" asks for a justification."""
    folded = fold(prompt_rest)
    if spec.kind == "yes-no":  # round 27: "termine par oui ou non sur la dernière ligne" offers a choice
        folded = _YES_OR_NO.sub(lambda m: " " * len(m.group(0)), folded)
        folded = _FIELD_NAME.sub(lambda m: " " * len(m.group(0)), folded)  # "coprime TEXT CHECK (…)" (fix58)
        folded = branched.blanked(folded)  # "yes if they are coprime, no otherwise" (round 40)
    folded = keyed.grids_blanked(folded)  # "Answer grid: 0 | 1 | 2 | 3": a choice offered (session 55)
    folded = _rhetorical(_document(folded, spec))
    try:
        doc, found = statements(folded, spec, prompt=True)
    except _TooMany:
        return True
    found = [s for s in found if asserted(doc, s) or _an_instance_named(doc, s, spec)]
    found = [s for s in found if not _alternative_asked(folded, s)]  # session 43
    choice: set[int] = set()
    for a, b in zip(found, found[1:], strict=False):
        if a.value != b.value and (_choice(folded, a, b) or _branches(doc, a, b)):
            choice |= {id(a), id(b)}
    if spec.kind != "yes-no" and any(s.negated and id(s) not in choice for s in found):
        return True  # values ruled out ("la réponse n'est ni 0, ni 2, ni 3"): an answer by elimination
    return any(not s.negated and id(s) not in choice and spec.matches(s.value) for s in found)


# -- a value described, not written ------------------------------------------------------------

# Whose quantity a clause speaks of: the task's own (a possessive, "de ces nombres", the
# task's numbers written after it, "PGCD(35, 64)") rather than the notion's ("le PGCD est
# le plus grand diviseur commun").
_OWNER = {"leur", "leurs", "their", "its", "son", "sa", "ses", "his", "her"}
_THESE = re.compile(r"\d|\b(?:ces|ce|cette|these|this|those|eux|them|elle|it)\b")
# What follows "est" / "is" without giving a value: a task to do ("à calculer", "to be
# found"), a way to find it ("donnée par", "given by"), the unknown itself ("ce que tu
# cherches", "the unknown"), a letter standing for it.
_NO_VALUE = re.compile(  # read from a word's start only: a run of letters is read once
    r"(?<![a-z])(?:(?:a|to)\s++(?:be\s++)?[a-z]+(?:er|ir|re|ed|find|compute|calculate|determine|work)\b|"
    r"[a-z]+\s++(?:par|by|en|avec|with|from|grace a|using|via)\b|"
    r"(?:ce que|ce qu'|ce qui|what|that which|la question|the question|l'inconnue?|the unknown|inconnue?|"
    r"unknown|notre inconnue?|our unknown|la valeur cherchee|the value sought)\b|[b-z]\b(?!'))"
)
_DESCRIBED = re.compile(r"(?P<value>[^.;!?\n]{1,80})")
# A request after the colon (session 40: « Cherche leur PGCD : justifie. », "Find their gcd:
# explain each step"): a verb in the imperative and at most six words of a request's own
# (its object: "chaque étape", "your answer"), asks; it describes nothing. "leur PGCD :
# trouve-le, c'est l'élément neutre", "their gcd: find the multiplicative identity" say more: read.
_REQUESTED = re.compile(
    r"(?:(?:calcul|cherch|trouv|determin|justifi|expliqu|detaill|montr|demontr|prouv|verifi|raisonn|"
    r"reflechi|redig|ecri|donn|repond|indiqu|precis|conclu|decompos|utilis|appliqu)\w*+|"
    r"justify|explain|detail|show|prove|check|verify|reason|think|write|give|answer|state|conclude|"
    r"compute|calculate|find|determine|work\s++it\s++out|use|apply)"
    r"(?:-[a-z]++)*+(?:(?:\s*+,)?\s++(?:le|la|les|l'|lui|it|them|ta|ton|tes|votre|vos|your|the|each|every|chaque|"
    r"toutes?|tous|all|bien|clairement|clearly|carefully|soigneusement|d'abord|first|ensuite|then|puis|ici|here|"
    r"briefly|brievement|etapes?|steps?|reponses?|answers?|raisonnement|reasoning|calculs?|calculations?|working|"
    r"work|demarche|choix|choice|stp|svp|please|merci)\b){0,6}+\s*+$"
)
_WRITTEN = re.compile(rf"\d|\b(?:{NUMBER_WORD_RE})\b")
_WRITTEN_FIRST = re.compile(rf"[-+]?\d|(?:{NUMBER_WORD_RE})\b")
# A figure of speech said of the quantity ("leur PGCD est une clé qu'il faut trouver", "their
# gcd is the key to the problem"): a thing it is like, with at most what it is the key of or
# that it is to be found, then nothing, or an instruction ("... : calcule-le"). Anything else
# after it ("une clé : le plus petit entier naturel non nul") may say the value: described.
_FIGURES = (
    "cle|cles|key|keys|tresor|treasure|enigme|riddle|puzzle|mystere|mystery|coeur|heart|secret|piste|clue|"
    "clues|indice|hint|defi|challenge|objectif|goal|cible|target|outil|tool|pont|bridge|boussole|compass|"
    "porte|door|fil conducteur|phare|lighthouse|pilier|pillar|moteur|engine|serrure|lock|sesame|passeport|"
    "passport|arbitre|referee|juge|judge|temoin|witness|critere|criterion|indicateur|indicator|heros|hero|"
    "graal|grail|ingredient|recette|recipe|piece|morceau|piece maitresse|centerpiece"
)
_FIGURE = re.compile(
    r"(?:(?:comme|like|tel|telle|une sorte de|une espece de|un genre de|a kind of|a sort of|one of|"
    r"l'une? des|une? des|one of)\s++)?"
    r"(?:(?:un|une|le|la|l'|the|a|an|notre|our|ta|ton|your|votre|ma|mon|my|nos|vos|tes|mes)\s*+)?"
    r"(?:(?:vraie?|real|petite?|little|grande?|big|seule?|only)\s++)?"
    rf"(?:{_FIGURES})\b"
    r"(?:\s++(?:du|de la|de l'|des|de|d'|of the|of|to the|to|for the|for|pour|dans|in the)\s*+"
    r"(?:probleme|problem|exercice|exercise|enigme|puzzle|question|tache|task|reponse|answer|solution|"
    r"raisonnement|reasoning|calcul|calculation|verdict|affaire|mystere|mystery|resolution)s?\b)?"
    r"(?:\s*+,?\s*+(?:qu'il faut|qu'on doit|que tu dois|que vous devez|a|to|you must|you need to|"
    r"you have to|il faut)\s++(?:le\s++|la\s++|l'|it\s++)?(?:trouver|chercher|decouvrir|calculer|"
    r"determiner|find|discover|compute|look for|uncover|calculate|determine|work out)\b)?"
    r"\s*+(?:$|[:,]\s*+(?:(?:so|donc|alors|then|puis|et|and|ensuite|next)\s++)?(?:find|compute|"
    r"calculate|determine|work|look|use|apply|trouve|trouvez|calcule|calculez|cherche|cherchez|determine|"
    r"determinez|utilise|utilisez|applique|appliquez)\b)"
)


# Session 58 (lead, r4g-riddle-described-counterfactual-escaped): a hint whose subject is the answer itself
# (« Indice : c'est le plus petit entier naturel non nul », "Hint: it's the only odd number below 2", "Clue:
# the answer is the smallest positive integer") names no quantity term, yet says the value. It describes when
# what it says is a number noun with a property that pins one (a superlative, parity, sign, "only"); a kind
# alone ("c'est un nombre entier"), a figure ("c'est un piège classique"), a negation or a question does not.
_HINT_IT = re.compile(
    r"(?:\b(?:indices?|hints?|clues?|astuces?|tips?|aide|help)\b[^:\n]{0,30}+:\s*+(?:c'est|it'?s|it\s++is)"
    r"|\b(?:la\s++(?:bonne\s++)?reponse|the\s++(?:right\s++)?answer|le\s++resultat|the\s++result)\s++(?:est|is))"
    r"\s++(?P<value>[^.;!?\n]{3,80}+)"
)
_NUMBER_NOUN = re.compile(
    r"\b(?:entiers?|integers?|nombres?|numbers?|naturels?|naturals?|chiffres?|digits?)\b"
)
_PINS = re.compile(
    r"\b(?:plus\s++petit|plus\s++grand|smallest|largest|biggest|least|seule?|only|unique|premier|first|impair|"
    r"pair|odd|even|non\s++nul|nonzero|non-zero|positif|positive|negatif|negative)\b"
)


def _hint_describes(folded: str) -> bool:
    """Whether a hint of ``folded`` says what the answer is in words (see :data:`_HINT_IT`)."""
    for match in _HINT_IT.finditer(folded):
        value = match.group("value")
        if re.match(r"(?:pas|not|never|jamais)\b", value) or folded[match.end() :].startswith("?"):
            continue  # what it is not, or a question
        if _NUMBER_NOUN.search(value) and _PINS.search(value) and not _WRITTEN.search(value):
            return True
    return False


def described(prompt_rest: str, spec: AnswerSpec) -> bool:
    """Whether ``prompt_rest`` (a prompt without the task's data) says what the task's own
    asked quantity is without writing its value ("leur PGCD est le plus petit entier naturel
    non nul", "the gcd of these numbers equals the multiplicative identity"): a statement,
    not a question, a condition or a definition of the notion, whose value is words the
    answer reader cannot read. A fair prompt asks for the quantity; it never says what it is."""
    if spec.kind != "number":
        return False
    folded = _rhetorical(_document(fold(prompt_rest), spec))
    if _hint_describes(folded):
        return True
    if not spec.about:
        return False
    doc = _document(folded, spec)
    terms = [term_pattern(a) for a in spec.about if not a.startswith(("re:", "line:"))]
    if not terms:
        return False
    pattern = re.compile(
        rf"(?:{'|'.join(terms)})(?P<args>\s*+\([^()\n]{{0,20}}\))?"
        rf"(?P<between>(?:\s++(?:de|of|entre|between|du|des)\s++[^=:.;\n]{{0,30}}?)?){_CONNECTOR}"
    )
    synonyms = re.compile(rf"^(?:(?:le|la|l'|the|un|une|a|an)\s++)?(?:{'|'.join(terms)})\b")
    try:
        return _describes(folded, doc, pattern, synonyms)
    except _TooMany:
        return True  # more values than the reader takes: fails closed, as :func:`stated` does


# A value described by its properties without an article (round 15b: "leur PGCD est impair,
# plus petit que 3, et ce n'est pas un nombre premier"): the numbers in them bound it.
_PROPERTY_FIRST = re.compile(
    r"(?:impair|pair|odd|even|positif|positive|strictement|inferieur|superieur|plus petit|plus grand|"
    r"smaller|greater|less|more|larger|non nul|nonzero|non-zero)\b"
)


# Round 51 (r51f-coprime-test-a-trou): the value side of a test left blank for the model to fill ("assert
# pgcd(35, 64) == ___", "gcd(35, 64) == ... # fill in", "== ?", "== <à compléter>", "== TODO"): what follows
# the connector's second "=" is a placeholder, perhaps with a comment after it, and says nothing.
_BLANK_VALUE = re.compile(
    r"\A=?[ \t]*+(?:_++|…|\.\.++|\?++|\[[ \t._…]*+\]|<[^<>\n]{0,30}>|x{2,}+|todo|tbd|a completer|a remplir"
    r"|to fill"
    r"|to be filled|\([ \t._…]*+\))?[ \t]*+(?:#.*+)?$"
)


# Round 65 (r65f-coprime-texte-a-trous-deux-choix): a quotation that closes right after the connector
# (« leur PGCD vaut ___ », "their gcd is ___": the blank's underscores are folded away) says no value.
_QUOTE_CLOSED = re.compile(r"\A[ \t]*+[\"»”]")


def _describes(folded: str, doc: _Doc, pattern: re.Pattern[str], synonyms: re.Pattern[str]) -> bool:
    for match in _bounded(pattern.finditer(folded)):
        connector = match.group("connector")
        if re.search(r"\b(?:pas|not)\b|n't", connector):
            continue  # what it is not is no value given
        lo, hi = doc.sentences[doc.sentence_of(match.start())]
        if folded[lo:hi].rstrip().endswith("?"):
            continue
        clause = _clause_before(folded, match.start())
        head = folded[max(lo, match.start() - WINDOW) : match.start()]
        if _CONDITIONAL.search(clause) or _GENERIC.search(head):
            continue
        owner = clause.split()[-1:] if clause.split() else []
        mine = bool(owner and owner[0] in _OWNER) or bool(
            _THESE.search((match.group("between") or "") + (match.group("args") or ""))
        )
        if not mine:
            continue
        said = _DESCRIBED.match(folded, match.end())
        value = said.group("value").strip() if said else ""
        if not value or _NO_VALUE.match(value) or synonyms.match(value) or _FIGURE.match(value):
            continue
        if _REQUESTED.match(value):
            continue  # a request to the model, not what the quantity is (session 40)
        if _BLANK_VALUE.match(value):
            continue  # "assert pgcd(35, 64) == ___": a blank left to fill, no value said (round 51)
        if _QUOTE_CLOSED.match(value):
            continue  # « leur PGCD vaut ___ »: a quoted cloze ends on its blank (folded away, round 65)
        first = _WRITTEN_FIRST.match(value)
        if first and not (value[:1].isalpha() and _article(value, first.end())):
            continue  # a value written: :func:`stated` reads it, and a wrong one dictates nothing
        if not first and _WRITTEN.search(value) and not _PROPERTY_FIRST.match(value):
            continue  # a number somewhere in words that do not start with an article
        return True  # words, or an article and words ("un nombre impair plus petit que 2")
    return False
