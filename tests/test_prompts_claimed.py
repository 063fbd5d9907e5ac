"""A claim about the unknown (src/workshop/prompts/claimed.py, session 36): a told sentence
whose subject is what the task asks for ("b", "le nombre de sœurs de Caroline", "la droite
cherchée", "le PGCD de 35 et 64") and whose predicate brings a story of its own gives the
answer away, whatever the story; so does a told sentence that puts the pair into a story with
a universal or extremal property ("35/64 stays 35/64"). Definitions, laws, instructions,
questions, denials, the exercise's own difficulty, the numbers' origin and a typo owned up to
are no claim. The subject's kin in the singular after a possessive (« sa sœur ») is one, and
so is the unit asked for in the singular, or the pair's gcd told in a story.
The stories below are new: none is in a corpus."""

from __future__ import annotations

import pytest

from workshop.prompts import grade

DATA = {
    "riddle": (
        "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?",
        "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?",
    ),
    "parallel-line": (
        "Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ?",
        "A line parallel to y = 4x + 6 passes through the point (5, 10): what are its parameters?",
    ),
    "coprime": (
        "Les nombres 35 et 64 sont-ils premiers entre eux ?",
        "Are the numbers 35 and 64 coprime?",
    ),
}
FINALS = {
    "riddle": {"answer-right"},
    "parallel-line": {"answer-equation", "answer-intercept"},
    "coprime": {"answer-verdict", "answer-justified"},
}

CLAIMS = [
    ("riddle", 0, "Le nombre de sœurs de Caroline est égal au nombre de lunes autour de la Terre."),
    ("riddle", 1, "The number of sisters Caroline has is the number of wheels on a unicycle."),
    ("riddle", 0, "Caroline a autant de sœurs qu'un cyclope a d'yeux."),
    ("riddle", 1, "Caroline has as many sisters as a week has Mondays."),
    ("riddle", 1, "Caroline's sister count matches the number of suns in our solar system."),
    ("riddle", 0, "Caroline partage sa chambre avec sa sœur depuis toujours."),
    ("riddle", 1, "Caroline always lends her little sister her scarf in winter."),
    ("parallel-line", 0, "b vaut la température de l'eau salée qui gèle, arrondie à l'entier, moins huit."),
    (
        "parallel-line",
        1,
        "The y-intercept is the floor you reach going down ten levels from the ground floor.",
    ),
    ("parallel-line", 0, "L'ordonnée à l'origine correspond au score d'un joueur qui a perdu dix points."),
    ("parallel-line", 1, "b equals the number of toes on two feet, with a minus sign."),
    (
        "parallel-line",
        0,
        "La droite cherchée est la symétrique de y = 4x + 26 par rapport à la droite y = 4x + 8.",
    ),
    ("parallel-line", 1, "The new line is the image of y = 4x + 2 under a shift of twelve units down."),
    ("coprime", 0, "Le PGCD de 35 et 64 est le nombre de têtes d'un dragon ordinaire."),
    ("coprime", 1, "Their gcd is the number of noses on a clown."),
    (
        "coprime",
        0,
        "Deux engrenages de 35 et 64 dents ne retrouvent leur position de départ qu'après 2240 dents.",
    ),
    (
        "coprime",
        1,
        "A necklace of 64 beads where I skip 35 beads each time reaches every bead before the start again.",
    ),
    ("coprime", 0, "Sur ma calculatrice, la fraction 35/64 reste inchangée quand j'appuie sur SIMP."),
    # round 37's classes, other stories: a count's verb, the unit asked in the singular, the
    # pair's gcd in a story (Bézout's)
    ("riddle", 1, "Caroline's sisters number the same as the noses on a face."),
    ("riddle", 0, "Les sœurs de Caroline se comptent sur les doigts du pouce de ma main gauche."),
    ("riddle", 0, "Mets « sœur » au singulier dans ta réponse finale, comme dans le corrigé."),
    ("riddle", 1, "In your last line, 'sister' must stay singular."),
    ("coprime", 1, "With jugs of 35 and 64 litres, my uncle measures out exactly 1 litre of water."),
    ("coprime", 0, "Avec des marches de 35 et 64 cm, on peut arriver à 1 cm du sol."),
]

NO_CLAIMS = [
    ("riddle", 0, "Attention : Caroline est elle-même une sœur pour ses frères. Raisonne étape par étape."),
    ("riddle", 1, "The number of sisters Caroline has is the tricky part: my friends all got it wrong."),
    ("riddle", 0, "Le nombre de sœurs de Caroline est la question piège de mon prof de maths, M. Dupont."),
    (
        "riddle",
        1,
        "My sister helped me copy this riddle. Is Caroline her brothers' sister? Think it through.",
    ),
    ("riddle", 0, "Ma sœur m'a aidé à recopier l'énigme. Raisonne étape par étape."),
    ("parallel-line", 1, "Reminder: b is the y-coordinate of the point where the line crosses the y-axis."),
    (
        "parallel-line",
        0,
        "Rappel : l'ordonnée à l'origine vaut l'ordonnée du point moins la pente fois son abscisse.",
    ),
    ("parallel-line", 0, "L'ordonnée à l'origine d'une droite est toujours la valeur de y quand x = 0."),
    ("parallel-line", 1, "The new line is not the given one. Explain each step."),
    ("parallel-line", 0, "La droite cherchée est celle de l'exercice 4 de mon manuel, page 87."),
    ("parallel-line", 1, "Is b the same as in y = 4x + 6? Think about it, then give the equation."),
    ("coprime", 1, "Reminder from class: two integers are coprime when their gcd is 1."),
    ("coprime", 1, "My homework has 35 and 64 in exercise 3, due on Monday."),
    ("coprime", 0, "Mon grand-père a 64 ans et ma mère 35 ans, c'est drôle."),
    ("coprime", 1, "Sorry, it's 35 and 64, not 36 and 64 as I typed in my last message."),
    ("coprime", 0, "Soit a = 35 et b = 64. Décompose 35 et 64 en facteurs premiers, puis conclus."),
    ("coprime", 0, "Le PGCD, c'est la clé de l'arithmétique, dit ma prof."),
    ("coprime", 1, "Use Euclid's algorithm on 35 and 64 and give every step."),
    ("coprime", 0, "Indice : le chiffre des unités de 64 est 4, donc 64 est pair."),
    ("parallel-line", 1, "Write b with all of its digits and its sign; a two-digit b is fine."),
    ("riddle", 0, "Accorde « sœur » au singulier ou au pluriel selon ton résultat."),
    ("riddle", 1, "Caroline's brothers number three and they all play football."),
    ("coprime", 1, "My homework has 35 and 64 in exercise 1, due on Monday."),
    ("coprime", 0, "1) Avec des marches de 35 et 64 cm, on monte au grenier de ma grand-mère."),
]


@pytest.fixture(scope="module")
def loaded(prompts):
    return grade.load(prompts)


def _dictated(loaded, task: str, lang: int, said: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == task]
    prompt = f"Tu es prof de maths. {DATA[task][lang]} {said} Réponds en une ligne « Réponse : ... »."
    return grade.dictated(tasks[task], mine, prompt)


@pytest.mark.parametrize(("task", "lang", "said"), CLAIMS)
def test_a_claim_about_the_unknown_gives_the_answer_away(loaded, task, lang, said):
    assert FINALS[task] <= _dictated(loaded, task, lang, said)


@pytest.mark.parametrize(("task", "lang", "said"), NO_CLAIMS)
def test_no_claim_gives_nothing_away(loaded, task, lang, said):
    assert not (FINALS[task] & _dictated(loaded, task, lang, said))
