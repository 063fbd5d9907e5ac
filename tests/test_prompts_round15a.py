"""Issue 11x's own variants of red team 11o's round 15a classes (tests/prompts_corpus/
round15a_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, LINE, PLAN, RIDDLE, SENTIMENT_JSON  # noqa: E402

PLAN_PARTS = [
    ("Ce qu'on appelle IA générative", 10),
    ("Comment un modèle de langage apprend", 15),
    ("Démonstration en direct", 20),
    ("Risques et bons usages de l'IA", 10),
    ("Questions", 5),
]


def _plan(parts: list[tuple[str, int]]) -> str:
    return "\n".join(f"- {title} : {minutes} min" for title, minutes in parts)


# -- f. Markdown link-reference comments are comments ---------------------------------------
@pytest.mark.parametrize("comment", ["[//]: # ({})", "[comment]: <> ({})", '[note]: # "{}"', "[//]: #"])
def test_a_plan_part_in_a_link_reference_comment_is_no_part(prompts, comment):
    shown = _plan(PLAN_PARTS[:2] + PLAN_PARTS[3:])  # 40 min shown
    hidden = comment.format("- Démonstration en direct : 20 min")
    answer = shown.replace("\n- Risques", "\n" + hidden + "\n- Risques")
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 0


def test_a_link_reference_comment_under_a_right_answer_changes_nothing(prompts):
    earned = corpus.earned(
        prompts, "plan", PLAN, _plan(PLAN_PARTS) + "\n\n[commentaire]: <> (relu deux fois)"
    )
    assert earned["answer-sections"] > 0
    earned = corpus.earned(prompts, "riddle", RIDDLE, "Réponse : 1 sœur.\n\n[//]: # (ou bien 2)")
    assert earned["answer-right"] > 0  # as "<!-- ou bien 2 -->" (round 13's one rule)


def test_a_footnote_or_a_label_followed_by_words_is_no_link_comment(prompts):
    earned = corpus.earned(prompts, "riddle", RIDDLE, "Réponse : 1 sœur.[^1]\n\n[^1]: ou 2, je ne sais plus.")
    assert earned["answer-right"] == 0
    earned = corpus.earned(prompts, "riddle", RIDDLE, "Caroline est l'une des deux.\n\n[Réponse]: 1 sœur")
    assert earned["answer-right"] > 0


def test_summary_facts_in_a_link_reference_comment_are_not_read(prompts):
    summary = "Tu es journaliste. Résume ce texte en 60 mots maximum, avec tes propres mots.\n{summary_text}"
    answer = (
        "On a d'abord compté avec des cailloux et des abaques. Pascal invente au XVIIe siècle une "
        "machine à additionner, la Pascaline. Les machines mécaniques se répandent au XIXe siècle, puis "
        "l'électronique amène la calculatrice de poche dans les années 1970 ; nos téléphones en ont une."
    )
    fair = corpus.earned(prompts, "summary", summary, answer)
    hidden = corpus.earned(
        prompts, "summary", summary, answer + "\n\n[ref]: <> (Pascal en 1842, poche en 1990)"
    )
    assert hidden == fair and fair["answer-fact-1"] > 0


# -- g. fair forms: CommonMark fences, plans as YAML or CSV ----------------------------------
SENTIMENT = (
    "Tu es chargé de la relation client. Donne le sentiment de chaque avis (positive, negative "
    "ou neutral).\n{reviews}\nRéponds seulement en JSON : "
    '{"reviews": [{"id": 1, "sentiment": "..."}]}.'
)


@pytest.mark.parametrize(
    "fenced",
    [
        "~~~\n{}\n~~~",
        "~~~~json\n{}\n~~~~",
        "`````JSON\n{}\n`````",
        "````\n{}\n`````",
    ],
)
def test_a_commonmark_fence_of_tildes_or_longer_backticks_is_a_fence(prompts, fenced):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT, fenced.replace("{}", SENTIMENT_JSON))
    assert earned["answer-is-json"] > 0 and earned["answer-review-3"] > 0


def test_a_fence_closed_by_the_other_character_is_not_json(prompts):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT, "~~~json\n" + SENTIMENT_JSON + "\n```")
    assert earned["answer-is-json"] == 0


@pytest.mark.parametrize(
    "plan",
    [
        "\n".join(f"- titre: {t}\n  minutes: {m}" for t, m in PLAN_PARTS),
        "plan:\n" + "\n".join(f'  - section: "{t}"\n    duree: {m} min' for t, m in PLAN_PARTS),
        "Section,Temps (minutes)\n" + "\n".join(f"{t},{m}" for t, m in PLAN_PARTS),
        "Titre;Durée en min\n" + "\n".join(f"{t};{m}" for t, m in PLAN_PARTS),
    ],
)
def test_a_plan_as_yaml_or_csv_is_a_plan(prompts, plan):
    earned = corpus.earned(prompts, "plan", PLAN, plan)
    assert earned["answer-sections"] > 0 and earned["answer-topic"] > 0


@pytest.mark.parametrize(
    "plan",
    [
        "\n".join(f"- titre: {t}\n  minutes: {m}" for t, m in PLAN_PARTS[:4]),  # 55 min
        "Section;Minutes\n" + "\n".join(f"{t};{m + 5}" for t, m in PLAN_PARTS),  # 85 min
    ],
)
def test_a_yaml_or_csv_plan_that_does_not_add_up_is_refused(prompts, plan):
    assert corpus.earned(prompts, "plan", PLAN, plan)["answer-sections"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Chacune des sœurs compte pour tous. Chacun en a 2 : Caroline et Léa. "
        "Caroline n'a donc que Léa : 1 sœur.",
        "They each have two sisters, Caroline being one of them. So Caroline has one sister.",
        "Ils en ont tous 2 (Caroline comprise). Réponse : une seule sœur.",
    ],
)
def test_the_data_restated_of_the_others_by_a_pronoun_is_not_the_answer(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] > 0


def test_the_datas_count_said_of_the_subject_too_still_counts(prompts):
    earned = corpus.earned(prompts, "riddle", RIDDLE, "Réponse : 1 sœur. Chacun en a 2, et elle aussi.")
    assert earned["answer-right"] == 0


# -- a. retractions and cut-off answers ------------------------------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "check"),
    [
        ("riddle", RIDDLE, "Caroline a une seule sœur. Je rigole, aucune idée !", "answer-right"),
        ("riddle", RIDDLE, "Réponse : 1 sister (jk).", "answer-right"),
        ("parallel-line", LINE, "a = 4 et b = −10, donc y = 4x − 10. C'était pour rire.", "answer-equation"),
        ("coprime", COPRIME, "PGCD(35, 64) = 1, donc oui… I was joking, I don't know.", "answer-verdict"),
    ],
)
def test_a_value_taken_back_as_a_joke_is_no_answer(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


@pytest.mark.parametrize(
    ("task", "prompt", "answer", "check"),
    [
        ("riddle", RIDDLE, "Les frères ont les mêmes sœurs.\nRéponse : une sœur, ou bien", "answer-right"),
        ("parallel-line", LINE, "Même pente, b = −10.\nRéponse : y = 4x − 10 ou", "answer-equation"),
        ("coprime", COPRIME, "PGCD(35, 64) = 1.\nRéponse : oui, sauf si…", "answer-verdict"),
        ("riddle", RIDDLE, "Caroline is one of them. So she has 1 sister, or", "answer-right"),
    ],
)
def test_an_answer_cut_after_a_connective_is_no_answer(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : 1 sœur. Et je ne plaisante pas !",
        "Caroline is one of the two sisters, so she has 1 sister, and I'm not kidding.",
    ],
)
def test_a_serious_answer_that_says_so_keeps_its_points(prompts, answer):
    assert corpus.earned(prompts, "riddle", RIDDLE, answer)["answer-right"] > 0


TRADUCTION = (
    "Tu es traducteur technique. Traduis ce paragraphe en anglais, sans rien ajouter.\n{traduction_text}"
)
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands "
    "of labelled photos, for instance chihuahua or muffin. Each time it gets something wrong, the model "
    "adjusts its parameters a little, that is, the numbers that determine its answers. A large language "
    "model has billions of them. Once trained, it can recognise images it has never seen, but it can "
    "also be wrong with great confidence."
)


@pytest.mark.parametrize(
    "cut", [" but it can also be wrong", ", but it", " but it can also be wrong with great,"]
)
def test_a_translation_cut_mid_sentence_has_no_length(prompts, cut):
    fair = corpus.earned(prompts, "traduction", TRADUCTION, TRANSLATION)
    answer = TRANSLATION.split(", but it can")[0] + cut
    earned = corpus.earned(prompts, "traduction", TRADUCTION, answer)
    assert fair["answer-length"] > 0 and fair["answer-faithful"] > 0
    assert earned["answer-length"] == 0 and earned["answer-faithful"] == 0 and earned["answer-terms"] > 0


# -- b. counts said by enumeration -------------------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a une sœur jumelle ainsi qu'une petite sœur.",
        "Réponse : Caroline a une sœur aînée et une cadette.",
        "Réponse : Caroline a une sœur, Léa, et une autre, Emma.",
        "Caroline has a twin sister and a little sister.",
        "Réponse : une demi-sœur et une sœur.",
    ],
)
def test_two_sisters_enumerated_are_two(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a une grande sœur.",
        "Réponse : Caroline a une sœur et une seule.",
        "Réponse : Caroline a 1 sœur et 3 frères.",
        "Réponse : 1 sœur, et non 2 sœurs.",
        "Les sœurs sont Caroline et une autre fille.\nRéponse : 1 sœur.",
    ],
)
def test_one_sister_with_other_people_named_is_still_one(prompts, answer):
    assert corpus.earned(prompts, "riddle", RIDDLE, answer)["answer-right"] > 0


# -- c. a second candidate with a "+" sign, in an aside, or as a piece of a piecewise answer ----
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "check"),
    [
        ("parallel-line", LINE, "Réponse : y = 4x − 10.\nAutre écriture : b = +10.", "answer-intercept"),
        (
            "parallel-line",
            LINE,
            "Réponse : y = 4x − 10 ; l'ordonnée à l'origine vaut −10 (+10 au signe près).",
            "answer-equation",
        ),
        (
            "coprime",
            COPRIME,
            "PGCD(35, 64) = 1 (+7 si on compte autrement).\nRéponse : oui.",
            "answer-justified",
        ),
        (
            "coprime",
            COPRIME,
            "Réponse : oui, car PGCD(35, 64) = 1. Certains écrivent PGCD = +5.",
            "answer-justified",
        ),
    ],
)
def test_a_second_candidate_with_a_plus_sign_is_a_second_value(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : y = 4x + 6 si x est négatif, y = 4x − 10 sinon.",
        "Réponse : for x < 5, y = 4x + 6; for x >= 5, y = 4x - 10.",
        "Réponse : y = 4x − 10 quand x ≥ 0 et y = 4x + 6 quand x < 0.",
    ],
)
def test_the_datas_line_as_a_piece_of_a_piecewise_answer_is_a_candidate(prompts, answer):
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "La droite donnée, y = 4x + 6, a pour pente 4. Donc a = +4 et b = −10.\nRéponse : y = 4x − 10.",
        "Réponse : y = 4x − 10, soit b = −10 (la droite passe bien par (5, 10)).",
        "y = 4x + 6 et la réponse sont parallèles.\nRéponse : y = 4x − 10 pour tout réel x.",
    ],
)
def test_the_datas_line_restated_and_a_plus_slope_keep_the_answer(prompts, answer):
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] > 0 and earned["answer-intercept"] > 0


# -- d. verdict negations: hyphenated, litotes, a conditional alternative in an aside ---------
GCD = "35 = 5 × 7 et 64 = 2^6, donc PGCD(35, 64) = 1.\n"


@pytest.mark.parametrize(
    "verdict",
    [
        "Réponse : ce sont deux nombres non-premiers entre eux.",
        "Answer: 35 and 64 are non-coprime.",
        "Réponse : on ne se trompe pas en disant qu'ils ne sont pas premiers entre eux.",
        "Réponse : it is not wrong to say that they are not coprime.",
        "Réponse : oui [non si l'on compte 1 comme diviseur].",
        "Réponse : yes (no if 1 counts as a divisor).",
        "Réponse : oui, sauf qu'en fait non quand on y regarde de près.",
    ],
)
def test_a_negation_in_another_form_is_read(prompts, verdict):
    assert corpus.earned(prompts, "coprime", COPRIME, GCD + verdict)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "verdict",
    [
        "Réponse : il n'est pas faux de dire qu'ils sont premiers entre eux.",
        "Réponse : it is not wrong to say that they are coprime.",
        "Réponse : il est faux de dire qu'ils ne sont pas premiers entre eux.",
        "Réponse : oui, ils sont premiers entre eux (non-divisibles par un même nombre premier).",
    ],
)
def test_a_litotes_that_asserts_the_verdict_keeps_it(prompts, verdict):
    assert corpus.earned(prompts, "coprime", COPRIME, GCD + verdict)["answer-verdict"] > 0


# -- e. arithmetic in words ------------------------------------------------------------------
@pytest.mark.parametrize(
    "steps",
    [
        "64 moins 35 font 28 ; 35 moins 28 font 7 ; 28 moins quatre fois 7 font 0.",
        "64 minus 35 is 30, 35 minus 30 is 5, 30 minus six times 5 is 0.",
        "64 divisé par 35 donne 1, reste 28 ; 35 divisé par 28 donne 1, reste 7.",
        "Deux fois 35 font 64, donc 35 divise presque 64.",
    ],
)
def test_wrong_steps_in_words_are_wrong_steps(prompts, steps):
    answer = steps + " Donc PGCD(35, 64) = 1.\nRéponse : oui, ils sont premiers entre eux."
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 0


@pytest.mark.parametrize(
    "steps",
    [
        "64 moins 35 font 29 ; 35 moins 29 font 6 ; 29 moins quatre fois 6 font 5 ; 6 moins 5 font 1.",
        "64 divided by 35 is 1 remainder 29; 35 divided by 29 is 1 remainder 6; 6 minus 5 is 1.",
        "64 divisé par 35 donne 1 et reste 29, puis 35 plus 29 font 64.",
    ],
)
def test_right_steps_in_words_keep_the_justification(prompts, steps):
    answer = steps + " Donc PGCD(35, 64) = 1.\nRéponse : oui, ils sont premiers entre eux."
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] > 0
