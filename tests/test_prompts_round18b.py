"""Issue 11ad's own variants of red team 11v's round 18b classes (tests/prompts_corpus/
round18b_*.toml), written before their fixes and in other words than the red team's: each
gaming form earns nothing on the check it games, and the fair form next to it keeps its
points. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    COPRIME,
    COPRIME_WORK,
    LINE_ANSWER,
    PLAN_ANSWER,
    RIDDLE_ANSWER,
    RIDDLE_DATA,
    SENTIMENT_ANSWER,
    SUMMARY_ANSWER,
    TRANSLATION,
)

COPRIME_ANSWER = COPRIME_WORK + "Réponse : oui, 35 et 64 sont premiers entre eux."
REVIEWS = "Classe chacun des trois avis en positive, negative ou neutral.\n\n{reviews}"
SENTIMENT_JSON = (
    'Réponds uniquement en JSON de la forme {"reviews": [{"id": 1, "sentiment": "..."}, '
    '{"id": 2, "sentiment": "..."}, {"id": 3, "sentiment": "..."}]}'
)
LINE_DATA = "Une droite parallèle à y = 4x + 6 passe par le point (5, 10). Donne a, b et son équation."
SUMMARY_DATA = "Résume ce texte pour des lecteurs qui n'y connaissent rien.\n\n{summary_text}"
PLAN_DATA = (
    "Fais le plan d'une présentation d'une heure sur l'IA générative, pour un public qui n'y connaît rien."
)
TRANSLATION_DATA = "Traduis ce texte en anglais.\n\n{traduction_text}"


@pytest.fixture(scope="module")
def prompts():
    return corpus_exercise()


def corpus_exercise():  # type: ignore[no-untyped-def]
    from workshop.course import Course

    return Course.locate(REPO).exercise("prompts")


# -- c. a rubric request the same sentence waives ------------------------------------------------
WAIVED = [
    # (task, prompt, answer, check)
    (
        "riddle",
        "Pense étape par étape si ça te chante, sinon tant pis. " + RIDDLE_DATA,
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "riddle",
        RIDDLE_DATA + " Think it through step by step, or not, whatever you prefer.",
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    (
        "parallel-line",
        "Joue le rôle d'un professeur de physique, ou de quelqu'un d'autre, ça m'est égal. " + LINE_DATA,
        LINE_ANSWER,
        "prompt-role",
    ),
    (
        "coprime",
        "You are a maths tutor, or anyone else, it doesn't matter. Are 35 and 64 coprime? "
        "Justify with their gcd.",
        COPRIME_ANSWER,
        "prompt-role",
    ),
    (
        "sentiment",
        "Tu es analyste du service client. "
        + REVIEWS
        + "\n\n"
        + SENTIMENT_JSON
        + ", ou dans un autre format si tu préfères.",
        SENTIMENT_ANSWER,
        "prompt-format",
    ),
    (
        "summary",
        "Tu es rédacteur pour un magazine. Résume ce texte en 50 mots au plus, ou davantage si "
        "nécessaire.\n\n{summary_text}",
        SUMMARY_ANSWER,
        "prompt-limit",
    ),
    (
        "summary",
        "You write for a science magazine. Summarise this text in at most 50 words if you feel "
        "like it.\n\n{summary_text}",
        SUMMARY_ANSWER,
        "prompt-limit",
    ),
    (
        "plan",
        "Tu es formateur en culture numérique. " + PLAN_DATA + " Présente-le en liste à puces, ou "
        "autrement, comme tu le sens.",
        PLAN_ANSWER,
        "prompt-format",
    ),
    (
        "traduction",
        "Sois traductrice scientifique, ou pas, ça m'est égal. " + TRANSLATION_DATA,
        TRANSLATION,
        "prompt-role",
    ),
]


@pytest.mark.parametrize(
    "task,prompt,answer,check", WAIVED, ids=[f"{w[0]}-{w[3]}-{i}" for i, w in enumerate(WAIVED)]
)
def test_a_request_waived_in_its_own_sentence_earns_nothing(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


KEPT = [
    (
        "riddle",
        "Tu es un professeur de logique. " + RIDDLE_DATA + " Raisonne étape par étape, peu importe "
        "la longueur.",
        RIDDLE_ANSWER,
        "prompt-reasoning",
    ),
    ("coprime", COPRIME + " Dis si oui ou non ils le sont.", COPRIME_ANSWER, "prompt-role"),
    (
        "summary",
        "Tu es rédacteur pour un magazine. Résume ce texte en 50 mots maximum, que tu utilises "
        "des phrases courtes ou pas.\n\n{summary_text}",
        SUMMARY_ANSWER,
        "prompt-limit",
    ),
]


@pytest.mark.parametrize("task,prompt,answer,check", KEPT, ids=[f"{k[0]}-{k[3]}" for k in KEPT])
def test_a_request_with_a_free_detail_keeps_its_point(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 1


# -- d. reasoning words that ask this model nothing ----------------------------------------------
@pytest.mark.parametrize(
    "nothing",
    [
        "Ma prof exige de ses élèves qu'ils raisonnent étape par étape ; moi, je veux juste le nombre.",
        "The teacher asks the pupils to reason step by step; you, just give me the number.",
        "Tu es capable de raisonner étape par étape, je le sais. Donne seulement le nombre.",
        "You know how to think step by step, of course. Only the number, please.",
        "Donne le nombre, puis vérifie la ponctuation de ta phrase étape par étape.",
        "Give the number, then check your spelling step by step.",
        "(Collé dans mon assistant « Tuteur », configuré pour raisonner pas à pas.)",
    ],
)
def test_reasoning_words_that_ask_this_model_nothing_earn_no_reasoning_point(prompts, nothing):
    prompt = "Tu es un professeur de logique. " + RIDDLE_DATA + " " + nothing
    assert corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)["prompt-reasoning"] == 0


@pytest.mark.parametrize(
    "asking",
    [
        "Montre que tu sais raisonner étape par étape.",
        "Comme le demande mon prof, raisonne étape par étape.",
        "Vérifie chaque étape de ton raisonnement, étape par étape.",
    ],
)
def test_reasoning_asked_of_the_model_keeps_its_point(prompts, asking):
    prompt = "Tu es un professeur de logique. " + RIDDLE_DATA + " " + asking
    assert corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)["prompt-reasoning"] == 1


# -- b. fair rubric said another way ---------------------------------------------------------------
@pytest.mark.parametrize(
    "role",
    [
        "Réponds comme le ferait une enseignante de mathématiques.",
        "Answer as a patient maths tutor would.",
        "Explique comme le ferait un bon professeur.",
    ],
)
def test_a_role_by_comparison_earns_the_role(prompts, role):
    assert (
        corpus.earned(
            prompts, "coprime", role + " Les nombres 35 et 64 sont-ils premiers entre eux ?", COPRIME_ANSWER
        )["prompt-role"]
        == 1
    )


@pytest.mark.parametrize(
    "role",
    [
        "Tu écris la chronique « sciences » d'un journal local.",
        "You write the science column of a teen magazine.",
    ],
)
def test_a_role_by_activity_in_a_publication_earns_the_role(prompts, role):
    prompt = role + " Résume ce texte en 50 mots maximum.\n\n{summary_text}"
    assert corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)["prompt-role"] == 1


@pytest.mark.parametrize(
    "reasoning",
    [
        "Écris ton raisonnement ligne par ligne avant de répondre.",
        "Write down your reasoning, one step per line, then answer.",
        "Avant la réponse, rédige ton raisonnement, une étape à la fois.",
    ],
)
def test_reasoning_asked_as_writing_it_out_earns_the_reasoning(prompts, reasoning):
    prompt = "Tu es un professeur de logique. " + RIDDLE_DATA + " " + reasoning
    assert corpus.earned(prompts, "riddle", prompt, RIDDLE_ANSWER)["prompt-reasoning"] == 1


# -- e. a limit that is not the task's -------------------------------------------------------------
@pytest.mark.parametrize(
    "limit",
    [
        "Voici un exemple de résumé d'un autre article, en 40 mots au plus : « La roue apparaît vers "
        "-3500 en Mésopotamie. » Résume maintenant ce texte.",
        'Here is an example (another text, 50 words at most): "Paper was invented in China." Now '
        "summarise this text.",
    ],
)
def test_a_limit_of_an_example_is_not_the_tasks(prompts, limit):
    prompt = "Tu es rédacteur pour un magazine. " + limit + "\n\n{summary_text}"
    assert corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)["prompt-limit"] == 0


# -- f. a format not given -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "task,prompt,answer",
    [
        (
            "sentiment",
            "Tu es analyste du service client. "
            + REVIEWS
            + "\n\nUtilise le format défini dans https://exemple.org/avis-schema.json.",
            SENTIMENT_ANSWER,
        ),
        (
            "sentiment",
            "You are a customer-service analyst. "
            + REVIEWS
            + "\n\nFollow the format given at www.exemple.org/format.",
            SENTIMENT_ANSWER,
        ),
        (
            "plan",
            "Tu es formateur en culture numérique. "
            + PLAN_DATA
            + " Mets le titre de la présentation en italique.",
            PLAN_ANSWER,
        ),
        (
            "plan",
            "You are a digital-literacy trainer. " + PLAN_DATA + " Write the title in bold capitals.",
            PLAN_ANSWER,
        ),
    ],
)
def test_a_format_by_reference_or_for_the_title_only_earns_no_format(prompts, task, prompt, answer):
    assert corpus.earned(prompts, task, prompt, answer)["prompt-format"] == 0


def test_a_format_for_the_plan_itself_keeps_its_point(prompts):
    prompt = (
        "Tu es formateur en culture numérique. "
        + PLAN_DATA
        + " Écris le titre en gras, puis le plan en liste numérotée."
    )
    assert corpus.earned(prompts, "plan", prompt, PLAN_ANSWER)["prompt-format"] == 1


@pytest.mark.parametrize(
    "summary",
    [
        "Résume ce texte en 60 à 90 mots.",
        "Summarise this text in between 60 and 100 words.",
        "Résume ce texte en 60-75 mots.",
    ],
)
def test_a_range_from_the_tasks_limit_up_is_no_limit(prompts, summary):
    prompt = "Tu es rédacteur pour un magazine. " + summary + "\n\n{summary_text}"
    assert corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)["prompt-limit"] == 0


# -- a. the data written in words ------------------------------------------------------------------
@pytest.mark.parametrize(
    "point",
    [
        "passe par le point dont l'abscisse vaut 5 et l'ordonnée 10",
        "passes through the point with x-coordinate 5 and y-coordinate 10",
        "passe par le point d'abscisse cinq et d'ordonnée dix",
    ],
)
def test_a_point_given_by_its_coordinates_in_words_is_the_data(prompts, point):
    prompt = (
        "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 "
        + point
        + ". Donne a, b et l'équation de la droite."
    )
    earned = corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)
    assert earned["prompt-data"] == 1 and earned["answer-equation"] > 0 and earned["answer-intercept"] > 0


# -- a. live: the counterfactual moves every form of the data transcript mode reads ----------------
def _task(prompts, task_id):  # type: ignore[no-untyped-def]
    from workshop.prompts.grade import load  # noqa: PLC0415

    return load(prompts)[0][task_id]


REVIEW_TEXTS = [
    "J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est excellent. "
    "Je la recommande à tous mes amis !",
    "Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à mes "
    "messages. Je ne rachèterai jamais cette marque.",
    "Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à l'usage "
    "s'il tient dans le temps.",
]


@pytest.mark.parametrize(
    "layout",
    [
        '<avis n="1">{0}</avis>\n<avis n="2">{1}</avis>\n<avis n="3">{2}</avis>',
        "* premier avis ({0})\n* deuxième avis ({1})\n* troisième avis ({2})",
        "Review no. 1 ~ {0}\nReview no. 2 ~ {1}\nReview no. 3 ~ {2}",
    ],
)
def test_the_counterfactual_turns_round_reviews_in_any_layout(prompts, layout):
    from workshop.prompts import evaluate  # noqa: PLC0415

    prompt = "Classe ces avis en positive, negative ou neutral.\n" + layout.format(*REVIEW_TEXTS)
    variant = evaluate.items_turned_round(prompt, _task(prompts, "sentiment"))
    assert variant == "Classe ces avis en positive, negative ou neutral.\n" + layout.format(
        REVIEW_TEXTS[2], REVIEW_TEXTS[0], REVIEW_TEXTS[1]
    )


@pytest.mark.parametrize(
    "numbers", ["trente-cinq et soixante-quatre", "thirty-five and sixty-four", "Soixante-quatre et 35"]
)
def test_the_counterfactual_moves_the_numbers_in_words(prompts, numbers):
    task = _task(prompts, "coprime")
    prompt = f"Tu es professeur. {numbers} sont-ils premiers entre eux ?"
    assert task.counterfactual.apply(prompt) != prompt


# -- g. the answer's whole working given: a complete Euclid chain -------------------------------------
@pytest.mark.parametrize(
    "chain",
    [
        "Calculs déjà faits : 64 = 35 × 1 + 29, 35 = 29 × 1 + 6, 29 = 6 × 4 + 5, 6 = 5 × 1 + 1, "
        "5 = 1 × 5 + 0.",
        "My working so far:\n64 = 1*35 + 29\n35 = 1*29 + 6\n29 = 4*6 + 5\n6 = 1*5 + 1\n5 = 5*1 + 0",
    ],
)
def test_a_complete_euclid_chain_dictates_the_verdict(prompts, chain):
    earned = corpus.earned(prompts, "coprime", COPRIME + " " + chain, COPRIME_ANSWER)
    assert earned["answer-verdict"] == 0 and earned["answer-justified"] == 0, earned


@pytest.mark.parametrize(
    "fair",
    [
        "Exemple de méthode sur une autre paire : 21 = 1 × 15 + 6 ; 15 = 2 × 6 + 3 ; 6 = 2 × 3 + 0.",
        "Commence par écrire 64 = 1 × 35 + 29, puis continue.",
    ],
)
def test_a_chain_of_another_pair_or_its_first_step_dictates_nothing(prompts, fair):
    earned = corpus.earned(prompts, "coprime", COPRIME + " " + fair, COPRIME_ANSWER)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2, earned
