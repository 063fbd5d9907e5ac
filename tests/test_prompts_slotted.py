"""Round 91 (fix91): a template slot's example value, a format hint's spelled value and a question's one-word
parenthesis read as the answer (src/workshop/prompts/slotted.py); English tag questions (text.TAG_QUESTION),
a topics line's verdict item (coprimality), a slot initialised empty and a quoted example of the student's own
(evaluate)."""

from __future__ import annotations

import re

import pytest

from workshop.prompts import coprimality, evaluate, slotted
from workshop.prompts.text import TAG_QUESTION, fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Réponse : <nombre de sœurs, ex. 1> »", "« Réponse : 1 »"),
        ("a = <ex. 4>, b = <ex. -10>", "a = 4, b = -10"),
        ("Answer: [yes/no, default: yes]", "Answer: yes"),
        ("slope={e.g. 4}", "slope=4"),
        ("Answer: <number of sisters>", "Answer: <number of sisters>"),  # no value
        ('{"id": 1, "s": "e.g. x"}', '{"id": 1, "s": "e.g. x"}'),  # JSON, no slot
    ],
)
def test_a_slots_example_value_fills_it(text: str, expected: str) -> None:
    assert slotted.filled(text) == expected


def test_one_example_in_every_slot_is_a_generic_example() -> None:
    text = " ".join(['"<label, e.g. positive>"'] * 3)
    assert slotted.filled(text) == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Give the gcd as a single digit (it's the digit one).", "the gcd is one"),
        ("Donne le PGCD en chiffres (c'est le chiffre 1).", "le pgcd is 1"),
        ("Give the gcd as a plain number (no factorisation in that line).", None),
        ("Give the gcd as a number (a digit from 1 to 9)", None),
    ],
)
def test_a_format_hint_that_spells_the_value(text: str, said: str | None) -> None:
    read = slotted.hinted(fold(text))
    assert (said in read) if said else read == fold(text)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Les nombres 35 et 64 sont-ils premiers entre eux (oui) ?", "oui"),
        ("Are 35 and 64 coprime? (yes)", "oui"),
        ("Are they coprime (false)?", "non"),
        ("How many sisters does Caroline have (1)?", "1"),
        ("Sont-ils premiers entre eux (oui ou non) ?", None),
        ("Are they coprime (yes/no)?", None),
        ("Combien de sœurs (en chiffres) ?", None),
    ],
)
def test_a_questions_one_word_parenthesis(text: str, answer: str | None) -> None:
    read = slotted.answered(text)
    assert (f"Réponse : {answer}." in read) if answer else read == text


@pytest.mark.parametrize(
    ("tag", "is_tag"),
    [("doesn't it", True), ("won't they", True), ("can it", True), ("hasn't she", True), ("eh", True),
     ("d'accord", True), ("what is it", False), ("isn't", False)],
)  # fmt: skip
def test_tag_questions(tag: str, is_tag: bool) -> None:
    assert bool(re.fullmatch(TAG_QUESTION, tag)) is is_tag


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("tags: arithmetic, coprime, gcd", False),
        ("mots-cles : arithmetique ; premiers entre eux ; pgcd", False),
        ("tags: arithmetic, coprime, gcd=1", None),
        ("tags: not coprime, gcd", True),
        ("topics: coprime: yes", True),
    ],
)
def test_a_topics_lines_verdict_item_is_blanked(text: str, kept: bool | None) -> None:
    read = coprimality.terms_blanked(text)
    if kept is None:
        assert "gcd=1" in read and "coprime" not in read
    else:
        assert ("coprime" in read or "premiers" in read) is kept


def test_a_slot_initialised_empty_maps_nothing() -> None:
    assert evaluate._mapped_ids("labels = {1: None, 2: null, 3: undefined}") == set()
    assert evaluate._mapped_ids('labels = {1: "pos", 2: "neg", 3: None}') == {1, 2}


def test_a_quoted_example_of_ones_own_names_no_review() -> None:
    mine = 'exemple : " le casque est arrive raye et le vendeur refuse. " donnerait "negative".'
    assert "casque" not in evaluate._own_examples_blanked(mine, ["negati"])
    labelled = 'example: " the headphones one is negative here " ok'
    assert "headphones" in evaluate._own_examples_blanked(labelled, ["negati"])
    unannounced = 'le client dit " le casque est arrive raye " : negative'
    assert "casque" in evaluate._own_examples_blanked(unannounced, ["negati"])
