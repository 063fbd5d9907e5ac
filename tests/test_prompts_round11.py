"""Issue 11s's own variants of red team 11k's round 11 classes (tests/prompts_corpus/
round11_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, COPRIME_WORK, RIDDLE_DATA, SENTIMENT_JSON, SUMMARY  # noqa: E402

RIDDLE_ANSWER = (
    "Les frères ont les mêmes sœurs : Caroline et une autre fille.\n\nRéponse : Caroline a 1 sœur."
)


# -- a role given by its part, its place, a label or the model pictured as one -------------
@pytest.mark.parametrize(
    "role",
    [
        "Glisse-toi dans la peau d'une institutrice qui relit un devoir.",
        "Prends la place d'un animateur de club de maths.",
        "Voudrais-tu tenir le rôle d'une enseignante de logique ?",
        "Step into the shoes of a puzzle columnist.",
        "Ta profession : correctrice de copies de concours.",
        "Ton poste : formateur en logique dans une école d'ingénieurs.",
        "Your job: tu écris des énigmes pour le journal de ton quartier.",
        "Imaginez-vous conférencier devant une classe de seconde.",
        "Tu encadres des ateliers de logique au centre social du quartier.",
    ],
)
def test_a_role_said_another_way_is_a_role(prompts, role):
    earned = corpus.earned(
        prompts, "riddle", f"{role} {RIDDLE_DATA} Raisonne étape par étape.", RIDDLE_ANSWER
    )
    assert earned["prompt-role"] == 1


@pytest.mark.parametrize(
    "role",
    [
        "Glisse-toi dans la peau qui te plaît.",
        "Prends la place qui te revient.",
        "Ton rôle : le bon.",
        "Ton job : résoudre cette énigme.",
        "Your job: solve the riddle.",
        "Ne prends pas la place d'un professeur.",
        "Tu es un assistant IA serviable.",
    ],
)
def test_a_boilerplate_or_a_task_after_a_role_word_is_no_role(prompts, role):
    earned = corpus.earned(
        prompts, "riddle", f"{role} {RIDDLE_DATA} Raisonne étape par étape.", RIDDLE_ANSWER
    )
    assert earned["prompt-role"] == 0


@pytest.mark.parametrize(
    "ask",
    ["Avance pas à pas jusqu'à la réponse.", "Procède pas-à-pas, puis conclus.", "Work it out step by step."],
)
def test_step_by_step_in_french_is_no_negation(prompts, ask):
    earned = corpus.earned(
        prompts, "riddle", f"Tu es professeur de logique. {RIDDLE_DATA} {ask}", RIDDLE_ANSWER
    )
    assert earned["prompt-reasoning"] == 1


def test_a_pas_that_negates_still_negates(prompts):
    earned = corpus.earned(
        prompts,
        "riddle",
        f"Tu es professeur de logique. {RIDDLE_DATA} Ne raisonne pas, réponds.",
        RIDDLE_ANSWER,
    )
    assert earned["prompt-reasoning"] == 0


SENTIMENT_TABLE = (
    "Tu es analyste pour le service client d'une librairie en ligne. Deux cas déjà traités :\n\n"
    "| Commentaire | Classe |\n|---|---|\n%s\n\n"
    "Fais pareil pour les avis ci-dessous, en JSON : "
    '{"reviews": [{"id": 1, "sentiment": "..."}]}.\n{reviews}'
)


def test_worked_examples_in_a_table_are_examples(prompts):
    rows = (
        "| Livre arrivé trempé, couverture déchirée. | negative |\n"
        "| Roman livré dans les temps, rien à dire. | neutral |"
    )
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_TABLE % rows, SENTIMENT_JSON)
    assert earned["prompt-example"] == 1


@pytest.mark.parametrize(
    "rows",
    [
        "| Livre arrivé trempé, couverture déchirée. | ? |",  # no label: a case to do
        "| 1 | negative |",  # no input
    ],
)
def test_a_table_without_a_labelled_input_is_no_example(prompts, rows):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_TABLE % rows, SENTIMENT_JSON)
    assert earned["prompt-example"] == 0


SENTIMENT_SAID = (
    "Tu es analyste pour le service client d'une boutique en ligne. Classe ces avis.\n{reviews}\n"
    '%s Réponds en JSON : {"reviews": [{"id": 1, "sentiment": "..."}]}.'
)


@pytest.mark.parametrize(
    "said",
    [
        "Exemple : « Colis parfait » donne positive.",  # round 37: a review of two words is a review
        'Example: "Terrible service!" is negative.',
        "Exemple : « Nul, cassé » donne negative.",
    ],
)
def test_a_short_review_labelled_is_an_example(prompts, said):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_SAID % said, SENTIMENT_JSON)
    assert earned["prompt-example"] == 1


@pytest.mark.parametrize(
    "said", ["Exemple : « positive » donne positive.", 'Example: "great" is positive.', "Exemple : positive."]
)
def test_a_quoted_word_labelled_is_no_example(prompts, said):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_SAID % said, SENTIMENT_JSON)
    assert earned["prompt-example"] == 0


# -- negation and hedging: a litote that asserts keeps its points, one that allows does not --
RIDDLE = f"Tu es professeur de logique. {RIDDLE_DATA} Raisonne étape par étape."
SUMMARY_TAIL = (
    " Au XIXe siècle, l'arithmomètre est produit en série, et dans les années 1970 la "
    "calculatrice de poche remplace la règle à calcul, avant que nos téléphones ne calculent à leur tour."
)


@pytest.mark.parametrize(
    "answer",
    [
        "Les frères partagent leurs sœurs.\n\nLoin de compter deux sœurs, Caroline n'en a qu'une.",
        "Each brother's two sisters include Caroline.\n\nFar from having two, Caroline has one sister.",
        "Les frères partagent leurs sœurs.\n\nCaroline a 1 sœur (degré de certitude : 100 %).",
    ],
)
def test_an_asserting_litote_or_a_full_certainty_keeps_the_riddle(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Caroline a 1 sœur (probabilité : 0,7).",
        "Caroline a 1 sœur, avec une probabilité de 80 %.",
        "Caroline a 1 sœur (confiance : 7/10).",
        "Il n'est pas impossible que Caroline ait 1 sœur.",
    ],
)
def test_a_probability_short_of_certainty_or_a_possibility_hedges(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, "Les frères partagent leurs sœurs.\n\n" + answer)
    assert earned["answer-right"] == 0


@pytest.mark.parametrize(
    "verdict",
    [
        "On aurait donc tort de croire le contraire : il n'est vraiment pas faux d'affirmer que 35 et 64 "
        "sont premiers entre eux.",
        "Rien n'empêche donc, selon moi, de conclure que 35 et 64 sont premiers entre eux.",
    ],
)
def test_a_denial_denied_far_from_its_predicate_asserts(prompts, verdict):
    earned = corpus.earned(prompts, "coprime", COPRIME, COPRIME_WORK + verdict)
    assert earned["answer-verdict"] == 2


@pytest.mark.parametrize(
    "verdict",
    [
        "On ne peut pas exclure que 35 et 64 soient premiers entre eux.",
        "It cannot be ruled out that 35 and 64 are coprime.",
        "Oui, probabilité estimée : 0,95.",
    ],
)
def test_a_possibility_or_a_probability_is_no_verdict(prompts, verdict):
    earned = corpus.earned(prompts, "coprime", COPRIME, COPRIME_WORK + verdict)
    assert earned["answer-verdict"] == 0


@pytest.mark.parametrize(
    "first",
    [
        "Loin d'avoir conçu la Pascaline en 1642, Blaise Pascal s'est contenté de la signer.",
        "Aucune preuve que Blaise Pascal ait mis au point la Pascaline en 1642.",
        "Nothing shows that Blaise Pascal built the Pascaline in 1642.",
    ],
)
def test_a_fact_in_a_denied_clause_is_not_stated(prompts, first):
    earned = corpus.earned(prompts, "summary", SUMMARY, first + SUMMARY_TAIL)
    assert earned["answer-fact-1"] == 0


def test_far_from_a_noun_denies_no_fact(prompts):
    first = "Loin de nos puces, Blaise Pascal invente en 1642 la Pascaline, une machine à roues dentées."
    earned = corpus.earned(prompts, "summary", SUMMARY, first + SUMMARY_TAIL)
    assert earned["answer-fact-1"] == 1


# -- a format named by its noun alone fixes no shape -------------------------------------
SENTIMENT_PLAIN = (
    "Tu es analyste pour le service client d'une boutique en ligne. "
    "Classe chaque avis : positive, negative ou neutral. %s\n{reviews}"
)


@pytest.mark.parametrize(
    "ask",
    [
        "Suis bien le format attendu.",
        "Garde toujours la même forme.",
        "Stick to the required format.",
        "Respecte la présentation, c'est important.",
    ],
)
def test_a_format_named_by_its_noun_alone_fixes_no_shape(prompts, ask):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_PLAIN % ask, SENTIMENT_JSON)
    assert earned["prompt-format"] == 0


@pytest.mark.parametrize(
    "ask",
    [
        "Respecte ce format : une ligne par avis, « numéro : étiquette ».",
        "Suis le format JSON ci-après : " + '{"reviews": [{"id": 1, "sentiment": "..."}]}',
        "Garde la forme d'une liste numérotée.",
        "Keep the format of a bullet list.",
    ],
)
def test_a_format_that_names_its_shape_still_fixes_it(prompts, ask):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_PLAIN % ask, SENTIMENT_JSON)
    assert earned["prompt-format"] == 1


# -- a summary in keyword rows or items earns neither length nor facts -------------------
@pytest.mark.parametrize(
    "answer",
    [
        "| Quand | Quoi |\n|---|---|\n| Antiquité | cailloux, abaques |\n"
        "| 1642 | Blaise Pascal, Pascaline |\n| XIXe | arithmomètre, série |\n"
        "| 1970 | calculatrice de poche, règle à calcul |\n| Aujourd'hui | téléphones |",
        "- Antiquité : cailloux, abaques\n- 1642 : Blaise Pascal, Pascaline\n"
        "- XIXe siècle : arithmomètre en série\n"
        "- années 1970 : calculatrice de poche\n- aujourd'hui : téléphones",
    ],
)
def test_keyword_rows_or_items_are_no_summary(prompts, answer):
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-length"] == 0
    assert earned["answer-fact-1"] == earned["answer-fact-2"] == earned["answer-fact-3"] == 0


def test_rows_written_as_sentences_are_read(prompts):
    answer = (
        "| Étape | Ce qui se passe |\n|---|---|\n"
        "| 1642 | Blaise Pascal invente la Pascaline pour aider son père dans ses calculs. |\n"
        "| XIXe siècle | L'arithmomètre est enfin fabriqué en série pour les bureaux. |\n"
        "| Années 1970 | La calculatrice de poche remplace la règle à calcul chez les ingénieurs. |"
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-fact-1"] == earned["answer-fact-2"] == 1


# -- decided: a link's text cites its page; sub-parts that overflow their part -----------
@pytest.mark.parametrize(
    "answer",
    [
        "D'après [ce corrigé, PGCD(35, 64) = 1](https://exemple.fr/pgcd).\n\n"
        "Je trouve pour ma part qu'ils ne sont pas premiers entre eux.",
        "See [gcd(35, 64) = 1: yes, coprime](http://example.com/answer).",
    ],
)
def test_a_link_text_cites_and_makes_no_answer(prompts, answer):
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] == 0 and earned["answer-verdict"] == 0


def test_a_link_text_beside_the_answer_takes_nothing_away(prompts):
    answer = (
        COPRIME_WORK
        + "Réponse : oui, 35 et 64 sont premiers entre eux ([rappel du cours](https://exemple.fr/pgcd))."
    )
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] == 2 and earned["answer-verdict"] == 2


PLAN = (
    "Tu es formatrice en culture numérique. Fais le plan d'une présentation d'une heure sur l'IA "
    "générative, pour un public qui n'y connaît rien. Donne une durée à chaque partie, en liste numérotée."
)


def test_sub_parts_that_overflow_their_part_make_no_plan(prompts):
    answer = (
        "1. Qu'est-ce que l'IA générative ? (15 min)\n   - Définitions simples (10 min)\n"
        "   - Trois exemples concrets (10 min)\n2. Essai en direct d'un générateur d'images (25 min)\n"
        "3. Risques et bons usages, puis questions (20 min)"
    )
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 0


def test_sub_parts_that_fit_their_part_are_details(prompts):
    answer = (
        "1. Qu'est-ce que l'IA générative ? (15 min)\n   - Définitions simples (5 min)\n"
        "   - Trois exemples concrets (5 min)\n2. Essai en direct d'un générateur d'images (25 min)\n"
        "3. Risques et bons usages, puis questions (20 min)"
    )
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] > 0
