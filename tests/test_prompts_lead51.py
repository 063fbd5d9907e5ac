"""The lead's mends of session 51 (issue 11): the word "irony" is a tag only when it is written as one.

mend51 kept explicit irony tags as markers (« (ironie) », "/s", "jk"); the bare words
« ironie », "ironically", « sarcasme » also took a summary's facts back when a sincere sentence
used them (« puis, ironie de l'histoire, en 1642, la Pascaline… », "Ironiquement, avec
l'électronique…"). A tag opens a bracket or a hashtag, or stands alone after a dash."""

from __future__ import annotations

import pytest

from workshop.prompts import irony
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("puis, ironie de l'histoire, en 1642, la Pascaline de Blaise Pascal.", False),
        ("Ironiquement, avec l'électronique, la calculatrice devient un objet de poche.", False),
        ("Ironically, the pocket calculator arrived in the early 1970s.", False),
        ("Le sarcasme de Voltaire n'y est pour rien : Pascal construit sa machine en 1642.", False),
        ("Réponse : « 1 sœur », bien sûr… (ironie 🙄).", True),
        ("Pascal invented it in 1642 (sarcasm).", True),
        ("Pascal a tout inventé en 1642 #ironie", True),
        ("La Pascaline a tout changé — ironie.", True),
        ("Pascal invented it in 1642 [irony]", True),
    ],
)
def test_the_word_irony_marks_only_as_a_tag(sentence, marked):
    assert irony.marked(fold(sentence)) is marked
