"""Fix-helper rub35b's own variants of round 34's rubric class r34g-sentiment-json-derulo (held out
in tests/prompts_corpus/pending/round34_gaming.toml), written against lead35b (f62df80) before
the fix and in other words than the red team's: a format's name used for something else (part
of a person's or a pet's name, a song, a file on a desk, a painting on a wall) asks for no
format, while every request for the answer's form keeps its point, with two gaps of the same
class that rub35 noted ("JSON est un format ; utilise-le pour ta réponse", "JSON is required").
On f62df80 25/46 failed: the near-misses with a verb of format earned prompt-format, the
two gaps and the answer named with its format ("Sortie JSON", "The JSON should have…") lost it
(the controls beside them passed); 0/46 after (docs/design.md, session 35). Read with
:func:`workshop.prompts.structure.does`."""

from __future__ import annotations

import pytest

from workshop.prompts.structure import does

ROLE = "Tu es analyste de la relation client. Classe le sentiment de chaque avis. "

# -- a format's name used for something else: no format asked ---------------------------------------
ELSEWHERE = [
    "Mets du JSON Derulo en fond sonore, ça aide à se concentrer.",
    "Put on some JSON Derulo while you work, it helps.",
    "Mets un peu de JSON Derulo pendant que tu travailles.",
    "Play some JSON Derulo in the background.",
    "Garde la liste de courses sur le frigo, on verra après.",
    "Keep the shopping list on the fridge for later.",
    "Mets le fichier CSV sur mon bureau quand tu auras fini.",
    "Put the JSON file on my desk when you are done.",
    "Utilise la table de la cuisine pour travailler.",
    "Use the kitchen table to work on it.",
    "Donne une caresse à mon chat Markdown.",
    "Give my dog Markdown a treat.",
    "Salue Mister JSON de ma part.",
    "Say hi to Captain CSV for me.",
    "Mon groupe préféré, c'est Markdown Express ; mets-le à fond.",
    "Mets le tableau de Monet au mur.",
    "J'écoute du JSON Derulo en boucle, mets-en aussi.",
    "Put some Markdown Derulo on.",
]
# -- the answer's form asked: kept ------------------------------------------------------------------
ASKED = [
    "Réponds en JSON.",
    "Format : JSON.",
    "Sortie JSON : une clé par avis.",
    "The JSON should have one key per review.",
    "Respecte ce JSON Schema pour ta réponse.",
    "Mets ta réponse en JSON.",
    "Put your answer in a table.",
    "Use a bulleted list for your answer.",
    "Mets les résultats dans un tableau.",
    "Donne le résultat en JSON, je le mettrai sur mon bureau.",
    "Give the answer as a list, I will keep it on my desk.",
    "Return valid JSON Only.",
    "Réponds en JSON Lines, une ligne par avis.",
    "JSON est un format ; utilise-le pour ta réponse.",
    "JSON is a format; use it for your answer.",
    "JSON is required.",
    "JSON est obligatoire.",
    "Le JSON est exigé pour la réponse.",
    "A table is mandatory.",
    "Mets ta réponse dans un tableau, comme une liste de courses.",
    "Write a shopping-list style bulleted list as your answer.",
    "Donne la réponse sous forme de liste de courses.",
    "Utilise un tableau (pas celui de la cuisine !).",
    "Réponds en JSON. Mets du Jason Derulo en fond sonore.",
    "Answer In JSON Format.",
    "JSON Derulo est mon chanteur préféré ; donne chaque avis en JSON.",
    "Le JSON doit contenir une clé par avis.",
    "Your JSON must have one key per review.",
]


@pytest.mark.parametrize("prompt", ELSEWHERE)
def test_a_format_word_used_for_something_else_asks_for_no_format(prompt):
    assert not does("format", ROLE + prompt)


@pytest.mark.parametrize("prompt", ASKED)
def test_the_answers_form_asked_is_asked(prompt):
    assert does("format", ROLE + prompt)
