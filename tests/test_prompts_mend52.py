"""Mender mend52 (session 52): the merged rules narrowed where they refused honest text (docs/design.md,
"Session 52, mend52"); the corpora are tests/prompts_corpus/mend52_own_*.toml."""

from __future__ import annotations

import pytest

from workshop.prompts import scanned, structure, traced, turns
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "| prenom | soeurs |\n|---|---|\n| caroline | ? |",
            "| prenom | soeurs |\n|---|---|\n| caroline | ? |",
        ),
        ("prenom | soeurs\n--- | ---\ncaroline | ?", "prenom | soeurs\n--- | ---\ncaroline | ?"),
        ("reponse : | soeur", "reponse : 1 soeur"),
        ("photo :\nreponse : | soeur\nfin", "photo :\nreponse : 1 soeur\nfin"),
        ("| caroline | l soeur |", "| caroline | 1 soeur |"),
    ],
)
def test_a_pipe_beside_another_separates_columns(text, read):
    assert scanned.reread(text) == read


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Thought for 12 seconds", True),
        ("Réflexion terminée en 9 s", True),
        ("Thinking for 12 seconds", True),
        ("▸ Reasoned about review sentiment for 6 seconds", True),
        ("- Réflexion pendant 10 min", False),
        ("Réflexion pendant 10 min", False),
        ("* Thinking", False),
        ("Reasoning for 5 minutes", False),
    ],
)
def test_a_plan_item_about_thinking_is_no_header(line, header):
    assert (traced.reply(f"a\n{line}\nb") == "a\nb") is header


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("The whole thing takes exactly one hour.", True),
        ("L'ensemble dure 60 minutes en tout.", True),
        ("The whole of it takes about 90 minutes.", True),
        ("La présentation dure en tout 1 h 30.", True),
        ("Keep the whole of the last 10 minutes for questions.", False),
        ("La présentation fait la part belle aux exemples : 15 minutes de démonstrations.", False),
        ("The whole talk is a mix of demos (15 min) and theory.", False),
    ],
)
def test_the_whole_is_said_with_its_length(sentence, whole):
    assert bool(structure._WHOLE_SAID.search(fold(sentence))) is whole


@pytest.mark.parametrize(
    ("reply", "hypothetical"),
    [
        ("Bien vu ! Avec 3 sœurs par frère, Caroline en aurait 2.", True),
        ("Pardon ! Dans ce cas, Caroline a 3 sœurs.", True),
        ("Good catch! In that case she would have 3 sisters.", True),
        ("Tu as raison, désolé : Caroline a 2 sœurs.", False),
        ("You're right, I'm sorry: Caroline has 2 sisters.", False),
    ],
)
def test_a_concession_in_the_conditional_answers_the_changed_data(reply, hypothetical):
    assert bool(turns._HYPOTHETICAL.search(fold(reply))) is hypothetical
