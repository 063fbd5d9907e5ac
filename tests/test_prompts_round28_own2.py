"""Issue 11az's own variants of round 28's gaming answers that kept answer-faithful (red team
redteam28), written against ca2c215 before the fix and in other words than theirs: who does
the source's act (Pascal's father invents, the model shows the photos, we make the mistakes),
the order of two dated facts (Leibniz before Pascal, a date given to another fact), certainty
inflated (no need to check, every image, all the schools), a place swapped for another of its
kind (Japan for China, Burgundy for Normandy), a cause and its effect swapped (cheaper
calculators bring integrated circuits, an adjustment causes the mistake), an outcome reversed
(engineers keep the slide rule). Each loses answer-faithful and only it; the near-miss next to
each, a fair phrasing with the same words, keeps every answer point. Whole submissions are
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
    "Jadis, on comptait avec des cailloux sur des abaques ; le boulier naît en Chine. En 1642, "
    "Blaise Pascal conçoit la Pascaline pour aider son père. Les circuits intégrés font chuter le "
    "prix des calculatrices : celle de poche surgit vers 1970 et remplace la règle à calcul. "
    "Aujourd'hui, on interroge un assistant, à condition de vérifier."
)
SUMMARY_EN = (
    "Ancient merchants counted with pebbles on abacuses; the bead abacus appeared in China. In 1642, "
    "Blaise Pascal built the Pascaline to help his father. Integrated circuits cut the price of "
    "calculators: pocket ones arrived in the early 1970s and replaced the slide rule. Today one can ask "
    "a chatbot, provided one checks its answer."
)
SUMMARIZE_EN = (
    "You are a science journalist. Summarise this French text in English, in at most 60 words, in your "
    "own words.\n\n{summary_text}"
)

_PASCAL_FR = "En 1642, Blaise Pascal conçoit la Pascaline pour aider son père."
_PASCAL_EN = "In 1642, Blaise Pascal built the Pascaline to help his father."
_CHINA_FR = "le boulier naît en Chine"
_CHINA_EN = "the bead abacus appeared in China"
_IC_FR = "Les circuits intégrés font chuter le prix des calculatrices"
_IC_EN = "Integrated circuits cut the price of calculators"
_RULE_FR = "et remplace la règle à calcul"
_RULE_EN = "and replaced the slide rule"
_TODAY_FR = "Aujourd'hui, on interroge un assistant, à condition de vérifier."
_TODAY_EN = "Today one can ask a chatbot, provided one checks its answer."
# The bases without their last sentence, for a variant that adds words
SHORT = corpus.swap(RESUME, " " + _TODAY_FR, "")
SHORT_EN = corpus.swap(SUMMARY_EN, " " + _TODAY_EN, "")

# His father made the maker loses answer-fact-1 too (Pascal's 1642 machine), and with it
# answer-own-words, which pays after the facts.
SUMMARY_MAKER = {
    "pere-concoit": (
        SUMMARY,
        corpus.swap(RESUME, _PASCAL_FR, "En 1642, le père de Pascal conçoit la Pascaline."),
    ),
    "en-fathers-machine": (
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN, _PASCAL_EN, "In 1642, Pascal's father, a tax collector, built the Pascaline."
        ),
    ),
}
SUMMARY_GAMED = {
    "leibniz-bien-avant": (
        SUMMARY,
        corpus.swap(
            SHORT, _PASCAL_FR, _PASCAL_FR + " Bien avant Pascal, Leibniz imagine une machine qui multiplie."
        ),
    ),
    "en-leibniz-earlier": (
        SUMMARIZE_EN,
        corpus.swap(
            SHORT_EN, _PASCAL_EN, _PASCAL_EN + " Years before Pascal, Leibniz had designed a multiplier."
        ),
    ),
    "date-reattachee": (
        SUMMARY,
        corpus.swap(
            SHORT, _PASCAL_FR, _PASCAL_FR + " Au XIXe siècle, Leibniz imagine une machine qui multiplie."
        ),
    ),
    "nul-besoin-de-verifier": (
        SUMMARY,
        corpus.swap(RESUME, _TODAY_FR, "Aujourd'hui, un assistant calcule juste : nul besoin de vérifier."),
    ),
    "en-never-wrong": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _TODAY_EN, "Today a chatbot computes without ever making a mistake."),
    ),
    "toutes-les-ecoles": (
        SUMMARY,
        corpus.swap(SHORT, _CHINA_FR, "le boulier naît en Chine, enseigné dans toutes les écoles d'Asie"),
    ),
    "japon": (SUMMARY, corpus.swap(RESUME, _CHINA_FR, "le boulier naît au Japon")),
    "en-korea": (SUMMARIZE_EN, corpus.swap(SUMMARY_EN, _CHINA_EN, "the bead abacus appeared in Korea")),
    "en-burgundy": (
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN, _PASCAL_EN, "In 1642, Blaise Pascal built the Pascaline for his father in Burgundy."
        ),
    ),
    "baisse-entraine-circuits": (
        SUMMARY,
        corpus.swap(RESUME, _IC_FR, "La baisse du prix des calculatrices entraîne les circuits intégrés"),
    ),
    "en-cheaper-led-to-chips": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _IC_EN, "Falling calculator prices led to integrated circuits"),
    ),
    "ingenieurs-fideles": (
        SUMMARY,
        corpus.swap(SHORT, _RULE_FR, "mais les ingénieurs restent fidèles à la règle à calcul"),
    ),
    "en-engineers-stuck": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _RULE_EN, "but engineers stuck with the slide rule"),
    ),
}
SUMMARY_FAIR = {
    "pour-son-pere": (
        SUMMARY,
        corpus.swap(RESUME, _PASCAL_FR, "En 1642, pour aider son père, Pascal conçoit la Pascaline."),
    ),
    "dont-le-pere": (
        SUMMARY,
        corpus.swap(RESUME, _PASCAL_FR, "En 1642, Pascal, dont le père lève l'impôt, conçoit la Pascaline."),
    ),
    "en-his-fathers-help": (
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN, _PASCAL_EN, "In 1642, to help his tax-collector father, Pascal built the Pascaline."
        ),
    ),
    "leibniz-apres": (
        SUMMARY,
        corpus.swap(
            SHORT, _PASCAL_FR, _PASCAL_FR + " Après Pascal, Leibniz imagine une machine qui multiplie."
        ),
    ),
    "en-leibniz-later": (
        SUMMARIZE_EN,
        corpus.swap(
            SHORT_EN, _PASCAL_EN, _PASCAL_EN + " Decades after Pascal, Leibniz designed a multiplier."
        ),
    ),
    "verifier-sa-reponse": (
        SUMMARY,
        corpus.swap(
            RESUME, _TODAY_FR, "Aujourd'hui, un assistant calcule, mais il faut vérifier sa réponse."
        ),
    ),
    "en-every-phone": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _TODAY_EN, "Today every phone holds one, and chatbots calculate if checked."),
    ),
    "certaines-ecoles": (
        SUMMARY,
        corpus.swap(SHORT, _CHINA_FR, "le boulier naît en Chine, enseigné dans des écoles d'Asie"),
    ),
    "en-asia": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _CHINA_EN, "the bead abacus appeared in China, then all of Asia"),
    ),
    "en-france": (
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN, _PASCAL_EN, "In 1642, France's Blaise Pascal built the Pascaline for his father."
        ),
    ),
    "grace-aux-circuits": (
        SUMMARY,
        corpus.swap(RESUME, _IC_FR, "Grâce aux circuits intégrés, le prix des calculatrices baisse"),
    ),
    "en-chips-made-cheaper": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _IC_EN, "Integrated circuits made calculators cheaper"),
    ),
    "ingenieurs-l-adoptent": (
        SUMMARY,
        corpus.swap(RESUME, _RULE_FR, "et les ingénieurs délaissent la règle à calcul"),
    ),
    "en-engineers-drop": (
        SUMMARIZE_EN,
        corpus.swap(SUMMARY_EN, _RULE_EN, "and soon displaced the slide rule among engineers"),
    ),
}

_SHOWN = "it is shown thousands of"
_MISTAKE = "After each mistake, the model slightly adjusts its parameters"
_UNSEEN = "it can recognise images it has never seen"
_NUMBERS = "the numbers that determine"
TRANSLATION_GAMED = {
    "it-presents-us": corpus.swap(TRANSLATION, _SHOWN, "it presents us with thousands of"),
    "it-displays": corpus.swap(TRANSLATION, _SHOWN, "it displays thousands of"),
    "we-make-the-mistake": corpus.swap(
        TRANSLATION, _MISTAKE, "Each time we make a mistake, the model slightly adjusts its parameters"
    ),
    "adjusting-leads-to-mistakes": corpus.swap(
        TRANSLATION, _MISTAKE, "Whenever it slightly adjusts its parameters, the model makes a mistake"
    ),
    "every-image": corpus.swap(TRANSLATION, _UNSEEN, "it can recognise any image it has never seen"),
    "toutes-les-images": corpus.swap(
        TRANSLATION, _UNSEEN, "it can recognise all the images it has never seen"
    ),
    "cannot-unseen": corpus.swap(TRANSLATION, _UNSEEN, "it cannot recognise unseen images"),
}
TRANSLATION_FAIR = {
    "we-show-it": corpus.swap(TRANSLATION, _SHOWN, "we show it thousands of"),
    "it-is-fed": corpus.swap(TRANSLATION, _SHOWN, "it is fed thousands of"),
    "each-time-it-errs": corpus.swap(
        TRANSLATION, _MISTAKE, "Each time it gets something wrong, the model slightly adjusts its parameters"
    ),
    "adjusts-after-every-error": corpus.swap(
        TRANSLATION, _MISTAKE, "The model slightly adjusts its parameters after every error"
    ),
    "unseen-images": corpus.swap(TRANSLATION, _UNSEEN, "it can recognise unseen images"),
    "never-seen-before": corpus.swap(
        TRANSLATION, _UNSEEN, "it can recognise images it has never seen before"
    ),
    "all-the-numbers": corpus.swap(TRANSLATION, _NUMBERS, "all the numbers that determine"),
}


def _all_kept(got: dict[str, float]) -> None:
    assert all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize("answer", TRANSLATION_FAIR.values(), ids=TRANSLATION_FAIR.keys())
def test_a_translation_that_keeps_who_does_what_keeps_faithful(prompts, answer):
    _all_kept(corpus.earned(prompts, "traduction", TRANSLATE, answer))


@pytest.mark.parametrize("answer", TRANSLATION_GAMED.values(), ids=TRANSLATION_GAMED.keys())
def test_a_translation_that_changes_who_does_what_loses_faithful_only(prompts, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "traduction", TRANSLATE, answer))


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_FAIR.values(), ids=SUMMARY_FAIR.keys())
def test_a_summary_that_keeps_its_facts_in_place_keeps_faithful(prompts, prompt, answer):
    _all_kept(corpus.earned(prompts, "summary", prompt, answer))


@pytest.mark.parametrize(("prompt", "answer"), SUMMARY_GAMED.values(), ids=SUMMARY_GAMED.keys())
def test_a_summary_that_moves_its_facts_loses_faithful_only(prompts, prompt, answer):
    corpus.faithful_only_lost(corpus.earned(prompts, "summary", prompt, answer))


# The passive names the maker after the machine ("conçue par le père de Pascal", "built by
# Pascal's father"): answer-fact-1's `not_before` actor is the agent of "par"/"by" wherever it
# stands (session 33; this was a strict xfail), and the fact is lost as in the active voice.
_PASSIVE = [
    pytest.param(
        SUMMARY,
        corpus.swap(RESUME, _PASCAL_FR, "En 1642, la Pascaline est conçue par le père de Blaise Pascal."),
        id="par-son-pere",
    ),
    pytest.param(
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN, _PASCAL_EN, "In 1642, the Pascaline was built by Pascal's father, a tax collector."
        ),
        id="by-pascals-father",
    ),
    pytest.param(
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN, _PASCAL_EN, "In 1642, the Pascaline was designed by the father of Blaise Pascal."
        ),
        id="by-the-father-of",
    ),
]
# Pascal as the agent, his father only the one he helps, keeps every point: the agent's noun
# phrase ends where "pour"/"to" starts (moved.makers read "son père" as the maker).
PASSIVE_FAIR = {
    "par-pascal-pour-son-pere": (
        SUMMARY,
        corpus.swap(
            RESUME,
            _PASCAL_FR,
            "En 1642, la Pascaline est conçue par Pascal pour aider son père.",
        ),
    ),
    "by-pascal-for-his-father": (
        SUMMARIZE_EN,
        corpus.swap(
            SUMMARY_EN,
            _PASCAL_EN,
            "In 1642, the Pascaline was built by Pascal to help his father.",
        ),
    ),
}


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [pytest.param(*pair, id=key) for key, pair in SUMMARY_MAKER.items()] + _PASSIVE,
)
def test_a_summary_whose_invention_is_his_fathers_loses_the_fact_too(prompts, prompt, answer):
    points = corpus.answer_points(corpus.earned(prompts, "summary", prompt, answer))
    lost = {name for name, value in points.items() if not value}
    assert lost == {"answer-faithful", "answer-fact-1", "answer-own-words"}, points


@pytest.mark.parametrize(("prompt", "answer"), PASSIVE_FAIR.values(), ids=PASSIVE_FAIR.keys())
def test_a_passive_with_pascal_as_its_agent_keeps_every_answer_point(prompts, prompt, answer):
    _all_kept(corpus.earned(prompts, "summary", prompt, answer))


def test_the_bases_earn_every_answer_point(prompts):
    _all_kept(corpus.earned(prompts, "summary", SUMMARY, RESUME))
    _all_kept(corpus.earned(prompts, "summary", SUMMARIZE_EN, SUMMARY_EN))
    _all_kept(corpus.earned(prompts, "traduction", TRANSLATE, TRANSLATION))
