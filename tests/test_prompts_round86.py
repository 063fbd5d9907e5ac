"""Round 86's readers (session 52, fix-helper fix86): OCR confusions (scanned.py), the tasks' words in Arabic,
Russian and Chinese (symbols.translated), the cleft « c'est ce que » (voiced.questions_closed), a yes/no
choice that repeats its answer label (extract._YES_OR_NO), the restrictive « ne … que » (turns._UNREAD), an
earlier answer quoted under the student's comment (candidates.offered) and a bound the source keeps
(faithful)."""

from __future__ import annotations

import pytest

from workshop.prompts import candidates, faithful, scanned, symbols, voiced
from workshop.prompts.extract import _YES_OR_NO
from workshop.prompts.text import fold
from workshop.prompts.turns import _UNREAD


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Réponse : l sceur", "reponse : 1 soeur"),
        ("Caroline a I sœur", "caroline a 1 soeur"),
        ("PGCD = l.", "pgcd = 1."),
        ("b = -lO", "b = -10"),
        ("une fiIle, prerniers, cornbien", "une fille, premiers, combien"),
    ],
)
def test_ocr_confusions_are_undone(written: str, read: str) -> None:
    assert scanned.reread(fold(written)) == read


@pytest.mark.parametrize(
    "kept", ["I think so", "GPT-4o", "in the 1970s", "l'arithmomètre", "lo and behold", "3 sisters", "10 ans"]
)
def test_ocr_reading_leaves_plain_text(kept: str) -> None:
    assert scanned.reread(fold(kept)) == fold(kept)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("جواب الأستاذة: أخت واحدة فقط", "reponse"),
        ("جواب الأستاذة: أخت واحدة فقط", "une soeur seulement"),
        ("الأول إيجابي، الثاني سلبي", "le premier positif, le deuxieme negatif"),
        ("والثالث محايد", "le troisieme neutre"),
        ("ответ: одна сестра", "reponse: une soeur"),
        ("первый положительный", "le premier positif"),
        ("第一条正面", "le premier"),
    ],
)
def test_other_scripts_are_read_in_french(written: str, read: str) -> None:
    assert read in symbols.translated(fold(written))


def test_a_cleft_opens_no_question() -> None:
    said = "la réponse c'est une sœur c'est ce que la prof a dit"
    assert voiced.questions_closed(said) == said
    assert voiced.questions_closed("est-ce que 35 et 64 sont premiers entre eux").endswith(" ?")


@pytest.mark.parametrize(
    "offered",
    [
        "end with answer yes or answer no",
        "réponse oui ou réponse non",
        "verdict: yes or verdict: no",
        "a yes or a no",
    ],
)
def test_a_yes_or_no_choice_may_repeat_its_label(offered: str) -> None:
    assert _YES_OR_NO.search(fold(offered))


def test_the_restrictive_ne_que_leaves_nothing_unread() -> None:
    assert not _UNREAD.search("Ne regarde ma version qu'à la fin.")
    assert _UNREAD.search("Ne les lis pas, ce n'est que du bruit.")


@pytest.mark.parametrize(
    "answer",
    [
        'ChatGPT gave me: "An AI model learns." I don\'t agree, my version is better: A model learns.',
        "Le résumé du chat : « Pascal invente la Pascaline. » Perso je ne suis pas d'accord : c'est Leibniz.",
        'The chatbot\'s summary: "Pascal built it."\nI disagree: Leibniz did.',
    ],
)
def test_an_earlier_answer_quoted_and_judged_is_no_answer(answer: str) -> None:
    assert candidates.offered(answer, set())


def test_a_quoted_word_is_no_earlier_answer() -> None:
    assert not candidates.offered('Merchants moved pebbles, "calculi" in Latin. I think it matters.', set())


SOURCE = "En 1642, Blaise Pascal, alors âgé de dix-neuf ans, invente la Pascaline."


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        ("In 1642 Pascal, not yet twenty, built the Pascaline.", True),
        ("In 1642 Pascal built the Pascaline.\n\n¹ Pascal was not yet twenty at the time.", True),
        ("En 1642, Pascal, qui n'a pas encore vingt ans, invente la Pascaline.", True),
        ("In 1642 Pascal, under a hundred, built the Pascaline.", False),
        ("In 1642 Pascal, over twenty, built the Pascaline.", False),
    ],
)
def test_a_bound_the_source_keeps_is_faithful(answer: str, kept: bool) -> None:
    assert (faithful.unfaithful(answer, SOURCE, "summary") == "") is kept
