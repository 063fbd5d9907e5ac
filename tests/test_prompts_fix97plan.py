"""Session 55 (fix-helper fix97plan, round 97's plans): a part held only on a condition or offered instead of
another said otherwise, filler named in English, French, German or Spanish, a demo shown in parallel on
screens (docs/design.md)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import structure
from workshop.prompts.filler import filler, padded
from workshop.prompts.text import fold

HEAD = (
    "1. Accueil et objectifs — 5 min\n2. Qu'est-ce que l'IA générative ? — 10 min\n"
    "3. Comment un modèle apprend — 15 min\n"
)


def _held(fourth: str) -> bool:
    """Whether the plan whose fourth part is ``fourth`` (15 min) is read as one (its parts held)."""
    end = "5. Limites et bons réflexes — 10 min\n6. Questions du public — 5 min"
    return structure.sections(HEAD + f"4. {fourth} — 15 min\n" + end, Fraction(60)) is not None


@pytest.mark.parametrize(
    "part",
    [
        "Joker, only if we are running early: AI and jobs",
        "Partie joker (si on est en avance) : l'IA et l'emploi",
        "Wildcard: AI and music",
        "AI and music, if we're ahead of schedule",
        "L'IA et la musique, quand le groupe est en avance",
        "Spare topic, only when the group is quick: AI and jobs",
        "Ou bien, selon la salle : démonstration d'un générateur d'images",
        "Ou alors : un quiz sur les usages",
        "Or, depending on the room: an image generator",
        "Or else a recorded video of the demo",
        "Sinon, vidéo enregistrée de la démonstration",
        "Otherwise: a recorded video",
        "Oder: Demo eines Bildgenerators",
        "O bien: demostración de un generador de imágenes",
        "Si la salle est à l'aise : les coulisses d'un transformeur",
        "If the audience is technical: how attention works",
        "Wenn die Gruppe schnell ist: KI und Arbeit",
        "Solo si sobra tiempo: la IA en el trabajo",
        "Nur wenn Zeit bleibt: KI und Arbeit",
        "Live demo, only if the Wi-Fi works: writing a text",
    ],
)
def test_a_part_held_on_a_condition_or_instead_of_another_is_no_part_of_the_hour(part):
    assert not _held(part)


@pytest.mark.parametrize(
    "part",
    [
        "Démonstration, plan B si le Wi-Fi plante : vidéo",  # fix95: a fallback inside the demo
        "Où en est l'IA aujourd'hui ? Démonstration",  # folded « ou en est »
        "Si l'IA se trompe : comment vérifier ses réponses",  # a condition on the topic
        "If you have never used a chatbot: where to start",
        "Text or image: which tool for which task",
        "Orchestrating tools: when AI calls other apps",
        "Alternatives to ChatGPT: what else exists",  # fix96
        "Quand l'IA invente : les hallucinations",
        "When AI gets ahead of us: risks and safeguards",  # a condition on the topic, not on the session
        "If AI is always early: predicting the next word",
        "Démonstration en parallèle sur deux écrans : un texte et une image",
        "Live demo in parallel on two screens: a text and an image",
        "Deux générateurs lancés simultanément sur le même écran",
    ],
)
def test_a_held_part_stays_held(part):
    assert _held(part)


@pytest.mark.parametrize(
    "part",
    [
        "Atelier en parallèle sur deux salles : texte et image",
        "Hands-on in parallel on laptops in the side room",
        "Atelier en parallèle : chacun essaie un assistant",
    ],
)
def test_a_part_run_beside_the_talk_still_shares_its_time(part):
    assert not _held(part)


def test_a_filler_part_held_on_a_condition_stays_a_filler():
    """Round 27's "Questions, if any": a condition on the questions leaves a filler (filler.py) alone."""
    end = "4. Démonstration — 15 min\n5. Limites — 10 min\n"
    for last in ("Si le public a des questions : échanges", "Questions, if the audience has any"):
        assert structure.sections(HEAD + end + f"6. {last} — 5 min", Fraction(60)) is not None


@pytest.mark.parametrize(
    "title, is_filler",
    [
        ("Kaffeepause", True),
        ("Mittagspause", True),
        ("Fragerunde", True),
        ("Zeit zum Plaudern", True),
        ("Puffer", True),
        ("Zeitpuffer", True),
        ("Pufferzeit", True),
        ("Offene Fragen", True),
        ("Kaffee und Kuchen", True),
        ("Freie Zeit", True),
        ("Pausa café", True),
        ("Preguntas y respuestas", True),
        ("Tiempo libre", True),
        ("Ronda de dudas", True),
        ("Colchón de tiempo", True),
        ("Café y conversación", True),
        ("Open mic: the floor is yours", True),
        ("Leg-stretch and snacks", True),
        ("Hallway track", True),
        ("Wiggle room", True),
        ("Bio break and refill", True),
        ("Ask away: anything goes", True),
        ("On souffle un peu", True),
        ("Place à vos interrogations", True),
        ("Flottement", True),
        # a topic word keeps a content part
        ("Fragen an die KI: was ein Modell antwortet", False),
        ("Preguntas frecuentes sobre la IA generativa", False),
        ("Pausa para probar: cada uno usa un chatbot", False),
        ("Snack-size examples of generative AI", False),
        ("Stretching the limits: what AI cannot do", False),
        ("Track B: image generators", False),
        ("Charla", False),  # a talk (gaps51)
        ("Démonstration en direct", False),
    ],
)
def test_a_filler_is_read_by_what_it_does_in_four_languages(title, is_filler):
    line = structure.sections(f"1. {title} — 10 min\n2. Démonstration — 50 min", Fraction(60))
    assert line is not None
    assert filler(line[0][0]) is is_filler, line[0][0]


def test_half_the_hour_of_german_filler_is_fair_more_is_not():
    plan = "1. Accueil et objectifs — 5 min\n2. IA générative — 10 min\n3. Démonstration — 15 min\n"
    fair = plan + "4. Kaffeepause — 10 min\n5. Fragerunde — 10 min\n6. Puffer — 10 min"
    padded_plan = plan.replace("15 min", "10 min") + "4. Kaffeepause — 10 min\n5. Fragerunde — 10 min\n"
    padded_plan += "6. Puffer — 15 min"
    assert not padded(structure.sections(fair, Fraction(60)) or [], Fraction(60))
    assert padded(structure.sections(padded_plan, Fraction(60)) or [], Fraction(60))
    assert fold("Zeit") == "zeit"
