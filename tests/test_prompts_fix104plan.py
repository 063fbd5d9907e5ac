"""Session 59 (fix-helper fix104plan, round 104's plans): a break or a social part under a cultural or
foreign name, or as a game, food or drink, is a filler; a topic word beside it keeps a content part
(docs/design.md)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import structure
from workshop.prompts.filler import filler, padded
from workshop.prompts.text import fold

HEAD = "1. Welcome — 5 min\n2. What is generative AI? — 10 min\n3. How a model learns — 10 min\n"


def _title(part: str) -> str:
    """The title ``part`` reads as in a plan (folded, its small words and brackets dropped)."""
    sections = structure.sections(fold(HEAD + f"4. {part} — 35 min"), Fraction(60))
    assert sections is not None
    return sections[-1][0]


@pytest.mark.parametrize(
    "part",
    [
        "Fika (à la suédoise)",
        "Happy hour with the speaker",
        "Smoko and a yarn, Aussie style",
        "Afterwork avec l'équipe",
        "Kaffeeklatsch with the trainer",
        "Icebreaker game and team building",
        "Pétanque et grillades entre collègues",
        "Sobremesa (à l'espagnole)",
        "Energizers and party games",
        "Elevenses with the speaker",
        "Karaoké et tapas",
        "Aperitivo all'italiana",
        "Sieste digestive",
        "Moment suédois : fika, brioches à la cannelle et bavardage",
        "Dim sum brunch with the organisers",
        "Beers at the pub next door",
        "Tea time, British style",
        "Brise-glace : jeux entre participants",
    ],
)
def test_a_break_named_by_a_custom_is_a_filler(part):
    title = _title(part)
    assert filler(title), title
    assert padded(structure.sections(fold(HEAD + f"4. {part} — 35 min"), Fraction(60)) or [], Fraction(60))


@pytest.mark.parametrize(
    "part",
    [
        "Generative AI for coffee shops: menus and posters",
        "L'IA générative pour organiser un apéro : invitations, menus",
        "Team building with generative AI: a chatbot plans the offsite",
        "Small talk and social skills: practising with a chatbot",
        "Démonstration guidée pas à pas",
        "Wrap-up",
        "Games that AI learned to play: chess and Go",
        "Happy path: a first prompt that works",
    ],
)
def test_a_topic_beside_a_custom_is_content(part):
    assert not filler(_title(part)), _title(part)
