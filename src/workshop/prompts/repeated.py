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

A title a number tells apart ("Cas pratique 1", "Cas pratique 2") is another part. Near
duplicates in other words ("Intro à l'IA générative", "Introduction de l'IA générative") are not
seen."""

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


def repeated(titles: list[str], min_sections: int) -> bool:
    """Whether the plan's ``titles`` repeat a part: fewer than ``min_sections`` distinct, or a
    content title said twice."""
    counts = Counter(_key(t) for t in titles if t.strip())
    if len(counts) < min_sections:
        return True
    return any(n > 1 and not key <= _RECURRING for key, n in counts.items())
