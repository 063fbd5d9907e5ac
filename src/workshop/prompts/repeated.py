"""A plan's parts said more than once (round 74, fix74): the answer's sections must be distinct
parts of one presentation, so six lines "Introduction à l'IA générative — 10 min" are one part
said six times, not a plan of six.

Decided: titles are compared as :func:`workshop.prompts.structure.sections` gives them (folded,
the numbering and the function words dropped), their words as a set, so "IA générative :
introduction" and "Introduction à l'IA générative" are the same part. A plan is refused when

- fewer than ``min_sections`` of its titles are distinct; or
- a title that names content is said twice or more: only a recurring step of a talk (questions,
  a break, a demo, an exercise, a recap, a discussion...) may come back ("Questions — 5 min"
  after each half is a fair plan).

A title a number tells apart ("Cas pratique 1", "Cas pratique 2") is another part.

Round 76 (fix76): a part said again under a reworded title is said twice too ("Qu'est-ce que l'IA générative ?
Exemples du quotidien" then "L'IA générative, c'est quoi ? Des exemples de tous les jours"; "How a model
learns from examples" then "Learning from examples: how the model is trained"). Titles are compared by their
content words' stems (five letters, so "learns" and "learning" are one; the words of a question, "quoi",
"what", and the tags of an HTML table or line break dropped; "de tous les jours", "everyday", "daily"
read "quotidien"): two titles of three stems or more each are one part when they share three quarters of their
stems, at least two of them not a recurring step's, and what tells them apart is no recurring step's word
("Exemples" then "Exemples pratiques" are two steps). Limits: a paraphrase in other words ("Comment apprend un
modèle" and "L'entraînement d'un réseau") is not seen; two titles that only add a word to the same subject
("Limites de l'IA générative", "Risques et limites de l'IA générative") are read as one part.

Round 84 (fix84): two titles of two stems or more whose stems are the same, once the words of a question
and of a definition are dropped (« Qu'est-ce que l'IA générative ? », « L'IA générative, c'est quoi ? »,
« Définir l'IA générative »), are one part, whatever their length.

Round 85 (fix85): the same title in another language (« ¿Qué es la IA generativa? » after "What is generative
AI?"): a Spanish, Italian or German question's words are dropped as the others, "IA"/"KI" read "AI", and a few
of the topic's common words share a stem across languages (risks, examples, uses). Limits: a title translated
with other words than these ("Wie funktioniert es?", « Los peligros ») is not seen.

Mend51: "why" and "how" (« pourquoi », « comment ») are kept as stems: « Pourquoi l'IA générative ? » after
« Qu'est-ce que l'IA générative ? » is another part."""

from __future__ import annotations

from collections import Counter

# The words of the steps a talk may hold more than once: a title made of these alone recurs.
_RECURRING = frozenset(
    """questions question q a r qr faq pause pauses break breaks coffee cafe echange echanges discussion
    discussions debat debats demo demos demonstration demonstrations exercice exercices exercise exercises
    activite activites activity activities atelier ateliers workshop workshops quiz quizz recap recapitulatif
    recapitulation resume summary synthese transition bilan pratique practice hands on mise en travaux
    pratiques tp cas case study studies etude exemple exemples example examples jeu game sondage poll
    interaction interactions reponse reponses answer answers temps time session seance moment libre open
    et and short courte petite"""
    .split()
)


def _key(title: str) -> frozenset[str]:
    return frozenset(title.split())


# the words of a question, and the markup a title may keep (an HTML table's or a line break's tags)
_QUESTION_WORDS = frozenset(
    "quoi what est-ce qu'est-ce is it c'est tr td th br li ul ol div span p".split()
    # round 84: the verb or noun that only asks what the subject is (« Définir l'IA générative »)
    + "definir define defining definition definitions definie defined".split()
    # round 85 (fix85): a question's words in Spanish, Italian, German (« ¿Qué es la IA generativa? »)
    + "que es cual como cosa was ist wie".split()
)
_SAME_STEM = {"jours": "quoti", "everyday": "quoti", "daily": "quoti", "ia": "ai", "ki": "ai"}
# round 85 (fix85): one part's title said again in another language ("What is generative AI?", « Qu'est-ce
# que l'IA générative ? », « ¿Qué es la IA generativa? »): the topic's common words read as one stem
_SAME_ACROSS = {
    **dict.fromkeys(("riesg", "risks", "risk", "rischi"), "risqu"),
    **dict.fromkeys(("ejemp", "examp", "esemp"), "exemp"),
    **dict.fromkeys(("usos", "uses", "utili"), "usage"),
    **dict.fromkeys(("funci", "funct"), "fonct"),
}
# mend51: "why" and "how" ask another question than "what" (« Pourquoi l'IA générative ? » after « Qu'est-ce
# que l'IA générative ? » is another part): they stay, one stem a language
_SAME_STEM |= {"pourquoi": "why", "comment": "how"}
_STEM = 5


def _stems(title: str) -> frozenset[str]:
    stems = (_SAME_STEM.get(word, word[:_STEM]) for word in title.split() if word not in _QUESTION_WORDS)
    return frozenset(_SAME_ACROSS.get(stem, stem) for stem in stems)


def _reworded(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two titles' stems say one part (see the module)."""
    recurring = {word[:_STEM] for word in _RECURRING}
    if a == b and len(a) >= 2 and not a <= recurring:
        return True  # round 84: « Qu'est-ce que l'IA générative ? », « L'IA générative, c'est quoi ? »
    if len(a) < 3 or len(b) < 3:
        return False
    shared = a & b
    recurring = {word[:_STEM] for word in _RECURRING}
    return (
        4 * len(shared) >= 3 * len(a | b)
        and len(shared - recurring) >= 2
        and not (a ^ b) & recurring
    )


def repeated(titles: list[str], min_sections: int) -> bool:
    """Whether the plan's ``titles`` repeat a part: fewer than ``min_sections`` distinct, or a
    content title said twice (in the same words or reworded)."""
    counts = Counter(_key(t) for t in titles if t.strip())
    if len(counts) < min_sections:
        return True
    if any(n > 1 and not key <= _RECURRING for key, n in counts.items()):
        return True
    stems = [_stems(t) for t in dict.fromkeys(t for t in titles if t.strip())][:100]
    return any(_reworded(a, b) for i, a in enumerate(stems) for b in stems[i + 1 :])
