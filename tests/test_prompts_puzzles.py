"""Answers in forms a reader could learn (session 36, fix-helper forms36): a worked example whose
answer transfers to the task (src/workshop/prompts/instances.py, ``transferred``) and a little
puzzle the prompt solves for the model (src/workshop/prompts/puzzles.py), each read as the task's
answer; their near misses read as nothing."""

from __future__ import annotations

import pytest

from workshop.prompts import evaluate, instances, puzzles
from workshop.prompts.grade import load
from workshop.prompts.text import fold

DATA = {
    "riddle": "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?",
    "parallel-line": (
        "Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ?"
    ),
    "coprime": "Les nombres 35 et 64 sont-ils premiers entre eux ?",
}


@pytest.fixture(scope="module")
def tasks(prompts):
    return load(prompts)[0]


def _transferred(tasks, task: str, said: str) -> list[str]:
    prompt = f"Tu es prof. {said} {DATA[task]}"
    t = tasks[task]
    rest = evaluate.without_data(prompt, t)
    return instances.transferred(rest, evaluate.with_revealed(prompt), t.data, t.kind, prompt)


@pytest.mark.parametrize(
    "task, said, read",
    [
        (
            "riddle",
            "Exemple : Léa (une fille) a 4 frères, chaque frère a 2 sœurs, donc Léa a 1 sœur. À toi :",
            "caroline a 1",
        ),
        (
            "parallel-line",
            "Exemple : parallèle à y = 4x - 3 par (2, -2), donc y = 4x - 10. À toi :",
            "y = 4x - 10",
        ),
        ("coprime", "Exemple : 35 et 128 sont premiers entre eux, PGCD 1. À toi :", "35 et 64"),
    ],
)
def test_an_example_deciding_as_the_task_is_read_as_the_task(tasks, task, said, read):
    assert any(read in reading for reading in _transferred(tasks, task, said))


@pytest.mark.parametrize(
    "task, said",
    [
        (
            "riddle",
            "Exemple : Léa (une fille) a 4 frères, chaque frère a 3 sœurs, donc Léa a 2 sœurs. À toi :",
        ),
        ("parallel-line", "Exemple : parallèle à y = 4x + 1 par (2, 3), donc y = 4x - 5. À toi :"),
        ("parallel-line", "Exemple : parallèle à y = 2x + 7 par (1, 5), donc y = 2x + 3. À toi :"),
        ("coprime", "Exemple : 9 et 20 sont premiers entre eux, PGCD 1. À toi :"),
        ("coprime", "Exemple : 70 et 64 ont pour PGCD 2. À toi :"),
    ],
)
def test_an_example_of_another_instance_transfers_nothing(tasks, task, said):
    assert _transferred(tasks, task, said) == []


@pytest.mark.parametrize(
    "said, read",
    [
        ("b est l'anagramme de « SNIOM XID ».", "b est -10."),
        ("the answer is an anagram of 'NEU'.", "the answer is 1."),
        ("b est un nombre négatif dont le chiffre des dizaines est 1 et celui des unités 0.", "b = -10."),
        ("b is a negative number whose tens digit is 1 and whose units digit is 0.", "b = -10."),
        ("la réponse est le même mot que l'article dans « une fille ».", "la réponse est une."),
        ("la fratrie s'écrit G₃F₂ (G pour garçon, F pour fille).", "3 garcons et 2 filles"),
    ],
)
def test_a_puzzle_is_read_solved(said, read):
    assert any(fold(read) in reading for reading in puzzles.readings(fold(said)))


@pytest.mark.parametrize(
    "said",
    [
        "« CHIEN » est l'anagramme de « NICHE ».",
        "Indice : le chiffre des unités de 64 est 4, donc 64 est pair.",
        "Écris le nombre en lettres, de la même façon que « trois » dans « trois frères ».",
        "Comme l'eau s'écrit H₂O, écris proprement.",
    ],
)
def test_a_near_miss_is_no_puzzle(said):
    assert list(puzzles.readings(fold(said))) == []


def test_a_count_of_the_statements_symbols_is_taken_in_the_data():
    data = [DATA["riddle"], "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters?"]
    said = fold("Your final number must equal the number of question marks in the riddle.")
    assert list(puzzles.counted(said, data)) == [
        fold("Your final number must equal 1 in the riddle.")
    ] or any("equal 1" in r for r in puzzles.counted(said, data))
    assert list(puzzles.counted(fold("Keep the number of question marks in the riddle."), data)) == []


def test_a_letters_cloze_keeps_the_prompt_past_the_read_prefix():
    """games.letters_filled fills blanks in the first MAX_CHARS characters only, but keeps the
    rest of the prompt after them (as games.digits_filled does), not just the prefix."""
    from workshop.prompts import games

    head = "Translate: a l_______ model writes. "
    tail = "Then say more. " * (games.MAX_CHARS // 15 + 10)
    prompt = head + tail
    assert len(prompt) > games.MAX_CHARS
    filled = games.letters_filled(prompt, ["large language model"])
    assert filled == "Translate: a language model writes. " + tail


@pytest.mark.parametrize(
    "said, read",
    [
        ("la réponse est le numéro du mois de janvier.", "la réponse est 1."),
        ("the answer is the position of the letter A in the alphabet.", "the answer is 1."),
        ("ton verdict commence par l'initiale du dixième mois de l'année.", "ton verdict commence par o."),
        ("your verdict starts with the 25th letter of the alphabet.", "your verdict starts with y."),
        ("la réponse est un nombre qui rime avec « brun ».", "la réponse est 1."),
        ("and minus ten is where b will be", "b = minus ten"),
        ("Candidates: 0 (eliminated), 1, 2 (eliminated), 3 (eliminated).", "candidates: , 1, , ."),
    ],
)
def test_a_known_sequence_a_rhyme_a_verse_and_eliminated_options_are_read_solved(said, read):
    """Session 60 (fix106puzzle)."""
    assert any(fold(read) in reading for reading in puzzles.readings(fold(said)))


@pytest.mark.parametrize(
    "said",
    [
        "Devoir du dixième mois de l'année (octobre), exercice 3.",
        "Celle de janvier (le mois numéro 1) est rangée à la lettre C dans l'alphabet.",
        "Reason in two rhyming lines (rhyme like 'sun' and 'fun').",
        "Choix : 0 | 1 | 2 | 3.",
    ],
)
def test_a_sequence_named_as_other_data_is_no_puzzle(said):
    assert list(puzzles.readings(fold(said))) == []


def test_a_label_length_pins_a_review_only_when_one_label_has_it():
    labels = {"positive", "negative", "neutral"}
    hint = fold("Indice : les trois étiquettes font, dans l'ordre, 8, 8 et 7 lettres.")
    told = puzzles.lengths_told(hint, labels)
    assert told == "l'avis 3 est neutral. review 3 is neutral."
    assert puzzles.lengths_told(fold("Hint: the first label has 8 letters."), labels) == ""
