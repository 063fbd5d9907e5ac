"""A plan's hour filled by parts that hold no content (round 82, fix-helper fix82).

Round 82 reached sixty minutes with a "Marge pour les imprévus — 40 min" part, a "Buffer / slack time —
35 min" part, or six "Questions" slots of ten minutes: the durations add up, but the plan presents
nothing for most of the hour. Round 85 (fix85) named the filler as social moments (« Accueil café et
installation du public — 20 min », « Pot de l'amitié et échanges informels — 15 min »): a welcome,
a setting-up, a registration, drinks and snacks count as fillers too ("Welcome and introduction to AI"
names a topic and stays a content part).

Decided (the student-facing rule, in the exercise's README): the parts that hold no content of their
own — a break (« pause », "break", "coffee"), a margin or buffer (« marge », « imprévus », « tampon »,
« battement », "buffer", "slack", "contingency", "spare time", "free time") and the questions
(« questions », « questions-réponses », "Q&A", "FAQ") — may together take at most half of the plan's
total; the parts with content take the other half at least. A ten-minute break and a fifteen-minute Q&A
in an hour are a fair plan (25 of 60 minutes); "Questions" twice at the two halves' ends too.

A part is a filler when its title (as :func:`workshop.prompts.structure.sections` gives it: folded,
the numbering dropped) holds one of those words and no other word than links, the audience and
qualifiers ("More questions", « Questions du public », « Marge pour les imprévus »); a title that names a
topic beside them is a content part (« Questions éthiques de l'IA générative », "Q&A and wrap-up": the
lead, session 50). Session 54 (fix95, round 95) reads the questions and the break in other words too
(« Micro ouvert », « Retour sur les questions de la salle », « Dernières interrogations du public », "Open
mic", "Feedback", « Coupure »): three such parts and a break made 35 minutes of 60. Limits: a filler named
otherwise ("Temps mort", "Attente") is not seen, nor one with a topic word in its title ("Questions about
AI — 40 min"). Session 54 (fix96, round 96) reads them by meaning beside the list: a title made only of
words that say the audience speaks (« Le public a la main », "Your turn", "Share your experiences"), food,
drink and company (« Moment convivial autour d'un café », "Lunch and chat"), time left free or to catch up
("Catch-up time", « Temps de rattrapage », "Flex time") or rest (« Temps de respiration », "Breather",
« Détente ») is a filler too (:data:`_SOFT`); one topic word keeps it a content part ("AI for networking",
"Catch up on the basics: what a model is")."""

from __future__ import annotations

import re
from fractions import Fraction

_FILLER = re.compile(
    r"(?<![a-z0-9])(?:"
    r"questions|questions?[ \t]*+(?:-|/|&|et)[ \t]*+reponses?|faq|"
    r"q(?:[ \t]*+(?:&|/|and|et|\+)?[ \t]*+[ar])?|"
    r"pauses?|breaks?|coffee|cafe|marges?|imprevus?|tampons?|battements?|buffers?|slack|contingency|"
    r"spare[ \t]++time|free[ \t]++time|temps[ \t]++libre|temps[ \t]++de[ \t]++reserve|"
    r"reserve[ \t]++de[ \t]++temps|"
    r"time[ \t]++reserve|reserve[ \t]++time|retards?|delays?|"
    # named otherwise (session 51, gaps51): « Temps mort », « Entracte », « Échanges », « Discussion libre »,
    # "Open floor", "Dead time", "Downtime", "Intermission", "Recess", "Networking", "Ask me anything"
    r"^[ \t]*+libres?(?=[ \t]*+$)|"  # « Temps libre » once its small word « temps » is gone
    r"(?:temps[ \t]++)?morts?|entractes?|intermissions?|interludes?|recess|downtime|dead[ \t]++time|"
    r"idle[ \t]++time|open[ \t]++floor|floor[ \t]++open|networking|ask[ \t]++me[ \t]++anything|ama|"
    r"echanges?|discussion[ \t]++libre|libre[ \t]++discussion|open[ \t]++discussion|"
    r"discussion[ \t]++ouverte|tour[ \t]++(?:de[ \t]++)?table|"
    # round 85 (fix85): social moments, « Accueil café et installation », « Pot de l'amitié et échanges
    # informels », "Welcome drinks", "Registration and settling in"
    r"accueil|welcome|installation|settling[ \t]++in|arrivee|arrivals?|registration|inscriptions?|emargement|"
    r"pots?|aperitifs?|aperos?|cocktails?|buffets?|drinks?|refreshments?|rafraichissements?|collations?|"
    r"snacks?|gouters?|viennoiseries|croissants?|mingling|socializing|socialising|convivialite|"
    # session 54 (fix95, round 95): the questions and the break in other words, « Micro ouvert : vos
    # questions », « Retour sur les questions de la salle », « Dernières interrogations du public »,
    # "Open mic", "Your queries", « Parole au public », "Feedback", "Discussion", « Coupure », "Stretch break"
    r"question|interrogations?|queries|query|micro[ \t]++ouvert|open[ \t]++mic(?:rophone)?|"
    r"(?:la[ \t]++)?parole|feedbacks?|retours|remarques|commentaires|comments|debats?|discussions?|"
    r"dialogues?|interactions?|coupures?|recreations?|recre|stretch(?:ing)?|time[ \t]++out|"
    # session 55 (fix97plan, round 97): other English and French names (« Flottement », "Hallway track", "Ask
    # away", "Wiggle room"), and the same parts named in German and Spanish in a French or an English plan
    # (« Fragerunde », « Puffer », « Preguntas y respuestas », « Pausa café »; German compounds are cut by
    # :func:`_compound`)
    r"flottements?|hallway[ \t]++track|corridor[ \t]++track|ask[ \t]++away|anything[ \t]++goes|"
    r"wiggle[ \t]++room|"
    r"leeway|elbow[ \t]++room|breathing[ \t]++(?:room|space)|petits[ \t]++fours|mignardises|"
    r"pausen?|puffer|fragen|frage|fragerunde|fragenrunde|fragestunde|fragezeit|ruckfragen|antworten|"
    r"diskussion(?:en)?|begrussung|ankunft|anmeldung|freizeit|freie[ \t]++zeit|zeitreserve|reservezeit|"
    r"pausas?|descansos?|preguntas?|respuestas?|dudas|ruegos|margen|colchon|merienda|almuerzo|aperitivos?|"
    r"refrigerios?|tentempies?|bienvenida|llegada|acreditacion|coloquios?|debates?|tertulias?|"
    r"estiramientos?"
    r")(?![a-z0-9])"
)
# German compounds of a break or a buffer (session 55, fix97plan): « Kaffeepause », « Mittagspause »,
# « Zeitpuffer », « Pufferzeit » read as their filler word.
_PAUSE_TAILS = ("pause", "pausen", "puffer")
_PUFFER_HEAD = "puffer"


def _compound(word: str) -> str:
    """A German compound of a break or a buffer (« Kaffeepause », « Pufferzeit ») as its filler word."""
    if len(word) > 6 and word.endswith(_PAUSE_TAILS):
        return "puffer" if word.endswith("puffer") else "pause"
    if len(word) > 6 and word.startswith(_PUFFER_HEAD):
        return "puffer"
    return word


# Words a filler's title may hold besides its filler words and stay a filler: articles and links, the
# audience, and what qualifies the filler ("More questions", « Questions du public », "Q&A (continued)",
# « Marge pour les imprévus et retards », "Questions on anything"); any other word is a topic ("Questions
# éthiques de l'IA générative": a content part).
_NEUTRAL = frozenset(
    "a an the and or of on from for in to with any anything else all at about "
    "de du des d la le les l et ou en pour a au aux avec sur cas tout toutes tous sujet sujets "
    "public audience participants salle auditoire your vos votre you nous "
    "more last final open other general continued further remaining extra "
    "autres dernieres derniere derniers dernier finales finale final ouvertes ouverte suite generales libres "
    "libre encore time temps session sessions moment slot creneau min mn minutes "
    "reponses reponse answers answer needed need besoin necessaire permet permettant allows allowing "
    "permits informels informel informelle informelles informal convivial conviviale conviviaux moments "
    "amitie friendly social "
    # session 54 (fix95): « Micro ouvert : vos questions », « Retour sur les questions de la salle », "Back to
    # your questions", "Questions, round two", "Ask us anything"
    "ouvert ouverts ouverte ouvertes retour back round tour deuxieme second two deux ask asking poser posez "
    "us floor live direct up vous toi "
    # session 55 (fix97plan): "The floor is yours", « Place aux questions », « On souffle un peu »; German and
    # Spanish links, the audience and qualifiers (« Zeit zum Plaudern », « Offene Fragen », « Tiempo libre »,
    # « Ronda de dudas », « Turno de preguntas »)
    "is yours yourself est place peu bit little short quick brief courte court petit petite bio "
    "der die das den dem des ein eine einen einer und oder mit fur zum zur von vom im am an auf zu uber "
    "alle alles ihre ihr eure euer sie publikum teilnehmer teilnehmende saal raum zeit kurze kurz kleine "
    "offene offener offen freie freier letzte weitere mehr noch runde stunde "
    "y o e del el los las un una unos unas con para por al sobre su sus tu tus vuestro vuestra vuestras "
    "vuestros nuestro nuestra publico sala asistentes participantes tiempo ronda turno rato breve corto "
    "corta "
    "mas ultimas ultimos ultima abierta abierto abiertas libre libres otras otros finales final varios"
    "".split()
)
# Words that say a part holds no content when the title holds nothing else (session 54, fix96): the
# audience speaks, food and drink and company, time left free or to catch up, rest.
_SOFT = frozenset(
    "main mains hand hands turn tour experiences experience vecu temoignages testimonials stories share "
    "sharing partage partager partagez speak speaks speaking talk chat chats chatting bavardage papotage "
    "causette chit networking rencontres rencontre meet meeting mingle convivialite "
    "tea lunch dejeuner repas pizza treats biscuits gateaux boissons boisson beverages food snack "
    "catch rattrapage flex flexible float floating libre libres free respiration respirer breather breathing "
    "breath souffle souffler rest repos detente relax relaxation decompression wind unwind "
    "autour around over "
    # session 55 (fix97plan): stretching one's legs, a refill, hallway talk, bavardage; in German and Spanish
    # (« Zeit zum Plaudern », « Austausch », « Kaffee und Kuchen », « Café y conversación »)
    "leg legs jambes refill refills hallway corridor corridors couloir couloirs watercooler bavardages "
    "souffle souffles souffler "
    "plaudern plauderei plauderrunde austausch gesprache gesprach kaffee kuchen tee essen imbiss getranke "
    "erfrischungen erholung entspannung durchatmen beine vertreten bewegung kennenlernen ausruhen "
    "conversacion conversaciones cafe comida bebidas picoteo relax convivencia experiencias informal "
    "descanso estirar piernas"
    "".split()
)
# Session 59 (fix104plan, round 104): a break or a social part under a cultural or foreign name, or as a
# game, food or drink (« Fika (à la suédoise) — 35 min », "Happy hour with the speaker", "Smoko and a yarn",
# « Afterwork avec l'équipe », "Icebreaker game and team building", « Karaoké et tapas », « Sieste
# digestive »): the customs of a pause read as :data:`_SOFT`'s words (:data:`_CUSTOMS`), and who one spends it
# with, where and in which country's style as :data:`_NEUTRAL`'s (:data:`_COMPANY`). A topic word beside them
# keeps a content part ("Generative AI for coffee shops", « L'IA pour organiser un apéro »).
_CUSTOMS = frozenset(
    # named breaks of a country or a trade
    "fika fikas smoko smokos elevenses teatime happy afterwork afterworks kaffeeklatsch klatsch sobremesa "
    "tapas pintxos pinchos yum dim sum chai cuppa kawa brunch brunchs breakfast breakfasts supper dinner "
    "diner souper dinatoire picnic picnics pique nique barbecue barbecues bbq braai grillades grillade "
    "potluck aperitivo aperitivi spritz spritzes sangria vermut vermouth prosecco champagne mocktail "
    "mocktails wine wines vin vins beer beers biere bieres bier pint pints pub pubs bar bars tavern "
    "taverne brasserie bistro bistrot guinguette cafeteria canteen cantine "
    # food and drink, eating and drinking
    "coffees cafes espresso espressos cappuccino latte matcha cakes cake cupcakes donuts doughnuts "
    "cookies muffins pastries patisseries brioches brioche cannelle cinnamon buns bun kanelbullar "
    "kanelbulle crepes gaufres waffles chocolat chocolate chocolats bonbons candy sandwiches sandwich "
    "bagels fruits fruit cheese fromage fromages charcuterie dessert desserts digestif digestifs "
    "digestive grignotage grignoter boire boit buvons drinking eat eating mange manger mangeons "
    "degustation tasting feast festin banquet "
    # rest
    "sieste siestes siesta nap naps napping powernap snooze meditation yoga mindfulness walk walking "
    "promenade balade stroll "
    # games and parties
    "game games jeu jeux party parties fete fetes soiree soirees karaoke petanque bowling darts "
    "flechettes billard babyfoot foosball pingpong ping pong escape icebreaker icebreakers ice breaker "
    "breakers brise glace energizer energizers energiser energisers teambuilding building bingo "
    "charades pictionary mixer mixers meetup meetups yarn gossip potins"
    "".split()
)
_COMPANY = frozenset(
    # who with
    "speaker speakers trainer trainers host hosts organisers organizers organisateurs organisatrices "
    "intervenant intervenante intervenants orateur oratrice animateur animatrice animateurs formateur "
    "formatrice formateurs equipe equipes team teams colleagues collegues coworkers friends amis "
    "everyone everybody group groupe groupes guests invites together ensemble entre "
    # where, when, how
    "next door nearby outside dehors terrasse terrace garden jardin corner coin hour hours heure heures "
    "style styles facon maniere mode tradition traditional traditionnel traditionnelle typical typique "
    "classic classique local locale house maison "
    # a country's style
    "swedish suedois suedoise british anglais anglaise english aussie australian australien australienne "
    "italian italien italienne italiana italiano spanish espagnol espagnole german allemand allemande "
    "french francais francaise japanese japonais japonaise chinese chinois chinoise american americain "
    "americaine irish irlandais irlandaise scottish ecossais ecossaise danish danois danoise norwegian "
    "norvegien norvegienne finnish finlandais finlandaise dutch hollandais hollandaise neerlandais "
    "belgian belge swiss suisse portuguese portugais portugaise greek grec grecque mexican mexicain "
    "mexicaine brazilian bresilien bresilienne indian indien indienne moroccan marocain marocaine "
    "turkish turc turque russian russe polish polonais polonaise korean coreen coreenne viennese viennois "
    "viennoise nordic nordique scandinavian scandinave mediterranean mediterraneen mediterraneenne"
    "".split()
)
_WORD = re.compile(r"[a-z]++")
# Why a buffer is there says no topic: a clause of case after the filler ("Buffer / slack time (in case
# the projector fails)", « Temps tampon en cas de retard », « Marge, au cas où la démo plante »; titles come
# folded, without their small words and brackets: "buffer slack time case projector fails"). A title that
# opens on "cas"/"case", or a case study (« cas pratiques », « cas d'usage », "case studies"), is a topic.
_WHY = re.compile(
    r"(?<=[a-z] )(?:case|cas)(?![a-z'])"
    r"(?![ \t]*+(?:pratiques?|d'usage|d'utilisation|usages?|d'etudes?|etudes?|studies|study|concrets?|reels?"
    r"|real|use|uses|clients?|d'ecole)(?![a-z]))[^\n]*+$"
)


def filler(title: str) -> bool:
    """Whether a part's ``title`` (folded) names a part without content of its own (see the module): a
    filler word, and no other word than :data:`_NEUTRAL`'s."""
    title = " ".join(_compound(word) for word in _WORD.findall(title[:400]))
    if _FILLER.search(title) is None:
        words = _WORD.findall(title)  # by meaning: only the audience, food, free time or rest (fix96)
        return any(_soft(w) for w in words) and all(_neutral(w) or _soft(w) for w in words)
    rest = _FILLER.sub(" ", _WHY.sub(" ", title))
    return all(_neutral(word) or _soft(word) for word in _WORD.findall(rest))


def _soft(word: str) -> bool:
    """Whether ``word`` says a part holds no content (:data:`_SOFT`, :data:`_CUSTOMS`)."""
    return word in _SOFT or word in _CUSTOMS


def _neutral(word: str) -> bool:
    """Whether ``word`` may stand beside a filler's words (:data:`_NEUTRAL`, :data:`_COMPANY`)."""
    return word in _NEUTRAL or word in _COMPANY


def padded(parts: list[tuple[str, Fraction]], total: Fraction) -> bool:
    """Whether the plan's filler parts take more than half of ``total`` (see the module)."""
    return 2 * sum((minutes for title, minutes in parts if filler(title)), Fraction(0)) > total
