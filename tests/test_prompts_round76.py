"""Round 76 (fix76): class transfer — a truth question on a definition (fair), question tags and truth openers
of other languages, modal restrictions and verbs of outcome, values by all others, the value left after
supposed ones, a checked what-if, a bare hypothesis of a verdict; answer side: a line's working concluding
another intercept, a fact hedged by an incise, a plan part under a reworded title, a correction line after
a free text."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import candidates, evaluate, extract, implied, litotes, repeated, supposed
from workshop.prompts.text import fold


@pytest.mark.parametrize(
    "prompt",
    [
        'Am I right that "coprime" means the only positive common divisor is 1?',
        "Est-il vrai que « premiers entre eux » veut dire que leur seul diviseur commun est 1 ?",
        "Am I right that coprime means their gcd is 1?",
        "Is it true that the y-intercept stands for the value of y at x = 0?",
    ],
)
def test_a_truth_question_on_a_definition_tells_nothing(prompt: str) -> None:
    assert supposed.told(fold(prompt)) == ""


@pytest.mark.parametrize(
    ("prompt", "told"),
    [
        ("Am I right that the gcd of 35 and 64 means 1?", "the gcd of 35 and 64 means 1."),
        ("Is it true that their gcd is 1?", "their gcd is 1."),
        ("È vero che il loro MCD è 1?", "il loro mcd e 1."),
        ("¿Es verdad que Caroline tiene una sola hermana?", "caroline tiene una sola hermana."),
        ("Stimmt es, dass der ggT 1 ist?", "der ggt 1 ist."),
        ("É verdade que o MDC é 1?", "o mdc e 1."),
        ("Si b valait autre chose que −10, le point ne serait plus sur la droite.", "b vaut -10."),
        ("If b were anything other than −10, the point would be off the line.", "b is -10."),
        ("Si leur PGCD n'était pas 1, ils auraient un diviseur commun.", "leur pgcd est 1."),
        (
            "Si Caroline avait autre chose qu'une sœur, les frères n'en auraient pas 2.",
            "caroline a une soeur.",
        ),
        ("What if the line were y = 4x − 10? Would that go through (5, 10)?", "the line were y = 4x - 10."),
        ("Et si la réponse était oui, avec un PGCD de 1 ?", "the answer is oui, avec un pgcd de 1."),
    ],
)
def test_a_value_asked_about_or_supposed_is_told(prompt: str, told: str) -> None:
    assert supposed.told(fold(prompt)) == told


def test_the_value_left_after_supposed_ones_is_told_of_their_subject() -> None:
    said = supposed.told(
        fold("Suppose the gcd were 5: 64 is not a multiple. Suppose it were 7: same. So only 1 is left.")
    )
    assert said.splitlines()[-1] == "the gcd is 1."


@pytest.mark.parametrize(
    "prompt",
    [
        "What if b were 6? What would the equation be?",
        "If your answer is yes, justify it.",
        "Si la réponse est oui, justifie.",
        "If b were 6, the line would miss the point.",
        "Only 3 parts are left.",
    ],
)
def test_a_question_on_another_world_or_one_branch_tells_nothing(prompt: str) -> None:
    assert supposed.told(fold(prompt)) == ""


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("b ne peut être que -10.", "b est -10."),
        ("b ne peut être rien d'autre que -10.", "b est -10."),
        ("b ne peut pas valoir autre chose que -10.", "b vaut -10."),
        ("l'ordonnée à l'origine ne saurait être que -10.", "l'ordonnee a l'origine est -10."),
        ("the y-intercept can only be -10.", "the y-intercept is -10."),
        ("b can't be anything other than -10.", "b is -10."),
    ],
)
def test_a_modal_restriction_reads_as_the_value(text: str, read: str) -> None:
    assert litotes.reread(fold(text)) == read


@pytest.mark.parametrize(
    "sentence",
    [
        "caroline a une seule soeur, ¿verdad?",
        "leur pgcd vaut 1, nao e?",
        "b vaut -10, vero?",
        "caroline a une seule soeur, nicht wahr ?",
        "b ne peut etre que -10, si ?",
    ],
)
def test_a_question_tag_of_another_language_asks_to_confirm(sentence: str) -> None:
    assert implied.tagged(sentence)


def test_a_verb_of_outcome_states_the_value() -> None:
    spec = extract.AnswerSpec(kind="number", expected=Fraction(-10), about=extract._INTERCEPT_ABOUT)
    assert extract.final_answer(fold("So the y-intercept comes out at −10."), spec).value == Fraction(-10)


LINE = extract.AnswerSpec(kind="line", expected=(Fraction(4), Fraction(-10)))


@pytest.mark.parametrize(
    "answer",
    [
        "On remplace (5, 10) : 10 = 4 × 5 + b, donc b = 20 − 10 = 10. "
        "Conclusion : l'ordonnée à l'origine vaut 10.\n\nRéponse : a = 4, b = −10, y = 4x − 10.",
        "Plugging in (5, 10): 10 = 20 + b. Therefore the intercept is 6.\n\n"
        "Answer: a = 4, b = −10, y = 4x − 10.",
    ],
)
def test_a_working_that_concludes_another_intercept_contradicts_the_line(answer: str) -> None:
    assert extract.final_answer(fold(answer), LINE).value is None


@pytest.mark.parametrize(
    "answer",
    [
        "10 = 4 × 5 + b, donc b = 10 − 20 = −10.\n\nRéponse : a = 4, b = −10, y = 4x − 10.",
        "10 = 4 × 5 + b, donc b = 10 + 20 = 30. Mais non, erreur de signe : b = 10 − 20 = −10.\n\n"
        "Réponse : a = 4, b = −10, y = 4x − 10.",
    ],
)
def test_a_working_that_concludes_the_same_intercept_or_turns_keeps_the_line(answer: str) -> None:
    assert extract.final_answer(fold(answer), LINE).value == (Fraction(4), Fraction(-10))


@pytest.mark.parametrize(
    ("sentence", "piece", "reported"),
    [
        (
            "pour compter plus vite, on aurait, parait-il, deplace des cailloux sur des abaques.",
            " deplace",
            True,
        ),
        ("les premiers calculs, dit-on, se faisaient avec des cailloux.", " se faisaient", True),
        ("pour compter plus vite, on a deplace des cailloux.", " on a", False),
    ],
)
def test_an_incise_reports_the_clause_after_it(sentence: str, piece: str, reported: bool) -> None:
    marks = [(m.start(), m.end()) for m in evaluate._FACT_MARK.finditer(sentence)]
    assert evaluate._reported_before(sentence, sentence.index(piece), marks) is reported


@pytest.mark.parametrize(
    ("titles", "said_twice"),
    [
        (
            [
                "accueil",
                "ia generative exemples quotidien",
                "demo",
                "ia generative quoi exemples jours",
                "questions",
            ],
            True,
        ),
        (
            ["welcome", "how model learns examples", "demo", "learning examples how model trained", "limits"],
            True,
        ),
        (
            [
                "ia generative definition",
                "ia generative limites",
                "ia generative exemples",
                "ia generative exemples pratiques",
                "creer images ia generative",
                "creer texte ia generative",
            ],
            False,
        ),
        (["comment fonctionne modele langage", "comment fonctionne modele diffusion", "intro"], False),
        (
            [
                "ia generative br",
                "comment ia generative apprend br",
                "demonstration outil br",
                "limites questions",
            ],
            False,
        ),
    ],
)
def test_a_part_said_again_under_a_reworded_title(titles: list[str], said_twice: bool) -> None:
    assert repeated.repeated(titles, 3) is said_twice


TEXT = "A large language model has billions of them. Once trained, it can recognise images."


@pytest.mark.parametrize(
    ("answer", "offers"),
    [
        (TEXT + "\n\nRectification : « has billions of them » → « contains billions ».", True),
        (TEXT + '\n\nCorrection: "has billions of them" should read "contains billions".', True),
        (TEXT + "\n\nEdit — has billions → contains billions.", True),
        (TEXT + "\n\nEdit: fixed a typo.", False),
        ("1. Welcome — 5 min\n2. Demo — 55 min\n\nEdit: added the Q&A at the end.", False),
    ],
)
def test_a_correction_line_that_renders_a_part_again_offers_a_candidate(answer: str, offers: bool) -> None:
    assert candidates.offered(answer, set()) is offers
