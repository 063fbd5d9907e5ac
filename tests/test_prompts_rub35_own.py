"""Fix-helper rub35's own variants of round 33's rubric classes (held out in
tests/prompts_corpus/pending/), written against e7d6395 before their fixes and in other words
than the red team's: a saying quoted (a proverb, a motto, someone's saying) asks for no
reasoning, a compliment idiom ("You're an angel", "T'es une perle") is no role, a format named
or defined ("JSON is a lightweight data-interchange format") asks for no format, and a role
asked as a question ("Tu peux faire le prof de maths ?") is a role. On e7d6395 50/84 failed:
every near-miss earned its rubric point, every role asked by a verb of playing it lost it (the
controls beside them, requests kept and roles still roles, passed). Read with
:func:`workshop.prompts.structure.does`, the rubric readers themselves."""

from __future__ import annotations

import pytest

from workshop.prompts.structure import does

# -- 1. a saying quoted: no request to reason -------------------------------------------------------
SAYINGS = [
    "Comme on dit, pas à pas on va loin.",
    "Pas à pas, on va loin, comme disait mon grand-père.",
    "Mon grand-père disait toujours : étape par étape, on arrive au sommet.",
    "As my grandma always says, step by step you get there.",
    "As the saying goes, one step at a time.",
    "Step by step, one goes far, as they say.",
    "Like my coach says: one step at a time.",
    "Ma devise : étape par étape.",
    "My motto: step by step.",
    "Un proverbe chinois dit : pas à pas on va loin.",
    "« Pas à pas on va loin », dit le proverbe.",
    "Selon le dicton, petit à petit, étape par étape, l'oiseau fait son nid.",
    "Comme disait Descartes, il faut décomposer chaque difficulté étape par étape.",
    "In the words of my maths teacher, one step at a time.",
]
ASKED_TO_REASON = [
    "Comme on dit, pas à pas on va loin. Raisonne donc étape par étape.",
    "Comme dit ma grand-mère, pas à pas on va loin : raisonne étape par étape.",
    "Explique ton raisonnement étape par étape, comme le demande mon professeur.",
    "Raisonne pas à pas, puis donne la réponse.",
    "As they say, slow and steady wins the race. So think step by step.",
    "Comme l'indique l'énoncé, raisonne étape par étape.",
    "As I said, think step by step.",
    "Comme on dit, réfléchis avant de répondre : raisonne étape par étape.",
]


@pytest.mark.parametrize("prompt", SAYINGS)
def test_a_saying_quoted_asks_for_no_reasoning(prompt):
    assert not does("reasoning", "Tu es professeur de logique. " + prompt)


@pytest.mark.parametrize("prompt", ASKED_TO_REASON)
def test_reasoning_asked_beside_a_saying_is_asked(prompt):
    assert does("reasoning", prompt)


# -- 2. a compliment idiom: no role -----------------------------------------------------------------
COMPLIMENTS = [
    "Tu es un ange, merci de m'aider !",
    "T'es un amour.",
    "Tu es une vraie perle !",
    "You're a lifesaver.",
    "You're an absolute gem, thank you.",
    "You're a legend, mate.",
    "T'es un crack.",
    "Tu es un trésor.",
    "You are a godsend.",
    "You're a sweetheart for doing this.",
    "You're my lifesaver!",
    "Tu es mon sauveur.",
    "You're a real treasure.",
    "T'es une crème.",
    "Tu es un amour d'avoir répondu si vite.",
]
ROLES = [
    "Tu es un professeur de mathématiques patient.",
    "You're a maths tutor.",
    "Tu es un pirate qui aime les énigmes.",
    "You're an angel investor reviewing pitches.",
    # a field after it makes an expert (round 15b's fair "Tu es un as des énigmes logiques")
    "Tu es un as des énigmes logiques.",
    "T'es un crack en maths.",
    "You're an ace at riddles.",
]


@pytest.mark.parametrize("prompt", COMPLIMENTS)
def test_a_compliment_idiom_is_no_role(prompt):
    assert not does("role", prompt + " Combien de sœurs a Caroline ?")


@pytest.mark.parametrize("prompt", ROLES)
def test_a_role_is_still_a_role(prompt):
    assert does("role", prompt)


# -- 3. a format named or defined: no format asked --------------------------------------------------
FORMAT_FACTS = [
    "Fun fact: JSON is a lightweight data-interchange format that is easy for humans to read and write.",
    "Le JSON est un format léger d'échange de données, facile à lire et à écrire.",
    "Markdown is a lightweight markup language created in 2004.",
    "Le saviez-vous ? Le format CSV est un format texte très ancien.",
    "Anecdote : le format JSON vient du JavaScript.",
    "CSV files are easy to open in Excel.",
    "A bulleted list is a list whose items start with a bullet.",
    "Pour info, le YAML est un langage lisible par les humains.",
    "JSON (JavaScript Object Notation) was popularised by Douglas Crockford.",
    "Bullet points are popular in presentations.",
]
FORMATS_ASKED = [
    "Réponds en JSON.",
    "JSON is easy to parse, so answer in JSON.",
    "Le JSON est facile à lire : réponds en JSON.",
    "The output format is JSON.",
    "Le format attendu est JSON.",
    "JSON is a lightweight format, please answer in JSON.",
    "Le JSON est un format léger, donc donne ta réponse en JSON.",
    "Le format JSON est un standard : c'est celui que j'attends.",
    "JSON is a simple format I want you to use.",
    "As they say, a table is worth a thousand words, answer in a table.",
]


@pytest.mark.parametrize("prompt", FORMAT_FACTS)
def test_a_format_named_or_defined_asks_for_no_format(prompt):
    assert not does("format", "You are a sentiment-analysis assistant. Label each review. " + prompt)


@pytest.mark.parametrize("prompt", FORMATS_ASKED)
def test_a_format_asked_beside_its_definition_is_asked(prompt):
    assert does("format", prompt)


# -- 4. a role asked as a question ------------------------------------------------------------------
ROLES_ASKED = [
    "Tu peux faire le prof de maths ?",
    "Tu pourrais faire la prof de français ce soir ?",
    "Peux-tu faire le professeur ?",
    "Tu veux bien faire le prof pour moi ?",
    "Fais le prof de maths, s'il te plaît.",
    "Tu peux jouer le prof ?",
    "Tu veux bien jouer au prof ?",
    "Tu peux faire office de prof ?",
    "Peux-tu me servir de prof de maths ?",
    "Could you serve as my tutor?",
    "Will you act like a maths teacher?",
    "Could you play the teacher for me?",
    "Can you play teacher tonight?",
]
NO_ROLE_ASKED = [
    "Tu peux faire le calcul ?",
    "Tu peux faire le malin ?",
    "Peux-tu faire la liste ?",
    "Could you play the game?",
    "Tu peux jouer le jeu ?",
    "Tu peux faire le point ?",
    "Can you play it safe?",
]


@pytest.mark.parametrize("prompt", ROLES_ASKED)
def test_a_role_asked_as_a_question_is_a_role(prompt):
    assert does("role", prompt + " Voici l'énoncé : une droite parallèle à y = 4x + 6 passe par (5, 10).")


@pytest.mark.parametrize("prompt", NO_ROLE_ASKED)
def test_a_task_asked_as_a_question_is_no_role(prompt):
    assert not does("role", prompt)
