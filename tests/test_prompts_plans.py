"""Plans and translations read by their structure (round 3, red team 11c): a hedge is a
word that modifies a duration, not any word near it; sub-parts are read by their marker as
well as by their indentation; a running total is not a second duration; a part of no
minutes is no part; a translation left as a quoted French sentence is French; a prompt
holds an answer it gives in pieces (a glossary table, a JSON plan)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import structure

HOUR = Fraction(60)


@pytest.mark.parametrize(
    "plan",
    [
        "1. Welcome and what people already know about AI (5 min)\n2. What generative AI is (15 min)\n"
        "3. How a language model learns (15 min)\n4. Live demo (15 min)\n5. Questions (10 min)",
        "1. Ce que le public sait selon un sondage (10 min)\n2. L'IA générative (20 min)\n"
        "3. Démonstration (20 min)\n4. Questions, au plus tard à midi (10 min)",
        "- 10 min : ChatGPT vu de près, environ le quart du temps\n- 20 min : un modèle de langage\n"
        "- 20 min : démonstration\n- 10 min : questions",
    ],
)
def test_a_hedge_word_in_a_title_is_not_a_hedge_on_its_duration(plan):
    assert structure.plan_adds_up(plan, HOUR, 3)


@pytest.mark.parametrize(
    "plan",
    [
        "1. Intro (about 10 min)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (~10 min)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (10 min environ)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (environ 5 à 10 min)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (10 min, voire 15)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
    ],
)
def test_a_hedge_on_a_duration_still_makes_the_plan_doubtful(plan):
    assert structure.sections(plan, HOUR) is None


@pytest.mark.parametrize(
    "plan",
    [
        "Partie 1 — Comprendre l'IA générative (30 min)\n- Un modèle de langage (15 min)\n"
        "- Comment il apprend (15 min)\nPartie 2 — ChatGPT (30 min)\n- Démonstration (20 min)\n- Questions (10 min)",
        "1. Comprendre l'IA générative (30 min)\n  - Un modèle de langage (15 min)\n"
        "  - Comment il apprend (15 min)\n2. ChatGPT (30 min)\n  - Démonstration (20 min)\n  - Questions (10 min)",
        "A) Comprendre l'IA (40 min)\n* Un modèle (20 min)\n* Son apprentissage (20 min)\nB) Questions (20 min)",
    ],
)
def test_sub_parts_that_add_up_to_their_part_are_its_sections_marked_or_indented(plan):
    found = structure.sections(plan, HOUR)
    assert found is not None and sum(m for _, m in found) == HOUR and len(found) >= 3
    assert structure.plan_adds_up(plan, HOUR, 3)


def test_sub_parts_that_do_not_add_up_are_not_read_as_sections():
    plan = "1. IA générative (20 min)\n- un exemple (2 min)\n2. Démo (20 min)\n3. Questions (20 min)"
    assert structure.sections(plan, HOUR) is not None
    assert not structure.plan_adds_up(plan, HOUR, 3)  # the bullet is a part of its own: 62 minutes


@pytest.mark.parametrize(
    "plan",
    [
        "| Partie | Durée | Cumul |\n|---|---|---|\n| L'IA générative | 10 min | 10 min |\n"
        "| Un modèle de langage | 20 min | 30 min |\n| Démonstration | 20 min | 50 min |\n| Questions | 10 min | 60 min |",
        "| Part | Elapsed | Length |\n|---|---|---|\n| Generative AI | 15 min | 15 min |\n"
        "| Language models | 35 min | 20 min |\n| Demo and questions | 60 min | 25 min |",
    ],
)
def test_a_running_total_column_is_not_a_second_duration(plan):
    assert structure.plan_adds_up(plan, HOUR, 3)


def test_two_durations_that_are_no_running_total_stay_doubtful():
    plan = "| Partie | Durée | Autre |\n|---|---|---|\n| IA | 10 min | 15 min |\n| Démo | 20 min | 20 min |\n"
    plan += "| Questions | 30 min | 25 min |"
    assert structure.sections(plan, HOUR) is None


@pytest.mark.parametrize(
    "plan",
    [
        "1. Tout sur l'IA générative — 60 min\n2. Conclusion — 0 min\n3. Questions — 0 min",
        "1. L'IA générative — 30 min\n2. ChatGPT — 30 min\n3. Fin — 0 minute",
        "- IA générative : de 10:00 à 11:00\n- Conclusion : de 11:00 à 11:00\n- Questions : 0 min",
    ],
)
def test_a_part_of_no_minutes_is_filler_not_a_section(plan):
    assert not structure.plan_adds_up(plan, HOUR, 3)
