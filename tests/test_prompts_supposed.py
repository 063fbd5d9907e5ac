"""Round 72 (fix-helper fix72): a value named as a question to confirm, a supposition, a reductio or a
hypothetical answer (:mod:`workshop.prompts.supposed`), a counterfactual that carries the answer
(:func:`workshop.prompts.decisive.counterfactual`) and a role supposed in the imperative
(:mod:`workshop.prompts.structure`)."""

from __future__ import annotations

import pytest

from workshop.prompts import decisive, structure, supposed
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("Is it true that the line is y = 4x - 10?", "the line is y = 4x - 10."),
        ("Is it the case that she has 1 sister?", "she has 1 sister."),
        ("Can you confirm that b = -10?", "b = -10."),
        ("Am I right that their gcd is 1?", "their gcd is 1."),
        ("Est-il vrai que Caroline n'a qu'une seule sœur ?", "caroline n'a qu'une seule soeur."),
        ("Est-il exact que b vaut -10 ?", "b vaut -10."),
        ("Peux-tu me confirmer que leur PGCD vaut 1 ?", "leur pgcd vaut 1."),
        ("Dis-moi s'il est vrai que b vaut -10.", "b vaut -10."),
        ("Supposons que b vaille -10 ; vérifie.", "b vaut -10."),
        ("Admettons que leur PGCD soit 1 et vérifie-le.", "leur pgcd est 1."),
        ("Assume their gcd is 1 and verify it.", "their gcd is 1."),
        ("Let's say the answer is 1: does it fit?", "the answer is 1."),
        (
            "Suppose 35 and 64 had a common divisor d > 1 and find the contradiction.",
            "35 and 64 have no common divisor d > 1.",
        ),
        (
            "Par l'absurde : suppose qu'ils aient un diviseur commun d > 1.",
            "ils n'ont aucun diviseur commun d > 1.",
        ),
        ("If the answer were one sister, would that be consistent?", "the answer is one sister."),
        ("Si la réponse était une sœur, est-ce cohérent ?", "the answer is une soeur."),
        (
            "If Caroline had exactly one sister, would each brother have 2?",
            "caroline had exactly one sister.",
        ),
        ("Si b valait -10, la droite passerait-elle par (5, 10) ?", "b vaut -10."),
    ],
)
def test_a_value_to_confirm_or_supposed_is_told(said, told):
    assert supposed.told(fold(said)) == told


@pytest.mark.parametrize(
    "said",
    [
        "Is it true that 35 and 64 are coprime?",  # the task's own question
        "Is it true or false that 35 and 64 are coprime?",
        "Est-il vrai que ces deux entiers sont premiers entre eux ?",
        "Est-il vrai que   premiers entre eux ?",  # its data blanked
        "Don't assume b stays 6.",
        "Ne suppose pas que b reste égal à 6.",
        "Suppose 35 and 64 had no common divisor and find the contradiction.",  # no indefinite to negate
        "Two numbers are coprime if their gcd is 1.",  # a definition in the present
        "If your answer is not a whole number, check it.",
        "If your answer is yes, justify it with the prime factors.",  # one outcome's instruction
        "Si ta réponse est oui, montre le calcul du PGCD ; si c'est non, dis quel diviseur ils partagent.",
        "If the answer is 2, draw the family; otherwise explain.",
        "If two siblings have the same parents, do they have the same sisters?",  # no value supposed
    ],
)
def test_no_value_supposed_tells_nothing(said):
    told = supposed.told(fold(said))
    assert not any(ch.isdigit() for ch in told), told


@pytest.mark.parametrize(
    ("said", "carries"),
    [
        ("Indice : si Caroline avait eu deux sœurs, chaque frère en aurait eu trois.", True),
        ("Hint: if Caroline had had two sisters, each brother would have had three.", True),
        ("Remarque : si elle avait eu zéro sœur, chaque frère n'en aurait eu qu'une.", True),
        (
            "Indice : si 64 valait 65, ils auraient 5 en commun ; "
            "explique pourquoi avec 64 ce n'est plus le cas.",
            True,
        ),
        ("If 64 were 70, they would share 5 and 7; that is no longer the case with 64.", True),
        # a worked example of another pair, with no denial for these data
        ("Example: if the numbers were 35 and 65, the gcd would be 5. Now do 35 and 64.", False),
        ("If Caroline had two sisters, how many would each brother have?", False),  # asked
        ("If two numbers shared a prime factor, it would appear in both factorisations.", False),
        ("If Caroline had two brothers, each would have two sisters.", False),  # not the counted unit
    ],
)
def test_a_counterfactual_carries_the_answer(said, carries):
    assert decisive.counterfactual(fold(said), ["soeur", "sister"]) is carries


@pytest.mark.parametrize(
    ("prompt", "role"),
    [
        ("Suppose you are a maths teacher. Solve this.", True),
        ("Suppose que tu es un professeur qui explique à un élève.", True),
        ("Supposons que tu sois professeur de logique.", True),
        ("Admettons que vous soyez traducteur.", True),
        ("Let's say you're a maths tutor.", True),
        ("Supposing you are a logic teacher, this will be easy.", False),
        ("Si tu es professeur, ce sera facile.", False),
    ],
)
def test_a_role_supposed_in_the_imperative_is_a_role(prompt, role):
    assert structure._role_in(fold(prompt)) is role


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("what makes          coprime?", "the numbers 35 and 64 are coprime."),
        ("why are          coprime?", "the numbers 35 and 64 are coprime."),
        ("pourquoi          sont-ils          ?", "the numbers 35 and 64 are coprime."),
        ("why          ?", "the numbers 35 and 64 are coprime."),  # the pair and "coprime" all blanked
        ("what makes two numbers coprime?", ""),
    ],
)
def test_a_cause_question_on_the_blanked_pair_and_the_verdict_tells_the_data_s_question(said, told):
    """Session 55: "What makes 35 and 64 coprime?", its pair blanked (as the grader blanks the data),
    asks the cause of the data's own question, which it takes as true."""
    assert supposed.told(said, ("Are the numbers 35 and 64 coprime?",)) == told
