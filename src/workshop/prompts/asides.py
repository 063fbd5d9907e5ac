"""What a prompt says in passing, asking the model nothing (issue 11, round 33): a saying
quoted, a compliment, a fact about a format. Text is folded (:func:`workshop.prompts.text.fold`).

- A saying is someone else's words, as reported speech is (:data:`structure._REPORTED`): a
  proverb, a motto or what someone "always says" ("Comme dit ma grand-mère, pas à pas on va
  loin", "As the saying goes, one step at a time", "« … », dit le proverbe", "Ma devise : étape
  par étape") asks for no reasoning, no format, no role. The saying runs from its marker to its
  sentence's end, or back from a trailing marker ("…, as they say") to the sentence's start; a
  request after it ("… : raisonne donc étape par étape", "…, so think step by step") and a saying
  that opens with one ("Comme dit mon prof, détaille chaque étape") are the student's own.
- A compliment idiom ("You're an angel", "Tu es une vraie perle", "You're my lifesaver") names no
  job: the noun after its qualifiers is a word of praise or endearment (:data:`PRAISE`).
- A format named or defined ("Fun fact: JSON is a lightweight data-interchange format", "Le
  Markdown est un langage de balisage", "CSV files are easy to open in Excel", "le format JSON
  vient du JavaScript") tells what the format is, not that the answer takes it: the format's name
  as the subject of a definition, a description or its history, to its sentence's end or the
  request after it ("JSON is easy to parse, so answer in JSON"). A format wanted ("JSON is the
  format I want", "Le format attendu est JSON", "JSON est obligatoire") is no such fact.
- A format's name used for something else (round 34: "Mets du JSON Derulo en fond sonore"): part
  of a proper name ("JSON Derulo", "Mister JSON", "mon chat Markdown") or a thing of the world
  (a shopping list, a kitchen table, a painting, a file on my desk) asks for no format; a format
  wanted with no verb ("JSON is required") or the answer named with it ("Sortie JSON") asks.
- An idiom made with a reasoning verb (session 36, round 36's « Réfléchis à deux fois avant de
  traverser la rue », me répète ma mère): "réfléchir à deux fois avant de …", "think twice before
  …" about anything but the answer (crossing the street, buying a phone) is a piece of life advice
  and asks for no reasoning; before answering, concluding, writing, it does ("Réfléchis à deux
  fois avant de répondre"). A saying's marker after it may put its pronoun and an adverb before
  the sayer ("…, me répète toujours ma mère", "…, my mom always tells me")."""

from __future__ import annotations

import functools
import re

from workshop.prompts.text import fold, text_cache

# -- sayings -------------------------------------------------------------------------------------
_SAYING_NOUN = (
    r"(?:proverbes?|dictons?|adages?|maximes?|devises?|mantras?|aphorismes?|proverbs?|sayings?|maxims?|"
    r"mottos?|mottoes|aphorisms?)"
)
_SAY_FR = (
    r"(?:dit|disait|dira|dirait|disent|disaient|repete|repetait|repetent|aime a dire|aime dire|aimait a dire|"
    r"aimait dire|avait l'habitude de dire|a l'habitude de dire|ecrivait|le dit|le disait|le dirait|l'a dit|"
    r"le repete|le repetait|l'ecrivait|le veut)"
)
_SAY_EN = (
    r"(?:(?:always|often|once|used to|likes to|liked to|would|loves to|loved to)\s++)?"
    r"(?:says|said|say|puts it|put it|goes|has it)"
)
# What a saying is not: a document the student points at ("comme dit l'énoncé", "as the
# instructions say, answer in JSON") or the student or the model ("as I said", "comme tu dis"), or the
# grader's report a resubmission quotes (round 107: « Mon dernier rapport disait « … » : cette fois, 60 mots
# au maximum »).
_NOT_SAYERS = re.compile(
    r"\b(?:i|we|you|je|j'|tu|vous|nous|it|this|that|enonce|consignes?|instructions?|exercices?|exercises?|"
    r"rapports?|reports?|correcteurs?|graders?|corrections?|feedbacks?|"
    r"taches?|tasks?|questions?|sujet|regles?|rules?|brief|statement|assignment|devoir|prompt|above|below|"
    r"ci-dessus|ci-dessous|mentioned|follows|shown|requested|required|asked|needed)\b"
)
_SAYING_LEAD = re.compile(
    # impersonal: "comme on dit", "as they say", "as the saying goes", "selon le proverbe"
    r"\bcomme\s++on\s++(?:le\s++)?(?:dit|disait|dirait)\b|\bcomme\s++(?:dit|disait|dirait)\s++l'autre\b|"
    r"\bas\s++(?:they|people|folks|one)\s++(?:always\s++|often\s++)?say\b|"
    rf"\bas\s++the\s++(?:old\s++|famous\s++|english\s++|french\s++)?(?:{_SAYING_NOUN}|expression)\s++"
    r"(?:goes|says|has it|puts it)\b|"
    rf"\b(?:selon|d'apres|suivant)\s++(?:le|un|l'|la|une)\s*+(?:vieux\s++|vieil\s++|celebre\s++)?"
    rf"(?:{_SAYING_NOUN}|expression)\b|"
    rf"\b(?:le|un|l'|the|an?|this|that|ce|cet)\s*+(?:(?:vieux|vieil|celebre|old|famous|ancient|ancien|"
    r"chinese|african|japanese|english|french|chinois|africain|japonais|anglais|latin|populaire|popular)\s++)*+"
    rf"{_SAYING_NOUN}(?:\s++(?:chinois|africain|japonais|anglais|latin|populaire|bien connu))?\s++"
    rf"(?:{_SAY_FR}|affirme|enseigne|tells us|teaches|{_SAY_EN})\b|"
    r"\bin\s++the\s++words\s++of\b|\bto\s++quote\b|\bpour\s++citer\b|"
    r"\bpour\s++reprendre\s++(?:les\s++mots|l'expression|la\s++formule)\b|"
    # a label: "Ma devise : …", "My grandma's motto: …", "Proverbe du jour : …"
    rf"(?:^|(?<=[\s(\"]))(?:(?:ma|mon|notre|sa|son|leur|la|le|une?|my|our|his|her|their|the|an?)\s++)?"
    rf"(?:[a-z'-]++\s++){{0,2}}?{_SAYING_NOUN}(?:\s++[a-z'-]++){{0,3}}?\s*+:|"
    # someone's words: "Comme dit ma grand-mère", "comme le disait Descartes"
    rf"\bcomme\s++(?:le\s++|l')?{_SAY_FR}\s++(?P<fr>(?:[a-z'-]++\s*+){{1,4}})|"
    # "as my grandma always says", "like my coach says", "Mon grand-père disait toujours :"
    rf"\b(?:as|like)\s++(?P<en>(?:[a-z'-]++\s++){{1,4}}?){_SAY_EN}\b|"
    rf"\b(?P<who>(?:mon|ma|mes|notre|nos|son|sa|ses|leur|my|our|his|her|their)\s++(?:[a-z'-]++\s++){{0,3}}?)"
    rf"(?:{_SAY_FR}|{_SAY_EN})(?:\s++(?:toujours|souvent|tout le temps|always|often))?\s*+:"
)
# A saying's marker after it: "…, comme disait mon grand-père", "…, dit le proverbe", "…, as
# they say", "…, as my grandma says", "…, says my coach".
_SAYING_AFTER = re.compile(
    r"[,(-]\s*+(?:"
    r"comme\s++on\s++(?:le\s++)?(?:dit|disait|dirait)|comme\s++(?:dit|disait|dirait)\s++l'autre|"
    rf"comme\s++(?:le\s++|l')?{_SAY_FR}\s++(?P<fr>(?:[a-z'-]++\s*+){{1,4}})|"
    rf"(?:me\s++|m'|nous\s++|te\s++|t')?(?:a\s++)?{_SAY_FR}(?:\s++(?:toujours|souvent|sans\s++cesse|tout\s++le\s++temps|"
    r"encore|chaque\s++jour))?"
    rf"\s++(?P<who>(?:le|la|les|l'|mon|ma|mes|notre|nos|un|une)\s*+(?:[a-z'-]++\s*+){{1,3}})|"
    r"(?P<tells>(?:my|our|his|her|their|the)\s++[a-z'-]++(?:\s++[a-z'-]++)?)\s++(?:always\s++|often\s++|keeps\s++)?"
    r"(?:tells|told|telling|says\s++to|said\s++to)\s++(?:me|us)|"
    r"as\s++(?:they|people|folks|one)\s++(?:always\s++|often\s++)?say|"
    rf"as\s++the\s++(?:old\s++)?(?:{_SAYING_NOUN}|expression)\s++(?:goes|says|has it)|"
    rf"(?:as|like)\s++(?P<en>(?:[a-z'-]++\s++){{1,4}}?){_SAY_EN}|"
    r"says\s++(?P<says>(?:my|our|the|his|her|their)\s++(?:[a-z'-]++\s*+){1,3})"
    r")(?=\s*+[)!.,;:]?\s*+$)"
)
_CONNECTIVE = (
    r"(?:donc|alors|so|then|puis|therefore|hence|thus|du coup|c'est pourquoi|that's why|which is why|"
    r"par consequent|et|and|mais|but|bref|ainsi|ensuite)"
)


@functools.lru_cache(maxsize=8)
def _stop(request: re.Pattern[str]) -> re.Pattern[str]:
    """Where a student's own request opens after a saying or a fact: after a punctuation mark or
    a connective ("…, so answer in JSON", "… : raisonne donc")."""
    return re.compile(
        rf"[,;:]\s*+(?=(?:{_CONNECTIVE}\s*+,?\s*+)?(?:{request.pattern}))|"
        rf"(?<=\s)(?={_CONNECTIVE}\s*+,?\s*+(?:{request.pattern}))"
    )


def _said_by_someone(found: re.Match[str]) -> bool:
    sayer = next(
        (found.group(g) for g in ("fr", "en", "who", "says", "tells") if found.groupdict().get(g)), None
    )
    return sayer is None or not _NOT_SAYERS.search(sayer)


# "réfléchis à deux fois avant de traverser", "think twice before you buy": life advice (session 36)
_THINK_TWICE = re.compile(
    r"\b(?:reflechi\w*|pense\w*|penser|think\w*|thought)\s++(?:(?:a|y)\s++)?(?:(?:deux|trois|sept|plusieurs|"
    r"two|three|seven|several|many)\s++(?:fois|times)|twice|thrice|bien)\s++(?:avant\s++(?:de\s++|d')|before\s++)"
    r"(?:(?:you|tu|te|t'|se|s'|me|m'|on|we|i|to)\s++|(?<=')|(?:you|we|i)\s++(?:can\s++)?)?(?P<act>[a-z]++)"
)
_TASK_ACT = re.compile(
    r"(?:repond|conclu|ecri|donn|rend|tranch|calcul|compt|propos|decid|solution|lanc|affirm|annonc|"
    r"answer|repl|respond|conclud|writ|giv|commit|decid|count|calculat|solv|submit|final|output|"
    r"say|speak|parl|dire|ecriv|choisi|choos|pick|settl|rush|jump|valid|prononc|pass|commenc|start|begin|"
    r"proced|go|continu|termin|finish|end|rempl|fill|classe|classif|label|etiquet|resum|summar|tradui|"
    r"translat|plan|reagi|react|reply|envoy|send|poster|post|publi|note|grad|juge|judg|trait|handl|tackl|"
    r"attaqu|abord|resoud|resolv|deduir|deduc|infer|devin|guess)"
)


def _idioms_blanked(sentence: str) -> str:
    for found in _THINK_TWICE.finditer(sentence):
        if _TASK_ACT.match(found["act"]):
            continue
        end = re.search(r"[.!?;:»\"]|,\s*+(?:puis|then|et|and|alors|so|donc)\b|$", sentence[found.end() :])
        stop = found.end() + (end.start() if end else 0)
        sentence = sentence[: found.start()] + " " * (stop - found.start()) + sentence[stop:]
    return sentence


@text_cache(maxsize=4096)
def sayings_blanked(sentence: str, request: re.Pattern[str]) -> str:
    """``sentence`` (folded, one sentence) with its sayings blanked; ``request`` matches the
    words that open a request of the student's own (a verb of reasoning or of format, "tu")."""
    sentence = _idioms_blanked(sentence)  # session 36
    after = _SAYING_AFTER.search(sentence)
    if after and _said_by_someone(after):
        start = max(sentence.rfind(":", 0, after.start()), sentence.rfind(";", 0, after.start())) + 1
        if not re.match(rf"\W*+(?:{request.pattern})", sentence[start : after.start()]):
            sentence = sentence[:start] + " " * (after.end() - start) + sentence[after.end() :]
    stop = _stop(request)
    for found in _SAYING_LEAD.finditer(sentence):
        if not _said_by_someone(found):
            continue
        end_at = stop.search(sentence, found.end())
        end = end_at.start() if end_at else len(sentence)
        sentence = sentence[: found.start()] + " " * (end - found.start()) + sentence[end:]
    return sentence


# -- compliments ---------------------------------------------------------------------------------
PRAISE = set(
    # French
    "ange anges amour amours perle perles tresor tresors bijou bijoux chou chouchou creme crack as merveille "
    "benediction cadeau sauveur sauveuse bonheur soleil rayon pepite pepites etoile etoiles "
    # English
    "angel angels darling sweetheart sweetie honey love dear doll peach gem gems jewel treasure saint "
    "lifesaver life-saver lifesavers godsend blessing gift marvel legend legends champ rockstar rock "
    "superstar diamond cutie sunshine delight wonder miracle whiz whizz ace natural keeper trooper egg brick "
    "pal buddy mate sport goat hero heroes".split()
)
# Words that only praise the noun after them ("une vraie perle", "an absolute angel", "a real
# lifesaver", "un petit ange").
_PRAISE_QUALIFIERS = set(
    "vrai vraie veritable sacre sacree petit petite pur pure parfait parfaite super grand grande adorable "
    "absolute absolutely real true total complete perfect little sweet total utter proper big great "
    "good bon bonne lovely wonderful such".split()
)


_JOB_NEXT = re.compile(r"(?:eur|euse|rice|iste|ien|er|or|ist|ian|ant)s?$")
# A field after the noun makes an expert of it, a role as "expert en" is (round 15b's fair "Tu es
# un as des énigmes logiques", "a wizard with numbers", "an ace at riddles"); "un ange de m'aider",
# "a saint for doing this" praise.
_FIELD_NEXT = re.compile(
    r"^\s*+(?:des|du|en|at|in|with|of)\s|^\s*+(?:de\s++(?:la\s++|l')?|d')(?!(?:m'|me|te|t'|nous|vous|avoir|etre)\b)"
    r"[a-z]{3,}+(?<!er)(?<!ir)(?<!re)\b"
)


def praised(named: str) -> bool:
    """Whether ``named`` (the words after an article or a possessive) is a word of praise, its
    qualifiers skipped: no job ("un ange", "a real lifesaver", "mon sauveur"); a job's noun right
    after it makes one ("an angel investor", "un ange gardien")."""
    head = re.split(r"[,.;:!?()\n]", named, maxsplit=1)[0]
    for found in re.finditer(r"[a-z][a-z'-]*+", head[:200]):
        word = found.group(0)
        if word not in _PRAISE_QUALIFIERS:
            after = re.match(r"(?<!\s)\s*+([a-z]*+)", head[found.end() :])
            return (
                word in PRAISE
                and not (after and len(after[1]) > 4 and _JOB_NEXT.search(after[1]))
                and not _FIELD_NEXT.match(head[found.end() :])
            )
    return False


# -- a format named or defined -------------------------------------------------------------------
_FORMAT_NAME = (
    r"(?:json|csv|tsv|markdown|yaml|yml|xml|html|latex|toml|bbcode|"
    r"listes?(?:\s++(?:a\s++puces|numerotees?))?|tableaux|tableau|(?:bulleted\s++|numbered\s++)?lists?|"
    r"tables?|bullet\s++points?|puces)"
)
_KIND = (
    r"(?:formats?|langages?|languages?|notations?|standards?|normes?|syntaxes?|types?\s++de\s++fichiers?|"
    r"file\s++types?|acronymes?|acronyms?|abreviations?|abbreviations?|sigles?|inventions?|technologies?|"
    r"conventions?|specifications?|markup|balisage|subsets?|sous-ensembles?|dialectes?|dialects?|encodages?|"
    r"encodings?|manieres?|facons?|ways?|moyens?|means|outils?|tools?|methodes?|methods?|ensembles?|sets?|"
    r"grilles?|grids?|arrangements?|lists?|listes?)"
)
_DESCRIBED = (
    r"(?:leger|legere|legers|lightweight|light|facile|faciles|easy|simple|simples|lisible|lisibles|readable|"
    r"human-readable|machine-readable|populaire|populaires|popular|repandu|repandue|repandus|widespread|"
    r"common|courant|courante|universel|universelle|universal|ubiquitous|omnipresent|omnipresente|ancien|"
    r"ancienne|old|older|vieux|vieille|recent|recente|ouvert|ouverte|open|textuel|textuelle|text-based|"
    r"compact|concis|concise|verbeux|verbose|flexible|puissant|powerful|cool|genial|great|nice|fun|"
    r"amusant|interesting|interessant|partout|everywhere|used|utilise|utilises|utilisee|invente|inventee|"
    r"invented|cree|creee|created|ne|nee|born|based|base|basee|derive|derivee|derived|issu|issue|supported|"
    r"supporte|named|nomme|appele|called|pronounced|prononce|designed|concu|developed|developpe|"
    r"introduced|introduit|popularised|popularized|popularise|standardised|standardized|normalise|"
    r"specified|defined|defini|adopted|adopte|released|published|publie|everywhere|older|plus ancien)"
)
_FACT_VERB = (
    r"(?:stands?\s++for|means|mean|signifie|signifient|veut\s++dire|veulent\s++dire|vient|viennent|comes?|"
    r"came|dates?|dated|remonte|remontent|derives?|descend|descends|se\s++prononce|appeared|est\s++apparue?|"
    r"existe|existent|exists?|existed|is\s++short\s++for|ressemblent?|looks?\s++like|resembles?|"
    r"was\s++born|est\s++nee?)"
)
_COPULA = r"(?:is|are|was|were|has\s++been|have\s++been|est|sont|etait|etaient|a\s++ete|ont\s++ete|c'est)"
_FORMAT_FACT = re.compile(
    r"(?:^|(?<=[:,(\"]))\s*+(?:(?:le|la|les|l'|un|une|the|a|an|ce|cet|cette|this|these)\s*+)?"
    r"(?:(?:format|formats|langage|language|fichiers?|files?)\s++)?"
    rf"(?P<name>{_FORMAT_NAME})(?:\s++(?:format|formats|files?|fichiers?|language|langage|data|donnees))?"
    r"(?:\s*+\([^()\n]{0,80}+\))?(?:\s*+,)?\s++"
    rf"(?:{_FACT_VERB}|{_COPULA}\s++(?:(?:aussi|also|tres|very|really|super|plutot|quite|fairly|pretty|assez|"
    rf"si|so|vraiment|deja|already|souvent|often|often|particulierement|particularly|extremely|"
    rf"extremement|incredibly|incroyablement)\s++)*+(?:{_DESCRIBED}|(?:un|une|des|a|an)\s++"
    rf"(?:[a-z'-]++\s++){{0,4}}?{_KIND})\b)"
)
# A format wanted is no fact: "JSON est obligatoire", "JSON is required", "le format attendu".
_WANTED = re.compile(
    r"\b(?:obligatoire|exige|exigee|impose|imposee|requis|requise|attendu|attendue|demande|demandee|souhaite|"
    r"souhaitee|prefere|preferee|mandatory|required|expected|requested|wanted|preferred|needed|a must|"
    r"requirement|exigence|obligation|i want|i need|i expect|i'd like|i would like|i prefer|je veux|"
    r"je voudrais|j'attends|j'aimerais|je souhaite|je prefere|pour ta reponse|for your answer)\b"
)


def format_facts_blanked(sentence: str, request: re.Pattern[str]) -> str:
    """``sentence`` (folded) with what it says of a format, as a definition, a description or its
    history, blanked up to its end or to a request of the student's own (``request``)."""
    found = _FORMAT_FACT.search(sentence)
    if not found:
        return sentence
    if found.group(0).lstrip().startswith("the ") and not re.search(
        r"\b(?:format|formats|files?|language)\b", found.group(0)
    ):
        return sentence  # "The JSON is a set of objects": the answer's, told by its definite article
    end_at = _stop(request).search(sentence, found.end())
    end = end_at.start() if end_at else len(sentence)
    if _WANTED.search(sentence, found.start(), end):
        return sentence
    return sentence[: found.start()] + " " * (end - found.start()) + _taken_up(sentence[end:], found["name"])


def _taken_up(request: str, name: str) -> str:
    """``request`` with the pronoun that takes a format up ("utilise-le", "use it") replaced by
    the format's ``name``."""
    back = _BACK_REFERENCE.match(request)
    if not back:
        return request
    return request[: back.start("it")] + " " + name + " " + request[back.end("it") :]


def format_facts_blanked_all(sentences: list[str], request: re.Pattern[str]) -> list[str]:
    """:func:`format_facts_blanked` on each of ``sentences`` (folded), a fact's format taken up by
    the next sentence's pronoun ("JSON est un format ; utilise-le pour ta réponse")."""
    out: list[str] = []
    name = ""
    for sentence in sentences:
        if name:
            sentence = _taken_up(sentence, name)
        blanked = format_facts_blanked(sentence, request)
        found = _FORMAT_FACT.search(sentence)
        to_end = found and blanked != sentence and not blanked[found.end() :].strip(" .;:!,")
        name = found["name"] if found and to_end else ""
        out.append(blanked)
    return out


# A request that takes the format up by a pronoun ("utilise-le", "use it", "adopte ce format").
_BACK_REFERENCE = re.compile(
    r"\W{0,8}+(?<!\w)(?:\w++\s++){0,3}?(?:utilise|utilisez|adopte|adoptez|emploie|employez|prends|prenez|suis|suivez|"
    r"respecte|respectez|use|adopt|follow|take|choose|choisis|choisissez|pick)"
    r"(?P<it>-(?:le|la|les)\b|\s++(?:it|them|this\s++one|that\s++one|ce\s++format|this\s++format|"
    r"that\s++format|celui-ci|celui-la)\b)"
)


# -- a format's name used for something else (round 34) ------------------------------------------
# A proper name that holds a format's name ("Mets du JSON Derulo en fond sonore", "Salue Mister
# JSON", "mon chat Markdown"): read on the prompt as written, the format's name with a capitalised
# word after it (not a word of the format's own: "JSON Schema", "JSON Lines"), a title before it,
# or a being's noun ("my dog Markdown").
_NAME_AFTER = re.compile(
    r"(?<![\w'’])(?P<before>[\w'’]++)?(?P<gap>[^\w\n]{0,4}+)"
    r"(?P<name>(?i:json|csv|tsv|markdown|yaml|xml|html|latex|toml))[^\S\n]++(?P<next>[A-ZÀ-Ý][a-zà-ÿ][\w'-]*+)"
)
_OWN_WORDS = set(
    "schema schemas lines line object objects array arrays only format formats file files output data mode "
    "patch pointer path syntax document response answer reply block code style flavored flavoured template "
    "example key keys field fields value values valid strict please merci uniquement seulement strictement "
    "sans with without avec pour for and et or ou not pas".split()
)
_TITLE_BEFORE = re.compile(
    r"\b(?i:mister|mr|mrs|ms|miss|dr|doctor|docteur|captain|capitaine|monsieur|madame|mademoiselle|mme|sir|"
    r"lady|lord|professor|professeur|king|queen|roi|reine|saint|st|dj|mc|lil|big)\.?[^\S\n]++"
    r"(?i:json|csv|tsv|markdown|yaml|xml|html|latex|toml)\b"
)
_BEING_BEFORE = re.compile(
    r"\b(?:chat|chatte|chien|chienne|lapin|poisson|hamster|perroquet|cheval|tortue|fils|fille|frere|soeur|"
    r"ami|amie|copain|copine|collegue|voisin|voisine|cat|dog|puppy|kitten|rabbit|fish|parrot|horse|turtle|"
    r"son|daughter|brother|sister|friend|colleague|neighbour|neighbor|groupe|band|chanteur|chanteuse|"
    r"singer|rappeur|rapper)\s++(?:json|csv|tsv|markdown|yaml|xml|html|latex|toml)\b"
)


def format_names_blanked(text: str, written: str) -> str:
    """``text`` (folded) with the proper names ``written`` makes of a format's name blanked."""
    names = [m.group(0) for m in _TITLE_BEFORE.finditer(written[:20_000])]
    for m in _NAME_AFTER.finditer(written[:20_000]):
        before = m.group("before") or ""
        titled = before[:1].isupper() and not re.search(r"[.!?\n]", m["gap"])
        if m.group("next").lower() in _OWN_WORDS or titled:
            continue  # "JSON Schema"; "Return Valid JSON Only", a title's capitals
        names.append(m.group("name") + " " + m.group("next"))
    for name in names:
        folded = re.sub(r"\s+", " ", fold(name))
        text = re.sub(re.escape(folded).replace(r"\ ", r"\s+"), lambda f: " " * len(f.group(0)), text)
    return _BEING_BEFORE.sub(lambda f: " " * len(f.group(0)), text)


# A thing of the world that bears a format's noun: a shopping list, a kitchen table, a painting
# ("un tableau de Monet"), a song; or the place a thing is put (on the fridge, on my desk, in the
# background). A clause that says so and names no answer asks for no shape of it.
_WORLDLY = re.compile(
    r"\b(?:en\s++fond(?:\s++sonore)?|en\s++musique|musique|music|chansons?|songs?|playlists?|"
    r"in\s++the\s++background|sur\s++(?:le|la|l'|mon|ma|ton|ta|notre|votre)\s*+(?:frigo|refrigerateur|"
    r"bureau|mur|etagere|lit|table\s++de\s++chevet)|au\s++mur|on\s++(?:the|my|your|our)\s++(?:fridge|desk|"
    r"wall|shelf|bed|nightstand)|de\s++(?:la\s++)?cuisine|kitchen|dining|de\s++chevet|basse|coffee|"
    r"de\s++courses|shopping|grocery|groceries|a\s++manger|de\s++monet|paintings?|peintures?)\b"
)
_ANSWER_NAMED = re.compile(
    r"\b(?:reponses?|answers?|responses?|outputs?|sortie|resultats?|results?|classification|verdicts?|"
    r"reponds|repondez|ecris|ecrivez|renvoie|renvoyez|formate|formatez|reply|answer|respond|return|write|"
    r"format|output)\b"
)


def worldly_formats_blanked(sentence: str) -> str:
    """``sentence`` (folded) with its clauses about a thing of the world blanked (see
    :data:`_WORLDLY`), unless the clause names the answer or a verb of answering."""
    parts = re.split(r"([,;:()])", sentence)
    return "".join(" " * len(p) if _WORLDLY.search(p) and not _ANSWER_NAMED.search(p) else p for p in parts)


# A format wanted ("JSON est obligatoire", "JSON is required", "A table is mandatory"), or the
# answer named with its format ("Sortie JSON : …", "the JSON output", "The JSON should have…").
_FORMAT_WANTED = re.compile(
    r"(?:^|(?<=[:;,(]))\s*+(?:(?:le|la|les|l'|un|une|the|a|an)\s*+)?(?:format\s++)?"
    rf"(?:{_FORMAT_NAME})(?:\s++(?:format|output|sortie))?\s++(?:is|are|will\s++be|est|sont|sera|seront)\s++"
    r"(?:(?:strictly|absolument|strictement|vraiment|really|absolutely|toujours|always)\s++)?"
    r"(?:obligatoire|exige|exigee|impose|imposee|requis|requise|attendu|attendue|mandatory|required|expected|"
    r"compulsory|a\s++must|de\s++rigueur|indispensable|essential|essentiel|necessaire|necessary)\b"
    r"|\b(?:sortie|output)\s++(?:en\s++)?(?:json|csv|markdown|yaml|xml|html)\b"
    r"|\b(?:json|csv|markdown|yaml|xml)\s++(?:output|response|answer)\b"
    r"|(?:^|(?<=[:;(]))\W{0,4}+(?:the|le|ton|your|this|ce)\s++(?:json|csv|yaml|xml)\s++(?:should|must|will|shall|"
    r"doit|devra|has\s++to|needs\s++to|contient|contains|comporte|aura)\b"
)


def format_wanted(sentence: str) -> bool:
    """Whether ``sentence`` (folded) wants a format for the answer (see :data:`_FORMAT_WANTED`)."""
    return bool(_FORMAT_WANTED.search(sentence))
