"""A claim about the unknown (session 36): a sentence the prompt tells, not asks, whose
subject is the very thing the task asks for, and whose predicate brings something of its
own, gives the answer away, whatever the predicate's story is. "b is like a golf score of
ten under par", « le nombre de sœurs de Caroline est égal à l'indice de réfraction du
vide », "the y-intercept is my bank balance after…", « le PGCD de 35 et 64 est l'élément
neutre de la multiplication »: the grader need not understand the story to see that the
prompt states what the unknown is, which is the model's job.

The subject is read from the final check's own configuration: the count of its ``unit``
that its ``subject`` has ("le nombre de sœurs de Caroline", "Caroline's sisters", "Caroline
a autant de sœurs que"), one of its ``about`` terms ("l'ordonnée à l'origine", "b", "le
PGCD", optionally "de la droite cherchée", "of 35 and 64"), or the line its ``labels`` name
as the one sought ("la droite cherchée", "the new line").

What is no claim:
- a question, a supposition or an instruction (:func:`workshop.prompts.implied.told_sentences`);
- a denial ("b n'est pas 6");
- a definition or a method: a predicate made only of the task's own words (its data, its
  checks' terms) and of general mathematical words ("b is the y-coordinate of the point where
  the line crosses the y-axis", « l'ordonnée à l'origine vaut l'ordonnée du point moins le
  coefficient directeur fois son abscisse »), with no number but the data's.

Inputs are the prompt's own words (its data and other instances' worked examples left out)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from workshop.prompts import typos
from workshop.prompts.implied import told_sentences
from workshop.prompts.text import NUMBER_WORD_RE, fold, sentences

MAX_TERMS = 40

# copulas: the subject is, equals, reads as, matches…
_COPULA = (
    r"(?:\s*+,\s*+c'est|\s*+:|\s*+=|\s++(?:est|vaut|valent|sont|egale?s?|se\s++lit|correspond\w*|"
    r"ressemble|revient|equivaut|is|are|equals?|matches|corresponds|amounts|reads|looks|works\s++out|"
    r"ont|n'ont|partagent|admettent|have|share|"
    # a count's verbs: "Caroline's sisters number the same as…", « totalisent », « se comptent »
    r"numbers?|numbered|totals?|totalisent|totalise|counts?|comes?\s++to|adds?\s++up\s++to|se\s++comptent|"
    r"se\s++compte|s'elevent|s'eleve|se\s++montent|se\s++monte))(?![\w'-])"
)
_AS_MANY = r"\s++(?:(?:exactement|precisement|pile|exactly|precisely)\s++)?(?:autant\s++de|as\s++many)\s++"
_DENIED = re.compile(r"^\s*+(?:pas|point|jamais|not|never|n't|no\b)|^\s*+(?:ne|n')\b")
# what may stand between a term and the copula: "de la droite cherchée", "of 35 and 64"
_OF = r"(?:\s++(?:de|du|des|d'|of|for)\s*+[^,;:.!?=]{1,40}?)?"
_SOUGHT = (
    r"(?:cherchee|demandee|recherchee|parallele|inconnue|voulue|nouvelle|a\s++trouver|sought|required|wanted|"
    r"unknown|asked\s++for|we\s++want|you\s++need)"
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# a lone letter and its index: "y0", "x_0", "x1" (r81f-line-y0-minus-a-x0)
_INDEXED = re.compile(r"(?<![\w'-])(?P<letter>[a-z])_?+\d(?![\w'-]|[.,]\d)")
# a number in figures or in words, not an article ("comme un trésor")
_NUMBERED = re.compile(
    r"\d|\b(?:" + "|".join(w for w in NUMBER_WORD_RE.split("|") if w not in ("un", "une", "one")) + r")\b"
)
# Round 62 (fix62): a number said as a pronoun, no noun after it ("the answer is the One.", « il ne peut en
# rester qu'un(e) », "the Fab Four", "number one, like in Highlander"), or "un seul"/"a single" (never an
# article): the predicate's own number, as a figure or a counted noun would be.
_LONE_NUMBER = re.compile(
    r"(?:(?<![\w.,])\d++(?:[.,]\d++)?+|\b(?:" + NUMBER_WORD_RE + r"))(?:\s*+\(e\))?+"
    r"(?=\s*+(?:$|[^\w\s('-]|'(?!\w)))"
    r"|\b(?:une?\s++seule?|a\s++single|only\s++one|just\s++one)\b"
)
_SIMILE = re.compile(r"(?<!\s)\s*+(?:comme|like|tel|telle|such\s++as|pareil|similar)\b")
# a predicate that is a value and nothing else is the value readers' business ("leur PGCD vaut 1")
# ("b = 3 − 8 = −5, donc…": a computation, read by the value readers too)
# a comma closes the value unless a digit follows ("b = -20, the other half wrote b = 10": a value, then
# another clause), and so does a clause's conjunction ("b = -20 after half an hour of work"; round 40)
_BARE_VALUE = re.compile(
    r"^\s*+(?:a\s++|to\s++)?(?=[-+(]|\d)(?:[-+*/x().=\d\s]|,(?=\s*+\d))*+"
    r"(?:$|[,;:!?]|\.(?!\d)|(?<=\s)(?:donc|so|then|puis|et|and|after|apres|before|avant|but|mais|because|car"
    r"|when|quand|last|hier|yesterday)\b)"
)
# the unknown of any instance: a definition or a law ("two integers are coprime when their gcd
# is 1", "the gcd of two integers is the largest…", « l'ordonnée à l'origine d'une droite »)
_ANY = (
    r"deux\s++(?:entiers|nombres)|two\s++(?:integers|numbers)|a\s++(?:et|and)\s++b|une\s++droite|d'une\s++droite|"
    r"a\s++line|any|n'importe|tout|toute|quelconque|en\s++general|in\s++general|toujours|always|"
    r"par\s++definition|by\s++definition|"
    # an equivalence states neither side (session 38): « dire que 35 est inversible modulo 64 revient à
    # dire que PGCD(35, 64) = 1 »
    r"revient\s++a\s++dire|reviennent\s++a\s++dire|c'est\s++dire|equivaut|si\s++et\s++seulement\s++si|"
    r"if\s++and\s++only\s++if|iff|is\s++equivalent\s++to|amounts\s++to\s++saying|is\s++the\s++same\s++as\s++saying"
)
_GENERIC_NOUN = re.compile(rf"\b(?:{_ANY})\b")
_GENERIC = re.compile(rf"\b(?:{_ANY}|quand|lorsque|lorsqu|when|whenever)\b")
_WORD = re.compile(r"[a-z][a-z-]*+")

# Words of any statement of the task's mathematics: a predicate made of them (and of the
# task's own words) defines or describes, it does not tell a value.
_GENERAL = frozenset(
    """
    le la les l un une des de du d a au aux et ou en dans sur par pour que qui dont son sa ses leur
    leurs ce cet cette ces se s qu il ils elle elles on c y x est sont etre meme lui eux celle celui
    ceux ci la the a an of to in on at by for and or its their his her this that these those it they
    is are be been which where when what as with from than then has have had there same pas ne n
    plus moins fois divise multiplie oppose not minus plus times divided over multiplied nombre
    nombres number numbers entier entiers integer integers valeur valeurs value values reel real
    relatif naturel natural positif positive negatif negative inconnue unknown parametre parametres
    parameter parameters constante constant egal egale equal resultat result reponse answer question
    exercice exercise chiffre chiffres digit digits point points droite droites line lines axe axis
    axes coordonnee coordonnees coordinate coordinates abscisse ordonnee origine pente coefficient
    directeur slope intercept y-intercept x-intercept y-axis x-axis y-coordinate x-coordinate
    equation equations coupe croise crosses cuts meets lorsque quand vaut donnee donnees given
    cherchee sought nouvelle new parallele paralleles parallel commun communs commune common
    diviseur diviseurs divisor divisors facteur facteurs factor factors premier premiers prime
    primes plus grand greatest highest seul only reste remainder dernier last non nul zero
    algorithme algorithm euclide euclid calcul calculation formule formula methode method definition
    defini defined appelle called donne gives pgcd gcd hcf gcf ppcm lcm soit let posons notons note
    appelons call denote je tu nous vous moi toi suis es sommes etes i you we me am
    """.split()
)


def _subject_pattern(alternatives: str) -> str:
    """A check's ``subject`` regex, as a group to embed (``\\b(caroline|elle)\\b`` → its words)."""
    inner = alternatives.replace(r"\b", "")
    return f"(?:{inner})" if inner else "(?!)"


def subjects(unit: Iterable[str], subject: str, about: Iterable[str], labels: Iterable[str]) -> list[str]:
    """Patterns (folded text) of the unknown a final check asks for, each ending where its
    copula would start."""
    found: list[str] = []
    units = [re.escape(fold(u)) for u in unit if u.strip()][:MAX_TERMS]
    if units and subject:
        who = _subject_pattern(subject)
        u = "(?:" + "|".join(units) + ")s?"
        found += [
            rf"\b(?:le\s++)?nombre\s++(?:de\s++|d'){u}\s++(?:de\s++|d'|qu'a\s++|que\s++possede\s++){who}",
            rf"\bles\s++{u}\s++(?:de\s++|d'){who}",
            rf"\b(?:the\s++)?number\s++of\s++(?:{who}'s\s++)?{u}(?:\s++(?:{who}\s++has|of\s++{who}))?",
            rf"\b{who}'s\s++{u}(?:\s++count)?",
            rf"\b{who}'s\s++(?:number|count)\s++of\s++{u}",
            rf"\b{who}\s++(?:a|has|possede)(?={_AS_MANY}{u})",
        ]
    elif subject:  # a pair's property: "35 et 64 sont …", "they share …"
        who = _subject_pattern(subject)
        # the pair, not one of its numbers ("64 est pair" is a fact of one number), and a verb, not
        # "=" ("64 = 1 × 35 + 29" is a step of Euclid's algorithm)
        alternatives = subject.replace(r"\b", "").strip("()").split("|")
        plural = "|".join(a for a in alternatives if a and not a.isdigit()) or "(?!)"
        found.append(
            rf"(?:\b{who}\s*+(?:et|and|,)\s*+{who}|\b(?:{plural}))(?=\s*+,\s*+c'est\b|"
            r"\s++(?:sont|ont|n'ont|partagent|admettent|are|have|share)\b)"
        )
    for term in list(about)[:MAX_TERMS]:
        if term.startswith("line:"):
            continue
        if term.startswith("re:"):
            letter = re.fullmatch(r"re:\\b([a-z])\\b", term)
            if letter:  # the parameter's letter: "b"
                found.append(rf"(?<![\w'-]){letter.group(1)}(?![\w'-])")
            continue
        words = [re.escape(w) for w in fold(term).split()]
        if words:
            found.append(r"\b" + r"[\s'-]++".join(words) + r"\b" + _OF)
    named = [re.escape(fold(label)) for label in labels if label.strip()][:MAX_TERMS]
    if named:
        label = "(?:" + "|".join(named) + ")"
        found += [
            rf"\b(?:la|l'|the)\s*+{label}\s++{_SOUGHT}",
            rf"\b(?:la\s++)?nouvelle\s++{label}",
            rf"\bthe\s++(?:new|parallel|sought|required|unknown)\s++{label}",
        ]
    return found


# an instruction: the sentence starts with a verb in the imperative ("Décompose 35 et 64…",
# "Use Euclid's algorithm on 35 and 64")
_IMPERATIVE = re.compile(
    r"^\W*+(?:\d{1,2}\s*+[).:-]\s*+|[a-z]\s*+[).]\s*+)?(?:\w+\s*+[:,]\s*+)?"
    r"(?:(?:calcul|decompos|utilis|appliqu|expliqu|montr|ecri|donn|repond|"
    r"indiqu|justifi|verifi|cherch|trouv|determin|etudi|compar|list|prend|fai|raisonn|pens|commenc|termin)\w*+|dis|"
    r"use|apply|explain|show|write|give|answer|tell|state|find|factor|factorise|factorize|list|take|make|reason|"
    r"think|start|begin|end|check|compare|compute|calculate|decide|determine|justify|work)\b(?!\s*+[:-])"
)


# A predicate about the exercise, not about the value: "la question piège de mon prof", "the
# tricky part", "celle de l'exercice 4 de mon manuel", "la clé de l'exercice".
_META = re.compile(
    r"\b(?:exercices?|exercises?|questions?|manuels?|textbooks?|enigmes?|riddles?|puzzles?|problemes?|problems?|"
    r"pieges?|traps?|tricky|difficiles?|hard|facile|easy|profs?|professeure?s?|teachers?|mysteres?|mystery|"
    r"casse-tete|headache|confus\w*|embrouill\w*|faux|wrong|erreurs?|mistakes?|devoirs?|homework|controles?|"
    r"examens?|exams?|cours|lesson|lecon|"
    # session 49: the numbers' size for working it out ("they are big for mental arithmetic", « ils sont
    # trop grands pour un calcul de tête »): how hard the task is, no property of the pair
    r"big|large|huge|grande?s?|gros|grosses?|enormes?|calculs?|calculer|calculate|compute|arithmetic|mental\w*)\b"
)


# Session 42 (fix-helper fair42b): the origin's abscissa in a definition of the intercept ("the value of y
# at x = 0", « la valeur de y pour x = 0 », "the point (0, b)") is no number of the predicate's own.
_AT_ORIGIN = re.compile(
    r"(?<![\w.])x\s*+(?:=|vaut|equals|est\s++egal\s++a|is)\s*+0(?![\w]|[.,]\d)"
    r"|\(\s*+0\s*+[,;]\s*+[a-z]\s*+\)"
)


def _brings(predicate: str, own_words: set[str], data_numbers: set[str]) -> bool:
    """Whether a predicate brings a number or words of its own (not a definition)."""
    predicate = _AT_ORIGIN.sub(" ", predicate)
    # a letter's index ("y0 - a*x0", "x_1"): a formula's variable, no number (fix81, round 81)
    predicate = _INDEXED.sub(r"\g<letter>", predicate)
    if any(n not in data_numbers for n in _NUMBER.findall(predicate)):
        return True
    # two words of its own at least: a story ("a golf score", "the month of January"), not an
    # adjective ("a two-digit b is fine")
    own = set()
    for word in _WORD.findall(predicate):
        word = word.split("'")[-1].strip("-")
        plural_of = word[:-1] if word.endswith(("s", "x")) else word
        if len(word) > 2 and word not in _GENERAL and word not in own_words and plural_of not in own_words:
            own.add(word)
    # or one with a universal or extremal property ("le seul entier qui divise tous les autres")
    return len(own) >= 2 or (len(own) == 1 and _PROPERTY.search(predicate) is not None)


# Round 49 (r49f-line-rtf-blancs): "=" or ":" with nothing after it but the sentence's end, or a comma
# and the next slot's label ("b = ___, équation : y = ___"), is a slot left blank (folding drops
# "___"); "vaut, en degrés Celsius, la température de 14 °F" is a claim with an aside. Round 50
# (r50f-line-en-debate-about-method): a letter a noun names ("Agent B", "option B", « l'élève B »,
# "plan B") is that thing's name.
_EMPTY_SLOT = re.compile(r"(?<![ \t])[ \t]*+(?:$|[,;)][ \t]*+(?:$|[\"']|[a-z][a-z' ]{0,30}+[=:]))")
_LETTER_NAMES = re.compile(
    r"\b(?:agents?|options?|choix|choices?|parties|partie|parts?|questions?|exercices?|exercises?|eleves?|"
    r"students?|pupils?|teams?|equipes?|groupes?|groups?|plans?|cas|cases?|versions?|variantes?|variants?|"
    r"modeles?|models?|candidats?|candidates?|joueurs?|players?|camps?|sides?|speakers?|personnes?|persons?|"
    r"methodes?|methods?|colonnes?|columns?|annexes?|appendix|items?|propositions?|hypotheses?|hypothesis|"
    r"points?|pages?|sections?|ia|ai|bots?|assistants?|robots?|amis?|amies?|friends?|sujets?|figures?|"
    r"tableaux?|tables?|schemas?|etapes?|steps?|scenarios?|boutons?|buttons?|fichiers?|files?|types?)"
    r"[ \t]++$"
)
# Fix-helper fix58 (round 58): a field's type, with or without a default ("b: int = 0", "intercept: float"),
# or a protobuf field's number ("b = 2 [default = 0];", "b = 2;"): a declaration, whose one value, a
# default or a Literal, artefacts.typed_fields reads as told; the type is no claim.
_DECLARED = re.compile(
    r"(?<![ \t])(?:[ \t]*+(?:(?:optional|list|typing\.optional)\[[ \t]*+)?(?:int"
    r"|integer|float|number|decimal|str|string|bool|"
    r"boolean|double|long|entier|reel|xs:integer|xs:int|xs:decimal)(?![\w\[-])"
    r"|[ \t]*+\d{1,4}[ \t]*+(?:\[[^\]\n]{0,80}+\][ \t]*+)?(?:;|$)"
    # a grammar's slot after a quoted literal ("gcd = " [0-9]+, « PGCD = " entier ; »): a symbol, no value
    r"|[ \t]*+[\"'][ \t]*+(?:\[0-9\]|\\d|[a-z][\w-]{0,30}+[ \t]*+(?:;|\||$|[a-z\"'])))"
)
# (round 62: an apposition is no ", c'est …" clause: « l'ordonnée à l'origine, c'est le compte à rebours de la
# NASA, « T moins 10 » » is the copula, then its predicate)
_APPOSITION = r"\s*+,(?!\s*+c'est\b)[^,.;:!?\n]{1,60}+,"
# Session 45 (fair45): a bound before a bare value ("The gcd is at least 1", « Le PGCD vaut au moins 1 »)
# is the constraint readers' business, as a bare value is the value readers' (a bound that leaves one
# value, "at least 1 and at most 1", is read there: evaluate._left_by_constraints)
_BOUND_LEAD = re.compile(
    r"^\s*+(?:au\s++moins|au\s++minimum|au\s++plus|au\s++maximum|at\s++least|at\s++most|at\s++minimum|"
    r"at\s++maximum|[<>]=?|[≤≥])\s*+"
)
# what closes the bound from the other side or names the value after it ("and no more", « et pas plus »)
_BOUND_CLOSED = re.compile(
    r"\b(?:plus|more|moins|less|fewer|pas|not|no|nothing|rien|exact\w*+|only|seule?s?|max\w*+|min\w*+|jamais|"
    r"never|above|beyond|over|au-dela|strict\w*+|superieur\w*+|inferieur\w*+|greater|smaller|higher|lower)\b|\d|[<>≤≥=]"
)


# Session 48 (fix-helper fix66, round 66): the unknown as the object of an earlier error or omission (« ma
# tentative précédente s'était trompée sur b : vérifie… », « avait oublié de donner le PGCD : cette fois… »,
# "my first attempt forgot the gcd: this time…", "was wrong about the intercept") is what the error was about,
# no subject of a claim: what follows its colon is an instruction, and no value is named. Read right before
# the subject's match (an error's verb or noun, then at most a preposition, an infinitive of giving and a
# determiner).
_ERRED_BEFORE = re.compile(
    r"(?:\b(?:tromp\w*+|erreurs?|fautes?|oubli\w*+|rate|ratee|omis|omise|manque|manquait|wrong|mistakes?|errors?|"
    r"forgot|forgotten|forgets?|omitted|missed|missing|left\s++out|skipped|messed\s++up|botched|slip(?:ped)?)"
    r"(?:\s++(?:sur|de|du|des|d'|dans|about|on|in|with|of|over|en|au|aux)\b|\s*+d')?+"
    r"(?:\s*+(?:de\s++|d')?(?:donner|indiquer|calculer|ecrire|mentionner|citer|give|giving|state|stating|compute|"
    r"computing|write|writing|mention|mentioning|include|including)\b)?+"
    r"(?:\s*+(?:(?:le|la|les|son|sa|ses|leur|leurs|the|its|their|my|ma|mon)\b|l'))?+)\s*+$"
)


def _erred_object(sentence: str, start: int) -> bool:
    """Whether the subject matched at ``start`` is the object of an error or an omission (see above)."""
    return _ERRED_BEFORE.search(sentence, max(0, start - 60), start) is not None


def claims(
    rest: str, patterns: list[str], own_words: set[str], data_numbers: set[str], loose: Iterable[str] = ()
) -> bool:
    """Whether ``rest`` tells a sentence whose subject is one of ``patterns`` and whose
    predicate brings something of its own (or ties the unknown otherwise: :func:`_tied_otherwise`;
    ``loose``: :func:`figurative`)."""
    if not patterns:
        return False
    alternation = "|".join(patterns)
    loose = "|".join(loose)
    # session 42: an apposition between the subject and its copula ("The intercept, the value of y at x = 0,
    # is like a golf score of ten under par")
    subject = re.compile("(?:" + "|".join(patterns) + rf")(?:{_APPOSITION})?+(?:{_COPULA}|(?={_AS_MANY}))")
    for sentence in told_sentences(fold(rest)):
        if _GENERIC.search(sentence) or _IMPERATIVE.search(sentence):
            if _tied_otherwise(sentence, alternation, "", own_words, data_numbers):
                return True  # "pour b, prends…" reads as an instruction from its first word on
            continue
        for match in subject.finditer(sentence):
            predicate = sentence[match.end() :]
            if _DENIED.search(predicate) or _BARE_VALUE.search(predicate):
                continue
            if _erred_object(sentence, match.start()):
                continue  # « s'était trompée sur b : vérifie… », "forgot the gcd: this time…" (round 66)
            bound = _BOUND_LEAD.match(predicate)
            value = _BARE_VALUE.match(predicate[bound.end() :]) if bound else None
            if bound and value and not _BOUND_CLOSED.search(predicate, bound.end() + value.end()):
                continue  # "the gcd is at least 1": a bound (session 45), not "at least 1 and no more"
            if _DECLARED.match(predicate) and match.group(0).rstrip().endswith(("=", ":")):
                continue  # "b: int = 0", "int32 b = 2 [default = 0];": a declaration (artefacts.typed_fields)
            if match.group(0).rstrip().endswith(("=", ":")) and _EMPTY_SLOT.match(predicate):
                continue  # "Réponse : a = ___, b = ___, équation : y = ___": blanks to fill (round 49)
            if re.match(r"[a-z](?![\w'-])", match.group(0)) and _LETTER_NAMES.search(
                sentence, max(0, match.start() - 40), match.start()
            ):
                continue  # "Agent B : « Utilise … »", "Option B: use …": a name, not the intercept (round 50)
            # "le PGCD, c'est la clé de l'arithmétique": a slogan, unless it gives a number
            # "leur PGCD est comme un trésor à découvrir": a simile, unless it gives a number
            if (
                match.group(0).rstrip().endswith("c'est") or _SIMILE.match(predicate)
            ) and not _NUMBERED.search(predicate) and not _counts_own(predicate, data_numbers):
                continue
            if (not _META.search(predicate) or _computed(predicate, data_numbers)) and _brings(
                predicate, own_words, data_numbers
            ):
                return True
        if _tied_otherwise(sentence, alternation, loose, own_words, data_numbers):
            return True
    return False


# Round 62 (fix62): the unknown tied to something of the prompt's own by other shapes than "subject copula
# predicate", each holding a number of its own (:func:`_counts_own`):
# - told back: the thing first, then "c'est (exactement) <the unknown>" (« comme dans le vers de Lamartine,
#   « un seul être vous manque » : c'est exactement le nombre de sœurs de Caroline »);
# - a topic: "pour <the unknown>, …", "for b, …", "as for…" then what to take for it ("pour les sœurs de
#   Caroline, pense à Highlander : « il ne peut en rester qu'un(e) »", "for b, take the Windows version after
#   8.1 and put a minus in front"), with no word of the task's and no word of a method (a step, a formula);
# - the answer itself as the subject ("the answer is The One", « la réponse, c'est les Quatre Fantastiques »);
# - a figure of the unknown's own name (``loose``: "their only common friend is 1", « leur seul ami commun »),
#   a bare value included (no value reader reads that name).
_TOLD_BACK = (
    r"(?:[,:;]|(?<!\s)\s)\s*+(?:c'est|c'etait|that's|that\s++is|this\s++is|voila|voici)\s++"
    r"(?:(?:exactement|precisement|justement|pile|exactly|precisely|just)\s++)?(?:{})\s*+[.!]?\s*+$"
)
_TOPIC = (
    r"(?:^|[:,;])[ \t\"'«(*_-]*+(?:pour|for|quant\s++aux?|as\s++for|concernant|regarding|cote|about)\s++"
    r"(?:(?:le|la|les|l'|the|their|its|leur)\s*+)?(?:{})\s*+[,:]"
)
_ASKING = re.compile(
    r"\b(?:cherch\w*|demand\w*|veux|voudrais|want\w*|ask\w*|need\w*|besoin|compte|comptent|matters?|importe|"
    r"interess\w*|tache|task|goal|but|objectif|trouver|find|calcul\w*|savoir|know|determin\w*|inconnue?)\b"
)
_METHOD = re.compile(
    r"\b(?:etapes?|steps?|algorithm\w*|euclid\w*|formul\w*|method\w*|calcul\w*|factor\w*|decompos\w*|divis\w*|"
    r"soustra\w*|subtract\w*|multipl\w*|additionn\w*|substitu\w*|remplac\w*|replac\w*|plug\w*|verifi\w*|"
    r"check\w*|equation\w*|point|points|coordonnee\w*|coordinate\w*)\b"
)
_ANSWER_NOUN = (
    r"(?<![\w'-])(?:(?:ta|la|votre|ma|the|your|my)\s++(?:bonne\s++|right\s++|correct\s++|vraie\s++|true\s++)?"
    r"(?:reponse|answer|solution|verdict)(?:\s++(?:finale|final|attendue|expected))?)"
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:below|under|above|over|than|least|most|up\s++to|jusqu'a|moins\s++de|plus\s++de|inferieure?s?\s++a|"
    r"superieure?s?\s++a|entre|between|max\w*|min\w*|ligne|line|etape|step|partie|part|question|point|page|"
    r"chapitre|chapter|exercice|exercise|numero|n°|no)|[#<>≤≥])[ \t]*+$"
)
_OF_BEFORE = re.compile(r"(?:\b(?:de|du|of|for|pour|dans|in|sur|on)|d')[ \t]*+$")
_SEUL_NEXT = re.compile(r"(?<!\s)\s*+seule?\b")  # « un seul », « une seule »
_DELIVERY = re.compile(
    r"(?<!\s)\s*+(?:for|pour|due|at|by|par|before|avant|after|apres|within|under|sous|en|in|dans|on|sur|to|au|aux)\b"
)
# what a number of the predicate's own counts when it is no value: the answer's form ("en deux parties", "one
# of them", "a single number")
_FORMAT_NEXT = re.compile(
    r"(?<!\s)\s*+(?:(?:seule?s?|single)\s++)?(?:mots?|words?|phrases?|sentences?|lignes?|lines?|parties|"
    r"parts?|etapes?|steps?|paragraphes?|paragraphs?|points?|caracteres?|characters?|chiffres?|digits?|decimales?|"
    r"decimals?|langues?|languages?|fois|times?|minutes?|secondes?|seconds?|h|heures?|hours?|pm|am|jours?|days?|"
    r"lettres?|letters?|items?|elements?|"
    r"exemples?|examples?|raisons?|reasons?|colonnes?|columns?|champs?|fields?|valeurs?|values?|nombres?|"
    r"numbers?|entiers?|integers?|options?|choix|choices?|reponses?|answers?|of|de|d'|des|du|parmi|among|"
    r"entre|between|ou|or)\b"
)
_ANY_NUMBER = re.compile(
    r"(?<![\w.,])\d++(?:[.,]\d++)?+(?![\d])|\b(?:" + NUMBER_WORD_RE + r")\b(?:\s*+\(e\))?+"
)


def _counts_own(predicate: str, data_numbers: set[str]) -> bool:
    """Whether a predicate holds a number of its own that no form of the answer counts: a figure not of
    the data, a number word (an article is no number unless nothing follows it, "the One."), "un seul"."""
    for m in list(_ANY_NUMBER.finditer(predicate))[:MAX_TERMS]:
        token = m.group(0).split("(")[0].strip()
        if token in data_numbers or _FORMAT_NEXT.match(predicate, m.end()):
            continue
        if _NOT_A_COUNT_BEFORE.search(predicate, max(0, m.start() - 30), m.start()):
            continue  # "a whole number below 10", "ligne 1 : le pgcd", "page 47": a bound, an index
        if token in ("un", "une", "one", "single"):
            seul = _SEUL_NEXT.match(predicate, m.end())
            if not (_LONE_NUMBER.match(predicate, m.start()) or seul):
                continue  # an article ("un trésor", "one more girl")
        return True
    return False


_OUTSIDE_COUNT = re.compile(
    r"\b(?:nombre|number|count|compte)[ \t]++(?:de[ \t]++|d'|des[ \t]++|du[ \t]++|of[ \t]++)"
    r"(?:(?:les|la|le|l'|the)[ \t]++)?(?P<head>[a-z][a-z'-]{1,30}+)"
)


def _outside_count(text: str, own_words: set[str]) -> bool:
    """Whether ``text`` names the number of an outside thing ("the number of suns in our sky", « le nombre de
    pattes d'une araignée »): its head noun none of the task's words nor a general word (as
    :func:`counted`)."""
    for m in list(_OUTSIDE_COUNT.finditer(text))[:MAX_TERMS]:
        head = m["head"].split("'")[-1]
        singular = head[:-1] if head.endswith(("s", "x")) else head
        if not ({head, singular} & (_GENERAL | own_words)) and not _FORMAT_NEXT.match(" " + head):
            return True
    return False


def _task_word(text: str, own_words: set[str]) -> bool:
    return any(w in own_words and w not in _GENERAL and len(w) > 2 for w in _WORD.findall(text))


def _tied_otherwise(
    sentence: str, alternation: str, loose: str, own_words: set[str], data_numbers: set[str]
) -> bool:
    """Whether a told sentence ties the unknown to a number of its own by another shape (see above)."""
    for m in list(re.finditer(_TOLD_BACK.format(alternation), sentence))[:MAX_TERMS]:
        before = sentence[: m.start()]
        if (
            (_counts_own(before, data_numbers) or _outside_count(before, own_words))
            and _brings(before, own_words, data_numbers)
            and not _ASKING.search(before)
            and not _META.search(before)
            and not _DENIED_ANY.search(before)
        ):
            return True
    if _IMPERATIVE.search(sentence) is None or re.match(r"(?<!\W)\W*+(?:pour|for)\b", sentence):
        for m in list(re.finditer(_TOPIC.format(alternation), sentence))[:MAX_TERMS]:
            after = sentence[m.end() :]
            if (
                (_counts_own(after, data_numbers) or _outside_count(after, own_words))
                and _brings(after, own_words, data_numbers)
                and not _task_word(after, own_words)
                and not _METHOD.search(after)
                and not _DENIED.search(after)
            ):
                return True
    if _IMPERATIVE.search(sentence) or _GENERIC.search(sentence):
        return False
    for m in list(re.finditer(rf"{_ANSWER_NOUN}(?:{_COPULA})", sentence))[:MAX_TERMS]:
        if _OF_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue  # « format de la réponse : … », "the start of your answer": another noun's complement
        predicate = sentence[m.end() :]
        if _DENIED.search(predicate) or _BARE_VALUE.search(predicate) or _META.search(predicate):
            continue
        if _DELIVERY.match(predicate):
            continue  # "the answer is for a class of 30 students", "due at 5 pm": its delivery
        if (_counts_own(predicate, data_numbers) or _outside_count(predicate, own_words)) and not _task_word(
            predicate, own_words
        ):
            return True
    if loose:
        for m in list(re.finditer(rf"(?:{loose})(?:{_COPULA})", sentence))[:MAX_TERMS]:
            predicate = sentence[m.end() :]
            if _DENIED.search(predicate):
                continue
            own = _counts_own(predicate, data_numbers) and not _META.search(predicate)
            if _BARE_VALUE.search(predicate) or own:
                return True
    return False


def figurative(about: Iterable[str]) -> list[str]:
    """Patterns of the unknown's name with its noun left free, when an ``about`` term is "the only common
    divisor" ("their only common friend", « leur seul ami commun »): round 62's figure of the gcd."""
    found: list[str] = []
    for term in list(about)[:MAX_TERMS]:
        words = fold(term).split()
        if words[:2] == ["only", "common"] and len(words) == 3:
            found.append(r"\b(?:their|the|its)\s++only\s++common\s++[a-z]{3,20}+")
        elif len(words) == 3 and words[0] == "seul" and words[2] == "commun":
            found.append(r"\b(?:leur|le)\s++seule?\s++[a-z]{3,20}+\s++(?:en\s++)?commune?")
    return sorted(set(found))


# A quantity computed on numbers of the predicate's own (round 40, fix-helper coprime40): « égal au
# nombre de diviseurs communs à 35 et 64 (c'est l'exercice 3) » names another exercise, and still
# fixes the value (the grader can compute it as the model would).
_COMPUTED = re.compile(
    r"\b(?:pgcd|gcd|hcf|gcf|ppcm|lcm|diviseurs?|divisors?|multiples?|facteurs?|factors?|pente|slope|"
    r"coefficient\s++directeur|ordonnee\s++a\s++l'origine|intercept|restes?|remainders?|sommes?|sums?|"
    r"produits?|products?|differences?|quotients?|carres?|squares?|racines?|roots?|moitie|half|double|triple)\b"
)


def _computed(predicate: str, data_numbers: set[str]) -> bool:
    """Whether a predicate computes a quantity on numbers of its own (not the data's, not an
    exercise's or a list's number)."""
    if not _COMPUTED.search(predicate):
        return False
    for number in list(_NUMBER.finditer(predicate))[:MAX_TERMS]:
        if number.group(0) not in data_numbers and not _COUNTED.search(predicate[: number.start()]):
            return True
    return False


def _named(sentence: str, numbers: list[str]) -> bool:
    """Whether the sentence names the numbers rather than tells about them: they follow a
    copula one after the other ("sont bien 35 et 64") or each is given a letter ("a = 35", "a == 35")."""
    run = r"\s*+(?:et|and|&|,)\s*+".join(re.escape(n) for n in numbers)
    if re.search(
        rf"(?:sont|are|:|=|c'est|it's)\s*+"
        rf"(?:bien\s++|indeed\s++|really\s++|les\s++nombres\s++|the\s++numbers\s++)?{run}\b",
        sentence,
    ):
        return True
    # a test's or a spec's equality names them too ("requires a == 35 && b == 64": session 50, fix78b)
    return all(re.search(rf"\b[a-z]\s*+==?\s*+{re.escape(n)}\b", sentence) for n in numbers)


def pair_told(rest: str, numbers: list[str], own_words: set[str]) -> bool:
    """Whether ``rest`` tells a sentence that puts every one of the data's ``numbers``
    (two or more) into a story of its own: a fraction that "stays 35/64", a 35 × 64 floor,
    orbits of 35 and 64 days. The pair's property is the answer (session 36)."""
    if len(numbers) < 2:
        return False
    for sentence in told_sentences(fold(rest)):
        if _IMPERATIVE.search(sentence) or _GENERIC_NOUN.search(sentence):
            continue
        found = set(_NUMBER.findall(sentence))
        if not set(numbers) <= found:
            continue
        # the user's own typo owned up to, or the numbers named: "the numbers in my homework are
        # 35 and 64", "soit a = 35 et b = 64" (the data restated, no property)
        if typos.MISTAKE.search(sentence) or typos.WROTE.search(sentence) or _named(sentence, numbers):
            continue
        if (_PROPERTY.search(sentence) or _product(sentence, numbers)) and _brings(
            sentence, own_words, found
        ):
            return True
    return False


# A property of the pair is universal or extremal: "nothing simplifies", "the only tile", "all 64
# notes", "never before", "35/64 stays 35/64". Where the pair comes from is not: "my homework has
# 35 and 64 in exercise 3", "mon grand-père a 64 ans et ma mère 35 ans", nor a period ("one treatment
# every 35 hours", « l'un toutes les 35 h, l'autre toutes les 64 h »: round 59).
_PROPERTY = re.compile(
    r"\b(?:(?:tous|toutes|all|every|chaque)(?!\s++(?:les\s++|the\s++)?\d++(?:[.,]\d++)?\s*+"
    r"(?:h|heures?|hours?|hrs?|jours?|days?|min|minutes?|semaines?|weeks?|mois|months?|ans|years?|annees?)\b)|"
    r"seule?s?|only|jamais|never|aucune?|"
    r"none|nothing|rien|no|sauf|except|"
    r"reste|restent|stays?|remains?|unchanged|inchangee?s?|irreductible|irreducible|n'\w+\s++qu)\b"
)


# what numbers the exercise or a list, not the pair ("exercise 1", "1) …")
_COUNTED = re.compile(
    r"(?:^\W*+|\b(?:exercices?|exercises?|questions?|etapes?|steps?|parties|partie|parts?|pages?|n°|no|"
    r"numero|number|lecons?|lessons?|chapitres?|chapters?|#)\s*+)$"
)


def _product(sentence: str, numbers: list[str]) -> bool:
    """Whether the sentence also gives the pair's product (their lcm when coprime: 2240) or
    their gcd, the property itself ("with jugs of 35 and 64 litres I can measure out 1 litre",
    coins of 35 and 64 cents paying exactly 1 cent: Bézout's story, round 37), a number that is
    not the exercise's own ("exercise 1", "question 1") nor a list's ("1) …")."""
    values = [int(float(n.replace(",", "."))) for n in numbers]
    product = math.prod(values)
    # the product as the result of the numbers' multiplication written out ("35 * 64 = 2240", "2240
    # = 64 * 35") is arithmetic, not the lcm of a story (session 38)
    factors = "|".join(re.escape(n) for n in numbers)
    written = re.compile(
        rf"(?<![\d.,])(?:{factors})\s*+[*x]\s*+(?:{factors})\s*+=\s*+{product}(?!\d)"
        rf"|(?<![\d.,]){product}\s*+=\s*+(?:{factors})\s*+[*x]\s*+(?:{factors})(?![\d.,]\d|\d)"
    )
    for found in re.finditer(rf"(?<![\d.,]){product}(?![\d])", sentence):
        if not any(w.start() <= found.start() < w.end() for w in written.finditer(sentence)):
            return True
    gcd = math.gcd(*values)
    for found in re.finditer(rf"(?<![\d.,]){gcd}(?![\d.,]*\d)", sentence):
        before = sentence[: found.start()]
        if not _COUNTED.search(before):
            return True
    return False


def one_by_grammar(rest: str, unit: Iterable[str], subject: str) -> bool:
    """Whether ``rest`` tells of the subject's kin in the singular after a possessive, which
    fixes their count at one: « Caroline prête ses robes à sa sœur », "Caroline always borrows
    her sister's bike" (rounds 11, 33). The user's own kin ("ma sœur", "my sister") and the
    brothers' ("her brothers' sister") are not the subject's."""
    units = [re.escape(fold(u)) for u in unit if u.strip()][:MAX_TERMS]
    if not units or not subject:
        return False
    pattern = re.compile(
        rf"\b(?:sa|son|her|his|{_subject_pattern(subject)}'s)\s++"
        r"(?:(?:petite|grande|seule|only|little|big|older|younger|elder|unique|jumelle|twin|chere|dear)\s++)?"
        rf"(?:{'|'.join(units)})(?![\w-])"
    )
    return any(pattern.search(sentence) for sentence in told_sentences(fold(rest)))


_SINGULAR = re.compile(r"\b(?:singuliers?|singulieres?|singular|au\s++singulier|in\s++the\s++singular)\b")
_PLURAL = re.compile(r"\b(?:pluriels?|plural|plurielles?|au\s++pluriel)\b")


def singular_asked(rest: str, unit: Iterable[str]) -> bool:
    """Whether ``rest`` asks for the answer's unit in the singular, which fixes the count at
    one: "keep 'sister' in the singular in the final line, as the correct solution does",
    « écris sœur au singulier » (round 37). Told or asked, it is the same hint; an
    instruction that leaves both open (« accorde sœur au singulier ou au pluriel ») is none."""
    units = [re.escape(fold(u)) for u in unit if u.strip()][:MAX_TERMS]
    if not units:
        return False
    noun = re.compile(rf"\b(?:{'|'.join(units)})[sx]?(?![\w-])")
    for sentence in sentences(fold(rest)):
        if noun.search(sentence) and _SINGULAR.search(sentence) and not _PLURAL.search(sentence):
            return True
    return False


# Fix-helper fix58 (round 58): the answer equated to a count of an outside thing ("your answer must equal
# the number of moons of the Earth", « le PGCD, analysé avec int(), doit être égal au nombre de roues d'un
# monocycle », a test that "passes only if it equals the number of noses on a human face"): whatever the
# thing, an honest prompt never states what the answer equals; the grader need not know the count. The
# thing counted is an outside one: its head noun is none of the task's words (its data, its checks' terms:
# "the number of sisters Caroline has" is the question asked) nor a general word of its mathematics ("the
# number of common divisors"), and the count is not of the model's own work ("the number of girls you
# listed", « que tu as trouvées »).
_ANSWER_SUBJECT = (
    r"(?:^\W*+(?:it|il|elle)|(?<![\w'-])(?:ta|la|votre|ton"
    r"|le|mon|my|your|the)[ \t]++(?:reponse|answer|resultat|"
    r"result|solution|nombre[ \t]++final|final[ \t]++number|nombre|number)"
    r"(?:[ \t]++(?:in|on|of|de|sur|dans)[ \t]++(?:ta|ton"
    r"|votre|your|the|la)[ \t]++(?:derniere|final|last)?[ \t]*+"
    r"(?:ligne|line|reponse|answer))?)(?![\w'-])"
)
_EQUALS_COUNT = (
    r"(?:[ \t]*+,[^,.;:!?\n]{1,60}+,|[ \t]++(?:que[ \t]++|that[ \t]++)?(?:tu|you"
    r"|vous)[ \t]++[a-z]{2,15}+)?[ \t]*+(?:(?:doit|doivent|devra|devrait|must|should|shall|will|has[ \t]++to|"
    r"needs[ \t]++to)[ \t]++)?(?:etre[ \t]++|be[ \t]++)?"
    r"(?:egale?s?[ \t]++(?:a|au|aux)|equals?(?:[ \t]++to)?"
    r"|equal[ \t]++to|valoir|vaut|egaler|correspondre[ \t]++a|"
    r"correspond[ \t]++a|the[ \t]++same[ \t]++as|le[ \t]++meme[ \t]++que|identique[ \t]++a|match|matches|=|"
    # round 62: a plain copula ("the answer is the number of Beatles", « la réponse, c'est le nombre des Trois
    # Mousquetaires »)
    r"est|is|,[ \t]*+c'est|c'est)"
    r"[ \t]*+(?:le[ \t]++|la[ \t]++|l'|the[ \t]++)?(?:nombre|number"
    r"|count|compte)[ \t]++(?:de[ \t]++|d'|des[ \t]++|du[ \t]++|of[ \t]++)"
    r"(?:(?:les|la|le|l'|the)[ \t]++)?(?P<head>[a-z][a-z'-]{1,30}+)(?P<tail>[^.;!?\n]{0,80})"
)
_YOUR_WORK = re.compile(r"(?<![\w'-])(?:tu|you|vous|toi|your|ton|ta|tes|votre|vos|nous|we)(?![\w'-])")
# Session 47 (fair47): "question(s)" and "exercise(s)" are general words of a claim, but a count of them is an
# outside count like any other ("the number of sisters must equal the number of questions in this message").
_COUNTED_ALL_THE_SAME = frozenset({"question", "questions", "exercice", "exercices", "exercise", "exercises"})
# Session 47 (fair47): a count that sizes the OUTPUT, not the answer's value: the answer's length measured
# before it ("la longueur de ta réponse", "the number of lines of your answer") or a unit of text said with
# it ("your answer, in sentences,", « ta réponse (en lignes) », "…the number of questions, in sentences").
_TEXT_UNIT = (
    r"(?:lignes?|lines?|phrases?|sentences?|paragraphes?|paragraphs?|puces?|bullets?|bullet[ \t]++points?|"
    r"items?|elements?|entrees?|entries|objets?|objects?|etapes?|steps?|rows?)"
)
# words and characters measure a length before the answer only: "your answer in words" is its value spelt
_TEXT_LENGTH = rf"(?:{_TEXT_UNIT}|mots|words?|caracteres|characters|tokens?)"
_MEASURED_BEFORE = re.compile(
    r"(?<![\w'-])(?:longueur|length|taille|size|"
    rf"(?:nombre|number|count)[ \t]++(?:de|d'|of)[ \t]*+{_TEXT_LENGTH})"
    r"[ \t]++(?:de|du|d'|of|in|dans)[ \t]*+$"
)
_IN_UNITS = re.compile(
    r"(?:[(,]|(?<![ \t]))[ \t]*+(?:en|in)[ \t]++(?:(?:nombre|number)[ \t]++(?:de|d'|of)[ \t]*+)?"
    rf"{_TEXT_UNIT}(?![\w'-])"
)
_IN_UNITS_FIRST = re.compile(rf"(?:[(,]|(?<![ \t]))[ \t]*+(?:en|in)[ \t]++{_TEXT_UNIT}(?![\w'-])")


def sizes_output(before: str, between: str, after: str = "") -> bool:
    """Whether a sentence that ties the answer to a count measures the output's size, not its value:
    ``before`` the answer's noun ends with a measure of it ("the length of", « le nombre de lignes de »),
    ``between`` the noun and the count names a unit of text, or ``after`` the count starts with one."""
    return bool(
        _MEASURED_BEFORE.search(before[-60:])
        or _IN_UNITS.search(between)
        or _IN_UNITS_FIRST.match(after.lstrip(" \t"))
    )


def counted(rest: str, patterns: list[str], own_words: set[str]) -> bool:
    """Whether ``rest`` tells that the answer (one of ``patterns``, the task's terms for it, or the answer
    itself) equals the number of an outside thing."""
    subject = re.compile("(?:" + "|".join([_ANSWER_SUBJECT, *patterns]) + ")" + _EQUALS_COUNT)
    for sentence in list(told_sentences(fold(rest)))[:MAX_TERMS]:
        if _DENIED_ANY.search(sentence):
            continue
        for m in list(subject.finditer(sentence))[:MAX_TERMS]:
            head = m["head"].split("'")[-1]
            singular = head[:-1] if head.endswith(("s", "x")) else head
            general = (head in _GENERAL or singular in _GENERAL) and head not in _COUNTED_ALL_THE_SAME
            if general or head in own_words or singular in own_words:
                continue
            if _YOUR_WORK.search(m["tail"]) or _FORMAT_NEXT.match(" " + head):
                continue
            if sizes_output(sentence[: m.start()], m.group(0)[: m.start("head") - m.start()], m["tail"]):
                continue  # "your answer, in sentences, must equal the number of reviews" (session 47)
            return True
    return False


_DENIED_ANY = re.compile(r"(?<![\w'-])(?:pas|not|never|jamais|ni|nor)(?![\w'-])|n't")
