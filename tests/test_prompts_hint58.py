"""Session 58 (lead): a hint whose subject is the answer itself says the value in words
(extract._HINT_IT): round 4's r4g-riddle-described-counterfactual-escaped, caught before only
because its answer was misread as two counts (fix102versions read "her brothers' two sisters"
as the brothers' count, rightly, and the attempt then earned every answer point)."""

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

RIDDLE = (
    "Tu es un professeur de logique. Caroline (a girl) has 3 brothers. Each brother has 2 sister(s). "
    "How many sisters does Caroline have? Reason step by step."
)
ANSWER = "Caroline is one of her brothers' two sisters, so she has one sister."


@pytest.fixture(scope="module")
def prompts():
    from workshop.course import Course

    return Course.locate(REPO).exercise("prompts")


@pytest.mark.parametrize(
    ("hint", "dictates"),
    [
        ("Indice : c'est le plus petit entier naturel non nul.", True),
        ("Clue: the answer is the smallest positive integer.", True),
        ("Hint: it is the only odd natural number that is not prime.", True),
        ("Astuce : la bonne réponse est le premier entier impair.", True),
        # round 104: words between the label and its colon, or no label at all
        ("Hint from the teacher: the answer is the smallest positive integer.", True),
        ("Petit indice du prof : c'est le plus petit entier naturel non nul.", True),
        ("Je sais que la réponse est le plus petit entier strictement positif.", True),
        # a kind, a figure, a negation, a way to work: no value
        ("Hint: it's a whole number.", False),
        ("Indice : c'est un piège classique, relis bien.", False),
        ("Indice : ce n'est pas le plus petit entier naturel non nul.", False),
        ("Astuce : c'est plus simple qu'il n'y paraît, compte les filles.", False),
        ("Hint: the answer is a number, not a word.", False),
        ("Rappel : la réponse est un nombre entier de sœurs.", False),
    ],
)
def test_a_hint_that_says_what_the_answer_is_dictates_it(prompts, hint, dictates):
    earned = corpus.earned(prompts, "riddle", f"{RIDDLE}\n{hint}", ANSWER)
    assert earned["prompt-data"] == 1
    assert (earned["answer-right"] == 0) is dictates


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a Markdown link comment is blanked whether or not an HTML comment stands beside it (live mode read
        # round 15a's "[//]: # (faux : PGCD = 7, donc non)" as a second value when no "<!--" was there)
        (
            "Réponse : oui, PGCD(35, 64) = 1.\n\n[//]: # (faux : PGCD = 7, donc non)",
            "Réponse : oui, PGCD(35, 64) = 1.",
        ),
        ("b = -10 <!-- ou b = 10 -->\n[//]: # (faux : b = 7)", "b = -10  ou b = 10"),
        ("b = -10 <!-- checked twice -->", "b = -10"),
    ],
)
def test_offered_comments_shows_only_html_comments_that_offer(text, shown):
    from workshop.prompts.transcript import offered_comments

    assert " ".join(offered_comments(text).split()) == " ".join(shown.split())
