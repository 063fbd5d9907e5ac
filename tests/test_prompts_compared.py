"""Round 80 (fix80): several whole answers side by side (compared.py), a code block's copy residue around a
JSON (copied.py), a last turn that corrects the first after a neutral check request (turns.py)."""

from __future__ import annotations

import pytest

from workshop.prompts import compared, copied
from workshop.prompts.checks import answer_json
from workshop.prompts.turns import model_answer

A = "A model learns from examples."
B = "A model is trained on examples."


@pytest.mark.parametrize(
    "text",
    [
        f"Which response do you prefer?\n\nResponse A\n{A}\n\nResponse B\n{B}\nI prefer this response",
        f"Quelle réponse préférez-vous ?\n\nRéponse 1\n{A}\n\nRéponse 2 👍\n{B}",
        f"Show drafts\nvolume_up\n\nDraft 1\n{A}\n\nDraft 2\n{B}",
        f"Afficher les brouillons\n\nBrouillon 1\n{A}\n\nBrouillon 2\n{B}",
        f"{A}\n\n(regenerated)\n\n{B}",
        f"{A}\n\n(régénéré)\n\n{B}",
        f"{A}\n\nRéessayer\n2 / 2\n\n{B}",
        f"< 1/2 >\n{A}\n\n< 2/2 >\n{B}",
        f"Antwort 1\n{A}\n\nAntwort 2\n{B}",
    ],
)
def test_two_different_versions_are_several(text: str) -> None:
    assert compared.several(text)
    assert compared.several(model_answer(text, "Translate."))  # kept through the turns reader


@pytest.mark.parametrize(
    "text",
    [
        A,
        f"Which response do you prefer?\n\nResponse B\n{A}\nI prefer this response",  # one response picked
        f"< 2/2 >\n{A}",  # one marker alone
        f"Response 1\n{A}\n\nResponse 2\n{A}",  # the same answer twice
        f"{A}\n\nRéponse 1",  # a lone label: maybe an answer line without its colon
        f"{A}\nThe retry rate is 2 / 2 here.",  # words inside a sentence
        f"1. Intro — 10 min\n2. Retry the demo — 20 min\n{B}",
    ],
)
def test_one_version_is_not_several(text: str) -> None:
    assert not compared.several(text)


def test_separators_keep_no_figure_and_the_chrome_goes() -> None:
    text = (
        "Which response do you prefer?\n\nResponse 1\nRéponse : 1 sœur.\n\n"
        "Response 2\nRéponse : 1 sœur.\nI prefer this response"
    )
    marked = compared.marked(text)
    assert "Response 2" not in marked and "Which response" not in marked
    assert marked.count(compared.SEPARATOR) == 2 and marked.count("1 sœur") == 2
    assert compared.marked(f"< 2/2 >\n{A}").strip() == A  # one version: the marker blanked


JSON = '{"reviews": [{"id": 1, "sentiment": "positive"}]}'


@pytest.mark.parametrize(
    "text",
    [
        f"json\nCopy code\n{JSON}",
        f"JSON\nCopier le code\n{JSON}",
        f"json\nCopy\nEdit\n{JSON}",
        f"JSON\n{JSON}\nUse code with caution.",
        f"json\nCode kopieren\n{JSON}\n",
    ],
)
def test_a_copied_code_block_is_read_as_its_json(text: str) -> None:
    assert copied.unwrapped(text) == JSON
    assert answer_json(text) == {"reviews": [{"id": 1, "sentiment": "positive"}]}


@pytest.mark.parametrize(
    "text",
    [
        f"Voici le JSON :\njson\nCopy code\n{JSON}",
        f"json\nCopy code\n{JSON}\nJ'espère que ça aide.",
        f"Copy code{JSON}",
        "json\nCopy code\nnot a json",
    ],
)
def test_prose_around_a_copied_block_still_fails(text: str) -> None:
    with pytest.raises(ValueError):
        answer_json(text)


RIDDLE = "Caroline a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"
WRONG = "Chaque frère a 2 sœurs.\n\nRéponse : Caroline a 2 sœurs."
RIGHT = "Je me suis trompé. Caroline est l'une des 2 sœurs.\n\nRéponse : Caroline a 1 sœur."


@pytest.mark.parametrize(
    "follow_up",
    [
        "Vérifie ta réponse en relisant l'énoncé.",
        "Es-tu sûr ? Vérifie ton calcul.",
        "Please double-check your answer against the statement.",
        "Relis ton calcul de b étape par étape.",
    ],
)
def test_a_last_turn_that_corrects_after_a_neutral_check_is_the_answer(follow_up: str) -> None:
    for first in (WRONG, f"ChatGPT a dit :\n{WRONG}"):
        text = f"{first}\n\nVous avez dit :\n{follow_up}\n\nChatGPT a dit :\n{RIGHT}"
        assert model_answer(text, RIDDLE).strip() == RIGHT


@pytest.mark.parametrize(
    ("follow_up", "last"),
    [
        ("Vérifie ta réponse, elle n'a qu'une sœur.", RIGHT),  # a value
        ("T'es sûr ? Mon voisin dit 2.", RIGHT),  # a figure
        ("Non, c'est faux. Vérifie.", RIGHT),  # a verdict on the first answer
        (
            "Vérifie ta réponse.",
            "Caroline est l'une des 2 sœurs.\n\nRéponse : Caroline a 1 sœur.",
        ),  # no admission
    ],
)
def test_otherwise_the_first_answer_stays_in_what_is_read(follow_up: str, last: str) -> None:
    text = f"{WRONG}\n\nVous avez dit :\n{follow_up}\n\nChatGPT a dit :\n{last}"
    assert "2 sœurs." in model_answer(text, RIDDLE)


def test_a_student_turn_after_the_correction_keeps_the_first_rule() -> None:
    text = f"{WRONG}\n\nVous avez dit :\nVérifie.\n\nChatGPT a dit :\n{RIGHT}\n\nVous avez dit :\nMerci"
    assert "2 sœurs." in model_answer(text, RIDDLE)
