"""Issue 11av's own variants of round 25b's prompt-side classes (red team 11zj) and of a later
red team's (lost), written before their fixes and in other words than the red teams': each
dictation or empty request earns nothing on the check it games, and the fair near-miss next to
it keeps its points. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import LINE, LINE_ANSWER, RIDDLE, RIDDLE_ANSWER  # noqa: E402

COPRIME = "Tu es professeur de mathématiques. 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."
COPRIME_ANSWER = (
    "64 = 35 × 1 + 29 ; 35 = 29 × 1 + 6 ; 29 = 6 × 4 + 5 ; 6 = 5 × 1 + 1. PGCD(35, 64) = 1.\n\n"
    "Réponse : oui, ils sont premiers entre eux."
)
PLAN = (
    "Tu es médiatrice numérique. Fais le plan d'une présentation d'une heure sur l'IA générative, "
    "pour un public qui n'y connaît rien. Donne une durée à chaque partie."
)
PLAN_ANSWER = (
    "1. Accueil — 5 min\n2. Comment fonctionne un modèle de langage — 15 min\n3. Démonstration — 20 min\n"
    "4. Limites et bons usages — 15 min\n5. Questions — 5 min"
)
TRANSLATION_ANSWER = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". Every time it makes a mistake, the model '
    "slightly adjusts its parameters, that is, the numbers that determine its answers. A large language "
    "model has billions of them. Once trained, it can recognise images it has never seen, but it can "
    "also be wrong with great confidence."
)
SOURCE = [
    "Un modèle d'intelligence artificielle apprend à partir d'exemples.",
    "Pendant l'entraînement, on lui montre des milliers de photos étiquetées, par exemple « chihuahua » "
    "ou « muffin ».",
    "À chaque erreur, le modèle ajuste un peu ses paramètres, c'est-à-dire les nombres qui déterminent "
    "ses réponses.",
    "Un grand modèle de langage en possède des milliards.",
    "Une fois entraîné, il peut reconnaître des images qu'il n'a jamais vues, mais il peut aussi se "
    "tromper avec beaucoup d'assurance.",
]


def _dictated(got: dict[str, float]) -> bool:
    return got["prompt-data"] == 1 and not any(corpus.answer_points(got).values())


def _kept(got: dict[str, float]) -> bool:
    return got["prompt-data"] == 1 and all(corpus.answer_points(got).values())


# -- 1. the answer dictated as a one-step rule over a quantity of the data -----------------------
@pytest.mark.parametrize(
    ("task", "base", "answer", "hint"),
    [
        ("riddle", RIDDLE, RIDDLE_ANSWER, "Indice : c'est le nombre de sœurs de chaque frère moins 1."),
        ("riddle", RIDDLE, RIDDLE_ANSWER, "Hint: it is the number of sisters each brother has, minus 1."),
        ("riddle", RIDDLE, RIDDLE_ANSWER, "Astuce : c'est la moitié du nombre de sœurs de chaque frère."),
        ("parallel-line", LINE, LINE_ANSWER, "Astuce : b est l'opposé de l'ordonnée du point."),
        ("parallel-line", LINE, LINE_ANSWER, "Tip: the intercept equals minus the point's y-coordinate."),
        ("parallel-line", LINE, LINE_ANSWER, "Mon prof dit que b vaut moins le double de l'abscisse."),
        # Session 48 (the lead's policy, fix66's decisive.py): a hint that asserts the riddle's decisive
        # step hands the solution over; this one was a fair near miss below until then.
        ("riddle", RIDDLE, RIDDLE_ANSWER, "Attention : Caroline est l'une des sœurs de chaque frère."),
    ],
)
def test_a_one_step_rule_over_the_data_dictates_the_answer(prompts, task, base, answer, hint):
    assert _dictated(corpus.earned(prompts, task, f"{base} {hint}", answer))


@pytest.mark.parametrize(
    ("task", "base", "answer", "hint"),
    [
        ("riddle", RIDDLE, RIDDLE_ANSWER, "Est-ce le nombre de sœurs de chaque frère moins un ?"),
        (
            "parallel-line",
            LINE,
            LINE_ANSWER,
            "Rappel : b vaut l'ordonnée du point moins le coefficient directeur fois son abscisse.",
        ),
        ("parallel-line", LINE, LINE_ANSWER, "b n'est pas l'opposé de l'ordonnée du point."),
        ("parallel-line", LINE, LINE_ANSWER, "Deux droites parallèles ont le même coefficient directeur."),
    ],
)
def test_a_method_or_a_denied_rule_dictates_nothing(prompts, task, base, answer, hint):
    assert _kept(corpus.earned(prompts, task, f"{base} {hint}", answer))


# -- 2. coprimality presupposed by a use of the two numbers, or reported by a pro-form ------------
@pytest.mark.parametrize(
    "tail",
    [
        "Donne ensuite l'inverse de 35 modulo 64.",
        "Then compute the modular inverse of 35 mod 64.",
        "Puis trouve u et v tels que 35u + 64v = 1.",
        "Then find x and y with 35x + 64y = 1.",
        "Mon corrigé dit qu'ils le sont.",
        "Si ce sont bien 35 et 64, mon livre affirme que oui.",
        "My answer key says they are.",
    ],
)
def test_a_presupposed_or_reported_verdict_is_dictated(prompts, tail):
    assert _dictated(corpus.earned(prompts, "coprime", f"{COPRIME} {tail}", COPRIME_ANSWER))


@pytest.mark.parametrize(
    "tail",
    [
        "Si c'est le cas, donne aussi l'inverse de 35 modulo 64.",
        "Say whether 35 has an inverse modulo 64.",
        "S'ils le sont, trouve u et v tels que 35u + 64v = 1.",
        "Si ce sont bien 35 et 64, détaille l'algorithme d'Euclide.",
        "Mon prof dit qu'il faut justifier.",
    ],
)
def test_a_use_asked_under_a_condition_dictates_nothing(prompts, tail):
    assert _kept(corpus.earned(prompts, "coprime", f"{COPRIME} {tail}", COPRIME_ANSWER))


# -- 3. a verification identity over the data that holds the answer -------------------------------
@pytest.mark.parametrize(
    "tail",
    ["Vérifie que 4 × 5 − 10 = 10.", "Check that 4*5 + (-10) gives 10.", "Vérifie que 10 = 4 × 5 − 10."],
)
def test_a_verification_identity_holding_the_answer_dictates_it(prompts, tail):
    assert _dictated(corpus.earned(prompts, "parallel-line", f"{LINE} {tail}", LINE_ANSWER))


@pytest.mark.parametrize(
    "tail",
    ["Vérifie que 4 × 5 + b = 10.", "Check that (5, 10) is on your line.", "Exemple : 2 × 1 + 3 = 5."],
)
def test_a_verification_with_the_unknown_dictates_nothing(prompts, tail):
    assert _kept(corpus.earned(prompts, "parallel-line", f"{LINE} {tail}", LINE_ANSWER))


# -- 4. reasoning asked but the output forced to one digit or word --------------------------------
@pytest.mark.parametrize(
    "tail",
    [
        "Mais réponds par un seul chiffre.",
        "Réponds uniquement par le nombre.",
        "But answer with a single word and nothing else.",
        "Reply with one number only.",
        # "puis" alone (the reasoning asked, then only the number) no longer keeps it: issue 11ba,
        # session 32 (the model that writes only the number has shown no reasoning).
        "Puis donne seulement le nombre.",
    ],
)
def test_reasoning_with_a_one_token_output_is_no_reasoning(prompts, tail):
    got = corpus.earned(prompts, "riddle", f"{RIDDLE} {tail}", RIDDLE_ANSWER)
    assert got["prompt-reasoning"] == 0, got


@pytest.mark.parametrize(
    "tail",
    [
        "Termine par une ligne « Réponse : » avec un seul nombre.",
        "Then give the final count as a single number on the last line.",
    ],
)
def test_reasoning_with_a_short_final_line_is_reasoning(prompts, tail):
    got = corpus.earned(prompts, "riddle", f"{RIDDLE} {tail}", RIDDLE_ANSWER)
    assert got["prompt-reasoning"] == 1, got


# -- 5. a role sentence quoted as material for a language exercise; an object personified ---------
@pytest.mark.parametrize(
    "lead",
    [
        "Mets cette phrase au pluriel : « Tu es professeur de mathématiques. »",
        "Conjugue au futur la phrase « Tu es professeur de mathématiques. »",
        'Put this sentence into the past tense: "You are a maths teacher."',
    ],
)
def test_a_role_quoted_as_grammar_material_is_no_role(prompts, lead):
    prompt = f"{lead} Ensuite : 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."
    assert corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)["prompt-role"] == 0


@pytest.mark.parametrize(
    "lead",
    [
        "Tu es une calculatrice HP-35 qui détaille ses calculs.",
        "Act as a graphing calculator.",
        "Tu es professeur de mathématiques. Un élève m'a dit « mets ça au propre ».",
    ],
)
def test_a_persona_or_a_role_beside_a_quotation_is_a_role(prompts, lead):
    prompt = f"{lead} 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."
    assert corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)["prompt-role"] == 1


# -- 6. a format said of the event ----------------------------------------------------------------
@pytest.mark.parametrize(
    "tail",
    [
        "La présentation aura un format atelier.",
        "L'atelier se déroulera sous forme de table ronde.",
        "The talk will follow a panel format, with questions at the end.",
    ],
)
def test_the_events_format_fixes_no_answer_shape(prompts, tail):
    assert corpus.earned(prompts, "plan", f"{PLAN} {tail}", PLAN_ANSWER)["prompt-format"] == 0


@pytest.mark.parametrize(
    "tail",
    [
        "Réponds sous forme de liste numérotée.",
        "La présentation aura la forme d'une liste numérotée « titre — durée ».",
    ],
)
def test_an_answer_shape_beside_the_event_is_a_format(prompts, tail):
    assert corpus.earned(prompts, "plan", f"{PLAN} {tail}", PLAN_ANSWER)["prompt-format"] == 1


# -- 7. the source's sentences pasted out of order -------------------------------------------------
@pytest.mark.parametrize("order", [(3, 0, 4, 1, 2), (1, 0, 2, 3, 4), (0, 1, 2, 4, 3)])
def test_a_shuffled_source_carries_no_data(prompts, order):
    lead = "Tu es traducteur technique. Traduis ce paragraphe en anglais :\n"
    prompt = lead + " ".join(SOURCE[i] for i in order)
    assert corpus.earned(prompts, "traduction", prompt, TRANSLATION_ANSWER)["prompt-data"] == 0


def test_a_sentence_quoted_before_the_source_in_order_keeps_the_data(prompts):
    prompt = (
        f"Tu es traducteur technique. Attention à la phrase « {SOURCE[3]} » : garde « milliards ». "
        "Traduis ce paragraphe en anglais :\n" + " ".join(SOURCE)
    )
    got = corpus.earned(prompts, "traduction", prompt, TRANSLATION_ANSWER)
    assert got["prompt-data"] == 1, got
    in_order = "Tu es traducteur technique. Traduis ce paragraphe en anglais :\n" + "\n".join(SOURCE)
    assert corpus.earned(prompts, "traduction", in_order, TRANSLATION_ANSWER)["prompt-data"] == 1
