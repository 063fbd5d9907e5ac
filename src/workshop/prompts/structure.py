"""Checks on the shape of a text rather than on one word: what a prompt does (gives a role
or a context, asks for reasoning, fixes a format, shows an example, sets a length), whether
an answer is prose (not a keyword list or filler), which language its clauses are in, and
the durations of a plan. All work on folded text (:func:`workshop.prompts.text.fold`).

A prompt does a thing when one of its clauses ASKS for it: the same words in a clause that
refuses it ("ne raisonne pas étape par étape", "don't explain each step", "sans JSON")
do nothing. A role is a role noun ("tu es formateur", "you are a translator"), not any
word after "vous êtes" ("vous êtes sur le point de..."); a context says something
("Contexte : none needed" does not); an example is a worked case (a quoted input and its
label), not the word "exemple"."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from fractions import Fraction

from workshop.prompts import addressed, asides, framed, repeated, spelling
from workshop.prompts.cells import keyed_labels
from workshop.prompts.filler import filler
from workshop.prompts.text import (
    COMPARISON,
    COMPARISON_SIGN,
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    copied_cache,
    fold,
    past_blanks,
    plain_words,
    sentences,
    text_cache,
)
from workshop.prompts.ticks import CROSSES, EMPTY_BOX, EMPTY_BOX_MARK, TICKED_BOX, TICKS

# -- what a prompt does -------------------------------------------------------------------
_NEGATION = re.compile(
    # "pas à pas" is a way of going, step by step, no negation (round 11)
    r"\b(?:pas(?![\s-]a[\s-]pas\b)(?<!\bpas[\s-]a[\s-]pas)|"
    r"jamais|not|never|no|don't|doesn't|doesnt|do not|does not|sans|without|aucune?|"
    r"nothing|rien|inutile|avoid|avoiding|evite|evitez|eviter|ni|neither|nor|none|stop|arrete|refuse|interdit|forbidden|"
    r"n'importe|pas besoin|no need|needn't|surtout pas|can't|cannot|won't|zero)\b"
    # a quantity of none negates what it counts (round 6: "Raisonne en zéro étape", "in 0 steps")
    r"|(?<![\d.,])0(?=\s++[a-z])"
)
_CLAUSE_SPLIT = re.compile(r"[,;:()]|\bmais\b|\bbut\b|\bet\b(?=\s+(?:ne|n'|don't|do not|sans|without))")
# The role's lead in Spanish, German, Italian, Portuguese (its noun is read without the French and
# English person check, :func:`_someone`).
_FOREIGN_LEADS = r"(?:eres|seras|usted es|du bist|sie sind|sei|tu sei|voce e|actua como)"
_ROLE_LEAD = re.compile(
    # round 79: "^" as well, so that a lead read at a line's head ("^\W*") follows a bullet ("- Rôle : …")
    r"(?:\b|^)(?:tu est\b|tu es|t'es|tu seras|vous etes|vous serez|you are|you're|you will be|agis comme|"
    r"agissez comme|"
    # the same lead in Spanish, German, Italian, Portuguese (round 19b: "Eres un profesor de
    # lógica", "Du bist Wissenschaftsjournalist")
    rf"{_FOREIGN_LEADS}\b|"
    # round 39 (r39f-sentiment-en-typos, r39f-plan-en-messy): the lead as beginners type it,
    # "your"/"ur" for "you're" only before an article ("your a review analyst": "your role"
    # or "your job" is the possessive), "u r", "youre", "tu est", "t es", "tes" before an article
    r"(?:your|ur|yr)(?=\s++(?:a|an|the)\s++(?!priori\b|posteriori\b|fortiori\b|lot\b|bit\b)[a-z])|"
    r"(?:u r|u are|you r|youre|ure|t es|t'est)\b|tes(?=\s++(?:un|une|le|la|l')\b)|"
    # round 30: the model asked to pretend it is one ("Fais comme si tu étais mon prof
    # particulier", "Can you act as if you were my tutor?")
    r"(?:agis|agissez|act)\s++(?:comme si|as if|as though)\s++(?:tu etais|t'etais|vous etiez|you were)|"
    r"comme si (?:tu etais|t'etais|vous etiez)|as (?:if|though) you were|"
    r"act as|"
    r"joue le role d[eu']|jouez le role d[eu']|incarne|imagine que tu es|imaginez que vous etes|"
    r"play the role of|take the role of|pretend to be|en tant qu[e']|as an?|as the|"
    # session 35 (round 34's fair r34f-summary-en-role-question-limits): "play the part of"
    r"play the part of|take the part of|tiens le role d[eu']|tenir le role d[eu']|"
    # round 25b: the model's part named by what it acts as ("Acting as my maths tutor:",
    # "agissant comme") or by its capacity ("En votre qualité d'enseignante", "in your capacity
    # as a teacher"); another's capacity ("en sa qualité de") is no role of the model's
    r"acting as|acting like|agissant comme|en agissant comme|"
    r"en (?:ta|votre) qualite d[e']|in your capacity as(?: an?| the)?|dans (?:ton|votre) role d[e']|"
    # round 11: the role's part or place, whatever the verb ("Mets-toi dans la peau d'un
    # professeur", "Pourrais-tu jouer le rôle d'un analyste", "put yourself in the shoes of a
    # teacher"), the model pictured as one ("Imagine-toi rédacteur", "become a tutor")
    r"(?:le|la|the)\s++(?:role|peau|place|shoes|costume)\s++(?:d[eu']|of)|"
    r"imagine[\s-]toi|imaginez[\s-]vous|imagine yourself(?: as)?|imagine you(?: are|'re)|figure[\s-]toi|"
    r"deviens|devenez|become|"
    # round 72 (fix72): the role supposed in the subjunctive (« Supposons que tu sois professeur »,
    # « Admettons que vous soyez traducteur »); the indicative's « tu es » is the lead already
    r"(?:suppose|supposons|supposez|admettons|admets|admettez|imagine|imaginons|imaginez|mettons|disons)"
    r"\s++que\s++(?:tu sois|vous soyez)|"
    # round 75 (fix75): the model named in the third person at the sentence's head ("The assistant is a
    # patient maths teacher", "The assistant below is", "This AI is", « L'assistant est un », « L'IA est
    # une », "You, the assistant, are a"): the assistant's own part; "my sister is", « mon prof est »
    # name another's, and a mid-sentence "whether the assistant is a good tutor" is a question, not a role
    r"^\W*+(?:(?:the|this|our|your)\s++(?:assistant|ai|model|chatbot|bot|llm)"
    r"(?:\s++(?:below|here|answering|replying))?\s++(?:is|will be)|"
    r"(?:l'|cet\s++|cette\s++)(?:assistant|assistante|ia|intelligence artificielle)"
    r"(?:\s++(?:ci-dessous|ici))?\s++(?:est|sera)|"
    r"(?:ce|le)\s++(?:modele|chatbot|bot|robot)(?:\s++(?:ci-dessous|ici))?\s++(?:est|sera)|"
    r"you,\s*+(?:the|my)\s++(?:assistant|ai|model|chatbot|bot),\s*+(?:are|will be))(?=\s)|"
    # round 75 (fix75): the part named by an actor's verb at the sentence's head ("Channel a
    # translator", "Embody a patient tutor", "Play a science-museum guide"); the noun after it must be a
    # person's as after any lead, so "Play a game", "Channel the output" name none
    r"^\W*+(?:please\s++)?(?:channel|embody|play|impersonate)(?=\s++(?:a|an|the)\s)|"
    # a label that names the model's job ("Ton métier : professeur", "Your job: subtitler"):
    # only a role noun after it is one (`_LABEL_LEAD`)
    r"(?:(?:ton|ta|votre|your)\s++|^\W*)(?:role|metier|job|poste|fonction|profession|persona)\s*+:)\s*"
)
_LABEL_LEAD = re.compile(r":\s*$")
# Round 75 (fix75): an actor's verb as the lead ("Channel a translator"); its noun phrase ends at its first
# preposition, so the person a thing is by or for ("Play a song by a singer") is not the part played.
# the actor lead alone, not "play the part of"
_ACTOR_LEAD = re.compile(r"\b(?:channel|embody|play|impersonate)\s*+$")
_ACTOR_PHRASE_END = re.compile(
    r"(?<=\s)(?:by|from|of|with|for|about|to|in|on|at|de|du|des|par|pour|avec|sur|dans)\b(?!-)"
)
# After a label, a French infinitive or an English verb with its object is the task, no job
# ("Ton job : classer ces avis", "Your job: answer the question").
_TASK_NEXT = re.compile(
    r"(?<!\s)\s++(?:le|la|les|l'|ce|ces|cet|cette|un|une|des|du|the|a|an|this|these|each|chaque)\b"
)
# Round 31: someone else's possessive too ("can you act as his teacher", "Tu es leur professeur",
# "Sois son prof"): the model's role for another's sake, a job only with a trade's noun after it
# (`_POSSESSIVE`, `_possessed_role`: "Tu es sa sœur", "their best chance" name none).
_ARTICLE = re.compile(
    r"^(?:(?:un|une|le|la|l'|a|an|the|mon|ma|my|notre|our|ton|ta|your|son|sa|leur|his|her|their)\s+)"
)
_OF_NEXT = re.compile(r"(?<!\s)\s*+of\b")
_NOT_A_ROLE = {"peu", "bit", "little", "lot", "moment", "instant", "fois", "time", "sorte", "kind", "point"}
# "As a matter of fact", "as a reminder", "as a starter" (session 35, round 35's
# r35g-summary-en-role-as-a-matter-of-fact): an idiom after "as a", no part to play
_NOT_A_ROLE |= {
    "matter", "result", "rule", "whole", "consequence", "reminder", "bonus", "favour", "favor", "joke",
    "aside", "precaution", "courtesy", "treat", "token", "gesture", "habit", "norm", "followup",
    "starter", "teaser", "refresher", "opener", "closer", "filler", "spoiler", "footnote", "wrapper",
}  # fmt: skip
# session 46 (fix-helper fair46): "ista", the Spanish, Italian and Portuguese trades' ending ("Eres periodista
# científico", "Sei giornalista"), as "iste" and "ist" are
_ROLE_SUFFIX = re.compile(
    r"(?:eur|euse|rice|iste|ista|ien|ienne|ant|ante|ent|ente|er|or|ist|ian|ier|iere|aire|ogue|logue|ician|"
    r"ary|ive|ef|ach|ide|uge|ert|yste|yst)s?$"
)
# Session 43: English persons in -ee, named (the suffix is dropped above: folded French nouns end so too,
# « une fumée », « une idée », « une journée »)
# A superlative is no role by itself ("Tu es le meilleur", "you are the best"); the noun after
# it may be one ("le meilleur traducteur").
_SUPERLATIVE = set("meilleur meilleure meilleurs meilleures pire best greatest worst plus most".split())
# "Tu travailles pour le service client d'une boutique", "you work for an online shop": where
# the model works is a context.
_WORKS_AT = re.compile(
    r"^\W*(?:tu travailles|vous travaillez|you work|tu bosses)\s++(?:pour|chez|dans|au|a|for|at|in|with)\b"
)
_ROLE_NOUNS = set(
    "prof expert experte coach guide juge judge assistant assistante chef ia ai llm chatbot bot robot modele "
    "model tuteur tutor mentor linguiste redacteur ecrivain author auteur scientifique scientist pedagogue "
    "specialiste specialist native natif eleve student "
    # round 23b: trades whose noun has no job suffix ("Tu es le médecin de l'équipe")
    "medecin pilote maitre maitresse avocat avocate architecte interprete photographe arbitre capitaine "
    "jury poete philosophe critique pilot lawyer nurse clerk "
    # round 25b: the feminine in -eure ("En ta qualité de professeure de logique")
    "professeure professeures auteure docteure ingenieure chercheure "
    # session 42: the feminine of « chef » (« Tu es cheffe de rayon »)
    "cheffe cheffes "
    # session 45 (fair45): the feminine in -ère of a trade in -er (« Tu es conseillère pédagogique »;
    # the ones in -ière end like a trade's already, an adjective in -ère is no person: « sincère »)
    "conseillere conseilleres boulangere boulangeres bouchere boucheres bergere bergeres horlogere "
    "horlogeres lingere lingeres messagere messageres maraichere maraicheres archere archeres "
    # session 43: English persons in -ee (:data:`_ROLE_SUFFIX` reads no "-ee")
    "employee employees trainee trainees referee referees mentee mentees attendee attendees nominee "
    "interviewee interviewees licensee retiree refugee devotee payee grantee appointee draftee".split()
)
# Someone's relative or acquaintance (round 8): "le frère d'une traductrice", "the nephew of a
# teacher" gives the model no role, the role noun belongs to the complement.
_KIN = set(
    "frere freres soeur soeurs fils fille filles pere mere parent parents cousin cousine oncle tante neveu "
    "niece petit-fils petite-fille epoux epouse mari femme ami amie amis copain copine voisin voisine "
    "collegue brother sister son daughter father mother cousin uncle aunt nephew grandson granddaughter "
    "husband wife friend neighbour neighbor colleague spouse child enfant".split()
)
_ONLY = {"seul", "seule", "unique", "only", "sole", "lone"}
_ONLY_KIN_NEXT = re.compile(r"(?<!\s)\s++(?:soeur|sister|frere|brother)s?\b")
_VALUE_NEXT = re.compile(r"(?<!\s)\s*+-?\d")  # "le nombre 35": a value after the noun
_KIN_OF = re.compile(r"(?<!\s)\s*+(?:unique\s++)?(?:de\b|d'|du\b|des\b|of\b)")  # "sœur unique de" (round 17b)
_NOT_ROLE_WORDS = set(
    "sur en libre pret prete ready about going here la now able free allowed welcome capable oblige obligee "
    "not pas invite prie charge cense supposed tenu done finished sure".split()
)
# Session 43: English words that end like a trade's noun and are none: prepositions, adverbs, adjectives and
# comparatives ("You are head over heels", "You are over the moon", "You are under pressure", "You are
# clever", "You are better than this", "You are responsible for the whole answer"): a role only by a
# trade's noun after them ("You are a better teacher").
_NOT_NOUNS = frozenset(
    "over under after ever never forever however together rather whether either neither other another "
    "further later sooner former latter inner outer upper lower higher longer shorter older younger bigger "
    "smaller better smarter faster slower stronger weaker wiser greater larger harder easier happier "
    "kinder nicer cooler bolder braver calmer clearer cleverer clever eager proper bitter sober tender "
    "prior inferior superior interior exterior per for".split()
)
# Session 43: idioms that say how someone is, not a part to play, right after the role's lead (its article and
# praise aside): "You are head over heels", "a late bloomer", "the main character", "a people pleaser",
# « Tu es aux anges », « dans la lune », « le personnage principal ». A trade's noun after the idiom's head
# ("a game changer consultant") is still read by the checks after this one only if the idiom is not matched.
_IDIOMS = (
    "head over heels", "over the moon", "under the weather", "on cloud nine", "in the zone", "on fire",
    "on top of the world", "out of this world", "in the loop", "on the ball", "on the same page",
    "main character", "main protagonist", "life of the party", "talk of the town", "apple of my eye",
    "centre of attention", "center of attention", "black sheep", "dark horse", "night owl", "early bird",
    "couch potato", "late bloomer", "fast learner", "quick learner", "slow learner", "go-getter", "go getter",
    "people pleaser", "crowd pleaser", "party pooper", "game changer", "game-changer", "page-turner",
    "page turner", "number cruncher", "morning person", "night person", "people person", "cat person",
    "dog person", "team player", "wallflower", "high flyer", "high-flyer", "high achiever", "overachiever",
    "underachiever", "trendsetter", "trend-setter", "free spirit", "free thinker", "dreamer", "believer",
    "worrier", "overthinker", "go-to person", "jack of all trades", "rolling stone", "social butterfly",
    "busy bee", "know-it-all", "know it all", "smart cookie", "tough cookie", "good egg", "lost cause",
    "ray of sunshine", "breath of fresh air", "force of nature", "piece of work", "work in progress",
    "aux anges", "dans la lune", "sur un petit nuage", "sur son petit nuage", "dans les nuages",
    "personnage principal", "heros de l'histoire", "cerise sur le gateau", "sel de la terre",
    "bout du rouleau", "tete en l'air", "lève-tot", "leve-tot", "couche-tard", "oiseau de nuit",
    "mouton noir", "boute-en-train", "touche-a-tout", "rabat-joie", "bonne pate", "bout-en-train",
)
_IDIOM = re.compile(
    r"^\W*+(?:(?:un|une|le|la|l'|les|a|an|the|my|mon|ma)\s++)?(?:(?:real|true|total|complete|absolute|such|"
    r"bit\s++of\s++a|vrai|vraie|veritable|grand|grande|petit|petite|sacre|sacree)\s++)?(?:"
    + "|".join(re.escape(i).replace(r"\ ", r"\s++") for i in sorted(_IDIOMS, key=len, reverse=True))
    + r")(?![a-z'-])"
)


def _idiom(rest: str) -> bool:
    return bool(_IDIOM.match(rest))
# "chargé de" and a noun is a job ("chargé de la relation client", "chargée de communication");
# "chargé de" and a verb is a task ("chargé de résumer", "chargé de le faire").
_IN_CHARGE_OF = re.compile(
    r"(?<!\s)\s++(?:de|d')\s*+(?:(?:la|le|l'|les|des|du)\s*+)?(?!(?:le|la|les|l'|lui|leur|me|te|se|nous|vous)\b)"
    r"[a-z]+(?<!er)(?<!ir)(?<!re)(?<!oir)\b"
)
# Round 48: "responsable" heads a job by what it is in charge of (« responsable de la relation
# client », « des ventes », « du service client ») or by a field after it (« responsable qualité »,
# « responsable marketing »); « responsable de tout », « de tes actes », « d'une erreur », « de
# classer ces avis » are a responsibility or a task, no job.
_HEAD_OF = re.compile(
    r"(?<!\s)\s++(?:(?:de|d'|du|des)\s*+(?:(?:la|le|l'|les)\s*+)?"
    r"(?!(?:le|la|les|l'|lui|leur|me|te|se|nous|vous|tout|toute|tous|toutes|rien|ca|cela|ceci|mes|tes|ses|nos|vos|"
    r"leurs|ton|ta|ma|sa|mon|son|votre|notre|ce|cet|cette|ces|un|une|l'un|l'une)\b)"
    r"[a-z]+(?<!er)(?<!ir)(?<!re)(?<!oir)\b"
    r"|(?:qualite|marketing|communication|produits?|projets?|rh|commercial|commerciale|technique|informatique|"
    r"clientele|logistique|achats|formation|pedagogique|editorial|editoriale|support|innovation|juridique|"
    r"data|securite|contenus?|service\s++client|experience\s++client|relation\s++client)\b)"
)


def _head_of(after_noun: str) -> bool:
    # session 42: or an organisation's field or unit right after it (« responsable SAV », « responsable
    # équipe support », « responsable CX »)
    return bool(_HEAD_OF.match(after_noun)) or _department(_title_words(after_noun)[:3])


# Session 42 (fix-helper fair42b): a job named by what it heads in an organisation: a title's head
# noun and the department it heads ("the head of customer support", "our head of sales", « cheffe du
# département de mathématiques », "the VP of customer experience"), the department first ("the
# support team manager", "our customer-care lead", "the CX lead", "the department head"), the
# place at the head of one ("in charge of customer support", « à la tête du service client », « en
# charge du SAV »), a title's acronym (« la DRH d'une PME », « le DSI », "the CTO"), or "lead" before
# a trade ("lead dev"). The department must be one: a field of an organisation's work or one of its
# units, so "a head of lettuce", "the head of the queue", "the head of the class", « à la tête de la
# course », "in charge of the answer", "the lead" alone name no job.
_FIELDS = frozenset(
    "customer customers client clients clientele support service services care sales marketing "
    "communication communications comms hr human resources people talent it data product products "
    "engineering finance finances operations ops quality research content contents design training "
    "learning education editorial logistics procurement purchasing legal security innovation strategy "
    "growth analytics insights experience success relations relationship community partnerships "
    "development tech technology accounting compliance feedback helpdesk help after-sales aftersales "
    "cx ux qa crm seo si sav rh ventes achats qualite informatique donnees produit projet projets "
    "commercial commerciale formation pedagogique juridique securite contenu relation apres-vente "
    "comptabilite exploitation recherche maths math mathematics mathematiques science sciences "
    "physics physique english anglais french francais languages langues history histoire".split()
)
_UNITS = frozenset(
    "team teams department departments dept service desk unit division office staff branch school "
    "company firm agency store shop equipe equipes pole departement cellule direction bureau agence "
    "ecole lycee college entreprise societe boutique magasin".split()
)
_TITLE_HEADS = frozenset(
    "head lead chief director manager supervisor coordinator leader vp president officer responsable "
    "chef cheffe directeur directrice coordinateur coordinatrice superviseur superviseuse manageur "
    "manageuse".split()
)
_TITLE_ACRONYMS = frozenset(
    "drh dsi daf dg pdg rssi dpo ceo cto cfo coo cmo cio ciso cdo cpo cro vp svp evp".split()
)
_TITLE_SKIP = frozenset(
    "the our your my a an le la les l un une notre votre ton ta mon ma son sa leur new current acting "
    "interim deputy senior junior nouveau nouvelle actuel actuelle adjoint adjointe".split()
)
_OF_WORDS = frozenset("of for de du des d".split())
_DEPARTMENT_END = frozenset(
    "of at for in on with from who that de d du des a au aux chez pour dans sur avec qui que en".split()
)
_AT_THE_HEAD = (("in", "charge", "of"), ("at", "the", "head", "of"), ("en", "charge"), ("a", "la", "tete"),
                ("a", "la", "direction"), ("in", "charge"))
_DEPARTMENT_ACRONYMS = frozenset("sav rh hr cx ux qa crm it si".split())
# Fields that are also things a task hands over: "in charge of the data below", « en charge du contenu
# de ta réponse », "You manage the sales data" name no department (session 42's review); a unit after
# them does ("the data team").
_THINGS = frozenset("data donnees content contents contenu contenus feedback".split())
_POSSESSIVES = frozenset("your yours my ta ton tes votre vos mon ma mes this that cette ce ces".split())
# "As head of customer support, …": a title after a bare "as" (with an article, :data:`_ROLE_LEAD`'s)
_AS_TITLE = re.compile(
    r"^\W*+as\s++(?=(?:head|lead|chief|director|manager|supervisor|coordinator|leader|vp|"
    r"ceo|cto|cfo|coo|cmo|cio|ciso|cdo|cpo|cro)\b)"
)
_LEADS_VERB = re.compile(
    r"^\W*+(?:tu|vous|you)\s++(?:lead|run|manage|head|oversee|supervise|coordinate|direct|diriges|dirigez|geres|"
    r"gerez|pilotes|pilotez|encadres|encadrez|supervises|supervisez|coordonnes|coordonnez|chapeautes|chapeautez)\b"
)


def _title_words(text: str) -> list[str]:
    clause = re.split(r"[,.;:!?()\n/]", text[:200], maxsplit=1)[0]
    return re.findall(r"[a-z][a-z0-9-]*+", clause.replace("'", " "))[:12]


def _department_words(words: list[str]) -> tuple[list[str], list[str]]:
    """A department's first words (at most three, its articles aside, before a preposition) and the
    words after them."""
    while words and words[0] in _TITLE_SKIP | _OF_WORDS:
        words = words[1:]
    content: list[str] = []
    for word in words[:3]:
        if word in _DEPARTMENT_END:
            break
        content.append(word)
    return content, words[len(content) :]


def _department(words: list[str]) -> bool:
    """Whether the words (after "of", "de") name a department: its first words (:func:`_department_words`)
    hold a unit of an organisation or start with a field of its work."""
    content, _ = _department_words(words)
    return bool(content) and (
        any(w in _UNITS for w in content) or all(p in _FIELDS for p in content[0].split("-") if p)
    )


def _a_thing(words: list[str]) -> bool:
    """Whether the department's words (:func:`_department_words`) hold a thing handed over
    (:data:`_THINGS`) or are followed by a possessive ("of your answer"), with no unit among them."""
    content, rest = _department_words(words)
    after = rest[:2]
    # "the quality of your answer", « le contenu de ta réponse »: a property of the model's own work
    owned = len(after) == 2 and after[0] in _OF_WORDS and after[1] in _POSSESSIVES
    return bool(content) and not any(w in _UNITS for w in content) and (
        owned or any(w in _THINGS for w in content)
    )


def _heads_a_department(rest: str) -> bool:
    """Whether the words after a role's lead name a job by what it heads (see above)."""
    words = _title_words(rest)
    for lead in _AT_THE_HEAD:
        if tuple(words[: len(lead)]) == lead:
            return _department(words[len(lead) :]) and not _a_thing(words[len(lead) :])
    while words and words[0] in _TITLE_SKIP:
        words = words[1:]
    if not words:
        return False
    if words[0] in _TITLE_ACRONYMS:
        return True
    if words[0] in _TITLE_HEADS and len(words) > 1:
        if words[1] in _OF_WORDS:
            return _department(words[2:])
        trade = words[1] in ("dev", "devs") or _job_head(words[1]) or words[1] in _ROLE_NOUNS
        if words[0] == "lead" and trade:
            return True  # "lead dev", "lead analyst"
        if words[0] not in ("head", "lead") and _department(words[1:2]):
            return True  # « responsable SAV », « manager support »
    for i in range(1, min(len(words), 4)):
        if words[i] in _TITLE_HEADS:
            before = words[:i]
            return all(all(p in _FIELDS or p in _UNITS for p in w.split("-") if p) for w in before)
    return False


# Fix-helper r55fix (round 55's r55g-riddle-en-bingo-card-daubed, "You are a maths club leader."): a
# person named by the group or the activity they lead, host or belong to: a group's noun then its
# title ("chess club leader", "debate team captain", "quiz night host"), or the title then "of"/« de » and
# the group within four words ("the leader of the chess club", « membre du club d'astronomie »). A title
# alone ("the leader") or a rank ("the club champion") stays no role.
_GROUPS = frozenset(
    "club clubs team teams society troop squad group association workshop league circle night quiz show "
    "tournament camp choir band orchestra scouts scout guides cubs brownies equipe troupe groupe atelier "
    "ligue cercle soiree tournoi colonie chorale orchestre section".split()
)
_GROUP_HEADS = frozenset(
    "leader leaders captain host organiser organizer president chair chairperson chairman chairwoman "
    "secretary "
    "treasurer founder member coordinator head chief manager coach volunteer referee animateur animatrice "
    "organisateur organisatrice presidente secretaire tresorier tresoriere fondateur fondatrice membre "
    "capitaine responsable benevole arbitre meneur meneuse".split()
)


def _heads_a_group(rest: str) -> bool:
    """Whether the words after a role's lead name a person by a group they lead or belong to (see above)."""
    words = _title_words(rest)
    while words and words[0] in _TITLE_SKIP:
        words = words[1:]
    for i in range(1, min(len(words), 4)):
        if words[i] in _GROUP_HEADS:
            return words[i - 1].rsplit("-", 1)[-1] in _GROUPS  # "quiz-night host"
    if len(words) > 2 and words[0] in _GROUP_HEADS and words[1] in _OF_WORDS:
        return any(w.rsplit("-", 1)[-1] in _GROUPS for w in words[2:6])
    return False


def _leads_a_department(sentence: str) -> bool:
    """Session 42: the model leads a department ("You run customer support for an online shop",
    « Tu diriges le SAV d'une boutique »)."""
    titled = _AS_TITLE.match(sentence)  # "As head of customer support, classify…"
    if titled and _heads_a_department(sentence[titled.end() :]):
        return True
    found = _LEADS_VERB.match(sentence)
    if not found:
        return False
    words = [w for w in _title_words(sentence[found.end() :]) if w not in _TITLE_SKIP][:3]
    # one field's word alone is a thing managed, no department ("You manage the data")
    return _department(words) and not _a_thing(words) and (
        (len(words) > 1 and words[1] in _FIELDS | _UNITS)
        or words[0] in _UNITS
        or words[0] in _DEPARTMENT_ACRONYMS
    )


# Round 75 (fix75): a rubric heading left as a placeholder ("Output format: TBD", "Role: TODO",
# « Exemple : à compléter », "Length: ?", "Format : [à définir]") asks for nothing: the line is blanked
# for every aspect. Only a heading that names a rubric point (role, format, example, reasoning, length,
# constraints, style, tone, audience, context), then only a placeholder to its line's end; an output
# template line ("Answer: ...", « Réponse : ? ») is no heading and stays read. Limits: a placeholder
# in running text ("the format is still TBD") is read as it stands.
_RUBRIC_HEADING = (
    r"(?:(?:output|response|answer|expected|desired|reply)\s++)?(?:roles?|persona|format|formats|"
    r"exemples?|examples?|raisonnement|reasoning|methode|method|steps|etapes|limites?|limits?|length|"
    r"longueur|taille|size|contraintes?|constraints?|style|ton|tone|audience|public|contexte|context)"
    r"(?:\s++(?:de sortie|attendue?|de la reponse|souhaitee?|section|field|champ))?"
)
_PLACEHOLDER_VALUE = (
    r"(?:tbd|tbc|todo|to do|to be (?:defined|determined|decided|confirmed)|fixme|n/a|na|xx++|\?++|"
    r"\.{2,}+|…|_{2,}+|-{1,3}|a completer|a remplir|a definir|a preciser|a voir|a faire|en attente|pending|"
    r"placeholder|later|plus tard|vide|empty|blank|neant)"
)
_PLACEHOLDER_HEADING = re.compile(
    rf"(?m)^[^\w\n]*+{_RUBRIC_HEADING}[ \t]*+:[ \t]*+(?:\[[ \t]*+{_PLACEHOLDER_VALUE}[ \t]*+\]|"
    rf"<[ \t]*+{_PLACEHOLDER_VALUE}[ \t]*+>|\({_PLACEHOLDER_VALUE}\)|\"{_PLACEHOLDER_VALUE}\"|"
    rf"{_PLACEHOLDER_VALUE})"
    r"[ \t.!]*+$"
)
# Words a role noun never is: after "tu es la", "la" was "là" ("tu es là pour m'aider").
_PREPOSITIONS = set(
    "pour afin avec dans chez sur sous par vers entre depuis pendant ici for to with in on at by from of "
    "into about here there".split()
)
_COLUMN_NAME = (
    r"\s*+(?:(?:la|le|les|l'|the)\s*+)?(?:[a-z-]+\s++){0,2}(?:rubrique|chronique|page|column|section|corner|coin|"
    r"billet|segment)\b[^\"'\n]{0,40}"
)
# "Tu analyses des avis clients", "you analyse customer reviews": the model's pronoun, a
# verb that is neither a copula nor a modal, then a kind of thing in the plural.
_ACTIVITY = re.compile(
    r"^\W*(?:tu|vous|you)\s+(?!(?:es|etes|are|ne|n|dois|devez|peux|pouvez|vas|allez|seras|serez|as|avez|"
    r"must|should|can|could|will|would|may|might|need|have|has|do|don|did|shall)\b)(?P<verb>[a-z]{3,}(?:-[a-z]{2,})?)\s+"
    r"(?:(?:(?:les|des|the|some|de|d')\s*)?(?:[a-z]+\s+)?[a-z]{3,}[sx]\b|"
    # one group or activity the model leads (round 16b: "Tu animes un club de jeux de logique au collège")
    # and the one named by its article (session 33: "Tu animes l'atelier « Étape par étape »")
    r"(?P<group>(?:un|une|a|an|l'|le|la|the)\s*+(?:[a-z]+\s+)?(?:club|atelier|cours|classe|groupe|equipe|"
    r"seance|stage|association|blog|podcast|chaine|emission|rubrique|formation|team|class|group|workshop|course|"
    r"session|channel|show)\b)|"
    # the column or page of a publication (round 18b: "Tu rédiges la rubrique « histoire des
    # sciences » d'un magazine", "you write the science column of a magazine")
    r"(?:la|le|the)\s+(?:[a-z]+\s+)?(?:rubrique|chronique|page|column|section|newsletter|feature|corner|"
    r"encart|billet|segment|coin)\b"
    r"(?:\s*+\"[^\"\n]{1,60}\")?|"
    # round 25b: the column called by its name in quotation marks ("You write the 'history
    # corner' of a teen magazine", "Tu tiens « le coin des curieux » d'un journal"), a name
    # that says it is one
    rf"(?:(?:la|le|the)\s++)?(?:\"{_COLUMN_NAME}\"|'{_COLUMN_NAME}'))"
)
_SETTING = re.compile(
    # "à la médiathèque" places it too (round 11: "Tu animes des ateliers numériques à la
    # médiathèque de ta ville")
    r"(?<!\s)(?:\s++[a-z]++){0,2}?\s++(?:d'|de|du|des|pour|chez|dans|sur|a|au|aux|for|of|from|in|on|at)\s*+"
    r"(?:(?:un|une|la|le|les|l'|a|an|the|our|my|notre|mon|ma)\s*+)?(?!(?:chaque|each|every)\b)[a-z]{3,}"
)
_CONTEXT = re.compile(r"\b(?:contexte|context|situation|background)\s*:\s*(?P<body>[^\n]*)")
_USER_CONTEXT = re.compile(
    r"^\W*(?:je suis|je prepare|je travaille|je donne|nous sommes|nous preparons|i am|i'm|we are|i teach|"
    r"i work|i give|j'enseigne|j'anime|je forme|mes eleves|my students|ma classe|my class|je redige|"
    r"i'm writing|"
    # round 25b: the student's own study ("Je révise le brevet", "I'm revising for my exams")
    r"je revise|je revisais|j'etudie|je m'entraine|je prepare|je passe|i'm revising|i am revising|"
    r"i'm studying|i am studying|i'm preparing|i am preparing|i'm practising|i'm practicing|i'm sitting|"
    r"i'm taking|"
    # session 38 (round 38's r38f-traduction-cousin-londres): whom or what it is for, the user's
    # ("c'est pour mon cousin qui bosse à Londres", "c pour mon expo de jeudi", "It's for my
    # grandpa's retirement club"), an audience or a purpose told like "je prépare"
    r"(?:c'est|c|ce sera|it's|it is|this is|that's|it'll be)\s++(?:pour|for)\s++"
    r"(?:mon|ma|mes|notre|nos|my|our)|"
    # round 39 (r39f-traduction-typos): the reader the user has, in SMS spelling too ("g une
    # correspondante à Manchester", "j'ai un collègue qui", "I've got a pen pal in Leeds"); no
    # kin (the riddle's own words: "j'ai une sœur")
    r"(?P<reader>(?:j'ai|jai|g|i have|i've got|ive got|i got)\s++(?:un|une|des|deux|trois|a|an|two|three|my)"
    r"\s++(?:correspondante?s?|amie?s?|potes?|copains?|copines?|collegues?|clientes?|eleves?|stagiaires?|"
    r"pen ?pals?|pen ?friends?|penpals?|friends?|colleagues?|coworkers?|co-workers?|clients?|classmates?|"
    r"customers?|students?|pupils?))|"
    # round 41 (r41f-sentiment-chatter-shop, r41f-plan-petanque-club, r41f-traduction-kid-chatter):
    # the user's own business or group ("J'ai une petite boutique en ligne", "I run a small
    # bakery"), a talk the user gives ("Je présente ça vendredi devant mon club"), whom or what
    # it is for, said first ("Pour son cours d'anglais, traduis", "For my class's newsletter")
    r"(?:j'ai|jai|g|je tiens|je gere|i have|i've got|i run|i own|i manage)\s++(?:un|une|mon|ma|a|an|my)"
    r"\s++(?:(?:petite?|grande?|small|little|own)\s++)?(?:boutique|magasin|commerce|entreprise|restaurant|"
    r"boulangerie|cafe|club|association|blog|site|chaine|cabinet|shop|store|business|company|startup|bakery|"
    r"website|channel)|"
    r"je presente|je vais presenter|je dois presenter|i'm presenting|i am presenting|i present|"
    r"i'll present|i have to present|i'm giving a talk|"
    r"(?:pour|for)\s++(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|my|his|her|our|their)\s++"
    r"(?:[a-z]++\s++)?(?:cours|classe|expose|devoirs?|club|boutique|entreprise|travail|boulot|blog|site|"
    r"journal|newsletter|eleves|etudiants|class|course|lesson|homework|presentation|talk|shop|business|"
    r"company|job|website|students|pupils))\b"
)
_REASON_PHRASE = re.compile(
    r"\b(?:etape[\s-]par[\s-]etape|step by step|step-by-step|pas[\s-]a[\s-]pas|"
    # session 41 (fairk41): non-native or misspelt ("step after step", "step for step", « étape après
    # étape », "stepp by stepp", « étappe par étappe »)
    r"stepp?[\s-](?:after|for|per|bye?)[\s-]stepp?|etappe?[\s-](?:par|apres|pour)[\s-]etappe?|"
    r"pas[\s-]apres[\s-]pas|"
    # one unit of the reasoning after the other, whatever it is called (round 20b: "une
    # déduction après l'autre", "one inference at a time")
    r"une?\s++[a-z]{4,20}+\s++apres\s++l'autre|"
    r"one\s++[a-z]{4,20}+\s++(?:after\s++(?:another|the other)|at a time)|"
    r"chain of thought|paso a paso|schritt fur schritt|passo a passo|passo dopo passo|"
    # round 79: the work done in steps (« Procède par étapes », « Résous-le par étapes », "Proceed in steps")
    r"(?:procede|procedez|proceder|avance|avancez|resous|resolvez|resoudre|travaille|travaillez|"
    r"proceed|work|solve\s++(?:it|this)|go)(?:-le|-la)?\s++(?:par|en|in)\s++(?:(?:petites|courtes|small|short)\s++)?"
    r"(?:etapes|steps|stages)|"
    # round 23b: being led through the solution is its steps ("Could you walk me through it?")
    r"(?:walk|talk|take)\s++(?:me|us)\s++through|"
    # round 25b: the facts laid out one at a time ("pose les faits un par un", "list the facts
    # one by one")
    r"(?:pose|posez|liste|listez|enumere|enumerez|examine|examinez|reprends|reprenez|list|lay out|set out|"
    r"go through|take|state|write down)\s++(?:(?:les|tes|vos|the|your|all the|each of the)\s++)?"
    r"(?:faits|donnees|informations|indices|elements|conditions|facts|data|clues|statements)\s++"
    r"(?:un par un|une par une|un a un|une a une|one by one|one at a time))\b"
)
_REASON_VERB = re.compile(
    r"\b(?:raisonne|raisonnez|reflechis|reflechissez|reflect|explique|expliquez|justifie|justifiez|detaille|detaillez|"
    r"montre|montrez|verifie|verifiez|decompose|decomposez|reason|think|explain|justify|show|detail|verify|"
    # round 23b: the infinitive of a polite or telegraphic request ("Merci de détailler ton
    # raisonnement", "Peux-tu expliquer chaque étape ?", "Détailler les étapes.")
    r"raisonner|reflechir|expliquer|justifier|detailler|montrer|verifier|decomposer|"
    r"check|walk me through|break down)\b"
)
_REASON_OBJECT = re.compile(
    r"\b(?:etapes?|steps?|raisonnement|reasoning|calculs?|calculations?|work|working|workings|pourquoi|why|demarche|"
    r"justification|chaque|every|each|avant de|before|ta reponse|your answer)\b"
)
# Reasoning asked as steps to write out (round 16b: "Procède dans l'ordre, en écrivant chaque
# étape : 1) liste ... 4) conclus", "Write out every step"): a verb of writing and the steps.
_STEPS_WRITTEN = re.compile(
    r"\b(?:ecris|ecrivez|en ecrivant|redige|redigez|en redigeant|note|notez|en notant|detaille|write|"
    r"writing|write out|write down|spell out|lay out|number)\s++(?:out\s++|down\s++)?(?:chaque|chacune des|"
    r"toutes les|tes|les|each|every|all the|all|your|the)\s++(?:etapes?|steps?)\b|"
    # the reasoning itself written out (round 18b: "écris ton raisonnement, une étape par ligne")
    r"\b(?:ecris|ecrivez|redige|redigez|note|notez|detaille|detaillez|write|write out|write down|spell out|"
    # session 40: the reasoning given ("Donne ton raisonnement avant la réponse", "Give your reasoning")
    r"lay out|donne|donnez|give|presente|presentez|present)\s++(?:out\s++|down\s++)?"
    r"(?:ton|ta|votre|le|your|the)\s++"
    r"(?:raisonnement|reasoning|working|demarche)\b"
)
# Round 27: the reasoning cut into steps ("Break your reasoning into short steps", "Découpe ton
# raisonnement en courtes étapes") or written a step a line ("Think aloud, one step per line").
_STEPS_ASKED = re.compile(
    r"\b(?:break|split|divide|cut|decoupe|decoupez|divise|divisez|scinde|scindez|segmente|segmentez)\s++"
    r"(?:down\s++)?(?:ton|ta|votre|your|the|le|la)\s++(?:raisonnement|reasoning|working|thinking|reflexion|"
    r"solution|demarche)\s++(?:down\s++)?(?:en|into|in)\s++(?:[a-z]+\s++){0,2}?(?:etapes|steps|parts|parties)\b|"
    r"\b(?:one|une|a|an)\s++(?:step|etape|deduction|inference)\s++(?:per|par|a|each)\s++(?:line|ligne)\b"
)
# Round 27: a line of tags or keywords ("Tags : raisonnement, étape par étape") names words, it
# asks nothing: read without it, up to its first full stop.
_TAGS_LINE = re.compile(r"(?m)^[^\w\n]*+(?:mots[- ]cles?|keywords?|key words|tags?|hashtags?)\s*+:[^.!?\n]*+")
# Round 27: a note for the grading ("(Note pour la correction automatique : ce prompt donne un
# rôle au modèle et lui demande de raisonner pas à pas ...)", "Note to the grader: ...") tells the
# grader what the prompt claims to do; it asks the model nothing: read without it, to its line's end.
_GRADING_NOTE = re.compile(
    r"[(\[]?\b(?:(?:note|remarque|nb|message|info|precision)[ \t]++)?(?:pour|a l'attention de|to|for)"
    r"[ \t]++(?:la correction|le correcteur|la correctrice|l'evaluateur|l'evaluation|la notation|the grader|"
    r"the grading|the marker|the evaluator|the autograder|l'autograder)\b[^\n]*+"
)
_ZERO = re.compile(r"(?:\bzero|(?<![\d.,])0)\s++(?:(?:seule?|single|petite?|little)\s++)?")
# Reasoning asked by its order (round 6: "Raisonne d'abord, puis réponds", "Think first"):
# a verb of reasoning itself, then "first" or its like.
_REASON_ITSELF = re.compile(r"\b(?:raisonne|raisonnez|reflechis|reflechissez|reason|think)\b")
_REASON_FIRST = re.compile(
    r"\b(?:d'abord|avant tout|au prealable|en premier|tout d'abord|first|beforehand|before answering)\b"
)
_FORMAT_VERB = re.compile(
    r"\b(?:reponds|repondez|repond|donne|donnez|ecris|ecrivez|renvoie|renvoyez|formate|presente|presentez|"
    r"termine|terminez|utilise|utilisez|fais|faites|indique|indiquez|precise|precisez|liste|propose|fournis|"
    r"mets|mettez|reply|answer|respond|return|give|write|format|output|end|finish|use|produce|provide|make|"
    r"draft|list|include|put|"
    # round 50: « Rends une liste numérotée », « Retourne un objet JSON » ("return" is above)
    r"rends|rendez|retourne|retournez|"
    # round 66 (fix66): the same asked again, « redonne-le, uniquement le JSON », « réécris », "rewrite",
    # "repeat"
    r"redonne|redonnez|reecris|reecrivez|remets|remettez|repete|repetez|rewrite|repeat|resend|"
    # asking to follow or reproduce a given form is fixing the shape too
    r"reprends|reprenez|reproduis|reproduisez|suis|suivez|respecte|respectez|copie|copiez|garde|gardez|"
    r"adopte|adoptez|organise|organisez|structure|structurez|follow|copy|reproduce|keep|organize|organise)\b"
)
# What opens a request of the student's own after a saying or a fact about a format (round 33:
# "Comme on dit, pas à pas on va loin : raisonne donc étape par étape", "JSON is easy to parse, so
# answer in JSON"), see :mod:`workshop.prompts.asides`.
_OWN_REQUEST = re.compile(
    rf"{_REASON_VERB.pattern}|{_FORMAT_VERB.pattern}|\b(?:please|merci de|s'il te plait|"
    r"(?:peux|pourrais|pouvez|pourriez)[\s-](?:tu|vous)|(?:can|could|would) you)\b"
)
# A preposition stands for the verb in a telegraphic request ("En JSON.", "Classe chaque avis
# en JSON"), not inside a relative clause that describes something ("un assistant qui
# analyse les avis d'une boutique en ligne").
# round 22b: the same in Spanish, German, Italian, Portuguese ("con un elenco numerato", "mit
# einer Tabelle", "em lista"), as round 19b reads their roles, steps and lengths
# Round 59: a manner announced, then said after a colon ("Lay it out the way I like: a numbered list",
# « Présente-le comme ceci : … ») is one clause, "lay it out as a numbered list".
_THE_WAY = re.compile(
    r"(?<![\w'])(?:(?:the|this)\s++way\s++(?:i|we)\s++(?:like|want|prefer|need)(?:\s++it)?|as\s++follows|like\s++this|"
    r"this\s++way|comme\s++(?:suit|ceci|ca|j'aime|je\s++(?:veux|prefere|l'aime))|de\s++cette\s++(?:facon|maniere)|"
    r"a\s++ma\s++(?:facon|maniere))[ \t]*+:"
)
# Round 66 (fix66): a telegraphic shape, "only" and a format's noun, beside a request's verb in its sentence
_ONLY_FORMAT = re.compile(
    r"\b(?:uniquement|seulement|only|just|juste|rien\s++que)\s++(?:(?:le|la|les|du|de|des|the|a|an|un|une)\s++)?"
    r"(?:json|jsonl|yaml|csv|xml|markdown|liste|list|tableau|table)\b"
    r"|\b(?:json|jsonl|yaml|csv|xml)\s++(?:only|uniquement|seulement)\b"
)
_FORMAT_PREP = re.compile(r"\b(?:en|in|as|sous|under|avec|with|con|com|mit|em|como|als)\b")
# "En ligne" is online ("une boutique en ligne", round 9), no line of the answer's layout
# ("en une ligne", "une par ligne" are).
_ONLINE = re.compile(r"\ben ligne\b(?!\s*+(?:par|per|pour chaque)\b)")
# A format that names no shape ("dans le format approprié", "sous une forme adaptée", "in a
# suitable format", round 10) fixes none: the phrase is left out.
_VAGUE_ADJ = (
    r"(?:approprie|adapte|adequat|convenable|pertinent|ideal|optimal|appropriate|suitable|adequate|proper|"
    r"relevant|sensible|fitting)(?:e|s|es)?"
)
_VAGUE_FORMAT = re.compile(
    rf"\b(?:format|forme|form|shape|presentation|layout)\s++(?:(?:le|la)\s++plus\s++|the\s++most\s++|"
    rf"(?:(?:that|which)\s++)?(?:is|seems|est|semble)\s++(?:most\s++|le\s++plus\s++)?)?{_VAGUE_ADJ}\b"
    r"|\b(?:format|forme|form|shape|presentation|layout)\s++qui\s++(?:te\s++|vous\s++)?(?:convient|conviendra|"
    r"conviennent|semble|parait|va)\b(?:\s++le\s++mieux|\s++bien)?"
    r"|\b(?:format|form|shape|layout)\s++(?:that|which)\s++(?:fits|suits)\b"
    rf"|\b(?:{_VAGUE_ADJ}|bon|meilleur|best|right|correct)\s++(?:format|form|shape|layout)\b"
)
# A format named by its noun alone (round 11: "Respecte scrupuleusement le format.", "Suis le
# format attendu", "Garde la même forme", "Stick to the required format"): the noun, an
# article or a possessive, at most a word of reference ("attendu", "habituel", "required"),
# then the clause ends: no shape is named. "Ce format : ...", "le format JSON", "la forme
# d'une liste", "le format ci-dessous" name or point at one.
_BARE_FORMAT = re.compile(
    r"\b(?:le|la|l'|un|une|the|a|ton|ta|votre|your|son|sa|its|du|au|de la)\s*+(?:bon\s++|meme\s++|same\s++)?"
    r"(?:format|forme|form|shape|presentation|layout|mise en forme|structure)"
    r"(?:\s++(?:demandee?|attendue?|habituel(?:le)?|standard|requise?|indiquee?|imposee?|voulue?|prevue?|"
    r"exigee?|correcte?|classique|d'usage|expected|required|usual|requested|given|specified|proper|correct))?"
    r"\s*+(?=[.;!?,\n]|$)"
)
# A format not given (round 18b): named by reference only ("le format décrit sur
# https://...", "the format given at www..."), or the title's alone ("Écris le titre de la
# présentation en gras", "write the title in bold"), not the answer's body.
_FORMAT_ELSEWHERE = re.compile(
    r"\b(?:format|forme|form|schema|shape|structure)\b[^;!?\n]{0,40}?(?:https?://|www\.|§)\S*+|"
    r"\b(?:le|the|ton|ta|your)\s++(?:titre|title)\b(?:\s++(?:de|du|of)\s++(?:la\s++|le\s++|l'|the\s++|ta\s++|"
    r"ton\s++|your\s++)?[a-z]+)?"
)
# A format named by reference to another chat (issue 11bg, round 31: "Use the same output format
# as last time", "le même format que la dernière fois", "the format we used in our previous
# conversation"): the model sees no other chat, the noun names no shape; what follows it ("même
# format que la dernière fois : du JSON") still can.
_FORMAT_BY_REFERENCE = re.compile(
    r"\b(?:format|forme|form|shape|layout|presentation|mise en forme|structure)"
    r"(?:\s++(?:de sortie|of (?:the )?output|de reponse))?\s++(?:(?:as|que|qu'|than|like|comme)\s*+)?"
    r"(?:(?:that|which|que|qu')\s*+)?"
    r"(?:(?:we|i|you|on|nous|tu|vous|j'|je|they)\s*+(?:[a-z']++\s++){0,2}?"
    r"(?:used|use|had|gave|given|agreed|utilise\w*|pris|eu|choisi|donne|convenu|employe\w*)\s++)?"
    r"(?:(?:in|from|dans|de|du|lors de|at|a)\s++)?"
    r"(?:(?:the|la|le|l'|our|my|notre|ma|mon|nos|ta|ton|your|votre)\s*+)?"
    r"(?:last time|derniere fois|fois derniere|previous(?:ly)?|precedemment|before|avant|usual|d'habitude"
    r"|habituel(?:le)?|hier|yesterday|autre (?:fois|jour)|other (?:day|time)"
    r"|(?:previous|last|earlier|other|precedente?|derniere?|autre)\s++(?:chat|conversation|session|exchange"
    r"|discussion|echange|message|thread|fil|time|fois)s?"
    r"|(?:chat|conversation|session|echange|discussion)s?\s++(?:precedente?|d'avant|derniere)s?)\b"
)
# A format label and the shape it names, with no verb (round 16b: "Format : liste numérotée,
# avec deux ou trois sous-points par partie", "Présentation : tableau à deux colonnes").
_FORMAT_LABEL = re.compile(
    r"^\W*(?:format|forme|presentation|mise en forme|layout|output|sortie)\s*+:\s*+"
    # round 49: « Format : uniquement du JSON », "Output: only JSON"
    r"(?:(?:uniquement|seulement|exclusivement|only|just|strictly|exclusively)\s++)?"
    r"(?:(?:un|une|en|a|an|du|de|des|le|la|les|the)\s++)?"
    r"(?:json|liste|list|tableau|table|puces|bullets?|bulleted|numbered|markdown|csv|sections?|paragraphes?|"
    r"paragraphs?|titres?|headings?)\b"
)
# Round 70 (fix-helper fix70): a verbless fragment that names the shape is a format request too (« Liste
# numérotée, « titre — durée ». », "Numbered list: title — duration", « Tableau : partie | durée », "JSON
# only.", « Uniquement du JSON. », "Bullet points, one per part."): the sentence opens on the shape (a
# qualified list, bullet points, a table, JSON, CSV, Markdown), then ends, or says "only", or gives a
# template, what each item holds or nothing else after a comma or a colon. A bare "Liste" or "Tableau"
# needs the template (« Liste des avis : », "Table of contents" name none); the shape as a subject ("JSON
# is easy to parse") goes on with a verb and is none, and so does a code fence's language ("```yaml"); an
# apostrophe is no quotation mark, and a subject after the comma makes a clause (« Le JSON, c'est mon format
# préféré », « Une liste, c'est ce que je fais avant les courses » state facts).
_FRAGMENT_SHAPE = (
    r"(?:listes?[ \t]++(?:numerotees?|a[ \t]++puces|ordonnees?)|numbered[ \t]++lists?|"
    r"bullet(?:ed)?[ \t]++lists?|"
    r"bullet[ \t]++points|puces|(?:tableau|table)[ \t]++(?:markdown|a[ \t]++\w++[ \t]++colonnes)|"
    r"markdown[ \t]++(?:table|list)|json|csv|yaml|markdown)"
)
_FRAGMENT_PLAIN = r"(?:listes?|lists?|tableau|table)"
_FRAGMENT_TEMPLATE = (
    r"(?![ \t]*+(?:c'|ce|cela|ca|it|it's|that|this|je|j'|i|on|we|il|elle|they|ils|mon|ma|my)(?![\w'-]))"
    r"[^\n]{0,80}?(?:[\"`«“|—–]|(?<![a-z])'[a-z][^'\n]{0,60}'|[ \t]-[ \t]|"
    r"(?<![\w'-])(?:titres?|titles?|durees?|durations?|minutes|min|ids?|"
    r"sentiments?|labels?|etiquettes?|partie|part|item|element|ligne|line|par|per|each|chaque|"
    r"nothing[ \t]++else|rien[ \t]++d'autre|no[ \t]++(?:prose|text|comments?)|"
    r"(?:pas[ \t]++de|sans)[ \t]++(?:texte|commentaires?))(?![\w'-]))"
)
_FORMAT_FRAGMENT = re.compile(
    r"^(?:[^\w`']|\d)*+(?:(?:uniquement|seulement|exclusivement|only|just|strictly|exclusively)[ \t]++)?"
    r"(?:(?:un|une|en|a|an|du|de|des|le|la|les|the)[ \t]++)?"
    rf"(?:{_FRAGMENT_SHAPE}(?:[ \t]*+(?:[.!]?$|(?:only|uniquement|seulement|please|svp|stp)(?![\w'-])|"
    rf"[,:(]{_FRAGMENT_TEMPLATE}))"
    rf"|{_FRAGMENT_PLAIN}[ \t]*+[,:(]{_FRAGMENT_TEMPLATE})"
)
# A format shown (round 42): a label, then a template of list items or table rows ("Format attendu :\n```\n1.
# Titre — X min", "Expected format: 1. Title — N min"), or "the same format" after items the prompt lists
# (an example plan of another talk: "… 1. Why recycle — 5 min; 2. … Same format.")
_FORMAT_SHOWN = re.compile(
    r"(?m)^\W*+(?:(?:expected|required|desired|wanted|output|answer)\s++)?"
    r"(?:format|forme|mise en forme|layout|template|modele|gabarit)"
    r"(?:\s++(?:attendue?|voulue?|demandee?|souhaitee?|de sortie|de (?:la )?reponse|"
    r"expected|required|wanted))?\s*+:\s*+(?:'{3}[a-z]*+\s*+)?(?:\d{1,2}[.)](?=\s)|[-*•|]\s*+[a-z\[<{])"
)
_SAME_FORMAT = re.compile(
    r"\b(?:(?:the|le|la)\s++)?(?:same|meme)\s++(?:format|forme|mise en forme|layout|presentation|structure)\b"
    r"(?!\s*+(?:que|qu'|as|than|like|comme)\s++(?!(?:l'|the\s++|cet?\s++|this\s++)?(?:exemple|example|above|"
    r"ci-dessus|modele)))"
)
_LISTED_ITEM = re.compile(r"(?:^|\s)\d{1,2}[.)](?=\s)")


def _format_shown(text: str) -> bool:
    """A template of the answer's lines shown after a format label, or "the same format" said after
    two listed items or more (see :data:`_FORMAT_SHOWN`)."""
    if _FORMAT_SHOWN.search(text):
        return True
    same = _SAME_FORMAT.search(text)
    return same is not None and len(_LISTED_ITEM.findall(text[: same.start()])) >= 2


_RELATIVE = re.compile(r"\b(?:qui|que|qu'|dont|that|which|who|whose)\b")
_FORMAT_NOUN = re.compile(
    # round 50: lists in the plural (« avec des listes numérotées », "with numbered lists")
    r"\b(?:json|listes?|lists?|tableau|table|ligne|line|format|forme|shape|puces|bullets?|markdown|csv|"
    r"elenco|elenchi|listas?|tabella|tabelle|tablas?|tabelas?|aufzahlung|stichpunkten?|vinetas|topicos|"
    r"sections?|parties|parts?|durees?|durations?|timings?|minutage|minutes|phrases?|sentences?|"
    r"paragraphes?|paragraphs?|titres?|headings?|"
    # session 54 (fix95, round 95): 'as a timeline of slots "0:00–0:10 title"', « en frise chronologique »
    r"timelines?|chronologie|frise|slots?|time slots?|creneaux|creneau)\b"
)
# A format left to the model's choice fixes no shape (round 6: "Réponds en JSON ou en texte
# libre, comme tu préfères", "any format you like"): the sentence that says so is left out.
_YOUR_CHOICE = re.compile(
    r"\b(?:comme (?:tu (?:preferes|veux|voudras|le sens|le souhaites)|vous (?:preferez|voulez|voudrez|"
    r"le souhaitez)|bon te semble|bon vous semble|il te plaira|il vous plaira)|au choix|a ta guise|"
    r"a votre guise|"
    r"a ton choix|a votre choix|libre a toi|libre a vous|peu importe|n'importe quel(?:le)? (?:format|forme)|"
    r"le format (?:que tu veux|de ton choix|de votre choix)|as you (?:prefer|like|wish|see fit|want)|"
    r"whichever|whatever (?:format|form|you)|any (?:format|form|shape) you|up to you|your choice|"
    r"free to choose|si tu preferes|if you prefer)\b"
)


def _after_your_choice(sentence: str) -> str:
    """What a sentence says after the clause that leaves a choice to the model: "Réponds en
    JSON ou en texte libre, comme tu préfères" fixes nothing; "classe ces avis comme tu
    veux, en JSON de la forme {...}" (round 5) still fixes the JSON after its clause."""
    found = list(_YOUR_CHOICE.finditer(sentence))
    if not found:
        return sentence
    end = re.compile(r"[,;:]").search(sentence, found[-1].end())
    return sentence[end.end() :] if end else ""


# One thing per line fixes the layout without a verb (round 6: "..., one part per line",
# "une partie par ligne"), and so does one line per thing (issue 11n: "Format : une ligne
# par partie", "one line for each part").
# Round 24b: any unit of the layout stands for the line ("Une puce par partie", "un paragraphe
# par partie", "one bullet per part", "un tiret pour chaque partie"); what each part holds ("une
# durée par partie", "one idea per part") is its content, no layout.
_LAYOUT_UNIT = (
    r"(?:line|ligne|row|puce|bullet|bullet point|tiret|dash|paragraphe|paragraph|colonne|column|"
    r"diapositive|diapo|slide|case|cell|cellule)"
)
_PER_LINE = re.compile(
    rf"\b(?:one|un|une|1|a|an)\s++(?:[a-z]++\s++(?:per|par|on each)\s++{_LAYOUT_UNIT}|"
    rf"{_LAYOUT_UNIT}\s++(?:per|par|pour chaque|for each|for every)\s++[a-z]{{3,}})\b"
)
_EXAMPLE = re.compile(r"\b(?:exemples?|examples?|par exemple|for example|for instance|eg|ex|ie)\b\s*:?\s*")
# Round 27: a worked case named as one ("Un cas déjà fait : « ... » donne positive", "Cas déjà
# traité :", "A worked case:", "Solved case:") introduces an example as "Exemple :" does.
_CASE_DONE = re.compile(
    # round 75 (fix75): the expected answer shown for other inputs of the same task ("Here is what I
    # want, for two other reviews (...)", « pour deux autres avis : ») is a worked case
    r"\b(?:(?:for|pour)\s++(?:(?:two|three|a few|some|deux|trois|quelques|\d)\s++)?(?:other|autres?)\s++"
    r"(?:reviews?|avis|inputs?|texts?|textes?|sentences?|phrases?|comments?|commentaires?)|"
    r"cas\s++(?:deja\s++)?(?:fait|traite|resolu|corrige)|(?:worked|solved|done)\s++case|"
    r"case\s++(?:already\s++)?(?:done|solved|worked out))\b\s*+:?\s*+"
)
# Round 57 (fix-helper fix57): a quoted input then an arrow and its label (a retrieved labelled line:
# « L'écran s'est rayé dès le premier jour. » → negative) is a worked case with no marker, as a row is.
_ARROW_CASE = re.compile(
    r'"[^"\n]{3,300}"[ \t]*+(?:→|->|=>|⇒)[ \t]*+[a-z]'
    r"|(?<![\w'])'(?:[^'\n]|(?<=[a-z])'(?=[a-z])){3,300}+'[ \t]*+(?:→|->|=>|⇒)[ \t]*+[a-z]"  # session 50
)
# The prompt says in its own words that it gives no example ("je ne donne aucun exemple",
# "pas d'exemple", "without examples", "no example"): an example it quotes is shown, not given.
_NO_EXAMPLE = re.compile(
    r"\b(?:aucune?|pas d'|pas de|sans|no|without|not any|zero)\s*+(?:[a-z]+\s+)?(?:exemples?|examples?)\b"
)
_LIMIT = re.compile(
    rf"\b(?:\d+|{NUMBER_WORD_RE})[\s-]+(?:mots?|words?|caracteres?|characters?|phrases?|sentences?|lignes?|lines?|"
    # the same units in Spanish, German, Italian, Portuguese (round 19b)
    r"palabras?|worter|wortern|wort|parole|palavras?|frases?|satze|zeilen|zeichen)\b"
    # round 27: a French approximate count ("une cinquantaine de mots") is a length too
    r"|\b(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)"
    r"\s++de\s++(?:mots|phrases|lignes|caracteres)\b"
)
# Round 27: the number an approximate count stands for (see _LIMIT).
_APPROXIMATE = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}
# Round 27: a length mentioned, then waived ("on m'a parlé de soixante mots, mais ce n'est pas
# important", "sixty words were suggested, but that's not a requirement"; "Côté longueur, fais
# comme tu le sens"): no limit. The dismissal right after the count, or a free choice of the
# length named as such; "Résume en 60 mots maximum ; le ton, peu importe" keeps its limit.
_WAIVED_AFTER = re.compile(
    r"^[^.;!?\n]{0,60}?\b(?:mais|but|though|however|cependant|toutefois)\s*+,?\s*+"
    r"(?:ce|cela|ca|c'|it|that|this)\s*+(?:n'est|ne|'s not|'s|is not|isn't|is|doesn't|does not|n'a)\s*+"
    r"(?:pas\s++|no\s++|not\s++)?(?:(?:tres|si|really|very|that)\s++)?"
    r"(?:important|grave|obligatoire|impose|imperatif|une obligation|une regle|une contrainte|essentiel|"
    r"strict|matter|required|mandatory|a requirement|a rule|compulsory|essential|binding)\b"
)
_LENGTH_NAMED = re.compile(r"\b(?:longueur|length|taille|nombre de mots|word count)\b")
_FREE_CHOICE = re.compile(
    r"\b(?:comme tu (?:le )?(?:sens|veux|preferes|voudras|le souhaites)|a ta guise|libre a toi|peu importe|"
    r"importe peu|as you (?:like|wish|see fit|please|want)|up to you|whatever you (?:like|want)|"
    r"(?:doesn't|does not|don't) matter)\b"
)


def _length_waived(sentence: str, end: int) -> bool:
    """Whether the length that ends at ``end`` of ``sentence`` is waived (see _WAIVED_AFTER)."""
    if _WAIVED_AFTER.search(sentence[end:]):
        return True
    return bool(_LENGTH_NAMED.search(sentence) and _FREE_CHOICE.search(sentence))
# The bound's direction (round 5): "50 mots minimum", "au moins 50 mots", "at least 50
# words", "50 words or more", "plus de 50 mots" (not negated) ask for a length from below and
# limit nothing; a maximum said with a bare number ("30 mots minimum et 50 maximum") still
# limits.
_MIN_BEFORE = re.compile(
    r"\b(?:au moins|au minimum|d'au moins|minimum|at least|at minimum|a minimum of|no fewer than|"
    r"no less than|not fewer than|not less than|pas moins de|jamais moins de|mindestens|al menos|"
    r"por lo menos|almeno|pelo menos)\s*+$"
)
_MIN_AFTER = re.compile(  # read right after a length ("mots"): no blank before it
    r"(?<!\s)\s*+(?:minimum|au minimum|au moins|at least|at minimum|or more|ou plus|et plus|and more|and up|"
    r"or longer|ou davantage|voire plus|como minimo|o mas|oder mehr|o piu|ou mais)\b"
)
# A range ("en 60 à 80 mots", "between 60 and 80 words", "60-80 words") asks for at least its
# minimum: it is no limit (round 18b: the task's limit as the range's minimum is no limit).
_RANGE_BEFORE = re.compile(r"(?:\b(?:entre|between)\s++)?\b\d+\s*+(?:a|et|and|to|-|–)\s*+$")
_MORE_BEFORE = re.compile(r"\b(?:plus de|more than|over|above|longer than|au-dela de|upwards of)\s*+$")
_BARE_MAX = re.compile(
    rf"\b(?:au plus|at most|at the most|maximum|max|pas plus de|no more than|not more than|jusqu'a|up to)"
    rf"\s*+(?:\d+|{NUMBER_WORD_RE})\b|\b(?:\d+|{NUMBER_WORD_RE})\s*+(?:maximum|max|au plus|at most|"
    rf"at the most|or fewer|or less|ou moins|au maximum)\b"
)
_EXCEED = re.compile(
    r"\b(?:depasse|depassez|depasser|exceed|exceeds|plus de|more than|au-dela|over|longer than|plus long|"
    r"excede|excedez|above)\b"
)


# A prompt does a thing when it ASKS the model for it (an imperative or its equivalent),
# not when it asks the student's own question about it ("Faut-il répondre en JSON ?"),
# reports what someone says ("mon professeur dit que...") or mentions words ("les mots
# « rôle » et « étape par étape »"). A question that is a polite request ("peux-tu...",
# "could you...") asks.
_POLITE = re.compile(
    r"\b(?:(?:peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez)[\s-](?:tu|vous)|"
    # the same request in the spoken order (round 20b: "…, tu peux m'aider ?")
    r"(?:tu|vous)\s++(?:peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez)\b|"
    r"(?:can|could|would|will) you|please|s'il (?:te|vous) plait|merci de)\b"
)
_REPORTED = re.compile(
    r"\b(?:dit|disent|disait|affirme|affirment|pretend|pretendent|raconte|racontent|assure|assurent|"
    r"paraitrait|parait|says|say|said|claims|claim|tells|told|reckons|rumour|rumor)\s+(?:que|qu'|that)\b"
)
_MENTION = re.compile(r"\b(?:mots?|termes?|expressions?|words?|terms?|keywords?|mots?-cles?)\s*+:?\s*+$")
_QUOTED = re.compile(r'"[^"\n]{0,200}"')
_LIST_JOIN = re.compile(r"\s*+(?:,|et|and|ou|or)?\s*+")
# A length said of the task's text describes the data, it limits nothing ("Ce texte fait
# environ 330 mots", "this 330-word text", "le texte de 330 mots").
# "Résume ce texte en moins de 60 mots" is the answer's length, not the text's (issue 11az).
_DATA_LENGTH = re.compile(
    r"\b(?:textes?|texts?|passages?|articles?|paragraphes?|paragraphs?|documents?|extraits?|excerpts?|"
    # issue 11ba: "Résume ce texte en moins de 60 mots": the answer's length after "en", "in"
    r"original|source)\b(?:\s++(?!(?:en|in|into|avec|with|under|sous)\b)[a-z'-]++){0,2}?\s++(?:fait|font|compte|comptent|contient|comporte|mesure|"
    r"a|has|have|is|contains|counts|runs|makes|de|d'|of)(?:\s++(?:environ|about|around|roughly|some|"
    r"approximately|pres de|plus de|over|more than|un peu plus de|a peu pres|nearly))?\s*+$"
)

# A length said of a part of the answer that is not the answer (round 6: "Si tu mets un
# titre, il doit faire 60 mots maximum") limits something else: when the sentence names such
# a part before the length, and names neither the answer nor the task's verb.
_OTHER_THING = re.compile(
    r"\b(?:titres?|title|titles|headings?|en-tetes?|intros?|introductions?|conclusions?|notes?|"
    r"commentaires?|comments?|legendes?|captions?|accroches?|hooks?|sous-titres?|subtitles?|slogans?)\b"
)
_THE_ANSWER = re.compile(
    r"\b(?:resume|resumez|resumer|summary|summari[sz]e|reponse|answer|traduction|translation|texte produit|"
    r"le tout|l'ensemble|the whole|en tout|in total)\b"
)

# A length said of each part of the answer (round 16b: "Chaque phrase de ton résumé doit faire
# 60 mots maximum", "each paragraph under 50 words", "30 mots maximum par phrase") bounds the
# parts, not the answer: as many parts as the model likes make it as long as it likes.
_PART = (
    r"(?:phrases?|lignes?|paragraphes?|parties?|points?|puces?|sections?|sentences?|lines?|"
    r"paragraphs?|parts?|bullets?|items?|elements?)"
)
_PER_PART_BEFORE = re.compile(rf"\b(?:chaque|chacune? des|aucune?|each|every|no|any)\s++{_PART}\b")
_PER_PART_AFTER = re.compile(
    rf"(?<!\s)(?:\s*+(?:maximum|max|au plus|at most|maxi|or less|ou moins))?\s*+,?\s*+"
    rf"(?:(?:par|pour chaque|per|for each|in each|dans chaque)\s++{_PART}\b|chacune?\b|each\b)"
)


# A count of words stated of another object (session 36, round 36's "Ma liste de vocabulaire
# d'anglais pour demain fait 60 mots"): a noun phrase that is neither the answer nor its limit,
# a verb that states a size ("fait", "compte", "has", "is") and the count: that object's length,
# not the answer's limit. The model's own text ("ce que tu écris fait 60 mots", "your text has")
# and a modal ("doit faire", "must have") are the answer's.
_SIZED = re.compile(
    r"(?:^|(?<=[\s(\"«]))(?:ma|mon|mes|notre|nos|sa|son|ses|leur|leurs|my|our|his|her|their|le|la|l'|les|the|"
    r"un|une|a|an|this|that|ce|cette|cet)\s*+(?P<noun>[a-z][a-z'-]*+(?:\s++[a-z'-]++){0,8}?)\s++"
    r"(?:fait|faisait|fera|compte|comptait|contient|contenait|comporte|comportait|mesure|has|had|is|was|"
    r"contains|contained|counts|runs\s++to|totals?)"
    r"(?:\s++(?:environ|about|around|roughly|only|seulement|juste|just|deja|already|exactement|exactly|pile|"
    r"presque|almost|nearly|pres\s++de))?\s*+$"
)
_NOT_ANOTHER = re.compile(
    r"\b(?:resumes?|summary|summaries|reponses?|answers?|textes?|texts?|traductions?|translations?|versions?|"
    r"productions?|sorties?|outputs?|resultats?|results?|paragraphes?|paragraphs?|travail|work|syntheses?|"
    r"copies?|redactions?|brouillons?|drafts?|ecrits?|rendus?|tout|ensemble|whole|total|limites?|limits?|"
    r"longueurs?|lengths?|tailles?|sizes?|plafonds?|max|maximum|objectifs?|targets?|cibles?|contraintes?|"
    r"constraints?|consignes?|regles?|rules?|tu|you|ton|ta|tes|your|toi|vous|votre|vos|doit|devra|faut|"
    r"must|should|needs?|veux|want|wants|voudrais|would|ideal|idealement|ideally|phrases?|sentences?|lignes?|"
    r"lines?|it|il|elle|celui|celle|ceci|cela|ca|this|that)\b"
)


def _count_of_another_object(before: str) -> bool:
    """Whether the words before a count of words (in its clause) state another object's size."""
    sized = _SIZED.search(before[-120:])
    return sized is not None and not _NOT_ANOTHER.search(sized["noun"])


def _of_another_thing(before: str) -> bool:
    """Whether the words before a length (in its sentence) name a part of the answer that
    is not the answer, not refused ("sans titre, 50 mots"), and not the answer itself."""
    if _THE_ANSWER.search(before):
        return False
    return any(
        not _NEGATION.search(before[max(0, m.start() - 14) : m.start()])
        for m in _OTHER_THING.finditer(before)
    )


# ... unless the noun is the one the answer is made of (round 8: "en un seul paragraphe de 55
# mots maximum", "sous forme d'un paragraphe de 50 mots", "écris un paragraphe de..."): an
# indefinite one the model is asked for, not the text given.
# The text's length told with a pronoun (issue 11bg, round 31: "Résume ce texte (il fait environ
# 230 mots)", "Voici un texte ; il compte à peu près 230 mots", "(it is roughly 230 words
# long)"): the pronoun's nearest noun before it is the text, not the answer.
_DATA_PRONOUN = re.compile(
    r"\b(?:il|elle|it|celui-ci|celle-ci|which|qui|lequel|laquelle)\s++(?:fait|compte|contient|comporte|mesure"
    r"|has|is|contains|counts|runs|makes)(?:\s++(?:environ|about|around|roughly|some|approximately|pres de"
    r"|plus de|over|more than|un peu plus de|a peu pres|nearly|just|juste))?\s*+$"
)
_DATA_OR_ANSWER_NOUN = re.compile(
    r"\b(?:(?P<data>textes?|texts?|passages?|articles?|paragraphes?|paragraphs?|documents?|extraits?"
    r"|excerpts?|original|source)|resume|summary|reponse|answer|version|traduction|translation|paragraphe)\b"
)


def _the_texts_length(before: str) -> bool:
    """Whether ``before`` (a sentence up to a length) ends with a pronoun whose noun is the text."""
    before = before[-400:]
    pronoun = _DATA_PRONOUN.search(before)
    if not pronoun:
        return False
    nouns = list(_DATA_OR_ANSWER_NOUN.finditer(before, 0, pronoun.start()))
    return bool(nouns) and nouns[-1]["data"] is not None


# Round 68 (r68f-summary-un-paragraphe-60-minutes): the article written as a figure (« en 1 paragraphe de 60
# mots », "in 1 paragraph of 60 words") or with a size before the noun (« un petit paragraphe ») is the same
# form.
_ANSWER_FORM = re.compile(
    r"\b(?:(?:en|in|into|as|sous forme d'|sous la forme d'|ecris|ecrivez|redige|redigez|write|fais|faites|"
    r"produis|produisez|donne|donnez|give)\s*+(?:un|une|a|one|1(?![\d.,]))|(?:un|une|a|one|1)\s++(?:seule?|single|unique))"
    r"(?:\s++(?:seule?|single|unique|court|courte|short|bref|breve|brief|petite?|small|little))?\s*+$"
)
_DATA_NOUN = re.compile(
    r"(?<!\s)\s*+(?:textes?|texts?|passages?|articles?|paragraphes?|paragraphs?|documents?|extraits?|excerpts?)\b"
)


# A quotation is the student's request only when the student's own clause that leads to it
# asks the model for it: it opens (after a connective) with a verb of request, the model's
# pronoun or a polite form ("Commence par « Raisonnons étape par étape »", "Termine par la
# ligne « Réponse : N »", "tu écris « ... »"). Anywhere else it shows someone's words: a
# bad prompt shown ("mon formateur m'a montré ce prompt : « Tu es formateur... »"), what a
# colleague or a model does ("mon collègue demande « en 50 mots »", "ChatGPT, qui commence
# par « raisonnons... »"): those ask this model nothing.
_QUOTATION = re.compile(r'"[^"]*+"')  # an empty value="" is a pair too (round 43)
# Quotations are paired in order, the first mark with the second; one longer than this is left as it
# stands, its closing mark no opening of the next (round 65: a voicemail transcript of 430 characters
# then « Résume ce texte en 60 mots au maximum » was quoted from its closing mark to the data's next one)
MAX_QUOTATION = 400
_LEAD_START = re.compile(r"[.!?;,(\n](?=[^.!?;,(\n]*$)")
_CONNECTIVE = re.compile(
    r"^(?:\W*(?:puis|ensuite|enfin|alors|et|aussi|then|and|also|finally|next|please|stp|svp|"
    r"merci de|s'il (?:te|vous) plait|toujours|always|bien|juste|just)\b)*\W*"
)
_ASKING_VERB = re.compile(
    rf"(?:{_FORMAT_VERB.pattern}|{_REASON_VERB.pattern}|\b(?:commence|commencez|start|begin|ajoute|ajoutez|"
    r"add|dis|dites|say|conclus|concluez|conclude|ecris|ecrivez|redige|redigez|traduis|traduisez|translate|"
    r"resume|resumez|summarise|summarize|classe|classez|classify|label|tu|vous|you)\b|"
    r"\b(?!chez\b|assez\b|nez\b)[a-z]+ez\b)"
)


# A sentence quoted as material for an exercise on language (round 25b: "Mets cette phrase au
# pluriel : « Tu es professeur de logique. »", 'Put this sentence into the past tense: "You are
# a maths teacher."'): the model transforms it, it is told nothing by it. The lead names the
# quotation as a sentence, a word or an expression and asks a change of its grammar or wording.
_MATERIAL = re.compile(
    r"\b(?:cette|la|ces|les|ce|le|this|the|these)\s++(?:phrases?|sentences?|expressions?|mots?|words?|"
    r"propositions?|clauses?|citations?|quotes?|quotations?)\b[^\n]{0,60}?\b(?:pluriel|plural|singulier|"
    r"singular|passe|past|futur|future|imparfait|feminin|feminine|masculin|masculine|negative|negatif|"
    r"interrogative|passive|passif|active|vouvoiement|tutoiement|conjugue|conjugate|analyse|analyze|analyse "
    r"grammaticale|parse|souligne|underline|nature|fonction)\b"
    r"|\b(?:conjugue|conjuguez|conjugate|analyse|analysez|analyze|parse|souligne|soulignez|underline)\b"
    r"[^\n]{0,40}?\b(?:cette|la|this|the)\s++(?:phrase|sentence|expression)\b"
)


def _asked_quotation(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` is asked for by the student's own clause leading
    to it (see :data:`_QUOTATION`): that clause is empty or JSON (a shape, its keys), or
    opens with a request."""
    lead = text[max(0, start - 200) : start]
    boundary = _LEAD_START.search(lead)
    clause = lead[boundary.end() :] if boundary else lead
    if not re.search(r"[a-z]", clause) or re.search(r"[{\[]", clause):
        return True
    rest = clause[_CONNECTIVE.match(clause).end() :]  # type: ignore[union-attr]
    if _MATERIAL.search(rest):
        return False  # round 25b: a sentence to transform is material, not a request
    return bool(_POLITE.match(rest) or _ASKING_VERB.match(rest))


# Round 79: a role's noun quoted right after its lead and article (« Joue le rôle d'un "prof particulier" de
# maths », 'You are a "friendly tutor"') is the role used, set off by quotes: kept for the role reader (a
# short phrase, four words at most, no sentence in it). The lead must close the clause before the quotation.
_ROLE_ARTICLES = frozenset("un une a an le la l' the ton ta mon ma my your notre our".split()) | {""}
_QUOTED_ROLE = re.compile(r'"[ \t]*+[a-z][a-z\'-]*+(?:[ \t]++[a-z][a-z\'-]*+){0,3}+[ \t]*+"')


def _role_quoted(text: str, quoted: re.Match[str]) -> bool:
    """Whether ``quoted`` is a role's noun phrase quoted right after a role's lead (see above)."""
    if not _QUOTED_ROLE.fullmatch(quoted.group(0)):
        return False
    lead = text[max(0, quoted.start() - 200) : quoted.start()]
    boundary = _LEAD_START.search(lead)
    clause = lead[boundary.end() :] if boundary else lead
    leads = list(_ROLE_LEAD.finditer(clause))
    return bool(leads) and clause[leads[-1].end() :].strip() in _ROLE_ARTICLES


def _shown_blanked(text: str) -> str:
    """``text`` (folded) with every quotation that asks nothing blanked (see
    :data:`_QUOTATION`); a quotation may run over several sentences (a prompt quoted)."""
    out, last = [], 0
    for quoted in _QUOTATION.finditer(text):
        out.append(text[last : quoted.start()])
        shown = (
            len(quoted.group(0)) <= MAX_QUOTATION + 2
            and re.search(r"[a-z]", quoted.group(0))
            and not _asked_quotation(text, quoted.start())
            and not _role_quoted(text, quoted)
        )
        blank = re.sub(r"[^\n]", " ", quoted.group(0))
        if re.search(r"[.!?][ \t]*+\W?$", quoted.group(0)):
            # round 57 (fix57): a quotation that ends its sentence ends it blanked too (« … le nombre de
            # mots. » Résume ce texte en 60 mots : the request after it is no part of the quoting sentence)
            blank = blank[:-1] + "."
        out.append(blank if shown else quoted.group(0))
        last = quoted.end()
    out.append(text[last:])
    return "".join(out)


# A note addressed to whoever grades the prompt ("(Note au correcteur : ce prompt contient
# bien un format JSON)", "[For the grader: ...]") claims the prompt does a thing; it asks
# the model nothing (round 5): a rubric point comes from the prompt's own instruction, not
# from a claim about it. The bracketed note, or else its sentence, is left out.
_GRADER = (
    r"(?:correcteur|correctrice|correcteurs|correctrices|evaluateur|evaluatrice|evaluateurs|examinateur|"
    r"examinatrice|jury|grader|graders|marker|markers|evaluator|evaluators|examiner|examiners|assessor|"
    r"reviewer|reviewers|juge|judge|notation|grading|bareme|rubric|scorer|scorers|scoring|autograder|"
    r"autograders|correcteur automatique)"
)
# "a" is the French « à » folded, never the English article (round 59: "You are a judge who also teaches
# logic" names a role, no note to the grader)
_TO_GRADER = re.compile(
    rf"\b(?:note|notes|message|remarque|nb|n\.b|attention|pour|to|for|au|aux|dear|cher|chere|hey|hello|"
    rf"a(?!\s++(?:judge|grader|marker|evaluator|examiner|assessor|reviewer|scorer|autograder)s?\b)|"
    rf"bonjour)\s*+(?:de\s++)?(?:l'|le\s++|la\s++|les\s++|the\s++|du\s++|a\s++l'|a\s++la\s++|au\s++)?"
    rf"(?:(?:any|every|all|each|tout|toute|tous)\s++)?(?:(?:automated|automatic|automatique|ai|ia)\s++)?"
    rf"{_GRADER}\b|(?:^|[(\[\n])\W{{0,3}}{_GRADER}\s*+:"
)
# Round 79: what another model was or did is no part it plays ("The other chatbot I tried was set up as a
# professional translator", « Mon ancien assistant était configuré en traducteur », "ChatGPT is a tutor"):
# from the other model's name, when a verb of being, playing or setting up follows it within 60 characters
# in its clause, to the clause's end (a comma, ";", a full stop). "Unlike the other chatbot, you are a
# translator" keeps its role: the clause ends at the comma before the model's own.
_MODEL_NOUN = (
    r"(?:chatbots?|bots?|assistants?|assistantes?|ai|ia|models?|modeles?|llms?|gpts?|outils?|tools?|apps?|"
    r"applications?|agents?|ias|ais)"
)
_OTHER_MODEL = re.compile(
    r"(?<![\w'])(?:(?:the|my|our|an?|this|that|l'|le|la|mon|ma|notre|un|une|cet|cette|ce)\s*+"
    r"(?:other|previous|last|old|former|first|earlier|another|autre|ancien|ancienne|precedent|precedente|"
    r"dernier|derniere|premier|premiere|vieil|vieille|vieux)\s++(?:[a-z-]++\s++)?" + _MODEL_NOUN + r"|"
    r"another\s++(?:[a-z-]++\s++)?" + _MODEL_NOUN + r"|un\s++autre\s++(?:[a-z-]++\s++)?" + _MODEL_NOUN + r"|"
    r"chatgpt|gemini|copilot|bard|perplexity|deepseek)(?![\w'])"
    r"(?=[^,;.!?\n]{0,60}?(?<![\w'])(?:was|is|were|has been|had been|got|used to be|acted|acts|played|plays|"
    r"pretended|pretends|etait|est|a ete|avait ete|jouait|joue|faisait|fait|se prenait|agissait|agit)"
    r"(?![\w']))"
    r"[^,;.!?\n]*+"
)
# Round 79: a sentence addressed to the answer's readers ("Reader of this answer: think step by step before
# you believe it!", « Lecteur, réfléchis avant d'y croire », "Dear readers, ..."): it asks the model nothing.
_TO_READER = re.compile(
    r"^\W{0,3}(?:(?:dear|cher|chere|chers|cheres|to the|to my|to our|note to|note to the|note aux|note au|"
    r"au|aux|pour le|pour les|a toi|a vous)\s++)?(?:readers?|lecteurs?|lectrices?|viewers?|listeners?|"
    r"auditeurs?|auditrices?|toi qui lis|vous qui lisez|whoever reads|anyone reading)"
    r"(?:\s++(?:of|de|du|des)\s++(?:this|the|my|cette|ce|cet|la|le|l'|ma|mon)\s*+[a-z]++)?\s*+[:,!]"
)
# Round 81 (fix81): a role given to a named third party, a tool, a person, a teammate, the audience ("DALL-E
# jouera le rôle d'illustrateur", « c'est mon binôme qui joue le rôle du professeur de maths », "My classmate
# plays the part of the logic teacher", « Le rôle de vérificateur sera tenu ensuite par Wolfram Alpha »): the
# model plays no part it names. From the party (a possessive and its noun, a determiner and a noun of an
# audience, a tool's or another model's name) before a verb of playing or holding a part, or from "le rôle
# de …" / "the role of …" held by anyone but the model, to the clause's end (a comma ends it: "…, et toi tu es
# prof" keeps the model's own).
_PARTY_NOUN = (
    r"(?:public|audience|classe|class|eleves?|pupils?|students?|etudiants?|etudiantes?|lecteurs?|lectrices?|"
    r"readers?|spectateurs?|spectatrices?|viewers?|auditeurs?|auditrices?|listeners?|auditoire|jury|equipe|"
    r"team|groupe|group|participants?|participantes?|apprenants?|apprenantes?|learners?|enfants|children|"
    r"kids|parents|utilisateurs?|users?)"
)
_PARTY = (
    r"(?:(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|my|our|his|her|their)\s++[a-z'-]++"
    r"(?:\s++(?:de|d'|of)\s*+[a-z'-]++)?"
    rf"|(?:le|la|les|l'|the|un|une|a|an|des|some|ce|cet|cette|ces|this|these)\s*+(?:[a-z-]++\s++)?{_PARTY_NOUN}"
    r"|wolfram(?:\s++alpha)?|dall-?e(?:[\s-]*+\d)?|midjourney|stable\s++diffusion|siri|alexa|google|geogebra|"
    r"excel|chatgpt|gemini|claude|copilot|bard|perplexity|deepseek|mistral|quelqu'un|someone|somebody|"
    r"un humain|une personne|a human|a person|un collegue|une collegue|a colleague|a teammate)"
)
_PLAYS = (
    r"(?:joue|jouera|jouent|joueront|va\s++jouer|vont\s++jouer|tient|tiendra|tiennent|tiendront|incarne|"
    r"incarnera|incarnent|prend|prendra|prennent|endosse|endossera|assure|assurera|plays|will\s++play|"
    r"is\s++playing|is\s++going\s++to\s++play|play|takes|will\s++take|take|acts\s++as|will\s++act\s++as|"
    r"act\s++as|holds|will\s++hold)"
)
_ROLE_NOUN = r"(?:role|roles|part|parts|personnage|character|fonction|casquette|hat)"
_THIRD_ROLE = re.compile(
    rf"(?<![\w'-])(?:c'est\s++|it's\s++|it\s++is\s++)?{_PARTY}(?:\s*+,[^,;.!?\n]{{0,40}}+,)?\s++"
    rf"(?:qui\s++|who\s++|that\s++)?(?:{_PLAYS}\s++(?:(?:le|la|l'|les|un|une|the|a|an)\s*+)?{_ROLE_NOUN}"
    r"|acts\s++as|will\s++act\s++as|will\s++be\s++(?:the|our|my)|sera\s++(?:le|la|l'|notre|mon|ma))"
    r"[^,;.!?\n]*+"
    rf"|(?<![\w'-])(?:le|la|the)\s++{_ROLE_NOUN}\s++(?:de|du|des|d'|of)\s*+[^,;.!?\n]{{0,60}}?\s++"
    r"(?:sera|est|will\s++be|is|shall\s++be|va\s++etre)\s++(?:tenue?|jouee?|assuree?|incarnee?|prise?|"
    r"confiee?|played|held|taken|filled|assigned|given)\s++(?:[a-z]++\s++)?(?:par|by|a|to)\s++"
    r"(?!toi|vous|you|yourself|tu|l'ia|the ai|l'assistant|the assistant|le modele|the model)[^,;.!?\n]*+"
)
# What a third party must do asks the model nothing ("Mon voisin de table, lui, doit raisonner
# étape par étape", "my classmate has to reason step by step"; round 7): from the third
# party's name to the end of its clause run.
_THIRD_PARTY = re.compile(
    r"\b(?:(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|un autre|une autre|les autres|l'autre|my|his|her|"
    r"their|our|another|the other|other)\s++[a-z']++(?:\s++(?:de|of)\s++[a-z]++)?"
    # round 81: "the audience", « les élèves », "pupils" (:data:`_PARTY_NOUN`)
    rf"|(?:(?:the|le|la|les|l')\s*+)?{_PARTY_NOUN})\s*+"
    r"(?:,\s*+(?:lui|elle|eux|elles|him|her|them)\s*+,\s*+)?(?:lui\s++|elle\s++)?"
    r"(?:doit|doivent|devra|devront|est cense|must|should|has to|have to|needs to|need to|is supposed to|"
    r"will have to|will need to|are to|va devoir|vont devoir|auront a|aura a)\b"
    # round 81: to the clause's end, a comma before a turn to the model ends it too (« Mes élèves devront
    # suivre, alors raisonne étape par étape »)
    r"(?:[^,;.!?\n]|,(?![ \t]*+(?:alors|donc|so|then|mais|but|et toi|and you|toi|you|puis|ensuite)\b))*+"
)
# A request the same sentence then lifts ("60 mots maximum, mais toi, écris la longueur que
# tu veux"; "but write as long as you like"): what comes before the lift asks nothing. An
# "ignore" or "oublie" lifts only the request it names (issue 11n: "mais ignore cette
# consigne", "oublie ce que je viens de dire", "but forget what I just said", "ignore that
# limit", "oublie-la"), never a part of the work ("mais ignore les dates", "n'oublie pas").
_LIFTED = re.compile(
    r"\b(?:mais|but|however|cependant|pourtant)\b[^.;!?\n]{0,50}?(?:\b(?:que tu veux|que tu voudras|"
    r"qui te plait|comme tu veux|a ta guise|you want|you like|you wish|as long as you)|"
    r"(?<!n')\b(?:ignore|oublie|forget|disregard)(?:-(?:la|le|les)\b|\s++(?:(?:tout\s++)?(?:ca|cela)\b|"
    r"(?:ce que|ce qui|what|everything)\b|(?:that|this|it)\b(?!\s++(?:the|a|an)\b)|"
    r"(?:cette|ces|cet|ce|la|les|ma|mes|the|that|this|these|those|my)\s++(?:consignes?|instructions?|"
    r"limites?|regles?|contraintes?|demandes?|limits?|rules?|constraints?|requests?|requirements?)\b)))"
)
_BRACKETED = re.compile(r"\([^()\n]{0,600}\)|\[[^\[\]\n]{0,600}\]")
# A request the same sentence waives (round 18b: "Tu es traducteur technique, ou pas, peu
# importe qui tu es", "60 mots maximum, ou plus si tu en as besoin", "en JSON, ou autrement si
# c'est plus simple", "or whatever you prefer", "if you feel like it"): what comes before the
# waiver asks nothing, for every rubric aspect (role, reasoning, format, limit, example). A
# free detail ("peu importe la longueur", "que tu ... ou pas") waives nothing.
_WAIVED = re.compile(
    r",\s*+(?:ou pas|ou non|or not)\b(?=\s*+(?:[,;:.!)]|$))|"
    r"\b(?:ou (?:de |d')?(?:n'importe qui|quelqu'un|qui tu veux|n'importe quoi|autre chose)(?: d'autre)?|"
    r"or (?:anyone|anybody|anything|someone|somebody) else|or whoever|or whatever|"
    r"ou (?:bien )?autrement|or otherwise|or (?:in )?any other (?:way|form|format)|"
    r"ou (?:dans |sous )?(?:un|une|la|le|n'importe quel(?:le)?) (?:autre )?(?:forme|format)"
    r"(?: que tu (?:preferes|veux))?|"
    r"ou (?:plus|davantage)(?: si| s'il)|or (?:more|longer) if|"
    r"if you feel like it|if you like|if you want|si ca te chante|si tu en as envie|si le coeur t'en dit|"
    r"(?:ca|cela) m'est egal|(?:ca|cela) n'a (?:aucune|pas d')importance|"
    r"peu importe(?= qui| quoi|\s*+[.;!,)]|$)|"
    r"(?:it )?doesn't matter|it does not matter|no matter)\b"
)


# The prompt described by its own words ("(Ce prompt contient un rôle, une demande de
# raisonnement étape par étape et un format)", "This prompt includes a role..."; round 9)
# claims what it does, as a note to the grader does: it asks the model nothing. The
# bracketed description, or else its clause, is left out.
_SELF_DESCRIBED = re.compile(
    r"\b(?:ce|cet|le|mon|le present|this|the|my|the present)\s++"
    r"(?:prompt|message|texte|consigne|instructions?|requete|request|text)\s++(?:ci-dessus\s++|ci-dessous\s++|above\s++|below\s++|itself\s++|lui-meme\s++)?"
    r"(?:contient|comprend|inclut|comporte|possede|integre|renferme|a bien|a deja|contains|includes|has|"
    r"holds|features|comes with|already has|already contains)\b[^.;:!?\n]*+"
)


def _to_grader_blanked(text: str) -> str:
    text = _BRACKETED.sub(
        lambda m: " " * len(m.group(0))
        if _TO_GRADER.search(m.group(0)) or _SELF_DESCRIBED.search(m.group(0))
        else m.group(0),
        text,
    )
    return _SELF_DESCRIBED.sub(lambda m: " " * len(m.group(0)), text)


# A request scoped to another exercise asks nothing of this one (round 8: "Pour l'exercice
# suivant, tu raisonneras étape par étape ; pour celui-ci, donne seulement le nombre", "for
# the next question, think step by step"): blanked from its opening to its clause's end.
_ELSEWHERE = re.compile(
    r"(?:^|(?<=[.;:!?\n]))\s*+(?:"
    r"(?:pour|dans|a|au|lors de|en)\s++(?:l'|le |la |un |une |les )?\s*+"
    r"(?:exercice|question|enigme|probleme|tache|prompt)s?\s++(?:suivante?s?|prochaine?s?|d'apres|autre)"
    r"|(?:au|a la|pour le|pour la|dans le|dans la|lors du|lors de la)\s++prochaine?\s++"
    r"(?:exercice|question|enigme|probleme|tache|prompt|fois)"
    r"|la prochaine fois|une autre fois"
    r"|(?:for|in|on)\s++(?:the|a|an)\s++(?:next|following|later|other|another)\s++"
    r"(?:exercise|question|task|riddle|problem|prompt)|next time|another time"
    r")\b[^.;!?\n]*+"
)


# A self-graded checklist (round 10: "| Raisonnement étape par étape | ✅ |", "- [x] pas à
# pas", "Étapes détaillées : ✔") ticks what the prompt claims to do: a line whose tick is its
# status (after a list marker, or last but for cell bars and punctuation) asks nothing. A
# tick inside a sentence that asks ("coche [x] chaque étape et raisonne") is kept. A status here is any
# mark of :mod:`workshop.prompts.ticks`: a tick, a cross or an empty box.
_TICK = rf"(?:[{TICKS}{CROSSES}{EMPTY_BOX_MARK}]|{TICKED_BOX}|{EMPTY_BOX})"
# A line of sentences that ends on a tick ("… Justifie. Merci ✅") is no checklist item: the tick
# closes what it says (round 41, fix-helper sym41).
_CHECKLIST_LINE = re.compile(
    rf"^[ \t]*+(?:[-*+][ \t]*+{_TICK}[^\n]*+|"
    rf"(?:\d{{1,3}}[.)])?(?:[^\n.!?]|[.!?](?![ \t]))*?{_TICK}[ \t|.,;:!\ufe0f]*+)$",
    re.M,
)
# An unfilled template slot (round 10: "Méthode : [étape par étape / directe]", "<pas à pas |
# directe>", "[à compléter]") offers a choice or a blank: it asks for neither.
_SLOT = re.compile(
    r"\[[^\[\]\n]{0,120}?(?:\s/\s|/|\|| ou | or |a completer|to fill|to complete|\.\.\.|…)[^\[\]\n]{0,120}\]"
    r"|<[^<>\n]{0,120}?(?:/|\|| ou | or |a completer|to fill|\.\.\.|…)[^<>\n]{0,120}>"
)


# A template field the prompt fills with a refusal (round 20b: "Raisonnement étape par étape :
# (inutile, laisse vide)", "Rôle : aucun", "Limit: none"): its label asks nothing, whatever
# it names. The field's label (a line's or a sentence's start, up to a colon), then a value
# that opens with "non", "aucun", "inutile", "vide", "none", "n/a", "—"...
_DECLINED_FIELD = re.compile(
    r"(?m)(?:^|(?<=[.;!?]))[^\S\n]*+[^:\n.;!?]{1,60}+:[^\S\n]*+[(\[«\"]?[^\S\n]*+"
    r"(?:non|no|none|nope|aucune?|rien|nothing|nul(?:le)?|inutile|useless|unnecessary|unneeded|"
    r"pas besoin|pas la peine|not needed|no need|n/a|sans objet|vide|empty|blank|laisse(?:r)? vide|"
    r"leave (?:it )?(?:empty|blank)|skip|a ignorer|ignore|[-—–]{1,3}(?=[^\S\n]*+(?:$|[.;)\]])))"
    r"(?![a-z'-])[^\n.;!?]*+"
)


# Round 47 (fix-helper box47): a TICKED list item whose label and colon open a request or a role
# ("- [x] Rôle : tu es professeur de logique.", "☑ Format : réponds en JSON", "- [X] **Role:** you
# are…") is the prompt's spec written as a checklist: its tick and bullet are blanked and the rest is
# read like any "Label : …" line. Not an empty or crossed box ("- [ ] Format : JSON", "❌ …": an item the
# student marks as not in force, like the unticked option "- [ ] non"), not a bare label ("- [x] Rôle")
# nor a status claim after the colon ("- [x] Rôle : donné", "Role: done"): those stay checklist claims.
_CHECKED_SPEC = re.compile(
    rf"(?m)^(?P<mark>[ \t]*+(?:[-*+][ \t]*+)?(?:[{TICKS}]\ufe0f?|{TICKED_BOX}))[ \t]*+"
    r"(?=\*{0,2}[a-z][^\n:.!?*]{0,40}+\*{0,2}[ \t]*+:(?!\*{0,2}[ \t]*+"
    r"(?:fait|faite|done|ok|oui|yes|vrai|true|donnee?|demandee?|incluse?|included|presente?|given|asked|"
    r"provided|checked?|cochee?|validee?|validated|respectee?|completee?|completed|precisee?|specified|"
    rf"[{TICKS}])?\W*+$))"
)


def _checked_specs_read(text: str) -> str:
    return _CHECKED_SPEC.sub(lambda m: " " * len(m.group(0)), text)


# Session 43 (fix-helper g43, box47's left gaming): an instruction the student marks as NOT to do is no
# request: a line that opens (after a bullet or a number) on a cross or an empty box (« ❌ Étapes :
# raisonne étape par étape », "✗ Think step by step", "🚫 Role: you are a logic teacher", "[ ] Format:
# JSON"), or whose label before its colon is crossed (« Étapes ❌ : raisonne »), and struck text
# (``<s>``, ``<del>``, ``<strike>``: "~~…~~" the normal form already deletes). A crossed line that says
# its own negation (« ❌ Ne donne pas que le nombre », "❌ Don't answer without reasoning") is a do/don't
# list's "don't" item written out: read as written, the cross adding nothing.
_CROSS = rf"(?:[{CROSSES}{EMPTY_BOX_MARK}]|{EMPTY_BOX})"
_CROSSED_LINE = re.compile(
    rf"^[ \t]*+(?:(?:[-*+]|\d{{1,3}}[.)])[ \t]*+)?"
    rf"(?:{_CROSS}[^\n]*+|[^\n:{CROSSES}{EMPTY_BOX_MARK}]{{1,40}}+{_CROSS}[ \t]*+:[^\n]*+)",
    re.M,
)
_STRUCK_TAG = re.compile(r"<(s|del|strike)>[^<\n]{0,400}+</\1>")


def _crossed_blanked(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        return m.group(0) if _NEGATION.search(m.group(0)) else " " * len(m.group(0))

    return _STRUCK_TAG.sub(lambda m: " " * len(m.group(0)), _CROSSED_LINE.sub(blank, text))
# Round 51 (r51f-summary-en-markdown-checklist): a checklist handed to the model to go through before it
# answers ("Before you send it, go through this checklist:" then "- [ ] at most 60 words", « Avant
# d'envoyer, vérifie : » then « - [ ] 60 mots maximum »): a lead line that tells the model to check, then
# two empty boxes or more in a row, none ticked, are requests; their boxes are blanked and the items read as
# a list. An empty box without such a lead, or among ticked ones, stays an item not in force (round 47).
_TODO_LEAD = re.compile(
    r"(?:checklist|check[ \t]++list|go[ \t]++through|run[ \t]++through|tick[ \t]++off|make[ \t]++sure|"
    r"before[ \t]++(?:you[ \t]++)?(?:send|answer|repl|submit|hand)|verifie|verifiez|"
    r"passe[ \t]++en[ \t]++revue|assure-toi|assurez-vous|"
    r"avant[ \t]++(?:d'envoyer|de[ \t]++(?:repondre|rendre|l'envoyer|me[ \t]++l'envoyer))|"
    r"coche|cochez|check(?:s|[ \t]++that|[ \t]++each|[ \t]++every)?)[^\n:]*+:[ \t]*+$"
)
_TODO_ITEM = re.compile(
    rf"(?<![ \t])[ \t]*+(?:[-*+][ \t]*+)?(?P<box>\[ \]|{EMPTY_BOX_MARK})[ \t]++[^\s\[{EMPTY_BOX_MARK}{TICKS}]"
)
_TICKED = re.compile(rf"{TICKED_BOX}|[{TICKS}]")


def _todo_checklists_read(text: str) -> str:
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if not _TODO_LEAD.search(lines[index]):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and _TODO_ITEM.match(lines[end]):
            end += 1
        items = lines[index + 1 : end]
        if len(items) >= 2 and not any(_TICKED.search(item) for item in items):
            for at in range(index + 1, end):
                box = _TODO_ITEM.match(lines[at])
                assert box is not None
                start, stop = box.span("box")
                lines[at] = lines[at][:start] + " " * (stop - start) + lines[at][stop:]
        index = max(end, index + 1)
    return "\n".join(lines)


def _claims_blanked(text: str) -> str:
    text = _todo_checklists_read(text)  # round 51: first, its empty boxes are no crosses
    text = _crossed_blanked(text)  # session 43
    text = _checked_specs_read(text)  # round 47
    text = _CHECKLIST_LINE.sub(lambda m: " " * len(m.group(0)), text)
    text = _DECLINED_FIELD.sub(lambda m: " " * len(m.group(0)), text)  # round 20b
    return _SLOT.sub(lambda m: " " * len(m.group(0)), text)


# Round 25b: a statement or a request, a colon, then the task's question ("Je révise le brevet
# et je bloque sur cette question : 35 et 64 sont-ils premiers entre eux ?", "Think step by
# step: how many sisters does Caroline have?"): what comes before the colon is said or asked
# all the same; the question only is the student's. Not when the part before is itself a
# question ("Faut-il raisonner étape par étape : oui ou non ?") or the question is about it
# ("Raisonner étape par étape : est-ce utile ?", "Think step by step: is that needed?").
_ASKING_LEAD = re.compile(
    r"\b(?:est-ce|faut-il|dois-je|devrais-je|puis-je|suis-je|ai-je|[a-z]+-(?:tu|vous|il|elle|on)|"
    r"should|shall|must i|do i|do you|does|did|is it|is that|is this|are you|would|could|can i|can we|"
    r"why|pourquoi|comment|how|what|quoi|quel|quelle|which|whether|si)\b"
)
_ABOUT_IT = re.compile(
    r"^\W*+(?:est-ce|c'est|ca|cela|ceci|vraiment|utile|necessaire|obligatoire|ok|d'accord|bonne idee|"
    r"tu crois|tu penses|vous croyez|oui|non|is it|is that|is this|it is|that is|really|useful|needed|"
    r"necessary|required|mandatory|worth|good idea|do you think|do i|should|right|yes|no|why|pourquoi)\b"
)


# Session 37 (round 38's r38f-sentiment-typos-chatty, r38f-summary-expo-typos): a statement then a
# tag that asks the model to agree ("tu es un analyste des avis clients ok ?", "Raisonne étape par
# étape, d'accord ?", "You are a logic teacher, got it?") asks what the statement asks; a question
# before the tag ("Tu es prof ou pas, ok ?") or a tag that asks for a fact ("right?", « non ? », «
# n'est-ce pas ? ») does not.
_TAG_QUESTION = re.compile(
    r"(?:,[^\S\n]*+|(?<![\s,])[^\S\n]++)(?:ok|okay|d'accord|compris|entendu|ca marche|c'est bon|"
    r"c'est compris|ca te va|ca vous va|got it|understood|alright|all right|deal|agreed)[^\S\n]*+\?[\s?!.]*+$"
)

_EITHER_WAY = re.compile(r"\b(?:ou pas|ou non|or not|oui ou non|yes or no)\b")


def _before_the_question(sentence: str) -> str:
    """The statement before a question's colon, blanked question after it; "" when none."""
    head, colon, question = sentence.rpartition(":")
    if (
        not colon
        or not head.strip()
        or _ASKING_LEAD.search(head)
        or _ABOUT_IT.match(question)
        or (len(re.findall(r"[a-z0-9]+", question)) < 4 and not _DATA_BLANKED.search(question))
    ):  # the task's question may be blanked out as data (:func:`evaluate.without_data`)
        return ""
    return head + " " * (len(colon) + len(question))


# Round 101 (fix101, r101f-coprime-en-voice-dictation-unsure: "um you're a maths teacher okay so Are 35 and
# 64 coprime?"): a statement run on into the question without a stop, as dictation or a hurried comma joins
# them ("you're a maths teacher, are …", « tu es prof de maths bon alors 35 et 64 sont-ils … ? »): what
# comes before the run-on's joint (a comma, a filler or a discourse word) is said all the same, when what
# follows it opens a question (a question word or an inverted verb) and the part before asks nothing.
_RUN_ON_JOINT = re.compile(
    r",|(?<![\w'-])(?:okay|ok|so|alors|donc|bon|du coup|bref|um++|uh++|erm|euh++|hm++|heu|well|and|et|puis"
    r"|then)(?![\w'-])"
    # no joint at all ("you're a maths teacher are 35 and 64 coprime"): the question's own first word
    r"|(?<![\w'-])(?=(?:are|is|do|does|can|what|which|how|why|est-ce|combien)(?![\w'-]))"
)
_QUESTION_OPENS = re.compile(
    r"(?:are|is|do|does|did|can|could|will|would|what|what's|which|how|why|who|when|where|"
    r"est-ce|combien|quel|quelle|quels|quelles|comment|pourquoi|qui|quoi)(?![\w'-])"
)
_INVERTED = re.compile(r"(?<=[a-z])-(?:t-)?(?:ils|elles|il|elle|on)(?![\w'-])")


def _before_run_on_question(sentence: str) -> str:
    """The statement run on into a question without a stop (see above), the question blanked; "" when none."""
    for joint in _RUN_ON_JOINT.finditer(sentence):
        head, tail = sentence[: joint.start()], sentence[joint.end() :]
        if len(re.findall(r"[a-z]+", head)) < 3 or _ASKING_LEAD.search(head) or _EITHER_WAY.search(head):
            continue
        if _ABOUT_IT.match(tail):
            return ""  # the question is about what comes before ("Think step by step: is that needed?")
        if (
            _QUESTION_OPENS.match(sentence, past_blanks(sentence, joint.end()))
            or _INVERTED.search(tail)
            # the question blanked as the task's data (:func:`evaluate.without_data`): « bon alors      ? »
            or (_DATA_BLANKED.search(tail) and len(re.findall(r"[a-z0-9]+", tail)) < 4)
        ):
            return head + " " * (len(sentence) - len(head))
    return ""


@text_cache(maxsize=1024)
def _requests(text: str) -> str:
    """The folded prompt without what asks the model nothing: questions that are not
    polite requests, reported speech, quoted words that are mentioned ("le mot « X »"),
    quotations the student's own words do not ask for (:data:`_QUOTATION`), notes to the
    grader (:data:`_TO_GRADER`), ticked checklists and unfilled slots (:data:`_CHECKLIST_LINE`,
    :data:`_SLOT`)."""
    kept = []
    for sentence in sentences(
        _ELSEWHERE.sub(
            lambda m: " " * len(m.group(0)), _shown_blanked(_to_grader_blanked(_claims_blanked(text)))
        )
    ):
        sentence = _THIRD_PARTY.sub(lambda m: " " * len(m.group(0)), sentence)
        sentence = _OTHER_MODEL.sub(lambda m: " " * len(m.group(0)), sentence)  # round 79
        sentence = _THIRD_ROLE.sub(lambda m: " " * len(m.group(0)), sentence)  # round 81
        if _TO_READER.match(sentence):
            continue  # round 79: addressed to the answer's readers
        lifted = _LIFTED.search(sentence)
        if lifted:
            sentence = " " * lifted.start() + sentence[lifted.start() :]
        sentence = _unwaived(sentence)  # round 18b
        sentence = asides.sayings_blanked(sentence, _OWN_REQUEST)  # round 33: a saying quoted
        if sentence.rstrip().endswith("?") and not _POLITE.search(sentence):
            tag = _TAG_QUESTION.search(sentence)
            head = sentence[: tag.start()] if tag else ""
            if head.strip() and not _ASKING_LEAD.search(head) and not _EITHER_WAY.search(head):
                sentence = head  # session 38: "tu es un prof d'histoire ok ?"
            else:
                # round 25b: "" when it asks nothing; round 101: a statement run on into the question
                sentence = _before_the_question(sentence) or _before_run_on_question(sentence)
        if _past(sentence):  # round 20b
            sentence = _past_blanked(sentence)
        if _REPORTED.search(sentence):
            sentence = _before_reported(sentence)
        if not sentence.strip() or _TO_GRADER.search(sentence):
            continue
        kept.append(_unmentioned(sentence))
    return "\n".join(kept)


# Session 41 (round 45): a voice-typed run-on sentence ("tu es prof de maths une droite ... quels sont
# ses paramètres ma pote dit que b c'est moins dix vérifie") reports speech from its reporter on
# ("ma pote dit que", "my friend says that"); what the student says before it still asks.
_REPORTER = re.compile(
    r"(?<![\w'])(?:ma|mon|mes|my|notre|nos|our|sa|son|ses|his|her|their|leur|leurs)\s++(?:[a-z'-]++\s++)?"
    r"(?:dit|disent|affirme|affirment|pretend|pretendent|assure|assurent|says|say|said|claims|tells|told|reckons)"
    r"\s++(?:que|qu'|that)\b"
)


def _before_reported(sentence: str) -> str:
    """What a sentence with reported speech says before its reporter (three words or more, no
    reported speech in them), or "" (the whole sentence reported)."""
    found = _REPORTER.search(sentence)
    head = sentence[: found.start()] if found else ""
    return head if len(head.split()) >= 3 and not _REPORTED.search(head) else ""


# A sentence about a past time (round 20b: "Mon résumé de la semaine dernière faisait 60 mots
# maximum", "L'an dernier, on m'avait imposé 60 mots maximum", "Last year my summary had to
# fit in 60 words") tells what was, it asks nothing now, for every aspect (round 19b's
# reasoning in the past, for a role, a format or a limit too): a past time and a verb in a
# past tense, unless it asks the same again ("comme l'an dernier", "encore", "again").
_PAST_TIME = re.compile(
    r"\b(?:hier|avant-hier|la semaine (?:derniere|passee)|le mois (?:dernier|passe)|l'an (?:dernier|passe)|"
    r"l'annee (?:derniere|passee)|la derniere fois|l'autre jour|autrefois|yesterday|"
    r"last (?:week|month|year|time)|"
    r"the other day|the last time|previously|"
    # round 79: a former thing of the student's (« dans mon dernier projet », "in my last project")
    r"(?:dans|sur|pour|lors de|pendant|a|au|in|on|for|at|during)\s++(?:mon|ma|notre|my|our)\s++"
    r"(?:dernier|derniere|precedent|precedente|ancien|ancienne|last|previous|former|old|earlier)\s++"
    r"(?:projet|stage|job|boulot|travail|poste|cours|classe|mission|emploi|entreprise|project|internship|"
    r"course|class|company|app|application|api|site|website|code|script|tp|td))\b"
)
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{3,}(?:ait|aient)|avait|avaient|etait|etaient|a ete|ont ete|a dit|a trouve|a impose|"
    # round 79: the imperfect of "je", "nous", "tu" (« j'avais un JSON comme … », « nous utilisions »)
    r"(?:j'|je\s++|nous\s++|tu\s++|t')[a-z]{2,}(?:ais|ions)|"
    r"was|were|had|did|used to|[a-z]{3,}ed)\b"
)
_ASKED_AGAIN = re.compile(
    r"\b(?:comme (?:hier|l'an dernier|l'annee derniere|la derniere fois|la semaine derniere|avant)|"
    r"encore|a nouveau|de nouveau|refais|recommence|pareil|meme chose|again|as before|like last|same|"
    # round 66 (fix66): the past thing asked again (« hier ton JSON était … : redonne-le »)
    r"redonne|redonnez|reecris|reecrivez|remets|remettez|repete|repetez|rewrite|repeat|resend|redo)\b"
)


# A sentence closed inside its bracket ("(... I copied it wrong yesterday.) Think step by step"):
# :func:`sentences` does not cut there, yet the past ends with it (session 36).
_CLOSED = re.compile(r"(?<=[.!?][)\]\"'»”])\s++")


def _past_blanked(sentence: str) -> str:
    """``sentence`` with its pieces about a past time blanked (:func:`_past`), each piece closed
    by a bracket or a quotation mark read apart; "" when every piece is."""
    pieces = _CLOSED.split(sentence)
    kept = " ".join(_past_tail_blanked(p) if _past(p) else p for p in pieces)
    return kept if kept.strip() else ""


# Round 87: a request that leads its sentence, the past told after a comma ("think step by step pls,
# my cousin did this workshop last year and she got it wrong", « raisonne étape par étape, mon cousin
# s'était trompé l'an dernier ») still asks: its leading clauses with neither a past time nor a past
# verb are kept, the rest blanked. A past time that leads ("L'an dernier, on m'avait imposé 60 mots")
# blanks the whole sentence, as before.
_CLAUSE_CUT = re.compile(r"(?<=[,;])\s++|(?<!\s)\s++(?=[-–—]\s)")


def _past_tail_blanked(piece: str) -> str:
    """``piece`` (a past one) with its clauses from the first that holds a past time or verb blanked."""
    at = 0
    for cut in list(_CLAUSE_CUT.finditer(piece))[:20]:
        clause = piece[at : cut.start()]
        if _PAST_TIME.search(clause) or _PAST_VERB.search(clause):
            break
        at = cut.end()
    return piece[:at] + " " * (len(piece) - at)


def _past(sentence: str) -> bool:
    return bool(
        _PAST_TIME.search(sentence) and _PAST_VERB.search(sentence) and not _ASKED_AGAIN.search(sentence)
    )


# A request revoked afterwards (round 20b: "Tu es journaliste scientifique. Non, oublie ça, ne
# joue aucun rôle", "…, cette fois, aucune limite", "no role", "no word limit"): what the
# aspect asked before its last revocation is not asked.
_REVOKED = {
    "role": re.compile(
        r"\b(?:(?:ne (?:joue|prends|adopte|endosse)|n'(?:adopte|endosse))\s++aucun role|"
        r"pas de role|aucun role|"
        r"sans (?:aucun )?role|no role|(?:don't|do not) (?:play|take|adopt) (?:a|any) role|"
        r"sois (?:juste |simplement )?toi-?\s?meme|be (?:just )?yourself)\b"
    ),
    "limit": re.compile(
        r"\b(?:aucune (?:limite|contrainte de longueur)|pas de limite|sans (?:aucune )?limite|longueur libre|"
        r"no (?:word |length )?limit|without (?:a |any )?(?:word |length )?limit|no length constraint)\b"
    ),
}


# A rubric request withdrawn in prose (round 21b: "… → positive. Non, oublie cet exemple.",
# "(Exemple supprimé : « … » → positive, ne pas en tenir compte.)", "Actually, ignore that
# example", "format abandonné"), for every aspect as round 15b's retracted formats and round
# 20b's revoked roles: a verb of withdrawal then the aspect's noun, or the noun then a
# participle of withdrawal. What the aspect asked up to the withdrawal (to the end of its
# parentheses or its sentence when the noun comes first) is not asked.
_ASPECT_NOUN = {
    "example": r"(?:exemples?|examples?)",
    "format": r"(?:format|formats|mise en forme|layout)",
    "role": r"(?:role|roles|persona|personnage)",
    "limit": r"(?:limite|limites|limit|limits|contrainte de longueur|word limit|length limit)",
    "reasoning": r"(?:raisonnement|reasoning|methode|method)",
}
_WITHDRAW_VERB = (
    r"(?<!n')(?<!ne )\b(?:oublie|oubliez|ignore|ignorez|laisse tomber|laissez tomber|supprime|supprimez|"
    r"retire|retirez|enleve|enlevez|annule|annulez|efface|effacez|forget|disregard|drop|scrap|remove|delete|"
    r"skip)\s++(?:(?:donc|plutot|finalement|just|then)\s++)?"
    r"(?:cet|cette|ce|l'|le|la|les|ces|mon|ma|mes|that|this|the|my|these|those)\s*+(?:[a-z]++\s++)?"
)
_WITHDRAWN_PARTICIPLE = (
    r"(?:\s++(?:ci-dessus|precedente?s?|above|below|ci-dessous))?\s++(?:supprimee?s?|retiree?s?|annulee?s?|"
    r"abandonnee?s?|desactivee?s?|obsoletes?|removed|deleted|withdrawn|cancell?ed|dropped|disabled|scrapped|"
    r"deprecated)\b"
)
_WITHDRAWN = {
    aspect: re.compile(rf"{_WITHDRAW_VERB}{noun}\b|(?P<first>\b{noun}{_WITHDRAWN_PARTICIPLE})")
    for aspect, noun in _ASPECT_NOUN.items()
}
_BRACKET_END = re.compile(r"[^()\n]{0,600}\)")
_SENTENCE_OVER = re.compile(r"[.!?](?=\s)|\n")


def _after_withdrawn(aspect: str, text: str) -> str:
    end = 0
    for found in _WITHDRAWN[aspect].finditer(text):
        stop = found.end()
        if found.group("first"):
            opened = text.rfind("(", 0, found.start())
            closed = _BRACKET_END.match(text, found.end())
            if opened >= 0 and ")" not in text[opened : found.start()] and closed:
                stop = closed.end()
            else:
                over = _SENTENCE_OVER.search(text, found.end())
                stop = over.end() if over else len(text)
        end = max(end, stop)
    return " " * end + text[end:] if end else text


# A request excepted for this very question (round 24b: "Tu es professeur de mathématiques,
# sauf pour cette question-ci où tu n'es personne", "You are a maths teacher, except for this
# question", "Tu es un professeur de logique. Sauf ici : …", "excepté cette fois-ci"): what its
# sentence asked before the exception (the sentence before, when the exception opens its own)
# is not asked, for every aspect. An exception for something else ("sauf que tu réponds en
# deux lignes", "except when I ask about history") withdraws nothing.
_EXCEPTED = re.compile(
    r"\b(?:sauf|excepte|hormis|a l'exception d[eu']|except(?:ed)?|apart from|other than|but not)\s*+"
    r"(?:(?:pour|dans|for|in|on)\s++)?(?:(?:cette|ce|cet|this|the present|la presente|le present)\s++"
    r"(?:question|enigme|exercice|probleme|demande|requete|message|prompt|tache|fois|cas|"
    r"riddle|puzzle|exercise|problem|request|task|time|one|case)(?:-ci|-la)?|(?:celle|celui)-(?:ci|la)|"
    r"ici|maintenant|aujourd'hui|here|now|today)\b"
)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*+$")


def _after_excepted(text: str) -> str:
    for found in _EXCEPTED.finditer(text):
        start = 0
        opened = _SENTENCE_START.search(text, 0, found.start())
        if opened:
            start = opened.start() + 1
            if not re.search(r"[a-z]", text[start : found.start()]):  # the exception opens its sentence
                before = _SENTENCE_START.search(text, 0, opened.start())
                start = before.start() + 1 if before else 0
        text = text[:start] + " " * (found.end() - start) + text[found.end() :]
    return text


# A commented-out line of code that says it is disabled (round 21b: "// format: … (option
# abandonnée)", "# exemple désactivé (ne pas utiliser) : …"): it asks nothing, for every
# aspect. A comment without such a word is read as any other line.
_COMMENT_OPEN = re.compile(r"^\s*+(?://|#|/\*|<!--|--\s)|\s//\s")
_DISABLED = re.compile(
    r"\b(?:desactivee?s?|abandonnee?s?|obsoletes?|supprimee?s?|retiree?s?|annulee?s?|inutilisee?s?|"
    r"inactive?s?|ne pas (?:utiliser|en tenir compte|prendre en compte)|a ignorer|commentee?s?|"
    r"disabled|deprecated|removed|deleted|unused|inactive|do not use|don't use|not used|commented out|"
    r"ignored?)\b"
)


def _disabled_comments_blanked(text: str) -> str:
    return "\n".join(
        " " * len(line) if _COMMENT_OPEN.search(line) and _DISABLED.search(line) else line
        for line in text.split("\n")
    )


# Session 60 (fix107report, round 107): a limit waived in the same prompt is no limit: « 60 mots au maximum
# (si tu dépasses un peu, ce n'est pas grave) », "60 words max, no big deal if you go over", "about 60
# words, roughly, don't worry", « tu peux dépasser », "feel free to go over". Read as a revocation.
_FINE = (
    r"(?:ce n'est pas grave|c'est pas grave|pas grave|pas de souci|pas de probleme|aucun souci|"
    r"aucun probleme|"
    r"ca ira|ca passe|tant pis|on s'en fiche|peu importe|c'est ok|"
    r"no big deal|not a big deal|it's fine|that's fine|it's ok(?:ay)?|that's ok(?:ay)?|no worries|"
    r"no problem|"
    r"(?:it )?doesn't matter|never mind)"
)
_OVER = (
    r"(?:si (?:tu|vous|ca|le resume|il) (?:depasses?|depassez|deborde[sz]?|vas au-dela|allez au-dela|"
    r"fais plus|"
    r"faites plus|en mets plus|est plus long)|"
    r"if (?:you|it|the summary) (?:go(?:es)? (?:a (?:bit|little) )?(?:over|above|beyond)|"
    r"run(?:s)? (?:a (?:bit|little) )?"
    r"(?:over|long(?:er)?)|exceed(?:s)?|(?:is|are) (?:a (?:bit|little) )?(?:over|longer)))"
)
_LIMIT_WAIVED = re.compile(
    rf"\b(?:{_OVER}[^.;!?()\n]{{0,40}}?[,:]?\s*+{_FINE}|{_FINE}\s++{_OVER}|"
    r"(?:tu peux|vous pouvez|libre a (?:toi|vous) de|n'hesite pas a|n'hesitez pas a) (?:la |les )?depasser|"
    r"(?:feel free|you can|you may|it's fine) to go (?:a (?:bit|little) )?over|"
    r"(?:(?:roughly|approximately|more or less|environ|a peu pres|grosso modo),?\s++)?"
    r"(?:ne t'inquiete pas|ne vous inquietez pas|t'inquiete pas|(?:don't|do not) worry)"
    r"(?: (?:pour|de|about|if you exceed|about going over) (?:la longueur|le nombre de mots|la limite|"
    r"the length|the (?:word )?(?:count|limit)|it))(?=\s*+[.;!)\n]|$)|"
    r"(?:roughly|approximately|more or less|environ|a peu pres|grosso modo),?\s++"
    r"(?:ne t'inquiete pas|ne vous inquietez pas|t'inquiete pas|(?:don't|do not) worry)(?=\s*+[.;!)\n]|$))"
)


def _after_revoked(aspect: str, text: str) -> str:
    revoked = _REVOKED.get(aspect)
    ends = [m.end() for m in revoked.finditer(text)] if revoked else []
    if aspect == "limit":
        ends = sorted([*ends, *(m.end() for m in _LIMIT_WAIVED.finditer(text))])
    return " " * ends[-1] + text[ends[-1] :] if ends else text


def _unwaived(sentence: str) -> str:
    """The sentence with what its last waiver (:data:`_WAIVED`) makes optional blanked."""
    waived = list(_WAIVED.finditer(sentence))
    if not waived:
        return sentence
    return " " * waived[-1].end() + sentence[waived[-1].end() :]


def _unmentioned(sentence: str) -> str:
    """The sentence with its mentioned quotations blanked: a quotation after a word such
    as "mot", "terme", "word", and each quotation listed right after such a one."""
    out, last, mentioned = [], 0, False
    for quoted in _QUOTED.finditer(sentence):
        between = sentence[last : quoted.start()]
        mentioned = bool(_MENTION.search(between[-40:])) or (
            mentioned and bool(_LIST_JOIN.fullmatch(between))
        )
        out.append(between)
        out.append(" " * len(quoted.group(0)) if mentioned else quoted.group(0))
        last = quoted.end()
    out.append(sentence[last:])
    return "".join(out)


def _clauses_of(sentence: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]


def _asks(clause: str, *patterns: re.Pattern[str]) -> bool:
    """Each of ``patterns`` on its own words of the clause ("format" is not both the verb
    and the noun), and no negation up to the last of them."""
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        match = next(
            (m for m in pattern.finditer(clause) if all(m.end() <= s or m.start() >= e for s, e in spans)),
            None,
        )
        if match is None:
            return False
        spans.append(match.span())
    if any(p.match(clause, z.end()) for z in _ZERO.finditer(clause) for p in patterns):
        return False  # "Explique ton raisonnement en 0 étape": what it asks for, it counts none of
    return not _NEGATION.search(clause[: max(e for _, e in spans)])


# Work asked in order before the conclusion (round 9: "Fais d'abord la liste des enfants,
# puis conclus", "List the children first, then answer"): a first step, then the answer.
# A first step that is the answer itself ("donne d'abord la réponse, puis...") is none.
_ORDERED_WORK = re.compile(
    r"\b(?:d'abord|tout d'abord|en premier|en premier lieu|commence par|commencez par|first|start by|"
    r"begin by)\b([^.;!?\n]{0,160}?)\b(?:puis|ensuite|apres quoi|et seulement apres|then|and only then|"
    r"after that|afterwards)\s*+,?\s*+(?:seulement\s++|only\s++|enfin\s++|finally\s++)?(?:tu\s++)?"
    r"(?:conclus|concluez|conclure|conclude|reponds|repondez|repondre|answer|respond|donne|donnez|give|"
    r"tranche|tranchez|decide|deduis|deduisez|deduce|state)\b"
)


# Reasoning asked as a procedure to follow and write (round 19b: "Avant de répondre, liste
# tous les enfants un par un, vérifie l'énoncé sur ta liste", "list every child, then check
# the statement against your list"): work on the data named before the answer, or a listing
# followed by a check of it.
_PROCEDURE = re.compile(
    r"\b(?:avant de (?:repondre|conclure|donner|trancher)|avant ta reponse|before (?:answering|you answer|"
    r"giving|concluding)|before your answer)\b[\s,:]{0,3}(?:tu\s++|you\s++)?(?:dois\s++|must\s++|should\s++)?"
    r"(?:liste|listez|enumere|enumerez|dessine|dessinez|compte|comptez|verifie|verifiez|calcule|calculez|"
    r"list|enumerate|draw|count|check|verify|work out|compute)\b|"
    r"\b(?:liste|listez|enumere|enumerez|dessine|dessinez|list|enumerate|draw)\b[^.!?\n]{0,100}?"
    r"(?:,|\b(?:puis|ensuite|then|and then|et))\s*+(?:tu\s++)?(?:verifie|verifiez|controle|controlez|"
    r"check|verify|confirm)\b"
)


# Round 25b: thinking asked before the answer, across a comma ("Avant de répondre, réfléchis.",
# "Before you answer, think it through", "Réfléchis bien avant de conclure"): the verb of
# thinking itself, bare or with a word of care or of the problem, never thinking of something
# else ("Before you answer, think of a colour").
_BEFORE_ANSWER = (
    r"(?:avant de (?:repondre|conclure|donner ta reponse|trancher)|avant ta reponse|before (?:answering|you "
    r"answer|you reply|replying|giving your answer|concluding|you conclude)|before your answer)"
)
_THINK = (
    r"(?:reflechis|reflechissez|raisonne|raisonnez|think|reason)(?:\s++(?:bien|soigneusement|serieusement|"
    r"calmement|a voix haute|carefully|hard|it through|it over|it out|things through|out loud|aloud|"
    r"(?:a|au|sur|about)\s++(?:l'|la |le |the |this )?(?:enigme|probleme|question|riddle|problem|puzzle)))?"
    r"(?=\s*+(?:[.!;,:]|$|\n|puis|then|et|and))"
)
_THINK_FIRST = re.compile(
    rf"\b{_BEFORE_ANSWER}\b[\s,:]{{0,3}}(?:tu\s++|you\s++)?(?:dois\s++|must\s++|should\s++)?{_THINK}|"
    rf"\b{_THINK}[\s,]{{0,3}}{_BEFORE_ANSWER}\b"
)


def _procedure(text: str) -> bool:
    for sentence in sentences(text):
        found = (
            *_PROCEDURE.finditer(sentence),
            *_NAMED_WORK.finditer(sentence),
            *_THINK_FIRST.finditer(sentence),
        )
        for m in found:
            if not _NEGATION.search(sentence[: m.end()]):
                return True
    return False


# Reasoning asked as steps to follow (round 22b's fair r22bf-riddle-markdown-sections: "##
# Méthode" then "1. Liste les enfants de la famille. 2. Compte les filles. 3. Retire
# Caroline."): two list items in a row, each an order to work on the data, ask the model to
# work before it answers, as round 19b's "Avant de répondre, liste…" does. An item that
# reads, answers, is denied ("Ne compte rien") or is the student's own ("J'ai compté") is
# no step of work, and breaks the run.
_STEP_ITEM = re.compile(
    r"(?<![ \t])[ \t]*+(?:\d{1,2}[ \t]*+[.)]|[-*+\u2022])[ \t]*+(?:tu[ \t]++|you[ \t]++)?([a-z]++)"
)
_WORK_VERBS = frozenset(
    "liste listez enumere enumerez dessine dessinez compte comptez calcule calculez retire retirez "
    "enleve enlevez soustrais soustrayez identifie identifiez repere reperez verifie verifiez trouve "
    "trouvez determine determinez decompose decomposez applique appliquez divise divisez cherche "
    "cherchez compare comparez deduis deduisez ecris ecrivez note notez pose posez remplace "
    "remplacez exclus excluez distingue distinguez construis construisez "
    "list enumerate draw count compute calculate subtract remove identify check verify find "
    "determine decompose apply divide compare deduce write note leave exclude separate mark "
    "substitute build".split()
)
_STEP_ANSWERS = re.compile(r"\b(?:reponse|answer|resultat|result|nombre seul|number only)\b")

# Round 24b: a step of work named by its product ("fais la liste de tous les enfants", "dresse
# un schéma de la famille", "make a list of every child", "draw up a table") is work as its
# verb is ("liste les enfants"); asked before the answer ("Avant de conclure, fais la liste
# ...") or followed by a second step of work ("..., puis compte les filles", "then count the
# girls"), it is a method to follow, as round 19b's procedure and round 22b's steps are.
_WORK_PRODUCT = (
    r"(?:(?:fais|faites|dresse|dressez|etablis|etablissez|trace|tracez|construis|construisez|ecris|ecrivez|"
    r"make|draw up|draw|write out|write|build|sketch)\s++(?:(?:la|le|une|un|ton|ta|a|an|the|your)\s++|l')"
    # round 27: one word before the product ("sketch the family tree")
    r"(?:(?:family|genealogical|small|quick|petit|petite)\s++)?"
    r"(?:liste|list|schema|diagramme|diagram|tableau|table|arbre|tree|inventaire|decompte|recensement|"
    r"dessin|drawing|croquis|sketch)\b|"
    r"(?:liste|listez|enumere|enumerez|dessine|dessinez|list|enumerate|draw)\b)"
)
_NAMED_WORK = re.compile(
    r"\b(?:avant de (?:repondre|conclure|donner|trancher)|avant ta reponse|before (?:answering|you answer|"
    r"giving|concluding)|before your answer)\b[\s,:]{0,3}(?:tu\s++|you\s++)?(?:dois\s++|must\s++|should\s++)?"
    + _WORK_PRODUCT
    + r"|\b"
    + _WORK_PRODUCT
    + r"[^.!?\n]{0,160}?(?:,|\b(?:puis|ensuite|apres quoi|then|and then|after that))\s*+"
    r"(?:puis\s++|ensuite\s++|then\s++)?(?:tu\s++|you\s++)?(?:" + "|".join(sorted(_WORK_VERBS)) + r")\b"
)


_LONE_NUMBER = re.compile(r"^([ \t]*+\d{1,2}[ \t]*+[.)])[ \t]*+\n", re.M)


def _working_steps(text: str) -> bool:
    run = 0
    for line in _LONE_NUMBER.sub(r"\1 ", text).split("\n"):  # "1." split from its item
        m = _STEP_ITEM.match(line)
        if m and m.group(1) in _WORK_VERBS and not _STEP_ANSWERS.search(line, m.end()):
            run += 1
            if run >= 2:
                return True
        elif line.strip():
            run = 0
    return False


# Round 79: a first step of work, then a second across a ";" or a comma (« D'abord, liste les enfants ; puis
# compte les filles ; enfin, donne la réponse », "First list the children; then count the girls"): both
# verbs of work on the data (:data:`_WORK_VERBS`), the sequence being a method, as round 22b's steps are.
_FIRST_THEN_WORK = re.compile(
    r"\b(?:d'abord|tout d'abord|en premier lieu|en premier|premierement|first|firstly|first of all)\b"
    r"[ \t,:]*+(?:tu[ \t]++|you[ \t]++)?(?P<first>[a-z]++)[^.!?\n]{0,160}?[;,][ \t\n]*+"
    r"(?:puis|ensuite|apres|then|next|after that|afterwards|secondly|deuxiemement)\b[ \t,]*+"
    r"(?:tu[ \t]++|you[ \t]++)?(?P<second>[a-z]++)"
)


def _first_then_work(text: str) -> bool:
    for m in _FIRST_THEN_WORK.finditer(text):
        if m["first"] in _WORK_VERBS and m["second"] in _WORK_VERBS:
            if not _NEGATION.search(text, text.rfind("\n", 0, m.start()) + 1, m.end()):
                return True
    return False


# Round 107 (fair r107f-riddle-en-family-roster): a sentence that opens on a step of work on the data and
# ends on the answer ("List the children of the family, then end with 'Answer: ...'", « Dessine la famille,
# puis termine par « Réponse : … » ») orders the work before the conclusion as round 9's "first … then" does;
# the step must open the sentence (an order, not a mention) and not be the answer itself.
_WORK_THEN_ANSWER = re.compile(
    r"^[\s\"'«*_-]*+(?:liste|listez|enumere|enumerez|dessine|dessinez|compte|comptez|list|enumerate|draw|count)\b"
    r"([^.!?\n]{0,160}?)(?:,\s*+|\s++)(?:puis|ensuite|then|and then|after that)\s*+,?\s*+(?:tu\s++|you\s++)?"
    r"(?:conclus|concluez|reponds|repondez|donne|donnez|termine|terminez|finis|finissez|answer|respond|conclude|"
    r"give|end|finish|state)\b"
)

_ANSWER_NAMED = re.compile(r"\b(?:reponse|answer|resultat|result|solution|verdict|conclusion)s?\b")


def _ordered_work(text: str) -> bool:
    if _first_then_work(text):
        return True
    for sentence in sentences(text):
        for m in _WORK_THEN_ANSWER.finditer(sentence.strip()):
            step = m.group(1)
            if not _ANSWER_NAMED.search(step) and not _NEGATION.search(sentence[: m.end()]):
                return True
        for m in _ORDERED_WORK.finditer(sentence):
            lead = sentence[: m.start()]
            first = lead[lead.rfind(",") + 1 :] + m.group(0)[: m.end(1) - m.start()]
            if re.search(r"\b(?:reponse|answer|resultat|result|solution|verdict|conclusion)\b", first):
                continue
            if not _NEGATION.search(sentence[: m.end()]):
                return True
    return False


def _asked(text: str, *patterns: re.Pattern[str]) -> bool:
    return any(_asks(clause, *patterns) for s in sentences(text) for clause in _clauses_of(s))


# A form's field that leads with the role's own words ("- You are: a history teacher", « Vous êtes :
# professeur d'histoire », "Act as: a translator"): the colon (or a dash) between the lead and the noun is
# no part of it (round 87)
_COLON_AFTER_LEAD = re.compile(r"(?<![ \t])[ \t]*+(?:[:=—–][ \t]*+)?+")


def _role_in(sentence: str) -> bool:
    # round 79: a quoted role kept by _shown_blanked, read without its quotes
    sentence = _QUOTED_ROLE.sub(lambda m: " " + m.group(0)[1:-1] + " ", sentence)
    for lead in _ROLE_LEAD.finditer(sentence):
        if _NEGATION.search(sentence[: lead.start()][-20:]) or re.search(
            r"\b(?:n'|ne\s)", sentence[max(0, lead.start() - 6) : lead.end()]
        ):
            continue
        before = sentence[max(0, lead.start() - 40) : lead.start()]
        supposed = _supposed_role(sentence[max(0, lead.start() - 200) : lead.start()])
        if _CONDITION_BEFORE.search(before) and not supposed:
            continue  # "Si tu es professeur, ce sera facile": a condition, no assignment (round 21b)
        if _NEGATED_BEFORE.search(sentence, 0, lead.start()):
            continue  # "Non sei un traduttore", "Tu non sei", "Você não é" (round 24b)
        rest = sentence[lead.end() :]
        rest = _COLON_AFTER_LEAD.sub("", rest, count=1)  # round 87: "- You are: a teacher", « Tu es : … »
        adverb = _ADVERB_LEAD.match(rest)
        if adverb:  # "Tu es sûrement fatigué", "you are surely tired" (round 22b)
            if adverb.group(1) in _DOUBT:
                continue  # a doubted role is none (round 17b)
            rest = rest[adverb.end() :]
        if _NEGATED_NEXT.match(rest):
            continue  # "Du bist kein Mathelehrer", "Sie sind nicht", "you are no teacher" (round 24b)
        if _heads_a_department(rest):
            return True  # session 42: "the head of customer support", « responsable SAV », « la DRH »
        if _heads_a_group(rest):
            return True  # fix-helper r55fix: "a maths club leader", « membre du club d'astronomie »
        article = _ARTICLE.match(rest)
        noun = re.match(r"([a-z][a-z'-]*)", rest[article.end() :] if article else rest)
        if not noun:
            continue
        word = noun.group(1).split("'")[-1]
        after_genitive = rest[(article.end() if article else 0) + noun.end() :]
        if noun.group(1).endswith("'s") and _genitive_job(after_genitive):
            return True  # round 57 (fix57): "You are the school's online maths tutor": a job, its owner first
        if article and _THIRD_PERSON.match(article.group(0)) and word in _KIN:
            continue  # "Tu es sa sœur", "You are his sister": a relative of someone's, no job (round 31)
        if article and asides.praised(rest[article.end() :]):
            continue  # "You're an angel", "Tu es une vraie perle", "mon sauveur": praise, no job (round 33)
        if (
            article
            and _POSSESSIVE.match(article.group(0))
            and not _possessed_role(rest[article.end() :])
            and not _english_job(article.group(0), rest[article.end() :])
        ):  # round 27: "my maths tutor" is a job
            continue  # "Tu es mon dernier espoir", "You are my only hope": the user's, no job (round 22b)
        after_head = rest[(article.end() if article else 0) + noun.end() :]
        if word in ("charge", "chargee") and _IN_CHARGE_OF.match(
            rest, noun.end() + (article.end() if article else 0)
        ):
            return True  # "Tu es chargé de la relation client": a job ("chargé de clientèle"), not a task
        if word in ("responsable", "responsables") and _head_of(after_head):
            return True  # round 48: "Tu es responsable de la relation client", « responsable qualité »: a job
        heads = _title_words(after_head)
        if word == "responsible" and _department(heads) and not _a_thing(heads):
            return True  # session 43: "You are responsible for customer support", not "for the whole answer"
        if word in _SUPERLATIVE:
            after = re.match(r"(?<!\s)\s*+([a-z]+)", rest[(article.end() if article else 0) + noun.end() :])
            if not after or not (
                after.group(1) in _ROLE_NOUNS
                or (_ROLE_SUFFIX.search(after.group(1)) and after.group(1) not in _NOT_A_PERSON | _NOT_NOUNS)
            ):
                continue  # "Tu es le meilleur, je le sais": praise, no role
            return True
        after_noun = rest[(article.end() if article else 0) + noun.end() :]
        # Session 48 (fix70's note): "You are a kind maths teacher" — "kind" before a noun is an
        # adjective, as "friendly" is; only "a kind of" is the hedge that names no role
        adjective = word == "kind" and article is not None and not _OF_NEXT.match(after_noun)
        if (word in _NOT_A_ROLE and not adjective) or word in _NOT_ROLE_WORDS or len(word) < 2:
            continue
        if _idiom(rest[article.end() if article else 0 :]):
            continue  # session 43: "You are head over heels", "a late bloomer", « dans la lune »: a state
        if word in _NOT_NOUNS:
            if article and _someone(after_noun):
                return True  # "You are a better teacher"
            continue  # session 43: "You are over the moon", "You are clever", "better than this"
        if _VALUE_NEXT.match(after_noun):
            continue  # "Tu es le nombre 35", "you are the number 35": a value, no role
        if word in _KIN and _KIN_OF.match(after_noun):
            continue  # "Tu es le frère d'une traductrice": the role is the relative's
        if word in _ONLY and _ONLY_KIN_NEXT.match(after_noun):
            continue  # "You are the only sister of Caroline": a relative too (round 17b)
        if article and (word in _FUNCTION or word in _PREPOSITIONS):
            continue  # "tu es là pour m'aider": folded "là" is "la", and no noun follows it
        if _generic_assistant(rest[article.end() if article else 0 :]):
            continue  # "Tu es un assistant IA utile et bienveillant": what any model is, no job
        if _LABEL_LEAD.search(lead.group(0)):
            # "Ton métier : professeur de mathématiques", "Your job : tu lis les avis clients
            # d'une boutique en ligne" (its job told by what it does and where); "Rôle : le
            # bon", "Ton job : classer ces avis" name none
            if _activity_in(rest) or (re.search(r"(?:er|ir|re)$", word) and _activity_in("tu " + rest)):
                return True  # round 25b: "Ton rôle : trier les avis clients d'une boutique en ligne"
            if word.endswith("ing") and _activity_in("you " + rest):
                return True  # "Your role: summarising articles for a museum's newsletter"
            if (word in _ROLE_NOUNS or (_ROLE_SUFFIX.search(word) and word not in _NOT_A_PERSON)) and not (
                re.search(r"(?:er|ir|re)$", word) and _TASK_NEXT.match(after_noun)
            ):
                return True
            # session 38 (round 38's r38f-line-en-terse-sections): "Role: maths tutor.", "Persona:
            # customer-feedback analyst" (a trade after the words that qualify it, no verb)
            body = re.split(r"[.;!?\n(]", rest, maxsplit=1)[0]
            words = re.findall(r"[a-z][a-z'-]*+", body)
            if 1 < len(words) <= 6 and not _LABEL_VERB.search(body) and _names_a_trade(words):
                return True
            continue
        if article and _DEFINITE.match(article.group(0)):
            # round 23b: "the" one names a job only by a trade's noun after its qualifiers
            # ("Tu es le professeur", "le seul traducteur"), not a greeting or praise ("Tu es
            # le bienvenu", "la meilleure", "the chosen one")
            head = _COMPOUND_HEAD.match(after_noun)
            if _possessed_role(rest[article.end() :]) or (
                head and _PERSON_SUFFIX.search(head[1]) and head[1] not in _STATUS and _modifier(word)
            ):
                return True
            continue
        state = _state(word, after_noun)
        if not article and adverb and adverb.group(1) in _NOW:
            # round 23b: "Tu es maintenant fatigué / content": a state from now on; a job
            # then is named by its noun ("Tu es désormais professeur", "You are now a tutor")
            if word in _ROLE_NOUNS or (_PERSON_SUFFIX.search(word) and not state):
                return True  # "désormais consultant en logique": a field makes the trade
            continue
        if word in _STATUS:
            continue  # "You are a winner", "Tu es le gagnant": an outcome, no job (round 25b)
        if word in _ROLE_NOUNS or (
            (_ROLE_SUFFIX.search(word) or _FEMININE_EUR.search(word))
            and not state
            and word not in _NOT_A_PERSON
            and not _tool_compound("", after_noun)  # session 44: « une tondeuse à gazon »
        ):
            return True
        if article:
            # round 42 (r42g-rubric-role-toaster, r42g-rubric-en-role-unicorn): a thing or an
            # animal is no role ("Tu es un grille-pain", "You are a glittery unicorn"): its
            # noun phrase must name someone
            phrase = rest[article.end() :]
            if _ACTOR_LEAD.search(lead.group(0)):  # round 75: "Play a song by a singer" plays no singer
                phrase = _ACTOR_PHRASE_END.split(phrase, maxsplit=1)[0]
            if _FOREIGN_LEAD.search(lead.group(0)) or _someone(phrase):
                return True  # a noun in another language is read as before ("Eres un periodista")
            continue
        head = _COMPOUND_HEAD.match(after_noun)
        if head and _job_head(head[1]) and head[1] not in _STATUS and _modifier(word):
            return True  # "Tu es community manager" (round 19a): an English job title, its head last
        if _AS_LEAD.match(lead.group(0)) and _person_next(rest[article.end() if article else 0 :]):
            return True  # "As a logic teacher", "as a bilingual science teacher"
    for lead in _AS_LIKE.finditer(sentence):
        if not _NEGATION.search(sentence[: lead.start()][-20:]) and _person_next(" " + lead["noun"], 0):
            return True  # "Comme un professeur de logique, ...", never "comme une liste"
    return _leads_a_department(sentence)


# Round 24b: a role's lead in one of the languages it is read in (French, English, Spanish,
# German, Italian, Portuguese) is negated in that language too: the negation before the verb
# ("Non sei un traduttore", "Tu non sei", "No eres", "Você não é"; French and English "ne",
# "not", "no" are read above) or right after it ("Du bist kein Mathelehrer", "Sie sind nicht
# meine Lehrerin", "Du bist niemand", "Eres ningún profesor", "You are no teacher"). A
# negation after the role's noun ("Du bist Logiklehrer, kein Roboter") leaves the role.
_NEGATED_BEFORE = re.compile(r"\b(?:non|nao|nunca|niemals|nie)\s++$")
_NEGATED_NEXT = re.compile(
    r"^\s*+(?:kein[a-z]*+|nicht|nie|niemals|niemand|ningun[a-z]*+|nadie|nunca|nessun[a-z]*+|niente|nulla|"
    r"nenhum[a-z]*+|ninguem|no|not|never|nobody|none|jamais|personne|aucune?)\b"
)


# Round 22b: "Tu es" then an adverb reads on after it ("Tu es sûrement fatigué": a state); an
# adverb of doubt leaves no role (round 17b). "Tu es" then the user's possessive names a job only
# with a role or a person's noun after its qualifiers ("Tu es mon professeur particulier", "You
# are our translator"), not a feeling ("mon dernier espoir", "ma seule chance", "mon héros",
# "my only hope").
_ADVERB_LEAD = re.compile(
    r"^\s*+([a-z]{3,}ment|[a-z]{3,}ly|peut-etre|sans doute|deja|encore|toujours|aussi|vraiment|bien|tres|"
    r"maybe|perhaps|already|still|also|really|very|"
    # round 23b: from now on ("Tu es maintenant fatigué", "désormais prêt", "You are now ready")
    r"maintenant|desormais|dorenavant|a present|now|henceforth|from now on)\b\s*+,?+\s*+"
)
_NOW = {"maintenant", "desormais", "dorenavant", "a present", "now", "henceforth", "from now on"}
# The state an adjective says ("content", "patient", "confiant", "motivé", "attentive") ends as
# some nouns of a person do: without an article such a word is a job only when it is a trade's
# noun (round 25b: "Tu es désormais consultant", "Vous êtes enseignante", not "Tu es content",
# "You are creative") or names its field ("consultant en logique").
_STATE_SUFFIX = re.compile(r"(?:ant|ante|ent|ente|ive|if)s?$")
_TRADE_OF = re.compile(r"(?<!\s)\s++(?:en|chez|in|at)\s++(?!(?:ce|cet|cette|ces|this|the|a)\b)[a-z]{3,}")
_STATE_TRADES = set(
    "consultant consultante enseignant enseignante etudiant etudiante agent agente commercant commercante "
    "representant representante gerant gerante surveillant surveillante intervenant intervenante "
    "correspondant correspondante negociant negociante dirigeant dirigeante president presidente "
    "soignant soignante remplacant remplacante sergent lieutenant marchand marchande fabricant fabricante "
    "accountant attendant servant student merchant sergeant correspondent representative detective "
    "executive operative consultants students agents".split()
)
# A rank or an outcome is no job, whatever its suffix (round 25b: "You are the winner", "Tu es
# le grand gagnant", "Tu es un champion").
_STATUS = set(
    "winner winners loser losers gagnant gagnante gagnants perdant perdante vainqueur vainqueurs champion "
    "championne champions survivor survivant survivante hero heros heroine star genius genie favori "
    "favorite favourite elu elue chosen leader boss patron patronne".split()
)


def _state(word: str, after_noun: str) -> bool:
    return bool(_STATE_SUFFIX.search(word)) and word not in _STATE_TRADES and not _TRADE_OF.match(after_noun)


_DEFINITE = re.compile(r"^(?:le|la|the)\s")
_DOUBT = set(
    "surement probablement peut-etre certainement eventuellement sans doute maybe perhaps probably surely "
    "certainly possibly likely presumably".split()
)
_THIRD_PERSON = re.compile(r"^(?:son|sa|leur|his|her|their)\s")
_POSSESSIVE = re.compile(r"^(?:mon|ma|my|notre|our|ton|ta|your|son|sa|leur|his|her|their)\s")
_POSSESSED_QUALIFIERS = (
    _ONLY
    | _SUPERLATIVE
    | set("dernier derniere last grand grande petit petite cher chere dear vrai vraie true real".split())
    | set("nouveau nouvelle new plus ultime ultimate unique premier premiere first".split())
)


# Round 27: an English job named with its subject or kind before it ("my maths tutor", "our
# physics coach", "my private maths teacher"): the head noun comes last, within three words.
_ENGLISH_POSSESSIVE = re.compile(r"^(?:my|our|your)\s")
_ENGLISH_JOBS = set(
    "teacher tutor coach trainer instructor mentor professor lecturer editor translator analyst moderator "
    "examiner proofreader journalist reporter writer".split()
)


def _genitive_job(after: str) -> bool:
    """Whether a job noun ends the three words after a genitive ("the school's [online maths] tutor")."""
    words = re.findall(r"[a-z][a-z'-]*", re.split(r"[,.;:!?()\n]", after, maxsplit=1)[0])[:3]
    return any(w in _ENGLISH_JOBS for w in words)


def _english_job(possessive: str, after: str) -> bool:
    return bool(_ENGLISH_POSSESSIVE.match(possessive)) and _english_compound_role(after)


def _english_compound_role(after: str) -> bool:
    words = re.findall(r"[a-z][a-z'-]*", re.split(r"[,.;:!?()\n]", after, maxsplit=1)[0])[:3]
    return any(w in _ENGLISH_JOBS or w in _ROLE_NOUNS for w in words[1:])


def _possessed_role(after: str) -> bool:
    """Whether the words after a possessive name a job: its head noun, the first word after
    its qualifiers ("dernier", "only"), or in English the word after an adjective ("my
    personal tutor"), is a role or a person's noun."""
    found = re.findall(r"[a-z][a-z'-]*", re.split(r"[,.;:!?()\n]", after, maxsplit=1)[0])[:5]
    heads = [w.split("'")[-1] for w in found if w.split("'")[-1] not in _POSSESSED_QUALIFIERS][:2]
    compound = (  # "my maths tutor" (round 25b): a noun then a trade's
        heads[1:]
        and heads[0] not in _KIN
        and heads[1] not in _STATUS | _FUNCTION | _PREPOSITIONS
        and (
            heads[1] in _ROLE_NOUNS
            or (_PERSON_SUFFIX.search(heads[1]) is not None and not _STATE_SUFFIX.search(heads[1]))
        )
    )
    if len(heads) == 2 and not _ENGLISH_ADJECTIVE.search(heads[0]) and not compound:
        heads = heads[:1]  # "mon ami traducteur": the user's friend; "my maths tutor" a job (round 25b)
    return any(
        (word in _ROLE_NOUNS or word in _ASSISTANT)
        or (
            bool(_PERSON_SUFFIX.search(word) or _ROLE_SUFFIX.search(word))
            and len(word) > 4
            and word not in _NOT_A_PERSON
            and word not in _NOT_ROLE_WORDS
            and word not in _FUNCTION
        )
        for word in heads
    )


_ENGLISH_ADJECTIVE = re.compile(r"(?:al|ic|ive|ful|ous|ed|ing|ish|ary|own)$")


# A role under a condition or a hypothesis (round 21b: "Si tu es professeur de mathématiques,
# cet exercice va te sembler facile", "If you are a professional translator, this will be
# easy", "S'il s'avère que tu es traducteur", "Whether you are a teacher or not") assigns
# nothing: "si", "if", "whether", "au cas où", "suppose que" right before the role's lead, or
# "que" after a verb of supposing or turning out ("comme si tu es", "as if you are" pretend,
# they assign). "En tant que professeur, tu sauras répondre"
# still is a role: the model is addressed as one.
_CONDITION_BEFORE = re.compile(
    r"(?:\b(?:(?<!comme )si|s'il|(?<!as )if|(?<!even )whether|unless|sauf si|au cas ou|dans le cas ou|"
    r"pour peu que|a supposer que|"
    r"suppose que|supposons que|imaginons que|en admettant que|assuming|supposing|suppose|provided|"
    r"as long as|when|quand|lorsque)|\b(?:s'avere|il s'avere|s'il s'avere|turns out|happens? to be)"
    r"(?:\s++(?:que|qu'|that))?)\s*+(?:(?:par hasard|vraiment|deja|really|already|by chance|indeed)\s++)?$"
)


# Round 72 (fix72): a supposing verb in the imperative opening its sentence or clause assigns the role
# it supposes ("Suppose you are a maths teacher.", « Suppose que tu es un professeur qui explique… »,
# « Supposons que tu es… »): the model is asked to take the part; "Supposing you are…", "if you are…",
# « Si tu es… » and a supposing verb inside a clause (« ce sera facile, à supposer que tu es prof ») stay
# conditions.
_SUPPOSE_ROLE = re.compile(
    r"(?<![\w'-])(?:please\s++|s'il te plait,?\s++)?"
    r"(?:suppose|supposez|supposons|assume|imagine|imaginons|imaginez|admettons|admets|admettez|mettons|disons|"
    r"let's\s++(?:say|suppose|assume)|let\s++us\s++(?:say|suppose|assume))\s++(?:que\s++|qu'|that\s++)?$"
)


def _supposed_role(before: str) -> bool:
    """Whether ``before`` (a sentence up to a role's lead) ends on a supposing verb in the imperative that
    opens its sentence or clause (round 72: "Suppose you are", « Supposons que tu »)."""
    found = _SUPPOSE_ROLE.search(before)
    if found is None:
        return False
    ahead = before[: found.start()].rstrip(" \t\n\"«(*_")
    return not ahead or ahead[-1] in ".!?:;\n"


# Round 12: "As a …", "En tant que …" then a job or a person whose noun comes after one or
# two words ("As a logic teacher", "as a bilingual science teacher"); "Comme un …" only with
# a noun of a person ("Comme une enseignante de logique, résous…"), since "comme" also
# compares shapes ("Présente-le comme une liste", "comme un tableau").
_AS_LEAD = re.compile(r"(?:as an?|as the|en tant qu[e'])\s*$")
# The first word of such a title is a noun that modifies it ("community", "data"), never an
# adverb or a hedge ("tu seras peut-être professeur", "bientôt", "vraiment": round 17b's
# future or doubted role is none).
_NOT_MODIFIERS = set(
    "bientot deja encore toujours jamais aussi donc alors ensuite enfin surement certainement "
    "soon maybe perhaps probably also still already now then once never ever just really".split()
)


def _modifier(word: str) -> bool:
    return (
        word.replace("-", "").isalpha()  # "the English-language localiser" (round 25b)
        and word not in FUNCTION
        and word not in _NOT_MODIFIERS
        and not word.endswith(("ment", "ly"))
    )


_COMPOUND_HEAD = re.compile(r"(?<![ \t])[ \t]++([a-z]{3,}+)\b(?![ \t]*+['-])")  # lookbehind: linear
_AS_LIKE = re.compile(
    # round 18b: "comme le ferait un professeur de logique" (a role by comparison)
    r"\bcomme\s++(?:(?:le|l')\s*+(?:ferait|feraient|fait|font|aurait fait)\s++)?(?:(?:un|une|le|la)\s++|l')"
    r"(?:(?:bon|bonne|vrai|vraie|vrais)\s++)?(?P<noun>[a-z][a-z'-]*)"
)
_PERSON_SUFFIX = re.compile(
    # "lycéenne" (round 20b)
    r"(?:eur|euse|rice|ien|ienne|een|eenne|logue|iste|er|or|ist|ian|ant|ante|ente)s?$"
)
_PROFESSIONAL = {"professionnel", "professionnelle", "professional", "pro"}


def _job_head(word: str) -> bool:
    """A job title's head: a person's suffix or an English job ("data analyst": round 32's fair
    "Rôle : tu es data analyst" lost its role; the suffix "-yst" names no person by itself)."""
    # round 41 (role41's own gaming): a thing whose noun ends like a person's is none ("as a
    # numbered list" gave the role point: "list" ends in "-ist")
    return (
        bool(_PERSON_SUFFIX.search(word)) and word not in _NOT_A_PERSON and word not in _NOT_NOUNS
    ) or word in _LABEL_JOBS
_NOT_A_PERSON = set(
    "liste list playlist ordre order chapter paper letter number answer poster folder filter reminder "
    "register error color colour moteur tableur couleur valeur hauteur longueur largeur lecteur compteur "
    "ordinateur calculateur marqueur serveur capteur facteur secteur".split()
) | _STATUS
# Session 43 (fix-helper g43, fair42b's left gaming: "You are a toaster", « Tu es un réfrigérateur »): things,
# animals, plants, food, places and notions whose noun ends like a trade's (-er, -or, -eur, -ier, -ant,
# -ent, -aire, -ogue, -ive, -ary, -ee, -ist, -ien, -ert): no one to play. A trade that shares its noun with a
# thing (a cleaner, a driver, a speaker, a monitor, a conductor, a guide, « un facteur ») is left out.
_NOT_A_PERSON |= set(
    # appliances, machines, devices, tools (EN)
    "toaster blender mixer refrigerator fridge freezer "
    "cooler heater radiator boiler kettle cooker dishwasher "
    # (no "calculator": a calculator plays a role, round 25b's "Act as a graphing calculator.")
    "washer dryer computer laptop printer scanner router charger adapter adaptor processor "
    "motor engine tractor trailer elevator escalator "
    "generator ventilator compressor detector sensor projector "
    "simulator accelerator incubator reactor container holder "
    "sticker marker pointer eraser sharpener stapler "
    "hammer ladder mirror razor timer counter lever roller cutter grater peeler opener corkscrew screwdriver "
    "lawnmower mower sprinkler shower tower skyscraper rollercoaster tumbler glider helicopter transformer "
    "amplifier reliever speakerphone headphone receiver transmitter joystick thermometer barometer meter "
    "parameter diameter vector tensor factor sector anchor door floor corridor harbor harbour chandelier "
    "nutcracker cracker locker drawer dresser stroller scooter rocker rubber gutter shutter poster banner "
    "flyer folder binder tissue laser trailer bulldozer excavator propeller radar saucer platter pitcher "
    "thermos percolator atomizer vaporizer humidifier purifier dehumidifier "
    # food, animals, plants, nature, weather, materials (EN)
    "burger hamburger cheeseburger butter dinner supper cucumber pepper cracker wafer cider liquor flour "
    "lobster oyster hamster spider tiger panther beaver otter rooster lobster viper adder alligator raptor "
    "grasshopper caterpillar oyster flower sunflower clover river water winter summer thunder weather "
    "feather leather silver copper rubber timber amber glacier boulder meteor vapor vapour thunderstorm "
    "pillar shoulder finger liver bladder ulcer tumor tumour "
    # notions and states (EN)
    "disaster monster wonder danger anger fever "
    "hunger pleasure treasure measure pressure character protagonist "
    "villain underdog winner loser honor honour humor humour terror horror rumor rumour error mirror "
    "behavior behaviour favor favour flavor flavour labor labour odor odour vigor armor armour ardor "
    "disorder border order chapter matter manner banner center centre theater theatre quarter "
    "diary dictionary library summary salary glossary anniversary itinerary boundary vocabulary "
    "commentary documentary sanctuary estuary coffee tree bee knee committee degree toffee "
    "wrist twist mist fist gist checklist shortlist wishlist element document moment argument instrument "
    "monument ointment garment serpent torrent comment content event tent plant elephant restaurant pageant "
    "implant sealant pollutant lubricant stimulant antioxidant croissant "
    # French: appareils, machines, objets
    "refrigerateur congelateur aspirateur radiateur "
    "ventilateur ascenseur tracteur accelerateur amplificateur "
    "detecteur extincteur interrupteur projecteur processeur convertisseur generateur transformateur "
    "condensateur reacteur propulseur climatiseur humidificateur mixeur broyeur telerepondeur repondeur "
    "haut-parleur televiseur telecopieur photocopieur incubateur simulateur thermometre "
    "sablier cahier papier panier escalier clavier fichier dossier tablier evier saladier cendrier encrier "
    "levier collier soulier bouclier calendrier damier echiquier oreiller tiroir miroir couloir rasoir "
    "arrosoir mouchoir hachoir entonnoir peignoir trottoir comptoir "
    # French: plantes, animaux, nourriture, lieux
    "pommier cerisier poirier figuier palmier rosier prunier olivier peuplier cocotier bananier citronnier "
    "sentier quartier chantier atelier grenier glacier verger rocher clocher plancher "
    "chien lien rien bien entretien soutien maintien "
    "croissant restaurant diamant aimant volant carburant element document moment argument instrument "
    "monument appartement vetement aliment medicament ciment serpent accident continent talent torrent vent "
    "dessert concert desert couvert "
    "dictionnaire questionnaire formulaire anniversaire salaire commentaire inventaire itineraire horaire "
    "vocabulaire annuaire glossaire luminaire sanctuaire "
    "catalogue dialogue monologue prologue epilogue "
    "archive olive rive missive initiative locomotive lessive perspective directive alternative tentative "
    # French: notions et états
    "bonheur malheur honneur erreur odeur chaleur douleur peur fleur coeur labeur humeur rumeur vapeur "
    "saveur faveur lueur sueur terreur horreur fureur splendeur grandeur lenteur candeur personnage heros "
    "protagoniste".split()
)


# Round 42: a person's nouns that carry no job suffix: personas, kin, people ("Tu es un
# pirate qui explique", "You are a wise old monk", "Tu es un as des énigmes").
_PERSONS = set(
    "ami amie pote copain copine pirate ninja wizard sorcier sorciere sage moine monk nonne nun nerd "
    "geek kid enfant enfants adulte gamin gamine papa maman mere pere grand-mere grand-pere grandma "
    "grandpa granny oncle tante uncle aunt cousin cousine voisin voisine neighbour neighbor guru "
    "gourou as ace crack whiz pro boss pupil pupille personne person humain human homme femme man "
    "woman fille garcon girl boy gars guy mec dude lady gentleman fan prince princesse princess roi "
    "reine king queen chevalier knight elfe elf nain dwarf geant giant fee fairy alien extraterrestre "
    "martien detective cowboy samurai viking pape druide druid hippie punk rockeur rappeur "
    "youtubeur streamer influenceur influenceuse".split()
)


_FOREIGN_LEAD = re.compile(rf"\b{_FOREIGN_LEADS}\b")
_PHRASE_END = re.compile(
    r"\s(?:on|in|at|for|from|with|who|that|which|under|en|au|aux|sur|dans|pour|avec|qui|que|sous|chez)\s"
)


# Session 44 (fix-helper left52g): a machine or a tool named by a compound whose head ends like a trade's
# is no one to play (« une tondeuse à gazon », « une friteuse à air », "a vacuum cleaner", "a cordless
# shredder"): in French, the head then « à » and a bare noun or an infinitive names what the thing is for
# (a person's « à » takes a determiner, a place, a time or a way of going: « à l'écoute », « à domicile »,
# « à temps plein », « à vélo »), and a noun after « à » is no head (« une machine à laver »); in English,
# a modifier only machines take (vacuum, steam, cordless, robotic...) before the head (or the word before
# it: "a cordless paper shredder") makes it a device. Limits: a trade after such a modifier ("an electric
# guitarist") loses its role; an English compound of a plain noun and a trade's suffix ("a coffee
# grinder") is read as a trade's; "a grade A student" only is kept among English « à »-like phrases.
_TOOL_PURPOSE = re.compile(
    r"^[ \t]++a[ \t]++(?!(?:domicile|temps|plein|mi-temps|distance|part|vie|titre|bord|pied|cheval|velo|moto|"
    r"scooter|lunettes|barbe|moustache|chapeau|succes|l|la|le|les|un|une|des|son|sa|ses|mon|ma|mes|ton|ta|tes|"
    r"notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|tout|toute|tous|toutes|chaque|plusieurs|quelques)(?![a-z'-]))"
    r"[a-z][a-z-]{2,}+(?![a-z'-])"
)
_DEVICE_MODIFIERS = frozenset(
    "vacuum steam electric cordless wireless robotic automatic programmable handheld portable hydraulic "
    "pneumatic motorized motorised battery-powered gas-powered solar-powered stainless rechargeable pressure "
    "rice tumble".split()
)


# a complement after « à » (« une machine à laver »: "laver" is no one's trade)
_PURPOSE_BEFORE = re.compile(r"(?<![a-z'-])(?!grade[ \t])[a-z][a-z-]{2,}+[ \t]++a[ \t]++$")


def _tool_compound(before: str, after: str) -> bool:
    """Whether a noun that ends like a trade's, between ``before`` (its words before, folded) and ``after``,
    heads a machine's or a tool's compound (see above)."""
    previous = re.findall(r"[a-z][a-z'-]*+", before[-40:])
    return bool(_TOOL_PURPOSE.match(after)) or bool(_DEVICE_MODIFIERS.intersection(previous[-2:]))


def _someone(after: str) -> bool:
    """Whether a noun phrase after an article names someone: one of its first words (before a
    punctuation mark, parentheses dropped) is a role noun, a person's noun, a trade's suffix
    ("maths teacher", "customer-feedback analyst", "professore di matematica") or a specialised
    assistant ("sentiment-analysis assistant"; a generic one is refused before)."""
    unbracketed = re.sub(r"\([^()\n]{0,80}+\)", " ", after[:200])
    listed = _LISTED_ADJECTIVE.match(unbracketed)  # "a friendly, professional translator"
    if listed:
        unbracketed = listed.group(0).replace(",", " ") + unbracketed[listed.end() :]
    head = re.split(r"[,.;:!?\n/]", unbracketed, maxsplit=1)[0]
    head = _PHRASE_END.split(head, maxsplit=1)[0]  # "a pebble on the beach": not "beach" (a prefix of it)
    for found in list(re.finditer(r"[a-z][a-z'-]*+", head))[:5]:
        word = found.group(0).split("'")[-1]
        parts = [word, *word.split("-")] if "-" in word else [word]
        if any(p in _ROLE_NOUNS or p in _PERSONS or p in _PROFESSIONAL or p in _ASSISTANT or p in _LABEL_JOBS
               for p in parts):
            return True
        if word in _NOT_A_PERSON and _THING_AT_WORK.match(unbracketed, found.end()):
            return True  # round 25b: "Act as a graphing calculator that shows its working": personified
        if word in _NOT_A_PERSON or word in _NOT_ROLE_WORDS or word in _NOT_A_ROLE or word in _NOT_NOUNS:
            continue
        purpose = _PURPOSE_BEFORE.search(head, 0, found.start())
        if purpose or _tool_compound(head[: found.start()], head[found.end() :]):
            continue  # session 44: "a vacuum cleaner", « une friteuse à air », « une machine à laver »
        if any(
            (_ROLE_SUFFIX.search(p) or p.endswith(("ore", "ora")) or _FEMININE_EUR.search(p)) and len(p) > 3
            for p in parts
        ):
            return True
    return bool(_PERSON_MARKED.match(after))  # session 40: "a hermit who loves logic puzzles"


# Session 49: a list of adjectives before the noun ("a friendly, professional translator", "a patient,
# kind, rigorous teacher"): each comma between one word and the next is no end of the noun phrase. The
# word after the comma is no article, pronoun or conjunction, which would start another phrase ("a
# genius, a teacher…", "a robot, you translate…"); a comma between two of the first words only.
_LISTED_ADJECTIVE = re.compile(
    r"(?<![ \t])[ \t]*+[a-z][a-z'-]{0,30}+(?:,[ \t]++(?!(?:a|an|the|un|une|le|la|les|des|du|you|tu|vous|i|je|"
    r"il|elle|we|nous|they|ils|elles|and|et|or|ou|but|mais|please|who|qui|that|que)(?![\w'-]))[a-z][a-z'-]{0,30}+){1,3}+"
    r"(?=[ \t]++[a-z])"
)


# A thing said to work as someone does (round 25b's fair "Act as a graphing calculator that shows its
# working", « un ordinateur qui explique ses calculs »): a relative pronoun then a verb of showing,
# explaining or teaching.
_THING_AT_WORK = re.compile(
    r"(?<![ \t])[ \t]++(?:that|which|qui)[ \t]++"
    r"(?:shows|explains|teaches|talks|speaks|answers|thinks|reasons|"
    r"comments|walks|guides|describes|montre|explique|enseigne|parle|repond|reflechit|raisonne|commente|guide|"
    r"decrit|detaille)\b"
)


# Round 45: a trade's feminine in -eure (« rédacteure », « traducteure », « auteure », « ingénieure »),
# not « heure », « demeure », « majeure », « meilleure », « supérieure ».
_FEMININE_EUR = re.compile(r"(?:teure|sseure|nieure|veure|reure|[^i]neure)s?$")


# Session 40: a noun outside the lists said of someone by what only a person is or does ("You are a
# hermit who loves logic puzzles", « Tu es un ermite passionné de logique », « un moine qui enseigne
# le calcul »): English "who", a person's passion, taste or knowledge. A thing is said otherwise
# ("a toaster", "un caillou qui roule").
_PERSON_MARKED = re.compile(
    r"(?<![a-z'-])[a-z][a-z'-]*+(?:\s++(?!(?:who|qui|passionn[a-z]*+|amoureu[a-z]*+|fan|fond|passionate|keen)\b)"
    r"[a-z][a-z'-]*+){0,2}+\s++(?:who(?:'s)?\s|"
    r"(?:passionnee?s?|amoureuse?|amoureux|fan|fond|passionate|keen)\s++(?:de|d'|du|des|par|of|about|on)\b|"
    r"qui\s++(?:adore|aime|connait|sait|enseigne|raffole|a\s++enseigne|a\s++passe)\b)"
)


def _person_next(after: str, more: int = 3) -> bool:
    """Whether one of the next words (the noun itself, ``more`` words on, before a
    punctuation mark) is a role noun or a person's noun."""
    head = re.split(r"[,.;:!?()\n]", after, maxsplit=1)[0]
    for word in re.findall(r"[a-z][a-z'-]*", head)[: more + 1]:
        word = word.split("'")[-1]
        if word in _ASSISTANT:
            return False  # "As a helpful AI assistant": what any model is (round 10)
        if word in _ROLE_NOUNS or word in _PROFESSIONAL or word == "auteur":
            return True
        if word in _NOT_A_PERSON or word in _NOT_ROLE_WORDS or word in _NOT_A_ROLE or word in _NOT_NOUNS:
            continue
        if (_PERSON_SUFFIX.search(word) or _FEMININE_EUR.search(word)) and len(word) > 4:
            return True
    return False


# What every chat model is, and how every one is said to be (round 10): "Tu es un assistant IA
# utile et bienveillant", "You are a helpful, harmless and honest AI assistant", "Tu es un
# chatbot" name no job and no setting, nothing of the task; the checks ask for a role "like
# a maths teacher" or a context. An assistant "du service client", "spécialisée dans
# l'analyse d'avis", "for a shop's team" is one.
_GENERIC_ROLE = set(
    "assistant assistante assistants ia ai llm chatbot bot robot modele model agent intelligence "
    "artificielle artificial conversationnel conversationnelle conversational virtuel virtuelle virtual "
    "langage language grand large utile utiles helpful bienveillant bienveillante serviable polie poli "
    "polite honnete honest harmless inoffensif inoffensive friendly aimable sympathique gentil gentille "
    "intelligent intelligente smart general generaliste generique generic puissant puissante powerful "
    "avance avancee advanced de et and very tres toujours always fiable reliable precis precise "
    "respectueux respectueuse respectful d'ia un une a an".split()
)
_ASSISTANT = {"assistant", "assistante", "ia", "ai", "llm", "chatbot", "bot", "modele", "model"}


def _generic_assistant(rest: str) -> bool:
    """Whether the role's words, to their sentence's end, are a generic assistant's only (a
    relative clause, "un assistant qui analyse les avis", says its job)."""
    clause = re.split(r"[.;:!?\n(]", rest, maxsplit=1)[0]  # "qui analyse les avis": a job
    words = [w for w in re.findall(r"[a-z']+", clause) if w]
    return bool(words) and all(w in _GENERIC_ROLE for w in words) and any(w in _ASSISTANT for w in words)


# Round 20b: the model's activity for someone or somewhere it serves ("Tu aides un élève de 4e
# qui révise", "You write for a children's science magazine"): the model's pronoun, a verb,
# then a person said more of (a complement or a relative clause) or a place it works for.
_SERVES = re.compile(
    r"^\W*(?:tu|vous|you)\s++(?!(?:es|etes|are|ne|n|dois|devez|peux|pouvez|vas|allez|seras|serez|as|avez|"
    r"must|should|can|could|will|would|may|might|need|have|has|do|don|did|shall)\b)(?P<verb>[a-z]{3,}+(?:-[a-z]{2,}+)?+)\s++"
    r"(?:(?:(?:un|une|le|la|les|des|a|an|the|some)\s++|l')(?P<person>[a-z][a-z'-]*+)(?P<more>\s++"
    r"(?:de|d'|du|des|en|qui|pour|from|who|that|with|in|of|for)\b)?"
    r"|(?:pour|for|chez|at)\s++(?:(?:un|une|le|la|a|an|the|our|my|notre|mon|ma)\s++|l')(?!(?:chaque|each|every)\b)"
    r"(?P<place>[a-z]{3,}+))"
)


def _serves(sentence: str) -> bool:
    found = _SERVES.match(sentence)
    if not found or _NEGATION.search(sentence[: found.end()]) or found.group("verb") in _FUNCTION:
        return False
    if found.group("place"):
        return found.group("place") not in _FUNCTION
    person = found.group("person").split("'")[-1]
    more = found.group("more") or ""
    if not more:  # round 24b: a person said more of by a word before it ("a tenth grader")
        nxt = re.match(r"(?<!\s)\s++([a-z]{3,}+)\b(?!['-])", sentence[found.end() :])
        return nxt is not None and person not in _FUNCTION and _person_next(nxt[1], 0)
    if more.strip() in ("pour", "for") and not _person_next(person, 0):
        # round 24b: a work made for people ("Tu prépares un document pour des correspondants
        # anglais", "You're writing a newsletter for retired volunteers")
        return _person_next(sentence[found.end() :], 2)
    # English "who" says a person whatever the noun ("You coach a pupil who struggles")
    return _person_next(person, 0) or more.strip() == "who"


# Round 24b: the model's activity in the English progressive ("You're tutoring a tenth
# grader", "you are subtitling videos for...") reads as its simple present; a verb in a past,
# future or conditional form ("tu préparais", "tu sous-titreras", "you tutored") tells no
# activity the model has now.
_PROGRESSIVE = re.compile(r"^(\W*+)you(?:'re|[ \t]++are)[ \t]++(?=[a-z]{5,}+(?<=ing)\b)")
_NOT_NOW = re.compile(r"(?:ais|ras|iez|ed)$")


# Round 27: a work the model makes for a medium ("Tu prépares une capsule audio de trente
# secondes pour un podcast d'histoire", "You are preparing a short segment for a history
# podcast", "Tu écris un billet pour le blog d'une médiathèque"): a context, as a column is.
# Round 28: or for an event or a place ("Tu écris le texte d'une dictée pour un concours
# d'orthographe", "for a spelling contest", "pour une exposition", "for a museum").
_FOR_A_MEDIUM = re.compile(
    r"^\W*+(?:tu|vous|you)(?:'re|\s++are)?\s++(?:prepares|preparez|ecris|ecrivez|rediges|redigez|produis|"
    r"produisez|enregistres|enregistrez|realises|realisez|prepare|preparing|write|writing|produce|producing|"
    r"record|recording|make|making)\s++(?:un|une|des|le|la|les|a|an|the|some)\s++[^.;:!?\n]{0,60}?"
    r"\b(?:pour|for)\s++(?:(?:un|une|le|la|les|a|an|the|our|my|notre|mon|ma|nos)\s++|l')(?:[a-z]+\s++)?"
    r"(?:podcast|emission|radio|magazine|journal|blog|chaine|site|newsletter|show|channel|station|revue|"
    r"webzine|programme|program|rubrique|column|gazette|bulletin|concours|contest|competition|exposition"
    r"|exhibition|musee|museum)s?\b"
)
# Round 27: the model's activity on an uncountable kind of thing, in a setting ("You moderate
# customer feedback for a marketplace", "Tu gères le courrier des lecteurs d'un magazine"):
# the plural that _ACTIVITY asks for is no plural here; the setting is still required.
_MASS_ACTIVITY = re.compile(
    r"^\W*+(?:tu|vous|you)\s++(?P<verb>[a-z]{4,}+)\s++(?:(?:the|some|le|la|du|de la|l')\s*+)?"
    r"(?:[a-z]+\s++)?(?:feedback|courrier|correspondence|correspondance|support|content|contenu|moderation|"
    r"customer service|service client|mail|email|e-mail)\b"
)


def _made_for_a_medium(sentence: str) -> bool:
    return bool(_FOR_A_MEDIUM.match(sentence))


def _mass_activity(sentence: str) -> bool:
    found = _MASS_ACTIVITY.match(sentence)
    if not found or found.group("verb") in _FUNCTION or _NEGATION.search(sentence[: found.end()]):
        return False
    return bool(_SETTING.match(sentence, found.end()))


# Issue 11ba: an activity of leisure or of the body ("You eat apples in an orchard", "Tu bois
# des cafés à la terrasse d'un bistrot", "you're sipping cocktails on a beach") is no job, so no
# role, wherever it is done; a verb that can name a trade ("you run workshops", "you walk dogs
# for a pet-sitting company", "tu cueilles des pommes") is not one of these.
_LEISURE = frozenset(
    "manges mangez bois buvez dors dormez nages nagez sirotes sirotez grignotes grignotez savoures "
    "savourez bronzes bronzez flanes flanez reposes reposez baignes baignez promenes promenez "
    "eat eating drink drinking sleep sleeping swim swimming sip sipping snack snacking munch munching "
    "nap napping sunbathe sunbathing stroll strolling relax relaxing lounge lounging chill chilling "
    "picnic picnicking jog jogging".split()
)


def _activity_in(sentence: str) -> bool:
    """The model's job told by what it does and where: "Tu analyses les avis clients d'une
    boutique en ligne", "You analyse customer reviews for an online shop" (the checks' own
    suggestion): the model's pronoun, a verb, a kind of thing (a plural), and a setting that
    places it. "You analyse customer reviews." alone is the task restated, no context; an
    activity of leisure (:data:`_LEISURE`) is no job."""
    sentence = _PROGRESSIVE.sub(r"\1you ", sentence)
    verb = re.match(r"^\W*+(?:tu|vous|you)[ \t]++(?:(?:te|vous)[ \t]++|t')?([a-z-]++)", sentence)
    if verb and len(verb[1]) >= 6 and _NOT_NOW.search(verb[1]):
        return False
    if verb and verb[1] in _LEISURE:
        return False
    works = _WORKS_AT.match(sentence)
    if works and not _NEGATION.search(sentence[: works.end()]):
        content = [w for w in plain_words(sentence[works.end() :]) if len(w) >= 3 and w not in _FUNCTION]
        if content:
            return True
    if _serves(sentence):
        return True
    found = _ACTIVITY.match(sentence)
    if not found or _NEGATION.search(sentence[: found.end()]) or found.group("verb") in _FUNCTION:
        return False
    if _SETTING.match(sentence, found.end()):
        return True
    # a group the model leads is placed by its name too ("You host a podcast called Think Step
    # By Step", "l'atelier « Étape par étape »", session 33)
    return bool(found.group("group") and _GROUP_NAME.match(sentence, found.end()))


_GROUP_NAME = re.compile(
    r"(?<![ \t])[ \t]*+,?[ \t]*+(?:(?:called|named|nomme|nommee|appele|appelee|intitule|intitulee|baptise"
    r"|baptisee)[ \t]++[a-z\"']|[\"'][^\"'\n]{2,60}[\"'])"
)


# Round 25b: the role asked in the imperative ("Sois un prof de logique", "Soyez traductrice",
# "Be a logic teacher"), at a clause's start: a person's noun after an article, or a trade's
# noun without one. "Be brief", "Sois créatif", "Be clearer", "Be a good sport" name no one.
_IMPERATIVE = re.compile(
    r"(?:^\W*+|[,:;]\s*+|\b(?:please|et|and|puis|then|maintenant|now|donc|so)\s++)(?:sois|soyez|be)\s++"
    r"(?!(?:pas|plus|jamais|not|never|no)\b)"
)
# Round 30: the same role asked in a polite question ("Pourrais-tu être mon prof de maths ?", "Tu
# veux bien être mon coach ?", "Tu peux jouer mon prof ?", "Would you be my maths tutor?"), read
# as the imperative is: "Could you be clearer?", "Peux-tu être bref ?" name no one.
_ASKED_TO_BE = re.compile(
    r"\b(?:(?:peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez)[\s-](?:tu|vous)|"
    r"(?:tu|vous)\s++(?:peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez)|"
    r"(?:can|could|would|will)\s++you)(?:\s++(?:bien|please))?+\s++(?:etre|devenir|jouer|be|become|play)\s++"
    r"(?!(?:pas|plus|jamais|not|never|no)\b)"
)
_FRENCH_PERSON = re.compile(r"(?:eur|euse|rice|ien|ienne|iste|logue)s?$")


def _imperative_role(sentence: str) -> bool:
    for lead in [*_IMPERATIVE.finditer(sentence), *_ASKED_TO_BE.finditer(sentence)]:
        before = sentence[: lead.end()]
        if _NEGATION.search(before[-25:]) or re.search(r"\b(?:n'|ne\s)", before[-12:]):
            continue  # "Ne sois pas", "don't be"
        rest = sentence[lead.end() :]
        if re.match(r"(?:le|la|les|the)\s|l'", rest):
            continue  # "Sois l'expert qu'il faut", "Be the one": nobody in particular (round 11)
        article = _ARTICLE.match(rest)
        named = rest[article.end() :] if article else rest
        noun = re.match(r"[a-z][a-z'-]*", named)
        if not noun:
            continue
        word = noun.group(0).split("'")[-1]
        if word in _STATUS or word in _SUPERLATIVE or _generic_assistant(named):
            continue
        if article:
            if _THIRD_PERSON.match(article.group(0)) and word in _KIN:
                continue  # "Sois sa sœur": someone's relative (round 31)
            if _possessed_role(named) and not any(w in _STATUS for w in re.findall(r"[a-z]+", named)[:3]):
                return True
            continue
        if word in _ROLE_NOUNS or word in _STATE_TRADES:
            return True
        if _FRENCH_PERSON.search(word) and len(word) > 4 and word not in _NOT_A_PERSON:
            return True
    return False


# Round 33: the part asked for by a verb of playing it ("Tu peux faire le prof de maths ?",
# "Fais le prof", "Tu veux bien jouer au prof ?", "Can you play teacher?", "Could you play the
# teacher for me?") or of standing for one ("Peux-tu me servir de prof ?", "Tu peux faire office
# de prof ?", "Could you serve as my tutor?", "Will you act like a maths teacher?"), in a polite
# question or the imperative: a trade's noun after it. "Tu peux faire le calcul ?", "faire le
# point", "jouer le jeu", "play the game", "servir d'exemple" name no one.
_PART_ASKED = re.compile(
    r"(?:\b(?:(?:peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez)[\s-](?:tu|vous)|"
    r"(?:tu|vous)\s++(?:peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez)|"
    r"(?:can|could|would|will)\s++you)(?:\s++(?:bien|please))?+\s++|"
    r"(?:^\W*+|[,:;]\s*+|\b(?:please|et|and|puis|then|maintenant|now|donc|so)\s++))"
    r"(?:me\s++|m'|nous\s++)?"
    r"(?:(?:faire|fais|faites)\s++(?:office|fonction)\s++(?:de\s++|d')|"
    r"(?:servir|sers|servez|tenir lieu)\s++(?:de\s++|d')|"
    r"(?:faire|fais|faites|jouer|joue|jouez|play)\s++(?P<article>le\s++|la\s++|l'|au\s++|a\s++la\s++|the\s++|"
    r"mon\s++|ma\s++|my\s++|un\s++|une\s++|an?\s++)?|"
    r"(?:serve|act)\s++(?:as|like)\s++(?P<as>an?\s++|the\s++|my\s++|our\s++)?)"
    r"(?!(?:pas|plus|jamais|not|never|no)\b)"
)


def _part_asked(sentence: str) -> bool:
    for lead in _PART_ASKED.finditer(sentence):
        before = sentence[: lead.end()]
        if _NEGATION.search(before[-25:]) or re.search(r"\b(?:n'|ne\s)", before[-12:]):
            continue  # "Ne fais pas le prof", "don't play the teacher"
        named = sentence[lead.end() :]
        head = re.split(r"[,.;:!?()\n]", named, maxsplit=1)[0]
        words = [w.split("'")[-1] for w in re.findall(r"[a-z][a-z'-]*+", head)[:2]]
        if not words or words[0] in _KIN or words[0] in _STATUS:
            continue
        possessive = (lead.group("article") or lead.group("as") or "").strip() in ("mon", "ma", "my", "our")
        if (
            _trade(words[0])
            or (len(words) > 1 and words[0] not in _FUNCTION and words[1] in _LABEL_JOBS | _ROLE_NOUNS)
            or (possessive and _possessed_role(named))
        ):
            return True
    return False


# Round 30: a bare label naming a trade, the prompt's first sentence or line ("Prof de maths,
# niveau seconde.", "Professeur d'arithmétique.", "Rédacteur scientifique.", "Traducteur technique
# FR→EN, domaine IA.", "Maths teacher, high-school level.", "Senior puzzle editor for a
# children's magazine.") is the role a terse expert gives. Its head is a trade's noun: a role
# noun, a trade whose noun says a state, a French noun of a person ("-eur", "-rice", "-iste",
# "-logue"...) or an English job from a list (English "-er" words are verbs too: "Consider the
# following", "Remember"), first or after one or two nouns that qualify it ("maths teacher");
# no article but "un", "a"; no colon (a field: "Professeur : M. Martin") nor table row ("|
# Intervenant | Sujet |", round 25b's speaker), no verb (a sentence: "Ma prof de logique nous a
# donné cette énigme", "Un professeur a posé"), nobody of the user's ("je", "my"). A pupil
# ("Élève de 4e."), what any model is ("Assistant IA."), a rank or an outcome ("Gagnant du
# concours", "Winner"), a state ("Content.") and a thing ("Calculateur.", "Énigme de logique.")
# are no role; a trade named further on ("Le frère aîné est professeur") is no label.
_LABEL_JOBS = _ENGLISH_JOBS | set(
    "translator interpreter mathematician statistician scientist linguist historian physicist chemist "
    "economist analyst engineer developer programmer designer librarian copywriter consultant "
    "specialist expert researcher teacher tutor counsellor counselor advisor adviser teaching".split()
)
_NOT_A_LABEL = (
    _ASSISTANT
    | _STATUS
    | _KIN
    | _NOT_A_PERSON
    | set(
        "eleve eleves student students native natif robot erreur valeur douleur chaleur bonheur malheur "
        "honneur humeur odeur saveur faveur rigueur profondeur grandeur lenteur douceur interieur exterieur "
        "superieur inferieur anterieur posterieur ulterieur matrice soutien entretien maintien quotidien "
        "ancien dialogue catalogue prologue epilogue monologue piste".split()
    )
)
_LABEL_VERB = re.compile(
    r"\b(?:est|sont|etait|etaient|ont|avait|sera|m'a|t'a|l'a|nous a|vous a|lui a|donne|dit|fait|ecrit|"
    r"demande|propose|veut|is|are|was|were|has|have|had|gave|gives|says|said|wants|asked|told|will|would|"
    r"can|could|should|must|je|j'|i|me|moi|mon|ma|mes|nous|notre|nos|my|our|we|pose|envoie|partage|"
    r"set|sets|poses|posed|wrote|writes|shares|shared|sends|sent)\b|[:?|]|"
    # "a" then a past participle ("Un professeur de logique a posé cette énigme"), not "à la", "à Lyon"
    r"\ba\s++(?!(?:la|le|les|l'|un|une|des|du|sa|son|ses|ce|cette|partir|distance|temps|domicile)\b)"
    r"[a-z]+(?:e|es|i|is|it|u|us|t)\b"
)
_GREETING = re.compile(
    r"^\W*+(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|good (?:morning|afternoon|evening))\W*+$"
)


def _trade(word: str) -> bool:
    if word in _NOT_A_LABEL:
        return False
    return (
        word in _ROLE_NOUNS
        or word in _STATE_TRADES
        or word in _LABEL_JOBS
        or (len(word) > 4 and (_FRENCH_PERSON.search(word) is not None or word.endswith(("yste", "ystes"))))
    )


def _labelled_role(text: str, kept: str) -> bool:
    """Whether the first sentence of ``text`` (greetings skipped) is a bare label naming a trade,
    still there in ``kept`` (the prompt's requests)."""
    first = next((t for t in sentences(text) if re.search(r"[a-z]", t) and not _GREETING.match(t)), "")
    label = first.rstrip(" .!;")
    found = re.findall(r"[a-z][a-z'-]*+", label)
    if not found or len(found) > 10 or _LABEL_VERB.search(label) or label not in kept:
        return False
    return _names_a_trade(found)


def _names_a_trade(found: list[str]) -> bool:
    """Whether a label's words (its article aside) name a trade: a trade's noun first, or after
    one or two English words that qualify it ("maths teacher", "patient logic tutor")."""
    if found and found[0] in ("un", "une", "a", "an"):
        found = found[1:]
    for i, word in enumerate(found[:3]):
        if _trade(word.split("'")[-1]):
            return i == 0 or (
                found[i - 1] not in ("de", "d'", "du", "des")  # "Énigme de logique", not "-eur de"
                and all(_modifier(w) and not _trade(w) and _ENGLISHLIKE.fullmatch(w) for w in found[:i])
                and (word in _LABEL_JOBS or word in _ROLE_NOUNS)
            )
    return False


_ENGLISHLIKE = re.compile(r"[a-z-]++")


# Round 25b: the model's job pictured ("Imagine que tu écris pour une encyclopédie jeunesse",
# "Pretend you write for a children's magazine") is its activity as told plainly (see
# :func:`_activity_in`); "Imagine que tu manges une pomme" tells none.
_IMAGINED = re.compile(
    r"^\W*+(?:imagine|imaginez|imaginons|pretend|picture|figure-toi|figurez-vous)\s++(?:que\s++|qu'|that\s++)?"
    r"(?=(?:tu|vous|you)\b)"
)


def _imagined_activity(sentence: str) -> bool:
    found = _IMAGINED.match(sentence)
    return found is not None and _activity_in(sentence[found.end() :])


# Round 21b: a context given as help for someone else ("Mon fils est en 3e et je voudrais
# l'aider à réviser", "J'aide ma nièce de 4e", "I'm helping my nephew revise"): the user helps,
# or a relative or pupil of the user's is named, and the sentence says it is about school or
# help; "Mon fils." alone tells nothing.
_HELPING = re.compile(
    r"^\W*(?:j'aide|je l'aide|je les aide|j'accompagne|je voudrais aider|j'aimerais aider|je veux aider|"
    r"i help|i'm helping|i am helping|we help|we're helping|"
    r"(?:mon|ma|mes|my|our|notre|nos)\s++(?:fils|fille|filles|enfants?|neveu|neveux|niece|nieces|"
    r"petit-fils|petite-fille|petits-enfants|cousin|cousine|frere|soeur|eleves?|son|sons|daughters?|"
    r"kids?|child|children|nephews?|nieces?|grandsons?|granddaughters?|grandchildren|brother|sister|pupils?|"
    r"students?))\b"
)
_SCHOOL_OR_HELP = re.compile(
    r"\b(?:aide|aider|l'aider|les aider|aides|reviser|revise|revision|devoirs?|classe|cours|college|lycee|"
    r"ecole|controle|brevet|bac|examens?|en (?:\d+e|seconde|premiere|terminale|cm[12]|ce[12]|cp)|"
    r"help|helping|homework|revising|school|exams?|tests?|class|grade \d+|year \d+)\b"
)


def _helping_in(sentence: str) -> bool:
    found = _HELPING.search(sentence)
    if not found or not _SCHOOL_OR_HELP.search(sentence) or _NEGATION.search(sentence[: found.end()]):
        return False
    return len([w for w in plain_words(sentence) if len(w) >= 3 and w not in _FUNCTION]) >= 3


def _context_in(sentence: str) -> bool:
    if _helping_in(sentence):
        return True
    found = _CONTEXT.search(sentence)
    if found:
        body = found.group("body")
        content = [w for w in plain_words(body) if len(w) >= 3 and w not in _FUNCTION]
        if len(content) >= 3 and not _NEGATION.search(" ".join(body.split()[:3])):
            return True
    user = _USER_CONTEXT.search(sentence)
    if user:
        content = [w for w in plain_words(sentence) if len(w) >= 3 and w not in _FUNCTION]
        # a reader the user has is told by its article ("g un collègue qui parle pas
        # français": the negation is about the reader, "j'ai pas de" never matches)
        return len(content) >= 3 and (user.group("reader") is not None or not _NEGATION.search(sentence[:40]))
    return False


# An example that rewords one of the task's own items is that item, no "cas déjà traité"
# (round 8: "« Sac conforme à la description, livré mardi comme prévu ; on verra s'il dure. »
# → neutral"): its content words (four letters or more, by their first five) share at least
# this many with one item's, and at least this share of its own.
REWORDED_SHARED = 3
REWORDED_SHARE = 0.3


# A quotation that holds a run of the task's data (blanked by `evaluate.without_data`: the data
# in any of its languages, round 15b: "Exemple : « The headphones stopped working after a week
# and support never answers. » → negative" is review 2 in English) is one of its items.
_DATA_BLANKED = re.compile(r"[^\S\n]{12}")


# Words a paraphrase swaps for one another (round 16b: "Mes écouteurs sont tombés en panne
# après sept jours et le SAV m'ignore, plus jamais cette marque" is review 2, "Le casque a
# cessé de fonctionner au bout d'une semaine et le service client ne répond pas ...", with
# hardly a word in common): each run of these is read as its group's first word before the
# stems are compared, in French and English. The groups cover the everyday words of
# customer reviews (the product, its failure, the delay, the seller's service, the verdict).
_SAME_SENSE = [
    ("casque", "ecouteurs?", "oreillettes?", "headphones?", "headsets?", "earphones?", "earbuds?"),
    ("cafe", "cafetieres?", "machines? a cafe", "coffee(?: machines?| makers?)?", "expresso"),
    ("sacados", "sacs? a dos", "sacs?", "backpacks?", "rucksacks?", "bags?"),
    ("panne", "(?:est |sont )?tombee?s? en panne", "a cesse de fonctionner",
     "cesse de (?:fonctionner|marcher)",
     "lache", "ont lache", "a lache", "hors service", "(?:stopped|quit) working", "broke(?: down)?",
     "broken", "died", "ne (?:fonctionne|marche) plus"),
    ("semaine", "sept jours", "huit jours", "seven days", "eight days", "weeks?", "semaines?"),
    ("service", "sav", "service (?:client|apres-vente)", "support", "customer (?:service|support)",
     "(?:the )?seller"),
    ("repond", "ne repond pas", "m'ignore", "ignore", "ignores", "ne me repond", "never answers?",
     "doesn't (?:answer|reply)", "ignor(?:e|es|ed|ing) my"),
    ("jamais", "plus jamais", "fini", "never again", "never", "never buying"),
    ("marque", "brand"),
    ("recommande", "conseille", "recommend(?:s|ed)?", "je la conseille"),
    ("excellent", "delicieux", "delicious", "great", "super", "excellent"),
    ("simple", "facile", "jeu d'enfant", "easy", "simple"),
    ("description", "conforme", "correspond", "comme annonce", "ce qui etait annonce", "as described",
     "matches the description", "as advertised"),
    ("livre", "livree?s?", "arrivee?s?", "recue?", "delivered", "arrived", "received"),
    ("tenir", "tient dans le temps", "durer", "dure", "last(?:s)?", "hold(?:s)? up"),
    ("deux jours", "48 ?h(?:eures)?", "two days", "deux jours"),
]
_SAME_SENSE_RE = [
    (group[0], re.compile(r"\b(?:" + "|".join(group[1:]) + r")\b")) for group in _SAME_SENSE
]


def _content_stems(text: str) -> set[str]:
    return {w[:5] for w in plain_words(fold(text)) if len(w) >= 4 and w not in _FUNCTION}


@copied_cache(maxsize=1024)
def _sense_stems(text: str) -> set[str]:
    """The content stems of ``text`` with each :data:`_SAME_SENSE` run read as its group."""
    folded = fold(text)
    found = set()
    for head, pattern in _SAME_SENSE_RE:
        if pattern.search(folded):
            found.add("=" + head)
            folded = pattern.sub(" ", folded)
    return found | _content_stems(folded)


def _phrases(text: str) -> list[set[str]]:
    """The stems of each run of several content words that one :data:`_SAME_SENSE` group reads as
    one ("stopped working", "customer service", « cessé de fonctionner »), runs apart."""
    folded = fold(text)
    found: list[set[str]] = []
    last = 0
    for start, end in sorted(m.span() for _, pattern in _SAME_SENSE_RE for m in pattern.finditer(folded)):
        stems = _content_stems(folded[start:end])
        if start >= last and len(stems) > 1:
            found.append(stems)
            last = end
    return found


@text_cache(maxsize=4096)
def rewords(quoted: str, item: str) -> bool:
    """Whether ``quoted`` rewords ``item`` (one of the task's items, as text): the same test
    as a copied example's, on the words paraphrases swap (:data:`_SAME_SENSE`) too."""
    return _rewords(quoted, [_content_stems(item)]) or _paraphrases(quoted, [_sense_stems(item)])


def _unblanked(quoted: str, source: str) -> str | None:
    """``quoted`` as written in ``source`` (the folded prompt), its blanked data restored: where
    its own words stand at the same offsets on one line; None when nowhere (session 38)."""
    pieces = [(m.start(), m.group(0)) for m in re.finditer(r"\S++", quoted)]
    if not pieces or not source:
        return None
    at, longest = max(pieces, key=lambda p: len(p[1]))
    found = source.find(longest)
    for _ in range(50):
        if found < 0:
            return None
        begin = found - at
        whole = source[begin : begin + len(quoted)] if begin >= 0 else ""
        if whole and "\n" not in whole and all(whole.startswith(piece, off) for off, piece in pieces):
            return whole
        found = source.find(longest, found + 1)
    return None


def _restored(quoted: str, source: str) -> str:
    """``quoted`` with its blanked data restored when it holds some and ``source`` has it."""
    return (_unblanked(quoted, source) or quoted) if _DATA_BLANKED.search(quoted) else quoted


def _an_item(quoted: str, items: list[set[str]], senses: list[set[str]] | None, source: str) -> bool:
    """Whether a quotation (``quoted``, the data blanked) is one of the task's items: it rewords or
    paraphrases one, or it holds a run of the data (blanked: the data in any of its languages) and,
    restored from ``source``, rewords or paraphrases one or has no content word of its own beside
    the run (session 38: "Stopped working after a month" holds the run "stopped working after a"
    of review 2 in English and is another case; « Je verrai à l'usage » is review 3's own words)."""
    if (items and _rewords(quoted, items)) or (senses and _paraphrases(quoted, senses)):
        return True
    if not _DATA_BLANKED.search(quoted):
        return False
    whole = _unblanked(quoted, source)
    if whole is None or not _content_stems(quoted):
        return True
    return bool((items and _rewords(whole, items)) or (senses and _paraphrases(whole, senses)))


# Session 53 (gaps53): a cell of three words at most whose words all stand in one of the task's
# items ("machine à café", "sac à dos") names that item, as "avis 1" does: a row of the answer key, no
# worked example. A longer cell is an input even when it copies an item's words.
NAME_WORDS = 3


def _names_an_item(cell: str, lines: list[str] | None) -> bool:
    words = plain_words(cell)
    if not words or len(words) > NAME_WORDS or _input_words(cell) > NAME_WORDS:
        return False
    return any(set(words) <= set(plain_words(line)) for line in lines or [])


def _paraphrases(quoted: str, items: list[set[str]]) -> bool:
    mine = _sense_stems(quoted)
    return any(
        len(mine & item) >= REWORDED_SHARED + 1 and len(mine & item) >= REWORDED_SHARE * len(mine)
        for item in items
    )


def _rewords(quoted: str, items: list[set[str]]) -> bool:
    """Whether ``quoted`` shares enough content stems with one of ``items``, a phrase of one
    :data:`_SAME_SENSE` group counted once when the item holds all its words (session 38, round
    38's r38f-sentiment-en-code-block-answer: "Stopped working after a month" shares one phrase and
    "after" with review 2, not three of its words)."""
    mine = _content_stems(quoted)
    phrases = _phrases(quoted)
    size = len(mine) - sum(len(p) - 1 for p in phrases)
    for item in items:
        shared = mine & item
        count = len(shared) - sum(len(p) - 1 for p in phrases if p <= shared)
        if count >= REWORDED_SHARED and count >= REWORDED_SHARE * size:
            return True
    return False


# Session 46 (fix-helper fair46): an example's input written in another script counts its words too: a
# Korean (folded into its jamo), Cyrillic, Greek or Arabic word (written apart) is one, two Japanese or
# Chinese characters (written glued) are one; a Japanese quotation 「…」 or 『…』 is a quotation
# (« 「届くのが遅かったけど」 = neutral »).
_APART_SCRIPT_WORD = re.compile(
    r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]++"
)
_GLUED_SCRIPT_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_EXAMPLE_QUOTED = re.compile(
    r'"([^"]{3,300})"|\u300c([^\u300d]{2,300})\u300d|\u300e([^\u300f]{2,300})\u300f'
    # session 50 (fix78b): single quotes ('Arrived late and the box was crushed.' → negative); an apostrophe
    # between two letters ("don't", « l'écran ») stays inside the quotation
    r"|(?<![\w'])'((?:[^'\n]|(?<=[a-z])'(?=[a-z])){3,300}+)'(?![\w'])"
)
# Session 50 (fix78b): an input written bare, then an arrow and its label ("Example: Arrived late and the
# box was crushed. → negative"): the input is all that stands before the arrow on the marker's line.
_ARROWED_INPUT = re.compile(
    r"^[ \t]*+(?P<said>(?:[^\n→⇒=-]|[=-](?!>)){3,300}+)(?:→|->|=>|⇒)[ \t]*+(?P<label>[a-z]{3,})"
)


_EXAMPLE_SINGLE_QUOTED = re.compile(r"(?<![\w'])'([^'\n][^\n]{2,300}?)'(?![\w'])")  # round 79


def _input_words(text: str) -> int:
    """How many words ``text`` (folded) holds, in any script (see above)."""
    return (
        len(plain_words(text))
        + len(_APART_SCRIPT_WORD.findall(text))
        + len(_GLUED_SCRIPT_CHAR.findall(text)) // 2
    )


def _copied(quoted: str, lines: list[str]) -> bool:
    """Round 59: whether ``quoted`` (three words or more) is copied word for word from one of the
    data's ``lines`` (folded): a phrase of a review labelled labels that review (a termbase's
    « cessé de fonctionner » = negative), no case of the model's own to learn from."""
    words = plain_words(quoted)
    if len(words) < 3:
        return False
    run = re.compile(r"(?<![\w'])" + r"\W++".join(re.escape(w) for w in words[:MAX_COPIED]) + r"(?![\w'])")
    return any(run.search(line) for line in lines)


MAX_COPIED = 40


def _label_list(with_any: list[str]) -> re.Pattern[str]:
    """Round 75 (fix75): the task's labels listed as its options ("positive, negative ou neutral",
    "positive/negative/neutral"): two labels or more joined by a comma, a slash, a bar, "or", "and".
    A quoted sentence followed by the task's instruction that lists the labels ("Exemple de phrase :
    « Il fait beau aujourd'hui. » Classe chaque avis : positive, negative ou neutral") names no label of
    its own: it is no worked example. Limits: an example labelled with two labels listed ("« Bof » :
    neutral or negative") is read as unlabelled."""
    words = "|".join(sorted({re.escape(fold(w)) for w in with_any if w.strip()}, key=len, reverse=True))
    sep = r"(?:\s*+[,/|]\s*+(?:(?:ou|or|et|and)\s++)?|\s++(?:ou|or|et|and)\s++)"
    return re.compile(rf"\b(?:{words})\b(?:{sep}(?:{words})\b)++")


def _worked_example(
    stretch: str,
    with_any: list[str] | None,
    items: list[set[str]] | None = None,
    senses: list[set[str]] | None = None,
    source: str = "",
    lines: list[str] | None = None,
) -> bool:
    """A quoted input of two words or more ("Great product!" is a review, round 37; a quoted
    label alone is not), not one of the task's items reworded, and, outside the quotation,
    its label. Round 79: an input in single quotes too ("(e.g. 'Arrived broken and nobody answers' is
    negative)"), its closing quote followed by no letter (an apostrophe inside it stays in it)."""
    for quoted in (*_EXAMPLE_QUOTED.finditer(stretch), *_EXAMPLE_SINGLE_QUOTED.finditer(stretch)):
        said = quoted.group(quoted.lastindex or 1)
        if _input_words(_restored(said, source)) < 2:
            continue
        if _an_item(said, items or [], senses, source) or _copied(said, lines or []):
            continue  # an item reworded, paraphrased (round 16b) or partly copied is that item
        outside = stretch[: quoted.start()] + " " + stretch[quoted.end() :]
        if with_any:  # round 75: the labels' list of options is the task's, not the example's label
            outside = _label_list(with_any).sub(lambda m: " " * len(m.group(0)), outside)
        if not with_any or any(re.search(rf"\b{re.escape(fold(w))}", outside) for w in with_any):
            return True
    arrowed = _ARROWED_INPUT.match(stretch)
    if arrowed and with_any and not _EXAMPLE_QUOTED.search(arrowed["said"]):
        said = arrowed["said"].strip()
        if (
            _input_words(_restored(said, source)) >= 2
            and not re.search(r"\b(?:avis|review|item)\s*+\d", said)  # "review 1 → positive" labels an item
            and not _an_item(said, items or [], senses, source)
            and not _copied(said, lines or [])
            and any(arrowed["label"].startswith(fold(w)[:5]) for w in with_any)
        ):
            return True
    return False


def _word_label(labels: list[str]) -> Callable[[str], str | None]:
    """The label of ``labels`` a word names (its first five letters, folded)."""
    stems = {fold(label)[:5]: label for label in labels}
    return lambda word: stems.get(fold(word)[:5])


def _example_rows(
    text: str,
    with_any: list[str] | None,
    items: list[set[str]],
    senses: list[set[str]] | None = None,
    source: str = "",
    lines: list[str] | None = None,
) -> bool:
    """Worked examples given as a table (round 11: "Voici deux avis déjà classés" and the rows
    "| « Colis abîmé, vendeur injoignable. » | negative |"): a row whose one cell is an input
    of three words or more, not one of the task's items reworded, and another its label. The
    table's structure pairs them as "Exemple :" and a quotation do. Round 59: a cell that holds
    a quotation and its own label (a termbase's 'TB-002 « cessé de fonctionner » = negative |
    TB-003 …') is an entry of its own: its quotation is the input, read as a worked example's."""
    options = _label_list(with_any) if with_any else None
    for line in text.splitlines():
        if options is not None and not line.lstrip().startswith("|"):
            # session 55 (fix97grid): the labels offered in a grid's line ("colonnes = positive | negative |
            # neutral ; …") are the task's options, no example's label
            line = options.sub(lambda m: " " * len(m.group(0)), line)
        if line.count("|") < 2:
            continue
        if with_any and keyed_labels(line, _word_label(with_any), None):
            continue  # "C2 : positive | C3 : negative | C4 : neutral": items keyed, no example (session 54)
        cells = [c.strip(' "\'') for c in line.strip().strip("|").split("|")]
        labels = [re.compile(rf"\b{re.escape(fold(w))}\b") for w in with_any or []]
        entries = [
            cell
            for cell in line.strip().strip("|").split("|")  # quotes kept
            if any(label.search(cell) for label in labels)
            and any(
                not re.search(r"[a-z]", q[1]) or len(plain_words(_restored(q[1], source))) >= 2
                for q in re.finditer(r'"([^"]{3,300})"', cell)  # a quoted input, or the data blanked
            )
        ]
        if len(entries) >= 2:
            if any(_worked_example(cell, with_any, items, senses, source, lines) for cell in entries):
                return True
            continue
        if not line.lstrip().startswith("|") and cells[0].endswith(":"):
            cells = cells[1:]  # round 82 (fix82): the sentence leading a table in ("convertis-le : | 1 |")
        for i, cell in enumerate(cells):
            if _input_words(_restored(cell, source)) < 3 or _an_item(cell, items, senses, source):
                continue
            if _names_an_item(_restored(cell, source), lines):
                continue  # "| 1 | machine à café | positive |": the task's own review, named (session 53)
            others = " ".join(cells[:i] + cells[i + 1 :])
            if with_any and any(re.search(rf"\b{re.escape(fold(w))}\b", others) for w in with_any):
                return True
    return False


# What the student says of themself asks the model nothing (round 14: "(Je débute en prompts
# et j'apprends étape par étape.)", "I learn step by step"): for the reasoning aspect, a
# sentence that opens with "je"/"I" and a verb that wants nothing ("je veux", "j'aimerais",
# "I want", "I'd like" ask), and never names the model ("tu", "vous", "you"), is left out.
_ABOUT_ME = re.compile(
    r"^[\s(\[*_>-]*+(?:je\s++|j'|i\s++|i'm\s++|i've\s++)(?!(?:ne\s++|n')?(?:veux|voudrais|souhaite|souhaiterais|"
    r"aimerais|aimerai|demande|attends|prefere|exige|want|would|'d|need|ask|expect|prefer|require)\b)"
)
_TO_MODEL = re.compile(r"\b(?:tu|te|toi|ton|ta|tes|vous|votre|vos|you|your)\b|\bt'")
# Round 71 (fix71): a sentence about the writer ("I doubt the answer is easy", « je doute que ce soit
# facile ») asks nothing, but its doubt stops at a clause boundary (", but", « , mais », ";", "however",
# « cependant »): the clause after it is read on its own ("…, but please reason step by step" asks),
# unless it is about the writer again ("…, but I reason step by step myself").
_CLAUSE_TURN = re.compile(
    r"(?:,|;|:|(?<!\s)\s)\s*+(?:but|mais|however|cependant|pourtant|neanmoins|nevertheless|still|yet|toutefois)"
    r"(?![\w'-])[\s,]*+|;\s*+"
)


def _own_clause_dropped(sentence: str) -> str:
    """``sentence`` when it is not about the writer alone, else what follows its first clause turn that
    is not about the writer either, else ""."""
    if not _ABOUT_ME.match(sentence) or _TO_MODEL.search(sentence):
        return sentence
    turn = _CLAUSE_TURN.search(sentence)
    if turn is None:
        return ""
    tail = sentence[turn.end() :]
    return tail if tail.strip() and not _ABOUT_ME.match(tail) else ""


# Reasoning dismissed without a negation word (round 15b: "Le raisonnement étape par étape,
# c'est bon pour les débutants : toi, donne directement le nombre", "skip the working",
# "épargne-moi le raisonnement", "c'est superflu"): a sentence that dismisses the reasoning it
# names asks for none. A verb that drops something drops reasoning only when what it drops
# is reasoning ("saute une ligne" is layout); a negated dismissal asks ("ne saute aucune étape").
_REASON_THING = (
    r"(?:(?:le|la|les|l'|ton|ta|tes|the|your|any|all)\s*+)?(?:(?:detail|details)\s++(?:des?\s++)?)?"
    r"(?:etapes?|raisonnement|explications?|justifications?|calculs?|detail|details|steps?|step[\s-]by[\s-]step|"
    r"working|workings|reasoning|explanations?|justifications?|calculations?|chain of thought)\b"
)
_DISMISSED = re.compile(
    r"(?<!n')(?<!ne )(?<!don't )(?<!do not )(?<!never )"
    rf"\b(?:(?:skip|skipping|saute|sautez|zappe|zappez|omets|omettez|omit|leave out|drop|passe-toi d[eu']|"
    rf"passez-vous d[eu']|dispense-toi d[eu']|dispensez-vous d[eu']|epargne-moi|epargnez-moi|spare me|"
    rf"save me|fais l'impasse sur|faites l'impasse sur)\s*+{_REASON_THING}|"
    r"superflue?s?|superfluous|unnecessary|needless|overkill|(?<!pas )(?<!not )(?:necessary|necessaire)\s++"
    r"(?:que pour|only for)|"
    r"c'est\s++(?:bon\s++|fait\s++|reserve\s++)?(?:pour|aux)\s++(?:les\s++)?(?:debutants|novices|nuls|"
    r"enfants|eleves)|"
    r"(?:is|are|that's|it's|that is|it is)\s++(?:only\s++|just\s++)?for\s++(?:beginners|novices|dummies|"
    r"kids|children))"
)

# Reasoning asked for another time (round 16b: "Demain, pour mes exercices de physique, tu
# raisonneras étape par étape", "ton raisonnement, tu me le donneras plus tard, si je te le
# demande", "next time, think step by step"): a sentence that puts the reasoning it names on
# another day, later or on a condition of the student's asks for none now.
_DEFERRED = re.compile(
    r"\b(?:demain|apres-demain|plus tard|la prochaine fois|une autre fois|un autre jour|une prochaine fois|"
    r"(?:la semaine|le mois|l'an|l'annee|le cours|la seance|le jour) prochaine?|"
    r"(?:si|quand|lorsque) je te le (?:demande|redemande)|"
    r"tomorrow|later on|for later|later|next time|another time|"
    r"another day|some other time|next (?:week|month|year|lesson|session)|"
    r"(?:if|when|once) i ask(?: for it| you)?)\b"
)

# A pasted API call (round 16b: `{"role": "system", "content": "Tu es un professeur de
# logique patient. Raisonne étape par étape ..."}`, `system="You are ..."`): the strings of
# its messages are the prompt the model reads, not quotations; they are read unquoted.
# Reasoning words that ask this model nothing (round 18b): reasoning asked of others ("Notre
# prof demande aux élèves de raisonner étape par étape", "the teacher asks the pupils to"),
# the model's ability stated ("Tu sais raisonner étape par étape", "you know how to think
# step by step"; "montre que tu sais" asks), the steps of another activity than solving
# ("relis l'orthographe de ta phrase étape par étape", "check your spelling step by step"),
# and a tool's setting the prompt sent does not carry ("mon GPT personnalisé, réglé pour
# raisonner étape par étape"): from its opening to its clause's end.
_NOT_ASKED = re.compile(
    r"(?:\b(?:demande|demandent|demandait|exige|exigent|impose|conseille|recommande|dit|asks?|asked|tells?|"
    r"told|wants?|expects?|requires?)\s++(?:(?:aux|au|a)\s++(?:(?:ses|les|des|mes|nos)\s++)?|(?:de\s++)?"
    r"(?:ses|les|des|mes|nos|the|his|her|their|my|our|all)\s++)(?!ia\b|ai\b|model|modele|assistant|chatbot)[a-z'-]+\s++(?:de|d'|qu'ils|qu'elles|to)\b|"
    r"(?<!que )(?<!that )\b(?:tu sais|vous savez|tu es capable de|vous etes capable de|tu es doue pour|"
    r"you know how to|you are able to|you're able to|you are capable of|you're capable of|you can already)\b|"
    r"\b(?:orthographe|grammaire|ponctuation|coquilles?|fautes? de frappe|typos?|spelling|grammar|"
    r"punctuation)\b|"
    r"(?<!tu es )(?<!you are )(?<!you're )\b(?:regle|reglee|configure|configuree|parametre|parametree|"
    r"programme|programmee|set up|configured|programmed|tuned)\s++(?:pour|to)\b)[^,;.!?()\n]*+"
)

# Round 75 (fix75): reasoning asked about something else than the task (r75g-riddle-en-reasoning-about-
# favourite-colour: "explain step by step why you like your favourite colour", « détaille pourquoi tu aimes
# le bleu », "think step by step about your weekend"): a reasoning verb or phrase whose object, in its own
# clause, is a taste or the life of the model's or the user's (why/pourquoi + a verb of liking or choosing,
# a favourite thing, hobbies, a day, holidays) asks no reasoning on the task; it is blanked from the verb
# to its clause's end, with a reasoning phrase right after its comma. Limits: an object that is another
# topic in other words ("explain step by step how volcanoes work") is still read as reasoning.
_TASTE_OBJECT = (
    r"(?:(?:why|how come|pourquoi|pour quelle raison)\s++(?:do\s++|did\s++)?(?:you|tu|vous|i|je|j')\s*+"
    r"(?:really\s++|vraiment\s++)?(?:like|love|prefer|enjoy|hate|dislike|adore|"
    r"aimes|aimez|aime|adores|adorez|adore|preferes|preferez|prefere|detestes|detestez|deteste|kiffes)\b"
    # a taste for the task's own answer or label ("why you prefer this label") is about the task
    r"(?![^,;.!?\n]{0,40}?\b(?:answer|reponse|label|etiquette|solution|result|resultat|verdict|"
    r"classification|option|choix|choice|sentiment|equation|plan|translation|traduction|summary|resume)\b)|"
    r"\b(?:your|my|ton|ta|tes|votre|vos|mon|ma|mes)\s++(?:[a-z]++\s++)?(?:favourite|favorite|prefere|preferee|"
    r"preferes|preferees|hobby|hobbies|passe-temps|loisirs?|weekend|week-end|day|journee|vacances|holidays?|"
    r"childhood|enfance|pet|animal de compagnie)\b)"
)
_REASONING_ELSEWHERE = re.compile(
    rf"(?:{_REASON_VERB.pattern}|{_REASON_PHRASE.pattern})[^,;.!?\n]{{0,60}}?{_TASTE_OBJECT}[^,;.!?\n]*+"
    r"(?:,\s*+(?:step by step|step-by-step|etape par etape|pas a pas|one step at a time)\b)?"
)


# A reasoning phrase said of another's doing (round 40's r40g-rubric-reasoning-cycling-stages: « Étape
# par étape, le Tour de France traverse tout le pays », "The dancers learn the choreography step by step",
# "My favourite song is Step by Step"): a sentence whose clause opens on a subject of its own (an article,
# a possessive, a third person), with no word of the task or its answer and no request to the model (a
# verb of reasoning or of format, "tu", "please", "stp", an obligation, "let's"), tells what someone or
# something does; its phrase asks this model nothing. « Étape par étape, explique-moi », "Step by step
# please", "Step by step, solve this riddle", "The answer must come after the reasoning, step by step" ask.
_OWN_SUBJECT = re.compile(
    r"(?:^|[,;:]|\b(?:et|and|mais|but)\b)[\s(\"]*+(?:(?:l'\s*+|(?:le|la|les|un|une|des|mon|ma|mes|son|sa|ses|notre|"
    r"nos|leur|leurs|ce|cet|cette|ces|the|my|his|her|their|our|an?|this|these|those)\s++)[a-z]|"
    r"(?:il|elle|ils|elles|he|she|they|it)\s++[a-z])"
)
_TASK_TALK = re.compile(
    r"\b(?:raisonn\w*|reason\w*|reflexion|thinking|reponses?|answers?|solutions?|resou\w*|resolv\w*|solv\w*|"
    r"calcul\w*|enigmes?|riddles?|puzzles?|problemes?|problems?|questions?|exercices?|exercises?|expli\w*|"
    r"justifi\w*|conclu\w*|dedu\w*|logique|logic|demarche|methode|method|working|work|"
    r"stp|svp|pls|plz|please|merci|doit|doivent|faut|must|should|needs?|has\s++to|"
    r"have\s++to|let's|allons|veux|voudrais|aimerais|want|would|"
    # a manner to copy ("Step by step, the way my teacher does", « pas à pas, comme un prof ») asks
    r"comme|like|the\s++way|(?:la|de\s++la)\s++(?:meme\s++)?(?:facon|maniere))\b"
)


def _said_of_another(sentence: str) -> bool:
    """Whether the sentence's reasoning phrase tells another's doing (see :data:`_OWN_SUBJECT`)."""
    phrase = _REASON_PHRASE.search(sentence)
    # the subject stands outside the phrase: « Une vérification après l'autre. » is the phrase alone
    outside = ""
    if phrase:
        outside = sentence[: phrase.start()] + " " * len(phrase.group(0)) + sentence[phrase.end() :]
    return bool(
        phrase
        and _OWN_SUBJECT.search(outside)
        and not _TASK_TALK.search(sentence)
        and not _OWN_REQUEST.search(sentence)
        and not _ASKING_VERB.search(sentence)
        and not _TO_MODEL.search(sentence)
    )


# A prompt written as a JSON (or JSON-like) object (round 21b: {"role": "Tu es un classifieur
# d'avis clients.", "format_de_sortie": "…"}): the string value of a field named after a part
# of a prompt is read as prose on its own lines, its key kept (role, context, task, format,
# reasoning, example, limit are read there as anywhere); data fields ("texte", "avis") stay
# quoted.
_JSON_FIELD = re.compile(
    r"""(?P<key>["'](?i:r[oô]le|persona|system|syst[eè]me|contexte?|context|situation|background|"""
    r"""t[aâ]che|task|consignes?|instructions?|demande|request|question|prompt|objectif|goal|"""
    r"""public|audience|style|ton|tone|m[ée]thode|method|raisonnement|reasoning|[ée]tapes?|steps?|"""
    r"""format|format[ _-]de[ _-]sortie|format[ _-]de[ _-]r[ée]ponse|output[ _-]?format|"""
    r"""response[ _-]format|"""
    r"""sortie|output|contraintes?|constraints?|limites?|limits?|longueur|length|r[eè]gles?|rules?)["']\s*+:\s*+)"""
    r"""(?P<q>["'])(?P<body>(?:(?!(?P=q))[^\\\n]|\\.){3,2000})(?P=q)"""
)


# The data pasted as JSON is no format asked (round 22b: "Voici les avis au format JSON (notre
# export) : {"avis": [{"id": 1, "texte": "J'ai reçu…"}]}"): a JSON object counts as the
# answer's shape only when it holds none of the task's data (five words in a row of a line).
_JSON_OBJECTS = 50  # objects read at most
_DATA_WORDS = 5  # words in a row of a data line that mark it present
_JSON_START = re.compile(r'\{[ \t\n]*+\\?"')


# The words that present the data name its format, not the answer's (round 22b: "Voici les
# avis, au format JSON (c'est notre export) :", "Here are the reviews, as a CSV export:"): from a
# presentative whose object is not the answer, its format or a model, to the end of that header.
_PRESENTED_INPUT = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))\W*(?:voici|voila|ci-dessous|ci-joint|here\s++(?:is|are)|below\s++(?:is|are)|"
    r"attached\s++(?:is|are))\s++(?:(?:les|le|la|l'|mes|nos|notre|mon|ma|tes|ton|ta|the|my|our|your)\s*+)?+"
    r"(?!(?:formats?|reponses?|sorties?|outputs?|answers?|schemas?|modeles?|templates?|exemples?|examples?|"
    r"structures?|consignes?|instructions?)\b)[a-z][^:;.!?\n]{0,200}+"
)


def _json_objects(prompt: str) -> Iterator[str]:
    """Each JSON-like object of ``prompt`` ("{" then a quote, escaped or not: an object inside
    a JSON string), nested ones too, to its closing brace (one pass over the braces), at most
    :data:`_JSON_OBJECTS` of them."""
    starts = {found.start() for found in _JSON_START.finditer(prompt)}
    if not starts:
        return
    open_at: list[int] = []
    found = 0
    for at, char in enumerate(prompt):
        if char == "{":
            open_at.append(at)
        elif char == "}" and open_at:
            begin = open_at.pop()
            if begin in starts:
                yield prompt[begin : at + 1]
                found += 1
                if found >= _JSON_OBJECTS:
                    return


# Round 81 (fix81): a JSON shown as context, the shape of the student's own things ("For context, our invoices
# are stored as {"invoice": …}", « Pour info, nos commandes sont enregistrées sous la forme {…} », "FYI our
# API returns {…}"): a sentence that tells how something of theirs is kept or sent, asking nothing of the
# answer (no answer, output, reply or request word in it), shows no shape the answer must take. Its JSON is
# blanked for the format aspect; a skeleton asked for ("Réponds en JSON de la forme {…}", "Return {…}",
# "Use this shape: {…}") is kept.
_STORED = re.compile(
    r"(?<![\w'-])(?:for context|for reference|for info|for your information|fyi|background|"
    r"pour (?:info|information|contexte|le contexte|reference|memoire)|a titre (?:d'information|indicatif)|"
    r"(?:stored|saved|kept|logged|archived|persisted|serialized|serialised|exported|returned|sent|received)"
    r"(?:\s++(?:in|as|like|with))?|(?:our|my|their|the)\s++[a-z-]++\s++(?:api|backend|database|db|server)"
    r"\s++(?:returns?|sends?|gives?|stores?)|(?:stockee?s?|enregistree?s?|sauvegardee?s?|archivee?s?|"
    r"conservee?s?|exportee?s?|renvoyee?s?|envoyee?s?|recue?s?)(?:\s++(?:en|sous|comme|avec|au))?)(?![\w'-])"
)
_ANSWER_ASKED = re.compile(
    r"(?<![\w'-])(?:reponds|repondez|repond|reponse|reponses|answer|answers|reply|respond|output|outputs|"
    r"sortie|renvoie|renvoyez|retourne|retournez|return|donne|donnez|give|produce|produis|genere|generate|"
    r"ecris|write|utilise|use|suis|follow|respecte|respect|remplis|fill|format|forme|shape|schema|gabarit|"
    r"template|classe|label|labels|etiquette)(?![\w'-])"
)


def _stored_json_blanked(sentence: str) -> str:
    if '{"' not in sentence.replace(" ", "") or not _STORED.search(sentence):
        return sentence
    brace = sentence.find("{")
    if _ANSWER_ASKED.search(sentence[:brace]):
        return sentence
    return sentence[:brace] + " " * (len(sentence) - brace)


# Round 81 (fix81): a word count bounded in code ("ensures len(resume.split()) <= 60", "assert
# len(summary.split()) < 60", "len(words) <= 60"): the answer's length limit, read as "en 60 mots maximum".
_CODED_WORD_LIMIT = re.compile(
    r"(?<![\w.])len[ \t]*+\([ \t]*+(?:[a-z_][\w]{0,30}+[ \t]*+\.[ \t]*+split[ \t]*+\([ \t]*+\)|words|mots)"
    r"[ \t]*+\)"
    r"[ \t]*+(?:<=|=<|≤|<)[ \t]*+(?P<n>\d{1,4})(?![\w.,]\d|\d)"
)


# fix83 (round 83): a self-trim on the model's word count ("Count your words and, if you are over 60,
# cut until you are at 60 or fewer", « compte tes mots et, si tu dépasses 60, coupe jusqu'à 60 au plus »):
# a bare bound (no unit) after the words counted ("count your words", "word count", « compte tes mots »,
# « nombre de mots ») in its sentence is a limit in words. The bound read: "60 or
# fewer", "at most 60", « 60 au plus », or a cut to it ("cut down to 60", « réduis à 60 »).
_WORDS_COUNTED = (
    r"(?<![\w'-])(?:(?:count\w*+|compte\w*+|recompte\w*+|nombre|number|total)[ \t]++(?:[a-z']++[ \t]++){0,2}?"
    r"(?:mots|words)"
    r"|word[ \t-]*+count|compte[ \t]++de[ \t]++mots)(?![\w'-])"
)
_COUNTED_WORD_LIMIT = re.compile(
    rf"(?P<lead>{_WORDS_COUNTED}[^.!?\n]{{0,100}}?(?:"
    r"(?:cut|trim|shorten|reduce|bring|get)\w*+"
    r"(?:[ \t]++(?:it|them|down|back|until|till|you|are|re|at|to|it's)){0,5}+"
    r"|(?:coupe|raccourcis|reduis|retire|enleve|ramene|descends)\w*+"
    r"(?:[ \t]++(?:le|les|jusqu'a|a|tu|sois|en|dessous|de)){0,4}+"
    r"|(?:au[ \t]++plus|at[ \t]++most|no[ \t]++more[ \t]++than|pas[ \t]++plus[ \t]++de|maximum|max)"
    r")[ \t]*+)(?P<n>\d{1,4}+)(?![\w.,]\d|\d|[ \t]*+(?:mots?|words?)\b)"
    rf"|(?P<lead2>{_WORDS_COUNTED}[^.!?\n]{{0,100}}?)(?P<n2>\d{{1,4}}+)"
    r"(?=[ \t]++(?:or[ \t]++fewer|or[ \t]++less|ou[ \t]++moins|au[ \t]++plus|au[ \t]++maximum)\b)"
)


def _json_shape_given(prompt: str, data: list[str]) -> bool:
    runs = {
        tuple(w[i : i + _DATA_WORDS])
        for text in data
        for line in text.splitlines()
        for w in [re.findall(r"[a-z0-9]+", fold(line))]
        for i in range(len(w) - _DATA_WORDS + 1)
    }
    for found in _json_objects(prompt):
        body = re.findall(r"[a-z0-9]+", fold(found))
        if not any(tuple(body[i : i + _DATA_WORDS]) in runs for i in range(len(body) - _DATA_WORDS + 1)):
            return True
    return False


# An image's alt text describes the image, it asks nothing (round 22b, decided as the HTML
# <img alt="…"> the reader never reads: "![Tu es traducteur technique](avatar.png)" gives no
# role, "![Réponds en JSON](x.png)" no format).
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,300}+\]\([^()\n]{0,500}+\)")


# Round 24b: the words of a link's target ask nothing, for every aspect: a web address (its
# host, its path's slugs, its query: "https://enigmes.example.fr/raisonne-etape-par-etape",
# "?consigne=think-step-by-step"), a host and path without a scheme, a Markdown link's target
# ("[l'énigme](…)", with its title; its text is read) and an HTML link's attributes (href,
# src, title). Folded text.
_LINK_TARGET = re.compile(
    r"\]\([^()\s]{0,500}+(?:\s++(?:\"[^\"\n]{0,300}+\"|'[^'\n]{0,300}+'))?\s*+\)|"
    r"\b(?:href|src|title)\s*+=\s*+(?:\"[^\"\n]{0,500}+\"|'[^'\n]{0,500}+'|[^\s>]{1,500}+)|"
    r"(?:https?://|www\.)[^\s<>\"»)]{1,500}+|"
    r"(?<![a-z0-9.@-])(?:[a-z0-9-]{1,63}+\.){1,8}+[a-z]{2,12}+/[^\s<>\"»)]{0,500}+"
)


def _links_blanked(text: str) -> str:
    """``text`` with each link target made a run of "§": a link is still there (a format
    "décrit sur" one is given elsewhere, :data:`_FORMAT_ELSEWHERE`), its words are not."""
    return _LINK_TARGET.sub(lambda m: "§" * len(m.group(0)), text)


def _json_fields_read(prompt: str) -> str:
    return _JSON_FIELD.sub(
        lambda m: m.group("key") + "\n" + re.sub(r"\\(.)", r"\1", m.group("body")) + "\n", prompt
    )


_API_CONTENT = re.compile(
    r"""(?:["'](?:content|system|text)["']\s*+:|\b(?:content|system|instructions)\s*+=)\s*+"""
    r"""(?P<q>["'])(?P<body>(?:(?!(?P=q))[^\\\n]|\\.){3,2000})(?P=q)"""
    # round 57 (fix57): a dataset's labelled instance ({"text": "…", "label": "positive"}) is no message
    r"""(?![ \t]*+,[ \t]*+["'](?:label|labels|sentiment|class|target|y)["'])"""
)


# A limit on what the user or someone else writes (round 22b: "Moi je te répondrai ensuite en
# 60 mots maximum", "Ensuite je t'écrirai mon avis en 60 mots", "Mon prof a écrit 60 mots
# maximum dans la marge", "I'll reply in 60 words at most"): a subject other than the model
# (the user, a third person named by a possessive) and its verb before the limit in its clause,
# no request in between ("je voudrais un résumé en 60 mots" asks one).
_USER_WRITES = re.compile(
    r"(?:^|[^a-z'])(?:(?:moi|me)\s*+,?\s*+)?(?:je|j'|nous|i|we|(?:mon|ma|mes|notre|nos|my|our)\s++[a-z]{2,20}+)"
    r"\s*+(?:(?:te|t'|vous|lui|leur|you|him|her|them|y|en|ne|n')\s*+)*+"
    r"(?!(?:veux|voudrais|voudrions|aimerais|souhaite|souhaiterais|demande|attends|want|would|need|expect|ask|"
    r"prefere|prefer|like)\b)"
    r"(?:(?:[a-z]{2,20}?(?:rai|rons|ai|a|ons|ez)\b)|(?:ai|a|avons)\s++[a-z]{3,20}+|'ll\s++[a-z]{3,20}+|"
    r"will\s++[a-z]{3,20}+|wrote|write|reply|answer|respond)"
    r"(?:(?!\b(?:resume|summar|ecris|ecrivez|redige|redigez|write|donne|donnez|fais|faites|give|make|"
    r"tu|que|qu'|that|you\s++(?:to|should|must|will|can|need|have))\b)[^.;!?\n]){0,80}+$"
)


# A format stated for another object (round 19b): a fact about the user's own things ("Nos
# journaux serveur sont en JSON", "My notes are in bullet points") or what the user will do
# ("Mes notes, je les écrirai moi-même en liste à puces", "I'll write my notes in bullets")
# asks no shape of the answer.
_FORMAT_OF_OTHER = re.compile(
    r"^\W*(?:(?:nos|mes|notre|mon|ma|leurs?|ses|our|my|their|his|her)\s++"
    r"(?!(?:reponses?|answers?|sorties?|outputs?|formats?|resultats?|results?)\b)[^,;.!?\n]{0,40}?"
    r"\b(?:sont|est|etaient|etait|seront|sera|are|is|were|was|will be)\b|"
    # round 20b: any verb in the user's own future ("j'imprimerai un polycopié en liste
    # numérotée", "I'll print a handout as a numbered list"), not a wish ("j'aurai besoin de")
    r"(?:je|j'|nous)\s*+(?:les\s++|la\s++|le\s++|l'|en\s++)?(?!(?:aurai|voudrai|aimerai|souhaiterai|prefererai|"
    r"attendrai)\b)[a-z]{2,20}?(?:rai|rons)\b|"
    r"(?:i|we)(?:'ll|\s++will|\s++shall)\s++(?!(?:need|want|like|expect|ask|require)\b)[a-z]{3,}+\b|"
    r"(?:je|j'|nous|i|we)\s*+(?:les\s++|la\s++|le\s++|l'|them\s++|it\s++)?(?:ecrirai|ecris|ecrirais|ecrivons|"
    r"redigerai|redige|ferai|mettrai|prendrai|noterai|ai ecrit|avons ecrit|will write|'ll write|wrote|write "
    r"(?:my|our)|keep (?:my|our)|take (?:my|our))\b)"
)


_OWN_THING = re.compile(
    r"^\W*(?:nos|notre|mes|mon|ma|our|my)\s++(?!(?:reponses?|answers?|sorties?|outputs?|formats?|resultats?|results?|"
    r"demandes?|consignes?|requests?|souhaits?|attentes?|preferences?)\b)"
)


# The format of the event itself (round 25b: "La présentation aura un format atelier, sous forme
# de conférence suivie de questions", "The event follows a workshop format", "La séance se
# déroulera sous forme de table ronde"): the talk's kind, said with the event as subject, fixes no
# shape of the answer, unless the clause names one ("La présentation aura la forme d'une liste").
_EVENT_SUBJECT = re.compile(
    r"^\W*(?:la|le|l'|cette|ce|cet|notre|ma|mon|the|this|our|my)\s*+(?:presentation|seance|session|atelier|"
    r"evenement|conference|intervention|rencontre|reunion|soiree|journee|animation|event|talk|workshop|"
    r"meeting|class|lecture)\b[^,;.!?\n]{0,30}?\b(?:aura|sera|se deroulera|se fera|prendra|suivra|adoptera|"
    r"a|est|prend|suit|se deroule|has|will have|follows|will follow|takes|will take|is|will be|runs|"
    r"will run)\b"
)
_ANSWER_SHAPE = re.compile(
    r"\b(?:json|listes?|lists?|tableau|table(?!\s++ronde)|puces|bullets?|markdown|csv|numerot|numbered|lignes?|lines?|"
    r"titres?|titles?|durees?|durations?|sections?|parties|parts?)\b"
)


def _of_others_blanked(sentence: str) -> str:
    for clause in _clauses_of(sentence):
        if _EVENT_SUBJECT.match(sentence) and not _ANSWER_SHAPE.search(sentence):
            return " " * len(sentence)  # round 25b: the event's kind, the whole sentence
        if _FORMAT_OF_OTHER.match(clause) or (_OWN_THING.match(clause) and not _FORMAT_VERB.search(clause)):
            sentence = sentence.replace(clause, " " * len(clause), 1)
    return sentence


# Reasoning asked, but the whole output forced to one character, number or word (round 25b:
# "Raisonne étape par étape, mais réponds par un seul chiffre", "Think step by step, but answer
# with a single word and nothing else", "réponds uniquement par le nombre"): no reasoning can be
# written, so none is asked. A short final line after the reasoning ("termine par une ligne «
# Réponse : » avec un seul nombre", "give the count as a single number on the last line") is a
# format of the conclusion, and the reasoning stays asked.
_OUTPUT_FORCED = re.compile(
    r"\b(?:reponds|repondez|repond|ecris|ecrivez|donne|donnez|renvoie|renvoyez|affiche|answer|reply|respond|"
    r"write|output|return|give|print)\s++(?:moi\s++|me\s++|nous\s++)?(?:uniquement\s++|seulement\s++|only\s++|"
    r"just\s++|simply\s++)?(?:par|avec|en|with|in|as|using)?\s*+"
    r"(?:(?:un|une|a|one)\s++(?:seule?\s++|single\s++|unique\s++)?(?:chiffre|nombre|mot|lettre|caractere|"
    r"entier|digit|number|word|letter|character|integer|token)\b(?:\s++(?:seule?|only|alone))?"
    r"(?=\s*+(?:$|[.;!,)]|et rien|and nothing|sans rien|without))|"
    r"(?:uniquement|seulement|only|just)\s++(?:par\s++|with\s++)?(?:le|la|the)\s++(?:chiffre|nombre|mot|number|"
    r"digit|word|count)\b(?=\s*+(?:$|[.;!,)]|et rien|and nothing|sans rien|without)))"
)
# Fix-helper left52f: an output forced only under a denial ("Don't give only the number", "never just give
# the number") is the behaviour the prompt forbids, not the one it asks.
_FORCED_DENIED = re.compile(r"(?<![\w'])(?:don't|dont|do not|never|not)[ \t]*+:?[ \t]*+\Z")


def _forced(sentence: str) -> bool:
    return any(
        not _FORCED_DENIED.search(sentence, max(0, m.start() - 12), m.start())
        for m in _OUTPUT_FORCED.finditer(sentence)
    )


# Fix-helper left52f: a Do/Don't list's denied items ("Don't: give only the number", « À éviter : donner
# seulement le nombre », "Avoid: guessing", « Interdit : raisonner ») are behaviours the prompt forbids: a
# denied item neither forces a bare output nor asks for reasoning ("Don't: think step by step" asks none).
# The item is the rest of the label's line, or, when the label ends its line, the bulleted lines under it.
_DENIED_LABEL = re.compile(
    r"(?m)^[ \t]*+(?:[-*+>][ \t]*+)?(?:don't|dont|do not|never|avoid|not|a eviter|a ne pas faire|"
    r"(?:ce qu'il )?ne (?:pas|faut pas)(?: faire)?|interdits?|forbidden|prohibited|jamais|a proscrire|"
    r"things to avoid|to avoid|what not to do|what to avoid)[ \t]*+:(?P<item>[^\n]*+)"
)
_BULLET_LINE = re.compile(r"(?<![ \t])[ \t]*+(?:[-*+\u2022]|\d{1,2}[.)])[ \t]++[^\n]*+")
# Session 45 (fair45): on the label's line, a clause after a semicolon, a dash or a full stop that opens with
# an imperative or says "instead" is what to do ("Avoid: skipping steps; explain each step", « À éviter :
# deviner — explique plutôt ton raisonnement »): the denied item ends before it. A gerund or an infinitive
# there is one more item to avoid ("Avoid: guessing; explaining each step", « deviner ; expliquer »).
_DO_WORDS = (
    r"(?:(?:but|mais|instead|rather|plutot|do|a faire)\b[ \t,:]*+"
    r"|(?:explain|show|reason|think|justify|detail|write|describe|walk|work|check|verify|give|list|end|finish|"
    r"conclude|explique|expliquez|justifie|justifiez|raisonne|raisonnez|detaille|detaillez|montre|montrez|ecris|"
    r"ecrivez|fais|faites|donne|donnez|reflechis|reflechissez|decompose|decomposez|verifie|verifiez|termine|"
    r"terminez|conclus|concluez|presente|presentez|redige|redigez)\b)"
)
_DO_AFTER = re.compile(r"(?:[;!?\u2014\u2013]|\.(?![\d.])|[ \t]-[ \t])[ \t]*+" + _DO_WORDS)
_DO_START = re.compile(r"(?<![ \t])[ \t]*+" + _DO_WORDS)  # matched at a line's start


def _denied_items_blanked(text: str) -> str:
    """``text`` (folded) with each denied item of a Do/Don't list blanked (see above)."""
    out = list(text)
    for label in list(_DENIED_LABEL.finditer(text[:50_000]))[:100]:
        start, end = label.start("item"), label.end("item")
        do = _DO_AFTER.search(text, start, end)
        if do:  # session 45: "Avoid: skipping steps; explain each step"
            end = do.start()
        # the list's items go on, split onto lines of their own ("à éviter : deviner ;" then "expliquer…"),
        # up to a line that says what to do (session 45)
        while not do and text[start:end].rstrip().endswith((";", ",")) and end < len(text):
            stop = text.find("\n", end + 1)
            stop = len(text) if stop < 0 else stop
            if _DO_START.match(text, end + 1):
                break
            end = stop
        if not label["item"].strip():  # the items on the bulleted lines below
            pos = end + 1
            while pos < len(text):
                line = _BULLET_LINE.match(text, pos)
                if not line or (line.end() < len(text) and text[line.end()] != "\n"):
                    break
                end, pos = line.end(), line.end() + 1
        out[start:end] = re.sub(r"[^\n]", " ", text[start:end])
    return "".join(out)


# Issue 11ba: an order alone ("réfléchis, puis réponds par un seul nombre", "after thinking it
# through", "then") tells no place for the reasoning in the output: the reasoning must be
# written (see _REASONING_SHOWN) or the number given a place after it (a line, the end).
_FINAL_PLACE = re.compile(
    r"\b(?:ligne|line|a la fin|at the end|en fin|finale?|dernier|derniere|last|termine|terminez|conclus|"
    r"concluez|end with|finish with|conclude)\b"
)
_REASONING_SHOWN = re.compile(
    r"\b(?:ecris|ecrivez|montre|montrez|detaille|detaillez|explique|expliquez|expose|exposez|redige|redigez|"
    r"presente|presentez|write|show|explain|lay out|set out|spell out|walk me through|walk through)\s++"
    r"(?:moi\s++|me\s++|out\s++)?(?:ton|ta|tes|votre|vos|le|la|les|your|the|all|tout|toute|toutes)?\s*+"
    r"(?:raisonnement|raisonnements|calculs?|etapes|demarche|reflexion|reasoning|working|work|steps|thinking|"
    r"calculations?|thought process)\b"
    r"|\b(?:a voix haute|out loud|aloud)\b"
)
# Reasoning stated in the past (round 19b: "Hier tu as raisonné étape par étape sur cette
# énigme", "Last time you reasoned step by step") tells what the model did, it asks nothing
# now, unless the sentence asks it again ("refais-le", "comme hier", "again").
_PAST_REASONING = re.compile(
    r"\b(?:tu as|t'as|tu avais|vous avez|vous aviez|you have|you've|you had|you)\s++(?:deja\s++|already\s++)?"
    r"(?:raisonne|reflechi|procede|detaille|decompose|reasoned|thought|proceeded|worked|gone|went)\b"
    r"(?![^.!?\n]{0,80}\b(?:refais|recommence|a nouveau|de nouveau|encore|comme (?:hier|la derniere fois)|"
    r"again|the same way|like (?:yesterday|last time))\b)"
)
# Options offered and one chosen (round 19b: "Deux options : (A) raisonne étape par étape
# puis conclus ; (B) donne seulement le nombre. Je choisis l'option B."): what the options
# not chosen ask is not asked, for every rubric aspect.
_CHOSEN = re.compile(
    r"\b(?:je choisis|je prends|je retiens|je veux|je prefere|choisis|prends|i choose|i pick|i'll take|"
    r"i take|i want|i prefer|i go with|i'll go with|pick|choose)\s++(?:l'|la |le |the )?"
    r"(?:option|choix|choice|format)?\s*+"
    r"\(?(?P<label>[a-d1-4])\b\)?"
)
_OPTION = re.compile(
    r"(?:^|(?<=[\s:;,.]))\(?(?P<label>[a-d1-4])\)\s*+(?P<body>[^;\n()]{0,300}?)"
    r"(?=\s*+(?:[;\n]|\(?[a-d1-4]\)|$))"
)


def _declined_options(text: str) -> str:
    """``text`` with the options it offers and does not choose blanked (see _CHOSEN)."""
    chosen = [m.group("label") for m in _CHOSEN.finditer(text)]
    if not chosen:
        return text
    keep = chosen[-1]
    return _OPTION.sub(lambda m: m.group(0) if m.group("label") == keep else " " * len(m.group(0)), text)


# A persona (round 20b: "Tu es Sherlock Holmes."): the model told it is someone named by a
# full name, two words or more with capitals as written, no article; kept in the requests.
_PERSONA = re.compile(
    r"(?i:\b(?:tu es|vous êtes|you are|you're|incarne|incarnez|play|joue|jouez))\s++"
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]++\s++){1,2}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]++"
    # round 62 (fix62): a first name and the work or show it comes from (« Tu es Fred de « C'est pas
    # sorcier » », "You are Sheldon from The Big Bang Theory")
    r"|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]++(?=\s++(?:de|du|from|of|in|dans)\s++(?:«|\"|“|[A-ZÀ-ÖØ-Þ])))\b"
)


def _persona(prompt: str, requests: str) -> bool:
    for found in _PERSONA.finditer(prompt):
        name = fold(found.group("name"))
        if any(name in s and re.search(r"\b(?:tu es|vous etes|you are|you're|incarnez?|play|jouez?)\s++"
                                       + re.escape(name), s) for s in sentences(requests)):
            return True
    return False


# A name is no request (issue 11bg, round 31: "the quiz master of our 'Step by Step' maths
# club", "l'atelier « Étape par étape »", "a podcast called Think Step By Step"): a quoted name
# beside a noun of what bears names (a club, a podcast, a school), or a name after "called",
# "nommé", is blanked before the reasoning, the format and the limit are read; the same words
# asked of the model elsewhere in the prompt still ask.
_NAMING_NOUN = (
    r"(?i:club|clubs|atelier|ateliers|podcast|podcasts|team|equipe|équipe|association|école|ecole|school"
    r"|collège|college|app|application|show|émission|emission|chaîne|chaine|channel|newsletter|group|groupe"
    r"|company|entreprise|société|societe|magazine|journal|blog|série|serie|series|festival|concours|contest"
    r"|league|ligue|café|cafe|shop|boutique|brand|marque|band|quiz|page|compte|account|forum|serveur|server"
    r"|cercle|circle|association|troupe|site|website|chaîne youtube)"
)
_QUOTED_NAME = r"(?:(?<![\w'])'[^'\n]{2,60}?'(?!\w)|\"[^\"\n]{2,60}\"|«[^»\n]{2,60}»|“[^”\n]{2,60}”)"
_TITLE_RUN = (
    r"[A-ZÀ-Ý][\w'-]*+(?:[^\S\n]++(?:(?:by|par|à|de|of|the|and|et|to|in|en)[^\S\n]++)?[A-ZÀ-Ý][\w'-]*+)*+"
)
_NAMED = re.compile(
    rf"\b{_NAMING_NOUN}[^\S\n]++(?:[\w-]++[^\S\n]++){{0,2}}?{_QUOTED_NAME}"
    rf"|{_QUOTED_NAME}[^\S\n]++(?:[\w-]++[^\S\n]++)?{_NAMING_NOUN}\b"
    r"|\b(?i:called|named|entitled|titled|dubbed|nommée?s?|appelée?s?|intitulée?s?|baptisée?s?|s'appelle)"
    rf"[^\S\n]++(?:{_QUOTED_NAME}|{_TITLE_RUN})"
)


def _names_blanked(text: str, written: str) -> str:
    """``text`` (folded) with the names ``written`` gives (:data:`_NAMED`) blanked."""
    for m in _NAMED.finditer(written[:20_000]):
        name = fold(m.group(0))
        text = text.replace(name, " " * len(name))
    return text


# The rubric's own words misspelt by a beginner (session 40: « Raisonne étap par étap », « explik ton
# raisonnement », « Justifi ta reponse », "resoning step by stp", « raisonement », round 41's
# r41f-riddle-typos-question-to-model): a word no dictionary lists read as the rubric word it is one
# or two edits from (spelling.respelled) or sounds like (spelling.sounded), for the aspect read.
# Listed words stay ("résonne", "stop"), so do SMS abbreviations ("stp": "step by stp" keeps it).
_RUBRIC_WORDS = {
    "reasoning": (
        "raisonne raisonnez raisonner raisonnement reflechis reflechir explique expliquez expliquer "
        "explication justifie justifiez justifier justification detaille detailler etape etapes demarche "
        "calcul calculs reponse pourquoi reasoning reason explain explanation justify think thinking step "
        "steps working answer detail"
    ),
    "role": (
        "professeur professeure enseignant enseignante expert experte specialiste tuteur tutrice coach "
        "traducteur traductrice analyste mathematicien mathematicienne teacher tutor specialist translator "
        "analyst mathematician assistant"
    ),
    "format": (
        "format json liste numerotee tableau ligne lignes colonne colonnes puces reponse numbered list "
        "table line lines column columns bullet bullets answer"
    ),
    "example": "exemple exemples example examples",
}
_RUBRIC_VOCABULARY = {aspect: frozenset(words.split()) for aspect, words in _RUBRIC_WORDS.items()}


def _rubric_respelled(aspect: str, text: str) -> str:
    """The folded text with the ``aspect``'s own words misspelt read as written right (see above)."""
    words = _RUBRIC_VOCABULARY.get(aspect)
    if not words:
        return text
    text = spelling.respelled(text, words, frozenset(), keep=frozenset(spelling.SMS))
    return spelling.sounded(text, words)


# Round 45 (voice typing, no punctuation): a doubt of the student's own, « jsuis pas sûr », « je
# sais pas », "im not sure", "idk", ends its clause; its negation does not reach the request after it
# (« ... jsuis pas sûr explique étape par étape »). A doubt about something (« pas sûr qu'il faille
# expliquer », "not sure you should explain") goes on. And a format that is a paper size (« imprimé
# en format A4 », "A4 format paper", misspelt « formá A5 ») shapes the paper, not the answer.
_DOUBT_VOICED = re.compile(
    r"(?<![\w'])(?:pas (?:sure?|certaine?|convaincue?)|sais pas|not (?:sure|certain)|don't know|dont know|"
    r"idk)(?= (?!(?:que|qu'|de|d'|du|si|if|that|whether|about|of|you|tu|vous|il|it|how|comment|pourquoi|"
    r"why)\b)[a-z])"
)
_PAPER_FORMAT = re.compile(
    r"(?<![\w'])(?:formats?|size) (?:de papier |paper )?(?:a[0-6]|b[4-6]|us letter)(?![\w'])"
    r"|(?<![\w'])(?:a[0-6]|b[4-6]|us letter) (?:formats?|size)(?![\w'])"
)


def _voiced_pauses(aspect: str, text: str) -> str:
    if aspect in ("reasoning", "format"):
        text = _DOUBT_VOICED.sub(lambda m: m.group(0) + ",", text)
    if aspect == "format":
        text = _PAPER_FORMAT.sub(lambda m: " " * len(m.group(0)), text)
    return text


def does(
    aspect: str,
    prompt: str,
    with_any: list[str] | None = None,
    data_words: int = 0,
    data: list[str] | None = None,
    written: str = "",
    answer_words: int = 0,
) -> bool:
    """Whether the prompt does ``aspect``: ``role`` (a role noun or a context that says
    something), ``reasoning`` (asks to reason before answering), ``format`` (fixes the
    answer's shape), ``example`` (a marker then a worked case: a quoted input and, with
    ``with_any``, one of those labels outside the quotation), ``limit`` (sets a length: "en
    50 mots maximum", "ne dépasse pas 50 mots", not "ne te limite pas à 50 mots", "ce
    texte fait 330 mots" nor a minimum: "50 mots minimum", "at least 50 words").
    Only what asks the model counts (see :func:`_requests`): not a
    question of the student's own ("Faut-il répondre en JSON ?"; "Peux-tu..." asks), not
    reported speech, not words mentioned in quotation marks. ``written``: the prompt as
    written (its capitals name a persona, :data:`_PERSONA`), when ``prompt`` is not.
    ``answer_words``: the most words the task's answer may have; a range of lengths whose
    top is within it ("entre 40 et 60 mots") limits (round 24b), any other range does not."""
    prompt = _json_fields_read(prompt)  # round 21b
    prompt = _MD_IMAGE.sub(" ", prompt)  # round 22b
    text = fold(_API_CONTENT.sub(lambda m: "\n" + m.group("body") + "\n", prompt))  # round 16b
    if aspect in ("reasoning", "format", "limit"):
        text = _names_blanked(text, written or prompt)  # issue 11bg
    if aspect == "format":
        text = asides.format_names_blanked(text, written or prompt)  # round 34: "JSON Derulo"
        text = _THE_WAY.sub(" as ", text)  # round 59: "Lay it out the way I like: a numbered list"
    text = _disabled_comments_blanked(text)  # round 21b
    text = _links_blanked(text)  # round 24b
    text = addressed.readdressed(aspect, text, written or prompt)  # rounds 43/44: code comments, stories, SMS
    # Respelled after: the code comments are found as written (session 40: « Raisonne étap par étap »).
    text = _rubric_respelled(aspect, text)
    text = _voiced_pauses(aspect, text)  # round 45
    text = _declined_options(text)  # round 19b
    if aspect != "example":  # an example is quoted by nature: its own rule reads it
        text = _requests(text)
    else:  # a waived example is none either (round 18b)
        text = "\n".join(_unwaived(line) for line in text.split("\n"))
    text = _after_revoked(aspect, text)  # round 20b
    text = _after_withdrawn(aspect, text)  # round 21b
    text = _after_excepted(text)  # round 24b
    text = framed.read(aspect, text, written or prompt)  # rounds 49/50: CO-STAR letters, XML tags, personas
    if aspect in ("reasoning", "role", "format"):
        text = _TAGS_LINE.sub(lambda m: " " * len(m.group(0)), text)  # round 27
    text = _GRADING_NOTE.sub(lambda m: " " * len(m.group(0)), text)  # round 27
    text = _PLACEHOLDER_HEADING.sub(lambda m: " " * len(m.group(0)), text)  # round 75
    if aspect == "role":
        first = fold(_API_CONTENT.sub(lambda m: "\n" + m.group("body") + "\n", prompt))
        return _persona(written or prompt, text) or _labelled_role(first, text) or any(
            _role_in(s)
            or _activity_in(s)
            or _context_in(s)
            or _imperative_role(s)
            or _part_asked(s)
            or _imagined_activity(s)
            or _made_for_a_medium(s)
            or _mass_activity(s)
            or framed.audience(s)  # round 49: a framework's Audience field
            for s in sentences(text)
        )
    if aspect == "reasoning":
        text = _denied_items_blanked(text)  # fix-helper left52f: "Don't: give only the number"
        if _working_steps(text):  # round 22b: read on lines, before the filters below split more
            return True
        text = "\n".join(_own_clause_dropped(s) for s in sentences(text))  # round 71: after "but" on
        text = "\n".join(s for s in sentences(text) if not _DISMISSED.search(s))  # round 15b
        text = "\n".join(s for s in sentences(text) if not _DEFERRED.search(s))  # round 16b
        text = "\n".join(s for s in sentences(text) if not _PAST_REASONING.search(s))  # round 19b
        text = _NOT_ASKED.sub(lambda m: " " * len(m.group(0)), text)  # round 18b
        text = _REASONING_ELSEWHERE.sub(lambda m: " " * len(m.group(0)), text)  # round 75
        text = "\n".join(s for s in sentences(text) if not _said_of_another(s))  # round 40
        if not _REASONING_SHOWN.search(text) and any(
            _forced(s) and not _FINAL_PLACE.search(s) for s in sentences(text)
        ):
            return False  # round 25b: the whole output one digit or word, no reasoning shown
        return (
            _asked(text, _REASON_PHRASE)
            or _asked(text, _REASON_VERB, _REASON_OBJECT)
            or _asked(text, _REASON_ITSELF, _REASON_FIRST)
            or _ordered_work(text)
            or _procedure(text)  # round 19b
            or _asked(text, _STEPS_WRITTEN)
            or _asked(text, _STEPS_ASKED)  # round 27
        )
    if aspect == "format":
        if _format_shown(text):  # a template shown, "same format" after an example (round 42)
            return True
        # round 33; first, before "un format" is blanked as a bare format (round 34)
        text = "\n".join(asides.format_facts_blanked_all(sentences(text), _OWN_REQUEST))
        text = "\n".join(_after_your_choice(s) for s in sentences(text))
        text = _ONLINE.sub(lambda m: " " * len(m.group(0)), text)
        text = _VAGUE_FORMAT.sub(lambda m: " " * len(m.group(0)), text)
        text = _BARE_FORMAT.sub(lambda m: " " * len(m.group(0)), text)
        text = _FORMAT_ELSEWHERE.sub(lambda m: " " * len(m.group(0)), text)  # round 18b
        text = _FORMAT_BY_REFERENCE.sub(lambda m: " " * len(m.group(0)), text)  # issue 11bg
        text = "\n".join(_of_others_blanked(s) for s in sentences(text))  # round 19b
        text = _PRESENTED_INPUT.sub(lambda m: " " * len(m.group(0)), text)  # round 22b
        text = "\n".join(asides.worldly_formats_blanked(s) for s in sentences(text))  # round 34
        text = "\n".join(_stored_json_blanked(s) for s in sentences(text))  # round 81
        return (
            any(asides.format_wanted(s) for s in sentences(text))  # round 34
            or ('{"' in text.replace(" ", "") and _json_shape_given(written or prompt, data or []))
            or any(_FORMAT_LABEL.match(sentence) for sentence in sentences(text))
            or any(_FORMAT_FRAGMENT.match(sentence) for sentence in sentences(text))  # round 70
            or _asked(text, _PER_LINE)
            or _asked(text, _FORMAT_VERB, _FORMAT_NOUN)
            # round 66 (fix66): the shape in a clause of its own after the request's verb
            # ("redonne-le, uniquement le JSON, sans rien avant ni après", "rewrite it, JSON only")
            or any(_FORMAT_VERB.search(s) and _ONLY_FORMAT.search(s) for s in sentences(text))
            or any(
                _asks(clause, _FORMAT_PREP, _FORMAT_NOUN)
                and not _RELATIVE.search(clause[: _FORMAT_PREP.search(clause).start()])  # type: ignore[union-attr]
                # a role's own words ("Tu es un développeur expert en JSON"): who, not what shape
                and not _ROLE_LEAD.search(clause[: _FORMAT_PREP.search(clause).start()])  # type: ignore[union-attr]
                for s in sentences(text)
                for clause in _clauses_of(s)
            )
        )
    if aspect == "example":
        if _NO_EXAMPLE.search(_shown_blanked(text)):
            return False  # "Je ne donne donc aucun exemple": whatever is quoted, none is given
        lines = [line for text_ in data or [] for line in text_.splitlines() if line.strip()]
        items = [_content_stems(line) for line in lines]
        senses = [_sense_stems(line) for line in lines]  # round 16b: a paraphrase is the item
        source = fold(written) if written else ""  # the quotations' data restored (session 38)
        folded = [fold(line) for line in lines]  # a phrase copied from an item (round 59)
        for match in (*_EXAMPLE.finditer(text), *_CASE_DONE.finditer(text)):  # round 27: a case done
            stretch = text[match.end() :].split("\n\n", 1)[0]
            stretch = re.split(r"\n(?=\W*(?:avis|review|\d+[.)]))", stretch, maxsplit=1)[0]
            # the marker's own clause: "sans juger (par exemple ..." refuses no example (round 15b)
            before = re.split(r"[.!?\n(,;]", text[max(0, match.start() - 25) : match.start()])[-1]
            if _NEGATION.search(before):
                continue
            if _worked_example(stretch, with_any, items, senses, source, folded):
                return True
        for case in _ARROW_CASE.finditer(text):  # round 57 (fix57): « L'écran s'est rayé… » → negative
            line_end = text.find("\n", case.end())
            line = text[case.start() : line_end if line_end >= 0 else None]
            opened = _EXAMPLE_QUOTED.match(line)  # an input of three words or more, no review named
            said = opened.group(opened.lastindex or 1) if opened else ""
            named = re.search(r"\b(?:avis|review|item)\s*+\d", said)
            if named or len(plain_words(_restored(said, source))) < 3:
                continue
            if _worked_example(line, with_any, items, senses, source, folded):
                return True
        return _example_rows(text, with_any, items, senses, source, folded)
    if aspect == "limit":
        text = _CODED_WORD_LIMIT.sub(lambda m: f" en {m['n']} mots maximum ", text)  # round 81
        text = _COUNTED_WORD_LIMIT.sub(  # round 83
            lambda m: f"{m['lead'] or m['lead2']} {m['n'] or m['n2']} mots maximum", text
        )
        for sentence in sentences(text):
            for clause in _clauses_of(sentence):
                for found in _LIMIT.finditer(clause):
                    if _length_waived(sentence, sentence.find(clause) + found.end()):
                        continue  # "soixante mots, mais ce n'est pas important" (round 27)
                    lead = max(0, found.start() - 60)
                    told = _DATA_LENGTH.search(clause[lead : found.start()])
                    noun = lead + told.start() if told else 0
                    if (
                        told and not _ANSWER_FORM.search(clause[max(0, noun - 40) : noun])
                    ) or _DATA_NOUN.match(clause, found.end()):
                        continue  # the text's own length, not a limit
                    upto = max(0, text.find(sentence)) + sentence.find(clause) + found.start()
                    if _the_texts_length(text[:upto]):
                        continue  # "ce texte (il fait environ 230 mots)": its length (issue 11bg)
                    lead_in = sentence[: sentence.find(clause) + found.start()]
                    if _EXAMPLE.search(re.split(r'"|\s{3,}', lead_in)[-1]):  # a quotation, or its blanks
                        # "un exemple ..., en 60 mots maximum": the example's, unless its quotation
                        # is over ("Exemple : « ... » Résume en 60 mots maximum") (round 18b)
                        continue
                    if _of_another_thing(sentence[: sentence.find(clause) + found.start()]):
                        continue  # "Si tu mets un titre, il doit faire 60 mots maximum": the title's
                    if _count_of_another_object(clause[: found.start()]):
                        continue  # "Ma liste de vocabulaire fait 60 mots": the list's (session 36)
                    at = sentence.find(clause)
                    if _PER_PART_BEFORE.search(sentence[: at + found.start()]) or _PER_PART_AFTER.match(
                        sentence, at + found.end()
                    ):
                        continue  # "Chaque phrase ... 60 mots maximum": each part's, not the answer's
                    if _QUOTED_COUNT_BEFORE.search(clause[max(0, found.start() - 60) : found.start()]) or (
                        _OF_THE_SOURCE.match(clause, found.end())
                        and not _THE_ANSWER.search(clause[: found.start()])
                    ):
                        continue  # "citer au plus 60 mots du texte": the words copied (round 21b)
                    if _USER_WRITES.search(clause[: found.start()]):
                        continue  # "je te répondrai en 60 mots maximum": the user's words (round 22b)
                    if data_words and _words_at_least(found.group(0), data_words):
                        continue  # "en 600 mots maximum" for a text of 330: limits nothing (round 8)
                    head = clause[: found.end()]
                    before = clause[max(0, found.start() - 30) : found.start()]
                    if _RANGE_BEFORE.search(before) and not _within(found.group(0), before, answer_words):
                        continue  # "en 60 à 80 mots": a length aimed at from its minimum (round 18b)
                    if (
                        _MIN_BEFORE.search(before)
                        or _MIN_AFTER.match(clause, found.end())
                        or (_MORE_BEFORE.search(before) and not _NEGATION.search(head))
                    ):
                        if _BARE_MAX.search(clause):
                            return True  # "30 mots minimum et 50 maximum": bounded above too
                        continue  # a minimum is no limit
                    if not _NEGATION.search(head) or _EXCEED.search(head):
                        return True
        return False
    raise ValueError(aspect)


# A limit on the words taken from the source (round 21b: "Tu peux citer au plus 60 mots du
# texte original", "Ne recopie pas plus de 60 mots du texte", "do not quote more than 60
# words of the original") bounds the quotations, not the answer: a verb of quoting or
# copying right before the length, or the source named right after it.
_QUOTED_COUNT_BEFORE = re.compile(
    r"\b(?:cite[rsz]?|citant|recopie[rsz]?|recopiant|copie[rsz]?|copiant|reprends|reprenez|reprendre|"
    r"reprenant|emprunte[rsz]?|empruntant|quote|quotes|quoting|copy|copying|"
    r"reuse|reusing|borrow|borrowing|lift|lifting)\b"
    r"(?:\s++(?:pas|jamais|not|never|more than|plus de|au plus|at most|au maximum|jusqu'a|up to|maximum|"
    r"max|no more than|moins de|fewer than|less than|over|only|que|seulement|directly|directement|"
    r"textuellement|verbatim|mot pour mot|word for word|exactly))*+\s*+$"
)
_OF_THE_SOURCE = re.compile(
    r"(?<!\s)\s*+(?:(?:maximum|max|au plus|at most|au maximum)\s*+)?(?:tires?\s++|pris\s++|taken\s++)?"
    r"(?:du|de l'|des|from the|of the|from|in the|dans le)\s*+"
    r"(?:texte|textes|text|original|source|article|passage|document|extrait|excerpt)\b"
)


# A length in another unit is read in words (round 15b: "en 60 lignes maximum" for a text of
# 330 words limits nothing, "350 caractères maximum" does): about ten words to a line, twenty
# to a sentence, six characters to a word (the space included).
_WORDS_PER = (
    (re.compile(r"\b(?:mots?|words?)\b"), Fraction(1)),
    (re.compile(r"\b(?:lignes?|lines?)\b"), Fraction(10)),
    (re.compile(r"\b(?:phrases?|sentences?)\b"), Fraction(20)),
    (re.compile(r"\b(?:caracteres?|characters?)\b"), Fraction(1, 6)),
)


def _within(length: str, before: str, words: int) -> bool:
    """Whether a range that ends with ``length`` ("60 mots", after ``before``: "entre 40 et ")
    runs from a smaller number up to at most ``words`` words (round 24b: "entre 40 et 60
    mots", "40–60 words" for a summary of 60 words at most is its limit; "60 à 80 mots" asks
    for more than the task allows, round 18b)."""
    numbers = re.findall(r"\d+", before)
    top = re.match(r"\d+", length)
    if not words or not numbers or not top or int(numbers[-1]) >= int(top.group(0)):
        return False
    return not _words_at_least(length, words + 1)


def _words_at_least(length: str, words: int) -> bool:
    """Whether a length ("600 mots", "60 lignes", "4000 caractères") is at least ``words``
    words (:data:`_WORDS_PER`)."""
    number = re.match(r"\S+", length)
    per = next((ratio for unit, ratio in _WORDS_PER if unit.search(length)), None)
    if not number or per is None:
        return False
    token = number.group(0)
    if token in _APPROXIMATE:  # round 27: "une cinquantaine de mots"
        return _APPROXIMATE[token] * per >= words
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token] * per >= words
    return token.isdigit() and int(token) * per >= words


# -- prose ----------------------------------------------------------------------------------
# Session 54 (fix95, round 95): a "Terms used:" line is one too (« Termes employés : », "Key terms:",
# "Glossary:").
_KEYWORD_LINE = re.compile(
    r"^\W*(?:mots[- ]cles?|keywords?|key words|tags?|termes?|terms|key terms|termes cles|glossary|glossaire|"
    r"lexique|vocabulary|vocabulaire)"
    r"(?:[ \t]++(?:used|utilises?|employes?|retenus?|techniques?|cles))?[ \t]*+:"
)
STOPWORDS = {
    "fr": set(
        "le la les l' un une des du de d' et est sont a au aux en dans pour sur par qui que qu' il elle ils "
        "elles ne n' pas avec ses son sa ces cette on se s' ce c' lui leur leurs mais ou donc puis tres plus "
        "aussi comme tout tous chaque".split()
    ),
    "en": set(
        "the a an and is are of to in for on with it its that this was were be by from at have has "
        "can but they their them his her he she not which who also then each its very more every".split()
    ),
}


_FUNCTION = {w.rstrip("'") for w in STOPWORDS["fr"] | STOPWORDS["en"]}
FUNCTION = _FUNCTION  # function words of both languages, no apostrophe


# Commas that are no list's: one opening a relative clause (", qui additionne", ", which
# adds") and one closing a sentence's opening date ("En 1642, Pascal..."); round 7: "En
# 1642, Blaise Pascal, adolescent, conçoit la Pascaline, qui additionne" is a sentence.
_CLAUSE_COMMA = re.compile(
    r",(?=\s*+(?:qui|que|qu'|dont|lequel|laquelle|which|who|whom|whose|where)\b)"
    r"|^\W*+(?:en|in|au|vers|des|around|by|from|depuis)\s++[\w'-]++(?:\s++[\w'-]++)?\s*+,"
)


def sentence_like(folded: str) -> bool:
    """Words joined by function words, not items between commas."""
    tokens = plain_words(folded)
    function = sum(1 for w in tokens if w in _FUNCTION)
    commas = folded.count(",") - len(_CLAUSE_COMMA.findall(folded))
    # One function word makes a sentence of seven words or more that is neither a list of
    # items nor a label ("Around 1970, pocket calculators replaced the slide rule."); a
    # keyword line has commas or a colon, a fragment is shorter.
    # (outside brackets: "calculatrice de poche, HP-35 (années 1970)" is a keyword line).
    worded = plain_words(re.sub(r"\([^()]*\)", " ", folded))
    one = function == 1 and len(worded) >= 7 and commas <= 1 and ":" not in folded
    return len(tokens) >= 5 and (function >= 2 or one) and commas < len(tokens) / 3


# A footnote (round 10: "¹ Pascal, Pascaline, 1642.", normalised "1 Pascal, ...", "[1] ...",
# "(1) ...", "* ...") under a prose answer: when its words are keywords, not a sentence, it
# is no part of the text the task asks for (a summary is sentences; round 9's keyword asides
# state no fact): it gives the text neither length nor facts. A footnote written as a
# sentence is read as one.
_FOOTNOTE = re.compile(
    r"^[ \t]*+(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]++|\^?\d{1,2}(?=[ \t])|\[\d{1,2}\]|\(\d{1,2}\)|\d{1,2}\)|\*{1,3}|[†‡])"
    r"[ \t]*+(?P<body>\S[^\n]*+)$",
    re.M,
)


# The same for a table's rows and a list's items (round 11: "| 1642 | Pascaline de Blaise
# Pascal |", "- XIXe siècle : arithmomètre en série"): cells or an item of keywords are no
# sentences of the text; a row or an item written as a sentence is read.
_KEYWORD_ROW = re.compile(
    r"^[ \t]*+(?:(?P<row>[^\n|]*+\|[^\n]*+)|(?:[-–•+]|\d{1,2}\.)[ \t]++(?P<item>\S[^\n]*+))$", re.M
)


def _told(piece: str) -> bool:
    """A sentence, not noun phrases between commas ("calculatrice de poche, règle à calcul"
    joins two items): sentence-like, with one stretch of five words or more between marks."""
    return sentence_like(piece) and max(len(plain_words(p)) for p in re.split(r"[,;:]", piece)) >= 5


def _keyword_row(match: re.Match[str]) -> str:
    if match.group("item") is not None:
        return match.group(0) if _told(fold(match.group("item"))) else ""
    row = match.group("row")
    if row.count("|") < 2:
        return match.group(0)  # one bar: no table row
    return match.group(0) if any(_told(fold(cell)) for cell in row.split("|")) else ""


def footnotes(answer: str) -> list[str]:
    """The bodies of the footnotes of a prose answer (:data:`_FOOTNOTE`: "¹ ...", normalised
    "1 ...", "[1] ...", "* ..."), whatever they say."""
    return [m.group("body") for m in _FOOTNOTE.finditer(answer)]


def without_keyword_footnotes(answer: str) -> str:
    answer = _FOOTNOTE.sub(lambda m: m.group(0) if sentence_like(fold(m.group("body"))) else "", answer)
    return _KEYWORD_ROW.sub(_keyword_row, answer)


# Round 14: an interrogation, "Qui ? Blaise Pascal. Quand ? 1642. Quoi ? La Pascaline.":
# three or more questions of at most three words, answered by fragments, are a FAQ sheet,
# no prose, whatever the fragments hold.
_SHORT_QUESTION = re.compile(r"(?:^|(?<=[.!?:\n]))[ \t*_>-]*+(?:[\w'-]++[ \t]++){0,2}[\w'-]++[ \t]*+\?")
SHORT_QUESTIONS = 3


def interrogation(text: str) -> bool:
    return len(_SHORT_QUESTION.findall(text)) >= SHORT_QUESTIONS


def is_prose(answer: str) -> bool:
    """Sentences, not a keyword list or filler: no "Keywords:" line, sentences made with
    function words, words mostly distinct, no word (other than short function words)
    written more than three times."""
    text = fold(answer)
    if any(_KEYWORD_LINE.match(line) for line in text.splitlines()):
        return False
    if not any(sentence_like(s) for s in sentences(text)):
        return False
    if interrogation(text):
        return False
    tokens = [w for w in plain_words(text) if not w.isdigit()]
    if len(tokens) < 5:
        return False
    if len(set(tokens)) / len(tokens) < 0.5:
        return False
    counts = Counter(w for w in tokens if w not in _FUNCTION and w not in _AUXILIARIES and len(w) > 2)
    return not counts or counts.most_common(1)[0][1] <= 3


# Auxiliary and modal verbs are a tense's or a mood's grammar, not words that pad (fix73, round 73: a
# summary in the conditional or the pluperfect writes « aurait » or "would" on every fact, and is prose).
_AUXILIARIES = frozenset(
    "avait avaient aurait auraient etait etaient serait seraient fut furent allait allaient ont "
    "would had could might will should must did does".split()
)


# Round 6: what states no fact. An arrow joins keywords without a verb ("Pascaline de
# Pascal (1642) → Leibniz", "machine de Pascal en 1642 ⇒ HP-35"): a sentence that holds one
# is a chain of keywords, however many function words its pieces hold. Words joined by one
# same character that is no blank, hyphen or apostrophe ("les·marchands·de·l'Antiquité",
# "Blaise_Pascal_invente") are no words the reader reads (the word count sees one word).
_ARROW = re.compile(r"[→⟶➜➔➝➞⇒⟹↦]|(?<!-)-++>|(?<!=)=++>")
_JOINED = re.compile(r"[a-z'](?P<joint>[^\sa-z0-9'.,;:!?()\[\]\"«»-])[a-z']")


# Hyphens join words too when a token holds more of them than a compound does (round 8:
# "Les-marchands-de-l'Antiquité-calculaient..."; "arrière-petits-enfants", "c'est-à-dire" hold
# two or three).
JOINING_HYPHENS = 4


@text_cache(maxsize=8192)
def _joined(token: str) -> bool:
    joints = [m.group("joint") for m in _JOINED.finditer(token)]
    return (
        any(joints.count(j) >= 2 for j in set(joints))
        or len(re.findall(r"[a-z0-9']-(?=[a-z0-9'])", token)) >= JOINING_HYPHENS
    )


# Hyphens that glue a text's words in twos, threes and fours (round 9: "les-marchands
# comptaient-avec des-cailloux", each under round 8's four joints): a compound is rare in
# prose ("peut-être", "c'est-à-dire", "HP-35"), so when many tokens, and a share of them,
# hold a hyphen between letters, the hyphens are blanks and the words they join are counted.
HYPHEN_JOINT = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
GLUED_TOKENS = 6  # hyphenated tokens, at least
GLUED_SHARE = 0.15  # and their share of the text's tokens


def hyphen_glued(text: str) -> bool:
    tokens = text.split()
    glued = sum(1 for t in tokens if HYPHEN_JOINT.search(t))
    return glued >= GLUED_TOKENS and glued >= GLUED_SHARE * len(tokens)


# Words offered as alternatives with slashes (round 9: "labelled/tagged", "billions/thousands
# of millions", "mistake/error"): a text with two such choices or more is versions to choose
# from, not one text; "and/or", "et/ou", "he/she" are one word each.
_SLASHED = re.compile(r"(?<![\w/.:])([^\W\d_]{2,})\s?/\s?([^\W\d_]{2,})(?![\w/])")
_ONE_WORD = {
    frozenset(p.split())
    for p in ("and or", "et ou", "he she", "il elle", "his her", "him her", "ils elles", "un une", "le la")
}
SLASHED_CHOICES = 2


def offers_alternatives(text: str) -> bool:
    found = [m for m in _SLASHED.finditer(fold(text)) if frozenset((m[1], m[2])) not in _ONE_WORD]
    return len(found) >= SLASHED_CHOICES


def _unjoined(token: re.Match[str]) -> str:
    """A joined token blanked, the punctuation that ends it kept: its full stop still ends
    its sentence (round 8), so the words around it do not make one sentence."""
    if not _joined(token.group(0)):
        return token.group(0)
    end = re.search(r"[.!?;:]*+$", token.group(0))
    return " " + (end.group(0) if end else "")


# A prose text cut off (round 15a): its last line stops on a word, a comma or a dash while
# the text ends its other sentences with punctuation ("..., but it can also"). A translation
# or a summary that stops mid-sentence does not say everything: no length.
_CUT_END = re.compile(r"[\w,;:(\u2013\u2014-]\Z")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”)*_]*+\s")


def cut_off(text: str) -> bool:
    """Whether ``text`` stops mid-sentence: a tail of at least :data:`CUT_WORDS` words
    after its last sentence's end, with no colon (a label's value, "Verdict : PASS", is
    no sentence), ending on a word, a comma or a dash."""
    body = text.rstrip()
    ends = list(_SENTENCE_END.finditer(body))
    if not ends or not _CUT_END.search(body):
        return False
    tail = body[ends[-1].end() :]
    return ":" not in tail and len(tail.split()) >= CUT_WORDS


CUT_WORDS = 5


@copied_cache(maxsize=1024)  # read by several checks of one answer
def prose_sentences(answer: str) -> list[str]:
    """The folded sentences of ``answer`` that are prose: at least five words, outside a
    keyword line; not a question (it asks, it states nothing: "Pascal a-t-il inventé la
    Pascaline en 1642 ?"), a piece of an arrow chain, or words joined without blanks."""
    text = re.sub(r"[^ \t]++", _unjoined, fold(answer))
    kept = []
    for line in text.splitlines():
        if _KEYWORD_LINE.match(line):
            continue
        kept += [
            s
            for s in sentences(line)
            if sentence_like(s) and not _ARROW.search(s) and not s.rstrip(" )*_\"'»").endswith("?")
        ]
    return kept


def language(sentence: str) -> str | None:
    """``fr`` or ``en`` by function words, or None when the sentence does not say."""
    tokens = re.findall(r"[a-z]+'?", sentence)
    fr = sum(1 for w in tokens if w in STOPWORDS["fr"])
    en = sum(1 for w in tokens if w in STOPWORDS["en"])
    if fr >= 2 and fr > en:
        return "fr"
    if en >= 2 and en > fr:
        return "en"
    return None


# Function words of one language that are no word of the other: one of them is enough to
# tell a clause's language, however short the clause.
ONLY = {
    "fr": set(
        "le la les des du une est sont il ils elle elles qu que qui ne pas avec dans sur mais aussi se ces "
        "cette ses sa leur leurs au aux et ou jamais nous vous je tu lui puis donc car chaque tres peu fois "
        "deja encore toujours ainsi alors meme autre autres quand dont lors peut etre avoir ete ont etait "
        "vers chez sous aucun aucune tout tous toutes beaucoup avant apres pendant selon entre d l qu c j "
        "s m n t".split()
    ),
    "en": set(
        "the of is are was were it its this that with from by have has which who been will would can could "
        "they their them there these those not but also an at as what when where how each every".split()
    ),
}
_ELISION = re.compile(r"(?<![a-z])[ldqncjsmt]'[a-z]")
_CLAUSE_MARKS = re.compile(r"[,;:.!?()\[\]\n-]+")


def clauses(text: str) -> list[str]:
    """Clauses and fragments of folded text, however short."""
    return [c.strip() for c in _CLAUSE_MARKS.split(text) if c.strip()]


def clause_language(clause: str) -> str | None:
    """The language a clause shows: any French-only function word or elision ("l'", "qu'")
    makes it French unless English-only words outnumber them, and the reverse."""
    # A word right after an apostrophe is the tail of an elision, counted as one, or of an
    # English contraction ("it's", "don't": the "s" and "t" are no French "s'", "t'").
    tokens = re.findall(r"(?<!')\b[a-z]+", clause)
    fr = sum(1 for w in tokens if w in ONLY["fr"]) + len(_ELISION.findall(clause))
    en = sum(1 for w in tokens if w in ONLY["en"])
    if fr and fr >= en:
        return "fr"
    if en:
        return "en"
    return None


# -- durations of a plan ----------------------------------------------------------------------
_N = rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORD_RE})"
_CLOCK = r"(\d{1,2})\s*+(?::\s*+(\d{2})|h\s*+(\d{2})?)"  # possessive blanks: linear
_RANGE = re.compile(
    rf"(?:\bde\s+|\bfrom\s+)?{_CLOCK}\s*+(?:-+>?|=>|→|\ba\b|\bto\b|\bjusqu'a\b|\buntil\b|\btill\b)\s*+{_CLOCK}"
)
# A slot in minutes from the start ("(0-10 min)", "10 a 25 min", "de la minute 25 a la minute
# 45", round 9): read as a slot, it must chain with the others from minute 0 (a range that
# does not, "5-10 min", is a hesitation: no duration).
_MINUTE_RANGE = re.compile(
    r"(?:\bde\s+(?:la\s+)?|\bfrom\s+)?(?:\bminutes?\s+)?(?<![\d.,:])(\d{1,3})(?:\s*+min)?"
    r"(?:-(?=\d)|\s++(?:a|to)\s++)"
    r"(?:la\s+)?(?:\bminutes?\s+)?(\d{1,3})\s*+(?:min|mn|minutes?|mins)?\b(?!\s*+[:h]\s*+\d)"
)
# A table's column of minutes: its header says the unit ("Durée (min)", "Duration in
# minutes", "Minutes"), its cells are bare numbers (round 9).
_MINUTES_HEADER = re.compile(
    r"\A(?:(?:duree|duration|temps|time|timing|minutage|length|longueur)\s*+)?[(\[]?\s*+(?:en\s+|in\s+)?"
    r"(?:min|mn|minutes?|mins)\s*+[)\]]?\Z"
)
_HALF = re.compile(
    r"\b(?:une|1|a|one)\s+demi[\s-]heure\b|\bhalf\s+an\s+hour\b|\bhalf[\s-]hour\b|"
    r"\b(?:un|1|a|one)\s+quart\s+d'heure\b|\ba\s+quarter\s+of\s+an\s+hour\b|\bquarter[\s-]hour\b|"
    r"\btrois\s+quarts\s+d'heure\b|\bthree\s+quarters\s+of\s+an\s+hour\b"
)
# A fraction of an hour: "½ h" (folded "1⁄2 h"), "1/4 hour".
_FRACTION = r"\d\s*+[⁄/]\s*+[2-6](?!\d)"
_HOURS = re.compile(
    rf"\b({_FRACTION}|{_N})[\s-]*(?:h|heures?|hours?|hrs?)\b(?:\s*(\d{{1,2}})\s*(?:min|mn|minutes?)?\b)?"
)
# "10'" is ten minutes; "10''" (a double prime, round 8) ten seconds: no minutes. The
# typographic prime is the same mark (round 18a: "5′"; "5″", NFKC "5′′", is seconds).
_MINUTES = re.compile(rf"\b({_N})[\s-]*(?:min|mn|minutes?|mins)\b|\b(\d+)\s*['′](?![\w'′])")
# Minutes and seconds (round 23a: "7 min 30 s", "7 min 30", "7 minutes 30 seconds", "7'30\"")
# are one exact duration, 7.5 minutes; the seconds are under 60.
_MIN_SEC = re.compile(
    r"\b(\d{1,3})[ \t]*+(?:min|mn|minutes?|mins|['′])[ \t]*+(?:et[ \t]++|and[ \t]++)?([0-5]?\d)"
    r"(?:[ \t]*+(?:s|sec|secs|secondes?|seconds?)\b|[ \t]*+[\"″]|(?=[ \t]*+[)\]|,;]|[ \t]*+$))"
)
# Round 16a. A duration multiplied ("2 × 10 min", "3 x 10 minutes", "15 min × 2") is one
# duration, the product; a duration given for each of several items followed by their total
# ("10 min chacune, soit 30 min", "10 minutes each, i.e. 30 minutes") is the total (it must
# be a multiple of the one; "10 min chacune" alone does not say how many: doubtful); a
# duration inside a part ("20 min (dont 5 min de quiz)", "including 5 minutes") is no part.
_MIN = r"[\s-]*+(?:minutes?|mins|min|mn)\b"
_PRODUCT_DURATION = re.compile(
    rf"\b({_N})\s*+[*x]\s*+({_N}){_MIN}|\b({_N}){_MIN}\s*+[*x]\s*+(\d{{1,2}})(?![\w.,]|\s*+(?:min|mn))"
)
_EACH = re.compile(rf"\b{_N}{_MIN}\s++(?:chacune?s?|each|apiece|par (?:demo|partie|atelier|item|personne))\b")
_EACH_TOTAL = re.compile(
    rf"\b({_N}){_MIN}\s++(?:chacune?s?|each|apiece)\b\s*+[,;:(-]?\s*+"
    r"(?:soit|donc|so|i\.?e\.?|that is|=|au total|en tout|in total|total)?\s*+:?\s*+"
    rf"(?:de\s++)?({_N}){_MIN}\)?"
)
_INNER_DURATION = re.compile(
    rf"(?<=[\s(,;-])(?:dont|including|of which|y compris|incl\.?)\s++(?:environ\s++)?({_N}){_MIN}"
)
# Round 20a, decided: a part's time that overlaps another part's ("dont les 5 dernières
# minutes de la partie 2, en parallèle", "in parallel with part 2", "pendant la partie
# précédente") or one duration shared by several parts ("parties 1 à 3 : 40 min en tout",
# "parts 1-3: 40 minutes", "les trois premières parties : 40 min") is no duration of one part:
# the plan is doubtful (its durations do not add up to the talk's length part by part).
_PART_WORD = r"(?:parties|partie|parts?|sections?|etapes?|steps?|modules?|blocs?|sequences?)"
_OVERLAP = re.compile(
    r"\b(?:en parallele|in parallel|simultanee?s?|simultanement|simultaneously|en meme temps (?:que|qu')|"
    r"at the same time as|chevauch\w*|overlap\w*|empiet\w*|"
    # session 54 (fix95, round 95: "Track B, side room at the same time"): said otherwise
    r"meanwhile|in the meantime|pendant ce temps|entre-temps|concurrent(?:ly)?|simultaneous|en simultane|"
    r"au meme moment|parallel[ \t]++(?:tracks?|sessions?|workshops?|rooms?|groups?|streams?)|"
    r"(?:ateliers?|sessions?|groupes?|salles?|parcours)[ \t]++paralleles?)\b"
    r"|\b(?:de|du|of|pendant|during|avec|with|sur|over|que|than|as)[ \t]++(?:la[ \t]++|l'|the[ \t]++)?"
    rf"{_PART_WORD}"
    r"[ \t]++(?:\d++|precedente|suivante|previous|next|d'avant|d'apres)\b"
)
# Session 54 (fix95): "at the same time", « en même temps » alone say a part runs beside another when its line
# names a room, a track or a group ("Track B, side room at the same time: image generators"); "Text and images
# at the same time: multimodal models" is a topic.
_SAME_TIME = re.compile(r"\b(?:at the same time|en meme temps|same (?:time ?)?slot|meme creneau)\b")
_PARALLEL_UNIT = re.compile(
    r"\b(?:tracks?|rooms?|salles?|groups?|groupes?|ateliers?|workshops?|breakouts?|streams?|pistes?|parcours)\b"
)
# Session 55 (fix97plan, round 97: « Démonstration en parallèle sur deux écrans : un texte et une image »):
# what runs in parallel on screens or devices is shown side by side within the part, when the line names no
# room, track or group ("Hands-on in parallel on laptops in the side room" still runs beside the talk).
_ON_SCREENS = re.compile(
    r"(?:sur|on|across|auf|en)[ \t]++"
    r"(?:(?:le|la|les|l'|the|deux|two|2|3|trois|three|plusieurs|several|multiple|nos|our|mes|my|des|zwei|dos|"
    r"un|une|a|meme|same|mon|son|notre|votre|your|grands?|big|large)[ \t]++)*+"
    r"(?:ecrans?|screens?|moniteurs?|monitors?|ordinateurs?|computers?|laptops?|pcs?|fenetres?|windows?|onglets?|"
    r"tabs?|videoprojecteurs?|projecteurs?|projectors?|bildschirme?n?|pantallas?|telephones?|phones?|"
    r"smartphones?|tablettes?|tablets?|tableaux?|boards?)(?![\w'-])"
)


def _overlaps(line: str) -> bool:
    """Whether ``line`` says its part shares its time with another (:data:`_OVERLAP`), other than by running
    two things side by side on screens (:data:`_ON_SCREENS`)."""
    for found in _OVERLAP.finditer(line):
        if not _ON_SCREENS.match(line, past_blanks(line, found.end())) or _PARALLEL_UNIT.search(line):
            return True
    return False
_SHARED = re.compile(
    rf"\b{_PART_WORD}[ \t]++\d++[ \t]*+(?:a|to|-|–|—|et|and|&|,)[ \t]*+\d++\b(?![ \t]*+(?:min|mn|h\b|'))"
    r"|\b(?:les|the)[ \t]++(?:deux|trois|quatre|two|three|four|\d)[ \t]++(?:premieres|dernieres|first|last)"
    rf"[ \t]++{_PART_WORD}\b"
)
# Round 21a, decided: a part said to take place outside the talk ("avant l'arrivée du
# public", "après le départ du public", "avant le début", "before the talk starts") is not
# part of the hour: the plan's durations do not add up to the talk's length (doubtful, as
# an overlap is). "avant la fin de la partie 2" is inside the talk.
_OUTSIDE = re.compile(
    r"\b(?:avant|before|prior to)[ \t]++(?:l'arrivee|the arrival|l'entree|l'accueil|le debut|the start|"
    r"the beginning|l'ouverture|the opening|la presentation|the presentation|the talk|la conference|"
    r"la seance|the session)\b"
    r"|\b(?:apres|after)[ \t]++(?:le depart|the departure|la sortie|la fin|the end|la cloture|the close|"
    r"la presentation|the presentation|the talk|la conference|la seance|the session)\b"
    r"|\b(?:une fois|once)[ \t]++(?:le public|the audience|les participants|the participants)[ \t]++"
    r"(?:parti|partis|sorti|sortis|left|gone|arrive|arrives)\b"
)
# Round 22a, decided: a duration that times another activity than presenting the part
# ("préparation : 10 min", "(10 min de préparation)", "répétition : 5 min", "10 min to
# prepare") is no part of the talk's hour: doubtful, as a part outside the talk is.
_TIMED_ACTIVITY = (
    r"(?:preparation|prep|preparer|prepare|preparing|repetition|repeter|rehearsal|rehearse|rehearsing|"
    r"travail personnel|homework|devoirs)"
)
_OTHER_ACTIVITY = re.compile(
    rf"\b(?:temps[ \t]++de[ \t]++|time[ \t]++(?:for|to)[ \t]++)?{_TIMED_ACTIVITY}\b[ \t]*+[:=—–-]?[ \t]*+"
    r"(?:\(?[ \t]*+)?(?:environ[ \t]++|about[ \t]++)?\d"
    r"|\d[ \t]*+(?:min|mn|minutes?|h|heures?|hours?)\b\.?[ \t]*+(?:de|d'|of|pour|to|for)[ \t]*+"
    rf"(?:la[ \t]++|the[ \t]++)?{_TIMED_ACTIVITY}\b"
)
# Session 57 (fix100versions, round 100: « | Démonstration … | 15 min | préparer les comptes avant la séance
# | »): in a table's note cell, "before the session" that closes a clause of its own (a thing to do before it)
# times the chore, not the part; the part is outside the talk when the cell says only that ("| avant la séance
# |", "| held after the talk |").
_OUTSIDE_ALONE = re.compile(
    r"(?:held|done|run|given|takes place|happens|a lieu|se fait|se deroule|fait|faite|juste|just|right|bien|"
    r"[(\[*_-])?+[ \t]*+"
)


def _outside(line: str, cells: list[str]) -> re.Match[str] | None:
    """The first phrase of ``line`` that puts its part before or after the talk (:data:`_OUTSIDE`), a note
    cell's chore aside."""
    for found in itertools.islice(_OUTSIDE.finditer(line), 10):
        cell_start = line.rfind("|", 0, found.start())
        first_cell = len(cells) < 2 or line.find("|", line.find("|") + 1) >= found.start() or cell_start < 0
        said = line[cell_start + 1 : found.start()].strip() if cell_start >= 0 else ""
        if first_cell or re.search(r"\d", line[cell_start : found.start()]) or _OUTSIDE_ALONE.fullmatch(said):
            return found
    return None


_OUTSIDE_PART = re.compile(
    r"(?<![ \t])[ \t]++(?:de[ \t]++la[ \t]++|du[ \t]++|de[ \t]++l'|d'|of[ \t]++(?:the[ \t]++)?)"
    r"(?:partie|part|section|demo|demonstration|pause|break|exercice|exercise|atelier|workshop)"
)
_BARE_CLOCK = re.compile(r"(?:^|[|:—-]\s*+)(\d{1,2}):(\d{2})\s*+\|?\s*+$")
# Round 18a, decided: a lone time with no start/end pair on its line, in parentheses after a
# part's title or at its end with seconds ("(00:05:00)", "(0:05)", "— 00:15:00"), is the
# part's duration (h:mm[:ss]), as a lone end-of-line time already was; a slot needs a pair.
_CLOCK_DURATION = re.compile(
    r"\(\s*+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*+\)|(?:^|[|:—-]\s*+)(\d{1,2}):(\d{2}):(\d{2})\s*+\|?\s*+$"
)
_TOTAL_LINE = re.compile(
    # a subtotal (round 18a: "(sous-total : 30 min)", "Total partiel : 20 min") is no part either
    r"^[(\[*_]*+(?:sous-total|sous total|subtotal|sub-total|total partiel|partial total|"
    r"total|au total|en tout|in total|overall|duree totale|temps total|total time|soit|sum|somme|"
    r"duree|duration)\b"
)
_LIST_ITEM = re.compile(
    r"^\s*(?:[-*+•>]|\d+\s*[.)/-]|[a-z]\)|\||(?:partie|part|etape|step|section|module|bloc|sequence)\s+\d+|"
    r"\d{1,2}\s*[:h]\s*\d{2})"
)
_DECORATION = re.compile(
    r"^\s*(?:[-*+•>|]\s*)*(?:\d+\s*[.)/-]\s*|[a-z]\)\s*)?(?:(?:partie|part|etape|step|section|module|bloc|"
    r"sequence)\s+\d+\s*[-:.)]?\s*)?"
)
_PLAN_HEDGE = re.compile(
    r"\b(?:environ|about|around|approximately|approx|roughly|voire|peut-etre|maybe|perhaps|selon|depending|"
    r"si le temps|if time|ou plus|or more|max|maximum|au plus|au moins|at least|up to|a peu pres|"
    r"ou moins|or less|or fewer|minimum|at most|"
    r"facultati\w*|optional|"
    # a rough guess (round 9: "20 min (à la louche)")
    r"a la louche|au pif|pifometre|a vue de nez|en gros|grosso modo|ballpark|give or take|"
    r"approximativement|approximatively|"
    # a duration that may overrun (round 8: "20 min (on pourra déborder un peu)")
    r"deborde\w*|overrun\w*|run over|runs over|run long|runs long)\b|(?<!~)~(?!~)|≈|\+/-|±|"
    # a bound (round 24a: "Intro (≤ 10 min)", "(< 15 min)")
    + COMPARISON
)
# Another amount on a condition after a duration (round 14: "5 min (15 si la salle est
# bavarde)", "10 min, 20 if there are questions"): the part's length depends on it, doubtful.
# Round 27: a part whose title says it may not happen ("Possibly, if time allows, extra
# questions", "Éventuellement, si le temps le permet : quiz", "Optional Q&A") is no part of a
# plan that makes the hour: the plan is doubtful, as "10 min (facultatif)" makes it. "Questions
# éventuelles du public", "Questions, if any" are parts.
_OPTIONAL_PART = re.compile(
    r"\b(?:possibly|optionally|optional|optionnel|optionnelle|optionnels|optionnelles|time permitting|"
    r"if (?:time|we have time|there is time|there's time)|si le temps|s'il reste du temps|s'il nous reste|"
    r"eventuellement|facultati(?:f|fs|ve|ves)|en option|if needed|si besoin)\b"
)
# Session 54 (fix95, round 95: « Plan B si la démo plante : vidéo enregistrée — 10 min », "Backup (only if the
# Wi-Fi fails) — 10 min"): a part held only on a condition, a fallback or a bonus is no part of the hour: its
# minutes are spent only if something happens (doubtful, as an optional part is). A buffer "si la démo plante"
# is held anyway (a filler, filler.py); "Que faire si l'IA se trompe ?", "What to do if a chatbot fails you"
# are topics. An alternative (fix96): "Alternatively, for experts: …", « Variante pour un public technique »,
# "Or instead: …", « Au choix : … », "Option B: …" ("Alternatives to ChatGPT" is a topic).
_CONDITIONAL_PART = re.compile(
    r"\b(?:only (?:if|when|in case)|(?:seulement|uniquement) (?:si|s'il|s'ils|en cas|au cas)|qu'en cas|"
    r"que si|que s'il|plan b|(?:plans?|solutions?|demos?|videos?|options?) de (?:secours|repli)|fallback|"
    r"back-?ups?|bonus|au besoin|if necessary|if required|si necessaire|on request|sur demande|"
    r"a la demande|"
    # session 54 (fix96, round 96: "4b. Alternatively, for a technical audience: … — 10 min"): an alternative
    # to another part is held only if that one is not
    r"alternatively|alternativement|en alternative|as an alternative|(?:or |ou )?instead(?! of)|"
    r"a la place(?! de)|au lieu de cela|au choix|variante|variant|(?:option|version|variante) [a-z0-9]|"
    # session 55 (fix97plan, round 97: "Joker, only if we are running early: AI and jobs — 10 min"): a part
    # kept in reserve, held only when time is left over, in English, French, German or Spanish
    r"jokers?|wild ?cards?|spare (?:parts?|topics?|modules?|sections?|segments?)|stretch goals?|"
    r"(?:parties?|sujets?|modules?|themes?|sections?) (?:de|en) reserve|in reserve|"
    r"(?:si|if|when|quand|wenn|falls|cuando)(?: [a-z'-]++){0,4}? "
    r"(?:time left|time to spare|temps restant|reste du temps|de temps en trop|zeit (?:bleibt|ubrig)|"
    r"(?:sobra|queda) tiempo)|"
    r"(?:si|if|when|quand|wenn|falls|cuando) "
    r"(?:we(?:'re)?|on|nous|wir|l'on|(?:the|le|la) (?:group|groupe|class|classe))(?: [a-z'-]++){0,3}? "
    r"(?:early|ahead|en avance)|"
    r"nur (?:wenn|falls)|sofern|bei bedarf|falls (?:zeit|noch)|(?:solo|solamente|unicamente) (?:si|en caso)|"
    r"si (?:sobra|queda) tiempo|en lugar de eso|en su lugar|como alternativa|stattdessen|alternativ)\b"
)
# Session 55 (fix97plan, round 97: « Ou bien, selon la salle : démonstration d'un générateur d'images »): a
# part whose title opens on "or", "otherwise", « sinon », « oder », « o bien » is offered instead of the one
# before it. The French « ou » must be followed by « bien », « alors », « sinon » or a stop (« Où en est
# l'IA ? » is folded "ou en est"), the English "or" by a stop or a word of choice ("Orchestrating tools").
_OPENS_ALTERNATIVE = re.compile(
    r"(?:ou (?:bien|alors|sinon|encore)|ou(?=[ \t]*+[:,;—–-])|or (?:else|rather|alternatively|perhaps|maybe)|"
    r"or(?=[ \t]*+[:,;—–-])|oder|o bien|o si no|o(?=[ \t]*+[:,;—–-])|sinon|otherwise|else|andernfalls|sonst|"
    r"de lo contrario|alternativ[ae]?(?=[ \t]*+(?:[:,;—–-]|$)))(?![\w'-])"
)
# Session 55 (fix97plan): a part whose title opens on a condition on the audience, the room or the time
# ("If the audience is technical: how attention works", « Si la salle est à l'aise : les coulisses d'un
# transformeur », "Wenn die Gruppe schnell ist", « Si el público lo pide ») is held only on it. A condition on
# the topic is a topic (« Si l'IA se trompe : comment vérifier », "If you have never used a chatbot: where to
# start"); one on the material is fix95's failure (_FAILURE_IF).
_OPENS_CONDITION = re.compile(
    r"(?:(?:only|seulement|uniquement|nur|solo|solamente) )?(?:si|if|s'il|s'ils|wenn|falls|sofern)"
    r"(?: [a-z'-]++){0,3}? (?:l')?"
    r"(?:salle|public|audience|room|groupe?|group|class|classe|participants|attendees|auditoire|sala|publico|"
    r"grupo|publikum|gruppe|raum|teilnehmer|temps|time|tiempo|zeit)(?![\w'-])"
)
_FAILURE_IF = re.compile(
    r"\b(?:si|if|s'il|s'ils)[ \t]++(?:[a-z'-]++[ \t]++){0,3}?"
    r"(?:plante|plantent|crash(?:es)?|fails?|breaks? down|tombe en panne|est en panne|ne marche|"
    r"ne fonctionne|"
    r"doesn't work|does not work|won't work|goes down|is down|lache|echoue|saute)\b"
)
_FAILURE_TOPIC = re.compile(
    r"\b(?:que faire|quoi faire|what to do|how to react|comment reagir|what happens|que se passe|"
    r"how to handle|"
    r"comment gerer)\b"
)
_BUFFER = re.compile(r"\b(?:marges?|buffers?|tampons?|battements?|slack|imprevus?)\b")


_CONDITION_OPENS = re.compile(
    r"(?<![ \t])[ \t]*+"
    r"(?:only|seulement|uniquement|si|if|s'il|s'ils|optional|optionnel\w*|en option|facultati\w*|"
    r"when|quand|wenn|falls|nur|sofern|solo|cuando)\b"  # session 55 (fix97plan): in other words too
)
_HEAD_END = re.compile(r"[:;,.—–]|[ \t]-[ \t]")


def _conditional(title: str) -> bool:
    """Whether a part's title (folded) says it is held only on a condition (:data:`_CONDITIONAL_PART`), in
    its head (before its first colon, comma or dash): a bracket after the head's first words is read only
    when it opens on the condition ("Backup (only if the Wi-Fi fails)"); "Live demo (backup: screenshots if
    the Wi-Fi fails)", "Démonstration, plan B si le Wi-Fi plante" hold the demo, a fallback inside it.
    Session 55 (fix97plan): so is a clause before the first colon that opens on the condition ("Joker, only if
    we are running early: …"), a title that opens on "or" or « sinon » (:data:`_OPENS_ALTERNATIVE`) or on a
    condition on the audience or the time (:data:`_OPENS_CONDITION`); these three leave a filler alone
    ("Questions, if the audience has any", « Si le public a des questions : échanges »: round 27's
    "Questions, if any")."""
    title = re.sub(r"^[ \t]*+\d{1,2}+[a-z]?[.)][ \t]*+", "", title.strip())  # "4b. Alternatively, …" (fix96)
    read = re.sub(
        r"\(([^()\n]*+)\)",
        lambda m: m.group(0) if m.start() == 0 or _CONDITION_OPENS.match(m.group(1)) else " ",
        title,
    )
    kept = [m.group(1) for m in re.finditer(r"\(([^()\n]*+)\)", read)]
    unbracketed = re.sub(r"\([^()\n]*+\)", " ", read)
    head = _HEAD_END.split(unbracketed, maxsplit=1)[0] + " " + " ".join(kept)
    if _CONDITIONAL_PART.search(head):
        return True
    failure = _FAILURE_IF.search(head)
    if failure and not _FAILURE_TOPIC.search(head[: failure.start()]) and not _BUFFER.search(title):
        return True
    opening = unbracketed.lstrip(" \t*_\"'«")
    clauses = re.split(r"[,;—–]|[ \t]-[ \t]", opening.split(":", 1)[0])[1:]  # the clauses after the head
    said = _OPENS_ALTERNATIVE.match(opening) or _OPENS_CONDITION.match(opening)
    if said:
        rest = opening[said.end() :]
    else:
        told = next((c for c in clauses if _CONDITION_OPENS.match(c) and _CONDITIONAL_PART.search(c)), None)
        if told is None:
            return False
        rest = opening.replace(told, " ", 1)
    return not filler(" ".join(w for w in plain_words(rest) if w not in _FUNCTION))  # what is held on it


_CONDITIONAL_AMOUNT = re.compile(
    r"(?<![ \t])[ \t]*+[(\[,;/-][ \t]*+(?:ou[ \t]++|or[ \t]++|voire[ \t]++)?\d{1,3}+[ \t]*+"
    r"(?:min\w*+|mn)?[ \t]*+"
    r"(?:si|if|s'il|s'ils|selon|depending|quand|when|en cas|in case)\b"
)
# Session 56 (fix99plansum, round 99): a part whose duration a condition follows ("Live demo — 15 min if the
# Wi-Fi works", "— 15 min, held only if the projector works", « — 15 min, à condition que le réseau tienne »,
# "(unless the Wi-Fi is down)", "provided …") is held only on it, as one whose head says so (fix95). A failure
# after "if" opens a backup inside the part ("15 min (if the Wi-Fi fails, screenshots)": the demo is held
# anyway); a filler held on a condition stays a filler (round 27's "Questions, if any": `filler`).
_CONDITION_AFTER = re.compile(
    # session 57 (fix100versions, round 100): or in the table's next cell ("| 15 min | only if the projector
    # works |", « | 15 min | seulement si le Wi-Fi marche, sinon on passe | »)
    r"(?<![ \t])[ \t]*+[(\[,;:—–|-]?[ \t]*+"
    r"(?:(?:held|given|run|kept|done|shown|seulement|uniquement|only|just|and)[ \t]++){0,3}+"
    r"(?P<cue>if|unless|provided|providing|as long as|assuming|si|s'il|s'ils|sauf si|a moins"
    r"|a condition|pourvu|pour peu|en cas|in case)(?![\w'-])"
)


def _held_after(rest: str, start: int, end: int) -> bool:
    """Whether a condition right after a part's duration (from ``start`` to ``end`` of ``rest``, folded)
    holds the part (:data:`_CONDITION_AFTER`)."""
    found = _CONDITION_AFTER.match(rest, end)
    if not found:
        return False
    if found["cue"] in ("if", "si", "s'il", "s'ils") and _FAILURE_IF.match(rest, found.start("cue")):
        return False  # "(if the Wi-Fi fails, screenshots)": a backup inside the part
    title = _DECORATION.sub("", rest[:start], count=1)
    return not filler(" ".join(w for w in plain_words(title) if w not in _FUNCTION))


# Session 60 (fix107hedge, round 107: « Démonstration — 15 min (on verra sur place) »): a duration left to be
# settled on the day ("we'll see on the day", « à voir », « à ajuster selon l'ambiance », "TBD", "play it by
# ear", « au feeling ») is a part held on a hinted condition: its minutes are not this plan's, a doubt as a
# condition said outright is (fix99plansum's _CONDITION_AFTER). Read in the words right after a duration.
_DECIDED_LATER = re.compile(
    r"(?<![\w'-])(?:on[ \t]++verra|nous[ \t]++verrons|we(?:'ll|[ \t]++will|[ \t]++shall)[ \t]++see"
    r"|a[ \t]++voir(?=[ \t]*+(?:[)\].,;!]|$|selon|sur|le[ \t]++jour|en[ \t]++fonction))"
    r"|to[ \t]++be[ \t]++(?:seen|decided|determined|defined|adjusted|settled|fixed)|tb[cda]"
    r"|a[ \t]++(?:decider|definir|determiner|ajuster|fixer|caler|preciser)|by[ \t]++ear|au[ \t]++feeling"
    r"|on[ \t]++(?:improvisera|adaptera)|we(?:'ll|[ \t]++will)[ \t]++(?:improvise|adapt)"
    r"|selon[ \t]++(?:l'ambiance|l'humeur|le[ \t]++moment|l'envie)"
    r"|depending[ \t]++on[ \t]++the[ \t]++(?:mood|day|vibe))"
    r"(?![\w'-])"
)


# A hedge before a duration modifies it only when it stands right against it ("environ 10
# min", "(~10 min)", "about 5 to 10 min"): a title's own words before its duration ("what
# people know about AI (5 min)", "selon un sondage (10 min)") hedge nothing.
_HEDGE_BEFORE = re.compile(
    rf"(?:{_PLAN_HEDGE.pattern}|{COMPARISON_SIGN})[\s(\[:,-]{{0,3}}(?:{_N}\s*(?:a|to|ou|or|-|/)\s*)?$"
)
_ALTERNATIVE = re.compile(rf"^\W*(?:ou|or|voire|a|to|/|-)\s*{_N}\b")
_GENERIC_TITLE = set(
    "partie part section etape step module bloc block sequence chapitre chapter point item slide temps "
    "moment duree duration minutes minute min heure hour debut fin titre title sujet topic theme contenu "
    "content".split()
)


_MARKER = re.compile(
    r"([-*+•>])|((?<!\d)\d++\s*+[.)/])|([a-z]\))|((?:partie|part|etape|step|section|module|bloc|sequence)\s++\d++)|(\|)"
)


def _kind(line: str) -> str:
    """How a line is marked: a bullet, a number, a letter, a named part ("Partie 1"), a
    table row, or nothing. Sub-parts are often marked otherwise than their parts."""
    marker = _MARKER.match(line)
    if not marker:
        return "plain"
    return ["bullet", "number", "letter", "named", "row"][marker.lastindex - 1 if marker.lastindex else 0]


def _amount(token: str) -> Fraction:
    if token in NUMBER_WORDS:
        return Fraction(NUMBER_WORDS[token])
    return Fraction(re.sub(r"\s", "", token).replace(",", ".").replace("⁄", "/"))


def _clock(hours: str, minutes: str | None, more: str | None) -> int:
    return int(hours) * 60 + int(minutes or more or 0)


_CLOCK_WORD = re.compile(r"\d{1,2}(?:h\d{0,2}|:\d{2})")
_END_WORDS = set("fin end cloture closing close presentation talk session seance".split())


# Session 53 (gaps53): a bar chart's legend gives one symbol's worth, not a part's length ("(one █ = 5
# minutes)", "A bar per part (one = per 5 minutes):", « (un ▮ = 5 minutes) », "each ■ is 5 min"): read on a
# line that is no list item, or in brackets on an item's line.
_SCALE_LEGEND = re.compile(
    r"(?P<open>\()?+(?<![\w])(?P<count>one|un|une|each|every|chaque|1|a)[ \t]++"
    r"(?P<sym>[▮▯■□▪▫█▆▇◼◻⬛⬜◾◽●○◉⬤=#*+|-]{1,3}+[ \t]*+"
    r"|(?:bar|barre|bloc|block|case|carre|square|symbol|symbole|tiret|dash|signe|sign)s?+[ \t]++)?+"
    r"(?:=|:|per|par|pour|vaut|is|represents|represente|stands[ \t]++for|means|equals|egale?)[ \t]*+"
    r"(?:(?:per|par|pour)[ \t]++)?+(?:\d{1,2}+|five|ten|cinq|dix)[ \t]*+(?:minutes?|mins?|mn)(?![\w])"
    r"(?(open)[ \t]*+\)|)"
)


def _scale_legend(line: str) -> re.Match[str] | None:
    """A bar chart's legend on ``line`` (:data:`_SCALE_LEGEND`). Without a symbol or a bar's noun, the
    count is a legend's in brackets only, or a word opening its clause ("one = 5 min", not « Partie un :
    10 minutes », "Slide 1 : 5 min", "Q&A : 10 min", a line "1 : 10 min — Accueil": a part's number and
    its length, session 53, mend53)."""
    legend = _SCALE_LEGEND.search(line)
    if legend is None or legend["sym"] or legend["open"]:
        return legend
    before = line[: legend.start()].rstrip(" \t")
    if legend["count"] in ("1", "a") or (before and (before[-1].isalnum() or before[-1] in "&'")):
        return None
    return legend


_START_TIME = re.compile(r"([01]?\d|2[0-3])[:h]([0-5]\d)(?![\d:a-z])")
# Session 54 (fix96, round 96: « Accueil — 5 min (jusqu'à 14 h 05) »): the clock time a part ends at, after
# a word that says so, is no duration of it (845 minutes); the ends must agree with the durations.
_END_TIME = re.compile(
    r"(?:jusqu'(?:a|au|aux)|until|till|fin(?:it)?[ \t]++a|se[ \t]++termine[ \t]++a|ends?(?:[ \t]++at)?|"
    r"ending(?:[ \t]++at)?|finishing(?:[ \t]++at)?|finished[ \t]++by|→|->)[ \t]*+"
    r"([01]?\d|2[0-3])[ \t]*+(?:h[ \t]*+([0-5]\d)?|:[ \t]*+([0-5]\d))(?![\d:])"
    r"(?:[ \t]*+(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))?"
)


class _Line:
    """One line of a plan: its durations (minutes), clock slot, title words."""

    def __init__(self, raw: str, minutes_column: int | None = None) -> None:
        self.raw = raw
        self.indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        self.cells = [c.strip() for c in line.strip("|").split("|")] if line.startswith("|") else [line]
        self.is_item = bool(_LIST_ITEM.match(raw))
        self.kind = _kind(line)
        # A total row's label is its first cell that says something: a table whose first
        # column numbers the parts leaves that cell empty on its total row.
        label = next((c for c in self.cells if _DECORATION.sub("", c).strip()), "")
        self.total = bool(_TOTAL_LINE.match(_DECORATION.sub("", label).strip()))
        self.durations: list[Fraction] = []
        self.slot: tuple[int, int] | None = None
        self.in_minutes = False  # the slot is counted in minutes from the start
        self.doubtful = False
        rest = line
        legend = _scale_legend(line)
        if legend and (not self.is_item or legend["open"]):
            rest = line[: legend.start()] + " " + line[legend.end() :]  # a bar's worth, no part's length
        if minutes_column is not None and minutes_column < len(self.cells):
            bare = re.fullmatch(r"(?<!\s)\s*(\d{1,3})\s*", self.cells[minutes_column])
            if bare:
                self.durations.append(Fraction(int(bare[1])))
                rest = rest.replace(self.cells[minutes_column], " ", 1)
        for m in _RANGE.finditer(rest):
            start, end = _clock(m[1], m[2], m[3]), _clock(m[4], m[5], m[6])
            self.slot = (start, end) if self.slot is None else self.slot
            self.durations.append(Fraction(end - start))
        rest = _RANGE.sub(" ", rest)
        ends = list(_END_TIME.finditer(rest))
        self.end = _clock(ends[0][1], ends[0][2], ends[0][3]) if len(ends) == 1 else None
        if self.end is not None:  # "(jusqu'à 14 h 05)": when the part ends, no part's length (fix96)
            rest = rest[: ends[0].start()] + " " + rest[ends[0].end() :]
        if not self.durations:
            for m in _MINUTE_RANGE.finditer(rest):
                if not re.search(r"\bmin|\bmn\b", m[0]):
                    continue
                start, end = int(m[1]), int(m[2])
                self.slot, self.in_minutes = (start, end), True
                self.durations.append(Fraction(end - start))
                if (
                    _HEDGE_BEFORE.search(rest[max(0, m.start() - 40) : m.start()])
                    or _PLAN_HEDGE.search(rest[m.start() : m.end() + 20])
                    or _DECIDED_LATER.search(rest, m.end(), m.end() + 24)
                ):
                    self.doubtful = True
            rest = _MINUTE_RANGE.sub(lambda m: " " if re.search(r"\bmin|\bmn\b", m[0]) else m[0], rest)
        inner: list[Fraction] = []
        for m in _INNER_DURATION.finditer(rest):  # "20 min (dont 5 min de quiz)": within the part
            inner.append(_amount(m[1]))
        rest = _INNER_DURATION.sub(" ", rest)
        for m in _EACH_TOTAL.finditer(rest):  # "10 min chacune, soit 30 min": the total
            each, whole = _amount(m[1]), _amount(m[2])
            self.durations.append(whole)
            if each <= 0 or whole <= each or whole % each:
                self.doubtful = True
        rest = _EACH_TOTAL.sub(" ", rest)
        if _EACH.search(rest):
            self.doubtful = True  # "10 min chacune" with no total: how many, the words say
        for m in _PRODUCT_DURATION.finditer(rest):  # "2 × 10 min", "15 min x 2": the product
            self.durations.append(_amount(m[1] or m[4]) * _amount(m[2] or m[3]))
        rest = _PRODUCT_DURATION.sub(" ", rest)
        kinds = (("half", _HALF), ("hours", _HOURS), ("seconds", _MIN_SEC), ("minutes", _MINUTES))
        for kind, pattern in kinds:
            for m in pattern.finditer(rest):
                if kind == "half":
                    amount = (
                        Fraction(45)
                        if "trois" in m[0] or "three" in m[0]
                        else Fraction(30 if "demi" in m[0] or "half" in m[0] else 15)
                    )
                elif kind == "hours":
                    amount = _amount(m[1]) * 60 + (int(m[2]) if m[2] else 0)
                elif kind == "seconds":
                    amount = Fraction(int(m[1])) + Fraction(int(m[2]), 60)
                else:
                    amount = _amount(m[1] or m[2])
                self.durations.append(amount)
                if (
                    _ALTERNATIVE.match(rest[m.end() :])
                    or _CONDITIONAL_AMOUNT.match(rest, m.end())
                    or _held_after(rest, m.start(), m.end())
                    or _HEDGE_BEFORE.search(rest[max(0, m.start() - 40) : m.start()])
                    or _PLAN_HEDGE.search(rest[m.start() : m.end() + 20])
                    or _DECIDED_LATER.search(rest, m.end(), m.end() + 24)
                ):
                    self.doubtful = True
            rest = pattern.sub(" ", rest)
        if self.slot is not None and len(self.durations) == 2 and self.durations[0] == self.durations[1]:
            del self.durations[1]  # "09:00–09:10 : Intro (10 min)": the slot's length said again (23a)
        if inner and (len(self.durations) != 1 or any(i > self.durations[0] for i in inner)):
            self.doubtful = True  # an inner part longer than its part, or of no part
        if self.durations and (
            _overlaps(line)
            or _SHARED.search(line)
            or (_SAME_TIME.search(line) and _PARALLEL_UNIT.search(line))
        ):
            self.doubtful = True  # time shared with another part: no plan of parts that add up
        outside = _outside(line, self.cells) if self.durations else None
        if outside and not _OUTSIDE_PART.match(line, outside.end()):
            self.doubtful = True  # a part before or after the talk is not part of its hour
        if self.durations and _OTHER_ACTIVITY.search(line):
            self.doubtful = True  # "préparation : 10 min": another activity's time (round 22a)
        clocks: list[tuple[int, int]] = []
        for index, cell in enumerate(self.cells[1:] if len(self.cells) > 1 else [], 1):
            bare = re.fullmatch(r"(?<!\s)\s*(\d{1,2}):(\d{2})\s*", cell)
            if bare:
                clocks.append((index, int(bare[1]) * 60 + int(bare[2])))
                rest = rest.replace(cell, " ")
        # session 58 (fix102chrome, round 102): a table row "| Accueil | 0:00 | 0:05 | 5 min |": two clock
        # cells side by side beside a duration are the part's start and end, a slot whose length the duration
        # says again; a slot that says another length stays a second duration (a doubt), as a line's slot does
        slotted = (
            len(clocks) == 2
            and clocks[1][0] == clocks[0][0] + 1
            and clocks[1][1] > clocks[0][1]
            and self.slot is None
            and len(self.durations) == 1
        )
        if slotted:
            self.slot = (clocks[0][1], clocks[1][1])
            if self.durations[0] != clocks[1][1] - clocks[0][1]:
                self.durations.append(Fraction(clocks[1][1] - clocks[0][1]))
        else:
            self.durations += [Fraction(minutes) for _, minutes in clocks]
        if len(self.cells) == 1 and self.slot is None and not self.durations:
            for m in _CLOCK_DURATION.finditer(rest):
                hours, minutes, seconds = (m[1], m[2], m[3]) if m[1] is not None else (m[4], m[5], m[6])
                clock = Fraction(int(hours) * 60 + int(minutes))
                self.durations.append(clock + Fraction(int(seconds or 0), 60))
            rest = _CLOCK_DURATION.sub(" ", rest)
        if len(self.cells) == 1:
            bare = _BARE_CLOCK.search(rest)
            if bare and not self.durations:
                self.durations.append(Fraction(int(bare[1]) * 60 + int(bare[2])))
                rest = rest[: bare.start()] + " "
        title = _DECORATION.sub("", rest)
        self.title = [
            w
            for w in plain_words(title)
            if not w.isdigit() and w not in _GENERIC_TITLE and w not in _FUNCTION
        ]
        self.title_text = "".join(re.findall(r"[a-z]", title))
        # round 74: the title as a part's name, its numbers after a word kept ("Cas pratique 2")
        # session 49 (the lead): its negation kept, so "Ce que l'IA sait faire" and "Ce que l'IA ne sait pas
        # faire" are two parts (repeated.py)
        kept = [
            w
            for w in plain_words(title)
            if (w not in _GENERIC_TITLE and w not in _FUNCTION) or w in _TITLE_NEGATION
        ]
        self.named = [w for i, w in enumerate(kept) if not w.isdigit() or not all(map(str.isdigit, kept[:i]))]
        if self.durations and (_OPTIONAL_PART.search(title) or _conditional(title)):
            self.doubtful = True  # round 27: "Possibly, if time allows, extra questions: 10 min"
        # session 54 (fix95): a start time before the title ("9:05 — What is AI? (15 min)", « 14h10 — Démo
        # (15 min) »): the starts must agree with the durations (sections)
        begun = _START_TIME.match(_DECORATION.sub("", line, count=1)) if self.slot is None else None
        self.start = int(begun[1]) * 60 + int(begun[2]) if begun and len(self.durations) == 1 else None
        # "10h00 – Fin": the clock time the talk ends at, no part of it (round 23a)
        self.end_mark = bool(
            not self.durations
            and _CLOCK_WORD.search(line)
            and {w for w in plain_words(title) if not _CLOCK_WORD.fullmatch(w)} <= _END_WORDS
        )

    @property
    def titled(self) -> bool:
        return bool(self.title) and (len(self.title_text) >= 2)


@copied_cache(maxsize=1024)  # read by several checks of one answer
def sections(answer: str, total: Fraction | None = None) -> list[tuple[str, Fraction]] | None:
    """The plan's sections as (title, minutes), or None when the plan is doubtful: a
    section with two durations or a hedged one ("5 ou 10 min", "20 min (voire 25)"), clock
    slots that overlap or leave a gap. A section is a line with one duration (or one clock
    slot) at the plan's top indentation; a total line ("Total : 60 min") and a heading
    that states the whole duration ("Plan (1 h) :", not itself a list item) are not."""
    lines = _without_plan_notes(_lines(answer), total)
    timed = _one_plan([line for line in lines if line.durations and not line.total])
    if not timed:
        return []
    if _alternative_plans(lines):
        return None
    if _untimed_part(lines, timed):
        return None
    any_items = any(line.is_item for line in timed)
    kept = []
    for index, line in enumerate(timed):
        whole = total is not None and all(d == total for d in line.durations)
        heading = whole and (not line.is_item if any_items else index == 0 and len(timed) > 1)
        if not heading:
            kept.append(line)
    _drop_running_total(kept)
    if any(len(line.durations) > 1 or line.doubtful for line in kept):
        return None
    if not kept:
        return []
    if any(line.durations[0] <= 0 for line in kept):
        return None  # a part of no minutes is filler ("Conclusion — 0 min"), not a part
    kept = _leaves(kept)
    if not _starts_agree(kept):
        return None
    if any(line.in_minutes for line in kept):
        # Slots in minutes from the start: every part's, chained from minute 0.
        if not all(line.in_minutes for line in kept) or kept[0].slot is None or kept[0].slot[0] != 0:
            return None
    clock: int | None = None
    for line in kept:
        if line.slot is not None:
            start, end = line.slot
            if end <= start or (clock is not None and start != clock):
                return None
            clock = end
        elif clock is not None:
            clock += int(line.durations[0])
    return [(" ".join(line.named) if line.titled else "", line.durations[0]) for line in kept]


# Session 56 (fix99plansum, round 99: "(I first wrote 10 min for the demo; it is 15 min, so the parts add up
# to 60 min.)"): a note under the plan that times only what the plan times is no part. It is a plain line
# after the last listed part (no list item, no table row, no total line), and each duration it gives is the
# whole (the total, or the parts' sum), the duration of a part its clause names (by a word of the part's
# title; a clause that names none speaks of the last one named: "it is 15 min"), or a draft's value it sets
# aside ("first wrote", « j'avais d'abord mis », "in my first draft", "not 10 min", « au lieu de »). A note
# that hedges, supposes or says what may be ("may take 10 min", « peut durer ») or gives a part another
# duration stays a line: a doubt.
_NOTE_DOUBT = re.compile(
    r"\b(?:if|unless|si|s'il|s'ils|sauf|may|might|could|can|peu(?:t|vent)|pourr\w*|perhaps|maybe|possibly|"
    r"eventuellement|parfois|sometimes)(?![\w'-])"
)
_NOTE_CLAUSE = re.compile(
    r"[;,.:()\[\]!?]|(?<![\w'-])(?:and|et|but|mais|so|donc|then|puis|thus|ainsi)(?![\w'-])"
)
_DRAFT = re.compile(
    r"\b(?:first|firstly|initially|originally|draft\w*|earlier|previous\w*|before|d'abord|au depart|"
    r"initialement|a l'origine|au debut|brouillon|premiere version|auparavant|avant)\b"
)
_SET_ASIDE = re.compile(
    r"\b(?:not|instead of|rather than|and not|et non|non|pas|au lieu de|plutot que)[ \t]*+"
    r"(?:the[ \t]++|les?[ \t]++)?$"
)


def _title_match(words: set[str], part: _Line) -> bool:
    """Whether one of ``words`` is a word of the part's title (one a prefix of the other, four letters at
    least: "demo" names « Démonstration en direct »)."""
    return any(
        w == t or (min(len(w), len(t)) >= 4 and (w.startswith(t) or t.startswith(w)))
        for w in words
        for t in part.title
    )


def _note_agrees(line: _Line, parts: list[_Line], whole: set[Fraction]) -> bool:
    """Whether a plain line under the plan times only what the plan times (see :data:`_NOTE_DOUBT`)."""
    said = line.raw.strip()
    summed = re.sub(r"\b(?:add|adds|added|sum|sums|come|comes) up to\b", " ", said)  # no bound
    if _NOTE_DOUBT.search(said) or _PLAN_HEDGE.search(summed):
        return False
    named: list[_Line] = []
    timed = False
    at = 0
    for clause in [*_NOTE_CLAUSE.split(said)]:
        at = said.find(clause, at)
        words = {w for w in plain_words(clause) if w not in _FUNCTION and not w.isdigit()}
        named = [p for p in parts if _title_match(words, p)] or named
        durations = _Line(clause).durations
        if not durations:
            continue
        timed = True
        if _DRAFT.search(clause) or _SET_ASIDE.search(said[max(0, at - 30) : at]):
            continue  # a draft's value, set aside
        figure = re.search(r"\d", clause)
        if figure and _SET_ASIDE.search(clause[: figure.start()]):
            continue  # "not 10 min"
        if all(d in whole or any(d in p.durations for p in named) for d in durations):
            continue
        return False
    return timed


def _without_plan_notes(lines: list[_Line], total: Fraction | None) -> list[_Line]:
    """``lines`` without the notes under the plan that time only what it times (:func:`_note_agrees`)."""
    listed = [i for i, line in enumerate(lines) if line.durations and not line.total and line.is_item]
    if not listed:
        return lines
    last = listed[-1]
    parts = [lines[i] for i in listed]
    whole = {sum((p.durations[0] for p in parts), Fraction(0))} | ({total} if total is not None else set())
    return [
        line
        for i, line in enumerate(lines)
        if i <= last
        or line.is_item
        or line.total
        or not line.durations
        or not _note_agrees(line, parts, whole)
    ]


def _starts_agree(kept: list[_Line]) -> bool:
    """Whether the parts' start times, where given (round 95: "9:00 — Welcome (10 min)", "9:05 — What is
    generative AI? (15 min)"), are as far apart as the durations between them say: parts that overlap or
    leave a gap contradict the plan's times, as clock slots do (session 54, fix95). A 12-hour clock may
    turn past noon ("11:50", then "12:00" or "1:00")."""
    started = [(i, line.start) for i, line in enumerate(kept) if line.start is not None]
    # the end times where given (fix96): a part's end is the next one's start
    started += [
        (i + 1, line.end) for i, line in enumerate(kept) if line.end is not None and line.slot is None
    ]
    started.sort(key=lambda pair: pair[0])
    for (i, first), (j, then) in zip(started, started[1:], strict=False):
        gap = then - first
        if gap < 0 and first < 13 * 60 and then < 13 * 60:
            gap += 12 * 60
        if gap < 0:
            gap += 24 * 60
        if gap != sum(line.durations[0] for line in kept[i:j]):
            return False
    return True


# Plans offered as alternatives (round 25a: "Version A :" 30 minutes, "Version B :" 30 more):
# two headings that name a version, an option or a variant by a label ("Option 1", "Plan B",
# "Variante courte", "Scénario 2"), or a heading after a timed part that opens another plan
# ("Ou bien :", "Alternative :", "Autre version :", "Or:"), make versions to choose from, not one
# plan whose parts add up. A part titled "Démonstration" or a heading "Plan (1 h) :" is none.
_ALTERNATIVE_LABEL = re.compile(
    r"^[\W_]*+(?:version|option|variante|variant|alternative|proposition|scenario|formule|choix|"
    r"choice|possibilite|possibility|plan|deroule|programme|program)[ \t]++"
    r"(?:[a-z](?![\w'])|\d{1,2}+(?!\d)|n[°o][ \t]*+\d|numero[ \t]++\d|un|une|deux|one|two|premier|premiere|"
    r"second|seconde|deuxieme|first|alternatif|alternative|bis|courte?|longue?|short|long|light|express|"
    r"detaillee?|detailed|condensee?|simple|simplifiee?|complete?|full)\b"
)
_ANOTHER_PLAN = re.compile(
    r"^[\W_]*+(?:ou|or|ou bien|ou alors|sinon|otherwise|alternativement|alternatively|alternative|"
    r"(?:une[ \t]++)?autre[ \t]++(?:version|option|variante|possibilite|proposition|plan|formule|deroule)|"
    r"(?:an[ \t]++)?other[ \t]++(?:version|option|variant|plan)"
    r"|another[ \t]++(?:version|option|variant|plan)|"
    r"(?:second|deuxieme)[ \t]++(?:plan|version|option|proposition))\b[^\n]{0,60}$"
)


def _alternative_plans(lines: list[_Line]) -> bool:
    """Whether the answer offers plans to choose from (see _ALTERNATIVE_LABEL)."""
    headings = [i for i, line in enumerate(lines) if not line.is_item]
    labelled = [i for i in headings if _ALTERNATIVE_LABEL.match(lines[i].raw.strip())]
    if len(labelled) >= 2:
        return True
    first_timed = next((i for i, line in enumerate(lines) if line.durations and not line.total), len(lines))
    return any(i > first_timed and _ANOTHER_PLAN.match(lines[i].raw.strip()) for i in headings)


def _untimed_part(lines: list[_Line], timed: list[_Line]) -> bool:
    """Whether the plan has a part whose duration is not read (round 19a: "5. Questions —
    idem", "— le double de la partie précédente", or none at all): the task asks a duration
    for every part. A part is a line marked as the timed parts are (same marker, same
    indentation: "1.", "-", a table row), from the first timed part to the end of the list
    (a plain line after the last timed part ends it); a line marked otherwise or indented
    more is a sub-point of its part, and an untimed heading over timed sub-points is no part."""
    marked = [line for line in timed if line.kind != "plain"]
    if not marked:
        return False
    top = min(line.indent for line in marked)
    kinds = {line.kind for line in marked if line.indent == top}
    first = next(i for i, line in enumerate(lines) if line is marked[0])
    last = max(i for i, line in enumerate(lines) if any(line is t for t in marked))
    for index in range(first - 1, -1, -1):  # the parts right before the first timed one (round 20a)
        line = lines[index]
        if line.indent > top:
            continue  # a sub-point ("→ parties 1 à 3 : 40 min en tout") of the part above it
        if line.indent < top or line.kind not in kinds or line.total or len(line.cells) > 1:
            break  # a heading, a line marked otherwise, a table's header row: the list starts after it
        if not line.durations:
            return True
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line.end_mark:
            continue  # "10h00 – Fin" (round 23a)
        if index > last and line.kind == "plain" and line.indent <= top:
            return False
        if line.indent == top and line.kind in kinds and not line.durations and not line.total:
            return True
    return False


_DEFINITION = re.compile(r"[ \t]{0,3}:[ \t]++\S")


_TITLE_NEGATION = frozenset({"ne", "pas", "not", "never", "jamais", "non", "no", "without", "sans"})


# A footnote under a plan (round 84: "4. Live demonstration* — 15 min" ... "* the demonstration
# is kept to 15 minutes"): a line opening on a mark ("*", "†", "‡", "¹") that an earlier line
# calls right after a word ("demonstration*", « démo¹ »; a "*" alone on its line, not one
# closing an emphasis). It is no part when it times nothing or only what its calling line
# times (it agrees); a note that times something else stays a line, a part (a doubt).
_NOTE_OPEN = re.compile(r"^[ \t]{0,3}+(?P<mark>\*|[†‡]|[¹²³⁴⁵⁶⁷⁸⁹])[ \t]++\S")
_NOTE_CALL = {
    "*": re.compile(r"(?<=[^\W\d_])\*(?![*\w])"),
    **{mark: re.compile(rf"(?<=[^\W\d_]|[.,;:!?)»])[{mark}](?![⁰¹²³⁴⁵⁶⁷⁸⁹])") for mark in "†‡¹²³⁴⁵⁶⁷⁸⁹"},
}


def _calling(line: str, mark: str) -> bool:
    if not _NOTE_CALL[mark].search(line):
        return False
    return mark != "*" or line.lstrip(" \t").removeprefix("* ").count("*") == 1


def without_agreeing_notes(answer: str) -> str:
    """``answer`` without the footnotes of its plan that time nothing or only what the
    line that calls them times (:data:`_NOTE_OPEN`)."""
    rows = answer.split("\n")
    kept: list[str] = []
    # mend51: the earlier rows calling each mark, counted as the rows go (was a rescan per note: quadratic)
    callers: dict[str, list[int]] = {}
    for row in rows:
        note = _NOTE_OPEN.match(row)
        called = [] if note is None else list(callers.get(note["mark"], ()))
        for mark in _NOTE_CALL:
            if mark in row and len(callers.get(mark, ())) < 2 and _calling(row, mark):
                callers.setdefault(mark, []).append(len(kept))
        if note is not None and len(called) == 1:
            body = row[note.end() - 1 :]
            if _NOTE_CONDITION.match(fold(body)):
                # session 57 (fix100versions, round 100): a note that holds the part calling it on a condition
                # ("15 min*" … "* Only if the room's Wi-Fi works; otherwise we skip it"): read where it is
                # called, as a condition written after the duration or in the title is
                caller = _NOTE_CALL[note["mark"]].sub("", kept[called[0]], count=1)
                timed = list(itertools.islice(_NOTE_TIMED.finditer(caller), 20))
                at = timed[-1].end() if timed else len(caller.rstrip(" \t|"))
                kept[called[0]] = f"{caller[:at]} ({body.strip()}){caller[at:]}"
                continue
            own = set(_Line(fold(body)).durations)
            if own <= set(_Line(fold(kept[called[0]])).durations):
                continue
        kept.append(row)
    return "\n".join(kept)


# A note that opens on a condition ("Only if …", "Held only if …", « Seulement si … », "Unless …"): see above;
# it is written right after its part's duration.
_NOTE_TIMED = re.compile(r"(?<![\d.,])\d{1,3}+[ \t]*+(?:min\w*+|mn|h)(?![\w'-])")
_NOTE_CONDITION = re.compile(
    r"(?:(?:held|given|run|kept|done|shown|seulement|uniquement|only|just|and|maintenue?|prevue?)"
    r"[ \t]++){0,3}+"
    r"(?:if|unless|provided|providing|as long as|assuming|si|s'il|s'ils|sauf si|a moins|a condition|pourvu"
    r"|pour peu|en cas|in case)(?![\w'-])(?![ \t]++(?:[a-z'-]++[ \t]++){0,3}?(?:fails?|plante|crash|breaks|"
    r"ne marche|ne fonctionne|doesn't work|does not work|is down|tombe))"
)


# Session 60 (fix106notes, round 105: "4. Démonstration … — 15 min (voir NOTE)" … "NOTE: la démonstration
# n'a lieu que si le Wi-Fi de la salle fonctionne."): a note named, not marked (AsciiDoc's "NOTE:",
# « Remarque : », "N.B.:", a callout's "💡 Note:"), that one part calls by name ("(voir NOTE)", "(see the note
# below)", « (cf. remarque) ») and that holds a part only on a condition (« n'a lieu que si », "only if",
# "unless", « à condition que ») is read where it is called, as a footnote's condition is
# (:func:`without_agreeing_notes`): the part is held only on it. A note that holds nothing ("NOTE: slides on
# the course page") stays a line.
_NAMED_NOTE = re.compile(
    r"^[ \t>*_-]*+(?:[^\w\s]{1,3}+[ \t]*+)?(?:note|nota|nb|n\.b\.|remarque|remark|important|attention)"
    r"[ \t*_]*+[:.-]"
    r"[ \t]*+(?P<body>\S[^\n]*+)$",
    re.I,
)
_NAMED_CALL = re.compile(
    r"[(\[][ \t]*+(?:voir|see|cf\.?|vide)[ \t]++(?:la[ \t]++|le[ \t]++|the[ \t]++)?"
    r"(?:note|nota|nb|n\.b\.|remarque|remark)(?:[ \t]++(?:ci-dessous|below|plus[ \t]++bas|en[ \t]++bas))?"
    r"[ \t]*+[)\]]",
    re.I,
)
_HELD_ONLY = re.compile(
    r"(?<![\w'-])(?P<cue>que si|que s'il|qu'en cas|only(?:[ \t]++[a-z'-]++){0,3}?[ \t]++(?:if|when)"
    r"|seulement si|uniquement si|unless|sauf si|a moins qu(?:e|')|a condition qu(?:e|')|pourvu qu(?:e|')"
    r"|provided|as long as)"
    r"(?:(?<=')|(?![\w'-]))"
)
_HELD_CUE = {"que si": "seulement si", "que s'il": "seulement s'il", "qu'en cas": "seulement en cas"}


def notes_called_by_name(answer: str) -> str:
    """``answer`` with a named note that holds the one part calling it on a condition moved into that part's
    line, after its duration (see above); any other answer as it is."""
    rows = answer.split("\n")
    notes = [i for i, row in enumerate(rows) if _NAMED_NOTE.match(row)]
    callers = [i for i, row in enumerate(rows) if _NAMED_CALL.search(row)]
    if len(notes) != 1 or len(callers) != 1 or callers[0] == notes[0]:
        return answer
    body = fold(_NAMED_NOTE.match(rows[notes[0]])["body"])  # type: ignore[index]
    held = _HELD_ONLY.search(body)
    if held is None:
        return answer
    cue = "only if" if held["cue"].startswith("only") else _HELD_CUE.get(held["cue"], held["cue"])
    condition = f"{cue}{'' if cue.endswith(chr(39)) else ' '}{body[held.end('cue'):].lstrip()}".rstrip(" .")
    rows[callers[0]] = _NAMED_CALL.sub(f"({condition})", rows[callers[0]], count=1)
    del rows[notes[0]]
    return "\n".join(rows)


def _lines(answer: str) -> list[_Line]:
    """The answer's lines (folded, no blank ones nor table rules, no agreeing footnotes), a
    table's cells under a header of minutes read as durations."""
    lines = []
    column: int | None = None
    raws: list[str] = []
    if "*" in answer or not answer.isascii():
        answer = without_agreeing_notes(answer)
    if "(" in answer or "[" in answer:
        answer = notes_called_by_name(answer)  # session 60: "(voir NOTE)" … "NOTE: … que si …"
    for raw in fold(answer).splitlines():
        if not raw.strip() or re.fullmatch(r"[\s|:-]+", raw):
            continue
        # A definition list (round 18a): a title, then ": 15 min" on the next line, is one line.
        if raws and _DEFINITION.match(raw) and not raws[-1].lstrip().startswith("|"):
            raws[-1] += " - " + raw.strip()[1:].strip()
        else:
            raws.append(raw)
    for raw in raws:
        line = raw.strip()
        if not line.startswith("|"):
            column = None
        else:
            cells = [c.strip() for c in line.strip("|").split("|")]
            header = [i for i, c in enumerate(cells) if c and _MINUTES_HEADER.fullmatch(c)]
            if header and len(header) == 1 and not any(re.search(r"\d", c) for c in cells):
                column = header[0]
        lines.append(_Line(raw, column))
    return lines


def _one_plan(timed: list[_Line]) -> list[_Line]:
    """A plan listed, then recapped in a table of the same durations in the same order (or
    a table, then a list), is one plan (round 5): the table's rows are left out, not
    counted twice."""
    rows = [line for line in timed if line.kind == "row"]
    others = [line for line in timed if line.kind != "row"]
    if rows and others and [line.durations for line in rows] == [line.durations for line in others]:
        return others
    return timed


def _drop_running_total(lines: list[_Line]) -> None:
    """A column of running totals ("| 10 min | 10 min |", "| 20 min | 30 min |"...) is not a
    second duration: when every line has two durations and one of them is, line after
    line, the sum of the other so far, only the other is kept."""
    if len(lines) < 2 or any(len(line.durations) != 2 or line.slot is not None for line in lines):
        return
    for own, running in ((0, 1), (1, 0)):
        so_far = Fraction(0)
        for line in lines:
            so_far += line.durations[own]
            if line.durations[running] != so_far:
                break
        else:
            for line in lines:
                line.durations = [line.durations[own]]
            return


def _deeper(line: _Line, parent: _Line, first_kind: dict[int, str]) -> bool:
    """Indented more, or at the same indentation marked otherwise than a line of the
    level's first marking (the parts' marking comes first)."""
    return line.indent > parent.indent or (
        line.indent == parent.indent and parent.kind == first_kind[line.indent] and line.kind != parent.kind
    )


def _leaves(lines: list[_Line]) -> list[_Line]:
    """The plan's sections: a line whose sub-parts (the lines after it, indented more or
    marked otherwise: "Partie 1 (30 min)" then "- Démo (20 min)") add up to its duration
    is their heading, and its sub-parts are the sections; sub-parts that do not add up
    are details of their part when indented (the part is the section) and parts of their
    own when only marked otherwise. Indented sub-parts that add up to more than their part
    (20 min holding 15 + 15) contradict the plan's times: no sections (decided, round 11)."""
    heading = [False] * len(lines)
    first_kind: dict[int, str] = {}
    for line in lines:
        first_kind.setdefault(line.indent, line.kind)
    for i, line in enumerate(lines):
        run = []
        for later in lines[i + 1 :]:
            if not _deeper(later, line, first_kind):
                break
            run.append(later)
        direct = [c for c in run if (c.indent, c.kind) == (run[0].indent, run[0].kind)] if run else []
        heading[i] = bool(direct) and sum(c.durations[0] for c in direct) == line.durations[0]
        inside = bool(direct) and direct[0].indent > line.indent
        if inside and sum(c.durations[0] for c in direct) > line.durations[0]:
            return []  # round 11: sub-parts longer than their part; the plan's times contradict it
    kept = []
    parents: list[int] = []  # indentation ancestors of the current line, by index
    for i, line in enumerate(lines):
        while parents and lines[parents[-1]].indent >= line.indent:
            parents.pop()
        if not heading[i] and all(heading[p] for p in parents):
            kept.append(line)
        parents.append(i)
    return kept


def timed_lines(answer: str) -> list[str]:
    """The folded lines of a plan that give a duration (its parts, and a heading that states
    the whole length), without total lines, and the sub-bullets of each timed part (indented
    more or marked otherwise, round 5): where a plan says what it is about. An intro line
    ("Voici un plan plus utile qu'un exposé sur l'IA :") times nothing, and belongs to no
    part; neither does a line of prose after a part."""
    kept: list[str] = []
    part: _Line | None = None  # the timed line the untimed ones after it belong to
    for line in _lines(answer):
        if line.durations and not line.total:
            part = line
            kept.append(line.raw)
        elif line.total:
            part = None
        elif (
            part is not None
            and line.is_item
            and line.kind != "row"
            and (line.indent > part.indent or line.kind != part.kind)
        ):
            kept.append(line.raw)  # a sub-bullet of a timed part: the part's own content
        else:
            part = None if not line.is_item else part
    return kept


_SUBTOTAL = re.compile(
    r"^[(\[*_]*+(?:sous-total|sous total|subtotal|sub-total|total partiel|partial total)\b"
)


# Session 52 (gaps52): a total line that names an optional extra ("Total: 90 min with the optional workshop",
# « 90 min avec l'atelier optionnel ») times another version of the talk, not this plan's whole.
_OPTIONAL_EXTRA = re.compile(
    r"\b(?:option(?:al|nel|nelle)s?|en option|facultati(?:f|ve)s?|bonus|extras?|if (?:we|you) add|"
    r"si (?:l'on|on|vous|nous) (?:ajout|rajout)|with(?:out)? the (?:break|workshop)|"
    r"avec (?:la pause|l'atelier))\b"
)
# A sentence after the plan that says the whole's length (gaps52): "the whole thing takes", « l'ensemble
# dure », "the presentation lasts", « durée totale », "overall". A subset's total ("au total, 20 minutes
# d'échanges") names no whole and is not read.
_WHOLE_SAID = re.compile(
    r"\b(?:l'ensemble|le tout|the whole(?: thing| talk| presentation| session| plan)?|all in all|"
    r"(?:the|this|my|our|la|cette|ma|notre) (?:talk|presentation|session|conference|seance|intervention)"
    r" (?:takes|lasts|runs|will take|will last|dure|durera|fait|prend|prendra)|"
    r"(?:total|overall) (?:duration|length|time|running time)|duree (?:totale|globale)|temps total|"
    r"^soit\b)"
    # mend52: the length itself follows (a few words of measure between): "the whole of the last 10
    # minutes", « la présentation fait la part belle aux exemples : 15 minutes de démos » say no whole
    r"(?=(?:[ \t:=,]++|(?:about|around|roughly|exactly|only|just|altogether|in total|environ|exactement|"
    r"seulement|en tout|au total|a peu pres|donc|thus|so|ainsi|then|alors|takes|lasts|runs|will take|"
    r"will last|dure|durera|fait|prend|prendra|is|est|tient en|comes to|represente|"
    r"of (?:it|the talk|the presentation))\b)*+(?:\d|(?:une?|one|an?|deux|two)[ \t-]++"
    r"(?:heures?|hours?|demi|half|and a half)\b"
    r"|(?:half|demi|quarante|soixante|sixty|ninety|quatre-vingts?)\b))"
)
# Hours said in words (gaps52): "an hour and a half", « une heure et demie », « une heure trente », "one and
# a half hours", "1.5 hours", « une demi-heure », "half an hour", « trois quarts d'heure ».
_HOURS_SAID = re.compile(
    r"\b(?:(?P<h>une|un|one|an|a|deux|two|1|2)\s++(?:heures?|hours?|h)\b(?:\s++(?P<x>et demie|and a half|"
    r"trente|thirty|30|et quart|and a quarter|et quart))?|(?P<hh>one|1) and a half hours?|(?P<d>1[.,]5)\s*+"
    r"(?:heures?|hours?|h)\b|(?P<half>une demi-heure|half an hour|a half hour)|(?P<tq>trois quarts d'heure|"
    r"three quarters of an hour))"
)
_HOUR_WORDS = {"une": 1, "un": 1, "one": 1, "an": 1, "a": 1, "1": 1, "deux": 2, "two": 2, "2": 2}
_HOUR_EXTRA = {
    "et demie": 30, "and a half": 30, "trente": 30, "thirty": 30, "30": 30,
    "et quart": 15, "and a quarter": 15,
}


def hours_said(text: str) -> list[Fraction]:
    """The lengths ``text`` (folded) says in hours and words, in minutes: "an hour and a half" is 90, « une
    heure trente » 90, "1.5 hours" 90, "half an hour" 30, « trois quarts d'heure » 45 (gaps52)."""
    found = []
    for m in _HOURS_SAID.finditer(text):
        if m["h"]:
            found.append(Fraction(60 * _HOUR_WORDS[m["h"]] + (_HOUR_EXTRA[m["x"]] if m["x"] else 0)))
        elif m["hh"] or m["d"]:
            found.append(Fraction(90))
        elif m["half"]:
            found.append(Fraction(30))
        else:
            found.append(Fraction(45))
    return found


def _total_denied(answer: str, total: Fraction) -> bool:
    """Round 85 (fix85): a total line after the last part states another whole ("Total : 1 h 30" under
    parts that add up to 60 minutes): the plan contradicts itself, it is no plan of ``total`` minutes. A
    total that names the whole among its durations ("Total : 60 min (+ 5 min optional)") or adds up to
    it ("55 min + 5 min of margin") agrees; a subtotal is no total."""
    lines = _lines(answer)
    # gaps52: a sentence saying the whole's length is no part, wherever it stands after the list
    whole = [
        not line.is_item and bool(_WHOLE_SAID.search(_DECORATION.sub("", line.raw.strip()).strip()))
        for line in lines
    ]
    parts = [i for i, line in enumerate(lines) if line.durations and not line.total and not whole[i]]
    last = max(parts, default=-1)
    for line in lines[last + 1 :]:
        label = _DECORATION.sub("", line.cells[0]).strip() if line.cells else ""
        said = line.raw.strip()
        if _SUBTOTAL.match(label) or _OPTIONAL_EXTRA.search(said):
            continue
        if not line.total and (line.is_item or not _WHOLE_SAID.search(_DECORATION.sub("", said).strip())):
            continue
        durations = hours_said(said) or line.durations
        if durations and total not in durations and sum(durations) != total:
            return True
        if durations and _total_held(said, durations, total, [lines[i] for i in parts]):
            return True
    return False


# Session 56 (fix99plansum, round 99: "Total: 60 min if the questions are held, 45 min if nobody asks any"): a
# total held on a condition or offered with another figure ("Total : 60 min si la démo fonctionne, 45 min
# sinon", "60 min, or 45 min without the demo", "unless we skip the questions (then 55 min)") holds the part
# the condition names on it: the plan is no plan of the whole. A total whose condition names a part of the
# plan ("Total: 60 min, provided the live demo goes ahead", « à condition que la démonstration ait lieu »)
# does too; one on nothing of the plan ("if we start on time") or counting a part in ("if you count the
# questions", « questions comprises », "including 5 min of questions") holds nothing.
_TOTAL_CONDITION = re.compile(
    r"\b(?:if|unless|provided|providing|as long as|assuming|depending|in case|when|si|s'il|s'ils|sauf|"
    r"a moins|a condition|pourvu|pour peu|selon|en fonction|en cas|quand|lorsque)(?![\w'-])"
)
_TOTAL_OTHER = re.compile(r"\b(?:or|ou|otherwise|else|sinon|without|sans|instead|then|alors)(?![\w'-])")
_COUNTING = re.compile(
    r"(?:(?:you|we|one|on|l'on|vous|nous)[ \t]++)?(?:count|include|add|take into account|compte|"
    r"inclu|ajout|tien)"
)


def _total_held(said: str, durations: list[Fraction], total: Fraction, parts: list[_Line]) -> bool:
    """Whether a total line (folded) that names the whole holds it on a condition (see
    :data:`_TOTAL_CONDITION`)."""
    conditions = [
        m for m in _TOTAL_CONDITION.finditer(said) if not _COUNTING.match(said, past_blanks(said, m.end()))
    ]
    if any(d != total for d in durations) and (conditions or _TOTAL_OTHER.search(said)):
        return True
    for m in conditions:
        clause = re.split(r"[;,.:()\[\]]|[ \t][—–-][ \t]", said[m.end() :], maxsplit=1)[0]
        words = {w for w in plain_words(clause) if w not in _FUNCTION and not w.isdigit() and len(w) >= 3}
        if any(_title_match(words, part) for part in parts):
            return True
    return False


def plan_adds_up(answer: str, total: Fraction, min_sections: int) -> bool:
    """Sections with titles, at least ``min_sections``, whose durations add up to exactly
    ``total`` minutes."""
    found = sections(answer, total)
    if not found:
        return False
    if _total_denied(answer, total):
        return False
    return (
        len(found) >= min_sections
        and all(title for title, _ in found)
        and sum(minutes for _, minutes in found) == total
        and not repeated.repeated([title for title, _ in found], min_sections)  # round 74
    )
