"""A method given as steps to follow is reasoning asked (round 22b's fair
r22bf-riddle-markdown-sections: "## Méthode" then "1. Liste les enfants. 2. Compte les filles.
3. Retire Caroline."). Two or more list items, each an order to work on the data, ask the model
to work before it answers, as "Avant de répondre, liste…" does (round 19b's procedure); one
item, or items that only ask for the answer or to read, ask no reasoning."""

from __future__ import annotations

import pytest

from prompts_corpus import corpus
from prompts_corpus.fair_prompts import RIDDLE_ANSWER

RIDDLE_DATA = (
    "Tu es professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
    "Combien de sœurs a Caroline ?"
)


EN = "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?"

# Only the riddle has a reasoning check (graders/prompts/checks.toml).
ASKED = [
    RIDDLE_DATA + "\n\nMéthode :\n1. Dessine la famille.\n2. Compte les filles.\n3. Enlève Caroline.",
    RIDDLE_DATA + "\n\n## Démarche\n- Énumère chaque enfant\n- Compte les filles parmi eux",
    EN + "\n\nSteps:\n1. List every child.\n2. Count the girls.\n3. Leave Caroline out.",
    RIDDLE_DATA
    + "\n\n**Étapes**\n1) Identifie les enfants de la famille.\n2) Repère les filles.\n"
    + "3) Déduis le nombre de sœurs de Caroline.",
    EN + "\n\nProcedure:\n- Write down each child of the family\n- Check which of them are girls",
]

NOT_ASKED = [
    RIDDLE_DATA + "\n\nMéthode :\n1. Compte les filles.",  # one step only
    RIDDLE_DATA + "\n\nÉtapes :\n1. Lis l'énigme.\n2. Donne la réponse.",  # read, then answer: no work
    RIDDLE_DATA + "\n\nMéthode :\n1. Ne dessine pas la famille.\n2. Ne compte rien.",  # steps denied
    # the student's own steps, done already
    RIDDLE_DATA + "\n\nJ'ai déjà fait :\n1. J'ai listé les enfants.\n2. J'ai compté les filles.",
    EN + "\n\nSteps:\n1. Answer with one number.\n2. Do not explain.",  # no work asked
]


# Round 107: one step of work opening the sentence, then the answer (r107f-riddle-en-family-roster).
WORK_THEN_ANSWER = [
    EN + " List the children of the family, then end with 'Answer: ...'.",
    RIDDLE_DATA + " Dessine la famille, puis termine par « Réponse : ... ».",
    EN + " Count the girls in the family and then give your answer.",
]
NO_WORK_THEN_ANSWER = [
    EN + " List the possible answers, then answer.",  # the step is the answer itself
    RIDDLE_DATA + " Ne dessine rien, puis termine par « Réponse : ... ».",  # the step denied
    EN + " My friend said to list the children, then answer.",  # a mention, not an order
]
ASKED += WORK_THEN_ANSWER
NOT_ASKED += NO_WORK_THEN_ANSWER


@pytest.mark.parametrize("prompt", ASKED)
def test_a_method_of_working_steps_asks_reasoning(prompts, prompt):
    assert corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)["prompt-reasoning"] == 1


@pytest.mark.parametrize("prompt", NOT_ASKED)
def test_one_step_or_steps_that_do_no_work_ask_no_reasoning(prompts, prompt):
    assert corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)["prompt-reasoning"] == 0

