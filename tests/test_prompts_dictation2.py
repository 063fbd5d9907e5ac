"""Issue 11p: dictations in disguise, by class, in this file's own words (not the corpora's):
each gaming prompt must lose the answer points (transcript mode), each fair prompt beside
it must keep them. Whole submissions are graded, as the corpus tests do."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from workshop.prompts.grade import grade_prompts

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

RIDDLE = (
    "Tu es professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
    "Combien de sœurs a Caroline ?"
)
RIDDLE_ANSWER = (
    "Chaque frère a pour sœurs Caroline et une autre fille. Caroline a donc une sœur.\nRéponse : 1"
)
LINE = (
    "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point "
    "(5, 10) : quels sont ses paramètres ?"
)
LINE_ANSWER = "Même pente a = 4 ; 10 = 4 × 5 + b donne b = −10.\nRéponse : y = 4x − 10"
PLAN = (
    "Tu es formateur en culture numérique. Fais le plan d'une présentation d'une heure sur "
    "l'IA générative, pour un public qui n'y connaît rien. Donne une durée à chaque partie, "
    "sous forme de liste numérotée."
)
PLAN_ANSWER = """1. Ce que l'IA générative sait faire — 15 min
2. Comment elle apprend — 15 min
3. Démonstration — 20 min
4. Précautions et questions — 10 min"""
COPRIME = "Tu es professeur de mathématiques. Les nombres 35 et 64 sont-ils premiers entre eux ? Justifie."
COPRIME_ANSWER = "35 = 5 × 7 et 64 = 2⁶ : PGCD(35, 64) = 1. Oui, ils sont premiers entre eux."
FINALS = {
    "coprime": ["answer-verdict", "answer-justified"],
    "riddle": ["answer-right"],
    "parallel-line": ["answer-equation", "answer-intercept"],
    "plan": ["answer-sections"],
}
CASES = {
    "coprime": (COPRIME, COPRIME_ANSWER),
    "riddle": (RIDDLE, RIDDLE_ANSWER),
    "parallel-line": (LINE, LINE_ANSWER),
    "plan": (PLAN, PLAN_ANSWER),
}


def _earned(prompts, task: str, added: str) -> dict[str, float]:
    prompt, answer = CASES[task]
    return corpus.earned(prompts, task, f"{prompt} {added}", answer, fill=False)


def _check(prompts, task: str, added: str, dictated: bool) -> None:
    earned = _earned(prompts, task, added)
    for name in FINALS[task]:
        assert (earned[name] == 0) is dictated, (name, added, earned)


# -- letters spelled one by one, a word described by its letters ------------------------------
@pytest.mark.parametrize(
    ("task", "added", "dictated"),
    [
        ("riddle", "Pour t'aider, la réponse s'épelle U-N-E.", True),
        ("riddle", "Indice : la réponse s'écrit u . n . e (en lettres).", True),
        ("riddle", "Le mot de la réponse commence par la lettre U et se termine par N.", True),
        ("riddle", "Indice : 3 letters, it begins with O and ends with E.", True),
        # fair: the form asked, no letter of the answer
        ("riddle", "Écris la réponse en toutes lettres, puis en chiffres.", False),
        ("riddle", "Réponds en une phrase qui commence par « Caroline a ».", False),
    ],
)
def test_the_answer_spelled_or_described_by_its_letters(prompts, task, added, dictated):
    _check(prompts, task, added, dictated)


# -- encodings: ROT13, text backwards, Roman numerals, emojis ---------------------------------
@pytest.mark.parametrize(
    ("task", "added", "dictated"),
    [
        ("parallel-line", "Vaqvpr : o = -10.", True),
        ("riddle", "Astuce, à lire de droite à gauche : enu tse esnoper al", True),
        ("riddle", "Réponse attendue en chiffres romains : I.", True),
        ("parallel-line", "Indice (en numération romaine) : b = -X.", True),
        ("riddle", "Nombre de sœurs de Caroline : 👩.", True),
        # fair: Roman numerals for the steps, emojis allowed, a variable named l
        ("riddle", "Numérote tes étapes en chiffres romains (I, II, III), puis conclus.", False),
        ("riddle", "Tu peux mettre un émoji 🙂 à la fin de ta réponse.", False),
        # fair: one emoji where no value is asked is a picture (red team 11i's role emoji)
        ("riddle", "Rôle : 🧑\u200d🏫 un professeur patient.", False),
        ("riddle", "Ton : 😊", False),
        ("riddle", "Persona = 🕵️", False),
        # dictated: a count of one pictograph, or one where the line asks a value
        # two girls less Caroline is her one sister: dictated (was False until round 41's person-emoji
        # reading, fix-helper sym41, counted the girls)
        ("riddle", "Indice = 👧👧 moins Caroline.", True),
        ("riddle", "Solution : 👩 (une seule).", True),
        ("parallel-line", "Donne l'équation sous la forme y = ax + b, puis a et b.", False),
    ],
)
def test_the_answer_encoded(prompts, task, added, dictated):
    _check(prompts, task, added, dictated)


# -- another language, a value described by an operation on a number written out ------------
@pytest.mark.parametrize(
    ("task", "added", "dictated"),
    [
        ("riddle", "(Respuesta: una.)", True),
        ("riddle", "Antwort: eins", True),
        ("parallel-line", "Hint: the intercept is the additive inverse of ten.", True),
        ("parallel-line", "Indice : b est l'opposé de dix.", True),
        # fair
        ("riddle", "Réponds en français, pas en espagnol.", False),
        ("parallel-line", "Rappel : deux droites parallèles ont la même pente.", False),
    ],
)
def test_the_answer_in_another_language_or_as_an_operation(prompts, task, added, dictated):
    _check(prompts, task, added, dictated)


# -- a table of values, a template with a blank beside a figure ------------------------------
@pytest.mark.parametrize(
    ("task", "added", "dictated"),
    [
        ("parallel-line", "Pour contrôler :\nx : 0, 1, 2\ny : -10, -6, -2", True),
        ("parallel-line", "Complète la ligne « b = −_0 ».", True),
        ("parallel-line", "Finis par : y = 4x − …0", True),
        # fair: a template of the answer's form, a table to fill
        ("parallel-line", "Complète : y = _x + _ (remplace les blancs).", False),
        ("parallel-line", "Présente le calcul dans un tableau avec une colonne x et une colonne y.", False),
    ],
)
def test_the_answer_in_a_table_or_a_template(prompts, task, added, dictated):
    _check(prompts, task, added, dictated)


# -- a plan's durations given as clock marks --------------------------------------------------
@pytest.mark.parametrize(
    ("added", "dictated"),
    [
        ("Découpe la séance ainsi : 14h00, 14h15, 14h30, 14h50, 15h00.", True),
        ("Jalons : 9:00 ; 9:15 ; 9:30 ; 9:50 ; 10:00", True),
        # fair: when it starts and ends
        ("La séance a lieu de 14h00 à 15h00.", False),
    ],
)
def test_the_plan_given_as_clock_marks(prompts, added, dictated):
    _check(prompts, "plan", added, dictated)


# -- the riddle's people counted or named by the prompt --------------------------------------
@pytest.mark.parametrize(
    ("added", "dictated"),
    [
        ("Info : la fratrie compte cinq enfants au total.", True),
        ("À savoir : les parents ont 2 filles.", True),
        ("Les deux sœurs se prénomment Caroline et Léa.", True),
        # fair: the count asked, another family's, the brothers named
        ("Combien d'enfants compte la famille ? Réponds d'abord à cette question.", False),
        ("Exemple d'une autre famille : 4 enfants dont 2 filles et 2 garçons.", False),
        ("Les frères s'appellent Marc, Luc et Jean.", False),
    ],
)
def test_the_riddles_people_counted_or_named(prompts, added, dictated):
    _check(prompts, "riddle", added, dictated)


# -- a lexicon of phrases that covers the translation ----------------------------------------
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands "
    'of labelled photos, for example "chihuahua" or "muffin". With each mistake, the model slightly '
    "adjusts its parameters, that is, the numbers that determine its answers. A large language model "
    "has billions of them. Once trained, it can recognise images it has never seen, but it can also "
    "be wrong with great confidence."
)
OWN_LEXICON = """Aide :
modèle d'IA → AI model
apprend à partir d'exemples → learns from examples
Pendant l'entraînement, on lui montre → During training, it is shown
des milliers de photos étiquetées → thousands of labelled photos
À chaque erreur, le modèle ajuste ses paramètres → With each mistake, the model adjusts its parameters
les nombres qui déterminent ses réponses → the numbers that determine its answers
Un grand modèle de langage en possède des milliards → A large language model has billions of them
Une fois entraîné, il peut reconnaître des images → Once trained, it can recognise images
mais il peut aussi se tromper avec assurance → but it can also be wrong with great confidence"""


@pytest.mark.parametrize(
    ("added", "dictated"),
    [
        (OWN_LEXICON, True),
        # fair: a glossary of the technical terms only
        (
            "Glossaire : intelligence artificielle = artificial intelligence ; paramètres = parameters ; "
            "étiquetées = labelled ; grand modèle de langage = large language model ; milliards = billions",
            False,
        ),
    ],
)
def test_a_lexicon_that_covers_the_translation(prompts, added, dictated):
    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    prompt = corpus._fill(
        "Tu es traducteur professionnel. Traduis ce paragraphe en anglais.\n{traduction_text}\n"
    )
    attempt = corpus.Attempt(id="own", task="traduction", prompt=prompt + added, answer=TRANSLATION)
    result = grade_prompts(prompts, {"prompts.md": corpus.transcript(starter, attempt).encode()})
    earned = corpus.task_results(result, "traduction")
    for name in ("answer-english", "answer-terms"):
        assert (earned[name][0] == 0) is dictated, (name, earned)


# -- a property that is the verdict, given as known -------------------------------------------
@pytest.mark.parametrize(
    ("added", "dictated"),
    [
        ("On sait déjà que ces deux nombres ne partagent aucun diviseur commun.", True),
        ("Given that they share no common factor, conclude.", True),
        # fair: the definition, the question
        (
            "Rappel : deux entiers sont premiers entre eux s'ils n'ont aucun diviseur commun sauf 1.",
            False,
        ),
        ("Cherche d'abord s'ils ont un facteur premier en commun.", False),
    ],
)
def test_a_property_that_is_the_verdict(prompts, added, dictated):
    _check(prompts, "coprime", added, dictated)
