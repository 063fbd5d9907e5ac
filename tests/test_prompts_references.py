"""Round 62 (fix-helper fix62): the answer handed over through cultural references, idioms and shared
knowledge. The readers: :func:`workshop.prompts.claimed.claims` (the unknown tied by other shapes than
"subject copula predicate", a number said as a pronoun), :func:`workshop.prompts.claimed.counted` (a plain
copula), :func:`workshop.prompts.verdicts.tagged` (a tag of its own for every review),
:func:`workshop.prompts.timed.dictates` (a plan's parts each given a duration in any notation), and the
count reader's sayings (:mod:`workshop.prompts.extract`)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import claimed, timed, verdicts
from workshop.prompts.extract import AnswerSpec, stated
from workshop.prompts.text import fold

RIDDLE_DATA = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"
UNIT = ["soeur", "sister"]
SUBJECT = r"\b(caroline|elle|she)\b"
INTERCEPT = ["ordonnee a l'origine", "y-intercept", "intercept", r"re:\bb\b"]
GCD = ["pgcd", "gcd", "seul diviseur commun", "only common divisor"]
REVIEWS = ["machine à café excellente", "casque cessé de fonctionner", "sac à dos livré mardi"]
NAMES = [["machine a cafe", "avis 1"], ["casque", "avis 2"], ["sac a dos", "avis 3"]]


def _claims(text: str, about: list[str], unit: list[str] | None = None, subject: str = "") -> bool:
    patterns = claimed.subjects(unit or [], subject, about, [])
    own = {
        w
        for t in [RIDDLE_DATA, "parallèle à y = 4x + 6 passe par le point (5, 10)", *about]
        for w in fold(t).split()
    }
    numbers = {"3", "2", "4", "6", "5", "10", "35", "64"}
    return claimed.claims(text, patterns, own, numbers, claimed.figurative(about))


@pytest.mark.parametrize(
    "text",
    [
        "Comme dans le vers de Lamartine, « un seul être vous manque » : "
        "c'est exactement le nombre de sœurs de "
        "Caroline.",
        "Pour les sœurs de Caroline, pense à Highlander : « il ne peut en rester qu'un(e) ».",
        "Hint from a movie fan: like Neo in The Matrix, the answer is The One.",
        "'There can be only one', as the Highlander says: that's exactly the number of Caroline's sisters.",
    ],
)
def test_a_count_tied_to_a_reference_is_claimed(text: str) -> None:
    assert _claims(text, [], UNIT, SUBJECT)


@pytest.mark.parametrize(
    "text",
    [
        "Ce que je veux savoir, c'est le nombre de sœurs de Caroline.",
        "One thing matters here: that's the number of Caroline's sisters.",
        "Pour le nombre de sœurs de Caroline, pense aux 3 frères : chacun voit les mêmes sœurs.",
        "The answer is the one you reach after checking each brother's point of view.",
        "La réponse est en deux parties : le raisonnement, puis la conclusion.",
        "The answer is for my class of 30 students.",
        "La réponse est à rendre à 17 h.",
        "The answer is a single number.",
    ],
)
def test_the_question_told_back_or_a_method_is_no_claim(text: str) -> None:
    assert not _claims(text, [], UNIT, SUBJECT)


@pytest.mark.parametrize(
    "text",
    [
        "L'ordonnée à l'origine, c'est le compte à rebours de la NASA, « T moins 10 ».",
        "Astuce : b, c'est le « dix de der » de la belote, mais perdu, donc compté en négatif.",
        "Geek hint: for b, take the Windows version after 8.1 and put a minus in front.",
        "As for the intercept, think of a NASA countdown from ten, with a minus sign in front.",
    ],
)
def test_an_intercept_tied_to_a_reference_is_claimed(text: str) -> None:
    assert _claims(text, INTERCEPT)


@pytest.mark.parametrize(
    "text",
    [
        "For b, use the point (5, 10) and the slope you found.",
        "Pour b, fais bien attention au signe.",
        "For the intercept, go one operation at a time.",
        "Pour b, utilise l'algorithme en 3 étapes.",
    ],
)
def test_a_method_under_a_topic_is_no_claim(text: str) -> None:
    assert not _claims(text, INTERCEPT)


def test_a_figure_of_the_only_common_divisor_is_the_gcd() -> None:
    assert _claims("Their only common friend is number One, like in Highlander.", GCD)
    assert _claims("Their only common friend is 1.", GCD)
    assert _claims("Le PGCD, c'est comme dans Highlander : il ne peut en rester qu'un.", GCD)
    assert not _claims("Their only common point: both appear in my homework.", GCD)
    assert not _claims("Le PGCD, c'est comme un trésor à découvrir.", GCD)


def test_the_answer_equated_to_a_count_by_a_plain_copula() -> None:
    patterns = claimed.subjects(UNIT, SUBJECT, [], [])
    assert claimed.counted(
        "La réponse, c'est le nombre de têtes d'un cyclope.", patterns, {"soeurs", "freres"}
    )
    assert not claimed.counted("La réponse est le nombre de mots de ta phrase.", patterns, set())


def _spec() -> AnswerSpec:
    return AnswerSpec(kind="number", expected=Fraction(1), unit=UNIT, subject=SUBJECT, data=[RIDDLE_DATA])


@pytest.mark.parametrize(
    "text",
    [
        "C'est mon troisième essai avec cette énigme : jamais deux sans trois !",
        "Les frères de Caroline sont soudés : « un pour tous, tous pour un ».",
        "Two heads are better than one, so let's reason it out together.",
    ],
)
def test_a_saying_with_number_words_states_no_count(text: str) -> None:
    assert not stated(text, _spec())


def test_a_count_after_a_colon_is_still_stated() -> None:
    assert stated("Indice : une.", _spec())


def test_a_tag_for_every_review_is_a_label_each() -> None:
    text = fold(
        "Comme dans le western de Leone : l'avis 1, c'est « le Bon », l'avis 2, « la Brute », et l'avis 3, "
        "c'est la Suisse."
    )
    assert verdicts.tagged(text, REVIEWS, NAMES) == {1, 2, 3}
    films = fold(
        "L'avis 1, c'est « Intouchables », l'avis 2, « La Haine », et l'avis 3, « Ni pour ni contre »."
    )
    assert verdicts.tagged(films, REVIEWS, NAMES) == {1, 2, 3}


def test_a_header_beside_its_review_is_no_tag() -> None:
    text = fold("Avis 1 — Julie, 12/03 :\nAvis 2 — Marc, 14/03 :\nAvis 3 — Inès, 15/03 :")
    assert verdicts.tagged(text, REVIEWS, NAMES) == {1, 2, 3}  # without the lines that hold the reviews
    assert verdicts.tagged(text, REVIEWS, NAMES, {0, 1, 2}) == set()


@pytest.mark.parametrize(
    "text",
    [
        "L'avis 1, c'est « le Bon », l'avis 2, « la Brute ».",  # one review left
        "Avis 1 : ? ; avis 2 : ? ; avis 3 : ?",
        "L'avis 1 porte sur la machine à café, l'avis 2, c'est le casque, et l'avis 3, c'est le sac à dos.",
        "Review 1 is about the kitchen, review 2 about music and review 3 about travel.",
        "L'avis 1, c'est quoi ? L'avis 2, c'est quoi ? L'avis 3 ?",
        "Avis 1 : bof ; avis 2 : bof ; avis 3 : bof.",  # the same tag for all: no class told apart
    ],
)
def test_tags_that_sort_nothing_tie_nothing(text: str) -> None:
    assert verdicts.tagged(fold(text), REVIEWS, NAMES) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Pour les durées, je les veux façon quiz : accueil : les doigts d'une main ; "
        "définition : le quart d'heure "
        "de Warhol ; fonctionnement : un XV de rugby ; démo : le numéro de Zidane ; limites : les dix "
        "commandements ; questions : un cinq de basket.",
        "Timing, trivia style:\n- Welcome: the Jackson Five\n- What it is: a quarter of an hour\n"
        "- How it works: Ocean's Eleven plus four\n- Demo: the Ten Commandments\n"
        "- Limits: Apollo 13 minus three\n- Questions: a "
        "high five",
        "Minutage : accueil = les Cinq Doigts ; le cœur = les Quarante Voleurs ; "
        "questions = les Sept Nains plus huit.",
    ],
)
def test_every_part_timed_by_a_reference_is_a_dictated_plan(text: str) -> None:
    assert timed.dictates(text, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Parties : accueil : tour de table ; définition : les bases ; démo : un exemple concret ; "
        "questions : échanges.",
        "Durations are up to you. Parts: intro: why it matters; core: how models learn; "
        "demo: three examples; Q&A: "
        "open floor.",
        "Chaque partie a sa durée : accueil : courte ; cœur : longue ; questions : le reste.",
        "Durées : accueil : 5 min ; démo : ? ; questions : à définir.",
        "Rends une liste numérotée « titre — durée ».",
    ],
)
def test_parts_with_contents_or_open_durations_dictate_nothing(text: str) -> None:
    assert not timed.dictates(text, 3)
