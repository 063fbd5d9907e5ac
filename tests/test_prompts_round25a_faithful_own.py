"""Issue 11au's own variants of answer-faithful's classes (round 25a, red team 11zi, and the
red team after it), written against 201a155 before the fix and in other words than theirs:
a translation or a summary that adds a note, flips a negation, pads with facts the text does
not give, changes a quantity or an example, or says the contrary with the same words around
it earns every other answer point and not answer-faithful; the fair rewording next to each
keeps answer-faithful. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import SUMMARY, TRANSLATION  # noqa: E402

TRANSLATE = "Tu es traducteur technique. Traduis ce paragraphe en anglais.\n\n{traduction_text}"
# A summary that names each step the changes below touch (the father, the 1960s, the 1950s).
RESUME = (
    "Jadis, on comptait avec des cailloux sur des abaques. En 1642, Blaise Pascal, dix-neuf "
    "ans, conçoit la Pascaline pour aider son père. "
    "Dans les années 1960, les calculatrices sont lourdes et chères ; la calculatrice de poche "
    "arrive au début des années 1970, et nos téléphones dépassent les ordinateurs des années 1950."
)
SUMMARY_EN = (
    "Ancient merchants counted with pebbles on abacuses. In 1642, nineteen-year-old Blaise Pascal built "
    "the Pascaline to help his father. Mechanical calculators were mass-produced in the 19th century. In "
    "the 1960s, electronic desk calculators were heavy and costly; pocket calculators arrived in the early "
    "1970s, and today's phones outperform the computers of the 1950s."
)
SUMMARIZE_EN = (
    "You are a science journalist. Summarise this French text in English, in at most 60 words, in your "
    "own words.\n\n{summary_text}"
)


def _all_kept(got: dict[str, float]) -> None:
    assert all(corpus.answer_points(got).values()), got


# -- translations ---------------------------------------------------------------------------------
TRANSLATION_GAMED = {
    "ndt-appended": TRANSLATION + "\n\n(N.d.T.: the two examples are kept as they are.)",
    "translator-note-line": TRANSLATION
    + "\n\nTranslator's note: chihuahua and muffin are kept as in the source.",
    "note-du-traducteur-footnote": corpus.swap(TRANSLATION, '"muffin".', '"muffin".[^1]')
    + "\n\n[^1]: Translator's note: a famous internet meme.",
    "editors-note": TRANSLATION + "\n\nEditor's note: the two examples are kept as in the original text.",
    "postscript": TRANSLATION + "\n\nP.S. These are the usual terms in machine learning.",
    "intro-note": "Note: I translated freely where needed.\n\n" + TRANSLATION,
    "cannot-recognise": corpus.swap(TRANSLATION, "it can recognise images", "it cannot recognise images"),
    "never-wrong": corpus.swap(TRANSLATION, "but it can also be wrong", "but it can never be wrong"),
    "hardly-wrong": corpus.swap(TRANSLATION, "but it can also be wrong", "and it can hardly be wrong"),
    "negation-dropped": corpus.swap(TRANSLATION, "images it has never seen", "images it has already seen"),
    "millions-of-photos": corpus.swap(TRANSLATION, "thousands of labelled", "millions of labelled"),
    "a-billion": corpus.swap(TRANSLATION, "has billions of them", "has about a billion of them"),
    "dozens-of-photos": corpus.swap(TRANSLATION, "thousands of labelled", "a few dozen labelled"),
    "billions-of-photos": corpus.swap(TRANSLATION, "has billions of them", "has seen billions of photos"),
    "completely-rewrites": corpus.swap(TRANSLATION, "slightly adjusts", "completely rewrites"),
    "drastically": corpus.swap(TRANSLATION, "slightly adjusts", "drastically changes"),
    "small-model": corpus.swap(TRANSLATION, "A large language model", "A small LLM"),
    "little-confidence": corpus.swap(TRANSLATION, "with great confidence", "with little confidence"),
    "always-recognises": corpus.swap(TRANSLATION, "it can recognise images", "it always recognises images"),
    "guaranteed": corpus.swap(TRANSLATION, "it can recognise images", "it is guaranteed to recognise images"),
    "success-for-mistake": corpus.swap(TRANSLATION, "After each mistake", "After each success"),
    "poodle-for-chihuahua": corpus.swap(TRANSLATION, '"chihuahua"', '"poodle"'),
    "croissant-for-muffin": corpus.swap(TRANSLATION, '"muffin"', '"croissant"'),
    "kitten-added": corpus.swap(TRANSLATION, '"muffin"', '"muffin", or a kitten'),
    "question-back": TRANSLATION + "\n\nShall I make it more formal?",
    "translation-talk": TRANSLATION + " (This translation keeps the French examples.)",
}
TRANSLATION_FAIR = {
    "not-seen-before": corpus.swap(TRANSLATION, "images it has never seen", "images it has not seen before"),
    "unseen": corpus.swap(TRANSLATION, "images it has never seen", "previously unseen images"),
    "new-images": corpus.swap(TRANSLATION, "images it has never seen", "new images"),
    "every-error": corpus.swap(TRANSLATION, "After each mistake", "Every time it gets something wrong"),
    "a-little": corpus.swap(
        TRANSLATION, "slightly adjusts its parameters", "adjusts its parameters a little"
    ),
    "small-adjustments": corpus.swap(TRANSLATION, "slightly adjusts its", "makes small adjustments to its"),
    "big-model": corpus.swap(TRANSLATION, "A large language model", "A big language model"),
    "confidently-wrong": corpus.swap(
        TRANSLATION, "but it can also be wrong with great confidence", "yet it may also be confidently wrong"
    ),
    "very-sure": corpus.swap(TRANSLATION, "with great confidence", "while being very sure of itself"),
    "tagged-pictures": corpus.swap(
        TRANSLATION, "thousands of labelled photos", "thousands of tagged pictures"
    ),
    "split-last-sentence": corpus.swap(TRANSLATION, ", but it can also", ". But it can also"),
    "chrome-lead": "Here is the translation:\n\n" + TRANSLATION,
}


@pytest.mark.parametrize("answer", TRANSLATION_GAMED.values(), ids=TRANSLATION_GAMED.keys())
def test_a_translation_that_adds_or_changes_loses_faithful_only(prompts, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "traduction", TRANSLATE, answer))


def test_a_translation_with_an_inline_alternative_loses_every_answer_point(prompts):
    """"labelled (or: tagged) photos" offers two translations, so there is no final one (session 47, round
    63, candidates.py): every answer point is lost, not answer-faithful alone as this file first said."""
    inline = corpus.swap(TRANSLATION, "labelled photos", "labelled (or: tagged) photos")
    got = corpus.answer_points(corpus.earned(prompts, "traduction", TRANSLATE, inline))
    assert got and not any(got.values()), got


@pytest.mark.parametrize("answer", TRANSLATION_FAIR.values(), ids=TRANSLATION_FAIR.keys())
def test_a_translation_in_other_words_keeps_faithful(prompts, answer):
    _all_kept(corpus.earned(prompts, "traduction", TRANSLATE, answer))


# -- summaries ------------------------------------------------------------------------------------
SUMMARY_GAMED = {
    "brevet": (SUMMARY, corpus.swap(RESUME, "pour aider son père", "qu'il fait breveter")),
    "ne-en": (SUMMARY, corpus.swap(RESUME, "Blaise Pascal, dix-neuf ans,", "Blaise Pascal, né en 1623,")),
    "plus-grand-genie": (
        SUMMARY,
        corpus.swap(RESUME, "Blaise Pascal, dix-neuf ans,", "Blaise Pascal, le plus grand génie français,"),
    ),
    "aged-twenty-nine": (SUMMARY, corpus.swap(RESUME, "dix-neuf ans", "vingt-neuf ans")),
    "decade-changed": (SUMMARY, corpus.swap(RESUME, "années 1950", "années 1930")),
    "frere-for-pere": (SUMMARY, corpus.swap(RESUME, "son père", "son frère")),
    "legeres-in-the-1960s": (
        SUMMARY,
        corpus.swap(RESUME, "sont lourdes et chères", "sont légères et chères"),
    ),
    "bon-marche-in-the-1960s": (
        SUMMARY,
        corpus.swap(RESUME, "sont lourdes et chères", "sont lourdes mais bon marché"),
    ),
    "moins-puissants": (
        SUMMARY,
        corpus.swap(RESUME, "nos téléphones dépassent les", "nos téléphones sont moins puissants que les"),
    ),
    "event-denied": (
        SUMMARY,
        corpus.swap(RESUME, "nos téléphones dépassent", "nos téléphones ne dépassent pas"),
    ),
    "pascaline-multiplies": (
        SUMMARY,
        corpus.swap(RESUME, "conçoit la Pascaline", "conçoit la Pascaline, qui multiplie déjà,"),
    ),
    "note-du-redacteur": (SUMMARY, RESUME + "\n\n(Note du rédacteur : chiffres arrondis.)"),
    "en-patent": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "to help his father", "and patented it")),
    "en-brother": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "his father", "his brother")),
    "en-award": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "to help his father", "and won an award")),
    "en-greatest": (
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN, "nineteen-year-old Blaise Pascal", "Blaise Pascal, the greatest mind of France,"
        ),
    ),
    "en-light": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "were heavy and costly", "were light and costly")),
    "en-cheap": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "were heavy and costly", "were heavy but cheap")),
    "en-weaker": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "today's phones outperform the", "today's phones are weaker than the"),
    ),
    "en-age": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "nineteen-year-old", "twenty-year-old")),
    "en-did-not": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "today's phones outperform", "today's phones do not outperform"),
    ),
    "en-translator-note": (SUMMARIZE_EN, SUMMARY_EN + "\n\nTranslator's note: names kept in French."),
    "en-question-back": (SUMMARIZE_EN, SUMMARY_EN + "\n\nDo you want a shorter version?"),
}
SUMMARY_FAIR = {
    "adolescent": (SUMMARY, corpus.swap(RESUME, "dix-neuf ans", "adolescent")),
    "percepteur": (SUMMARY, corpus.swap(RESUME, "pour aider son père", "pour aider son père percepteur")),
    "encombrantes": (
        SUMMARY,
        corpus.swap(RESUME, "sont lourdes et chères", "sont encombrantes et coûteuses"),
    ),
    "bien-plus-puissants": (
        SUMMARY,
        corpus.swap(RESUME, "nos téléphones dépassent les", "nos téléphones calculent bien mieux que les"),
    ),
    "legeres-in-the-1970s": (
        SUMMARY,
        corpus.swap(
            RESUME,
            "la calculatrice de poche arrive",
            "la calculatrice de poche, légère et bon marché, arrive",
        ),
    ),
    "deux-mille-ans": (SUMMARY, corpus.swap(RESUME, "Jadis, on", "Il y a plus de deux mille ans, on")),
    "n-a-cesse": (
        SUMMARY,
        corpus.swap(RESUME, "Jadis, on comptait", "L'humain n'a cessé de vouloir compter : il comptait"),
    ),
    "xviie": (SUMMARY, corpus.swap(RESUME, "En 1642,", "Au XVIIe siècle (1642),")),
    "en-seventeenth": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "In 1642,", "In the seventeenth century (1642),"),
    ),
    "en-tax-collector": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "his father", "his tax-collector father")),
    "en-1800s": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "in the 19th century", "in the 1800s")),
    "en-only-arrived": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "arrived in the early 1970s", "only arrived in the early 1970s"),
    ),
    "en-cheap-pocket": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "pocket calculators arrived", "light, cheap pocket calculators arrived"),
    ),
    "en-always-wanted": (SUMMARIZE_EN, "People have always wanted to count faster. " + SUMMARY_EN),
}


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_GAMED.values(), ids=SUMMARY_GAMED.keys())
def test_a_summary_that_pads_or_changes_loses_faithful_only(prompts, prompt, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "summary", prompt, answer))


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_FAIR.values(), ids=SUMMARY_FAIR.keys())
def test_a_summary_in_other_words_keeps_faithful(prompts, prompt, answer):
    _all_kept(corpus.earned(prompts, "summary", prompt, answer))


# -- the reader itself ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("des milliers de photos", [("scale", "thousands")]),
        ("a billion", [("scale", "billion")]),
        ("XIXe siècle", [("century", "19")]),
        ("the 1800s", [("century", "19")]),
        ("années 70", [("decade", "1970")]),
        ("twenty-nine", [("num", "29")]),
    ],
)
def test_quantities_read_figures_words_decades_and_centuries(text, found):
    from workshop.prompts import faithful
    from workshop.prompts.text import fold

    assert [(kind, key) for kind, key, _ in faithful.quantities(fold(text))] == found
