"""Issue 11o's own variants of red team 11h's round 8 classes (tests/prompts_corpus/
round8_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import RIDDLE, RIDDLE_DATA, SENTIMENT_OK  # noqa: E402

# -- the line's parameters listed before its equation, comma-separated -----------------------
LINE = (
    "Tu es professeur de maths. Donne l'équation de la droite parallèle à y = 4x + 6 "
    "qui passe par le point (5 ; 10), avec ses paramètres."
)


@pytest.mark.parametrize(
    "answer",
    [
        "Même pente, puis 10 = 20 + b.\n\nRéponse : pente 4, ordonnée à l'origine -10, y = 4x - 10",
        "Réponse : b = -10, y = 4x - 10",
        "Final answer: slope = 4, intercept = -10, y = 4x - 10.",
        "a = 4, b = -10, donc l'équation est y = 4x - 10, vérifiée en (5 ; 10).",
    ],
)
def test_parameters_listed_with_commas_before_the_equation_keep_it(prompts, answer):
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : a = 4, b = 10, y = 4x + 10",
        "Réponse : a = 4, b = -10, y = 4x + 10",
    ],
)
def test_a_wrong_equation_after_parameters_earns_no_equation(prompts, answer):
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 0


# -- the trap's number as the first operand of the right count --------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Les deux sœurs des frères comptent Caroline.\n\nRéponse : 2 - 1 = 1",
        "Each brother's two sisters include Caroline.\n\nAnswer: 2 − 1 = 1 sister",
        "Caroline est l'une des deux filles.\nRéponse : 2 – 1 = 1 sœur (elle ne se compte pas)",
    ],
)
def test_the_trap_count_minus_caroline_avoids_the_trap(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize("answer", ["Réponse : 2", "Réponse : 2 sœurs", "Réponse : 2 + 0 = 2"])
def test_the_trap_count_alone_stays_the_trap(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


# -- a length said of the one paragraph the answer is -----------------------------------------
@pytest.mark.parametrize(
    "limit",
    [
        "Résume ce texte en un paragraphe de 45 mots maximum.",
        "Fais-en un résumé sous forme d'un unique paragraphe de 50 mots au plus.",
        "Summarise it in a single paragraph of at most 50 words.",
        "Écris un seul paragraphe de cinquante mots maximum qui résume ce texte.",
    ],
)
def test_a_length_said_of_the_answer_s_paragraph_limits(prompts, limit):
    prompt = f"Tu es professeur d'histoire. {limit}\n{{summary_text}}"
    assert corpus.earned(prompts, "summary", prompt, "x")["prompt-limit"] == 1


@pytest.mark.parametrize(
    "said",
    ["Ce paragraphe de 330 mots raconte l'histoire du calcul.", "Voici un texte de 330 mots à résumer."],
)
def test_a_length_said_of_the_data_s_paragraph_limits_nothing(prompts, said):
    prompt = f"Tu es professeur d'histoire. {said} Résume-le avec tes mots.\n{{summary_text}}"
    assert corpus.earned(prompts, "summary", prompt, "x")["prompt-limit"] == 0


# -- Pascal's date said as its century (the task asks for the important facts, not the year) ---
SUMMARY = "Tu es professeur d'histoire. Résume ce texte en 50 mots au plus, avec tes mots.\n{summary_text}"
LATER = (
    " Les machines mécaniques se répandent au XIXe siècle, puis l'électronique donne la calculatrice "
    "de poche dans les années 1970."
)


@pytest.mark.parametrize(
    "first",
    [
        "On comptait jadis avec des cailloux sur des abaques. Au 17e siècle, le jeune Pascal "
        "construit une machine qui additionne.",
        "Merchants once counted pebbles on abacuses. In the seventeenth century, young Pascal "
        "built an adding machine.",
        "Les marchands antiques calculaient sur des abaques ; au XVIIème siècle, Pascal crée la Pascaline.",
    ],
)
def test_pascal_s_century_keeps_the_fact(prompts, first):
    assert corpus.earned(prompts, "summary", SUMMARY, first + LATER)["answer-fact-1"] == 1


@pytest.mark.parametrize(
    "first",
    [
        "On comptait jadis sur des abaques. Au XVIe siècle, Pascal construit une machine qui additionne.",
        "Merchants counted on abacuses. In the nineteenth century, Pascal built an adding machine.",
    ],
)
def test_pascal_in_the_wrong_century_earns_no_fact(prompts, first):
    assert corpus.earned(prompts, "summary", SUMMARY, first + LATER)["answer-fact-1"] == 0


# -- marks on some pasted items give those items' labels, not the unmarked ones' --------------
SENTIMENT = (
    "Tu es chargé de la relation client d'une boutique en ligne. Réponds uniquement en JSON de la forme "
    '{"reviews": [{"id": 1, "sentiment": "..."}, {"id": 2, "sentiment": "..."}, '
    '{"id": 3, "sentiment": "..."}]}, avec positive, negative ou neutral.\n'
)


def test_two_reviews_labelled_in_english_leave_the_third_to_find(prompts):
    examples = (
        "Deux cas déjà classés, en anglais :\n"
        "The headphones stopped working after a week and customer service does not answer my "
        "messages. => negative\n"
        "(positive) I got the coffee machine in two days, it is very easy to use and the coffee is "
        "excellent.\n"
    )
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + examples + "{reviews}", SENTIMENT_OK)
    assert (earned["answer-review-1"], earned["answer-review-2"], earned["answer-review-3"]) == (0, 0, 1)


def test_two_reviews_marked_leave_the_third_given_by_elimination(prompts):
    reviews = corpus._fill("{reviews}").splitlines()
    marked = "\n".join([reviews[0] + " 🙂", reviews[1] + " 🙁", reviews[2]])
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + marked, SENTIMENT_OK)
    assert (earned["answer-review-1"], earned["answer-review-2"], earned["answer-review-3"]) == (0, 0, 0)


# -- exact JSON is what json.loads reads in the answer as given (a code fence and blanks around
# it aside), not what the normal form makes of it ------------------------------------------------
SENTIMENT_PROMPT = SENTIMENT + "{reviews}"


@pytest.mark.parametrize(
    "answer",
    [
        SENTIMENT_OK.replace('"id"', "\uff02id\uff02"),  # full-width quotation marks
        SENTIMENT_OK.replace(": ", ":\u2007"),  # figure spaces between tokens
        SENTIMENT_OK.replace(", ", ",\u202f"),  # narrow no-break spaces
        SENTIMENT_OK.replace("[", "\uff3b").replace("]", "\uff3d"),  # full-width brackets
    ],
)
def test_json_a_parser_rejects_is_no_json(prompts, answer):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_PROMPT, answer)
    assert earned["answer-is-json"] == 0 and earned["answer-shape"] == 0
    assert earned["answer-review-1"] == earned["answer-review-2"] == earned["answer-review-3"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        SENTIMENT_OK.replace('"negative"', '"nega\u200ctive"'),  # zero-width non-joiner
        SENTIMENT_OK.replace('"neutral"', '"neutr\u00adal"'),  # soft hyphen
        SENTIMENT_OK.replace('"positive"', '"p\u043esitive"'),  # Cyrillic o
    ],
)
def test_a_label_a_program_would_not_match_fails_the_shape(prompts, answer):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_PROMPT, answer)
    assert earned["answer-shape"] == 0
    assert earned["answer-review-1"] == earned["answer-review-2"] == earned["answer-review-3"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "```json\n" + SENTIMENT_OK + "\n```",
        "\ufeff" + SENTIMENT_OK + "\r\n",
        SENTIMENT_OK.replace(", ", ",\r\n  "),
        "\u00a0" + SENTIMENT_OK + "\u00a0\n",  # blanks around the JSON, outside it
    ],
)
def test_exact_json_keeps_its_documented_tolerances(prompts, answer):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_PROMPT, answer)
    assert earned["answer-is-json"] == 1 and earned["answer-shape"] == 2
    assert earned["answer-review-1"] == earned["answer-review-2"] == earned["answer-review-3"] == 1


# -- a role that is no role: a number named, a relative of someone who has the role -----------
COPRIME = "Les nombres 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."


@pytest.mark.parametrize(
    "lead",
    [
        "Tu es l'entier 64 et je suis 35.",
        "You are the number 35.",
        "Tu es le voisin d'un professeur de mathématiques.",
        "Tu es la fille d'une mathématicienne célèbre.",
        "You are the nephew of a maths teacher.",
    ],
)
def test_a_number_or_a_relative_is_no_role(prompts, lead):
    assert corpus.earned(prompts, "coprime", f"{lead} {COPRIME}", "x")["prompt-role"] == 0


@pytest.mark.parametrize(
    "lead",
    [
        "Tu es professeur de mathématiques.",
        "Tu es le professeur de maths d'une classe de seconde.",
        "You are a tutor.",
    ],
)
def test_a_role_with_a_complement_stays_a_role(prompts, lead):
    assert corpus.earned(prompts, "coprime", f"{lead} {COPRIME}", "x")["prompt-role"] == 1


# -- a value given with a reservation is hedged --------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "PGCD(35, 64) = 1.\n\nRéponse : oui, sous toute réserve.",
        "gcd(35, 64) = 1.\n\nAnswer: yes (to be confirmed)",
        "PGCD(35, 64) = 1.\nVerdict : oui — à confirmer",
    ],
)
def test_a_verdict_with_a_reservation_is_hedged(prompts, answer):
    assert corpus.earned(prompts, "coprime", f"Tu es professeur. {COPRIME}", answer)["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "pente: 4\nequation: y = 4x - 10  # a confirmer",
        "Réponse : y = 4x − 10 (sous réserve d'erreur de calcul)",
    ],
)
def test_an_equation_with_a_reservation_is_hedged(prompts, answer):
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 0


def test_a_check_done_is_no_reservation(prompts):
    answer = "b = 10 − 20 = −10, et l'on vérifie : 4 × 5 − 10 = 10.\n\nRéponse : y = 4x − 10"
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 2


# -- words joined by hyphens into one token are no words the reader reads ----------------------
def test_a_summary_hyphenated_into_long_tokens_states_no_fact(prompts):
    joined = (
        "Jadis-on-comptait-avec-des-cailloux-sur-des-abaques. "
        "En-1642-le-jeune-Pascal-invente-une-machine-qui-additionne. "
        "Au-XIXe-siecle-les-machines-se-fabriquent-en-serie. "
        "Dans-les-annees-1970-la-calculatrice-de-poche-arrive."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, joined)
    assert earned["answer-fact-1"] == earned["answer-fact-2"] == earned["answer-fact-3"] == 0


def test_compound_words_keep_their_facts(prompts):
    answer = (
        "Jadis, on comptait avec des cailloux sur des abaques. En 1642, le jeune Pascal, "
        "dix-neuf ans, invente une machine qui additionne, c'est-à-dire la Pascaline. Au XIXe siècle, "
        "les machines se fabriquent en série ; dans les années 1970, la calculatrice de poche arrive "
        "chez les arrière-petits-enfants."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-fact-1"] == earned["answer-fact-2"] == earned["answer-fact-3"] == 1


# -- facts only supposed ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lead",
    ["Supposons que", "Admettons qu'on dise que", "Let us imagine that", "Assume that"],
)
def test_facts_only_supposed_are_not_stated(prompts, lead):
    answer = (
        f"{lead} les marchands antiques comptaient sur des abaques, que Pascal a inventé la Pascaline "
        "en 1642 et que la calculatrice de poche est née dans les années 1970."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-fact-1"] == earned["answer-fact-2"] == earned["answer-fact-3"] == 0


def test_leibniz_who_imagines_a_machine_states_it(prompts):
    answer = (
        "Jadis, on comptait sur des abaques avec des cailloux. En 1642, Pascal imagine la Pascaline, "
        "qui additionne. Au XIXe siècle, on fabrique des machines en série ; la calculatrice de poche "
        "arrive dans les années 1970."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-fact-1"] == earned["answer-fact-2"] == earned["answer-fact-3"] == 1


# -- a double prime is seconds, not minutes ----------------------------------------------------
PLAN = (
    "Tu es formateur. Fais le plan d'une présentation d'une heure sur l'IA générative, "
    "pour un public qui n'y connaît rien."
)


@pytest.mark.parametrize("mark", ["''", "\u2033", "\u2032\u2032"])
def test_durations_in_seconds_are_no_hour(prompts, mark):
    answer = "\n".join(
        f"- {title} : {n}{mark}"
        for title, n in [("Ce qu'est l'IA générative", 15), ("Comment un modèle apprend", 15),
                         ("Démonstration", 20), ("Questions", 10)]
    )  # fmt: skip
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 0


def test_durations_in_minutes_with_a_prime_still_count(prompts):
    answer = "\n".join(
        f"- {title} : {n}'"
        for title, n in [("Ce qu'est l'IA générative", 15), ("Comment un modèle apprend", 15),
                         ("Démonstration", 20), ("Questions", 10)]
    )  # fmt: skip
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 3


# -- a duration that may overrun is a hesitant one ---------------------------------------------
@pytest.mark.parametrize(
    "aside", ["(quitte à déborder)", "(may run over)", "(peut déborder)", "(can overrun a bit)"]
)
def test_a_duration_that_may_overrun_is_hesitant(prompts, aside):
    answer = (
        "- Ce qu'est l'IA générative : 15 min\n- Comment un modèle apprend : 15 min\n"
        f"- Démonstration : 20 min {aside}\n- Questions : 10 min"
    )
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 0


# -- a request for another exercise asks nothing of this one --------------------------------------


@pytest.mark.parametrize(
    "scoped",
    [
        "Au prochain exercice, raisonne étape par étape ; ici, réponds juste par un nombre.",
        "For the next question, think step by step; for this one, give the number only.",
        "La prochaine fois, tu expliqueras ton raisonnement. Cette fois, le nombre seul.",
    ],
)
def test_reasoning_asked_for_another_exercise_is_not_asked(prompts, scoped):
    prompt = f"Tu es professeur de logique. {scoped} {RIDDLE_DATA}"
    assert corpus.earned(prompts, "riddle", prompt, "1")["prompt-reasoning"] == 0


@pytest.mark.parametrize(
    "asked",
    [
        "Pour cet exercice, raisonne étape par étape.",
        "Raisonne étape par étape, comme dans l'exercice suivant du manuel.",
    ],
)
def test_reasoning_asked_for_this_exercise_is_asked(prompts, asked):
    prompt = f"Tu es professeur de logique. {asked} {RIDDLE_DATA}"
    assert corpus.earned(prompts, "riddle", prompt, "1")["prompt-reasoning"] == 1


# -- a length that is not below the text's own limits nothing (decided by the task) ---------------
@pytest.mark.parametrize("limit", ["en 400 mots maximum", "in at most 1000 words", "en moins de mille mots"])
def test_a_limit_above_the_text_s_length_limits_nothing(prompts, limit):
    prompt = f"Tu es professeur d'histoire. Résume ce texte {limit}.\n{{summary_text}}"
    assert corpus.earned(prompts, "summary", prompt, "x")["prompt-limit"] == 0


@pytest.mark.parametrize("limit", ["en 60 mots maximum", "in at most 100 words", "en trois phrases au plus"])
def test_a_limit_below_the_text_s_length_limits(prompts, limit):
    prompt = f"Tu es professeur d'histoire. Résume ce texte {limit}.\n{{summary_text}}"
    assert corpus.earned(prompts, "summary", prompt, "x")["prompt-limit"] == 1


# -- a justification that calls a composite number prime (or a prime composite) is false ---------
COPRIME_PROMPT = f"Tu es professeur de mathématiques. {COPRIME}"


@pytest.mark.parametrize(
    "why",
    [
        "35 est premier, donc PGCD(35, 64) = 1.",
        "Since 64 is a prime number, gcd(35, 64) = 1.",
        "35 et 64 sont des nombres premiers : leur PGCD vaut 1.",
        "7 n'est pas premier ; 35 = 5 × 7 et 64 = 2^6, donc PGCD(35, 64) = 1.",
    ],
)
def test_a_false_primality_claim_pays_no_justification(prompts, why):
    earned = corpus.earned(prompts, "coprime", COPRIME_PROMPT, f"{why}\n\nRéponse : oui")
    assert earned["answer-justified"] == 0


@pytest.mark.parametrize(
    "why",
    [
        "5 et 7 sont premiers, 35 = 5 × 7 et 64 = 2^6 : aucun facteur commun, donc PGCD(35, 64) = 1.",
        "35 n'est pas premier (35 = 5 × 7), 64 non plus, mais PGCD(35, 64) = 1.",
        "Le seul nombre premier qui divise 64 est 2, qui ne divise pas 35 : PGCD(35, 64) = 1.",
    ],
)
def test_a_true_primality_claim_keeps_the_justification(prompts, why):
    earned = corpus.earned(prompts, "coprime", COPRIME_PROMPT, f"{why}\n\nRéponse : oui")
    assert earned["answer-justified"] == 2


def test_a_hyphenated_token_keeps_its_sentence_end(prompts):
    # the joined tokens say nothing, and their full stops still end their sentences: the short
    # words left ("En-1642", "Pascal", "calcul") make no sentence together
    joined = (
        "Les-commerçants-romains-utilisaient-des-jetons-sur-des-abaques, d'où-le-mot-calcul, "
        "et-le-boulier-asiatique-existe-encore. En-1642, Blaise-Pascal, âgé-de-dix-neuf-ans, "
        "crée-la-Pascaline-pour-soulager-son-père ; Leibniz-ajoute-la-multiplication."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, joined)
    assert earned["answer-fact-1"] == earned["answer-fact-2"] == earned["answer-fact-3"] == 0


# -- "et" before a verb continues its clause: the abacus a later machine replaces ----------------
@pytest.mark.parametrize(
    "last",
    [
        "La calculatrice de poche arrive dans les années 1970 et détrône le boulier.",
        "The pocket calculator arrives in the 1970s and replaces the abacus.",
    ],
)
def test_the_abacus_a_later_machine_replaces_is_not_where_the_story_begins(prompts, last):
    answer = "Au Moyen Âge, les Grecs comptaient sur leurs doigts. En 1642, Pascal invente la Pascaline. "
    answer += last
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-3"] == 0


def test_a_new_subject_after_et_starts_a_clause(prompts):
    answer = (
        "Les marchands antiques calculaient sur des abaques et le boulier chinois reste enseigné. "
        "En 1642, Pascal invente la Pascaline ; la calculatrice de poche arrive dans les années 1970."
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-3"] == 1


# -- an example that rewords one of the task's own items is no example ------------------------
@pytest.mark.parametrize(
    "example",
    [
        "« Casque en panne après sept jours, et le service client reste muet : je ne rachète plus "
        "cette marque. » → negative",
        "« Machine à café livrée en deux jours, très simple, café excellent, je la recommande. » → positive",
    ],
)
def test_an_example_that_rewords_a_review_is_no_example(prompts, example):
    prompt = SENTIMENT + f"Exemple : {example}\n{{reviews}}"
    assert corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)["prompt-example"] == 0


@pytest.mark.parametrize(
    "example",
    [
        "« La lampe est arrivée cassée et personne ne répond au téléphone. » → negative",
        "« Les chaussures sont confortables, je les porte tous les jours. » → positive",
    ],
)
def test_an_example_of_another_product_is_an_example(prompts, example):
    prompt = SENTIMENT + f"Exemple : {example}\n{{reviews}}"
    assert corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)["prompt-example"] == 1
