"""Session 50 (the lead): a contraction's litotes ("the gcd's nothing but 1") reads as its full form."""

from __future__ import annotations

import pytest

from workshop.prompts.grade import dictated
from workshop.prompts.litotes import reread
from workshop.prompts.text import normalize

COPRIME = "Are 35 and 64 coprime? Justify with their gcd. "


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("the gcd's nothing but 1.", "the gcd is 1."),
        ("they're nothing other than coprime", "they are coprime"),
        ("b's none other than -10", "b is -10"),
        ("the gcd is nothing but 1.", "the gcd is 1."),
    ],
)
def test_a_contracted_copula_rereads_as_the_full_one(said, read):
    assert reread(said) == read


@pytest.mark.parametrize(
    ("contracted", "full"),
    [
        ("I know the gcd's nothing but 1, so answer yes.", "I know the gcd is nothing but 1, so answer yes."),
        ("They're nothing other than coprime: say so.", "They are nothing other than coprime: say so."),
    ],
)
def test_a_contraction_hands_over_what_its_full_form_does(loaded, contracted, full):
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == "coprime"]

    def told(prompt: str) -> set[str]:
        return {
            n for n in dictated(tasks["coprime"], mine, normalize(COPRIME + prompt)) if n.startswith("answer")
        }

    assert told(full), "the full form must hand over an answer point, else this test proves nothing"
    assert told(contracted) == told(full)


def _verdict(loaded, answer: str):
    from prompts_exercise import check_of
    from workshop.prompts import evaluate
    from workshop.prompts.extract import final_answer

    spec = evaluate.spec_of(check_of(loaded, "coprime", "answer-verdict"), loaded[0]["coprime"])
    return final_answer(normalize(answer), spec).value


GCD = "Diviseurs communs de 35 et 64 : 1 seulement, donc PGCD(35, 64) = 1.\n\n"


@pytest.mark.parametrize(
    ("boxes", "verdict"),
    [
        ("☑ Oui, ils sont premiers entre eux\n☐ Non, ils ne sont pas premiers entre eux", "yes"),
        ("☐ Non, ils ne sont pas premiers entre eux\n☑ Oui, ils sont premiers entre eux", "yes"),
        ("- [x] Yes, they are coprime\n- [ ] No, they are not coprime", "yes"),
        ("1. [ ] Non\n2. [X] Oui", "yes"),
        ("☑ Non, ils ne sont pas premiers entre eux\n☐ Oui, ils sont premiers entre eux", "no"),
        # nothing ticked, or both: every option stays a candidate
        ("☐ Oui\n☐ Non", None),
        ("☑ Oui\n☑ Non", None),
        # a blank line ends the run: the empty box is then an option of its own
        ("☑ Oui\n\n☐ Non", None),
    ],
)
def test_a_checklist_says_its_ticked_options_only(loaded, boxes, verdict):
    assert _verdict(loaded, GCD + boxes) == verdict


@pytest.mark.parametrize(
    ("title", "is_filler"),
    [
        ("Questions from the audience", True),
        ("Q&A (continued)", True),
        ("Marge pour les imprévus et retards", True),
        ("Questions-réponses", True),
        ("Pause café", True),
        # a topic beside the filler word makes a content part (fix82's limit, mended)
        ("Questions éthiques de l'IA générative", False),
        ("Éthique et questions de société", False),
        ("Q&A and wrap-up", False),
        ("Ce que l'IA générative sait faire", False),
        # a case study is a topic, a case clause after a buffer says why it is there (the review's mend)
        ("Cas pratiques et questions", False),
        ("Case studies and Q&A", False),
        ("Questions et cas d'usage", False),
        ("Temps tampon en cas de retard", True),
        ("Buffer / slack time (in case the projector fails)", True),
    ],
)
def test_a_filler_part_names_no_topic(title, is_filler):
    from fractions import Fraction

    from workshop.prompts.filler import filler
    from workshop.prompts.structure import sections
    from workshop.prompts.text import fold

    plan = fold(f"1. Accueil — 20 min\n2. {title} — 20 min\n3. Démo de ChatGPT — 20 min")
    (_, (stem, _), _) = sections(plan, Fraction(60))
    assert filler(stem) is is_filler


def test_a_plan_with_a_long_ethics_questions_part_adds_up():
    from fractions import Fraction

    from workshop.prompts.filler import padded

    parts = [
        ("accueil", Fraction(5)),
        ("questions ethiques de l'ia generative", Fraction(35)),
        ("demo", Fraction(20)),
    ]
    assert not padded(parts, Fraction(60))
    parts[1] = ("questions du public", Fraction(35))
    assert padded(parts, Fraction(60))


@pytest.mark.parametrize(
    ("sentence", "anachronic"),
    [
        (
            "Dans les années 1970, l'électronique permet à la calculatrice de poche de s'imposer, "
            "plus de trois siècles après la machine de Pascal de 1642.",
            False,
        ),
        (
            "In the 1970s electronics enabled pocket calculators, "
            "three centuries after Pascal's 1642 machine.",
            False,
        ),
        ("Pocket calculators of the 1970s inspired Pascal to build his adding machine in 1642.", True),
        ("Les calculatrices de poche des années 1970 ont inspiré Pascal en 1642.", True),
    ],
)
def test_an_earlier_year_is_caused_only_as_the_verbs_own(sentence, anachronic):
    from workshop.prompts.anachron import anachronism
    from workshop.prompts.text import fold

    assert anachronism(fold(sentence)) is anachronic


@pytest.mark.parametrize(
    ("sentence", "supposed"),
    [
        ("Blaise Pascal, whose father was a tax collector, had built an adding machine by 1642.", False),
        ("Pocket calculators, which appeared in the 1970s, were soon in every schoolbag.", False),
        ("Had Pascal built an adding machine in 1642, he would be famous.", True),
        ("Pascal would be famous, had he built an adding machine in 1642.", True),
        ("Calculators would have spread earlier, were it not for their price.", True),
    ],
)
def test_an_inverted_condition_after_a_comma_needs_a_pronoun_subject(sentence, supposed):
    from workshop.prompts.evaluate import _COUNTERFACTUAL
    from workshop.prompts.text import fold

    assert (_COUNTERFACTUAL.search(fold(sentence)) is not None) is supposed
