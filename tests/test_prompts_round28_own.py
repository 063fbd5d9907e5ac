"""Issue 11ay's own variants of round 28's false refusals of answer-faithful (red team
redteam28), written against ce66009 before the fix and in other words than theirs: a
negation that keeps the meaning (a litotes, "not unlike", "anything but", "far from", "pas
donné", a double negation "no X without Y", "jamais ... sans", "without being the least bit
un-X", "sans le moindre doute") and a term a sentence goes beyond ("ne se contente pas
d'additionner", "does more than add") keep answer-faithful; the near-miss next to each, where
the negation really flips the meaning, still loses it (and only it). Whole submissions are
graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import SUMMARY, TRANSLATION  # noqa: E402

TRANSLATE = "Tu es traducteur technique. Traduis ce paragraphe en anglais.\n\n{traduction_text}"
RESUME = (
    "Jadis, on comptait avec des cailloux sur des abaques. En 1642, Blaise Pascal, dix-neuf "
    "ans, conçoit la Pascaline pour aider son père. "
    "Dans les années 1960, les calculatrices sont lourdes et chères ; la calculatrice de poche "
    "arrive au début des années 1970, et la HP-35 calcule les sinus."
)
SUMMARY_EN = (
    "Ancient merchants counted with pebbles on abacuses. In 1642, nineteen-year-old Blaise Pascal built "
    "the Pascaline to help his father. In the 1960s, electronic desk calculators were heavy and costly; "
    "pocket calculators arrived in the early 1970s, and the HP-35 computed sines."
)
SUMMARIZE_EN = (
    "You are a science journalist. Summarise this French text in English, in at most 60 words, in your "
    "own words.\n\n{summary_text}"
)


def _all_kept(got: dict[str, float]) -> None:
    assert all(corpus.answer_points(got).values()), got


_WRONG = "but it can also be wrong with great confidence"
_MISTAKE = "After each mistake, the model slightly adjusts its parameters"
TRANSLATION_FAIR = {
    "without-the-least-bit-unsure": corpus.swap(
        TRANSLATION, _WRONG, "but it can also be wrong without being at all unsure"
    ),
    "not-in-the-least-uncertain": corpus.swap(
        TRANSLATION, _WRONG, "but it can also be wrong while not in the least uncertain"
    ),
    "without-the-slightest-doubt": corpus.swap(
        TRANSLATION, _WRONG, "but it can also be wrong without the slightest doubt"
    ),
    "never-a-mistake-without": corpus.swap(
        TRANSLATION, _MISTAKE, "Never does it make a mistake without slightly adjusting its parameters"
    ),
    "not-one-error-without": corpus.swap(
        TRANSLATION, _MISTAKE, "Not one error passes without the model slightly adjusting its parameters"
    ),
}
TRANSLATION_GAMED = {
    "without-being-sure": corpus.swap(
        TRANSLATION, _WRONG, "but it can also be wrong without being at all sure"
    ),
    "not-in-the-least-certain": corpus.swap(
        TRANSLATION, _WRONG, "but it can also be wrong while not in the least certain"
    ),
    "with-some-doubt": corpus.swap(TRANSLATION, _WRONG, "but it can also be wrong with some doubt"),
    "never-a-mistake-with": corpus.swap(
        TRANSLATION, _MISTAKE, "Never does a mistake make the model adjust its parameters"
    ),
    "not-one-error-changes": corpus.swap(
        TRANSLATION, _MISTAKE, "Not one error leads the model to slightly adjust its parameters"
    ),
}

_HEAVY_FR = "sont lourdes et chères"
_HEAVY_EN = "were heavy and costly"
_HP_FR = "la HP-35 calcule les sinus"
_HP_EN = "the HP-35 computed sines"
SUMMARY_FAIR = {
    "loin-d-etre-bon-marche": (
        SUMMARY,
        corpus.swap(RESUME, _HEAVY_FR, "sont lourdes et loin d'être bon marché"),
    ),
    "guere-legeres": (SUMMARY, corpus.swap(RESUME, _HEAVY_FR, "ne sont guère légères et coûtent cher")),
    "pas-vraiment-bon-marche": (
        SUMMARY,
        corpus.swap(RESUME, _HEAVY_FR, "sont lourdes et pas vraiment bon marché"),
    ),
    "ne-fait-pas-qu-additionner": (
        SUMMARY,
        corpus.swap(RESUME, _HP_FR, "la HP-35 ne fait pas qu'additionner : elle calcule les sinus"),
    ),
    "en-far-from-light": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, _HEAVY_EN, "were far from light and costly")),
    "en-anything-but-cheap": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _HEAVY_EN, "were heavy and anything but cheap"),
    ),
    "en-hardly-inexpensive": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _HEAVY_EN, "were heavy and hardly inexpensive"),
    ),
    "en-does-more-than-add": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _HP_EN, "the HP-35 did more than add: it computed sines"),
    ),
    "en-not-just-add": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _HP_EN, "the HP-35 did not just add but computed sines"),
    ),
}
SUMMARY_GAMED = {
    "loin-d-etre-lourdes": (
        SUMMARY,
        corpus.swap(RESUME, _HEAVY_FR, "sont loin d'être lourdes et coûtent cher"),
    ),
    "guere-lourdes": (SUMMARY, corpus.swap(RESUME, _HEAVY_FR, "ne sont guère lourdes et coûtent cher")),
    "pas-vraiment-cheres": (SUMMARY, corpus.swap(RESUME, _HEAVY_FR, "sont lourdes et pas vraiment chères")),
    "se-contente-d-additionner": (SUMMARY, corpus.swap(RESUME, _HP_FR, "la HP-35 se contente d'additionner")),
    "en-far-from-heavy": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, _HEAVY_EN, "were far from heavy and costly")),
    "en-anything-but-expensive": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _HEAVY_EN, "were heavy and anything but expensive"),
    ),
    "en-hardly-costly": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, _HEAVY_EN, "were heavy and hardly costly")),
    "en-only-adds": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, _HP_EN, "the HP-35 could only add")),
}


@pytest.mark.parametrize("answer", TRANSLATION_FAIR.values(), ids=TRANSLATION_FAIR.keys())
def test_a_translation_whose_negations_keep_the_meaning_keeps_faithful(prompts, answer):
    _all_kept(corpus.earned(prompts, "traduction", TRANSLATE, answer))


@pytest.mark.parametrize("answer", TRANSLATION_GAMED.values(), ids=TRANSLATION_GAMED.keys())
def test_a_translation_whose_negation_flips_the_meaning_loses_faithful_only(prompts, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "traduction", TRANSLATE, answer))


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_FAIR.values(), ids=SUMMARY_FAIR.keys())
def test_a_summary_whose_negations_keep_the_meaning_keeps_faithful(prompts, prompt, answer):
    _all_kept(corpus.earned(prompts, "summary", prompt, answer))


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_GAMED.values(), ids=SUMMARY_GAMED.keys())
def test_a_summary_whose_negation_flips_the_meaning_loses_faithful_only(prompts, prompt, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "summary", prompt, answer))


# -- prompt-role: a work made for an event or a place is a context (round 28's one rubric loss) --
ROLE_GIVEN = [
    "Tu écris le texte d'une dictée pour un concours d'orthographe. Résume ce texte.",
    "You are writing a short text for a spelling contest. Summarise this text.",
    "Tu rédiges un cartel pour une exposition d'histoire des sciences. Résume ce texte.",
    "You write a label for a science museum. Summarise this text.",
]
ROLE_NOT_GIVEN = [
    "Tu écris le texte d'une dictée. Résume ce texte.",
    "You are writing a short text. Summarise this text.",
    "Résume ce texte pour le concours.",
]


@pytest.mark.parametrize("prompt", ROLE_GIVEN)
def test_a_work_made_for_a_contest_or_an_exhibition_is_a_context(prompt):
    from workshop.prompts.structure import does

    assert does("role", prompt)


@pytest.mark.parametrize("prompt", ROLE_NOT_GIVEN)
def test_a_work_for_no_event_nor_place_is_no_context(prompt):
    from workshop.prompts.structure import does

    assert not does("role", prompt)
