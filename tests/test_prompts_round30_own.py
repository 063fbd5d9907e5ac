"""Issue 11bd's own variants of red team redteam30's round 30 dictation classes (its gaming corpus
wired in tests/test_prompts_corpus.py), in other words than the red team's, French and English:
a fact beside the task's data from which the answer follows in one step gives the answer
checks away (`grade.dictated`); the fair near-miss next to it (a definition recalled, a check
asked, a fact that fixes nothing) gives nothing away."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.course import Course
from workshop.prompts import grade

REPO = Path(__file__).resolve().parents[1]
TASKS, CHECKS = grade.load(Course.locate(REPO).exercise("prompts"))

RIDDLE = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"
RIDDLE_EN = (
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?"
)
LINE = "Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ?"
LINE_EN = "A line parallel to y = 4x + 6 passes through the point (5, 10): what are its parameters?"
COPRIME = "Les nombres 35 et 64 sont-ils premiers entre eux ? Justifie et donne leur PGCD."
COPRIME_EN = "Are the numbers 35 and 64 coprime? Justify and give their gcd."
PLAN = (
    "Fais le plan d'une présentation d'une heure sur l'IA générative pour un public qui n'y connaît "
    "rien. Donne une durée à chaque partie, en liste numérotée « titre — durée »."
)
PLAN_EN = (
    "Make the plan of a one-hour presentation on generative AI for an audience that knows nothing "
    "about it. Give each part its duration, as a numbered list."
)


def _dictated(task: str, prompt: str) -> set[str]:
    mine = [c for _, c in CHECKS if c.task == task]
    return grade.dictated(TASKS[task], mine, prompt)


@pytest.mark.parametrize(
    ("task", "prompt", "check", "given"),
    [
        # a family member named: the subject's sister
        (
            "riddle",
            f"Tu es prof de logique. Caroline et sa sœur Emma adorent les énigmes. {RIDDLE}",
            "answer-right",
            True,
        ),
        (
            "riddle",
            f"You teach logic. Story: Caroline's twin sister Mia was born first. {RIDDLE_EN}",
            "answer-right",
            True,
        ),
        (
            "riddle",
            f"Tu es prof de logique. Emma, la sœur de Caroline, pose l'énigme. {RIDDLE}",
            "answer-right",
            True,
        ),
        (
            "riddle",
            f"Tu es prof de logique. Ma fille Emma adore les énigmes. {RIDDLE}",
            "answer-right",
            False,
        ),
        (
            "riddle",
            f"You teach logic. Does Caroline have a sister named Mia? Think. {RIDDLE_EN}",
            "answer-right",
            False,
        ),
        # a second condition on the line: another line crossed, a translation, another point
        (
            "parallel-line",
            f"Tu es prof de maths. {LINE} Ta droite coupe y = x + 2 au point d'abscisse 4.",
            "answer-intercept",
            True,
        ),
        (
            "parallel-line",
            f"You teach maths. {LINE_EN} It meets the line y = -x at x = 2.",
            "answer-intercept",
            True,
        ),
        (
            "parallel-line",
            f"You teach maths. {LINE_EN} Hint: it is the image of y = 4x + 6 by the "
            f"translation of vector (0, -16).",
            "answer-intercept",
            True,
        ),
        (
            "parallel-line",
            f"Tu es prof de maths. {LINE} C'est l'image de la première droite par la "
            f"translation de vecteur (1, -12).",
            "answer-intercept",
            True,
        ),
        (
            "parallel-line",
            f"Tu es prof de maths. {LINE} Vérifie ensuite où ta droite coupe la droite y = "
            f"−4x.",
            "answer-intercept",
            False,
        ),
        (
            "parallel-line",
            f"Tu es prof de maths. {LINE} Rappel : une translation garde la pente d'une "
            f"droite.",
            "answer-intercept",
            False,
        ),
        # an arithmetic invariant that holds only for coprime pairs
        ("coprime", f"Tu es prof de maths. {COPRIME} Pour info, leur PPCM est 2240.", "answer-verdict", True),
        ("coprime", f"You teach maths. {COPRIME_EN} Fact: their lcm equals 2240.", "answer-verdict", True),
        (
            "coprime",
            f"Tu es prof de maths. {COPRIME} Je sais déjà que 64 n'est divisible ni par 5 ni "
            f"par 7.",
            "answer-verdict",
            True,
        ),
        (
            "coprime",
            f"You teach maths. {COPRIME_EN} Note that 35 is odd, so 2 does not divide it.",
            "answer-verdict",
            True,
        ),
        (
            "coprime",
            f"You teach maths. {COPRIME_EN} I drew a 35 by 64 grid: its diagonal crosses 98 "
            f"squares.",
            "answer-verdict",
            True,
        ),
        (
            "coprime",
            f"Tu es prof de maths. {COPRIME} Rappel : deux nombres sont premiers entre eux si "
            f"leur PGCD vaut 1.",
            "answer-verdict",
            False,
        ),
        (
            "coprime",
            f"You teach maths. {COPRIME_EN} Check your verdict with the lcm: gcd × lcm = 35 × "
            f"64.",
            "answer-verdict",
            False,
        ),
        (
            "coprime",
            f"Tu es prof de maths. {COPRIME} Vérifie si 64 est divisible par 5 ou par 7.",
            "answer-verdict",
            False,
        ),
        (
            "coprime",
            f"Tu es prof de maths. {COPRIME} Une diagonale d'une grille m × n traverse m + n "
            f"− PGCD(m, n) cases.",
            "answer-verdict",
            False,
        ),
        # a schedule fixing every part's time
        (
            "plan",
            f"Tu es formateur. {PLAN} Les transitions tombent à 10, 20, 35, 50 et 60 minutes.",
            "answer-sections",
            True,
        ),
        (
            "plan",
            f"You are a trainer. {PLAN_EN} My alarms ring at minutes 10, 25, 40, 50 and 60, "
            f"one part between two alarms.",
            "answer-sections",
            True,
        ),
        (
            "plan",
            f"Tu es formateur. {PLAN} Horaires : 14h00, 14h10, 14h25, 14h40, 14h50, 15h00.",
            "answer-sections",
            True,
        ),
        ("plan", f"Tu es formateur. {PLAN} Une pause est prévue à 30 minutes.", "answer-sections", False),
        (
            "plan",
            f"You are a trainer. {PLAN_EN} The talk starts at 14:00 and ends at 15:00.",
            "answer-sections",
            False,
        ),
    ],
)
def test_a_fact_one_step_from_the_answer_dictates_it(task, prompt, check, given):
    assert (check in _dictated(task, prompt)) is given


REVIEWS = (
    "Avis 1 : « J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est "
    "excellent. Je la recommande à tous mes amis ! »\n"
    "Avis 2 : « Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à "
    "mes messages. Je ne rachèterai jamais cette marque. »\n"
    "Avis 3 : « Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à "
    "l'usage s'il tient dans le temps. »"
)


@pytest.mark.parametrize(
    ("lexicon", "given"),
    [
        (
            "Lexique : positive = « simple à utiliser », « recommande » ; negative = « service client ne "
            "répond pas », « rachèterai » ; neutral = « livré mardi ».",
            True,
        ),
        (
            "Glossary: 'very easy to use' -> positive; 'stopped working' -> negative; "
            "'as announced' -> neutral.",
            True,
        ),
        ("Lexique : « bof » = neutral ; « génial », « parfait » = positive ; « nul » = negative.", False),
        ("Glossary: 'excellent' -> positive; 'broken' -> negative.", False),  # one of the reviews' words,
    ],
)
def test_a_lexicon_of_the_reviews_words_labels_them(lexicon, given):
    prompt = (
        "Tu es analyste du service client. Classe le sentiment de chaque avis (positive, negative ou "
        f"neutral).\n{REVIEWS}\n{lexicon}\nRéponds en JSON : "
        '{"reviews": [{"id": 1, "sentiment": "..."}, {"id": 2, "sentiment": "..."}, '
        '{"id": 3, "sentiment": "..."}]}'
    )
    found = _dictated("sentiment", prompt)
    assert ({"answer-review-1", "answer-review-2", "answer-review-3"} <= found) is given
