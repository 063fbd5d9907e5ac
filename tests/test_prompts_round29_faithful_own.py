"""Issue 11bc's own variants of round 29's details changed (red team redteam29), written
against 2e55d55 before the fix and in other words than theirs: a summary or a translation
that swaps one detail of its source for another of the same kind (a named place, who used a
machine, what a tool was made of, the object a price is compared with, a weight's unit and
magnitude, a noun of the translated paragraph) or invents a capability (a calculator that
solves equations) earns every other answer point and not answer-faithful; the fair rewording
next to each (a synonym, a translation, a detail kept beside an added one) keeps it. Whole
submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

RESUME_PROMPT = (
    "Tu rédiges la rubrique « histoire des sciences » d'un magazine pour collégiens. Résume ce texte en "
    "60 mots au maximum, avec tes propres mots, sans titre :\n{summary_text}"
)
RESUME = (
    "On comptait avec des cailloux sur des abaques. En 1642, Pascal, dix-neuf ans, invente "
    "une machine pour aider son père, percepteur en Normandie. Au XIXe siècle, l'arithmomètre équipe les "
    "banques. Les calculatrices électroniques pèsent des kilos et coûtent une voiture ; dans les années "
    "1970, elles tiennent dans la poche : la HP-35 calcule des sinus."
)
SUMMARIZE_EN = (
    "You are a science journalist. Summarise this French text in English, in at most 60 words, in your "
    "own words.\n\n{summary_text}"
)
SUMMARY_EN = (
    "People first counted with pebbles on abacuses. In 1642, Pascal built a machine for his father, a "
    "tax collector in Normandy. In the 19th century, the arithmometer was used in banks. In the 1960s, "
    "desk calculators weighed several kilos and cost as much as a car; in 1972 the HP-35 computed sines; "
    "today every phone holds one."
)
TRANSLATE = "Tu es traducteur technique. Traduis ce paragraphe en anglais.\n\n{traduction_text}"
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". After each mistake, the model slightly adjusts '
    "its parameters, that is, the numbers that determine its answers. A large language model has billions "
    "of them. Once trained, it can recognise images it has never seen, but it can also be wrong with great "
    "confidence."
)

SUMMARY_GAMED = {
    "fr-place-brittany": (RESUME_PROMPT, corpus.swap(RESUME, "en Normandie", "en Bretagne")),
    "fr-place-lyon": (RESUME_PROMPT, corpus.swap(RESUME, "percepteur en Normandie", "percepteur à Lyon")),
    "en-place-burgundy": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "in Normandy", "in Burgundy")),
    "fr-users-armies": (RESUME_PROMPT, corpus.swap(RESUME, "équipe les banques", "équipe les armées")),
    "fr-father-soldier": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "percepteur en Normandie", "militaire en Normandie"),
    ),
    "en-users-universities": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "used in banks", "used in universities")),
    "en-users-hospitals": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "used in banks", "used by doctors")),
    "fr-capability-equations": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "la HP-35 calcule des sinus", "la HP-35 résout même des équations"),
    ),
    "fr-capability-added-square-roots": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "calcule des sinus", "calcule des sinus et des racines carrées"),
    ),
    "en-capability-graphs": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "the HP-35 computed sines", "the programmable HP-35 computed sines"),
    ),
    "en-capability-integrals": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "the HP-35 computed sines", "the HP-35 even computed derivatives"),
    ),
    "fr-price-flat": (RESUME_PROMPT, corpus.swap(RESUME, "coûtent une voiture", "coûtent un appartement")),
    "fr-price-as-dear-as-a-plane": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "coûtent une voiture", "coûtent aussi cher qu'un avion"),
    ),
    "en-price-yacht": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "as much as a car", "as much as a yacht")),
    "en-price-bicycle": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "as much as a car", "the price of a bicycle")),
    "fr-weight-tonnes": (RESUME_PROMPT, corpus.swap(RESUME, "pèsent des kilos", "pèsent des tonnes")),
    "fr-weight-grams-words": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "pèsent des kilos", "ne pèsent que des grammes"),
    ),
    "en-weight-ounces": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "several kilos", "a few ounces")),
    "en-weight-tons": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "several kilos", "several tons")),
    "fr-material-shells": (RESUME_PROMPT, corpus.swap(RESUME, "avec des cailloux", "avec des coquillages")),
    "en-material-beads": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "with pebbles", "with beads")),
    "en-device-watch": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "every phone holds", "every watch holds")),
}
SUMMARY_FAIR = {
    "fr-place-kept-and-town": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "percepteur en Normandie", "percepteur en Normandie, en France"),
    ),
    "en-place-normandie-french": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "in Normandy", "in Normandie")),
    "fr-users-kept": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "équipe les banques", "équipe les banques et les assureurs"),
    ),
    "en-users-bankers": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "used in banks", "used by bankers and insurers"),
    ),
    "fr-capability-trigonometry": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "calcule des sinus", "calcule des fonctions trigonométriques"),
    ),
    "en-capability-logs": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "computed sines", "computed sines and logarithms"),
    ),
    "fr-price-automobile": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "coûtent une voiture", "coûtent le prix d'une automobile"),
    ),
    "fr-price-fortune": (RESUME_PROMPT, corpus.swap(RESUME, "coûtent une voiture", "coûtent une fortune")),
    "en-price-small-car": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "as much as a car", "as much as a small car"),
    ),
    "fr-weight-kilograms": (
        RESUME_PROMPT,
        corpus.swap(RESUME, "pèsent des kilos", "pèsent plusieurs kilogrammes"),
    ),
    "en-weight-pounds": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "several kilos", "several pounds")),
    "fr-material-galets": (RESUME_PROMPT, corpus.swap(RESUME, "avec des cailloux", "avec des galets")),
    "en-material-stones": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "with pebbles", "with small stones")),
    "en-device-smartphone": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, "every phone holds", "every smartphone holds"),
    ),
}

TRANSLATION_GAMED = {
    "inputs": corpus.swap(TRANSLATION, "determine its answers", "determine its inputs"),
    "queries": corpus.swap(TRANSLATION, "determine its answers", "determine its queries"),
    "videos": corpus.swap(TRANSLATION, "labelled photos", "labelled videos"),
    "texts": corpus.swap(TRANSLATION, "recognise images it has", "recognise texts it has"),
    "rules": corpus.swap(TRANSLATION, "learns from examples", "learns from rules"),
    "testing": corpus.swap(TRANSLATION, "During training", "During testing"),
    "generate": corpus.swap(TRANSLATION, "it can recognise images", "it can generate images"),
}
TRANSLATION_FAIR = {
    "outputs": corpus.swap(TRANSLATION, "determine its answers", "determine its outputs"),
    "responses": corpus.swap(TRANSLATION, "determine its answers", "determine its responses"),
    "pictures": corpus.swap(TRANSLATION, "labelled photos", "labelled pictures"),
    "identify": corpus.swap(TRANSLATION, "it can recognise images", "it can identify pictures"),
    "replies": corpus.swap(TRANSLATION, "determine its answers", "determine its replies"),
    "values": corpus.swap(TRANSLATION, "the numbers that", "the values that"),
}


def _all_kept(got: dict[str, float]) -> None:
    assert all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_GAMED.values(), ids=SUMMARY_GAMED.keys())
def test_a_summary_with_a_detail_swapped_loses_faithful_only(prompts, prompt, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "summary", prompt, answer))


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_FAIR.values(), ids=SUMMARY_FAIR.keys())
def test_a_summary_with_a_detail_reworded_keeps_faithful(prompts, prompt, answer):
    _all_kept(corpus.earned(prompts, "summary", prompt, answer))


@pytest.mark.parametrize("answer", TRANSLATION_GAMED.values(), ids=TRANSLATION_GAMED.keys())
def test_a_translation_with_a_noun_swapped_loses_faithful_only(prompts, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "traduction", TRANSLATE, answer))


@pytest.mark.parametrize("answer", TRANSLATION_FAIR.values(), ids=TRANSLATION_FAIR.keys())
def test_a_translation_with_a_synonym_keeps_faithful(prompts, answer):
    _all_kept(corpus.earned(prompts, "traduction", TRANSLATE, answer))


# -- the reader itself: the detail found, and fair words that are no detail swapped ----------------
_SOURCES = corpus.TEXTS  # {summary_text}, {traduction_text}


@pytest.mark.parametrize(
    ("summary", "found"),
    [
        ("En 1642, Pascal invente une machine pour son père, percepteur en Provence.", "place provence"),
        ("In 1642 Pascal built a machine for his father, a tax collector in Brittany.", "place brittany"),
        ("Au XIXe siècle, l'arithmomètre sert dans les hôpitaux.", "detail hospital"),
        ("Dans les années 1960, les calculatrices pèsent quelques grammes.", "detail grams"),
        ("In the 1960s desk calculators weighed several tons.", "detail tonnes"),
        ("Dans les années 1960, elles coûtent aussi cher qu'une maison.", "compared with maison"),
        ("In the 1960s they cost the price of a house.", "compared with house"),
        ("En 1972, la HP-35 résout des équations.", "capability equations"),
        ("In 1972 the HP-35 was programmable.", "capability programmable"),
        ("Dans l'Antiquité, on comptait avec des coquillages sur des abaques.", "detail shell"),
    ],
)
def test_a_summary_detail_swapped_is_found(summary, found):
    from workshop.prompts.faithful_details import changed

    assert changed(summary, _SOURCES["summary_text"], "summary") == found


@pytest.mark.parametrize(
    "summary",
    [
        "Des savants comme Pascal, en 1642, puis Leibniz inventent des machines à calculer.",
        "En 1642, en France, Pascal invente la Pascaline pour son père percepteur.",
        "Dans les années 1960, les calculatrices coûtent des prix astronomiques.",
        "Aujourd'hui, nos téléphones font des tonnes de calculs.",
        "Dans les années 1970, le prix d'une calculatrice de poche chute.",
        "In the 1970s, the price of a pocket calculator fell.",
        "Dans les années 1960, elles coûtent un peu moins qu'une voiture neuve.",
        "In the 1960s, desk calculators cost a small fortune and weighed a few kilos.",
        "Le progrès est exponentiel : le boulier, né en Chine, a des boules.",
        "In 1642 Pascal, in Rouen, Normandy, built a machine for his father.",
    ],
)
def test_a_summary_in_other_words_swaps_no_detail(summary):
    from workshop.prompts.faithful_details import changed

    assert changed(summary, _SOURCES["summary_text"], "summary") == ""
