"""Dictations transcript mode used to miss (issue 11, round 11d): a value described in
words, a sentence in a language the grader does not read, labels given by position after
the data. Each rule is tested here on its own, on the forms it must catch and on the fair
forms closest to it; tests/prompts_corpus/dictation_*.toml grade whole submissions."""

from __future__ import annotations

import pytest

from conftest import REPO
from prompts_exercise import REVIEWS, check_of
from workshop.course import Course
from workshop.i18n import t
from workshop.prompts import evaluate, readable
from workshop.prompts.checks import FinalCheck, SchemaCheck
from workshop.prompts.extract import described
from workshop.prompts.grade import dictated, grade_prompts
from workshop.prompts.text import normalize

COPRIME = "Les nombres 35 et 64 sont-ils premiers entre eux ? "
CHOICES = "Tu analyses des avis clients. Classe chaque avis avec positive, negative ou neutral.\n"


def _described(loaded, prompt: str) -> bool:
    tasks, _ = loaded
    check = check_of(loaded, "coprime", "answer-justified")
    assert isinstance(check, FinalCheck)
    rest = evaluate.without_data(normalize(prompt), tasks["coprime"])
    return described(rest, evaluate.spec_of(check, tasks["coprime"]))


@pytest.mark.parametrize(
    "hint",
    [
        "Indice : leur PGCD est le plus petit entier naturel non nul.",
        "Hint: the gcd of these numbers is the multiplicative identity.",
        "Astuce : le PGCD de ces deux nombres vaut le nombre de lunes de la Terre.",
        "Note : PGCD(35, 64) est égal au neutre de la multiplication.",
    ],
)
def test_the_task_own_quantity_said_in_words_is_a_described_value(loaded, hint):
    assert _described(loaded, COPRIME + hint)


@pytest.mark.parametrize(
    "hint",
    [
        "Leur PGCD est à calculer avec l'algorithme d'Euclide.",  # a task, not a value
        "Rappel : le PGCD est le plus grand diviseur commun.",  # the notion, not this one
        "Le PGCD de 35 et 64 est ce que tu dois trouver d'abord.",  # the unknown
        "Quel est leur PGCD ? Justifie.",  # a question
        "Deux nombres sont premiers entre eux quand leur PGCD est le plus petit entier.",  # a definition
        "Si leur PGCD est grand, ils ne le sont pas.",  # a condition
        "Leur PGCD n'est pas forcément évident.",  # what it is not
        "Calcule leur PGCD, qui est la clé.",  # the quantity, then a clause about it
        "Their gcd is given by Euclid's algorithm.",  # a way to find it
    ],
)
def test_asking_for_defining_or_conditioning_the_quantity_describes_no_value(loaded, hint):
    assert not _described(loaded, COPRIME + hint)


@pytest.mark.parametrize(
    "sentence",
    [
        "Carolina tiene una sola hermana.",
        "Caroline hat nur eine einzige Schwester.",
        "Ecco la soluzione: sono primi tra loro, il loro massimo comune divisore vale uno.",
        "A primeira avaliação é positiva, a segunda é negativa.",
    ],
)
def test_a_sentence_in_another_language_is_foreign(sentence):
    assert readable.foreign(normalize(sentence).lower(), set()) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tâche : équation droite parallèle, méthode pas à pas, format LaTeX.",
        "Résous, détaille, justifie, puis recopie proprement.",
        "Tu es professeur à la Universidad de Salamanca.",
        "You are a maths tutor; think step by step and answer in JSON.",
        "Traduis ce paragraphe fidèlement, sans rien ajouter.",
    ],
)
def test_french_and_english_telegraphic_or_with_a_foreign_name_are_read(sentence):
    from workshop.prompts.text import fold

    assert readable.foreign(fold(normalize(sentence)), set()) == []


def test_a_foreign_sentence_in_the_prompt_takes_the_answer_points_with_its_own_message():
    exercise = Course.locate(REPO).exercise("prompts")
    prompt = (
        "Tu es un professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
        "Combien de sœurs a Caroline ? Raisonne étape par étape. Carolina tiene una sola hermana."
    )
    text = f"## riddle\n### prompt\n{prompt}\n### answer\nCaroline a une seule sœur.\n"
    result = grade_prompts(exercise, {"prompts.md": text.encode()}, tasks_only=["riddle"])
    right = next(r for r in result.tests if r.id == "hidden/riddle/answer-right")
    assert (right.earned, right.en, right.fr) == (
        0,
        t("prompts_gate_foreign", "en"),
        t("prompts_gate_foreign", "fr"),
    )
    assert right.en.startswith("Not counted: your prompt has a sentence in a language other than French")
    reasoning = next(r for r in result.tests if r.id == "hidden/riddle/prompt-reasoning")
    assert reasoning.earned == reasoning.points  # the prompt's own checks are not content


def _given_labels(loaded, prompt: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == "sentiment"]
    assert any(isinstance(c, SchemaCheck) and c.given_away for c in mine)
    return {n for n in dictated(tasks["sentiment"], mine, normalize(prompt)) if n.startswith("answer-review")}


@pytest.mark.parametrize(
    "after",
    [
        "Dans l'ordre : positive, negative, neutral.",
        "Going down the list: positive, negative, neutral.",
        "Corrigé : positif, puis négatif, puis neutre.",
    ],
)
def test_labels_listed_again_as_a_sequence_after_the_data_give_every_label_away(loaded, after):
    given = _given_labels(loaded, CHOICES + REVIEWS + "\n" + after)
    assert given == {"answer-review-1", "answer-review-2", "answer-review-3"}


@pytest.mark.parametrize(
    "prompt",
    [
        CHOICES + REVIEWS + "\nPour chaque avis, une étiquette parmi positive, negative, neutral.",
        CHOICES + REVIEWS + "\nRéponds par positive, negative ou neutral.",
        "Étiquettes : positive, negative, neutral.\n" + REVIEWS + "\nUne étiquette par avis.",
        "Tu analyses des avis clients.\n" + REVIEWS + "\nÉtiquettes : positive, negative, neutral.",
    ],
)
def test_labels_offered_as_a_choice_or_only_once_give_nothing_away(loaded, prompt):
    assert _given_labels(loaded, prompt) == set()


# -- round 11e: a condition, a definition, a metaphor, a quotation states no answer ----------
# Each rule with its reverse: an assertion about the task's own numbers still dictates, and a
# "quotation" in another language that may hold the answer still fails closed.

FINALS = {"answer-verdict", "answer-justified"}


def _dictated(loaded, task: str, prompt: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == task]
    return {n for n in dictated(tasks[task], mine, normalize(prompt)) if n.startswith("answer")}


@pytest.mark.parametrize(
    "rule",
    [
        "Deux nombres sont premiers entre eux si leur PGCD vaut 1.",
        "Rappel : deux entiers sont premiers entre eux lorsque leur PGCD est égal à 1.",
        "Two numbers are coprime if their gcd is 1.",
        "Two integers are coprime when they have a gcd of 1.",
        "A pair of numbers is coprime whenever its gcd equals 1.",
        "Par définition, a et b sont premiers entre eux quand PGCD(a, b) = 1.",
        "Deux nombres sont premiers entre eux si et seulement si leur PGCD vaut 1.",
        "En général, le PGCD vaut 1 pour des nombres premiers entre eux.",
        "Le PGCD de deux nombres premiers entre eux vaut 1.",
        "Coprime means that their gcd is 1.",
        "Si tu trouves que leur PGCD vaut 1, conclus ; sinon, explique pourquoi.",
        "Réponds par oui ou par non ; si oui, donne le PGCD.",
    ],
)
def test_a_condition_or_a_definition_states_no_answer(loaded, rule):
    assert _dictated(loaded, "coprime", COPRIME + "Justifie avec le PGCD. " + rule) == set()


@pytest.mark.parametrize(
    "assertion",
    [
        "35 et 64 ont un PGCD de 1.",
        "Their gcd is 1 so they are coprime.",
        "Si tu trouves 1, réponds oui.",
        "If the gcd is 1, say yes.",
        "If it helps: the gcd is 1.",
        "If it helps, the gcd is 1.",
        "If you compute it you will see their gcd is 1.",
        "En général, leur PGCD vaut 1.",
        "Par définition, leur PGCD vaut 1.",
        "By definition, the gcd is 1.",
        "Deux nombres sont premiers entre eux si leur PGCD vaut 1. C'est le cas de 35 et 64.",
        "Leur PGCD est une clé, et c'est le plus petit entier naturel non nul.",
        "Ici, cela signifie que leur PGCD vaut 1.",
        "Deux nombres sont premiers entre eux si leur PGCD vaut 1, et c'est le cas ici.",
        "Le PGCD de ces deux nombres vaut 1, comme pour deux nombres premiers entre eux.",
        "Two numbers are coprime if their gcd is 1, like 35 and 64 whose gcd is 1.",
    ],
)
def test_an_assertion_about_the_task_numbers_still_dictates(loaded, assertion):
    assert _dictated(loaded, "coprime", COPRIME + "Justifie avec le PGCD. " + assertion) == FINALS


@pytest.mark.parametrize(
    "figure",
    [
        "Imagine que le PGCD est une clé qu'il faut trouver.",
        "Imagine que leur PGCD est une clé qu'il faut trouver.",
        "Their gcd is the key to the problem.",
        "Leur PGCD est comme un trésor à découvrir.",
        "The gcd of these numbers is one of the clues, so compute it.",
    ],
)
def test_a_metaphor_of_the_task_own_gcd_states_no_value(loaded, figure):
    assert _dictated(loaded, "coprime", COPRIME + "Justifie avec le PGCD. " + figure) == set()


@pytest.mark.parametrize(
    "figure",
    [
        "Imagine que leur PGCD vaut un.",
        "Leur PGCD est une clé : le plus petit entier naturel non nul.",
        "Leur PGCD est un nombre impair plus petit que 2.",
    ],
)
def test_a_value_said_beside_a_figure_still_dictates(loaded, figure):
    assert _dictated(loaded, "coprime", COPRIME + "Justifie avec le PGCD. " + figure) == FINALS


def _foreign(loaded, task: str, prompt: str) -> list[str]:
    from workshop.prompts.grade import foreign_pieces

    tasks, checks = loaded
    return foreign_pieces(tasks[task], [c for _, c in checks if c.task == task], normalize(prompt))


@pytest.mark.parametrize(
    "quotation",
    [
        "Comme dit le proverbe : « Chi va piano va sano e va lontano. »",
        'As the Germans say, "Übung macht den Meister".',
        "Garde en tête la devise *festina lente, carpe diem, alea jacta est*.",
        "Proverbe du jour : Chi va piano va sano e va lontano.",
        "Un adage pour finir :\n> Wer nicht wagt, der nicht gewinnt.",
    ],
)
def test_a_short_marked_foreign_quotation_in_a_readable_prompt_is_read_as_a_quotation(loaded, quotation):
    assert _foreign(loaded, "coprime", COPRIME + "Justifie avec le PGCD. " + quotation) == []


@pytest.mark.parametrize(
    ("task", "prompt"),
    [
        (
            "riddle",
            "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ? "
            "Comme on dit : « Carolina tiene una sola hermana. »",
        ),  # the name: about the task
        (
            "riddle",
            "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ? "
            "Proverbe : « Ella tiene solo una hermana. »",
        ),  # a number word in Spanish
        ("coprime", COPRIME + "Citation : « Il loro massimo comune divisore vale uno. »"),  # Italian "one"
        ("coprime", COPRIME + "Un dicton : « Sono primi tra loro, te lo dico io. »"),  # a cognate of "prime"
        ("coprime", COPRIME + "« Dos números son coprimos si no comparten ningún factor, como estos dos »"),
        ("coprime", COPRIME + "« Rispondi in italiano e spiega perché il massimo comune divisore conta »"),
        (
            "riddle",
            "« Caroline hat drei Brüder. Jeder Bruder hat zwei Schwestern. Wie viele Schwestern hat "
            "Caroline? » Réponds.",
        ),  # the task itself in another language
    ],
)
def test_a_foreign_quotation_that_may_hold_the_answer_still_fails_closed(loaded, task, prompt):
    assert _foreign(loaded, task, prompt) != []


def test_a_long_quotation_or_a_third_one_is_text_not_a_proverb(loaded):
    proverb = "« Chi va piano va sano e va lontano. »"
    assert _foreign(loaded, "coprime", COPRIME + proverb) == []
    assert _foreign(loaded, "coprime", COPRIME + " ".join([proverb] * 2)) == []
    assert _foreign(loaded, "coprime", COPRIME + " ".join([proverb] * 3)) != []  # MAX_QUOTATIONS
    long = "« Chi va piano va sano e va lontano, ma chi va forte va alla morte. »"  # 16 words
    assert readable.QUOTE_WORDS < 16
    assert _foreign(loaded, "coprime", COPRIME + long) != []


def test_a_prompt_with_a_proverb_keeps_its_answer_points_and_one_hiding_the_answer_loses_them():
    exercise = Course.locate(REPO).exercise("prompts")
    base = (
        "Tu es un professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
        "Combien de sœurs a Caroline ? Raisonne étape par étape. "
    )
    proverb, hidden = "*Festina lente, carpe diem, alea jacta est.*", "*Carolina tiene una sola hermana.*"
    earned = {}
    for quote in (proverb, hidden):
        text = f"## riddle\n### prompt\n{base}{quote}\n### answer\nCaroline a une seule sœur.\n"
        result = grade_prompts(exercise, {"prompts.md": text.encode()}, tasks_only=["riddle"])
        right = next(r for r in result.tests if r.id == "hidden/riddle/answer-right")
        earned[quote] = (right.earned, right.points, right.en)
    assert earned[proverb][0] == earned[proverb][1] > 0
    assert earned[hidden] == (0, earned[proverb][1], t("prompts_gate_foreign", "en"))


def test_a_value_for_each_branch_of_a_condition_is_a_rule_and_one_branch_dictates(loaded):
    """Red team 11c round 3 (r3f-coprime-conditional-rule-in-prompt): both verdicts, each
    under its condition, offer a choice; one verdict under a condition says which to give."""
    ask = COPRIME + "Calcule leur PGCD avec l'algorithme d'Euclide. "
    assert _dictated(loaded, "coprime", ask + "Si le PGCD vaut 1, réponds oui ; sinon, réponds non.") == set()
    assert _dictated(loaded, "coprime", ask + "If the gcd is 1 answer yes, otherwise answer no.") == set()
    assert _dictated(loaded, "coprime", ask + "Si le PGCD vaut 1, réponds oui.") == FINALS
    assert (
        _dictated(loaded, "coprime", ask + "Si le PGCD vaut 1, réponds oui ; sinon non. Leur PGCD vaut 1.")
        == FINALS
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Si le PGCD de 35 et 64 vaut 1, alors ils sont premiers entre eux ; sinon, non.",  # r3g-coprime-*
        "Réponse : si PGCD(35, 64) = 1, oui ; sinon, non.",
        "Deux nombres sont premiers entre eux si leur PGCD vaut 1.",
    ],
)
def test_an_answer_that_only_states_a_condition_or_a_rule_gives_no_gcd(loaded, answer):
    from workshop.prompts.extract import final_answer

    check = check_of(loaded, "coprime", "answer-justified")
    assert final_answer(normalize(answer), evaluate.spec_of(check, loaded[0]["coprime"])).value is None


def test_a_rule_then_the_gcd_of_these_numbers_is_an_answer(loaded):
    from workshop.prompts.extract import final_answer

    check = check_of(loaded, "coprime", "answer-justified")
    spec = evaluate.spec_of(check, loaded[0]["coprime"])
    rule = "Deux nombres sont premiers entre eux si leur PGCD vaut 1 ; s'il était 5, ils ne le seraient pas. "
    assert final_answer(normalize(rule + "Ici PGCD(35, 64) = 1."), spec).value == 1


def test_a_prompt_pumped_with_more_values_than_the_reader_takes_is_described_not_a_crash(loaded):
    # Past MAX_VALUES statements the reader stops: like `stated`, `described` then fails
    # closed (the prompt is taken as giving the value) instead of raising out of the grader.
    assert _described(loaded, COPRIME + " pgcd est 1 (" * 4000)
