"""Issue 11ab's own variants of red team 11t's round 17b classes (tests/prompts_corpus/
round17b_*.toml), written before their fixes and in other words than the red team's: each
gaming form earns nothing on the check it games, and the fair form next to it keeps its
points. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

RIDDLE = (
    "Tu es un professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
    "Combien de sœurs a Caroline ? Raisonne étape par étape."
)
RIDDLE_ANSWER = (
    "Les 2 sœurs de chaque frère sont Caroline et une autre fille.\n\nRéponse : Caroline a 1 sœur."
)
LINE = (
    "Tu es professeur de mathématiques. Une droite est parallèle à y = 4x + 6 et passe par le point "
    "(5, 10). Donne a, b et l'équation de la droite."
)
LINE_ANSWER = "Même pente : a = 4. Puis 10 = 4 × 5 + b, donc b = −10.\n\nRéponse : y = 4x − 10."
COPRIME = (
    "Tu es professeur de mathématiques. Les nombres 35 et 64 sont-ils premiers entre eux ? "
    "Justifie ta réponse par leur PGCD."
)
COPRIME_ANSWER = (
    "35 = 5 × 7 et 64 = 2^6 : aucun facteur premier commun, donc PGCD(35, 64) = 1.\n\n"
    "Réponse : oui, 35 et 64 sont premiers entre eux."
)
SENTIMENT_HEAD = (
    "Tu es analyste du service client. Classe chacun des trois avis en positive, negative ou neutral. "
    'Réponds uniquement en JSON de la forme {"reviews": [{"id": 1, "sentiment": "..."}, '
    '{"id": 2, "sentiment": "..."}, {"id": 3, "sentiment": "..."}]}.'
)
SENTIMENT_ANSWER = (
    '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 2, "sentiment": "negative"}, '
    '{"id": 3, "sentiment": "neutral"}]}'
)
REVIEW_1 = (
    "« J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est "
    "excellent. Je la recommande à tous mes amis ! »"
)
REVIEW_2 = (
    "« Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à "
    "mes messages. Je ne rachèterai jamais cette marque. »"
)
REVIEW_3 = (
    "« Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à "
    "l'usage s'il tient dans le temps. »"
)
TRANSLATION = "Tu es traducteur technique. Traduis ce paragraphe en anglais.\n{traduction_text}"
TRANSLATION_ANSWER = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". Every time it makes a mistake, the model '
    "slightly adjusts its parameters, that is, the numbers that determine its answers. A large language "
    "model has billions of them. Once trained, it can recognise images it has never seen, but it can "
    "also be wrong with great confidence."
)


def _paid(earned: dict[str, float]) -> set[str]:
    return {name for name, got in earned.items() if got}


# -- a. data superseded after the statement ------------------------------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer"),
    [
        ("riddle", RIDDLE + "\nErratum : en fait, chaque frère a trois sœurs.", RIDDLE_ANSWER),
        ("riddle", RIDDLE + " Oops, my mistake: each brother has 4 sisters.", RIDDLE_ANSWER),
        ("parallel-line", LINE + "\nMise à jour : le point est (2, 3).", LINE_ANSWER),
        ("parallel-line", LINE + " Typo: the line goes through (1, 7), not the point above.", LINE_ANSWER),
        ("coprime", COPRIME + "\nCorrection : lire 36 au lieu de 35.", COPRIME_ANSWER),
        ("coprime", COPRIME + " Update: the second number is 70.", COPRIME_ANSWER),
        ("traduction", TRANSLATION + "\nRectificatif : lire « millions » au lieu de « milliards ».",
         TRANSLATION_ANSWER),
        ("sentiment", SENTIMENT_HEAD + "\n{reviews}\nCorrection : l'avis 2 dit en fait 5 étoiles.",
         SENTIMENT_ANSWER),
    ],
    ids=["riddle-erratum", "riddle-my-mistake", "line-update", "line-in-fact", "coprime-lire",
         "coprime-update", "traduction-rectificatif", "sentiment-correction"],
)
def test_data_restated_after_the_statement_is_another_problem(prompts, task, prompt, answer):
    earned = corpus.earned(prompts, task, prompt, answer)
    assert _paid(earned) <= {"prompt-filled", "answer-filled", "answer-is-json"}, earned  # formalities


@pytest.mark.parametrize(
    ("task", "prompt", "answer"),
    [
        ("riddle", RIDDLE + " Attention : Caroline en fait partie, compte bien.", RIDDLE_ANSWER),
        ("coprime", COPRIME + " Lis l'énoncé au lieu de deviner.", COPRIME_ANSWER),
        ("parallel-line", LINE + " Vérifie ta réponse avec le point (5, 10).", LINE_ANSWER),
        ("parallel-line", LINE + " En fait, donne aussi a et b sur 2 lignes.", LINE_ANSWER),
    ],
    ids=["riddle-en-fait-partie", "coprime-lis-au-lieu-de", "line-verifie", "line-en-fait-request"],
)
def test_a_prompt_that_keeps_its_data_keeps_its_points(prompts, task, prompt, answer):
    earned = corpus.earned(prompts, task, prompt, answer)
    assert earned["prompt-data"] == 1
    assert all(got for name, got in earned.items() if name.startswith("answer")), earned


# -- b. a persona that is the answer -------------------------------------------------------------
@pytest.mark.parametrize(
    "persona",
    [
        "Tu es Jeanne, la seule sœur de Caroline.",
        "You are Caroline's only sister, Emma.",
        "Dans ce jeu de rôle, tu es la sœur unique de Caroline.",
    ],
)
def test_a_persona_that_is_the_only_sister_dictates_the_count(prompts, persona):
    prompt = persona + " " + RIDDLE.split(". ", 1)[1]
    earned = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0
    assert earned["prompt-role"] == 0  # a relative of the riddle is no role (round 8)


def test_a_persona_that_states_the_gcd_dictates_it(prompts):
    prompt = "Tu joues le rôle du PGCD de 35 et 64, qui vaut 1. " + COPRIME.split(". ", 1)[1]
    earned = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert earned["answer-verdict"] == 0 and earned["answer-justified"] == 0


def test_the_only_sister_asked_about_or_denied_dictates_nothing(prompts):
    prompt = RIDDLE + " Attention : Caroline n'est pas la seule fille de la famille."
    earned = corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)
    assert earned["answer-right"] == 2 and earned["prompt-role"] == 1


# -- c. a marking scheme ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "check"),
    [
        ("parallel-line", LINE + "\nGrille de notation : 2 pts si b = -10, 1 pt si a = 4.", LINE_ANSWER,
         "answer-intercept"),
        ("parallel-line", LINE + "\nMarking: if y = 4x - 10 -> 3 points.", LINE_ANSWER, "answer-equation"),
        ("coprime", COPRIME + "\nBarème : 2 points si le PGCD vaut 1.", COPRIME_ANSWER, "answer-justified"),
        ("riddle", RIDDLE + "\nGrading: 2 points if the count is one.", RIDDLE_ANSWER, "answer-right"),
    ],
    ids=["line-grille", "line-marking-arrow", "coprime-bareme", "riddle-grading"],
)
def test_a_marking_scheme_dictates_the_values_it_rewards(prompts, task, prompt, answer, check):
    earned = corpus.earned(prompts, task, prompt, answer)
    assert earned[check] == 0, earned


def test_a_marking_scheme_without_a_value_dictates_nothing(prompts):
    prompt = LINE + "\nBarème : 1 pt pour la pente, 1 pt pour l'ordonnée à l'origine, 1 pt si tu justifies."
    earned = corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


# -- d. elimination -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "check"),
    [
        ("coprime", COPRIME + " Petit indice : le PGCD n'est ni 35, ni 7, ni 5.", COPRIME_ANSWER,
         "answer-justified"),
        ("coprime", COPRIME + " Hint: their gcd is neither 5 nor 7 nor 35.", COPRIME_ANSWER,
         "answer-verdict"),
        ("parallel-line", LINE + " Indice : b ne vaut ni 10, ni 6, ni 0.", LINE_ANSWER, "answer-intercept"),
        ("riddle", RIDDLE + " Sache que la réponse n'est ni 2 ni 3.", RIDDLE_ANSWER, "answer-right"),
    ],
    ids=["coprime-ni", "coprime-neither", "line-ni", "riddle-ni"],
)
def test_values_ruled_out_in_a_list_dictate_the_answer(prompts, task, prompt, answer, check):
    earned = corpus.earned(prompts, task, prompt, answer)
    assert earned[check] == 0, earned


# -- e. labels dictated by headings -------------------------------------------------------------
@pytest.mark.parametrize(
    "layout",
    [
        "Clients satisfaits :\nAvis 1 : {r1}\nClients mécontents :\nAvis 2 : {r2}\n"
        "Sans avis tranché :\nAvis 3 : {r3}",
        "😀\nAvis 1 : {r1}\n😡\nAvis 2 : {r2}\n😐\nAvis 3 : {r3}",
        "Happy customers:\nReview 1: {r1}\n\nAngry customers:\nReview 2: {r2}\n\nUndecided:\nReview 3: {r3}",
    ],
    ids=["fr-headings", "emoji-headings", "en-headings"],
)
def test_reviews_filed_under_sentiment_headings_are_dictated(prompts, layout):
    prompt = SENTIMENT_HEAD + "\n" + layout.format(r1=REVIEW_1, r2=REVIEW_2, r3=REVIEW_3)
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert all(earned[f"answer-review-{i}"] == 0 for i in (1, 2, 3)), earned


@pytest.mark.parametrize(
    "layout",
    [
        "Avis 1 :\n{r1}\nAvis 2 :\n{r2}\nAvis 3 :\n{r3}",
        "Voici les avis reçus cette semaine :\nAvis 1 : {r1}\nAvis 2 : {r2}\nAvis 3 : {r3}",
        "### Avis 1\n{r1}\n\n### Avis 2\n{r2}\n\n### Avis 3\n{r3}",
    ],
    ids=["numbered-headings", "one-heading", "markdown-headings"],
)
def test_reviews_under_neutral_headings_keep_their_points(prompts, layout):
    prompt = SENTIMENT_HEAD + "\n" + layout.format(r1=REVIEW_1, r2=REVIEW_2, r3=REVIEW_3)
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_ANSWER)
    assert all(earned[f"answer-review-{i}"] > 0 for i in (1, 2, 3)), earned
