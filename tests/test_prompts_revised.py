"""Round 73 (fix-helper fix73): an answer that the rest of the answer revises or takes back.

An alternative in an aside after the final value, an edit's bare value after the answer line, a
conclusion of the working that the final line contradicts (:mod:`workshop.prompts.revised`, read by
:func:`workshop.prompts.extract.final_answer`); a closing edit or postscript that takes the answer back
or amends it (:func:`workshop.prompts.turns.taken_back`); facts told as possibilities or with either-or
times (evaluate's facts reader); renderings queried in brackets and a slash between two sentences
(:mod:`workshop.prompts.candidates`); a "neither … nor" that denies a primality claim (arith, irony);
auxiliaries that pad no prose (:func:`workshop.prompts.structure.is_prose`)."""

from __future__ import annotations

import pytest

from prompts_exercise import check_of
from workshop.prompts import arith, candidates, evaluate, irony, revised, structure
from workshop.prompts.extract import final_answer
from workshop.prompts.text import fold, normalize
from workshop.prompts.turns import taken_back

RIDDLE = "All 3 brothers share the same sisters. Caroline is one of the 2 sisters of each brother.\n\n"
LINE = "Parallel lines have the same slope, so a = 4. 10 = 4 × 5 + b, so b = −10.\n\n"


def _final(loaded, task: str, name: str, answer: str):
    spec = evaluate.spec_of(check_of(loaded, task, name), loaded[0][task])
    return final_answer(normalize(answer), spec)


@pytest.mark.parametrize(
    "answer",
    [
        RIDDLE + "Answer: 1 (or 2, depending on how you read it)",
        RIDDLE + "Answer: 1 sister [or 2 under the other reading]",
        "Les frères ont les mêmes sœurs.\n\nRéponse : 1 (ou 2 selon l'interprétation)",
        RIDDLE + "Answer: 1.\n\nEdit: actually 2 — each brother has 2 sisters.",
        "Réponse : 1\n\nModif : en fait 2, car les sœurs des frères sont les siennes.",
        "Each brother has 2 sisters. So Caroline has 2 sisters.\n\nAnswer: 1",
        "Les frères ont 2 sœurs chacun. Ainsi, Caroline a deux sœurs.\n\nRéponse : Caroline a 1 sœur.",
    ],
)
def test_a_count_revised_by_an_aside_an_edit_or_a_conclusion_is_not_the_answer_line_s(loaded, answer):
    assert _final(loaded, "riddle", "answer-right", answer).value != 1  # none, or the edit's 2


@pytest.mark.parametrize(
    "answer",
    [
        RIDDLE + "Answer: 1 (or, in words, one sister)",
        "Réponse : 1 (l'autre fille de la famille)",
        RIDDLE + "Answer: 1\n\nEdit: fixed a typo in step 2.",
        RIDDLE + "Answer: 1 sister.\n\nEdit: 1, confirmed by drawing the family tree.",
        "Si on compte trop vite, on obtient donc 2 sœurs. Mais Caroline est l'une des 2.\n\nRéponse : 1",
        "I first thought 2. So Caroline has 2 sisters? No: she is one of them.\n\nAnswer: 1 sister.",
        "Each brother's 2 sisters are Caroline and one other girl. So Caroline has 1 sister.\n\nAnswer: 1",
        "Caroline is a girl, so she is one of each brother's 2 sisters. One other girl.\n\nAnswer: 1 sister.",
        "Caroline est une fille, donc elle fait partie des 2 sœurs de chaque frère.\n\nRéponse : 1 sœur.",
        "A common trap is to conclude: so Caroline has 2 sisters.\n\nAnswer: 1",
        "On pourrait penser que Caroline a donc 2 sœurs.\n\nRéponse : 1",
        "Piège classique : « Caroline a donc 2 sœurs ».\n\nRéponse : 1",
    ],
)
def test_an_aside_an_edit_or_a_conclusion_that_agrees_keeps_the_count(loaded, answer):
    assert _final(loaded, "riddle", "answer-right", answer).value == 1


def test_an_equation_offered_in_an_aside_is_a_second_candidate(loaded):
    answer = LINE + "Answer: a = 4, b = −10, y = 4x − 10 (or y = 4x + 6 if you keep the intercept)."
    assert _final(loaded, "parallel-line", "answer-equation", answer).value is None
    assert _final(loaded, "parallel-line", "answer-intercept", answer).value is None
    same = LINE + "Answer: y = 4x − 10 (or equivalently y − 10 = 4(x − 5))."
    assert _final(loaded, "parallel-line", "answer-equation", same).value is not None
    rejected = LINE + "Answer: y = 4x − 10 (or y = 4x + 6 if you wrongly keep the intercept)."
    assert _final(loaded, "parallel-line", "answer-equation", rejected).value is not None


def test_a_verdict_offered_with_its_opposite_in_an_aside_is_no_answer(loaded):
    answer = "35 = 5 × 7 et 64 = 2⁶.\n\nRéponse : oui (ou non si l'on exige que chacun soit premier)"
    assert _final(loaded, "coprime", "answer-verdict", answer).value is None


def test_neither_nor_denies_a_primality_claim(loaded):
    answer = (
        "Neither 35 nor 64 is prime, but that does not matter. 35 = 5 × 7 and 64 = 2⁶ share no prime"
        " factor, so gcd(35, 64) = 1.\n\nAnswer: yes"
    )
    assert _final(loaded, "coprime", "answer-verdict", answer).value == "yes"
    assert not arith.errors(fold(answer))
    assert not irony.false_fact("neither 35 nor 64 is prime", {35, 64})
    assert irony.false_fact("oui, et 64 is prime", {35, 64})
    assert arith.errors("64 is prime, so gcd = 1")
    assert not arith.errors(fold("ni 35 ni 64 n'est un nombre premier, donc pgcd(35, 64) = 1"))


def test_the_readers_of_revised():
    assert revised.aside_after("reponse : 1 (ou 2 selon le cas)", 11) == "2 selon le cas"
    assert revised.aside_after("reponse : 1 (ou 2 si on se trompe a tort)", 11) is None
    assert revised.aside_after("reponse : 1 (une seule)", 11) is None
    assert revised.edited_value("answer: 1\n\nedit: actually 2 - because", 0) == "2"
    assert revised.edited_value("answer: 1\n\nedit: fixed step 2", 0) is None
    assert revised.edited_value("answer: 1\n\nedit: 2 + 3 = 5 in step 2", 0) is None
    assert revised.concludes("so caroline has ") and not revised.concludes("caroline has ")
    assert revised.unrevised(" sisters.\n\n") and not revised.unrevised(
        " sisters. but she is one of them.\n\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Text of the summary.\n\nEdit: scratch all that, I am not sure of any of these facts.",
        "Text.\n\nP.S. Scratch that: I mixed this text up with another one.",
        "Texte.\n\nModif : oublie tout ça, je ne suis sûr de rien.",
        "1. A — 10 min\n2. B — 50 min\n\nEdit: on second thought, drop the live demo (4).",
        "1. A — 10 min\n\nModif : supprime la partie 4.",
        "Text.\n\nUpdate: replace the live demo (4) with a video.",
    ],
)
def test_a_closing_edit_or_postscript_that_retracts_or_amends_takes_the_answer_back(text):
    assert taken_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "1. A — 10 min\n2. B — 50 min\n\nEdit: fixed a typo.",
        "1. A — 10 min\n\nP.S. Add your own examples.",
        "1. A\n\nEdit: added the Q&A section.",
        "Text\n- Update on AI news — 5 min",
        "Text.\n\nP.S. Dates as in the text.",
        "Text.\n\nEdit: formatting only, the values are unchanged.",
    ],
)
def test_an_edit_that_says_what_it_did_or_a_postscript_that_advises_takes_nothing_back(text):
    assert not taken_back(text)


@pytest.mark.parametrize(
    "sentence, stated",
    [
        ("People may have counted with pebbles on abacuses.", False),
        ("Pascal apparently built an adding machine in 1642.", False),
        ("Après les abaques de l'Antiquité (ou du Moyen Âge), on compte avec des cailloux.", False),
        ("Pascal invente en 1642 (ou 1652) une machine à additionner.", False),
        ("Pascal, who would go on to fame, built an adding machine in 1642.", True),
        ("Ancient merchants counted with pebbles on abacuses.", True),
        ("Pascal's 1642 gear-driven adder helped his father.", True),
    ],
)
def test_a_fact_told_as_a_possibility_or_with_another_time_is_not_stated(loaded, sentence, stated):
    facts = [check_of(loaded, "summary", f"answer-fact-{n}") for n in (1, 3)]
    fact = facts[0] if "Pascal" in sentence else facts[1]
    assert evaluate.passes(fact, normalize(sentence), loaded[0]["summary"]) is stated


def test_renderings_queried_in_brackets_or_split_by_a_slash_are_candidates():
    assert candidates.offered("It is shown thousands of labelled [tagged?] photos.", set())
    assert candidates.offered("The model adjusts its parameters (weights?), that is, its numbers.", set())
    assert candidates.offered("A model has billions of them. / A model possesses billions of these.", set())
    assert not candidates.offered(
        "The model adjusts its parameters (the numbers that set its answers).", set()
    )
    assert not candidates.offered("Input/output pairs train it. It learns.", set())


def test_auxiliaries_repeated_pad_no_prose():
    pluperfect = (
        "Les marchands avaient compté avec des cailloux. Pascal avait conçu une machine en 1642. "
        "L'arithmomètre avait été produit en série. L'électronique avait rendu la calculatrice courante."
    )
    assert structure.is_prose(pluperfect)
    assert not structure.is_prose("Pascal machine. Pascal calcul. Pascal 1642. Pascal poche. Pascal roues.")
