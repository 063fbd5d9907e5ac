"""Issue 11bf's own variants of red team 31's fair classes (held out in
tests/prompts_corpus/pending/round31_fair.toml), written before their fixes and in other words
than the red team's: each fair form keeps its points, and the near miss next to it still earns
nothing on the check it games. Whole submissions are graded (transcript mode), one task at a
time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import PLAN_ANSWER, RIDDLE_ANSWER, RIDDLE_DATA  # noqa: E402

RIDDLE_EN = (
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?"
)
RIDDLE_ANSWER_EN = (
    "Each brother's 2 sisters are Caroline and one other girl.\n\nAnswer: Caroline has 1 sister."
)

# -- 1. the user's own family counted (a parent's context), not the riddle's ----------------------
OWN_FAMILY = [
    "Je suis maman de trois garçons et ma fille m'a posé cette énigme. Tu es professeur de logique. ",
    "J'ai deux garçons qui adorent les énigmes. Tu es professeur de logique. ",
    "Tu es professeur de logique. Mes 3 garçons sèchent sur ce problème : ",
    "Je suis papa de deux enfants et ils n'arrivent pas à se mettre d'accord. Tu es professeur de logique. ",
    "I'm a mum of three boys and my daughter brought this riddle home. You are a logic teacher. ",
    "You are a logic teacher. I have two sons who keep arguing about this one: ",
    "You are a logic teacher. My 3 kids can't agree on this riddle. ",
]


@pytest.mark.parametrize("lead", OWN_FAMILY)
def test_the_users_own_family_gives_no_count_away(prompts, lead):
    data, answer = (RIDDLE_EN, RIDDLE_ANSWER_EN) if "You are" in lead else (RIDDLE_DATA, RIDDLE_ANSWER)
    got = corpus.earned(prompts, "riddle", lead + data, answer)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "lead",
    [
        "Je suis la maman de Caroline : j'ai trois garçons et deux filles. Tu es professeur de logique. ",
        "Tu es professeur de logique. J'ai deux filles, comme la famille de l'énigme. ",
        "Tu es professeur de logique. Dans leur famille, il y a 2 filles. ",
        "Tu es professeur de logique. J'ai 5 enfants, comme cette famille. ",
        "You are a logic teacher. I am Caroline's mother and I have two daughters. ",
        "You are a logic teacher. Like Caroline's parents, I have 2 girls. ",
        "You are a logic teacher. My family is the same: I have 5 children. ",
    ],
)
def test_the_riddles_family_counted_by_the_user_still_gives_it_away(prompts, lead):
    data, answer = (RIDDLE_EN, RIDDLE_ANSWER_EN) if "You are" in lead else (RIDDLE_DATA, RIDDLE_ANSWER)
    got = corpus.earned(prompts, "riddle", lead + data, answer)
    assert got["answer-right"] == 0, got


# -- 2. a worked example on another instance, then the task --------------------------------------
WORKED_RIDDLE = [
    "Tu es professeur de logique. Exemple du raisonnement attendu : « Paul a 2 sœurs. Chaque sœur a 1 "
    "frère. Combien de frères a Paul ? Le frère de chaque sœur est Paul lui-même, donc Paul a 0 frère. » "
    "Fais de même : " + RIDDLE_DATA,
    "You are a logic tutor. A worked example: 'Leo has 4 sisters. Every sister has exactly 1 brother. How "
    "many brothers has Leo got? The brother of every sister is Leo, so Leo has 0 brothers.' "
    "Now the same way: "
    + RIDDLE_EN,
]


@pytest.mark.parametrize("prompt", WORKED_RIDDLE)
def test_a_worked_example_on_another_riddle_keeps_the_data(prompts, prompt):
    answer = RIDDLE_ANSWER_EN if "You are" in prompt else RIDDLE_ANSWER
    got = corpus.earned(prompts, "riddle", prompt, answer)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


WORKED_PAIR = [
    "You are an arithmetic teacher. What I expect: '15 and 25: gcd(15, 25) = 5, so they are not coprime.' "
    "Now do it for 35 and 64: are they coprime? Give the gcd and say yes or no.",
    "You are an arithmetic teacher. Example: '9 and 12 are not coprime.' Are 35 and 64 coprime? "
    "Give their gcd.",
    "Tu es professeur de mathématiques. Modèle : '12 et 18 ne sont pas premiers entre eux.' Les nombres 35 "
    "et 64 sont-ils premiers entre eux ? Donne leur PGCD.",
]
PAIR_ANSWER = "64 = 35 + 29, 35 = 29 + 6, 29 = 4 × 6 + 5, 6 = 5 + 1: gcd(35, 64) = 1.\n\nAnswer: yes."


@pytest.mark.parametrize("prompt", WORKED_PAIR)
def test_a_worked_example_on_another_pair_keeps_the_data(prompts, prompt):
    got = corpus.earned(prompts, "coprime", prompt, PAIR_ANSWER)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "prompt",
    [
        "You are an arithmetic teacher. Do not tell me whether 35 and 64 are coprime.",
        "Tu es professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs, donc en fait "
        "4 sœurs. Combien de sœurs a Caroline ?",
        "You are a logic teacher. Caroline (a girl) has 3 brothers, so 4 brothers. "
        "Each brother has 2 sisters. "
        "How many sisters does Caroline have?",
    ],
)
def test_the_task_refused_or_restated_is_still_not_carried(prompts, prompt):
    task = "coprime" if "35" in prompt else "riddle"
    assert corpus.earned(prompts, task, prompt, "x")["prompt-data"] == 0


# -- 3. the plan's statement paraphrased ("parler d'IA générative pendant une heure") -------------
PARAPHRASED_PLAN = [
    "Tu es formateur. Je dois parler d'IA générative pendant une heure à des gens qui n'y connaissent rien. "
    "Fais-moi le plan de la présentation, avec une durée par partie.",
    "Tu es formatrice. Pendant une heure, je vais parler d'intelligence artificielle générative à des "
    "débutants : propose le plan de mon intervention, avec une durée par partie.",
    "You are a trainer. I must talk about generative AI for an hour to people who know nothing about it. "
    "Give me the outline of the talk, with a duration for each part.",
]


@pytest.mark.parametrize("prompt", PARAPHRASED_PLAN)
def test_the_plan_asked_in_a_paraphrase_carries_the_data(prompts, prompt):
    got = corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


@pytest.mark.parametrize(
    "prompt",
    [
        "Tu es formateur. Je dois parler d'IA générative pendant une demi-heure à des débutants. "
        "Fais le plan.",
        "Tu es formateur. Je dois parler d'IA générative pendant une heure à des experts. Fais le plan.",
    ],
)
def test_another_plan_in_a_paraphrase_carries_no_data(prompts, prompt):
    assert corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)["prompt-data"] == 0


# -- 4. a role asked for someone else's sake ("act as his teacher") -------------------------------
OTHERS_ROLE = [
    "can you act as his teacher and explain it step by step? ",
    "Could you be her tutor for a minute? ",
    "You are their maths teacher. ",
    "Tu peux jouer le rôle de son prof ? ",
    "Tu es leur professeur de logique. ",
    "Sois son professeur particulier le temps de cette énigme. ",
]


@pytest.mark.parametrize("lead", OTHERS_ROLE)
def test_a_role_for_someone_elses_sake_is_a_role(prompts, lead):
    data = RIDDLE_DATA if " tu " in f" {lead.lower()}" or lead.startswith(("Sois", "Tu")) else RIDDLE_EN
    assert corpus.earned(prompts, "riddle", lead + data, "x")["prompt-role"] == 1


@pytest.mark.parametrize(
    "lead",
    [
        "Tu es sa sœur. ",
        "You are his sister. ",
        "Tu es son seul espoir. ",
        "You are their best chance. ",
    ],
)
def test_someone_elses_relative_or_hope_is_still_no_role(prompts, lead):
    data = RIDDLE_DATA if lead.startswith("Tu") else RIDDLE_EN
    assert corpus.earned(prompts, "riddle", lead + data, "x")["prompt-role"] == 0


# -- 5. the gcd restated in a "since" clause before the pair it is of ------------------------------
COPRIME_PROMPT = (
    "Tu es professeur de mathématiques. Les nombres 35 et 64 sont-ils premiers entre eux ? Justifie."
)
SINCE = [
    "35 = 5 × 7 et 64 = 2^6, donc PGCD(35, 64) = 1.\nComme leur PGCD vaut 1, 35 et 64 sont premiers entre "
    "eux.\n\nRéponse : oui.",
    "Étape 1 : PGCD(35, 64) = 1.\nÉtape 2 : puisque leur PGCD vaut 1, 35 et 64 sont premiers entre eux.\n\n"
    "Réponse : oui.",
    "gcd(35, 64) = 1.\nSince their gcd is 1, 35 and 64 are coprime.\n\nAnswer: yes.",
    "As their gcd is 1, 64 and 35 are coprime.\n\nAnswer: yes.",
]


@pytest.mark.parametrize("answer", SINCE)
def test_the_gcd_restated_before_the_pair_justifies(prompts, answer):
    got = corpus.earned(prompts, "coprime", COPRIME_PROMPT, answer)
    assert got["answer-justified"] == 2 and got["answer-verdict"] == 2, got


@pytest.mark.parametrize(
    "answer",
    [
        "Comme leur PGCD vaut 1, 7, 35 et 64 sont premiers entre eux.\n\nRéponse : oui.",
        "Since their gcd is 1, 5 and 7 are coprime.\n\nAnswer: yes.",
        "Leur PGCD vaut 1, 35 ou 64 selon l'ordre.\n\nRéponse : oui.",
    ],
)
def test_a_second_value_after_the_gcd_still_refuses_it(prompts, answer):
    assert corpus.earned(prompts, "coprime", COPRIME_PROMPT, answer)["answer-justified"] == 0
