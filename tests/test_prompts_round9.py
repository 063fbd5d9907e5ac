"""Issue 11q's own variants of red team 11i's round 9 classes (tests/prompts_corpus/
round9_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from workshop.prompts import readable

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import RIDDLE_DATA, SENTIMENT_JSON  # noqa: E402

# -- a short French example in rarer words is French, not a foreign sentence ----------------


@pytest.mark.parametrize(
    "example",
    [
        "« Emballage éventré, notice illisible. » → negative",
        "« Vendeur injoignable, article abîmé. » → negative",
        "« Appareil bruyant et poussif. » → negative",
    ],
)
def test_a_short_french_example_in_rarer_words_keeps_the_review_points(prompts, example):
    prompt = (
        "Tu es analyste du service client. Classe chaque avis : positive, negative ou neutral. "
        f"Exemple d'un autre avis : {example}. Réponds uniquement en JSON "
        '{"reviews": [{"id": 1, "sentiment": "..."}]}.\n{reviews}'
    )
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_JSON)
    assert [earned[f"answer-review-{i}"] for i in (1, 2, 3)] == [1, 1, 1]


@pytest.mark.parametrize(
    "piece",
    [
        "la risposta giusta e sempre positiva",
        "die antwort ist immer positiv",
        "la respuesta es siempre positiva",
    ],
)
def test_a_sentence_in_a_neighbour_language_stays_foreign(piece):
    assert readable.foreign(piece, set(), [piece], {"positive"})
    assert readable.foreign(piece, set(), [], set())


# -- a plan's durations: bare minutes under a column of minutes, slots in minutes ------------
PLAN = (
    "Tu es formatrice. Fais le plan d'une présentation d'une heure sur l'IA générative pour "
    "des débutants, chaque partie avec sa durée."
)


@pytest.mark.parametrize(
    "answer",
    [
        "| Partie | Durée (min) |\n|---|---|\n| L'IA générative au quotidien | 12 |\n"
        "| Comment un modèle de langage écrit | 18 |\n| Atelier ChatGPT | 20 |\n| Questions | 10 |\n"
        "| Total | 60 |",
        "| Step | Minutes | Notes |\n|---|---|---|\n| Intro to generative AI | 15 | slides |\n"
        "| Language models explained | 25 | demo |\n| Q&A | 20 | open |",
        "- Ouverture sur l'IA générative (de 0 à 15 min)\n- Ce que fait un LLM (de 15 à 35 min)\n"
        "- Démo (de 35 à 50 min)\n- Échanges (de 50 à 60 min)",
        "1) Generative AI, what is it? (0-20 min)\n2) Hands-on with a language model (20-45 min)\n"
        "3) Wrap-up (45-60 min)",
    ],
)
def test_minutes_in_a_column_or_in_slots_from_the_start_add_up(prompts, answer):
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        # ranges that hesitate, however they add up (their ends made 60 before)
        "- Intro à l'IA générative (5-10 min)\n- Les LLM (10-20 min)\n- Démo (15-30 min)",
        "- Intro à l'IA générative (5-10 min)\n- Les LLM (10-20 min)\n- Démo (20-30 min)\n"
        "- Questions (10-15 min)",
        # slots that do not start at minute 0, or leave a gap
        "- L'IA générative (10-25 min)\n- LLM (25-45 min)\n- Démo (45-70 min)",
        "- L'IA générative (0-15 min)\n- LLM (20-40 min)\n- Démo (40-65 min)",
        # a column of minutes that does not add up
        "| Partie | Durée (min) |\n|---|---|\n| IA générative | 20 |\n| LLM | 20 |\n| Démo | 30 |",
        # numbers in a column that says no unit
        "| Partie | Ordre |\n|---|---|\n| IA générative | 20 |\n| LLM | 20 |\n| Démo | 20 |",
    ],
)
def test_hesitant_ranges_broken_slots_and_unitless_columns_add_up_to_nothing(prompts, answer):
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 0


# -- reasoning: work asked in order before the conclusion; a prompt that describes itself ---
from workshop.prompts.structure import does  # noqa: E402


@pytest.mark.parametrize(
    "request_",
    [
        "Commence par dessiner l'arbre de la famille, puis réponds.",
        "Écris d'abord qui sont les filles de la famille, ensuite conclus.",
        "Count the girls of the family first, then answer.",
        "Start by listing every child, and only then give the number.",
    ],
)
def test_work_asked_in_order_before_the_answer_is_reasoning(request_):
    assert does("reasoning", f"{RIDDLE_DATA} {request_}")


@pytest.mark.parametrize(
    "request_",
    [
        "Donne d'abord la réponse, puis conclus.",
        "Give the answer first, then answer again.",
        "Ne commence pas par lister les enfants, puis réponds.",
        "Réponds d'abord en un mot.",
    ],
)
def test_an_answer_first_or_no_order_is_no_reasoning(request_):
    assert not does("reasoning", f"{RIDDLE_DATA} {request_}")


@pytest.mark.parametrize(
    "note",
    [
        "(Ce texte comporte un rôle d'expert, un raisonnement pas à pas et un format JSON.)",
        "This prompt already has a role, step-by-step reasoning and an answer format.",
        "[Mon prompt inclut une demande de raisonnement étape par étape.]",
    ],
)
def test_a_prompt_that_describes_itself_asks_nothing(note):
    for aspect in ("reasoning", "format", "role"):
        assert not does(aspect, f"{RIDDLE_DATA}\n\n{note}"), aspect


def test_a_request_after_the_prompt_is_named_still_counts():
    assert does("reasoning", f"{RIDDLE_DATA} Dans ce prompt, je te demande de raisonner étape par étape.")
    assert does("reasoning", f"{RIDDLE_DATA} Ce prompt te demande de raisonner étape par étape.")


# -- the pocket calculator's century keeps fact 2, as Pascal's keeps fact 1 (round 8) -------
SUMMARY = (
    "Tu es vulgarisateur. Résume ce texte en 50 mots maximum, avec tes mots, sans titre.\n{summary_text}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Au vingtième siècle enfin, grâce à l'électronique, la calculatrice de poche se répand.",
        "In the 20th century, electronics brings the pocket calculator to every pupil.",
        "Le XXe siècle voit arriver des calculatrices de poche électroniques.",
    ],
)
def test_the_pocket_calculators_century_keeps_the_fact(prompts, sentence):
    answer = (
        "On comptait d'abord avec des abaques et des cailloux. Au XVIIe siècle, Pascal invente une "
        f"machine qui additionne. Au XIXe siècle, ces machines sont fabriquées en série. {sentence}"
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-2"] == 1


def test_the_pocket_calculator_in_the_wrong_century_earns_nothing(prompts):
    answer = (
        "On comptait d'abord avec des abaques et des cailloux. Au XVIIe siècle, Pascal invente une "
        "machine qui additionne. Au XIXe siècle, arrivent en série les calculatrices de poche."
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-2"] == 0


# -- hedges: a confidence column or field, a rough guess, hearsay, slashed alternatives -----
LINE = (
    "Tu es professeur de maths. Donne l'équation de la droite parallèle à y = 4x + 6 "
    "qui passe par le point (5 ; 10)."
)
COPRIME = "Tu es professeur de maths. 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."


@pytest.mark.parametrize(
    "answer",
    [
        "| Élément | Résultat | Confiance |\n|---|---|---|\n| pente | 4 | élevée |\n"
        "| équation | y = 4x - 10 | moyenne |",
        "| Item | Value | Confidence |\n|---|---|---|\n| equation | y = 4x - 10 | 70 % |",
        "Réponse : y = 4x - 10 (plausible)",
        "Answer: y = 4x - 10, confidence: low.",
    ],
)
def test_a_line_given_with_little_confidence_is_hedged(prompts, answer):
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "| Élément | Résultat | Confiance |\n|---|---|---|\n| pente | 4 | sûre |\n"
        "| équation | y = 4x - 10 | certaine |",
        "Même pente 4, et 10 = 20 + b donne b = -10.\n\n"
        "Réponse : y = 4x - 10 (j'en suis confiant : je l'ai vérifié en (5 ; 10)).",
    ],
)
def test_a_line_given_as_sure_keeps_its_points(prompts, answer):
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 2


@pytest.mark.parametrize(
    "answer",
    [
        '{"reponse": "oui", "pgcd": 1, "confiance": "moyenne"}',
        '{"answer": "yes", "gcd": 1, "confidence": "low"}',
        "PGCD(35 ; 64) = 1.\n\nRéponse : oui, probable.",
    ],
)
def test_a_verdict_given_with_little_confidence_is_hedged(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "- L'IA générative, c'est quoi ? — 10 min\n- Comment apprend un modèle de langage — 20 min (au pif)\n"
        "- Démo ChatGPT — 20 min\n- Questions — 10 min",
        "- What generative AI is — 15 min, give or take\n- How a language model learns — 20 min\n"
        "- Demo — 15 min\n- Q&A — 10 min",
    ],
)
def test_a_rough_guess_of_a_duration_is_hedged(prompts, answer):
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 0


@pytest.mark.parametrize(
    "hearsay",
    [
        "Blaise Pascal aurait inventé en 1642 une machine à additionner, la Pascaline.",
        "Blaise Pascal reportedly built the Pascaline, an adding machine, in 1642.",
    ],
)
def test_a_fact_told_as_hearsay_is_not_stated(prompts, hearsay):
    answer = (
        f"On calculait d'abord avec des abaques et des cailloux. {hearsay} Au XIXe siècle, ces machines "
        "sont produites en série, et dans les années 1970 arrive la calculatrice de poche."
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-1"] == 0


def test_a_fact_told_plainly_beside_a_conditional_elsewhere_is_stated(prompts):
    answer = (
        "On calculait d'abord avec des abaques et des cailloux. En 1642, Blaise Pascal invente la "
        "Pascaline, une machine à additionner. Au XIXe siècle, ces machines sont produites en série, et "
        "dans les années 1970 arrive la calculatrice de poche, que tout élève aimerait avoir."
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-1"] == 1


TRADUCTION = "You are a translator. Translate this paragraph into English.\n{traduction_text}"
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands "
    "of labelled photos, for example chihuahua or muffin. With each mistake, the model slightly "
    "adjusts its parameters, that is, the numbers that determine its answers. A large language model "
    "has billions of them. Once trained, it can recognise images it has never seen, but it can also "
    "be wrong with great confidence."
)


def test_a_translation_that_offers_slashed_alternatives_is_no_one_text(prompts):
    answer = TRANSLATION.replace("learns", "learns/is trained").replace("wrong", "wrong / mistaken")
    assert corpus.earned(prompts, "traduction", TRADUCTION, answer)["answer-length"] == 0


def test_one_and_or_is_no_alternative(prompts):
    answer = TRANSLATION.replace("chihuahua or muffin", "chihuahua and/or muffin")
    assert corpus.earned(prompts, "traduction", TRADUCTION, answer)["answer-length"] == 1


# -- words glued by short hyphen joins are counted as the words they join -------------------
def test_words_glued_in_twos_and_threes_by_hyphens_are_counted(prompts):
    answer = (
        "Autrefois-on comptait avec-des cailloux sur-des abaques. En-1642, Blaise-Pascal conçoit "
        "une-machine qui-additionne, la-Pascaline, pour-aider son-père. Au-XIXe-siècle, les-machines "
        "à-calculer sont-produites en-série pour-les banques. Dans-les années-1970, l'électronique "
        "donne-naissance à-la calculatrice-de-poche, qui-remplace la-règle-à-calcul, et aujourd'hui "
        "chaque-téléphone en-contient une-bien-plus puissante-que les-ordinateurs d'autrefois-encore."
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-length"] == 0


def test_a_few_compounds_do_not_make_a_glued_text(prompts):
    answer = (
        "Avant l'électronique, on comptait avec des cailloux et des abaques. En 1642, Blaise Pascal, "
        "peut-être le plus célèbre, invente la Pascaline, c'est-à-dire une machine qui additionne. Au "
        "XIXe siècle, on fabrique des machines en série ; dans les années 1970, la calculatrice de "
        "poche HP-35 remplace la règle à calcul."
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-length"] == 2


# -- "≠" is no "="; a verdict on the relation with another number answers nothing -----------
@pytest.mark.parametrize("answer", ["Réponse : y ≠ 4x − 10", "Answer: y \u2260 4x - 10", "y =\u0338 4x - 10"])
def test_a_not_equal_sign_gives_no_equation(prompts, answer):
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 0


def test_a_gcd_not_equal_to_one_justifies_nothing(prompts):
    earned = corpus.earned(prompts, "coprime", COPRIME, "PGCD(35 ; 64) ≠ 1.\n\nRéponse : oui")
    assert earned["answer-justified"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "PGCD(64, 5) = 1.\n\nRéponse : oui, 64 est premier avec 5.",
        "gcd(35, 9) = 1 and gcd(64, 9) = 1.\n\nAnswer: yes, both are coprime to 9.",
    ],
)
def test_a_yes_about_another_number_answers_nothing(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "PGCD(35 ; 64) = 1.\n\nRéponse : oui, 35 est premier avec 64.",
        "gcd(35, 64) = 1.\n\nAnswer: yes, 35 is coprime to 64.",
    ],
)
def test_a_yes_about_the_tasks_pair_keeps_the_verdict(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-verdict"] == 2


# -- facts only in an aside of keywords are not stated -------------------------------------
@pytest.mark.parametrize(
    "aside",
    [
        "(à retenir : Pascal, Pascaline, 1642 ; calculatrice de poche, années 1970)",
        "(key points: Pascal 1642 Pascaline; pocket calculator 1970s)",
    ],
)
def test_facts_listed_as_keywords_in_an_aside_are_not_stated(prompts, aside):
    answer = (
        "Le calcul s'est outillé peu à peu au cours de l'histoire, et chaque nouvel outil a rendu les "
        f"calculs plus rapides et plus sûrs pour ceux qui s'en servaient {aside}."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-fact-1"] == 0 and earned["answer-fact-2"] == 0


def test_a_date_in_brackets_after_its_fact_is_stated(prompts):
    answer = (
        "On comptait d'abord avec des abaques et des cailloux. Blaise Pascal invente la Pascaline, une "
        "machine à additionner (1642). Au XIXe siècle, ces machines sont produites en série ; la "
        "calculatrice de poche arrive ensuite (années 1970 : la HP-35)."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-fact-1"] == 1 and earned["answer-fact-2"] == 1


# -- "en ligne" is online; a role's words fix no format -------------------------------------
@pytest.mark.parametrize(
    "prompt",
    [
        "Tu es conseiller dans une librairie en ligne. Classe chaque avis : positive, negative ou neutral.",
        "Tu es un spécialiste en JSON. Classe chaque avis.",
        "You are an expert in markdown tables. Label each review.",
    ],
)
def test_online_or_a_format_in_the_role_fixes_no_format(prompt):
    assert not does("format", prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Tu es conseiller dans une librairie en ligne. Réponds en JSON.",
        "Classe les avis, une étiquette par ligne.",
        "Tu es analyste. Classe chaque avis en JSON.",
    ],
)
def test_a_format_asked_beside_a_role_or_online_still_counts(prompt):
    assert does("format", prompt)


@pytest.mark.parametrize(
    "answer",
    [
        "1. L'IA générative en 2023 — 15 min\n2. Les LLM de 2022 — 20 min\n3. Démo ChatGPT 4 — 15 min\n"
        "4. Questions — 10 min",
        "- Partie 1 - 20 min : l'IA générative\n- Partie 2 - 20 min : un modèle de langage\n"
        "- Partie 3 - 20 min : démo",
    ],
)
def test_a_number_in_a_title_before_a_dash_is_no_slot(prompts, answer):
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 3


def test_a_choice_left_on_the_work_leaves_the_json_shape_after_it():
    prompt = 'Classe ces avis comme tu veux, en JSON de la forme {"reviews": [{"id": 1, "sentiment": "?"}]}.'
    assert does("format", prompt)
    assert not does("format", "Réponds en JSON ou en texte libre, comme tu préfères.")
